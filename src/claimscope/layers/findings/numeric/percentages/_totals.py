"""Shares of a whole named by a word, not by a figure beside them: "about 20% of the total"
(the total stated just before), "accounting for 41% of revenue" (the nearest earlier
figure the noun names) and "nearly a third of the year's rain" (the total over that
period).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, as_date, doc_text, same_thing
from claimscope.layers.findings.numeric._pairing import period_within
from claimscope.layers.findings.numeric._shares import (
    counts_group,
    group_of,
    same_setting,
    sentence_start,
)
from claimscope.layers.findings.numeric._wording import SHARE_UNITS, changes_in, marked_alone
from claimscope.layers.findings.numeric.percentages._found import (
    PCT_OR,
    count_before,
    has_own_share,
)
from claimscope.layers.findings.numeric.percentages._groups import (
    label_names,
    measured,
    named_just_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


def share_of_the_total(
    doc: Doc,
    p: Entry,
    ledger: list[Entry],
    same_sent: list[Entry],
    baselines: set[int],
    reached: dict[int, Entry] | None = None,
) -> tuple[Entry, Entry] | None:
    """ "Total CO2 emissions: 1.45 million tonnes. Of which from fuel: 430,000 tonnes, about
    20% of the total", "it supplied 1.2 million tonnes last year. Of that, 780,000 tonnes
    went to road projects, about 38% of the total": a share "of the total" sizes the count
    it is said of (its sentence's one figure, or the count it is set off after) against
    the total stated just before, in the same unit: a figure marked as the total, else the
    unmarked one the part's sentence points back to (see ``_total_before``)."""
    if (p.q.counted or "").lower() not in ("total", "overall total", "whole"):
        return None
    part = same_sent[0] if len(same_sent) == 1 else count_before(doc_text(doc), p, ledger)
    if part is None or part.q.unit in SHARE_UNITS:
        return None
    text = doc_text(doc)
    # "a record 612,400, up 17.5 per cent on last season's total of 521,300": a total a
    # change starts from stands for the figure the change reached, this time's total
    marked = [
        (reached or {}).get(id(e), e) if id(e) in baselines else e
        for e in ledger
        if _marked_total(text, e) or (id(e) in baselines and "total" in e.words)
    ]
    earlier = [
        e
        for e in sorted({id(e): e for e in marked}.values(), key=lambda e: e.q.start)
        if 0 < p.sent - e.sent <= _TOTAL_REACH
        and e.q.unit == part.q.unit
        and e.q.unit not in SHARE_UNITS
        and id(e) not in baselines
        and not _FROM_BEFORE.search(text, max(0, e.q.start - 30), e.q.start)
        and not has_own_share(text, e, ledger)
    ]
    if earlier:
        if part.q.counted and earlier[-1].q.counted and not same_thing(part, earlier[-1]):
            return None  # "flags of just three states, roughly a third of the total" of
            # vessels: a count of another thing is no part of that total
        return part, earlier[-1]
    whole = _total_before(doc, p, part, ledger, baselines)
    return None if whole is None else (part, whole)


#: How many sentences back a figure marked as the total may stand for a share "of the
#: total" (a report gives the total in its lead and the shares of causes below).
_TOTAL_REACH = 5

#: "A total of 9,416 fires", "Total incidents: 7,812", "4,100 in total": the word marking
#: the figure itself as a total, not one said elsewhere in its sentence ("3,908, accounting
#: for 41.5 percent of the total").
_TOTAL_BEFORE = re.compile(r"\btotal(?:led|ed|ling|ing)?\b(?:[^.;\d]|\B\d){0,40}$", re.I)
_TOTAL_AFTER = re.compile(r"[^.;\d]{0,25}?\b(?:in total|in all|altogether)\b", re.I)


def _marked_total(text: str, e: Entry) -> bool:
    before = text[max(0, e.q.start - 60) : e.q.start]
    if _TOTAL_BEFORE.search(before) and not re.search(r"\bof the total\b", before, re.I):
        return True
    return _TOTAL_AFTER.match(text, e.q.end) is not None


#: "total number of vessels now listed, up from 153": a figure a change starts from is
#: another time's count, not the total a share is "of".
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about |some |around |roughly |nearly |almost )?$", re.I)


