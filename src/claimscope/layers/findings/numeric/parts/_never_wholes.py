"""Figures that are members of a whole and never a whole themselves: a share restated as
an amount, a figure after an opener naming its group ("Of this year's total,"), an item
of a breakdown in brackets. Apart because they rule a figure out as a whole for every part.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._wording import SHARE_UNITS

if TYPE_CHECKING:
    from claimscope.layers.base import Draft


def share_amount(text: str, e: Entry, ledger: list[Entry]) -> bool:
    """Whether the figure restates a share of something as an amount: "accounted for 22%
    of output in the period, around 410,000 tonnes", "410,000 tonnes, or 22% of output":
    a part of that whole, never a whole of its own."""
    for s in ledger:
        if s.sent != e.sent or s.q.unit not in SHARE_UNITS:
            continue
        if s.q.end <= e.q.start and _SHARE_THEN_AMOUNT.fullmatch(text, s.q.end, e.q.start):
            return True
        if e.q.end <= s.q.start and _AMOUNT_THEN_SHARE.fullmatch(text, e.q.end, s.q.start):
            return _OF_AFTER.match(text, s.q.end) is not None
    return False


#: Between a share and the amount it comes to: " of output in the period, around ".
_SHARE_THEN_AMOUNT = re.compile(
    r"\s+of\s+[^,;.]{1,50},\s+(?:or\s+)?(?:some\s+|about\s+|around\s+|roughly\s+)?", re.I
)
#: Between an amount and the share it is: " tonnes, or ", ", equal to ".
_AMOUNT_THEN_SHARE = re.compile(
    r"[^,;.\d]{0,30},\s+(?:or|equal to|some|about|around|roughly)\s+(?:about\s+|around\s+)?",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\s", re.I)


#: "Of this year's total, ", "Among those questioned, ": a sentence opened by the group its
#: figures are counted out of.
_OF_OPENER = re.compile(r"[\s\"“'‘]*(?:of|among)\s+(?!course\b)[^,;:.]{2,60},\s", re.I)


def after_of_opener(draft: Draft, e: Entry) -> bool:
    """Whether the figure follows an opener naming the whole it is counted out of ("Of this
    year's total, 97.5 million tonnes came in the first quarter and 88.9 million tonnes in
    the second"): every figure after it is a part of that whole, none a whole of the
    others, even when the opener's time ("this year") is all the period it is given."""
    if e.sent >= len(draft.sentences):
        return False
    sent = draft.sentences[e.sent]
    m = _OF_OPENER.match(draft.text, sent.start)
    return m is not None and m.end() <= e.q.start < sent.end


def bracketed_item(text: str, e: Entry, ledger: list[Entry]) -> bool:
    """Whether the figure is an item of a breakdown in brackets right after the first figure
    of its sentence: "Planned operations: 18,400 (Royal Tamsin 11,200; Kirkby General 7,200)"."""
    first = next(
        (b for b in ledger if b.sent == e.sent and b.q.end <= e.q.start and b.q.unit == e.q.unit),
        None,
    )
    if first is None:
        return False
    inside = text[first.q.end : e.q.start]
    return inside.lstrip().startswith("(") and ")" not in inside and len(inside) <= 120
