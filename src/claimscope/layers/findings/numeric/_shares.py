"""Shares and the counts they divide: what a share is of, and where the article counts it.

A share claim names a group ("61% of buses", "one in four of our appointments", "nearly
four in ten reservists") and says what part of it did something. Writers often give the
counts behind it elsewhere, as a part counted out of a whole: "Of the 9,400 appointments
..., 3,700 were with one of its GPs", "4,800 reservists ... Of those, 1,150 failed to
appear". Both the percentage check (does the share match its counts?) and the unit check
(are the counts it divides counts of the same thing?) read shares through this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, Span3, doc_text
from claimscope.layers.findings._lexicon import canonical, counts_people, elided, singular
from claimscope.layers.findings.numeric._how_many import how_many_whole
from claimscope.layers.findings.numeric._wording import (
    CHANGE_WORDS,
    LEADING_OF,
    is_partitive,
    pronoun_whole,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "WIDER",
    "Tally",
    "a_change",
    "counts_group",
    "elliptical_group",
    "group_of",
    "predicate_words",
    "same_setting",
    "sentence_end",
    "sentence_start",
    "sentence_text",
    "shares",
    "tallies",
    "wider_at",
]


@dataclass(frozen=True)
class Tally:
    """A part the article counts out of a whole it states: "310 of them", "Of those, 1,150
    failed to appear", "Of the 9,400 appointments ..., 3,700 were with one of its GPs"."""

    part: Entry
    whole: Entry


def tallies(doc: Doc, ledger: list[Entry]) -> list[Tally]:
    """Every part-of-whole pair the text marks as one, in text order of the parts."""
    counts = [e for e in ledger if e.bare and not e.is_rate and e.iv.lo > 0]
    out: list[Tally] = []
    for a in counts:
        whole = pronoun_whole(doc, a, ledger)
        if whole is None:
            whole = next((w for w in counts if w.sent == a.sent and is_partitive(doc, a, w)), None)
        if whole is None:
            whole = _opened_whole(doc, a, counts)
        if whole is None:
            whole = _sampled_whole(doc, a, counts)
        if whole is None:
            whole = _listed_whole(doc, a, counts)
        if whole is None:
            whole = next((w for w in counts if w.sent == a.sent and _out_of(doc, a, w)), None)
        if whole is None:
            whole = how_many_whole(doc, a, counts)
        if whole is None:
            whole = _outcome_whole(doc, a, counts)
        if whole is None:
            whole = _joined_part_whole(doc, a, out, counts)
        if whole is not None and whole is not a and _one_measure(a, whole):
            out.append(Tally(a, whole))
    return out


#: Between two parts of one whole joined in a sentence: "2,750 were resolved ..., but".
_JOINED = re.compile(r"[^;:.]{0,80},\s*(?:and|but|while|whereas|yet)\s+(?:\w+\s+){0,2}$", re.I)


def _joined_part_whole(doc: Doc, a: Entry, found: list[Tally], counts: list[Entry]) -> Entry | None:
    """ "Of those, 2,750 were resolved within the limit, but 1,850 were still unresolved": a
    count joined to a part just told out of a whole, with no count between, is another
    part of that whole."""
    last = found[-1] if found else None
    if last is None or last.part.sent != a.sent or last.part.q.end > a.q.start:
        return None
    if any(last.part.q.end <= c.q.start < a.q.start for c in counts if c.q.unit == a.q.unit):
        return None
    between = doc_text(doc)[last.part.q.end : a.q.start]
    return last.whole if _JOINED.fullmatch(between) else None


def _one_measure(part: Entry, whole: Entry) -> bool:
    """Whether a part and its whole are counted in one measure: the same unit, or days
    counted out of a stretch of days ("on 61 of the 304 days"), the part's unit lent as its
    counted noun."""
    if part.q.unit == whole.q.unit:
        return True
    return part.q.unit is None and part.q.counted is not None and part.q.counted == whole.q.unit


