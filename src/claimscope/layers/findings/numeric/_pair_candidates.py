"""The pairs of figures a change claim may rest on, before one is chosen: a pair the
article sets side by side that fits the claim's unit and time, and pairs found figure by
figure (the current figure, then an earlier one of the same thing at the claim's base or
in the period just before). ``PairCandidates`` is a base class of ``ClaimFigures``
(``_claim_figures.py``), which vetoes candidates and picks the one that fits best.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry, as_date
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._claims import Claim, When
from claimscope.layers.findings.numeric._figure_periods import (
    adjacent,
    at,
    month_index,
    shift,
    when_of,
    whole_year,
    year_before,
)
from claimscope.layers.findings.numeric._figure_words import FigureWords, named_in
from claimscope.layers.findings.numeric._pairing import comparable, far_apart
from claimscope.layers.findings.numeric._wording import EARLIER_MARK, direction

__all__ = ["POINT_UNITS", "Pair", "PairCandidates", "bounded"]


@dataclass(frozen=True)
class Pair:
    """The figure a change is measured from and the figure it led to."""

    before: Entry
    after: Entry
    #: When each figure is, as the explanation says it ("in 2019", "now").
    times: tuple[str, str] = ("", "")


def bounded(iv: Interval) -> Interval:
    """ "More than 412,000": a writer who computes a change from it means a little over
    412,000, not any larger number, so an open top is closed at a tenth above."""
    return iv if iv.hi != float("inf") else Interval(iv.lo, iv.lo * 1.1)


class PairCandidates(FigureWords):
    """The candidate pairs for one article's change claims."""

    stated_befores: set[int]
    stated: set[int]
    stated_bases: dict[int, list[Entry]]
    pool: list[Entry]
    shares: list[Entry]
    _now: When | None

    def _fits_side_by_side(self, claim: Claim, p: Pair) -> bool:
        """A pair an article sets side by side fits a claim of the same unit and time."""
        a, b = p.after, p.before
        if a.q.unit != b.q.unit or a.q.per != b.q.per or far_apart(bounded(a.iv), bounded(b.iv)):
            return False
        if _inside(claim, a) or _inside(claim, b):
            return False
        if claim.after is not None and not _same_figure(claim.after, a):
            return False
        pa, pb = when_of(a), when_of(b)
        if claim.base is not None and not self._at_base(b, claim.base, claim.base_slack):
            return False  # "fallen by a third since the 1990s": a pair of no time is not it
        if claim.months is not None and pa is not None and pb is not None:
            gap = month_index(pa.start) - month_index(pb.start)
            if abs(gap - claim.months) > max(2.0, 0.15 * claim.months):
                return False
        return True

    def _free_pairs(self, claim: Claim) -> list[Pair]:
        """Pairs found figure by figure: the current figure, then an earlier one of the
        same thing at the claim's base (or, with no base, in the period just before)."""
        out = []
        afters = [claim.after] if claim.after is not None else self._latest(claim)
        for a in afters:
            pa = self._time(a)
            if pa is None and a is claim.after and claim.own is None:
                pa = self._now  # "Ticket sales rose 25% to 48,000": the figure as of now
            base, slack = self._base(claim, pa)
            for b in self._pool(claim):
                if b is a or (b.q.unit, b.q.per) != (a.q.unit, a.q.per) or id(b) in self.stated:
                    continue
                named = self._names_head(claim, a) and self._names_head(claim, b)
                ends = _measured(claim, a), _measured(claim, b)
                ends = self._told_on(*ends)
                if _inside(claim, b) or not _comparable(*ends, actions=not named):
                    continue
                if far_apart(bounded(a.iv), bounded(b.iv)) or self._restated(a, b):
                    continue
                if base is not None:
                    if not self._at_base(b, base, slack):
                        continue
                elif not self._earlier(b, a, pa, a is claim.after) or self.topic(claim, b) < max(
                    1, self.topic(claim, a)
                ):
                    continue  # "imported about 95,000 tonnes" names less of "almond harvest"
                out.append(Pair(b, a))
        return out

    def _latest(self, claim: Claim) -> list[Entry]:
        """Current-figure candidates for a claim that gives none: the figures of its
        subject in the latest period the article gives (inside the claim's own period
        when it names one), and those with no period, which only a figure marked as
        earlier in their own sentence can be set against."""
        mine = [
            e
            for e in self._pool(claim)
            if not _inside(claim, e)
            and id(e) not in self.stated_befores
            and self.topic(claim, e) > 0
        ]
        dated = [(e, w) for e in mine if (w := self._time(e)) is not None]
        if claim.base is not None:
            # "more than doubled since 2022": a figure of 2022 is the base, never the current
            dated = [(e, w) for e, w in dated if not at(w, claim.base, 0)]
        if claim.own is not None:
            dated = [(e, w) for e, w in dated if at(w, claim.own, 0)]
        latest = [
            e
            for e, w in dated
            if not any(
                as_date(x.end) > as_date(w.end) and _comparable(*self._told_on(f, e))
                for f, x in dated
            )
        ]  # the latest of each thing: "420 electric buses, which now" leaves 11.8 Mt current
        undated = [e for e in mine if self._time(e) is None]
        if claim.base is not None or claim.months is not None:
            undated = []  # a figure with no time cannot be placed after a named base
        return latest + undated

    def _base(self, claim: Claim, pa: When | None) -> tuple[When | None, float]:
        """The period the before figure must fall in, and the slack in months: the
        claim's named base; else its span back from the current figure's time ``pa``
        ("in five years"); else, for a change over a calendar year ("rose 40% last
        year"), the year before."""
        if claim.base is not None:
            return claim.base, claim.base_slack
        if pa is None:
            return None, 0.0
        if claim.months is not None:
            back = shift(pa, claim.months)
            return back, max(2.0, 0.1 * claim.months)
        if claim.own is not None and whole_year(claim.own):
            return shift(claim.own, 12.0), 0.0
        return None, 0.0

    def _at_base(self, b: Entry, base: When, slack: float) -> bool:
        """Whether ``b`` falls in the base period; a figure with no period of its own
        counts when its clause names the base year ("In the 2016 referendum, 198,000")."""
        pb = when_of(b)
        if pb is not None:
            if slack > 0:  # "in a decade" back from now: a year that overlaps the base
                lo, hi = month_index(base.start) - slack, month_index(base.end) + slack
                return month_index(pb.start) <= hi and month_index(pb.end) >= lo
            return at(pb, base, slack)
        lo, hi = self._clause(b)
        return base.start.year == base.end.year and str(base.start.year) in self.text[lo:hi]

    def _earlier(self, b: Entry, a: Entry, pa: When | None, given: bool) -> bool:
        """Whether ``b`` is the figure just before ``a`` (at ``pa``): the adjacent period
        of the same length or the same period a year before, or for a current figure the
        last whole year; else, when the periods do not tell, marked as earlier ("in
        the six months before the truce", "in the previous season") in its own sentence,
        or anywhere when ``a`` is the claim's own figure."""
        pb = self._time(b)
        if pa is not None and pb is not None and pa == self._now:
            # a current figure against last year's whole year, not against a quarter's, or
            # against a level reached by an earlier day ("by the end of January")
            point = pb.start == pb.end
            return (whole_year(pb) or point) and 0 < (
                as_date(pa.start) - as_date(pb.end)
            ).days <= 400
        if pa is not None and pb is not None:
            if adjacent(pb, pa) or year_before(pb, pa):
                return True
            if pb != pa:
                return False
        if pa is None and b.sent != a.sent:
            return False
        if b.sent != a.sent and not given:
            return False
        return bool(EARLIER_MARK.search(self._window(b))) and not EARLIER_MARK.search(
            self._window(a)
        )

    def _restated(self, a: Entry, b: Entry) -> bool:
        """ "fell by a fifth, from 4.0 million tonnes in 2019 to 3.2 million": a figure
        whose change from that base the article already states is not reused for another
        claim from the same base."""
        return any(
            when_of(x) is None or when_of(x) == when_of(b) for x in self.stated_bases.get(id(a), [])
        )

    def _pool(self, claim: Claim) -> list[Entry]:
        """The figures a claim's two ends are looked for among: shares for a change in
        percentage points, counts and amounts for any other ("turnout rose 5%" of a
        share may mean either, and is left alone)."""
        points = claim.size is not None and claim.size.q.unit in POINT_UNITS
        return self.shares if points else self.pool

    def _time(self, e: Entry) -> When | None:
        """The figure's period; "It now employs 6,150 nurses": the publication day."""
        found = when_of(e)
        if found is None and self._now is not None and _NOW.search(self._window(e)):
            return self._now
        return found


