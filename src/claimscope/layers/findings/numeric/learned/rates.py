"""``rate_total_mismatch`` by the learned second look: a rate times the length of a total's
period that misses the total, when no rule tied the two.

"About 600 a day since March 1" and, later, "12,400 in all so far": the rules tie a rate
to a total through the constructions they know; here every rate and every total in the
same unit whose period length can be read (its dates, a stated length, or the rate's own
period when the total has none) is a candidate when the product misses the total beyond
rounding. The model weighs how the two are worded and placed, and whether the rest of the
article explains the miss: another total this rate fits, another rate this total fits,
working days in place of calendar days, a list of which the total is one item.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import partial

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._claims import TIME_UNITS
from claimscope.layers.findings.numeric._pairing import (
    PER_DAYS,
    PER_MONTHS,
    covered_units,
    days_between,
    holders_clash,
)
from claimscope.layers.findings.numeric.learned._candidate import Candidate
from claimscope.layers.findings.numeric.learned._features import (
    Context,
    bucket,
    pair_features,
    people_and_things,
)

__all__ = ["rate_candidates"]

#: Slack beyond the figures' own rounding before a product misses a total.
_SLACK = 0.03
#: A product ten times the total (or a tenth of it) measures something else.
_SCALE_APART = 10.0
#: Words within 50 characters of the rate: approximation, a limit or plan, a peak, a habit,
#: a running period, or a rate worked out from other figures.
RATE_CUES = (
    "average", "about", "around", "roughly", "nearly", "almost", "more than", "at least",
    "up to", "as many as", "capacity", "can ", "able to", "designed", "target", "aim", "plan",
    "expect", "peak", "busiest", "record", "at times", "usually", "typically", "normally",
    "each", "every", "since", "now", "currently", "so far", "this year", "last year",
    "used to", "works out", "equivalent", "that is", "amounts to", "which is",
)  # fmt: skip
#: Words within 50 characters of the total: a total, a running total, a period, a plan.
TOTAL_CUES = (
    "total", "in all", "altogether", "overall", "combined", "so far", "to date", "since",
    "cumulative", "by the end", "in the first", "over the", "during", "between", "expected",
    "forecast", "target", "plan", "budget", "could", "would", "will ", "up to", "capacity",
    "built for",
)  # fmt: skip
_WORKING = (
    "working day",
    "weekday",
    "business day",
    "school day",
    "shift",
    "open day",
    "trading day",
    "match day",
)
_DISTINCT = ("different", "unique", "individual", "separate", "distinct")
_PART = (
    "of whom",
    "of which",
    "of them",
    "of those",
    "accounted for",
    "including",
    "alone",
    "among them",
)


def _units(
    ctx: Context, ledger: list[Entry], rate: Entry, total: Entry
) -> tuple[Interval, str, str] | None:
    """How many of the rate's units the total covers, how that was read, and from which
    figure's period (the total's, or the rate's when the total gives none)."""
    per = rate.q.per or ""
    if total.start is not None or (total.q.period is not None and total.q.period.duration):
        got = covered_units(total, ledger, ctx.published, per)
        if got is not None:
            return got[0], got[1], "total"
    rate_has = rate.start is not None or (rate.q.period is not None and rate.q.period.duration)
    if rate_has and total.start is None:
        got = covered_units(rate, ledger, ctx.published, per)
        if got is not None:
            return got[0], got[1], "rate"
    return None


def _fits(rate: Entry, total: Entry, units: Interval) -> bool:
    product = rate.iv * units
    return total.iv.lo <= product.hi * (1 + _SLACK) and total.iv.hi >= product.lo * (1 - _SLACK)


def _finite(e: Entry) -> bool:
    return math.isfinite(e.iv.lo) and math.isfinite(e.iv.hi)


#: Nouns of time: a rate of them ("opens four nights a week") is a schedule, not a flow.
_TIME_NOUNS = TIME_UNITS | {
    "night",
    "evening",
    "morning",
    "afternoon",
    "weekend",
    "shift",
    "session",
}


