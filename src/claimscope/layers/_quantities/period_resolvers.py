"""Dates for each kind of period phrase: the first and last day a match covers.

``resolve`` turns one pattern match into (first, last, needs-year-but-none), against the
publication date when the text leaves the year out; one function per kind, dispatched
from ``_RESOLVERS`` or the chain in ``resolve``. Parts of a year or month, seasons and
spans counted back from their end live in ``period_parts``. Apart from ``periods`` so
that finding a phrase and dating it can be read (and tested) each on its own.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from claimscope.layers._quantities.period_calendar import (
    WEEKDAYS,
    day_number,
    iso,
    month_end,
    month_number,
    small_count,
    whole_month,
    year_for,
)
from claimscope.layers._quantities.period_parts import (
    resolve_part,
    resolve_season,
    resolve_span_to,
)

__all__ = ["cumulative", "resolve"]


def resolve(kind: str, m: re.Match[str], pub: date | None) -> tuple[str | None, str | None, bool]:
    """(first, last, needs-year-but-none) for one match."""
    g = m.groupdict()
    end = pub.isoformat() if pub else None
    if kind in _RESOLVERS:
        return _RESOLVERS[kind](g, pub)
    if kind == "span_to":
        return resolve_span_to(g, pub)
    if kind == "fiscal":
        return None, None, False  # fiscal years start in April, July, October...: not guessed
    if kind == "ytd":
        return iso(pub.year if pub else None, 1, 1), end, pub is None
    if kind == "to_date":
        return None, end, pub is None
    if kind == "since_last_year":
        return (None, None, False) if pub is None else (iso(pub.year - 1, 1, 1), end, False)
    if kind == "since_day":
        month = month_number(g["m"] or g["m2"])
        year = year_for(month, g["y"], pub)
        day = day_number(g["d"] or g["d2"])
        if not 1 <= day <= 31:
            return None, None, False
        return iso(year, month, day), end, year is None
    if kind == "since_month":
        month = month_number(g["m"])
        year = year_for(month, g["y"], pub)
        return iso(year, month, 1), end, year is None
    if kind == "since_year":
        return iso(int(g["y"]), 1, 1), end, False
    if kind == "day_range":
        return _day_range(g, pub)
    if kind == "decade":
        first = int(g["dec"]) * 10
        part = (g["part"] or "").strip().rstrip("-").lower()
        lo, hi = {"early": (0, 3), "mid": (3, 7), "late": (7, 9)}.get(part, (0, 9))
        return iso(first + lo, 1, 1), iso(first + hi, 12, 31), False
    if kind == "day_span":
        month = month_number(g["m"] or g["mb"] or "")
        d1, d2 = int(g["d1"] or g["d1b"] or 0), int(g["d2"] or g["d2b"] or 0)
        year = year_for(month, g["y"], pub)
        if not 1 <= d1 < d2 <= month_end(year or 2001, month):
            return None, None, False
        return iso(year, month, d1), iso(year, month, d2), year is None
    if kind == "part":
        return resolve_part(g, pub)
    if kind in ("past_n", "since_ago"):
        if pub is None:
            return None, None, True
        n_raw = (g["n"] or "one").lower()
        n = small_count(n_raw)
        if not n:
            return None, end, False
        unit = g["u"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "fortnight": 14, "month": 30.44, "year": 365.25}.get(
            unit, 3652.5
        )
        length = n + 0.5 if g.get("half") else n  # "the past two and a half years"
        return (pub - timedelta(days=round(length * days))).isoformat(), end, False
    if kind == "last_unit":
        if pub is None:
            return None, None, True
        unit, this = g["u"].lower(), m.group(0).lower().startswith("this")
        if m.group(0).lower().startswith("next"):
            return _next_unit(unit, pub)
        if unit == "year":
            year = pub.year if this else pub.year - 1
            return iso(year, 1, 1), end if this else iso(year, 12, 31), False
        if unit == "month":
            if this:
                return iso(pub.year, pub.month, 1), end, False
            prev = pub.replace(day=1) - timedelta(days=1)
            return (*whole_month(prev.month, prev.year), False)
        monday = pub - timedelta(days=pub.weekday())
        if this:
            return monday.isoformat(), end, False
        return (
            (monday - timedelta(days=7)).isoformat(),
            (monday - timedelta(days=1)).isoformat(),
            False,
        )
    if kind == "year_before":
        return None, None, False  # resolved against the sentence's other period
    if kind == "years_ago":
        back = 10 if g["dec"] else small_count(g["n"].lower())
        if pub is None or back < 2:
            return None, None, pub is None  # "one year ago" is year_before's
        return iso(pub.year - back, 1, 1), iso(pub.year - back, 12, 31), False
    if kind == "on_day":
        month = month_number(g["m"] or g["m2"])
        day = day_number(g["d"] or g["d2"])
        if not 1 <= day <= 31:
            return None, None, False
        year = year_for(month, g["y"], pub)
        return iso(year, month, day), iso(year, month, day), year is None
    if kind in ("weekday", "since_weekday"):
        if pub is None:
            return None, None, True
        back = (pub.weekday() - WEEKDAYS.index(g["wd"].lower())) % 7
        if g["last"] and back == 0:
            back = 7  # "last Thursday", said on a Thursday, is a week ago
        iso_day = (pub - timedelta(days=back)).isoformat()
        return iso_day, end if kind == "since_weekday" else iso_day, False
    if kind == "season":
        return resolve_season(g, pub)
    if kind == "in_month":
        month = month_number(g["m"])
        year = year_for(month, g["y"], pub)
        return (*whole_month(month, year), year is None)
    year_v = int(g["y"])
    return iso(year_v, 1, 1), iso(year_v, 12, 31), False


def _day_range(g: dict[str, str | None], pub: date | None) -> tuple[str | None, str | None, bool]:
    """First and last day of "between 1 December and 31 March": the end's year comes from
    the text or the publication date, and a start later in the year than the end lies in
    the year before."""
    m2 = month_number(g["m2"] or g["m2b"] or "")
    m1 = month_number(g["m1"] or g["m1b"] or "") if (g["m1"] or g["m1b"]) else m2
    d1 = day_number(g["d1"] or g["d1b"] or g["d1c"] or "0")
    d2 = day_number(g["d2"] or g["d2b"] or "0")
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None, None, False
    y2 = year_for(m2, g["y2"] or g["y1"], pub)
    if g["y1"]:
        y1: int | None = int(g["y1"])
    elif y2 is not None and (m1, d1) > (m2, d2):
        y1 = y2 - 1
    else:
        y1 = y2
    if d1 > calendar.monthrange(y1 or 2001, m1)[1] or d2 > calendar.monthrange(y2 or 2001, m2)[1]:
        return None, None, False
    return iso(y1, m1, d1), iso(y2, m2, d2), y2 is None


_Resolved = tuple[str | None, str | None, bool]
_Groups = dict[str, str | None]


def _undated(g: _Groups, pub: date | None) -> _Resolved:
    """Dated, if at all, from the article's earlier periods (see ``period_refs``)."""
    return None, None, False


