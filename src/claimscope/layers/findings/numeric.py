"""Do the numbers add up? Checks over the quantities ledger, each showing its arithmetic.

Every figure is an interval (see ``_intervals.py``), and two figures are compared only
when they count the same thing in the same place over the same or a contained period
(see ``_ledger.py``). A conflict is a ``warning``; a check that passes and that a reader
would want to see ("180,000 over ten months is 18,000 a month") is an ``info``.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding, Quantity
from claimscope.contract.model import Span as Sentence
from claimscope.layers.findings._intervals import Interval, fmt
from claimscope.layers.findings._ledger import (
    EVENTS,
    Entry,
    Span3,
    build_ledger,
    month_name,
    months_between,
    same_thing,
)
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.base import check, new_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft

__all__ = [
    "check_changes",
    "check_linked_things",
    "check_parts",
    "check_percentages",
    "check_rates",
    "check_sums",
]

_READS = ("quantities", "sentences")


@dataclass
class _Book:
    """One article's ledger and the changes it states, built once and read by every check."""

    doc: Doc
    draft: Draft
    quantities: list[Quantity]
    entries: list[Entry]
    _changes: list[_Change] | None = None
    _comparisons: list[_Change] | None = None

    @property
    def changes(self) -> list[_Change]:
        if self._changes is None:
            self._changes = _changes(self.doc, self.entries, self.draft)
        return self._changes

    @property
    def comparisons(self) -> list[_Change]:
        if self._comparisons is None:
            self._comparisons = _comparisons(self.doc, self.entries)
        return self._comparisons


_LAST = threading.local()


def _book(doc: Doc, draft: Draft) -> _Book:
    """The ledger of the article the checks are looking at, built on first use.

    The findings layer runs every check on the same doc and draft in turn; one slot per
    thread, keyed by identity, is enough for them to share a single ledger, and a later
    article (or a re-run quantities layer) replaces it."""
    last: _Book | None = getattr(_LAST, "book", None)
    if (
        last is not None
        and last.doc is doc
        and last.draft is draft
        and last.quantities is draft.quantities
    ):
        return last
    book = _Book(doc, draft, draft.quantities, build_ledger(doc, draft))
    _LAST.book = book
    return book


_PER_MONTHS = {"day": 1 / 30.44, "week": 1 / 4.345, "month": 1.0, "year": 12.0}
_PER_WORD = {"day": "a day", "week": "a week", "month": "a month", "year": "a year"}


def _finding(kind: str, severity: str, message: str, explanation: str, *entries: Entry) -> Finding:
    return new_finding(kind, severity, message, explanation, quantities=[e.q.id for e in entries])


def _same(a: Entry, b: Entry) -> bool:
    """Same thing, same unit, same holder, same mood, and no clash of places."""
    return (
        same_thing(a, b)
        and a.q.unit == b.q.unit
        and (not a.place or not b.place or a.place == b.place)
        and not _scopes_clash(a, b)
        and a.scope.hedged == b.scope.hedged
        and not _actions_clash(a, b)
        and not _subjects_clash(a, b)
    )


def _scopes_clash(a: Entry, b: Entry) -> bool:
    """Figures scoped to different holders: a place or name on one side that the other's
    names or places do not share ("the Brighton shelter" against "its sister shelter in
    Hove"), or a doer marked as another one ("its rival", "its sister shelter")."""
    if a.scope.other != b.scope.other:
        return True
    for one, group in ((a, b), (b, a)):
        if not one.scope.names or one.scope.plural or one.scope.across or group.scope.names:
            continue
        if group.scope.across or (group.scope.plural and group.scope.doer == one.scope.doer):
            return True  # "Kingsmead's department" against "the region's departments"
    where_a, where_b = a.place | a.scope.names, b.place | b.scope.names
    return bool(where_a and where_b and not where_a & where_b)


def _actions_clash(a: Entry, b: Entry) -> bool:
    """Different things done: two news events ("arrested" and "killed"), or two verbs that
    produced an amount ("spent" and "earned"). Two plain verbs about the same people
    ("4,200 workers stayed away", "3,000 workers joined the stoppage") may be one event in
    other words, so they do not keep the figures apart on their own."""
    if a.action is None or b.action is None or a.action == b.action:
        return False
    if a.q.unit in _TIME_UNITS and a.action in _TIME_GIVEN and b.action in _TIME_GIVEN:
        return False  # "put in 600 hours a week", "logged 14,000 hours": time worked
    if a.q.unit in _LENGTH_UNITS and a.action in _PROGRESS and b.action in _PROGRESS:
        return False  # "advances 15 metres a day", "has bored 2.9 kilometres": one advance
    if a.q.unit is not None or b.q.unit is not None:
        return True
    if a.action in EVENTS or b.action in EVENTS:
        return True
    return any(a.action in pair and b.action in pair for pair in _OPPOSITE_FLOWS)


_TIME_UNITS = frozenset(("second", "minute", "hour", "day", "week", "month", "year"))
#: Verbs that give or record time worked: one action for figures in time units.
_TIME_GIVEN = frozenset(
    ("put", "log", "work", "give", "volunteer", "spend", "clock", "contribute", "do", "donate")
)

_LENGTH_UNITS = frozenset(("m", "km", "mile", "foot", "yard"))
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
    return a.subject not in b.words and b.subject not in a.words


def _within(inner: Entry, outer: Entry) -> bool:
    """Whether ``inner``'s period lies in ``outer``'s, when ``outer`` has a closed period.

    A rate said to hold "in 2023" says nothing about March 2024."""
    if outer.start is None or outer.end is None or outer.open_end:
        return True
    if inner.start is None or inner.end is None:
        return True
    if (inner.start.year is None) != (outer.start.year is None):
        return True

    def key(d: Span3) -> tuple[int, int, int]:
        return (d.year or 0, d.month, d.day)

    return key(outer.start) <= key(inner.start) and key(inner.end) <= key(outer.end)


def _anchor(ledger: list[Entry], start: Span3) -> Span3 | None:
    """The end of the latest month the article gives a figure for, after ``start``."""
    best: Span3 | None = None
    for e in ledger:
        if e.end is None or e.open_end or (e.end.year is None) != (start.year is None):
            continue
        if (e.end.year or 0, e.end.month) < (start.year or 0, start.month):
            continue
        if best is None or (e.end.year or 0, e.end.month, e.end.day) > (
            best.year or 0,
            best.month,
            best.day,
        ):
            best = e.end
    return best


def _length(t: Entry, ledger: list[Entry], pub_end: Span3 | None) -> tuple[Interval, str] | None:
    """The months ``t`` covers, as an interval, and how that was decided."""
    if t.start is None:
        return None
    if t.end is not None and not t.open_end:
        n = months_between(t.start, t.end)
        if n is None or n <= 0:
            return None
        return Interval(n, n), f"{_span_words(t.start, t.end)} ({_months(n)})"
    anchor = _anchor(ledger, t.start)
    if anchor is None and pub_end is None:
        return None
    ends = [x for x in (anchor, pub_end) if x is not None]
    lengths = [months_between(t.start, x) for x in ends]
    if any(n is None or n <= 0 for n in lengths):
        return None
    lo, hi = min(lengths), max(lengths)  # type: ignore[type-var]
    assert lo is not None and hi is not None
    words = _span_words(t.start, anchor or pub_end)  # type: ignore[arg-type]
    note = f"{words} ({_months(lo)}"
    if anchor is not None:
        note += f", assuming the total runs to the end of {month_name(anchor)}, the latest "
        note += "month the article gives a figure for"
    if pub_end is not None and hi > lo:
        note += f"; {_months(hi)} to the publication date"
    return Interval(lo, hi), note + ")"


def _span_words(a: Span3, b: Span3) -> str:
    if (a.year, a.month) == (b.year, b.month):
        return month_name(a)
    return f"{month_name(a)}–{month_name(b)}"


def _months(n: float) -> str:
    if abs(n - round(n)) < 0.05:
        return f"{round(n)} month" + ("" if round(n) == 1 else "s")
    return f"{n:.1f} months"


def _pub_end(draft: Draft) -> Span3 | None:
    raw = draft.article.published
    if not raw or len(raw) < 10 or not raw[:4].isdigit():
        return None
    return Span3(int(raw[:4]), int(raw[5:7]), int(raw[8:10]))


@check("numeric_rates", kinds=("rate_total_mismatch", "range_violation"), reads=_READS)
def check_rates(doc: Doc, draft: Draft) -> list[Finding]:
    """A rate against figures for the same thing: one period's figure, or a total over many."""
    book = _book(doc, draft)
    ledger = book.entries
    pub_end = _pub_end(draft)
    out: list[Finding] = []
    baselines = {id(c.before) for c in book.changes}
    text = doc.text  # built anew from the tokens on every access
    for r in ledger:
        per = r.q.per
        if per is None:
            continue
        if r.q.period is not None and r.start is None:
            continue  # "a day in peak season": held over months the text does not give
        if r.scope.peak or _per_member(text, r):
            continue  # a maximum rate, or one for each member ("28 litres a day each")
        if r.scope.each is not None:
            team = _team_rate(ledger, r)
            if team is None:
                continue  # "Shearers each clip 200 a day": how many is not said
            r = team
        unit_months = _PER_MONTHS[per]
        for t in ledger:
            if t is r or t.is_rate or t.scope.peak or not _same(r, t) or not _within(t, r):
                continue
            if id(t) in baselines and r.q.period is None:
                continue  # "up from 16,200 a year earlier": the rate stated now is later
            lasting = _lasting(text, t, ledger, per)
            found = lasting or _length(t, ledger, pub_end)
            if found is None:
                continue
            months, note = found
            units = months.scale(1 / unit_months)
            if units.hi <= 1.05 and units.lo >= 0.95:
                if not r.scope.average:  # an average bounds totals, not each period
                    out.extend(_range_check(r, t, note))
            elif units.lo > 1.05:
                finding = _rate_total(r, t, units, note)
                if (
                    lasting is None
                    and finding.severity == "warning"
                    and _WORKED.match(text, r.q.end)
                ):
                    finding = finding.model_copy(
                        update={
                            "severity": "info",
                            "explanation": finding.explanation
                            + "; the rate is per working day or shift, and how many of"
                            " those the calendar period held is not stated",
                        }
                    )
                out.append(finding)
    out = [_member_info(text, f, ledger) for f in out]
    out.extend(_each_ranges(ledger))
    return out


