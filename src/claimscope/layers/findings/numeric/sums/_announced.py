"""A whole said to be divided into a stated number of groups, whose figures follow: "the
entire number of the accused is divided into three categories ... 742 persons ..., 395
persons ... and 261 persons". The number named fixes how many parts there are, so the
parts are all of the whole and must add up to it.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric.sums._found import countable, shortfall

#: "is divided into three categories", "can be split into four groups".
_DIVIDED = re.compile(
    r"\b(?:is|are|was|were|has been|have been|can be|breaks down|break down)\s+"
    r"(?:(?:divided|split|broken down|distributed|grouped)\s+)?(?:into|among|between)\s+"
    r"(?P<n>\w+)\s+(?:categories|groups|parts|types|kinds|classes|strands)\b",
    re.I,
)
#: How far after the announcement its parts may stand, in sentences.
_REACH = 2


def announced_parts(full: str, starts: list[int], by_sent: dict[int, list[Entry]]) -> list[Finding]:
    """Parts that follow an announced division, held against the whole told before it."""
    out: list[Finding] = []
    for s, start in enumerate(starts):
        end = starts[s + 1] if s + 1 < len(starts) else len(full)
        m = _DIVIDED.search(full, start, end)
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
        if len(parts) < n or len({p.q.unit for p in parts}) != 1:
            continue
        if len(after) > n and after[n].sent == parts[-1].sent:
            continue  # more figures in the list's sentence than groups: not one per group
        top = max(p.iv.hi for p in parts)
        wholes = [
            e
            for k in range(s, -1, -1)
            for e in reversed(by_sent.get(k, []))
            if e.q.end <= m.start()
            and countable(e)
            and e.q.unit == parts[0].q.unit
            and e.iv.lo > top
        ]
        if not wholes:
            continue
        given = f"the text divides {wholes[0].q.text} into {m.group('n')} {_groups(m)}."
        out.extend(shortfall(wholes[0], parts, given))
    return out


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = UNIT_WORDS.get(word.lower())
    return int(value) if value is not None else None


def _groups(m: re.Match[str]) -> str:
    return m.group(0).rsplit(None, 1)[-1]
