"""A total written right after the list it adds up: "12,000 oak, 8,500 birch and 4,000
rowan, so 27,500 trees in all"; "€21m for the Grand, €14m for the Lodge and €7m for the
Inn, a total of €42m". The writer gives the figure as the sum of the items just listed
("a total of", "in all", "altogether", "combined"), so the items are all of it and must
add up to it.

Only a list the sentence coordinates ("A, B and C", "A and B") that runs right up to the
total is read, every item in the total's unit: a figure with a word of totality but no
list right before it, or a list broken by a full stop, colon or semicolon, is left to the
other readings. Items counting different things ("oak", "birch") are the kinds of the
whole; items in other units are ``_mixed_sums``' to judge.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import sum_of
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings._lexicon import APPROXIMATORS, IN_ALL
from claimscope.layers.findings.numeric._pairing import is_money
from claimscope.layers.findings.numeric._wording import SHARE_UNITS
from claimscope.layers.findings.numeric.sums._found import adds_up, countable, shortfall

__all__ = ["totals_after_lists"]

#: What stands between a list's last item and its total when the total is given as the
#: list's sum: ", a total of", ", so", ", making", " - in all", ", for a combined".
_BEFORE_TOTAL = re.compile(
    r"^[^.;:\d]{0,60}?(?:[,\u2013\u2014(]|\s-)\s*(?:(?:so|making|giving|that(?:'s| is| makes)|"
    r"which (?:is|makes|gives)|to make|to give|for|or|and|bringing (?:it|them) to)\s+)?"
    r"(?P<cue>(?:a|an) (?:total|combined total|grand total|overall total|combined|overall) "
    rf"(?:of\s+)?|{IN_ALL},?\s+|combined,?\s+)?(?:{APPROXIMATORS}\s+|more than\s+|over\s+)?$",
    re.I,
)
#: Words right after a total (past its counted noun) that give it as a sum: "27,500 trees
#: in all", "£42m between them".
_AFTER_TOTAL = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,3}}?,?\s+(?:{IN_ALL}|combined|between them|together|overall)\b",
    re.I,
)
#: What may stand between two items of one list: "12,000 oak, 8,500 birch and 4,000".
_BETWEEN_ITEMS = re.compile(r"^[^.;:\d]{0,50}$")
_COMMA = re.compile(r",")
_AND = re.compile(r"\b(?:and|plus)\s+(?:[^\s,]+\s+){0,4}$|,\s*$", re.I)


def totals_after_lists(text: str, offset: int, entries: list[Entry]) -> list[Finding]:
    """Each total in one sentence (``text`` at ``offset``, its figures ``entries``) given
    as the sum of the coordinated list right before it, held against that list."""
    out: list[Finding] = []
    figures = [e for e in entries if countable(e) and e.q.unit not in SHARE_UNITS]
    for k, total in enumerate(figures):
        if k < 2:
            continue
        last = figures[k - 1]
        gap = text[last.q.end - offset : total.q.start - offset]
        before = _BEFORE_TOTAL.match(gap)
        if before is None:
            continue
        after = _AFTER_TOTAL.match(text, total.q.end - offset)
        if before.group("cue") is None and after is None:
            continue  # "12,000 oak and 8,500 birch, 24,500": no word makes it their sum
        parts = _list_before(text, offset, figures[:k])
        if len(parts) < 2 or not all(_same_unit(p, total) for p in parts):
            continue
        if any(p.iv.lo >= total.iv.hi for p in parts):
            continue  # an item as large as the total: not its part
        if _longer_run_fits(figures[:k], parts, total):
            continue  # "fined £660, ..., and ordered to pay a £264 surcharge and £85 costs,
            # a total of £1,009": the sum takes in a figure the list's words left out
        given = f"'{total.q.text}' is given as the total of the {len(parts)} figures before it."
        found = shortfall(total, parts, given)
        out.extend(found or adds_up(total, parts))
    return out


def _list_before(text: str, offset: int, figures: list[Entry]) -> list[Entry]:
    """The coordinated list that ends with the last of ``figures``: items back to the
    first that no comma or "and" joins to the next, the last joined by "and" or "plus"
    ("A, B and C"), or all by commas."""
    run = [figures[-1]]
    for prev in reversed(figures[:-1]):
        gap = text[prev.q.end - offset : run[0].q.start - offset]
        if not _BETWEEN_ITEMS.match(gap) or not (_COMMA.search(gap) or _AND.search(gap)):
            break
        run.insert(0, prev)
    if len(run) < 2:
        return []
    last_gap = text[run[-2].q.end - offset : run[-1].q.start - offset]
    return run if _AND.search(last_gap) else []


def _longer_run_fits(before: list[Entry], parts: list[Entry], total: Entry) -> bool:
    """Whether the figures of the sentence before the list, in the total's unit, added to
    it one by one from the nearest, make up the total."""
    run = list(parts)
    for e in reversed(before[: len(before) - len(parts)]):
        if not _same_unit(e, total) or e.iv.lo >= total.iv.hi:
            continue
        run.insert(0, e)
        if sum_of([p.iv for p in run]).meets(total.iv):
            return True
    return False


def _same_unit(part: Entry, total: Entry) -> bool:
    """Whether an item is in the total's unit ("€21m" under "€42m"; "21 million" under a
    total in euros when the list leaves the currency out after its first item)."""
    if part.q.unit == total.q.unit:
        return True
    return part.q.unit is None and is_money(total) and part.q.text[-1:] in "mnb"
