"""Rates against running totals told by both ends ("from the start of the month up to the
end of Sunday", "in the week to Sunday, March 9"), against outages counted as power cuts
under a shortened company name, and ranges kept off one day's figure beside a week's, on
short articles we wrote. Each has a planted article and a clean twin.
"""

from __future__ import annotations

from datetime import date

from claimscope.layers._quantities.periods import find_periods

RATE = "rate_total_mismatch"
RANGE = "range_violation"


def _dates(text: str, pub: str) -> list[tuple[str | None, str | None]]:
    return [(p.first, p.last) for p in find_periods(text, 0, date.fromisoformat(pub))]


def test_quantities_span_from_month_start_to_a_weekday():
    found = _dates(
        "It had 9,000 calls from the start of the month up to the end of Sunday.", "2025-03-18"
    )
    assert found == [("2025-03-01", "2025-03-16")]


def test_quantities_span_from_a_day_to_yesterday():
    found = _dates(
        "They sold 700 tickets in the two weeks from 3 March to yesterday.", "2025-03-18"
    )
    assert found == [("2025-03-03", "2025-03-17")]


def test_quantities_week_to_a_weekday_with_its_date():
    found = _dates("In the week to Sunday, March 9, crews fixed 300 leaks.", "2025-03-18")
    assert found == [("2025-03-03", "2025-03-09")]


def test_quantities_up_to_a_period_is_a_running_total():
    found = _dates("It has enrolled 900 pupils up to this week.", "2025-03-18")
    assert found[0][0] is None


_HELPLINE = (
    "Helpline busy\n\n"
    "CARNBY, March 18 - The Carnby helpline has been answering about 300 calls a day since "
    "the floods began on March 1, its director said on Tuesday.\n\n"
    "Figures published alongside show that staff have dealt with {total} calls from the "
    "start of the month up to the end of Sunday.\n"
)


def test_rates_total_from_month_start_to_sunday_planted(numeric_warnings):
    assert RATE in numeric_warnings(_HELPLINE.format(total="7,900"), "2025-03-18")


def test_rates_total_from_month_start_to_sunday_clean(numeric_warnings):
    assert RATE not in numeric_warnings(_HELPLINE.format(total="4,800"), "2025-03-18")


_CUTS = (
    "A hard winter\n\n"
    "Since the start of January, Northvale Power has recorded between 400 and 600 power "
    "cuts every week, the company says.\n\n"
    "In the week before the storm the count reached 580 faults, and on the storm's first "
    "day alone 150 outages were reported.\n\n"
    "In the week to Sunday, February 9, Northvale engineers logged {week} separate outages.\n"
)


def test_rates_outages_week_above_weekly_power_cut_range_planted(numeric_warnings):
    assert RANGE in numeric_warnings(_CUTS.format(week=910), "2025-02-17")


def test_rates_outages_week_inside_weekly_power_cut_range_clean(numeric_warnings):
    # the one day's 150 sits below the weekly range but is no week's count
    assert RANGE not in numeric_warnings(_CUTS.format(week=520), "2025-02-17")


_GALE = (
    "Gale damage\n\n"
    "HOLMSBY, June 12 - The gale reached the coast last Friday evening, bringing down lines "
    "across the district.\n\n"
    "Since then crews have been reconnecting about 1,500 homes a day, the operator says.\n\n"
    "By Thursday morning, {total} homes had been reconnected, it added.\n"
)


def test_rates_since_then_against_a_total_read_on_a_weekday_planted(numeric_findings):
    (found,) = numeric_findings(_GALE.format(total="14,000"), "2025-06-12")
    assert found.kind == RATE
    # the span is named by its days, not as the whole month
    assert "6–12 June 2025" in found.explanation and "7 days" in found.explanation


def test_rates_since_then_against_a_total_read_on_a_weekday_clean(numeric_warnings):
    assert RATE not in numeric_warnings(_GALE.format(total="10,400"), "2025-06-12")
