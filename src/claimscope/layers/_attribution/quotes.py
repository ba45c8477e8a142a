"""Quoted stretches of an article: straight and curly marks, nesting, multi-paragraph quotes.

News style opens every paragraph of a long quotation with a mark and closes only the last
one, so a paragraph that ends inside a quote continues into the next paragraph when that
one opens with a mark; otherwise the quote ends with its paragraph (an unbalanced mark
never swallows the rest of the article). Single marks (‘ ’) only nest inside a double
quote: on their own they are too often apostrophes.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["OPENERS", "Quote", "find_quotes"]

OPENERS = frozenset('"“«„')
_CLOSERS = frozenset('"”»“')


class Quote(NamedTuple):
    """A top-level quotation ``[start, end)`` including its marks."""

    start: int
    end: int


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _scan(text: str, start: int, end: int, open_at: int | None) -> tuple[list[Quote], int | None]:
    """Quotes closed in one paragraph, and where a still-open quote began."""
    quotes: list[Quote] = []
    for i in range(start, end):
        ch = text[i]
        if open_at is None:
            if ch in OPENERS and ch != "”":
                open_at = i
        elif ch in _CLOSERS and i > open_at:
            if ch == "“" and text[open_at] == "“":
                continue  # a stray second opener: keep the first one open
            if ch == '"' and text[open_at] != '"' and text[open_at] != "„":
                continue
            quotes.append(Quote(open_at, i + 1))
            open_at = None
    return quotes, open_at


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations in order; each spans its opening to its closing mark."""
    quotes: list[Quote] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None
    for k, (start, end) in enumerate(paragraphs):
        found, open_at = _scan(text, start, end, open_at)
        quotes.extend(found)
        if open_at is None:
            continue
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        first = _first_visible(text, *nxt) if nxt else -1
        if nxt is not None and first < nxt[1] and text[first] in OPENERS:
            # the next paragraph reopens the same quotation: skip its opening mark
            paragraphs[k + 1] = (first + 1, nxt[1])
            continue
        close = end
        while close > open_at + 1 and text[close - 1].isspace():
            close -= 1
        if close - open_at > 1:
            quotes.append(Quote(open_at, close))
        open_at = None
    return quotes