def _opened_whole(doc: Doc, part: Entry, counts: list[Entry]) -> Entry | None:
    """ "Of the 9,400 appointments the surgery offered in January, 3,700 were ...", "Of
    2,400 appointments at the region's six trusts ..., 1,560 went ahead": a whole opening
    its sentence with a partitive "of", and the count right after the comma closing its
    clause."""
    here = [e for e in counts if e.sent == part.sent]
    if len(here) < 2 or here[0] is part:
        return None
    whole = here[0]
    span = doc.char_span(whole.q.start, whole.q.end, alignment_mode="expand")
    if span is None:
        return None
    opener = doc_text(doc)[span.sent.start_char : whole.q.start].lower().lstrip(" \"'“‘")
    # "Of those 1,840, 612 were jailed": a demonstrative opens the whole as the article
    if opener not in (*LEADING_OF, *_DEMONSTRATIVE_OF, "of ", "among "):
        return None
    comma = doc_text(doc).find(",", whole.q.end, part.q.start)
    if comma < 0 or not _AFTER_COMMA.match(doc_text(doc)[comma : part.q.start]):
        return None
    return whole


#: "Of those 1,840," "Among these 300,": a whole the article counted before, named again.
_DEMONSTRATIVE_OF = ("of those ", "of these ", "among those ", "among these ")


#: Between the comma closing an "Of the W ..." clause and the part: nothing, or a hedge.
_AFTER_COMMA = re.compile(r"^,\s*(?:only\s+|just\s+)?$", re.I)


#: "applications out of", "of its applications out of a total of": a part's noun, then "out
#: of" and the whole.
_NOUN_OUT_OF = re.compile(
    r"(?:[a-z][\w-]*\s+){1,3}out of(?:\s+(?:the|its|their|a total of|all))?\s*", re.I
)


def _out_of(doc: Doc, part: Entry, whole: Entry) -> bool:
    """ "The council refused 94 applications out of 312": the part with its noun, then "out
    of" and the whole, as news writes a part of a whole as often as "94 of the 312"."""
    if whole.q.start <= part.q.end or whole.q.start - part.q.end > 45:
        return False
    return _NOUN_OUT_OF.fullmatch(doc_text(doc), part.q.end + 1, whole.q.start) is not None and (
        doc_text(doc)[part.q.end : part.q.end + 1].isspace()
    )


def _listed_whole(doc: Doc, part: Entry, counts: list[Entry]) -> Entry | None:
    """ "It received 2,750 responses: 1,420 supported the proposals, 980 opposed them and
    350 expressed no view": a count closing the clause before a colon is the whole of the
    counts its sentence lists after the colon, when they count nothing else."""
    text = doc_text(doc)
    here = [e for e in counts if e.sent == part.sent and e.q.end <= part.q.start]
    colon = text.rfind(":", here[0].q.end if here else part.q.start, part.q.start)
    if not here or colon < 0:
        return None
    whole = next((e for e in reversed(here) if e.q.end <= colon), None)
    if whole is None or any(c.isdigit() for c in text[whole.q.end : colon]):
        return None
    if len(text[whole.q.end : colon]) > 40 or whole.q.counted is None:
        return None
    if text.count("(", whole.q.end, colon) > text.count(")", whole.q.end, colon):
        return None  # "214 (a year earlier: 236)": a colon inside an aside labels another
        # value of the figure before, not the list of its parts
    if part.q.counted is not None and not _names_nothing_else(part, whole):
        return None
    return whole


#: "a survey of 1,500 renters", "polled 2,000 adults": a count that is a sample, whose
#: members a finding then counts out.
_SAMPLE = re.compile(
    r"\b(?:(?:survey|poll|study|sample|census|audit|review|inspection|check|test)s? of|"
    r"surveyed|polled|questioned|interviewed|asked|tested|screened|inspected|checked|"
    r"examined|sampled)\s+(?:(?:the|its|their|some|about|around|nearly|almost|over)\s+)?$",
    re.I,
)
#: Between a sample and the count of what it found: "found (that)", "showed", "revealed".
_FOUND = re.compile(
    r"\b(?:found|finds|find|showed|shows|show|revealed|reveals|suggested|suggests)"
    r"(?:\s+that)?\s+$",
    re.I,
)


