"""Running spans told by both ends: "from 18 October to yesterday", "from the start of the
month up to the end of Sunday", "in the four weeks from 1 March to last Friday".

``periods`` dates a span between two months ("between March and May") or two days of one
month ("July 7 to 13"); a running count is often told from a day or "the start of the
month" up to a relative end ("yesterday", "Sunday", "today"), which it leaves to the end
alone ("yesterday" read as one day). Such a span covers every day from its start to its
end, both included, so a rate over it gives a total to compare. The end weekday is the
latest one on or before publication, as "in the week to Sunday" reads it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

__all__ = ["SpanEnds", "find_span_ends"]

_MONTHS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"

#: "(in the four weeks) from 18 October to yesterday": a start day or the start of the
#: current month or year, then an end: yesterday, today, now or a weekday.
_SPAN = re.compile(
    r"\b(?:(?:in|over|during|across) the (?:\w+ ){1,2}(?:days|weeks|months) )?"
    r"(?:from|since) (?:"
    rf"(?P<m1>{_MON}) (?P<d1>{_DAY})|(?P<d1b>{_DAY}) (?P<m1b>{_MON})|"
    r"the (?:start|beginning) of (?:the|this) (?P<u>month|year))"
    r",? (?:up )?(?:to|until|till|through)(?: and including)? (?:the end of )?(?:last )?"
    rf"(?:(?P<rel>yesterday|today|now)|(?P<wd>{_WEEKDAY})|(?P<m2>{_MON}) (?P<d2>{_DAY})|"
    rf"(?P<d2b>{_DAY}) (?P<m2b>{_MON}))\b(?!,? (?:19|20)\d\d)",
    re.I,
)


class SpanEnds(NamedTuple):
    """A span phrase's place in its sentence and its first and last days (ISO)."""

    start: int
    end: int
    first: str
    last: str


def find_span_ends(text: str, pub: date | None) -> list[SpanEnds]:
    """Every span told by both ends in ``text``; none without a publication date, which
    the relative ends need."""
    if pub is None:
        return []
    out: list[SpanEnds] = []
    for m in _SPAN.finditer(text):
        last = _end_day(m, pub)
        first = _start_day(m, last) if last is not None else None
        if first is not None and last is not None and first <= last:
            out.append(SpanEnds(m.start(), m.end(), first.isoformat(), last.isoformat()))
    return out


def _day_of(month: str | None, day: str | None, before: date) -> date | None:
    """A day and month, in the latest year that puts it on or before ``before``."""
    if not month or not day:
        return None
    n = _MONTHS.index(month[:3].lower()) + 1
    d = int(re.sub(r"\D", "", day))
    for year in (before.year, before.year - 1):
        try:
            found = date(year, n, d)
        except ValueError:
            return None
        if found <= before:
            return found
    return None


def _end_day(m: re.Match[str], pub: date) -> date | None:
    rel = (m.group("rel") or "").lower()
    if rel == "yesterday":
        return pub - timedelta(days=1)
    if rel in ("today", "now"):
        return pub
    if m.group("wd"):
        back = (pub.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
        return pub - timedelta(days=back)
    return _day_of(m.group("m2") or m.group("m2b"), m.group("d2") or m.group("d2b"), pub)


def _start_day(m: re.Match[str], last: date) -> date | None:
    unit = (m.group("u") or "").lower()
    if unit == "month":
        return last.replace(day=1)
    if unit == "year":
        return last.replace(month=1, day=1)
    return _day_of(m.group("m1") or m.group("m1b"), m.group("d1") or m.group("d1b"), last)
