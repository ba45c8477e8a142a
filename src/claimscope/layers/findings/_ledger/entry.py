"""One figure as the numeric checks see it (``Entry``), and the dates it covers.

The record every check reads, kept apart from the code that fills it in (``build.py``):
one short place to see what a figure carries.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from claimscope.contract.model import Quantity
from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._scope import Scope

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "SCALE_READINGS",
    "Entry",
    "Span3",
    "as_date",
    "doc_text",
    "month_name",
    "months_between",
    "parse_date",
]

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
