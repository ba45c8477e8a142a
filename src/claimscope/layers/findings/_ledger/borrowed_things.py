"""Bare figures that count what a figure told before them counts.

"In March it issued 14,800", "6,100 of them", "In 2023 the figure was 84": such a
figure names no thing of its own; these passes, run over the whole ledger once it is
built, give it the thing of the figure it points back at, or mark a measure whose
thing the article leaves open.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimscope.layers._words import TALLY_VERBS
from claimscope.layers.findings._ledger.entry import Entry
from claimscope.layers.findings._ledger.things import thing_of
from claimscope.layers.findings._lexicon import canonical

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.contract.model import Quantity

__all__ = [
    "borrow_things",
    "partitive_things",
    "the_figure_was",
    "the_n_figure",
    "unnamed_measures",
]

#: "148,000 of them", "about 40 of those": a figure that counts a group named before.
_OF_THEM = re.compile(r"\s+of (?:them|those)\b", re.I)


def partitive_things(doc: Doc, text: str, entries: list[Entry]) -> list[Entry]:
    """ "Drivers were issued 5,200 penalty notices. Appeals were lodged against 6,100 of
    them": a bare figure "of them" that opens its sentence's figures counts what the
    sentence before counted; with no count there ("Cruise visitors have been arriving in
    larger numbers. ... 148,000 of them came through"), its plural noun subject (a figure
    after another in its own sentence is a part of that one, left to the part checks).
    When the sentence before counts a group big enough to hold the figure ("our
    volunteers knocked on 1,240 doors. At 410 of them, ..."), "them" is that counted
    group, wherever the parse hangs it: a partitive divides a set the writer has counted,
    and a group smaller than the part ("in the four eastern wards") cannot be it."""
    out = []
    for e in entries:
        if (
            e.q.counted is None
            and e.q.unit is None
            and _OF_THEM.match(text, e.q.end) is not None
            and not any(p.sent == e.sent and p.q.end <= e.q.start for p in entries)
        ):
            held = _holding_count(entries, e)
            if held is not None:
                out.append(held)
                continue
            counted = _previous_count(doc, entries, e)
            noun = None if _they_before(doc, e.q) else _previous_subject(doc, e.q.start)
            if counted is not e:
                e = counted  # "were issued 5,200 notices. Appeals ... 6,100 of them"
            elif noun is not None:
                q = e.q.model_copy(update={"counted": noun})
                e = replace(e, q=q, thing=thing_of(doc, q))
        out.append(e)
    return out


def _holding_count(entries: list[Entry], e: Entry) -> Entry | None:
    """``e`` counting the one thing the sentence before counts in groups big enough to
    hold it ("1,240 doors" for "410 of them"), or None when no such count or several
    things are counted."""
    before = [
        p
        for p in entries
        if p.sent == e.sent - 1
        and p.q.unit is None
        and p.q.counted is not None
        and not p.is_rate
        and p.iv.hi >= e.iv.lo
    ]
    things = {p.thing for p in before}
    if len(things) != 1 or None in things:
        return None
    told = before[0]
    return replace(e, thing=told.thing, q=e.q.model_copy(update={"counted": told.q.counted}))


def _previous_count(doc: Doc, entries: list[Entry], e: Entry) -> Entry:
    """ "The survey checked 2,600 wells across 31 districts. It found 1,420 of them dry":
    with no plural subject before it, a figure "of them" counts what the sentence before
    counted as its main verb's subject or object, when those count one thing (the
    districts, in a prepositional phrase, only say where)."""
    before = [
        p for p in entries if p.sent == e.sent - 1 and p.q.unit is None and _core_argument(doc, p.q)
    ]
    things = {p.thing for p in before}
    if len(things) != 1 or None in things:
        return e
    told = before[0]
    return replace(e, thing=told.thing, q=e.q.model_copy(update={"counted": told.q.counted}))


def _they_before(doc: Doc, q: Quantity) -> bool:
    """ "Inspectors checked 1,200 bridges. They found 300 of them unsafe": a subject "they"
    before the figure takes the previous subject, so "them" is something else."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lower_ == "they" and t.dep_ == "nsubj" for t in doc[span.sent.start : span.start])


