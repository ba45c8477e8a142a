"""A key-figures total of a stated number of items, then that many list lines: "Total cost
of the eight-item basket: 33.40" over "- White loaf, 800 g: 2.35", "- Milk, 1 litre: 1.19"
and six more. As in ``_members``, the text says how many items the total holds and then
gives one figure for each of that many, so the list leaves none out and must add up to
the total. The total's label must say it is one ("Total", "Combined", "Overall"): the
"Average price of the eight items" is no sum of their prices.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._lists import ITEM_LINE
from claimscope.layers.findings.numeric.sums._found import countable, shortfall

__all__ = ["itemised_totals"]

#: A total's label and the number of its items: "Total cost of the eight-item basket: ",
#: "- Combined bill for all 12 products: ".
_TOTAL_LABEL = re.compile(
    r"^[ \t]*(?:[-–—•*][ \t]+)?(?:total|combined|overall)\b[^:\n\d]*?"
    r"(?:\b(?P<n>[a-z]+|\d{1,2})-[a-z]+|\b(?:of|for) (?:the |all |all the |its |our )?"
    r"(?P<m>[a-z]+|\d{1,2}) [a-z]+s)\b[^:\n\d]*:[ \t]*$",
    re.I,
)
#: How many lines (a heading, blank lines) may stand between the total and its list.
_GAP = 3
_MAX_ITEMS = 20


def itemised_totals(full: str, ledger: list[Entry]) -> list[Finding]:
    """Each total labelled with its number of items, held against the first run of list
    lines after it when the run has exactly that many lines, each giving one figure in
    the total's unit after its label's colon."""
    out: list[Finding] = []
    for whole in ledger:
        if not countable(whole):
            continue
        start = full.rfind("\n", 0, whole.q.start) + 1
        m = _TOTAL_LABEL.match(full[start : whole.q.start])
        n = _count(m.group("n") or m.group("m")) if m is not None else None
        if n is None or not 2 <= n <= _MAX_ITEMS:
            continue
        parts = _run_after(full, full.find("\n", whole.q.end), ledger)
        if len(parts) != n or any(p.q.unit != whole.q.unit for p in parts):
            continue
        given = f"the text gives {whole.q.text} as the total of {n} items and lists {n}."
        out.extend(shortfall(whole, parts, given))
    return out


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = UNIT_WORDS.get(word.lower())
    return int(value) if value is not None else None


def _run_after(full: str, at: int, ledger: list[Entry]) -> list[Entry]:
    """The figure after the last colon of each line in the first run of list lines after
    ``at`` (within ``_GAP`` lines), or nothing when a line of the run gives no one such
    figure ("- White loaf, 800 g: 2.35" gives 2.35, its label's 800 g none)."""
    parts: list[Entry] = []
    pos, gap = at + 1, 0
    while 0 < pos < len(full):
        end = full.find("\n", pos)
        end = len(full) if end < 0 else end
        line = full[pos:end]
        if ITEM_LINE.match(line):
            colon = full.rfind(":", pos, end)
            after = [e for e in ledger if colon >= 0 and colon < e.q.start < end and countable(e)]
            if len(after) != 1:
                return []
            parts.append(after[0])
        elif parts:
            break
        elif line.strip():
            gap += 1
            if gap > _GAP:
                break
        pos = end + 1
    return parts
