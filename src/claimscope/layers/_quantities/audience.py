"""A bare figure that watches or attends counts people: "when 19,240 watched the derby",
"Around 12,000 attended the final". Only people do these things, so the figure needs no
noun of its own; the generic "people" lets the checks pair it with the crowd, gate or
attendance the article counts in other words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["audience_counted"]


#: Verbs only an audience does. "Saw" is left out: "the year saw 4,000 ..." and "21,130
#: saw the tie" parse alike too often.
_AUDIENCE_VERBS = frozenset(("watch", "attend"))


def audience_counted(doc: Doc, i: int) -> tuple[str | None, int | None]:
    """ "people" when the figure at token ``i`` is the subject of a verb of watching or
    attending; no counted token, since no noun in the text names them."""
    tok = doc[i]
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i <= tok.i:
        return None, None
    if str(verb.lemma_).lower() not in _AUDIENCE_VERBS:
        return None, None
    return "people", None
