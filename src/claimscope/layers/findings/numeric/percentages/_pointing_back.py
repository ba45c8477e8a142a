"""Shares whose part or whole the words point back to: an anaphoric "of them" ("2,900 of
them - almost two-thirds"), a share set off after a tally's part ("30 are women, or
three-quarters of the company"), a sentence restating the one before ("That is almost
one in five"), and a definite subject taking up an earlier count ("The cuts ... amount to
about a third").
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, doc_text, same_thing
from claimscope.layers.findings.numeric._shares import (
    Tally,
    counts_group,
    group_of,
    sentence_end,
    sentence_start,
)
from claimscope.layers.findings.numeric._wording import (
    is_age,
    prominent,
    pronoun_whole,
    wholes_before,
)
from claimscope.layers.findings.numeric.percentages._in_sentence import of_between
from claimscope.layers.findings.numeric.percentages._said_of import share_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc


def anaphoric_share(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "2,900 of them - almost two-thirds", "Of them, 310 are eligible: one in five": the
    part is the one count of the share's sentence whose whole an anaphoric "of" names.
    The caller makes sure the share is the sentence's only one (a change's "down from
    68%" is none)."""
    counts = [c for c in counts if not is_age(doc_text(doc), c)]
    found = [
        (a, _bigger_antecedent(doc, a, w, ledger))
        for a in counts
        if (w := pronoun_whole(doc, a, ledger)) is not None
    ]
    parts = [a for a, w in found]
    if len(found) != 1 or any(c not in parts and c is not found[0][1] for c in counts):
        return None
    if found[0][0].q.end <= p.q.start and _OF_GROUP_NAMED.match(doc_text(doc), p.q.end):
        return None  # "1,100 of them, and 40% of those succeeded": a share of the 1,100
    return found[0]


#: A share followed by its own anaphoric group: after the part, the group is that part
#: ("two-thirds of them, 3,100" before its part still reaches back to the whole).
_OF_GROUP_NAMED = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.I)


def _bigger_antecedent(doc: Doc, part: Entry, whole: Entry, ledger: list[Entry]) -> Entry:
    """ "3,480 occupied burrows. A team of nine volunteers checked all five islands ...
    'Skerry Mor alone holds 1,210 of them - nearly half the colony'": a share of "them"
    cannot be of a group smaller than its part, so "them" reaches back past smaller counts
    (up to three sentences) to the nearest count of a named thing at least the part's size."""
    if whole.iv.hi >= part.iv.lo:
        return whole
    bigger = [e for e in wholes_before(part, ledger) if e.q.counted is not None]
    if bigger and bigger[-1].sent < part.sent:
        return prominent(doc, bigger)  # what the sentence before was about
    return bigger[-1] if bigger else whole


def appositive_to_tally(doc: Doc, p: Entry, found: list[Tally]) -> tuple[Entry, Entry] | None:
    """ "Of the 48 dancers, 30 are women, or three-quarters of the company", "Of 2,400
    appointments ..., 1,560 went ahead with one present, about 45 percent": a share set off
    after the clause of a part the sentence counts out of its whole is that part's share.
    The share must be the sentence's only one (the caller checks), with no other figure
    between it and the part."""
    for t in found:
        if t.part.sent != p.sent or t.part.q.end > p.q.start:
            continue
        if t.whole.sent != p.sent and not (
            t.whole.sent == p.sent - 1 and _OF_THOSE.match(doc_text(doc), sentence_start(doc, p))
        ):
            continue  # "Of those, ... 1,850 were still unresolved - roughly one in five": the
            # whole the sentence opens by pointing back to
        between = doc_text(doc)[t.part.q.end : p.q.start]
        if (
            len(between) <= 80
            and not any(c.isdigit() for c in _LENGTHS.sub("", between))
            and _SET_OFF.search(between)
        ):
            return t.part, t.whole
    return None


#: A length of time in a part's clause ("unresolved after 90 days"): no figure between the
#: part and its share.
_LENGTHS = re.compile(r"\b\d+[-\s](?:day|week|month|year|hour|minute)s?\b", re.I)

#: A sentence that opens by pointing back to the whole before: "Of those, ...".
_OF_THOSE = re.compile(r"\W*(?:out\s+)?of\s+(?:those|these|them|that\s+total)\b", re.I)

#: The end of a part's clause before an appositive share: ", or", ", ", " - ", "(".
_SET_OFF = re.compile(r"(?:,|\s[-–—]|\()\s*(?:or\s+)?$")


