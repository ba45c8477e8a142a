"""``part_exceeds_whole``: a part larger than its whole, or a sub-period larger than its period.

A part is only taken as one when the text says so (a partitive "of them", a sub-period,
a subgroup noun); a larger figure whose noun is narrowed ("patients under five") may be
a subgroup of its own and is reported as info.

The readings live in one module each: ``_alone`` (the total a figure marked "alone", or
said of one place, belongs to), ``_named_wholes`` (a whole a part's own words point to: a
headline, "included in", a series), ``_never_wholes`` (figures that are members of a whole
and never a whole themselves), ``_subgroups`` (parts with no "of": a narrowed noun, a
holder's share, a ranked member) and ``_not_parts`` (pairs that are not part and whole: a
level, the ends of a change, another place, another flow).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings.base import check

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft
    from claimscope.layers.findings._ledger import Entry

from claimscope.layers.findings.numeric._book import (
    READS,
    book_of,
    numeric_finding,
    publication_end,
)
from claimscope.layers.findings.numeric._elided_parts import elided_from, elided_whole
from claimscope.layers.findings.numeric._pairing import (
    comparable,
    far_apart,
    period_contains,
    period_text,
    unrelated_money,
)
from claimscope.layers.findings.numeric._sizes_and_baselines import sizes_a_change
from claimscope.layers.findings.numeric._wording import (
    SUB_PERIOD,
    alone_word,
    given_as_part,
    is_partitive,
    pronoun_whole,
)
from claimscope.layers.findings.numeric.parts._alone import alone_whole, member_alone, wide_whole
from claimscope.layers.findings.numeric.parts._named_wholes import (
    headline_whole,
    included_whole,
    series_whole,
)
from claimscope.layers.findings.numeric.parts._never_wholes import (
    after_of_opener,
    bracketed_item,
    share_amount,
)
from claimscope.layers.findings.numeric.parts._not_parts import (
    change_end,
    level,
    narrowed,
    one_unnamed,
    other_flow,
    other_place_said,
)
from claimscope.layers.findings.numeric.parts._subgroups import (
    held_share,
    ranked_member,
    ranked_pair,
    subgroup,
)


@check("numeric_parts", kinds=("part_exceeds_whole",), reads=READS)
def check_parts(doc: Doc, draft: Draft) -> list[Finding]:
    """A figure for a sub-period, or "A of the B", larger than its whole."""
    ledger = book_of(doc, draft).entries
    pub_end = publication_end(draft)
    out: list[Finding] = []
    marked = {id(e): t for e in ledger if (t := alone_word(doc, e)) is not None}  # once a figure
    wholes = {
        id(e): w
        for e in ledger
        if id(e) in marked
        and (w := alone_whole(e, marked[id(e)], ledger, marked, draft)) is not None
    }
    placed = {
        id(e): w
        for e in ledger
        if id(e) not in marked and (w := wide_whole(e, ledger, marked)) is not None
    }
    gaps = {id(e) for e in ledger if e.gap or sizes_a_change(draft.text, e)}
    ranked = {id(e) for e in ledger if ranked_member(doc, e)}
    # members, never wholes: "1,104 of this year's fires" (unless a part points to it) and
    # "18,400 (Royal Tamsin 11,200; Kirkby General 7,200)"
    given = {
        id(e)
        for e in ledger
        if given_as_part(draft.text, e)
        or share_amount(draft.text, e, ledger)
        or after_of_opener(draft, e)
        or elided_from(draft.text, e, ledger) is not None
    }
    bracketed = {id(e) for e in ledger if bracketed_item(draft.text, e, ledger)}
    # never a part or a whole: rates, levels and the figures of a gap or a change
    barred = {id(e) for e in ledger if e.is_rate or level(e) or id(e) in gaps}
    for part in ledger:
        if id(part) in barred:
            continue
        pointed = None
        if not part.is_rate and not _OF_BEFORE.search(
            draft.text, max(0, part.q.start - 16), part.q.start
        ):
            pointed = (
                pronoun_whole(doc, part, ledger)
                or headline_whole(draft.text, part, ledger)
                or included_whole(draft, part, ledger)
                or series_whole(draft, part, ledger, pub_end)
                or elided_whole(doc, part, ledger)
            )
        for whole in ledger:
            if part is whole or id(whole) in barred or part.iv.lo <= whole.iv.hi:
                continue  # a part must exceed its whole to conflict with it
            # "2,150 of the year's cases" points past "The final quarter alone ... 1,150
            # cases": a figure marked "alone" is itself a part, not the group named
            pronoun = pointed is whole and id(whole) not in marked
            in_place = placed.get(id(part)) is whole
            alone = wholes.get(id(part)) is whole or in_place
            if not pronoun and not alone and not comparable(part, whole):
                continue
            if id(whole) in bracketed or (not pronoun and not alone and id(whole) in given):
                continue
            contained = period_contains(whole, part, ledger, pub_end)
            partitive = (
                pronoun
                or alone
                or is_partitive(doc, part, whole)
                or subgroup(part, whole)
                or held_share(doc, part, whole)
                or (id(part) in ranked and ranked_pair(part, whole, ranked))
            )
            if not (contained or partitive):
                continue
            if not partitive and any(change_end(draft.text, e) for e in (part, whole)):
                continue  # "emissions have more than halved since 2010, from 180 million
                # tonnes to 88 million": a level at one end of the span, no total over it
            if not partitive and other_place_said(doc, part, whole):
                continue  # "the islands received 46,800 arrivals last year" and "Italy ...
                # close to the 55,200 it recorded over the same period of 2024"
            if not partitive and member_alone(whole, marked):
                continue  # "The fourth quarter ... 305,000 t" and "Kansanshi alone produced
                # 190,000 t in 2024": one member's year, no whole of all members' quarter
            if not partitive and (one_unnamed(part, whole) or unrelated_money(part, whole)):
                continue  # "output reached 187,900 t" and "410,000 t of concentrate in Q2"
            if not partitive and other_flow(part, whole):
                continue  # "closed 11 shops in the quarter" and "21 new shops in March"
            if far_apart(part.iv, whole.iv):
                continue  # not a part of that whole: see FAR_APART
            what = SUB_PERIOD if contained else "a figure for the group it belongs to"
            if in_place and not contained:
                places = ", ".join(sorted(p.title() for p in part.place))
                what = f"a figure for a part (in {places})"
            elif alone and not contained:
                what = f'a figure for a part ("{marked[id(part)].text} alone")'
            guessed = not (contained or pronoun or alone or is_partitive(doc, part, whole))
            if guessed and narrowed(doc, whole):
                out.append(_narrowed_info(part, whole))
                continue
            out.append(
                numeric_finding(
                    "part_exceeds_whole",
                    "warning",
                    f"{part.q.text} is larger than {whole.q.text}, although it is a part of it.",
                    f"{part.q.text} ({period_text(part)}) > "
                    f"{whole.q.text} ({period_text(whole)}): {what} "
                    f"cannot exceed the whole ({part.iv} vs {whole.iv}).",
                    part,
                    whole,
                )
            )
    return out


#: "four of those six": a figure right after "of those" names the group itself, the
#: whole of the figure before it, never a part pointing back.
_OF_BEFORE = re.compile(r"\bof (?:those|these|the|all|all the)\s+\Z", re.I)


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
