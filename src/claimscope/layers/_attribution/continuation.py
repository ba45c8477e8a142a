"""Continuation quotes: a quote with no cue of its own goes on with the speaker just quoted.

News names a speaker once and lets the next quote run on: '"We had 900 swimmers through the
doors," said leisure manager Priya Nandakumar. "On the busiest Saturday the queue reached the
car park."' The second quote has no reporting verb, so the cue tagger never sees it. It
continues the last attribution when that one is a direct quote with a source, and the quote
opens the very next sentence: in the same paragraph, or opening the next paragraph. Any
sentence in between (one that introduces someone else, a new paragraph of narrative) or
another cue breaks the chain, and the quote stays unattributed rather than guessed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.layers._attribution.quotes import Quote

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

__all__ = ["Continuation", "Voice", "find_continuations"]

#: Closing marks that may follow the full stop of the sentence before a continuation.
_AFTER_STOP = frozenset("\"'”’»)")


@dataclass(frozen=True)
class Voice:
    """What continuation needs of an attribution: where it ends in the text (its cue,
    content or source, whichever is last), where its cue is, and whether it quotes a
    named speaker."""

    reach: int
    cue: tuple[int, int] | None
    content: tuple[int, int]
    quotes_speaker: bool


@dataclass(frozen=True)
class Continuation:
    """A quote ``[start, end)`` that continues the voice at index ``parent`` (an index into
    the voices given, or ``len(voices) + k`` for the k-th continuation found before it)."""

    parent: int
    start: int
    end: int


def _opens_sentence(text: str, start: int) -> bool:
    """Only a sentence end (or a line break) comes before ``start``."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] in "\r\n":
        return True
    while i >= 0 and text[i] in _AFTER_STOP:
        i -= 1
    return i >= 0 and text[i] in ".!?"


def _ends_sentence(text: str, end: int) -> bool:
    """After the quote, nothing but punctuation before the next sentence or line."""
    i = end
    while i < len(text) and text[i] not in "\r\n":
        ch = text[i]
        if ch.isalnum():
            return False
        if ch in ".!?":
            return True
        i += 1
    return True


def _taken(quote: Quote, voices: Sequence[Voice]) -> bool:
    """Some attribution already reports this quote. One whose cue lies inside the quote
    ("I told them," inside the quote) is reported by it instead, and does not count."""
    for v in voices:
        cue_inside = v.cue is not None and quote.start <= v.cue[0] < quote.end
        if not cue_inside and v.content[0] < quote.end and quote.start < v.content[1]:
            return True
    return False


def find_continuations(
    doc: Doc, voices: Sequence[Voice], quotes: Sequence[Quote]
) -> list[Continuation]:
    """Quotes that go on with the voice before them, in text order; a continuation can
    itself be continued ('"A," she said. "B."' then a paragraph opening '"C."')."""
    text = doc.text
    sent_starts = [s.start_char for s in doc.sents if s.text.strip()]
    chain: list[Voice] = list(voices)
    out: list[Continuation] = []
    for q in quotes:
        if _taken(q, chain) or not _opens_sentence(text, q.start):
            continue
        if not _ends_sentence(text, q.end):
            continue
        before = [k for k, v in enumerate(chain) if v.reach <= q.start]
        if not before:
            continue
        k = max(before, key=lambda j: (chain[j].reach, j))
        parent = chain[k]
        if not parent.quotes_speaker:
            continue  # the voice just before is not a named speaker's quote
        # no sentence starts between the speaker's last word and the quote
        lo = bisect_right(sent_starts, parent.reach)
        hi = bisect_left(sent_starts, q.start)
        if hi > lo:
            continue
        out.append(Continuation(k, q.start, q.end))
        chain.append(Voice(q.end, None, (q.start, q.end), quotes_speaker=True))
    return out
