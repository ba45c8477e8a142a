"""``change_mismatch`` by the learned second look: a stated change ("up 40%", "a fall of
nearly a third", "doubled", "up 12 percentage points", "900 more") that the before and
after figures it describes do not give, when no rule tied the three.

Proposing every (change, before, after) triple within a few sentences drowns the few real
conflicts (under one candidate in a hundred), so the candidates are gated first by what a
reader relies on too. The two figures must be linked to each other as two times of one
measure: "from X to Y", "to Y from X", "compared with X", "up from X", "than X", "as many
as X", or the same noun in neighbouring sentences with periods that order them. The change
must stand with them: in the sentence of one of them, the sentence next to it, or the
headline. A change that some other linked pair bears out is about that pair, and a pair
that already has its own agreeing change is explained; both are barred. Only then does
the arithmetic count: the change must miss what the pair gives beyond rounding, and not by
so much that it plainly measures something else. The model weighs the wording of what is
left.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval, fmt
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._wording import (
    EARLIER_MARK,
)
from claimscope.layers.findings.numeric.learned._candidate import Candidate
from claimscope.layers.findings.numeric.learned._change_reading import Stated, finite, read_changes
from claimscope.layers.findings.numeric.learned._features import Context, bucket, shared_words

__all__ = ["change_candidates"]

_DIGIT = re.compile(r"\d")


#: Between two figures of one sentence, or before the second: it is the earlier time.
_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|against|versus|vs\.?|(?:up|down|rising|falling|risen|fallen|"
    r"rose|fell|increased?|decreased?|climbed|dropped|jumped) from|from|than|as (?:many|much|"
    r"high|large) as|on|over)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|[\w'’]+['’]s\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:total|tally|figure|count|level|average)\s+of\s+)?$",
    re.I,
)
#: Before a figure in the next sentence: it is the earlier one the change compares with.
_BACK = re.compile(r"\b(?:compared|against|than|from|previous|earlier|before)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_TO_BETWEEN = re.compile(r"\b(?:to|and)\b", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|at|reached|hit)\s+(?:[\w'’-]+\s+){0,2}$", re.I)

#: The slack beyond the figures' own rounding before a change misses, as in the rule
#: check: a tenth of the change or one point, whichever is larger.
_SLACK_POINTS = 1.0
_SLACK_SHARE = 0.1
#: A stated change more than this factor away from what the pair gives measures
#: something else (planted misses are tens of percent of the change).
_FAR = 4.0
#: How many sentences apart the change and its pair may stand (besides the headline).
_REACH = 1
#: The longest stretch between two figures of one sentence read as one comparison.
_SPAN = 200
#: How many sentences apart two figures linked only by their noun and periods may stand.
_PAIR_REACH = 2
#: The last sentence a pair summarised by the headline's change may start in (the headline
#: itself: pairs that open further down gave more false alarms than finds).
_LEAD = 0
#: The headline and standfirst: a change stated there summarises a pair further down.
_TOP = 1


@dataclass(frozen=True)
class Link:
    """How two figures are tied as two times of one measure, and which is earlier."""

    how: str
    before: Entry
    after: Entry
    #: Whether the order of the two was read from the text (else from the change's way).
    ordered: bool


def _year(e: Entry) -> int | None:
    return e.start.year if e.start is not None else None


def _order_by_time(ctx: Context, x: Entry, y: Entry) -> tuple[Entry, Entry] | None:
    """(earlier, later) when the figures' dates or an "earlier" word order them."""
    yx, yy = _year(x), _year(y)
    if yx is not None and yy is not None and yx != yy:
        return (x, y) if yx < yy else (y, x)
    if x.start is not None and y.start is not None and x.start != y.start:
        kx = (x.start.year or 0, x.start.month or 0, x.start.day or 0)
        ky = (y.start.year or 0, y.start.month or 0, y.start.day or 0)
        if kx != ky and (x.start.year or 0) and (y.start.year or 0):
            return (x, y) if kx < ky else (y, x)
    ex = bool(EARLIER_MARK.search(ctx.after(x, 40) + " " + ctx.before(x, 25)))
    ey = bool(EARLIER_MARK.search(ctx.after(y, 40) + " " + ctx.before(y, 25)))
    if ex != ey:
        return (x, y) if ex else (y, x)
    return None


