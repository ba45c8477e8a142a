"""The ledger as the numeric checks see it: each figure with its interval, thing, place and time.

"The same thing" is decided here. Two figures count the same thing when their
counted nouns share a head and their modifiers do not clash, or when both count
people doing the same thing: "soldiers abandoning their posts" and "deserters" both
count desertions, through a small lexicon of news events.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from claimscope.contract.model import Period, Quantity
from claimscope.layers._quantities.counted_nouns import multiplier_at
from claimscope.layers._quantities.rates import TIME_NOUNS, per_other_unit
from claimscope.layers._quantities.units import CURRENCY_WORDS
from claimscope.layers._words import LEVEL_PREPS, LEVEL_VERBS, SUBSET_ASIDE, TALLY_VERBS
from claimscope.layers.findings._intervals import Interval, interval_of
from claimscope.layers.findings._joining import joins_group, new_members
from claimscope.layers.findings._lexicon import (
    VEHICLE_GENERIC,
    canonical,
    counts_people,
    counts_vehicles,
    elided,
    place_name,
)
from claimscope.layers.findings._scope import Scope, noun_lemma, scope_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimscope.layers.base import Draft

__all__ = [
    "EVENTS",
    "PEOPLE",
    "Entry",
    "Span3",
    "build_ledger",
    "doc_text",
    "event_words",
    "month_name",
    "months_between",
    "named_event",
    "parse_date",
    "same_thing",
    "unit_dimension",
]

#: Verbs and nouns of one kind of news event share a key.
_EVENTS: dict[str, tuple[str, ...]] = {
    "desertion": ("desert", "deserter", "desertion", "abandon", "awol", "defect", "defector"),
    "death": ("die", "death", "kill", "fatality", "dead", "killing", "perish"),
    #: the killed and the injured together: "casualties", "killed or injured 1,096 people"
    "casualty": ("casualty",),
    "injury": ("injure", "injury", "wound", "hurt", "injured", "wounded"),
    "arrest": ("arrest", "detain", "detention", "arrestee", "detainee"),
    "displacement": (
        "displace",
        "evacuate",
        "evacuee",
        "flee",
        "displaced",
        "refugee",
        "leave",
        "escape",
    ),
    "infection": ("infect", "infection", "case"),
    "hire": ("hire", "recruit", "recruitment", "enlist", "conscript"),
    "job loss": ("lay", "layoff", "fire", "redundancy", "dismiss"),
    "vote": ("vote", "voter", "ballot"),
    "arrival": (
        "arrive",
        "arrival",
        # people who land somewhere have arrived there ("29,300 people landed on the
        # island"); only people count as arrivals (see _PEOPLE_ONLY_EVENTS)
        "land",
        "landing",
        "welcome",
        "visit",
        "visitor",
        "come",
        "enter",
        "host",
        "attract",
        "draw",
    ),
    "birth": ("bear", "birth"),
    "removal": ("deport", "deportation", "deportee", "remove", "removal", "expel", "expulsion"),
    "application": ("apply", "application", "applicant", "claim", "claimant"),
    "admission": (
        "admit",
        "admission",
        "hospitalise",
        "hospitalize",
        "hospitalisation",
        "hospitalization",
    ),
    "cancellation": ("cancel", "cancellation", "scrap", "axe"),
    "conviction": ("convict", "conviction", "sentence"),
    "vaccination": (
        "vaccinate",
        "vaccination",
        "immunise",
        "immunize",
        "immunisation",
        "immunization",
        "inoculate",
        "inoculation",
        "jab",
    ),
    "crossing": ("cross", "crossing", "transit"),
    "rescue": ("rescue",),
    "completion": ("finish", "finisher", "complete"),
    "complaint": ("complain", "complaint", "complainant"),
    "protest": ("protest", "protester", "protestor", "demonstrate", "demonstrator"),
    "donation": ("donate", "donation", "donor"),
    "enrolment": ("enrol", "enroll", "enrolment", "enrollment"),
}
EVENTS = frozenset(_EVENTS)
#: Event verbs whose noun is another thing: "food scraps", "512 fires", "40 bears", "an
#: axe", "farm land", "a 1-1 draw", "convicts", "annual leave"; as a counted noun's head
#: they name no event ("case" is a case of anything).
_OTHER_NOUNS = frozenset(
    ("case", "scrap", "axe", "land", "draw", "host", "fire", "lay", "cross", "leave", "escape",
     "bear", "convict", "finish", "welcome")
)  # fmt: skip
_EVENT_OF = {word: key for key, words in _EVENTS.items() for word in words}
#: Verbs that name an event only when people are what they count ("3,400 people were
#: held" is detention; "the reservoir held 141 billion litres" is not).
_PEOPLE_EVENT_VERBS = {
    "hold": "arrest",
    "jail": "arrest",
    "imprison": "arrest",
    #: "the centre took in 310 prisoners a week": an intake of people is their arrival
    "take in": "arrival",
    #: "11,000 people signed up": people who sign up enlist, as recruits are hired
    "sign up": "hire",
    #: "added 780,000 subscribers", "added 1,100 people in eight months": people added to
    #: a group have joined it, as those signed up or taken on
    "add": "hire",
}
_PEOPLE = frozenset(
    [
        "soldier",
        "people",
        "person",
        "troop",
        "man",
        "woman",
        "child",
        "civilian",
        "resident",
        "worker",
        "employee",
        "member",
        "serviceman",
        "servicemen",
        "individual",
        "citizen",
        "migrant",
        "patient",
        "student",
        "officer",
        "fighter",
        "recruit",
        "conscript",
        "personnel",
        "staff",
        "family",
        "household",
        "visitor",
        "passenger",
        "tourist",
        "fan",
        "customer",
        "user",
        "subscriber",
        "runner",
        "player",
        "athlete",
        "pupil",
        "voter",
        "reservist",
        "driver",
        "prisoner",
        "inmate",
        "offender",
        "suspect",
        "defendant",
        "victim",
        "participant",
        "spectator",
        "attendee",
        "volunteer",
        "pensioner",
        "adult",
        "boy",
        "girl",
        "teenager",
        "guest",
        "shopper",
        "tenant",
        "commuter",
        "pilgrim",
        "survivor",
        "competitor",
        "entrant",
    ]
)
#: Nouns that count people.
PEOPLE = _PEOPLE
#: Verbs that only say that someone counted ("turnstiles logged 131,400 visitors"): what
#: happened to the things counted, and who they belong to, is said elsewhere.
_TALLIES = TALLY_VERBS
#: Verbs that say nothing about what happened to the people counted; the last five hold a
#: level within bounds ("has stayed between 8,000 and 9,500").
_LIGHT_VERBS = _TALLIES | frozenset(
    ["be", "have", "include", "remain", "number", "total", "reach", "say", "average", "amount",
     "stay", "hover", "range", "vary", "fluctuate"]
)  # fmt: skip
#: Verbs whose "in Geneva" places the speaker, not the figure.
_SPEECH_VERBS = frozenset(
    ["say", "tell", "speak", "announce", "report", "add", "state", "brief", "write", "publish"]
)
#: Units of physical measure (not currencies, shares or counts of time): the unit itself
#: says much of what is measured.
_PHYSICAL = re.compile(r"^(?![A-Z]{3}(?:-cent)?$)(?!percent|fraction|percentage point)\S.*$")
_ISO = re.compile(r"^(?:(\d{4})|-)-(\d\d)-(\d\d)$")


@dataclass(frozen=True)
class Span3:
    """A date with an optional year (``--10-31`` has none)."""

    year: int | None
    month: int
    day: int


#: Units of readings on a scale whose zero is arbitrary (temperatures): no sum, share or
#: ratio of them means anything, and "a day" gives each day's reading, not a flow.
SCALE_READINGS = frozenset(("celsius", "fahrenheit"))


@dataclass(frozen=True)
class Entry:
    """One figure as the checks see it."""

    q: Quantity
    iv: Interval
    thing: str | None
    action: str | None
    subject: str | None
    place: frozenset[str]
    sent: int
    start: Span3 | None
    end: Span3 | None
    open_end: bool
    #: Lower-cased words and lemmas of the figure's sentence ("nurses at the clinic").
    words: frozenset[str] = frozenset()
    #: Doer, names, mood and distributive noun from the parse (see ``_scope.py``).
    scope: Scope = field(default_factory=Scope)
    #: Lemmas the article joins to ``subject`` in a compound ("tram" for "network" when
    #: it writes "the tram network"): parts and wholes of one doer.
    kin: frozenset[str] = frozenset()
    #: The figure sizes a gap between two others ("a shortfall of 780", "780 short of
    #: the target"): it counts no thing of its own, so it is no part, whole or total.
    gap: bool = False
    #: The figure's verb is in a past tense ("averaged", "had recorded"): a rate so told
    #: with no period of its own describes some past stretch, not a standing habit.
    past: bool = False
    #: The lemma of the verb the figure hangs from, whatever it counts ("issue" for
    #: "wardens issued 6,100 tickets" and for "4,850 notices issued"), unless a light or
    #: reporting verb.
    deed: str | None = None
    #: A measure with no noun ("output reached 187,900 tonnes") in an article that measures
    #: several named things in that unit (cathode, concentrate, acid): which one is unknown.
    unnamed: bool = False
    #: What each of the things counted was granted, when a bare singular noun ("2,150
    #: homes were granted planning permission"): the figure counts those grants too.
    granted: str | None = None

    @property
    def is_rate(self) -> bool:
        return self.q.per is not None

    @property
    def bare(self) -> bool:
        """A count or an amount: no share, and no reading on a scale without a zero of
        its own (a temperature), which nothing adds up to or divides."""
        return self.q.unit not in ("percent", "fraction", "percentage point", *SCALE_READINGS)


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once: spaCy builds ``Doc.text`` anew from every token on each
    access, which checks that read it per figure would pay again and again."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


_TEXT_KEY = "claimscope.findings.text"


def same_thing(a: Entry, b: Entry) -> bool:
    """Whether two figures may count the same thing.

    Equal things match; otherwise the counted nouns must share their head, and the
    modifiers of one must be a subset of the other's ("dock worker" and "worker" match
    when nothing else contradicts it, "dock worker" and "steel worker" do not). An event
    read from a verb ("migrants ... arrived") matches its bare noun ("650 migrants"), but
    two different events never match.
    """
    if a.thing is None or b.thing is None:
        return False
    if a.granted is not None and _same_thing(_as_granted(a), b):
        return True  # "2,150 homes were granted planning permission" and "permissions"
    if b.granted is not None and _same_thing(a, _as_granted(b)):
        return True
    return _same_thing(a, b)


def _as_granted(e: Entry) -> Entry:
    """The figure read as a count of what each of its things was granted."""
    q = e.q.model_copy(update={"counted": e.granted})
    return replace(e, q=q, thing=e.granted, granted=None)


def _same_thing(a: Entry, b: Entry) -> bool:
    """``same_thing`` on the figures' own nouns."""
    if a.thing is None or b.thing is None:
        return False
    if a.thing == b.thing:
        return a.thing not in _EVENTS or not _doers_differ(a, b)
    ev_a, ev_b = a.thing in _EVENTS, b.thing in _EVENTS
    if ev_a and ev_b:
        return False
    ca = canonical(a.q.counted or "").split()
    cb = canonical(b.q.counted or "").split()
    if (
        a.q.unit == b.q.unit
        and a.q.unit is not None
        and _PHYSICAL.match(a.q.unit)
        and (not ca or not cb)
        and not (ev_a or ev_b)
    ):
        return True  # "310 gigawatt hours" and "45 gigawatt hours of electricity"
    if ca and cb and (elided(" ".join(ca), " ".join(cb)) or elided(" ".join(cb), " ".join(ca))):
        return True  # "3,200 asylum claims" and "3,650 applications"
    if ca and cb and _generic_vehicle(ca, cb):
        return True  # "1,150 trains", "between 180 and 240 of those services"
    if not ca or not cb or ca[-1] != cb[-1]:
        return False
    ma, mb = set(ca[:-1]), set(cb[:-1])
    return ma <= mb or mb <= ma


