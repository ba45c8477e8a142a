"""The numeric-warning verifier: the features it reads, what it drops, and how to keep all."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Finding, Quantity, Span
from claimscope.layers.findings.numeric.verify import verified, verifier_features, wording_doubts
from claimscope.models.linear import LinearModel

TEXT = (
    "Depot handled 900 parcels a day\n\n"
    'Harbourside depot handled 900 parcels a day in May, its manager said. "We moved '
    '41,000 parcels in May," she said.\n\n'
    "The firm's capital budget allows up to 1,200 parcels a day at the new site."
)


def _quantity(qid: str, text: str, occurrence: int = 0, **fields: object) -> Quantity:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    value = float(text.replace(",", "").split()[-1])
    base: dict[str, object] = {"value": value, "low": value, "high": value}
    base.update(fields)
    return Quantity.model_validate(
        {"id": qid, "start": start, "end": start + len(text), "text": text, **base}
    )


def _sentences() -> list[tuple[int, int]]:
    """Rough sentence bounds: a line break, or a full stop before a space or quote."""
    bounds, start = [], 0
    for i, ch in enumerate(TEXT):
        if ch == "\n" or (ch == "." and TEXT[i + 1 : i + 2] in (" ", "", '"')):
            bounds.append((start, i + 1))
            start = i + 1
    bounds.append((start, len(TEXT)))
    return bounds


def _warning(*qids: str) -> Finding:
    return Finding(
        id="f1",
        kind="rate_total_mismatch",
        severity="warning",
        message="900 a day over May does not give 41,000.",
        explanation="900 per day × 31 days = 27,900; 41,000 lies outside it",
        quantities=list(qids),
    )


def test_features_read_headline_quote_distance_and_cues() -> None:
    rate = _quantity("q1", "900", counted="parcel", per="day")
    total = _quantity("q2", "41,000", counted="parcel")
    feats = verifier_features(_warning("q1", "q2"), [rate, total], TEXT, _sentences())
    assert "in_headline" in feats
    assert "in_quote" in feats
    assert "counted=same" in feats and "rate" in feats
    assert "kind=rate_total_mismatch" in feats and "figures=2" in feats
    assert any(f.startswith("distance=") for f in feats)
    assert "cue=a day" in feats


def test_features_match_cue_words_whole() -> None:
    """'capital' is not the cue 'cap'; 'up to' beside the figure is read."""
    cap = _quantity("q3", "1,200")
    feats = verifier_features(_warning("q3"), [cap], TEXT, _sentences())
    assert "cue=up to" in feats and "cue=budget" in feats
    assert "cue=cap" not in feats


def test_features_never_read_the_rest_of_the_article() -> None:
    """The same warning scores the same whatever else the article holds."""
    rate = _quantity("q1", "900", counted="parcel", per="day")
    total = _quantity("q2", "41,000", counted="parcel")
    alone = verifier_features(_warning("q1", "q2"), [rate, total], TEXT, _sentences())
    longer = TEXT + "\n\nIn 2019 it had 14 vans, 3 depots and 250 staff."
    padded = verifier_features(_warning("q1", "q2"), [rate, total], longer, _sentences())
    assert alone == padded


def test_verified_drops_only_doubted_numeric_warnings() -> None:
    rate = _quantity("q1", "900", counted="parcel", per="day")
    cap = _quantity("q3", "1,200")
    doubted = _warning("q3").model_copy(update={"id": "f2"})
    plain = _warning("q1")
    passed = plain.model_copy(update={"id": "f3", "severity": "info"})
    sourcing = Finding(
        id="f4", kind="vague_attribution", severity="warning", message="m", explanation="e"
    )
    model = LinearModel({"cue=up to": -5.0}, bias=1.0, threshold=0.5)
    spans = [Span(start=s, end=e, text=TEXT[s:e]) for s, e in _sentences()]
    kept = verified([plain, doubted, passed, sourcing], [rate, cap], TEXT, spans, model=model)
    assert [f.id for f in kept] == ["f1", "f3", "f4"]


def test_wording_doubts_gives_a_score_only_below_the_threshold() -> None:
    rate = _quantity("q1", "900", counted="parcel", per="day")
    cap = _quantity("q3", "1,200")
    model = LinearModel({"cue=up to": -5.0}, bias=1.0, threshold=0.5)
    spans = [Span(start=s, end=e, text=TEXT[s:e]) for s, e in _sentences()]
    doubt = wording_doubts([rate, cap], TEXT, spans, model=model)
    low = doubt(_warning("q3"))
    assert low is not None and low < 0.5
    assert doubt(_warning("q1")) is None


FERRY = (
    "Ferry firm carried 2,000 cars a week, report says\n\n"
    "Bayline Ferries carried 2,000 cars a week in 2023, its annual report says. "
    "Across the whole of 2023 the firm carried 61,000 cars, the report adds."
)
ISLAND = (
    "Island crossings cancelled\n\n"
    "The operator cancels between 40 and 60 crossings every month, its figures show. "
    "The cancellations among island routes have grown, with about 95 crossings cancelled in "
    "March alone, the operator said."
)


def _warnings(text: str, *, verify: bool) -> tuple[list[str], list[str]]:
    from claimscope.pipeline import Pipeline

    pipeline = Pipeline(only=["quantities", "findings"], verify_numbers=verify)
    analysis = pipeline.analyze(Article(text=text, published="2024-03-01"))
    kinds = [f.kind for f in analysis.findings if f.severity == "warning"]
    return kinds, analysis.meta.notes


@pytest.mark.model
def test_verifier_keeps_a_plainly_stated_conflict() -> None:
    kinds, notes = _warnings(FERRY, verify=True)
    assert kinds == ["rate_total_mismatch"]
    assert not any("verifier" in note for note in notes)


@pytest.mark.model
def test_verifier_is_opt_in_and_says_what_it_left_out() -> None:
    """Its known cost, kept visible: a real conflict in a sentence with "among" and "about"
    in it (cues of subset and rounding traps) is dropped when the verifier is on, and a
    note says so."""
    assert _warnings(ISLAND, verify=False) == (["range_violation"], [])
    kinds, notes = _warnings(ISLAND, verify=True)
    assert kinds == []
    assert notes == [
        "1 numeric warning left out: the verifier (numeric-verifier-v1) judged the pairing "
        "doubtful; run without --verify-numbers to see every warning"
    ]
