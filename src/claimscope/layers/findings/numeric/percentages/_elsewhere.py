"""Shares whose own sentence gives no part and whole, held against counts of the share's
group the article gives elsewhere: a headline's "Nearly four in ten reservists" against
the body's "4,800 reservists ... Of those, 1,150", or a count's share of the one figure
elsewhere that counts the group it names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers._quantities.units import LENGTH_UNITS
from claimscope.layers.findings._ledger import Entry, doc_text, same_thing, unit_dimension
from claimscope.layers.findings._lexicon import counts_people, singular
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._shares import (
    WIDER,
    Tally,
    counts_group,
    group_of,
    predicate_words,
    same_setting,
    sentence_end,
    sentence_start,
    sentence_text,
)
from claimscope.layers.findings.numeric._wording import EARLIER_MARK
from claimscope.layers.findings.numeric.percentages._found import (
    PCT_OR,
    any_part_gives,
    count_before,
    counts_in_setting,
    fmt_share,
    has_own_share,
    share_mismatch,
)
from claimscope.layers.findings.numeric.percentages._groups import group_fits, label_names

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _earlier_share(p: Entry, whole: Entry) -> bool:
    """A share told of an earlier time ("A year ago", "two years earlier") that no date
    resolves, held against a whole told of none: the counts are today's."""
    said = p.q.period.text if p.q.period is not None else ""
    told = whole.q.period.text if whole.q.period is not None else ""
    return bool(EARLIER_MARK.search(said)) and not EARLIER_MARK.search(told)


def counted_elsewhere(
    doc: Doc, p: Entry, ledger: list[Entry], found: list[Tally]
) -> Finding | None:
    """ "Nearly four in ten reservists ignored call-up" in the headline, "4,800 reservists
    ... Of those, 1,150 failed to appear" in the body: a share whose own sentence gives no
    count of its group, held against the part and whole the article counts elsewhere.

    Only one whole in the article may count the group (shares of men and of women, of two
    regions or two years are never crossed), in the same place and time; and the share
    must be tied to the counts by more than the noun: it heads the article, or says what
    they say ("with a GP" and "with one of its GPs").
    The share holds when any counted part, the rest of the whole, or all the parts
    together give it."""
    group = group_of(p) or _group_pointed_at(doc_text(doc), p, ledger)
    if group is None or p.scope.hedged or WIDER.search(sentence_text(doc, p)):
        return None
    if any(e.sent == p.sent and e is not p and e.bare and counts_group(e, group) for e in ledger):
        return None  # the share's own sentence counts its group: not a share of counts elsewhere
    if _own_count_before(doc_text(doc), p, ledger):
        return None  # "268 people waited more than 12 hours, nearly 3% of attendances"
    text = doc_text(doc)
    mine = [
        t
        for t in found
        if p.sent not in (t.part.sent, t.whole.sent)
        and not has_own_share(text, t.part, ledger)  # "5,700 of them, or 3.1%": taken
        and (group_fits(doc, p, group, t.whole) is not None or _whole_redescribed(doc, p, group, t))
        and same_setting(p, t.whole)
        and not (p.start is not None and t.whole.start is None)  # "Last year 68% of pupils"
        and not _earlier_share(p, t.whole)  # "A year ago, 27 per cent of the buildings"
    ]
    if not mine or len({t.whole.iv for t in mine}) != 1:
        return None
    scale = 100.0 if p.q.unit == "percent" else 1.0
    whole = mine[0].whole
    parts = list({id(t.part): t.part for t in mine}.values())
    if any_part_gives(p, whole, parts, ledger):
        return _fits_elsewhere(p, whole, parts, scale)
    loose = any(group_fits(doc, p, group, t.whole) != "exact" for t in mine)
    if not loose and any(_wider_count(e, whole, group) for e in ledger):
        return None  # "14,820 patients in October" and "3,940 patients" brought by
        # ambulance: a share "of patients" may be of either, and its own part is not given
        # (a share whose words name the whole's deed, "members who responded", is its own)
    part = _tied_part(doc, p, parts, group, by_words=loose)
    if part is None:
        return None
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{p.q.text} does not match {part.q.text} out of {whole.q.text}, "
        "the counts the article gives for them.",
        f"{part.q.text} / {whole.q.text} = {fmt_share(part, whole, scale)}; "
        f"{p.q.text} allows {p.iv}{'%' if scale == 100 else ''}.",
        p,
        part,
        whole,
    )


