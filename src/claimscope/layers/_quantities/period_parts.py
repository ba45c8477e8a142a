"""Dates for periods cut from a calendar year or month, and for spans counted back.

"the first quarter of the year", "Q1 2024", "the last two weeks of June", "this summer",
"the three months to the end of September": each a number of months, weeks or days
placed inside a year or month, or back from a stated end. Apart from ``period_resolvers``
because these share their own arithmetic: ordinals, sizes in months or weeks, and a part
still running at publication.
"""

from __future__ import annotations

from datetime import date, timedelta

from claimscope.layers._quantities.period_calendar import (
    day_number,
    iso,
    month_end,
    month_number,
    small_count,
    whole_month,
    year_for,
)

__all__ = ["resolve_part", "resolve_season", "resolve_span_to"]


#: First month and length in months of each season (northern hemisphere, meteorological).
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}


def resolve_season(
    g: dict[str, str | None], pub: date | None
) -> tuple[str | None, str | None, bool]:
    """ "this summer", "over the winter", "last autumn": the meteorological season meant, the
    latest one begun by the publication date ("this"/bare) or the one a year before
    ("last"). A named season ("peak season", "the holiday period") has no fixed months: the
    text is kept, the dates are not guessed."""
    if g["named"] or not g["s"]:
        return None, None, False
    first, n = _SEASONS[g["s"].lower()]
    if g.get("sy"):  # "summer 2022", "the winter of 2020-21": the season of that year
        year = int(g["sy"] or 0)
        if g.get("sy2") and first != 12:
            return None, None, False  # "spring 2020-21": not one season
        end_m = (first + n - 2) % 12 + 1
        end_year = year + 1 if end_m < first else year
        return iso(year, first, 1), iso(end_year, end_m, month_end(end_year, end_m)), False
    if pub is None:
        start_m, end_m = first, (first + n - 2) % 12 + 1
        return iso(None, start_m, 1), iso(None, end_m, month_end(2001, end_m)), True
    year = pub.year if pub.month >= first else pub.year - 1
    if (g["rel"] or "").lower() == "last":
        year -= 1
    end_year, end_month = (
        (year + 1, (first + n - 1) - 12) if first + n - 1 > 12 else (year, first + n - 1)
    )
    start = iso(year, first, 1)
    end = iso(end_year, end_month, month_end(end_year, end_month))
    if end > pub.isoformat():
        end = pub.isoformat()
    return start, end, False


_SPAN_MONTHS = {"day": 0, "week": 0, "month": 1, "quarter": 3, "year": 12}


def resolve_span_to(
    g: dict[str, str | None], pub: date | None
) -> tuple[str | None, str | None, bool]:
    """ "the three months to the end of September", "the year to March", "the 12 months
    ending June 30": a span counted back from its stated end, not the end month alone."""
    month = month_number(g["m"] or "")
    year = year_for(month, g["y"], pub)
    day_s = g["d"] or g["d2"]
    last_day = month_end(year if year is not None else 2001, month)
    day = min(day_number(day_s), last_day) if day_s else last_day
    if g["u"]:
        n = small_count(g["n"].lower()) if g["n"] else 1  # "the week to September 14"
        unit = g["u"].lower().rstrip("s")
    else:
        n, unit = 1, "quarter" if g["q"] else "year"
        if g["h"]:
            n, unit = 6, "month"
    if not n:
        return None, None, False
    if _SPAN_MONTHS[unit] == 0:
        if year is None:
            return None, None, True
        end_d = date(year, month, day)
        days = n * (7 if unit == "week" else 1)
        return (end_d - timedelta(days=days - 1)).isoformat(), end_d.isoformat(), False
    months = n * _SPAN_MONTHS[unit]
    # the span ends with the stated month (or day) and starts ``months`` months earlier
    index = (year if year is not None else 2001) * 12 + month - 1 - (months - 1)
    if day_s and day < last_day:
        index -= 1  # "the year to March 15": from March 16 of the year before
    start_year, start_month = divmod(index, 12)
    start_day = day + 1 if day_s and day < last_day else 1
    start = iso(start_year if year is not None else None, start_month + 1, start_day)
    return start, iso(year, month, day), year is None


