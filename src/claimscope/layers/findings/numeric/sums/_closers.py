"""Lists closed by their rest ("the remaining 2.4 bcm", "- The rest of the outlay, £18m")
whose parts run over several sentences or list lines back to their whole.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import singular
from claimscope.layers.findings.numeric._lists import closes
from claimscope.layers.findings.numeric._sizes_and_baselines import is_baseline
from claimscope.layers.findings.numeric._wording import sentence_head
from claimscope.layers.findings.numeric.sums._found import breakdown_finding, countable, total_of
from claimscope.layers.findings.numeric.sums._openers import whole_opening

if TYPE_CHECKING:
    from claimscope.layers.base import Draft


def rest_closed_lists(
    full: str,
    starts: list[int],
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
    in that unit large enough to be their whole (see ``_walk_back``), or when none is near,
    the figure its sentence names by a noun (see ``named_whole``). ``starts`` are where
    the sentences start. The parts must add up to it."""
    out: list[Finding] = []
    for rest in ledger:
        if not countable(rest) or rest.q.id in checked or not closes(full, rest):
            continue
        if any(
            e.q.start > rest.q.start and _like(e, rest) and closes(full, e)
            for e in by_sent[rest.sent]
        ):
            continue  # "..., blankets and other supplies, $500m ..., and the remaining $400m"
        if rest.sent < len(starts) and whole_opening(
            full[starts[rest.sent] :], starts[rest.sent], by_sent[rest.sent]
        ):
            continue  # "Of the 41,000 tonnes, 26,500 ... and the remaining 14,500": the
            # sentence names its own whole (see ``opened_whole``)
        parts = [
            e for e in by_sent.get(rest.sent, []) if _like(e, rest) and e.q.end <= rest.q.start
        ] + [rest]
        own = len(parts)
        whole = _walk_back(full, rest, parts, by_sent, baselines)
        if whole is None and own > 2 and rest.sent < len(starts):
            parts[:] = parts[-own:]
            whole = named_whole(full[starts[rest.sent] : parts[0].q.start], parts, ledger)
        if whole is None or len(parts) < 2:
            continue
        if any(
            p.q.counted is not None and whole.q.counted is not None and not same_thing(p, whole)
            for p in parts
        ):
            continue
        out.extend(breakdown_finding(full, whole, parts, None))
    return out


#: A definite noun that names a whole: "the pledges announced on Monday would be allocated
#: as follows:", "the money will be spent on".
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those) ([a-z]+)\b")


def named_whole(lead: str, parts: list[Entry], ledger: list[Entry]) -> Entry | None:
    """ "Donors pledged $3.4 billion ..." then, paragraphs later, "the pledges announced on
    Monday would be allocated as follows: $1.1 billion ..., and the remaining $400 million
    ...": a list complete in its own sentence, led (``lead``, the sentence up to its first
    part) by a definite noun, breaks down the latest earlier figure in its unit whose deed
    or thing (or doer: "the fire's footprint" for "The fire burned 8,400 hectares") that
    noun names, large enough to hold the biggest part."""
    nouns = {singular(m.group(1)) for m in _DEFINITE.finditer(lead)}
    first = parts[0]
    for e in reversed(ledger):
        if e.q.start >= first.q.start or e.sent == first.sent or not countable(e):
            continue
        if e.q.unit != first.q.unit or e.iv.hi < max(p.iv.lo for p in parts):
            continue
        if any(
            x.sent == e.sent and x.q.start < e.q.start and x.q.unit == e.q.unit and x.iv.meets(e.iv)
            for x in ledger
        ):
            continue  # "8,400 hectares, about 20,800 acres": the figure it restates is named
        named = {e.action, e.subject, *e.scope.heads, (e.q.counted or "").split(" ")[-1]}
        if nouns & {singular(n) for n in named if n}:
            return e
    return None


