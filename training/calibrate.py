"""Calibration on tune data, and the dev scores written into ``meta.json``.

Everything here runs the exported ONNX model through ``claimscope.models.encoder``, the
same code the layers use, so the figures are those of the shipped model.

    python -m training.calibrate [MODEL_DIR]

re-runs the calibration and the dev scoring of an exported model folder in place (the
weights are untouched): what ``training.export_onnx`` does after exporting, for a change
of decoding alone.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from claimscope.evaluation.techniques import (
    PRF,
    LabelScores,
    TemplateLine,
    per_label_scores,
    si_scores,
    tc_scores,
)
from claimscope.models.encoder import (
    Encoder,
    SentenceStates,
    article_states,
    checkworthiness_scores,
    find_techniques,
    rank_labels,
)
from training import data
from training.data import sentences_cached

#: The decoding grid searched on the tune articles: P(B) + P(I) threshold, shortest span
#: in word pieces, largest gap joined inside one window.
SPAN_THRESHOLDS = [round(x, 2) for x in np.arange(0.2, 0.71, 0.05)]
MIN_TOKENS = (1, 2, 3)
MAX_GAPS = (0, 1, 2, 3, 5)
#: Hysteresis: the P(B) + P(I) a run needs on at least one word piece (None: none).
SPAN_PEAKS = (None, 0.6, 0.7, 0.8, 0.9)
#: The label decoding grid (``encoder.span_labels``), searched for the best mean per-label
#: F1 on the tune articles: Exaggeration logit boost for spans with a hyperbole cue, and
#: the probability a runner-up label needs to be given too (None: never).
CUE_BOOSTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
SECOND_LABELS = (None, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


def _encoder(
    folder: Path, info: dict[str, Any], calibration: dict[str, Any] | None = None
) -> Encoder:
    meta = dict(info)
    meta["calibration"] = (
        calibration
        or meta.get("calibration")
        or {
            "checkworthiness": {"scale": 1.0, "threshold": 0.0},
            "techniques": {"span_threshold": 0.5},
        }
    )
    return Encoder(folder, meta)


def _sentence_logits(encoder: Encoder, sentences: list[str]) -> np.ndarray:
    """Check-worthiness logits of stand-alone sentences (one pass, batched by length)."""
    text = "\n".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    st = article_states(encoder, text, spans)
    return st.sentence_means @ encoder.heads["cw_w"] + encoder.heads["cw_b"][0]


def f1_at(scores: np.ndarray, labels: np.ndarray, threshold: float) -> PRF:
    pred = scores >= threshold
    tp = float((pred & (labels == 1)).sum())
    p = tp / pred.sum() if pred.sum() else 0.0
    r = tp / labels.sum() if labels.sum() else 0.0
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    cands = np.unique(np.quantile(z, np.linspace(0.3, 0.95, 131)))
    f1s = [f1_at(z, y, t).f1 for t in cands]
    k = int(np.argmax(f1s))
    return float(cands[k]), float(f1s[k])


def fit_scale(z: np.ndarray, y: np.ndarray) -> float:
    """Temperature of ``sigmoid(a * z)`` by Newton's method on the log loss (no intercept)."""
    a = 1.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-a * z))
        grad = float(((p - y) * z).sum())
        hess = float((p * (1 - p) * z * z).sum()) + 1e-9
        a -= grad / hess
    return float(a)


def _ptc_states(encoder: Encoder, arts: list[data.PtcArticle]) -> list[SentenceStates]:
    return [article_states(encoder, a.text, sentences_cached(a)) for a in arts]


def _si(
    encoder: Encoder,
    arts: list[data.PtcArticle],
    states: list[SentenceStates],
    threshold: float,
    **decode: float | None,
) -> PRF:
    encoder.calibration["techniques"].update(decode)
    gold = {a.id: [(s, e) for _, s, e in a.spans] for a in arts}
    pred = {
        a.id: [(t.start, t.end) for t in find_techniques(encoder, a.text, st, threshold=threshold)]
        for a, st in zip(arts, states, strict=True)
    }
    return si_scores(gold, pred)


def _per_label(
    encoder: Encoder, arts: list[data.PtcArticle], states: list[SentenceStates]
) -> tuple[LabelScores, ...]:
    """Per-label SI of the spans the layer would give, with the current calibration."""
    gold = [TemplateLine(a.id, t, s, e) for a in arts for t, s, e in a.spans]
    pred = [
        TemplateLine(a.id, t.technique, t.start, t.end)
        for a, st in zip(arts, states, strict=True)
        for t in find_techniques(encoder, a.text, st)
    ]
    return per_label_scores(gold, pred, encoder.labels)