#: A share of the people the speaker knows or met: "Half of the people I know who left",
#: "most of the students we spoke to". An anecdote's circle, no group the article counts.
SPEAKERS_CIRCLE = re.compile(
    r"\s+of\s+(?:the\s+|all\s+the\s+|those\s+)?(?:[a-z-]+\s+){0,2}?(?:who(?:m)?\s+|that\s+)?"
    r"(?:I|we|you)\s+(?:know|knew|met|meet|spoke\s+to|speak\s+to|talked\s+to|talk\s+to|"
    r"grew\s+up\s+with|work\s+with|worked\s+with|studied\s+with)\b",
    re.I,
)


#: "Of those children, 786": a fronted partitive calling the whole's members by a noun.
_FRONTED_THOSE = re.compile(r"(?:Of|Among) (?:those|these|the) ([a-z]+),\s*$")


def _whole_redescribed(doc: Doc, p: Entry, group: list[str], t: Tally) -> bool:
    """ "1,180 applications. Of those children, 786 have been offered ...": the text calls
    the whole's members by the noun it gives the part, so a share of that kind of thing
    (people: "four in five pupils") may be of this whole, whatever noun the whole has."""
    text = doc_text(doc)
    m = _FRONTED_THOSE.search(text, sentence_start(doc, t.part), t.part.q.start)
    if m is None or not same_setting(p, t.part):
        return False
    noun = m.group(1)
    return counts_group(t.part, group) or (counts_people(noun) and counts_people(group[-1]))


def _wider_count(e: Entry, whole: Entry, group: list[str]) -> bool:
    """Whether ``e`` counts the share's group too, and more of it than the tally's whole:
    then the whole is one subgroup, and the article holds more than one whole."""
    return (
        e.bare
        and not e.is_rate
        and e.q.unit == whole.q.unit
        and e.iv.lo > whole.iv.hi
        and counts_group(e, group)
    )


def whole_counted_elsewhere(doc: Doc, p: Entry, ledger: list[Entry]) -> Finding | None:
    """ "Registered to vote abroad: 1.2 million" and, lines later, "Ballots received:
    260,000, roughly one in three registered voters": a share set off right after a count
    is that count's share of the group it names; when the share's sentence counts no such
    group, the whole is the one figure elsewhere in the article that counts it, by its
    noun or by the label of its key-figures line, in the count's unit, larger than the
    count, in the same place and time and narrowed to no place the share does not name."""
    group = group_of(p)
    text = doc_text(doc)
    if group is None or WIDER.search(_up_to_clause_end(text, sentence_start(doc, p), p)):
        return None
    part = _set_off_count(text, p, ledger) or _clause_count(text, p, ledger)
    if part is None:
        return None
    wholes = [
        e
        for e in counts_in_setting(p, ledger)
        if e.q.unit == part.q.unit
        and e.iv.lo > part.iv.hi
        and (counts_group(e, group) or label_names(text, e, group))
        and not _narrower(e, p)
    ]
    if len({w.iv for w in wholes}) > 1 and _OF_ALL.match(text, p.q.end):
        # "about 22 per cent of all the plots we manage": the whole group, counted first in
        # a sentence that goes on to its members ("880 plots on 12 sites, from Ferry Lane,
        # which has 164 plots ...")
        top = max(wholes, key=lambda w: w.iv.lo)
        if all(w.sent == top.sent and w.q.start >= top.q.start for w in wholes):
            wholes = [top]
    if len({w.iv for w in wholes}) != 1:
        return None
    why = "the count the article gives for the group the share names"
    return share_mismatch(p, part, wholes[0], why)


def _up_to_clause_end(text: str, start: int, p: Entry) -> str:
    """A share's sentence up to the end of the share's own clause: "83 per cent of all
    attendances, against the national standard of 95 per cent" stops at the comma, so the
    benchmark set beside it does not make the share a wider population's."""
    end = _CLAUSE_END.search(text, p.q.end)
    return text[start : end.start() if end else p.q.end]


