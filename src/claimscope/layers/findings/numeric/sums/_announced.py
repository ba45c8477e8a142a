"""A whole said to be divided into a stated number of groups, whose figures follow: "the
entire number of the accused is divided into three categories ... 742 persons ..., 395
persons ... and 261 persons", "the report breaks the inflows into four corridors ...
$2.1 billion, ... $1.4 billion, ... $0.9 billion ... $0.3 billion". The number named
fixes how many parts there are, so the parts are all of the whole and must add up to it.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._pairing import far_apart
from claimscope.layers.findings.numeric.sums._found import countable, shortfall, total_of

#: "is divided into three categories", "can be split into four groups"; in the active, with
#: what is divided named between ("breaks the inflows into four corridors", "splits its
#: budget into five programmes"), whatever the groups are called; never "broke into three
#: homes", which divides nothing.
_DIVIDED = re.compile(
    r"\b(?:(?:is|are|was|were|has been|have been|can be|breaks down|break down)\s+"
    r"(?:(?:divided|split|broken down|distributed|grouped)\s+)?"
    r"|(?:breaks?|broke|splits?|divides?|divided)\s+(?:(?:the|its|their|this|that|these|those)"
    r"\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:down\s+)?|down\s+)"
    # "has broken down the 48.0 million paid so far into three categories"
    r"|(?:has|have|had)\s+(?:broken|split|divided)\s+(?:down\s+)?(?:the|its|their)\s+"
    r"(?:[^.;:\n]|\.(?=\d)){1,50}?\s+)"
    r"(?P<into>into|among|between)\s+(?:exactly\s+|precisely\s+|just\s+)?(?P<n>\w+)\s+"
    r"(?:(?:broad|main|distinct|separate|different|major)\s+)?(?P<groups>[a-z][\w-]*s)\b",
    re.I,
)
#: "the fee is made up of three elements:", "the budget consists of four strands": the
#: whole named as the sum of a stated number of parts.
_MADE_OF = re.compile(
    r"\b(?:(?:is|are|was|were|has\s+been)\s+(?:made\s+up|composed|comprised)|consists?|"
    r"consisted)\s+(?P<into>of)\s+(?:exactly\s+|precisely\s+|just\s+)?(?P<n>\w+)\s+"
    r"(?:(?:broad|main|distinct|separate|different|major)\s+)?(?P<groups>[a-z][\w-]*s)\b",
    re.I,
)
#: "assigns every one of those delays to one of four causes", "Every claim is received
#: through one of three channels": each member goes to exactly one group, so the groups'
#: figures, wherever they stand in the next sentences, are all of the whole.
_ONE_OF = re.compile(
    r"\b(?:every|each)\b[^.;:]{0,60}?\b(?:to|into|through|by|under|in|as)\s+(?P<into>one)\s+"
    r"of\s+(?:the\s+|its\s+)?(?P<n>\w+)\s+"
    r"(?:(?:broad|main|distinct|separate|different|major)\s+)?(?P<groups>[a-z][\w-]*s)\b",
    re.I,
)
#: The group nouns that say the figures after them come one a group, wherever they stand
#: in the next sentences; groups with another name ("four corridors") must have their
#: figures in one sentence, a list, so figures told for other things are not taken.
_GROUPS = frozenset(
    (
        "categories",
        "groups",
        "parts",
        "types",
        "kinds",
        "classes",
        "strands",
        "streams",
        "elements",
        "components",
        "channels",
    )
)
#: How far after the announcement its parts may stand, in sentences.
_REACH = 2


def announced_parts(
    full: str, starts: list[int], by_sent: dict[int, list[Entry]], baselines: set[int]
) -> list[Finding]:
    """Parts that follow an announced division, held against the whole told before it."""
    out: list[Finding] = []
    for s, start in enumerate(starts):
        end = starts[s + 1] if s + 1 < len(starts) else len(full)
        m = (
            _DIVIDED.search(full, start, end)
            or _MADE_OF.search(full, start, end)
            or _ONE_OF.search(full, start, end)
        )
        if m is None:
            continue
        n = _count(m.group("n"))
        if n is None or n < 2:
            continue
        after = [
            e
            for k in range(s, s + _REACH + 1)
            for e in by_sent.get(k, [])
            if e.q.start >= m.end() and countable(e)
        ]
        parts = after[:n]
        if len(parts) < n or not _one_unit(parts):
            continue
        if len(after) > n and after[n].sent == parts[-1].sent:
            continue  # more figures in the list's sentence than groups: not one per group
        exhaustive = m.re is _ONE_OF or m.group("groups").lower() in _GROUPS
        if not exhaustive and len({p.sent for p in parts}) != 1:
            continue
        said = full[starts[s - 1] if s else start : end]  # "a full breakdown of the weekly
        # fee. According to the operator, the fee is made up of three elements:"
        per = _per_said(said) if all(p.q.per is None for p in parts) else None
        whole = _whole(by_sent, s, m.start("into"), parts, baselines, per)
        if whole is None:
            continue
        given = f"the text divides {whole.q.text} into {m.group('n')} {m.group('groups')}."
        out.extend(shortfall(whole, parts, given))
    return out


#: "a full breakdown of the weekly fee ... the fee is made up of": the period a whole
#: said per week is named for its parts by its adjective.
_PER_WORDS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annual": "year",
    "yearly": "year",
}


def _per_said(sentence: str) -> str | None:
    """The period a sentence names its whole per ("the weekly fee"), if one."""
    found = {
        _PER_WORDS[w.lower()]
        for w in re.findall(r"\b(?:daily|weekly|monthly|annual|yearly)\b", sentence, re.I)
    }
    return found.pop() if len(found) == 1 else None


def _whole(
    by_sent: dict[int, list[Entry]],
    s: int,
    at: int,
    parts: list[Entry],
    baselines: set[int],
    per: str | None = None,
) -> Entry | None:
    """The figure before the announcement at ``at`` that the parts divide: in their unit,
    larger than each, no change's baseline ("up 9% from $5.14 billion"), and not five
    times their sum or more (see ``far_apart``: "the economy, about $40 billion" told
    between a total and its breakdown is another whole). One the parts add up to is the
    whole they divide, wherever it stands; else the latest."""
    top = max(p.iv.hi for p in parts)
    total = total_of([p.iv for p in parts])
    fits = [
        e
        for k in range(s, -1, -1)
        for e in reversed(by_sent.get(k, []))
        if e.q.end <= at
        and (countable(e) or (per is not None and e.q.per == per and e.bare))
        and (e.q.unit == _unit_of(parts) or _unit_lent(e, parts))
        and e.iv.lo > top
        and id(e) not in baselines
        and not far_apart(total, e.iv)
    ]
    return next((e for e in fits if total.meets(e.iv)), fits[0] if fits else None)


#: A scale word a figure is written with: "9.2 million" states the scale of "21.4 million
#: crowns" before it and leaves out the currency.
_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion|bn|m|k)\b", re.I)


def _one_unit(parts: list[Entry]) -> bool:
    """All the parts in one unit, a unit stated once for all ("21.4 million crowns ...,
    9.2 million ... and 5.9 million") counting as one."""
    units = {p.q.unit for p in parts} - {None}
    if len(units) > 1:
        return False
    if not units or all(p.q.unit is not None for p in parts):
        return True
    scales = {m.group(0).lower() for p in parts if (m := _SCALE.search(p.q.text))}
    return len(scales) == 1 and all(_SCALE.search(p.q.text) for p in parts)


def _unit_of(parts: list[Entry]) -> str | None:
    return next((p.q.unit for p in parts if p.q.unit is not None), None)


def _unit_lent(whole: Entry, parts: list[Entry]) -> bool:
    """ "480,000 euros is divided into four headings: advertising, 210,000; staff, 95,000
    ...": parts that name no unit of their own are in the whole's unit."""
    return whole.q.unit is not None and all(p.q.unit is None and p.q.per is None for p in parts)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = UNIT_WORDS.get(word.lower())
    return int(value) if value is not None else None
