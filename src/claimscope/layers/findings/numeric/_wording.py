"""Cue words more than one check reads: shares, partitives, clause breaks, change verbs.

Kept together so "of the", "rose" or "out of" mean the same to every check.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import (
    Entry,
    doc_text,
    same_thing,
)
from claimscope.layers.findings._lexicon import canonical, singular
from claimscope.layers.findings.numeric._done_groups import (
    OF_THOSE_AFTER,
    done_before,
    participle_whole,
)
from claimscope.layers.findings.numeric._told import done_nearest, told_by

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_OF_THEM = re.compile(
    r"\s+(?:out )?of (?:them|those|these|whom|which|(?P<total>(?:that|this|the) (?:figure|total|"
    r"number|sum|amount|tally|count)))\b",
    re.I,
)


_OF_WHOM = re.compile(
    r"\b(?:of (?:whom|which|them|those|these)|(?P<total>(?:out )?of (?:that|this|the) (?:figure|"
    r"total|number|sum|amount|tally))),?\s+$",
    re.I,
)


#: "15 of the counts", "Of the patients, 40", "2,150 of the year's cases": a definite noun
#: naming an earlier group (past a possessive holder).
_OF_THE_NOUN = re.compile(
    r"\s+(?:out )?of (?P<det>the|these|those|its|their|his|her|(?:last|this)(?= [a-z]+['’]s )|"
    r"(?-i:[A-Z])[\w-]*['’]s(?= [a-z]))"
    r" (?:[a-z]+['’]s )?"
    r"(?P<noun>[a-z][\w-]*)\b(?![\s\d]*\d)",
    re.I,
)


_OF_THE_NOUN_BEFORE = re.compile(
    r"^[\s\"“'‘]*(?:of|among) (?P<det>the|these|those|this|that|its|their) (?:[a-z][\w-]* ){0,2}"
    r"(?P<noun>[a-z][\w-]*),\s+$",
    re.I,
)


#: "Of the minors received by the institutions in these four months, 671": a sentence
#: opened by a definite group whose noun comes first, described after it at any length
#: (no figure in it), and then the part.
_OF_THE_GROUP = re.compile(
    r"[\s\"“'‘]*(?:of|among) (?P<det>the|these|those) (?P<noun>[a-z][\w-]*)"
    r" [^\d,;:.!?]{3,90},\s+$",
    re.I,
)


def _group_opener(doc: Doc, part: Entry) -> re.Match[str] | None:
    """The opener of the part's sentence that names its group before describing it ("Of
    the patients admitted last winter, 40 ..."), when the part follows it directly."""
    span = doc.char_span(part.q.start, part.q.end, alignment_mode="expand")
    if span is None:
        return None
    return _OF_THE_GROUP.match(doc_text(doc), span.sent.start_char, part.q.start)