_CLAUSE_END = re.compile(r"[,;:.!?\n]")


#: "of all the plots we manage", "of all its members": a share of the whole group.
_OF_ALL = re.compile(r"\s+of\s+all\s+(?:the\s+|its\s+|their\s+|our\s+)?[a-z]", re.I)


#: A share that opens its sentence by pointing back: "That is roughly one in five".
_POINTED = re.compile(
    r"^\W*(?:that|this|it)\s+(?:is|was|'s|\u2019s|represents|represented|amounts\s+to)\s+"
    r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+|some\s+|just\s+over\s+|"
    r"just\s+under\s+)?$",
    re.I,
)


def pointed_share_of_all(
    doc: Doc, p: Entry, ledger: list[Entry], baselines: set[int]
) -> Finding | None:
    """ "208 children are living more than 20 miles away. That is roughly one in five of
    all the children the council looks after": the part is the count of the group the
    sentence before gives; the whole, the one other count of the whole group the article
    gives (not a change's baseline), wherever it stands. "74 miles were rated in poor
    condition. That is about 35 per cent of the network": a part measured in a unit (miles,
    hectares) over the one larger figure the article gives in that unit ("maintains 318
    miles of road")."""
    text = doc_text(doc)
    if not _POINTED.match(text[sentence_start(doc, p) : p.q.start]):
        return None
    before = [
        e for e in ledger if e.sent == p.sent - 1 and e.bare and not e.is_rate and e.iv.lo > 0
    ]
    group = group_of(p)
    if group is not None and _OF_ALL.match(text, p.q.end):
        parts = [e for e in before if counts_group(e, group)]
        if len(parts) != 1:
            return None
        part = parts[0]
        wholes = [
            e
            for e in counts_in_setting(p, ledger)
            if e.q.unit == part.q.unit and counts_group(e, group) and not _narrower(e, p)
        ]
    elif _OF_THE.match(text, p.q.end):
        parts = [e for e in before if unit_dimension(e.q.unit) is not None]
        if len(parts) != 1:
            return None
        part = parts[0]
        wholes = [e for e in ledger if e.q.unit == part.q.unit and e.bare and not e.is_rate]
    else:
        return None
    wholes = [
        e for e in wholes if e is not part and id(e) not in baselines and e.iv.lo > part.iv.hi
    ]
    if len({w.iv for w in wholes}) != 1:
        return None
    return share_mismatch(p, part, wholes[0], "the count the article gives for the whole")


#: "of the network", "of its land": a share of a whole the article named before.
_OF_THE = re.compile(r"\s+of\s+(?:the|its|their|our)\s+[a-z]", re.I)


def _narrower(whole: Entry, p: Entry) -> bool:
    """ "Aldenport, the provincial capital: 412,000 residents" against "14.3% of
    residents": a count tied to a place or a named holder the share does not name counts
    only some of the share's group."""
    return bool((whole.place - p.place) or (whole.scope.names - p.scope.names))


def _set_off_count(text: str, p: Entry, ledger: list[Entry]) -> Entry | None:
    """The count a share is set off right after ("260,000, roughly one in three"), a bare
    count of its sentence with nothing but a comma, "or" or an approximator between."""
    before = [
        e
        for e in ledger
        if e.sent == p.sent and e.bare and not e.is_rate and e.q.end <= p.q.start and e is not p
    ]
    if before and before[-1].q.unit in LENGTH_UNITS:
        return None  # "seen within four hours - 83 per cent": the clause's count, if any
    if not before or not PCT_OR.match(text[before[-1].q.end : p.q.start]):
        return None
    return before[-1] if before[-1].iv.lo > 0 else None


#: "132 plots went to new tenants, about 22 per cent of all the plots", "6,315 patients
#: were seen within four hours - 83 per cent of all attendances": a share set off by a
#: comma or a spaced dash after the clause its count leads, with no other count between.
_CLAUSE_THEN_SHARE = re.compile(
    r"^[^\d;:.!?]{0,100}(?:,|\s[-\u2013\u2014]|\u2014)\s*(?:or\s+|that is\s+|which is\s+)?"
    r"(?:about|some|roughly|nearly|almost|"
    r"around|just over|just under|more than|less than|over|under)?\s*$",
    re.I,
)
#: "of attendances", "of all the plots": a share of a named group (not "of them").
_OF_NAMED = re.compile(
    r"\s+of\s+(?!them\b|those\b|these\b)(?:all\s+)?(?:the\s+|its\s+|their\s+|our\s+)?[a-z]",
    re.I,
)


