"""Score the HTML ingest against pages with hand-written expected body text.

    python benchmarks/html_extraction.py [DIR] [--floor 0.93]

DIR (default: tests/fixtures/html) holds ``NAME.html`` and ``NAME.expected.txt``. The
score is the one of the ScrapingHub article-extraction benchmark: F1 over 4-token
shingles of the body, tokens lower-cased, punctuation dropped. The title line that
ingest puts first is left aside, since the expected files hold the body only.
Micro-averaged over pages (sums of shingle counts) and macro (mean of page F1s) are
both printed; the exit code is 1 when the macro F1 is below --floor.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from claimscope.ingest.html import article_from_html, decode_html

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def body_of(text: str, title: str | None) -> str:
    """The extracted text without the title line (and the blank line after it)."""
    if title and text.startswith(title):
        return text[len(title) :].lstrip("\n")
    return text


def score(predicted: str, expected: str) -> tuple[int, int, int]:
    """(overlap, predicted count, expected count) of shingles."""
    pred, gold = shingles(predicted), shingles(expected)
    return sum((pred & gold).values()), sum(pred.values()), sum(gold.values())


def f1(overlap: int, predicted: int, expected: int) -> float:
    if not predicted or not expected or not overlap:
        return 0.0
    p, r = overlap / predicted, overlap / expected
    return 2 * p * r / (p + r)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", default="tests/fixtures/html", type=Path)
    parser.add_argument("--floor", type=float, default=0.93)
    args = parser.parse_args()
    pages = sorted(args.dir.glob("*.html"))
    if not pages:
        print(f"no .html pages in {args.dir}", file=sys.stderr)
        return 2
    totals = [0, 0, 0]
    page_f1s = []
    for page in pages:
        expected_path = page.with_suffix(".expected.txt")
        if not expected_path.exists():
            print(f"skip {page.name}: no {expected_path.name}", file=sys.stderr)
            continue
        article = article_from_html(decode_html(page.read_bytes(), name=str(page)))
        counts = score(body_of(article.text, article.title), expected_path.read_text("utf-8"))
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        page_f1s.append(f1(*counts))
        p = counts[0] / counts[1] if counts[1] else 0.0
        r = counts[0] / counts[2] if counts[2] else 0.0
        print(f"{page.name:40} P {p:.3f}  R {r:.3f}  F1 {page_f1s[-1]:.3f}")
    macro = sum(page_f1s) / len(page_f1s)
    print(f"pages {len(page_f1s)}  micro F1 {f1(*totals):.3f}  macro F1 {macro:.3f}")
    return 0 if macro >= args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
