"""How the training script measures the vet of the rules' warnings (``pair_vetting``), on
small hand-made first runs: the same rule as ``learned.vet``, and the shipped settings are
the ones its stated rule picks from the shipped card."""

from __future__ import annotations

import json

from claimscope.layers.findings.numeric.learned import CORROBORATED, DOUBT, MODEL_NAME
from claimscope.models import MODELS_DIR
from training.pair_vetting import DOUBT_GRID, article_kinds, kept_warnings, report

RATE = ("rate_total_mismatch", frozenset({10, 50}))
SHARE = ("percentage_mismatch", frozenset({70, 90, 120}))


def test_a_warning_is_kept_or_left_out_as_the_product_does() -> None:
    low = [("rate_total_mismatch", frozenset({10, 50, 99}), 0.05)]
    high = [*low, ("rate_total_mismatch", frozenset({50, 10}), 0.7)]
    one_shared = [("rate_total_mismatch", frozenset({10, 77}), 0.9)]
    assert kept_warnings([RATE], low, DOUBT, CORROBORATED) == []
    assert kept_warnings([RATE], high, DOUBT, CORROBORATED) == [RATE]
    assert kept_warnings([RATE], one_shared, DOUBT, CORROBORATED) == []  # unproposed
    assert kept_warnings([RATE], one_shared, DOUBT, ()) == [RATE]
    assert kept_warnings([RATE], low, None, CORROBORATED) == [RATE]  # no vet at all
    # an unproposed share goes to the wording scores
    assert kept_warnings([SHARE], [], DOUBT, CORROBORATED, {SHARE: 0.1}, 0.4) == []
    assert kept_warnings([SHARE], [], DOUBT, CORROBORATED, {SHARE: 0.6}, 0.4) == [SHARE]


def test_the_models_own_warnings_join_on_figures_no_kept_warning_names() -> None:
    scored = [
        ("rate_total_mismatch", frozenset({10, 50}), 0.9),  # the rule's own figures
        ("range_violation", frozenset({200, 210}), 0.8),
        ("sum_mismatch", frozenset({300, 310}), 0.2),  # below its threshold
    ]
    thresholds = {"rate_total_mismatch": 0.7, "range_violation": 0.6, "sum_mismatch": 0.9}
    kinds = article_kinds([RATE], scored, thresholds, DOUBT, CORROBORATED)
    assert kinds == {"rate_total_mismatch", "range_violation"}


def test_report_scores_articles_with_and_without_the_vet() -> None:
    planted = {"s1/p1.txt": "rate_total_mismatch", "s1/c1.txt": None, "s2/c2.txt": None}
    warnings = {"s1/p1.txt": [RATE], "s1/c1.txt": [RATE], "s2/c2.txt": []}
    scored = {
        "s1/p1.txt": [("rate_total_mismatch", frozenset({10, 50}), 0.8)],
        "s1/c1.txt": [("rate_total_mismatch", frozenset({10, 50}), 0.05)],
    }
    out = report(planted, planted, warnings, scored, {"rate_total_mismatch": 0.9}, {}, 0.4)
    assert out["without"] == {"recall": 1.0, "false_alarms": 0.5}
    assert out["curve"][str(DOUBT)] == {"recall": 1.0, "false_alarms": 0.0}
    assert out["unproposed"] == {}


def test_the_shipped_doubt_is_the_highest_within_half_a_point_of_recall() -> None:
    meta = json.loads((MODELS_DIR / MODEL_NAME / "meta.json").read_text(encoding="utf-8"))
    vet = meta["cross_validation"]["vetting"]
    base = vet["without"]["recall"]
    within = [t for t in DOUBT_GRID if base - vet["doubt_only"][str(t)]["recall"] <= 0.005]
    assert max(within) == DOUBT
    assert vet["chosen"]["corroborated"] == sorted(CORROBORATED)
    # corroboration only for kinds whose unproposed first-run warnings were false at least
    # five times as often as real
    for kind, counts in vet["unproposed"].items():
        assert (kind in CORROBORATED) == (counts["false"] >= 5 * max(1, counts["real"])), kind
