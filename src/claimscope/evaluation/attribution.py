"""Scoring attributions against PolNeAR (brat standoff, first listed annotator).

Matching rules, stated once here and printed with every score:

* **content**: a predicted and a gold content match when the Dice coefficient of their
  character sets is at least 0.5 (gold contents may be discontinuous; all fragments count).
  Pairs are matched one to one, best Dice first.
* **cue**: a predicted cue matches a gold cue whose characters it overlaps (one to one,
  largest overlap first), independently of content.
* **source**: likewise, by character overlap between source spans, one to one.
* **source accuracy on matched attributions**: over content-matched pairs, the source is right
  when the predicted source span overlaps the gold source span, or when both are absent.
* **joint**: a predicted attribution counts only when its content matches and its source is right.
* **one cue, one attribution**: predicted attributions that share one cue span (a quote that
  continues the speaker named before it, reported by the same "said") are scored as one
  attribution whose content has several fragments, as PolNeAR annotates them.

Gold is PolNeAR's layout: ``text/<article>.txt``, ``attributions/<article>_<annotator>.ann``
and ``metadata.tsv`` (in the folder or its parent) naming each article's annotators; the first
one listed is the gold. An article with a single ``.ann`` file needs no metadata.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimscope.contract.model import Attribution
from claimscope.errors import InputError

__all__ = [
    "MATCHING_RULE",
    "PRF",
    "AttributionScores",
    "GoldArticle",
    "GoldAttribution",
    "evaluate_attribution",
    "read_ann",
    "read_polnear",
    "score_articles",
]

Ranges = tuple[tuple[int, int], ...]

MATCHING_RULE = (
    "content: character-overlap Dice >= 0.5, one to one; cue and source: any character "
    "overlap, one to one; source accuracy over content-matched pairs (right when the spans "
    "overlap or both are absent); joint: content matched and source right; predicted "
    "attributions sharing one cue span are one attribution with several content fragments"
)

_TEXT_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_EVENT_LINE = re.compile(r"^E\d+\t(.*)$")
_ATTRIBUTION_TYPES = ("Attribution", "Attribution-no-source")


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution; spans are tuples of ``(start, end)`` fragments."""

    content: Ranges
    cue: Ranges = ()
    source: Ranges = ()


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def read_ann(ann: str) -> list[GoldAttribution]:
    """Attributions from one brat standoff file.

    Lines that do not start with an id continue the previous annotation's text (a span
    covering a line break); ``Discard``/``Discuss`` annotations and events without a content
    are not attributions.
    """
    spans: dict[str, Ranges] = {}
    events: list[str] = []
    for line in ann.splitlines():
        m = _TEXT_LINE.match(line)
        if m:
            frags = []
            for part in m.group(3).split(";"):
                start, end = part.split()
                frags.append((int(start), int(end)))
            spans[m.group(1)] = tuple(sorted(frags))
            continue
        e = _EVENT_LINE.match(line)
        if e:
            events.append(e.group(1))
    out: list[GoldAttribution] = []
    for event in events:
        roles: dict[str, list[tuple[int, int]]] = {}
        kind = ""
        for arg in event.split():
            role, _, ref = arg.partition(":")
            if role in _ATTRIBUTION_TYPES:
                kind = role
                continue
            roles.setdefault(role, []).extend(spans.get(ref, ()))
        if not kind or not roles.get("Content"):
            continue
        out.append(
            GoldAttribution(
                content=tuple(sorted(roles["Content"])),
                cue=tuple(sorted(roles.get("Cue", ()))),
                source=tuple(sorted(roles.get("Source", ()))),
            )
        )
    return out


def _first_annotators(directory: Path) -> dict[str, str]:
    for candidate in (directory / "metadata.tsv", directory.parent / "metadata.tsv"):
        if candidate.is_file():
            with candidate.open(encoding="utf-8", newline="") as fh:
                rows = csv.DictReader(fh, delimiter="\t")
                return {
                    row["filename"]: row["annotators"].split("|")[0]
                    for row in rows
                    if row.get("filename") and row.get("annotators")
                }
    return {}


def read_polnear(directory: str | Path) -> list[GoldArticle]:
    """Every article of a PolNeAR-layout folder with its first annotator's attributions.

    Raises:
        InputError: the folder lacks ``text/`` or ``attributions/``, or an article has
            several annotations and no metadata says which comes first.
    """
    root = Path(directory)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{root}: not a PolNeAR folder (needs text/ and attributions/)")
    first = _first_annotators(root)
    articles: list[GoldArticle] = []
    for path in sorted(text_dir.glob("*.txt")):
        name = path.stem
        candidates = sorted(ann_dir.glob(f"{glob_escape(name)}_*.ann"))
        if not candidates:
            continue
        chosen = ann_dir / f"{name}_{first[name]}.ann" if name in first else None
        if chosen is None or not chosen.is_file():
            if len(candidates) > 1:
                raise InputError(
                    f"{name}: {len(candidates)} annotations and no metadata.tsv naming the first"
                )
            chosen = candidates[0]
        text = path.read_bytes().decode("utf-8")
        gold = read_ann(chosen.read_bytes().decode("utf-8"))
        articles.append(GoldArticle(name, text, tuple(gold)))
    if not articles:
        raise InputError(f"{root}: no article has both a text and an annotation file")
    return articles


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


