"""``percentage_mismatch``: a share stated next to its part and whole that does not match.

"About a third" of 1,000 is 300–370; the stated share's rounding and approximator set the
tolerance.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import (
    Entry,
    same_thing,
)
from claimscope.layers.findings.base import check

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._book import READS, book_of, numeric_finding
from claimscope.layers.findings.numeric._wording import (
    CHANGE_WORDS,
    LEADING_OF,
    SHARE_UNITS,
    pronoun_whole,
)

_PCT_OR = re.compile(
    r"^\W{0,3}(?:or|,|\(|—|–|-|that is|i\.e\.)\W{0,3}(?:about |some |roughly |"
    r"nearly |almost |around |an? (?:\w+ ){0,2}(?:rate|share|proportion|percentage) of )?$",
    re.I,
)


@check("numeric_percentages", kinds=("percentage_mismatch",), reads=READS)
def check_percentages(doc: Doc, draft: Draft) -> list[Finding]:
    """ "300 of the 1,000 residents, or 45%": a share against its part and whole."""
    ledger = book_of(doc, draft).entries
    out: list[Finding] = []
    for p in ledger:
        if p.q.unit not in ("percent", "fraction") or p.is_rate or _a_change(doc.text, p):
            continue
        same_sent = [
            e
            for e in ledger
            if e.sent == p.sent and e.q.unit not in SHARE_UNITS and not e.is_rate and e is not p
        ]
        found = (
            _part_and_whole(doc, p, same_sent)
            or _anaphoric_share(doc, p, ledger, same_sent)
            or _share_of_the_total(p, ledger, same_sent)
        )
        if found is None or _nearer_share(ledger, p, found[1]):
            continue
        part, whole = found
        scale = 100.0 if p.q.unit == "percent" else 1.0
        share = (part.iv / whole.iv).scale(scale)
        if share.meets(p.iv):
            continue
        inverted = part.iv.lo > whole.iv.hi and p.iv.hi <= scale
        if inverted and (whole.iv / part.iv).scale(scale).meets(p.iv):
            continue  # "24,000 students, 30% from abroad; of the 7,200 foreign ...": roles read
        stated = p.q.text
        out.append(
            numeric_finding(
                "percentage_mismatch",
                "info" if inverted else "warning",
                f"{stated} does not match {part.q.text} out of {whole.q.text}.",
                f"{part.q.text} / {whole.q.text} = {_share(part, whole, scale)}; "
                f"{stated} allows {p.iv}{'%' if scale == 100 else ''}.",
                p,
                part,
                whole,
            )
        )
    return out


def _anaphoric_share(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "2,900 of them - almost two-thirds", "Of them, 310 are eligible: one in five": the
    part is the one count of the share's sentence whose whole an anaphoric "of" names.
    The share must be the sentence's only one, and not the size of a change."""
    if any(e is not p and e.sent == p.sent and e.q.unit in SHARE_UNITS for e in ledger):
        return None
    if CHANGE_WORDS.search(doc.text[max(0, p.q.start - 20) : p.q.start]):
        return None
    found = [(a, w) for a in counts if (w := pronoun_whole(doc, a, ledger)) is not None]
    parts = [a for a, w in found]
    if len(found) != 1 or any(c not in parts and c is not found[0][1] for c in counts):
        return None
    return found[0]


def _nearer_share(ledger: list[Entry], p: Entry, whole: Entry) -> bool:
    """ "put the share at 18% and said about 41% of its 13,200 sites": another share sits
    between this one and the whole, and the whole is that share's."""
    lo, hi = sorted((p.q.end, whole.q.start))
    return any(
        e is not p and e.sent == p.sent and e.q.unit in SHARE_UNITS and lo <= e.q.start < hi
        for e in ledger
    )


_AFTER_CHANGE = re.compile(
    r"^\s+(?:more|less|fewer|higher|lower|up|down|increase|rise|drop|fall|decline|growth)\b",
    re.I,
)


def _a_change(text: str, p: Entry) -> bool:
    """ "up 7% from 215,000", "rose by 12%", "a 7% rise": the size of a change, not a share
    of a whole."""
    before = text[max(0, p.q.start - 20) : p.q.start]
    if CHANGE_WORDS.search(before) or before.rstrip().lower().endswith(" by"):
        return True
    return bool(_AFTER_CHANGE.match(text[p.q.end : p.q.end + 20]))