def _member_info(text: str, f: Finding, ledger: list[Entry]) -> Finding:
    """ "A hive yields around 20 kilograms a year" against the year's 6,800 kilograms: a
    rate for one unnamed member of a kind bounds a total only once the members are counted,
    which the article may do in pieces ("30 members each keep 12 hives"), so a conflict
    with it is shown as info."""
    if f.severity != "warning" or not any(
        e.q.id in f.quantities and e.is_rate and (e.scope.generic or _generic_before(text, e))
        for e in ledger
    ):
        return f
    note = (
        "; the rate is stated for one member of a kind, and how many members the total"
        " covers is not stated"
    )
    explanation = f.explanation.rstrip(".") + note + "."
    return f.model_copy(update={"severity": "info", "explanation": explanation})


#: "..., and a hive yields around": an indefinite singular subject opening the figure's
#: clause, right before its verb (the parse may read "a hive yields" as one noun phrase).
_GENERIC = re.compile(
    r"(?:^|[.;,:]\s*(?:and\s+|but\s+|while\s+)?|\b(?:and|but|while)\s+)"
    r"\s*(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z]+(?<!s)\s+[a-z]+s\s+$",
    re.I,
)


def _generic_before(text: str, e: Entry) -> bool:
    start = text.rfind(".", 0, e.q.start) + 1
    return _GENERIC.search(text, start, e.q.start) is not None


#: A rate per day worked, not per calendar day ("40 parcels per working day", "300 scans a
#: shift"): over a calendar period it gives no total unless the days worked are stated.
_WORKED = re.compile(
    r"[^.;:]{0,40}?\b(?:a|an|per|each|every)\s+(?:working|school|trading|business|opening|"
    r"open|match|race|shooting|teaching|working)\s+day\b|"
    r"[^.;:]{0,40}?\b(?:a|per|each|every)\s+(?:shift|session|weekday|sitting)\b|"
    r"[^.;:]{0,40}?\bon\s+(?:the\s+)?(?:working|school|trading|open|opening|match|race|"
    r"market|show)\s+days\b|[^.;:]{0,40}?\bwhen (?:it is |they are |it's )?open\b|"
    r"[^.;:]{0,40}?\b(?:during|on|in|over)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+)?"
    r"(?:shifts|weekdays|working days|school days)\b",
    re.I,
)

#: Days (or weeks...) of a kind, per rate unit: "a week" of clinic work is five working days.
_KIND_PER = {"day": 1.0, "week": 5.0, "month": 21.7, "year": 253.0}
_OVER_SPAN = re.compile(
    r"^[^.;:,]{0,40}?\b(?:over|in|across|during|within|for)\s+(?:the\s+)?$", re.I
)


def _lasting(text: str, t: Entry, ledger: list[Entry], per: str) -> tuple[Interval, str] | None:
    """ "saw 310 patients over five working days": a length of time stated right after the
    figure is the span it covers, closer than the dated period around it ("in the first
    week of April"). Working or school days count only the days a rate "a day" is kept."""
    for d in ledger:
        unit = d.q.unit or ""
        kind, _, base = unit.rpartition(" ")
        if d.sent != t.sent or base not in _PER_MONTHS or d.is_rate:
            continue
        if d.q.start >= t.q.end:
            if not _OVER_SPAN.match(text[t.q.end : d.q.start]):
                continue
        elif d.q.end > t.q.start or not _span_before(text, d, t):
            continue
        iv = d.iv
        if math.isinf(iv.hi) and d.q.low is not None:
            iv = Interval(d.q.low, d.q.low)  # "over five working days": a span, not "> 5"
        if kind:  # working days: the rate's unit holds _KIND_PER of them
            months = iv.scale(_PER_MONTHS[per] / _KIND_PER[per] * _KIND_PER.get(base, 1.0))
        else:
            months = iv.scale(_PER_MONTHS[base])
        return months, f"{d.q.text} ({_months(months.mid)})"
    return None


_SPAN_HEAD = re.compile(r"^(?:over|in|across|during|within|for)\s", re.I)
_SPAN_OPEN = re.compile(r"\b(?:over|in|across|during|within|for)\s+(?:the\s+)?$", re.I)
_SPAN_GAP = re.compile(r"^\s*,?\s*(?:[A-Za-z'\u2019]+\s+){0,4}$")


def _span_before(text: str, d: Entry, t: Entry) -> bool:
    """ "Last week, over five working days, it removed 11,200 tonnes": a length of time set
    before the figure in its clause, a few words (no other figure or clause) between."""
    opens = _SPAN_HEAD.match(d.q.text) or _SPAN_OPEN.search(text, max(0, d.q.start - 12), d.q.start)
    gap = text[d.q.end : t.q.start]
    return bool(opens) and _SPAN_GAP.match(gap) is not None and not _CLAUSE_BREAK.search(gap)


_PER_MEMBER = re.compile(
    r"^[^.;:]{0,40}?(?:\b(?:each|apiece)\b|\bper (?:head|capita|person|member|pupil|"
    r"household|employee|worker|patient|cow|animal|vehicle|car|bed|room)\b|"
    r"\bfor every (?!day|week|month|year)\w+)",
    re.I,
)
_TIME_AFTER = re.compile(r"^[^.;:]{0,40}?\b(?:a|per|every|each) (?:day|week|month|year)\b", re.I)


def _per_member(text: str, r: Entry) -> bool:
    """ "The 140 cows produce 28 litres of milk a day each": a rate per member of a group,
    to be multiplied by the group before it can be held against the group's total."""
    after = text[r.q.end : r.q.end + 60]
    m = _PER_MEMBER.match(after)
    if m is None:
        return False
    time = _TIME_AFTER.match(after)
    # "each day" is the rate's own period, not a member
    return not (time is not None and time.end() >= m.end() and "each" in m.group(0)[-5:])


def _team_rate(ledger: list[Entry], r: Entry) -> Entry | None:
    """ "Five shearers each clip about 200 sheep a day": a rate for each member of a counted
    group is the group's rate times its size (1,000 a day), the figure a total for the
    whole team is held against; without the group's size there is no team rate."""
    for m in ledger:
        if (
            m.sent == r.sent
            and m.q.start < r.q.start
            and not m.is_rate
            and m.q.unit is None
            and m.q.low == m.q.high
            and m.q.low
            and m.thing is not None
            and m.thing.split()[-1] == r.scope.each
        ):
            n = m.q.low
            low, high = r.q.low or 0.0, r.q.high or 0.0
            q = r.q.model_copy(
                update={"low": low * n, "high": high * n, "text": f"{m.q.text} × {r.q.text}"}
            )
            return replace(r, q=q, iv=r.iv.scale(n))
    return None


def _each_ranges(ledger: list[Entry]) -> list[Finding]:
    """ "every home game has drawn between 18,000 and 22,000 spectators" against one such
    game's figure: the range holds for each thing the distributive subject names."""
    out: list[Finding] = []
    for r in ledger:
        if r.scope.each is None or r.is_rate or r.q.low == r.q.high:
            continue
        for t in ledger:
            if (
                t is r
                or t.is_rate
                or t.scope.each is not None
                or (t.scope.doer != r.scope.each and not t.scope.one)
                or (t.scope.plural and not t.scope.one)  # "Its 300 hives produced 8.1 t"
                or t.q.low != t.q.high
                or not _same(r, t)
                or t.iv.meets(r.iv)
            ):
                continue
            above = t.iv.lo > r.iv.hi
            out.append(
                _finding(
                    "range_violation",
                    "warning",
                    f"{t.q.text} lies {'above' if above else 'below'} the {r.q.text} said to "
                    f"hold for every {r.scope.each}.",
                    f"{t.q.text} for one {r.scope.each} against {r.q.text} for each "
                    f"{r.scope.each}: {t.iv} lies outside {r.iv}.",
                    t,
                    r,
                )
            )
    return out


def _range_check(r: Entry, t: Entry, note: str) -> list[Finding]:
    if t.iv.meets(r.iv):
        return []
    per = r.q.per or "period"
    above = t.iv.lo > r.iv.hi
    stated = Interval(r.q.low or 0.0, r.q.high or 0.0)
    edge = stated.hi if above else stated.lo
    value = (t.q.low if above else t.q.high) or 0.0
    diff = abs(value - edge)
    share = diff / edge * 100 if edge else math.inf
    where = "above the top" if above else "below the bottom"
    return [
        _finding(
            "range_violation",
            "warning",
            f"{t.q.text} for {note.split(' (')[0]} lies {where.split()[0]} the "
            f"{r.q.text} {_PER_WORD.get(per, 'per ' + per)} the article also reports.",
            f"{t.q.text} in one {per} ({note}) against a stated {stated} per {per}: "
            f"{fmt(diff)} ({share:.0f}%) {where} of the range, beyond rounding "
            f"(the range allows {r.iv}, the figure {t.iv}).",
            t,
            r,
        )
    ]