def _generic_vehicle(ca: list[str], cb: list[str]) -> bool:
    """A bare generic vehicle noun ("services", "vehicles") against a named kind of vehicle
    ("trains", "buses"): the generic is how reporters count that kind again."""
    for bare, named in ((ca, cb), (cb, ca)):
        if len(bare) == 1 and bare[0] in VEHICLE_GENERIC and counts_vehicles(" ".join(named)):
            return named[-1] not in VEHICLE_GENERIC
    return False


def _doers_differ(a: Entry, b: Entry) -> bool:
    """Whether two counts of one event count different kinds of things: trains and flights
    both cancelled, vessels and people both crossing. A generic noun ("services",
    "vessels") or the event's own noun ("transits") names no other kind."""
    ha, hb = (canonical(e.q.counted or "").split()[-1:] for e in (a, b))
    if not ha or not hb or ha == hb:
        return False
    if counts_vehicles(a.q.counted) and counts_vehicles(b.q.counted):
        return not (ha[0] in VEHICLE_GENERIC or hb[0] in VEHICLE_GENERIC)
    return (counts_vehicles(a.q.counted) and counts_people(b.q.counted)) or (
        counts_people(a.q.counted) and counts_vehicles(b.q.counted)
    )


def event_words(lemma: str) -> frozenset[str]:
    """The words of the news event a verb or noun names ("die", "dead", "death" for
    "kill"), empty when it names none: "those killed" are the ones a figure of the dead
    counts, in whatever word the article gave them."""
    key = _EVENT_OF.get(lemma.lower())
    return frozenset(_EVENTS[key]) if key is not None else frozenset()


