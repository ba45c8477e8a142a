"""Rates told by the words around a figure rather than after it: a rate adjective on the
subject ("Daily ridership has ranged from 40,000 to 55,000", "Monthly sales have stayed
between £1.2m and £1.5m") and a figure set against a rate ("£1,380 a month, up from
£1,150"), which shares its rate.

Short articles written for these tests; each planted case has a clean twin."""

from __future__ import annotations

import pytest

RIDERSHIP = (
    "Tram line passes first year\n\nDaily ridership on the new tram line has ranged from "
    "40,000 to 55,000 since it opened in March, the operator said.\n\nOn 3 June, the day of "
    "the city marathon, the line carried {day} passengers."
)


@pytest.mark.parametrize(("day", "kinds"), [("52,400", set()), ("61,200", {"range_violation"})])
def test_a_daily_subject_makes_a_range_per_day(numeric_warnings, day, kinds):
    assert numeric_warnings(RIDERSHIP.format(day=day), published="2025-06-20") == kinds


SALES = (
    "Bakery chain holds steady\n\nMonthly sales at Crumb & Co have stayed between £1.2m and "
    "£1.5m all year, its finance director said.\n\nIn June, helped by a heatwave, sales "
    "reached {june}."
)


@pytest.mark.parametrize(("june", "kinds"), [("£1.4m", set()), ("£1.9m", {"range_violation"})])
def test_a_monthly_subject_makes_a_range_of_money_per_month(numeric_warnings, june, kinds):
    assert numeric_warnings(SALES.format(june=june), published="2025-07-20") == kinds


def test_a_weekly_subject_that_counts_nothing_gives_no_rate(numeric_pipeline):
    """The bulletin is weekly; the 1,940 cases are one week's, not a weekly rate."""
    from claimscope.contract.model import Article

    text = (
        "The health directorate's weekly bulletin, released on Sunday, showed 1,940 new dengue "
        "cases in the division in the week to September 14."
    )
    analysis = numeric_pipeline.analyze(Article(text=text, published="2024-09-22"))
    (q,) = [q for q in analysis.quantities if q.text == "1,940"]
    assert q.per is None


RENTS = (
    "Rents in Tarrow up {size} in a year\n\nThe average asking rent for a flat in the town "
    "reached £1,380 a month in October, according to a lettings portal, up from £1,150 in "
    "October last year."
)


@pytest.mark.parametrize(("size", "kinds"), [("20%", set()), ("40%", {"change_mismatch"})])
def test_a_figure_set_against_a_rate_is_a_rate_too(numeric_warnings, size, kinds):
    """The £1,150 is a month's rent as the £1,380 is; "in Tarrow" says where, and the
    headline's change is about rents."""
    assert numeric_warnings(RENTS.format(size=size), published="2025-11-10") == kinds


def test_a_stretch_of_time_after_of_is_not_what_is_counted(numeric_warnings):
    text = (
        "Winter season\n\nThe valley recorded 1.38 million overnight stays in the winter, "
        "5% more than the 1.31 million of the previous winter."
    )
    assert numeric_warnings(text) == set()


def test_a_daily_subject_doing_what_is_counted_gives_the_rate(numeric_pipeline):
    """The sailings carry the passengers: their "daily" is the passengers' rate."""
    from claimscope.contract.model import Article

    text = "Daily sailings have carried between 900 and 1,400 passengers since May."
    analysis = numeric_pipeline.analyze(Article(text=text, published="2025-04-15"))
    (q,) = [q for q in analysis.quantities if q.text == "between 900 and 1,400"]
    assert q.per == "day"


@pytest.mark.parametrize(("used", "kinds"), [("12,400", {"range_violation"}), ("9,100", set())])
def test_a_level_that_stayed_in_bounds_holds_people_who_used_the_line(
    numeric_warnings, used, kinds
):
    """ "stayed" is no deed of its own, and people who use a line are its ridership."""
    text = (
        "Orange line\n\nDaily ridership on the Orange line has stayed between 8,000 and "
        f"9,500 all year. On 3 March, {used} people used the line."
    )
    assert numeric_warnings(text, published="2025-06-01") == kinds
