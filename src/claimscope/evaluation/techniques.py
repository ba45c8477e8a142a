"""Scoring persuasion techniques the way SemEval-2020 Task 11 does.

* **SI** (span identification): the official overlap metric. Overlapping spans of one
  article are merged, in the gold and in the prediction; then every (predicted, gold)
  pair in the same article adds ``|p & g| / |p|`` to precision's numerator and
  ``|p & g| / |g|`` to recall's. Precision divides by the number of predicted spans,
  recall by the number of gold spans (every gold article counts, predicted or not).
* **TC** (technique classification on given spans): micro precision, recall and F1,
  with the labels of identical spans matched as multisets (the scorer's best alignment).
* **Per label**: the SI metric restricted to one technique (gold and predicted spans of
  that label only), as the PTC full-task scorer reports per technique. A span the layer
  lists with two labels counts once for each.

The CLI (``claimscope eval techniques``) only parses and prints; this module reads the
PTC layout, runs the model and scores.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimscope.contract.model import TECHNIQUE_LABELS
from claimscope.errors import InputError

__all__ = [
    "PRF",
    "LabelScores",
    "TechniqueScores",
    "TemplateLine",
    "classify_template",
    "evaluate_techniques",
    "merge_spans",
    "per_label_scores",
    "read_articles",
    "read_tc_labels",
    "read_template",
    "sentence_bounds",
    "si_scores",
    "tc_scores",
    "write_template",
]

Spans = Mapping[str, Sequence[tuple[int, int]]]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class LabelScores:
    """SI scores of one technique, with its gold and predicted span counts."""

    label: str
    si: PRF
    gold: int
    predicted: int


@dataclass(frozen=True)
class TechniqueScores:
    si: PRF
    tc: PRF
    articles: int
    gold_spans: int
    predicted_spans: int
    per_label: tuple[LabelScores, ...] = ()


@dataclass(frozen=True)
class TemplateLine:
    """One line of a TC file: ``article_id, technique ('?' in a template), start, end``."""

    article_id: str
    technique: str
    start: int
    end: int


def _prf(p_num: float, p_den: float, r_num: float, r_den: float) -> PRF:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged into one (touching spans stay apart, as in the scorer)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def si_scores(gold: Spans, predicted: Spans) -> PRF:
    """The official SI overlap precision, recall and F1."""
    g = {a: merge_spans(s) for a, s in gold.items()}
    p = {a: merge_spans(s) for a, s in predicted.items()}
    p_num = r_num = 0.0
    for article, preds in p.items():
        for ps, pe in preds:
            for gs, ge in g.get(article, ()):
                inter = min(pe, ge) - max(ps, gs)
                if inter > 0:
                    p_num += inter / (pe - ps)
                    r_num += inter / (ge - gs)
    p_den = sum(len(s) for s in p.values())
    r_den = sum(len(s) for s in g.values())
    return _prf(p_num, p_den, r_num, r_den)


def per_label_scores(
    gold: Iterable[TemplateLine], predicted: Iterable[TemplateLine], labels: Sequence[str]
) -> tuple[LabelScores, ...]:
    """SI scores of each of ``labels``, counting only that label's gold and predicted spans."""
    g: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    p: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for line in gold:
        g[line.technique][line.article_id].append((line.start, line.end))
    for line in predicted:
        p[line.technique][line.article_id].append((line.start, line.end))
    return tuple(
        LabelScores(
            label,
            si_scores(g[label], p[label]),
            sum(len(v) for v in g[label].values()),
            sum(len(v) for v in p[label].values()),
        )
        for label in labels
    )


def tc_scores(gold: Iterable[TemplateLine], predicted: Iterable[TemplateLine]) -> PRF:
    """Micro P/R/F1 of technique labels on given spans."""
    g: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    p: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    for line in gold:
        g[line.article_id, line.start, line.end][line.technique] += 1
    for line in predicted:
        p[line.article_id, line.start, line.end][line.technique] += 1
    correct = sum(sum((g[k] & p[k]).values()) for k in p if k in g)
    n_pred = sum(sum(c.values()) for c in p.values())
    n_gold = sum(sum(c.values()) for c in g.values())
    return _prf(correct, n_pred, correct, n_gold)


# -- files --------------------------------------------------------------------------------
def read_tc_labels(path: Path) -> list[TemplateLine]:
    """A TC labels or template file (``id  technique  start  end``, tab-separated)."""
    lines: list[TemplateLine] = []
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})", code="input.read") from err
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.rstrip("\r").split("\t")
        if len(parts) != 4 or not parts[2].isdigit() or not parts[3].isdigit():
            raise InputError(
                f"{path}:{n}: expected 'article_id<TAB>technique<TAB>start<TAB>end'",
                code="input.format",
            )
        aid = parts[0].removeprefix("article")
        lines.append(TemplateLine(aid, parts[1], int(parts[2]), int(parts[3])))
    return lines


