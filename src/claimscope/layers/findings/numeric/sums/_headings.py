"""A heading that announces a breakdown ("By crossing:", "Of which:") on the line after
the whole it breaks down, or a heading that says how a whole stated before it was split
("How the month's appointments were delivered:", "The claims break down as follows:")
over the list lines below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import singular
from claimscope.layers.findings.numeric._lists import (
    ITEM_LINE,
    coordinated,
    heading_breakdown,
    item_figures,
)
from claimscope.layers.findings.numeric._pairing import is_money
from claimscope.layers.findings.numeric._wording import SHARE_UNITS
from claimscope.layers.findings.numeric.sums._found import (
    breakdown_finding,
    countable,
    shortfall,
)

if TYPE_CHECKING:
    from claimscope.layers.base import Draft


#: An inclusive word right before a figure: "North 400, including 120 in the city" nests
#: the figure in the part before it.
_NESTED = re.compile(r"\b(?:including|of whom|of which|among them|of them),?\s*$", re.I)


_MARKS = " \t-–—•*"


def _line_before(full: str, offset: int, ledger: list[Entry]) -> list[Entry]:
    """The figures of the line above the sentence at ``offset`` when the sentence opens its
    line (a list item, a heading's line), else those of its paragraph before it."""
    start = full.rfind("\n", 0, offset) + 1
    if full[start:offset].strip(_MARKS):
        lo, hi = start, offset
    else:
        hi = start - 1
        while hi > 0 and not full[full.rfind("\n", 0, hi) + 1 : hi].strip(_MARKS):
            hi = full.rfind("\n", 0, hi)
        lo = full.rfind("\n", 0, max(hi, 0)) + 1
    return [e for e in ledger if lo <= e.q.start < hi]


def heading_after(
    full: str, draft: Draft, s: int, entries: list[Entry], ledger: list[Entry]
) -> list[Finding]:
    """A heading breakdown in sentence ``s``, or split from it by the sentence splitter
    after its colon ("By terminal:" then "North 1.7 million; ...")."""
    start = draft.sentences[s].start
    if s > 0 and draft.sentences[s - 1].text.rstrip().endswith(":"):
        start = draft.sentences[s - 1].start
    text = full[start : draft.sentences[s].end]
    return _heading_breakdown(text, start, entries, _line_before(full, start, ledger))


def _heading_breakdown(
    text: str, offset: int, entries: list[Entry], before: list[Entry]
) -> list[Finding]:
    """ "- Trucks entering Harun in October: 1,850" then "- By crossing: Tel Amir 640; ...;
    the remainder, 150": a line opened by a heading that announces a breakdown ("By
    crossing:", "Land burned by type:", "Of which:") lists the parts of the first figure
    in the same unit on the line before, one an item ("18 to 64, 5,300;": the label's
    figures are no parts). An item's own "including" ("farmland, including olive groves
    and vineyards, 9,600 ha") does not make the list partial; a figure right after
    "including" is nested in an item and is no part of its own."""
    m = heading_breakdown(text)
    if m is None or not before:
        return []
    counts = item_figures(
        text,
        m.end(),
        [
            e
            for e in entries
            if not e.is_rate
            and e.q.unit not in SHARE_UNITS
            and e.q.start >= offset + m.end()
            and not _NESTED.search(text, 0, e.q.start - offset)
        ],
        offset,
    )
    fits = [e for e in before if counts and not e.is_rate and e.q.unit == counts[0].q.unit]
    if not fits:
        return []
    whole = next(e for e in fits if e.sent == fits[-1].sent)
    parts = coordinated(text, [e for e in counts if e.q.unit == whole.q.unit], offset)
    if len(parts) < 2 or any(p.q.counted is not None and not same_thing(p, whole) for p in parts):
        return []
    return breakdown_finding(text, whole, parts, None, offset)


#: A heading line that says how a counted whole was split: "How the month's appointments
#: were delivered:", "How the votes were cast:", "How the arrivals break down:". The noun
#: before the verb names the whole.
_HOW_HEADING = re.compile(
    r"^[ \t]*how (?:the |its |their |this |that |these |those )?(?:[\w'’-]+ ){0,3}?"
    r"(?P<noun>[a-z]+) (?:(?:were|was|are|is|will be|would be|have been|has been) [a-z]+"
    r"(?: [a-z]+)?|(?:break|breaks|broke) down|(?:were|was|are|is) split)[ \t]*:[ \t]*$",
    re.I,
)


def listed_under_heading(full: str, ledger: list[Entry], baselines: set[int]) -> list[Finding]:
    """ "GP practices delivered 1.46 million appointments in December" and later "How the
    month's appointments were delivered:" over list lines of one figure each ("- By
    telephone: 372,000"): a heading that says how a counted whole was split announces all
    of its parts, so the items must add up to the latest figure before it that counts the
    heading's noun in their unit and can hold the largest (a change's baseline passed
    over). A sentence closing its line that says its definite subject breaks down so
    ("The claims break down as follows:") is such a heading too, its whole before it."""
    out: list[Finding] = []
    for m in re.finditer(r"^.*:[ \t]*$", full, re.M):
        how = _HOW_HEADING.match(m.group(0)) or _DISTRIBUTION.search(m.group(0))
        said = m.start()
        if how is None:
            how = _BREAKS_DOWN.search(m.group(0))
            said += how.start() if how is not None else 0  # its whole may open the line
        if how is None and (named := _BROKE_DOWN_THE.search(m.group(0))) is not None:
            how = named  # "broke down the 52 deaths by ...": the whole is the one named
            said = m.start() + named.end("figure")
        if how is None:
            continue
        parts = item_lines(full, m.end(), ledger)
        if len(parts) < 2 or len({p.q.unit for p in parts}) != 1:
            continue
        noun = singular(how.group("noun").lower())
        wholes = [
            e
            for e in ledger
            if e.q.end <= said
            and countable(e)
            and e.q.unit == parts[0].q.unit
            and id(e) not in baselines
            and noun in (singular((e.q.counted or "").split(" ")[-1].lower()), e.subject)
            and e.iv.hi >= max(p.iv.lo for p in parts)
        ]  # "about 60,000 missed appointments" is too small to be their whole
        if wholes:
            heading = full[said : m.end()].strip(' \t:.!?"”’')
            out.extend(_heading_sum(heading, wholes[-1], parts))
    return out


#: A line that announces how a whole is spread over the list below it: "The distribution
#: of the resident population by statistical regions ... is as follows:", "The breakdown of
#: the spending by department is:". The noun after "of" names the whole.
_DISTRIBUTION = re.compile(
    r"\b(?:distribution|breakdown|division|split) of (?:the |its |their |this )?(?:[a-z-]+ )?"
    r"(?P<noun>[a-z]+) (?:by|across|among|between) [^:]*"
    r"(?:is|are|was|were) (?:as follows|the following|this|these)[ \t]*:[ \t]*$",
    re.I,
)


#: A sentence closing its line that says the list lines below split its definite subject:
#: "The claims break down as follows:", "These cases were divided as follows:". Unlike a
#: heading it may follow the sentence that states its whole on the same line ("Since the
#: storm the insurer has received 14,200 claims. The claims break down as follows:").
_BREAKS_DOWN = re.compile(
    r"(?:^[ \t]*|[.!?][\"”’]?[ \t]+)(?:the|these|those|its|their|our|all) "
    r"(?:[\w'’-]+ ){0,3}?(?P<noun>[a-z]+) (?:(?:break|breaks|broke) down|"
    r"(?:were|was|are|is|have been|has been) (?:split|divided|distributed|broken down))"
    r"(?: as follows| like this)?[ \t]*:[ \t]*$",
    re.I,
)
#: A sentence closing its line that breaks down a whole it names with its figure: "The
#: service broke down the 52 deaths by the cause of the fire:".
_BROKE_DOWN_THE = re.compile(
    r"\b(?:breaks?|broke|has broken|have broken|split|splits|divided|divides) down "
    r"(?:the|its|their|all) (?P<figure>[\d,.]+|[a-z]+(?:-[a-z]+)?) (?:[\w'’-]+ )?"
    r"(?P<noun>[a-z]+) (?:by|into|across|among|between) [^:\n]*:[ \t]*$",
    re.I,
)


def _heading_sum(heading: str, whole: Entry, parts: list[Entry]) -> list[Finding]:
    """The warning for list items under a heading that do not add up to their whole."""
    return shortfall(
        whole, parts, f"the heading '{heading}' gives them as all of {whole.q.text} ({whole.iv})."
    )


def item_lines(full: str, at: int, ledger: list[Entry]) -> list[Entry]:
    """The figures of the list lines right after ``at`` (blank lines skipped), one countable
    figure a line; the list ends at the first line that is no item or holds no such
    single figure. An item is bulleted ("- By telephone: 372,000") or a label set off
    from the figure that ends its line ("Cooking – 9")."""
    parts: list[Entry] = []
    for pos, end, line in lines_after(full, at):
        figures = [e for e in ledger if pos <= e.q.start < end and countable(e)]
        if len(figures) != 1:
            break
        labelled = _LABELLED.fullmatch(full, pos, figures[0].q.start) and _LINE_END.fullmatch(
            full, figures[0].q.end, end
        )
        if not (ITEM_LINE.match(line) or labelled):
            break
        parts.append(figures[0])
    return parts


#: A list line's label set off from its figure: "Smoking materials – ", "Cooking: ".
_LABELLED = re.compile(
    r"[ \t]*[A-Za-z][^:\d\n]{0,60}?[ \t]+[-\u2013\u2014][ \t]+|[ \t]*[A-Za-z][^:\d\n]{0,60}?:[ \t]+"
)
_LINE_END = re.compile(r"[ \t.;,]*")


def lines_after(full: str, at: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each non-blank line after the line break at ``at``: the
    lines a list heading governs, read until the caller stops."""
    pos = at + 1
    while pos < len(full):
        end = full.find("\n", pos)
        end = len(full) if end < 0 else end
        line = full[pos:end]
        if line.strip():
            yield pos, end, line
        pos = end + 1


#: A heading line with no figure, in capitals: "TOTAL SPENDING", "WHERE THE MONEY GOES
#: (spending by department, all departments)".
_CAPS_HEADING = re.compile(
    r"^[ \t]*(?P<h>[A-Z][A-Z '’&/-]{3,}[A-Z])(?P<note>[ \t]*\([^)\n]*\))?[ \t]*$", re.M
)
#: A sum written with a scale word, whose currency a list may leave out.
_SCALED = re.compile(r"\b(?:million|billion|trillion|bn|mn)\b", re.I)
#: Words in a heading's note that say its list is complete: "all departments", "in full".
_ALL = re.compile(r"\b(?:all|every|in full|complete)\b", re.I)


def totals_under_headings(full: str, ledger: list[Entry]) -> list[Finding]:
    """ "TOTAL SPENDING" over one line "- 440.0 million crowns in 2025", and later "WHERE THE
    MONEY GOES (spending by department, all departments)" over list lines of one figure
    each: a key-figures list whose heading names the total's noun and says the list is
    complete lists all of that total, so the items must add up to it."""
    totals: dict[str, Entry] = {}
    out: list[Finding] = []
    for m in _CAPS_HEADING.finditer(full):
        words = m.group("h").lower().split()
        if words[0] == "total" and len(words) > 1:
            first = _first_item_figure(full, m.end(), ledger)
            if first is not None:
                totals[singular(words[-1])] = first
            continue
        items = item_lines(full, m.end(), ledger)
        note = (m.group("note") or "").lower()
        if len(items) < 2 or len({p.q.unit for p in items}) != 1 or not _ALL.search(note):
            continue
        said = {singular(w) for w in re.findall(r"[a-z]+", note)}
        named = [w for w in totals if w in said]
        if len(named) != 1:
            continue
        whole = totals[named[0]]
        same_unit = whole.q.unit == items[0].q.unit or (
            items[0].q.unit is None
            and is_money(whole)
            and all(_SCALED.search(p.q.text) for p in items)
        )  # "- Schools and childcare: 148.5 million" under a total in crowns
        if same_unit and whole.q.end <= m.start():
            out.extend(_heading_sum(m.group(0).strip(), whole, items))
    return out


def _first_item_figure(full: str, at: int, ledger: list[Entry]) -> Entry | None:
    """The first countable figure of the list line right after ``at`` ("- 440.0 million
    crowns in 2025, up 4.8 percent from 420.0 million": 440.0 million)."""
    pos = at + 1
    while pos < len(full) and full[pos] == "\n":
        pos += 1
    end = full.find("\n", pos)
    end = len(full) if end < 0 else end
    if not ITEM_LINE.match(full[pos:end]):
        return None
    return next((e for e in ledger if pos <= e.q.start < end and countable(e)), None)


#: A list line that says the item lines below make up the figure just above it: "- What it
#: is made up of:", "How the money is split:".
_MADE_UP = re.compile(
    r"^[ \t]*(?:[-\u2013\u2022*][ \t]*)?(?:what|how) (?:it|this|that|the [a-z]+) "
    r"(?:is|was|are|were|will be) (?:made up of|made up|split|divided|broken down)[ \t]*:[ \t]*$",
    re.I | re.M,
)


def made_up_below(full: str, ledger: list[Entry]) -> list[Finding]:
    """ "- Total value: €2.6 billion" and then "- What it is made up of:" over item lines
    ("- Artillery ammunition, 120,000 rounds: €540 million, or about €4,500 a shell"): each
    item's first figure in the total's unit is a part, and the parts are all of the total."""
    out: list[Finding] = []
    for m in _MADE_UP.finditer(full):
        hi = m.start()
        while hi > 0 and not full[full.rfind("\n", 0, hi - 1) + 1 : hi].strip():
            hi = full.rfind("\n", 0, hi - 1) + 1  # blank lines between the total and the list
        lo = full.rfind("\n", 0, max(0, hi - 1)) + 1
        before = [e for e in ledger if lo <= e.q.start < hi and countable(e) and e.q.unit]
        if not before:
            continue
        whole = before[0]
        parts: list[Entry] = []
        pos = m.end() + 1
        while pos < len(full):
            end = full.find("\n", pos)
            end = len(full) if end < 0 else end
            line = full[pos:end]
            if not ITEM_LINE.match(line):
                break
            first = next(
                (
                    e
                    for e in ledger
                    if pos <= e.q.start < end and countable(e) and e.q.unit == whole.q.unit
                ),
                None,
            )
            if first is None:
                parts = []
                break
            parts.append(first)
            pos = end + 1
        if len(parts) >= 2:
            out.extend(_heading_sum(m.group(0).strip(" \t-:"), whole, parts))
    return out
