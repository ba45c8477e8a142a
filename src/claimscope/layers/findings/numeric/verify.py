"""An opt-in second look at numeric warnings: is the conflict worded like a real one?

The checks pair figures by what they count, where and when. On articles they were not
built on, the rules pair wrongly often enough that a clean article draws a warning about
one time in six. A wrong pairing leaves traces in the wording around the figures: an
"about" or "up to" beside them, "among" or "including" (a subset, not a rival count), a
"target" or "budget" (a plan, not an outcome), figures far apart in different paragraphs.
A real conflict is more often stated plainly, close together, in a quote or a headline.

A logistic regression over those traces (``verifier_features``) scores each warning. It
was trained by ``training/train_numeric_verifier.py`` on the engine's *first* runs over
benchmark sets it had not yet seen, which is the situation a user's article is in; a
warning it scores below the model's threshold is dropped.

By default it judges only what the learned pair model cannot (``learned.vet``): a share,
sum or unit warning whose figures no candidate generator proposes. Applied to every
warning it is opt-in (``Pipeline(verify_numbers=True)``, ``claimscope analyze
--verify-numbers``) because it judges wording, not arithmetic: on the sealed
sets it halves the clean articles with a warning (0.16 to 0.08) but loses a seventh of the
planted conflicts found (0.35 to 0.30), and it drops the example article's 21,600 against
"15,000 to 18,000 every month" because "among" stands in that sentence.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Sequence

from claimscope.contract.model import NUMERIC_KINDS, Finding, Quantity, Span
from claimscope.models import json_weights
from claimscope.models.linear import LinearModel

__all__ = ["MODEL_NAME", "load_verifier", "verified", "verifier_features", "wording_doubts"]

MODEL_NAME = "numeric-verifier-v1"

#: Characters either side of a figure whose words are read as cues.
WINDOW = 60

#: Words beside a figure that tell how it is meant: approximation, a subset, an aim or a
#: plan, another time or holder, an extreme or an average, a change, speech, a rate.
CUES = (
    "about", "around", "nearly", "almost", "roughly", "more than", "up to", "between",
    "among", "of them", "of whom", "including", "excluding", "alone", "only", "out of",
    "of the", "remaining", "share", "target", "forecast", "expected", "plan", "planned",
    "budget", "aim", "goal", "estimate", "estimated", "projected", "capacity", "cap",
    "limit", "could", "would", "compared", "last year", "previous", "since", "other",
    "another", "rival", "separate", "national", "total", "combined", "peak", "highest",
    "busiest", "record", "average", "each", "per", "rose", "fell", "up", "down",
    "increase", "said", "according", "a day", "a week", "a month", "a year", "every",
    "per cent", "%",
)  # fmt: skip
_CUE = re.compile(
    "|".join(rf"(?<![\w]){re.escape(c)}(?![\w])" if c[0].isalpha() else re.escape(c) for c in CUES)
)
_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _bucket(value: float, edges: Sequence[float]) -> int:
    """Index of the first edge ``value`` lies below (``len(edges)`` past the last)."""
    return next((i for i, edge in enumerate(edges) if value < edge), len(edges))


def _sentence_of(bounds: Sequence[tuple[int, int]], pos: int) -> int:
    return next((i for i, (start, end) in enumerate(bounds) if start <= pos < end), -1)


def _in_quote(text: str, pos: int) -> bool:
    """Whether an odd number of quotation marks opens the paragraph before ``pos``."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return sum(line.count(mark) for mark in _QUOTE_MARKS) % 2 == 1


