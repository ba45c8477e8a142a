"""Train the learned second look (numeric-pairs-v1): which candidate conflicts are real?

    python -m training.train_numeric_pairs collect   # about 10 minutes on 2 processes
    python -m training.train_numeric_pairs fit       # seconds; writes the model
    python -m training.train_numeric_pairs rethreshold   # SET_FROM_UNSEEN on the shipped model

``collect`` runs today's quantities layer and ledger over every unsealed benchmark
article, asks each kind's generator (``findings/numeric/learned``) for its candidates and
caches their features and figures. ``fit`` labels them from the sets' answer keys
(``training/answers.py``): a candidate on a planted article of its kind whose figures are
all named in the key is real (1); every other candidate is not (0). Planted articles
without a key are left out, since their real candidate is unknown.

It reports a cross-validation grouped by set (no set in both training and test folds). At
article level, the model's findings are added to what the rules found on their *first*
run over each set (the cache of ``training.train_numeric_verifier collect``, the honest
picture of an unseen article), and each kind's threshold is the lowest of ``GRID`` that
adds at most ``MAX_EXTRA_ALARMS`` to the share of clean articles with a warning. The
sealed sets of ``benchmarks/consistency_dev.py`` are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from claimscope.layers.findings.numeric.verify import load_verifier
from claimscope.models.linear import LinearModel
from training import pair_vetting
from training.answers import figure_named, planted_numbers
from training.json_weights import write_weights
from training.train_numeric_verifier import sealed_sets

REPO = Path(__file__).resolve().parent.parent
SETS = REPO / "benchmarks" / "consistency"
MODEL_NAME = "numeric-pairs-v1"
OUT = REPO / "src" / "claimscope" / "models" / MODEL_NAME
CACHE = Path.home() / ".cache" / "claimscope"
SEED = 13
C = 0.3
FOLDS = 8
GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
#: How many more clean articles (a share) each kind's model may warn about, on top of the
#: rules' first runs, in the cross-validation. Fixed before any sealed run. The
#: cross-validation is optimistic (the ledger it reads was tuned on these sets), so the
#: sealed sets show more: six kinds at one point each added 4.5 points there.
MAX_EXTRA_ALARMS = 0.01
#: Thresholds set from articles the models never saw, overriding the rule above. The
#: cross-validated scores of real candidates run higher than on unseen articles, so the
#: rule can pick a threshold that fresh plants rarely reach: on blind124-135 (written after
#: the model was fitted) real sums scored 0.56-0.91 against the rule's 0.95. Lowering it to
#: 0.85 found 7 more of 120 plants there for 2 more of 144 clean articles with a warning;
#: in the cross-validation it is +0.013 recall for +0.010 false alarms. Re-judged on
#: blind140-145 (written later still): 0.95 would have found one plant fewer there and
#: warned on no fewer clean articles, so 0.85 stays. Applied by ``fit`` and, to the shipped
#: weights without refitting, by ``rethreshold``.
SET_FROM_UNSEEN = {"sum_mismatch": 0.85}
MIN_WEIGHT = 0.01

_pipeline: Any = None


def _start() -> None:
    global _pipeline
    from claimscope.pipeline import Pipeline

    _pipeline = Pipeline(only=["quantities"])


def _candidates_of(job: tuple[str, str, str | None]) -> list[dict[str, Any]]:
    from claimscope.contract.model import Article
    from claimscope.layers.findings.numeric.learned import article_candidates

    name, published, planted = job
    text = (SETS / name).read_text(encoding="utf-8")
    return [
        {
            "name": name,
            "planted": planted,
            "kind": c.kind,
            "features": c.features,
            "figures": [
                {
                    "value": e.q.value,
                    "low": e.q.low,
                    "high": e.q.high,
                    "text": e.q.text,
                    "start": e.q.start,
                }
                for e in c.entries
            ],
        }
        for c in article_candidates(_pipeline, Article(text=text, published=published))
    ]


def collect(out: Path, workers: int) -> None:
    manifest = json.loads((SETS / "manifest.json").read_text(encoding="utf-8"))
    sealed = set(sealed_sets())
    jobs = [
        (name, meta["published"], meta["planted"])
        for name, meta in manifest.items()
        if name.split("/")[0] not in sealed
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(workers, initializer=_start) as pool, out.open("w") as fh:
        for rows in pool.map(_candidates_of, jobs, chunksize=8):
            for row in rows:
                fh.write(json.dumps(row) + "\n")
    (out.with_suffix(".articles.json")).write_text(json.dumps(
        {name: planted for name, _, planted in jobs}
    ))  # fmt: skip
    print(f"{len(jobs)} articles -> {out}", file=sys.stderr)


def fit(
    candidates_file: Path, first_runs: Path, out: Path, exclude: frozenset[str] = frozenset()
) -> dict[str, Any]:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    if not candidates_file.is_file():
        raise SystemExit(f"no candidates at {candidates_file}; run 'collect' first")
    articles: dict[str, str | None] = json.loads(
        candidates_file.with_suffix(".articles.json").read_text()
    )
    labelled = {  # a key that names no figure cannot say which candidate is real
        n: nums
        for n, nums in planted_numbers(SETS, {n.split("/")[0] for n in articles}).items()
        if nums
    }
    keep = {
        n
        for n, planted in articles.items()
        if (planted is None or n in labelled) and n.split("/")[0] not in exclude
    }
    warnings = pair_vetting.first_run_warnings(first_runs)
    first = {n: {kind for kind, _ in w} for n, w in warnings.items()}  # kinds per article
    scored_names = [n for n in keep if n in first]  # articles the article-level curve covers
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in candidates_file.open(encoding="utf-8"):
        row = json.loads(line)
        if row["name"] in keep:
            rows[row["kind"]].append(row)
    report: dict[str, Any] = {
        "articles": len(keep),
        "curve_articles": len(scored_names),
        "kinds": {},
    }
    models: dict[str, LinearModel] = {}
    warned: dict[str, set[str]] = defaultdict(set)  # article -> kinds its models warn of (CV)
    scored: dict[str, list[pair_vetting.Scored]] = defaultdict(list)  # out-of-fold scores
    for kind, data in sorted(rows.items()):
        y = np.array(
            [
                int(
                    r["planted"] == kind
                    and all(figure_named(f, labelled[r["name"]]) for f in r["figures"])
                )
                for r in data
            ]
        )
        if y.sum() < 10:
            print(f"{kind}: {int(y.sum())} real candidates, too few to learn", file=sys.stderr)
            continue
        vec = DictVectorizer()
        x = vec.fit_transform([dict.fromkeys(r["features"], 1.0) for r in data])
        groups = [r["name"].split("/")[0] for r in data]
        pred = np.zeros(len(data))
        for train, test in GroupKFold(FOLDS).split(x, y, groups):
            clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=SEED)
            pred[test] = clf.fit(x[train], y[train]).predict_proba(x[test])[:, 1]
        for r, p in zip(data, pred, strict=True):
            starts = frozenset(f["start"] for f in r["figures"] if "start" in f)
            scored[r["name"]].append((kind, starts, float(p)))
        best: dict[str, float] = defaultdict(float)
        right: dict[str, bool] = {}  # whether an article's best candidate is its real one
        for r, p, label in zip(data, pred, y, strict=True):
            if p > best[r["name"]]:
                best[r["name"]], right[r["name"]] = float(p), bool(label)
        curve = {
            str(t): _article_scores(scored_names, articles, first, best, kind, t) for t in GRID
        }
        for t in GRID:
            fired = [n for n in scored_names if articles[n] == kind and best.get(n, 0.0) >= t]
            curve[str(t)]["right_pair"] = round(
                sum(right[n] for n in fired) / max(1, len(fired)), 3
            )
        base = _article_scores(scored_names, articles, first, best, kind, None)
        extra = {t: curve[str(t)]["false_alarms"] - base["false_alarms"] for t in GRID}
        chosen = next((t for t in GRID if extra[t] <= MAX_EXTRA_ALARMS), GRID[-1])
        chosen = SET_FROM_UNSEEN.get(kind, chosen)
        for name, score in best.items():
            if score >= chosen:
                warned[name].add(kind)
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=SEED)
        clf.fit(x, y)
        weights = {
            name: round(float(w), 4)
            for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
            if abs(w) >= MIN_WEIGHT
        }
        models[kind] = LinearModel(weights, round(float(clf.intercept_[0]), 4), chosen)
        report["kinds"][kind] = {
            "candidates": len(data),
            "real": int(y.sum()),
            "auc": round(float(roc_auc_score(y, pred)), 3),
            "threshold": chosen,
            "rules_first_run": base,
            "curve": curve,
        }
    report["together"] = _together(scored_names, articles, first, warned)
    report["vetting"] = pair_vetting.report(
        scored_names,
        articles,
        warnings,
        scored,
        {k: m.threshold for k, m in models.items()},
        pair_vetting.wording_scores(first_runs),
        load_verifier().threshold,
    )
    write(out, models, report)
    return report


def _together(
    names: list[str],
    planted: dict[str, str | None],
    first: dict[str, set[str]],
    warned: dict[str, set[str]],
) -> dict[str, float]:
    """Recall and false alarms of the first-run rules plus every kind's model at its threshold."""
    plant = [n for n in names if planted[n]]
    clean = [n for n in names if not planted[n]]
    found = sum(planted[n] in first[n] | warned.get(n, set()) for n in plant)
    alarms = sum(bool(first[n] | warned.get(n, set())) for n in clean)
    return {
        "recall": round(found / max(1, len(plant)), 3),
        "false_alarms": round(alarms / max(1, len(clean)), 3),
    }


