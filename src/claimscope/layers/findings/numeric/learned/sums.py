"""``sum_mismatch`` by the learned second look: parts said to make up a whole that do not
add up to it, when no rule tied them.

The rules sum a breakdown only where they know its construction ("made up of", "the
rest", a heading over list lines); a new article words it otherwise ("four corridors
that together make up the total: ...", "Output by region: 1.20 + 0.85 + ..."). Here any
run of two or more same-unit figures that stand together (one sentence, consecutive
lines of a list, consecutive sentences) is a group, and each larger figure of that unit
whose size is near the group's sum is a possible whole. Sums that fit the whole within
rounding are no conflict and are dropped; the model weighs the rest from how the group
is introduced and closed ("made up of", "the remaining", "including"), its shape, whether
a shorter or longer run would fit, whether the parts exceed the whole (a strong sign) or
fall short (a partial list is common), the whole's cues, and how the whole's and first
part's nouns, places and periods relate.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from functools import partial
from itertools import pairwise

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval, fmt, sum_of
from claimscope.layers.findings._ledger import Entry, as_date
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._claims import TIME_UNITS
from claimscope.layers.findings.numeric._lists import ITEM_LINE
from claimscope.layers.findings.numeric._sizes_and_baselines import is_baseline
from claimscope.layers.findings.numeric._wording import CHANGE_WORDS
from claimscope.layers.findings.numeric.learned._candidate import Candidate, vetoed
from claimscope.layers.findings.numeric.learned._features import (
    Context,
    bucket,
    cue_features,
    pair_features,
)

__all__ = ["sum_candidates"]

#: Slack beyond the figures' own rounding before a sum misses its whole.
_SLACK = 0.03
#: A whole further than this factor from its parts' sum is some other measure; planted and
#: real misses are a few tens of percent.
_FAR = 1.6
#: The longest group: a key-figures list of eight items is common, longer ones rare.
_MAX_PARTS = 8
#: Neighbouring parts at most this many sentences apart (list lines are sentences).
_MAX_STEP = 2
#: Words before a group that introduce a breakdown, or a partial list.
_INTRO_CUES = (
    ":", "made up of", "make up", "made up", "split", "break down", "broken down",
    "breakdown", "by region", "by source", "by department", "divided", "consist", "comprise",
    "together", "between them", "of which", "of whom", "of those", "of the", "of that",
    "including", "included", "among", "such as", "for example", "came from", "went to",
)  # fmt: skip
#: Words among or just after the parts: a closing rest, a contrast, a further item.
_INNER_CUES = (
    "the rest", "remaining", "remainder", "other", "others", "everything else", "while",
    "whereas", " and ", "a further", "another", "also", "including", "plus", "+", ";",
    "\n",
)  # fmt: skip
#: Words around a whole that say it is one.
_TOTAL_CUES = (
    "total", "in all", "altogether", "overall", "combined", "together", "all ", "entire",
    "whole", "net", "gross", "budget", "raised", "more than", "about", "some", "up to",
    "expected", "forecast", "target", "last year", "a year earlier", "previous",
)  # fmt: skip
_COUNTS = {
    "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
}  # fmt: skip
#: "four corridors", "three provinces", "the eight-item basket": how many parts are named.
#: A length of time ("within two years", "three months") counts no parts.
_COUNT = re.compile(
    r"\b(" + "|".join(_COUNTS) + r")[ -](?:main |big |\w+-)?"
    r"(?!(?:" + "|".join(sorted(TIME_UNITS | {"fortnight", "quarter"})) + r")s?\b)[a-z]+",
    re.I,
)
#: Words before a group (its sentence or the line or sentence above) that announce a
#: breakdown: without one, a closing rest, list lines or a stated count, a run of figures
#: is just figures side by side.
_ANNOUNCE = re.compile(
    r"\b(?:made up|make up|makes up|split|splits|break(?:s)? down|broken down|breakdown|"
    r"divided|consist\w*|comprise\w*|composed|together|between them|of which|of whom|of those|"
    r"of th(?:at|is|em|ese)|came from|come from|comes from|went to|go to|goes to|as follows|"
    r"categor\w+|sources?|regions?|divisions?|components?|by (?:\w+ )?\w+\s*:|"
    r"spread|shared|allocated|distributed|accounted for|account for)\b|:\s*$",
    re.I,
)
_REST = re.compile(r"\b(?:the rest|remaining|remainder|everything else|all other)\b", re.I)
_DIGIT = re.compile(r"\d")
_LIST_LINE = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d+[.)])\s", re.M)
_HEADING = re.compile(r"\b(?:by|per|across|among|between)\s+\w+\s*:\s*$")


#: A price said of each thing: "will cost £12", "priced at £36", "a fee of £40".
_PRICE_BEFORE = re.compile(
    r"\b(?:costs?|costing|priced\s+at|price\s+of|fee\s+of|charges?|charged|sells?\s+for|"
    r"sold\s+for)\s+(?:just\s+|only\s+|about\s+|around\s+)?$",
    re.I,
)


def _price_list(text: str, run: Sequence[Entry]) -> bool:
    """Whether a run is one sentence's list of prices: its first amount is said to be what
    something costs ("Adult tickets will cost £12, concessions £9 and under-16s £5")."""
    first = run[0]
    if first.q.unit is None:
        return False
    if _under_price_heading(text, run):
        return True
    return (
        len({e.sent for e in run}) == 1
        and _PRICE_BEFORE.search(text, max(0, first.q.start - 30), first.q.start) is not None
    )


#: A heading that names a list of prices: "Membership prices for 2024 are:", "Fares:".
_PRICE_HEADING = re.compile(
    r"\b(?:prices?|fees?|charges?|tariffs?|fares?|subscriptions?|price list|rates)\b", re.I
)


def _under_price_heading(text: str, run: Sequence[Entry]) -> bool:
    """ "Membership prices for 2024 are:" over "- Adult playing member: £160", "- Junior:
    £60", "- Family: £290": each figure on a list line of the list a price heading opens,
    one price for each kind of buyer, no parts of a sum."""
    start = text.rfind("\n", 0, run[0].q.start) + 1
    pos = start
    while pos > 0:
        line_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[line_start : pos - 1]
        if not ITEM_LINE.match(line):
            if not line.rstrip().endswith(":") or not _PRICE_HEADING.search(line):
                return False
            break
        pos = line_start
    else:
        return False
    end = text.find("\n", run[-1].q.start)
    lines = text[start : len(text) if end < 0 else end].split("\n")
    return all(ITEM_LINE.match(line) for line in lines if line.strip())


def _finite(e: Entry) -> bool:
    return math.isfinite(e.iv.lo) and math.isfinite(e.iv.hi) and e.iv.lo >= 0


def _total(parts: Sequence[Entry]) -> Interval:
    return sum_of(e.iv for e in parts)


def _fits(s: Interval, whole: Interval) -> bool:
    return whole.lo <= s.hi * (1 + _SLACK) and whole.hi >= s.lo * (1 - _SLACK)


def _runs(figures: list[Entry]) -> Iterator[list[Entry]]:
    """Contiguous runs of 2 to ``_MAX_PARTS`` figures of one unit in text order, each
    step at most ``_MAX_STEP`` sentences: the figures that stand together."""
    for i in range(len(figures)):
        for j in range(i + 1, min(len(figures), i + _MAX_PARTS)):
            if figures[j].sent - figures[j - 1].sent > _MAX_STEP:
                break
            yield figures[i : j + 1]


def _shape(ctx: Context, parts: Sequence[Entry]) -> str:
    """One sentence, list lines (a line break between each part), or prose sentences."""
    if len({e.sent for e in parts}) == 1:
        return "sentence"
    between = [ctx.text[a.q.end : b.q.start] for a, b in pairwise(parts)]
    if all("\n" in t for t in between):
        return "lines"
    return "sentences"


def sum_candidates(ctx: Context, ledger: list[Entry]) -> Iterator[Candidate]:
    """Each group of same-unit figures whose sum misses a larger same-unit figure."""
    figures = [
        e
        for e in ledger
        if not e.gap
        and e.bare
        and e.q.per is None
        and _finite(e)
        and not _COMPOUND_LENGTH.search(ctx.before(e, 30))
    ]
    by_unit: dict[str | None, list[Entry]] = {}
    for e in sorted(figures, key=lambda e: e.q.start):
        by_unit.setdefault(e.q.unit, []).append(e)
    for unit_figures in by_unit.values():
        if len(unit_figures) < 3:
            continue
        runs = [r for r in _runs(unit_figures) if all(_DIGIT.search(e.q.text) for e in r)]
        sums = [_total(r) for r in runs]
        # Which wholes some group fits, and which groups fit some whole: a whole already
        # explained, or a group that is another whole's breakdown, is likely no conflict.
        explained: set[int] = set()
        fitted: set[int] = set()
        exact: list[list[Entry]] = []  # runs whose sum is a stated figure, to the unit
        tops = [max(e.iv.hi for e in run) for run in runs]
        for k, s in enumerate(sums):
            for t in unit_figures:
                if t.iv.lo > tops[k] and _fits(s, t.iv):  # above its top: not in the run
                    explained.add(id(t))
                    fitted.add(k)
                    if _exactly(s, t, runs[k]):
                        exact.append(runs[k])
        # Positions by identity: an Entry compares by value, field by field, which made
        # list.index the generator's whole cost on long tables.
        pos = {id(e): k for k, e in enumerate(unit_figures)}
        # prices on a list under a price heading, found once per figure, not once per run
        priced = {
            id(t)
            for t in unit_figures
            if t.q.unit is not None and _under_price_heading(ctx.text, [t])
        }
        whole_runs = _spans_by_start(exact, pos)
        for k, (run, s) in enumerate(zip(runs, sums, strict=True)):
            if _inside_a_fitted_run(run, pos, whole_runs):
                yield vetoed("sum_mismatch", tuple(run))
                continue  # the parts add up to a stated figure: its breakdown, not short
            if _price_list(ctx.text, run):
                yield vetoed("sum_mismatch", tuple(run))
                continue  # "Adult tickets will cost £12, concessions £9 and under-16s £5":
                # prices of one thing each, no parts of a sum
            for t in unit_figures:
                if t.iv.lo <= tops[k] or _fits(s, t.iv) or _cut(ctx, unit_figures, pos, run, t):
                    continue
                if id(t) in priced:
                    yield vetoed("sum_mismatch", (t, *run))
                    continue  # "- Junior: £60" under "Membership prices are:": a price
                if any(_apart_in_time(t, e) for e in run):
                    yield vetoed("sum_mismatch", (t, *run))
                    continue  # "spending in 2024: €88.7m" and the lines of "the money in 2025"
                if any(_change_base(ctx, e) or _included(ctx, e) for e in (t, *run)):
                    continue  # "down 20 percent from 14,060 in 2022"; "Postal votes included
                    # in votes cast: 412,300": a change's start, or a part of another part.
                    # No veto: a rule that reads the list's own wording may still be right
                mid, whole = s.mid, t.iv.mid
                if mid <= 0 or whole <= 0 or abs(math.log(whole / mid)) > math.log(_FAR):
                    continue
                said = _evidence(ctx, run, t)
                if not said or (len(run) == 2 and not said & {"rest", "count"}):
                    continue  # two figures side by side are a pair far more often than a sum
                feats = _features(ctx, unit_figures, pos, run, s, t)
                feats += [f"evidence={e}" for e in sorted(said)]
                feats.append(f"whole_explained={id(t) in explained}")
                feats.append(f"group_fits_other={k in fitted}")
                yield Candidate(
                    "sum_mismatch", (t, *run), t, feats, partial(_finding, t, tuple(run), s)
                )


#: The larger unit's part of one length of time, right before the figure: "3 hours and"
#: in "3 hours and 40 minutes". The minutes are no figure of their own to add up.
_COMPOUND_LENGTH = re.compile(r"\b\d+\s+(?:days?|hours?|minutes?),?\s+(?:and\s+)?$", re.I)


#: "from" right before a figure, after a change word earlier in its sentence: "down 20
#: percent from 14,060 in 2022", "cut this from 31 euros last summer".
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
#: A list line or clause that says its figure is held in another: "Postal votes included
#: in votes cast: 412,300", "of which delayed: 9,870".
_INCLUDED = re.compile(r"\b(?:included in|includ(?:ed|ing)|of which|of whom|among them)\b", re.I)


def _change_base(ctx: Context, e: Entry) -> bool:
    """The figure a change starts from: neither whole nor part of the figures around it."""
    before = ctx.before(e, 80)
    if is_baseline(ctx.text, e.q.start):
        return True
    return _FROM.search(before) is not None and CHANGE_WORDS.search(before) is not None


def _included(ctx: Context, e: Entry) -> bool:
    """A figure its own line or clause gives as held in another ("Postal votes included in
    votes cast: 412,300"): a part of a part, which no sibling list adds up with."""
    before = ctx.before(e, 60)
    clause = re.split(r"[,;(\n]|\s[-–—]\s", before)[-1]
    return _INCLUDED.search(clause) is not None


def _apart_in_time(whole: Entry, part: Entry) -> bool:
    """The two figures' stated spans do not overlap: a part of one year is no part of
    another year's whole."""
    ends = (whole.start, whole.end, part.start, part.end)
    if whole.open_end or part.open_end or any(d is None or d.year is None for d in ends):
        return False
    w0, w1, p0, p1 = (as_date(d) for d in ends if d is not None)
    if w0 == w1 or p0 == p1:
        return False  # "adopted on Tuesday": the day something was said or done, no span
    return p1 < w0 or p0 > w1


def _exactly(s: Interval, t: Entry, run: list[Entry]) -> bool:
    """The run's figures as written add up to ``t`` as written (within half a percent), none
    of them hedged ("around 94,000", "up to 2,900"): a sum that only meets ``t`` through
    rounding ("£3.1 million") may be a near miss."""
    if not s.lo <= t.iv.hi or not t.iv.lo <= s.hi:
        return False
    if any(e.q.approx != "=" or e.q.value is None for e in (t, *run)):
        return False
    if t.q.value is not None and t.q.value < _SMALL:
        return False  # small counts add up to another figure by chance: 5 + 4 and the 9 of
        # the line above, 9 + 10 + 5 + 4 + 3 and "31 of the 52 were over 65"
    written = sum(e.q.value for e in run if e.q.value is not None)
    return t.q.value is not None and abs(written - t.q.value) <= 0.005 * abs(t.q.value)


#: Below this, an exact sum to another figure may be chance.
_SMALL = 100


def _spans_by_start(runs: list[list[Entry]], pos: dict[int, int]) -> dict[int, int]:
    """For each first position of a run, the furthest last position a run from there reaches."""
    ends: dict[int, int] = {}
    for run in runs:
        a, b = pos[id(run[0])], pos[id(run[-1])]
        ends[a] = max(ends.get(a, b), b)
    return ends


def _inside_a_fitted_run(run: list[Entry], pos: dict[int, int], ends: dict[int, int]) -> bool:
    """The run, or a longer run of the list holding it, adds up exactly to a stated figure:
    it is that figure's breakdown ("sold 642 tonnes": 371, 171 and 100), read further ("...
    fire and rescue £96.47, district council £172.00" making the £2,209.51 bill) or with
    the figure before it ("£40,000 from the council; the rest from ..."), and no short
    breakdown of another."""
    a, b = pos[id(run[0])], pos[id(run[-1])]
    return any(ends.get(a2, -1) >= b for a2 in range(a - _MAX_PARTS, a + 1))


def _cut(
    ctx: Context, unit_figures: list[Entry], pos: dict[int, int], run: list[Entry], t: Entry
) -> bool:
    """The run stops short of another figure of its unit in its first or last sentence: a
    list in one sentence is read whole or not at all, and a whole just before it in its
    sentence must introduce it."""
    before, after = _neighbours(unit_figures, pos[id(run[0])], pos[id(run[-1])], len(run))
    if before is t and t.sent == run[0].sent:
        # "212,000 tickets, made up of 138,000, ..." names its whole; "41,000 came from
        # donations, 22,500 from firms and the rest, 21,000, ..." holds it as an item.
        return not _ANNOUNCE.search(ctx.text[t.q.end : run[0].q.start])
    return (before is not None and before is not t and before.sent == run[0].sent) or (
        after is not None and after is not t and after.sent == run[-1].sent
    )


def _evidence(ctx: Context, run: list[Entry], t: Entry) -> set[str]:
    """What says the run is a breakdown: an announcing phrase before it, a closing rest,
    list lines, or a stated number of parts equal to the run's length."""
    first, last = run[0], run[-1]
    start = ctx.bounds(first)[0]
    if 0 < first.sent <= len(ctx.sentences):
        start = ctx.sentences[first.sent - 1].start  # the line or sentence above counts too
    intro = ctx.text[max(start, first.q.start - 160) : first.q.start]
    said = set()
    if _ANNOUNCE.search(intro):
        said.add("announced")
    if _REST.search(ctx.text[first.q.end : last.q.start] + ctx.before(last, 40)):
        said.add("rest")
    if _stated_count(ctx, run, t) == "eq":
        said.add("count")
    if len({e.sent for e in run}) > 1 and _LIST_LINE.search(
        ctx.text[max(0, first.q.start - 60) : last.q.end]
    ):
        said.add("list")
    return said


def _stated_count(ctx: Context, run: list[Entry], t: Entry) -> str:
    """Whether the text says how many parts there are ("four corridors", "three camps")
    near the whole or before the group, and whether that is the group's size."""
    near = ctx.sentence(t) + " " + ctx.text[max(0, run[0].q.start - 150) : run[0].q.start]
    said = {_COUNTS[m.group(1).lower()] for m in _COUNT.finditer(near)}
    if not said:
        return "none"
    return "eq" if len(run) in said else "other"


def _side(t: Entry, first: Entry) -> str:
    return "same" if t.sent == first.sent else "before" if t.sent < first.sent else "after"


def _neighbours(
    unit_figures: list[Entry], i: int, j: int, parts: int
) -> tuple[Entry | None, Entry | None]:
    """The figures of the unit just before and just after the run ``i``..``j``. A number
    word that says how many parts there are ("composed of three items: 51.2 million ...")
    introduces the run, so the figure before it stands in its place."""
    if i > 0 and _counts_parts(unit_figures[i - 1], parts):
        i -= 1
    before = unit_figures[i - 1] if i > 0 else None
    after = unit_figures[j + 1] if j + 1 < len(unit_figures) else None
    return before, after


def _counts_parts(e: Entry, parts: int) -> bool:
    return e.q.value == parts and not _DIGIT.search(e.q.text)


def _near_fits(
    unit_figures: list[Entry], pos: dict[int, int], run: list[Entry], t: Entry
) -> list[str]:
    """Whether a group one shorter, or one longer by a neighbouring figure, fits the whole:
    then the list in the text is likely that other group, not this one."""
    feats = []
    if len(run) > 2 and any(_fits(_total(run[:i] + run[i + 1 :]), t.iv) for i in range(len(run))):
        feats.append("drop_one_fits")
    i, j = pos[id(run[0])], pos[id(run[-1])]
    extra = [unit_figures[x] for x in (i - 1, j + 1) if 0 <= x < len(unit_figures)]
    if any(e is not t and _fits(_total([*run, e]), t.iv) for e in extra):
        feats.append("plus_one_fits")
    before, after = _neighbours(unit_figures, i, j, len(run))
    # The run stops short of a figure standing with it (same sentence or next line).
    if before is not None and before is not t and run[0].sent - before.sent <= 1:
        feats.append(f"cut_before={'same' if before.sent == run[0].sent else 'next'}")
    if after is not None and after is not t and after.sent - run[-1].sent <= 1:
        feats.append(f"cut_after={'same' if after.sent == run[-1].sent else 'next'}")
    return feats


def _features(
    ctx: Context,
    unit_figures: list[Entry],
    pos: dict[int, int],
    run: list[Entry],
    s: Interval,
    t: Entry,
) -> list[str]:
    first, last = run[0], run[-1]
    shape = _shape(ctx, run)
    intro = ctx.text[max(0, first.q.start - 100) : first.q.start].lower()
    if shape == "sentence":
        intro = ctx.before(first, 100).lower()
    inner = ctx.text[first.q.end : last.q.start].lower()
    tail = ctx.after(last, 40).lower()
    near_t = ctx.window(t, 50)
    over = s.lo > t.iv.hi
    miss = abs(math.log(t.iv.mid / s.mid))
    feats = pair_features(ctx, first, t)
    feats += [
        f"shape={shape}",
        f"parts={min(len(run), 5)}",
        f"over={over}",
        bucket(miss, (0.05, 0.1, 0.2, 0.3, 0.45), "miss"),
        f"unit={'none' if t.q.unit is None else 'money' if t.q.unit.isupper() else 'other'}",
        f"whole_sent={_side(t, first)}",
        bucket(abs(t.sent - first.sent), (1, 2, 4, 8), "whole_gap"),
    ]
    feats += cue_features("intro", intro, _INTRO_CUES)
    feats += [f"inner_cue={c.strip() or 'newline'}" for c in _INNER_CUES if c in inner]
    feats += cue_features("tail", tail, ("the rest", "remaining", "other", "combined", "in all"))
    feats += [f"t_cue={c.strip()}" for c in _TOTAL_CUES if c in near_t]
    if _HEADING.search(intro):
        feats.append("intro_heading")
    if shape != "sentence" and _LIST_LINE.search(ctx.text[first.q.start - 60 : last.q.end]):
        feats.append("list_markers")
    if re.search(r"\b(?:the rest|remaining|remainder)\b", ctx.before(last, 40).lower()):
        feats.append("last_is_rest")
    nouns = {e.q.counted for e in run}
    feats.append(
        "part_nouns=" + ("none" if nouns == {None} else "same" if len(nouns) == 1 else "mixed")
    )
    feats.append(f"whole_noun_in_parts={t.q.counted is not None and t.q.counted in nouns}")
    if any(e.q.approx != "=" for e in run):
        feats.append("parts_approx")
    if t.q.approx != "=":
        feats.append("whole_approx")
    between = [e for e in unit_figures if first.q.start < e.q.start < last.q.start]
    feats.append(f"inside={len(between) - len(run) + 2}")
    feats += _near_fits(unit_figures, pos, run, t)
    feats.append(f"count_stated={_stated_count(ctx, run, t)}")
    smallest = min(e.iv.mid for e in run) / max(s.mid, 1e-9)
    feats.append(bucket(smallest, (0.01, 0.05, 0.15), "smallest"))
    values = [e.iv.mid for e in run]
    feats.append(f"descending={values == sorted(values, reverse=True)}")
    return feats


def _finding(
    whole: Entry, parts: tuple[Entry, ...], s: Interval, score: float, model: str
) -> Finding:
    values = [p.q.value if p.q.value is not None else p.iv.mid for p in parts]
    total = sum(values)
    w = whole.q.value if whole.q.value is not None else whole.iv.mid
    diff = total - w
    share = diff / w * 100 if w else 0.0
    terms = " + ".join(fmt(v) for v in values)
    side = "more" if diff > 0 else "less"
    return numeric_finding(
        "sum_mismatch",
        "warning",
        f"{', '.join(p.q.text for p in parts)} read as the parts of {whole.q.text}, but do "
        "not add up to it.",
        f"{terms} = {fmt(total)} ({s} allowing for rounding), against {whole.q.text} "
        f"({fmt(w)}): {fmt(abs(diff))} {side} ({abs(share):.0f}%). No rule ties these "
        f"figures: the learned pair model ({model}) judged the {len(parts)} figures a "
        f"breakdown of that whole (score {score:.2f}); check that they are all and only "
        "its parts.",
        *parts,
        whole,
    )