def _schedule_against(r: Entry, t: Entry) -> bool:
    """A rate of units of time ("four nights a week") against a total of anything else
    ("1,930 young people"): how often something happens builds up no count of things."""
    rate_head = canonical(r.q.counted or "").split()[-1:]
    total_head = canonical(t.q.counted or "").split()[-1:]
    return bool(rate_head) and rate_head[0] in _TIME_NOUNS and rate_head != total_head


def rate_candidates(ctx: Context, ledger: list[Entry]) -> Iterator[Candidate]:
    """Each rate and total of one unit whose product over the total's period misses it."""
    figures = [e for e in ledger if not e.gap and e.bare and _finite(e)]
    rates = [e for e in figures if e.q.per in PER_MONTHS]
    # an average ("the average fine was 1,850 crowns") is no total built up over a period
    totals = [e for e in figures if e.q.per is None and not e.scope.average]
    lengths: dict[tuple[int, int], tuple[Interval, str, str]] = {}
    explained_totals: set[int] = set()  # totals some rate fits
    confirmed_rates: set[int] = set()  # rates some total fits
    per_rate: dict[int, int] = {}  # totals whose length a rate can be read over
    rates_in_unit = Counter(r.q.unit for r in rates)
    for r in rates:
        for t in totals:
            if t.q.unit != r.q.unit or holders_clash(r, t) or _schedule_against(r, t):
                continue
            got = _units(ctx, ledger, r, t)
            if got is None or got[0].lo <= 1.05:
                continue  # one period or less: a range question, not a total
            lengths[id(r), id(t)] = got
            per_rate[id(r)] = per_rate.get(id(r), 0) + 1
            if _fits(r, t, got[0]):
                explained_totals.add(id(t))
                confirmed_rates.add(id(r))
    for r in rates:
        for t in totals:
            got = lengths.get((id(r), id(t)))
            if got is None:
                continue
            units, note, source = got
            product = r.iv * units
            above = t.iv.lo > product.hi * (1 + _SLACK)
            below = t.iv.hi < product.lo * (1 - _SLACK)
            if not (above or below):
                continue
            near, far = (product.hi, t.iv.lo) if above else (product.lo, t.iv.hi)
            if near <= 0 or far <= 0 or abs(math.log(far / near)) > math.log(_SCALE_APART):
                continue
            if people_and_things(ctx.text, r, t):
                continue  # not vetoed: whether two nouns count one thing is the model's doubt
            if _average_over_more(r, units):
                continue  # "an average of 410 a day" in December and "2,610 calls over the
                # four days from Christmas Day": an average says nothing of a shorter stretch
            feats = pair_features(ctx, r, t)
            feats += _arithmetic(r, t, units, source, above, abs(math.log(far / near)))
            feats += [
                f"total_explained={id(t) in explained_totals}",
                f"rate_confirmed={id(r) in confirmed_rates}",
                f"totals_for_rate={min(per_rate.get(id(r), 0), 3)}",
                f"rates_in_unit={min(rates_in_unit[r.q.unit], 3)}",
            ]
            feats += _wording(ctx, figures, r, t, product, below)
            yield Candidate(
                "rate_total_mismatch", (r, t), t, feats, partial(_finding, r, t, units, note)
            )


def _average_over_more(r: Entry, units: Interval) -> bool:
    """An average rate over a longer, closed stretch than the total's ``units`` of it:
    dated, or named by its unit alone ("an average of 410 a day" over "the month"; not
    "this year", which runs to date)."""
    per = PER_DAYS.get(r.q.per or "")
    if not r.scope.average or per is None:
        return False
    days: float | None = None
    if r.start is not None and r.end is not None and not r.open_end:
        days = days_between(r.start, r.end)
    elif (
        r.start is None
        and r.q.period is not None
        and (m := _THE_UNIT.fullmatch(r.q.period.text or ""))
    ):
        days = PER_DAYS[m.group(1).lower()]
    return days is not None and units.hi * per < 0.9 * days


