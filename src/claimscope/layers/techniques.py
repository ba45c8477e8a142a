"""Persuasion technique spans (the 14 PTC labels of SemEval-2020 Task 11), with scores.

Spans come from the token tags of the shared encoder (``claimscope.models.encoder``),
grown to whole words; each is labelled by the label head, corrected for hyperbole cues,
and listed a second time with the runner-up label when that one is likely too (PTC often
labels the same words with two techniques, e.g. Loaded_Language and Exaggeration).
``score`` is the mean probability that the span's word pieces are inside a technique,
times the label's probability. The encoder pass is shared with the ``claims`` layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.contract.model import Technique
from claimscope.layers.base import Draft, layer
from claimscope.models import DEFAULT_ENCODER
from claimscope.models.encoder import encode_article

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_techniques"]


@layer("techniques", requires=("sentences",), version=1, model=DEFAULT_ENCODER)
def find_techniques(doc: Doc, draft: Draft) -> list[Technique]:
    """Technique spans in text order; offsets are exact code points into ``article.text``."""
    encoding = encode_article(
        draft.text, [(s.start, s.end) for s in draft.sentences], model=DEFAULT_ENCODER
    )
    return [
        Technique(
            **draft.span(t.start, t.end).model_dump(),
            technique=t.technique,
            score=round(min(1.0, max(0.0, t.score)), 4),
        )
        for t in sorted(encoding.techniques, key=lambda t: (t.start, t.end, -t.score))
    ]
