"""Pieces every reading of a share uses: the words that set a share off after its count
(", or", " - ", "that is"), the count a share is set off right after ("260,000, roughly
one in three"), whether a count has a share of its own, the share a part makes of its
whole as the findings word it, and whether any part the article may mean gives the stated
share.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._shares import same_setting
from claimscope.layers.findings.numeric._wording import SHARE_UNITS

PCT_OR = re.compile(
    r"^\W{0,3}(?:or|,|\(|—|–|-|that is|i\.e\.)\W{0,3}(?:about |some |roughly |"
    r"nearly |almost |around |an? (?:\w+ ){0,2}(?:rate|share|proportion|percentage) of )?$",
    re.I,
)


def fmt_share(part: Entry, whole: Entry, scale: float) -> str:
    value = (part.iv.mid / whole.iv.mid) * scale
    return f"{value:.1f}%" if scale == 100 else f"{value:.2f}"


def counts_in_setting(p: Entry, ledger: list[Entry]) -> list[Entry]:
    """Counts outside a share's sentence, in its place and time: where a share whose own
    sentence gives no part and whole looks for them."""
    return [
        e for e in ledger if e.sent != p.sent and e.bare and not e.is_rate and same_setting(p, e)
    ]


def share_mismatch(p: Entry, part: Entry, whole: Entry, why: str) -> Finding | None:
    """The warning that a share does not match the part and whole the article gives for it,
    ``why`` saying how the two were found; none when the share fits them."""
    scale = 100.0 if p.q.unit == "percent" else 1.0
    if (part.iv / whole.iv).scale(scale).meets(p.iv):
        return None
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{p.q.text} does not match {part.q.text} out of {whole.q.text}, {why}.",
        f"{part.q.text} / {whole.q.text} = {fmt_share(part, whole, scale)}; "
        f"{p.q.text} allows {p.iv}{'%' if scale == 100 else ''}.",
        p,
        part,
        whole,
    )


def has_own_share(text: str, part: Entry, ledger: list[Entry]) -> bool:
    """Whether a count has its share set off right after it ("About 5,700 of them, or
    3.1%, were cancelled"): a share said elsewhere ("88.2% of services on time") speaks of
    another part of the group."""
    return any(
        e.sent == part.sent
        and e.q.unit in SHARE_UNITS
        and e.q.start >= part.q.end
        and PCT_OR.match(_skip_of(text[part.q.end : e.q.start]))
        for e in ledger
    )


def _skip_of(gap: str) -> str:
    """The gap with an "of them" / "of the N" right after the count left out."""
    return re.sub(r"^\s+(?:out )?of (?:them|those|these|the [\w\s,]{0,30}?)(?=,)", "", gap)


def count_before(text: str, p: Entry, ledger: list[Entry]) -> Entry | None:
    """The count right before a share in its clause, the share set off after it, with no
    clause break ("and", "but", a stop) between; the nearest such count."""
    found = None
    for e in ledger:
        if e.sent != p.sent or e.q.end > p.q.start or e is p or not e.bare or e.is_rate:
            continue
        between = text[e.q.end : p.q.start]
        if len(between) <= 80 and not re.search(r"[;:.]|\band\b|\bbut\b", between):
            found = e
    return found


def any_part_gives(p: Entry, whole: Entry, parts: list[Entry], ledger: list[Entry]) -> bool:
    """Whether any part the article may mean gives the share: a counted part, the rest of
    the whole, all of them together, or another count of the same kind said next to them
    ("Of those, 600 had been assaulted. Another 1,340 had thought of leaving")."""
    near = [
        e
        for e in ledger
        if e.bare
        and not e.is_rate
        and e.q.unit == whole.q.unit
        and e is not whole
        and e.iv.lo > 0
        and e.iv.hi <= whole.iv.hi
        and any(0 <= e.sent - a.sent <= 1 for a in parts)
        and (e.q.counted is None or same_thing(e, whole) or any(same_thing(e, a) for a in parts))
    ]
    tried = list({id(e): e for e in [*parts, *near]}.values())
    total = parts[0].iv
    for a in parts[1:]:
        total = total + a.iv
    ivs = [a.iv for a in tried] + [whole.iv - a.iv for a in tried] + [total]
    scale = 100.0 if p.q.unit == "percent" else 1.0
    return any((iv / whole.iv).scale(scale).meets(p.iv) for iv in ivs)