def _share_of_the_total(
    p: Entry, ledger: list[Entry], same_sent: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "Total CO2 emissions: 1.45 million tonnes. Of which from fuel: 430,000 tonnes, about
    20% of the total": a share "of the total" sizes the one figure of its sentence against
    the total stated just before, in the same unit."""
    if (p.q.counted or "").lower() not in ("total", "overall total", "whole"):
        return None
    if len(same_sent) != 1:
        return None
    part = same_sent[0]
    earlier = [
        e
        for e in ledger
        if 0 < p.sent - e.sent <= 3
        and e.q.unit == part.q.unit
        and e.q.unit not in SHARE_UNITS
        and "total" in e.words
    ]
    return (part, earlier[-1]) if earlier else None


def _share(part: Entry, whole: Entry, scale: float) -> str:
    value = (part.iv.mid / whole.iv.mid) * scale
    return f"{value:.1f}%" if scale == 100 else f"{value:.2f}"


def _part_and_whole(doc: Doc, p: Entry, counts: list[Entry]) -> tuple[Entry, Entry] | None:
    """The whole is "of the W" after the share or after the part; the part sits next to it."""
    text = doc.text
    whole = next((w for w in counts if _of_between(text, p.q.end, w.q.start)), None)
    part = None
    for a in counts:
        if a is whole:
            continue
        if whole is None and any(_of_between(text, a.q.end, w.q.start) for w in counts):
            whole = next(w for w in counts if _of_between(text, a.q.end, w.q.start))
        near = (a.q.end <= p.q.start and _PCT_OR.match(text[a.q.end : p.q.start])) or (
            p.q.end <= a.q.start and _PCT_OR.match(text[p.q.end : a.q.start])
        )
        if near or (whole is not None and _of_between(text, a.q.end, whole.q.start)):
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
        whole = next((w for w in counts if _WHICH.match(text[w.q.end : w.q.end + 45])), None)
        by_which = whole is not None
    if part is None and whole is not None:
        # "Of the 250 stations, 85 recorded ..., or 45%": the one other figure of the
        # sentence in the whole's unit, counting nothing else, is the part.
        others = [
            a
            for a in counts
            if a is not whole
            and a.q.unit == whole.q.unit
            and not _introduced_as_whole(text, a)
            and a.iv.lo > 0  # "said they got under six": a bound, not a tally of the whole
            and (
                a.q.counted is None
                or same_thing(a, whole)
                # "412,000 room nights ..., 61% of the 540,000 available": an elliptical
                # whole counts what the figure before the share counts
                or (whole.q.counted is None and a.q.end <= p.q.start < whole.q.start)
            )
        ]
        part = others[0] if len(others) == 1 else None
    if part is None or whole is None or part is whole or part.q.unit != whole.q.unit:
        return None
    if by_which and part.iv.lo > whole.iv.hi:
        # "48,200 tests were taken at the region's 23 centres, of which 21,700 were
        # passes": "of which" reaches past a smaller figure to the clause's own whole
        bigger = [w for w in counts if w.q.end <= whole.q.start and w.iv.hi >= part.iv.lo]
        whole = bigger[-1] if bigger else whole
    return part, whole


def _introduced_as_whole(text: str, a: Entry) -> bool:
    """ "Of the 1,200 polled, 45% ...; among the 300 aged 18 to 24, 62%": a count opened by
    a partitive "of"/"among" is a base of its own share, never the part of another base."""
    return text[max(0, a.q.start - 12) : a.q.start].lower().endswith(LEADING_OF)


_WHICH = re.compile(r"^[^\d.;]{0,30}?,? of (?:which|whom)\b", re.I)


#: "of the", "out of its", "of the region's": a partitive "of" and its determiner.
_OF = re.compile(
    r"^(?:out )?of(?: (?:the|its|their|his|her|our|my|all|all the))?"
    r"(?: (?:the )?[a-z][\w-]*(?:'s|s'|’s))?$"
)


def _of_between(text: str, end: int, start: int) -> bool:
    if start <= end or start - end > 30:
        return False
    return _OF.match(" ".join(text[end:start].split()).lower()) is not None
