"""One flow told in two words, as reporters vary them: a group of people by its role and by
a headcount or generic noun ("6,800 riders a day", "410,000 people"), and money taken in
by its verb and by the noun that names the takings ("collected £4.1m a week", "receipts
came to £148m"), and the runs of vehicles by their kind and by their direction ("flights",
"departures"). ``comparable`` alone keeps such pairs apart.
"""

from __future__ import annotations

from dataclasses import replace

from claimscope.layers.findings._ledger import EVENTS, Entry, event_words, named_event
from claimscope.layers.findings._lexicon import (
    PERSON_GENERIC,
    counts_people,
    counts_vehicles,
    singular,
)
from claimscope.layers.findings.numeric._pairing import comparable, is_money

#: Nouns that name a number of people present, not a role: "daily attendance stayed
#: between 42,000 and 47,000", "turnout", "footfall", "home gates stayed between 14,000
#: and 17,500" (a match's gate is its paying crowd).
_HEADCOUNTS = frozenset(
    ("attendance", "turnout", "footfall", "crowd", "audience", "ridership", "headcount", "gate")
)


def people_alike(r: Entry, t: Entry, *, strict: bool) -> bool:
    """Whether two counts of people name one group in two words, as reporters vary them:
    "carried 6,800 riders a day" and "had carried 410,000 people" (one deed, and one side
    the generic "people"), or "between 9,800 and 11,200 attendances every month" and "saw
    13,100 patients" in one month (a headcount noun against any role). Only a generic or
    headcount noun on one side joins: "patients" and "children" stay apart, and with
    ``strict`` (a rate against a total, with no cue of its own) so do two different deeds
    or a missing one. Everything else ``comparable`` asks must still hold."""
    words = [(e.q.counted or "").lower().split() for e in (r, t)]
    if not all(words) or r.thing == t.thing:
        return False
    if any(e.thing in EVENTS and not named_event(e) for e in (r, t)):
        return False  # an event ("2,310 patients arrived by ambulance") is matched as one;
        # a role that names one ("140 recruits") still counts people
    heads = [w[-1] for w in words]
    if not all(counts_people(" ".join(w)) or w[-1] in _HEADCOUNTS for w in words):
        return False
    if not any(h in PERSON_GENERIC or h in _HEADCOUNTS for h in heads):
        return False
    if _headcount_present(r, t) or _headcount_present(t, r):
        pass  # "Daily ridership has ranged from 40,000 to 55,000" and "carried 61,200"
    elif (strict and (r.deed is None or r.deed != t.deed)) or (
        r.deed is not None and t.deed is not None and r.deed != t.deed
    ):
        return False
    return comparable(
        r, replace(t, thing=r.thing, q=t.q.model_copy(update={"counted": r.q.counted}))
    )


#: Deeds that say people were present, as a headcount noun does: "drew 17,600", "the line
#: carried 61,200 passengers", "welcomed 9,000 visitors".
_PRESENCE_DEEDS = frozenset(
    (
        "carry",
        "draw",
        "attract",
        "welcome",
        "host",
        "attend",
        "visit",
        "ride",
        "board",
        "see",
        "watch",
        "use",
    )
)


def _headcount_present(a: Entry, b: Entry) -> bool:
    """Whether ``a`` counts by a headcount noun with no deed of its own ("attendance",
    "ridership") and ``b`` counts people by a deed of being there, done to them ("the line
    carried 61,200") or by them ("12,400 people used the line")."""
    head = (a.q.counted or "").lower().split()[-1:]
    present = b.deed in _PRESENCE_DEEDS or (b.deed is None and b.action in _PRESENCE_DEEDS)
    return bool(head) and head[0] in _HEADCOUNTS and a.deed is None and present


#: Nouns that name money taken in as the measure itself: "receipts came to £148m".
_TAKINGS = frozenset(
    ("receipt", "receipts", "revenue", "revenues", "takings", "income", "proceeds", "collection")
)


#: Verbs of taking money in: "has collected an average of £4.1m a week".
_TAKING_DEEDS = frozenset(("collect", "raise", "take", "receive", "earn", "bring"))


def _takings(e: Entry) -> bool:
    """Whether a sum is money taken in, by its verb or by a noun that names the takings."""
    if not is_money(e):
        return False
    done = (e.action or e.deed or "").split(" ")[0]
    return done in _TAKING_DEEDS or e.subject in _TAKINGS or bool(e.scope.heads & _TAKINGS)


def takings_alike(r: Entry, t: Entry) -> bool:
    """Whether two sums of money taken in are one flow told two ways: "the council has
    collected an average of £4.1m a week" and "receipts for the six months came to
    £148m". The noun "receipts" is the measure, not a second doer; everything else
    ``comparable`` asks (unit, place, mood) must still hold."""
    if not (_takings(r) and _takings(t)) or r.scope.hedged != t.scope.hedged:
        return False
    if (t.subject in _TAKINGS) == (r.subject in _TAKINGS) and r.subject != t.subject:
        return False  # two doers, or two takings nouns of their own: leave to ``comparable``
    told = replace(t, subject=r.subject, action=r.action, deed=r.deed, kin=r.kin)
    scope = replace(t.scope, doer=r.scope.doer, plural=r.scope.plural)  # "receipts" is no group
    return comparable(r, replace(told, scope=scope))


#: Nouns for runs of vehicles leaving or reaching a place: "310 departures were held back"
#: counts the flights (trains, sailings) that left, those in one direction only.
_DIRECTED_RUNS = frozenset(("departure", "arrival", "takeoff", "take-off", "landing"))


def directed_runs(r: Entry, t: Entry) -> bool:
    """Whether ``t`` counts the departures (or arrivals) of the vehicles ``r`` counts:
    "between 140 and 220 flights were delayed every day last week" and, on Thursday, "310
    departures were held back". Departures are a part of the flights, so only a count
    above what is said of all of them conflicts; the caller keeps to that side. What
    happened to them must agree: an event told of the vehicles ("38 trains were
    cancelled") must be told of the departures too, and none may be told of them alone."""
    words = (t.q.counted or "").lower().split()
    if not words or singular(words[-1]) not in _DIRECTED_RUNS or not counts_vehicles(r.q.counted):
        return False
    told = event_words(t.deed or "")
    if r.thing in EVENTS:
        if (t.deed or "") not in event_words(r.thing or ""):
            return False  # "flights were cancelled" against "departures were delayed"
    elif told:
        return False  # "flights were delayed" against "departures were cancelled"
    return comparable(
        r, replace(t, thing=r.thing, q=t.q.model_copy(update={"counted": r.q.counted}))
    )