def _month_named(g: _Groups, pub: date | None) -> _Resolved:
    month = month_number(g["m"] or g["m2"] or g["m3"] or g["m4"] or "")
    year = year_for(month, None, pub)
    return (*whole_month(month, year), year is None)


def _one_day(g: _Groups, pub: date | None) -> _Resolved:
    """ "The busiest day was 27 May": that day."""
    month = month_number(g["m"] or g["m2"] or "")
    day = day_number(g["d"] or g["d2"] or "0")
    year = year_for(month, g["y"], pub)
    if not 1 <= day <= month_end(year or 2001, month):
        return None, None, False
    return iso(year, month, day), iso(year, month, day), year is None


def _event_range(g: _Groups, pub: date | None) -> _Resolved:
    """ "between the reopening and May 31", "between the opening day and the end of June":
    the end now, the start once the event is dated."""
    if g["me"]:
        month = month_number(g["me"])
        year = year_for(month, g["y"], pub)
        return None, iso(year, month, month_end(year or 2001, month)), year is None
    last = _one_day(g, pub)[1]
    return None, last, last is not None and last.startswith("--")


def _year_range(g: _Groups, pub: date | None) -> _Resolved:
    y1, y2 = int(g["y1"] or g["y3"] or g["y5"] or 0), int(g["y2"] or g["y4"] or g["y6"] or 0)
    if not y1 < y2 <= y1 + 50 or (g["y3"] and y2 == y1 + 1):
        return None, None, False  # "in 2022-2023": perhaps one season, not two years
    if g["y5"] and y2 != y1 + 1:
        return None, None, False  # "over 2019 and 2023": two years apart, not one stretch
    return iso(y1, 1, 1), iso(y2, 12, 31), False


