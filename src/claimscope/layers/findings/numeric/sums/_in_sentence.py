"""A whole and its parts in one sentence, joined by a cue: a colon or dash ("64 goals:
38 at home and 21 away"), "made up of", "of which", "including", bracketed counts, or
"with" before named parts. The whole may also be the figure of the sentence before that
the breakdown's subject points back to ("Revenue was split between ...").
"""

from __future__ import annotations

import itertools
import math
import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import singular
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._lists import closes, coordinated
from claimscope.layers.findings.numeric._pairing import (
    PER_MONTHS,
    far_apart,
    is_money,
    period_within,
)
from claimscope.layers.findings.numeric._wording import SHARE_UNITS, changes_in
from claimscope.layers.findings.numeric.sums._closers import named_whole
from claimscope.layers.findings.numeric.sums._found import adds_up, sum_words, total_of
from claimscope.layers.findings.numeric.sums._openers import OPENER

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


EXHAUSTIVE = re.compile(
    r"\b(?:made up of|comprising|compris(?:e|es|ed)(?: of)?|consist(?:s|ed|ing)? of|"
    r"split (?:between|among|into|across)|"
    r"divided (?:between|among|into|across)|broken down (?:into|as|by)|split by|"
    r"(?:break(?:s|ing)?|broke)(?:\s+[^\s.;:,\d]+){0,5}?\s+down (?:into|as)|"
    r"breakdown|namely)\b",
    re.I,
)


#: "64 goals this season: 38 at home and 21 away": a colon before the parts of one whole.
#: A spaced dash or an em dash works as the colon does: "5,400 patients - 2,100 adults, ...".
_BREAKDOWN = re.compile(r":\s|\s[-–—]\s|\w—(?=\s?\d)")


#: Nouns that name subgroups of people by age or sex: listed after a total of people,
#: they divide it ("5,400 patients - 2,100 adults ... and 1,300 children").
_SUBGROUPS = frozenset(
    (
        "adult",
        "child",
        "man",
        "woman",
        "boy",
        "girl",
        "teenager",
        "pensioner",
        "infant",
        "baby",
        "toddler",
        "minor",
        "senior",
        "juvenile",
        "youngster",
        "under-18",
        "over-65",
        "male",
        "female",
        "newborn",
        "adolescent",
        "elderly",
        "retiree",
    )
)


_INCLUSIVE = re.compile(r"\b(?:of whom|of which|of them|including|among them)\b", re.I)