read_template = read_tc_labels


def write_template(lines: Iterable[TemplateLine]) -> str:
    return "".join(f"{x.article_id}\t{x.technique}\t{x.start}\t{x.end}\n" for x in lines)


def read_articles(folder: Path, ids: Iterable[str] | None = None) -> dict[str, str]:
    """``article<ID>.txt`` files of ``folder`` (or only ``ids``), text exactly as stored."""
    wanted = set(ids) if ids is not None else None
    out: dict[str, str] = {}
    for f in sorted(folder.glob("article*.txt")):
        aid = f.stem.removeprefix("article")
        if wanted is not None and aid not in wanted:
            continue
        with f.open(encoding="utf-8", newline="") as fh:
            out[aid] = fh.read()
    if wanted is not None and (missing := wanted - set(out)):
        raise InputError(
            f"{folder}: no article file for {len(missing)} id(s), e.g. article{min(missing)}.txt",
            code="input.missing",
        )
    return out


# -- running the model ------------------------------------------------------------------------
def sentence_bounds(text: str, nlp_model: str | None = None) -> list[tuple[int, int]]:
    """The same sentences the ``sentences`` layer gives: what the encoder is run on."""
    from claimscope.contract.spans import trim
    from claimscope.nlp import DEFAULT_MODEL, load_nlp

    doc = load_nlp(nlp_model or DEFAULT_MODEL)(text)
    out = []
    for sent in doc.sents:
        s, e = trim(text, sent.start_char, sent.end_char)
        if e > s:
            out.append((s, e))
    return out


def classify_template(
    articles: Mapping[str, str],
    template: Sequence[TemplateLine],
    *,
    model: str | None = None,
    nlp_model: str | None = None,
) -> list[TemplateLine]:
    """The template's lines with the technique filled in.

    A span listed ``k`` times gets the model's ``k`` most likely labels, one per line
    (gold files list one line per technique on the same span).
    """
    from claimscope.models import DEFAULT_ENCODER, load
    from claimscope.models.encoder import encode_states, rank_labels

    name = model or DEFAULT_ENCODER
    encoder = load(name)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(template):
        by_article[line.article_id].append(i)
    out = list(template)
    for aid, idx in by_article.items():
        text = articles[aid]
        st = encode_states(text, sentence_bounds(text, nlp_model), model=name)
        seen: Counter[tuple[int, int]] = Counter()
        for i in idx:
            line = template[i]
            span = (line.start, line.end)
            ranked = rank_labels(encoder, st, span)
            label = ranked[min(seen[span], len(ranked) - 1)]
            seen[span] += 1
            out[i] = TemplateLine(aid, label, line.start, line.end)
    return out


def evaluate_techniques(
    folder: Path, *, model: str | None = None, nlp_model: str | None = None
) -> TechniqueScores:
    """SI and TC scores on a PTC-layout folder (``articles/``, ``*-task-flc-tc.labels``)."""
    from claimscope.models import DEFAULT_ENCODER
    from claimscope.models.encoder import encode_article

    label_files = sorted(folder.glob("*-task-flc-tc.labels"))
    if not label_files or not (folder / "articles").is_dir():
        raise InputError(
            f"{folder}: not a PTC folder (needs articles/ and *-task-flc-tc.labels)",
            code="input.format",
        )
    gold = [line for f in label_files for line in read_tc_labels(f)]
    articles = read_articles(folder / "articles")
    gold = [g for g in gold if g.article_id in articles]
    name = model or DEFAULT_ENCODER
    predicted_spans: dict[str, list[tuple[int, int]]] = {}
    predicted: list[TemplateLine] = []
    for aid, text in articles.items():
        enc = encode_article(text, sentence_bounds(text, nlp_model), model=name)
        predicted_spans[aid] = [(t.start, t.end) for t in enc.techniques]
        predicted.extend(TemplateLine(aid, t.technique, t.start, t.end) for t in enc.techniques)
    gold_spans: dict[str, list[tuple[int, int]]] = {aid: [] for aid in articles}
    for g in gold:
        gold_spans[g.article_id].append((g.start, g.end))
    template = [TemplateLine(g.article_id, "?", g.start, g.end) for g in gold]
    labelled = classify_template(articles, template, model=name, nlp_model=nlp_model)
    return TechniqueScores(
        si=si_scores(gold_spans, predicted_spans),
        tc=tc_scores(gold, labelled),
        articles=len(articles),
        gold_spans=len(gold),
        predicted_spans=sum(len(set(v)) for v in predicted_spans.values()),
        per_label=per_label_scores(gold, predicted, TECHNIQUE_LABELS),
    )
