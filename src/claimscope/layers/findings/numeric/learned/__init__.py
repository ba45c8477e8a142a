"""A learned second look for conflicts the rules did not tie: same measure or not?

The rule checks pair two figures only through constructions they know ("every night",
"of those", "in all"); on articles they were not built on they find about four planted
conflicts in ten. Here the arithmetic is taken wide (every figure outside a range in the
same unit is a candidate) and a logistic regression per kind decides whether the figures
read as the same measure, from generic evidence: shared nouns, holders, places and
periods, distance in the text, cue words (``_features.py``). It was trained by
``training/train_numeric_pairs.py`` on the project's unsealed benchmark sets, the
planted figures read from each set's answer key; the model card gives its scores.

A candidate becomes a warning only when its score clears the kind's threshold, no rule
finding of that kind names one of its figures (a rule's warning says it already, and a
rule's passing check vouches for the figures it checked), and it is the best-scored
candidate of its anchor (one warning per range, whole, total, change or share). The
explanation says the pairing is the model's, so a reader checks it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from claimscope.contract.model import Article, Finding
from claimscope.layers.base import Draft
from claimscope.layers.findings._ledger import Entry, build_ledger
from claimscope.layers.findings.numeric._book import publication_end
from claimscope.layers.findings.numeric.learned._candidate import Candidate
from claimscope.layers.findings.numeric.learned._features import Context
from claimscope.layers.findings.numeric.learned.changes import change_candidates
from claimscope.layers.findings.numeric.learned.parts import part_candidates
from claimscope.layers.findings.numeric.learned.percentages import share_candidates
from claimscope.layers.findings.numeric.learned.ranges import range_candidates
from claimscope.layers.findings.numeric.learned.rates import rate_candidates
from claimscope.layers.findings.numeric.learned.sums import sum_candidates
from claimscope.models import json_weights
from claimscope.models.linear import LinearModel

if TYPE_CHECKING:
    from claimscope.pipeline import Pipeline

__all__ = [
    "GENERATORS",
    "MAX_FIGURES",
    "MODEL_NAME",
    "Candidate",
    "Context",
    "article_candidates",
    "candidates",
    "load_pair_models",
    "second_look",
]

MODEL_NAME = "numeric-pairs-v1"

#: The most figures an article may hold for the learned pass to read it. Its candidates
#: grow with pairs and runs of figures: news articles hold a few dozen (the benchmark's
#: largest, 59), while a statistical table of hundreds would take minutes and yield a
#: warning per row; such an article gets the rule checks and a note instead.
MAX_FIGURES = 120

#: Each kind's candidate generator, by finding kind.
GENERATORS: dict[str, Callable[[Context, list[Entry]], Iterator[Candidate]]] = {
    "range_violation": range_candidates,
    "part_exceeds_whole": part_candidates,
    "rate_total_mismatch": rate_candidates,
    "sum_mismatch": sum_candidates,
    "change_mismatch": change_candidates,
    "percentage_mismatch": share_candidates,
}


@functools.cache
def load_pair_models(name: str = MODEL_NAME) -> dict[str, LinearModel]:
    """One model per kind, checksum checked against ``meta.json`` (cached per process).

    Raises:
        ConfigError: the model folder or its weights are missing or altered.
    """
    rebuild = (
        "python -m training.train_numeric_pairs collect && "
        "python -m training.train_numeric_pairs fit"
    )
    raw = json_weights(name, "numeric pair model", rebuild)
    return {kind: LinearModel.from_dict(spec) for kind, spec in raw.items()}


def candidates(ctx: Context, ledger: list[Entry], kinds: Iterable[str]) -> Iterator[Candidate]:
    for kind in kinds:
        yield from GENERATORS[kind](ctx, ledger)


def article_candidates(pipeline: Pipeline, article: Article) -> list[Candidate]:
    """Every kind's candidates in one article, read as the findings layer reads it; for
    training and for looking at what the model is offered. ``pipeline`` must run the
    quantities layer."""
    analysis = pipeline.analyze(article)
    draft = Draft(article=article, article_id="candidates")
    draft.sentences = list(analysis.sentences)
    draft.quantities = list(analysis.quantities)
    ledger = build_ledger(pipeline.parse(article), draft)
    ctx = Context.of(article.text, draft.sentences, publication_end(draft))
    return list(candidates(ctx, ledger, GENERATORS))


def second_look(ctx: Context, ledger: list[Entry], found: list[Finding]) -> list[Finding]:
    """The model's warnings for conflicts the rules' ``found`` findings do not cover."""
    models = load_pair_models()
    named: dict[str, set[str]] = {}  # figures a rule already judged, by finding kind
    for f in found:
        named.setdefault(f.kind, set()).update(f.quantities)
    best: dict[tuple[str, int], tuple[float, Candidate]] = {}
    for cand in candidates(ctx, ledger, [k for k in GENERATORS if k in models]):
        if any(e.q.id in named.get(cand.kind, ()) for e in cand.entries):
            continue
        model = models[cand.kind]
        score = model.prob(cand.features)
        key = (cand.kind, id(cand.anchor))
        if score >= model.threshold and score > best.get(key, (0.0, cand))[0]:
            best[key] = (score, cand)
    kept = sorted(best.values(), key=lambda sc: sc[1].entries[0].q.start)
    return [cand.finding(score, MODEL_NAME) for score, cand in kept]