def _same_noun(x: Entry, y: Entry) -> bool:
    cx = canonical(x.q.counted or "").split()
    cy = canonical(y.q.counted or "").split()
    if cx and cy:
        return cx[-1] == cy[-1]
    return x.thing is not None and x.thing == y.thing


def _link(ctx: Context, x: Entry, y: Entry) -> Link | None:
    """How the text ties two figures of one unit as two times of one measure."""
    first, second = (x, y) if x.q.start < y.q.start else (y, x)
    timed = _order_by_time(ctx, first, second)
    if first.sent == second.sent:
        between = ctx.text[first.q.end : second.q.start]
        if len(between) <= _SPAN and ";" not in between:
            if _FROM_BEFORE.search(ctx.before(first, 30)) and _TO_BETWEEN.search(between):
                return Link("from_to", first, second, True)
            if _TO_BEFORE.search(ctx.before(first, 30)) and re.search(r"\bfrom\b", between):
                return Link("to_from", second, first, True)
            if _COMPARED.search(between):
                return Link("compared", second, first, True)
            if timed is not None:
                return Link("sentence_periods", *timed, True)
        return None
    if abs(first.sent - second.sent) > _PAIR_REACH:
        return None
    lead = ctx.before(second, 60)
    cued = (
        _COMPARED.search(lead) is not None
        and _BACK.search(lead) is not None
        and not _opens_own_change(ctx, second)
    )
    if cued and (timed is not None or _same_noun(first, second)):
        return Link("compared_next", second, first, True)
    if timed is not None and _same_noun(first, second):
        return Link("noun_periods", *timed, True)
    if timed is not None and second.sent - first.sent == 1 and None in (x.q.counted, y.q.counted):
        return Link("next_periods", *timed, True)  # "... 281,000 ounces in 2024. In 2023 it
        # produced 312,000 ounces."
    return None


#: "... risen from 590 to 655": a figure after "from" with a "to" figure after it in its
#: clause starts a change of its own sentence.
_TO_AFTER = re.compile(
    r"[^.;\d]{0,25}?\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?[\d$£€]", re.I
)


def _opens_own_change(ctx: Context, e: Entry) -> bool:
    """Whether ``e`` is the "from" figure of a "from X to Y" in its own sentence: its "from"
    ties it to that Y, not to a figure of the sentence before ("The number of fostering
    households has fallen from 412 to 338 ... Over the same period the number of children
    in care has risen from 590 to 655")."""
    return bool(_FROM_BEFORE.search(ctx.before(e, 30)) and _TO_AFTER.match(ctx.text, e.q.end))


def _pct(before: Entry, after: Entry) -> Interval:
    """The change in percent from ``before`` to ``after``; exact figures are taken as
    written, with a point or a tenth of the change of slack (as the rule check does)."""
    if before.q.approx != "=" or after.q.approx != "=":
        return ((after.iv / before.iv) - Interval(1.0, 1.0)).scale(100)
    b = before.q.value if before.q.value is not None else before.iv.mid
    a = after.q.value if after.q.value is not None else after.iv.mid
    mid = (a - b) / b * 100
    slack = max(_SLACK_POINTS, abs(mid) * _SLACK_SHARE)
    return Interval(mid - slack, mid + slack)


def _signed(s: Stated) -> Interval:
    return s.size if s.way >= 0 else s.size.scale(-1)