def _rate_total(r: Entry, t: Entry, units: Interval, note: str) -> Finding:
    per = r.q.per or "period"
    expected = r.iv * units
    implied = t.iv / units
    n = f"{units.lo:.1f}" if math.isclose(units.lo, units.hi) else f"{units.lo:.1f}–{units.hi:.1f}"
    n = n.replace(".0", "")
    stated = Interval(r.q.low or 0.0, r.q.high or 0.0)
    point = fmt(t.iv.mid / units.lo) if t.q.approx == "=" else str(implied)
    if t.q.approx == "=" and not math.isclose(units.lo, units.hi):
        point += f" ({fmt(t.iv.mid / units.hi)} over {units.hi:.1f} {per}s)"
    arithmetic = (
        f"{t.q.text} / {n} {per}s = {point} per {per}; "
        f"{stated} per {per} × {n} {per}s = {stated * units} "
        f"({expected} allowing for rounding); period: {note}"
    )
    if t.iv.meets(expected):
        mid = t.iv.mid / units.lo  # the reading the note gives first (to the latest month)
        top, bottom = r.iv.hi, r.iv.lo
        if abs(mid - top) <= 0.03 * top:
            where = "the top of"
        elif abs(mid - bottom) <= 0.03 * max(bottom, 1):
            where = "the bottom of"
        elif bottom <= mid <= top:
            where = "within"
        else:
            where = "close to"
        return _finding(
            "rate_total_mismatch",
            "info",
            f"{t.q.text} over {note.split(' (')[0]} is about {fmt(mid)} {_PER_WORD[per]}: "
            f"{where} the stated {r.q.text} {_PER_WORD[per]}.",
            arithmetic,
            t,
            r,
        )
    return _finding(
        "rate_total_mismatch",
        "warning",
        f"{r.q.text} {_PER_WORD[per]} over {note.split(' (')[0]} does not give {t.q.text}.",
        arithmetic + f"; {t.iv} lies outside {expected}",
        t,
        r,
    )


_LINK = re.compile(
    r"^\W*(?:this|these|that|those|such)\b|\b(?:result(?:ed|s)? in|led to|lead(?:s|ing)? to|"
    r"brought|bringing|brings|amount(?:ed|s|ing)? to|translat\w* (?:in)?to|add(?:s|ed)? up to|"
    r"equal(?:s|led|ing)?|caus(?:ed|es|ing))\b",
    re.I,
)


@check("numeric_linked_things", kinds=("unit_mismatch",), reads=_READS)
def check_linked_things(doc: Doc, draft: Draft) -> list[Finding]:
    """Figures the text combines or compares that count different things.

    Only figures the text itself puts together are compared: the figure a link names
    ("this exodus resulted in X", "bringing the total to X") against the figure it links
    back to, and the before and after of a stated change ("5,200 operations, up from 4,800
    patients"). Two counts that merely share a paragraph are never a mismatch.
    """
    book = _book(doc, draft)
    ledger = book.entries
    pub_end = _pub_end(draft)
    out: list[Finding] = []
    for t, r in _linked_pairs(draft, ledger):
        out.append(_mismatch(r, t, ledger, pub_end, "links"))
    for change in book.changes:
        a, b = change.before, change.after
        if _countable(a) and _countable(b) and not same_thing(a, b):
            out.append(_mismatch(a, b, ledger, pub_end, "compares"))
    for cmp in book.comparisons:
        a, b = cmp.after, cmp.before
        if _different_kinds(a, b):
            out.append(_mismatch(b, a, ledger, pub_end, "compares"))
    return out


def _different_kinds(a: Entry, b: Entry) -> bool:
    """Two compared figures that cannot measure the same thing: a count against an amount
    ("1.9 million containers" and "1.5 million tonnes of grain"), or two counts of
    different named things ("knife crimes" and "arrests")."""
    if a.q.unit in _SHARE_UNITS or b.q.unit in _SHARE_UNITS:
        return False
    if a.q.unit != b.q.unit:
        return (a.q.unit is None and _countable(a)) or (b.q.unit is None and _countable(b))
    if not (_countable(a) and _countable(b)) or same_thing(a, b):
        return False
    # Counted nouns that share a word ("flu" and "flu jab") are more likely one thing
    # parsed two ways than two things: no warning on a guess.
    return not set((a.q.counted or "").lower().split()) & set((b.q.counted or "").lower().split())


_THAN = re.compile(
    r"\s+(?P<dir>more|fewer|less|higher|lower|greater|bigger|smaller|larger)\s+than\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|last year's\s+)?$",
    re.I,
)


def _comparisons(doc: Doc, ledger: list[Entry]) -> list[_Change]:
    """ "5,600 knife crimes last year, 900 more than the 4,700 arrests the year before":
    the figure compared (the nearest earlier one in the sentence), the difference and the
    figure it is compared with, read as a change from the latter to the former."""
    text = doc.text
    out: list[_Change] = []
    for d in ledger:
        for b in ledger:
            if b.sent != d.sent or b.q.start <= d.q.end or b.q.start - d.q.end > 40:
                continue
            m = _THAN.match(text[d.q.end : b.q.start])
            if m is None:
                continue
            earlier = [
                e
                for e in ledger
                if e.sent == d.sent and e.q.end <= d.q.start and e.q.unit not in _SHARE_UNITS
            ]
            if not earlier and _THAT_IS.search(_sentence_head(text, d.q.start)):
                # "That is 20,000 more than ...": the figure of the sentence before
                earlier = [
                    e for e in ledger if e.sent == d.sent - 1 and e.q.unit not in _SHARE_UNITS
                ]
            if earlier and d.q.unit not in _SHARE_UNITS and not earlier[-1].is_rate:
                word = "up" if m.group("dir").lower() in _MORE else "down"
                out.append(_Change(word, b, earlier[-1], [d]))
    return out + _factor_comparisons(text, ledger)


#: "1.2 million bags, twice the 600,000 tonnes": a figure set against another by a factor.
_TIMES = re.compile(
    r",?\s+(?:or\s+|almost\s+|nearly\s+|about\s+|roughly\s+|more than\s+)?"
    r"(?P<f>twice|double|triple|three times|four times|half)\s+(?:as many as\s+|as much as\s+)?"
    r"(?:the\s+|its\s+|their\s+|last year's\s+)?$",
    re.I,
)
_TIMES_WORD = {
    "twice": "doubled",
    "double": "doubled",
    "triple": "tripled",
    "three times": "tripled",
    "four times": "quadrupled",
    "half": "halved",
}


def _factor_comparisons(text: str, ledger: list[Entry]) -> list[_Change]:
    """ "84 ships, twice the 61 of 2019": the later figure compared with the earlier by a
    factor, read as a change by that factor from the latter to the former. Hedged words
    ("almost", "about") keep the factor check's own 5% slack, so only the pairing is read."""
    out: list[_Change] = []
    for a in ledger:
        nxt = [b for b in ledger if b.sent == a.sent and 0 < b.q.start - a.q.end <= 60]
        if not nxt or a.q.unit in _SHARE_UNITS or a.is_rate:
            continue
        b = min(nxt, key=lambda e: e.q.start)
        gap = text[a.q.end : b.q.start]
        m = _TIMES.search(gap)
        if m is None or b.q.unit in _SHARE_UNITS or b.is_rate:
            continue
        if re.search(r"[.;:]", gap[: m.start()]) or m.group(0).lower().strip(", ").startswith(
            ("almost", "nearly", "about", "roughly", "more than")
        ):
            continue
        out.append(_Change(_TIMES_WORD[m.group("f").lower()], b, a, []))
    return out


_MORE = ("more", "higher", "greater", "bigger", "larger")
#: A sentence opening that points back to the previous sentence's figure.
_THAT_IS = re.compile(
    r"^\W*(?:that|this|it|which)(?:'s| is| was| means| represents| marks| makes)\s+"
    r"(?:about |some |around |nearly |almost |roughly |just )?$",
    re.I,
)


def _sentence_head(text: str, start: int) -> str:
    """The text of the sentence before position ``start`` (back to the last full stop or
    line break)."""
    head = text[max(0, start - 80) : start]
    cut = max(head.rfind(". "), head.rfind("\n"))
    return head[cut + 1 :] if cut >= 0 else head


def _countable(e: Entry) -> bool:
    """A bare count of a common noun ("3200 Phaethon" is a name, not a count)."""
    return (
        e.q.unit is None
        and e.thing is not None
        and e.q.counted is not None
        and not e.q.counted[:1].isupper()
    )


def _linked_pairs(draft: Draft, ledger: list[Entry]) -> list[tuple[Entry, Entry]]:
    """(the figure a link names, the figure it links back to), for each link phrase."""
    pairs: list[tuple[Entry, Entry]] = []
    for s, sentence in enumerate(draft.sentences):
        cue = _LINK.search(sentence.text)
        if cue is None:
            continue
        at = sentence.start + cue.start()
        after = [e for e in ledger if e.sent == s and e.q.start >= at + len(cue.group(0)) - 1]
        t = min(after, key=lambda e: e.q.start, default=None)
        if t is None or not _countable(t):
            continue
        here = [e for e in ledger if e.sent == s and e.q.end <= at and _countable(e)]
        back = [
            e
            for e in ledger
            if e.sent == s - 1 and _countable(e) and (e.is_rate or (e.start and t.start))
        ]
        r = here[-1] if here else (back[-1] if back else None)
        if r is not None and not same_thing(r, t):
            pairs.append((t, r))
    return pairs


