"""Comparisons the article states between its figures: "900 more than the 4,700", "40%
more than the 1,150 of 2021", "twice the 600,000", and "That is 20,000 more than ..."
pointing back to the sentence before. Each is read as a ``Change`` from the figure compared
with to the figure compared, so the change checks read both alike; apart from
``_stated_changes.py`` because no change word names them.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._stated_changes import Change, current_figure
from claimscope.layers.findings.numeric._wording import SHARE_UNITS, sentence_head

if TYPE_CHECKING:
    from spacy.tokens import Doc


_THAN = re.compile(
    r"\s+(?P<dir>more|fewer|less|higher|lower|greater|bigger|smaller|larger)\s+than\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|last year's\s+)?$",
    re.I,
)


def stated_comparisons(doc: Doc, ledger: list[Entry], text: str) -> list[Change]:
    """ "5,600 knife crimes last year, 900 more than the 4,700 arrests the year before":
    the figure compared (the nearest earlier one in the sentence), the difference and the
    figure it is compared with, read as a change from the latter to the former."""
    out: list[Change] = []
    for d in ledger:
        for b in ledger:
            if b.sent != d.sent or b.q.start <= d.q.end or b.q.start - d.q.end > 40:
                continue
            m = _THAN.match(text[d.q.end : b.q.start])
            if m is None:
                continue
            earlier = [
                e
                for e in ledger
                if e.sent == d.sent and e.q.end <= d.q.start and e.q.unit not in SHARE_UNITS
            ]
            if not earlier and _THAT_IS.search(sentence_head(text, d.q.start)):
                # "That is 20,000 more than ...": the figure of the sentence before
                earlier = [e for e in told_before(text, ledger, d) if e.q.unit not in SHARE_UNITS]
            word = "up" if m.group("dir").lower() in _MORE else "down"
            # "5,812 applications for Year 7 places, 157 more than last year's 5,655": the
            # figure compared is the nearest one that can be 157 more than 5,655
            a = current_figure(earlier, b, word) if earlier else None
            if a is not None and d.q.unit not in SHARE_UNITS and not a.is_rate:
                out.append(Change(word, b, a, [d]))
    return out + _factor_comparisons(text, ledger) + _share_comparisons(text, ledger)


#: What may stand between a share and the figure it compares with: "40% more than the
#: 1,150 of 2021", "12% fewer than in 2021, when there were 1,150", "... than in 2021
#: (1,150)".
_SHARE_THAN = re.compile(
    r"\s+(?:(?:per\s*cent|percent)\s+)?(?P<dir>more|fewer|less|higher|lower|greater|bigger|"
    r"smaller|larger)\s+than\s+"
    r"(?:(?:the|its|their|his|her|last year's)\s+(?:[\w'’-]+\s+){0,2}?"
    r"|(?:in|during|at|on)\s+[\w'’ -]{2,30}?(?:,\s+when\s+(?:there\s+(?:were|was)|it\s+\w+|"
    r"they\s+\w+|\w+\s+\w+ed)\s+|\s+\())?$",
    re.I,
)


#: What puts a figure aside from the one a comparison is about: a part ("including 410,000
#: on cruise ships"), or a whole ("of 5,000 applicants").
_ASIDE = re.compile(
    r"\b(?:including|among them|of whom|of which|of|out of)\s+(?:the\s+|some\s+|about\s+)?$",
    re.I,
)


def _share_comparisons(text: str, ledger: list[Entry]) -> list[Change]:
    """ "1,380 burglaries, 40% more than the 1,150 of 2021": a count set against another
    by a share, read as a change of that size from the latter to the former. The figure
    compared is the nearest earlier count of the sentence, before any other clause."""
    out: list[Change] = []
    for d in ledger:
        if d.q.unit != "percent" or d.q.low != d.q.high:
            continue
        later = [b for b in ledger if b.sent == d.sent and 0 < b.q.start - d.q.end <= 70]
        if not later:
            continue
        b = min(later, key=lambda e: e.q.start)
        if b.is_rate or b.q.unit in SHARE_UNITS:
            continue
        m = _SHARE_THAN.match(text[d.q.end : b.q.start])
        if m is None:
            continue
        earlier = [
            e
            for e in ledger
            if e.sent == d.sent
            and e.q.end <= d.q.start
            and not _ASIDE.search(text[max(0, e.q.start - 30) : e.q.start])
        ]
        pointed = not earlier and _THAT_IS.search(sentence_head(text, d.q.start)) is not None
        if pointed:
            # "It was 20% more than the 351,000 who travelled in 2023": the figure before
            earlier = [e for e in told_before(text, ledger, d) if e.q.unit == b.q.unit]
        word = "up" if m.group("dir").lower() in _MORE else "down"
        if pointed:  # "That was 18% more than ...": of the figures before, the one it fits
            size = (d.iv.lo + d.iv.hi) / 200
            ratio = 1 + size if word == "up" else 1 - size
            earlier = [_kindest(earlier, b, ratio)] if earlier and ratio > 0 else []
        if not earlier or earlier[-1].q.unit in SHARE_UNITS or earlier[-1].is_rate:
            continue
        a = earlier[-1]
        if a.q.per != b.q.per:
            continue  # "1,150 a day, 20% more than the 35,000 of March": no like for like
        between = text[a.q.end : d.q.start]
        if not pointed and re.search(r"[.;]|\b(?:and|but|while|whereas)\b", between):
            continue  # the share sizes another clause's subject
        out.append(Change(word, b, a, [d]))
    return out


#: "1.2 million bags, twice the 600,000 tonnes", "39%, nearly double their 2021 figure of
#: 20%": a figure set against another by a factor.
_TIMES = re.compile(
    r",?\s+(?:or\s+)?(?:(?P<hedge>almost|nearly|about|roughly|more than)\s+)?"
    r"(?P<f>twice|double|triple|three times|four times|half)\s+"
    r"(?:as (?:many|much) as\s+(?P<when>(?:during|in|at|on|over|after)\s+[^,.;:\d]{1,40},?\s+"
    r"when\s+[^,.;:\d]{1,50}?\s+)?)?"
    r"(?:(?:the|its|their|his|her|last year's)\s+(?:[\w'’-]+\s+){0,3}?(?:of\s+)?)?$",
    re.I,
)


_TIMES_WORD = {
    "twice": "doubled",
    "double": "doubled",
    "triple": "tripled",
    "three times": "tripled",
    "four times": "quadrupled",
    "half": "halved",
}


_FACTOR_OF = {"twice": 2.0, "double": 2.0, "triple": 3.0, "three times": 3.0}
_FACTOR_OF |= {"four times": 4.0, "half": 0.5}


def _kindest(candidates: list[Entry], base: Entry, ratio: float) -> Entry:
    """Of the figures a "that" may point back to, the one the stated ratio to ``base`` fits
    best: the sentence before may give a total and its parts ("1,240 casualties - 210
    killed and 1,030 injured. That was 18% more than ..."), and the statement is only
    doubted when no reading of it holds."""

    def misfit(e: Entry) -> float:
        mine, theirs = e.iv.lo + e.iv.hi, base.iv.lo + base.iv.hi
        if mine <= 0 or theirs <= 0:
            return math.inf
        return abs(math.log(mine / theirs) - math.log(ratio))

    return min(candidates, key=misfit)


def _factor_comparisons(text: str, ledger: list[Entry]) -> list[Change]:
    """ "84 ships, twice the 61 of 2019": the later figure compared with the earlier by a
    factor, read as a change by that factor from the latter to the former. A hedge
    ("nearly triple the 20,000") loosens the factor as it does a verb's ("nearly tripled")."""
    out: list[Change] = []
    for b in ledger:
        m = _THAT_TIMES.search(sentence_head(text, b.q.start))
        if m is None or b.is_rate or any(e.sent == b.sent and e.q.end <= b.q.start for e in ledger):
            continue
        # "That is almost three times the 520 admitted in November": the figure before
        before = [e for e in told_before(text, ledger, b) if not e.is_rate and e.q.unit == b.q.unit]
        if before:
            factor = m.group("f").lower()
            a = _kindest(before, b, _FACTOR_OF[factor])
            out.append(Change(_TIMES_WORD[factor], b, a, [], hedge=m.group("hedge")))
    for a in ledger:
        nxt = [b for b in ledger if b.sent == a.sent and 0 < b.q.start - a.q.end <= 200]
        if not nxt or a.is_rate:
            continue
        b = min(nxt, key=lambda e: e.q.start)
        gap = text[a.q.end : b.q.start]
        m = _TIMES.search(gap)
        if m is None or b.is_rate or m.start() > 60:
            continue  # the factor must follow the figure's own phrase ("4,800 tonnes of
            # potatoes to last week's floods, three times ..."); what follows the factor is
            # bounded by _TIMES itself, and "three times as many as during the storms, when
            # crews answered 1,020" names a time whose clause may hold the figure
        a = _ratio_head(text, ledger, a)
        if (a.q.unit in SHARE_UNITS or b.q.unit in SHARE_UNITS) and a.q.unit != b.q.unit:
            continue  # a share is a factor of another share only ("39%, double their 20%")
        if re.search(r"[.;:]|\band\b", _BETWEEN_AND.sub(" ", gap[: m.start()])):
            continue  # "up 22% from 121 billion in 2024, and more than three times the 44
            # billion": after "and" the factor goes back to the clause's subject
        hedge = m.group("hedge")
        alike = bool(re.search(r"\bas (?:many|much) as\b", m.group(0), re.I))
        out.append(Change(_TIMES_WORD[m.group("f").lower()], b, a, [], hedge=hedge, alike=alike))
    return out


#: "between Saturday morning and late Sunday": an "and" inside a span of time or a range
#: joins its two ends, not two clauses.
_BETWEEN_AND = re.compile(r"\bbetween\s+[^,.;:]{1,40}?\band\b", re.I)


def _ratio_head(text: str, ledger: list[Entry], a: Entry) -> Entry:
    """ "68 micrograms of alcohol in 100 millilitres of breath - almost twice the limit of
    35", "12 goals in 20 games, twice his tally of six": a figure after "in" or "per" that
    closes another figure's noun phrase is the base of a ratio, and a factor set off after
    the phrase compares the phrase's own measure, the figure before it."""
    heads = [
        c
        for c in ledger
        if c.sent == a.sent
        and c.q.end <= a.q.start
        and _RATIO_BASE.fullmatch(text, c.q.end, a.q.start)
    ]
    return heads[-1] if heads else a


#: Between a measure and the base of its ratio: " micrograms of alcohol in ", " goals in ".
_RATIO_BASE = re.compile(
    r"\s+(?:[a-z-]+\s+){1,3}?(?:in|per|for every|out of)\s+(?:every\s+)?", re.I
)


_MORE = ("more", "higher", "greater", "bigger", "larger")


#: A sentence opening that points back to the previous sentence's figure.
_THAT_IS = re.compile(
    r"^\W*(?:that|this|it|which)(?:'s| is| was| means| represents| marks| makes)\s+"
    r"(?:about |some |around |nearly |almost |roughly |just )?$",
    re.I,
)


#: "That is almost three times the 520": a factor set against the figure told before.
_THAT_TIMES = re.compile(
    r"^\W*(?:that|this|it|which)(?:'s| is| was| means| represents| marks| makes)"
    + _TIMES.pattern[len(",?") :],
    re.I,
)


def told_before(text: str, ledger: list[Entry], e: Entry) -> list[Entry]:
    """The figures of the sentence before ``e``'s that has any, when only questions stand
    between ("The ferry carried 412,000 ... \n\nIs that more than before?\n\nYes. It was
    20% more than ..."): what a "that" or "it" opening ``e``'s sentence points back to."""
    before = [p for p in ledger if p.sent < e.sent]
    if not before:
        return []
    last = max(p.sent for p in before)
    figures = [p for p in before if p.sent == last]
    between = text[figures[-1].q.end : e.q.start]
    cut = re.search(r"[.!?]\s", between)
    rest = between[cut.end() :] if cut else ""
    said = [t.strip() for t in re.findall(r"[^.!?\n]+[.!?]?", _strip_head(rest, text, e))]
    # only questions, or a short reply ("Yes.", "Not quite.") between
    return figures if all(t.endswith("?") or len(t.split()) <= 3 for t in said if t) else []


def _strip_head(rest: str, text: str, e: Entry) -> str:
    """``rest`` without the opening of ``e``'s own sentence."""
    head, rest = sentence_head(text, e.q.start).strip(), rest.rstrip()
    return rest[: len(rest) - len(head)] if head and rest.endswith(head) else rest
