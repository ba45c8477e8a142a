"""``part_exceeds_whole``: a part larger than its whole, or a sub-period larger than its period.

A part is only taken as one when the text says so (a partitive "of them", a sub-period,
a subgroup noun); a larger figure whose noun is narrowed ("patients under five") may be
a subgroup of its own and is reported as info.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import (
    Entry,
    same_thing,
)
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.base import check

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._book import (
    READS,
    book_of,
    numeric_finding,
    publication_end,
)
from claimscope.layers.findings.numeric._pairing import (
    comparable,
    far_apart,
    period_contains,
    period_text,
    period_within,
)
from claimscope.layers.findings.numeric._wording import is_partitive, marked_alone, pronoun_whole


@check("numeric_parts", kinds=("part_exceeds_whole",), reads=READS)
def check_parts(doc: Doc, draft: Draft) -> list[Finding]:
    """A figure for a sub-period, or "A of the B", larger than its whole."""
    ledger = book_of(doc, draft).entries
    pub_end = publication_end(draft)
    out: list[Finding] = []
    marked = {id(e) for e in ledger if marked_alone(doc, e)}  # once per figure, not per pair
    for part in ledger:
        pointed = None if part.is_rate else pronoun_whole(doc, part, ledger)
        for whole in ledger:
            if part is whole or part.is_rate or whole.is_rate or _level(part) or _level(whole):
                continue
            pronoun = pointed is whole
            alone = id(part) in marked and id(whole) not in marked and _one_kind(part, whole)
            if not pronoun and not alone and not comparable(part, whole):
                continue
            contained = period_contains(whole, part, ledger, pub_end)
            partitive = pronoun or alone or is_partitive(doc, part, whole) or _subgroup(part, whole)
            if not (contained or partitive) or part.iv.lo <= whole.iv.hi:
                continue
            if far_apart(part.iv, whole.iv):
                continue  # not a part of that whole: see FAR_APART
            what = "its sub-period" if contained else "the group it belongs to"
            guessed = not (contained or pronoun or alone or is_partitive(doc, part, whole))
            if guessed and _narrowed(doc, whole):
                out.append(_narrowed_info(part, whole))
                continue
            out.append(
                numeric_finding(
                    "part_exceeds_whole",
                    "warning",
                    f"{part.q.text} is larger than {whole.q.text}, although it is a part of it.",
                    f"{part.q.text} ({period_text(part)}) > "
                    f"{whole.q.text} ({period_text(whole)}): a figure for {what} "
                    f"cannot exceed the whole ({part.iv} vs {whole.iv}).",
                    part,
                    whole,
                )
            )
    return out


_NARROWING = frozenset(("under", "over", "below", "above", "aged", "between", "from", "who"))


def _narrowed(doc: Doc, whole: Entry) -> bool:
    """ "the 140 holders under 35" after "620 plot holders": a whole whose noun is narrowed
    after it (an age, a relative clause) is a subgroup itself, so a count of a noun with
    more modifiers before it need not belong to it."""
    span = doc.char_span(whole.q.start, whole.q.end, alignment_mode="expand")
    if span is None:
        return False
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    return any(
        c.i > noun.i
        and (c.dep_ in ("relcl", "acl") or (c.dep_ in ("prep", "amod") and c.lower_ in _NARROWING))
        for c in noun.children
    )


def _level(e: Entry) -> bool:
    """An average or an intensive measure (a concentration, a temperature, a speed): a
    level, which no part adds up to, so no part can exceed it."""
    unit = e.q.unit or ""
    return e.scope.average or "/" in unit or unit in _INTENSIVE


_INTENSIVE = frozenset(("celsius", "fahrenheit", "km/h", "mph", "knot", "microgram", "mg", "ppm"))


def _one_kind(part: Entry, whole: Entry) -> bool:
    """The same thing in the same unit and mood, wherever each is said to be: a part named
    by its place ("in Malatya alone") sits inside a whole said to span several places
    ("across the three provinces", "in total")."""
    return (
        same_thing(part, whole)
        and part.q.unit == whole.q.unit
        and part.scope.hedged == whole.scope.hedged
        and period_within(part, whole)
        and (whole.scope.across or bool(whole.words & _WIDE))
    )


#: Words that say a figure covers many places or groups at once: the whole a part "alone"
#: belongs to.
_WIDE = frozenset(
    ("across", "nationwide", "total", "overall", "altogether", "combined", "entire", "whole")
)


def _narrowed_info(part: Entry, whole: Entry) -> Finding:
    return numeric_finding(
        "part_exceeds_whole",
        "info",
        f"{part.q.text} is larger than {whole.q.text}; the two are not taken as part and whole.",
        f"{part.q.text} ({period_text(part)}) > {whole.q.text} ({period_text(whole)}), "
        "but the whole is narrowed after its noun, so it may itself be a subgroup "
        "of the larger figure.",
        part,
        whole,
    )


def _subgroup(part: Entry, whole: Entry) -> bool:
    """ "the fleet of 300 buses ... 450 electric buses": a count whose noun is the whole's
    noun narrowed by modifiers, for the same period and the same deed, is a part of it.
    Pledges, averages, maxima and figures for different times are not compared."""
    cp = canonical(part.q.counted or "").split()
    cw = canonical(whole.q.counted or "").split()
    if not cp or not cw or cp[-1] != cw[-1] or len(cp) <= len(cw):
        return False
    if not set(cw[:-1]) <= set(cp[:-1]):
        return False
    if (part.start, part.end) != (whole.start, whole.end) or part.open_end != whole.open_end:
        return False
    if part.sent == whole.sent and 0 <= whole.q.start - part.q.end < 30:
        return False  # "700 fallow and 400 roe": list siblings the parse ran together
    if whole.q.start > part.q.start or part.sent - whole.sent > 1:
        return False  # a group is named before its subgroups, and close to them; a later
        # bare "5,120 cases" after "12,480 suspected cholera cases" drops a modifier
    if part.action is not None and whole.action is not None and part.action != whole.action:
        return False
    return not any(e.scope.hedged or e.scope.average or e.scope.peak for e in (part, whole))