#: "over the month", "across that year": a period named by its unit alone.
_THE_UNIT = re.compile(
    r"\s*(?:(?:over|in|during|across|throughout|for) )?(?:the|that) (day|week|month|year)\s*",
    re.I,
)


def _arithmetic(
    r: Entry, t: Entry, units: Interval, source: str, above: bool, miss: float
) -> list[str]:
    feats = [
        f"per={r.q.per}",
        f"length_from={source}",
        bucket(miss, (0.1, 0.2, 0.35, 0.7, 1.2), "miss"),
        bucket(math.log10(max(units.lo, 1.0)), (0.5, 1, 1.5, 2, 2.5), "units"),
    ]
    flags = {
        "total_open": t.open_end,
        "rate_dated": r.start is not None,
        "rate_length_stated": r.q.period is not None and bool(r.q.period.duration),
        "total_length_stated": t.q.period is not None and bool(t.q.period.duration),
        "total_above": above,
        "units_spread": units.hi > units.lo * 1.05,
        "rate_each": r.scope.each is not None,
        "nouns_equal": r.q.counted is not None and r.q.counted == t.q.counted,
        "fits_working_days": r.q.per == "day"
        and (_fits(r, t, units.scale(5 / 7)) or _fits(r, t, units.scale(6 / 7))),
        "fits_four_week_months": r.q.per == "week" and _fits(r, t, units.scale(4 / 4.345)),
    }
    return feats + [name for name, on in flags.items() if on]


def _wording(
    ctx: Context, figures: list[Entry], r: Entry, t: Entry, product: Interval, below: bool
) -> list[str]:
    near_r, near_t = ctx.window(r, 50), ctx.window(t, 50)
    feats = [f"a_cue={c.strip()}" for c in RATE_CUES if c in near_r]
    feats += [f"b_cue={c.strip()}" for c in TOTAL_CUES if c in near_t]
    beside = [
        e
        for e in figures
        if e is not t and e.sent == t.sent and e.q.per is None and e.q.unit == t.q.unit
    ]
    feats.append(f"total_listed={min(len(beside), 2)}")
    if beside and below:
        whole = t.iv
        for e in beside:
            whole = whole + e.iv
        if whole.lo <= product.hi * (1 + _SLACK) and whole.hi >= product.lo * (1 - _SLACK):
            feats.append("list_fits")
    rates_beside = sum(1 for e in figures if e is not r and e.sent == r.sent and e.q.per)
    feats.append(f"rates_beside={min(rates_beside, 2)}")
    both = ctx.sentence(r) + " " + ctx.sentence(t)
    flags = {
        "working_days": any(w in both for w in _WORKING),
        "total_distinct": any(w in near_t for w in _DISTINCT),
        "total_part_cue": any(w in near_t for w in _PART),
        "rate_across": r.scope.across,
        "total_across": t.scope.across,
        "rate_plural": r.scope.plural,
        "total_plural": t.scope.plural,
        "rate_from_to": rates_beside > 0
        and " from " in ctx.sentence(r)
        and " to " in ctx.sentence(r),
    }
    return feats + [name for name, on in flags.items() if on]


def _finding(
    rate: Entry, total: Entry, units: Interval, note: str, score: float, model: str
) -> Finding:
    per = rate.q.per or "period"
    product = rate.iv * units
    n = f"{units.lo:.1f}" if math.isclose(units.lo, units.hi) else f"{units.lo:.1f}–{units.hi:.1f}"
    n = n.replace(".0", "")
    stated = Interval(rate.q.low or 0.0, rate.q.high or 0.0)
    return numeric_finding(
        "rate_total_mismatch",
        "warning",
        f"{rate.q.text} a {per} over the period of the {total.q.text} does not give that total.",
        f"{stated} per {per} × {n} {per}s = {stated * units} ({product} allowing for "
        f"rounding), but the total is {total.q.text}; period: {note}. No rule ties the two "
        f"figures: the learned pair model ({model}) judged them the same measure (score "
        f"{score:.2f}); check that the rate and the total count the same thing.",
        rate,
        total,
    )
