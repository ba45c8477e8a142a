"""Lengths of time counted as amounts behind modifiers, spans ended by a date, and "during
the year" after a base year, on short articles we wrote (a security firm's results)."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Quantity
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities

RATE = "rate_total_mismatch"


def _quantities(nlp, text: str, published: str | None = None) -> list[Quantity]:
    draft = Draft(article=Article(text=text, published=published), article_id="t")
    return find_quantities(nlp(text), draft)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The firm delivered 1.46 million contracted patrol hours.",
            "1.46 million contracted patrol hours",
        ),
        ("Nurses worked 52,000 unpaid overtime hours last year.", "52,000 unpaid overtime hours"),
        ("The club logged 3,000 volunteer hours.", "3,000 volunteer hours"),
    ],
)
def test_hours_behind_modifiers_are_a_unit_of_time(real_nlp, text, figure):
    found = {q.text: q.unit for q in _quantities(real_nlp, text)}
    assert found == {figure: "hour"}


def test_modifier_words_never_lend_a_unit_to_a_count(real_nlp):
    found = {q.text: (q.unit, q.counted) for q in _quantities(real_nlp, "It has 300 patrol cars.")}
    assert found == {"300": (None, "patrol car")}
    found = {q.text: q.unit for q in _quantities(real_nlp, "We hired 40 staff for six hours.")}
    assert found["40"] is None


def test_days_behind_a_modifier_stay_counted_things(real_nlp):
    text = "The park had 3.4 million visitor days."
    assert [(q.text, q.unit) for q in _quantities(real_nlp, text)] == [("3.4 million", None)]


def test_span_to_a_date_is_no_range(real_nlp):
    text = "Revenue for the 12 months to 31 March 2023 rose to £212.4m."
    found = [q.text for q in _quantities(real_nlp, text, "2023-05-24")]
    assert "12 months to 31" not in found
    assert "£212.4m" in found


_RESULTS = (
    "Guarding firm lifts revenue\n\n"
    "Revenue at Brindle Guarding for the 12 months to 31 March 2023 rose to £92.4m from "
    "£84.1m the year before. The company said it had delivered {total} contracted patrol "
    "hours during the year, averaging about 18,000 hours a week, and now holds contracts "
    "with 26 councils."
)


def test_during_the_year_after_a_base_year_is_the_reported_year(real_nlp):
    text = _RESULTS.format(total="940,000")
    periods = {q.text: q.period for q in _quantities(real_nlp, text, "2023-05-24")}
    hours = periods["940,000 contracted patrol hours"]
    assert hours is not None
    assert (hours.start, hours.end) == ("2022-04-01", "2023-03-31")


@pytest.mark.model
def test_hours_a_week_against_the_years_total_planted(numeric_warnings):
    assert RATE in numeric_warnings(_RESULTS.format(total="1.23 million"), "2023-05-24")


@pytest.mark.model
def test_hours_a_week_against_the_years_total_clean(numeric_warnings):
    # 18,000 a week over 52.1 weeks is about 938,000
    assert RATE not in numeric_warnings(_RESULTS.format(total="940,000"), "2023-05-24")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "It harvested 432,000 cubic metres in the first quarter, 447,000 in the second "
            "and 503,000 in the third.",
            ["m3", "m3", "m3"],
        ),
        ("Revenue was £4.1m in 2022 and 5.3m in 2023.", ["GBP", "GBP"]),
        ("It carried 12,000 tonnes in May and 503 lorries in June.", ["tonne", None]),
    ],
)
def test_a_unit_written_once_covers_the_list(real_nlp, text, units):
    assert [q.unit for q in _quantities(real_nlp, text, "2022-11-03")] == units


def test_ordinals_after_a_part_of_the_year_name_parts_of_it(real_nlp):
    text = (
        "It harvested 432,000 cubic metres in the first quarter, 447,000 in the second "
        "and 503,000 in the third."
    )
    spans = [
        (q.period.start, q.period.end)
        for q in _quantities(real_nlp, text, "2022-11-03")
        if q.period
    ]
    assert spans == [
        ("2022-01-01", "2022-03-31"),
        ("2022-04-01", "2022-06-30"),
        ("2022-07-01", "2022-09-30"),
    ]
    assert _quantities(real_nlp, "He came first in the second round.", "2022-11-03") == []


def test_a_length_of_the_month_is_the_month_just_named(real_nlp):
    text = (
        "The shuttle carried an average of 1,850 visitors a day in July. The route handled "
        "48,200 passengers over the 31 days of the month."
    )
    found = {q.text: q.period for q in _quantities(real_nlp, text, "2024-08-06")}
    period = found["48,200"]
    assert period is not None and (period.start, period.end) == ("2024-07-01", "2024-07-31")