def named_event(e: Entry) -> bool:
    """Whether the figure's event is named by its own noun for the people it counts
    ("140 recruits", "3,000 voters"), not by a verb ("migrants ... arrived"): such a
    figure still counts a group of people, which a generic "people" may name again."""
    words = (e.q.counted or "").lower().split()
    return bool(words) and words[-1] in _PEOPLE and _EVENT_OF.get(words[-1]) == e.thing


def parse_date(raw: str | None) -> Span3 | None:
    """An ISO date of a period end (``2024-03-01``, or ``--03-01`` without a year)."""
    if not raw:
        return None
    m = _ISO.match(raw)
    if m is None:
        return None
    return Span3(int(m.group(1)) if m.group(1) else None, int(m.group(2)), int(m.group(3)))


def as_date(d: Span3) -> date:
    return date(d.year or 2001, d.month, d.day)


def month_name(d: Span3) -> str:
    name = calendar.month_name[d.month]
    return name if d.year is None else f"{name} {d.year}"


def months_between(a: Span3, b: Span3) -> float | None:
    """Length in months of [a, b], counting whole calendar months when they are whole."""
    if (a.year is None) != (b.year is None):
        return None
    ya, yb = a.year or 2001, b.year or 2001
    whole = (yb - ya) * 12 + b.month - a.month
    last = calendar.monthrange(yb, b.month)[1]
    return whole + b.day / last - (a.day - 1) / calendar.monthrange(ya, a.month)[1]


