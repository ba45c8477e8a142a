"""Changes read right in harder constructions: a current figure set beside a forecast, a
verb with no direction nearer the figures than a change noun, "the lower dose", sizes
listed side by side, a headline whose size a stated change already used, split financial
years, "three times as many X as last summer", a quoted change told "last week", and a
quote whose figures go on with "The average was ... it was". Short articles we wrote;
each planted one has a clean twin."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Finding


def _changes(pipeline, text: str, published: str = "2025-03-04") -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f for f in analysis.findings if f.kind == "change_mismatch" and f.severity != "info"]


# --- false alarms: the figure that changed is not the nearest one -----------------------


@pytest.mark.model
def test_yardstick_forecast_is_not_the_current_figure(numeric_pipeline):
    text = (
        "The Lantern Fair drew 520,000 visitors over its five days, well ahead of the "
        "450,000 organisers had expected and up 30% on last year's 400,000, the council said."
    )
    assert not _changes(numeric_pipeline, text)


@pytest.mark.model
def test_yardstick_forecast_current_figure_still_checked(numeric_pipeline):
    text = (
        "The Lantern Fair drew 640,000 visitors over its five days, well ahead of the "
        "450,000 organisers had expected and up 30% on last year's 400,000, the council said."
    )
    found = _changes(numeric_pipeline, text)
    assert found and "640,000" in found[0].explanation


@pytest.mark.model
def test_undirected_verb_nearer_the_figures_governs(numeric_pipeline):
    text = (
        "The rally came as the gap between the two grades narrowed to about $4 a "
        "barrel from $9 in the spring, traders said."
    )
    assert not _changes(numeric_pipeline, text)


@pytest.mark.model
def test_sizes_listed_side_by_side_are_no_levels(numeric_pipeline):
    text = (
        "After a year, readings fell by 16 points in the higher dose group and 11 points "
        "on the lower dose, compared with 4 points on placebo, the researchers said."
    )
    assert not _changes(numeric_pipeline, text)


@pytest.mark.model
def test_headline_size_used_by_a_stated_change_is_not_paired_again(numeric_pipeline):
    text = (
        "Visa applications fall 12%\n\n"
        "The agency received 44,000 applications between January and June, against "
        "50,000 in the same period of 2024. The backlog of pending applications shrank to "
        "about 90,000 from 93,000 at the start of January."
    )
    assert not _changes(numeric_pipeline, text, "2025-07-15")


# --- misses: the pair is there, in other words ---------------------------------------------

_RECEIPTS = (
    "Property tax receipts up 40% as sales recover\n\n"
    "The revenue office said on Thursday that the tax raised £{now}m in 2024-25, the year "
    "to 31 March, compared with £412m in 2023-24."
)


@pytest.mark.model
def test_split_financial_years_are_ordered(numeric_pipeline):
    found = _changes(numeric_pipeline, _RECEIPTS.format(now=475), "2025-05-08")
    assert found and "412" in found[0].explanation


@pytest.mark.model
def test_split_financial_years_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _RECEIPTS.format(now=577), "2025-05-08")


_APPEALS = (
    "Figures from the county council show that appeals lodged against primary school "
    "places for entry in September 2024 rose to {now}, from 300 for September 2023 entry.\n\n"
    '"We are handling nearly three times as many appeals as last summer," said the '
    "manager of the appeals service."
)


@pytest.mark.model
def test_times_as_many_against_last_summer(numeric_pipeline):
    found = _changes(numeric_pipeline, _APPEALS.format(now=510), "2024-07-02")
    assert found and "three times" in found[0].message


@pytest.mark.model
def test_times_as_many_against_last_summer_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _APPEALS.format(now=880), "2024-07-02")


_QUOTED = (
    '"Ozone on Quay Street has fallen by a third in a single year," the mayor told a '
    'public meeting last week. "The annual average was 60 micrograms per cubic metre in '
    '2023. In 2024 it was {now}."'
)


@pytest.mark.model
def test_quoted_change_told_last_week_and_its_figures(numeric_pipeline):
    found = _changes(numeric_pipeline, _QUOTED.format(now=52), "2025-02-18")
    assert found and "60" in found[0].explanation


@pytest.mark.model
def test_quoted_change_told_last_week_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _QUOTED.format(now=40), "2025-02-18")


# --- "against 48 percent for No": another side's figure at the same time, no baseline -------

_SIDES = "Harbour referendum\n\n{what} to 52 percent, against 48 percent for {other}."


@pytest.mark.model
def test_yardstick_earlier_figure_for_a_time_still_a_baseline(numeric_pipeline):
    text = _SIDES.format(what="Turnout fell", other="the 2019 election")
    assert [f.kind for f in _changes(numeric_pipeline, text)] == ["change_mismatch"]


@pytest.mark.model
def test_yardstick_other_sides_figure_is_no_baseline(numeric_pipeline):
    text = _SIDES.format(what="The Yes side's lead shrank overnight", other="No")
    assert _changes(numeric_pipeline, text) == []
