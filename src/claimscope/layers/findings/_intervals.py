"""Interval arithmetic for figures: a range, a rounded figure, "about" and "over" are intervals.

A stated figure is read as the set of values it is compatible with: "21,600" is
21,550-21,650 (rounded to its last non-zero digit), "about 300" is 270-330, "over
230,000" is 230,000 and up, "15,000 to 18,000" is itself. Two figures conflict only
when their intervals do not meet.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimscope.contract.model import Quantity

__all__ = ["APPROX_SHARE", "Interval", "fmt", "interval_of", "sum_of"]

#: "about", "roughly", "nearly": how far from the stated figure the true one may lie.
APPROX_SHARE = 0.1
#: A bare round figure may be rounded, but by no more than this share of itself.
_MAX_ROUNDING = 0.025
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BELOW_WORDS = ("nearly", "almost", "just under", "close to", "approaching")
_JUST_OVER = ("just over", "just above", "slightly more than", "a little over")


@dataclass(frozen=True)
class Interval:
    """A closed interval ``[lo, hi]``; ``hi`` may be infinite ("over 230,000")."""

    lo: float
    hi: float

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval) -> Interval:
        ends = [_mul(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(ends), max(ends))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            return Interval(-math.inf, math.inf)
        inv = Interval(1 / other.hi if other.hi != math.inf else 0.0, 1 / other.lo)
        return self * inv

    def scale(self, k: float) -> Interval:
        return self * Interval(k, k)

    def meets(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def gap(self, other: Interval) -> float:
        """How far apart two disjoint intervals are (0 when they meet)."""
        return max(0.0, self.lo - other.hi, other.lo - self.hi)

    @property
    def mid(self) -> float:
        """The point a figure is read as: an interval open at one end ("over 230,000",
        "down by more than a hundred") stands for its finite end, never for infinity."""
        if self.hi == math.inf:
            return self.lo
        if self.lo == -math.inf:
            return self.hi
        return (self.lo + self.hi) / 2

    def __str__(self) -> str:
        if self.hi == math.inf:
            return f"{fmt(self.lo)} or more"
        lo, hi = fmt(self.lo), fmt(self.hi)
        if _close(self.lo, self.hi) or lo == hi:
            return lo  # "409.5–410.5" is written "410", not "410–410"
        return f"{lo}–{hi}"


def sum_of(ivs: Iterable[Interval]) -> Interval:
    """The sum of intervals: where parts, each rounded or hedged, can add up to."""
    total = Interval(0.0, 0.0)
    for iv in ivs:
        total = total + iv
    return total


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    return a * b


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def fmt(x: float) -> str:
    """18000 -> "18,000", 0.3333 -> "0.33", 17.96 -> "18.0"."""
    if x == math.inf:
        return "∞"
    if abs(x) >= 100 or float(x).is_integer():
        return f"{round(x):,}"
    if abs(x) >= 10:
        return f"{x:,.1f}"
    return f"{x:.2f}".rstrip("0").rstrip(".") if abs(x) < 1 else f"{x:.2f}"


def _rounding_step(q: Quantity) -> float:
    """Half the step the written figure was rounded to (digits only; words are exact-ish)."""
    numbers = _NUMBER.findall(q.text)
    if not numbers or q.unit == "fraction":
        return 0.0
    digits = numbers[-1].replace(",", "")
    if "." in digits:
        step = 10.0 ** -len(digits.split(".", 1)[1])
    elif float(digits) < 1000:
        step = 1.0  # "300 protesters", "40%": small round figures are read as exact
    else:
        stripped = digits.rstrip("0")
        step = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
    raw = float(digits) if digits else 0.0
    scale = (q.high or 0.0) / raw if raw else 1.0
    return step * scale / 2 if scale >= 1 else step / 2


def _approx_share(q: Quantity) -> float:
    """ "about 2,000" may be 1,800-2,200; "some 2,100" was written with a second significant
    digit, so its writer knew it to within a few per cent, not to a tenth."""
    numbers = _NUMBER.findall(q.text)
    if not numbers or q.unit == "fraction":
        return APPROX_SHARE
    digits = numbers[-1].replace(",", "").split(".")
    significant = digits[0].lstrip("0").rstrip("0") if len(digits) == 1 else "".join(digits)
    significant = significant.strip("0")
    if len(significant) <= 1:
        return APPROX_SHARE
    # "some 18,950": four significant digits, known to within a per cent or two
    return APPROX_SHARE * (0.6 if len(significant) == 2 else 0.4 if len(significant) == 3 else 0.25)


def interval_of(q: Quantity) -> Interval:
    """The values a stated figure allows, from its range, rounding and approximator."""
    lo = q.low if q.low is not None else q.value
    hi = q.high if q.high is not None else q.value
    if lo is None or hi is None:
        return Interval(-math.inf, math.inf)
    half = min(_rounding_step(q), _MAX_ROUNDING * abs(hi))
    text = q.text.lower()
    if q.unit == "fraction":
        half = 0.0 if q.approx == "~" else 0.02 * lo
    if q.approx == "~":
        share = _approx_share(q)
        if text.startswith(_BELOW_WORDS):
            return Interval(lo * (1 - share), hi + half)
        # the approximator already covers rounding: the wider of the two, not their sum
        return Interval(min(lo * (1 - share), lo - half), max(hi * (1 + share), hi + half))
    if q.approx in (">", ">="):
        top = hi * (1 + APPROX_SHARE) if text.startswith(_JUST_OVER) else math.inf
        return Interval(lo - half, top)
    if q.approx in ("<", "<="):
        return Interval(0.0, hi + half)
    return Interval(lo - half, hi + half)