def whole_before(
    doc: Doc, offset: int, previous: list[Entry], further: list[Entry], text: str
) -> Entry | None:
    """ "revenue of 840 million euros. Revenue was split between ...": the figure of the
    previous sentence (or the one before it) that hangs from the noun this sentence is
    about, or follows it closely ("on revenue up 9% at €1.86 billion")."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not (previous or further):
        return None
    subj = next((c for c in span.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = next((t for t in span.sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    if first is not None and first.i < (subj.i if subj is not None else len(doc)):
        subj = first  # "Revenue was split across ...: propulsion brought in ...": the opener's
    subj = cue_subject(doc, span.sent) or subj
    if subj is not None and subj.lower_ in ("it", "this", "that", "these", "those") and previous:
        return previous[0]  # "Turnover: £24.1m, up 11%. It was made up of ...": the lead figure
    summed = any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("total", "figure", "sum", "tally")
        for t in span.sent
    )
    if summed and previous:
        lead = [e for e in previous if not e.is_rate and e.q.unit not in SHARE_UNITS]
        if lead:
            return lead[0]  # "The council said the total was made up of 4,100 tonnes ..."
    if subj is None or subj.pos_ != "NOUN":
        return None
    lemma = str(subj.lemma_).lower()
    counts = [
        e
        for e in previous
        if not e.is_rate and e.q.unit not in SHARE_UNITS and e.q.unit not in PER_MONTHS
    ]
    found = [e for e in counts if lemma in e.scope.heads]
    if len(found) == 1:
        return found[0]
    if not found:
        noun_before = _noun_before(lemma)
        named = [
            e
            for e in [*further, *counts]
            if not e.is_rate
            and e.q.unit not in SHARE_UNITS
            and e.q.unit not in PER_MONTHS
            and noun_before.search(text, max(0, e.q.start - 80), e.q.start)
        ]
        if len(named) == 1:
            return named[0]
    if not found and any(c.lower_ in ("these", "those", "this", "that") for c in subj.children):
        return counts[0] if len(counts) == 1 else None  # "Those sales were made up of"
    return None


def cue_subject(doc: Doc, sent: Span) -> Token | None:
    """ "The company said revenue was made up of $1.5bn ...": the subject of the clause
    the breakdown verb heads ("revenue"), not of the verb that reports it ("company"),
    names what the parts make up."""
    cue = EXHAUSTIVE.search(sent.text)
    if cue is None:
        return None
    found = doc.char_span(
        sent.start_char + cue.start(), sent.start_char + cue.end(), alignment_mode="expand"
    )
    if found is None:
        return None
    verb = found[0] if found[0].pos_ in ("VERB", "AUX") else found[0].head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def breakdown_object_whole(
    text: str, offset: int, entries: list[Entry], ledger: list[Entry]
) -> Entry | None:
    """ "The forestry service's map ... breaks the fire's footprint down into three kinds
    of land: 3,100 hectares ..., 2,200 hectares ... and 1,500 hectares", paragraphs after
    "The fire burned 8,400 hectares": a breakdown verb whose object names the whole by a
    definite noun ("the fire's footprint") and whose sentence states no figure before it
    breaks down the latest earlier figure in the parts' unit of the thing, deed or doer
    that noun names."""
    found = parts_after_cue(text, offset, entries, measured=True)
    if found is None:
        return None
    cue, parts = found
    lead = text[cue.start() : parts[0].q.start - offset]
    return named_whole(lead, parts, ledger)


#: A sentence that opens by naming the dimension it breaks a count down by: "Broken down by
#: road type, ...", "Split by region, ...".
_BY_DIMENSION = re.compile(r"\W*(?:broken down|split|divided up|analysed) by [a-z -]{2,30},", re.I)

#: How many sentences back the whole of a breakdown "by" a dimension may stand.
_DIMENSION_REACH = 4


def dimension_whole(
    text: str, offset: int, entries: list[Entry], ledger: list[Entry]
) -> Entry | None:
    """ "The province recorded 2,846 road traffic accidents ... Broken down by road type,
    urban roads accounted for 1,120 casualty accidents, rural roads for 930 and
    expressways for 412": a sentence that opens by breaking a count down by one dimension
    breaks down the latest earlier figure, a few sentences back, that counts what its parts
    count (the same head noun)."""
    if _BY_DIMENSION.match(text) is None:
        return None
    found = parts_after_cue(text, offset, entries)
    if found is None:
        return None
    _, parts = found
    heads = {(p.q.counted or "").split()[-1:][0] for p in parts if p.q.counted}
    if len(heads) != 1:
        return None
    sent, top = parts[0].sent, max(p.iv.hi for p in parts)
    for e in reversed(ledger):
        if not 0 < sent - e.sent <= _DIMENSION_REACH or e.is_rate or e.q.unit != parts[0].q.unit:
            continue
        if (e.q.counted or "").split()[-1:] == list(heads) and e.iv.lo > top:
            return e
    return None


def parts_after_cue(
    text: str, offset: int, entries: list[Entry], *, measured: bool = False
) -> tuple[re.Match[str], list[Entry]] | None:
    """The breakdown cue of a sentence with no figure before it, and the two or more
    figures of one unit after it (with ``measured``, only amounts in a unit): a breakdown
    whose whole is told elsewhere, by a noun the sentence names."""
    cue = EXHAUSTIVE.search(text)
    if cue is None:
        return None
    cue_at = offset + cue.start()
    counts = [e for e in entries if e.q.unit not in SHARE_UNITS and not e.is_rate]
    if any(e.q.end <= cue_at for e in counts):
        return None
    parts = [e for e in counts if e.q.start >= cue_at and (e.q.unit is not None or not measured)]
    if len(parts) < 2 or len({e.q.unit for e in parts}) != 1:
        return None
    return cue, parts


def _noun_before(lemma: str) -> re.Pattern[str]:
    """ "revenue up 9% at", "Revenue for the half-year rose 14 per cent to": the noun a
    figure follows closely, with a change (and what it is for) between."""
    return re.compile(rf"\b{re.escape(lemma)}s?\b[^.;:,]{{0,60}}$", re.I)


_FUNDED = re.compile(
    r"\b(?:(?:will )?(?:come|comes|came) from|funded (?:by|from)|financed by|paid for by)\b", re.I
)


def count_sum(
    text: str, offset: int, entries: list[Entry], earlier: Entry | None = None
) -> list[Finding]:
    cue = EXHAUSTIVE.search(text)
    funded = _FUNDED.search(text) if cue is None else None
    if funded is not None and (
        any(is_money(e) and e.q.end <= offset + funded.start() for e in entries)
        or (earlier is not None and is_money(earlier))
    ):
        cue = funded  # "The £84m will come from £52m in grant, ...": money by its sources
        inclusive = _INCLUSIVE.search(text, 0, funded.start())
        if inclusive is not None:
            cue = inclusive  # "£4.6m, of which £3.1m came from a grant and £1.9m from ...":
            # the parts start after "of which", the first before "came from"
    cue = cue or _INCLUSIVE.search(text) or _BREAKDOWN.search(text)
    if cue is None:
        cue = _bracketed_parts(text, offset, entries) or _WITH_NAMED.search(text)
    if cue is None:
        return []
    exhaustive = _INCLUSIVE.search(text) is None and cue.re is not _WITH_NAMED
    cue_at = offset + cue.start()
    counts = [e for e in entries if e.q.unit not in SHARE_UNITS and not e.is_rate]
    opener = OPENER.match(text)
    if (
        cue.re is _FUNDED
        and opener is not None
        and counts
        and counts[0].q.start == offset + opener.end()
    ):
        return []  # "Of the £4.2m raised, £1.5m came from ...": parts, see opened_whole
    wholes = [e for e in counts if e.q.end <= cue_at]
    if not wholes and earlier is not None and cue.re in (EXHAUSTIVE, _FUNDED):
        wholes = [earlier]
    if not wholes:
        return []
    whole = _whole_in_unit(wholes, [e for e in counts if e.q.start >= cue_at])
    if _REST_OF.search(text, max(0, whole.q.start - offset - 40), whole.q.start - offset):
        return []  # "The rest of his 620-hectare farm is split between ...": parts of a rest
    stop = math.inf
    if cue.re is not _BREAKDOWN and (semi := text.find(";", cue.end())) >= 0:
        stop = offset + semi  # "of which £3.6 million ...; it raised £4.5 million": new clause
    parts = [
        e
        for e in counts
        if cue_at <= e.q.start < stop
        and e.q.unit == whole.q.unit
        and not (e.scope.hedged and not whole.scope.hedged)  # a forecast among the parts
        and (cue.re is not _INCLUSIVE or period_within(e, whole))  # "and expects 1,500 this year"
        and not _SET_AGAINST.search(text, max(0, e.q.start - offset - 25), e.q.start - offset)
        and not (
            _another_time(e, whole)  # "4,100 in Q1, double the 2,050 of Q1 2022, and ..."
            and not _dated_before(text, e, cue.start())
        )
    ]
    parts = coordinated(text, parts, offset)  # "..., and it is up 21% on the 71,000"
    if len(parts) < 2:
        return []
    closed = closes(text, parts[-1], offset)  # "... and the remaining 260": all the parts
    subgroups = cue.re in (_BREAKDOWN, _INCLUSIVE) and _subgroups(whole, parts)
    if subgroups:
        exhaustive = closed  # "40 injured: 12 children and 3 pensioners" names some only
    elif (
        cue.re in (_BREAKDOWN, _BRACKETED, _WITH_NAMED, _INCLUSIVE)
        and not all(same_thing(p, whole) or _named_bare(text, offset, p) for p in parts)
        and not (cue.re is _INCLUSIVE and _kinds_listed(text, offset, parts))
    ):
        return []  # "The toll: 38 deaths and 21 injuries" is not a breakdown of one whole
    else:
        exhaustive = exhaustive or closed
    if cue.re is _BREAKDOWN and cue.group(0).strip() != ":" and changes_in(text[cue.end() :]):
        return []  # "rose to 5,400 - up 2,100 on last year": a dash before a change
    total = total_of([p.iv for p in parts])
    if (exhaustive and total.meets(whole.iv)) or (not exhaustive and total.lo <= whole.iv.hi):
        return adds_up(whole, parts)  # the info when the parts make up all of it
    if far_apart(total, whole.iv):
        return []  # not parts of that whole: see FAR_APART
    if not exhaustive and any(
        w.q.unit == whole.q.unit and total.lo <= w.iv.hi and w.q.start < whole.q.start
        for w in wholes
    ):
        return []  # "164 from 47 countries, including 58 features and 106 shorts": a list
        # that names only some parts goes with the figure before it that can hold them
    sums = sum_words(parts, total)
    relation = "make up" if exhaustive else "are only part of"
    if closed:
        relation += f" (the last, {parts[-1].q.text}, being the rest)"
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            f"The parts listed do not add up to {whole.q.text}.",
            f"{sums}; the text says they {relation} {whole.q.text}.",
            whole,
            *parts,
        )
    ]


def _whole_in_unit(wholes: list[Entry], after: list[Entry]) -> Entry:
    """The figure before the cue that the parts after it break down: the last one, unless
    it is a stretch of time the clause runs over, and the parts measure something else
    ("$46.2 million over three years, the district says: $14.1 million in the first year,
    ..."): then the last before it in the parts' unit."""
    last = wholes[-1]
    if not after or last.q.unit == after[0].q.unit or last.q.unit not in PER_MONTHS:
        return last
    return next((w for w in reversed(wholes) if w.q.unit == after[0].q.unit), last)


#: "The rest of his 620-hectare farm", "the remainder of the £4m": what the parts after it
#: make up is that whole less what came before, a figure the text does not give.
_REST_OF = re.compile(
    r"\b(?:rest|remainder|balance) of (?:the |his |her |its |their |our |this |that )?"
    r"[^.;:\d]{0,20}$",
    re.I,
)


#: "double the 2,050", "compared with 3,100", "up from 900": a figure a part is set
#: against, no part itself.
_SET_AGAINST = re.compile(
    r"\b(?:double|twice|triple|half|compared (?:with|to)|up from|down from|against|versus|"
    r"vs\.?|than)\s+(?:the\s+|its\s+|their\s+)?(?:about\s+|some\s+|around\s+)?$",
    re.I,
)


def _dated_before(text: str, e: Entry, cue: int) -> bool:
    """Whether the phrase that dates a part stands before the list's cue ("The council on
    Tuesday adopted a budget of 820 million euros for 2025, split between education (310
    million euros), ..."): it dates the clause the whole is told in, the day of the
    telling, not a period of the part's own, so it sets no part apart from its whole."""
    said = e.q.period.text if e.q.period is not None else ""
    at = text.find(said) if said else -1
    return 0 <= at < cue


def _another_time(e: Entry, whole: Entry) -> bool:
    """Whether a figure's dated period lies wholly outside its whole's."""
    spans = (e.start, e.end, whole.start, whole.end)
    keys = [(d.year, d.month, d.day) for d in spans if d is not None and d.year is not None]
    if len(keys) < 4:
        return False
    start, end, w_start, w_end = keys
    return end < w_start or w_end < start


_LIST_GAP = re.compile(r"^\s*[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s*(?:,|,?\s+and|,?\s+or)\s*$")


def _kinds_listed(text: str, offset: int, parts: list[Entry]) -> bool:
    """ "3,480 wading birds, among them 1,900 dunlin, 1,150 knot and 820 redshank": bare
    counts of other nouns listed one after another after an inclusive cue are kinds of the
    whole, so together they cannot exceed it. A verb between two of them ("including 5
    children and destroyed 300 homes") ends the list."""
    if any(p.q.unit is not None or p.q.counted is None for p in parts):
        return False
    return all(
        _LIST_GAP.match(text[a.q.end - offset : b.q.start - offset]) is not None
        for a, b in itertools.pairwise(parts)
    )


def _subgroups(whole: Entry, parts: list[Entry]) -> bool:
    """Whether every part counts people of an age or sex (or the whole's own thing) and at
    least one names such a subgroup, so the parts divide a whole of people."""
    if whole.q.counted is None or whole.thing in _SUBGROUPS:
        return False
    heads = [singular((p.q.counted or p.thing or "").split(" ")[-1]) for p in parts]
    named = [h in _SUBGROUPS for h in heads]
    return any(named) and all(n or same_thing(p, whole) for n, p in zip(named, parts, strict=True))


_BRACKETED = re.compile(r"\(")


def _bracketed_parts(text: str, offset: int, entries: list[Entry]) -> re.Match[str] | None:
    """ "64 goals have come from open play (41), set pieces (17) and penalties (9)": two or
    more bare bracketed counts after a count break it down, as a colon list does. The
    cue returned is the first bracket."""
    inside = [
        e
        for e in entries
        if text[e.q.start - offset - 1 : e.q.start - offset] == "("
        and text[e.q.end - offset : e.q.end - offset + 1] == ")"
    ]
    if len(inside) < 2 or not any(e.q.end <= inside[0].q.start for e in entries):
        return None
    return _BRACKETED.search(text, inside[0].q.start - offset - 1)


#: "..., with Kingsmead 5,100 and St Anne's 4,200": named parts after a total.
_WITH_NAMED = re.compile(r",?\s\bwith\s+(?:the\s+)?(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+\d)")


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")


def _named_bare(text: str, offset: int, part: Entry) -> bool:
    """ "Kingsmead 5,100, St Anne's 4,200 and the Royal 2,600": a bare figure right after a
    name, in a list after a total, is that holder's part of the total's thing."""
    if part.q.counted is not None:
        return False
    at = part.q.start - offset
    return _NAME_BEFORE.search(text, max(0, at - 40), at) is not None