def _mismatch(r: Entry, t: Entry, ledger: list[Entry], pub_end: Span3 | None, how: str) -> Finding:
    explanation = (
        f"{t.q.text} counts {_plural(t.q.counted)}; {r.q.text} counts {_plural(r.q.counted)}. "
        "The two cannot be checked against each other"
    )
    found = _length(t, ledger, pub_end) if r.is_rate and r.q.per else None
    if found is not None and r.q.per is not None:
        months, note = found
        units = months.scale(1 / _PER_MONTHS[r.q.per])
        explanation += (
            f": had they counted the same thing, {Interval(r.q.low or 0.0, r.q.high or 0.0)} "
            f"per {r.q.per} over {note} "
            f"would give {Interval(r.q.low or 0.0, r.q.high or 0.0) * units}, "
            f"against {t.q.text}"
        )
    return _finding(
        "unit_mismatch",
        "warning",
        f"The article {how} {t.q.text} {_plural(t.q.counted)} to {r.q.text} "
        f"{_plural(r.q.counted)}, "
        "but they count different things.",
        explanation + ".",
        t,
        r,
    )


def _plural(noun: str | None) -> str:
    if not noun:
        return "an unnamed thing"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun if noun.endswith(("people", "staff", "personnel")) else noun + "s"


def _contains(outer: Entry, inner: Entry, ledger: list[Entry], pub_end: Span3 | None) -> bool:
    """Whether ``inner``'s period lies inside ``outer``'s and is shorter."""
    if outer.start is None or inner.start is None or inner.end is None or inner.open_end:
        return False
    if (outer.start.year is None) != (inner.start.year is None):
        return False
    o_end = outer.end if not outer.open_end else (_anchor(ledger, outer.start) or pub_end)
    if o_end is None or (o_end.year is None) != (inner.end.year is None):
        return False

    def key(d: Span3) -> tuple[int, int, int]:
        return (d.year or 0, d.month, d.day)

    inside = key(outer.start) <= key(inner.start) and key(inner.end) <= key(o_end)
    return inside and (key(outer.start), key(o_end)) != (key(inner.start), key(inner.end))


@check("numeric_parts", kinds=("part_exceeds_whole",), reads=_READS)
def check_parts(doc: Doc, draft: Draft) -> list[Finding]:
    """A figure for a sub-period, or "A of the B", larger than its whole."""
    ledger = _book(doc, draft).entries
    pub_end = _pub_end(draft)
    out: list[Finding] = []
    for part in ledger:
        pointed = None if part.is_rate else _pronoun_whole(doc, part, ledger)
        for whole in ledger:
            if part is whole or part.is_rate or whole.is_rate:
                continue
            pronoun = pointed is whole
            if not pronoun and not _same(part, whole):
                continue
            contained = _contains(whole, part, ledger, pub_end)
            partitive = pronoun or _partitive(doc, part, whole) or _subgroup(part, whole)
            if not (contained or partitive) or part.iv.lo <= whole.iv.hi:
                continue
            what = "its sub-period" if contained else "the group it belongs to"
            guessed = not (contained or pronoun or _partitive(doc, part, whole))
            if guessed and _narrowed(doc, whole):
                out.append(_narrowed_info(part, whole))
                continue
            out.append(
                _finding(
                    "part_exceeds_whole",
                    "warning",
                    f"{part.q.text} is larger than {whole.q.text}, although it is a part of it.",
                    f"{part.q.text} ({_when(part)}) > {whole.q.text} ({_when(whole)}): a figure "
                    f"for {what} cannot exceed the whole ({part.iv} vs {whole.iv}).",
                    part,
                    whole,
                )
            )
    return out


_NARROWING = frozenset(("under", "over", "below", "above", "aged", "between", "from", "who"))


def _narrowed(doc: Doc, whole: Entry) -> bool:
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


def _narrowed_info(part: Entry, whole: Entry) -> Finding:
    return _finding(
        "part_exceeds_whole",
        "info",
        f"{part.q.text} is larger than {whole.q.text}; the two are not taken as part and whole.",
        f"{part.q.text} ({_when(part)}) > {whole.q.text} ({_when(whole)}), but the whole is "
        "narrowed after its noun, so it may itself be a subgroup of the larger figure.",
        part,
        whole,
    )


def _subgroup(part: Entry, whole: Entry) -> bool:
    """ "the fleet of 300 buses ... 450 electric buses": a count whose noun is the whole's
    noun narrowed by modifiers, for the same period and the same deed, is a part of it.
    Pledges, averages, maxima and figures for different times are not compared."""
    cp = canonical(part.q.counted or "").split()
    cw = canonical(whole.q.counted or "").split()
    if not cp or not cw or cp[-1] != cw[-1] or len(cp) <= len(cw):
        return False
    if not set(cw[:-1]) <= set(cp[:-1]):
        return False
    if (part.start, part.end) != (whole.start, whole.end) or part.open_end != whole.open_end:
        return False
    if part.sent == whole.sent and 0 <= whole.q.start - part.q.end < 30:
        return False  # "700 fallow and 400 roe": list siblings the parse ran together
    if part.action is not None and whole.action is not None and part.action != whole.action:
        return False
    return not any(e.scope.hedged or e.scope.average or e.scope.peak for e in (part, whole))


def _when(e: Entry) -> str:
    return e.q.period.text if e.q.period is not None else "no period given"


_OF_THEM = re.compile(
    r"\s+(?:out )?of (?:them|those|these|whom|which|(?P<total>(?:that|this|the) (?:figure|total|"
    r"number|sum|amount|tally|count)))\b",
    re.I,
)
_OF_WHOM = re.compile(
    r"\b(?:of (?:whom|which|them|those|these)|(?P<total>(?:out )?of (?:that|this|the) (?:figure|"
    r"total|number|sum|amount|tally))),?\s+$",
    re.I,
)
#: "15 of the counts", "Of the patients, 40": a definite noun naming an earlier group.
_OF_THE_NOUN = re.compile(
    r"\s+(?:out )?of (?P<det>the|these|those|its|their|his|her) (?P<noun>[a-z][\w-]*)\b"
    r"(?![\s\d]*\d)",
    re.I,
)
_OF_THE_NOUN_BEFORE = re.compile(
    r"^\s*(?:of|among) (?P<det>the|these|those|this|that|its|their) (?P<noun>[a-z][\w-]*),\s+$",
    re.I,
)


def _pronoun_whole(doc: Doc, part: Entry, ledger: list[Entry]) -> Entry | None:
    """The earlier figure an anaphoric "of" points back to, the whole of the part.

    "230 guests have fallen ill, and 260 of them ...", "1,240 casualties, of whom 310",
    "£1.5m of that figure": the nearest earlier figure of the same unit in this sentence
    or the one before. "15 of the counts", "Of the pupils, 310": the nearest earlier figure
    (this sentence or the two before) whose counted noun is that noun."""
    if part.q.unit in _SHARE_UNITS:
        return None  # "half of those": a share of the group, not a count in it
    text = doc.text
    window = text[max(0, part.q.start - 40) : part.q.start]
    after = _OF_THEM.match(text, part.q.end)
    before = _OF_WHOM.search(window[-20:])
    noun = None
    pointing = False
    if after is None and before is None:
        m = _OF_THE_NOUN.match(text, part.q.end) or _OF_THE_NOUN_BEFORE.match(
            window[window.rfind(".") + 1 :] if "." in window else window
        )
        if m is None:
            return None
        noun = _lemma_at(doc, m, part)
        if noun is None:
            return None
        # "those"/"these" point back whatever noun re-describes the group ("lent 18,500
        # books ... 21,000 of those loans"): the nearest earlier count is the whole
        pointing = m.group("det").lower() in ("those", "these", "that", "this")
    if after is not None and re.match(
        r"\s+(?:out )?of th[eo]se [a-z]", after.string[after.start() :]
    ):
        pointing = True  # "21,000 of those loans": a demonstrative re-describing the group
    total = any(m is not None and m.group("total") for m in (after, before))
    earlier = [
        e
        for e in ledger
        if e.q.end <= part.q.start
        and part.sent - (1 if noun is None else 2) <= e.sent <= part.sent
        and e.q.unit == part.q.unit
        and not e.is_rate
        and (
            total
            or (
                noun is not None
                and canonical(e.q.counted or "").split()[-1:] == canonical(noun).split()[-1:]
            )
            # "called out 164 times" ... "180 of the call-outs": one thing in other words
            or (noun is not None and e.thing is not None and e.thing == part.thing)
            or (pointing and e.q.counted is not None)
            or (noun is None and (part.q.counted is None or e.thing is None or same_thing(part, e)))
        )
    ]
    if before is not None:  # "of whom" follows its whole directly
        earlier = [e for e in earlier if e.q.end <= part.q.start - 20 + before.start() + 1]
    return earlier[-1] if earlier else None


def _lemma_at(doc: Doc, m: re.Match[str], part: Entry) -> str | None:
    """The lemma of the noun an "of the N" names, from the parse ("counts" -> "count")."""
    start = m.start("noun")
    if m.re is _OF_THE_NOUN_BEFORE:
        start += max(0, part.q.start - 40)
        window = doc.text[max(0, part.q.start - 40) : part.q.start]
        start += window.rfind(".") + 1 if "." in window else 0
    span = doc.char_span(start, start + len(m.group("noun")), alignment_mode="expand")
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    return str(span.root.lemma_).lower()


def _partitive(doc: Doc, part: Entry, whole: Entry) -> bool:
    """ "A of the B": the part directly followed by "of (the|its|their)" and the whole."""
    if part.q.end >= whole.q.start:
        return False
    between = doc.text[part.q.end : whole.q.start].strip()
    if whole.q.start - part.q.end <= 32 and _PARTITIVE_OF.fullmatch(between) is not None:
        return True
    # "Some 18,950 runners crossed the line on Sunday — out of 18,200 who set off": an
    # "out of" set off after the part's clause, with no other figure between them
    return (
        whole.q.start - part.q.end <= 120
        and _OUT_OF_AFTER.search(between) is not None
        and not any(c.isdigit() for c in between)
    )


