"""Sentence boundaries, from spaCy's parser plus line breaks, trimmed of whitespace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.contract.model import Span
from claimscope.contract.spans import trim
from claimscope.layers.base import Draft, layer

if TYPE_CHECKING:
    from spacy.tokens import Doc


@layer("sentences", version=1)
def find_sentences(doc: Doc, draft: Draft) -> list[Span]:
    """Sorted, disjoint sentences; whitespace-only stretches are not sentences."""
    out: list[Span] = []
    for sent in doc.sents:
        start, end = trim(draft.text, sent.start_char, sent.end_char)
        if end > start:
            out.append(draft.span(start, end))
    return out
