"""Lists closed by their rest ("the remaining 2.4 bcm", "- The rest of the outlay, £18m")
whose parts run over several sentences or list lines back to their whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings.numeric._lists import closes
from claimscope.layers.findings.numeric.sums._found import breakdown_finding, countable

if TYPE_CHECKING:
    from claimscope.layers.base import Draft


def rest_closed_lists(
    full: str,
    ledger: list[Entry],
    by_sent: dict[int, list[Entry]],
    checked: set[str],
    baselines: set[int],
) -> list[Finding]:
    """ "38 bcm in 2025 ... 14.5 bcm to Turkey, 9.2 bcm as LNG and 6.1 bcm to Bulgaria. The
    remaining 2.4 bcm went to Georgia": a list the text closes with "the remaining N" or
    "the rest, N", wherever its parts and whole sit. The parts run back from the closer
    over its own sentence, then over the sentences before that hold parts in its unit
    (one item a sentence in a running column: "Adult social care will swallow £163m of
    it. Children's services take £118m. ... the remaining £41m"), up to the first figure
    in that unit large enough to be their whole. The parts must add up to it."""
    out: list[Finding] = []
    for rest in ledger:
        if not countable(rest) or rest.q.id in checked or not closes(full, rest):
            continue
        unit = rest.q.unit
        parts = [
            e
            for e in by_sent.get(rest.sent, [])
            if countable(e) and e.q.unit == unit and e.q.end <= rest.q.start and not e.gap
        ] + [rest]
        whole = None
        for k in range(rest.sent - 1, max(-1, rest.sent - 8), -1):
            same = [e for e in by_sent.get(k, []) if countable(e) and e.q.unit == unit]
            same = [e for e in same if not e.gap and id(e) not in baselines]
            if not same:
                continue
            biggest = max(p.iv.lo for p in parts)
            sized = sum(p.iv.mid for p in parts)
            if len(same) > 1:
                top = max(same, key=lambda e: e.iv.mid)
                rest_sum = sum(e.iv.mid for e in same if e is not top)
                if top.iv.mid < rest_sum + sized:
                    parts[:0] = same  # "14.5 bcm to Turkey, 9.2 bcm as LNG and 6.1 bcm ...":
                    continue  # a sentence listing parts, none the sum of the others
            wholes = [
                e
                for e in same
                if e.iv.hi >= biggest and e.iv.hi >= 0.5 * sized and id(e) not in baselines
            ]
            if wholes:
                whole = wholes[0]  # "2.6 million ..., up from 2.1 million": not the baseline
                break
            parts[:0] = same
        if whole is None or len(parts) < 2:
            continue
        if any(
            p.q.counted is not None and whole.q.counted is not None and not same_thing(p, whole)
            for p in parts
        ):
            continue
        out.extend(breakdown_finding(full, whole, parts, None))
    return out


#: Words that mark a figure as the total a list of lines breaks down.
_TOTAL = re.compile(r"\b(?:total|in all|altogether|overall|combined)\b", re.I)


_BULLET = re.compile(r"^\s*[-–—•*]\s")


def closed_run(
    full: str, draft: Draft, entries: list[Entry], by_sent: dict[int, list[Entry]]
) -> list[Finding]:
    """ "Total spent on new players: £172m", then one item a line ("- ... for £58m", "- ...
    cost £24m") and "- The rest of the outlay, £18m, went on ...": list items, one figure
    each, closed by the rest, are all the parts of the total stated above them. The run
    goes back from the closing line over bullet lines with one figure in its unit each
    (or none) to the nearest line that marks its figure as a total."""
    rest = next((e for e in entries if countable(e) and closes(full, e)), None)
    if rest is None or not _in_list(draft, rest.sent):
        return []
    if any(e.q.unit == rest.q.unit for e in entries if countable(e) and e.q.end <= rest.q.start):
        return []  # parts earlier in the same sentence: a list of its own
    parts = [rest]
    for k in range(rest.sent - 1, max(-1, rest.sent - 9), -1):
        same = [e for e in by_sent.get(k, []) if countable(e) and e.q.unit == rest.q.unit]
        if same and _TOTAL.search(draft.sentences[k].text):
            whole = same[0]
            break
        if len(same) > 1 or not _in_list(draft, k):
            return []
        parts[:0] = same
    else:
        return []
    if len(parts) < 2 or any(
        p.q.counted is not None and whole.q.counted is not None and not same_thing(p, whole)
        for p in parts
    ):
        return []
    return breakdown_finding(full, whole, parts, None)


def _in_list(draft: Draft, k: int) -> bool:
    """Whether sentence ``k`` is a list item, or the text after one on its line."""
    start = draft.sentences[k].start
    line = draft.text[draft.text.rfind("\n", 0, start) + 1 : start + 3]
    return bool(_BULLET.match(line))
