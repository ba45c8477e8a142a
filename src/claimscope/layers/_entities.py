"""The named entity around a token, read from its IOB tags.

``Doc.ents`` builds every entity span of the document on each access, so asking it once
per figure made long tables quadratic; the tags of the few tokens around one word say
the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["entity_at", "entity_from"]


def entity_at(tok: Token) -> Span | None:
    """The entity ``tok`` is part of, as ``Doc.ents`` would give it."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start = tok.i
    while doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def entity_from(tok: Token, within: Span) -> Span | None:
    """The entity that starts at ``tok`` and ends inside ``within``, as ``within.ents``
    would give it."""
    ent = entity_at(tok) if tok.ent_iob_ == "B" else None
    if ent is None or ent.start < within.start or ent.end > within.end:
        return None
    return ent