#: "That is almost one in five", "In other words, on almost one day in three", "That
#: amounts to about 30%": the opening of a sentence that restates the one before as a share;
#: also when told by a speaker ("The company said that meant 71% of calls").
RESTATING = re.compile(
    r"\W*(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s+(?:said|says|added|adds|noted|notes|calculated|"
    r"estimated|claimed|claims|emphasi[sz]ed|stressed|pointed\s+out|explained|stated)\s+"
    r"(?:that\s+(?=this\b))?)?"
    r"(?:(?:that|this)(?:['’]s|\s+is|\s+was|\s+means|\s+meant|\s+amounts?\s+to|"
    r"\s+amounted\s+to|\s+represents|\s+represented|\s+equals|\s+equalled|\s+equates\s+to|"
    r"\s+comes\s+to|\s+came\s+to|\s+works\s+out\s+(?:at|to)|\s+worked\s+out\s+(?:at|to))|"
    r"in other words|put another way|put differently|that is to say)\b"
    # then nothing but an approximator or "on" ("on almost one day in three"): "That is
    # still well short of the 28% target" sets the share against a goal, restating nothing
    # "this represents a diagnosis rate of 67 percent": the share named as a rate
    r"[\s,]*(?:an?\s+(?:[a-z-]+\s+)?(?:rate|share|proportion)\s+of\s+)?"
    r"(?:(?:on|about|around|roughly|nearly|almost|just|some|only|over|under|more than|"
    r"less than|close to)[\s,]+)*$",
    re.I,
)


def restating_share(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry], found: list[Tally]
) -> tuple[Entry, Entry] | None:
    """ "The council refused 94 of the 312 applications it received. That is almost one in
    five": a share opening its sentence with words that restate the sentence before ("That
    is", "In other words") is the share of the last part that sentence counts out of a
    whole (the sentence before that when the one between gives no figure). The share's
    sentence gives no count of its own, and a group the share names must be what the
    whole counts ("one day in three" of "the 304 days")."""
    if counts or not (
        RESTATING.match(doc_text(doc), sentence_start(doc, p), p.q.start) or _named_rate(doc, p)
    ):
        return None
    last = _last_figured_sentence(ledger, p)
    before = [t for t in found if t.part.sent == last and t.whole.sent <= t.part.sent]
    if not before:
        return None
    part, whole = before[-1].part, before[-1].whole
    group = group_of(p)
    if group is not None and not (
        counts_group(whole, group) or group[-1] == whole.q.unit or described_again(doc, p, ledger)
    ):
        return None
    return part, whole


#: The loose words before a restated share: "roughly", "fewer than", "well over".
_LOOSE = (
    r"(?:about|around|roughly|nearly|almost|just|some|only|over|under|more than|less than|"
    r"fewer than|close to|well|barely)"
)
#: "So roughly three in five candidates got through": a sentence drawing the share from
#: the figures just told.
_SO = re.compile(rf"\W*(?:so|which means|meaning|that means)\b[\s,]*(?:{_LOOSE}[\s,]+)*$", re.I)
#: "Fewer than one in four, in other words.": a bare share, the restating words after it.
_BARE_SHARE = re.compile(rf"\W*(?:{_LOOSE}\s+)*$", re.I)
_RESTATED_AFTER = re.compile(
    r"[\s,]*(?:in other words|that is|put another way|then)[\s.!\"'’”]*$", re.I
)