def _walk_back(
    full: str,
    rest: Entry,
    parts: list[Entry],
    by_sent: dict[int, list[Entry]],
    baselines: set[int],
) -> Entry | None:
    """The whole of a list closed by ``rest``, found going back sentence by sentence from
    it; ``parts`` (the rest and the parts before it in its sentence) grows with the parts
    met on the way. A sentence's figures in the rest's unit are all parts when they are a
    list of their own ("Women accounted for 19,800 ... and children for 27,600", "A
    further 11,400 ... and 3,200 ...") and its one figure is a part when it is marked as
    one ("The largest category, 18,900", "£163m of it") or when without it the rest would
    close a list of one: "the rest" always follows a named part. Else the first figure
    large enough to hold the parts is their whole, and a lone figure too small for that,
    unmarked, ends the search ("2.6 million ..., up from 2.1
    million": never a baseline); a figure of another thing is passed over. Parts are
    gathered over the seven sentences before the rest, or before the first item of a list
    that runs on from sentence to sentence; further back (up to twenty) only the first
    sentence in the rest's unit is read, and only as a whole stated alone (a quote and a
    paragraph of head counts between "launched a $3.4bn appeal" and its breakdown)."""
    for k in range(rest.sent - 1, -1, -1):
        if rest.sent - k >= 8 and not _running_column(parts, k):
            return _distant_whole(rest, parts, by_sent, k)
        same = [
            e
            for e in by_sent.get(k, [])
            if _like(e, rest)
            and id(e) not in baselines
            and not _earlier_level(full, e)
            and not _other_thing(e, parts)
            and not _NESTED.search(full, max(0, e.q.start - 30), e.q.start)
            and e.iv.hi >= 0.01 * max(p.iv.lo for p in parts)
            and not _set_apart(full, e)
        ]  # "22 countries", "grants from £300": a hundredth of a part is no item beside it
        if not same:
            continue
        held = _sum_of(parts, same)
        if held is not None:
            return held  # "1.3 million have fled abroad ... 610,000, 420,000 and the
            # remaining 270,000": a level of a nested breakdown, whole of these parts
        of_whole = _part_of_whole(full, same)
        if of_whole is not None:
            parts[:0] = [of_whole[0]]
            return of_whole[1]  # "taking 24 of the council's 45 seats": 45 is the whole
        if (
            _all_parts(full, same, parts)
            or (len(parts) < 2 and len(same) == 1)
            or _share_of_more(full, by_sent.get(k, []))
        ):
            parts[:0] = same
            continue
        stated = _total_further_back(rest, [*same, *parts], by_sent, k)
        if stated is not None:
            parts[:0] = same
            return stated  # "Revenue rose to £134m. Ticket sales brought in £80.6m, while
            # food and drink added £41.0m. The rest, £12.4m, ...": all three are its parts
        if _siblings(same, parts):
            parts[:0] = same  # "The Conservatives were reduced to 12 seats. Liberal
            continue  # Democrats won six and independents the remaining three"
        biggest = max(p.iv.lo for p in parts)
        sized = sum(p.iv.mid for p in parts)
        wholes = [e for e in same if e.iv.hi >= biggest and e.iv.hi >= 0.5 * sized]
        if wholes:
            whole = wholes[0]
            later = [
                e
                for e in same
                if e.q.start > whole.q.start and (e.q.counted is None or same_thing(e, whole))
            ]
            if later and _RESTATED.search(full, whole.q.end, later[0].q.start):
                return None  # "Its 4.4 million passengers correspond to roughly 2.2 million
                # arriving visitors. The remaining 0.9 million came by sea": the rest goes
                # on from the restated figure, whose own whole is not stated here
            parts[:0] = later
            return whole
        if len(same) == 1:
            return None  # "38 miners had been injured": an unmarked figure too small to hold
        parts[:0] = same  # the parts, and no item of theirs, ends the list
    return None


def _distant_whole(
    rest: Entry, parts: list[Entry], by_sent: dict[int, list[Entry]], k: int
) -> Entry | None:
    """The whole of a list closed by ``rest`` stated alone, far above it: the first
    sentence from ``k`` back that holds a figure in the rest's unit must hold just one,
    large enough to hold the parts; any other figure there ends the search. Only a list
    of three parts or more (the rest among them) is taken so far: two figures a few
    sentences apart are no list of their own."""
    for j in range(k, max(-1, rest.sent - 21), -1):
        same = [e for e in by_sent.get(j, []) if _like(e, rest) and not _other_thing(e, parts)]
        same = [e for e in same if e.iv.hi >= 0.01 * max(p.iv.lo for p in parts)]
        if not same:
            continue
        whole = same[0]
        fits = whole.iv.hi >= max(p.iv.lo for p in parts)
        return whole if len(same) == 1 and fits and len(parts) >= 3 else None
    return None


