"""The shipped pair model agrees with its card, and its thresholds follow the stated rule."""

from __future__ import annotations

import json

from claimscope.layers.findings.numeric.learned import MODEL_NAME, load_pair_models
from claimscope.models import MODELS_DIR
from training.train_numeric_pairs import GRID, MAX_EXTRA_ALARMS, card


def test_the_card_is_generated_from_the_shipped_meta_and_weights() -> None:
    folder = MODELS_DIR / MODEL_NAME
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert (folder / "CARD.md").read_text(encoding="utf-8") == card(meta, load_pair_models())


def test_each_threshold_is_the_lowest_within_the_false_alarm_allowance() -> None:
    meta = json.loads((MODELS_DIR / MODEL_NAME / "meta.json").read_text(encoding="utf-8"))
    for kind, report in meta["cross_validation"]["kinds"].items():
        base = report["rules_first_run"]["false_alarms"]
        within = [
            t for t in GRID if report["curve"][str(t)]["false_alarms"] - base <= MAX_EXTRA_ALARMS
        ]
        assert report["threshold"] == (within[0] if within else GRID[-1]), kind
        assert load_pair_models()[kind].threshold == report["threshold"]
