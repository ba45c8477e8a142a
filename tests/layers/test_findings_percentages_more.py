"""percentage_mismatch: shares that restate, name no group, or sit far from their counts.

Short articles written for these tests; each planted case has a clean twin.
"""

from __future__ import annotations

import pytest

from claimscope.contract.model import NUMERIC_KINDS, Article, Finding


@pytest.fixture(scope="module")
def numeric_pipeline():
    from claimscope.pipeline import Pipeline

    return Pipeline(only=["quantities", "findings"])


def _findings(pipeline, text: str, published: str = "2024-06-01") -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f for f in analysis.findings if f.kind in NUMERIC_KINDS and f.severity != "info"]


def _warnings(pipeline, text: str, published: str = "2024-06-01") -> set[str]:
    return {f.kind for f in _findings(pipeline, text, published)}


# --- a sentence that restates the one before as a share -----------------------------------

RESTATED = (
    "Harwick District Council turned down {part} of the 240 planning applications it "
    "decided last year. {cue} almost one in four, the highest share in a decade."
)


@pytest.mark.model
@pytest.mark.parametrize("cue", ["That is", "In other words,", "That amounts to"])
def test_percentages_restating_share_against_the_sentence_before(numeric_pipeline, cue):
    found = _findings(numeric_pipeline, RESTATED.format(part="80", cue=cue))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "80 / 240 = 0.33" in found[0].explanation


@pytest.mark.model
def test_percentages_restating_share_that_matches(numeric_pipeline):
    assert _warnings(numeric_pipeline, RESTATED.format(part="57", cue="That is")) == set()


DAYS_IN = (
    "The roadside monitor on Mill Lane breached the nitrogen dioxide limit on {part} of the "
    "181 days between 1 January and 30 June. Put another way, on about one day in four the "
    "air outside the school gates was unsafe to breathe."
)


@pytest.mark.model
def test_percentages_one_day_in_n_against_days_counted_out_of_a_stretch(numeric_pipeline):
    found = _findings(numeric_pipeline, DAYS_IN.format(part="92"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "92 / 181 days" in found[0].explanation


@pytest.mark.model
def test_percentages_one_day_in_n_that_matches(numeric_pipeline):
    assert _warnings(numeric_pipeline, DAYS_IN.format(part="45")) == set()


# --- the sentence's only share: a change's earlier value is no share -----------------------

GRANT_RATE = (
    "The tribunal heard 4,200 appeals against benefit decisions in the first half of 2024. "
    "Of those appeals, {part} were upheld, giving a success rate of 52 per cent, down from "
    "57 per cent a year earlier."
)


@pytest.mark.model
def test_percentages_rate_beside_the_earlier_value_of_its_change(numeric_pipeline):
    found = _findings(numeric_pipeline, GRANT_RATE.format(part="1,680"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "1,680 / 4,200 = 40.0%" in found[0].explanation


@pytest.mark.model
def test_percentages_rate_beside_the_earlier_value_that_matches(numeric_pipeline):
    assert _warnings(numeric_pipeline, GRANT_RATE.format(part="2,180")) == set()


# --- "made up" is a share, not a rise -----------------------------------------------------


def test_percentages_made_up_is_a_share_not_a_rise():
    from claimscope.layers.findings.numeric._shares import _PHRASAL_UP

    assert _PHRASAL_UP.search("Women made up ")
    assert _PHRASAL_UP.search("The plant takes up about ")
    assert not _PHRASAL_UP.search("Shares ended up ")


@pytest.mark.model
def test_percentages_share_before_a_whole_and_its_part_is_not_the_parts(numeric_pipeline):
    text = (
        "The ferry service carried 9,600 passengers in May. Pensioners made up about a "
        "quarter of the total, some 2,400, of whom 700 travelled free with a bus pass."
    )
    assert "percentage_mismatch" not in _warnings(numeric_pipeline, text)
