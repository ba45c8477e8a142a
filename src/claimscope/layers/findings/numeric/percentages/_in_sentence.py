"""The part and whole a share's own sentence gives: "300 of the 1,000 residents, or 45%",
"Of the 250 stations, 85 recorded ..., or 45%", "48,200 tests ..., of which 21,700 were
passes, 45%". The first reading the check tries.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, doc_text, same_thing
from claimscope.layers.findings.numeric._shares import same_setting
from claimscope.layers.findings.numeric._wording import LEADING_OF
from claimscope.layers.findings.numeric.percentages._found import PCT_OR

if TYPE_CHECKING:
    from spacy.tokens import Doc


def part_and_whole(doc: Doc, p: Entry, counts: list[Entry]) -> tuple[Entry, Entry] | None:
    """The whole is "of the W" after the share or after the part; the part sits next to it."""
    text = doc_text(doc)
    whole = next((w for w in counts if of_between(text, p.q.end, w.q.start)), None)
    part = None
    pairs = (
        [
            (a, w)
            for a in counts
            for w in counts
            if a is not w and of_between(text, a.q.end, w.q.start)
        ]
        if whole is None
        else []
    )
    if len(pairs) > 1:  # "73.1% among girls, with 3,770 of 5,160, and 69.6% among boys,
        # with 3,660 of 5,260": each share takes the pair nearest it
        return min(pairs, key=lambda aw: _apart(text, p, aw[0], aw[1]))
    for a in counts:
        if a is whole:
            continue
        if whole is None and any(of_between(text, a.q.end, w.q.start) for w in counts):
            whole = next(w for w in counts if of_between(text, a.q.end, w.q.start))
        near = (a.q.end <= p.q.start and PCT_OR.match(text[a.q.end : p.q.start])) or (
            p.q.end <= a.q.start and PCT_OR.match(text[p.q.end : a.q.start])
        )
        if near or (whole is not None and of_between(text, a.q.end, whole.q.start)):
            part = a
            break
    if whole is None:
        whole = next(
            (
                w
                for w in counts
                if w is not part
                and text[max(0, w.q.start - 12) : w.q.start].lower().endswith(LEADING_OF)
            ),
            None,
        )
    by_which = False
    if whole is None:
        # "48,200 tests ..., of which 21,700 were passes, 45%": the share comes after the
        # whole; "Minors made up about a quarter of the total, some 2,400, of whom 860 ...":
        # a share before it is the share of that whole, not of its part
        whole = next(
            (
                w
                for w in counts
                if w.q.end <= p.q.start and _WHICH.match(text[w.q.end : w.q.end + 45])
            ),
            None,
        )
        by_which = whole is not None
    if whole is None and part is None:
        # "This year's intake of 350 includes 63 women, 28 per cent": the figure whose
        # clause includes a count set off before the share is that count's whole
        included = [
            (a, w)
            for a in counts
            for w in counts
            if w.q.end <= a.q.start
            and a.q.end <= p.q.start
            and _INCLUDES.match(text[w.q.end : a.q.start])
            and _NAMED_THEN_SHARE.match(text[a.q.end : p.q.start])
        ]
        if len(included) == 1:
            part, whole = included[0]
    if part is None and whole is not None:
        # "Of the 250 stations, 85 recorded ..., or 45%": the one other figure of the
        # sentence in the whole's unit and setting, counting nothing else, is the part.
        others = [
            a
            for a in counts
            if a is not whole
            and a.q.unit == whole.q.unit
            and not _introduced_as_whole(text, a)
            and a.iv.lo > 0  # "said they got under six": a bound, not a tally of the whole
            # "9mm of rain, about 17% of the month's 53mm average, and only 2mm has fallen
            # so far in July": a figure of another time is no part of the whole's
            and same_setting(a, whole)
            and (
                a.q.counted is None
                or same_thing(a, whole)
                # "412,000 room nights ..., 61% of the 540,000 available": an elliptical
                # whole counts what the figure before the share counts
                or (whole.q.counted is None and a.q.end <= p.q.start < whole.q.start)
            )
        ]
        part = others[0] if len(others) == 1 else None
    beside = next(
        (
            a
            for a in counts
            if a.q.end <= p.q.start
            and PCT_OR.match(text[a.q.end : p.q.start])
            and a.iv.hi >= 1  # a count, not a bound reaching down to nothing
        ),
        None,
    )
    if (
        beside is not None
        and whole is not None
        and beside not in (whole, part)
        and beside.q.unit == whole.q.unit
        and beside.iv.hi <= whole.iv.hi
    ):
        part = beside  # "won 6 of the 48 seats in 2021, now hold 11, nearly a quarter":
        # a share set off right after a count is that count's share
    if part is None or whole is None or part is whole or part.q.unit != whole.q.unit:
        return None
    if by_which and part.iv.lo > whole.iv.hi:
        # "48,200 tests were taken at the region's 23 centres, of which 21,700 were
        # passes": "of which" reaches past a smaller figure to the clause's own whole
        bigger = [w for w in counts if w.q.end <= whole.q.start and w.iv.hi >= part.iv.lo]
        whole = bigger[-1] if bigger else whole
    return part, whole


#: Between a whole and its part: "350 includes", "1,200 recruits, including".
_INCLUDES = re.compile(
    r"^[^\d;.]{0,30}?\b(?:includes?|included|including|comprises?|comprised|comprising|"
    r"contains?|contained)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$",
    re.I,
)


#: Between an included count and its share: "63 women, 28 per cent".
_NAMED_THEN_SHARE = re.compile(
    r"^\s*[a-z][a-z\s'\u2019-]{0,30},\s*(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|"
    r"around\s+|or\s+)?$",
    re.I,
)


def _apart(text: str, p: Entry, a: Entry, w: Entry) -> int:
    """How far a share sits from a part-and-whole pair, a new clause between counting as
    far ("73.1% ..., with 3,770 of 5,160 vaccinated, and 69.6% among boys")."""
    lo, hi = (p.q.end, a.q.start) if p.q.end <= a.q.start else (w.q.end, p.q.start)
    gap = text[lo:hi] if lo <= hi else ""
    return len(gap) + (1000 if _NEW_CLAUSE.search(gap) else 0)


#: "... or 47%, against 108 of the 401 on placebo": a comparison opens the other group's pair.
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas|against|compared (?:with|to)|versus|vs\.?)\b|;"
)


def _introduced_as_whole(text: str, a: Entry) -> bool:
    """ "Of the 1,200 polled, 45% ...; among the 300 aged 18 to 24, 62%": a count opened by
    a partitive "of"/"among" is a base of its own share, never the part of another base."""
    return text[max(0, a.q.start - 12) : a.q.start].lower().endswith(LEADING_OF)


_WHICH = re.compile(r"^[^\d.;]{0,30}?,? of (?:which|whom)\b", re.I)


#: "of the", "out of its", "of those", "of the region's": a partitive "of" and its
#: determiner.
_OF = re.compile(
    r"^(?:out )?of(?: (?:the|its|their|his|her|our|my|all|all the|those|these))?"
    r"(?: (?:the )?[a-z][\w-]*(?:'s|s'|’s))?$"
)


def of_between(text: str, end: int, start: int) -> bool:
    if start <= end or start - end > 30:
        return False
    return _OF.match(" ".join(text[end:start].split()).lower()) is not None