def _given(s: Stated, before: Entry, after: Entry) -> tuple[Interval, Interval] | None:
    """(what the pair gives, what the change states) on one scale, or None when the change
    cannot be measured on this pair."""
    share_pair = before.q.unit == "percent"
    if s.measure == "factor":
        return after.iv / before.iv, s.size
    if s.measure == "percent":
        if s.way == 0:
            return None
        return _pct(before, after), _signed(s)
    if s.measure == "points":
        if not share_pair or s.way == 0:
            return None
        return after.iv - before.iv, _signed(s)
    if s.entry.q.unit != before.q.unit or share_pair:
        return None
    return after.iv - before.iv, _signed(s)


def _agrees(s: Stated, before: Entry, after: Entry) -> bool:
    got = _given(s, before, after)
    if got is None:
        return False
    if s.measure == "percent" and before.q.unit == "percent" and s.entry.q.unit == "percent":
        # "up 5%" of a share may mean five points
        points = after.iv - before.iv
        if points.meets(_signed(s)):
            return True
    return got[0].meets(got[1])


def _miss(s: Stated, got: Interval, said: Interval) -> float:
    """How far the stated change is from what the pair gives, as a log ratio of the
    implied after-to-before ratios (or of the differences, for a difference)."""
    if s.measure == "factor":
        g, t = got.mid, said.mid
    elif s.measure == "percent":
        g, t = 1 + got.mid / 100, 1 + said.mid / 100
    else:
        g, t = got.mid, said.mid
        if not (math.isfinite(g) and math.isfinite(t)):
            return math.inf
        if g * t <= 0:
            return math.inf if g * t < 0 else math.log(_FAR)
        return abs(math.log(abs(g) / abs(t)))
    if g <= 0 or t <= 0 or not (math.isfinite(g) and math.isfinite(t)):
        return math.inf
    return abs(math.log(g / t))


def _pairable(x: Entry, y: Entry) -> bool:
    return (
        x is not y
        and x.q.unit == y.q.unit
        and x.q.per == y.q.per
        and (x.bare or x.q.unit == "percent")
        and not (x.q.low is not None and x.q.high is not None and x.q.low < x.q.high)
        and not (y.q.low is not None and y.q.high is not None and y.q.low < y.q.high)
    )


def _near(s: Stated, link: Link) -> str | None:
    """Where the change stands from its pair: None when too far to be about it."""
    sents = (link.before.sent, link.after.sent)
    if s.entry.sent in sents:
        return "same_sentence"
    gap = min(abs(s.entry.sent - t) for t in sents)
    if gap <= _REACH:
        return "next_sentence"
    if s.entry.sent <= _TOP:
        return "headline"
    return None


def _far_links(ctx: Context, s: Stated, figures: list[Entry], links: list[Link]) -> list[Link]:
    """ "Output rose 40 per cent last year to 126 GWh" ... paragraphs later "The plant
    produced 105 GWh in 2023": a figure in the change's own sentence (or, for a change in
    the headline, in the headline) and one anywhere else of its unit and noun whose dates
    say which is earlier. A change elsewhere is about what stands near it."""
    top = s.entry.sent <= _TOP
    if not s.in_ledger and not top:
        return []
    linked = {(id(k.before), id(k.after)) for k in links}
    out = []
    for x in figures:
        if x.sent != s.entry.sent and not (top and x.sent <= _LEAD):
            continue
        for y in figures:
            if y.sent == x.sent or not _pairable(x, y):
                continue
            if (id(x), id(y)) in linked or (id(y), id(x)) in linked:
                continue
            if not _same_noun(x, y) and x.q.counted is not None and y.q.counted is not None:
                continue
            timed = _order_by_time(ctx, x, y)
            if timed is not None:
                out.append(Link("far_dated", *timed, True))
    return out


#: Between a stated change and the base it names right after it: "up 12% on the previous
#: winter's total of", "down 8% from", "40% above the average of".
_BASE_AFTER = re.compile(
    r"\s+(?:on|from|compared (?:with|to)|against|over|above|below)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:total|tally|figure|count|level|average)\s+of\s+)?",
    re.I,
)