def _thing(doc: Doc, q: Quantity) -> str | None:
    """The event or object counted: "desertion" for deserters and for soldiers who desert."""
    if q.counted is None:
        return f"[{q.unit}]" if _measured(q) else None
    words = q.counted.lower().split()
    head = words[-1]
    if words == ["time"]:
        return _times_of(doc, q) or "time"
    if head in _EVENT_OF and head not in _OTHER_NOUNS:
        return _EVENT_OF[head]
    if head in _PEOPLE:
        if new_members(doc, q):
            return "hire"  # "welcomed 300 new members": people who joined, whatever the verb
        verb = _verb_of(doc, q)
        lemma = str(verb.lemma_).lower() if verb is not None else None
        joined = _joined_event(verb) if verb is not None else None
        if joined is not None:
            return joined
        if lemma in _EVENT_OF:
            return _EVENT_OF[lemma]
        if verb is not None and joins_group(verb):
            return "hire"  # "7,450 people have joined the party": an intake, as signing up
        particle = [str(c.lower_) for c in verb.children if c.dep_ == "prt"] if verb else []
        phrasal = " ".join([lemma or "", *particle])
        if phrasal in _PEOPLE_EVENT_VERBS:  # "took in", another verb than "took"
            return _PEOPLE_EVENT_VERBS[phrasal]
    if counts_vehicles(q.counted):
        return _vehicle_event(_verb_of(doc, q)) or q.counted.lower()
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
    event = _EVENT_OF.get(lemma)
    return event if event in _VEHICLE_EVENTS else None


def _joined_event(verb: Token) -> str | None:
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
    events = {_EVENT_OF.get(str(v.lemma_).lower()) for v in pair}
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


def _action(doc: Doc, q: Quantity, verb: Token | None) -> str | None:
    """What the people counted did or underwent ("admit", "discharge"), or what produced an
    amount ("generate", "spend"), when the parse says."""
    if verb is None:
        return None
    people = q.counted is not None and q.counted.lower().split()[-1] in _PEOPLE
    if not people and not (q.counted is None and _measured(q)):
        return None
    lemma = str(verb.lemma_).lower()
    if lemma in _LIGHT_VERBS or _level_of(doc, q, verb):
        return None
    if lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None  # "came to 9.5 billion": amounted to
    if lemma in _TAKE_VERBS and verb.tag_ == "VBN" and _from_someone(verb):
        return "lose"  # "£1.6m being taken from savers every day": what the savers lost
    # "took in 152 recruits" and "96 recruits took up the offer": a particle makes another verb
    particle = [str(c.lower_) for c in verb.children if c.dep_ == "prt"]
    phrasal = " ".join([lemma, *particle])
    if people and (new_members(doc, q) or (joins_group(verb) and _named_by_verb(q))):
        return "hire"  # "7,450 people have joined the party", "300 new members a week"
    if people and phrasal in _PEOPLE_EVENT_VERBS and _named_by_verb(q):
        return _PEOPLE_EVENT_VERBS[phrasal]  # "11,000 people signed up": the event, as in
        # their thing ("recruited 9,400 new members" is the same deed)
    event = _EVENT_OF.get(lemma, phrasal)
    if not people and event in _PEOPLE_ONLY_EVENTS:
        return phrasal  # "drew 12.4 billion litres": no arrival of anyone
    return _joined_event(verb) or event


#: Events only people (or their vehicles) undergo: a verb that names one for people
#: ("the fair drew 40,000") names a plain deed for an amount measured in a unit.
_PEOPLE_ONLY_EVENTS = frozenset(
    (
        "arrival",
        "arrest",
        "hire",
        "job loss",
        "vote",
        "birth",
        "removal",
        "admission",
        "conviction",
        "vaccination",
        "rescue",
        "completion",
        "protest",
        "enrolment",
    )
)


def _named_by_verb(q: Quantity) -> bool:
    """Whether a count of people takes its event from its verb, its noun naming none
    ("people", "prisoners"; not "recruits", whose noun is the event)."""
    return (q.counted or "").lower().split()[-1] not in _EVENT_OF


#: Verbs whose passive with "from" names the loser: "£1.6m taken from savers" is the
#: savers' loss, as "savers lost £214m" says it from their side.
_TAKE_VERBS = frozenset(("take", "steal", "swindle", "defraud", "con", "scam", "extort"))