def pronoun_whole(doc: Doc, part: Entry, ledger: list[Entry]) -> Entry | None:
    """The earlier figure an anaphoric "of" points back to, the whole of the part.

    "230 guests have fallen ill, and 260 of them ...", "1,240 casualties, of whom 310",
    "£1.5m of that figure": the nearest earlier figure of the same unit in this sentence
    or the one before. "15 of the counts", "Of the pupils, 310": the nearest earlier figure
    (this sentence or the two before) whose counted noun is that noun."""
    if part.q.unit in SHARE_UNITS:
        return None  # "half of those": a share of the group, not a count in it
    text = doc_text(doc)
    window = text[max(0, part.q.start - 40) : part.q.start]
    after = _OF_THEM.match(text, part.q.end)
    before = _OF_WHOM.search(window[-20:])
    noun = None
    modified = False  # the word "of the" caught is a modifier of the noun it names
    pointing = False
    m: re.Match[str] | None = None
    m_done = OF_THOSE_AFTER.match(text, part.q.end) if after is not None else None
    if m_done is not None:
        done = done_before(doc, part, ledger, m_done.start("verb"))
        if done is not None:
            return done  # "214 of those killed": the figure of the killed, not the injured
    if after is None and before is None:
        done = participle_whole(doc, part, ledger)
        if done is not None:
            return done
        m = (
            _OF_THE_NOUN.match(text, part.q.end)
            or _OF_THE_NOUN_BEFORE.match(
                window[window.rfind(".") + 1 :] if "." in window else window
            )
            or _group_opener(doc, part)
        )
        if m is None:
            return None
        noun, modified = _lemma_at(doc, m, part)
        if noun is None:
            return None
        # "those"/"these" point back whatever noun re-describes the group ("lent 18,500
        # books ... 21,000 of those loans"): the nearest earlier count is the whole
        pointing = m.group("det").lower() in ("those", "these", "that", "this")
    if after is not None and re.match(
        r"\s+(?:out )?of th[eo]se [a-z]", after.string[after.start() :]
    ):
        pointing = True  # "21,000 of those loans": a demonstrative re-describing the group
        named = _named_again(part, ledger)
        if named is not None:
            return named
    total = any(m is not None and m.group("total") for m in (after, before))
    # "Of the confirmed tornadoes": a noun with its modifier names the group anywhere back
    described = noun is not None and m is not None and len(m.group(0).split()) >= 4
    reach = 1 if noun is None else (part.sent if described else 2)
    if total:
        reach = part.sent  # "lost £54,300 of the total": the total the article told, however
        # far back (the lead's "took £48,200 from the club")
    earlier = [
        e
        for e in ledger
        if e.q.end <= part.q.start
        and part.sent - reach <= e.sent <= part.sent
        and e.q.unit == part.q.unit
        and not e.is_rate
        and (
            total
            or (
                noun is not None
                and canonical(e.q.counted or "").split()[-1:] == canonical(noun).split()[-1:]
            )
            # "called out 164 times" ... "180 of the call-outs": one thing in other words
            or (noun is not None and e.thing is not None and e.thing == part.thing)
            or (pointing and e.q.counted is not None)
            or (noun is None and (part.q.counted is None or e.thing is None or same_thing(part, e)))
        )
        # "exceeding the limit by 41 nights": how far past a mark, no group of nights
        and not BEYOND_BY.search(text, max(0, e.q.start - 50), e.q.start)
    ]
    if before is not None:  # "of whom" follows its whole directly
        earlier = [e for e in earlier if e.q.end <= part.q.start - 20 + before.start() + 1]
    if noun is not None and not pointing:
        # "1,920 of the cases": "the cases" are all of them, never a figure the text gives
        # as a part ("2,150 of the year's cases", "The final quarter alone ... 1,150"),
        # nor the busiest night's ("58 people on New Year's Eve ... 71 of the arrests");
        # a record total of the part's own dated period ("a record 1,240 cycles last year
        # ... 1,460 of last year's cycles") is still that period's whole
        earlier = [
            e
            for e in earlier
            if not _a_part_itself(doc, e)
            and (not e.scope.peak or (part.start is not None and _same_period(e, part)))
        ]
    if m is not None and m.re is _OF_THE_GROUP and part.start is not None:
        # "Of the minors received in these four months, 671": the group of that period
        earlier = [e for e in earlier if e.start is None or _same_period(e, part)]
    if m is not None and m.group("det").lower() in ("last", "this") and part.start is not None:
        # "1,300 of last year's deserters": the whole counts that year's, not 2022's
        earlier = [e for e in earlier if (e.start, e.end) == (part.start, part.end)]
    pool = earlier
    if (described or modified) and m is not None:  # "of the confirmed cases": a modifier
        phrase = m.group(0)
        if noun is not None and modified:
            phrase += f" {noun}"  # "of the month's trolley patients": "trolley" describes
        earlier = _described_by(earlier, phrase) or earlier
    if noun is not None and not pointing and earlier:
        earlier = _past_the_list(earlier, pool)
    told = told_by(doc, m.start("noun")) if m is not None and m.re is _OF_THE_NOUN else None
    if told is not None and earlier:
        done = done_nearest(text, earlier, told)
        if done is not None:
            return done  # "3,950 of the requests it logged": the count it logged
    said = next(
        (g.group("total") for g in (after, before) if g is not None and g.group("total")), ""
    )
    if earlier and re.search(r"\bthe (?:total|sum|number)\b", said, re.I):
        # "about a quarter of the total, some 2,400": the article's total, its largest count
        # in reach, not whichever count came last ("1,700 Syrians"), nor the country's
        own = [e for e in earlier if not _countrywide(e)] or earlier
        return max(own, key=lambda e: e.iv.hi)
    if earlier and not total and earlier[-1].sent < part.sent:
        # "1,150 rhinos, up from 900 in 2019. Of the rhinos counted, 390": across a break,
        # the count the sentence before was about, named or not
        return prominent(doc, earlier)
    return earlier[-1] if earlier else None