def _macro_f1(scores: tuple[LabelScores, ...]) -> float:
    return float(np.mean([x.si.f1 for x in scores]))


def fit_labels(
    encoder: Encoder, arts: list[data.PtcArticle], states: list[SentenceStates]
) -> tuple[dict[str, Any], float]:
    """The label decoding with the best mean per-label F1 (ties: the earlier, milder one)."""
    cal = encoder.calibration["techniques"]
    best: tuple[float, dict[str, Any]] = (-1.0, {})
    for boost in CUE_BOOSTS:
        for second in SECOND_LABELS:
            cal.update(exaggeration_cue_boost=boost, second_label=second)
            f1 = _macro_f1(_per_label(encoder, arts, states))
            if f1 > best[0] + 1e-9:
                best = (f1, {"exaggeration_cue_boost": boost, "second_label": second})
    cal.update(best[1])
    return best[1], best[0]


def _tc(encoder: Encoder, arts: list[data.PtcArticle], states: list[SentenceStates]) -> PRF:
    gold, pred = [], []
    for a, st in zip(arts, states, strict=True):
        seen: Counter[tuple[int, int]] = Counter()
        for tech, s, e in a.spans:
            gold.append(TemplateLine(a.id, tech, s, e))
            ranked = rank_labels(encoder, st, (s, e))
            pred.append(TemplateLine(a.id, ranked[min(seen[s, e], len(ranked) - 1)], s, e))
            seen[s, e] += 1
    return tc_scores(gold, pred)


def fit(folder: Path, info: dict[str, Any], root: Path) -> dict[str, Any]:
    """Calibration of both heads, and the tune figures used to pick int8 or float32."""
    enc = _encoder(folder, info)
    dev = data.checkworthiness_split("dev", root)
    y = np.array([r[2] for r in dev])
    z = _sentence_logits(enc, [r[1] for r in dev])
    t, cw_f1 = best_threshold(z, y)
    scale = fit_scale(z - t, y)
    arts = data.ptc_articles("tune", root)
    states = _ptc_states(enc, arts)
    si = {
        (th, mt, gap, peak): _si(enc, arts, states, th, min_tokens=mt, max_gap=gap, span_peak=peak)
        for th in SPAN_THRESHOLDS
        for mt in MIN_TOKENS
        for gap in MAX_GAPS
        for peak in SPAN_PEAKS
        if peak is None or peak > th
    }
    best = max(si, key=lambda k: si[k].f1)
    th, mt, gap, peak = best
    spans = {"span_threshold": th, "min_tokens": mt, "max_gap": gap, "span_peak": peak}
    enc.calibration["techniques"] = dict(spans)
    labels, macro = fit_labels(enc, arts, states)
    return {
        "calibration": {
            "checkworthiness": {"scale": scale, "threshold": t},
            "techniques": {**spans, **labels},
        },
        "tune": {
            "cw_f1": cw_f1,
            "si_f1": si[best].f1,
            "si_precision": si[best].precision,
            "si_recall": si[best].recall,
            "tc_f1": _tc(enc, arts, states).f1,
            "label_macro_f1": macro,
        },
    }


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(-scores, kind="stable")
    hits = labels[order]
    if not hits.sum():
        return 0.0
    prec = np.cumsum(hits) / (np.arange(len(hits)) + 1)
    return float((prec * hits).sum() / hits.sum())