#: "240 members, among them 95 juniors": the part is named as members of the figure before.
_MEMBERS_OF = re.compile(
    r"\b(?:among them|including|of whom|of which|of them)\s+(?:about |some |around |nearly |"
    r"almost |roughly )?$",
    re.I,
)


#: "Of that, 780,000 tonnes ...", "Of this, ...": an opener pointing back to a figure.
_OF_THAT = re.compile(r"\W*(?:out )?of (?:that|this|it)\b", re.I)


def _total_before(
    doc: Doc, p: Entry, part: Entry, ledger: list[Entry], baselines: set[int]
) -> Entry | None:
    """The unmarked total a share "of the total" points back to: a figure before the part
    in the share's own sentence, in its unit, that the part is named as members of ("240
    members, among them 95 juniors - about 40% of the total"), when it can hold the part
    and no change is measured from it ("Spending is up 6.6% on this year's £174.9m"); a
    part without that cue may be one of several items ("Syrians lodged 2,140 of them,
    Afghans 1,870 ...; together the three nationalities made up ..."); else the
    last figure in the part's unit in the two sentences before (a change's baseline
    passed over), when ``_earlier_wholes`` allows it. It must be what the part's sentence points
    back to ("Of that, 780,000 tonnes ...") or count the part's own noun ("Downloads in
    2025: 12.4 million" for "4.1 million downloads"): a figure of another noun, or a sum
    of money with none, may be a sibling or another total."""
    text = doc_text(doc)
    own = [
        e
        for e in ledger
        if e.sent == p.sent and e.q.unit == part.q.unit and e.q.end <= part.q.start
    ]
    if own:  # "240 members, among them 95 juniors - about 40% of the total"
        whole = own[-1]
        fits = (
            not changes_in(text[sentence_start(doc, p) : whole.q.start])
            and not whole.is_rate
            and id(whole) not in baselines
            and whole.iv.lo >= part.iv.hi
            and _MEMBERS_OF.search(text, max(0, part.q.start - 30), part.q.start) is not None
        )
        return whole if fits else None
    before = [
        e
        for e in ledger
        if 0 < p.sent - e.sent <= 2
        and e.q.unit == part.q.unit
        and not e.is_rate
        and id(e) not in baselines
        and not _list_item(text, e, ledger)
        # "In the three months to September alone, officers recorded 3,050 incidents": a
        # figure "alone" narrows to a time, place or group is one part of a bigger count
        and not marked_alone(doc, e)
    ]
    if not before or before[-1] not in _earlier_wholes(text, p, part, ledger, baselines):
        return None
    whole = before[-1]
    if has_own_share(text, whole, ledger):
        return None  # "Residential fires numbered 3,908, accounting for 41.5 percent of the
        # total": a figure given as a share of the total is one of its parts, not the total
    if whole.start is not None and part.start is not None and not period_within(part, whole):
        return None  # "Applications in March: 9,140" is no total of the quarter's 1,390
    pointed = _OF_THAT.match(text, sentence_start(doc, p)) is not None
    named = part.q.counted is not None and whole.q.counted is not None
    return whole if pointed or named else None


#: The words between two items of one list: no figure, stop or change, then "and".
_AND_NEXT = re.compile(r"[^\d;:.]{0,60}(?:,\s*|\s)and\s+$", re.I)


def _list_item(text: str, e: Entry, ledger: list[Entry]) -> bool:
    """ "registered 12,740 applications in the first quarter and 11,900 in the second": a
    figure joined by "and" to another of its unit in its sentence is one item of a
    breakdown, never the unmarked total a later share "of the total" means."""
    for o in ledger:
        if o is e or o.sent != e.sent or o.q.unit != e.q.unit:
            continue
        first, second = (o, e) if o.q.end <= e.q.start else (e, o)
        between = text[first.q.end : second.q.start]
        if _AND_NEXT.fullmatch(between) and not changes_in(between):
            return True
    return False


