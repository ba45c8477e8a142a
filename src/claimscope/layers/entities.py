"""Named entities from the spaCy pipeline, as contract spans with their label."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.contract.model import Entity
from claimscope.layers.base import Draft, layer

if TYPE_CHECKING:
    from spacy.tokens import Doc


@layer("entities", version=1)
def find_entities(doc: Doc, draft: Draft) -> list[Entity]:
    return [
        Entity(start=e.start_char, end=e.end_char, text=e.text, label=e.label_) for e in doc.ents
    ]
