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

The same look vets the rules' own warnings first (``vet``). A rule pairs figures through
a construction it knows, but on text it was not built on it pairs wrongly about as often
as rightly, and the model, reading the same figures with more evidence, can tell. A
warning is left out when the model scores every candidate of its kind that shares its
figures below ``DOUBT``; and for ranges, parts, rates and changes, when no generator even
proposes its figures as a conflict: in the rules' first runs on sets they had not seen,
such unproposed warnings were false alarms in 110 cases and real in 12. A part warning
between a period and a period inside it is the exception: no generator pairs figures by
their periods, so it goes to the wording verifier as below. The generators
of shares and sums do not cover every construction the rules read (shares that should
make 100%, for one), and ``unit_mismatch`` has none, so an unproposed warning of those
kinds goes to the wording verifier (``verify.py``) instead, which leaves it out when it
doubts it. Each left-out warning is named in the analysis' notes.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimscope.contract.model import LEFT_OUT_NOTE, NUMERIC_KINDS, Article, Finding
from claimscope.layers.base import Draft
from claimscope.layers.findings._ledger import Entry, build_ledger
from claimscope.layers.findings.numeric._book import publication_end
from claimscope.layers.findings.numeric._wording import SUB_PERIOD
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
    "CORROBORATED",
    "DOUBT",
    "GENERATORS",
    "MAX_FIGURES",
    "MODEL_NAME",
    "Candidate",
    "Context",
    "SecondLook",
    "article_candidates",
    "candidates",
    "load_pair_models",
    "second_look",
    "vet",
]

MODEL_NAME = "numeric-pairs-v1"

#: The most figures an article may hold for the learned pass to read it. News articles
#: hold a few dozen (the benchmark's largest, 59); a long report or a statistical table
#: may hold hundreds. The generators look only at figures within reach of one another, so
#: the pass costs about 1 s at 450 figures and 8 s at 1,200 on one laptop core; beyond
#: this an article gets the rule checks and a note rather than a wait.
MAX_FIGURES = 800

#: A rule's warning is left out when every candidate of its kind sharing its figures scores
#: below this. Of 0.1-0.4, the highest that cost at most half a point of recall in the
#: training script's cross-validation over the rules' first runs (it took the share of
#: clean articles warned about from 0.228 to 0.200); fixed before any sealed run.
DOUBT = 0.2

#: Kinds whose rule warnings need a candidate at all: their generators cover the ways
#: these conflicts are written well enough that a warning none proposes was a misreading
#: far more often than not (at least five to one in the first runs; see the module's why).
CORROBORATED = frozenset(
    {"range_violation", "part_exceeds_whole", "rate_total_mismatch", "change_mismatch"}
)

#: Each kind's candidate generator, by finding kind.
GENERATORS: dict[str, Callable[[Context, list[Entry]], Iterator[Candidate]]] = {
    "range_violation": range_candidates,
    "part_exceeds_whole": part_candidates,
    "rate_total_mismatch": rate_candidates,
    "sum_mismatch": sum_candidates,
    "change_mismatch": change_candidates,
    "percentage_mismatch": share_candidates,
}


def generator_reads(ledger: list[Entry]) -> dict[str, set[str]]:
    """The ids of the figures each corroborated kind's generator reads, by kind, as each
    generator filters them: ranges and parts between counts and amounts (``Entry.bare``;
    parts not per unit of time), rates between those with finite bounds, changes between
    figures with finite bounds. A rule's warning on any other figure ("between 92 and 98
    percent every month", "more than 31,000 calls") was never a generator's to propose."""
    read = [e for e in ledger if not e.gap]
    finite = {e.q.id for e in read if math.isfinite(e.iv.lo) and math.isfinite(e.iv.hi)}
    bare = {e.q.id for e in read if e.bare}
    return {
        "range_violation": bare,
        "part_exceeds_whole": {e.q.id for e in read if e.bare and e.q.per is None},
        "rate_total_mismatch": bare & finite,
        "change_mismatch": finite,
        # the rate generator takes a total's length from dates or a stated duration of the
        # total or the rate; a pair with neither ("£2,500 for each of the 47 days, a total
        # of £142,500": the length is a figure of its own) it never proposes
        _DATED: {
            e.q.id
            for e in read
            if e.start is not None or (e.q.period is not None and e.q.period.duration)
        },
    }


_DATED = "dated"


def _proposable(f: Finding, figures: set[str], read: dict[str, set[str]] | None) -> bool:
    """Whether ``f``'s kind's generator reads its figures (see ``generator_reads``)."""
    if read is None:
        return True
    if not figures <= read.get(f.kind, figures):
        return False
    return f.kind != "rate_total_mismatch" or bool(figures & read.get(_DATED, figures))


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
    return [c for c in candidates(ctx, ledger, GENERATORS) if not c.vetoed]


