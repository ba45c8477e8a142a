"""One whole divided among different holders, outcomes or places: seats won by
different parties, games won, drawn and lost, evacuees province by province.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import fmt
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._pairing import far_apart
from claimscope.layers.findings.numeric._wording import LEADING_OF, SHARE_UNITS, is_partitive
from claimscope.layers.findings.numeric.sums._found import governing_verb, overshoot, total_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def outcomes(doc: Doc, entries: list[Entry]) -> list[Finding]:
    """ "Rovers won 21 of their 38 league games, drew nine and lost 11": the partitive part
    and the bare figures after it, each the object of its own verb, are different outcomes
    for members of one whole and cannot add up to more than it."""
    out: list[Finding] = []
    counts = [e for e in entries if e.q.unit is None and not e.is_rate]
    for i, whole in enumerate(counts[1:], start=1):
        first = counts[i - 1]
        if not is_partitive(doc, first, whole):
            continue
        rest = [
            e
            for e in counts[i + 1 :]
            if e.q.counted is None or same_thing(e, whole) or same_thing(e, first)
        ]
        parts = [first, *rest]
        verbs = [governing_verb(doc, e) for e in parts]
        if len(parts) < 3 or None in verbs or len(set(verbs)) < len(verbs):
            continue
        found = overshoot(
            whole,
            parts,
            f"The outcomes listed for {whole.q.text} add up to more than it.",
            f" ({', '.join(str(v) for v in verbs)}: one outcome each), more than {whole.q.text}.",
        )
        out.extend([found] if found else [])
    return out


def exclusive_parts(text: str, entries: list[Entry]) -> list[Finding]:
    """ "The Greens won 14 seats on the 30-seat council, Labour took 11 and the Liberals
    won 9": what different doers each got of one whole cannot add up to more than it.

    The whole is a capacity ("30-seat") or a partitive "of the 30"; the parts count the
    same thing and each has its own named doer, so no two of them can overlap."""
    counts = [e for e in entries if e.q.unit not in SHARE_UNITS and not e.is_rate]
    out: list[Finding] = []
    for whole in counts:
        glued = re.match(r"-[a-z]", text[whole.q.end : whole.q.end + 2]) is not None
        partitive = text[max(0, whole.q.start - 12) : whole.q.start].lower().endswith(LEADING_OF)
        if not (glued or partitive):
            continue
        parts = [
            e
            for e in counts
            if e is not whole and e.q.unit == whole.q.unit and same_thing(e, whole)
        ]
        doers = [p.scope.doer for p in parts]
        if len(parts) < 2 or None in doers or len(set(doers)) < len(doers):
            continue
        found = overshoot(
            whole,
            parts,
            f"The shares of {whole.q.text} given to {len(parts)} different holders add up "
            "to more than the whole.",
            f" ({', '.join(str(d) for d in doers)}), more than {whole.q.text}.",
        )
        out.extend([found] if found else [])
    return out


def places_breakdown(text: str, entries: list[Entry], earlier: list[Entry]) -> list[Finding]:
    """ "A total of 126,000 people were evacuated from three provinces ... 61,000 in
    Cagayan, 47,000 in Isabela and 41,000 in Aurora": one sentence listing the same thing
    place by place, after a total across places, lists parts of that total."""
    counts = [e for e in entries if not e.is_rate and e.q.unit is None]
    places = [_own_place(text, e, counts) for e in counts]
    if len(counts) < 2 or None in places or len(set(places)) != len(places):
        return []
    wholes = [
        e
        for e in earlier
        if e.q.unit is None
        and not e.is_rate
        and ("total" in e.words or e.scope.across)
        and all(p.q.counted is None or same_thing(p, e) for p in counts)
    ]
    if not wholes:
        return []
    whole = wholes[-1]
    total = total_of([p.iv for p in counts])
    if total.lo <= whole.iv.hi or far_apart(total, whole.iv):
        return []
    sums = " + ".join(f"{p.q.text} ({place})" for p, place in zip(counts, places, strict=True))
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            f"The places listed add up to more than the total of {whole.q.text}.",
            f"{sums} = {fmt(sum(p.iv.mid for p in counts))}, more than the {whole.q.text} "
            "given as the total across places.",
            whole,
            *counts,
        )
    ]


_IN_PLACE = re.compile(r"\b(?:in|from|at)\s+((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)")


def _own_place(text: str, e: Entry, counts: list[Entry]) -> str | None:
    """The capitalised place named between a figure and the next one ("47,000 in Isabela")."""
    after = [c.q.start for c in counts if c.q.start > e.q.start]
    m = _IN_PLACE.search(text, e.q.end, min(after, default=e.q.end + 80))
    return m.group(1) if m else None