#: Words that put a figure outside the whole being discussed: "It does not include the
#: separate capital programme, which comes to £74m", "on top of that, £3m in grants".
_APART = re.compile(
    r"\b(?:(?:does|do|did|will) not include|(?:doesn|don|didn)['’]t include|not included|"
    r"excludes|excluding|separate|on top of|in addition to|aside from|apart from)\b",
    re.I,
)


#: "it is up from £271.9m", "down from 4,100": the level a change starts from.
_UP_FROM = re.compile(
    r"\b(?:up|down|higher|lower|rising|falling|rose|fell|climbing|dropping)\s+from\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def _earlier_level(full: str, e: Entry) -> bool:
    """Whether the figure is a change's baseline ("up from £271.9m this year", "against
    4,100"): another time's level, never the whole of this list, even when no change in
    the ledger pairs it with the figure it was stated against."""
    return is_baseline(full, e.q.start) or bool(
        _UP_FROM.search(full, max(0, e.q.start - 40), e.q.start)
    )


def _set_apart(full: str, e: Entry) -> bool:
    """Whether the figure's sentence, before it, sets it apart from what the text is
    breaking down: neither the list's whole nor one of its items, it neither ends the walk
    back to the whole nor joins the parts."""
    return _APART.search(sentence_head(full, e.q.start, 160)) is not None


def _running_column(parts: list[Entry], k: int) -> bool:
    """Whether the parts found so far run on with no more than one sentence between
    items, and sentence ``k`` is within seven sentences of the first: a breakdown told
    one item a sentence ("Adult social care will cost £112.7m ... Waste takes £24.6m
    ... the remaining £41.2m") may stand far from the whole it opened with."""
    sents = sorted({p.sent for p in parts})
    dense = all(b - a <= 2 for a, b in itertools.pairwise(sents))
    return len(sents) >= 2 and dense and sents[0] - k < 8


def _siblings(same: list[Entry], parts: list[Entry]) -> bool:
    """Whether a sentence's figures are held by another named holder than the parts, every
    part naming one: one more item of a list of holders (parties, firms,
    countries), not the whole the list divides. A whole held by a collective ("across the
    region") or naming no holder stays a candidate."""
    named = [p.scope.names for p in parts]
    if not same or not all(named):
        return False  # parts of which some name no holder may be pieces of a named whole
    theirs = frozenset().union(*named)
    return all(e.scope.names and not e.scope.across and not (e.scope.names & theirs) for e in same)


#: "24 of the council's 45 seats", "42 of its 126 routes": a part, then its whole.
_PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their|his|her|all)?\s*(?:[\w'’-]+\s+){0,2}$")


def _part_of_whole(full: str, same: list[Entry]) -> tuple[Entry, Entry] | None:
    """(part, whole) for "N of the M" in a sentence of the list's unit: M names the whole
    the list closed by its rest divides, and N is one of its parts."""
    for a, b in itertools.pairwise(same):
        if _PART_OF.match(full[a.q.end : b.q.start]) and a.iv.hi <= b.iv.lo:
            return a, b
    return None


#: Words that restate the figure before them in other terms, not divide it: "4.4 million
#: passengers correspond to roughly 2.2 million visitors", "equivalent to 40,000 homes".
_RESTATED = re.compile(
    r"\b(?:correspond(?:s|ed|ing)? to|(?:the )?equivalent (?:to|of)|equal(?:s|led|ling)?|"
    r"translat(?:e|es|ed|ing) (?:in)?to|work(?:s|ed)? out (?:at|to))\b",
    re.I,
)


def _total_further_back(
    rest: Entry, items: list[Entry], by_sent: dict[int, list[Entry]], k: int
) -> Entry | None:
    """A figure in the rest's unit, in the three sentences before sentence ``k``, that the
    items (sentence ``k``'s figures and the parts after them) add up to, within rounding.
    A list closed by its rest names every part, so when the text states a total of all of
    them just before, that total is the whole, and the largest item beside the others is
    one part more, not the whole of the rest."""
    if len(items) < 3:
        return None
    total = total_of([e.iv for e in items])
    for j in range(k - 1, max(-1, k - 4), -1):
        found = next(
            (e for e in by_sent.get(j, []) if _like(e, rest) and total.meets(e.iv)),
            None,
        )
        if found is not None:
            return found
    return None


#: Words that make the figure after them a part of the figure before, one level down:
#: "Clothing brought in £860m, of which £189m was sold online".
_NESTED = re.compile(
    r"\b(?:of which|of whom|including|among them)\s+(?:about |around |some |nearly |almost )?$",
    re.I,
)


_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _share_of_more(full: str, entries: list[Entry]) -> bool:
    """Whether the sentence gives its figure as a share of something larger ("Food now
    makes up about 60% of the business, with sales of £1.71bn"): such a figure is an item
    of a list, never the whole its other items add up to."""
    return any(
        e.q.unit in ("percent", "fraction")
        and e.iv.hi < (100 if e.q.unit == "percent" else 1)
        and _OF_AFTER.match(full, e.q.end) is not None
        for e in entries
    )


def _sum_of(parts: list[Entry], same: list[Entry]) -> Entry | None:
    """The figure of ``same`` the parts add up to, when there are several parts: their
    whole, whichever larger list it may itself belong to."""
    if len(parts) < 2:
        return None
    lo, hi = sum(p.iv.lo for p in parts), sum(p.iv.hi for p in parts)
    return next((e for e in same if e.iv.lo <= hi and e.iv.hi >= lo), None)


def _like(e: Entry, rest: Entry) -> bool:
    """Whether ``e`` can be an item of the list ``rest`` closes: a count in its unit, in
    digits when the rest is ("losing one through misconduct" is a pronoun, "its three
    reception centres" no part of 62,400 arrivals)."""
    if not countable(e) or e.q.unit != rest.q.unit or e.gap:
        return False
    return any(c.isdigit() for c in e.q.text) or not any(c.isdigit() for c in rest.q.text)


def _other_thing(e: Entry, parts: list[Entry]) -> bool:
    """Whether ``e`` counts something else than a part does ("4.6% of the 680,000 people"
    among sanctions), so it is neither their whole nor one of them."""
    return e.q.counted is not None and any(
        p.q.counted is not None and not same_thing(e, p) for p in parts
    )


#: Words that mark a figure as one item of a list: "The largest category, 18,900", "A
#: further 11,400", "Another 3,200", "Most of the affected customers, 1.2 million" (the
#: larger part of a group is still a part); or that point back from it to its whole:
#: "£163m of it".
_ITEM_BEFORE = re.compile(
    r"\b(?:a further|another|the (?:single )?(?:largest|biggest|smallest|main|next)|"
    r"most of|the (?:bulk|majority) of)\b"
    r"[^.;:\d]{0,30}$",
    re.I,
)
_ITEM_AFTER = re.compile(r"\s+of (?:it|them|those|these|that|this|the total)\b", re.I)


def _all_parts(full: str, same: list[Entry], parts: list[Entry]) -> bool:
    """Whether one sentence's figures are all items of the list, none its whole: the first
    is marked as an item, or they are two or more of which the largest is not the first,
    or the first is no bigger than the others and the parts after them together
    ("14.5 bcm to Turkey, 9.2 bcm as LNG and 6.1 bcm ...")."""
    first = same[0]
    if _ITEM_BEFORE.search(full, max(0, first.q.start - 40), first.q.start) or _ITEM_AFTER.match(
        full, first.q.end
    ):
        return True
    if len(same) < 2:
        return False
    top = max(same, key=lambda e: e.iv.mid)
    rest_sum = sum(e.iv.mid for e in same if e is not top)
    return top is not same[0] or top.iv.mid < rest_sum + sum(p.iv.mid for p in parts)


#: Words that mark a figure as the total a list of lines breaks down.
_TOTAL = re.compile(r"\b(?:total|in all|altogether|overall|combined)\b", re.I)


#: "about 41% of the total": a line that sizes its figure against the total is an item.
_OF_TOTAL = re.compile(r"\bof (?:the|its|their) (?:overall |combined )?total\b", re.I)


_BULLET = re.compile(r"^\s*[-–—•*]\s")


def closed_run(
    full: str, draft: Draft, entries: list[Entry], by_sent: dict[int, list[Entry]]
) -> list[Finding]:
    """ "Total spent on new players: £172m", then one item a line ("- ... for £58m", "- ...
    cost £24m") and "- The rest of the outlay, £18m, went on ...": list items, one figure
    each, closed by the rest, are all the parts of the total stated above them. The run
    goes back from the closing line over bullet lines with one figure in its unit each
    (or none) to the nearest line that marks its figure as a total; a run closed by a
    line labelled as the rest ("- All other services: £11m") may instead start with its
    total, the first line of the list (see ``_run_head``)."""
    rest = next((e for e in entries if countable(e) and closes(full, e)), None)
    labelled = False
    if rest is None:
        rest = next((e for e in entries if countable(e) and rest_label(full, e)), None)
        labelled = rest is not None
    if rest is None or not _in_list(draft, rest.sent):
        return []
    if any(e.q.unit == rest.q.unit for e in entries if countable(e) and e.q.end <= rest.q.start):
        return []  # parts earlier in the same sentence: a list of its own
    parts = [rest]
    whole: Entry | None = None
    for k in range(rest.sent - 1, max(-1, rest.sent - 9), -1):
        same = [
            e
            for e in by_sent.get(k, [])
            if countable(e) and e.q.unit == rest.q.unit and not _PART_OF_PART.match(full, e.q.end)
        ]
        if same and _TOTAL.search(_OF_TOTAL.sub("", draft.sentences[k].text)):
            whole = same[0]
            break
        if len(same) > 1 or not _in_list(draft, k):
            whole = _run_head(parts) if labelled and not same else None
            break
        parts[:0] = same
    if whole is None:
        return []
    if whole is parts[0]:
        parts = parts[1:]
    if len(parts) < 2 or any(
        p.q.counted is not None
        and whole.q.counted is not None
        and not same_thing(p, whole)
        and not _label_only(full, p)
        and p.q.counted not in _REST_WORDS  # "The rest, around 28,000": no noun of its own
        for p in parts
    ):
        return []
    return breakdown_finding(full, whole, parts, None, closed=labelled)


#: Nouns a closer is read as counting that only name what is left ("The rest, 28,000").
_REST_WORDS = frozenset(("rest", "remainder", "balance"))


#: A list line that is a label and its figure: "- In organised camps: 41,000".
_LABEL_LINE = re.compile(r"^[ \t]*(?:[-–—•*][ \t]*)?[A-Za-z][^:\n\d]{0,80}:[ \t]*$")


def _label_only(full: str, e: Entry) -> bool:
    """Whether a list item's figure stands alone after its line's label ("- In organised
    camps: 41,000", "- With host families: 23,000"): the label names the category of the
    total the item is, where or how, so a noun read from it is no other thing counted."""
    start = full.rfind("\n", 0, e.q.start) + 1
    end = full.find("\n", e.q.end)
    after = full[e.q.end : end if end >= 0 else len(full)]
    return _LABEL_LINE.match(full[start : e.q.start]) is not None and not after.strip(" .")


#: A list line's label that names its figure as what is left of a whole: "- All other
#: services, including libraries: £11m", "- Other income: £4m", "- Everything else: 9%",
#: "- Hydro, biomass and other sources: 11.5 TWh" (named items and a catch-all).
_REST_LABEL = re.compile(
    r"^[ \t]*(?:[-–—•*][ \t]*)?(?:(?:all (?:the )?other|other|everything else|the rest|"
    r"the remainder|remaining)\b[^:\n\d]*|[A-Za-z][^:\n\d]*\b(?:and|or) (?:[a-z]+ )?(?:all )?"
    r"others?\b"
    r"[^:\n\d]*):[ \t]*$",
    re.I,
)


#: "Offshore farms produced 12.8 TWh of that": a part of the list line's own figure, one
#: level down, no item of the list.
_PART_OF_PART = re.compile(r"\s+of (?:it|them|those|these|that|this)\b", re.I)


def rest_label(full: str, e: Entry) -> bool:
    """Whether the figure's line labels it as the rest of its list ("- All other services,
    including libraries and planning: £11m"), the figure right after the label's colon."""
    start = full.rfind("\n", 0, e.q.start) + 1
    return _REST_LABEL.match(full[start : e.q.start]) is not None


def _run_head(parts: list[Entry]) -> Entry | None:
    """ "Key figures: - Net revenue budget: £212m - Adult social care: £88m - ... - All other
    services: £11m": the first line of a run of list lines closed by a line labelled as the
    rest is the total they break down, when it is larger than every other line; a rest
    needs a whole, and a list gives its total first. At least two parts must follow it."""
    if len(parts) < 3:
        return None
    head, items = parts[0], parts[1:]
    return head if head.iv.lo > max(p.iv.hi for p in items) else None


def _in_list(draft: Draft, k: int) -> bool:
    """Whether sentence ``k`` is a list item, or the text after one on its line."""
    start = draft.sentences[k].start
    line = draft.text[draft.text.rfind("\n", 0, start) + 1 : start + 3]
    return bool(_BULLET.match(line))
