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
from claimscope.layers.quantities import find_quantities
from claimscope.nlp import load_nlp

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/newsquant/NewsQuant-dev.json"
EXAMPLE = Path(__file__).resolve().parents[2] / "shared/examples/desertion-report.txt"


def _speed(texts: list[str]) -> dict[str, float]:
    nlp = load_nlp()
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for text, doc in zip(texts, docs, strict=True):
        find_quantities(doc, Draft(article=Article(text=text), article_id="bench"))
    layer = time.perf_counter() - start
    return {"parse_s": parse, "layer_s": layer, "overhead": layer / parse}


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
