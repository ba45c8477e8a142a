"""Hyperbole cues, and how they and the runner-up label shape a span's labels."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from claimscope.contract.model import TECHNIQUE_LABELS
from claimscope.models.encoder import EXAGGERATION, span_labels
from claimscope.models.hyperbole import has_hyperbole_cue

LOADED = TECHNIQUE_LABELS.index("Loaded_Language")
EXAG = TECHNIQUE_LABELS.index(EXAGGERATION)


@pytest.mark.parametrize(
    "text",
    [
        "the deadliest flood the valley has known",
        "The MOST reckless budget",
        "a scandal without parallel in history",
        "No  one\nwanted it",
        "an utterly unprecedented rise",
        "a record-breaking heatwave",
        "the harbour’s biggest-ever haul",
    ],
)
def test_hyperbole_cues_found(text: str) -> None:
    assert has_hyperbole_cue(text)


@pytest.mark.parametrize(
    "text",
    [
        "the priest's latest request",
        "an honest protest against the arrest",
        "the interest rate rose 2%",
        "someone said no",
        "",
    ],
)
def test_hyperbole_not_superlatives_are_no_cue(text: str) -> None:
    assert not has_hyperbole_cue(text)


def _encoder(**techniques: Any) -> Any:
    return SimpleNamespace(labels=list(TECHNIQUE_LABELS), calibration={"techniques": techniques})


def _probs(loaded: float, exag: float) -> np.ndarray:
    p = np.full(len(TECHNIQUE_LABELS), (1.0 - loaded - exag) / (len(TECHNIQUE_LABELS) - 2))
    p[LOADED], p[EXAG] = loaded, exag
    return p.astype(np.float32)


def test_hyperbole_span_labels_without_calibration_is_the_argmax() -> None:
    (only,) = span_labels(_encoder(), _probs(0.5, 0.3), "the biggest scandal")
    assert only[0] == LOADED
    assert only[1] == pytest.approx(0.5)


def test_hyperbole_cue_boost_turns_loaded_language_into_exaggeration() -> None:
    enc = _encoder(exaggeration_cue_boost=1.0)
    assert span_labels(enc, _probs(0.5, 0.3), "the biggest scandal")[0][0] == EXAG
    # The same probabilities without a cue keep the head's label.
    assert span_labels(enc, _probs(0.5, 0.3), "a shameful scandal")[0][0] == LOADED


def test_hyperbole_second_label_only_when_likely() -> None:
    enc = _encoder(second_label=0.25)
    labels = span_labels(enc, _probs(0.5, 0.3), "a shameful scandal")
    assert [k for k, _ in labels] == [LOADED, EXAG]
    assert [k for k, _ in span_labels(enc, _probs(0.7, 0.2), "a shameful scandal")] == [LOADED]
