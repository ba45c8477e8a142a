"""Figures marked "alone", on short articles we wrote: "alone" narrows the figure nearest
before it ("46 fell ill, including 11 on Tuesday alone"), "fell ill" is no fall of a
figure, and a count narrowed by a word of its noun ("commuting trips") is no whole of a
wider one. Each mechanism has a planted article and a clean twin."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

pytestmark = pytest.mark.model

PART = "part_exceeds_whole"

_PEAK = (
    "Clinic outbreak\n\n"
    "The outbreak at the Marsh Road clinic peaked last week, when 46 patients fell ill, "
    "including {day} on Tuesday 3 December alone."
)


def test_parts_alone_narrows_the_nearer_figure_planted(numeric_warnings):
    assert PART in numeric_warnings(_PEAK.format(day=51), "2024-12-11")


def test_parts_alone_narrows_the_nearer_figure_clean(numeric_warnings):
    assert not numeric_warnings(_PEAK.format(day=11), "2024-12-11")


def test_quantities_fell_ill_is_no_fall_of_the_figure(numeric_pipeline):
    text = "The outbreak peaked last week, when 46 patients fell ill, including 11 on Tuesday."
    found = numeric_pipeline.analyze(Article(text=text, published="2024-12-11")).quantities
    assert {q.text: q.counted for q in found}["11"] == "patient"


_SHARE = (
    "Bike counts\n\n"
    "Across all 19 counters, the city recorded 1.6 million bike trips in August. Quay Bridge "
    "alone accounted for about 14% of the trips counted. The council said 11% of {whole} "
    "were made {how}."
)


def test_parts_alone_share_above_a_share_of_the_same_trips_planted(numeric_warnings):
    text = _SHARE.format(whole="trips", how="on its bridges")
    assert PART in numeric_warnings(text, "2024-09-10")


def test_parts_alone_share_against_a_narrower_kind_of_trip_clean(numeric_warnings):
    text = _SHARE.format(whole="commuting trips", how="by bike")
    assert PART not in numeric_warnings(text, "2024-09-10")