def _clause_count(text: str, p: Entry, ledger: list[Entry]) -> Entry | None:
    """The count leading the clause a share of a named group is set off after; a length of
    time in the clause ("within four hours") is how it was counted, not another count."""
    if not _OF_NAMED.match(text, p.q.end):
        return None
    before = [e for e in ledger if e.sent == p.sent and e.q.end <= p.q.start and e is not p]
    while before and before[-1].q.unit in LENGTH_UNITS:
        before.pop()
    if not before or not before[-1].bare or before[-1].is_rate or before[-1].iv.lo <= 0:
        return None
    gap = text[before[-1].q.end : p.q.start]
    return before[-1] if _CLAUSE_THEN_SHARE.match(gap) else None


def _own_count_before(text: str, p: Entry, ledger: list[Entry]) -> bool:
    """Whether a count stands right before the share in its clause, the share set off after
    it ("268 people waited more than 12 hours, nearly 3% of attendances"): the share is
    that count's, whatever group the share names."""
    return count_before(text, p, ledger) is not None


#: "Nearly 40% of them", "half of those": a share of a group named before.
OF_THEM = re.compile(r"\s+(?:out )?of (?:them|those|these)\b", re.I)


def _group_pointed_at(text: str, p: Entry, ledger: list[Entry]) -> list[str] | None:
    """ "... monitors 1,240 filling stations. ... 'Nearly 40% of them were above 1.90'":
    the group of a share "of them" is what the nearest count before it names, in its
    sentence or the two before, when that count names a noun of its own."""
    if not OF_THEM.match(text, p.q.end) or _DESCRIBED_THOSE.match(text, p.q.end):
        return None
    before = [e for e in ledger if e.q.end <= p.q.start and 0 <= p.sent - e.sent <= 2 and e.bare]
    if not before or not before[-1].q.counted:
        return None  # "310 of them ... 'Nearly 40% of them'": them may be the 310
    return group_of(before[-1])


#: "2.7% of those given placebo", "of those who replied": "those" with a participle or a
#: relative clause names its group afresh by what was done to it; it points back at no count.
_DESCRIBED_THOSE = re.compile(
    r"\s+(?:out )?of th[eo]se\s+(?:who|whom|whose|which|that|[a-z]{3,}ed|given|taken|seen|"
    r"held|born|shown|known|sent|kept|told|left|hit|put|won|lost|made|paid|found|brought|"
    r"bought|caught|chosen|driven|written|done)\b",
    re.I,
)


def _fits_elsewhere(p: Entry, whole: Entry, parts: list[Entry], scale: float) -> Finding | None:
    """ "A third of bus routes axed" over "42 of its 126 routes": a share said apart from
    its counts that one counted part gives is worth showing as checked (info); when only
    the rest or a sum of parts gives it, which counts it means is unclear, so nothing."""
    fitting = [a for a in parts if (a.iv / whole.iv).scale(scale).meets(p.iv)]
    if len(fitting) != 1:
        return None
    part = fitting[0]
    if part.q.counted and whole.q.counted and not same_thing(part, whole):
        return None
    return numeric_finding(
        "percentage_mismatch",
        "info",
        f"{p.q.text[:1].upper()}{p.q.text[1:]}: {part.q.text} out of {whole.q.text} is "
        f"{fmt_share(part, whole, scale)}, which fits.",
        f"{part.q.text} / {whole.q.text} = {fmt_share(part, whole, scale)}; "
        f"{p.q.text} allows {p.iv}{'%' if scale == 100 else ''}.",
        p,
        part,
        whole,
    )