def _rate_from(g: _Groups, pub: date | None) -> _Resolved:
    """ "a year from 2028": from the first day of that year (or month), with no end."""
    month = month_number(g["m"]) if g["m"] else 1
    return iso(int(g["y"] or 0), month, 1), None, False


def _yesterday(g: _Groups, pub: date | None) -> _Resolved:
    if pub is None:
        return None, None, True
    iso_day = (pub - timedelta(days=1)).isoformat()
    return iso_day, iso_day, False


def _month_quarter(g: _Groups, pub: date | None) -> _Resolved:
    """ "the June quarter": April to June; "the December half": July to December."""
    month = month_number(g["m"] or "")
    year = year_for(month, g["y"], pub)
    months = 3 if (g["u"] or "").lower() == "quarter" else 6
    index = (year if year is not None else 2001) * 12 + month - months
    start = iso(index // 12 if year is not None else None, index % 12 + 1, 1)
    return start, whole_month(month, year)[1], year is None


def _month_rel_year(g: _Groups, pub: date | None) -> _Resolved:
    """ "in July last year": July of the year before publication's."""
    if pub is None:
        return None, None, True
    year = pub.year - 1 if (g["rel"] or "").lower() == "last" else pub.year
    return (*whole_month(month_number(g["m"] or ""), year), False)


def _rel_month(g: _Groups, pub: date | None) -> _Resolved:
    """ "last June": the latest June before the current month; "this March": this year's."""
    month = month_number(g["m"] or "")
    if pub is None:
        return None, None, True
    last = (g["rel"] or "").lower() == "last"
    year = pub.year - 1 if last and month >= pub.month else pub.year
    return (*whole_month(month, year), False)


#: Day a span starts on (or ends on) when the text puts it at a part of a month.
_EDGE_DAY = {"start": 1, "beginning": 1, "early": 1, "middle": 15, "mid": 15, "late": 21}


def _months_span(g: _Groups, pub: date | None) -> _Resolved:
    """ "between March and May", "the July-September quarter", "from the start of March to
    mid-May", "between January and the end of May", "in January, February and March" (a
    list of consecutive months shares one figure): whole months unless the text puts an
    edge inside one ("mid-May" ends on the 15th). A start later in the year than the end
    lies in the year before."""
    m1, m2 = month_number(g["m1"] or ""), month_number(g["m2"] or "")
    mid = [month_number(w) for w in re.findall(r"[A-Za-z]+", g.get("mid") or "")]
    if mid and [m % 12 + 1 for m in [m1, *mid]] != [*mid, m2]:
        return None, None, False  # "in January, April and June": months, no stretch
    y2 = year_for(m2, g["y2"] or g["y1"], pub)
    if g.get("rel"):  # "between May and August this year"
        if pub is None:
            return None, None, True
        y2 = pub.year - 1 if (g["rel"] or "").lower() == "last" else pub.year
    y1 = int(g["y1"]) if g["y1"] else (y2 - 1 if y2 is not None and m1 > m2 else y2)
    if y1 is not None and y2 is not None and (y1, m1) > (y2, m2):
        return None, None, False
    start_edge = (g.get("s") or g.get("s2") or "").lower()
    end_edge = (g.get("e") or g.get("e2") or "").lower()
    if start_edge == "end" or end_edge in ("start", "beginning", "early"):
        return None, None, False  # "from the end of March", "to early May": too vague
    first_day = _EDGE_DAY.get(start_edge, 1)
    last = month_end(y2 if y2 is not None else 2001, m2)
    last_day = 15 if end_edge in ("middle", "mid") else last
    return iso(y1, m1, first_day), iso(y2, m2, last_day), y2 is None


def _length_from(g: _Groups, pub: date | None) -> _Resolved:
    """ "the four days of protests that began on Thursday", "the 30 days after the storm of
    June 12", "a five-day campaign that ended on Friday": n days (or weeks) from the start
    day, or up to the last, which is resolved as "on Thursday" or "on March 3" would be."""
    n = small_count((g["n"] or "").lower())
    if not n:
        return None, None, False
    days = n * (7 if (g["u"] or "").lower().startswith("week") else 1)
    if g["wd"]:
        if pub is None:
            return None, None, True
        back = (pub.weekday() - WEEKDAYS.index(g["wd"].lower())) % 7
        first = pub - timedelta(days=back)
        if not g["ended"] and first + timedelta(days=days - 1) > pub:
            first -= timedelta(days=7)  # it "began": the whole stretch lies before publication
    else:
        month = month_number(g["m"] or g["m2"] or "")
        year = year_for(month, g["y"], pub)
        day = day_number(g["d"] or g["d2"] or "0")
        if year is None or not 1 <= day <= month_end(year, month):
            return None, None, year is None
        first = date(year, month, day)
    if g["after"]:
        first += timedelta(days=1)  # "the 30 days after the storm of June 12": from June 13
    if g["ended"]:  # "a five-day campaign that ended on Friday": Friday is the last day
        return (first - timedelta(days=days - 1)).isoformat(), first.isoformat(), False
    return first.isoformat(), (first + timedelta(days=days - 1)).isoformat(), False


def _next_unit(unit: str, pub: date) -> tuple[str | None, str | None, bool]:
    """ "next year", "next month", "next week": the whole unit after publication's."""
    if unit == "year":
        return iso(pub.year + 1, 1, 1), iso(pub.year + 1, 12, 31), False
    if unit == "month":
        first = pub.replace(day=month_end(pub.year, pub.month)) + timedelta(days=1)
        return (*whole_month(first.month, first.year), False)
    monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7)
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), False


