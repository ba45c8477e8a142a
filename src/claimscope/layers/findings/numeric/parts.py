"""``part_exceeds_whole``: a part larger than its whole, or a sub-period larger than its period.

A part is only taken as one when the text says so (a partitive "of them", a sub-period,
a subgroup noun); a larger figure whose noun is narrowed ("patients under five") may be
a subgroup of its own and is reported as info.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers._quantities.periods import find_periods
from claimscope.layers._words import TALLY_VERBS
from claimscope.layers.findings._ledger import (
    PEOPLE,
    Entry,
    Span3,
    months_between,
    same_thing,
)
from claimscope.layers.findings._lexicon import canonical, counts_people, singular
from claimscope.layers.findings.base import check

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._book import (
    READS,
    book_of,
    numeric_finding,
    publication_end,
)
from claimscope.layers.findings.numeric._elided_parts import elided_from, elided_whole
from claimscope.layers.findings.numeric._pairing import (
    actions_clash,
    comparable,
    far_apart,
    flow_verb,
    period_contains,
    period_text,
    period_within,
    unrelated_money,
)
from claimscope.layers.findings.numeric._sizes_and_baselines import sizes_a_change
from claimscope.layers.findings.numeric._wording import (
    SHARE_UNITS,
    alone_word,
    given_as_part,
    group_of_part,
    is_partitive,
    pronoun_whole,
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
        and (w := _alone_whole(e, marked[id(e)], ledger, marked, draft)) is not None
    }
    placed = {
        id(e): w
        for e in ledger
        if id(e) not in marked and (w := _wide_whole(e, ledger, marked)) is not None
    }
    gaps = {id(e) for e in ledger if e.gap or sizes_a_change(draft.text, e)}
    ranked = {id(e) for e in ledger if _ranked_member(doc, e)}
    # members, never wholes: "1,104 of this year's fires" (unless a part points to it) and
    # "18,400 (Royal Tamsin 11,200; Kirkby General 7,200)"
    given = {
        id(e)
        for e in ledger
        if given_as_part(draft.text, e)
        or _share_amount(draft.text, e, ledger)
        or _after_of_opener(draft, e)
        or elided_from(draft.text, e, ledger) is not None
    }
    bracketed = {id(e) for e in ledger if _bracketed(draft.text, e, ledger)}
    for part in ledger:
        pointed = None
        if not part.is_rate and not _OF_BEFORE.search(
            draft.text, max(0, part.q.start - 16), part.q.start
        ):
            pointed = (
                pronoun_whole(doc, part, ledger)
                or _headline_whole(draft.text, part, ledger)
                or _included_whole(draft, part, ledger)
                or _series_whole(draft, part, ledger, pub_end)
                or elided_whole(doc, part, ledger)
            )
        for whole in ledger:
            if part is whole or part.is_rate or whole.is_rate or _level(part) or _level(whole):
                continue
            if id(part) in gaps or id(whole) in gaps:
                continue
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
                or _subgroup(part, whole)
                or _held_share(doc, part, whole)
                or (id(part) in ranked and _ranked_pair(part, whole, ranked))
            )
            if not (contained or partitive) or part.iv.lo <= whole.iv.hi:
                continue
            if not partitive and any(_change_end(draft.text, e) for e in (part, whole)):
                continue  # "emissions have more than halved since 2010, from 180 million
                # tonnes to 88 million": a level at one end of the span, no total over it
            if not partitive and _other_place_said(doc, part, whole):
                continue  # "the islands received 46,800 arrivals last year" and "Italy ...
                # close to the 55,200 it recorded over the same period of 2024"
            if not partitive and _member_alone(whole, marked):
                continue  # "The fourth quarter ... 305,000 t" and "Kansanshi alone produced
                # 190,000 t in 2024": one member's year, no whole of all members' quarter
            if not partitive and (_one_unnamed(part, whole) or unrelated_money(part, whole)):
                continue  # "output reached 187,900 t" and "410,000 t of concentrate in Q2"
            if not partitive and _other_flow(part, whole):
                continue  # "closed 11 shops in the quarter" and "21 new shops in March"
            if far_apart(part.iv, whole.iv):
                continue  # not a part of that whole: see FAR_APART
            what = "its sub-period" if contained else "the group it belongs to"
            if in_place and not contained:
                what = f"a part (in {', '.join(sorted(p.title() for p in part.place))})"
            elif alone and not contained:
                what = f'a part ("{marked[id(part)].text} alone")'
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


#: "296,000 of the kettles": a definite plural noun right after a figure.
_OF_THE_PLURAL = re.compile(r"\s+(?:out )?of the (?P<noun>[a-z][\w-]*s)\b(?![\s\d]*\d)", re.I)


def _headline_whole(text: str, part: Entry, ledger: list[Entry]) -> Entry | None:
    """ "Brightwell recalls a quarter of a million kettles" ... "some 296,000 of the
    kettles sold in Ontario": a headline states the story's total, and "N of the NOUN" far
    below, with no nearer figure of that noun, takes it as its whole. Only the one headline
    figure counting that noun qualifies."""
    m = _OF_THE_PLURAL.match(text, part.q.end)
    if m is None or part.q.unit in SHARE_UNITS or part.sent < 2:
        return None
    noun = canonical(singular(m.group("noun").lower())).split()[-1:]
    heads = [
        e
        for e in ledger
        if e.sent == 0
        and e.q.unit == part.q.unit
        and not e.is_rate
        and canonical(e.q.counted or "").split()[-1:] == noun
    ]
    return heads[0] if len(heads) == 1 else None


#: "Cruise passengers, included in sea arrivals: 428,000": the group a figure's own label
#: says it is counted in.
_INCLUDED_IN = re.compile(
    r"\b(?:(?:already )?included in|counted (?:in|among)|(?:a )?subset of)\s+(?:the\s+|all\s+)?"
    r"(?P<group>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
    re.I,
)


def _words_of(text: str) -> set[str]:
    """The words of a label, singular and split at hyphens ("day-ticket visitors")."""
    return {singular(w.lower()) for w in re.findall(r"[a-z]+", text, re.I)}


def _included_whole(draft: Draft, part: Entry, ledger: list[Entry]) -> Entry | None:
    """ "Arrivals by sea (ferry and cruise combined): 365,000" ... "Cruise passengers,
    included in sea arrivals: 428,000": a figure whose own clause says it is included in a
    named group is a part of the one other figure in its unit whose label (the words of its
    sentence before it) names every word of that group."""
    text = draft.text
    m = _INCLUDED_IN.search(text, _label_start(text, part), part.q.start)
    if m is None or any(m.end() <= e.q.start < part.q.start for e in ledger):
        return None
    group = _words_of(m.group("group")) - {"the", "all", "and", "of"}
    found = [
        w
        for w in ledger
        if w is not part
        and w.q.unit == part.q.unit
        and not w.is_rate
        and _label_start(text, w) != _label_start(text, part)
        and group <= _words_of(text[_label_start(text, w) : w.q.start])
    ]
    return found[0] if len(found) == 1 else None


def _label_start(text: str, e: Entry) -> int:
    """Where the words before a figure on its line begin, at most 120 characters back or
    after the last full stop: a list line's label, which the sentence splitter may have cut
    from its figure at the colon."""
    floor = max(text.rfind("\n", 0, e.q.start) + 1, e.q.start - 120)
    stop = text.rfind(". ", floor, e.q.start)
    return floor if stop < 0 else stop + 2


#: "The largest single exchange", "the deadliest single attack": one event of a series.
_SINGLE_OF_SERIES = re.compile(r"\b(?:[a-z]+est|most \w+)\s+single\s+(?P<noun>[a-z][\w-]*)\b", re.I)


def _series_whole(
    draft: Draft, part: Entry, ledger: list[Entry], pub_end: Span3 | None
) -> Entry | None:
    """ "Since exchanges resumed in January 2024, 1,150 prisoners have been brought home"
    ... "The largest single exchange ... returned 1,390 people": a count said of the
    largest single event of a series is a part of the one count in another sentence that
    names that series and whose period holds the event's, counting people alike. A
    single day or month is a time, not an event, and a cap ("up to") counts nothing."""
    if part.q.unit is not None or part.sent >= len(draft.sentences):
        return None
    sent = draft.sentences[part.sent]
    m = _SINGLE_OF_SERIES.search(draft.text, sent.start, part.q.start)
    if m is None:
        return None
    noun = singular(m.group("noun").lower())
    if noun in _TIME_NOUNS:
        return None  # "the busiest single day": a time, which periods already place
    found = [
        w
        for w in ledger
        if w.sent != part.sent
        and w.sent < len(draft.sentences)
        and w.q.unit is None
        and not w.is_rate
        and not w.scope.hedged
        and w.iv.lo > 0  # "allows up to 3,200 people": a cap, no count of the series
        and counts_people(w.q.counted) == counts_people(part.q.counted)
        and noun in _words_of(draft.sentences[w.sent].text)
        and period_contains(w, part, ledger, pub_end)
    ]
    return found[0] if len(found) == 1 else None


#: "four of those six": a figure right after "of those" names the group itself, the
#: whole of the figure before it, never a part pointing back.
_OF_BEFORE = re.compile(r"\bof (?:those|these|the|all|all the)\s+\Z", re.I)


def _share_amount(text: str, e: Entry, ledger: list[Entry]) -> bool:
    """Whether the figure restates a share of something as an amount: "accounted for 22%
    of output in the period, around 410,000 tonnes", "410,000 tonnes, or 22% of output":
    a part of that whole, never a whole of its own."""
    for s in ledger:
        if s.sent != e.sent or s.q.unit not in SHARE_UNITS:
            continue
        if s.q.end <= e.q.start and _SHARE_THEN_AMOUNT.fullmatch(text, s.q.end, e.q.start):
            return True
        if e.q.end <= s.q.start and _AMOUNT_THEN_SHARE.fullmatch(text, e.q.end, s.q.start):
            return _OF_AFTER.match(text, s.q.end) is not None
    return False


#: Between a share and the amount it comes to: " of output in the period, around ".
_SHARE_THEN_AMOUNT = re.compile(
    r"\s+of\s+[^,;.]{1,50},\s+(?:or\s+)?(?:some\s+|about\s+|around\s+|roughly\s+)?", re.I
)
#: Between an amount and the share it is: " tonnes, or ", ", equal to ".
_AMOUNT_THEN_SHARE = re.compile(
    r"[^,;.\d]{0,30},\s+(?:or|equal to|some|about|around|roughly)\s+(?:about\s+|around\s+)?",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\s", re.I)


#: "Of this year's total, ", "Among those questioned, ": a sentence opened by the group its
#: figures are counted out of.
_OF_OPENER = re.compile(r"\s*(?:of|among)\s+(?!course\b)[^,;:.]{2,60},\s", re.I)


def _after_of_opener(draft: Draft, e: Entry) -> bool:
    """Whether the figure follows an opener naming the whole it is counted out of ("Of this
    year's total, 97.5 million tonnes came in the first quarter and 88.9 million tonnes in
    the second"): every figure after it is a part of that whole, none a whole of the
    others, even when the opener's time ("this year") is all the period it is given."""
    if e.sent >= len(draft.sentences):
        return False
    sent = draft.sentences[e.sent]
    m = _OF_OPENER.match(draft.text, sent.start)
    return m is not None and m.end() <= e.q.start < sent.end


def _bracketed(text: str, e: Entry, ledger: list[Entry]) -> bool:
    """Whether the figure is an item of a breakdown in brackets right after the first figure
    of its sentence: "Planned operations: 18,400 (Royal Tamsin 11,200; Kirkby General 7,200)"."""
    first = next(
        (b for b in ledger if b.sent == e.sent and b.q.end <= e.q.start and b.q.unit == e.q.unit),
        None,
    )
    if first is None:
        return False
    inside = text[first.q.end : e.q.start]
    return inside.lstrip().startswith("(") and ")" not in inside and len(inside) <= 120


def _other_flow(part: Entry, whole: Entry) -> bool:
    """Whether one count of things is a flow ("closed 11 shops", "hired 40 staff") and the
    other, in another sentence, has no deed at all: a count of shops may be the estate,
    the openings or the closures, so a month's new shops are no part of the quarter's
    closures. In one sentence a figure with no verb of its own shares the one before it
    ("recruited 5,400 members, including 6,100 in March"), and a bare tally ("In March it
    counted 91,500") counts the flow of the figure it took its thing from."""
    if part.sent == whole.sent or part.q.unit is not None or whole.q.unit is not None:
        return False  # an amount in a period ("exported $3.9bn") is a flow whatever its verb
    if any(e.q.counted is None and e.thing is not None for e in (part, whole)):
        return False  # "In March it counted 91,500": a bare tally that took its thing from
        # the count told before it counts that count's flow
    done_p, done_w = part.action or part.deed, whole.action or whole.deed
    # a deed in other words ("shipped" and "exported") may be the same flow
    return (done_p is None and flow_verb(done_w)) or (done_w is None and flow_verb(done_p))


def _ranked_member(doc: Doc, e: Entry) -> bool:
    """ "Biggest supplier: Kostar district, whose farms trucked 2.3 Mt", "the Kol valley,
    the worst-hit district, where 214 villages ...": a superlative in an apposition or a
    label ranks one member among its peers, and makes the sentence's figure that member's
    share of the group's total. A superlative over time ("the highest total in its
    history", "the busiest day") or a quantifier ("most of", "at least") ranks nothing;
    one inside the clause ("accounted for the largest number") is left alone, as too
    many of those rank a level or a time."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None or _OVER_TIME.search(span.sent.text):
        return False
    for tok in span.sent:
        if tok.tag_ not in ("JJS", "RBS") or (
            tok.lower_ in ("most", "least", "best") and not _graded(tok)
        ):
            continue
        head = tok.head if tok.tag_ == "JJS" else tok.head.head
        lemma = str(head.lemma_).lower()
        own = span.start <= head.i < span.end + 3  # "the largest 40 farms": the figure's noun
        named = head.dep_ == "appos" or (head.i + 1 < len(doc) and doc[head.i + 1].text == ":")
        if head.pos_ == "NOUN" and lemma not in _TIME_NOUNS and not own and named:
            return True  # "X, the worst-hit district," or "Biggest supplier: X"
    return False


def _graded(tok: Token) -> bool:
    """ "the most competitive course": "most" or "least" grading an adjective is a
    superlative as "busiest" is; alone ("most of", "at least") it ranks nothing."""
    return tok.lower_ in ("most", "least") and tok.dep_ == "advmod" and tok.head.pos_ == "ADJ"


def _ranked_pair(part: Entry, whole: Entry, ranked: set[int]) -> bool:
    """A ranked member against a total it may belong to: a plain count for the very same
    period, the total itself placed nowhere and ranking nothing."""
    return (
        id(whole) not in ranked
        and not whole.place
        and (part.start, part.end, part.open_end) == (whole.start, whole.end, whole.open_end)
        and (part.q.unit is None or _amount(part))  # a count or an amount of stuff: a
        # price or a share may rank a member as a level
        and not (whole.scope.hedged or whole.scope.average or whole.scope.peak)
    )


def _amount(e: Entry) -> bool:
    """A physical amount ("2.3 million tonnes of wheat"), which adds up across members as
    a count does; not money, a share or a length of time."""
    return e.q.unit is not None and e.q.unit in _ADDING_UNITS


#: Units of stuff that members of a group contribute to its total.
_ADDING_UNITS = frozenset(("tonne", "kg", "l", "hl", "kWh", "m", "hectare", "barrel", "MB"))


#: Words that make a superlative one over time, not over members.
_OVER_TIME = re.compile(r"\b(?:history|on record|ever|since|record)\b", re.I)


def _one_unnamed(part: Entry, whole: Entry) -> bool:
    """A measure with no noun against a named one, in an article that names several things
    in that unit: held together by their periods alone, they need not be one thing."""
    return (part.unnamed and whole.q.counted is not None) or (
        whole.unnamed and part.q.counted is not None
    )


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
    head = singular((e.q.counted or "").lower().split()[-1]) if e.q.counted else ""
    return e.scope.average or "/" in unit or unit in _INTENSIVE or head in _INTENSIVE


#: Units of a level; as counted nouns too ("hourly readings reached 112 micrograms").
_INTENSIVE = frozenset(
    (
        "celsius",
        "fahrenheit",
        "km/h",
        "mph",
        "knot",
        "microgram",
        "mg",
        "ppm",
        "ppb",
        "decibel",
        "milligram",
        "nanogram",
    )
)


def _alone_whole(
    part: Entry,
    word: Token,
    ledger: list[Entry],
    marked: dict[int, Token],
    draft: Draft,
) -> Entry | None:
    """The total a figure marked "alone" is a part of: the figure of the same kind (same
    thing, or the same deed, in the same unit and mood) whose scope is wider. A part
    narrowed to a time ("In February alone") belongs to the shortest total whose period
    holds it, or, when its own time is not dated ("During that week alone"), to the
    nearest dated total before it, unless a time named in between falls outside that
    total; a part narrowed to a place or group ("The Alentejo region alone") to the first
    total of its kind not said to be about another place."""
    pub_end = publication_end(draft)
    text, pub = draft.text, _published(draft)
    group = group_of_part(text, part)
    kind = [
        w
        for w in ledger
        if _may_hold(part, w, marked)
        and (_same_kind(part, w) or _holds_group(group, part, w))
        and not unrelated_money(part, w)  # "Fourth-quarter orders alone came to €640m"
        and not _narrower(w, part)
    ]
    if _timed(word):
        if part.start is not None and part.end is not None and not part.open_end:
            holding = [w for w in kind if period_contains(w, part, ledger, pub_end)]
            if not holding:
                holding = _sole_holder(part, ledger, marked, pub_end)
            return min(holding, key=_length, default=None)
        span = _TIME_NOUNS.get(str(word.lemma_).lower(), 0.0)  # "that week": a week
        dated = [w for w in kind if w.start is not None and w.end is not None and _length(w) > span]
        before = [w for w in dated if w.q.start < part.q.start]
        if not before or _other_time_between(text, before[-1], part, pub):
            return None
        return before[-1]
    wider = [
        w
        for w in kind
        if (not w.place or w.scope.across or bool(w.words & _WIDE))
        and (period_within(part, w) or _month_rounded(part, w))
        and (part.start is None or w.start is not None)  # "in 2019, the auction alone"
    ]
    return wider[0] if wider else None


#: "from 180 million tonnes to 88 million": a figure that starts or ends a change.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about |around |some |nearly |almost )?\Z", re.I)
_TO_AFTER = re.compile(r"[^.;:\d]{0,30}?\bto\s+(?:about |around |some )?[£$€]?\d", re.I)
_TO_BEFORE = re.compile(r"\bfrom\s+[£$€]?\d[^.;:]{0,40}?\bto\s+(?:about |around |some )?\Z", re.I)


def _change_end(text: str, e: Entry) -> bool:
    """Whether the figure is one end of a change "from X to Y": a level at the start or the
    end of the span the change runs over, which the figure's period then names; no total
    over that span, so no whole a part of the span could exceed, nor such a part."""
    before = text[max(0, e.q.start - 60) : e.q.start]
    if _FROM_BEFORE.search(before):
        return _TO_AFTER.match(text, e.q.end) is not None
    return _TO_BEFORE.search(before) is not None


def _other_place_said(doc: Doc, part: Entry, whole: Entry) -> bool:
    """Whether the two figures' sentences are about different things, one of them a named
    place ("Italy ... has seen", "the islands received"): held together by their periods
    alone, a place's figure is no part of another's total."""
    if part.sent == whole.sent:
        return False
    subjects = [_sentence_subject(doc, e) for e in (part, whole)]
    if any(s is None for s in subjects):
        return False
    sp, sw = (s for s in subjects if s is not None)
    if str(sp.lemma_).lower() == str(sw.lemma_).lower():
        return False
    return "GPE" in (sp.ent_type_, sw.ent_type_)


def _sentence_subject(doc: Doc, e: Entry) -> Token | None:
    """The subject of the main verb of the figure's sentence, unless a pronoun."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subj is None or subj.pos_ == "PRON" else subj


def _member_alone(e: Entry, marked: dict[int, Token]) -> bool:
    """Whether the figure is marked as one member's share ("Kansanshi alone", "The capital
    alone"), not a time's: it narrows its group to one member, so a figure for all members
    over a shorter time is no part of it, whichever is larger."""
    word = marked.get(id(e))
    return word is not None and not _timed(word)


def _month_rounded(part: Entry, whole: Entry) -> bool:
    """ "since the start of October" against "since October 2", both to the same end: a
    part whose start is the first of the month the whole starts in rounds that start to
    its month, so it runs over the whole's period."""
    ps, ws = part.start, whole.start
    return (
        ps is not None
        and ws is not None
        and ps.day == 1
        and (ps.year, ps.month) == (ws.year, ws.month)
        and part.end == whole.end
        and part.open_end == whole.open_end
    )


def _holds_group(group: str | None, part: Entry, w: Entry) -> bool:
    """Whether a plain count is the total of the group a part "alone" is counted out of:
    its clause names that group's noun ("2,150 homes were granted planning permission"
    for "2,600 of last year's permissions"), though it counts the group by another noun."""
    return (
        group is not None
        and part.q.unit is None
        and w.q.unit is None
        and w.q.counted is not None
        and group in w.words
    )


def _wide_whole(part: Entry, ledger: list[Entry], marked: dict[int, Token]) -> Entry | None:
    """ "will cut 1,150 jobs worldwide" and "In Germany, 1,400 positions are to be
    eliminated": a figure said of one place is a part of the figure of its kind said of
    all places ("worldwide", "nationwide", "across the region") that names none, for the
    same period and in the same mood."""
    if not part.place or part.is_rate or _level(part) or part.words & _WIDE:
        return None
    wide = [
        w
        for w in ledger
        if _may_hold(part, w, marked)
        and not w.place
        and (w.scope.across or bool(w.words & _EVERYWHERE))
        and w.q.counted is not None
        and same_thing(part, w)
        and period_within(part, w)
        and (part.start is None) == (w.start is None)
        and not far_apart(part.iv, w.iv)
    ]
    return wide[0] if len(wide) == 1 else None


def _may_hold(part: Entry, w: Entry, marked: dict[int, Token]) -> bool:
    """Whether ``w`` could be the total a part "alone" belongs to: another plain total
    (no rate, level, maximum or other "alone" part) in the part's unit and mood."""
    return (
        w is not part
        and id(w) not in marked
        and not w.is_rate
        and not _level(w)
        and not w.scope.peak
        and w.q.unit == part.q.unit
        and w.scope.hedged == part.scope.hedged
    )


def _sole_holder(
    part: Entry, ledger: list[Entry], marked: dict[int, Token], pub_end: Span3 | None
) -> list[Entry]:
    """ "189 drink-driving detections in 2024" and "Between June and August last year
    alone, 221 motorists were caught over the limit": when no total of the part's own words
    holds its period, the one total in its unit whose period does, counting people as the
    part does and of its order of size, is the whole "alone" points to."""
    holders = [
        w
        for w in ledger
        if _may_hold(part, w, marked)
        and not w.gap
        and w.q.counted is not None
        and math.isfinite(w.iv.hi)  # "at least three fatal collisions": a floor, no total
        and _alike_counts(part, w)
        and not far_apart(part.iv, w.iv)
        # a whole guessed by unit and period alone that the part would double is no whole
        # of it ("212,000 homes visited in April" against "48,600 cases since January")
        and part.iv.lo <= 2 * w.iv.hi
        and not actions_clash(part, w)  # "58 detained in November" against "32 pardoned"
        and not (part.deed and w.deed and part.deed != w.deed)
        and period_contains(w, part, ledger, pub_end)
    ]
    return holders if len(holders) == 1 else []


def _alike_counts(part: Entry, whole: Entry) -> bool:
    """Whether two counts with different nouns may count one thing: both people, or people
    something was done to against a noun of that deed ("221 motorists were caught" and
    "189 drink-driving detections", "40 patients were admitted" and "35 admissions"): a
    count of people under a verb counts events, as the -ion noun does."""
    people = counts_people(part.q.counted), counts_people(whole.q.counted)
    if people[0] == people[1]:
        return True
    persons, other = (part, whole) if people[0] else (whole, part)
    head = (other.q.counted or "").lower().split()[-1:]
    return persons.deed is not None and bool(head) and head[0].endswith(_EVENT_SUFFIXES)


#: Endings of nouns that name a deed done ("detection", "admission", "referral").
_EVENT_SUFFIXES = ("tion", "tions", "sion", "sions", "ral", "rals", "val", "vals")


def _other_time_between(text: str, whole: Entry, part: Entry, pub: date | None) -> bool:
    """Whether a time named between a total and an undated part falls outside the total's
    period ("120 patients in January. Last summer brought a heatwave. During that week
    alone, ..."): the part's "that week" then points to it, not into the total."""
    if whole.start is None or whole.end is None:
        return True
    for p in find_periods(text[whole.q.end : part.q.start], whole.q.end, pub):
        first, last = _iso(p.first), _iso(p.last)
        if first is None or last is None:
            continue
        if _before(first, whole.start) or _before(whole.end, last):
            return True
    return False


def _iso(raw: str | None) -> tuple[int | None, int, int] | None:
    """ "2025-07-07" or "--07-07" as (year, month, day)."""
    if raw is None or len(raw) < 7:
        return None
    year, month, day = raw.rsplit("-", 2) if not raw.startswith("--") else ("", *raw[2:].split("-"))
    return (int(year) if year else None, int(month), int(day))


def _before(a: tuple[int | None, int, int] | Span3, b: tuple[int | None, int, int] | Span3) -> bool:
    """Whether date ``a`` comes before ``b``; without both years, by month and day alone."""
    ya, ma, da = (a.year, a.month, a.day) if isinstance(a, Span3) else a
    yb, mb, db = (b.year, b.month, b.day) if isinstance(b, Span3) else b
    if ya is None or yb is None:
        return (ma, da) < (mb, db)
    return (ya, ma, da) < (yb, mb, db)


def _published(draft: Draft) -> date | None:
    try:
        return date.fromisoformat((draft.article.published or "")[:10])
    except ValueError:
        return None


def _narrower(w: Entry, part: Entry) -> bool:
    """Whether ``w`` counts a narrower kind of the part's thing, its noun carrying words
    the part's lacks ("11% of commuting trips" for "The bridge alone accounted for 14% of
    the trips counted"): a subgroup is no whole of the wider count."""
    pw = canonical(w.q.counted or "").split()
    pp = canonical(part.q.counted or "").split()
    if not pw or not pp or pw[-1] != pp[-1]:
        return False
    return set(pw[:-1]) > set(pp[:-1])


def _same_kind(part: Entry, whole: Entry) -> bool:
    """Two figures of one kind: the same thing, or the same deed ("hospitals admitted 2,910
    people" and "admitted 2,450 patients", "wardens issued 6,100 tickets" and "4,850
    penalty charge notices issued") on things of the same sort (people or not)."""
    if actions_clash(part, whole):
        return False  # "58 people were detained" and "32 people have been pardoned"
    if same_thing(part, whole):
        return True
    if part.deed is None or part.deed != whole.deed:
        return False
    return _people(part) == _people(whole)


def _people(e: Entry) -> bool:
    return e.q.counted is not None and e.q.counted.lower().split()[-1] in PEOPLE


def _timed(word: Token) -> bool:
    """Whether the word "alone" follows names a time ("February", "that week", "the final
    quarter", "opening day") rather than a place or group."""
    return word.ent_type_ in ("DATE", "TIME") or str(word.lemma_).lower() in _TIME_NOUNS


#: Words for a time a part "alone" may be narrowed to, with how many months each spans.
_TIME_NOUNS: dict[str, float] = {
    "day": 1 / 30,
    "night": 1 / 30,
    "weekend": 1 / 10,
    "week": 1 / 4,
    "month": 1.0,
    "quarter": 3.0,
    "season": 3.0,
    "term": 3.0,
    "summer": 3.0,
    "winter": 3.0,
    "spring": 3.0,
    "autumn": 3.0,
    "fall": 3.0,
    "half": 6.0,
    "year": 12.0,
    **{m.lower(): 1.0 for m in calendar.month_name[1:]},
    **{d.lower(): 1 / 30 for d in calendar.day_name},
}


def _length(e: Entry) -> float:
    """How many months a figure's period runs (a period with no end counts as long)."""
    if e.start is None or e.end is None or e.open_end:
        return math.inf
    return months_between(e.start, e.end) or math.inf


#: Words that say a figure holds for every place: the whole a place's own figure is of.
_EVERYWHERE = frozenset(("worldwide", "globally", "nationwide", "countrywide"))


#: Words that say a figure covers many places or groups at once: the whole a part "alone"
#: belongs to.
_WIDE = frozenset(
    (
        "across",
        "nationwide",
        "countrywide",
        "worldwide",
        "globally",
        "total",
        "overall",
        "altogether",
        "combined",
        "entire",
        "whole",
    )
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


def _held_share(doc: Doc, part: Entry, whole: Entry) -> bool:
    """ "National Renewal's 905,000 votes in Tarvel" against "Tarvel district: 791,000
    ballots cast": a count whose noun a named holder owns (or whose clause a named
    holder is the subject of: "National Renewal won 905,000 votes in Tarvel") is that
    holder's share of the count of the same thing in the same named place that no holder
    owns. The place must
    be named on both, so "Acme's 12,000 staff" is not held against "8,000 staff" of some
    unnamed site."""
    if not part.place or part.place != whole.place or whole.scope.names:
        return False
    if part.sent == whole.sent:
        return False  # "employs about 410 people offshore, and another 260 at its base in
        # Vitoria": figures side by side in one sentence are siblings, not share and total
    if (part.start, part.end) != (whole.start, whole.end) or not same_thing(part, whole):
        return False
    held, unheld = _owner(doc, part), _owner(doc, whole)
    if unheld is not None:
        return False
    # "National Renewal's 905,000 votes", or a named subject: "National Renewal won 905,000"
    # (not one that counted them: "the UN recorded 1.3 million" is a count of all, another
    # source's, not a share)
    return (held is not None and held.pos_ == "PROPN") or (
        bool(part.scope.names) and part.deed is not None and part.deed not in _COUNTING_DEEDS
    )


#: Verbs by which a named subject counts or reports things rather than holds them.
_COUNTING_DEEDS = frozenset(
    (
        *TALLY_VERBS,
        "report",
        "register",
        "document",
        "verify",
        "confirm",
        "estimate",
        "put",
        "say",
        "find",
        "identify",
    )
)


def _owner(doc: Doc, e: Entry) -> Token | None:
    """The possessive that owns a figure's noun ("National Renewal's" in "National
    Renewal's 905,000 votes"), or None."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    noun = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
    return next((c for c in noun.children if c.dep_ == "poss"), None)
