"""Arithmetic and findings shared by the readings of a breakdown: a sum of intervals,
its words, and the warning for parts that overshoot or miss their whole.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval, fmt, sum_of
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._lists import closes
from claimscope.layers.findings.numeric._pairing import far_apart

if TYPE_CHECKING:
    from spacy.tokens import Doc


def countable(e: Entry) -> bool:
    """Whether a figure can be a part or a whole of a count: no rate, no share."""
    return not e.is_rate and e.bare


def governing_verb(doc: Doc, e: Entry) -> str | None:
    """The lemma of the verb a figure is the object or subject of ("lost 11": "lose")."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return str(tok.lemma_).lower()
    return None


def breakdown_finding(
    text: str,
    whole: Entry,
    parts: list[Entry],
    group: str | None,
    offset: int = 0,
    *,
    closed: bool = False,
) -> list[Finding]:
    """A list closed by "the remaining N" is all of its whole and must add up to it; any
    other list of parts may name only some, and must only stay within it. ``group`` is
    how the text names the whole ("the household waste"), if not by its figure;
    ``closed`` says the caller read the last part as the rest in a way ``closes`` does
    not see (a list line labelled "All other services: £11m")."""
    named = f"{group} ({whole.q.text}, {whole.iv})" if group else f"{whole.q.text} ({whole.iv})"
    if not (closed or closes(text, parts[-1], offset)):
        found = overshoot(
            whole,
            parts,
            f"The parts listed add up to more than {whole.q.text}.",
            f"; the text gives them as parts of {named}.",
        )
        return [found] if found else adds_up(whole, parts)
    return shortfall(
        whole,
        parts,
        f"the text gives them as all of {named}, the last ({parts[-1].q.text}) being the rest.",
    ) or adds_up(whole, parts)


def all_or_within(
    whole: Entry, parts: list[Entry], all_of_it: str | None, message: str, within: str
) -> list[Finding]:
    """Parts the text gives as all of the whole (``all_of_it`` says how) must add up to it;
    otherwise (``all_of_it`` None) they must only stay within it, ``message`` and
    ``within`` wording the warning when they do not."""
    if all_of_it is not None:
        return shortfall(whole, parts, all_of_it) or adds_up(whole, parts)
    found = overshoot(whole, parts, message, within)
    return [found] if found is not None else []


def adds_up(whole: Entry, parts: list[Entry]) -> list[Finding]:
    """The passing check worth showing: two or more parts that make up their whole exactly
    ("£4.6 million, of which £3.1 million ... and £1.5 million"), so a reader sees the
    breakdown was checked, not only that nothing was flagged."""
    total = total_of([p.iv for p in parts])
    if len(parts) < 2 or not total.meets(whole.iv) or whole.iv.lo <= 0:
        return []
    if abs(sum(p.iv.mid for p in parts) - whole.iv.mid) > 0.02 * whole.iv.mid:
        return []  # within rounding of each other, but not the whole: no claim of a fit
    return [
        numeric_finding(
            "sum_mismatch",
            "info",
            f"The parts add up to {whole.q.text}, as stated.",
            sum_words(parts, total) + f", which gives {whole.q.text}.",
            whole,
            *parts,
        )
    ]


def shortfall(whole: Entry, parts: list[Entry], given_as: str) -> list[Finding]:
    """The warning for parts said to be all of a whole that do not add up to it, with
    how the text gives them as all of it (``given_as``)."""
    total = total_of([p.iv for p in parts])
    if total.meets(whole.iv) or far_apart(total, whole.iv):
        return []
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            f"The parts listed do not add up to {whole.q.text}.",
            sum_words(parts, total) + f"; {given_as}",
            whole,
            *parts,
        )
    ]


def sum_words(parts: list[Entry], total: Interval) -> str:
    """ "1.7 million + 0.8 million + 0.3 million = 2,800,000", with the rounding allowed."""
    sums = " + ".join(p.q.text for p in parts) + f" = {fmt(sum(p.iv.mid for p in parts))}"
    if not math.isclose(total.lo, total.hi):
        sums += f" ({total} allowing for rounding)"
    return sums


def overshoot(whole: Entry, parts: list[Entry], message: str, detail: str) -> Finding | None:
    """The warning for parts of one whole that add up to more than it, their sum shown
    first; none when they fit, or are too far apart to be its parts (see FAR_APART)."""
    total = total_of([p.iv for p in parts])
    if total.lo <= whole.iv.hi or far_apart(total, whole.iv):
        return None
    sums = " + ".join(p.q.text for p in parts) + f" = {fmt(sum(p.iv.mid for p in parts))}"
    return numeric_finding("sum_mismatch", "warning", message, sums + detail, whole, *parts)


def total_of(ivs: list[Interval]) -> Interval:
    return sum_of(ivs)
