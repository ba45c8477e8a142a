"""Rates against totals: a "since" that opens a closed period, a total broken into parts,
a part named out of a possessive group, intake verbs and landings as one flow.

Every article here is a few sentences we wrote for the construction under test.
"""

from __future__ import annotations

from datetime import date

from claimscope.contract.model import NUMERIC_KINDS, Article, Finding
from claimscope.layers._quantities.periods import find_periods

PUB = date(2024, 5, 20)


def _findings(pipeline, text: str, published: str = "2024-05-20") -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f for f in analysis.findings if f.kind in NUMERIC_KINDS]


def _warned(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind and f.severity == "warning"]


# Periods


def test_since_opens_a_part_of_a_month_to_publication():
    (p,) = find_periods(
        "Since the second week of March the mill has milled 90 tonnes a day.", 0, PUB
    )
    assert (p.first, p.last) == ("2024-03-08", "2024-05-20")


def test_since_opens_a_half_year_to_publication():
    (p,) = find_periods("Orders have grown since the second half of last year.", 0, PUB)
    assert (p.first, p.last) == ("2023-07-01", "2024-05-20")


def test_a_part_without_since_stays_closed():
    (p,) = find_periods("In the first week of March the mill milled 600 tonnes.", 0, PUB)
    assert (p.first, p.last) == ("2024-03-01", "2024-03-07")


def test_since_after_a_superlative_dates_nothing():
    assert find_periods("It was the busiest week since the first quarter of 2021.", 0, PUB) == []


# Checks


def test_a_week_below_a_range_held_since_a_part_of_a_month(pipeline):
    text = (
        "Since the first week of February the depot has been taking in between 8,000 and "
        "9,000 tonnes of grain every week, its manager said.\n\n"
        "Lorries brought in 6,100 tonnes of grain in the week to 14 April, when a bridge "
        "was shut."
    )
    assert _warned(_findings(pipeline, text), "range_violation")


def test_landed_people_are_arrivals_against_a_daily_average(pipeline):
    text = (
        "An average of 60 migrants a day came ashore on the island of Varos last year, "
        "the coastguard said on Wednesday.\n\n"
        "In all, 14,100 people landed on the island during the year, the report said."
    )
    found = _warned(_findings(pipeline, text, "2025-01-08"), "rate_total_mismatch")
    assert found, "60 a day over 2024 is about 21,960, not 14,100"


def test_parts_of_a_broken_down_total_are_not_totals_of_the_rate(pipeline):
    text = (
        "Road casualties rose in March, the agency said on Tuesday.\n\n"
        "The agency said it had verified 930 road casualties during the month \u2013 120 "
        "people killed and 810 injured.\n\n"
        "On average, about 30 people were killed or injured every day in March."
    )
    found = _findings(pipeline, text, "2024-04-09")
    assert not _warned(found, "rate_total_mismatch"), "810 is a part of 930, not its total"
    assert [f for f in found if f.kind == "rate_total_mismatch"], "930 is checked"


def test_a_part_named_out_of_a_possessive_group_is_no_total(pipeline):
    text = (
        "Road casualties rose in March, the agency said on Tuesday.\n\n"
        "The agency said it had recorded 930 road casualties during the month.\n\n"
        "On average, about 30 people were killed or injured on the roads every day in "
        "March.\n\n"
        "The northern district accounted for 260 of March's casualties, more than any other."
    )
    assert not _warned(_findings(pipeline, text, "2024-04-09"), "rate_total_mismatch")


def test_a_route_counts_what_the_vessel_on_it_carries(pipeline):
    text = (
        "The ferry linking Ardmore with the island has carried an average of 800 passengers "
        "a day since the start of the year, its operator said on Thursday.\n\n"
        "Returns to the ministry show the route handled 91,000 passengers between January "
        "and the end of May."
    )
    found = _warned(_findings(pipeline, text, "2025-06-12"), "rate_total_mismatch")
    assert found, "800 a day over January to May is about 120,800, not 91,000"


def test_different_routes_named_apart_are_not_compared(pipeline):
    text = (
        "The Ardmore ferry has carried 800 passengers a day since the start of the year, "
        "its operator said on Thursday.\n\n"
        "The Kilbride route handled 91,000 passengers between January and the end of May."
    )
    assert not _warned(_findings(pipeline, text, "2025-06-12"), "rate_total_mismatch")
