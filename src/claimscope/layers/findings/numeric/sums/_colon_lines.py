"""A whole stated on a line that ends in a colon, and the list lines right under it: "In
total, 296 drivers were reported for offences:" over "- 131 for speeding", "- 58 for not
wearing a seatbelt"; "Total tickets issued: 64,800, made up of:" over "- Paid concert
tickets: 36,250". The colon hands the whole to the list, so its lines are its parts.

The parts must add up to the whole when the line says they are all of it ("made up of",
"broken down", "as follows", "in total", "by type"); a line that says they are some of it
("including", "such as", "the main") or says neither only bounds them: they may not add up
to more than the whole.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._lists import ITEM_LINE
from claimscope.layers.findings.numeric.sums._found import all_or_within, countable

__all__ = ["wholes_on_colon_lines"]

#: A line ending in a colon (a list item's label colon aside).
_COLON_LINE = re.compile(r"^(?P<line>[^\n]*\S)[ \t]*:[ \t]*$", re.M)
#: Words that make the list all of the whole.
_ALL_OF_IT = re.compile(
    r"\b(?:made up of|made up|broken down|breaks? down|split|divided|consist(?:s|ed)? of|"
    r"compris(?:e|es|ed|ing)|as follows|in total|in all|altogether|by (?:type|category|"
    r"cause|offence|region|source|age|channel|reason|kind|sector|route|site))\b",
    re.I,
)
#: Words that make it some of the whole.
_SOME_OF_IT = re.compile(
    r"\b(?:including|include|includes|such as|among (?:them|which|whom)|for example|e\.g\.|"
    r"notably|main|biggest|largest|leading|top|highlights?|key|most common)\b",
    re.I,
)
_MAX_PARTS = 15


def wholes_on_colon_lines(full: str, ledger: list[Entry], checked: set[str]) -> list[Finding]:
    """Each line ending in a colon with one countable figure, over its list lines."""
    out: list[Finding] = []
    for m in _COLON_LINE.finditer(full):
        on_line = [e for e in ledger if m.start() <= e.q.start < m.end()]
        if len(on_line) != 1 or not countable(on_line[0]) or on_line[0].q.id in checked:
            continue
        whole = on_line[0]
        line = m.group("line")
        parts = _parts_below(full, m.end(), ledger, whole)
        if len(parts) < 2 or any(p.q.id in checked for p in parts):
            continue
        said = f'the line "{line.strip(" -")}:"'
        all_of_it = _ALL_OF_IT.search(line) and not _SOME_OF_IT.search(line)
        out.extend(
            all_or_within(
                whole,
                parts,
                f"{said} hands all of {whole.q.text} to the list." if all_of_it else None,
                f"The list under {whole.q.text} adds up to more than it.",
                f"; {said} gives them as parts of {whole.q.text}.",
            )
        )
    return out


def _parts_below(full: str, at: int, ledger: list[Entry], whole: Entry) -> list[Entry]:
    """The one figure of each list line right under ``at`` (one blank line may stand
    between): after a label's colon when the line has one, else its first; nothing when a
    line gives no such figure in the whole's unit, or more than one before its label."""
    parts: list[Entry] = []
    pos = at + 1
    if full[pos : pos + 1] == "\n":
        pos += 1
    while pos < len(full) and len(parts) <= _MAX_PARTS:
        end = full.find("\n", pos)
        end = len(full) if end < 0 else end
        line = full[pos:end]
        if not ITEM_LINE.match(line):
            break
        colon = full.find(":", pos, end)
        start = colon + 1 if colon >= 0 else pos
        figures = [e for e in ledger if start <= e.q.start < end and countable(e)]
        if not figures or figures[0].q.unit != whole.q.unit:
            return []
        if colon >= 0 and full[start : figures[0].q.start].strip(" $£€¥~"):
            return []  # "- Busiest month: March, 4,020": words before the figure
        parts.append(figures[0])
        pos = end + 1
    return parts
