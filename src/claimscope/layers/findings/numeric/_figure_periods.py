"""The periods of a claim's figures and the month arithmetic that places one before
another: a figure's own period, whether it starts inside a base, the adjacent period or
the same months a year before, and whether a comparison sets a figure against an earlier
time. Apart because the pair candidates, the pairs set side by side and the claim's own
checks all place figures in time.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, Span3, as_date, parse_date
from claimscope.layers.findings.numeric._claims import When
from claimscope.layers.findings.numeric._wording import EARLIER_MARK

if TYPE_CHECKING:
    from claimscope.layers.base import Draft

__all__ = [
    "adjacent",
    "at",
    "month_index",
    "set_in_time",
    "shift",
    "when_of",
    "whole_year",
    "year_before",
]


def when_of(e: Entry) -> When | None:
    """The figure's period; a count reached "by the end of January" is a level on that
    day, as a stock is."""
    if e.start is None and e.end is not None and e.end.year is not None and not e.open_end:
        return When(e.end, e.end)
    if e.start is None or e.end is None or e.start.year is None or e.end.year is None:
        return None
    return When(e.start, e.end)


def month_index(d: Span3) -> float:
    return (d.year or 0) * 12 + d.month - 1 + (d.day - 1) / 31


def at(p: When, base: When, slack: float) -> bool:
    """Whether period ``p`` starts inside ``base``, give or take ``slack`` months."""
    start = month_index(p.start)
    return month_index(base.start) - slack <= start <= month_index(base.end) + slack


def shift(p: When, months: float) -> When:
    """``p`` moved ``months`` back."""
    days = round(months * 30.44)
    return When(_back(p.start, days), _back(p.end, days))


def _back(d: Span3, days: int) -> Span3:
    x = as_date(d) - timedelta(days=days)
    return Span3(x.year, x.month, x.day)


def whole_year(p: When) -> bool:
    return (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31) and (
        p.start.year == p.end.year
    )


def adjacent(b: When, a: When) -> bool:
    """``b`` ends right before ``a`` starts and lasts about as long."""
    gap = (as_date(a.start) - as_date(b.end)).days
    la = (as_date(a.end) - as_date(a.start)).days + 1
    lb = (as_date(b.end) - as_date(b.start)).days + 1
    return 0 < gap <= 4 and 0.75 <= lb / la <= 1.34


def year_before(b: When, a: When) -> bool:
    """``b`` is ``a`` a year earlier ("March 2024" for "March 2025")."""
    return (b.start.year, b.start.month, b.end.month) == (
        (a.start.year or 0) - 1,
        a.start.month,
        a.end.month,
    ) and abs(b.start.day - a.start.day) <= 3


def set_in_time(text: str, b: Entry, a: Entry, draft: Draft) -> bool:
    """Whether a comparison sets a figure against an earlier time, not against another
    thing ("£27, against £11 for a CD"): ``b``'s period starts before ``a``'s, or the
    words after ``b`` mark it as earlier ("compared with $2.60 a year earlier")."""
    pa, pb = when_of(a), when_of(b)
    if pa is not None and pb is not None:
        return month_index(pb.start) < month_index(pa.start)
    ya, yb = _split_year(a), _split_year(b)
    if ya is not None and yb is not None:
        return yb < ya  # "£475m in 2024-25, compared with £412m in 2023-24"
    pub = parse_date((draft.article.published or "")[:10])
    if pa is None and pb is not None and pub is not None and as_date(pb.end) < as_date(pub):
        return True  # "14,870 votes, against 9,120 at the elections in March 2022": now, then
    end = draft.sentences[b.sent].end if b.sent < len(draft.sentences) else len(text)
    return EARLIER_MARK.search(text, b.q.end, min(end, b.q.end + 40)) is not None


#: "2024-25", "2023/24": a financial year or season of twelve months.
_SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)[-/\u2013](\d\d(?:\d\d)?)\b")


def _split_year(e: Entry) -> int | None:
    """The first calendar year of a figure's split year ("in 2024-25"), whose months the
    period layer leaves unguessed: two such years of one article start in the same month,
    so their first years order them."""
    m = _SPLIT_YEAR.search(e.q.period.text) if e.q.period is not None else None
    if m is None:
        return None
    first, second = int(m.group(1)), m.group(2)
    last = int(second) if len(second) == 4 else first - first % 100 + int(second)
    return first if last == first + 1 else None
