"""Changes the text states by their size alone, whose size is the ratio of two figures
that count different things: "In 2023 the desk received 1,860 complaints. Last year it
heard from 2,240 households, a rise of about a fifth"; "In 2024 the department issued
1,910 permits ... Last year we permitted 2,640 homes. That's up 38 per cent on 2024."
The writer's arithmetic is right, which is how the text shows what it compared; what it
compared is no one thing. ``linked`` turns each into a ``unit_mismatch`` finding.

Only a size the rules read as no stated change's (no "from X to Y" of its own) is read,
in a sentence that gives it alone or points back ("That is ..."), against the counts of
that sentence and the two before. The size must match one pair of counts that name
different things and no pair that counts one thing: a like-for-like pair that gives the
size is the change meant, and two unlike pairs leave the comparison unclear.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from claimscope.layers._words import singular
from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._other_shares import names_its_thing
from claimscope.layers.findings.numeric._sizes_and_baselines import is_baseline, is_delta
from claimscope.layers.findings.numeric._stated_changes import Change
from claimscope.layers.findings.numeric._wording import CHANGE_WORDS, direction

__all__ = ["MixedChange", "mixed_changes"]

#: How many sentences before the size its counts may stand.
_BACK = 2


@dataclass(frozen=True)
class MixedChange:
    """A stated size and the unlike counts whose ratio it is."""

    size: Entry
    before: Entry
    after: Entry


def mixed_changes(text: str, ledger: list[Entry], changes: list[Change]) -> list[MixedChange]:
    """Each size of a change whose only reading is a ratio of two unlike counts."""
    sized = {id(d) for c in changes for d in c.deltas}
    out: list[MixedChange] = []
    for d in ledger:
        if d.q.unit not in ("percent", "fraction") or d.is_rate or id(d) in sized:
            continue
        compared = _COMPARED.match(text, d.q.end)
        if not (is_delta(text, d) or compared) or not math.isfinite(d.iv.hi):
            continue  # "by more than a tenth": a bound fits too many pairs to tell one
        sign = _sign(text, d)
        if sign == 0 and compared is not None:  # "18 per cent above the whole of last year"
            sign = 1 if compared.group(1).lower() in ("above", "higher") else -1
        if sign == 0:
            continue
        base_year = _base_year(text, d)
        counts = [
            e
            for e in ledger
            if (
                d.sent - _BACK <= e.sent <= d.sent
                or (base_year is not None and e.sent < d.sent and _in_year(e, base_year))
            )
            and e.q.unit is None
            and not e.is_rate
            and e.iv.lo > 0
            and e.q.counted
            and e.q.low == e.q.high
            and math.isfinite(e.iv.hi)  # "more than one" bounds nothing from above
        ]
        own = [e for e in counts if e.sent == d.sent and e.q.end <= d.q.start]
        if (
            own
            and not _points_back(text, d)
            and not _SET_OFF.fullmatch(text, own[-1].q.end, d.q.start)
        ):
            continue  # a size among counts of its own sentence is theirs to pair, unless it
            # is set off right after one ("2,240 households, a rise of about a fifth")
        after = [e for e in counts if e.sent == d.sent and e.q.start > d.q.end]
        if after and not _ON_BASE.fullmatch(text, d.q.end, after[0].q.start):
            continue  # "up 12% and 4,100 ...": a count after the size that is not its base
        size = d.iv.scale(sign / (100.0 if d.q.unit == "percent" else 1.0))
        like, unlike = [], []
        for a, b in itertools.permutations(counts, 2):
            if after and (a is not after[0] or b.q.start > d.q.start):
                continue  # "a 24 per cent rise on 2023's total of 3,310 incidents": that
                # count is the base, and the change's end is told before the size
            if not after and not _may_be_before(text, a, b):
                continue
            moved = b.iv / a.iv
            if not Interval(moved.lo - 1, moved.hi - 1).meets(size):
                continue
            if same_thing(a, b) or canonical(a.q.counted or "") == canonical(b.q.counted or ""):
                like.append((a, b))
            elif _names(text, a) and _names(text, b):
                unlike.append((a, b))
        if not like and len(unlike) == 1:
            out.append(MixedChange(d, *unlike[0]))
    return out


def _names(text: str, e: Entry) -> bool:
    """Whether the figure's own words name what it counts (``names_its_thing``), or its
    clause's subject does with no figure between ("appliance mobilisations - the number of
    times an engine was sent - reached 4,120"), which no other count could have lent."""
    if names_its_thing(text, e):
        return True
    noun = (e.q.counted or "").lower().split()[-1:]
    clause = re.split(r"[.;:\n]", text[max(0, e.q.start - 150) : e.q.start].lower())[-1]
    words = re.findall(r"[a-z]+", clause)
    at = next((k for k, w in enumerate(words) if noun and singular(w) == noun[0]), None)
    return at is not None and len(words) - at <= 18 and not re.search(r"\d", clause)