def _sampled_whole(doc: Doc, part: Entry, counts: list[Entry]) -> Entry | None:
    """ "The survey of 1,500 renters found that 540 had been refused a repair": a sample
    and the count its finding gives, the first count after it, naming nothing else."""
    here = [e for e in counts if e.sent == part.sent and e.q.end <= part.q.start]
    if not here or (part.q.counted is not None and not _names_nothing_else(part, here[-1])):
        return None
    whole = here[-1]
    before = doc_text(doc)[max(0, whole.q.start - 40) : whole.q.start]
    if not _SAMPLE.search(before) or not _FOUND.search(doc_text(doc), whole.q.end, part.q.start):
        return None
    return whole


#: Verbs that give the outcome of what was counted before: "carried out 48,600 practical
#: tests, and 22,400 candidates passed", "received 1,240 applications and 310 were refused".
_OUTCOMES = frozenset(
    (
        "pass", "fail", "succeed", "survive", "die", "complete", "finish", "recover",
        "approve", "grant", "refuse", "reject", "uphold", "dismiss", "accept", "decline",
        "win", "lose", "deny",
    )
)  # fmt: skip
#: Between the whole and its outcome: a comma and "and", with nothing counted between.
_THEN_OUTCOME = re.compile(r"^[^.;:\d]{0,50}?(?:,\s*and|\band|,)\s+$", re.I)