def _core_argument(doc: Doc, q: Quantity) -> bool:
    """Whether the figure (or the noun it counts) is the subject or object of its
    sentence's main verb: "The survey checked 2,600 wells"."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root.head if span.root.dep_ == "nummod" else span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "checked 1,200 bridges and 400 tunnels": both objects
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.i == span.sent.root.i


def _previous_subject(doc: Doc, start: int) -> str | None:
    """The plural noun subject of the sentence before the one at ``start``, with its
    modifiers ("cruise visitor")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.sent.start == 0:
        return None
    before = doc[span.sent.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNS":
        return None
    mods = [str(c.lemma_).lower() for c in subject.lefts if c.dep_ in ("compound", "amod")]
    return " ".join([*mods, str(subject.lemma_).lower()])


def unnamed_measures(entries: list[Entry]) -> list[Entry]:
    """Mark measures with no noun in a unit the article uses for two or more named things
    ("98,400 tonnes of copper cathode", "410,000 tonnes of concentrate", "First-half output
    reached 187,900 tonnes"): such a figure is not taken to measure any one of them."""
    named: dict[str, set[str]] = {}
    for e in entries:
        if e.q.unit is not None and e.q.counted:
            named.setdefault(e.q.unit, set()).add(canonical(e.q.counted).split()[-1])
    return [
        replace(e, unnamed=True)
        if e.q.counted is None and e.q.unit is not None and len(named.get(e.q.unit, ())) > 1
        else e
        for e in entries
    ]


def borrow_things(
    doc: Doc, text: str, entries: list[Entry], verbs: list[Token | None]
) -> list[Entry]:
    """ "The council issues 9,000 to 11,000 parking fines a month. In March it issued
    14,800": a bare count that is the object of a verb (or the subject of its passive:
    "In March alone, 21,400 were granted") counts what that verb's other figures in the
    article count, when they all count one thing and none of the verb's figures count
    anything else."""
    things: dict[str, set[str]] = {}
    for e, verb in zip(entries, verbs, strict=True):
        if e.thing is None or e.q.unit is not None:
            continue
        span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
        heads = {verb} if verb is not None else set()
        root = span.sent.root if span is not None else None
        if (
            span is not None
            and root is not None
            and root.pos_ == "NOUN"
            and root.i < span.start
            and _CLAUSE_END.search(text, root.idx, e.q.start) is None
        ):
            heads.add(root)  # "The council issues ... fines", a verb the parse read as a noun
        for head in heads:
            things.setdefault(str(head.lemma_).lower(), set()).add(e.thing)
    out = []
    for e, verb in zip(entries, verbs, strict=True):
        if e.thing is None and e.q.unit is None and verb is not None and _object_of(doc, e, verb):
            found = things.get(str(verb.lemma_).lower(), set())
            if not found:
                found = _antecedent_things(doc, entries, e, verb)
            if len(found) == 1:
                e = replace(e, thing=next(iter(found)))
        out.append(e)
    return out


#: "In 2023 the figure was 84", "the total stood at 312": a bare figure given as the
#: value of a generic noun that points back at the count just told.
_GENERIC_WAS = re.compile(
    r"\bthe (?:figure|number|total|tally|count|equivalent figure|comparable figure) "
    r"(?:was|is|had been|stood at|came to|reached)\s+(?:about |some |around |nearly |almost )?$",
    re.I,
)


def the_figure_was(doc: Doc, text: str, entries: list[Entry]) -> list[Entry]:
    """ "Officials confirmed 121 cases of measles in 2024. In 2023 the figure was 84", "...
    That is down from 2,480 in 2023": the bare figure counts what the sentence before (or
    its own, earlier) counted, when those figures count one thing."""
    out = []
    for e in entries:
        if (
            e.thing is None
            and e.q.unit is None
            and (
                _GENERIC_WAS.search(text, max(0, e.q.start - 60), e.q.start)
                or _compared_with_that(doc, e.q)
            )
        ):
            before = [
                p
                for p in entries
                if p.sent in (e.sent - 1, e.sent) and p.q.end <= e.q.start and p.q.unit is None
            ]
            things = {p.thing for p in before}
            if len(things) == 1 and None not in things:
                told = before[-1]
                e = replace(
                    e, thing=told.thing, q=e.q.model_copy(update={"counted": told.q.counted})
                )
        out.append(e)
    return out


def the_n_figure(entries: list[Entry]) -> list[Entry]:
    """ "... in which 297 people were hurt. The 297 figure represents a rise": a figure
    named only as a figure ("the 297 figure", "that 1.2 million total") restates the
    figure of the same value told just before, and counts what it counts."""
    out = []
    for k, e in enumerate(entries):
        head = (e.q.counted or "").split()[-1:] if e.q.counted else []
        if e.q.unit is None and head and head[0] in _POINTING_NOUNS:
            told = next(
                (
                    p
                    for p in reversed(entries[:k])
                    if 0 <= e.sent - p.sent <= 2
                    and p.q.unit is None
                    and p.q.value == e.q.value
                    and p.thing is not None
                    and (p.q.counted or "").split()[-1:] != head
                ),
                None,
            )
            if told is not None:
                e = replace(
                    e, thing=told.thing, q=e.q.model_copy(update={"counted": told.q.counted})
                )
        out.append(e)
    return out


#: Prepositions that set a figure against another one: "down from", "compares with".
_COMPARING = frozenset(("from", "with", "than", "against", "on"))
#: Subjects that point back at the figure just told: "That is down from 2,480".
_POINTING = frozenset(("that", "this"))
_POINTING_NOUNS = frozenset(("figure", "number", "total", "tally", "count"))


def _compared_with_that(doc: Doc, q: Quantity) -> bool:
    """ "2,150 homes were granted permission. That is down from 2,480 in 2023", "This
    compares with 410 a year earlier": a bare figure set against the figure just told
    (its clause's subject is "that", "this" or "the figure") through a comparing
    preposition counts what that figure counted; the subject names nothing else."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in _COMPARING:
        return False
    tok = span.root.head
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        if tok.dep_ not in ("prep", "advmod", "acomp"):
            return False
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in _POINTING:
        return True
    return str(subj.lemma_).lower() in _POINTING_NOUNS and not any(
        c.dep_ in ("compound", "amod", "poss") for c in subj.children
    )  # "the figure", not "passenger numbers" (which names its own thing)


#: Verbs that tally what a doer already does without naming it again ("In May it handled
#: 75", "it recorded 900"): only after them does a bare figure borrow the earlier thing.
_TALLY_VERBS = frozenset(
    (
        "record",
        "log",
        "handle",
        "process",
        "manage",
        "reach",
        "hit",
        "see",
        "register",
        "post",
        "count",
    )
)


def _antecedent_things(doc: Doc, entries: list[Entry], e: Entry, verb: Token) -> set[str]:
    """ "The depot repairs 40 to 60 buses a month. In May it handled 75": a bare object of a
    tallying verb whose subject is "it" or "they" counts what the sentence just before
    counted, when that sentence's subject agrees with the pronoun in number and all its
    figures count one thing. The sentence before is the nearest one, at most five back,
    that holds counts ("The museum welcomed 84,000 visitors ... Paulo Anders said the hall
    had drawn families ... In March it counted 91,500"): sentences without a count in
    between tell no other count the figure could go on from. A verb that only says that
    someone counted ("clinics across the basin logged 2,060") names its counters, never
    what they counted, so with a noun subject it too goes on from that count."""
    lemma = str(verb.lemma_).lower()
    giving = lemma in _GIVING_OUT
    if lemma not in _TALLY_VERBS and not giving:
        return set()  # "it delivers parcels ... it received 900": another verb, another thing
    # the subject nearest the verb: "In the week to April 6, the most recent ..., clinics
    # logged 2,060", where the parse also hangs the aside's "recent" as a subject
    pronoun = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    counters = (
        pronoun is not None and pronoun.pos_ == "NOUN" and str(verb.lemma_).lower() in TALLY_VERBS
    )
    if pronoun is None or (pronoun.lower_ not in ("it", "they") and not counters):
        return set()
    told = [p.sent for p in entries if e.sent - 5 <= p.sent < e.sent and p.q.unit is None]
    earlier = [p for p in entries if told and p.sent == max(told) and p.q.unit is None]
    if not earlier or any(p.thing is None for p in earlier):
        return set()
    if giving and not all(p.deed in _GIVING_OUT for p in earlier):
        return set()  # "handed out 310 parcels ... it had distributed 5,100": one deed
    if counters:
        return {p.thing for p in earlier if p.thing is not None}
    span = doc.char_span(earlier[0].q.start, earlier[0].q.end, alignment_mode="expand")
    if span is None:
        return set()
    root = span.sent.root
    subject = next(  # "compound"/"amod": the small parser's misreadings of "Volunteers
        # plant", "The depot repairs" (a verb read as a noun, its subject as a modifier)
        (
            c
            for c in root.lefts
            if c.dep_ in ("nsubj", "nsubjpass", "compound", "amod")
            and c.pos_ in ("NOUN", "PROPN", "ADJ")
        ),
        None,
    )
    if subject is None:
        return set()
    plural = subject.tag_ in ("NNS", "NNPS")
    if plural != (pronoun.lower_ == "they"):
        return set()
    return {p.thing for p in earlier if p.thing is not None}


_CLAUSE_END = re.compile(r"[;,]|\b(?:while|whilst|whereas|but|although|though)\b", re.I)
#: Verbs of handing things out, one deed in several words ("handed out", "distributed").
_GIVING_OUT = frozenset(("hand", "distribute", "give", "dispense", "deliver", "supply"))


def _object_of(doc: Doc, e: Entry, verb: Token) -> bool:
    """Whether the figure itself (no noun after it) is the verb's direct object, or its
    passive subject ("In March, 21,400 were granted": what was granted, as the object of
    the active verb)."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None or span.root.head.i != verb.i or span.root.dep_ not in ("dobj", "nsubjpass"):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN")
