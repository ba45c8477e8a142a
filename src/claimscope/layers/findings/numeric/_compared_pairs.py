"""Figures an article sets against each other with no change word: "about $3.40 a
kilogram, compared with $2.60 a year earlier", or across sentences, "The allocation
compares with 2.9 billion dollars in 2025" after a sentence giving the allocation. Apart
because finding the figure such a comparison points back to is its own reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._figure_periods import set_in_time
from claimscope.layers.findings.numeric._figure_words import GENERIC_HEADS
from claimscope.layers.findings.numeric._lent_units import elided, unit_left_out
from claimscope.layers.findings.numeric._pair_candidates import Pair

if TYPE_CHECKING:
    from claimscope.layers.base import Draft

__all__ = ["compared_pairs"]


#: "compared with 2.9 billion dollars", "against £6.2m": the figure a comparison is set
#: against.
_COMPARED = re.compile(
    r"\b(?:compare[sd]?\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$",
    re.I,
)
#: "The allocation compares with ...": a sentence that opens on a definite noun naming an
#: earlier figure.
_DEFINITE = re.compile(r"^\W*(?:the|this|that|its|their)\s+(?:(?P<noun>[a-z-]+)\s+)?$", re.I)


def compared_pairs(text: str, ledger: list[Entry], draft: Draft) -> list[Pair]:
    """Figures set against each other with no change word: "about $3.40 a kilogram,
    compared with $2.60 a year earlier", or across sentences, "The allocation compares
    with 2.9 billion dollars in 2025" after a sentence giving the allocation."""
    out = []
    for b in ledger:
        if not (b.bare or b.q.unit == "percent"):
            continue
        m = _COMPARED.search(text, max(0, b.q.start - 40), b.q.start)
        if m is None:
            continue
        same = [
            e
            for e in ledger
            if e.sent == b.sent
            and e.q.end <= m.start()
            and (e.q.unit == b.q.unit or unit_left_out(b, e, ledger))
        ]  # "2.8 million barrels a day, compared with 3.1 million": the unit said once
        a = same[-1] if same else _antecedent(text, ledger, b, m.start(), draft)
        if a is None or not set_in_time(text, b, a, draft):
            continue
        b, a = elided(b, a, text)  # "78 euros per megawatt-hour ..., against 96 euros"
        if a.q.per == b.q.per:
            out.append(Pair(b, a))
    return out


def _antecedent(text: str, ledger: list[Entry], b: Entry, at: int, draft: Draft) -> Entry | None:
    """The earlier figure a sentence-opening "The allocation" or "This" points back to:
    the nearest one of the same unit whose sentence names that noun (any, for a bare
    pronoun), no more than five sentences back."""
    if b.sent >= len(draft.sentences):
        return None
    m = _DEFINITE.match(text[draft.sentences[b.sent].start : at])
    if m is None:
        return None
    noun = (m.group("noun") or "").lower()
    if noun in GENERIC_HEADS:
        noun = ""  # "The figure compares with ...": any figure of the unit, as "This" does
    earlier = [
        e
        for e in ledger
        if b.sent - 5 <= e.sent < b.sent and e.q.unit == b.q.unit and (not noun or noun in e.words)
    ]
    return earlier[-1] if earlier else None
