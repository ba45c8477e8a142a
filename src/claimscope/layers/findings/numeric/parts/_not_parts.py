"""Pairs that are not part and whole, whatever their sizes: a level no part adds up to,
the two ends of a change, figures said of different places, a measure with no noun, a
flow against a count with no deed, a whole narrowed after its noun. Apart because each
holds a pair back that nothing in the text marks as partitive.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings._lexicon import singular
from claimscope.layers.findings.numeric._pairing import flow_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def other_flow(part: Entry, whole: Entry) -> bool:
    """Whether one count of things is a flow ("closed 11 shops", "hired 40 staff") and the
    other, in another sentence, has no deed at all: a count of shops may be the estate,
    the openings or the closures, so a month's new shops are no part of the quarter's
    closures. In one sentence a figure with no verb of its own shares the one before it
    ("recruited 5,400 members, including 6,100 in March"), and a bare tally ("In March it
    counted 91,500") counts the flow of the figure it took its thing from."""
    if part.sent == whole.sent or part.q.unit is not None or whole.q.unit is not None:
        return False  # an amount in a period ("exported $3.9bn") is a flow whatever its verb
    if any(e.q.counted is None and e.thing is not None for e in (part, whole)):
        return False  # "In March it counted 91,500": a bare tally that took its thing from
        # the count told before it counts that count's flow
    done_p, done_w = part.action or part.deed, whole.action or whole.deed
    # a deed in other words ("shipped" and "exported") may be the same flow
    return (done_p is None and flow_verb(done_w)) or (done_w is None and flow_verb(done_p))


def one_unnamed(part: Entry, whole: Entry) -> bool:
    """A measure with no noun against a named one, in an article that names several things
    in that unit: held together by their periods alone, they need not be one thing."""
    return (part.unnamed and whole.q.counted is not None) or (
        whole.unnamed and part.q.counted is not None
    )


_NARROWING = frozenset(("under", "over", "below", "above", "aged", "between", "from", "who"))


def narrowed(doc: Doc, whole: Entry) -> bool:
    """ "the 140 holders under 35" after "620 plot holders": a whole whose noun is narrowed
    after it (an age, a relative clause) is a subgroup itself, so a count of a noun with
    more modifiers before it need not belong to it."""
    span = doc.char_span(whole.q.start, whole.q.end, alignment_mode="expand")
    if span is None:
        return False
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    return any(
        c.i > noun.i
        and (c.dep_ in ("relcl", "acl") or (c.dep_ in ("prep", "amod") and c.lower_ in _NARROWING))
        for c in noun.children
    )


def level(e: Entry) -> bool:
    """An average or an intensive measure (a concentration, a temperature, a speed): a
    level, which no part adds up to, so no part can exceed it."""
    unit = e.q.unit or ""
    head = singular((e.q.counted or "").lower().split()[-1]) if e.q.counted else ""
    return e.scope.average or "/" in unit or unit in _INTENSIVE or head in _INTENSIVE


#: Units of a level; as counted nouns too ("hourly readings reached 112 micrograms").
_INTENSIVE = frozenset(
    (
        "celsius",
        "fahrenheit",
        "km/h",
        "mph",
        "knot",
        "microgram",
        "mg",
        "ppm",
        "ppb",
        "decibel",
        "milligram",
        "nanogram",
    )
)


#: "from 180 million tonnes to 88 million": a figure that starts or ends a change.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about |around |some |nearly |almost )?\Z", re.I)
_TO_AFTER = re.compile(r"[^.;:\d]{0,30}?\bto\s+(?:about |around |some )?[£$€]?\d", re.I)
_TO_BEFORE = re.compile(r"\bfrom\s+[£$€]?\d[^.;:]{0,40}?\bto\s+(?:about |around |some )?\Z", re.I)


def change_end(text: str, e: Entry) -> bool:
    """Whether the figure is one end of a change "from X to Y": a level at the start or the
    end of the span the change runs over, which the figure's period then names; no total
    over that span, so no whole a part of the span could exceed, nor such a part."""
    before = text[max(0, e.q.start - 60) : e.q.start]
    if _FROM_BEFORE.search(before):
        return _TO_AFTER.match(text, e.q.end) is not None
    return _TO_BEFORE.search(before) is not None


def other_place_said(doc: Doc, part: Entry, whole: Entry) -> bool:
    """Whether the two figures' sentences are about different things, one of them a named
    place ("Italy ... has seen", "the islands received"): held together by their periods
    alone, a place's figure is no part of another's total."""
    if part.sent == whole.sent:
        return False
    subjects = [_sentence_subject(doc, e) for e in (part, whole)]
    if any(s is None for s in subjects):
        return False
    sp, sw = (s for s in subjects if s is not None)
    if str(sp.lemma_).lower() == str(sw.lemma_).lower():
        return False
    return "GPE" in (sp.ent_type_, sw.ent_type_)


def _sentence_subject(doc: Doc, e: Entry) -> Token | None:
    """The subject of the main verb of the figure's sentence, unless a pronoun."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subj is None or subj.pos_ == "PRON" else subj
