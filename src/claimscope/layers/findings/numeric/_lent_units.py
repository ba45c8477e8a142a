"""The unit and rate one end of a change or comparison lends the other when a writer
states them once for both ("from 180 cubic metres a second to 390", "2.8 million barrels
a day, compared with 3.1 million"). Apart because the claim pairs lend them too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._wording import SHARE_UNITS


def elided(before: Entry, after: Entry, text: str) -> tuple[Entry, Entry]:
    """The two ends of a change or comparison, one given the unit and rate the other states
    when it leaves them out: "from 180 cubic metres a second to 390", "78 euros per
    megawatt-hour ..., against 96 euros". A writer states the unit once for both."""
    return _borrow_unit(before, after, text), _borrow_unit(after, before, text)


def unit_left_out(bare: Entry, full: Entry, ledger: list[Entry]) -> bool:
    """Whether ``bare`` leaves out the unit and rate ``full`` states, as a writer does when
    setting two figures of one scale side by side ("2.8 million barrels a day in February,
    compared with 3.1 million in January"): ``bare`` states no unit, rate or noun of its
    own, both are written in one scale word, and no other figure stands between them (in
    "fell 18% to 2.05 billion euros, leaving a surplus of 1.15 billion euros, down from 2.1
    billion", 2.1 billion is the surplus's). A unit the ledger converts (tonnes to
    kilograms) is never lent, as the bare figure's value would stay unconverted."""
    if bare.q.unit is not None or bare.q.per is not None or bare.q.counted is not None:
        return False
    if bare.thing is not None or full.q.unit in (None, *SHARE_UNITS) or bare.sent != full.sent:
        return False
    scale = _scale_of(bare.q.text)
    if scale is None or scale != _scale_of(full.q.text):
        return False
    if full.q.value is None or abs(full.iv.mid - full.q.value) > 0.5 * abs(full.q.value):
        return False
    lo, hi = sorted((bare.q.start, full.q.start))
    return not any(lo < e.q.start < hi for e in ledger if e.sent == bare.sent)


#: A scale word after a figure's digits: "3.1 million", "£4bn", "2.8m barrels".
_SCALE = re.compile(r"\d\s*(million|billion|trillion|thousand|bn|m|k)\b", re.I)
_SCALE_NAMES = {"bn": "billion", "m": "million", "k": "thousand"}


def _scale_of(written: str) -> str | None:
    """The scale word a figure is written in, spelled out ("bn" is "billion"), if any."""
    m = _SCALE.search(written)
    if m is None:
        return None
    word = m.group(1).lower()
    return _SCALE_NAMES.get(word, word)


def _borrow_unit(e: Entry, other: Entry, text: str) -> Entry:
    """``e`` in ``other``'s unit and rate when it states neither of its own (a noun it
    counts written right after it, "to 390 homes", is a unit of its own)."""
    if e.q.per is not None:
        return e
    if e.q.unit is None and e.q.counted is not None:
        written = text[e.q.end : e.q.end + 40].split()
        if written and written[0].lower().startswith(e.q.counted.split()[0].lower()[:4]):
            return e
    if e.q.unit not in (None, other.q.unit) or (e.q.unit is None and other.q.unit is None):
        return e
    if e.q.unit == other.q.unit and e.q.per == other.q.per:
        return e
    q = e.q.model_copy(update={"unit": other.q.unit, "per": other.q.per})
    return replace(e, q=q, thing=e.thing if e.q.unit is not None else other.thing)