def _from_someone(verb: Token) -> bool:
    """Whether a verb has "from" and a plural or personal noun: "taken from savers"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if any(o.tag_ in ("NNS", "NNPS") or o.ent_type_ == "PERSON" for o in objects):
                return True
    return False


def _level_of(doc: Doc, q: Quantity, verb: Token) -> bool:
    """Whether the figure states the level of its subject through a verb of holding ("held
    between 9,000 and 12,000"): no deed is done to the people counted ("police held 40"
    has the figure as object, and is one)."""
    if str(verb.lemma_).lower() not in LEVEL_VERBS:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    if span[0].lower_ in LEVEL_PREPS and span.root.head.i == verb.i:
        return True  # "held between 5,000 and 7,000" parsed as the verb's object
    prep = span.root if span.root.dep_ == "prep" else span.root.head  # "between 9,000 and"
    return prep.dep_ == "prep" and prep.lower_ in LEVEL_PREPS and prep.head.i == verb.i


def _subject(q: Quantity, verb: Token | None) -> str | None:
    """Who did it ("the club" against "its rival"), when that is not the thing counted."""
    counted_head = q.counted.lower().split()[-1] if q.counted else None
    if verb is None or not (counted_head in _PEOPLE or (counted_head is None and _measured(q))):
        return None  # who logged a count of things rarely changes what is counted
    if str(verb.lemma_).lower() in _TALLIES:
        return None  # "its turnstiles logged 131,400 visitors": who counted, not who drew them
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            lemma = noun_lemma(child)
            return None if lemma == counted_head else lemma
    return None


def _measured(q: Quantity) -> bool:
    return q.unit is not None and q.unit not in ("percent", "fraction", "percentage point")


def _verb_of(doc: Doc, q: Quantity) -> Token | None:
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


def _place(doc: Doc, q: Quantity, text: str) -> frozenset[str]:
    """Places the figure is said to be about: "in Lyon", "across Bavaria"."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return frozenset()
    sent = span.sent
    out = set()
    for tok in sent:
        if (
            tok.i > sent.start
            and tok.pos_ == "PROPN"
            and tok.ent_type_ not in _NOT_PLACES
            and doc[tok.i - 1].lower_ in ("in", "at", "across", "throughout")
            and str(doc[tok.i - 1].head.lemma_).lower() not in _SPEECH_VERBS
        ):
            ent = next((e for e in sent.ents if e.start == tok.i), None)
            end = ent.end_char if ent is not None else tok.idx + len(tok.text)
            if not _aside_between(text, q, tok.idx, end):
                out.add(place_name((ent.text if ent is not None else tok.text).lower()))
    return frozenset(out | _label_place(sent, q))


def _aside_between(text: str, q: Quantity, start: int, end: int) -> bool:
    """Whether an aside clause stands between the figure and a place at ``start:end``, so
    that the place is the aside's. An aside that opens right after a place before the
    figure is a clause on that place ("In Germany, where the bulk of the cuts will fall,
    1,400 positions ..."): the place still opens the figure's clause. A place after an
    aside about a subset ("logged 2,060, about 40% of them in Port Sefu") is the subset's."""
    if start >= q.end and SUBSET_ASIDE.search(text, q.end, start):
        return True
    m = _ASIDE.search(text, min(q.end, start), max(q.start, start))
    return m is not None and not (end <= q.start and m.start() == end)


def _label_place(sent: Span, q: Quantity) -> set[str]:
    """ "- Tarnhaven busiest day: 35,400 passengers, against a July average of 29,400 a
    day": a list line whose short label opens with a proper name (no date) scopes the
    figures after its colon to that name."""
    text = sent.text
    colon = text.find(":")
    if colon < 0 or q.start < sent.start_char + colon or len(text[:colon].split()) > 5:
        return set()
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if (
        first is None
        or first.idx >= sent.start_char + colon
        or first.pos_ != "PROPN"
        or first.ent_type_ in _NOT_PLACES
        or first.lower_ in _MONTH_WORDS
        or (not first.ent_type_ and first.lower_ in _lower_words(sent.doc))
    ):
        return set()  # "- Wheat delivered to board elevators: 1.9 million tonnes", when
        # the article writes "wheat" in lower case elsewhere: a common word, no name
    ent = next((e for e in sent.ents if e.start == first.i), None)
    return {place_name((ent.text if ent is not None else first.text).lower())}


_MONTH_WORDS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.day_name))


