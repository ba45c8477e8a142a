"""Which two figures may be compared at all, and over how many months a figure runs.

Two figures are held against each other only when they count the same thing, with the
same unit, for the same holder and place, in the same mood, over the same or a
contained period; everything else is a different question, not a conflict.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import (
    EVENTS,
    Entry,
    Span3,
    month_name,
    months_between,
    same_thing,
)

if TYPE_CHECKING:
    pass


PER_MONTHS = {"day": 1 / 30.44, "week": 1 / 4.345, "month": 1.0, "year": 12.0}


PER_WORD = {"day": "a day", "week": "a week", "month": "a month", "year": "a year"}


def comparable(a: Entry, b: Entry, *, unnamed: bool = False) -> bool:
    """Same thing, same unit, same holder, same mood, and no clash of places.

    With ``unnamed``, a measure that names no thing ("1,150 km" against "between 600 and
    800 km of road") may measure what the other measures in the same unit; checks that
    pass it have a cue of their own that ties the two (a range said to hold every night).
    A bare count that names nothing still needs its thing from the text."""
    loose = unnamed and a.q.unit is not None and (a.q.counted is None or b.q.counted is None)
    return (
        not (a.gap or b.gap)
        and (loose or same_thing(a, b))
        and a.q.unit == b.q.unit
        and (not a.place or not b.place or a.place == b.place)
        and not _scopes_clash(a, b)
        and a.scope.hedged == b.scope.hedged
        and a.scope.norm == b.scope.norm
        and not actions_clash(a, b)
        and not _subjects_clash(a, b)
    )


#: Words that say a figure adds up several holders.
_COMBINED = frozenset(("combined", "both", "altogether", "overall", "together"))


def _scopes_clash(a: Entry, b: Entry) -> bool:
    """Figures scoped to different holders: a place or name on one side that the other's
    names or places do not share ("the Brighton shelter" against "its sister shelter in
    Hove"), or a doer marked as another one ("its rival", "its sister shelter")."""
    if a.scope.other != b.scope.other:
        return True
    if bool(a.place) != bool(b.place):
        whole = b if a.place else a  # "a combined 1.24 million" against one airport's rate
        if whole.scope.across or whole.words & _COMBINED:
            return True
    for one, group in ((a, b), (b, a)):
        if not one.scope.names or one.scope.plural or one.scope.across or group.scope.names:
            continue
        if group.scope.across or (group.scope.plural and group.scope.doer == one.scope.doer):
            return True  # "Kingsmead's department" against "the region's departments"
    if _one_against_all(a, b) or _one_against_all(b, a):
        return True
    return holders_clash(a, b)


def _one_against_all(one: Entry, group: Entry) -> bool:
    """One holder's count against all holders' of its kind: "the team attended 1,690
    callouts" and "its 48 member teams recorded 3,960" are two holders, not a part and its
    whole. A figure said of each member ("screenings each sell 200 to 350") or of one
    instance ("one screening sold 510") is held against the others on purpose, and a
    measure of a plural ("rents rose 0.2% to 0.7%") is the measure of any one of them."""
    return (
        one.q.counted is not None
        and group.q.counted is not None
        and one.scope.doer is not None
        and one.scope.doer == group.scope.doer
        and group.scope.plural
        and not one.scope.plural
        and group.scope.each is None
        and not (one.scope.one or group.scope.one)
    )


def holders_clash(a: Entry, b: Entry) -> bool:
    """Both figures name where or whose they are, and no holder is shared: "2,000 arrests
    in Lyon" and "1,500 in Lille" are two questions, not a conflict."""
    where_a, where_b = a.place | a.scope.names, b.place | b.scope.names
    return bool(where_a and where_b and not _one_holder(where_a, where_b))


def _one_holder(names_a: frozenset[str], names_b: frozenset[str]) -> bool:
    """Whether two sets of places and names share a holder: a name in both, or a name that
    is the leading words of another, as a second mention shortens it ("Eastmarch Grid ...
    Eastmarch engineers")."""
    if names_a & names_b:
        return True
    return any(
        len(short) >= 4 and long.startswith(short + " ")
        for x in names_a
        for y in names_b
        for short, long in ((x, y), (y, x))
    )


def actions_clash(a: Entry, b: Entry) -> bool:
    """Different things done: two news events ("arrested" and "killed"), or two verbs that
    produced an amount ("spent" and "earned"). Two plain verbs about the same people
    ("4,200 workers stayed away", "3,000 workers joined the stoppage") may be one event in
    other words, so they do not keep the figures apart on their own."""
    done_a, done_b = a.action or a.deed, b.action or b.deed
    if done_a and done_b and done_a != done_b and _opposite(done_a, done_b):
        return True  # "opened 48 shops ... and closed 11"
    if done_a and done_b and flow_sides_differ(done_a, done_b, inputs=True):
        return True  # "made 170,000 tonnes" and "bought 240,000 tonnes of pulp"
    if a.action is None or b.action is None or a.action == b.action:
        return False
    if a.action.split()[0] == b.action.split()[0]:
        return True  # "took in 150 recruits", "82 recruits took up the offer": a verb made another
    if a.q.unit in _TIME_UNITS and a.action in _TIME_GIVEN and b.action in _TIME_GIVEN:
        return False  # "put in 600 hours a week", "logged 14,000 hours": time worked
    if a.q.unit in _TIME_UNITS and a.action in _TIME_LOST and b.action in _TIME_LOST:
        return False  # "spent 310 hours a day queuing", "lost 94,600 hours to delays"
    if a.q.unit in _LENGTH_UNITS and a.action in _PROGRESS and b.action in _PROGRESS:
        return False  # "advances 15 metres a day", "has bored 2.9 kilometres": one advance
    if a.q.unit in _VOLUME_UNITS and a.action in _ABSTRACTION and b.action in _ABSTRACTION:
        return False  # "pumped 310 million litres a day", "drew 9.6 billion litres": one take
    if a.action in _INTAKE and b.action in _INTAKE:
        return False  # "we take in 410,000 litres a week", "tankers brought back 352,000"
    if a.q.unit is not None or b.q.unit is not None:
        return True
    if a.action in EVENTS or b.action in EVENTS:
        return True
    return _opposite(a.action, b.action)


def flow_verb(done: str | None) -> bool:
    """Whether a deed is one side of a flow in and out of a stock ("open" or "close",
    "hire" or "fire"): such a count is that flow only, not the stock's other changes."""
    return done is not None and any(done in pair for pair in _OPPOSITE_FLOWS)


def _opposite(one: str, other: str) -> bool:
    return any(one in pair and other in pair for pair in _OPPOSITE_FLOWS)


#: The sides of a flow through a works or an economy: what is taken in, what is made,
#: what is sent out. "buying some 240,000 tonnes of recovered paper a year" and "made
#: 170,000 tonnes" are two flows, though their unit is one.
_FLOW_SIDES: dict[str, str] = {
    **dict.fromkeys(
        ("buy", "purchase", "import", "use", "consume", "burn", "procure", "source", "receive"),
        "in",
    ),
    **dict.fromkeys(
        (
            "make",
            "produce",
            "manufacture",
            "generate",
            "mine",
            "extract",
            "harvest",
            "grow",
            "brew",
            "refine",
            "build",
            "pump",
            "catch",
            "fell",
            "smelt",
        ),
        "made",
    ),
    **dict.fromkeys(("sell", "export", "ship", "deliver", "supply", "dispatch"), "out"),
}


def flow_sides_differ(one: str, other: str, *, inputs: bool = False) -> bool:
    """Whether two deeds are done on different sides of a flow: one bought or used, the
    other made or sold ("made 170,000 tonnes", "bought 240,000 tonnes of pulp"). With
    ``inputs``, only what is taken in against what is made or sent out: exports may be a
    part of output ("produced 4.8m tonnes and exported 3.1m"), so those two stay
    comparable as part and whole, while a rate of one never bounds a total of the other."""
    sides = [_FLOW_SIDES.get(done.split(" ")[0]) for done in (one, other)]
    if None in sides or sides[0] == sides[1]:
        return False
    return not inputs or "in" in sides


_TIME_UNITS = frozenset(("second", "minute", "hour", "day", "week", "month", "year"))


#: Verbs that give or record time worked: one action for figures in time units.
_TIME_GIVEN = frozenset(
    ("put", "log", "work", "give", "volunteer", "spend", "clock", "contribute", "do", "donate")
)


#: Verbs of time used up waiting or idle: one action for figures in time units ("crews
#: spent 310 hours a day queuing", "crews lost 94,600 hours to handover delays"). Time
#: worked is another action: "worked 40 hours" and "lost 8 hours to strikes" differ.
_TIME_LOST = frozenset(("spend", "lose", "waste"))


_LENGTH_UNITS = frozenset(("m", "km", "mile", "foot", "yard"))


_VOLUME_UNITS = frozenset(("l", "hl", "ml", "gallon", "barrel", "barrel per day"))

#: Verbs of taking water, oil or gas from a source: one deed for figures in volume units.
_ABSTRACTION = frozenset(("pump", "draw", "abstract", "extract", "withdraw", "take", "lift"))


#: Verbs of a site taking a flow in from outside: what a plant, depot or port takes in,
#: collects or has brought to it is one intake, whoever's verb tells it ("the dairy takes
#: in 410,000 litres a week", "its tankers brought back 352,000 litres").
_INTAKE = frozenset(
    ("take in", "bring", "bring in", "bring back", "collect", "receive", "gather", "pick up")
)


#: Verbs of work that advances along a length: one action for figures in length units.
_PROGRESS = frozenset(
    (
        "advance",
        "bore",
        "dig",
        "drill",
        "tunnel",
        "excavate",
        "progress",
        "cover",
        "travel",
        "lay",
        "pave",
        "resurface",
        "build",
        "complete",
        "move",
        "cut",
    )
)


#: Verbs for the two directions of one flow of people or things: admitted and discharged
#: patients are never the same count, even though both are patients.
_OPPOSITE_FLOWS: tuple[frozenset[str], ...] = tuple(
    frozenset(pair)
    for pair in (
        ("admit", "discharge", "release"),
        ("hire", "fire", "dismiss", "lay"),
        ("arrive", "arrival", "leave", "depart", "displacement"),
        ("enter", "exit"),
        ("import", "export"),
        ("buy", "sell", "purchase"),
        ("open", "close"),
        ("win", "lose"),
        ("join", "quit", "resign"),
        ("gain", "lose"),
        ("approve", "reject", "refuse", "deny", "accept", "grant"),
        ("register", "deregister"),
        ("borrow", "lend", "repay"),
        ("board", "disembark"),
    )
)


def _subjects_clash(a: Entry, b: Entry) -> bool:
    """Different doers ("the club" and "its rival"), unless each sentence names the other's
    doer too ("the clinic vaccinates" and "nurses at the clinic vaccinated") or the article
    joins them in a compound ("the tram network": its trams and the network)."""
    if a.subject is None or b.subject is None or a.subject == b.subject:
        return False
    if a.subject in b.kin or b.subject in a.kin:
        return False  # "its trams" and "the network" of "the tram network"
    if a.subject in _MEASURE_SUBJECTS or b.subject in _MEASURE_SUBJECTS:
        return False  # "the field produced" and "its total production came to": no doer
    if a.subject in _PATH_SUBJECTS or b.subject in _PATH_SUBJECTS:
        return False  # "the ferry carried" and "the route handled": the way the flow runs
    if a.scope.names & b.scope.names:
        return False  # both said of Corvina
    return a.subject not in b.words and b.subject not in a.words


#: Subjects that name the way a flow runs, not a doer of their own: "the route handled
#: 221,000 passengers" counts what the ferry on it carried; another route is told apart by
#: its name or place, as another doer is.
_PATH_SUBJECTS = frozenset(("route", "line", "service", "link", "corridor", "crossing"))


#: Subjects that name the measure, not who did it: "total production came to 11.2 million".
_MEASURE_SUBJECTS = frozenset(
    (
        "production",
        "output",
        "total",
        "volume",
        "figure",
        "number",
        "tally",
        "count",
        "amount",
        "sum",
        "level",
        "turnover",
        "throughput",
        "yield",
    )
)


def period_within(inner: Entry, outer: Entry) -> bool:
    """Whether ``inner``'s period lies in ``outer``'s, when ``outer`` has a closed period.

    A rate said to hold "in 2023" says nothing about March 2024, and one said to hold
    "since mid-July" says nothing about January."""
    if outer.start is None or inner.start is None:
        return True
    if (inner.start.year is None) != (outer.start.year is None):
        return True

    def key(d: Span3) -> tuple[int, int, int]:
        return (d.year or 0, d.month, d.day)

    if key(inner.start) < key(outer.start) and not _rolling_slack(inner.start, outer):
        return False
    if outer.end is None or outer.open_end or inner.end is None:
        return True
    return key(inner.end) <= key(outer.end)


#: "over the past year", "in the last 12 months": a window counted back from the day of
#: writing, whose start no writer fixes to the day.
_ROLLING = re.compile(r"^\W*(?:over|in|during|across)?\s*the\s+(?:past|last)\b", re.I)


def _rolling_slack(start: Span3, outer: Entry) -> bool:
    """Whether ``start`` falls within a month before the start of ``outer``'s rolling
    window ("the 12 months to the end of February" inside "over the past year" said in
    mid-March)."""
    period = outer.q.period
    if period is None or outer.start is None or not _ROLLING.match(period.text):
        return False
    if start.year is None or outer.start.year is None:
        return False
    months = (outer.start.year - start.year) * 12 + outer.start.month - start.month
    return months == 0 or (months == 1 and start.day >= outer.start.day)


def _anchor(ledger: list[Entry], start: Span3, *, upto: Span3 | None = None) -> Span3 | None:
    """The end of the latest month the article gives a figure for, after ``start``; with
    ``upto`` (the publication date), not after it: "the 60 million euros it requested for
    2025" is a plan, and a running total "this year" is counted to date, not to December."""
    best: Span3 | None = None
    for e in ledger:
        if e.end is None or e.open_end or (e.end.year is None) != (start.year is None):
            continue
        if upto is not None and _later(e.end, upto):
            continue
        if (e.end.year or 0, e.end.month) < (start.year or 0, start.month):
            continue
        if (e.end.year or 0, e.end.month, e.end.day) == (start.year or 0, start.month, start.day):
            continue  # "went live on 1 February": the day the stretch starts, no later data
        if best is None or (e.end.year or 0, e.end.month, e.end.day) > (
            best.year or 0,
            best.month,
            best.day,
        ):
            best = e.end
    return best


def covered_months(
    t: Entry, ledger: list[Entry], pub_end: Span3 | None
) -> tuple[Interval, str] | None:
    """The months ``t`` covers, as an interval, and how that was decided."""
    found = _covered(t, ledger, pub_end, months_between)
    return None if found is None else (found[0], found[1])


def covered_units(
    t: Entry, ledger: list[Entry], pub_end: Span3 | None, per: str
) -> tuple[Interval, str] | None:
    """How many of a rate's ``per`` units ``t`` covers, and how that was decided.

    Days and weeks are counted on the calendar when the dates are known: February holds
    28 days, not the 30.4 of an average month, and "100 a day" over February is 2,800.
    A period known only by its length ("over the six weeks") covers that length."""
    if t.start is None:
        return _stated_units(t, per)
    if per not in ("day", "week"):
        months = covered_months(t, ledger, pub_end)
        return None if months is None else (months[0].scale(1 / PER_MONTHS[per]), months[1])
    found = _covered(t, ledger, pub_end, days_between)
    if found is None:
        return None
    days, note, n_months = found
    return days.scale(1.0 if per == "day" else 1 / 7), note.replace(
        months_words(n_months), _days_words(days, n_months), 1
    )


#: "has taken 1,900 calls so far": a total said to run to now is counted to the publication
#: date, not to the latest month some other figure is given for.
_TO_NOW = re.compile(r"\b(?:so far|to date|thus far)\b", re.I)


def _covered(
    t: Entry,
    ledger: list[Entry],
    pub_end: Span3 | None,
    length: Callable[[Span3, Span3], float | None],
) -> tuple[Interval, str, float] | None:
    """The length of ``t``'s period by ``length``, its note, and its length in months.

    A period with no end ("since January") runs to the latest month the article gives a
    figure for, or to the publication date: both readings are kept, as an interval. One
    said to run to now ("so far") runs to the publication date."""
    if t.start is None:
        return None
    if t.end is not None and not t.open_end:
        n, months = length(t.start, t.end), months_between(t.start, t.end)
        if n is None or n <= 0 or months is None:
            return None
        return Interval(n, n), f"{_span_words(t.start, t.end)} ({months_words(months)})", months
    told_to_now = t.q.period is not None and _TO_NOW.search(t.q.period.text or "")
    anchor = None if told_to_now and pub_end is not None else _anchor(ledger, t.start, upto=pub_end)
    if anchor is None and pub_end is None:
        return None
    ends = [x for x in (anchor, pub_end) if x is not None]
    lengths = [length(t.start, x) for x in ends]
    spans = [months_between(t.start, x) for x in ends]
    if any(n is None or n <= 0 for n in (*lengths, *spans)):
        return None
    lo, hi = min(lengths), max(lengths)  # type: ignore[type-var]
    m_lo, m_hi = min(spans), max(spans)  # type: ignore[type-var]
    assert lo is not None and hi is not None and m_lo is not None and m_hi is not None
    words = _span_words(t.start, anchor or pub_end)  # type: ignore[arg-type]
    note = f"{words} ({months_words(m_lo)}"
    if anchor is not None:
        note += f", assuming the total runs to the end of {month_name(anchor)}, the latest "
        note += "month the article gives a figure for"
    if pub_end is not None and m_hi > m_lo:
        note += f"; {months_words(m_hi)} to the publication date"
    return Interval(lo, hi), note + ")", m_lo


def _later(a: Span3, b: Span3) -> bool:
    """Whether ``a`` falls after ``b`` (both with a year, or both without)."""
    if (a.year is None) != (b.year is None):
        return False
    return (a.year or 0, a.month, a.day) > (b.year or 0, b.month, b.day)


#: Days in one unit of an ISO 8601 length; months and years at their mean length.
_ISO_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}
PER_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
_ISO_WORDS = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_DURATION = re.compile(r"P([1-9]\d*)([DWMY])")


def is_instant(e: Entry) -> bool:
    """A figure read at an instant ("at the end of March"): a stock or level, which no rate
    adds up to and which is no part of what is counted over a span."""
    return e.q.period is not None and e.q.period.duration == "P0D"


def _stated_units(t: Entry, per: str) -> tuple[Interval, str] | None:
    """ "18 million streams in the show's first 12 weeks": the rate's units in a length the
    text states without dates. Calendar months vary from 28 to 31 days, so a length in
    months held against a rate per day or week is an interval."""
    period = t.q.period
    m = _DURATION.fullmatch(period.duration or "") if period is not None else None
    if period is None or m is None:
        return None
    n, unit = int(m.group(1)), m.group(2)
    days = n * _ISO_DAYS[unit]
    spread = 0.0 if unit in "DW" or per in ("month", "year") else 0.015 * days
    units = Interval(days - spread, days + spread).scale(1 / PER_DAYS[per])
    if unit in "MY" and per in ("month", "year"):
        months = n * (12 if unit == "Y" else 1)
        units = Interval(months, months).scale(1 / PER_MONTHS[per])
    word = _ISO_WORDS[unit] + ("" if n == 1 else "s")
    return units, f"{period.text} ({n} {word}, dates not given)"


def days_between(a: Span3, b: Span3) -> float | None:
    """Calendar days in [a, b]; a yearless span is read in a common year."""
    if (a.year is None) != (b.year is None):
        return None
    ya, yb = a.year or 2001, b.year or 2001
    try:
        return float((date(yb, b.month, b.day) - date(ya, a.month, a.day)).days + 1)
    except ValueError:
        return None


def _days_words(days: Interval, months: float) -> str:
    n = round(days.lo)
    return f"{months_words(months)}, {n} day" + ("" if n == 1 else "s")


def _span_words(a: Span3, b: Span3) -> str:
    """ "January–March 2025" when the span is whole months, else with its days: a rate
    "since last Thursday" is over "7–14 November 2024", not "November 2024"."""
    whole = a.day == 1 and b.day == calendar.monthrange(b.year or 2001, b.month)[1]
    if whole:
        if (a.year, a.month) == (b.year, b.month):
            return month_name(a)
        return f"{month_name(a)}–{month_name(b)}"
    year = "" if b.year is None else f" {b.year}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {calendar.month_name[b.month]}{year}"
    first = f"{a.day} {calendar.month_name[a.month]}"
    if a.year != b.year and a.year is not None:
        first += f" {a.year}"
    return f"{first} – {b.day} {calendar.month_name[b.month]}{year}"


def months_words(n: float) -> str:
    if abs(n - round(n)) < 0.05:
        return f"{round(n)} month" + ("" if round(n) == 1 else "s")
    return f"{n:.1f} months"


def plural_noun(noun: str | None) -> str:
    if not noun:
        return "an unnamed thing"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    plural = ("people", "staff", "personnel", "men", "children")
    return noun if noun.endswith(plural) else noun + "s"


def period_contains(outer: Entry, inner: Entry, ledger: list[Entry], pub_end: Span3 | None) -> bool:
    """Whether ``inner``'s period lies inside ``outer``'s and is shorter. An instant ("at the
    end of March") is inside no span: a stock read then is no part of a flow."""
    if outer.start is None or inner.start is None or inner.end is None or inner.open_end:
        return False
    if is_instant(outer) or is_instant(inner):
        return False
    if (outer.start.year is None) != (inner.start.year is None):
        return False
    # a span running to date ends at publication at the latest: "180 calls booked for 2023"
    # is no data of a season "between March and October" told on 31 October 2022
    o_end = (
        outer.end if not outer.open_end else (_anchor(ledger, outer.start, upto=pub_end) or pub_end)
    )
    if o_end is None or (o_end.year is None) != (inner.end.year is None):
        return False

    def key(d: Span3) -> tuple[int, int, int]:
        return (d.year or 0, d.month, d.day)

    start = key(outer.start)
    if _from_origin(outer) and key(inner.start) < start <= key(inner.end):
        start = key(inner.start)  # none before "deliveries began on January 6": January holds
    inside = start <= key(inner.start) and key(inner.end) <= key(o_end)
    return inside and (key(outer.start), key(o_end)) != (key(inner.start), key(inner.end))


#: "since deliveries began on January 6": a period that starts with the thing counted, so
#: nothing of it falls before its first day.
_ORIGIN = re.compile(
    r"^since\b.*\b(?:began|begun|started|opened|reopened|launched|took effect|came into force)\b",
    re.I,
)


def _from_origin(e: Entry) -> bool:
    return e.q.period is not None and _ORIGIN.search(e.q.period.text) is not None


#: Figures further apart than this are taken to measure different things. Reporting
#: slips run from tens of percent to a few times; a 21,000-pound wedding against a
#: 4-billion-pound market, or 620 students against "up to 12" a class, is two figures the
#: ledger paired wrongly, not a conflict.
FAR_APART = 5.0


def far_apart(a: Interval, b: Interval) -> bool:
    """Whether the nearest points of two amounts said to be the same thing differ by more
    than ``FAR_APART`` times ("up to 4,000" reaches 4,000, not its midpoint 2,000)."""
    if a.lo > b.hi:
        lo, hi = b.hi, a.lo
    elif b.lo > a.hi:
        lo, hi = a.hi, b.lo
    else:
        return False
    if lo <= 0 or math.isinf(hi):
        return False
    return hi > FAR_APART * lo


def is_money(e: Entry) -> bool:
    """A figure in a currency (an ISO 4217 code such as "EUR" as its unit)."""
    unit = e.q.unit or ""
    return len(unit) == 3 and unit.isupper()


def period_text(e: Entry) -> str:
    return e.q.period.text if e.q.period is not None else "no period given"


def unrelated_money(part: Entry, whole: Entry) -> bool:
    """Two sums of money that name nothing they pay for and share no doer or deed ("an
    overspend of £9.5m last year", "the £12m officers had forecast"): an article's money
    figures are budgets, costs, forecasts and takings, and a period alone does not make
    one a part of another."""
    if part.q.counted is not None or whole.q.counted is not None:
        return False
    unit = part.q.unit or ""
    if not (len(unit) == 3 and unit.isupper()) or unit != whole.q.unit:
        return False  # currencies are ISO codes
    same_deed = part.action is not None and part.action == whole.action
    same_doer = part.subject is not None and part.subject == whole.subject
    return not (same_deed or same_doer)
