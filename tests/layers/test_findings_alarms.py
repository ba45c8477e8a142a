"""Clean articles that once drew a numeric warning, and planted twins that still must.

Each trap is a construction of ordinary news writing; the articles are our own."""

from __future__ import annotations

import pytest

from claimscope.contract.model import NUMERIC_KINDS, Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline():
    from claimscope.pipeline import Pipeline

    return Pipeline(only=["quantities", "findings"])


def _warnings(pipeline, text: str, published: str = "2024-03-04") -> set[str]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return {f.kind for f in analysis.findings if f.kind in NUMERIC_KINDS and f.severity != "info"}


def test_nearly_halved_allows_a_fall_to_a_little_more_than_half(pipeline):
    text = (
        "Measles cases ease\n\n"
        "Weekly measles cases have nearly halved, from 820 in the first week of February "
        "to 440 last week, the health ministry said."
    )
    assert "change_mismatch" not in _warnings(pipeline, text)


def test_nearly_halved_still_flags_a_fall_of_a_fifth(pipeline):
    text = (
        "Measles cases ease\n\n"
        "Weekly measles cases have nearly halved, from 820 in the first week of February "
        "to 650 last week, the health ministry said."
    )
    assert "change_mismatch" in _warnings(pipeline, text)


def test_a_neighbouring_change_speaks_of_its_own_clause(pipeline):
    text = (
        "Malaria in the delta\n\n"
        "Malaria infections in the delta are running about 30 per cent higher than last "
        "year, officials said, although wider use of bed nets has cut deaths by half.\n\n"
        "Clinics recorded 26,000 malaria infections between January and August, compared "
        "with 20,000 in the same months of 2023."
    )
    assert "change_mismatch" not in _warnings(pipeline, text, "2024-09-10")


def test_a_neighbouring_change_of_the_same_thing_is_still_checked(pipeline):
    text = (
        "Malaria in the delta\n\n"
        "Malaria infections in the delta are running about 60 per cent higher than last "
        "year, officials said, although wider use of bed nets has cut deaths by half.\n\n"
        "Clinics recorded 26,000 malaria infections between January and August, compared "
        "with 20,000 in the same months of 2023."
    )
    assert "change_mismatch" in _warnings(pipeline, text, "2024-09-10")


def test_a_capacity_is_no_total_against_a_daily_rate(pipeline):
    text = (
        "Camp swells\n\n"
        "Lowe Ridge, 20 km from the border, was built in 2021 for 25,000 people.\n\n"
        '"We can screen maybe 150 people a day," said the camp manager.'
    )
    assert "rate_total_mismatch" not in _warnings(pipeline, text, "2024-05-02")


def test_a_group_named_after_its_breakdown_is_the_whole(pipeline):
    text = (
        "Storm survey\n\n"
        "The storm damaged 9,400 homes in the county, a survey found.\n\n"
        "Westbay was worst hit, with 4,100 damaged homes, followed by Marsh End with 3,200 "
        "and Hollins with 1,300. The remaining 800 were spread across other parishes.\n\n"
        "Of the damaged homes, 610 were destroyed outright, fewer than one in ten."
    )
    assert "percentage_mismatch" not in _warnings(pipeline, text)


def test_a_share_of_a_group_named_after_its_breakdown_is_still_checked(pipeline):
    text = (
        "Storm survey\n\n"
        "The storm damaged 9,400 homes in the county, a survey found.\n\n"
        "Westbay was worst hit, with 4,100 damaged homes, followed by Marsh End with 3,200 "
        "and Hollins with 1,300. The remaining 800 were spread across other parishes.\n\n"
        "Of the damaged homes, 2,900 were destroyed outright, fewer than one in ten."
    )
    assert "percentage_mismatch" in _warnings(pipeline, text)
