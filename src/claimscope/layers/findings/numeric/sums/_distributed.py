"""A heading that names the whole its list lines distribute: "SEATS - distribution of
the 150 seats in the Assembly" over "- Social Democrats: 48", "- Rural League: 39", ...
A distribution, breakdown or allocation of a stated whole gives every share of it, so
the items below must add up to it.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings.numeric.sums._found import countable, shortfall
from claimscope.layers.findings.numeric.sums._headings import item_lines

__all__ = ["distributed_in_heading"]

#: "distribution of the 150 seats", "breakdown of all 2,400 places": right before the whole.
_OF_THE_WHOLE = re.compile(
    r"\b(?:distribution|breakdown|allocation|division|split) of (?:the |all |all the |its |"
    r"their )?$",
    re.I,
)


#: A list line's label, right before its figure: "- Independents: ".
_LABEL = re.compile(r"[ \t]*[-–—•*][ \t]+[^:\n\d]{1,60}:[ \t]*$")


def _counts_whole(full: str, part: Entry, whole: Entry) -> bool:
    """Whether an item counts the whole's thing: it names no noun, the same one, or only
    its holder, as a label before a colon does ("- Independents: 2" is two seats)."""
    if part.q.counted is None or same_thing(part, whole):
        return True
    return _LABEL.match(full, full.rfind("\n", 0, part.q.start) + 1, part.q.start) is not None


def distributed_in_heading(full: str, ledger: list[Entry]) -> list[Finding]:
    """Item lines right below a line that names the whole they distribute, held against it:
    one figure a line, in the whole's unit, counting its thing or no noun of their own."""
    out: list[Finding] = []
    for whole in ledger:
        if not countable(whole):
            continue
        start = full.rfind("\n", 0, whole.q.start) + 1
        if _OF_THE_WHOLE.search(full, start, whole.q.start) is None:
            continue
        end = full.find("\n", whole.q.end)
        end = len(full) if end < 0 else end
        if any(e is not whole and start <= e.q.start < end and countable(e) for e in ledger):
            continue  # a line of several figures is no heading of one whole
        parts = item_lines(full, end, ledger)
        if len(parts) < 2 or any(
            p.q.unit != whole.q.unit or not _counts_whole(full, p, whole) for p in parts
        ):
            continue
        heading = full[start:end].strip()
        out.extend(
            shortfall(whole, parts, f"the heading '{heading}' gives them as all of {whole.q.text}.")
        )
    return out