def _week_to(g: _Groups, pub: date | None) -> _Resolved:
    """ "the week to Sunday", "the fortnight to May 3": seven (or 14) days ending on the
    day named, a weekday being the latest one by publication."""
    if pub is None:
        return None, None, True
    if g["wd"]:
        end = pub - timedelta(days=(pub.weekday() - WEEKDAYS.index(g["wd"].lower())) % 7)
    else:
        month = month_number(g["m"] or g["m2"] or "")
        year = year_for(month, g["y"], pub) or pub.year
        day = day_number(g["d"] or g["d2"] or "0")
        if not 1 <= day <= month_end(year, month):
            return None, None, False
        end = date(year, month, day)
    days = 14 if (g["u"] or "").lower() == "fortnight" else 7
    return (end - timedelta(days=days - 1)).isoformat(), end.isoformat(), False


def _instant(g: _Groups, pub: date | None) -> _Resolved:
    """ "at the end of March", "as of June 30": the one day a stock or level is read on.
    "At the same point last year" names no date of its own. "By the end of May" ends a
    running total there; where it starts is not said."""
    first, last, unresolved = _instant_day(g, pub)
    if cumulative(g):
        return None, last, unresolved
    return first, last, unresolved


def cumulative(g: _Groups) -> bool:
    return "by" in ((g.get("prep") or "").lower(), (g.get("wprep") or "").lower()) or bool(
        g.get("by") or g.get("wby")
    )


def _instant_day(g: _Groups, pub: date | None) -> _Resolved:
    weekday = g["wd"] or g["wd2"]
    if weekday:
        if pub is None:
            return None, None, True
        back = (pub.weekday() - WEEKDAYS.index(weekday.lower())) % 7
        read_on = (pub - timedelta(days=back)).isoformat()
        return read_on, read_on, False
    if g["pos"] or g["mid"]:
        start = (g["pos"] or "").lower() in ("start", "beginning")
        if g["yr"]:
            year: int | None = int(g["yr"])
            month = 1 if start else 12
        else:
            month = month_number(g["m"] or "")
            year = year_for(month, g["y"], pub)
        day = 1 if start else month_end(year if year is not None else 2001, month)
        if g["mid"]:
            day = 15 if not g["yr"] else 30  # "by mid-June"; "by mid-2024" is June 30
            month = month if not g["yr"] else 6
        return iso(year, month, day), iso(year, month, day), year is None
    if g["m2"] or g["m3"]:
        month = month_number(g["m2"] or g["m3"] or "")
        year = year_for(month, g["y2"], pub)
        day = day_number(g["d2"] or g["d3"] or "0")
        if not 1 <= day <= month_end(year if year is not None else 2001, month):
            return None, None, False
        return iso(year, month, day), iso(year, month, day), year is None
    return None, None, False


_RESOLVERS: dict[str, Callable[[_Groups, date | None], _Resolved]] = {
    "month_range": _months_span,
    "month_span": _months_span,
    "month_named": _month_named,
    "length_from": _length_from,
    "event_range": _event_range,
    "instant": _instant,
    "year_range": _year_range,
    "rate_from": _rate_from,
    "week_to": _week_to,
    "yesterday": _yesterday,
    "month_quarter": _month_quarter,
    "rel_month": _rel_month,
    "month_rel_year": _month_rel_year,
    "named_day": _one_day,
    "event_since": _undated,
    "length": _undated,
    "same_of": _undated,
    "ref": _undated,
    "since_it": _undated,
    "split_year": _undated,
}
