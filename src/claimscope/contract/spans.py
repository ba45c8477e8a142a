"""Making and checking spans; the character <-> token bridge.

All spans in claimscope are cut from ``article.text`` here, so a span cannot
disagree with the text it points into.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.contract.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = ["char_span", "make_span", "trim"]


def make_span(text: str, start: int, end: int) -> Span:
    """A contract span over ``text[start:end]``; raises ``ValueError`` when out of range."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span [{start}, {end}) is outside a text of length {len(text)}")
    return Span(start=start, end=end, text=text[start:end])


def trim(text: str, start: int, end: int, chars: str | None = None) -> tuple[int, int]:
    """Offsets with surrounding whitespace (or ``chars``) removed, never crossing."""
    while start < end and (text[start].isspace() if chars is None else text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() if chars is None else text[end - 1] in chars):
        end -= 1
    return start, end


def char_span(doc: Doc, start: int, end: int, mode: str = "expand") -> SpacySpan | None:
    """The tokens covering ``[start, end)``; None rather than a guess (spaCy's rule)."""
    return doc.char_span(start, end, alignment_mode=mode)