def _inside(claim: Claim, e: Entry) -> bool:
    """Whether a figure sits in the claim's clause (its size, or its own figures)."""
    return e is not claim.after and claim.clause[0] <= e.q.start < claim.clause[1]


def _same_figure(x: Entry, y: Entry) -> bool:
    return x is y or (x.q.unit == y.q.unit and x.q.value == y.q.value)


def _comparable(a: Entry, b: Entry, *, actions: bool = True) -> bool:
    """``comparable()`` for the two ends of one change: the change verb of a "to 126
    GWh" is no action of its own, and "1,840 civilians ..., and 1,610 in the six months
    since" counts the same thing in its second, elided, figure. Without ``actions``, the
    verbs are not compared at all: both clauses name what changed ("approved in 2019 at
    a cost of £80m", "its cost is now put at £104m")."""
    a, b = _no_change_action(a, actions), _no_change_action(b, actions)
    if a.sent == b.sent:
        if b.thing is None and b.q.counted is None:
            b = replace(b, thing=a.thing, q=b.q.model_copy(update={"counted": a.q.counted}))
        elif a.thing is None and a.q.counted is None:
            a = replace(a, thing=b.thing, q=a.q.model_copy(update={"counted": b.q.counted}))
    same_kind = (a.scope.peak, a.scope.one, a.scope.each) == (
        b.scope.peak,
        b.scope.one,
        b.scope.each,
    )  # "on its busiest day, 3,100" against a whole year's figure: two kinds of figure
    return same_kind and comparable(a, b)


def _measured(claim: Claim, e: Entry) -> Entry:
    """The figure with no doer when the subject of its verb is what the claim says changed
    ("Crude oil exports rose ... to 1.31 million barrels" against "the country shipped
    1.12 million"): that subject names the measure, not who holds it."""
    heads = frozenset(canonical(w) for w, n in claim.subject if n == 2)
    if e.subject is not None and named_in(canonical(e.subject), heads):
        return replace(e, subject=None)
    return e


def _no_change_action(e: Entry, actions: bool) -> Entry:
    if e.action and (not actions or direction(e.action) != 0):
        return replace(e, action=None)
    return e


#: Sizes of a change in a share: "up five percentage points", "the 50-basis-point cut".
POINT_UNITS = frozenset(("percentage point", "basis point"))


#: Words that set a figure at the time of writing.
_NOW = re.compile(r"\b(?:now|currently|today|at present)\b", re.I)