#: A size set against a base by a word of comparison: "18 per cent above last year's".
_COMPARED = re.compile(r"\s+(above|below|higher|lower)\b", re.I)

#: The words that set a change's size against its base: "on", "compared with".
_AGAINST = r"(?:on|over|from|compared\s+(?:with|to)|against)"
#: Between a size and the count it names as its base: " rise on 2023's total of".
_ON_BASE = re.compile(
    rf"\s+(?:[a-z]+\s+){{0,2}}{_AGAINST}\s+(?:[\w'\u2019]+\s+){{0,4}}(?:about\s+|some\s+|around\s+)?",
    re.I,
)
#: A base named by its year right after the size: "up 38 per cent on 2024".
_ON_YEAR = re.compile(rf"\s+{_AGAINST}\s+((?:19|20)\d\d)\b")


def _base_year(text: str, d: Entry) -> int | None:
    """The year a size's base is named by ("That's up 38 per cent on 2024"): the counts
    dated to it may stand anywhere before."""
    m = _ON_YEAR.match(text, d.q.end)
    return int(m.group(1)) if m else None


def _in_year(e: Entry, year: int) -> bool:
    return e.start is not None and e.end is not None and e.start.year == year == e.end.year


def _sign(text: str, d: Entry) -> int:
    """The direction of the change word nearest the size: +1 up, -1 down, 0 unsaid."""
    words = list(CHANGE_WORDS.finditer(text, max(0, d.q.start - 30), d.q.end + 15))
    if not words:
        return 0
    nearest = min(words, key=lambda m: min(abs(m.start() - d.q.end), abs(d.q.start - m.end())))
    return direction(nearest.group(0).lower())


#: Between a count and the size set off after it: ", a rise of about", " - up".
_SET_OFF = re.compile(r"[^\d.;:]{0,12}(?:,|\s[-\u2013\u2014])\s+(?:an?\s+)?[^\d.;:,]{0,30}")
#: A sentence that opens by pointing at what was just told: "That is", "That's", "This is".
_POINTING = re.compile(
    r"[\s\"“'‘]*(?:that|this|it)(?:['’]s|\s+(?:is|was|represents|means))\b", re.I
)


def _points_back(text: str, d: Entry) -> bool:
    start = max(text.rfind(".", 0, d.q.start), text.rfind("\n", 0, d.q.start)) + 1
    return _POINTING.match(text, start) is not None


def _may_be_before(text: str, a: Entry, b: Entry) -> bool:
    """Whether ``a`` may be the change's start and ``b`` its end: the earlier year when
    both are dated to different years, the baseline when the text marks one, else the one
    told first."""
    ya = a.start.year if a.start is not None else None
    yb = b.start.year if b.start is not None else None
    if ya and yb and ya != yb:
        return ya < yb
    if is_baseline(text, a.q.start) != is_baseline(text, b.q.start):
        return is_baseline(text, a.q.start)
    return a.q.start < b.q.start