def prominent(doc: Doc, earlier: list[Entry]) -> Entry:
    """ "The branches recorded 412,000 visits - about two for every one of the city's
    205,000 residents. The central library accounted for 168,000 of them": a "them" across
    a sentence break points back to what the sentence before was about, a count that is
    its verb's subject or object, not one tucked into a prepositional phrase, however
    near the end that one stands."""
    last = earlier[-1]
    if not _in_prepositional_phrase(doc, last):
        return last
    main = [e for e in earlier if e.sent == last.sent and not _in_prepositional_phrase(doc, e)]
    return main[-1] if main else last


def _in_prepositional_phrase(doc: Doc, e: Entry) -> bool:
    """Whether the figure (or the noun it counts) is the object of a preposition."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.dep_ in ("nummod", "quantmod", "compound") and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lower_ in _TOTAL_NOUNS
        and head.head.head.i < head.i
    ):
        head = head.head.head  # "a total of 6,402,118 citizens took part": the count is
        # the subject, "total of" only how news states a count
    return head.dep_ == "pobj"


#: Nouns that frame a count without naming another thing: "a total of 840 people".
_TOTAL_NOUNS = frozenset(("total", "tally", "sum"))


def _named_again(part: Entry, ledger: list[Entry]) -> Entry | None:
    """ "It records 845 vessel calls ... It devotes one table to flags. ... 312 of those
    calls": a demonstrative that names the group by the noun an earlier count counts
    points back to that count (the nearest, up to three sentences back), past any count
    of other things in between."""
    noun = canonical(part.q.counted or "").split()[-1:]
    if not noun:
        return None
    named = [
        e for e in wholes_before(part, ledger) if canonical(e.q.counted or "").split()[-1:] == noun
    ]
    return named[-1] if named else None


def wholes_before(part: Entry, ledger: list[Entry]) -> list[Entry]:
    """The counts in the part's unit, up to three sentences before it, big enough to hold
    it, in text order: the counts a word pointing back from the part ("them", "those
    calls") may mean."""
    return [
        e
        for e in ledger
        if e.q.end <= part.q.start
        and 0 <= part.sent - e.sent <= 3
        and e.q.unit == part.q.unit
        and not e.is_rate
        and e.iv.lo >= part.iv.hi
    ]


def _past_the_list(earlier: list[Entry], pool: list[Entry]) -> list[Entry]:
    """ "damaged 18,640 homes ... 7,210 damaged homes in Son Lam, 5,980 in Ky Hoa and 3,115
    in Cam Duong ... Of the damaged homes, 1,420": a group named again after a breakdown is
    the breakdown's whole, so when the nearest figure sits in a list of its kind and an
    earlier figure in reach holds the whole list, that one is the group, not the list's
    last item."""
    last = earlier[-1]
    siblings = [e for e in pool if e.sent == last.sent and same_thing(e, last)]
    if len(siblings) < 2:
        return earlier
    listed = sum(e.iv.lo for e in siblings)
    holders = [e for e in pool if e.sent < last.sent and e.iv.hi >= listed]
    return [holders[-1]] if holders else earlier


def _countrywide(e: Entry) -> bool:
    """Whether the figure's sentence frames it as the whole country's ("Across the country
    as a whole, 1,172 people died"), a wider total than the article's own."""
    w = e.words
    return (
        bool(w & {"nationwide", "nationally", "countrywide"})
        or {"country", "whole"} <= w
        or ({"across", "country"} <= w)
    )


def _described_by(earlier: list[Entry], phrase: str) -> list[Entry]:
    """ "Of the suspected cases": the figures whose counted noun carries the phrase's
    modifiers ("1,840 suspected cholera cases", not "118 cases" on the worst day)."""
    phrase = re.sub(r"\b[A-Za-z]+['’]s\b", " ", phrase)  # "the month's": a time, no modifier
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", phrase)[:-1]]
    modifiers = {singular(w) for w in words if w not in _FUNCTION_WORDS}
    if not modifiers:
        return []
    named = [e for e in earlier if modifiers <= set((e.q.counted or "").lower().split())]
    # "2,150 patients were recorded waiting on trolleys": the modifier may stand in the
    # figure's clause rather than in its noun, when the noun has no modifier of its own
    # that the phrase lacks ("23 suspected cases" are no "confirmed cases")
    return named or [
        e
        for e in earlier
        if modifiers <= {singular(w.lower()) for w in e.words}
        and set((e.q.counted or "").lower().split()[:-1]) <= modifiers
    ]


_FUNCTION_WORDS = frozenset(
    ("of", "among", "the", "these", "those", "this", "that", "its", "their", "his", "her", "out")
)


def given_as_part(text: str, e: Entry) -> bool:
    """Whether "of the ..." after the figure gives it as a part of a named group ("3,640 of
    last year's sales"): never that group's total. "148,000 of them" may count all of
    "them", so it is not enough."""
    return _OF_THE_NOUN.match(text, e.q.end) is not None


def _same_period(a: Entry, b: Entry) -> bool:
    return (a.start, a.end, a.open_end) == (b.start, b.end, b.open_end)


def group_of_part(text: str, e: Entry) -> str | None:
    """The noun of the group "of the ..." after the figure counts it out of, singular:
    "permission" in "2,600 of last year's permissions"."""
    m = _OF_THE_NOUN.match(text, e.q.end)
    return singular(m.group("noun").lower()) if m is not None else None


def _a_part_itself(doc: Doc, e: Entry) -> bool:
    """Whether the text gives the figure as a part of a larger one: "N of the ..." after
    it, or "alone" marking it ("The final quarter alone accounted for 1,150 cases")."""
    text = doc_text(doc)
    if given_as_part(text, e) or _OF_THEM.match(text, e.q.end):
        return True
    return marked_alone(doc, e)


def marked_alone(doc: Doc, e: Entry) -> bool:
    """Whether "alone" marks the figure as one part of a larger total of the same thing."""
    return alone_word(doc, e) is not None


def alone_word(doc: Doc, e: Entry) -> Token | None:
    """ "In Malatya province alone, the earthquake destroyed 9,100 homes", "620 in its
    autumn term alone": "alone" after a place, time or group marks the figure as one part
    of a larger total of the same thing ("living alone" or "not alone" do not). Returns
    the word "alone" follows: what the part is narrowed to."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None or _OF_POINTER.match(span.sent.text, e.q.end - span.sent.start_char):
        return None  # "Mining alone accounted for $48.2 billion of that": its whole is "that"
    for tok in span.sent:
        if tok.lower_ != "alone" or tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if prev.text == "," and tok.i >= 2:
            prev = _renamed(doc[tok.i - 2]) or prev
        if (prev.pos_ in ("NOUN", "PROPN", "NUM") or prev.lower_ in ("there", "then")) and abs(
            tok.i - span.root.i
        ) <= 12:
            if _figure_set_off_between(doc, span.end, tok.i):
                continue  # "46 fell ill, including 11 on Tuesday alone": the 11 is narrowed
            return prev  # "there alone", "then alone": the place or time just named
    return None


def _figure_set_off_between(doc: Doc, start: int, end: int) -> bool:
    """Whether another figure, set off by a comma or dash after the first one, stands
    between a figure and the "alone" after it: "alone" then narrows that nearer figure."""
    broken = False
    for t in doc[start:end]:
        if t.text in (",", ";", "-", "\u2013", "\u2014", "("):
            broken = True
        elif broken and t.like_num and t.ent_type_ not in ("DATE", "TIME"):
            return True
    return False


def _renamed(last: Token) -> Token | None:
    """ "The city of Kelross, the area's largest town, alone recorded 371": the noun an
    apposition ending at ``last`` renames, so "alone" after it narrows that noun."""
    for t in (last, *last.ancestors):
        if t.dep_ == "appos":
            return t.head if t.head.pos_ in ("NOUN", "PROPN") else None
        if t.i < last.i - 8:
            break
    return None


_OF_POINTER = re.compile(r"\s+(?:out )?of (?:that|this|it|them|those|these)\b", re.I)


def _lemma_at(doc: Doc, m: re.Match[str], part: Entry) -> tuple[str | None, bool]:
    """The lemma of the noun an "of the N" names, from the parse ("counts" -> "count"), and
    whether the word caught was a modifier before it ("confirmed" in "of the confirmed
    cases")."""
    start = m.start("noun")
    if m.re is _OF_THE_NOUN_BEFORE:
        start += max(0, part.q.start - 40)
        window = doc_text(doc)[max(0, part.q.start - 40) : part.q.start]
        start += window.rfind(".") + 1 if "." in window else 0
    span = doc.char_span(start, start + len(m.group("noun")), alignment_mode="expand")
    if span is None:
        return None, False
    noun = span.root
    while (
        noun.dep_ in ("compound", "amod")
        and noun.tag_ not in ("NNS", "NNPS")  # a plural is the head it names
        and noun.head.pos_ == "NOUN"
        and noun.i < noun.head.i <= noun.i + 2
    ):
        noun = noun.head  # "of the month's trolley patients": the phrase counts its head
    before = doc[noun.i - 1] if noun.i > 0 else None
    if noun.tag_ in ("VBN", "VBD") and before is not None and before.pos_ == "NOUN":
        return str(before.lemma_).lower(), False  # "Of the rhinos counted,": the noun the
        # participle describes
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None, False
    return str(noun.lemma_).lower(), noun is not span.root


def is_partitive(doc: Doc, part: Entry, whole: Entry) -> bool:
    """ "A of the B": the part directly followed by "of (the|its|their)" and the whole."""
    if part.q.end >= whole.q.start:
        return False
    between = doc_text(doc)[part.q.end : whole.q.start].strip()
    if whole.q.start - part.q.end <= 32 and _PARTITIVE_OF.fullmatch(between) is not None:
        return True
    # "Some 18,950 runners crossed the line on Sunday — out of 18,200 who set off": an
    # "out of" set off after the part's clause, with no other figure between them
    return (
        whole.q.start - part.q.end <= 120
        and _OUT_OF_AFTER.search(between) is not None
        and not any(c.isdigit() for c in between)
    )


_OUT_OF_AFTER = re.compile(r"[,—–(]\s*out of(?: (?:the|a total of|all))?$", re.I)


#: "of", "out of the", "of all the", "of the valley's", "of Leeds's": between a part and
#: its whole, a determiner or one possessive holder at most.
_PARTITIVE_OF = re.compile(
    r"(?:out )?of(?: all)?(?: (?:the|its|their))?(?: [\w-]+(?: [\w-]+)?['’]s?)?", re.I
)


#: "said the trust's warden, Iona MacLeod, 37.": a bare number set off after a name.
_AGE_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*$")
_AGE_AFTER = re.compile(r"^\s*(?:[,.;)]|who\b|said\b|$)")


def is_age(text: str, e: Entry) -> bool:
    """Whether a figure is the age set off after a person's name ("Iona MacLeod, 37, said"):
    it counts nothing the article's other figures count."""
    return (
        e.q.counted is None
        and e.q.unit is None
        and 0 < e.iv.lo <= e.iv.hi < 120
        and _AGE_BEFORE.search(text, max(0, e.q.start - 40), e.q.start) is not None
        and _AGE_AFTER.match(text[e.q.end : e.q.end + 8]) is not None
    )


def changes_in(text: str) -> bool:
    return bool(CHANGE_WORDS.search(text))


SHARE_UNITS = ("percent", "fraction", "percentage point")


_POSSESSIVES = ("the", "its", "their", "his", "her", "our", "my", "all", "all the")


LEADING_OF = (
    "out of ",
    *(f"of {w} " for w in _POSSESSIVES),
    *(f"among {w} " for w in _POSSESSIVES),
)


UP = (
    "rise",
    "rose",
    "risen",
    "increase",
    "grow",
    "grew",
    "climb",
    "jump",
    "surge",
    "soar",
    "gain",
    "up",
    "rebound",
    "swell",
    "swollen",
    "expand",
    "boost",
    "raise",
    "higher",
    "leap",
    "leapt",
    "rocket",
    "mount",
    "rally",
    "balloon",
)


DOWN = (
    "fall",
    "fell",
    "drop",
    "decline",
    "decrease",
    "slump",
    "plunge",
    "shrink",
    "shrank",
    "shrunk",
    "cut",
    "lose",
    "lost",
    "down",
    "slide",
    "slid",
    "dip",
    "reduce",
    "lower",
    "tumble",
    "slip",
    "sink",
    "sank",
    "sunk",
    "plummet",
    "dive",
    "retreat",
    "dwindle",
    "contract",
)


#: Lemmas of a change in a level, the change checks' own cue words.
CHANGE_LEMMAS = frozenset((*UP, *DOWN))


FACTORS = {
    "double": 2.0,
    "doubled": 2.0,
    "triple": 3.0,
    "tripled": 3.0,
    "quadruple": 4.0,
    "quadrupled": 4.0,
    "halve": 0.5,
    "halved": 0.5,
    "treble": 3.0,
    "trebled": 3.0,
    "twofold": 2.0,
    "threefold": 3.0,
    "fourfold": 4.0,
    "fivefold": 5.0,
    "tenfold": 10.0,
}


#: A change by a factor in any form: a verb ("doubles", "nearly tripled", "halving"), a
#: "-fold" word, or a multiple set against an earlier time ("nearly three times as many
#: as in 2016"). ``hedge`` keeps the word that loosens it.
FACTOR_HEDGES = (
    r"nearly|almost|about|roughly|around|close to|just under|more than|over|just over|well over"
)
FACTOR_CHANGE = re.compile(
    r"\b(?:(?P<hedge>"
    + FACTOR_HEDGES
    + r")\s+)?(?:(?P<verb>doubl|tripl|trebl|quadrupl|halv)(?:e|es|ed|ing)\b|"
    r"(?P<fold>two|three|four|five|ten)fold\b|(?P<times>twice|(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+(?:\.\d+)?) times)\s+as\s+(?:many|much|high|large|big)\b)",
    re.I,
)


_FACTOR_STEMS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_SMALL.update({"nine": 9, "ten": 10, "twice": 2})


def factor_of(m: re.Match[str]) -> float:
    """The factor a ``FACTOR_CHANGE`` match states: "nearly triples" 3, "twice as many" 2."""
    if m.group("verb"):
        return _FACTOR_STEMS[m.group("verb").lower()]
    word = (m.group("fold") or m.group("times")).lower().split()[0]
    return float(_SMALL[word]) if word in _SMALL else float(word)


def factor_window(factor: float, hedge: str | None) -> Interval:
    """The ratios a factor allows once its hedge is read: a plain "tripled" 2.85-3.15x,
    "nearly triples" 2.55-3.03x (short of three, not far short), "about three times"
    2.55-3.45x, "more than doubled" 1.98-3.2x. A fall ("halved") is read on the inverse
    ratio, so "nearly halved" is a fall to a little more than half."""
    up = factor if factor >= 1 else 1 / factor
    word = (hedge or "").lower()
    if word in ("nearly", "almost", "close to", "just under"):
        lo, hi = up * 0.85, up * 1.01
    elif word in ("about", "roughly", "around"):
        lo, hi = up * 0.85, up * 1.15
    elif word:
        lo, hi = up * 0.99, up * 1.6
    else:
        lo, hi = up * 0.95, up * 1.05
    return Interval(lo, hi) if factor >= 1 else Interval(1 / hi, 1 / lo)


#: Words that place a figure before another one it is set against ("in the six months
#: before the truce", "in the previous season", "a year earlier").
EARLIER_MARK = re.compile(
    r"\b(?:previous|preceding|prior|earlier|ago|before(?!\s+(?:tax|interest|costs|charges)))\b",
    re.I,
)  # "profit before tax" is no time


def direction(word: str) -> int:
    """+1 for a change word that says up ("rose", "doubled"), -1 for down ("fell",
    "halved"), 0 when it does not say."""
    factor = next((f for w, f in FACTORS.items() if word.startswith(w.rstrip("d"))), None)
    if factor is not None:
        return 1 if factor > 1 else -1
    if word.endswith("fold"):
        return 1
    if word.startswith(UP):
        return 1
    return -1 if word.startswith(DOWN) else 0


def _inflected(word: str) -> str:
    """The word with its regular inflections ("rise": rises, rising; "drop": dropped),
    and no other word it begins ("grow" but not "growers", "up" but not "update")."""
    if word.endswith("e"):
        return word[:-1] + "(?:e|es|ed|ing)"
    return word + "(?:s|es|ed|ing|ped|ping|ted|ting|en|n)?"


#: Change verbs whose bare form is also a noun of another sense ("on permanent
#: contracts"): only their past and -ing forms ("the economy contracted 0.4%") or a form
#: with its size after it ("contracts by 2%") state a change.
_NOUN_TOO = frozenset(("contract",))


def _change_form(word: str) -> str:
    if word in _NOUN_TOO:
        return word + r"(?:ed|ing|s?(?= by\b))"
    return _inflected(word)


CHANGE_WORDS = re.compile(
    r"\b(?:" + "|".join(_change_form(w) for w in (*UP, *DOWN)) + "|" + "|".join(FACTORS) + r")\b"
    # "fell ill", "fallen asleep": a state entered, no change of a figure
    r"(?!\s+(?:ill|sick|asleep|silent|pregnant|victim|foul)\b)",
    re.I,
)


#: Words that open a clause with its own subject and change: "rose to 46% from 38%, while
#: total viewers were up 12%".
#: A figure after "by" that says how far a mark was passed or missed: "exceeding the limit
#: by 41 nights", "beat its target by 2,000", "missed it by a third".
BEYOND_BY = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|overshot|overshoot(?:s|ing)?|surpass(?:es|ed|ing)?|"
    r"beat(?:s|ing)?|miss(?:es|ed|ing)?|outstrip(?:s|ped|ping)?|outnumber(?:s|ed|ing)?)"
    r"(?:\s+[\w'’-]+){0,4}?\s+by\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


CLAUSE_BREAK = re.compile(
    r";|\b(?:while|whilst|whereas|but|although|though|meanwhile)\b|,\s+and\s+(?:the|its|their)\b"
    r"|,\s+and\s+(?:[a-z-]+\s+){1,6}?(?:have|has|had|were|was|are|is|will|would)\b",
    re.I,
)


def word_before(text: str, start: int) -> str:
    head = text[max(0, start - 12) : start].split()
    return head[-1].lower() if head else ""


def sentence_head(text: str, start: int, reach: int = 80) -> str:
    """The text of the sentence before position ``start``, back to the last full stop or
    line break within ``reach`` characters: where a figure's own clause opens."""
    head = text[max(0, start - reach) : start]
    return head[max(head.rfind(". "), head.rfind("\n")) + 1 :]


#: How a part warning between a period and one of its sub-periods says so. The learned vet
#: reads it: no candidate generator pairs figures by their periods, so such a warning is
#: judged by its wording rather than left out for want of a candidate.
SUB_PERIOD = "a figure for its sub-period"

#: "a rise of a quarter in the share of reports", "up a third in the proportion of": the
#: change of a share or rate, which no two counts give.
IN_A_SHARE = re.compile(
    r"\s*\b(?:in|of) (?:the |its |their )?(?:\w+ )?(?:share|proportion|percentage|rate|ratio)\b",
    re.I,
)
