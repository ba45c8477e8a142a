"""What a figure counts, read from its noun and its verb: "desertion" for deserters
and for soldiers who desert, "cancellation" for trains that were cancelled.

The thing is what ``same_thing`` compares; it is read here from the parse, with the
words of ``events.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers.findings._joining import joins_group, new_members
from claimscope.layers.findings._ledger.events import EVENT_OF, PEOPLE, PEOPLE_EVENT_VERBS
from claimscope.layers.findings._ledger.verbs import verb_of
from claimscope.layers.findings._lexicon import counts_vehicles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.contract.model import Quantity

__all__ = ["joined_event", "measured", "thing_of"]

#: Event verbs whose noun is another thing: "food scraps", "512 fires", "40 bears", "an
#: axe", "farm land", "a 1-1 draw", "convicts", "annual leave"; as a counted noun's head
#: they name no event ("case" is a case of anything).
_OTHER_NOUNS = frozenset(
    ("case", "scrap", "axe", "land", "draw", "host", "fire", "lay", "cross", "leave", "escape",
     "bear", "convict", "finish", "welcome")
)  # fmt: skip


def thing_of(doc: Doc, q: Quantity) -> str | None:
    """The event or object counted: "desertion" for deserters and for soldiers who desert."""
    if q.counted is None:
        return f"[{q.unit}]" if measured(q) else None
    words = q.counted.lower().split()
    head = words[-1]
    if words == ["time"]:
        return _times_of(doc, q) or "time"
    if head in EVENT_OF and head not in _OTHER_NOUNS:
        return EVENT_OF[head]
    if head in PEOPLE:
        if new_members(doc, q):
            return "hire"  # "welcomed 300 new members": people who joined, whatever the verb
        verb = verb_of(doc, q)
        lemma = str(verb.lemma_).lower() if verb is not None else None
        joined = joined_event(verb) if verb is not None else None
        if joined is not None:
            return joined
        if lemma in EVENT_OF:
            return EVENT_OF[lemma]
        if verb is not None and joins_group(verb):
            return "hire"  # "7,450 people have joined the party": an intake, as signing up
        particle = [str(c.lower_) for c in verb.children if c.dep_ == "prt"] if verb else []
        phrasal = " ".join([lemma or "", *particle])
        if phrasal in PEOPLE_EVENT_VERBS:  # "took in", another verb than "took"
            return PEOPLE_EVENT_VERBS[phrasal]
    if counts_vehicles(q.counted):
        return _vehicle_event(verb_of(doc, q)) or q.counted.lower()
    return q.counted.lower()


#: Events that vehicles and their runs undergo: "38 trains a day were cancelled".
_VEHICLE_EVENTS = frozenset(("cancellation", "crossing"))


def _vehicle_event(verb: Token | None) -> str | None:
    """The event a count of vehicles is told through: "cancelled 38 trains" and "19,400
    services were cancelled" count cancellations, "13,900 vessels had passed through the
    canal" passages (crossings, as "54 transits a day"). Only events of vehicles: "the
    port welcomed 214 ships" still counts ships."""
    if verb is None or (verb.i > 0 and verb.nbor(-1).text == "-"):
        return None  # "7,250 were part-cancelled": a prefix makes another deed
    lemma = str(verb.lemma_).lower()
    if lemma == "pass" and any(c.dep_ == "prep" and c.lower_ == "through" for c in verb.children):
        return "crossing"  # "passed through the waterway": a transit
    event = EVENT_OF.get(lemma)
    return event if event in _VEHICLE_EVENTS else None


def joined_event(verb: Token) -> str | None:
    """The event a verb names with a word it is joined to: "killed or injured 1,096
    people" counts casualties, "1,150 people crossed into Korvenia" arrivals (they entered
    it; a crossing alone may run either way)."""
    if _killed_or_injured(verb):
        return "casualty"
    if str(verb.lemma_).lower() == "cross" and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in verb.children
    ):
        return "arrival"
    return None


def _killed_or_injured(verb: Token) -> bool:
    """ "killed or injured 1,096 people", "killed and wounded": verbs of death and of injury
    joined by a conjunction count the casualties, the news word for both together."""
    pair = {verb, *(c for c in verb.children if c.dep_ == "conj")}
    if verb.dep_ == "conj":
        pair.add(verb.head)
    events = {EVENT_OF.get(str(v.lemma_).lower()) for v in pair}
    return {"death", "injury"} <= events


def _times_of(doc: Doc, q: Quantity) -> str | None:
    """ "was called out 164 times": a count of times counts the verb's events, as "164
    call-outs" would ("call out", the verb with its particle)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    if tok.pos_ != "VERB":
        return None
    particle = [str(c.lower_) for c in tok.children if c.dep_ == "prt"]
    return " ".join([str(tok.lemma_).lower(), *particle])


def measured(q: Quantity) -> bool:
    return q.unit is not None and q.unit not in ("percent", "fraction", "percentage point")
