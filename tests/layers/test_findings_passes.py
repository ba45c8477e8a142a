"""Checks that pass and matter are shown as ``info`` with their arithmetic: a stated change
or share that its own figures confirm is what an analyst would note as checked."""

from __future__ import annotations

from claimscope.contract.model import NUMERIC_KINDS, Article, Finding


def _infos(numeric_pipeline, text: str, published: str = "2024-06-01") -> list[Finding]:
    """The numeric findings, which must all be info."""
    analysis = numeric_pipeline.analyze(Article(text=text, published=published))
    numeric = [f for f in analysis.findings if f.kind in NUMERIC_KINDS]
    assert all(f.severity == "info" for f in numeric)
    return numeric


def test_a_stated_percentage_change_that_holds_is_info(numeric_pipeline):
    (info,) = _infos(
        numeric_pipeline,
        "Museum visits fell 18% to 3.1 million in 2023 from 3.8 million in 2022, the trust said.",
    )
    assert info.kind == "change_mismatch"
    assert "as stated" in info.message
    assert "-18.4%" in info.explanation


def test_a_stated_factor_that_holds_is_info(numeric_pipeline):
    (info,) = _infos(
        numeric_pipeline,
        "Cycle trips across the bridge doubled from 1,200 a day in 2022 to 2,450 a day in 2023.",
    )
    assert info.kind == "change_mismatch"
    assert "2.04×" in info.explanation


def test_a_headline_change_its_figures_confirm_is_info(numeric_pipeline):
    infos = _infos(
        numeric_pipeline,
        "Ferry operator's profit nearly triples\n\n"
        "Westsound Ferries made a profit of £4.1m in 2023, its accounts show. Its profit in "
        "2022 was £1.5m.",
    )
    assert [f.kind for f in infos] == ["change_mismatch"]
    assert "which fits" in infos[0].message
    assert "2.74×" in infos[0].explanation


def test_a_share_that_matches_its_part_and_whole_is_info(numeric_pipeline):
    (info,) = _infos(
        numeric_pipeline,
        "Of the 1,240 pupils who sat the exam, 412 passed with distinction, or 33%.",
    )
    assert info.kind == "percentage_mismatch"
    assert info.message == "412 out of 1,240 is 33.2%, which fits 33%."


def test_a_share_of_two_different_things_is_not_shown_as_fitting(numeric_pipeline):
    analysis = numeric_pipeline.analyze(
        Article(
            text="Of the 4,300 flights delayed by more than three hours, 1,850 passengers have "
            "been paid compensation, or 43%.",
            published="2024-09-05",
        )
    )
    assert not [f for f in analysis.findings if f.kind == "percentage_mismatch"]


def test_a_headline_share_its_body_counts_confirm_is_info(numeric_pipeline):
    infos = _infos(
        numeric_pipeline,
        "A third of bus routes axed\n\n"
        "Carrow County Council has withdrawn 42 of its 126 subsidised bus routes since April, "
        "figures show.",
        published="2024-10-30",
    )
    assert [f.message for f in infos] == ["A third: 42 out of 126 is 0.33, which fits."]


def test_a_change_word_before_a_headline_label_colon_is_not_the_shares_change(
    numeric_pipeline,
):
    """ "Rural bus cuts: a third of routes axed": "cuts" labels the story; the third is a
    share of routes, checked against the body's counts either way."""
    body = "\n\nThe council has withdrawn {} of its 126 bus routes since April, figures show."
    infos = _infos(numeric_pipeline, "Rural bus cuts: a third of routes axed" + body.format(42))
    assert [f.kind for f in infos] == ["percentage_mismatch"]
    analysis = numeric_pipeline.analyze(
        Article(text="Rural bus cuts: a third of routes axed" + body.format(60))
    )
    assert [f.kind for f in analysis.findings if f.severity == "warning"] == ["percentage_mismatch"]
