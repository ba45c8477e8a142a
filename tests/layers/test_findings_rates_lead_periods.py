"""Rates whose noun is two coordinated modifiers on one head, a length "of" a named month,
and key-figures lines dated by the period the lead says the figures cover (issue 4).

Short articles written for these tests: each planted case has a clean twin.
"""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Quantity
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities

_COORDINATED = (
    "Hot July keeps crews busy\n\n"
    "Crews in Marlow Vale attended an average of 36 heath and open-land fires a day during "
    "the 31 days of July, the fire service said.\n\n"
    "In all, the service attended a total of {total} heath and open-land fires in July."
)


@pytest.mark.model
def test_rates_a_coordinated_noun_over_the_days_of_a_month_is_checked(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(
        _COORDINATED.format(total="1,490"), "2023-08-02"
    )


@pytest.mark.model
def test_rates_a_coordinated_noun_over_the_days_of_a_month_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_COORDINATED.format(total="1,116"), "2023-08-02")


def _found(nlp, text: str, published: str = "2024-04-10") -> dict[str, Quantity]:
    draft = Draft(article=Article(text=text, published=published), article_id="t")
    return {q.text: q for q in find_quantities(nlp(text), draft)}


def test_a_modifier_coordinated_with_a_hyphened_one_is_counted_whole(real_nlp):
    found = _found(real_nlp, "Crews put out 42 grass and open-land fires a day in July.")
    assert found["42"].counted == "grass and open-land fire"
    assert found["42"].per == "day"


def test_a_length_of_a_named_month_is_that_month(real_nlp):
    found = _found(real_nlp, "Crews put out 42 grass fires a day over the 31 days of July.")
    period = found["42"].period
    assert period is not None
    assert (period.start, period.end) == ("2023-07-01", "2023-07-31")


_LEAD = (
    "Ashby Ambulance Service: quarterly snapshot\n\n"
    "Ashby Ambulance Service has published its quarterly performance figures, covering the "
    "12 weeks from Monday 1 January to Sunday 24 March 2024.\n\n"
    "CALLS\n"
    "Total emergency calls answered: {total}\n"
    "Average emergency calls per week: 520\n"
    "Calls in March: 2,310\n"
)


@pytest.mark.model
def test_rates_key_figures_lines_take_the_period_the_lead_covers(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_LEAD.format(total="7,900"), "2024-03-27")


@pytest.mark.model
def test_rates_key_figures_lines_in_line_with_the_lead_period_are_clean(numeric_warnings):
    assert not numeric_warnings(_LEAD.format(total="6,240"), "2024-03-27")


def test_a_list_line_naming_its_month_keeps_it_not_the_lead_period(real_nlp):
    found = _found(real_nlp, _LEAD.format(total="6,240"), "2024-03-27")
    lead, march = found["6,240"].period, found["2,310"].period
    assert lead is not None and (lead.start, lead.end) == ("2024-01-01", "2024-03-24")
    assert march is not None and (march.start, march.end) == ("2024-03-01", "2024-03-31")


def test_a_label_with_a_bracketed_note_still_names_what_is_counted(real_nlp):
    found = _found(real_nlp, "Key figures\n\nHouse fires (all causes): 398\nCar fires: 120\n")
    assert found["398"].counted == "house fire"


def test_no_lead_period_without_a_word_of_coverage(real_nlp):
    text = (
        "Ashby Ambulance Service: quarterly snapshot\n\n"
        "The service said on Monday, 1 January 2024, that demand was rising.\n\n"
        "Total emergency calls answered: 6,240\n"
    )
    assert _found(real_nlp, text, "2024-03-27")["6,240"].period is None


_SHARE_OF_TOTAL = (
    "Asylum in Vellara: key figures for the first quarter of 2021\n\n"
    "The directorate published its statistics for January to March 2021 on Thursday.\n\n"
    "APPLICATIONS\n"
    "Total asylum applications, Q1 2021: 24,860\n"
    "Same quarter last year (Q1 2020): 21,810\n"
    "Applications in January: 7,940\n"
    "Applications in February: 7,780\n"
    "Applications in March: 9,140\n"
    "Applications from unaccompanied children: 1,390 (5.6% of total)\n"
)


@pytest.mark.model
def test_percentages_a_month_in_the_list_is_no_total_of_the_quarters_share(numeric_warnings):
    assert not numeric_warnings(_SHARE_OF_TOTAL, "2021-04-15")


def test_a_label_stating_a_rate_gives_the_figure_its_rate(real_nlp):
    text = "Key numbers\n\nAverage emergency calls per week: 520\nLowest monthly mean: 29\n"
    found = _found(real_nlp, text)
    assert found["520"].per == "week"
    assert found["29"].per is None  # a month's level, not a rate