def _article_scores(
    names: list[str],
    planted: dict[str, str | None],
    first: dict[str, set[str]],
    best: dict[str, float],
    kind: str,
    threshold: float | None,
) -> dict[str, float]:
    """Recall, false alarms and this kind's recall of first-run rules plus the model."""

    def warns(n: str) -> bool:
        return threshold is not None and best.get(n, 0.0) >= threshold

    plant = [n for n in names if planted[n]]
    clean = [n for n in names if not planted[n]]
    own = [n for n in plant if planted[n] == kind]
    found = sum(planted[n] in first[n] or (planted[n] == kind and warns(n)) for n in plant)
    alarms = sum(bool(first[n]) or warns(n) for n in clean)
    own_found = sum(kind in first[n] or warns(n) for n in own)
    return {
        "recall": round(found / max(1, len(plant)), 3),
        "false_alarms": round(alarms / max(1, len(clean)), 3),
        "kind_recall": round(own_found / max(1, len(own)), 3),
    }


def write(out: Path, models: dict[str, LinearModel], report: dict[str, Any]) -> None:
    written = write_weights(out, {k: m.to_dict() for k, m in models.items()})
    meta = {
        "name": MODEL_NAME,
        "version": 1,
        "kind": "one L2 logistic regression per finding kind over binary features of how two "
        "figures relate and are worded (claimscope.layers.findings.numeric.learned)",
        **written,
        "labels": {
            "1": "the candidate's figures are the planted conflict named in the set's answer key",
            "0": "any other candidate",
        },
        "thresholds": {k: m.threshold for k, m in models.items()},
        "features": {k: len(m.weights) for k, m in models.items()},
        "seed": SEED,
        "training_command": "python -m training.train_numeric_pairs collect && "
        "python -m training.train_numeric_pairs fit",
        "data": "candidates of today's ledger on the project's own unsealed consistency "
        "benchmark sets (benchmarks/consistency, articles written for the project), labelled "
        "from each set's ANSWERS.md",
        "cross_validation": report,
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (out / "CARD.md").write_text(card(meta, models), encoding="utf-8")


def card(meta: dict[str, Any], models: dict[str, LinearModel]) -> str:
    """CARD.md from meta.json, so the card never disagrees with the shipped numbers."""
    cv = meta["cross_validation"]
    sections = []
    for kind, k in cv["kinds"].items():
        base = k["rules_first_run"]
        lines = "\n".join(
            f"| {t} | {v['recall']:.3f} | {v['false_alarms']:.3f} | {v['kind_recall']:.3f} "
            f"| {v['right_pair']:.3f} |"
            for t, v in k["curve"].items()
        )
        top = sorted(models[kind].weights.items(), key=lambda kv: kv[1])
        lows = ", ".join(f"`{n}` {w:+.2f}" for n, w in top[:6])
        highs = ", ".join(f"`{n}` {w:+.2f}" for n, w in reversed(top[-6:]))
        sections.append(f"""### {kind}

{k["candidates"]} candidates, {k["real"]} real; AUC {k["auc"]:.3f}; threshold {k["threshold"]}.
Strongest against: {lows}. Strongest for: {highs}.

| threshold | recall | false alarms | {kind} recall | right pair |
| --- | --- | --- | --- | --- |
| rules alone | {base["recall"]:.3f} | {base["false_alarms"]:.3f} | {base["kind_recall"]:.3f} | |
{lines}
""")
    body = "\n".join(sections)
    vet = cv["vetting"]
    vet_lines = "\n".join(
        f"| {t} | "
        + " | ".join(
            f"{vet[col][t]['recall']:.3f} / {vet[col][t]['false_alarms']:.3f}"
            for col in ("doubt_only", "curve", "with_wording")
        )
        + " |"
        for t in vet["curve"]
    )
    corroborated = ", ".join(f"`{k}`" for k in vet["chosen"]["corroborated"])
    unproposed = "; ".join(
        f"`{k}` {v['real']} / {v['false']}" for k, v in vet["unproposed"].items()
    )
    rules = next(iter(cv["kinds"].values()))["rules_first_run"]
    return f"""# {meta["name"]} (version {meta["version"]})

<!-- generated by training/train_numeric_pairs.py from meta.json; do not edit by hand -->

The learned second look of the consistency engine: for candidate conflicts the rules did
not tie (a figure outside a range in the same unit, ...), are the figures the same
measure? A candidate scored at or above its kind's threshold becomes a warning whose
explanation says the pairing is the model's.

## Intended use

On by default in the findings layer, after the rule checks. It first leaves out the rule
warnings it doubts (below, "Vetting the rules' warnings"), naming each in the analysis'
notes; then it adds warnings only where no kept rule finding of the same kind names one
of the figures, at most one per range. `--rules-only` turns both off.

## Model

* {meta["kind"]}; weights as JSON, scored with dict look-ups (no scikit-learn at inference).
* Features: whether the rules' noun matching ties the two, shared nouns, holders, places,
  periods and rates, sentences and paragraphs between, headline and quotation, hedging
  words, approximation, cue words of each figure's sentence, and how far outside the
  range the figure lies; never names or numbers of any article.

## Data

{meta["data"]}; {cv["articles"]} articles. Training command (from the repository root):
`{meta["training_command"]}`

## Scores: cross-validation grouped by set ({FOLDS} folds)

Article level over the {cv["curve_articles"]} articles with a first run of the rules
(`python -m training.train_numeric_verifier collect`): the rules' first-run warnings plus
the model's. The threshold is the lowest that adds at most {MAX_EXTRA_ALARMS} to the share
of clean articles with a warning, except {_set_from_unseen()}, set from sets written
after the model was fitted (see `SET_FROM_UNSEEN` in the training script).

{body}
### All kinds together

The rules' first runs alone: recall {rules["recall"]:.3f}, false alarms
{rules["false_alarms"]:.3f}; with every kind's model at its threshold: recall
{cv["together"]["recall"]:.3f}, false alarms {cv["together"]["false_alarms"]:.3f}.{
        _rethresholded(cv)
    }

### Vetting the rules' warnings

The same models judge the rules' warnings first (`learned.vet`): a warning is left out
when every candidate of its kind sharing its figures scores below the doubt threshold
and, for {corroborated}, when no candidate shares them at all; an unproposed warning of
another kind goes to the wording verifier (`numeric-verifier-v1`, left out below its
threshold {vet["chosen"]["wording_threshold"]}). Recall / false alarms out of fold, over the
same articles, the rules' first runs plus the models' warnings:

| doubt | doubt alone | with corroboration | with corroboration and wording |
| --- | --- | --- | --- |
| none | {vet["without"]["recall"]:.3f} / {vet["without"]["false_alarms"]:.3f} | | |
{vet_lines}

Shipped: doubt {vet["chosen"]["doubt"]}, the highest whose doubt alone cost at most half a
point of recall, with corroboration for the kinds whose first-run warnings that no
candidate proposes were false at least five times as often as real. Those warnings, real
(the planted kind on a planted article) against false (on a clean article): {unproposed}.

## Limits

* The cross-validation is optimistic: the ledger and the rules' noun matching it reads
  were tuned on these same sets. The sealed-set measurement in the benchmark history
  (`benchmarks/consistency_dev.py`) is the honest one.
* It judges whether two figures are the same measure from their wording, not from world
  knowledge: "a cup tie" and "every league game" can read alike to it.
* Trained on articles written for this project's benchmark, in English.
"""


def _set_from_unseen() -> str:
    return ", ".join(f"`{k}` ({t})" for k, t in sorted(SET_FROM_UNSEEN.items())) or "none"


def _rethresholded(cv: dict[str, Any]) -> str:
    moved = cv.get("rethresholded", {})
    if not moved:
        return ""
    said = ", ".join(f"`{k}` {v['from']}" for k, v in sorted(moved.items()))
    return f" These are at the thresholds of the fit ({said}), before `rethreshold`."


def rethreshold(out: Path) -> dict[str, float]:
    """Apply ``SET_FROM_UNSEEN`` to the shipped weights and rewrite meta.json and the card,
    without refitting (a refit moves every weight; this moves one cut-off)."""
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    raw = json.loads((out / "weights.json").read_text(encoding="utf-8"))
    models = {kind: LinearModel.from_dict(spec) for kind, spec in raw.items()}
    report = meta["cross_validation"]
    for kind, t in SET_FROM_UNSEEN.items():
        m = models[kind]
        if m.threshold != t:
            report.setdefault("rethresholded", {})[kind] = {"from": m.threshold, "to": t}
        models[kind] = LinearModel(m.weights, m.bias, t)
        report["kinds"][kind]["threshold"] = t
    write(out, models, report)
    return {k: m.threshold for k, m in models.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("step", choices=("collect", "fit", "rethreshold"))
    parser.add_argument("--candidates", type=Path, default=CACHE / "pair-candidates.jsonl")
    parser.add_argument("--first-runs", type=Path, default=CACHE / "first-runs")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--exclude", default="", help="comma-separated sets to leave out of fitting"
    )
    args = parser.parse_args(argv)
    if args.step == "collect":
        collect(args.candidates, args.workers)
    elif args.step == "rethreshold":
        print(json.dumps(rethreshold(args.out), indent=2))
    else:
        print(
            json.dumps(
                fit(
                    args.candidates,
                    args.first_runs,
                    args.out,
                    frozenset(filter(None, args.exclude.split(","))),
                ),
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
