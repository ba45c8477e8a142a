"""A period phrase dates the event of its own clause: an aside with its own subject ("the
first since it opened in 1938") or a past verb that a perfect or present verb is joined to
("went on sale in March and have sold 1,140 so far") gives the figure outside it no period.
Short articles we wrote."""

from __future__ import annotations

from claimscope.contract.model import Article, Quantity
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _periods(nlp, text: str) -> dict[str, str | None]:
    draft = Draft(article=Article(text=text, published="2026-10-01"), article_id="t")
    found: list[Quantity] = find_quantities(nlp(text), draft)
    return {q.text: q.period.text if q.period else None for q in found}


def test_aside_about_another_event_does_not_date_the_figure(real_nlp):
    text = (
        "The lido will reopen after a £2.4m refurbishment, the first since it opened in 1938. "
        "The plant, which opened in 2019, employs 400 people."
    )
    assert _periods(real_nlp, text) == {"£2.4m": None, "400": None}


def test_perfect_joined_to_a_past_verb_counts_up_to_now(real_nlp):
    text = (
        "Season tickets went on sale in March and have sold 1,140 so far. "
        "The mill opened in 2019 and employs 85 people."
    )
    # "so far" is the count's own period (to date), never the March of the sale's start
    assert _periods(real_nlp, text) == {"1,140": "so far", "85": None}


def test_the_figure_s_own_clause_keeps_its_period(real_nlp):
    text = (
        "The visitors who came in March numbered 12,000. "
        "Of the 1,650 call-outs crews have attended this year, 512 were fires. "
        "Tickets went on sale in March and sold 1,140 in April. "
        "The £2.4m works will take place in the autumn. "
        "During the six-week closure in the spring, the council carried out a £1.8m refit."
    )
    assert _periods(real_nlp, text) == {
        "12,000": "in March",
        "1,650": "this year",
        "512": "this year",
        "1,140": "in April",
        "£2.4m": "in the autumn",
        "six-week": None,
        "£1.8m": "in the spring",
    }


def test_a_part_before_its_whole_shares_the_verbs_period(real_nlp):
    """ "has withdrawn 42 of its 126 routes since April": the withdrawing is dated, so the
    42 withdrawn takes the period, though its whole stands between them."""
    text = "The council has withdrawn 42 of its 126 bus routes since April."
    assert _periods(real_nlp, text) == {"42": "since April", "126": "since April"}


def test_a_reason_clause_dates_its_own_event(real_nlp):
    """ "as shoppers who had stayed away over the winter returned" says why, not when."""
    text = (
        "Sales at the Tarrow market rose to 4,100 as shoppers who had stayed away over the "
        "winter returned. Visitors numbered 12,000 when the museum reopened in May."
    )
    assert _periods(real_nlp, text) == {"4,100": None, "12,000": "in May"}


def test_since_the_event_finds_its_date_a_few_words_after_the_verb(real_nlp):
    """ "reopened to commercial traffic on March 3" dates "since the reopening"."""
    text = (
        "The canal reopened to commercial traffic on March 3 after repairs. About 58,000 "
        "tonnes of grain have passed through since the reopening."
    )
    draft = Draft(article=Article(text=text, published="2026-05-13"), article_id="t")
    [q] = [q for q in find_quantities(real_nlp(text), draft) if q.text.startswith("About")]
    assert q.period is not None and (q.period.start, q.period.end) == ("2026-03-03", "2026-05-13")
