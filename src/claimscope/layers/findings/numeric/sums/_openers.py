"""Sentences opened by a whole or a pointer to one: "Of the 8,640 members who returned
ballots, 6,910 backed ...", "Of these, 610 were ...", "Of all that household waste, ...".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, doc_text, same_thing
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._book import Book
from claimscope.layers.findings.numeric._lists import closes, coordinated
from claimscope.layers.findings.numeric._wording import SHARE_UNITS, changes_in, prominent
from claimscope.layers.findings.numeric.sums._ballots import every_ballot
from claimscope.layers.findings.numeric.sums._found import (
    adds_up,
    breakdown_finding,
    countable,
    governing_verb,
    overshoot,
    shortfall,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


OPENER = re.compile(r"^[\s\"“'‘]*(?:of|among) (?:the|its|their|all(?: the)?) ", re.I)


def opened_whole(doc: Doc, text: str, offset: int, entries: list[Entry]) -> list[Finding]:
    """ "Of the 8,640 members who returned ballots, 6,910 backed strikes, 2,870 voted
    against and 410 papers were spoiled": a whole opening the sentence, then outcomes each
    with its own verb, which cannot add up to more than it. Closed by the rest ("Of the
    £4.2m raised, £1.5m came from ... and the rest, £0.6m, from ..."), in any unit, the
    parts must add up to it."""
    whole = whole_opening(text, offset, entries)
    announced = whole is None
    if whole is None:
        whole = _whole_after_breakdown(text, offset, entries)
    if whole is None:
        return []
    counts = [e for e in entries if countable(e) and e.q.start > whole.q.start]
    parts = coordinated(text, [e for e in counts if e.q.unit == whole.q.unit], offset)
    if len(parts) < 2:
        return []
    if announced:
        given = f"the text gives them as the breakdown of {whole.q.text} ({whole.iv})."
        return shortfall(whole, parts, given) or adds_up(whole, parts)
    if closes(text, parts[-1], offset):  # "..., and the remaining 260 were ill": all of them
        return breakdown_finding(text, whole, parts, None, offset)
    if whole.q.unit is not None:
        return []
    verbs = [governing_verb(doc, e) for e in parts]
    if None in verbs or len(set(verbs)) < len(verbs):
        return []
    found = overshoot(
        whole,
        parts,
        f"The outcomes listed for {whole.q.text} add up to more than it.",
        f" ({', '.join(str(v) for v in verbs)}: one outcome each), more than {whole.q.text}.",
    )
    return [found] if found else []


def whole_opening(text: str, offset: int, entries: list[Entry]) -> Entry | None:
    """The figure that opens its sentence as a whole to break down ("Of the 41,000 tonnes,
    ..."), if any: that figure is never one of the parts after it."""
    opener = OPENER.match(text)
    counts = [e for e in entries if countable(e)]
    if opener is None or not counts or counts[0].q.start != offset + opener.end():
        return None
    return counts[0]


#: A clause that calls what follows its colon a breakdown, then opens on the whole it breaks
#: down: "The ministry's own breakdown is instructive: of the 8,350, ...".
_BREAKDOWN_COLON = re.compile(
    r"\b(?:breakdown|break-down|broken down|breaks? down)\b[^:;.]*:\s*"
    r"(?:of|among) (?:the|its|their|all(?: the)?) ",
    re.I,
)


def _whole_after_breakdown(text: str, offset: int, entries: list[Entry]) -> Entry | None:
    """The figure opening the clause after a colon whose clause before it announces a
    breakdown ("The breakdown is telling: of the 8,350, 4,120 went to ..."): the text
    gives the figures after it as the breakdown of that whole, so they are all of it,
    as the items of a list announced by "Breakdown:" are."""
    m = _BREAKDOWN_COLON.search(text)
    if m is None:
        return None
    return next((e for e in entries if countable(e) and e.q.start == offset + m.end()), None)


#: A sentence that opens by pointing back to the group it breaks down: "Of these, 610 were
#: for social rent, ...", "Of that, 1.7 million bags ...", "Of all that household waste,
#: 31,000 tonnes ...", "Of the excess deaths, 1,480 ...".
_POINTER = re.compile(
    r"^[\s\"“'‘]*(?:of|among|out of) (?:all )?(?:of )?(?P<det>the|these|those|this|that|them)"
    r"(?P<noun>(?: [\w'’-]+){0,4}?),\s",
    re.I,
)


#: Nouns that name a figure, not a thing: "Of that total," points back as "Of that," does.
_FIGURE_NOUNS = frozenset(("total", "figure", "number", "sum", "amount", "tally", "count"))


def baselines_of(book: Book) -> set[int]:
    """The figures a change or a comparison starts from ("up from 3.1 million"): the
    baseline, never the group a later "Of these," breaks down."""
    return {id(c.before) for c in (*book.changes, *book.comparisons)}


def opener_breakdown(
    doc: Doc,
    text: str,
    entries: list[Entry],
    earlier: list[Entry],
    bases: Callable[[], set[int]],
) -> list[Finding]:
    """Figures listed after an opener that points back to a group are its parts: "Of these,"
    or "Of that," points to the sentence before, "Of the excess deaths," or "Of all that
    household waste," to the latest figure counting that noun. The parts are members of
    one group, so together no more than it; closed by "the remaining N" they are all of it,
    so they must add up to it."""
    full = doc_text(doc)
    m = _POINTER.match(text)
    if m is None or any(c.isdigit() for c in m.group(0)):
        return []  # "Of the 870 new homes, ...": a whole restated, see opened_whole
    counts = [e for e in entries if not e.is_rate and e.q.unit not in SHARE_UNITS]
    if len(counts) < 2:
        return []
    whole = _pointed_whole(doc, m, counts[0], earlier, bases)
    if whole is None:
        return []
    listed = coordinated(full, counts)
    ballots = all(e.q.unit == whole.q.unit for e in listed) and every_ballot(full, whole, listed)
    parts = [
        e
        for e in listed
        if e.q.unit == whole.q.unit
        and (ballots or e.q.counted is None or same_thing(e, whole))  # a voter's ballot
    ]
    if len(parts) < 2 or len(parts) != len(listed):
        return []
    if changes_in(full[parts[0].q.start : parts[-1].q.end]):
        return []  # "Of these, 610 rose by 12% and ...": changes, not parts
    if ballots:  # "voted 'for', ... 'against', and 74,321 ballots were invalid"
        given = f"for, against and void, they are every ballot of the {whole.q.text}."
        return shortfall(whole, parts, given) or adds_up(whole, parts)
    noun = m.group("noun").strip()
    return breakdown_finding(full, whole, parts, f"the {noun}" if noun else None)


def _pointed_whole(
    doc: Doc,
    m: re.Match[str],
    first: Entry,
    earlier: list[Entry],
    bases: Callable[[], set[int]],
) -> Entry | None:
    """The figure an opener points back to. "Of these,", "Of that total,": the figure of
    the sentence before that the first part can be a part of and that sentence is about,
    the last one unless that one hangs in a prepositional phrase ("a total of 6,402,118
    citizens took part, 81.6 percent of the 7,850,000 on the lists": the 6,402,118; see
    ``prominent``). "Of the <noun>,": the latest figure counting that noun, within three
    sentences; a noun with its modifiers or a demonstrative ("Of all that household
    waste,") names its group from further back."""
    sent = first.sent
    words = m.group("noun").split()
    det = m.group("det").lower()
    candidates = [e for e in earlier if not e.is_rate and e.q.unit not in SHARE_UNITS]
    if not words or words[-1].lower() in _FIGURE_NOUNS:
        fits = [
            e
            for e in candidates
            if e.sent == sent - 1
            and e.q.unit == first.q.unit
            and (first.q.counted is None or same_thing(first, e))
        ]
        if len(fits) > 1:  # "3.4 million bags, up from 3.1 million": not the baseline
            fits = [e for e in fits if id(e) not in bases()] or fits
        return prominent(doc, fits) if fits else None
    head = canonical(words[-1]).split()[-1:]
    reach = 10**9 if len(words) > 1 or det != "the" else 3
    fits = [
        e
        for e in candidates
        if sent - e.sent <= reach and canonical(e.q.counted or e.thing or "").split()[-1:] == head
    ]
    return fits[-1] if fits else None