def _outcome_whole(doc: Doc, part: Entry, counts: list[Entry]) -> Entry | None:
    """ "We carried out 48,600 practical tests, and 22,400 candidates passed": a count
    whose clause's verb is an outcome (passed, were refused), joined by "and" to the
    clause that counted the whole just before it, is that whole's part."""
    here = [e for e in counts if e.sent == part.sent and e.q.end <= part.q.start]
    if not here or here[-1].iv.lo <= part.iv.hi or here[-1].q.unit != part.q.unit:
        return None
    whole = here[-1]
    text = doc_text(doc)
    if not _THEN_OUTCOME.match(text[whole.q.end : part.q.start]):
        return None
    span = doc.char_span(part.q.start, part.q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ != "VERB" or str(tok.lemma_).lower() not in _OUTCOMES:
        return None
    return whole if tok.i > span.start else None


def _names_nothing_else(part: Entry, whole: Entry) -> bool:
    """Whether the part counts what the sample counts (its noun lent from the sample)."""
    return canonical(part.q.counted or "") == canonical(whole.q.counted or "")


def shares(doc: Doc, ledger: list[Entry]) -> list[Entry]:
    """The article's share claims: percentages and fractions that are not rates or the
    size of a change ("up 7%", "rose by a third")."""
    return [
        p
        for p in ledger
        if p.q.unit in ("percent", "fraction") and not p.is_rate and not a_change(doc_text(doc), p)
    ]


#: "Originals made up 46% of", "taking up about a third of": a verb whose "up" says how much
#: of a whole something fills, right before the share.
_PHRASAL_UP = re.compile(
    r"\b(?:make|makes|made|making|take|takes|took|taken|taking|use|uses|used|using)\s+up"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|only|just|over|under|more than|less "
    r"than|fewer than|close to|an estimated))?\s+$",
    re.I,
)


#: A dash with a space on either side: what follows restates or comments on the clause before.
_SET_OFF = re.compile(r"\s[-\u2013\u2014]\s")


_AFTER_CHANGE = re.compile(
    r"^\s+(?:more|less|fewer|higher|lower|up|down|increase|rise|drop|fall|decline|growth)\b",
    re.I,
)


def a_change(text: str, p: Entry) -> bool:
    """ "up 7% from 215,000", "rose by 12%", "a 7% rise": the size of a change, not a share
    of a whole. The "up" of "made up 46% of", "take up a third of" is no rise."""
    before = text[max(0, p.q.start - 20) : p.q.start]
    phrasal = _PHRASAL_UP.search(text, max(0, p.q.start - 40), p.q.start)
    if phrasal is not None:
        before = text[phrasal.end() : p.q.start]
    before = re.split(r"[:;]", before)[-1]  # "Rural bus cuts: a third of routes axed": a label's
    if before.rstrip().lower().endswith(" by"):
        return True
    # "16 kilometres have been raised - barely one in six": a spaced dash sets the share off
    # as a restatement of the clause before it, whose verb sizes nothing of the share's
    if CHANGE_WORDS.search(_SET_OFF.split(before)[-1]):
        return True
    return bool(_AFTER_CHANGE.match(text[p.q.end : p.q.end + 20]))


#: Nouns a share can be "of" that name no group: "60% of the total", "half of them".
_NO_GROUP = frozenset(
    ("total", "overall total", "whole", "them", "those", "these", "all", "rest", "time", "year")
)


def group_of(p: Entry) -> list[str] | None:
    """The words of the group a share is of ("61% of buses": ["bus"]), canonical, or None
    when the share names no countable group."""
    counted = (p.q.counted or "").strip()
    if not counted or counted[:1].isupper() or counted.lower() in _NO_GROUP:
        return None
    words = canonical(counted).split()
    named = {w for n in (*p.scope.names, *p.place) for w in n.split()}
    # "four in five North Lanton pupils": a place or holder names where the group is, no
    # narrower kind of it (the place gates compare places)
    words = [w for w in words[:-1] if w not in named] + words[-1:]
    if len(words) > 1 and words[-1] == "population" and counts_people(words[-2]):
        words = words[:-1]  # "a quarter of the adult population": a share of adults
    return words or None


def counts_group(e: Entry, group: list[str]) -> bool:
    """Whether a count counts the share's group: the same head noun, and every word that
    narrows the group ("bleached reefs", "summoned jurors") said of the count too, in its
    noun or its sentence; a count may be narrower than the group's words say, never wider."""
    words = canonical(e.q.counted or "").split()
    if not words:
        return False
    said = set(words) | {singular(w) for w in e.words}
    narrowed = all(w in said or singular(w) in said for w in group[:-1])
    if words[-1] == group[-1] or (len(group) == 1 and elided(group[0], " ".join(words))):
        # "three in four applications" of "3,200 asylum applications", which the lexicon
        # reads as asylum claims: the share names the count without its modifier
        return narrowed
    # "one in five summoned jurors" of "52,000 people were summoned": people named by
    # what was done to them, in another word for people; bare "people" ("38% of our
    # people") names any count of people ("1,250 laid-off workers")
    bare = group[-1] in _PEOPLE and len(group) == 1
    return (
        (len(group) > 1 or bare)
        and narrowed
        and counts_people(group[-1])
        and counts_people(words[-1])
    )


#: The words that name people as such, whatever they are counted as.
_PEOPLE = frozenset(("people", "person", "persons"))


#: Verbs that say nothing about what the members of a group did.
_LIGHT = frozenset(
    ("be", "have", "do", "say", "make", "get", "show", "give", "take", "accord", "report")
)


def predicate_words(doc: Doc, start: int, end: int, *, skip: frozenset[str]) -> frozenset[str]:
    """Content lemmas between two offsets: nouns, names, verbs and adjectives that are not
    stop words, light verbs, numbers or the words in ``skip`` (the group's own noun)."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset()
    words = (
        _lemma(t)
        for t in span
        if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.is_stop and not t.like_num
    )
    return frozenset(w for w in words if w not in _LIGHT and w not in skip)


def _lemma(t: Token) -> str:
    """The lower-cased lemma, singular ("GPs", which the tagger leaves plural: "gp")."""
    if len(t.text) > 2 and t.text.endswith("s") and t.text[:-1].isupper():
        return t.text[:-1].lower()
    return singular(str(t.lemma_).lower())


def elliptical_group(doc: Doc, whole: Entry, group: list[str]) -> bool:
    """ "The army summoned reservists in August. Of the 4,800 summoned, ...": a whole that
    names no noun counts the group when its sentence or the one before names the group."""
    if whole.q.counted is not None or len(group) > 1:
        return False
    span = doc.char_span(whole.q.start, whole.q.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(singular(t.lemma_.lower()) == group[-1] for t in doc[first : sent.end])


#: Words that set a share against a wider or usual population: "nationally, about
#: two-thirds of entries", "the average is one in five". Its counts are not the article's.
WIDER = re.compile(
    r"\b(?:national(?:ly)?|nationwide|countrywide|average|typical(?:ly)?|usually|normally|"
    r"elsewhere|across the country|other (?:\w+ )?(?:areas|regions|countries|schools|cities))\b",
    re.I,
)


def wider_at(text: str, p: Entry) -> bool:
    """Whether a word of a wider population sits right by the share ("58% nationally",
    "the national average of 41%")."""
    before = text[max(0, p.q.start - 30) : p.q.start]
    after = re.split(r"[.;:\n]", text[p.q.end : p.q.end + 20], maxsplit=1)[0]
    return bool(WIDER.search(re.split(r"[.;:\n]", before)[-1]) or WIDER.search(after))


#: Words that split a population into groups: a share said of one of them ("in the
#: northern section", "among women") is not a share of counts said of another.
_CONTRASTS: tuple[frozenset[str], ...] = (
    frozenset(("north", "south", "east", "west", "northern", "southern", "eastern", "western")),
    frozenset(("men", "women", "male", "female", "boys", "girls")),
    frozenset(("urban", "rural")),
    frozenset(("public", "private")),
    frozenset(("primary", "secondary")),
    frozenset(("domestic", "foreign", "international", "overseas")),
    frozenset(("full-time", "part-time")),
)


def _contrasting(a: Entry, b: Entry) -> bool:
    """Whether two figures' sentences name different groups of one split ("northern" in
    one, "southern" in the other) and no group the other names."""
    return any(
        (a.words & split) and (b.words & split) and not (a.words & b.words & split)
        for split in _CONTRASTS
    )


def same_setting(p: Entry, whole: Entry) -> bool:
    """No clash of place, named holder, group or period between a share and a whole."""
    if p.place and whole.place and not p.place & whole.place:
        return False
    if _contrasting(p, whole):
        return False
    if p.scope.names and whole.scope.names and not _names_meet(p.scope.names, whole.scope.names):
        return False
    if p.start is None or whole.start is None or p.end is None or whole.end is None:
        return True
    if (p.start.year is None) != (whole.start.year is None):
        return True

    def key(d: Span3) -> tuple[int, int, int]:
        return (d.year or 0, d.month, d.day)

    return key(p.start) <= key(whole.end) and key(whole.start) <= key(p.end)


def _names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of names share one, or one name stands inside another as whole
    words ("north lanton" in "north lanton borough council": the council's area)."""
    return bool(a & b) or any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in a for y in b)


