"""Periods of figures about what is still to come, and rates qualified by "before".

Short sentences we wrote: a yearless month in a clause that looks ahead ("will", "expect")
is the coming one; "a year before" dates a figure only at a clause's end."""

from __future__ import annotations

from claimscope.contract.model import Article, Quantity
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _found(nlp, text: str, published: str = "2025-08-28") -> dict[str, Quantity]:
    draft = Draft(article=Article(text=text, published=published), article_id="t")
    return {q.text: q for q in find_quantities(nlp(text), draft)}


def _span(q: Quantity) -> tuple[str | None, str | None]:
    assert q.period is not None
    return q.period.start, q.period.end


def test_a_forecast_month_is_the_coming_one(real_nlp):
    found = _found(
        real_nlp,
        "Analysts expect bills to fall by about 3% in January. Prices will rise 5% in "
        "February. Prices rose 4% in January.",
    )
    assert _span(found["about 3%"]) == ("2026-01-01", "2026-01-31")
    assert _span(found["5%"]) == ("2026-02-01", "2026-02-28")
    assert _span(found["4%"]) == ("2025-01-01", "2025-01-31")


def test_a_forecast_with_a_dated_period_keeps_it(real_nlp):
    found = _found(real_nlp, "Analysts expect the index to reach 400 in January 2025.")
    assert _span(found["400"]) == ("2025-01-01", "2025-01-31")


def test_a_year_before_with_words_after_it_is_a_rate(real_nlp):
    found = _found(
        real_nlp,
        "Low users still pay nearly £200 a year before using a single unit. Staff earn "
        "£30,000 a year before tax. Sales were 300 in 2024, against 250 a year before.",
    )
    assert (found["nearly £200"].per, found["nearly £200"].period) == ("year", None)
    assert (found["£30,000"].per, found["£30,000"].period) == ("year", None)
    assert _span(found["250"]) == ("2023-01-01", "2023-12-31")


def test_a_forecast_made_in_the_past_keeps_the_past_month(real_nlp):
    found = _found(real_nlp, "Analysts had expected sales of 400 in January.")
    assert _span(found["400"]) == ("2025-01-01", "2025-01-31")


def test_a_figure_set_for_months_ahead_is_for_the_coming_ones(real_nlp):
    """A cap "set for October to December" in August is this year's; in a January article
    the quarter just ended is meant. "Sales for October" is the past month."""
    text = "The regulator has set the price cap for October to December at £1,755 a year."
    assert _span(_found(real_nlp, text)["£1,755"]) == ("2025-10-01", "2025-12-31")
    january = _found(real_nlp, text, published="2025-01-28")
    assert _span(january["£1,755"]) == ("2024-10-01", "2024-12-31")
    past = _found(real_nlp, "Sales for October rose to £1,755.")
    assert _span(past["£1,755"]) == ("2024-10-01", "2024-10-31")


def test_the_same_months_last_year_is_not_this_years_span(real_nlp):
    """ "412 launches between June and August ... up from 338 in the same three months last
    year": the 338 is no count over this year's June to August."""
    found = _found(
        real_nlp,
        "Crews launched 412 times between June and August. That is up from 338 launches in "
        "the same three months last year.",
        "2025-09-08",
    )
    assert found["338"].period is not None
    assert found["338"].period.start != "2025-06-01"