def _lower_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case, once per doc."""
    words = doc.user_data.get(_LOWER_KEY)
    if not isinstance(words, frozenset):
        words = frozenset(t.text for t in doc if t.is_lower)
        doc.user_data[_LOWER_KEY] = words
    return words


_LOWER_KEY = "claimscope.findings.lower_words"


#: A clause hung on the sentence that names places of its own: "1,940 cases in Khulna,
#: with the highest numbers in Jessore", "... where the storm also cut power".
_ASIDE = re.compile(r",\s+(?:with|where|while|whereas|including)\b", re.I)


_NOT_PLACES = frozenset(("DATE", "TIME", "PERSON", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"))


def _period_ends(p: Period | None, pub: date | None) -> tuple[Span3 | None, Span3 | None, bool]:
    if p is None:
        return None, None, False
    start, end = parse_date(p.start or p.start_yearless), parse_date(p.end or p.end_yearless)
    open_end = (p.end or p.end_yearless) is None or (pub is not None and p.end == pub.isoformat())
    return start, end, open_end


def ratio_ledger(doc: Doc, draft: Draft) -> list[Entry]:
    """The figures per another unit than time that ``build_ledger`` leaves out."""
    return build_ledger(doc, draft, ratios=True)


def build_ledger(doc: Doc, draft: Draft, *, ratios: bool = False) -> list[Entry]:
    """Every quantity with what the checks need; figures with no value are left out.

    With ``ratios``, only the figures per another unit than time ("78 euros per
    megawatt-hour", "4.4 tonnes a hectare", "180 cubic metres a second"), which the
    ledger leaves out, each with its ``per`` set to that unit's noun: a price, a yield or a
    flow is no total or part of anything, but it does change over time."""
    pub = None
    if draft.article.published:
        try:
            pub = date.fromisoformat(draft.article.published[:10])
        except ValueError:
            pub = None
    starts = [s.start for s in draft.sentences]
    compounds = _compounds(doc)
    out: list[Entry] = []
    verbs: list[Token | None] = []
    mixed = _mixed_dimensions(draft.quantities)
    for q in draft.quantities:
        if q.low is None or q.high is None:
            continue
        if q.unit in _TO_BASE and _TO_BASE[q.unit][0] in mixed:
            q = _to_base(q)
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or _pronoun_one(span) or _threshold(span):
            continue
        if multiplier_at(doc, span.end):
            continue  # "three times the 20,000": a factor, read with the figure it compares
        denominator = _denominator(span, q)
        if ratios:
            if denominator is None or q.unit in _SHARES or _exchange_rate(draft.text, q):
                continue  # "a quarter of a percentage point": a share, per nothing
            unit = (q.unit or "").removesuffix(f" per {denominator}") or None
            q = q.model_copy(update={"per": denominator, "unit": unit})  # GBP, per tonne
        elif q.per is None and (denominator is not None or _exchange_rate(draft.text, q)):
            continue
        if _VAGUE.match(q.text):
            continue  # "hundreds of complaints": no figure to hold another against
        sent = max((i for i, s in enumerate(starts) if s <= q.start), default=0)
        start, end, open_end = _period_ends(q.period, pub)
        verb = _verb_of(doc, q)
        subject = _subject(q, verb)
        verbs.append(verb)
        out.append(
            Entry(
                q,
                interval_of(q),
                _thing(doc, q),
                _action(doc, q, verb),
                subject,
                _place(doc, q, draft.text),
                sent,
                start,
                end,
                open_end,
                _sentence_words(doc, q),
                scope_of(span.root, None if _speech(verb) else verb),
                compounds.get(subject, frozenset()) if subject else frozenset(),
                _is_gap(draft.text, q),
                verb is not None
                and (verb.tag_ == "VBD" or any(c.lower_ == "had" for c in verb.children)),
                _deed(span, verb),
                granted=_granted(span, verb),
            )
        )
    out = _partitive_things(doc, draft.text, _borrow_things(doc, draft.text, out, verbs))
    out = _the_figure_was(doc, draft.text, out)
    return _unnamed_measures(out)


#: "148,000 of them", "about 40 of those": a figure that counts a group named before.
_OF_THEM = re.compile(r"\s+of (?:them|those)\b", re.I)


def _partitive_things(doc: Doc, text: str, entries: list[Entry]) -> list[Entry]:
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
                e = replace(e, q=q, thing=_thing(doc, q))
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


def _unnamed_measures(entries: list[Entry]) -> list[Entry]:
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


_GAP_BEFORE = re.compile(
    r"\b(?:shortfall|gap|difference|deficit|surplus|excess|margin|shortage)\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more than\s+)?$",
    re.I,
)
_GAP_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+)?(?:short of|shy of|fewer than|more than|less than|cheaper|dearer|"
    r"higher|lower|bigger|smaller|larger|greater|longer|shorter|faster|slower|above|below)\b",
    re.I,
)
#: "one for every 100 who reached land", "one in every 40": the base of a ratio.
_RATIO_BASE = re.compile(r"\b(?:for|in|out of) every\s+$", re.I)


def _is_gap(text: str, q: Quantity) -> bool:
    """ "against a combined target of 3,600, a shortfall of 780", "780 short of the target",
    "900 more than the year before", "45 basis points cheaper": the size of a difference
    between two figures; or the base of a ratio ("one for every 100"). Neither counts a
    group of its own."""
    return bool(
        _GAP_BEFORE.search(text, max(0, q.start - 40), q.start)
        or _GAP_AFTER.match(text[q.end : q.end + 30])
        or _RATIO_BASE.search(text, max(0, q.start - 15), q.start)
    )


def _deed(span: Span, verb: Token | None) -> str | None:
    """What was done to the things counted: the lemma of the verb whose object they are
    ("wardens issued 6,100 tickets", "6,100 tickets were issued", "4,850 notices issued").
    A figure on the doer's side ("the 6.8 earthquake destroyed ...") or under a light or
    reporting verb has none."""
    if verb is None:
        return None
    lemma = str(verb.lemma_).lower()
    if lemma in _LIGHT_VERBS or lemma in _SPEECH_VERBS:
        return None
    tok = span.root
    for _ in range(6):
        if tok.head.i == verb.i:
            # "closed 9": a bare object the parser may hang as a verb's nummod
            return lemma if tok.dep_ in ("dobj", "nsubjpass", "nummod") else None
        if tok.i == verb.head.i and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
            return lemma  # "4,850 penalty charge notices issued in the town centre"
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


#: Verbs that give each of their passive subjects one thing: "were granted permission".
_GRANT_VERBS = frozenset(("grant", "give", "award", "issue", "refuse", "deny", "offer"))


def _granted(span: Span, verb: Token | None) -> str | None:
    """ "2,150 homes were granted planning permission", "400 families were given asylum":
    the figure's noun is the passive subject of a verb of granting whose object is a bare
    singular noun (no article, no number), so that each thing counted got one; the figure
    then counts the grants as well ("2,600 of last year's permissions")."""
    if verb is None:
        return None
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if str(verb.lemma_).lower() in _ONE_EACH_VERBS:
        return _signed(noun, verb)
    if str(verb.lemma_).lower() not in _GRANT_VERBS:
        return None
    if noun.dep_ != "nsubjpass" or noun.head.i != verb.i or noun.tag_ not in ("NNS", "NNPS"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NN" or any(c.dep_ in ("det", "nummod") for c in obj.children):
        return None
    mods = [str(c.lemma_).lower() for c in obj.lefts if c.dep_ in ("compound", "amod")]
    return " ".join([*mods, str(obj.lemma_).lower()])


#: Verbs by which each person counted makes one of a document: "41,200 men and women had
#: signed service contracts" counts the contracts too.
_ONE_EACH_VERBS = frozenset(("sign", "file", "submit", "lodge"))


def _signed(noun: Token, verb: Token) -> str | None:
    """ "41,200 men and women had signed service contracts", "3,100 tenants filed
    complaints": people who are the subject of a verb of signing or filing, with a bare
    plural object (no article, no number of its own), each made one of them."""
    if noun.dep_ != "nsubj" or noun.head.i != verb.i or not counts_people(noun.lemma_):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if (
        obj is None
        or obj.tag_ != "NNS"
        or any(c.dep_ in ("det", "nummod", "poss") for c in obj.children)
    ):
        return None
    mods = [str(c.lemma_).lower() for c in obj.lefts if c.dep_ in ("compound", "amod")]
    return " ".join([*mods, str(obj.lemma_).lower()])


def _borrow_things(
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


def _the_figure_was(doc: Doc, text: str, entries: list[Entry]) -> list[Entry]:
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


#: Units convertible to one base unit of their dimension: (base, factor).
_TO_BASE: dict[str, tuple[str, float]] = {
    "mm": ("m", 0.001),
    "cm": ("m", 0.01),
    "m": ("m", 1.0),
    "km": ("m", 1000.0),
    "inch": ("m", 0.0254),
    "foot": ("m", 0.3048),
    "yard": ("m", 0.9144),
    "mile": ("m", 1609.344),
    "mg": ("kg", 1e-6),
    "g": ("kg", 0.001),
    "kg": ("kg", 1.0),
    "lb": ("kg", 0.45359237),
    "tonne": ("kg", 1000.0),
    "megatonne": ("kg", 1e9),
    "gigatonne": ("kg", 1e12),
    "ml": ("l", 0.001),
    "l": ("l", 1.0),
    "hl": ("l", 100.0),
    "W": ("W", 1.0),
    "kW": ("W", 1e3),
    "MW": ("W", 1e6),
    "GW": ("W", 1e9),
    "kWh": ("kWh", 1.0),
    "MWh": ("kWh", 1e3),
    "GWh": ("kWh", 1e6),
    "TWh": ("kWh", 1e9),
    "kB": ("MB", 1e-3),
    "MB": ("MB", 1.0),
    "GB": ("MB", 1e3),
    "TB": ("MB", 1e6),
    "acre": ("hectare", 0.40468564),
    "hectare": ("hectare", 1.0),
    "m2": ("hectare", 1e-4),
    "km2": ("hectare", 100.0),
}


def unit_dimension(unit: str | None) -> str | None:
    """The base unit of a unit's dimension ("tonne" -> "kg", "acre" -> "hectare"), or None
    for a unit of no known physical dimension (money, degrees, points): two figures whose
    dimensions differ can never be a multiple of one another."""
    return _TO_BASE[unit][0] if unit in _TO_BASE else None


def _mixed_dimensions(quantities: list[Quantity]) -> frozenset[str]:
    """Dimensions the article writes in more than one unit ("15 metres a day" and "2.9
    kilometres"): only their figures are converted, so that figures written in one unit
    keep their own unit in every explanation."""
    seen: dict[str, set[str]] = {}
    for q in quantities:
        if q.unit in _TO_BASE:
            seen.setdefault(_TO_BASE[q.unit][0], set()).add(q.unit)
    return frozenset(base for base, units in seen.items() if len(units) > 1)


def _to_base(q: Quantity) -> Quantity:
    """The figure in its dimension's base unit; its interval keeps the written rounding,
    since ``interval_of`` scales the rounding step by value over written digits."""
    base, factor = _TO_BASE[q.unit or ""]
    if q.unit == base:
        return q

    def scaled(v: float | None) -> float | None:
        return None if v is None else v * factor

    return q.model_copy(
        update={
            "unit": base,
            "value": scaled(q.value),
            "low": scaled(q.low),
            "high": scaled(q.high),
        }
    )


def _speech(verb: Token | None) -> bool:
    """Whether the figure hangs from a reporting verb ("..., from 84,000 to 71,000, the arts
    council said"): the speaker is the source, not the holder of the figure."""
    return verb is not None and str(verb.lemma_).lower() in _SPEECH_VERBS


def _compounds(doc: Doc) -> dict[str, frozenset[str]]:
    """For each noun lemma, the lemmas it forms a compound with anywhere in the article
    ("tram" and "network" in "the tram network"), both ways."""
    pairs: dict[str, set[str]] = {}
    for tok in doc:
        if tok.dep_ == "compound" and tok.head.i != tok.i:
            a, b = str(tok.lemma_).lower(), str(tok.head.lemma_).lower()
            pairs.setdefault(a, set()).add(b)
            pairs.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in pairs.items()}


_THRESHOLD = frozenset(("under", "over", "below", "above", "aged"))


def _threshold(span: Span) -> bool:
    """ "the 140 holders under 35", "children aged 5": a figure right after a noun, opened
    by a comparative, bounds what the noun describes (an age, a price); it counts nothing."""
    first = span[0]
    if first.lower_ not in _THRESHOLD and first.i > 0 and first.nbor(-1).lower_ in _THRESHOLD:
        first = first.nbor(-1)  # "under" outside the span, or "aged" before it
    if first.lower_ == "under" and first.i > 0 and first.nbor(-1).lower_ == "aged":
        first = first.nbor(-1)  # "aged under 30"
    if first.lower_ not in _THRESHOLD or first.i == 0 or span[-1].lemma_ in _TIME_WORDS:
        return False  # "patients over five working days": the span the figure covers
    before = first.nbor(-1)
    # "the 200 under 30": an elliptical noun after a count ("over" there may be a span)
    elliptical = before.tag_ == "CD" and first.lower_ in ("under", "aged", "below")
    return before.tag_ in ("NNS", "NNPS") or elliptical


_TIME_WORDS = TIME_NOUNS


_VAGUE = re.compile(
    r"^(?:several |many |some )?(?:tens of |hundreds of )?(?:dozens|scores|hundreds|thousands|"
    r"millions|billions)\b",
    re.I,
)


_SHARES = frozenset(("percent", "fraction", "percentage point", "basis point"))


def _denominator(span: Span, q: Quantity) -> str | None:
    """The noun a figure is per, other than time: the one its unit names ("GBP per tonne",
    which the quantities layer also gives "from £160" after "£210 a tonne"), else the words
    after it ("2,100 euros each")."""
    if q.per is not None:
        return None
    _, per, noun = (q.unit or "").partition(" per ")
    if per and noun not in TIME_NOUNS:
        return noun
    return per_other_unit(span)


_CURRENCY_NOUNS = "(?:" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + ")"
_EXCHANGE_BEFORE = re.compile(r"exchange rate of\s+(?:(?:about|roughly|around|some)\s+)?$", re.I)
_TO_THE_CURRENCY = re.compile(
    r"^\s*(?:[A-Za-z]+\s+){0,2}(?:to|per|against) (?:the|one|a|an) " + _CURRENCY_NOUNS, re.I
)


def _exchange_rate(text: str, q: Quantity) -> bool:
    """ "an exchange rate of roughly 7.46 kroner to the euro": the price of one currency in
    another, not an amount of money."""
    return bool(
        _TO_THE_CURRENCY.match(text[q.end : q.end + 40])
        or _EXCHANGE_BEFORE.search(text[max(0, q.start - 40) : q.start])
    )


def _pronoun_one(span: Span) -> bool:
    """ "one of the school's teams": a pronoun picking out a member, not a count."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text.lower() == "one" and nxt is not None and nxt.lower_ == "of"


def _sentence_words(doc: Doc, q: Quantity) -> frozenset[str]:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(w for t in span.sent for w in (t.lower_, str(t.lemma_).lower()))