_OUT_OF_AFTER = re.compile(r"[,—–(]\s*out of(?: (?:the|a total of|all))?$", re.I)
#: "of", "out of the", "of all the", "of the valley's", "of Leeds's": between a part and
#: its whole, a determiner or one possessive holder at most.
_PARTITIVE_OF = re.compile(
    r"(?:out )?of(?: all)?(?: (?:the|its|their))?(?: [\w-]+(?: [\w-]+)?['’]s?)?", re.I
)


_EXHAUSTIVE = re.compile(
    r"\b(?:made up of|comprising|comprised of|consisting of|split (?:between|among|into)|"
    r"divided (?:between|among|into)|broken down (?:into|as)|break(?:s)? down (?:into|as)|"
    r"breakdown|namely)\b",
    re.I,
)
#: "64 goals this season: 38 at home and 21 away": a colon before the parts of one whole.
#: A spaced dash or an em dash works as the colon does: "5,400 patients - 2,100 adults, ...".
_BREAKDOWN = re.compile(r":\s|\s[-–—]\s|\w—(?=\s?\d)")
#: Nouns that name subgroups of people by age or sex: listed after a total of people,
#: they divide it ("5,400 patients - 2,100 adults ... and 1,300 children").
_SUBGROUPS = frozenset(
    (
        "adult",
        "child",
        "man",
        "woman",
        "boy",
        "girl",
        "teenager",
        "pensioner",
        "infant",
        "baby",
        "toddler",
        "minor",
        "senior",
        "juvenile",
        "youngster",
        "under-18",
        "over-65",
        "male",
        "female",
        "newborn",
        "adolescent",
        "elderly",
        "retiree",
    )
)
_INCLUSIVE = re.compile(r"\b(?:of whom|of which|of them|including|among them)\b", re.I)
_TOTAL = re.compile(r"\b(?:a total of|in total|in all|altogether|total(?:led|ed|ing)?)\b", re.I)
_REST = re.compile(
    r"\b(?:the rest|the remaining|the remainder|respectively|split|divided|"
    r"broken down|breakdown)\b",
    re.I,
)


@check("numeric_sums", kinds=("sum_mismatch",), reads=_READS)
def check_sums(doc: Doc, draft: Draft) -> list[Finding]:
    """Parts said to make up a whole, and shares said to make up 100%."""
    ledger = _book(doc, draft).entries
    out: list[Finding] = []
    by_sent: dict[int, list[Entry]] = {}
    for e in ledger:
        by_sent.setdefault(e.sent, []).append(e)
    starts = {i: sent.start for i, sent in enumerate(draft.sentences)}
    full = doc.text  # built anew from the tokens on every access
    for s, entries in by_sent.items():
        text = draft.sentences[s].text if s < len(draft.sentences) else ""
        offset = draft.sentences[s].start if text else 0
        previous = by_sent.get(s - 1, [])
        if previous and s > 0 and draft.sentences[s - 1].text.rstrip().endswith(":"):
            prev = draft.sentences[s - 1]  # a breakdown split off after its colon
            joined = full[prev.start : offset + len(text)]
            out.extend(_count_sum(joined, prev.start, previous + entries))
        else:
            out.extend(_count_sum(text, offset, entries, _whole_before(doc, offset, previous)))
            out.extend(_anaphoric_breakdown(text, entries, previous))
        out.extend(_exclusive_parts(full, entries))
        out.extend(_outcomes(doc, entries))
        shares = [e for e in entries if e.q.unit == "percent" and not e.is_rate]
        if len(shares) < 2 or _changes_in(text):
            continue
        total = _total([e.iv for e in shares])
        listed = len(shares) >= 3 and total.lo > 100 and _one_whole(text, shares, offset=starts[s])
        if not listed and not _REST.search(text):
            prev_text = draft.sentences[s - 1].text if 0 < s <= len(draft.sentences) else ""
            carried = _carried_shares(full, prev_text, by_sent.get(s - 1, []), shares)
            if carried:
                shares = carried
                total = _total([e.iv for e in shares])
                listed = total.lo > 100
        if listed and not _one_occasion(text, offset, shares):
            continue  # "62% last year, against an average of 45% and a target of 70%"
        if (_REST.search(text) and not total.meets(Interval(100.0, 100.0))) or listed:
            out.append(
                _finding(
                    "sum_mismatch",
                    "warning",
                    "The shares given for one whole do not add up to 100%.",
                    " + ".join(e.q.text for e in shares) + f" = {total}%, not 100%.",
                    *shares,
                )
            )
    return out


_SHARE_OF = re.compile(r"\s*(?:percent|per cent|%)?\s+of\s+(?:the\s+|all\s+)?(\w+)", re.I)


_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "i", "you", "who", "which", "that"))


def _carried_shares(
    text: str, prev_text: str, previous: list[Entry], shares: list[Entry]
) -> list[Entry]:
    """ "Okafor won with 52% of the vote." then "Her rival took 31%, while the Green
    candidate received 24%.": bare shares that go on a list of shares of one whole begun in
    the sentence before. Each share must have its own named holder (no pronoun, which
    would be the same holder again, as in "In Bradford it took 52%"), none a place of its
    own, and neither sentence may state a change."""
    before = [e for e in previous if e.q.unit == "percent" and not e.is_rate]
    if not before or any(_SHARE_OF.match(text, e.q.end) for e in shares):
        return []
    listed = before + shares
    doers = [e.scope.doer for e in listed]
    if (
        len(listed) < 3
        or None in doers
        or len(set(doers)) < len(doers)
        or any(d in _PRONOUNS for d in doers)
        or any(e.place for e in listed)
        or _changes_in(prev_text)
        or len({m.group(1).lower() for e in before if (m := _SHARE_OF.match(text, e.q.end))}) > 1
    ):
        return []
    return listed


def _outcomes(doc: Doc, entries: list[Entry]) -> list[Finding]:
    """ "Rovers won 21 of their 38 league games, drew nine and lost 11": the partitive part
    and the bare figures after it, each the object of its own verb, are different outcomes
    for members of one whole and cannot add up to more than it."""
    out: list[Finding] = []
    counts = [e for e in entries if e.q.unit is None and not e.is_rate]
    for i, whole in enumerate(counts[1:], start=1):
        first = counts[i - 1]
        if not _partitive(doc, first, whole):
            continue
        rest = [
            e
            for e in counts[i + 1 :]
            if e.q.counted is None or same_thing(e, whole) or same_thing(e, first)
        ]
        parts = [first, *rest]
        verbs = [_governing_verb(doc, e) for e in parts]
        if len(parts) < 3 or None in verbs or len(set(verbs)) < len(verbs):
            continue
        total = _total([e.iv for e in parts])
        if total.lo <= whole.iv.hi:
            continue
        sums = " + ".join(e.q.text for e in parts) + f" = {fmt(sum(e.iv.mid for e in parts))}"
        out.append(
            _finding(
                "sum_mismatch",
                "warning",
                f"The outcomes listed for {whole.q.text} add up to more than it.",
                f"{sums} ({', '.join(str(v) for v in verbs)}: one outcome each), more than "
                f"{whole.q.text}.",
                whole,
                *parts,
            )
        )
    return out


