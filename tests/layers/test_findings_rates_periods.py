"""Rates against totals, and the periods both run over: a start dated in the rate's own
clause, a running total that only says when it was read, a rate that starts later, a
peak month against an every-month range, and flows that are not one flow.

Every article here is a few sentences we wrote for the construction under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimscope.layers._quantities.period_refs import SentencePeriods, resolve_references
from claimscope.layers._quantities.periods import PeriodMatch, find_periods

PUB = date(2025, 6, 12)


def _one_period(text: str, pub: date | None = PUB) -> PeriodMatch:
    (p,) = find_periods(text, 0, pub)
    return p


def _all_periods(sentences: list[str]) -> list[PeriodMatch]:
    """The period phrases of a few sentences joined by spaces, resolved across them."""
    text, spans = "", []
    for s in sentences:
        start = len(text)
        text += s + " "
        spans.append(SentencePeriods(start, start + len(s), find_periods(s, start, PUB)))
    return [p for found in resolve_references(spans, text, PUB) for p in found]


def _last_period(sentences: list[str]) -> PeriodMatch:
    return _all_periods(sentences)[-1]


# Periods


@pytest.mark.parametrize(
    ("text", "kind", "first"),
    [
        ("It has sold 900 a day since it came out on 1 March.", "since_day", "2025-03-01"),
        ("They have grown since they opened in 2019.", "since_year", "2019-01-01"),
        ("The site has drawn crowds since it was first opened in April.", "since_month", None),
    ],
)
def test_periods_since_it_dated_in_its_own_clause(text, kind, first):
    p = _one_period(text)
    assert p.kind == kind
    assert first is None or p.first == first


def test_periods_since_it_alone_still_points_back():
    assert _one_period("It has averaged 300 a day since it began.").kind == "since_it"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The scheme would save 1.8 billion a year from 2028.", "2028-01-01"),
        ("It will run 40 flights a week from March 2027.", "2027-03-01"),
    ],
)
def test_periods_a_rate_from_a_date_starts_then_and_has_no_end(text, first):
    p = _one_period(text)
    assert (p.kind, p.first, p.last) == ("rate_from", first, None)


@pytest.mark.parametrize(
    "text",
    ["Output rose 4% a year from 2019 to 2023.", "Emissions fell 5% a year from 2019 levels."],
)
def test_periods_a_rate_from_a_year_to_another_or_from_levels_is_no_open_start(text):
    assert all(p.kind != "rate_from" for p in find_periods(text, 0, PUB))


def test_periods_two_adjacent_years_named_as_one_stretch():
    p = _one_period("The cost is spread over 2026 and 2027.")
    assert (p.first, p.last) == ("2026-01-01", "2027-12-31")


def test_periods_two_distant_years_are_no_stretch():
    periods = find_periods("Over 2019 and 2023 it fell.", 0, PUB)
    assert all(p.last != "2023-12-31" or p.first == "2023-01-01" for p in periods)


def test_periods_undated_start_takes_the_one_running_span():
    p = _last_period(
        [
            "Convoys have moved 2,000 tonnes a week since the first trucks left on May 4.",
            "Roads are still flooded.",
            "In all, 9,000 tonnes have arrived since the operation began.",
        ]
    )
    assert (p.first, p.last) == ("2025-05-04", "2025-06-12")


def test_periods_undated_start_with_two_running_spans_stays_undated():
    sentences = [
        "Convoys have moved 2,000 tonnes a week since the first trucks left on May 4.",
        "Flights have carried 40 tonnes a day since May 20.",
        "In all, 9,000 tonnes have arrived since the operation began.",
    ]
    assert all(p.text != "since the operation began" for p in _all_periods(sentences))


def test_periods_the_year_is_not_a_base_of_comparison():
    p = _last_period(
        [
            "Across the country, firms reported 450,000 spills in 2024, down slightly from "
            "the previous year.",
            "The company's overflows spilled 9,100 times in total over the year.",
        ]
    )
    assert (p.first, p.last) == ("2024-01-01", "2024-12-31")


# Rates against totals and ranges (these need the trained pipeline)

_SINCE_LAUNCH = (
    "The publisher says the novel has been selling around 5,000 copies a day since it came "
    "out on 1 March. By the end of April, sales stood at {total} copies."
)


@pytest.mark.model
def test_rates_since_it_came_out_on_a_day_starts_that_day(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(
        _SINCE_LAUNCH.format(total="220,000"), "2025-05-09"
    )


@pytest.mark.model
def test_rates_since_it_came_out_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_SINCE_LAUNCH.format(total="305,000"), "2025-05-09")


# One rate now (another is for last year) and one running total read at a date inside its
# span: the same flow, even when the total counts the doers and the rate their trips.
_RUNNING = (
    "The bridge authority said lorries had averaged 900 trips a day since January, against "
    "600 a day in the second half of last year. By the end of May, {total} lorries had "
    "crossed the bridge, the authority said."
)


@pytest.mark.model
def test_rates_running_total_by_a_date_takes_the_rate_start(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_RUNNING.format(total="190,000"), "2025-06-10")


@pytest.mark.model
def test_rates_running_total_by_a_date_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_RUNNING.format(total="136,000"), "2025-06-10")


# The one rate and the one total of a year, the same deed in other nouns; "at least one
# connection" in the same sentence is no larger total.
_SAME_DEED = (
    "The airline cancelled an average of 20 flights a day in 2024, the regulator said. In "
    "total, {total} departures were cancelled across the year, and a further 900 were "
    "delayed, missing at least one connection."
)


@pytest.mark.model
def test_rates_one_rate_one_total_same_deed_other_noun(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(
        _SAME_DEED.format(total="11,000"), "2025-01-20"
    )


@pytest.mark.model
def test_rates_one_rate_one_total_same_deed_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_SAME_DEED.format(total="7,300"), "2025-01-20")


# "numbers have run at between ... every month": a level, and the busiest month must
# keep a range said to hold every month.
_PEAK_MONTH = (
    "The director says visitor numbers have run at between 20,000 and 26,000 every month "
    "since January. July was the busiest month: {n} people came through the gates."
)


@pytest.mark.model
def test_rates_peak_month_above_an_every_month_range(numeric_warnings):
    assert "range_violation" in numeric_warnings(_PEAK_MONTH.format(n="33,000"), "2025-09-15")


@pytest.mark.model
def test_rates_peak_month_inside_an_every_month_range_is_clean(numeric_warnings):
    assert not numeric_warnings(_PEAK_MONTH.format(n="25,800"), "2025-09-15")


@pytest.mark.model
def test_rates_saving_from_a_later_year_against_a_cost_before_it(numeric_warnings):
    text = (
        "The programme would save 40 million euros a year from 2028, at a one-off cost of "
        "about 55 million euros spread over 2026 and 2027."
    )
    assert not numeric_warnings(text, "2026-02-10")


@pytest.mark.model
def test_rates_money_saved_and_money_spent_are_two_flows(numeric_warnings):
    text = (
        "The council saved 2 million pounds a month in 2024 by closing offices. The council "
        "spent 30 million pounds in 2024 on new housing."
    )
    assert not numeric_warnings(text, "2025-03-01")


@pytest.mark.model
def test_rates_what_a_thing_is_designed_to_do_is_no_record(numeric_warnings):
    text = (
        "The old department saw 41,000 patients in 2024. A new clinic, due to open in 2027, "
        "is designed to see up to 90 patients a day."
    )
    assert not numeric_warnings(text, "2025-03-01")


# People counted by what was done to them, and that deed counted by its own noun.
_GRANTS = (
    "{total} people were granted asylum in 2024, the ministry says. The ministry processed "
    "an average of 1,800 grants of asylum a month in 2024, according to the same report."
)


@pytest.mark.model
def test_rates_people_granted_and_grants_are_one_flow(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_GRANTS.format(total="15,400"), "2025-02-19")


@pytest.mark.model
def test_rates_people_granted_and_grants_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_GRANTS.format(total="21,600"), "2025-02-19")


# A relative clause set off by a comma tells what becomes of an amount that exists ("which
# will be sold"): its modal makes no forecast of the amount.
_SOLD_LATER = (
    "The club's 40 hives produce 300 to 400 kilograms of honey a month. Between May and "
    "August this year the hives produced {total} tonnes, which will be sold at local markets."
)


@pytest.mark.model
def test_rates_amount_with_a_future_aside_is_still_a_record(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_SOLD_LATER.format(total="2.6"), "2025-09-15")


@pytest.mark.model
def test_rates_amount_with_a_future_aside_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_SOLD_LATER.format(total="1.4"), "2025-09-15")


# A running total with no period ("has grown to") against a rate over a stated length that
# runs since its start ("over the five weeks since"): both run to now.
_GROWN_TO = (
    "A norovirus outbreak on the cruise ship has grown to {total} cases, officials said. "
    "Doctors have been recording about 40 new cases a week over the five weeks since the "
    "first patient fell ill."
)


@pytest.mark.model
def test_rates_total_grown_to_against_a_rate_over_the_weeks_since(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_GROWN_TO.format(total="120"), "2025-03-01")


@pytest.mark.model
def test_rates_total_grown_to_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_GROWN_TO.format(total="200"), "2025-03-01")


@pytest.mark.parametrize(
    "phrase", ["since its launch", "since the launch", "since it opened", "since then"]
)
def test_periods_since_it_starts_on_the_one_day_something_opened(phrase):
    p = _last_period(
        [
            "The helpline, which opened on March 1, was busy.",
            f"It has taken about 45 calls a day {phrase}.",
        ]
    )
    assert (p.first, p.last) == ("2025-03-01", "2025-06-12")


def test_periods_since_it_with_two_opening_days_stays_undated():
    p = _last_period(
        [
            "The helpline opened on March 1 and the web chat launched on April 2.",
            "It has taken about 45 calls a day since its launch.",
        ]
    )
    assert p.first is None


def test_periods_so_far_starts_on_the_day_its_sentence_dates_the_start():
    (p,) = [
        p
        for p in _all_periods(
            [
                "The ministry said 1,980 prisoners had been freed so far under the scheme, "
                "which was introduced on Sept. 10."
            ]
        )
        if p.text == "so far"
    ]
    assert (p.first, p.last) == ("2024-09-10", "2025-06-12")  # the last Sept. 10 before


@pytest.mark.parametrize(("total", "planted"), [("410", True), ("620", False)])
def test_rate_over_the_past_year_holds_for_the_year_to_last_month(numeric_warnings, total, planted):
    """ "over the past year", said in mid-March, and "the 12 months to the end of February"
    are one year to the reader: a rolling window's start is not fixed to the day."""
    text = (
        "Cladding repairs\n\n"
        "Contractors have been completing remediation on around 12 buildings a week over the "
        "past year, the department said.\n\n"
        f"In the 12 months to the end of February, work was completed on {total} buildings.\n"
    )
    assert ("rate_total_mismatch" in numeric_warnings(text, "2024-03-14")) is planted


