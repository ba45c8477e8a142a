"""Change claims matched to the right pair of figures: the time span a claim names
("between 2019 and 2023", "since 2020", "since the 2000s") decides which two figures it
rests on; a statement elsewhere must be about what its pair measures; a size written with
an approximator after "by" ("grew by almost a quarter") is a size. Short articles we
wrote; each planted one has a clean twin."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Finding


def _changes(pipeline, text: str, published: str) -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f for f in analysis.findings if f.kind == "change_mismatch" and f.severity != "info"]


# --- a claim over a range of years: its ends, not two adjacent years inside -------------

_RANGE = (
    "Did ferry bookings really double?\n\n"
    "Bookings on the island ferry did nearly double between 2019 and 2023, the operator's "
    "figures show.\n\n"
    "The operator took {first} bookings in 2019. Bookings rose to 61,000 in 2022 and then "
    "slipped to {last} in 2023."
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_a_year_range_is_measured_between_its_ends(numeric_pipeline):
    # 31,000 to 58,000 is 1.87x, "nearly double"; 61,000 to 58,000 is no pair of the claim
    assert not _changes(
        numeric_pipeline, _RANGE.format(first="31,000", last="58,000"), "2024-03-01"
    )


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_a_year_range_planted(numeric_pipeline):
    found = _changes(numeric_pipeline, _RANGE.format(first="40,000", last="58,000"), "2024-03-01")
    assert found and "40,000" in found[0].message and "58,000" in found[0].message  # 1.45x


# --- a claim "since" a year: the figure at that year is its base, not its current one -----

_SINCE = (
    "Green list gains seats\n\n"
    "The Green list received {now} votes on Sunday, against 6,200 at the last council "
    "election in May 2021.\n\n"
    '"We have more than doubled our vote since 2021, and we did it on a budget of €9,000," '
    "its leader said."
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_since_a_year_against_a_figure_set_in_that_year(numeric_pipeline):
    found = _changes(numeric_pipeline, _SINCE.format(now="9,800"), "2025-05-06")  # 1.58x
    assert found and "6,200" in found[0].message


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_since_a_year_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _SINCE.format(now="14,100"), "2025-05-06")  # 2.27x


# --- a change "since" a decade: a pair with no time is not its pair ---------------------

_DECADE = (
    "Bakery staff get pay rise\n\n"
    "Bakers at Millbrook have been given a 9% pay rise, to £12.00 an hour from £11.00, as "
    "the firm expands production.\n\n"
    "National bread production has fallen by about a third since the 1990s, according to "
    "the trade body."
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_since_a_decade_takes_no_undated_pair(numeric_pipeline):
    assert not _changes(numeric_pipeline, _DECADE, "2025-02-01")


# --- "grew by almost a quarter in six years" against two census counts ------------------

_CENSUS = (
    "Lowmoor population grows by almost a quarter\n\n"
    "The population of the Lowmoor district grew by almost a quarter in six years, census "
    "results published on Thursday show.\n\n"
    "The district had {now} residents in April 2022, against 51,000 at the previous census "
    "in 2016."
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_an_approximate_fraction_after_by_sizes_the_change(numeric_pipeline):
    found = _changes(numeric_pipeline, _CENSUS.format(now="56,800"), "2023-06-29")  # +11%
    assert found and "51,000" in found[0].explanation


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_an_approximate_fraction_after_by_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _CENSUS.format(now="62,900"), "2023-06-29")  # +23%


# --- a headline change about another thing than the figures its word shares --------------

_HEADLINE = (
    "Work permit grants fall 20% as rules tighten\n\n"
    "The ministry issued 80,000 work permits in the first half, it said.\n\n"
    "It expects processing times for work permit applications to stay at about 30 days, "
    "compared with 45 days a year earlier."
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_a_headline_speaks_of_its_head_noun_not_a_modifier(numeric_pipeline):
    assert not _changes(numeric_pipeline, _HEADLINE, "2025-08-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_a_quote_names_what_the_figures_record(numeric_pipeline):
    text = (
        "Flu wave grows\n\n"
        '"Admissions have nearly tripled in a single week," the director said.\n\n'
        "Hospitals admitted 600 patients with flu in the week to 8 December, compared with "
        "400 in the week before."
    )
    assert _changes(numeric_pipeline, text, "2024-12-12")


# --- a question asks; a statement set off before it still states -------------------------

_ASKED = (
    "{headline}\n\n"
    "What did the quarry produce?\n\n"
    "The quarry shipped 410,000 tonnes of stone in 2024. In 2023 it shipped 450,000 "
    "tonnes of stone."
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_a_question_states_no_change(numeric_pipeline):
    text = _ASKED.format(headline="Has quarry stone output really fallen by a third?")
    assert not _changes(numeric_pipeline, text, "2025-02-10")


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_a_statement_before_a_question_states_it(numeric_pipeline):
    text = _ASKED.format(headline="Quarry stone output down by a third: what went wrong?")
    assert _changes(numeric_pipeline, text, "2025-02-10")  # -8.9%, not a third


@pytest.mark.model
@pytest.mark.issue(4)
def test_change_spans_a_fronted_year_range_is_the_changes_span(numeric_pipeline):
    text = (
        "Between 2019 and 2023, bookings on the island ferry nearly doubled, the operator "
        "said.\n\n"
        "The operator took {first} bookings in 2019. Bookings rose to 61,000 in 2022 and then "
        "slipped to 58,000 in 2023."
    )
    found = _changes(numeric_pipeline, text.format(first="40,000"), "2024-03-01")  # 1.45x
    assert found and "40,000" in found[0].message
    assert not _changes(numeric_pipeline, text.format(first="31,000"), "2024-03-01")
