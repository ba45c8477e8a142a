"""Attribution accuracy on PolNeAR dev against the issue's targets, and the layer's cost.

    python benchmarks/attribution_dev.py [DIR]     # DIR defaults to ../shared/data/polnear/dev

Parses every article once (timed), runs the attributions layer on the parsed Docs (timed
separately: the layer's cost as a share of the parse it receives), scores with
``claimscope.evaluation.attribution`` and exits 1 when a score is under its target.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from claimscope.contract.model import Article
from claimscope.evaluation.attribution import MATCHING_RULE, read_polnear, score_articles
from claimscope.layers._attribution.linear import load_model
from claimscope.layers.attributions import build_attributions
from claimscope.layers.base import Draft
from claimscope.nlp import load_nlp

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"
#: Targets of issue 3 (held-out PolNeAR-format articles).
TARGETS = {"content_f1": 0.60, "cue_f1": 0.75, "source_accuracy": 0.75, "joint_f1": 0.45}
#: The layer may add at most this share of the bare parse time.
MAX_OVERHEAD = 0.30


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, nargs="?", default=DEFAULT)
    args = parser.parse_args()
    articles = read_polnear(args.dir)
    nlp = load_nlp()
    model = load_model()
    list(nlp.pipe([a.text for a in articles[:4]]))  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    predicted = [
        build_attributions(doc, Draft(article=Article(text=a.text), article_id=a.name), model)
        for doc, a in zip(docs, articles, strict=True)
    ]
    layer_s = time.perf_counter() - t0
    s = score_articles(zip(predicted, (a.attributions for a in articles), strict=True))
    got = {
        "content_f1": s.content.f1,
        "cue_f1": s.cue.f1,
        "source_accuracy": s.source_accuracy,
        "joint_f1": s.joint.f1,
    }
    print(f"articles          {s.articles}  gold {s.content.n_gold}  predicted {s.content.n_pred}")
    for name, prf in (
        ("content", s.content),
        ("cue", s.cue),
        ("source", s.source),
        ("joint", s.joint),
    ):
        print(f"{name:<8} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}")
    print(f"source accuracy on matched  {s.source_accuracy:.3f} ({s.source_right}/{s.matched})")
    print(f"matching: {MATCHING_RULE}")
    overhead = layer_s / parse_s
    print(
        f"parse {parse_s:.2f} s  layer {layer_s:.2f} s  overhead {overhead:.1%} "
        f"(limit {MAX_OVERHEAD:.0%})"
    )
    failed = [k for k, floor in TARGETS.items() if got[k] < floor]
    if overhead > MAX_OVERHEAD:
        failed.append("overhead")
    for name in failed:
        print(f"below target: {name}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