# -- scoring ------------------------------------------------------------------------------


def _length(r: Ranges) -> int:
    return sum(e - s for s, e in r)


def _overlap(a: Ranges, b: Ranges) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _dice(a: Ranges, b: Ranges) -> float:
    total = _length(a) + _length(b)
    return 2 * _overlap(a, b) / total if total else 0.0


def _match(
    pred: Sequence[Ranges],
    gold: Sequence[Ranges],
    score: Callable[[Ranges, Ranges], float],
    threshold: float,
) -> dict[int, int]:
    """One-to-one greedy matching, best score first: ``{pred index: gold index}``."""
    pairs = [
        (s, i, j)
        for i, p in enumerate(pred)
        if p
        for j, g in enumerate(gold)
        if g and (s := score(p, g)) >= threshold and s > 0
    ]
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out[i] = j
    return out


@dataclass
class PRF:
    """Counts for precision, recall and F1."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold


@dataclass
class AttributionScores:
    """Scores over a set of articles; see the module docstring for the matching rules."""

    articles: int = 0
    content: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    source: PRF = field(default_factory=PRF)
    joint: PRF = field(default_factory=PRF)
    matched: int = 0
    source_right: int = 0

    @property
    def source_accuracy(self) -> float:
        return self.source_right / self.matched if self.matched else 0.0


@dataclass(frozen=True)
class _Pred:
    content: Ranges
    cue: Ranges
    source: Ranges


def _as_preds(attributions: Sequence[Attribution]) -> list[_Pred]:
    """One prediction per cue: a continuation quote (the layer gives it the cue of the
    speaker it goes on with) joins that attribution's content as another fragment."""
    preds: list[_Pred] = []
    by_cue: dict[tuple[int, int], int] = {}
    for a in attributions:
        content = ((a.content.start, a.content.end),)
        if a.cue is not None and (a.cue.start, a.cue.end) in by_cue:
            k = by_cue[(a.cue.start, a.cue.end)]
            p = preds[k]
            preds[k] = _Pred(tuple(sorted(p.content + content)), p.cue, p.source)
            continue
        if a.cue is not None:
            by_cue[(a.cue.start, a.cue.end)] = len(preds)
        preds.append(
            _Pred(
                content=content,
                cue=((a.cue.start, a.cue.end),) if a.cue is not None else (),
                source=((a.source.start, a.source.end),) if a.source is not None else (),
            )
        )
    return preds


def _overlap_score(a: Ranges, b: Ranges) -> float:
    return float(_overlap(a, b))


def _score_one(
    scores: AttributionScores, pred: list[_Pred], gold: Sequence[GoldAttribution]
) -> None:
    content = _match([p.content for p in pred], [g.content for g in gold], _dice, 0.5)
    scores.content.add(len(content), len(pred), len(gold))
    pc = [p.cue for p in pred if p.cue]
    gc = [g.cue for g in gold if g.cue]
    scores.cue.add(len(_match(pc, gc, _overlap_score, 1.0)), len(pc), len(gc))
    ps = [p.source for p in pred if p.source]
    gs = [g.source for g in gold if g.source]
    scores.source.add(len(_match(ps, gs, _overlap_score, 1.0)), len(ps), len(gs))
    right = 0
    for i, j in content.items():
        p, g = pred[i], gold[j]
        if (not p.source and not g.source) or _overlap(p.source, g.source) > 0:
            right += 1
    scores.matched += len(content)
    scores.source_right += right
    scores.joint.add(right, len(pred), len(gold))
    scores.articles += 1


def score_articles(
    items: Iterable[tuple[Sequence[Attribution], Sequence[GoldAttribution]]],
) -> AttributionScores:
    """Score ``(predicted, gold)`` pairs, one per article."""
    scores = AttributionScores()
    for predicted, gold in items:
        _score_one(scores, _as_preds(predicted), gold)
    return scores


def evaluate_attribution(directory: str | Path, *, model: str | None = None) -> AttributionScores:
    """Run the attributions layer (and what it requires) over a PolNeAR folder and score it."""
    from claimscope.contract.model import Article
    from claimscope.pipeline import Pipeline

    articles = read_polnear(directory)
    pipeline = (
        Pipeline(only=["attributions"])
        if model is None
        else Pipeline(model=model, only=["attributions"])
    )
    stream = pipeline.pipe((Article(text=a.text), a.name) for a in articles)
    return score_articles(
        (analysis.attributions, gold.attributions)
        for analysis, gold in zip(stream, articles, strict=True)
    )
