"""Score the shipped check-worthiness + techniques model on the dev splits and print the figures.

    python benchmarks/claims_techniques.py [--data ../shared/data] [--json] [--check]

``--check`` exits 1 when a figure falls below its floor in ``benchmarks/baseline.json``
(key ``claims_techniques``); floors are lowered only on purpose, in the same commit.

* check-worthiness: CheckThat! 2024 dev (F1 of Yes at 0.5; the threshold was calibrated
  on it) and the ct20-t5 transcripts from 2017 on, held out by date (F1 at 0.5, MAP);
* techniques: the PTC dev articles (15% of ptc-train by a hash of the id, never trained
  or tuned on): SI precision/recall/F1 with the official overlap metric, TC micro-F1;
* speed: the encoder with both heads against the bare spaCy parse of the same articles.

Needs the corpora, not PyTorch.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimscope.models import DEFAULT_ENCODER, MODELS_DIR, meta
from training import calibrate, data


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--data", type=Path, default=None)
    p.add_argument("--model", default=DEFAULT_ENCODER)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--check", action="store_true", help="compare with benchmarks/baseline.json")
    args = p.parse_args()
    info = meta(args.model)
    folder = MODELS_DIR / args.model
    root = data.data_dir(args.data)
    result = {
        "dev_scores": calibrate.dev_scores(folder, info, root),
        "speed": calibrate.speed(folder, info, root),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for group, rows in [*result["dev_scores"].items(), ("speed", result["speed"])]:
            print(group)
            for k, v in rows.items():
                print(f"  {k:<24} {v}")
    if args.check:
        sys.exit(check(result["dev_scores"]))


def check(scores: dict[str, dict[str, float]]) -> int:
    """1 when a dev figure is below its floor in ``benchmarks/baseline.json``."""
    baseline = Path(__file__).resolve().parent / "baseline.json"
    floors = json.loads(baseline.read_text(encoding="utf-8"))["claims_techniques"]
    failed = 0
    for key, floor in floors.items():
        group, metric = key.split(".")
        value = scores[group][metric]
        if value < floor:
            print(f"below floor: {key} = {value} < {floor}", file=sys.stderr)
            failed = 1
    return failed


if __name__ == "__main__":
    main()
