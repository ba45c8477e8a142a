"""Where a listed breakdown ends, and whether the text closes it.

A breakdown is a coordination of parts: "61,000 hardbacks, 18,500 ebooks and 6,500
audiobooks, and it is up 21% on the 71,000 ..." lists three parts, and the figure after
the last conjunct belongs to another clause. A list the text closes with "the remaining
260", "the rest, 150", "the remainder, 150", "40 others" or "grassland and other land,
4,300 ha" names every part, so its parts must add up to the whole, not only stay under
it; a list without a closer may name only some parts ("including", "among them").
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimscope.layers.findings._ledger import Entry

__all__ = ["ITEM_LINE", "closes", "coordinated", "heading_breakdown", "item_figures"]


#: "the rest of the year, 30,000": a time to come, not the rest of a whole.
_TIMES = r"(?:year|month|week|day|season|decade|quarter|term|period|summer|winter|time)\b"

#: A bulleted list line: "- By telephone: 372,000", "• Wind: 41%".
ITEM_LINE = re.compile(r"^[ \t]*[-–—•*][ \t]")

#: Words right before a figure that make it the last, catch-all part: "the remaining 260",
#: "the rest of the outlay, £18m", "the remainder, 150", "grassland and other land, 4,300 ha";
#: not "260 of the remaining 390", a base the next share is taken of; but "out of the
#: remaining £41m" names where the rest goes, as "from the remaining £41m" does.
_NOT_A_BASE = r"(?:(?<!\bof )|(?<=\bout of ))"
_CLOSER_BEFORE = re.compile(
    _NOT_A_BASE
    + r"(?:\bthe (?:rest|remainder)(?: of (?:the|its|their|this|that) (?!"
    + _TIMES
    + r")[\w-]+(?: [\w-]+)?)?,?"
    r"|\bthe remaining|\b(?:and|or) (?:all )?other [a-z][\w-]*(?: [a-z][\w-]*)?,?)\s*$",
    re.I,
)


#: Words right after a figure that make it the catch-all part: "and 40 others".
_CLOSER_AFTER = re.compile(r"\s+others\b", re.I)


def closes(text: str, e: Entry, offset: int = 0) -> bool:
    """Whether the text presents ``e`` as the rest of its list ("the remaining 260");
    ``text`` starts at ``offset`` in the article."""
    start, end = e.q.start - offset, e.q.end - offset
    before = text[max(0, start - 60) : max(0, start)]
    return bool(_CLOSER_BEFORE.search(before) or _CLOSER_AFTER.match(text, max(0, end)))


_CONJUNCT = re.compile(r"\b(?:and|or)\b(?P<tail>[^,;]*)$", re.I)


def coordinated(text: str, parts: list[Entry], offset: int = 0) -> list[Entry]:
    """The parts up to the list's last conjunct or its closer, in text order.

    The last part is the one an "and"/"or" introduces with no comma between the
    conjunction and the figure ("18,500 ebooks and 6,500 audiobooks", "composted and the
    remaining 21,000 tonnes"); an "and" inside an item ("farmland, including olive groves
    and vineyards, 9,600 ha") is followed by a comma before the figure and ends nothing."""
    if not parts:
        return parts
    out = [parts[0]]
    for k, (prev, part) in enumerate(itertools.pairwise(parts)):
        out.append(part)
        gap = (max(0, prev.q.end - offset), max(0, part.q.start - offset))
        if closes(text, part, offset):
            break
        if _CONJUNCT.search(text, *gap):
            later = parts[k + 2] if k + 2 < len(parts) else None
            if (
                later is not None
                and _AND_WORDS.search(text, *gap)
                and _COMMA_AND.search(
                    text, max(0, part.q.end - offset), max(0, later.q.start - offset)
                )
            ):
                continue  # "navigation and electronics €510m, and services €190m": an item's
            break
    return out


_COMMA_AND = re.compile(r",\s+(?:and|or)\b")
#: "and electronics €510m": an "and" with words of an item's name before its figure.
_AND_WORDS = re.compile(r"\b(?:and|or)\s+[A-Za-z][\w-]*\s+(?:[A-Za-z][\w-]*\s+)?\S*$")


#: A line that announces the parts of the figure just before it: "By crossing:", "Land
#: burned by type:", "Of which:", "Breakdown:".
_HEADING = re.compile(
    r"^[\s\-–—•*]*(?:(?:[\w'’-]+ ){0,4}by [a-z][\w-]*(?: [a-z][\w-]*)?|of which|breakdown|"
    r"split|made up of|broken down as)\s*:\s",
    re.I,
)


def heading_breakdown(sentence: str) -> re.Match[str] | None:
    """The heading that opens a sentence listing the parts of a figure stated before it."""
    m = _HEADING.match(sentence)
    return m if m is not None and not any(c.isdigit() for c in m.group(0)) else None


def item_figures(text: str, start: int, figures: list[Entry], offset: int = 0) -> list[Entry]:
    """In a list from ``start`` whose items are set off by semicolons, each item's figure:
    the last one in it ("under 18, 2,100;" gives 2,100, its label's 18 none). A list
    without semicolons keeps every figure. ``text`` starts at ``offset`` in the article."""
    if ";" not in text[start:]:
        return figures
    bounds = [start] + [i + 1 for i, c in enumerate(text) if c == ";" and i >= start]
    bounds.append(len(text) + 1)
    out = []
    for lo, hi in itertools.pairwise(bounds):
        inside = [e for e in figures if lo <= e.q.start - offset < hi]
        out.extend(inside[-1:])
    return out