def restated_counts(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "41,000 screening kits were posted. Just 13,300 came back. Fewer than one in four, in
    other words."; "we carried out 48,600 tests, and 22,400 candidates passed. So roughly
    three in five candidates got through": a share that restates the figures just told
    but no tally the text marks (``restating_share`` reads those) is the share of the last
    count told out of the nearest larger count before it in its unit. Only when no other
    pair of those counts gives the share: which pair a loose restatement means is then
    plain."""
    if counts:
        return None
    text = doc_text(doc)
    start, end = sentence_start(doc, p), sentence_end(doc, p)
    opening = text[start : p.q.start]
    if not (
        RESTATING.match(opening)
        or _SO.match(opening)
        or (_BARE_SHARE.match(opening) and _RESTATED_AFTER.match(text, p.q.end, end))
    ):
        return None
    near = [
        e
        for e in ledger
        if p.sent - 2 <= e.sent < p.sent
        and e.bare
        and not e.is_rate
        and e.iv.lo > 0
        and math.isfinite(e.iv.hi)
        and not is_age(text, e)
    ]
    if not near:
        return None
    part = near[-1]
    larger = [e for e in near if e.q.end <= part.q.start and e.q.unit == part.q.unit]
    larger = [e for e in larger if e.iv.lo > part.iv.hi]
    if not larger:
        return None
    whole = larger[-1]
    if part.q.counted and whole.q.counted and not same_thing(part, whole):
        return None  # "1,850 suspensions. The suspensions went to 820 pupils": no share
    group = group_of(p)
    if group is not None and not (counts_group(whole, group) or counts_group(part, group)):
        return None
    scale = 100.0 if p.q.unit == "percent" else 1.0
    told = [  # the counts a loose restatement may mean, a sentence further back too
        e
        for e in ledger
        if p.sent - 3 <= e.sent < p.sent and e.bare and not e.is_rate and e.iv.lo > 0
    ]
    fits = [
        (a, b)
        for a in told
        for b in told
        if a is not b
        and a.q.unit == b.q.unit
        and b.iv.lo > 0
        and (a.iv / b.iv).scale(scale).meets(p.iv)
    ]
    if fits and (part, whole) not in fits:
        return None  # another pair of those counts gives the share: the one meant is unclear
    return part, whole


#: "A charge rate of 18 per cent.", "The success rate: about 40%.": a sentence that is only a
#: rate or share with its name, and nothing said of it.
_NAMED_RATE = re.compile(
    r"\W*(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:rate|share|proportion|ratio)"
    r"(?:\s+of|:|,)\s+(?:(?:about|around|roughly|nearly|almost|just|some|only|over|under|"
    r"more than|less than|close to)\s+)*$",
    re.I,
)


def _named_rate(doc: Doc, p: Entry) -> bool:
    """Whether the share's sentence is a bare named rate ("A charge rate of 18 per cent."),
    a fragment with no verb, which can only restate the figures just told; "A charge rate
    of 18 per cent is the target" says something else of it."""
    end = sentence_end(doc, p)
    return (
        _NAMED_RATE.match(doc_text(doc), sentence_start(doc, p), p.q.start) is not None
        and re.fullmatch(r"[\s.!)\"'’”]*", doc_text(doc)[p.q.end : end]) is not None
    )


def described_again(doc: Doc, p: Entry, ledger: list[Entry]) -> bool:
    """Whether a share's group is a definite noun told by what was done to it ("45 per cent
    of the households we visited", "of the firms that it inspected"): a description that
    points back to the set counted before in other words, as "That is" points back. A
    group the sentences before count by its own noun ("18,200 claims from 11,600
    customers ... 84% of the customers who came to us") is that count, not the other."""
    group = group_of(p)
    if group is not None and any(
        p.sent - 3 <= e.sent <= p.sent and e is not p and counts_group(e, group) for e in ledger
    ):
        return False
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if span is None:
        return False
    of = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (
        noun is not None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and any(c.dep_ == "relcl" for c in noun.children)
    )


def _last_figured_sentence(ledger: list[Entry], p: Entry) -> int:
    """The sentence a restating share looks back to: the one before it, or the one before
    that when the sentence between gives no figure ("610 of the 1,250 laid-off workers
    have found jobs. Many earn less. 'That's 38% of our people back at work'"): "that"
    restates the last figures said, and a sentence of comment adds none."""
    if any(e.sent == p.sent - 1 for e in ledger):
        return p.sent - 1
    return p.sent - 2


def part_named_by_subject(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "Lusitana will cut 540 jobs at its plant. The cuts ... amount to about a third of the
    2,300 people employed at the site": a share of a whole its sentence names ("of the
    2,300"), whose subject is a definite noun ("The cuts", "These job losses") taking up a
    count of the two sentences before by its word (cut 540 jobs): that count is the part.
    The whole may be named by a noun phrase with its size after a second "of" ("The new
    shares represent 25% of the enlarged share capital of 96 million shares"), when that
    size counts the subject's own noun: a part and its whole are one kind of thing."""
    if len(counts) != 1:
        return None
    whole = counts[0]
    named_whole = _NAMED_WHOLE.fullmatch(doc_text(doc), p.q.end, whole.q.start) is not None
    if not (of_between(doc_text(doc), p.q.end, whole.q.start) or named_whole):
        return None
    subj = share_subject(doc, p)
    if subj is None or not any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children
    ):
        return None
    words = {str(subj.lemma_).lower()} | {
        str(c.lemma_).lower() for c in subj.children if c.dep_ == "compound"
    }
    if named_whole and not words & _named_by(doc, whole):
        return None  # "... of the region's population of 14 districts": the figure counts
        # something else than the subject, so it is no whole the subject is a part of
    earlier = [
        e
        for e in ledger
        if 0 < p.sent - e.sent <= 2
        and e.bare
        and not e.is_rate
        and e.q.unit == whole.q.unit
        and e.iv.lo > 0
        and words & _named_by(doc, e)
    ]
    return (earlier[-1], whole) if earlier else None


#: "of Brenhold's enlarged share capital of 96 million shares", "of its workforce of
#: 2,300": a share's whole named by a noun phrase, its size given after a second "of".
_NAMED_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\w-]+(?:'s|’s|s')\s+)?"
    r"(?:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+|some\s+|about\s+|around\s+|nearly\s+)?",
    re.I,
)


def _named_by(doc: Doc, e: Entry) -> set[str]:
    """The lemmas of the noun a count counts and of the verb done to it ("cut 540 jobs":
    job, cut)."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return set()
    tok = span.root
    noun = tok.head if tok.dep_ == "nummod" else tok
    out = {str(noun.lemma_).lower()}
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        out.add(str(noun.head.lemma_).lower())
    return out
