"""Whether two figures count the same thing.

"The same thing" is decided here. Two figures count the same thing when their
counted nouns share a head and their modifiers do not clash, or when both count
people doing the same thing: "soldiers abandoning their posts" and "deserters" both
count desertions, through a small lexicon of news events (``events.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimscope.layers.findings._ledger.entry import Entry
from claimscope.layers.findings._ledger.events import EVENTS
from claimscope.layers.findings._lexicon import (
    VEHICLE_GENERIC,
    canonical,
    counts_people,
    counts_vehicles,
    elided,
)

__all__ = ["same_thing"]

#: Units of physical measure (not currencies, shares or counts of time): the unit itself
#: says much of what is measured.
_PHYSICAL = re.compile(r"^(?![A-Z]{3}(?:-cent)?$)(?!percent|fraction|percentage point)\S.*$")


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
        return a.thing not in EVENTS or not _doers_differ(a, b)
    ev_a, ev_b = a.thing in EVENTS, b.thing in EVENTS
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