@dataclass
class SecondLook:
    """What the learned pass made of one article's rule findings."""

    #: The rule findings kept, in their order.
    kept: list[Finding]
    #: Rule warnings left out, each with why, for the analysis' notes.
    doubted: list[tuple[Finding, str]] = field(default_factory=list)
    #: The model's own warnings, for conflicts no kept rule finding covers.
    added: list[Finding] = field(default_factory=list)

    def notes(self) -> list[str]:
        """One line of the analysis' notes for each rule warning left out."""
        return [
            f"{LEFT_OUT_NOTE} a rule's {f.kind} warning ({why}; --rules-only shows it): {f.message}"
            for f, why in self.doubted
        ]


def _shares_figures(cand: Candidate, figures: set[str]) -> bool:
    """Whether ``cand`` reads the same conflict as a finding naming ``figures``."""
    return sum(e.q.id in figures for e in cand.entries) >= min(2, len(figures))


def vet(
    found: list[Finding],
    scored: list[tuple[float, Candidate]],
    models: dict[str, LinearModel],
    wording: Callable[[Finding], float | None] | None = None,
    read: dict[str, set[str]] | None = None,
) -> tuple[list[Finding], list[tuple[Finding, str]]]:
    """``found`` without the rule warnings the model doubts (see the module's why), and
    those left out with why. ``wording`` (``verify.wording_doubts``) judges the warnings
    no candidate proposes of the kinds not ``CORROBORATED``; without it they are kept.
    ``read`` holds, by kind, the ids of the figures that kind's generator reads
    (``generator_reads``): a warning on any other figure ("€3.20 a kilo", a price per unit
    the ledger leaves to the change checks; a range of percentages) was never its to
    propose, so the lack of a candidate says nothing of it and it goes to ``wording`` as an
    uncorroborated kind's would."""
    kept: list[Finding] = []
    doubted: list[tuple[Finding, str]] = []
    for f in found:
        if f.severity == "info" or f.kind not in NUMERIC_KINDS or not f.quantities:
            kept.append(f)
            continue
        figures = set(f.quantities)
        scores = [s for s, c in scored if c.kind == f.kind and _shares_figures(c, figures)]
        if scores and max(scores) < DOUBT:
            shown = math.floor(max(scores) * 100) / 100  # never "0.20, below 0.2"
            why = f"the pair model scores its figures {shown:.2f}, below {DOUBT}"
            doubted.append((f, why))
        elif (
            not scores
            and f.kind in CORROBORATED
            and f.kind in models
            and not _sub_period(f)
            and _proposable(f, figures, read)
        ):
            doubted.append((f, "no candidate generator proposes its figures as a conflict"))
        elif not scores and wording is not None and (low := wording(f)) is not None:
            why = f"no candidate shares its figures and the wording verifier scores it {low:.2f}"
            doubted.append((f, why))
        else:
            kept.append(f)
    return kept, doubted


def _sub_period(f: Finding) -> bool:
    """A part warning between a period and a period inside it ("48,600 tonnes in the second
    quarter > 44,900 tonnes in the first half"): the generators pair figures by words, not
    periods, so the lack of a candidate says nothing of it."""
    return f.kind == "part_exceeds_whole" and SUB_PERIOD in f.explanation


def second_look(
    ctx: Context,
    ledger: list[Entry],
    found: list[Finding],
    wording: Callable[[Finding], float | None] | None = None,
) -> SecondLook:
    """The rule findings ``found`` vetted by the model (and ``wording``, see ``vet``), and
    the model's warnings for conflicts the kept rule findings do not cover."""
    models = load_pair_models()
    scored = [
        (0.0 if cand.vetoed else models[cand.kind].prob(cand.features), cand)
        for cand in candidates(ctx, ledger, [k for k in GENERATORS if k in models])
    ]
    kept, doubted = vet(found, scored, models, wording, generator_reads(ledger))
    named: dict[str, set[str]] = {}  # figures a rule already judged, by finding kind
    for f in kept:
        named.setdefault(f.kind, set()).update(f.quantities)
    best: dict[tuple[str, int], tuple[float, Candidate]] = {}
    for score, cand in scored:
        if any(e.q.id in named.get(cand.kind, ()) for e in cand.entries):
            continue
        key = (cand.kind, id(cand.anchor))
        if score >= models[cand.kind].threshold and score > best.get(key, (0.0, cand))[0]:
            best[key] = (score, cand)
    chosen = sorted(best.values(), key=lambda sc: sc[1].entries[0].q.start)
    return SecondLook(kept, doubted, [cand.finding(score, MODEL_NAME) for score, cand in chosen])