def _tied_part(
    doc: Doc, p: Entry, parts: list[Entry], group: list[str], *, by_words: bool = False
) -> Entry | None:
    """The part a share speaks of: one whose clause shares a content word with the share's
    sentence ("with a GP", "with one of its GPs"); else, when the share or the part is the
    headline's claim, that part; else none: a share next to a tally may say something else of
    the same group ("More than half of our members are over 60" beside "Of those 840
    members, 120 joined this year")."""
    skip = frozenset(group)
    said = predicate_words(doc, sentence_start(doc, p), sentence_end(doc, p), skip=skip)
    tied = [
        a for a in parts if said & predicate_words(doc, a.q.start, sentence_end(doc, a), skip=skip)
    ]
    if tied or by_words:  # a group matched only loosely needs the words to tie it
        return tied[0] if tied else None
    if p.sent == 0:
        return parts[0]
    return next((a for a in parts if a.sent == 0), None)  # the counts are the headline's


#: "780,000 tonnes of the new crop": a count drawn out of a group the text names.
_OF_THE_GROUP = re.compile(
    r"\s+of\s+(?:the|its|their|this|that|[a-z]+\s+year['\u2019]s)\s+"
    r"(?P<words>(?:[a-z-]+\s+){0,2}[a-z-]+)\b",
    re.I,
)


def drawn_part_elsewhere(doc: Doc, p: Entry, ledger: list[Entry]) -> Finding | None:
    """ "a wheat crop of 2.4 million tonnes", "Exporters have contracted 780,000 tonnes of
    the new crop" and, in another sentence, "the export commitments amounted to about 41
    percent of this year's crop": a share of a group whose sentence gives no count is the
    share of the one count drawn "of the" group (the part) in the one larger count of the
    group (the whole), both in one unit and in the share's setting. Any other count of the
    group, or a part with a share of its own, leaves the pairing open."""
    group = group_of(p)
    text = doc_text(doc)
    if group is None or p.scope.hedged or WIDER.search(sentence_text(doc, p)):
        return None
    if any(e.sent == p.sent and e is not p and e.bare for e in ledger):
        return None  # its sentence gives counts: a share of those, not of the article's
    counts = [e for e in counts_in_setting(p, ledger) if e.iv.lo > 0 and counts_group(e, group)]
    drawn = [e for e in counts if _drawn_from(text, e, group)]
    if len(drawn) != 1 or has_own_share(text, drawn[0], ledger):
        return None
    part = drawn[0]
    wholes = [e for e in counts if e is not part and e.q.unit == part.q.unit]
    if len(wholes) != 1 or wholes[0].iv.lo <= part.iv.hi or _narrower(wholes[0], p):
        return None
    why = "the part the article draws from the group the share names and the group's whole"
    return share_mismatch(p, part, wholes[0], why)


def _drawn_from(text: str, e: Entry, group: list[str]) -> bool:
    """Whether a count is followed by "of the" and the group's noun."""
    m = _OF_THE_GROUP.match(text, e.q.end)
    return m is not None and group[-1] in {singular(w) for w in m.group("words").lower().split()}


#: A share set off at the end of its count's clause by a dash or a comma: "4,100 of the
#: cases filed in 2023 were still pending — nearly a third of everything that came in".
_SET_OFF_AT_END = re.compile(r"(?:,|\s[—–-])\s*$")


def drawn_count_set_off(doc: Doc, p: Entry, ledger: list[Entry]) -> Finding | None:
    """ "4,100 of the cases filed in 2023 were still pending on December 31 — nearly a
    third of everything that came in during the year": a share set off after the clause of
    a count drawn "of the" group, naming no group of its own, is that count's share of the
    one larger count of the group elsewhere, in the share's setting."""
    text = doc_text(doc)
    if group_of(p) is not None or not _SET_OFF_AT_END.search(text, 0, p.q.start):
        return None
    before = [e for e in ledger if e.sent == p.sent and e.bare and e.q.end <= p.q.start]
    if len(before) != 1 or before[0].is_rate:
        return None
    part = before[0]
    m = _OF_THE_GROUP.match(text, part.q.end)
    if m is None:
        return None
    group = [singular(m.group("words").split()[0].lower())]
    wholes = [
        e
        for e in counts_in_setting(p, ledger)
        if e.q.unit == part.q.unit and e.iv.lo > part.iv.hi and counts_group(e, group)
    ]
    if len({w.iv for w in wholes}) != 1:
        return None
    why = "the count its group is drawn from"
    return share_mismatch(p, part, wholes[0], why)
