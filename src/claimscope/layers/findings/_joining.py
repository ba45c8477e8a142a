"""People who join a group, told by the verb or by the noun: "7,450 people have joined
the party" and "300 new members every week" count one intake, as "11,000 people signed
up" and "recruited 9,400 new members" do. The ledger reads them all as the "hire" event
(people taken on by a group), so a rate of new members meets a total of those who joined.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.contract.model import Quantity

__all__ = ["joins_group", "new_members"]

#: Nouns for a body people join as members: "joined the party", "joined the union". An
#: action or gathering joined ("joined the strike", "joined the march") is no intake.
_GROUP_NOUNS = frozenset(
    (
        "party",
        "union",
        "club",
        "society",
        "association",
        "organisation",
        "organization",
        "movement",
        "league",
        "federation",
        "guild",
        "cooperative",
        "co-operative",
        "church",
        "army",
        "navy",
        "force",
        "scheme",
        "programme",
        "program",
        "register",
        "network",
        "platform",
        "service",
        "ranks",
        "workforce",
        "staff",
    )
)

#: Nouns for the members a group counts: "new members", "new subscribers".
_MEMBER_NOUNS = frozenset(("member", "members", "subscriber", "subscribers"))


def joins_group(verb: Token) -> bool:
    """Whether a verb says its people joined a group as members: "join" with a proper noun
    ("joined the CRP") or a group's noun ("joined the union") as its object."""
    if str(verb.lemma_).lower() != "join":
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.pos_ == "PROPN" or obj.ent_type_ == "ORG":
            return True
        return str(obj.lemma_).lower() in _GROUP_NOUNS or obj.lower_ in _GROUP_NOUNS
    return False


def new_members(doc: Doc, q: Quantity) -> bool:
    """Whether a figure counts "new members" (or subscribers): people who have joined, as
    the verb that welcomed, gained or recruited them says in other words."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc):
        return False
    first, second = doc[span.end], doc[span.end + 1]
    return first.lower_ == "new" and second.lower_ in _MEMBER_NOUNS