@pytest.mark.parametrize(("total", "planted"), [("260,000", True), ("164,000", False)])
def test_since_it_was_switched_on_dated_by_a_later_sentence(numeric_warnings, total, planted):
    """ "since it was switched on", with the day given in the next paragraph ("went live
    ... on 1 February"): the only start the article dates; and a worked-out rate that puts a
    total of its own thing per day, past an aside on customers."""
    text = (
        "Scam filter\n\n"
        f"The operator said its filter has stopped {total} calls since it was switched on.\n\n"
        "The filter went live for all of the operator's 2.3 million customers on 1 February.\n\n"
        '"That works out at roughly 4,000 calls a day since the launch," its head of '
        "security said.\n"
    )
    assert ("rate_total_mismatch" in numeric_warnings(text, "2024-03-12")) is planted


@pytest.mark.parametrize(("total", "planted"), [("52,000", True), ("36,000", False)])
def test_since_the_switch_runs_from_the_one_change_the_article_dates(
    numeric_warnings, total, planted
):
    """ "since the switch", in an article whose one running span is "since it moved into a
    single call centre on 1 October": the same stretch."""
    text = (
        "Night line\n\n"
        "The overnight advice line has been taking about 900 calls a night since it moved "
        "into a single call centre on 1 October, the board said.\n\n"
        f"The merged centre had handled {total} calls in total since the switch.\n"
    )
    assert ("rate_total_mismatch" in numeric_warnings(text, "2025-11-14")) is planted


@pytest.mark.parametrize(("total", "planted"), [("212,000", True), ("146,000", False)])
def test_a_total_spread_over_the_rates_stated_length(numeric_warnings, total, planted):
    """ "reported total spending of 212,000 marks. Its outlay had been spread evenly ..., at
    an average of 18,000 marks a week over the eight weeks": the total is over those weeks."""
    text = (
        "Spending returns\n\n"
        f"The Harbour Party reported total spending of {total} marks. The party said its outlay "
        "had been spread evenly across the campaign, at an average of 18,000 marks a week over "
        "the eight weeks.\n"
    )
    assert ("rate_total_mismatch" in numeric_warnings(text, "2025-06-12")) is planted
