"""Figures beside a stated change that are not its before, after or size: a baseline that is
another holder's figure at the same time ("against 48.7 percent for No"), and a size told
after a nearer pair of figures of its own ("an increase of roughly 3 percent" after "add
about 310,000 people to a roll of 9.6 million").
"""

from __future__ import annotations

import re

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._wording import SHARE_UNITS

#: After a baseline, "for" and a holder that is no time: "against 48.7 percent for No",
#: "compared with 57 for members who left" (not "for the same period", "for 2023").
_FOR_ANOTHER = re.compile(
    r"\s+(?:[a-z]+\s+)?for\s+(?!(?:the\s+)?(?:same|previous|prior|whole|full|first|second|"
    r"third|fourth|last|this|next|year|month|quarter|week|period|season|\d{4})\b)[a-z]",
    re.I,
)


def for_another_holder(text: str, baseline: Entry) -> bool:
    """Whether a baseline ("against Y") is set off as another holder's figure ("its lead
    had shrunk to 51.3 percent against 48.7 percent for No"): the two figures are sides
    set against each other at one time, and a change word with no size of its own
    (shrunk) tells of something else (the lead), not of one side's figure against the
    other's. The caller checks that the figure is a baseline."""
    return _FOR_ANOTHER.match(text, baseline.q.end) is not None


def pair_between(entries: list[Entry], before: Entry, after: Entry, size: Entry) -> bool:
    """Whether two figures of one unit stand between a change's figures and a size told
    after them ("lowers the voting age from 18 to 16, which will add about 310,000 people
    to a roll of 9.6 million, an increase of roughly 3 percent"): the size measures that
    nearer pair (310,000 on 9.6 million), not the change told before it."""
    end = max(before.q.end, after.q.end)
    if size.q.start < end:
        return False
    between = [
        o
        for o in entries
        if o is not before
        and o is not after
        and o.q.unit not in SHARE_UNITS
        and end <= o.q.start
        and o.q.end <= size.q.start
    ]
    return any(a.q.unit == b.q.unit for i, a in enumerate(between) for b in between[i + 1 :])
