"""``range_violation`` by the learned second look: a figure outside a stated range for what
the model judges to be the same measure, when no rule tied the two.

"Every home league game this season has drawn between 16,500 and 21,000" and, paragraphs
later, "23,800 packed in for the derby": the rules tie a range to a figure through named
constructions ("every night", "the busiest week") and miss the many other ways a writer
says it. Here every figure outside a range in the same unit is a candidate, and the model
weighs how the two are worded and placed (``_features.pair_features`` plus the cues
below). A candidate is kept out when arithmetic already says the two are not the same
measure: a per-day range against a per-week figure, or a range per month against a figure
whose own dates span several months (the total of those months, not one of them).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import partial

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import fmt
from claimscope.layers.findings._ledger import Entry, Span3
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._pairing import (
    FAR_APART,
    PER_WORD,
    days_between,
    holders_clash,
)
from claimscope.layers.findings.numeric.learned._candidate import Candidate
from claimscope.layers.findings.numeric.learned._features import (
    Context,
    cue_features,
    log_ratio_bucket,
    pair_features,
    people_and_things,
)

__all__ = ["range_candidates"]

#: Words beside a single figure that mark it as one instance, often the extreme one.
POINT_CUES = (
    "busiest", "worst", "peak", "record", "highest", "lowest", "single", "one day",
    "that day", "alone", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "last week", "last month", "in one", "only",
)  # fmt: skip
#: Words beside a range that say it holds for every period or instance, or is typical.
RANGE_CUES = (
    "every", "each", "a day", "a week", "a month", "a night", "per", "typically",
    "usually", "normally", "between", "range", "average", "daily", "weekly", "monthly",
    "so far", "since", "always", "consistently", "regularly",
)  # fmt: skip

#: The longest a figure's own dates may run and still be one period of a rate, in days.
_ONE_PERIOD = {"day": 1.5, "week": 8.0, "month": 32.0, "year": 367.0}
#: How far outside the range a figure must lie, beyond the rounding its interval allows.
_MARGIN = 0.02
#: A figure more than ``FAR_APART`` times the range (or under its share) measures
#: something else, as the rules hold: "42,000 hectares" against "between 3,000 and 5,500
#: hectares a year" is a total of many years or one great fire, no year's figure.
_SCALE_APART = FAR_APART


def _days(a: Span3 | None, b: Span3 | None) -> float | None:
    """Calendar days from ``a`` to ``b``, when both dates have a year."""
    if a is None or b is None or a.year is None or b.year is None:
        return None
    return days_between(a, b)


def _is_range(e: Entry) -> bool:
    return e.q.low is not None and e.q.high is not None and e.q.low < e.q.high


def _several_periods(point: Entry, per: str | None) -> bool:
    """The point's own dates cover more than one period of the range's rate."""
    if per is None or point.open_end:
        return False
    days = _days(point.start, point.end)
    return days is not None and days > _ONE_PERIOD.get(per, float("inf"))


def range_candidates(ctx: Context, ledger: list[Entry]) -> Iterator[Candidate]:
    """Each figure outside a range in the same unit, with what the model reads of them.

    The figures outside one range are read side by side: the nearest to the range, and
    how many there are, tell the model which one the writer set against it."""
    for rng in ledger:
        if not _is_range(rng) or rng.gap or not rng.bare:
            continue
        outside = sorted(_outside(rng, ledger), key=lambda pa: _distance(pa[0], rng, pa[1]))
        rivals = "1" if len(outside) == 1 else "2-3" if len(outside) <= 3 else "4+"
        for rank, (point, above) in enumerate(outside):
            if people_and_things(ctx.text, point, rng):
                continue  # not vetoed: whether two nouns count one thing is the model's doubt
            feats = _features(ctx, point, rng, above)
            feats += [f"nearest={rank == 0}", f"rivals={rivals}"]
            yield Candidate(
                "range_violation", (point, rng), rng, feats, partial(_finding, point, rng, above)
            )


def _outside(rng: Entry, ledger: list[Entry]) -> Iterator[tuple[Entry, bool]]:
    """(figure, above) for each figure outside ``rng`` that may measure the same."""
    low, high = rng.q.low or 0.0, rng.q.high or 0.0
    for point in ledger:
        if point is rng or point.gap or not point.bare or _is_range(point):
            continue
        if point.q.unit != rng.q.unit or holders_clash(point, rng):
            continue
        if point.q.per and rng.q.per and point.q.per != rng.q.per:
            continue
        if _several_periods(point, rng.q.per):
            continue
        above = point.iv.lo > max(rng.iv.hi, high * (1 + _MARGIN))
        below = point.iv.hi < min(rng.iv.lo, low * (1 - _MARGIN))
        if not (above or below):
            continue
        if point.iv.lo > _SCALE_APART * high or point.iv.hi * _SCALE_APART < low:
            continue
        yield point, above


def _value(point: Entry) -> float:
    return point.q.value if point.q.value is not None else point.iv.mid


def _edge(rng: Entry, above: bool) -> float:
    return (rng.q.high if above else rng.q.low) or 0.0


def _distance(point: Entry, rng: Entry, above: bool) -> float:
    """How far outside, as a log ratio to the nearer end."""
    return abs(math.log(max(_value(point), 1e-9) / max(_edge(rng, above), 1e-9)))


def _features(ctx: Context, point: Entry, rng: Entry, above: bool) -> list[str]:
    edge, value = _edge(rng, above), _value(point)
    return [
        *pair_features(ctx, point, rng),
        *cue_features("a", ctx.sentence(point), POINT_CUES),
        *cue_features("b", ctx.sentence(rng), RANGE_CUES),
        f"above={above}",
        f"distance={log_ratio_bucket(value, edge)}",
    ]


def _finding(point: Entry, rng: Entry, above: bool, score: float, model: str) -> Finding:
    low, high = rng.q.low or 0.0, rng.q.high or 0.0
    edge, value = _edge(rng, above), _value(point)
    share = abs(value - edge) / edge * 100 if edge else 0.0
    where = "above the top" if above else "below the bottom"
    per = f" {PER_WORD.get(rng.q.per, 'per ' + rng.q.per)}" if rng.q.per else ""
    return numeric_finding(
        "range_violation",
        "warning",
        f"{point.q.text} lies {where.split()[0]} the range {fmt(low)}–{fmt(high)}{per} the "
        "article also gives for what reads as the same measure.",
        f"'{rng.q.text}'{per} sets {fmt(low)}–{fmt(high)}; '{point.q.text}' is {fmt(value)}, "
        f"{fmt(abs(value - edge))} ({share:.0f}%) {where} of the range, beyond rounding "
        f"(the range allows {rng.iv}, the figure {point.iv}). No rule ties the two figures: "
        f"the learned pair model ({model}) judged them the same measure (score {score:.2f}); "
        "check that they count the same thing over one such period.",
        point,
        rng,
    )
