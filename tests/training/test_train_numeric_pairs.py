"""The shipped pair model agrees with its card, and its thresholds follow the stated rule."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from claimscope.layers.findings.numeric.learned import MODEL_NAME, load_pair_models
from claimscope.models import MODELS_DIR
from training.train_numeric_pairs import (
    GRID,
    MAX_EXTRA_ALARMS,
    SET_FROM_UNSEEN,
    card,
    rethreshold,
)


def test_the_card_is_generated_from_the_shipped_meta_and_weights() -> None:
    folder = MODELS_DIR / MODEL_NAME
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert (folder / "CARD.md").read_text(encoding="utf-8") == card(meta, load_pair_models())


def test_each_threshold_is_the_lowest_within_the_false_alarm_allowance_or_set_from_unseen() -> None:
    meta = json.loads((MODELS_DIR / MODEL_NAME / "meta.json").read_text(encoding="utf-8"))
    for kind, report in meta["cross_validation"]["kinds"].items():
        base = report["rules_first_run"]["false_alarms"]
        within = [
            t for t in GRID if report["curve"][str(t)]["false_alarms"] - base <= MAX_EXTRA_ALARMS
        ]
        ruled = within[0] if within else GRID[-1]
        assert report["threshold"] == SET_FROM_UNSEEN.get(kind, ruled), kind
        assert load_pair_models()[kind].threshold == report["threshold"]


def test_rethreshold_moves_only_the_cut_offs_and_keeps_the_card_true(tmp_path: Path) -> None:
    shipped = MODELS_DIR / MODEL_NAME
    folder = tmp_path / MODEL_NAME
    shutil.copytree(shipped, folder)
    before = json.loads((shipped / "weights.json").read_text(encoding="utf-8"))
    raw = dict(before)
    for kind in SET_FROM_UNSEEN:
        raw[kind] = {**raw[kind], "threshold": 0.5}
    (folder / "weights.json").write_text(json.dumps(raw), encoding="utf-8")

    got = rethreshold(folder)

    after = json.loads((folder / "weights.json").read_text(encoding="utf-8"))
    for kind, spec in before.items():
        assert after[kind]["weights"] == spec["weights"] and after[kind]["bias"] == spec["bias"]
        assert got[kind] == SET_FROM_UNSEEN.get(kind, spec["threshold"])
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert set(meta["cross_validation"]["rethresholded"]) == set(SET_FROM_UNSEEN)
    assert "before `rethreshold`" in (folder / "CARD.md").read_text(encoding="utf-8")
