"""The findings a rate and a total give, with their arithmetic and wording: a single
period outside a stated range, a total the rate over its period does (or does not) give,
and a conflict with a rate stated for one unnamed member of a kind shown as info.
"""

from __future__ import annotations

import math
import re

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval, fmt
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._pairing import PER_WORD


def member_info(text: str, f: Finding, ledger: list[Entry]) -> Finding:
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


def range_check(r: Entry, t: Entry, note: str) -> list[Finding]:
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
        numeric_finding(
            "range_violation",
            "warning",
            f"{t.q.text} for {note.split(' (')[0]} lies {where.split()[0]} the "
            f"{r.q.text} {PER_WORD.get(per, 'per ' + per)} the article also reports.",
            f"{t.q.text} in one {per} ({note}) against a stated {stated} per {per}: "
            f"{fmt(diff)} ({share:.0f}%) {where} of the range, beyond rounding "
            f"(the range allows {r.iv}, the figure {t.iv}).",
            t,
            r,
        )
    ]


def rate_total(r: Entry, t: Entry, units: Interval, note: str) -> Finding:
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
        if r.q.low == r.q.high:
            where = "in line with" if abs(mid - top) <= 0.03 * top else "close to"
        elif abs(mid - top) <= 0.03 * top:
            where = "the top of"
        elif abs(mid - bottom) <= 0.03 * max(bottom, 1):
            where = "the bottom of"
        elif bottom <= mid <= top:
            where = "within"
        else:
            where = "close to"
        return numeric_finding(
            "rate_total_mismatch",
            "info",
            f"{t.q.text} {_over(note)} is about {fmt(mid)} {PER_WORD[per]}: "
            f"{where} the stated {r.q.text} {PER_WORD[per]}.",
            arithmetic,
            t,
            r,
        )
    return numeric_finding(
        "rate_total_mismatch",
        "warning",
        f"{r.q.text} {PER_WORD[per]} {_over(note)} does not give {t.q.text}.",
        arithmetic + f"; {t.iv} lies outside {expected}",
        t,
        r,
    )


#: A period's own words that already say how it relates to the figure ("over the seven
#: days", "since March 1"): no "over" goes before them.
_LED = re.compile(r"(?:over|during|in|for|across|throughout|since|between|from|within)\b", re.I)


def _over(note: str) -> str:
    """ "over January 2023-December 2023", "over the seven days": the period in a message."""
    span = note.split(" (")[0]
    return span if _LED.match(span) else f"over {span}"