_PART_ORD = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4}
_PART_MONTHS = {"quarter": 3, "half": 6, "month": 1, "q": 3, "h": 6}


def resolve_part(g: dict[str, str | None], pub: date | None) -> tuple[str | None, str | None, bool]:
    """ "the first quarter of the year", "Q1 2024", "H2", "the first six months", "the
    final week of 2023": an ordinal part of a calendar year. With no year stated it is the
    latest such part begun by publication; a part still running ends at publication. A part
    of a financial year is kept as text (fiscal years start in different months)."""
    if g["fy"]:
        return None, None, False
    if g["mo"]:
        return _part_of_month(g, pub)
    if g["qh"]:
        size, index, weeks = _PART_MONTHS[g["qh"][0].lower()], int(g["qh"][1]), False
    else:
        if g["n"]:
            n_raw = g["n"].lower()
            count = small_count(n_raw)
            unit = (g["u"] or "").lower().rstrip("s")
        else:
            count, unit = 1, (g["p"] or "").lower()
        if not count:
            return None, None, False
        if unit == "day":
            return None, None, False  # "the first ten days of the year": read only in a month
        weeks = unit == "week"
        size = count if weeks else count * _PART_MONTHS[unit]
        per_year = 52 if weeks else 12
        if size > per_year:
            return None, None, False
        order = (g["o"] or "").lower()
        index = _PART_ORD.get(order, per_year // size)
        if index * size > per_year:
            return None, None, False
    year_s = g["y"] or g["y2"]
    year: int | None = int(year_s) if year_s else None
    if year is None and g["rel"] and pub is not None:
        year = pub.year - 1 if g["rel"].lower() == "last" else pub.year
    if weeks:
        if year is None:
            year = pub.year if pub is not None else None
        if year is None:
            return None, None, True
        if index * size == per_year:  # the final weeks end on December 31
            first_d = date(year, 12, 31) - timedelta(days=size * 7 - 1)
        else:
            first_d = date(year, 1, 1) + timedelta(days=(index - 1) * size * 7)
        if pub is not None and first_d > pub and not year_s:
            year -= 1
            first_d = first_d.replace(year=year)
        last_d = min(first_d + timedelta(days=size * 7 - 1), date(year, 12, 31))
        if pub is not None and last_d > pub:
            last_d = pub
        return first_d.isoformat(), last_d.isoformat(), False
    first_m = (index - 1) * size + 1
    if year is None and pub is not None:
        year = pub.year if first_m <= pub.month else pub.year - 1
    start = whole_month(first_m, year)[0]
    end = whole_month(first_m + size - 1, year)[1]
    if pub is not None and year == pub.year and end > pub.isoformat():
        end = pub.isoformat()
    return start, end, year is None


def _part_of_month(
    g: dict[str, str | None], pub: date | None
) -> tuple[str | None, str | None, bool]:
    """ "the second week of March", "the last two weeks of June", "the first half of May":
    days of one month, counted from its first day (or back from its last)."""
    month = month_number(g["mo"] or "")
    year = year_for(month, g["y3"], pub)
    last_day = month_end(year if year is not None else 2001, month)
    unit = (g["u"] or g["p"] or "").lower().rstrip("s")
    n_raw = (g["n"] or "one").lower()
    count = small_count(n_raw)
    days = {"day": count, "week": 7 * count, "half": last_day // 2}.get(unit)
    order = (g["o"] or "").lower()
    if not days or days > last_day:
        return None, None, False
    if order in ("last", "final", "closing"):
        first_day = last_day - days + 1
    else:
        first_day = (_PART_ORD.get(order, 1) - 1) * days + 1
    end_day = min(first_day + days - 1, last_day)
    if unit == "half" and order == "second":
        first_day, end_day = last_day // 2 + 1, last_day
    if first_day > last_day:
        return None, None, False
    return iso(year, month, first_day), iso(year, month, end_day), year is None
