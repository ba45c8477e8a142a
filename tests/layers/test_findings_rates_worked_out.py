"""Rates worked out from totals just given, on short articles we wrote: "Across the trust,
that is nearly six a day" after an aside puts the outbreak's figures per day and is held
against no one site's total; "1,215 over the seven days, an average of 170 a day" is
checked over the seven days the sentence states."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

RATE = "rate_total_mismatch"

_TRUST = (
    "Outbreak closes wards\n\n"
    "An outbreak has infected 93 patients at the trust's two hospitals since the first "
    "fell ill on 25 November. Ash Lane Hospital has recorded 64 cases and Bell Street 29 "
    "since 25 November. Forty-one staff have also been off sick; they are counted "
    "separately. {rate}"
)


def test_rates_worked_out_after_a_fronted_phrase_is_no_sites_rate_clean(numeric_warnings):
    text = _TRUST.format(rate="Across the trust, that is nearly six new cases a day on average.")
    assert RATE not in numeric_warnings(text, "2024-12-11")


def test_rates_a_sites_own_rate_against_its_total_planted(numeric_warnings):
    text = _TRUST.format(rate="Ash Lane Hospital has logged about nine new cases a day.")
    assert RATE in numeric_warnings(text, "2024-12-11")


_WEEK = (
    "Weekly summary\n\n"
    "The rescue service stayed busy over the past week, its chief said on Saturday. "
    "According to its weekly summary, crews carried out {total} callouts over the seven "
    "days, an average of more than 170 a day."
)


def test_rates_restated_average_over_the_stated_seven_days_clean(numeric_warnings):
    assert RATE not in numeric_warnings(_WEEK.format(total="1,215"), "2024-09-14")


def test_rates_restated_average_over_the_stated_seven_days_planted(numeric_warnings):
    assert RATE in numeric_warnings(_WEEK.format(total="980"), "2024-09-14")


# "Across the year, that is ..." after a sentence splitting the year into halves: the rate
# puts the year's total per day, not the first half's, which the sentence names first.
_HALVES = (
    "Fraud losses\n\n"
    "Customers lost £571m to payment fraud in 2024, the banking council said. Losses were "
    "£270m in the first half of the year and £301m in the second. {rate}"
)


def test_rates_fronted_span_rate_is_no_first_halfs_rate_clean(numeric_warnings):
    text = _HALVES.format(rate="Across the year, that is roughly £1.56m lost every day.")
    assert RATE not in numeric_warnings(text, "2025-03-05")


def test_rates_first_half_rate_against_its_total_planted(numeric_warnings):
    text = _HALVES.format(rate="In the first half, about £1.9m was lost every day.")
    assert RATE in numeric_warnings(text, "2025-03-05")


# "On average, that is ..." puts the sentence before's total per day, as "That is" does
_ON_AVERAGE = (
    "Quarterly report\n\n"
    "Between April and June, the recycling centre took in 9,100 tonnes of waste. On "
    "average, that is around {rate} tonnes every day of the quarter."
)


def test_rates_on_average_that_is_against_the_quarters_total_planted(numeric_warnings):
    assert RATE in numeric_warnings(_ON_AVERAGE.format(rate=150), "2025-07-24")


def test_rates_on_average_that_is_in_line_with_the_quarters_total_clean(numeric_warnings):
    assert RATE not in numeric_warnings(_ON_AVERAGE.format(rate=100), "2025-07-24")


_SCHOOL_STREETS = (
    "School streets fines\n\n"
    "Figures released by the council show the cameras were active on 75 school days "
    "between 2 September and 20 December, excluding the half-term week, and issued 3,600 "
    "penalty charge notices - an average of {rate} a day."
)


def test_rates_a_count_of_school_days_is_the_span_a_rate_a_day_covers(numeric_warnings):
    assert RATE not in numeric_warnings(_SCHOOL_STREETS.format(rate="48"), "2025-01-08")
    assert RATE in numeric_warnings(_SCHOOL_STREETS.format(rate="33"), "2025-01-08")