def _governing_verb(doc: Doc, e: Entry) -> str | None:
    """The lemma of the verb a figure is the object or subject of ("lost 11": "lose")."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return str(tok.lemma_).lower()
    return None


_BENCHMARK = re.compile(
    r"\b(?:average|target|goal|aim|forecast|expected|projected)\b"
    r"[^.;%\d]{0,25}$",
    re.I,
)


def _one_occasion(text: str, offset: int, shares: list[Entry]) -> bool:
    """Shares divide one whole only when they are stated for one time and as records:
    "62% last year, against a national average of 45%; the target is 70% by 2030" sets a
    share beside a benchmark, a target and another period, which need not add up."""
    spans = {(e.start, e.end) for e in shares if e.start is not None}
    if len(spans) > 1 or any(e.scope.hedged or e.scope.average for e in shares):
        return False
    return not any(_BENCHMARK.search(text, 0, e.q.start - offset) for e in shares[1:])


def _one_whole(text: str, shares: list[Entry], *, offset: int) -> bool:
    """Whether three or more shares listed in one sentence divide one whole ("52 percent of
    the vote, 39 percent for her challenger and 17 percent for ..."), rather than each
    being a share of its own group ("62% of men and 45% of women")."""
    wholes = set()
    for e in shares:
        m = _SHARE_OF.match(text, e.q.end - offset)
        if m is not None:
            wholes.add(m.group(1).lower())
    return len(wholes) <= 1


def _exclusive_parts(text: str, entries: list[Entry]) -> list[Finding]:
    """ "The Greens won 14 seats on the 30-seat council, Labour took 11 and the Liberals
    won 9": what different doers each got of one whole cannot add up to more than it.

    The whole is a capacity ("30-seat") or a partitive "of the 30"; the parts count the
    same thing and each has its own named doer, so no two of them can overlap."""
    counts = [e for e in entries if e.q.unit not in _SHARE_UNITS and not e.is_rate]
    out: list[Finding] = []
    for whole in counts:
        glued = re.match(r"-[a-z]", text[whole.q.end : whole.q.end + 2]) is not None
        partitive = text[max(0, whole.q.start - 12) : whole.q.start].lower().endswith(_LEADING_OF)
        if not (glued or partitive):
            continue
        parts = [
            e
            for e in counts
            if e is not whole and e.q.unit == whole.q.unit and same_thing(e, whole)
        ]
        doers = [p.scope.doer for p in parts]
        if len(parts) < 2 or None in doers or len(set(doers)) < len(doers):
            continue
        total = _total([p.iv for p in parts])
        if total.lo <= whole.iv.hi:
            continue
        sums = " + ".join(p.q.text for p in parts) + f" = {fmt(sum(p.iv.mid for p in parts))}"
        out.append(
            _finding(
                "sum_mismatch",
                "warning",
                f"The shares of {whole.q.text} given to {len(parts)} different holders add up "
                "to more than the whole.",
                f"{sums} ({', '.join(str(d) for d in doers)}), more than {whole.q.text}.",
                whole,
                *parts,
            )
        )
    return out


_BRACKETED = re.compile(r"\(")


def _bracketed_parts(text: str, offset: int, entries: list[Entry]) -> re.Match[str] | None:
    """ "64 goals have come from open play (41), set pieces (17) and penalties (9)": two or
    more bare bracketed counts after a count break it down, as a colon list does. The
    cue returned is the first bracket."""
    inside = [
        e
        for e in entries
        if text[e.q.start - offset - 1 : e.q.start - offset] == "("
        and text[e.q.end - offset : e.q.end - offset + 1] == ")"
    ]
    if len(inside) < 2 or not any(e.q.end <= inside[0].q.start for e in entries):
        return None
    return _BRACKETED.search(text, inside[0].q.start - offset - 1)


#: "..., with Kingsmead 5,100 and St Anne's 4,200": named parts after a total.
_WITH_NAMED = re.compile(r",?\s\bwith\s+(?:the\s+)?(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+\d)")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")


def _named_bare(text: str, offset: int, part: Entry) -> bool:
    """ "Kingsmead 5,100, St Anne's 4,200 and the Royal 2,600": a bare figure right after a
    name, in a list after a total, is that holder's part of the total's thing."""
    if part.q.counted is not None:
        return False
    at = part.q.start - offset
    return _NAME_BEFORE.search(text, max(0, at - 40), at) is not None


#: A sentence that opens by pointing back to the group it breaks down: "Of these, 610 were
#: for social rent, 380 for shared ownership and 390 for market sale."
_OF_THESE = re.compile(
    r"^\s*(?:of|among) (?:these|those|them|this total|that total|the total|that figure),\s", re.I
)


def _anaphoric_breakdown(text: str, entries: list[Entry], previous: list[Entry]) -> list[Finding]:
    """Bare counts listed after "Of these," are parts of the previous sentence's last
    count: different members of one group, so together no more than it."""
    if not _OF_THESE.match(text) or _changes_in(text):
        return []
    wholes = [e for e in previous if e.q.unit not in _SHARE_UNITS and not e.is_rate]
    if not wholes:
        return []
    whole = wholes[-1]
    parts = [
        e
        for e in entries
        if not e.is_rate
        and e.q.unit == whole.q.unit
        and (e.q.counted is None or same_thing(e, whole))
    ]
    if len(parts) < 2 or len(parts) != len([e for e in entries if not e.is_rate]):
        return []
    total = _total([p.iv for p in parts])
    if total.lo <= whole.iv.hi:
        return []
    sums = " + ".join(p.q.text for p in parts) + f" = {fmt(sum(p.iv.mid for p in parts))}"
    return [
        _finding(
            "sum_mismatch",
            "warning",
            f"The parts listed add up to more than {whole.q.text}.",
            f"{sums}; the text gives them as parts of {whole.q.text} ({whole.iv}).",
            whole,
            *parts,
        )
    ]


def _total(ivs: list[Interval]) -> Interval:
    total = Interval(0.0, 0.0)
    for iv in ivs:
        total = total + iv
    return total


def _changes_in(text: str) -> bool:
    return bool(_CHANGE_WORDS.search(text))


def _whole_before(doc: Doc, offset: int, previous: list[Entry]) -> Entry | None:
    """ "revenue of 840 million euros. Revenue was split between ...": the figure of the
    previous sentence that hangs from the noun this sentence is about."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not previous:
        return None
    subj = next((c for c in span.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    lemma = str(subj.lemma_).lower()
    found = [
        e
        for e in previous
        if lemma in e.scope.heads and not e.is_rate and e.q.unit not in _SHARE_UNITS
    ]
    return found[0] if len(found) == 1 else None


def _count_sum(
    text: str, offset: int, entries: list[Entry], earlier: Entry | None = None
) -> list[Finding]:
    cue = _EXHAUSTIVE.search(text) or _INCLUSIVE.search(text) or _BREAKDOWN.search(text)
    if cue is None:
        cue = _bracketed_parts(text, offset, entries) or _WITH_NAMED.search(text)
    if cue is None:
        return []
    exhaustive = _INCLUSIVE.search(text) is None and cue.re is not _WITH_NAMED
    cue_at = offset + cue.start()
    counts = [e for e in entries if e.q.unit not in _SHARE_UNITS and not e.is_rate]
    wholes = [e for e in counts if e.q.end <= cue_at]
    if not wholes and earlier is not None and cue.re is _EXHAUSTIVE:
        wholes = [earlier]
    if not wholes:
        return []
    whole = wholes[-1]
    stop = math.inf
    if cue.re is not _BREAKDOWN and (semi := text.find(";", cue.end())) >= 0:
        stop = offset + semi  # "of which £3.6 million ...; it raised £4.5 million": new clause
    parts = [e for e in counts if cue_at <= e.q.start < stop and e.q.unit == whole.q.unit]
    if len(parts) < 2:
        return []
    subgroups = cue.re in (_BREAKDOWN, _INCLUSIVE) and _subgroups(whole, parts)
    if subgroups:
        exhaustive = False  # "40 injured: 12 children and 3 pensioners" names some only
    elif (
        cue.re in (_BREAKDOWN, _BRACKETED, _WITH_NAMED, _INCLUSIVE)
        and not all(same_thing(p, whole) or _named_bare(text, offset, p) for p in parts)
        and not (cue.re is _INCLUSIVE and _kinds_listed(text, offset, parts))
    ):
        return []  # "The toll: 38 deaths and 21 injuries" is not a breakdown of one whole
    if cue.re is _BREAKDOWN and cue.group(0).strip() != ":" and _changes_in(text[cue.end() :]):
        return []  # "rose to 5,400 - up 2,100 on last year": a dash before a change
    total = _total([p.iv for p in parts])
    if (exhaustive and total.meets(whole.iv)) or (not exhaustive and total.lo <= whole.iv.hi):
        return []
    stated = sum(p.iv.mid for p in parts)
    sums = " + ".join(p.q.text for p in parts) + f" = {fmt(stated)}"
    if not math.isclose(total.lo, total.hi):
        sums += f" ({total} allowing for rounding)"
    relation = "make up" if exhaustive else "are only part of"
    return [
        _finding(
            "sum_mismatch",
            "warning",
            f"The parts listed do not add up to {whole.q.text}.",
            f"{sums}; the text says they {relation} {whole.q.text}.",
            whole,
            *parts,
        )
    ]


_LIST_GAP = re.compile(r"^\s*[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s*(?:,|,?\s+and|,?\s+or)\s*$")


def _kinds_listed(text: str, offset: int, parts: list[Entry]) -> bool:
    """ "3,480 wading birds, among them 1,900 dunlin, 1,150 knot and 820 redshank": bare
    counts of other nouns listed one after another after an inclusive cue are kinds of the
    whole, so together they cannot exceed it. A verb between two of them ("including 5
    children and destroyed 300 homes") ends the list."""
    if any(p.q.unit is not None or p.q.counted is None for p in parts):
        return False
    return all(
        _LIST_GAP.match(text[a.q.end - offset : b.q.start - offset]) is not None
        for a, b in itertools.pairwise(parts)
    )


def _subgroups(whole: Entry, parts: list[Entry]) -> bool:
    """Whether every part counts people of an age or sex (or the whole's own thing) and at
    least one names such a subgroup, so the parts divide a whole of people."""
    if whole.q.counted is None or whole.thing in _SUBGROUPS:
        return False
    heads = [(p.thing or "").split(" ")[-1] for p in parts]
    named = [h in _SUBGROUPS for h in heads]
    return any(named) and all(n or same_thing(p, whole) for n, p in zip(named, parts, strict=True))


_PCT_OR = re.compile(
    r"^\W{0,3}(?:or|,|\(|—|–|-|that is|i\.e\.)\W{0,3}(?:about |some |roughly |"
    r"nearly |almost |around |an? (?:\w+ ){0,2}(?:rate|share|proportion|percentage) of )?$",
    re.I,
)


@check("numeric_percentages", kinds=("percentage_mismatch",), reads=_READS)
def check_percentages(doc: Doc, draft: Draft) -> list[Finding]:
    """ "300 of the 1,000 residents, or 45%": a share against its part and whole."""
    ledger = _book(doc, draft).entries
    out: list[Finding] = []
    for p in ledger:
        if p.q.unit not in ("percent", "fraction") or p.is_rate:
            continue
        same_sent = [
            e
            for e in ledger
            if e.sent == p.sent and e.q.unit not in _SHARE_UNITS and not e.is_rate and e is not p
        ]
        found = _part_and_whole(doc, p, same_sent) or _anaphoric_share(doc, p, ledger, same_sent)
        if found is None:
            continue
        part, whole = found
        scale = 100.0 if p.q.unit == "percent" else 1.0
        share = (part.iv / whole.iv).scale(scale)
        if share.meets(p.iv):
            continue
        inverted = part.iv.lo > whole.iv.hi and p.iv.hi <= scale
        if inverted and (whole.iv / part.iv).scale(scale).meets(p.iv):
            continue  # "24,000 students, 30% from abroad; of the 7,200 foreign ...": roles read
        stated = p.q.text
        out.append(
            _finding(
                "percentage_mismatch",
                "info" if inverted else "warning",
                f"{stated} does not match {part.q.text} out of {whole.q.text}.",
                f"{part.q.text} / {whole.q.text} = {_share(part, whole, scale)}; "
                f"{stated} allows {p.iv}{'%' if scale == 100 else ''}.",
                p,
                part,
                whole,
            )
        )
    return out


def _anaphoric_share(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "2,900 of them - almost two-thirds", "Of them, 310 are eligible: one in five": the
    part is the one count of the share's sentence whose whole an anaphoric "of" names.
    The share must be the sentence's only one, and not the size of a change."""
    if any(e is not p and e.sent == p.sent and e.q.unit in _SHARE_UNITS for e in ledger):
        return None
    if _CHANGE_WORDS.search(doc.text[max(0, p.q.start - 20) : p.q.start]):
        return None
    found = [(a, w) for a in counts if (w := _pronoun_whole(doc, a, ledger)) is not None]
    parts = [a for a, w in found]
    if len(found) != 1 or any(c not in parts and c is not found[0][1] for c in counts):
        return None
    return found[0]


def _share(part: Entry, whole: Entry, scale: float) -> str:
    value = (part.iv.mid / whole.iv.mid) * scale
    return f"{value:.1f}%" if scale == 100 else f"{value:.2f}"


def _part_and_whole(doc: Doc, p: Entry, counts: list[Entry]) -> tuple[Entry, Entry] | None:
    """The whole is "of the W" after the share or after the part; the part sits next to it."""
    text = doc.text
    whole = next((w for w in counts if _of_between(text, p.q.end, w.q.start)), None)
    part = None
    for a in counts:
        if a is whole:
            continue
        if whole is None and any(_of_between(text, a.q.end, w.q.start) for w in counts):
            whole = next(w for w in counts if _of_between(text, a.q.end, w.q.start))
        near = (a.q.end <= p.q.start and _PCT_OR.match(text[a.q.end : p.q.start])) or (
            p.q.end <= a.q.start and _PCT_OR.match(text[p.q.end : a.q.start])
        )
        if near or (whole is not None and _of_between(text, a.q.end, whole.q.start)):
            part = a
            break
    if whole is None:
        whole = next(
            (
                w
                for w in counts
                if w is not part
                and text[max(0, w.q.start - 12) : w.q.start].lower().endswith(_LEADING_OF)
            ),
            None,
        )
    if whole is None:
        whole = next((w for w in counts if _WHICH.match(text[w.q.end : w.q.end + 45])), None)
    if part is None and whole is not None:
        # "Of the 250 stations, 85 recorded ..., or 45%": the one other figure of the
        # sentence in the whole's unit, counting nothing else, is the part.
        others = [
            a
            for a in counts
            if a is not whole
            and a.q.unit == whole.q.unit
            and not _introduced_as_whole(text, a)
            and a.iv.lo > 0  # "said they got under six": a bound, not a tally of the whole
            and (
                a.q.counted is None
                or same_thing(a, whole)
                # "412,000 room nights ..., 61% of the 540,000 available": an elliptical
                # whole counts what the figure before the share counts
                or (whole.q.counted is None and a.q.end <= p.q.start < whole.q.start)
            )
        ]
        part = others[0] if len(others) == 1 else None
    if part is None or whole is None or part is whole or part.q.unit != whole.q.unit:
        return None
    return part, whole


def _introduced_as_whole(text: str, a: Entry) -> bool:
    """ "Of the 1,200 polled, 45% ...; among the 300 aged 18 to 24, 62%": a count opened by
    a partitive "of"/"among" is a base of its own share, never the part of another base."""
    return text[max(0, a.q.start - 12) : a.q.start].lower().endswith(_LEADING_OF)


_SHARE_UNITS = ("percent", "fraction", "percentage point")
_WHICH = re.compile(r"^[^\d.;]{0,30}?,? of (?:which|whom)\b", re.I)


_POSSESSIVES = ("the", "its", "their", "his", "her", "our", "my", "all", "all the")
_LEADING_OF = (
    "out of ",
    *(f"of {w} " for w in _POSSESSIVES),
    *(f"among {w} " for w in _POSSESSIVES),
)
#: "of the", "out of its", "of the region's": a partitive "of" and its determiner.
_OF = re.compile(
    r"^(?:out )?of(?: (?:the|its|their|his|her|our|my|all|all the))?"
    r"(?: (?:the )?[a-z][\w-]*(?:'s|s'|’s))?$"
)


def _of_between(text: str, end: int, start: int) -> bool:
    if start <= end or start - end > 30:
        return False
    return _OF.match(" ".join(text[end:start].split()).lower()) is not None


_UP = (
    "rise",
    "rose",
    "risen",
    "increase",
    "grow",
    "grew",
    "climb",
    "jump",
    "surge",
    "soar",
    "gain",
    "up",
    "rebound",
    "swell",
    "swollen",
    "expand",
    "boost",
    "raise",
    "higher",
    "leap",
    "leapt",
    "rocket",
    "mount",
    "rally",
    "balloon",
)
_DOWN = (
    "fall",
    "fell",
    "drop",
    "decline",
    "decrease",
    "slump",
    "plunge",
    "shrink",
    "shrank",
    "shrunk",
    "cut",
    "lose",
    "lost",
    "down",
    "slide",
    "slid",
    "dip",
    "reduce",
    "lower",
    "tumble",
    "slip",
    "sink",
    "sank",
    "sunk",
    "plummet",
    "dive",
    "retreat",
    "dwindle",
    "contract",
)
_FACTORS = {
    "double": 2.0,
    "doubled": 2.0,
    "triple": 3.0,
    "tripled": 3.0,
    "quadruple": 4.0,
    "quadrupled": 4.0,
    "halve": 0.5,
    "halved": 0.5,
    "treble": 3.0,
    "trebled": 3.0,
    "twofold": 2.0,
    "threefold": 3.0,
    "fourfold": 4.0,
    "fivefold": 5.0,
    "tenfold": 10.0,
}


def _inflected(word: str) -> str:
    """The word with its regular inflections ("rise": rises, rising; "drop": dropped),
    and no other word it begins ("grow" but not "growers", "up" but not "update")."""
    if word.endswith("e"):
        return word[:-1] + "(?:e|es|ed|ing)"
    return word + "(?:s|es|ed|ing|ped|ping|ted|ting|en|n)?"


_CHANGE_WORDS = re.compile(
    r"\b(?:" + "|".join(_inflected(w) for w in (*_UP, *_DOWN)) + "|" + "|".join(_FACTORS) + r")\b",
    re.I,
)


@check("numeric_changes", kinds=("change_mismatch",), reads=_READS)
def check_changes(doc: Doc, draft: Draft) -> list[Finding]:
    """ "rose 10% from 400 to 500": the stated change against the before and after figures."""
    out: list[Finding] = []
    book = _book(doc, draft)
    for change in book.changes + book.comparisons:
        if change.before.q.unit != change.after.q.unit:
            continue
        if (
            change.before.q.unit is None
            and not same_thing(change.before, change.after)
            and change.before.thing is not None
            and change.after.thing is not None
        ):
            continue  # different things: check_linked_things names that
        found = _change_conflict(change.word, change.before, change.after, change.deltas)
        if found is not None:
            message, explanation, involved = found
            out.append(_finding("change_mismatch", "warning", message, explanation, *involved))
    return out


@dataclass(frozen=True)
class _Change:
    """A change the text states: its word, the figures before and after, and its size."""

    word: str
    before: Entry
    after: Entry
    deltas: list[Entry]


def _changes(doc: Doc, ledger: list[Entry], draft: Draft) -> list[_Change]:
    """Before and after figures of a stated change, one sentence at a time.

    "from X to Y" (or "to Y from X") gives both; "Y, up 8% from X" gives the after figure
    as the one written before the change word. The size of the change is a figure after
    "by" or right after the change word ("rose 12%", "down 15%"), never any other figure
    of the sentence.
    """
    text = doc.text
    by_sent: dict[int, list[Entry]] = {}
    for e in ledger:
        by_sent.setdefault(e.sent, []).append(e)
    out: list[_Change] = []
    for s, entries in by_sent.items():
        before = next((e for e in entries if _word_before(text, e.q.start) == "from"), None)
        before = before or next((e for e in entries if _baseline(text, e.q.start)), None)
        if before is None or before.q.low != before.q.high:
            continue
        floor = draft.sentences[s].start if s < len(draft.sentences) else 0
        verb = _change_word(text, entries, before, floor) or _change_lemma(doc, before, floor)
        stated: tuple[str, list[Entry]] | None = None
        if verb is None:
            near = [draft.sentences[t] for t in (s - 1, s + 1) if 0 <= t < len(draft.sentences)]
            if draft.headline is not None:
                near.append(draft.headline)
            stated = _stated_elsewhere(doc, ledger, near, s, before)
            if stated is None:
                continue
            verb = (stated[0], before.q.start)
        word, at = verb
        after = next(
            (
                e
                for e in entries
                if e is not before
                and _word_before(text, e.q.start) == "to"
                and _one_clause(text, e, before)
            ),
            None,
        )
        if after is None:
            earlier = [
                e
                for e in entries
                if e.q.end <= at
                and e is not before
                and e.q.unit not in ("percent", "fraction")
                and _one_clause(text, e, before)
            ]
            after = earlier[-1] if earlier else _after_baseline(text, entries, before, at)
        if after is None or after.q.low != after.q.high:
            continue
        if any(e.q.text.lower().startswith("between") for e in (before, after)):
            continue  # "from between two to one": a ratio or a range, not a before and after
        if stated is not None:
            out.append(_Change(word, before, after, stated[1]))
            continue
        deltas = [
            e
            for e in entries
            if e is not before
            and e is not after
            and _is_delta(text, e)
            and not _other_clause(text, (before, after), e)
        ]
        out.append(_Change(word, before, after, deltas))
    return out


#: Words that open a clause with its own subject and change: "rose to 46% from 38%, while
#: total viewers were up 12%".
_CLAUSE_BREAK = re.compile(
    r";|\b(?:while|whilst|whereas|but|although|though|meanwhile)\b|,\s+and\s+(?:the|its|their)\b",
    re.I,
)


def _other_clause(text: str, figures: tuple[Entry, Entry], delta: Entry) -> bool:
    """Whether a change's size sits in another clause than its before and after figures: a
    change stated for another thing does not size this one."""
    lo = min(f.q.end for f in figures)
    hi = max(f.q.start for f in figures)
    if delta.q.start > hi:
        between = text[max(f.q.end for f in figures) : delta.q.start]
    elif delta.q.end < lo:
        between = text[delta.q.end : min(f.q.start for f in figures)]
    else:
        return False
    return _CLAUSE_BREAK.search(between) is not None


def _one_clause(text: str, a: Entry, b: Entry) -> bool:
    """Whether two figures sit in one clause: "tram journeys rose 8% to 27 million, while
    bus journeys fell 5% to 95 million from 100 million" sets 100 million against 95
    million, never against the tram's 27 million."""
    first, second = (a, b) if a.q.start < b.q.start else (b, a)
    return _CLAUSE_BREAK.search(text, first.q.end, second.q.start) is None


def _after_baseline(text: str, entries: list[Entry], before: Entry, at: int) -> Entry | None:
    """ "have doubled since 2019: 84 ships docked this year compared with 61 in 2019": when
    the change word comes first, the current figure is the one set against the baseline,
    the last count of the same unit between the change word and the baseline."""
    if not _baseline(text, before.q.start) or at > before.q.start:
        return None
    between = [
        e
        for e in entries
        if at < e.q.start < before.q.start
        and e is not before
        and e.q.unit == before.q.unit
        and e.q.unit not in ("percent", "fraction")
        and same_thing(e, before)
    ]
    return between[-1] if between else None


#: A baseline a figure is set against: "against 52,000 last year", "compared with £2.6bn".
_BASELINE = re.compile(
    r"\b(?P<w>against|compared (?:with|to)|versus|vs\.?|on)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z-]+(?:\s+[a-z-]+)?['\u2019]s\s+)?"  # "on last year's 1.6 million"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def _baseline(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the baseline of a comparison; "on" counts only
    right after a change ("a rise of 15% on the 1.04 million")."""
    m = _BASELINE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    if m.group("w").lower() != "on":
        return True
    return _CHANGE_WORDS.search(text, max(0, m.start() - 30), m.start()) is not None


#: Nouns of a change that are not change verbs' forms: "a loss of 1.1 kilometres".
_CHANGE_NOUNS = r"\b(?:loss|losses|reduction|growth|shortfall|drop-off)\b"
_DELTA_OF = re.compile(
    r"(?:" + _CHANGE_WORDS.pattern + "|" + _CHANGE_NOUNS + r")\s+of\s+(?:about\s+|some\s+)?$",
    re.I,
)


def _is_delta(text: str, e: Entry) -> bool:
    """The size of a change: after "by", right after a change word ("rose 12%", "down
    15%"), or after a change noun and "of" ("a rise of 15%")."""
    word = _word_before(text, e.q.start)
    return (
        word == "by"
        or _CHANGE_WORDS.fullmatch(word) is not None
        or _DELTA_OF.search(text, max(0, e.q.start - 30), e.q.start) is not None
    )


def _stated_elsewhere(
    doc: Doc, ledger: list[Entry], spans: list[Sentence], s: int, before: Entry
) -> tuple[str, list[Entry]] | None:
    """A change stated in a neighbouring sentence or the headline ("Revenue is up 12 per
    cent", "Harvest down by a third") for before-and-after figures given without one.

    The statement must give only the size of the change (a share or a factor, no figures of
    its own to compare) and be about what the figures' sentence is about: one of its
    nouns must appear there ("revenue", "apple")."""
    text = doc.text
    for span in spans:
        entries = [e for e in ledger if span.start <= e.q.start < span.end]
        if before in entries or any(e.q.unit not in _SHARE_UNITS for e in entries):
            continue
        m = _CHANGE_WORDS.search(span.text)
        deltas = [e for e in entries if _is_delta(text, e)]
        if m is None or (not deltas and m.group(0).lower() not in _FACTORS):
            continue
        parsed = doc.char_span(span.start, span.end, alignment_mode="expand")
        nouns = {
            w
            for tok in (parsed or [])
            if tok.pos_ in ("NOUN", "PROPN")
            for w in (tok.lower_, str(tok.lemma_).lower())
        }
        if nouns & before.words:
            return m.group(0).lower(), deltas
    return None


def _change_word(
    text: str, entries: list[Entry], before: Entry, floor: int = 0
) -> tuple[str, int] | None:
    """The change word governing "from X": the last one before it in the sentence, else one
    just after the figures ("from 400 to 500, a rise of ...")."""
    lo = max(floor, min(e.q.start for e in entries) - 80)
    found = list(_CHANGE_WORDS.finditer(text, lo, before.q.start))
    factor = [m for m in found if m.group(0).lower() in _FACTORS]
    if factor:  # "halved, falling from 3,200 to 2,100": the factor is the claim to check
        return factor[-1].group(0).lower(), found[-1].start()
    if found:
        return found[-1].group(0).lower(), found[-1].start()
    last = max(e.q.end for e in entries)
    m = _CHANGE_WORDS.search(text, last, last + 60)
    return (m.group(0).lower(), m.start()) if m else None


_CHANGE_LEMMAS = frozenset((*_UP, *_DOWN))


def _change_lemma(doc: Doc, before: Entry, floor: int) -> tuple[str, int] | None:
    """A change verb in an irregular form the word list lacks ("outgrew", "sprang"), read
    through its lemma: the last verb before "from X" in its clause whose lemma is a change."""
    span = doc.char_span(floor, before.q.start, alignment_mode="contract")
    verbs = [
        t
        for t in span or []
        if t.pos_ in ("VERB", "AUX") and str(t.lemma_).lower() in _CHANGE_LEMMAS
    ]
    if not verbs or _CLAUSE_BREAK.search(doc.text, verbs[-1].idx, before.q.start):
        return None
    return str(verbs[-1].lemma_).lower(), verbs[-1].idx


def _stated_pct(a: Entry, b: Entry) -> Interval:
    """The change in percent from ``a`` to ``b``.

    Exact before and after figures are the ones a writer computes the change from, so they
    are taken as written, with one percentage point (or a tenth of the change) of slack for
    the percentage's own rounding; reading "2,400 to 2,200" as 2,350-2,450 to 2,150-2,250
    would excuse any change from -4% to -12%. Approximate figures keep their intervals.
    """
    pct = ((b.iv / a.iv) - Interval(1.0, 1.0)).scale(100)
    if a.q.approx != "=" or b.q.approx != "=":
        return pct
    mid = (b.iv.mid - a.iv.mid) / a.iv.mid * 100
    slack = max(1.0, abs(mid) * 0.1)
    return Interval(mid - slack, mid + slack)


def _word_before(text: str, start: int) -> str:
    head = text[max(0, start - 12) : start].split()
    return head[-1].lower() if head else ""


def _change_conflict(
    word: str, a: Entry, b: Entry, deltas: list[Entry]
) -> tuple[str, str, list[Entry]] | None:
    up = (
        word.startswith(_UP)
        or word
        in (
            "double",
            "doubled",
            "triple",
            "tripled",
            "quadruple",
            "quadrupled",
        )
        or word.endswith("fold")
    )
    down = word.startswith(_DOWN) or word in ("halve", "halved")
    ratio = b.iv / a.iv
    for factor_word, factor in _FACTORS.items():
        if word.startswith(factor_word.rstrip("d")):
            wanted = Interval(factor * 0.95, factor * 1.05)
            if not ratio.meets(wanted):
                return (
                    f"{a.q.text} to {b.q.text} is not a {word} change.",
                    f"{b.q.text} / {a.q.text} = {fmt(ratio.mid)}×, not {fmt(factor)}×.",
                    [a, b],
                )
            return None
    for d in deltas:
        if d.q.unit in ("percent", "fraction") and a.q.unit not in _SHARE_UNITS:
            size = d.iv.scale(100) if d.q.unit == "fraction" else d.iv  # "by a third"
            signed = size if up else size.scale(-1)
            if not _stated_pct(a, b).meets(signed):
                return (
                    f"A {'rise' if up else 'fall'} of {d.q.text} from {a.q.text} does not "
                    f"give {b.q.text}.",
                    f"({b.q.text} − {a.q.text}) / {a.q.text} = "
                    f"{(b.iv.mid - a.iv.mid) / a.iv.mid * 100:+.1f}%, "
                    f"not {'+' if up else '−'}{d.q.text}.",
                    [d, a, b],
                )
            return None
        points = d.q.unit == "percentage point" and a.q.unit == "percent"
        if (d.q.unit == a.q.unit or points) and d.q.start > a.q.start - 200:
            diff = b.iv - a.iv
            signed = d.iv if up else d.iv.scale(-1)
            if (up or down) and not diff.meets(signed):
                return (
                    f"A change of {d.q.text} from {a.q.text} does not give {b.q.text}.",
                    f"{b.q.text} − {a.q.text} = {fmt(diff.mid)}, not "
                    f"{'+' if up else '−'}{d.q.text}.",
                    [d, a, b],
                )
            return None
    if (up and b.iv.hi < a.iv.lo) or (down and b.iv.lo > a.iv.hi):
        return (
            f"The text says the figure {'rose' if up else 'fell'}, but {a.q.text} to "
            f"{b.q.text} goes the other way.",
            f"{b.q.text} − {a.q.text} = {fmt(b.iv.mid - a.iv.mid)}.",
            [a, b],
        )
    return None
