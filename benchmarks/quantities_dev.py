"""Quantities on NewsQuant dev, and the layer's cost relative to the bare spaCy parse.

    python benchmarks/quantities_dev.py [NEWSQUANT_JSON]

Prints value and value+unit precision/recall/F1 (matching rule in
``claimscope.evaluation.quantities``), then the time of the bare parse and of the
quantities layer on the same Docs (target: the layer adds at most 20%).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from claimscope.contract.model import Article
from claimscope.evaluation.quantities import MATCHING_RULE, evaluate_quantities
from claimscope.layers.base import Draft
from claimscope.layers.findings import numeric as numeric_checks
from claimscope.layers.findings.base import CHECKS
from claimscope.layers.findings.numeric._book import book_of, publication_end
from claimscope.layers.findings.numeric.learned import Context, second_look
from claimscope.layers.quantities import find_quantities
from claimscope.nlp import load_nlp

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/newsquant/NewsQuant-dev.json"
EXAMPLE = Path(__file__).resolve().parents[2] / "shared/examples/desertion-report.txt"


def _speed(texts: list[str]) -> dict[str, float]:
    """Parse, quantities layer, and the numeric checks (the rules and the learned second
    look) over the ledger they share."""
    nlp = load_nlp()
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - start
    drafts = []
    start = time.perf_counter()
    for text, doc in zip(texts, docs, strict=True):
        draft = Draft(article=Article(text=text), article_id="bench")
        draft.sentences = [draft.span(s.start_char, s.end_char) for s in doc.sents]
        draft.quantities = find_quantities(doc, draft)
        drafts.append(draft)
    layer = time.perf_counter() - start
    numeric = [
        c for c in CHECKS.values() if c.func.__module__.startswith(numeric_checks.__name__ + ".")
    ]
    start = time.perf_counter()
    for doc, draft in zip(docs, drafts, strict=True):
        found = [f for chk in numeric for f in chk.func(doc, draft)]
        context = Context.of(draft.text, draft.sentences, publication_end(draft))
        second_look(context, book_of(doc, draft).entries, found)
    checks = time.perf_counter() - start
    return {
        "parse_s": parse,
        "layer_s": layer,
        "overhead": layer / parse,
        "numeric_checks_s": checks,
        "layer_and_checks_overhead": (layer + checks) / parse,
    }


def main(path: Path) -> None:
    scores, gold, _ = evaluate_quantities(path)
    report: dict[str, object] = {
        "sentences": scores.sentences,
        "gold": scores.gold,
        "predicted": scores.predicted,
        "value_p_r_f1": [round(x, 4) for x in scores.value],
        "value_unit_p_r_f1": [round(x, 4) for x in scores.value_unit],
        "matching": MATCHING_RULE,
    }
    texts = [g.text for g in gold]
    if EXAMPLE.exists():
        texts += [EXAMPLE.read_text(encoding="utf-8")] * 20
    report["speed"] = {k: round(v, 3) for k, v in _speed(texts).items()}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
