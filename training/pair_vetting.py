"""How the learned second look vets the rules' warnings, measured on the rules' first runs.

The pair model (``train_numeric_pairs``) also judges the rules' own warnings
(``findings/numeric/learned.vet``): a warning is left out when every candidate of its kind
sharing its figures scores below ``DOUBT``; when no candidate shares them at all, a
warning of the ``CORROBORATED`` kinds is left out and one of the other kinds goes to the
wording verifier. These settings are read here against the rules' first runs over sets
they had not seen, candidates and warnings scored out of fold (the verifier refitted per
fold by ``train_numeric_verifier``'s own fit), so no model judges an article of a set it
was fitted on. A first-run warning and a candidate are matched by
their figures' start offsets, since the first runs came from older code whose figure ids
differ from today's.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from claimscope.contract.model import NUMERIC_KINDS
from claimscope.layers.findings.numeric.learned import CORROBORATED, DOUBT
from training.train_numeric_verifier import _fit, label_of, warnings_of

#: The doubt thresholds the report's curve covers; ``DOUBT`` was the highest of them that
#: cost at most half a point of recall.
DOUBT_GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)

#: A rule warning: its kind and its figures' start offsets.
Warning = tuple[str, frozenset[int]]
#: A scored candidate: its kind, its figures' start offsets and its out-of-fold score.
Scored = tuple[str, frozenset[int], float]


def first_run_warnings(cache: Path) -> dict[str, list[Warning]]:
    """Article -> the numeric warnings of the rules' first run over its set."""
    out: dict[str, list[Warning]] = {}
    for path in sorted(cache.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            analysis = record["analysis"]
            if "error" in analysis:
                out[record["name"]] = []
                continue
            starts = {q["id"]: q["start"] for q in analysis["quantities"]}
            out[record["name"]] = [
                (f["kind"], frozenset(starts[i] for i in f["quantities"] if i in starts))
                for f in analysis["findings"]
                if f["kind"] in NUMERIC_KINDS and f["severity"] != "info"
            ]
    return out


def wording_scores(cache: Path, folds: int = 8) -> dict[str, dict[Warning, float]]:
    """Article -> each first-run warning's verifier score, out of fold by set."""
    rows = [
        (name, (kind, frozenset(q.start for q in figures)), feats, label_of(planted, kind))
        for name, planted, kind, figures, feats in warnings_of(cache)
    ]
    sets = sorted({name.split("/")[0] for name, *_ in rows})
    fold = {s: i % folds for i, s in enumerate(sets)}
    out: dict[str, dict[Warning, float]] = defaultdict(dict)
    for k in range(folds):
        train = [
            (name, name.split("/")[0], feats, label)
            for name, _, feats, label in rows
            if label is not None and fold[name.split("/")[0]] != k
        ]
        model = _fit(train)
        for name, warning, feats, _ in rows:
            if fold[name.split("/")[0]] == k:
                out[name][warning] = model.prob(feats)
    return dict(out)


def _matching(warning: Warning, scored: Iterable[Scored]) -> list[float]:
    """Scores of the candidates of the warning's kind that share its figures (the rule of
    ``learned._shares_figures``)."""
    kind, figures = warning
    need = min(2, len(figures))
    return [p for k, starts, p in scored if k == kind and len(starts & figures) >= need]


def kept_warnings(
    warnings: list[Warning],
    scored: list[Scored],
    doubt: float | None,
    corroborated: Iterable[str],
    wording: Mapping[Warning, float] | None = None,
    wording_threshold: float = 0.0,
) -> list[Warning]:
    """The warnings the vet keeps (all of them when ``doubt`` is None); ``wording`` holds
    the verifier's scores, for unproposed warnings of kinds not ``corroborated``."""
    if doubt is None:
        return list(warnings)
    needed = set(corroborated)
    kept = []
    for w in warnings:
        scores = _matching(w, scored)
        if scores and max(scores) < doubt:
            continue
        if not scores and w[0] in needed:
            continue
        if not scores and wording is not None and wording.get(w, 1.0) < wording_threshold:
            continue
        kept.append(w)
    return kept


def article_kinds(
    warnings: list[Warning],
    scored: list[Scored],
    thresholds: Mapping[str, float],
    doubt: float | None,
    corroborated: Iterable[str],
    wording: Mapping[Warning, float] | None = None,
    wording_threshold: float = 0.0,
) -> set[str]:
    """Warning kinds of one article: the kept rule warnings, then the model's own warnings
    on figures no kept warning of the kind names (as ``learned.second_look`` does)."""
    kept = kept_warnings(warnings, scored, doubt, corroborated, wording, wording_threshold)
    named: dict[str, set[int]] = defaultdict(set)
    for kind, figures in kept:
        named[kind] |= figures
    kinds = {kind for kind, _ in kept}
    for kind, starts, p in scored:
        if kind in thresholds and p >= thresholds[kind] and not starts & named[kind]:
            kinds.add(kind)
    return kinds


def report(
    names: Iterable[str],
    planted: Mapping[str, str | None],
    warnings: Mapping[str, list[Warning]],
    scored: Mapping[str, list[Scored]],
    thresholds: Mapping[str, float],
    wording: Mapping[str, Mapping[Warning, float]],
    wording_threshold: float,
) -> dict[str, Any]:
    """Article-level recall and false alarms without the vet, along ``DOUBT_GRID`` (doubt
    alone, with ``CORROBORATED``, and with the wording verifier as well), and how often a
    warning no candidate proposes was real, by kind."""
    names = [n for n in names if n in warnings]

    def scores(
        doubt: float | None, corroborated: Iterable[str], verifier: bool = False
    ) -> dict[str, float]:
        found = alarms = plant = clean = 0
        for n in names:
            kinds = article_kinds(
                warnings[n],
                scored.get(n, []),
                thresholds,
                doubt,
                corroborated,
                wording.get(n, {}) if verifier else None,
                wording_threshold,
            )
            if planted[n]:
                plant += 1
                found += planted[n] in kinds
            else:
                clean += 1
                alarms += bool(kinds)
        return {
            "recall": round(found / max(1, plant), 3),
            "false_alarms": round(alarms / max(1, clean), 3),
        }

    unproposed: dict[str, dict[str, int]] = defaultdict(lambda: {"real": 0, "false": 0})
    for n in names:
        for w in warnings[n]:
            if planted[n] not in (None, w[0]) or _matching(w, scored.get(n, [])):
                continue  # another kind on a planted article may restate its conflict
            unproposed[w[0]]["real" if planted[n] else "false"] += 1
    return {
        "without": scores(None, ()),
        "doubt_only": {str(t): scores(t, ()) for t in DOUBT_GRID},
        "curve": {str(t): scores(t, CORROBORATED) for t in DOUBT_GRID},
        "with_wording": {str(t): scores(t, CORROBORATED, verifier=True) for t in DOUBT_GRID},
        "chosen": {
            "doubt": DOUBT,
            "corroborated": sorted(CORROBORATED),
            "wording_threshold": wording_threshold,
        },
        "unproposed": dict(sorted(unproposed.items())),
    }
