"""Every sentence as a claim, scored for check-worthiness and ranked.

The score comes from the shared encoder (``claimscope.models.encoder``): the same pass
over the sentences also serves the ``techniques`` layer, so running both costs one
encoder pass. A score of 0.5 or more means "a fact-checker would check this"
(calibrated on CheckThat! 2024 dev; see the model card).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.contract.model import Attribution, Claim, Span
from claimscope.layers.base import Draft, layer
from claimscope.models import DEFAULT_ENCODER
from claimscope.models.encoder import encode_article

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_claims"]


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _attribution_of(sentence: Span, attributions: list[Attribution]) -> str | None:
    """The attribution whose content overlaps the sentence most (the first on ties)."""
    best, best_overlap = None, 0
    for attribution in attributions:
        overlap = _overlap(sentence, attribution.content)
        if overlap > best_overlap:
            best, best_overlap = attribution.id, overlap
    return best


@layer(
    "claims",
    requires=("sentences",),
    after=("attributions", "quantities"),
    version=1,
    model=DEFAULT_ENCODER,
)
def find_claims(doc: Doc, draft: Draft) -> list[Claim]:
    """One claim per sentence, most check-worthy first (ids follow the text order)."""
    sentences = draft.sentences
    encoding = encode_article(
        draft.text, [(s.start, s.end) for s in sentences], model=DEFAULT_ENCODER
    )
    claims = []
    for sentence, score in zip(sentences, encoding.checkworthiness, strict=True):
        claims.append(
            Claim(
                **draft.span(sentence.start, sentence.end).model_dump(),
                id=draft.new_id("c"),
                checkworthiness=round(min(1.0, max(0.0, score)), 4),
                attribution=_attribution_of(sentence, draft.attributions),
                quantities=[
                    q.id
                    for q in draft.quantities
                    if sentence.start <= q.start and q.end <= sentence.end
                ],
            )
        )
    claims.sort(key=lambda c: -c.checkworthiness)
    return claims