def verifier_features(
    finding: Finding,
    quantities: Sequence[Quantity],
    text: str,
    sentences: Sequence[tuple[int, int]],
) -> list[str]:
    """The traces a warning's wording leaves, as string features (see the module's why).

    ``quantities`` are the finding's figures; ``sentences`` the article's sentence bounds.
    Only the warning and its figures are read, never the article's size or other figures,
    so a warning is judged by how it is stated, not by what kind of article holds it."""
    feats = [f"kind={finding.kind}", f"figures={min(len(quantities), 4)}"]
    if not quantities:
        return feats
    starts = [q.start for q in quantities]
    first, last = min(starts), max(starts)
    feats.append(f"distance={_bucket(last - first, (60, 200, 800, 2000))}")
    sents = {_sentence_of(sentences, s) for s in starts}
    feats.append(f"sentences={_bucket(max(sents) - min(sents), (1, 2, 4))}")
    feats.append(f"paragraphs={_bucket(text.count(chr(10) * 2, first, last), (1, 2))}")
    headline_end = text.find("\n")
    if headline_end > 0 and first < headline_end:
        feats.append("in_headline")
    counted = [q.counted for q in quantities]
    named = {c for c in counted if c}
    feats.append("counted=all" if all(counted) else "counted=some" if named else "counted=none")
    if len(named) == 1 and all(counted):
        feats.append("counted=same")
    if len(named) > 1:
        feats.append("counted=differ")
    units = {q.unit for q in quantities}
    feats.append("units=one" if len(units) == 1 else "units=many")
    if "%" in units:
        feats.append("unit=percent")
    if any(u and len(u) == 3 and u.isupper() for u in units):
        feats.append("unit=money")
    if any(q.approx != "=" for q in quantities):
        feats.append("approximate")
    if any(q.low != q.high for q in quantities):
        feats.append("range")
    periods = [q.period.text if q.period else None for q in quantities]
    feats.append("period=all" if all(periods) else "period=some" if any(periods) else "period=none")
    if all(periods) and len(set(periods)) == 1:
        feats.append("period=same")
    if any(q.per for q in quantities):
        feats.append("rate")
    if any(q.attribution for q in quantities):
        feats.append("attributed")
    values = [abs(q.value) for q in quantities if q.value and q.unit != "%"]
    if len(values) >= 2:
        feats.append(f"ratio={_bucket(math.log(max(values) / min(values)), (0.1, 0.5, 1.5))}")
    if any(_in_quote(text, s) for s in starts):
        feats.append("in_quote")
    cues: set[str] = set()
    for q in quantities:
        window = text[max(0, q.start - WINDOW) : q.end + WINDOW].lower()
        cues.update(m.group(0) for m in _CUE.finditer(window))
    feats.extend(f"cue={c}" for c in sorted(cues))
    return feats


@functools.cache
def load_verifier(name: str = MODEL_NAME) -> LinearModel:
    """The shipped verifier, its checksum checked against ``meta.json`` (cached per process).

    Raises:
        ConfigError: the model folder or its weights are missing or altered.
    """
    rebuild = "python -m training.train_numeric_verifier fit"
    return LinearModel.from_dict(json_weights(name, "numeric verifier", rebuild))


def wording_doubts(
    quantities: Sequence[Quantity],
    text: str,
    sentences: Sequence[Span],
    *,
    model: LinearModel | None = None,
) -> Callable[[Finding], float | None]:
    """A judge of one article's warnings: a warning's score when the verifier doubts it
    (below the model's threshold), else None. ``model`` defaults to the shipped verifier."""
    verifier = model or load_verifier()
    by_id = {q.id: q for q in quantities}
    bounds = [(s.start, s.end) for s in sentences]

    def doubt(f: Finding) -> float | None:
        figures = [by_id[i] for i in f.quantities if i in by_id]
        score = verifier.prob(verifier_features(f, figures, text, bounds))
        return score if score < verifier.threshold else None

    return doubt


def verified(
    findings: Iterable[Finding],
    quantities: Sequence[Quantity],
    text: str,
    sentences: Sequence[Span],
    *,
    model: LinearModel | None = None,
) -> list[Finding]:
    """``findings`` without the numeric warnings the verifier doubts; the rest unchanged.

    ``model`` defaults to the shipped verifier."""
    doubt = wording_doubts(quantities, text, sentences, model=model)
    return [
        f
        for f in findings
        if f.kind not in NUMERIC_KINDS or f.severity == "info" or doubt(f) is None
    ]
