"""Key-figures lists with a sub-list: a list line that ends in a colon heads the lines
indented below it, and those lines break down one whole.

- The heading holds the whole and says how it is made up: "- Total prize money: 184.6
  million crowns, made up of:" over "  - Jackpots: 48.2 million", ... The items are all of
  it ("made up of", "comprising", "consisting of") or some of it ("of which",
  "including"), and then must only stay within it.
- The heading names the whole's noun and a dimension: "- Output by region (all four
  producing regions):" over "    Alto Verde: 1.20 million bags", ... with the whole on an
  earlier list line whose label names the noun ("- Total output forecast: 3.45 million
  bags"). "all" ("all four regions", "all departments") makes the items all of it, and a
  number after it must be the number of items. Without it they are every group too,
  unless the heading says it picks some ("top", "main", "largest"). The items may also
  follow the heading's colon on its own line, split by semicolons ("- Journeys by service
  group: commuter corridor 21.4 million; intercity 9.8 million"), or be list lines under
  a heading of its own ("UNPLANNED INTERRUPTIONS BY CAUSE" over "- Weather: 172").

The indentation, not a word, says where the sub-list ends: at the first line back at the
heading's depth, or at a deeper line that is prose, not an item.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers._words import singular
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings.numeric._lists import ITEM_LINE
from claimscope.layers.findings.numeric._pairing import is_money
from claimscope.layers.findings.numeric.sums._found import countable, overshoot, shortfall
from claimscope.layers.findings.numeric.sums._headings import item_lines, lines_after

__all__ = ["sublist_breakdowns"]

#: A list line that heads the lines below it: it ends in a colon.
_HEAD_LINE = re.compile(r"^(?P<indent>[ \t]*)(?:[-–—•*][ \t]+)?(?P<body>\S.*?)[ \t]*:[ \t]*$")
#: A line of a sub-list: a bullet, or a label and its colon ("Alto Verde: 1.20 million").
_LABELLED = re.compile(r"^[ \t]*[^:\n]{1,80}:[ \t]*\S")
#: What follows the whole on its heading: "184.6 million crowns, made up of:".
_MADE_OF = re.compile(
    r"^[^\d:]*?,?[ \t]*(?P<cue>made up of|comprising|consisting of|composed of|of which|"
    r"including)$",
    re.I,
)
#: Cues that give only some of the whole.
_SOME = ("of which", "including")
#: "Output by region (all four producing regions)": the whole's noun, then the dimension.
_BY = re.compile(r"^(?P<noun>[A-Za-z][\w '’-]*?) by [a-z][\w -]*?(?:\((?P<note>[^)]*)\))?$", re.I)
#: Words in a heading that say its list is complete, with the number of items if stated.
_ALL = re.compile(r"\b(?:all(?: the)?(?: (?P<n>\w+))?|every|in full|complete)\b", re.I)
#: Words in a heading that say its list picks some of the whole, not every group.
_SOME_OF = re.compile(
    r"\b(?:top|main|largest|biggest|leading|major|selected|key|some|notable|busiest|highest|"
    r"lowest|including|such as|example|e\.g\.)\b",
    re.I,
)
#: A sum written with a scale word, whose currency a list may leave out.
_SCALED = re.compile(r"\b(?:million|billion|trillion|bn|mn)\b", re.I)


def sublist_breakdowns(full: str, ledger: list[Entry], checked: set[str]) -> list[Finding]:
    """The items of every sub-list that breaks down a whole, held against it; a list whose
    figures another reading already checked (``checked``, quantity ids) is left to it."""
    out: list[Finding] = []
    for m in re.finditer(r"^.*:[ \t]*$", full, re.M):
        head = _HEAD_LINE.match(m.group(0))
        if head is None:
            continue
        parts = _items(full, m.end(), len(head.group("indent").expandtabs()), ledger)
        if len(parts) < 2 or any(p.q.id in checked for p in parts):
            continue
        on_line = [e for e in ledger if m.start() <= e.q.start < m.end() and countable(e)]
        cue = _MADE_OF.match(full[on_line[0].q.end : m.end()].rstrip(" \t:")) if on_line else None
        if cue is not None:
            out.extend(_made_of(full, m.group(0), cue.group("cue"), on_line[0], parts))
        else:
            out.extend(_by_dimension(full, m.start(), head.group("body"), ledger, parts))
    for m in _INLINE.finditer(full):
        parts = _inline_items(m, ledger)
        if len(parts) >= 2 and not any(p.q.id in checked for p in parts):
            out.extend(_by_dimension(full, m.start(), m.group("body"), ledger, parts))
    for m in _BY_HEADING.finditer(full):
        parts = item_lines(full, m.end(), ledger)
        if len(parts) >= 2 and not any(p.q.id in checked for p in parts):
            out.extend(_by_dimension(full, m.start(), m.group("body"), ledger, parts))
    return out


#: A heading line of its own, no list item, over list lines at its depth: "UNPLANNED
#: INTERRUPTIONS BY CAUSE", "Journeys by service group:".
_BY_HEADING = re.compile(
    r"^(?P<body>[A-Za-z][^:\d\n]{2,60}? by [^:\d\n]{2,40}?)[ \t]*:?[ \t]*$", re.M | re.I
)


#: A list line that holds its own sub-list after the colon, items split by semicolons:
#: "- Journeys by service group: commuter 21.4 million; intercity 9.8 million".
_INLINE = re.compile(
    r"^[ \t]*[-–—•*][ \t]+(?P<body>[^:\n]+?)[ \t]*:(?P<rest>[^\n;]+(?:;[^\n;]+)+)$", re.M
)


def _inline_items(m: re.Match[str], ledger: list[Entry]) -> list[Entry]:
    """The one figure of each semicolon item after an inline heading's colon; an item with
    none or with two leaves the list unread (none returned)."""
    parts: list[Entry] = []
    at = m.start("rest")
    for item in m.group("rest").split(";"):
        figures = [e for e in ledger if at <= e.q.start < at + len(item) and countable(e)]
        if len(figures) != 1:
            return []
        parts.append(figures[0])
        at += len(item) + 1
    return parts


def _items(full: str, at: int, depth: int, ledger: list[Entry]) -> list[Entry]:
    """The first figure after the label of each line indented deeper than ``depth`` below
    ``at`` ("  - Scratch cards: 52.7 million"; "Armoured vehicles, 64 units: €410 million"
    gives €410 million). A deeper line that is prose ends the list; an item without a
    figure leaves the list untold (none returned)."""
    parts: list[Entry] = []
    for pos, end, line in lines_after(full, at):
        indent = len(line) - len(line.lstrip(" \t"))
        if len(line[:indent].expandtabs()) <= depth:
            break
        if not (ITEM_LINE.match(line) or _LABELLED.match(line)):
            break
        colon = line.find(":")
        figures = [e for e in ledger if pos + max(colon, 0) <= e.q.start < end and countable(e)]
        if not figures:
            return []
        parts.append(figures[0])
    return parts


def _made_of(full: str, line: str, cue: str, whole: Entry, parts: list[Entry]) -> list[Finding]:
    """A heading that holds its whole: "Total prize money: 184.6 million crowns, made up of:"."""
    if not _fits(whole, parts, full):
        return []
    return _judged(line.strip(" \t-–—•*:"), whole, parts, every=cue.lower() not in _SOME)


def _judged(heading: str, whole: Entry, parts: list[Entry], *, every: bool) -> list[Finding]:
    """Parts said to be all of the whole must add up to it; parts said to be some of it
    ("of which", no "all") must only not exceed it."""
    if not every:
        found = overshoot(
            whole,
            parts,
            f"The parts listed add up to more than {whole.q.text}.",
            f"; the list under '{heading}' gives them as parts of it.",
        )
        return [found] if found else []
    given = f"the list under '{heading}' gives them as all of {whole.q.text} ({whole.iv})."
    return shortfall(whole, parts, given)


def _by_dimension(
    full: str, at: int, body: str, ledger: list[Entry], parts: list[Entry]
) -> list[Finding]:
    """A heading "Output by region (all four producing regions):" under the list line that
    gives the whole its noun names ("- Total output forecast: 3.45 million bags")."""
    by = _BY.match(body)
    if by is None:
        return []
    nouns = {singular(w.lower()) for w in re.findall(r"[A-Za-z]{3,}", by.group("noun"))}
    whole = _labelled_whole(full, at, nouns, ledger)
    if whole is None or not _fits(whole, parts, full):
        return []
    every = _ALL.search(by.group("note") or "")
    heading = body.strip()
    if every is None:
        # "Journeys by service group:": a split along one dimension gives every group
        # unless the heading says it picks some ("Top routes by passengers", "main")
        return _judged(heading, whole, parts, every=_SOME_OF.search(body) is None)
    word = (every.group("n") or "").lower()
    stated = int(word) if word.isdigit() else UNIT_WORDS.get(word)
    if stated is not None and stated != len(parts):
        return []  # "all four regions" over five lines: the items are not read right
    return _judged(heading, whole, parts, every=True)


def _labelled_whole(full: str, at: int, nouns: set[str], ledger: list[Entry]) -> Entry | None:
    """The first figure after the label of the nearest list line above ``at`` whose label
    names one of ``nouns``, a label that says "total" first ("- Total output forecast:")."""
    found: list[tuple[bool, Entry]] = []
    for line in re.finditer(r"^[ \t]*[-–—•*][ \t]+(?P<label>[^:\n]+):(?P<rest>.*)$", full, re.M):
        if line.end() > at:
            break
        words = {singular(w.lower()) for w in re.findall(r"[A-Za-z]{3,}", line.group("label"))}
        if not nouns & words:
            continue
        figure = next(
            (e for e in ledger if line.start("rest") <= e.q.start < line.end() and countable(e)),
            None,
        )
        if figure is not None:
            found.append(("total" in words, figure))
    totals = [e for is_total, e in found if is_total]
    return totals[-1] if totals else (found[-1][1] if found else None)


def _fits(whole: Entry, parts: list[Entry], full: str | None = None) -> bool:
    """Whether the items can be parts of the whole: one unit, the whole's or a scaled sum
    under a whole of money ("Scratch cards: 52.7 million" under "184.6 million crowns"),
    counting what it counts when both name a thing, each smaller than it. With ``full``
    given, a thing read from an item's own label ("Trees and vegetation: 197" under
    "INTERRUPTIONS BY CAUSE", "Schools and youth programme places: 3,650" under "Total
    tickets issued") is the group, not what the item counts."""
    if len({p.q.unit for p in parts}) != 1 or any(p.iv.lo >= whole.iv.hi for p in parts):
        return False
    if parts[0].q.unit is None and is_money(whole):
        return all(_SCALED.search(p.q.text) for p in parts)
    if parts[0].q.unit != whole.q.unit:
        return False
    return all(
        p.q.counted is None
        or whole.q.counted is None
        or same_thing(p, whole)
        or (full is not None and _in_label(full, p))
        for p in parts
    )


def _in_label(full: str, e: Entry) -> bool:
    """Whether the thing ``e`` counts is named in its line's label, before a colon."""
    start = full.rfind("\n", 0, e.q.start) + 1
    label, colon, _ = full[start : e.q.start].partition(":")
    words = {singular(w.lower()) for w in re.findall(r"[A-Za-z]+", label)}
    return bool(colon) and singular((e.q.counted or "").split()[-1].lower()) in words
