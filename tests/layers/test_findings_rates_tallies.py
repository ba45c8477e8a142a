"""A rate against a total whose period is told only by pointing back ("the month's total")
or by a cut-off day ("by the end of Monday"), on short articles we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from claimscope.layers._quantities.period_refs import SentencePeriods, resolve_references
from claimscope.layers._quantities.periods import find_periods

RATE = "rate_total_mismatch"


def _article(sentences: list[str], pub: date) -> list[list]:
    text, spans = "", []
    for s in sentences:
        start = len(text)
        text += s + " "
        spans.append(SentencePeriods(start, start + len(s), find_periods(s, start, pub)))
    return resolve_references(spans, text, pub)


def test_periods_the_months_total_points_to_the_month_named_before():
    found = _article(
        ["The ferries carried 3,100 people a day in May.", "The month's total was 96,000."],
        date(2025, 6, 12),
    )
    p = found[1][0]
    assert (p.kind, p.first, p.last) == ("ref", "2025-05-01", "2025-05-31")


def test_periods_the_months_busiest_day_is_no_tally():
    assert find_periods("The month's busiest day was hot.", 0, date(2025, 6, 12)) == []


_FERRY = (
    "Ferry numbers climb\n\n"
    "The Orra Sound ferries carried an average of 3,100 passengers a day last month, the "
    "operator said on Tuesday.\n\n"
    "Its annual report, published at the same time, puts the month's total at {total} "
    "passengers."
)


@pytest.mark.model
def test_rates_the_months_total_against_a_daily_rate_planted(numeric_warnings):
    assert RATE in numeric_warnings(_FERRY.format(total="71,000"), "2025-06-12")


@pytest.mark.model
def test_rates_the_months_total_in_line_with_a_daily_rate_clean(numeric_warnings):
    assert RATE not in numeric_warnings(_FERRY.format(total="96,000"), "2025-06-12")


def test_periods_by_the_end_of_a_weekday_closes_a_running_total():
    (p,) = find_periods("By the end of Friday, 12,000 had signed.", 0, date(2025, 6, 12))
    assert (p.kind, p.first, p.last) == ("instant", None, "2025-06-06")


def test_periods_a_time_between_saying_and_what_is_said_dates_the_telling():
    text = "The mayor told reporters last week that crews clear 300 tonnes a day."
    assert find_periods(text, 0, date(2025, 6, 12)) == []


def test_periods_a_time_after_what_is_said_is_kept():
    text = "The mayor said crews cleared 300 tonnes last week."
    assert [p.text for p in find_periods(text, 0, date(2025, 6, 12))] == ["last week"]


# An undated rate told right after a sentence dating the work "since" a day carries that
# work on; a running total read "by the end of" a day counts from that start.
_GRIT = (
    "Clean-up goes on\n\n"
    "Since Monday 2 June, barges have been dredging silt from the harbour around the "
    "clock. The harbour master told us last week that the barges were lifting about 900 "
    "tonnes a day.\n\n"
    "By the end of Tuesday, the barges had removed a total of {total} tonnes of silt, the "
    "port authority said."
)


@pytest.mark.model
def test_rates_undated_rate_carries_on_the_work_since_a_day_planted(numeric_warnings):
    assert RATE in numeric_warnings(_GRIT.format(total="5,200"), "2025-06-12")


@pytest.mark.model
def test_rates_undated_rate_carries_on_the_work_since_a_day_clean(numeric_warnings):
    assert RATE not in numeric_warnings(_GRIT.format(total="8,100"), "2025-06-12")
