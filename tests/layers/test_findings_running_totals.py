"""Constructions that hide a figure's period, thing or whole from the checks: a running
total read "so far" or "since the reopening", a bare count after a verb of counting, a
"them" that points back to a counted group, a share of "the homes we visited", a
holder's share of an unowned total, and a list closed by its rest far below its whole.

Every article here is a few sentences we wrote for the construction under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimscope.contract.model import Article
from claimscope.layers._quantities.periods import find_periods
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities

PUB = date(2025, 6, 12)


def _periods(text: str) -> list[str]:
    return [p.text for p in find_periods(text, 0, PUB)]


def _figures(nlp, text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    draft = Draft(article=Article(text=text), article_id="t")
    return [(q.text, q.value, q.unit, q.counted) for q in find_quantities(nlp(text), draft)]


# Figures


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Bus fares fall by a third as subsidies return",
        "Bus fares fell by a third amid the subsidy row.",
    ],
)
def test_quantities_change_by_a_fraction_before_a_clause(real_nlp, text):
    assert [(t, u) for t, _, u, _ in _figures(real_nlp, text)] == [("a third", "fraction")]


@pytest.mark.model
def test_quantities_a_fraction_as_many_is_no_change(real_nlp):
    assert _figures(real_nlp, "Bus trips fell by a third as many as planned.") == []


@pytest.mark.model
def test_quantities_put_its_object_at_a_figure(real_nlp):
    (fig,) = _figures(real_nlp, "The agency put ticket sales at 3,000 on Monday.")
    assert fig[3] == "ticket sale"


# Periods


def test_periods_since_an_event_right_before_the_figure_it_is_put_at():
    text = "The operator put passengers since the reopening at 150,000 on Monday."
    assert _periods(text)[0] == "since the reopening"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Exports since it reopened reached 4.1 million tonnes.", ["since it reopened"]),
        ("It has carried 4,000 people since it collapsed.", []),
    ],
)
def test_periods_since_it_with_its_verb_before_the_clause_verb(text, found):
    assert _periods(text) == found


def test_periods_since_an_event_at_a_place_is_left_alone():
    assert _periods("Sales since the launch at the fair rose.") == []


@pytest.mark.parametrize(
    "text", ["It had cleared 900 tonnes so far.", "The fund has raised $2m to date."]
)
def test_periods_so_far_runs_to_publication(text):
    (p,) = find_periods(text, 0, PUB)
    assert (p.kind, p.first, p.last) == ("to_date", None, "2025-06-12")


def test_periods_so_far_after_a_superlative_is_a_comparison():
    assert _periods("It was the busiest month so far, with 300 arrivals.") == []


# Running totals against a rate since an event

_REOPENED = (
    "The Oban ferry has carried about 2,000 passengers a day since it reopened on February 3, "
    "the operator said. In a statement, it put total passengers since the reopening at "
    "{total} and said it expected more in the summer."
)


@pytest.mark.model
def test_rates_total_since_the_reopening_runs_over_the_rate_span(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(
        _REOPENED.format(total="150,000"), "2025-06-12"
    )


@pytest.mark.model
def test_rates_total_since_the_reopening_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_REOPENED.format(total="262,000"), "2025-06-12")


_SO_FAR = (
    "Since the storm struck on May 2, council crews have been clearing about 40 tonnes of "
    "debris a day from the beaches. The council said on Wednesday the crews had cleared "
    "{total} tonnes so far and hoped to finish by July."
)


@pytest.mark.model
def test_rates_total_so_far_counts_from_the_rate_start(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_SO_FAR.format(total="900"), "2025-06-12")


@pytest.mark.model
def test_rates_total_so_far_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_SO_FAR.format(total="1,700"), "2025-06-12")


# A bare count after a verb of counting, with a subset aside after it

_LOGGED = (
    "Since early March the region has reported between 300 and 400 new measles cases every "
    "week, officials said. In the week to May 4, hospitals across the region logged "
    "{count}, about a third of them in Harlow alone."
)


@pytest.mark.model
def test_rates_bare_count_logged_takes_the_counted_thing(numeric_warnings):
    assert "range_violation" in numeric_warnings(_LOGGED.format(count="610"), "2025-05-20")


@pytest.mark.model
def test_rates_bare_count_logged_inside_the_range_is_clean(numeric_warnings):
    assert not numeric_warnings(_LOGGED.format(count="380"), "2025-05-20")


# "Of them" after a counted group; a share of "the homes we inspected"

_INSPECTED = (
    "In March our 30 inspectors checked 800 flats in the two districts. At 200 of them, "
    "tenants reported damp in at least one room. That is {share} of the homes we inspected."
)


@pytest.mark.model
def test_percentages_restated_share_of_a_described_group(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(_INSPECTED.format(share="40 per cent"))


@pytest.mark.model
def test_percentages_restated_share_of_a_described_group_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_INSPECTED.format(share="25 per cent"))


# A named holder's share of the same thing in the same place

_HOLDER = (
    "Regional results\n\n- Dunmore county: 210,000 ballots cast, turnout 71%\n\n"
    "Observers credited the Labour Alliance's {votes} votes in Dunmore, a record for the "
    "county, for its gain of six seats."
)


@pytest.mark.model
def test_parts_holder_share_above_the_unowned_total(numeric_warnings):
    assert "part_exceeds_whole" in numeric_warnings(_HOLDER.format(votes="240,000"))


@pytest.mark.model
def test_parts_holder_share_below_the_unowned_total_is_clean(numeric_warnings):
    assert not numeric_warnings(_HOLDER.format(votes="140,000"))


# A list closed by its rest, its whole several sentences and a quote above it

_PLAN = (
    "The city on Monday unveiled a £90m plan to rebuild its flood defences and repair "
    "damaged streets. About 12,000 homes were flooded in February, and 3,400 residents are "
    'still in temporary housing. Officials expect the work to take four years. "People '
    'have waited long enough," the mayor said. "This is the start." Most of the work '
    "will be done in the eastern wards. Contractors will be chosen in the autumn.\n\n"
    "Under the plan, £40m will go to river walls, £25m to drainage and £15m to road repairs. "
    "The remaining {rest} covers design, surveys and contingencies."
)


@pytest.mark.model
def test_sums_rest_closed_list_reaches_a_distant_whole(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_PLAN.format(rest="£20m"))


@pytest.mark.model
def test_sums_rest_closed_list_with_a_distant_whole_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_PLAN.format(rest="£10m"))


# A headline's change, told again by the lead in other words, measured by the pair after it

_HEADLINE = (
    "Ferry bookings to the islands fall by a third as fares climb\n\n"
    "Travel on the island routes slumped last winter, the operator said on Monday. "
    "Passengers made {now} crossings between November and February, against 520,000 a "
    "year earlier, the operator said. Fares rose twice during the period."
)


@pytest.mark.model
def test_changes_headline_retold_by_the_lead_measured_by_the_next_pair(numeric_warnings):
    assert "change_mismatch" in numeric_warnings(_HEADLINE.format(now="410,000"), "2025-03-10")


@pytest.mark.model
def test_changes_headline_retold_by_the_lead_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_HEADLINE.format(now="350,000"), "2025-03-10")


_WON = (
    "Regional results\n\n- Dunmore county: 210,000 ballots cast, turnout 71%\n\n"
    "The Labour Alliance won 240,000 votes in {place}, a record for the party."
)


@pytest.mark.model
def test_parts_named_subject_share_above_the_unowned_total(numeric_warnings):
    assert "part_exceeds_whole" in numeric_warnings(_WON.format(place="Dunmore"))


@pytest.mark.model
def test_parts_named_subject_share_in_another_place_is_clean(numeric_warnings):
    assert not numeric_warnings(_WON.format(place="Kelby"))


@pytest.mark.model
def test_percentages_described_group_counted_by_its_own_noun_is_that_count(numeric_warnings):
    text = (
        "In March our inspectors checked 800 flats belonging to 350 landlords. At 200 of "
        "them, tenants reported damp. That is 57 per cent of the landlords we contacted."
    )
    assert "percentage_mismatch" not in numeric_warnings(text)


@pytest.mark.model
def test_parts_named_source_counting_more_is_no_share(numeric_warnings):
    text = (
        "Regional results\n\n- Nairobi county: 210,000 displaced people\n\n"
        "The UN recorded 240,000 displaced people in Nairobi, using a wider definition."
    )
    assert "part_exceeds_whole" not in numeric_warnings(text)