def sentence_text(doc: Doc, e: Entry) -> str:
    """The text of the figure's sentence."""
    return doc_text(doc)[sentence_start(doc, e) : sentence_end(doc, e)]


def sentence_start(doc: Doc, e: Entry) -> int:
    """Where the figure's sentence starts (the figure's own start if the parse has none)."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    return e.q.start if span is None else span.sent.start_char


def sentence_end(doc: Doc, e: Entry) -> int:
    """Where the figure's sentence ends."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    return e.q.end if span is None else span.sent.end_char


#: Verbs too light to say what was done to a group's members.
_NO_DEED = frozenset(("be", "have", "do", "say", "make", "get", "become", "remain"))


def deeds_of(doc: Doc, e: Entry, *, share: bool = False) -> frozenset[str]:
    """The verbs said of what a figure counts, as lemmas: the verb its noun is subject or
    object of ("funds 86 projects", "2,300 ... had signed contracts"), or, for a share, a
    participle after the group it names ("one in three applications funded", not the
    standing description of "46% of registered refugees") or the verb the share is
    subject of ("Two out of three ... signed a contract"). A verb with an object
    keeps the object's lemma with it ("sign contract"), so signing a contract and signing a
    petition are different deeds."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return frozenset()
    tok = span.root
    noun = tok.head if tok.dep_ == "nummod" else tok
    verbs = []
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ == "VERB":
        verbs.append(noun.head)
    if share:
        for g in tok.subtree:
            if g.pos_ in ("NOUN", "PROPN") and g.i != tok.i:
                verbs.extend(c for c in g.children if c.dep_ == "acl" and c.tag_ == "VBN")
    out = set()
    for v in verbs:
        lemma = str(v.lemma_).lower()
        if lemma in _NO_DEED:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i not in (noun.i, tok.i)), None)
        out.add(lemma if obj is None else f"{lemma} {str(obj.lemma_).lower()}")
    return frozenset(out)