def _own_base(ctx: Context, s: Stated, figures: list[Entry]) -> Entry | None:
    """The figure a stated change names as its base right after it, if any."""
    after = [e for e in figures if e.sent == s.entry.sent and e.q.start >= s.entry.q.end]
    if not after:
        return None
    first = min(after, key=lambda e: e.q.start)
    return first if _BASE_AFTER.fullmatch(ctx.text, s.entry.q.end, first.q.start) else None


def change_candidates(ctx: Context, ledger: list[Entry]) -> Iterator[Candidate]:
    """Each stated change, linked pair of figures it stands with, that the pair does not
    bear out; barred when a pair in the change's own sentence bears it out, or when the
    pair's own sentence states a change it bears out."""
    stated = read_changes(ctx, ledger)
    if not stated:
        return
    changes = {id(s.entry) for s in stated if s.in_ledger}
    figures = [e for e in ledger if not e.gap and finite(e) and id(e) not in changes]
    links: list[Link] = []
    for i, x in enumerate(figures):
        for y in figures[i + 1 :]:
            if _pairable(x, y):
                link = _link(ctx, x, y)
                if link is not None:
                    links.append(link)
    near = {
        (id(s), id(k)): where for s in stated for k in links if (where := _near(s, k)) is not None
    }
    agree = {
        (id(s), id(k))
        for s in stated
        for k in links
        if (id(s), id(k)) in near and _agrees(s, k.before, k.after)
    }
    # borne out by a pair of its own sentence: the change is about that pair, unless the
    # change names its own base and the pair starts from another ("up nearly 60% on last
    # winter's 640 mm and more than 60% above the average of 560 mm")
    bases = {id(s): _own_base(ctx, s, figures) for s in stated}
    borne = {
        id(s)
        for s in stated
        for k in links
        if (id(s), id(k)) in agree
        and near[id(s), id(k)] == "same_sentence"
        and bases[id(s)] in (None, k.before)
    }
    # a pair whose own sentence states a change it bears out is explained
    owned = {
        id(k)
        for s in stated
        for k in links
        if (id(s), id(k)) in agree and near[id(s), id(k)] == "same_sentence"
    }
    agreed_s = {i for i, _ in agree}
    agreed_k = {j for _, j in agree}
    for s in stated:
        if id(s) in borne:
            continue
        mine = [(k, near[id(s), id(k)]) for k in links if (id(s), id(k)) in near]
        mine += [(k, "far") for k in _far_links(ctx, s, figures, links)]
        mine = [
            (k, w) for k, w in mine if id(k) not in owned and s.entry not in (k.before, k.after)
        ]
        for k, where in mine:
            got = _given(s, k.before, k.after)
            if got is None or got[0].meets(got[1]) or _agrees(s, k.before, k.after):
                continue
            miss = _miss(s, *got)
            if miss > math.log(_FAR):
                continue
            feats = _features(ctx, s, k, where, miss, len(mine), stated)
            feats += [
                f"borne_elsewhere={id(s) in agreed_s}",
                f"pair_agrees_other={id(k) in agreed_k}",
            ]
            # a change written in words ("a third", "doubled") anchors the candidate but
            # is not among its figures: the before and after are what a reader checks
            worded = not s.in_ledger or not _DIGIT.search(s.entry.q.text)
            entries = (k.before, k.after) if worded else (s.entry, k.before, k.after)
            yield Candidate(
                "change_mismatch",
                entries,
                s.entry,
                feats,
                partial(_finding, s, k.before, k.after, got[0]),
            )


def _unit_kind(unit: str | None) -> str:
    if unit is None:
        return "none"
    return "share" if unit == "percent" else "money" if unit.isupper() else "other"


