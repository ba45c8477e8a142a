"""Throughput of the full analysis, as a ratio to a bare spaCy parse with the same model.

    python benchmarks/throughput.py DIR [--only L ...] [--skip L ...] [--model NAME] [--repeat N]

Reads every .txt file in DIR (recursively), warms both up (models load, caches fill),
then times, in the same process and the same run, (1) ``nlp.pipe`` over the texts and
(2) ``Pipeline.pipe`` over the same texts, which parses with that same ``nlp.pipe`` and
then runs the layers. Both use the same batch size, so the ratio is the cost of our
layers on top of parsing. The two are run alternately ``--repeat`` times and the best
of each kept, which damps noise from other processes on a shared machine. Peak memory
is the process's maximum resident set size (``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from claimscope.contract.model import Article
from claimscope.nlp import DEFAULT_MODEL, load_nlp
from claimscope.pipeline import Pipeline

BATCH = 16


def _names(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [n.strip() for v in values for n in v.split(",") if n.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--only", action="append")
    parser.add_argument("--skip", action="append")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files")
    args = parser.parse_args()
    files = sorted(args.dir.rglob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no .txt files in {args.dir}", file=sys.stderr)
        return 2
    texts = [f.read_text("utf-8") for f in files]
    articles = [(Article(text=t), f.stem) for t, f in zip(texts, files, strict=True)]
    pipeline = Pipeline(model=args.model, only=_names(args.only), skip=_names(args.skip) or ())
    nlp = load_nlp(args.model)
    failures: list[str] = []

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=BATCH):
            pass

    def full() -> None:
        failures.clear()
        stream = pipeline.pipe(
            articles, batch_size=BATCH, on_error=lambda aid, err: failures.append(str(err))
        )
        for _ in stream:
            pass

    warm = min(len(texts), 8)
    list(nlp.pipe(texts[:warm]))
    list(pipeline.pipe(articles[:warm], on_error=lambda aid, err: None))
    bare_best = full_best = float("inf")
    for _ in range(max(1, args.repeat)):
        bare_best = min(bare_best, _timed(bare))
        full_best = min(full_best, _timed(full))
    chars = sum(len(t) for t in texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles          {len(texts)} ({chars:,} characters)")
    print(f"layers            {', '.join(pipeline.layer_names)}")
    print(f"bare spaCy        {bare_best:.2f} s  {len(texts) / bare_best:.1f} articles/s")
    print(f"full analysis     {full_best:.2f} s  {len(texts) / full_best:.1f} articles/s")
    print(f"ratio             {full_best / bare_best:.2f}")
    print(f"peak memory       {peak_mb:.0f} MB")
    if failures:
        print(f"failed articles   {len(failures)} (first: {failures[0]})")
    return 0


def _timed(func: object) -> float:
    start = time.perf_counter()
    func()  # type: ignore[operator]
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
