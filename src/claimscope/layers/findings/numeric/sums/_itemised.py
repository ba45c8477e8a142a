"""Totals of list lines. A key-figures total of a stated number of items, then that many
list lines: "Total cost of the eight-item basket: 33.40" over "- White loaf, 800 g: 2.35",
"- Milk, 1 litre: 1.19" and six more. As in ``_members``, the text says how many items the
total holds and then gives one figure for each of that many, so the list leaves none out
and must add up to the total. The total's label must say it is one ("Total", "Combined",
"Overall"): the "Average price of the eight items" is no sum of their prices.

And a column of one-figure lines closed by a total line right under it, as a declaration
or a table is written ("Tomas Vereecken (Centre Union) — 11,806" ... then "Total valid
votes: 41,870"): a total written under its column is the sum of the lines above.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._lists import ITEM_LINE
from claimscope.layers.findings.numeric.sums._found import countable, shortfall

__all__ = ["itemised_totals", "totals_under_columns"]

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


#: A line that opens with a total's label and ends in its one figure: "Total valid votes:
#: 41,870", "- Total: 1,240", "Combined — £3.4m". "Total turnout" or "Total electorate" is
#: no sum of votes, so the label may not go on to name what stands outside the column.
_TOTAL_LINE = re.compile(
    r"^[ \t]*(?:[-–—•*][ \t]+)?(?:grand )?(?:total|combined|overall)\b"
    r"(?![^:\n]*\b(?:turnout|electorate|registered|eligible|capacity|target|limit)\b)"
    r"[^:\n\d]{0,40}?[ \t]*[:–—-]?[ \t]*$",
    re.I,
)
#: What may follow the one figure of a line: closing punctuation, or on a column line a
#: few words saying what it counts ("3,480 days lost").
_LINE_END = re.compile(r"[ \t.;,)]*$")
_COLUMN_END = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){0,3}[ \t.;,)]*$", re.I)
#: Lines nested under another line of the column ("- of which electric: 120"): the column
#: then counts some things twice, and no line adds up to its total.
_NESTED = re.compile(r"^[ \t]*(?:[-–—•*][ \t]+)?(?:of which|of whom|including|incl\.)", re.I)


def totals_under_columns(full: str, ledger: list[Entry]) -> list[Finding]:
    """Each total line held against the column of one-figure lines right above it (one
    blank line may stand between), when the column has at least two lines, all in the
    total's unit."""
    out: list[Finding] = []
    for whole in ledger:
        if not countable(whole):
            continue
        start = full.rfind("\n", 0, whole.q.start) + 1
        end = full.find("\n", whole.q.end)
        end = len(full) if end < 0 else end
        if not _TOTAL_LINE.match(full[start : whole.q.start]):
            continue
        if not _LINE_END.fullmatch(full[whole.q.end : end]):
            continue
        parts = _column_above(full, start, ledger)
        if len(parts) < 2 or any(p.q.unit != whole.q.unit for p in parts):
            continue
        label = full[start : whole.q.start].strip(" \t-–—•*:")
        given = f"the text writes {label} ({whole.q.text}) under a column of {len(parts)} lines."
        out.extend(shortfall(whole, parts, given))
    return out


def _column_above(full: str, at: int, ledger: list[Entry]) -> list[Entry]:
    """The figures of the run of lines ending right above ``at``, each line ending in its
    one countable figure. The run must start the column, under a blank line or a line
    with no figure (its heading); nothing when a line above it gives a figure in another
    form (the column goes on past what was read) or a line is nested under another."""
    parts: list[Entry] = []
    hi, blanks = at - 1, 0
    while hi > 0:
        lo = full.rfind("\n", 0, hi) + 1
        line = full[lo:hi]
        if not line.strip():
            if parts or blanks:
                break
            blanks += 1
            hi = lo - 1
            continue
        if _NESTED.match(line):
            return []
        on_line = [e for e in ledger if lo <= e.q.start < hi and countable(e)]
        if not on_line:
            break  # the column's heading
        if len(on_line) != 1 or not _COLUMN_END.fullmatch(full[on_line[0].q.end : hi]):
            return []
        if _TOTAL_LINE.match(full[lo : on_line[0].q.start]):
            return []
        parts.insert(0, on_line[0])
        hi = lo - 1
    return parts
