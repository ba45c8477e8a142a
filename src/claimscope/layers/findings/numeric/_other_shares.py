"""Shares computed from counts of different things: "780 soldiers ... of the 1,200 cases".

A share divides a part by a whole; both must count members of one group. Writers slip
when the article holds two counts of one story, events and the people they befell
("1,850 suspensions ... given to 820 pupils", "1,200 cases involving 2,900 servicemen"):
the share comes out of the wrong pair. The stated arithmetic then holds, but the share
means nothing. ``unit_mismatch`` says which count the share needs and, when the article
gives that count, what the share really is.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, doc_text, same_thing
from claimscope.layers.findings._lexicon import canonical, counts_people, singular
from claimscope.layers.findings.numeric._shares import (
    Tally,
    counts_group,
    group_of,
    predicate_words,
    shares,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["OtherShare", "names_its_thing", "shares_of_other_things"]


@dataclass(frozen=True)
class OtherShare:
    """A share whose arithmetic holds only with a part and a whole of different things."""

    share: Entry
    part: Entry
    whole: Entry
    #: The figure that says what the part counts: the part, or the same number stated
    #: earlier with its noun ("146 suspensions" for a bare "146 of them").
    named: Entry
    #: The part and whole the share should have divided, when the article gives the
    #: count it needs ("The suspensions were given to 820 pupils": 820 and 14,200).
    right: tuple[Entry, Entry] | None = None
    #: The article's count of the group the share is said of, when the part and whole
    #: both count something else ("85% of affected customers" from 2,900 of 3,400
    #: faults, with "212,000 customers had lost supply").
    group: Entry | None = None


#: Words that present a count as a share of another: "the 96 arrests meant that nearly
#: half ...", "meaning about 27% of ...", "In other words, one complaint in four ...".
SHARE_LINK = re.compile(
    r"\b(?:meant|means|mean|meaning|amount(?:ed|s)? to|represent(?:ed|s)?|equal(?:led|s)?|"
    r"equivalent to|accounted for|in other words|that is to say|"
    r"put (?:it )?(?:another way|differently|simply|plainly|bluntly))\b",
    re.I,
)

#: "146 of them": a part counted out of the group the share is of.
_OF_THEM = re.compile(r"\s+(?:out )?of (?:them|those|these|whom)\b", re.I)

#: How many sentences back a linked share may reach for its counts.
_REACH = 3

#: A paragraph break: the whole a restated share divides by may sit anywhere in the
#: paragraph before ("Start with the numbers: 1,450 violations ... [two more sentences]
#: // 380 civilians were injured. Put differently, one violation in four ...").
_BREAK = re.compile(r"\n\s*")


def shares_of_other_things(doc: Doc, ledger: list[Entry], found: list[Tally]) -> list[OtherShare]:
    """Every share the text computes from a part and a whole that count different things."""
    counts = [e for e in ledger if e.q.unit is None and not e.is_rate and e.iv.lo > 0]
    breaks = _paragraph_breaks(doc_text(doc))
    out: list[OtherShare] = []
    for p in shares(doc, ledger):
        if p.scope.hedged or p.iv.lo <= 0:
            continue  # "under 7% of crew": a bound any small count meets, no share to trace
        # "Of the 1,200 cases ..., 780 soldiers ...": without a link word, only people
        # against things other than people (homes and properties may be one thing)
        pairs = [
            (t.part, t.whole)
            for t in found
            if t.part.sent == p.sent >= t.whole.sent
            and counts_people(t.part.q.counted) != counts_people(t.whole.q.counted)
        ]
        pairs += _linked_pairs(doc, p, counts, breaks)
        pairs += _with_pairs(doc, p, counts)
        loose = [
            (a, w)
            for a, w in _appositive_pairs(doc, p, counts, breaks)
            + _deed_pairs(doc, p, counts, breaks)
            if not any(a is a2 and w is w2 for a2, w2 in pairs)
        ]  # found only by position or by a named deed, not by a link word
        fits = [(a, w) for a, w in [*pairs, *loose] if a is not w and _gives(p, a, w)]
        if any(_one_kind(a, w) for a, w in fits):
            continue  # a part of the whole's own kind gives the share: nothing to say
        traced = _traced(doc, p, fits, counts, loose) or _of_another_group(doc, p, found, counts)
        if traced is not None:
            out.append(traced)
    return out


#: How many paragraphs back a share may reach for the count of a deed its words name.
_DEED_PARAGRAPHS = 2


def _deed_pairs(
    doc: Doc, p: Entry, counts: list[Entry], breaks: list[int]
) -> list[tuple[Entry, Entry]]:
    """(part, whole) candidates for a share whose own words name what another count counts
    being done: "four in ten cases ended with a conviction" after "convicted 1,040
    people", or "15% of patients who fell" after "patients fell 2,860 times". A writer who
    works the share out divides the count of that deed by the count of the share's group
    (or the group's count by the deeds), and the two may count different things: people
    against cases, patients against falls. Each pair holds one count of the group and one
    count of the deed, within three sentences or the two paragraphs before."""
    group = group_of(p)
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if group is None or span is None:
        return []
    said = predicate_words(doc, p.q.end, span.sent.end_char, skip=frozenset(group))
    near = [
        e
        for e in counts
        if e.q.end <= p.q.start
        and e.iv.hi < math.inf
        and (p.sent - e.sent <= _REACH or _paragraphs_apart(breaks, e, p) <= _DEED_PARAGRAPHS)
    ]
    deeds = [e for e in near if not counts_group(e, group) and _names_deed(_deed_of(e), said)]
    members = [e for e in near if counts_group(e, group)]
    return [(d, m) for d in deeds for m in members] + [(m, d) for d in deeds for m in members]


def _deed_of(e: Entry) -> frozenset[str]:
    """What a count counts being done, by its action's verb and by its thing's head word
    ("convicted 1,040 people": "conviction"; "fell 2,860 times": "fall"; "paid out to
    1,200 households": "pay")."""
    verb = (e.action or "").partition(" ")[0]
    head = (e.thing or "").rpartition(" ")[2]
    return frozenset(w for w in (verb, head) if w and not w.startswith("["))


def _names_deed(deeds: frozenset[str], said: frozenset[str]) -> bool:
    """Whether the share's words name one of the deeds, as the word or a word built on it
    ("paid" and "payout", "convicted" and "conviction")."""
    return any(
        d == w or (min(len(d), len(w)) >= 3 and (w.startswith(d) or d.startswith(w)))
        for d in deeds
        for w in said
    )


def _of_another_group(
    doc: Doc, p: Entry, found: list[Tally], counts: list[Entry]
) -> OtherShare | None:
    """ "2,900 of the faults had been fixed, meaning power was back on for 85% of affected
    customers": a share a link word draws from a tally of one thing (faults) and states of
    another group (customers) that the article counts on its own. One fault may cut off
    any number of customers, so the share of faults says nothing of the customers."""
    group = group_of(p)
    text = doc_text(doc)
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if group is None or span is None:
        return None
    cue = None
    for m in SHARE_LINK.finditer(text, span.sent.start_char, p.q.start):
        cue = m
    if cue is None:
        return None
    for t in found:
        if t.part.sent != p.sent or t.part.q.end > cue.start() or not _gives(p, t.part, t.whole):
            continue
        if any(counts_group(e, group) for e in (t.part, t.whole)):
            return None  # the tally counts the group itself
        own = [
            g
            for g in counts
            if g.q.start < p.q.start
            and canonical(g.q.counted or "").split()[-1:] == group[-1:]
            and names_its_thing(text, g)
            and _other_kinds(text, t.whole, g)
        ]
        if own:
            return OtherShare(p, t.part, t.whole, t.part, group=own[-1])
    return None


def _traced(
    doc: Doc,
    p: Entry,
    fits: list[tuple[Entry, Entry]],
    counts: list[Entry],
    loose: list[tuple[Entry, Entry]],
) -> OtherShare | None:
    """The first fitting pair whose part and whole name different kinds of thing. A pair
    found only by position (an appositive share) must divide people by records that can
    each hold several people, or come with the count the share needed: "leavers, a
    turnover rate of 28%" of filled posts and "patients ..., one in ten" of attendances
    are how those rates are defined, while a story that counts both its cases and the
    people in them ("4,200 cases, covering 7,300 people") shows the writer which count
    the share should have used."""
    text = doc_text(doc)
    for part, whole in fits:
        if _REDESCRIBED.match(text, part.q.end) and not _of_other(text, part, whole, counts):
            continue  # "371 of those entries": the writer names the whole's members
        if _subset_of(text, p, part, whole, counts):
            continue  # "46 trains, 12 of them battery units": the 12 are trains
        named = part if _own_noun(doc, part) else _twin(text, part, counts)
        if (
            named is None
            or not _other_kinds(text, named, whole)
            or _equated(text, named, whole, counts)
        ):
            continue
        traced = _with_right_count(doc, OtherShare(p, part, whole, named), counts)
        if (
            traced.right is None
            and any(a is part and w is whole for a, w in loose)
            and not _kinds_shown_apart(doc, p, named, whole)
        ):
            continue
        return traced
    return None


def _kinds_shown_apart(doc: Doc, p: Entry, named: Entry, whole: Entry) -> bool:
    """Whether a pair found only by position or by a named deed divides things that cannot
    be one, when the article gives no count the share should have used: people and the
    records that may each hold several of them, for a share that names its group ("a third
    of the backlog"), or people and a count the article says counts a person more than
    once. A share that names no group ("4,930 children, about 85 per cent" after 5,812
    applications) is a share of its part's own kind, its whole only guessed by position."""
    if group_of(p) is not None and _people_in_records(named, whole):
        return True
    return counts_people(named.q.counted) and _counts_again(doc, whole)


#: The article says a count counts someone more than once: "a four-day pass holder is
#: counted four times", "each day's entry is counted separately", "counted twice".
_COUNTED_AGAIN = re.compile(
    r"\bcount(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,4}?(?:twice|more than once|separately|"
    r"(?:two|three|four|five|six|seven|several|many|\d+)\s+times)\b",
    re.I,
)


def _counts_again(doc: Doc, whole: Entry) -> bool:
    """Whether the article, in the whole's sentence or the one after, says the whole counts
    the same person more than once: then it counts visits, entries or admissions, and a
    count of people divided by it is no share of people."""
    span = doc.char_span(whole.q.start, whole.q.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    end = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char
    return _COUNTED_AGAIN.search(doc_text(doc), sent.start_char, end) is not None


def _subset_of(text: str, p: Entry, part: Entry, whole: Entry, counts: list[Entry]) -> bool:
    """ "The operator has 46 trains, 12 of them battery-electric units", "1,200 trees,
    including 340 oaks": a part counted "of them" (or brought in by "including") right
    after the whole, before the share, is a subset of the whole's own things, whatever
    noun follows it. After the share ("one in four players, 230 of them")
    "them" are the share's group, and the part may be a count of something else."""
    if part.q.end > p.q.start:
        return False
    if not _OF_THEM.match(text, part.q.end) and not _INCLUDING.match(
        text, whole.q.end, part.q.start
    ):
        return False
    before = [e for e in counts if e.sent == part.sent and e.q.end <= part.q.start]
    return bool(before) and before[-1] is whole


#: "planted 1,200 trees, including 340 oaks", "2,400 staff, among them 310 nurses": a
#: count brought in by a word of inclusion right after a whole names members of it, a
#: narrower kind of the whole's own things ("oaks" are trees), whatever its noun.
_INCLUDING = re.compile(
    r"[^.;:\d]{0,60}?\b(?:including|among them|among which|of which|of whom)\s+"
    r"(?:(?:some|about|around|nearly|almost|roughly|more than|over|just)\s+)?$",
    re.I,
)


#: Records that may each name several people: a case has its defendants, an application
#: or a claim the family or customers it covers, a household its residents.
_RECORDS = frozenset(
    (
        "case",
        "file",
        "application",
        "claim",
        "complaint",
        "appeal",
        "petition",
        "referral",
        "account",
        "household",
        "family",
    )
)


def _people_in_records(a: Entry, b: Entry) -> bool:
    """Whether one count counts people and the other records about people ("870
    defendants" of "2,460 cases"): never one thing, whatever the lexicon knows."""
    heads = [singular((e.q.counted or "").lower().rpartition(" ")[2]) for e in (a, b)]
    return (counts_people(a.q.counted) and heads[1] in _RECORDS) or (
        counts_people(b.q.counted) and heads[0] in _RECORDS
    )


#: A share set beside the count it is a share of: "2,900 people, a success rate of 69 per
#: cent", "870 defendants ..., more than a third of the backlog", "5,800 leaks, or 32%".
_APPOSITIVE = re.compile(
    r",\s+(?:or\s+|(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:rate|share|proportion)\s+of\s+)?$", re.I
)

#: "1,200 people, 40% of whom", "20% of them": the count before is the share's whole.
_OF_WHICH = re.compile(r"\s+of (?:them|those|these|whom|which|it)\b", re.I)


def _appositive_pairs(
    doc: Doc, p: Entry, counts: list[Entry], breaks: list[int]
) -> list[tuple[Entry, Entry]]:
    """(part, whole) candidates for a share in apposition to a count: the part is that
    count, the whole any count stated before it within reach (three sentences, or the
    paragraph before) that counts the share's group, when the article counts that group
    at all ("of the entire backlog" names no count's noun)."""
    text = doc_text(doc)
    before = [e for e in counts if e.sent == p.sent and e.q.end <= p.q.start]
    if not before or _OF_WHICH.match(text, p.q.end):
        return []
    part = before[-1]
    if part.iv.hi == math.inf or not _APPOSITIVE.search(text, part.q.end, p.q.start):
        return []
    group = group_of(p)
    if group is not None and not any(counts_group(e, group) for e in counts):
        group = None
    anywhere = bool(_OF_TOTAL.match(text, p.q.end))
    return [
        (part, w)
        for w in counts
        if w is not part
        and w.q.end <= part.q.start
        and w.iv.hi < math.inf
        and (anywhere or p.sent - w.sent <= _REACH or _paragraphs_apart(breaks, w, p) <= 1)
        and (group is None or counts_group(w, group))
    ]


#: "or 32% of the total", "a fifth of the overall total": a share of a total the article
#: stated earlier, however far back.
_OF_TOTAL = re.compile(r"\s+of (?:the|its|their) (?:\w+ )?total\b", re.I)


def _linked_pairs(
    doc: Doc, p: Entry, counts: list[Entry], breaks: list[int]
) -> list[tuple[Entry, Entry]]:
    """(part, whole) candidates for a share a link word ties to counts: the whole counts
    the share's group (in its sentence, else up to three sentences back or anywhere in its
    paragraph or the one before); the part is the share's own "N of them", else any other
    count before the link word in the sentence or up to three sentences back, nearest
    first."""
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if span is None:
        return []
    cue = None
    for m in SHARE_LINK.finditer(doc_text(doc), span.sent.start_char, p.q.start):
        cue = m
    group = group_of(p)
    if cue is None or group is None:
        return []
    here = [e for e in counts if e.sent == p.sent and counts_group(e, group)]
    of_own = bool(_OF_OWN.match(doc_text(doc), p.q.end))
    back = [
        e
        for e in counts
        if e.sent < p.sent
        and (of_own or p.sent - e.sent <= _REACH or _paragraphs_apart(breaks, e, p) <= 1)
        and counts_group(e, group)
    ]
    bounded = [e for e in counts if e.iv.hi < math.inf]
    own = [
        e
        for e in bounded
        if e.sent == p.sent and e.q.start > cue.end() and _OF_THEM.match(doc_text(doc), e.q.end)
    ]
    parts = own or [
        e
        for e in reversed(bounded)
        if (e.sent == p.sent and e.q.end <= cue.start()) or 0 < p.sent - e.sent <= _REACH
    ]
    if len(here) > 1:
        return []  # two counts of the group in the share's sentence: which is the whole?
    if (
        not here
        and not back
        and _INFERRED.match(cue.group(0))
        and not _group_counted(group, counts)
    ):
        # "18,400 consultations ... treated 6,200 children ..., which means roughly a third
        # of all the patients": the article never counts the share's group, so the share
        # it infers was worked out from the counts nearby, whatever they count
        back = list(parts)
    return [(a, w) for w in here or back for a in parts if a is not w]


#: Link words that infer a share from counts just given ("which means", "in other words").
_INFERRED = re.compile(r"mean|in other words|that is to say", re.I)


def _group_counted(group: list[str], counts: list[Entry]) -> bool:
    """Whether the article counts the share's group by its head noun anywhere."""
    return any(canonical(e.q.counted or "").split()[-1:] == group[-1:] for e in counts)


#: "one in four of our merchants": a share of all the holder's members, whose count the
#: article may give anywhere before ("Tallyo now serves 11,200 merchants").
_OF_OWN = re.compile(r"\s+of (?:our|its|their|your) [a-z]", re.I)


#: A sentence opening on the counts its share is computed from: "With 96 notices from 240
#: boardings, four in ten boats were in breach".
_WITH = re.compile(r"\W*with\s", re.I)


def _with_pairs(doc: Doc, p: Entry, counts: list[Entry]) -> list[tuple[Entry, Entry]]:
    """(part, whole) of an opening "With N ... from/of/out of M," clause, when the share
    follows it in the sentence: the clause states both counts the share divides."""
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if span is None:
        return []
    text, start = doc_text(doc), span.sent.start_char
    comma = text.find(",", start, p.q.start)
    if comma < 0 or not _WITH.match(text, start):
        return []
    inside = [e for e in counts if start <= e.q.start and e.q.end <= comma]
    if len(inside) != 2 or not _PART_OF.search(text, inside[0].q.end, inside[1].q.start):
        return []
    return [(inside[0], inside[1])]


#: Between a part and its whole: "96 notices from 240", "12 out of 40", "9 among 30".
_PART_OF = re.compile(r"\b(?:from|of|out of|among|in)\s+(?:the\s+)?$", re.I)


def _paragraph_breaks(text: str) -> list[int]:
    """Where paragraphs of body text break. A subheading or a Q&A question on a line of
    its own ("Where did the visitors come from?") opens the paragraph after it: the
    answer that follows goes on from the text before the question, so no break is counted
    after such a line. The headline keeps its break."""
    out: list[int] = []
    for m in _BREAK.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        line = text[start : m.start()].strip()
        if start > 0 and line and _HEADING.fullmatch(line):
            continue
        out.append(m.start())
    return out


#: A line that heads what follows: a question, or a few words with no closing stop.
_HEADING = re.compile(r"[^\n]{1,120}\?|[^\n.!:;\"\u201d]{1,60}[^\n.!:;,\"\u201d\s]")


def _paragraphs_apart(breaks: list[int], a: Entry, b: Entry) -> int:
    """How many paragraph breaks lie between two figures."""
    return abs(bisect.bisect(breaks, b.q.start) - bisect.bisect(breaks, a.q.start))


def _gives(p: Entry, part: Entry, whole: Entry) -> bool:
    """Whether part / whole meets the stated share, within its tolerance."""
    scale = 100.0 if p.q.unit == "percent" else 1.0
    return (part.iv / whole.iv).scale(scale).meets(p.iv) and part.iv.hi <= whole.iv.hi


def _one_kind(a: Entry, b: Entry) -> bool:
    """The same thing, or people in two roles ("recipients", "people in the placebo
    group")."""
    return same_thing(a, b) or (counts_people(a.q.counted) and counts_people(b.q.counted))


def _other_kinds(text: str, a: Entry, b: Entry) -> bool:
    """Two counts that each name what they count, and name different kinds of thing:
    events and people ("suspensions", "pupils"), cases and persons, notices and
    households. Counted nouns sharing a word ("flu", "flu jab") are left alone."""
    if not (names_its_thing(text, a) and names_its_thing(text, b)) or _one_kind(a, b):
        return False
    if (a.q.counted or "")[:1].isupper() or (b.q.counted or "")[:1].isupper():
        return False  # "3200 Phaethon": a name, not a count of a kind
    return not set(canonical(a.q.counted or "").split()) & set(canonical(b.q.counted or "").split())


def names_its_thing(text: str, e: Entry) -> bool:
    """Whether the figure's own words name what it counts. In "62,000 students applied to
    the nine universities, up from 58,500", the bare 58,500 counts what its change counts,
    whatever noun the extractor lent it from the sentence."""
    noun = (e.q.counted or "").lower().split()[-1:]
    if not noun:
        return False
    after = re.split(r"[\s\-–]+", text[e.q.end : e.q.end + 40].lower())[:5]
    if any(w.startswith(noun[0][:4]) or singular(w).startswith(noun[0][:4]) for w in after):
        return True
    # "Her burglary, in March, was one of 12,400 recorded": the one's noun names the set
    before = text[max(0, e.q.start - 80) : e.q.start].lower()
    one = _ONE_OF.search(before)
    return one is not None and noun[0][:4] in before[: one.start()].split(".")[-1]


#: "was one of 12,400", "is among the 2,460": a figure whose noun stands before it.
_ONE_OF = re.compile(r"\b(?:one of|among)(?: the| some| about| around| nearly)? $")


#: "371 of those entries", "15 of the counts": a part the text counts out of the whole's
#: own members, whatever noun it uses for them.
_REDESCRIBED = re.compile(r"\s+(?:out )?of (?:the|those|these|its|their) [a-z]", re.I)


def _of_other(text: str, part: Entry, whole: Entry, counts: list[Entry]) -> bool:
    """ "18,200 claims from 11,600 customers ... It reimbursed 9,800 of the claims": a part
    counted out of an earlier count of another kind than the whole, named by its noun."""
    m = _REDESCRIBED.match(text, part.q.end)
    if m is None:
        return False
    noun = re.match(r"[a-z]+", text[m.end() - 1 : m.end() + 30].lower())
    if noun is None or len(noun.group(0)) < 4:
        return False
    stem = noun.group(0)[:4]
    return any(
        e is not whole
        and e.q.end <= part.q.start
        and (e.q.counted or "").lower().rpartition(" ")[2].startswith(stem)
        and _other_kinds(text, e, whole)
        for e in counts
    )


#: "saw 6,706 of those patients": a part named by a noun that points back at the count
#: before it.
_OF_THOSE = re.compile(r"\s+(?:out )?of (?:those|these) ([a-z]{4,})", re.I)


#: A fronted partitive naming the group a figure's things belong to: "Of the confirmed
#: cases, 1,210 people", "Among those applications, 2,300 people".
_FRONTED_OF = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Of|Among) (?:the|these|those|all(?: the)?) (?:[a-z-]+ ){0,2}"
    r"([a-z]+),\s*(?:[a-z]+\s+){0,2}$"
)


def _equated(text: str, a: Entry, b: Entry, counts: list[Entry]) -> bool:
    """Whether the article itself calls one count's things by the other's noun: "9,340
    attendances ... saw 6,706 of those patients" makes patients and attendances one thing
    in this article, whatever the lexicon says."""
    heads = {(e.q.counted or "").lower().rpartition(" ")[2][:4] for e in (a, b) if e.q.counted}
    if len(heads) != 2:
        return False
    for part, whole in ((a, b), (b, a)):
        m = _FRONTED_OF.search(text, max(0, part.q.start - 80), part.q.start)
        if m and m.group(1).lower()[:4] == (whole.q.counted or "").lower().rpartition(" ")[2][:4]:
            return True  # "Of the confirmed cases, 1,210 people": the people are the cases
    for i, c in enumerate(counts[1:], start=1):
        m = _OF_THOSE.match(text, c.q.end)
        if m is None:
            continue
        said = m.group(1).lower()[:4]
        # "960 appeals ..., lodged by 710 drivers. Adjudicators allowed 380 of those
        # appeals": a noun that an earlier count counts points back to that count, past
        # the count of another thing that stands nearer
        named = any(head_word(e)[:4] == said for e in counts[max(0, i - 4) : i])
        antecedent = said if named else head_word(counts[i - 1])[:4]
        if {said, antecedent} == heads:
            return True
    return False


def head_word(e: Entry) -> str:
    """The head word of a count's counted noun, lower case."""
    return (e.q.counted or "").lower().rpartition(" ")[2]


def _own_noun(doc: Doc, e: Entry) -> bool:
    """Whether the figure is followed by the noun it counts ("780 soldiers have been
    sentenced"), not by its verb ("Of the 64 ships, 41 carried wheat")."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].pos_ in ("VERB", "AUX"):
        return False
    return names_its_thing(doc_text(doc), e)


def _twin(text: str, part: Entry, counts: list[Entry]) -> Entry | None:
    """ "more than one in four players, 146 of them, sat out" after "146 suspensions": a bare
    part is the same number the article gave earlier with its noun."""
    digits = re.sub(r"\D", "", part.q.text)
    twins = [
        e
        for e in counts
        if e.q.end <= part.q.start
        and re.sub(r"\D", "", e.q.text) == digits
        and names_its_thing(text, e)
    ]
    return twins[0] if digits and len(twins) == 1 else None


def _with_right_count(doc: Doc, found: OtherShare, counts: list[Entry]) -> OtherShare:
    """The count the share should have used, when the article gives it next to the part's
    events: "The suspensions were given to 820 pupils" (820 of the 14,200 pupils), or
    "1,200 desertion cases, involving 2,900 accused servicemen" (780 of the 2,900). A count
    the text counts out of another ("saw 6,706 of those patients" after 9,340 attendances)
    is a subset, never the whole the part needed: it tells the article's nouns are one."""
    p, part, named, whole = found.share, found.part, found.named, found.whole
    text = doc_text(doc)
    for r in counts:
        if r in (part, named, whole) or not names_its_thing(text, r):
            continue
        if _one_kind(r, whole) and r.iv.hi < whole.iv.lo and _tied(doc, r, named):
            return OtherShare(p, part, whole, named, (r, whole))
        if (
            _one_kind(r, named)
            and r.iv.lo > named.iv.hi
            and _tied(doc, r, whole)
            and not _REDESCRIBED.match(text, r.q.end)
        ):
            return OtherShare(p, part, whole, named, (part, r))
    return found


def _tied(doc: Doc, r: Entry, other: Entry) -> bool:
    """Whether a count is said of the other count's things: in its sentence or the one
    right after it, or in a sentence naming its noun ("The suspensions were given to 820
    pupils")."""
    if r.sent in (other.sent, other.sent + 1):
        return True
    noun = canonical(other.q.counted or "").split()[-1:]
    if not noun:
        return False
    return any(w.startswith(noun[0][:5]) for w in r.words)
