"""The verb a figure hangs from, and the kinds of verbs that say nothing of what
happened to the things it counts (light, tallying and reporting verbs).

What is counted (``things.py``) and what was done (``deeds.py``) are read from this
verb; the doer, the deed and the place skip the kinds listed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers._words import TALLY_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.contract.model import Quantity

__all__ = ["LIGHT_VERBS", "SPEECH_VERBS", "TALLIES", "verb_of"]

#: Verbs that only say that someone counted ("turnstiles logged 131,400 visitors"): what
#: happened to the things counted, and who they belong to, is said elsewhere.
TALLIES = TALLY_VERBS
#: Verbs that say nothing about what happened to the people counted; the last five hold a
#: level within bounds ("has stayed between 8,000 and 9,500").
LIGHT_VERBS = TALLIES | frozenset(
    ["be", "have", "include", "remain", "number", "total", "reach", "say", "average", "amount",
     "stay", "hover", "range", "vary", "fluctuate"]
)  # fmt: skip
#: Verbs whose "in Geneva" places the speaker, not the figure.
SPEECH_VERBS = frozenset(
    ["say", "tell", "speak", "announce", "report", "add", "state", "brief", "write", "publish"]
)


def verb_of(doc: Doc, q: Quantity) -> Token | None:
    """The verb the figure (or the noun it counts) hangs from."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    noun: Token | None = None
    if q.counted is not None:
        ahead = doc[span.end : min(len(doc), span.end + 4)]
        noun = next((t for t in ahead if t.pos_ == "NOUN"), None)
        if noun is not None and any(t.is_punct for t in doc[span.end : noun.i]):
            noun = None  # "closed 11, taking its estate to ...": the noun of the next clause
        elif noun is not None and _modifier_read_as_verb(noun, span.end):
            noun = None  # "added 780,000 paying subscribers": the figure's own verb
    top = noun if noun is not None else span.root
    for _ in range(6):
        if (
            top.dep_
            in (
                "conj",
                "appos",
                "nummod",
                "compound",
                "pobj",
                "quantmod",
                "dobj",
                "nsubj",
                "nsubjpass",
                "prep",
                "attr",
                "npadvmod",
            )
            and top.head.i != top.i
            and top.head.pos_ not in ("VERB", "AUX")
        ):
            top = top.head
        else:
            break
    if top.head.pos_ in ("VERB", "AUX") and top.dep_ in (
        "nsubj",
        "nsubjpass",
        "dobj",
        "prep",
        "attr",
        "npadvmod",
        "pobj",
        "nummod",  # "closed 9": a bare object the parser hung as the verb's nummod
    ):
        return top.head
    if noun is not None:
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "penalty charge notices issued": the head noun's clause
        for child in noun.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                return child
    return None


def _modifier_read_as_verb(noun: Token, end: int) -> bool:
    """Whether the parse made a participle between a figure and its noun the noun's verb
    ("780,000 paying subscribers", "paying" xcomp with "subscribers" its object): the
    participle modifies the noun, and the clause's verb is the figure's."""
    head = noun.head
    return head.i == noun.i - 1 == end and head.tag_ in ("VBG", "VBN") and noun.dep_ == "dobj"