_CUES = (
    "from", "compared with", "compared to", "than", "last year", "a year earlier",
    "previous", "the year before", "since", "in 20", "versus", "against", "record",
    "forecast", "expected", "target", "estimate", "budget", "could", "would", "will",
)  # fmt: skip


def _features(
    ctx: Context,
    s: Stated,
    k: Link,
    where: str,
    miss: float,
    rivals: int,
    stated: list[Stated],
) -> list[str]:
    before, after = k.before, k.after
    actual_way = 1 if after.iv.lo > before.iv.hi else -1 if after.iv.hi < before.iv.lo else 0
    feats = [
        f"measure={s.measure}",
        f"way={s.way}",
        f"way_agrees={s.way == actual_way}",
        f"link={k.how}",
        f"near={where}",
        f"ordered={k.ordered}",
        bucket(miss, (0.03, 0.07, 0.15, 0.3, 0.6), "miss"),
        f"rivals={'1' if rivals == 1 else '2-3' if rivals <= 3 else '4+'}",
        f"in_ledger={s.in_ledger}",
        f"hedge={(s.hedge or 'none').lower() if s.measure == 'factor' else s.entry.q.approx}",
        f"pair_unit={_unit_kind(before.q.unit)}",
        f"same_noun={_same_noun(before, after)}",
        f"pair_sentences={min(abs(before.sent - after.sent), 2)}",
        f"change_headline={s.entry.sent == 0}",
        *shared_words(s.entry, after),
    ]
    same_sent = [t for t in stated if t is not s and t.entry.sent == s.entry.sent]
    feats.append(f"changes_beside={min(len(same_sent), 2)}")
    if s.in_ledger:
        feats.append(f"change_quoted={ctx.quoted(s.entry)}")
    if ctx.quoted(after) or ctx.quoted(before):
        feats.append("pair_quoted")
    if before.scope.hedged or after.scope.hedged:
        feats.append("pair_hedged")
    if before.scope.peak or after.scope.peak:
        feats.append("pair_peak")
    if before.place and after.place and before.place != after.place:
        feats.append("place_clash")
    if before.subject and after.subject and before.subject != after.subject:
        feats.append("subject_clash")
    word = s.word.lower()
    feats.append(f"word={word.split()[-1][:6]}")
    text = (
        ctx.sentence(s.entry)
        if s.in_ledger
        else ctx.text[s.entry.q.start - 60 : s.entry.q.end + 60].lower()
    )
    feats += [f"cue={c}" for c in _CUES if c in text]
    return feats


def _finding(
    s: Stated, before: Entry, after: Entry, got: Interval, score: float, model: str
) -> Finding:
    said = s.entry.q.text
    pair = f"{before.q.text} to {after.q.text}"
    # "a fall of at least 50%": a sign glued to the words ("−at least 50%") reads as a typo
    way = f"a {'rise' if s.way > 0 else 'fall'} of {said}"
    if s.measure == "factor":
        worked = (
            f"{after.q.text} / {before.q.text} = {fmt(got.mid)}×; “{said}” allows "
            f"{fmt(s.size.lo)}–{fmt(s.size.hi)}×"
        )
    elif s.measure == "percent":
        b = before.q.value if before.q.value is not None else before.iv.mid
        a = after.q.value if after.q.value is not None else after.iv.mid
        worked = f"({after.q.text} − {before.q.text}) / {before.q.text} = {(a - b) / b * 100:+.1f}%"
        worked += f", not {way}"
    else:
        worked = f"{after.q.text} − {before.q.text} = {fmt(got.mid)}, not {way}"
    involved = (s.entry, before, after) if s.in_ledger else (before, after)
    return numeric_finding(
        "change_mismatch",
        "warning",
        f"The change “{said}” does not fit {pair}.",
        f"{worked}. No rule ties the change to these figures: the learned pair model ({model}) "
        f"judged them the before and after of that change (score {score:.2f}); check that "
        "they measure the same thing at the two times the change compares.",
        *involved,
    )