def share_of_a_named_whole(
    doc: Doc, p: Entry, ledger: list[Entry], baselines: set[int]
) -> tuple[Entry, Entry] | None:
    """ "The retailer reported revenue of £820m ... Online sales reached £246m, accounting
    for 41% of revenue": a share set off after a count, of a noun that names no count of
    its own sentence, is that count's share of the nearest figure before it in the count's
    unit that the noun names (its subject, its counted noun, its line's label or the words
    just before it: "revenue of £820m")."""
    group = group_of(p)
    text = doc_text(doc)
    part = count_before(text, p, ledger)
    if group is None or part is None:
        return None
    if any(e.sent == p.sent and e.bare and counts_group(e, group) for e in ledger):
        return None  # the share's sentence counts its group itself
    wholes = [
        e
        for e in _earlier_wholes(text, p, part, ledger, baselines)
        if e.subject == group[-1]
        or counts_group(e, group)
        or label_names(text, e, group)
        or (measured(e) and named_just_before(text, e, group[-1]))
    ]  # "3,200 asylum applications covering 7,900 people": a count's own noun names it;
    # an amount's noun is its stuff ("exported 92,000 hectolitres of wine": exports)
    return (part, wholes[-1]) if wholes else None


def _earlier_wholes(
    text: str, p: Entry, part: Entry, ledger: list[Entry], baselines: set[int]
) -> list[Entry]:
    """The figures of the three sentences before a share that may be the whole its part is
    taken of, in text order: in the part's unit, counting the part's thing (or no noun),
    at least as large as the part, and in the share's setting. A change's baseline ("up
    39% from 8.9 million in 2024") is another time's figure, and a figure with a share of
    its own set off after it ("Wind: 19.6 TWh, about 41% of the total") is a sibling part,
    never the whole."""
    return [
        e
        for e in ledger
        if 0 < p.sent - e.sent <= 3
        and e.bare
        and not e.is_rate
        and not e.gap
        and e.q.unit == part.q.unit
        and id(e) not in baselines
        and e.iv.lo >= part.iv.hi
        and (e.q.counted is None or part.q.counted is None or same_thing(e, part))
        and same_setting(p, e)
        and not has_own_share(text, e, ledger)
    ]


#: "nearly a third of the year's rain": a share of what a named stretch of time held.
_OF_PERIODS = re.compile(
    r"\s+of (?:the|this|last) (?P<u>year|month|week|quarter)['\u2019]s\b", re.I
)


_PERIOD_DAYS = {"year": (360, 366), "month": (28, 31), "week": (7, 7), "quarter": (89, 92)}


def share_of_a_period(
    doc: Doc, p: Entry, ledger: list[Entry], same_sent: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "March alone brought 212 mm - nearly a third of the year's rain": the count the
    share is set off after, out of the first total in its unit over a whole such period
    that holds the count's own time."""
    text = doc_text(doc)
    m = _OF_PERIODS.match(text, p.q.end)
    if m is None:
        return None
    part = next(
        (a for a in same_sent if a.q.end <= p.q.start and PCT_OR.match(text[a.q.end : p.q.start])),
        None,
    )
    if part is None or part.start is None or part.end is None:
        return None
    lo, hi = _PERIOD_DAYS[m.group("u").lower()]
    wholes = [
        w
        for w in ledger
        if w is not part
        and not w.is_rate
        and w.q.unit == part.q.unit
        and w.q.unit not in SHARE_UNITS
        and w.start is not None
        and w.end is not None
        and w.start.year is not None
        and w.end.year is not None
        and lo <= (as_date(w.end) - as_date(w.start)).days + 1 <= hi
        and as_date(w.start) <= as_date(part.start) <= as_date(part.end) <= as_date(w.end)
        and w.place <= part.place
        and not w.scope.average  # "the 1,090 mm average of the 38 years"
    ]
    # the first such total: the article's own, before a neighbour's "1,240 mm for the year"
    return (part, wholes[0]) if wholes else None