def dev_scores(folder: Path, info: dict[str, Any], root: Path) -> dict[str, Any]:
    enc = _encoder(folder, info)
    cal = info["calibration"]["checkworthiness"]

    def prob(z: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-cal["scale"] * (z - cal["threshold"])))

    dev = data.checkworthiness_split("dev", root)
    y = np.array([r[2] for r in dev])
    p = prob(_sentence_logits(enc, [r[1] for r in dev]))
    cw = f1_at(p, y, 0.5)
    ps, ys, aps = [], [], []
    for tr in data.transcripts(root, heldout=True):
        pt = prob(_sentence_logits(enc, tr.sentences))
        ps.append(pt)
        ys.append(np.array(tr.labels))
        aps.append(average_precision(pt, ys[-1]))
    ho = f1_at(np.concatenate(ps), np.concatenate(ys), 0.5)
    arts = data.ptc_articles("dev", root)
    states = _ptc_states(enc, arts)
    decode = info["calibration"]["techniques"]
    si = _si(
        enc,
        arts,
        states,
        float(decode["span_threshold"]),
        min_tokens=int(decode.get("min_tokens", 1)),
        max_gap=int(decode.get("max_gap", 0)),
        span_peak=decode.get("span_peak"),
    )
    tc = _tc(enc, arts, states)
    enc.calibration["techniques"] = dict(decode)
    per_label = _per_label(enc, arts, states)
    r = lambda x: round(float(x), 4)  # noqa: E731
    return {
        "checkworthiness_dev": {
            "f1_yes": r(cw.f1),
            "precision_yes": r(cw.precision),
            "recall_yes": r(cw.recall),
            "sentences": len(dev),
            "note": "CheckThat! 2024 dev; threshold calibrated on it",
        },
        "checkworthiness_heldout_by_date": {
            "f1_yes": r(ho.f1),
            "precision_yes": r(ho.precision),
            "recall_yes": r(ho.recall),
            "map": r(np.mean(aps)),
            "transcripts": len(aps),
            "sentences": int(sum(len(x) for x in ys)),
            "positives": int(sum(x.sum() for x in ys)),
            "note": "ct20-t5 transcripts from 2017 on; positives = sentences fact-checkers checked",
        },
        "techniques_dev": {
            "si_precision": r(si.precision),
            "si_recall": r(si.recall),
            "si_f1": r(si.f1),
            "tc_micro_f1": r(tc.f1),
            "articles": len(arts),
            "gold_spans": sum(len(a.spans) for a in arts),
            "label_macro_f1": r(_macro_f1(per_label)),
            "per_label": {
                x.label: {
                    "precision": r(x.si.precision),
                    "recall": r(x.si.recall),
                    "f1": r(x.si.f1),
                    "gold": x.gold,
                    "predicted": x.predicted,
                }
                for x in per_label
            },
        },
    }


def speed(
    folder: Path, info: dict[str, Any], root: Path | None = None, *, repeat: int = 3
) -> dict[str, Any]:
    """Encoder time (both heads) against the bare spaCy parse of the same PTC dev articles.

    The two are timed alternately ``repeat`` times and the best of each kept, which damps
    the noise of a shared machine.
    """
    from claimscope.nlp import load_nlp

    enc = _encoder(folder, info)
    nlp = load_nlp()
    arts = data.ptc_articles("dev", root)[:20]
    sents = [sentences_cached(a) for a in arts]
    nlp(arts[0].text)
    best_parse = best_enc = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for a in arts:
            nlp(a.text)
        t1 = time.perf_counter()
        for a, ss in zip(arts, sents, strict=True):
            st = article_states(enc, a.text, ss)
            checkworthiness_scores(enc, st)
            find_techniques(enc, a.text, st)
        t2 = time.perf_counter()
        best_parse, best_enc = min(best_parse, t1 - t0), min(best_enc, t2 - t1)
    return {
        "articles": len(arts),
        "words": sum(len(a.text.split()) for a in arts),
        "spacy_parse_s": round(best_parse, 3),
        "encoder_both_heads_s": round(best_enc, 3),
        "ratio_to_parse": round(best_enc / best_parse, 3),
        "threads": 2,
        "note": "en_core_web_sm parse vs. encoder + both heads on the same articles, "
        f"best of {repeat}, 2 threads, shared machine",
    }


def main() -> None:
    import argparse
    import copy
    import json

    from claimscope.models import MODELS_DIR

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("folder", type=Path, nargs="?", default=MODELS_DIR / "claims-techniques-v1")
    p.add_argument("--data", type=Path, default=None)
    args = p.parse_args()
    root = data.data_dir(args.data)
    path = args.folder / "meta.json"
    info = json.loads(path.read_text(encoding="utf-8"))
    quantization = "int8" if info.get("quantization", "").startswith("int8") else "fp32"
    tuned = fit(args.folder, copy.deepcopy(info), root)
    info["calibration"] = tuned["calibration"]
    info.setdefault("tune_scores", {})[quantization] = tuned["tune"]
    info["dev_scores"] = dev_scores(args.folder, info, root)
    path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(info["calibration"], indent=2))
    print(json.dumps(info["dev_scores"]["techniques_dev"], indent=2))


if __name__ == "__main__":
    main()
