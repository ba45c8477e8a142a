"""Change claims: a change stated with its size but without both of its figures.

News writers state a change in the headline, the lead or a quote ("profit nearly
triples", "cut its emissions by a third since 2019", "exports fell 18% to 312,000
tonnes") and give the figures it rests on elsewhere, each with its own time. A claim
keeps what its clause says: the change word and its size (a share, a fraction, a
difference or a factor), what changed (the subject, read from the parse), the current
figure when the clause gives it, and the earlier time the change is measured from
("since 2019", "than in 2016") or the span it covers ("in five years").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers._quantities.period_calendar import month_end
from claimscope.layers._quantities.periods import find_periods
from claimscope.layers.findings._ledger import Entry, Span3, months_between, parse_date
from claimscope.layers.findings._scope import verb_hedged
from claimscope.layers.findings.numeric._change_words import is_particle
from claimscope.layers.findings.numeric._sizes_and_baselines import (
    SIZE_NOUN,
    is_baseline,
    is_delta,
)
from claimscope.layers.findings.numeric._wording import (
    CHANGE_WORDS,
    CLAUSE_BREAK,
    FACTOR_CHANGE,
    direction,
    factor_of,
    word_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.contract.model import Span
    from claimscope.layers.base import Draft

__all__ = ["OF_WHOLE", "TIME_UNITS", "Claim", "When", "change_claims", "clause_bounds"]


@dataclass(frozen=True)
class When:
    """A stretch of calendar time, first and last day."""

    start: Span3
    end: Span3


@dataclass(frozen=True)
class Claim:
    """A stated change whose before figure, or both figures, the clause does not give."""

    #: The change word as written ("fell", "nearly triples").
    word: str
    #: The change as written, its size with it ("grew by almost a quarter").
    text: str
    sent: int
    start: int
    end: int
    #: The clause the change word sits in (character offsets).
    clause: tuple[int, int]
    #: The stated size ("18%", "a third", "2,000"), or None for a factor.
    size: Entry | None
    factor: float | None
    hedge: str | None
    #: Words naming what changed, with a weight: 2 for the head noun, 1 for its modifiers.
    subject: tuple[tuple[str, int], ...]
    #: The current figure when the clause gives it ("to 312,000 tonnes").
    after: Entry | None
    #: The earlier period the change is measured from ("since 2019", "than in 2016").
    base: When | None
    #: The span the change covers ("in five years", "from a year earlier"), in months.
    months: float | None
    #: The period the change happened in ("last year", "in March").
    own: When | None
    #: Months either side of the base that still count: a season's edges are a matter of
    #: convention ("last summer" may take in September), a month's or a year's are not.
    base_slack: float = 0.0


def change_claims(doc: Doc, ledger: list[Entry], draft: Draft) -> list[Claim]:
    """Every change the article states with a size but without its before figure."""
    pub = _published(draft.article.published)
    out: list[Claim] = []
    for s, sent in enumerate(draft.sentences):
        entries = [e for e in ledger if e.sent == s]
        for hit in _change_hits(draft.text, sent):
            if _asked(draft.text, hit.end, sent.end):
                continue  # "Have applications really tripled?": a question states no change
            claim = _claim(doc, draft.text, hit, s, sent, entries, pub)
            if claim is not None:
                out.append(claim)
    return out


#: A sentence that ends as a question, closing quotes or brackets aside.
_QUESTION = re.compile(r"\?[\s\"”’')\]]*$")
#: What sets a headline's statement off from the question after it ("Output down by a
#: quarter: what went wrong?").
_SET_OFF = re.compile(r"[:;—–]|\s-\s")


def _asked(text: str, at: int, end: int) -> bool:
    """Whether a change word written at ``at`` is part of the question its sentence (ending
    at ``end``) asks, not of a statement set off before it."""
    rest = text[at:end]
    return _QUESTION.search(rest) is not None and _SET_OFF.search(rest) is None


@dataclass(frozen=True)
class _Hit:
    """A change word in the text: where it is, and its factor and hedge when it has one."""

    start: int
    end: int
    core: int
    factor: float | None
    hedge: str | None
    times: bool


def _change_hits(text: str, sent: Span) -> list[_Hit]:
    """Factor changes ("nearly triples", "three times as many as") and change words
    ("rose", "cut", "down"), a change word inside a factor phrase read once."""
    hits = [
        _Hit(
            m.start(),
            m.end(),
            m.start("verb") if m.group("verb") else m.start(),
            factor_of(m),
            m.group("hedge"),
            m.group("times") is not None,
        )
        for m in FACTOR_CHANGE.finditer(text, sent.start, sent.end)
    ]
    for m in CHANGE_WORDS.finditer(text, sent.start, sent.end):
        if is_particle(text, m) or any(h.start <= m.start() < h.end for h in hits):
            continue
        hits.append(_Hit(m.start(), m.end(), m.start(), None, None, False))
    return sorted(hits, key=lambda h: h.start)


#: ", and we did it on a budget of €18,000": a coordinated clause with a pronoun subject of
#: its own tells of another deed, with figures of its own.
_AND_PRONOUN = re.compile(r",\s+and\s+(?:we|they|he|she|it|I|you)\b(?!['’]s\b)", re.I)


#: ", as sanctions left buyers scrambling": a clause of cause or time after a comma, with
#: its own subject and places ("as well as", "as many as" continue a list or a figure).
_COMMA_AS = re.compile(r",\s+as\s+(?!(?:well|many|much|far|long|of|such|part)\b)", re.I)


def clause_bounds(text: str, lo: int, hi: int, at: int) -> tuple[int, int]:
    """The clause of the sentence [lo, hi) around ``at``: between the clause breaks
    ("while", "but", "; ", ", and we ...", ", as ...") on either side."""
    start, end = lo, hi
    breaks = [
        *CLAUSE_BREAK.finditer(text, lo, hi),
        *_AND_PRONOUN.finditer(text, lo, hi),
        *_COMMA_AS.finditer(text, lo, hi),
    ]
    for m in sorted(breaks, key=lambda m: m.start()):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def _claim(
    doc: Doc, text: str, hit: _Hit, s: int, sent: Span, entries: list[Entry], pub: date | None
) -> Claim | None:
    """The claim a change word makes, or None when its clause gives both figures (the
    stated changes read those), gives no size, or states a plan or a forecast."""
    lo, hi = clause_bounds(text, sent.start, sent.end, hit.start)
    inside = [e for e in entries if lo <= e.q.start < hi and not hit.start <= e.q.start < hit.end]
    if any(
        e.bare and (word_before(text, e.q.start) == "from" or is_baseline(text, e.q.start))
        for e in inside
    ):
        return None  # "rose 14% to $21.7 billion from $19.0 billion": a whole change
    sized = _sized(text, hit, inside)
    if sized is None or _REAL_TERMS.search(text, lo, hi):
        return None  # no size, or one "in real terms": after inflation, which no two
        # figures as written give
    hit, size = sized
    if _planned(doc, hit):
        return None
    after = _after_figure(text, inside, hit, size)
    if after is not None and after.scope.hedged:
        return None
    if _own_figures(inside, size, after):
        return None  # "$9.3m in its second week, down 58%": the clause's own figures
    if _resulting(text, hit) and any(
        sent.start <= e.q.start < hit.start and e.q.unit not in TIME_UNITS for e in entries
    ):
        return None  # "pay a 100% premium, doubling the bill": the main clause sizes it
    subject = _subject(doc, text, hit, after, size)
    if not subject:
        return None
    base, months, own, slack = _times(text, (lo, hi), hit, pub)
    if own is None and after is not None and after.start and after.end:
        own = When(after.start, after.end) if after.start.year else None
    said = (hit.start, max(hit.end, size.q.end if size is not None else hit.end))
    return Claim(
        text[hit.start : hit.end],
        text[said[0] : said[1]],
        s,
        hit.start,
        hit.end,
        (lo, hi),
        size,
        hit.factor,
        hit.hedge,
        subject,
        after,
        base,
        months,
        own,
        slack,
    )


def _sized(text: str, hit: _Hit, inside: list[Entry]) -> tuple[_Hit, Entry | None] | None:
    """The change's size: its factor ("nearly triples", "fell by half"), or the figure
    after the change word ("rose 12%", "cut its emissions by a third") or right before a
    change noun ("a 40% rise"); None when it has none, or a planned, ranged or lost one."""
    half = _BY_HALF.match(text, hit.end) if hit.factor is None else None
    if half is not None:  # "fell by half": a factor the quantities layer leaves unread
        way = direction(text[hit.start : hit.end].lower())
        hit = replace(hit, end=half.end(), factor=0.5 if way < 0 else 1.5, hedge=half["hedge"])
    if hit.factor is not None:
        return hit, None
    later = [e for e in inside if 0 <= e.q.start - hit.end <= 60]
    size = later[0] if later and _sizes(text, later[0]) else None
    size = size or next(
        (e for e in inside if 0 <= hit.start - e.q.end <= 2 and SIZE_NOUN.match(text, e.q.end)),
        None,
    )
    if size is None or size.scope.hedged or size.q.low != size.q.high:
        return None
    if _PACE.match(text, size.q.end):
        return None  # "increases your pension by 1% for every nine weeks": a pace, no change
    if size.bare and size.q.unit != "basis point" and not _level_change(text, hit, size):
        return None  # "we were losing nearly £6m": an amount lost, not a change of level
    return hit, size


#: A change measured after inflation: "fallen by 40% in real terms", "up 3% adjusted for
#: inflation". The article's figures are as paid, so they cannot give it.
_REAL_TERMS = re.compile(
    r"\bin real terms\b|\b(?:after|adjusted for|net of) inflation\b|\binflation[- ]adjusted\b",
    re.I,
)


#: A change word opening a participle clause after a comma ("..., doubling the bill"): the
#: result of what the main clause did, with the main clause's figures.
_RESULTING = re.compile(r",\s+(?:\w+ly\s+)?\w+ing\b", re.I)


def _resulting(text: str, hit: _Hit) -> bool:
    m = _RESULTING.search(text, max(0, hit.core - 20), hit.end)
    return m is not None and m.end() > hit.core


#: A change per stretch of time: "by 1% for every nine weeks you wait", "2% a year".
_PACE = re.compile(
    r"\s+(?:for\s+)?(?:every|each|per|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:year|month|week|day|hour|decade|quarter)s?\b",
    re.I,
)


#: A size given in someone's words: "a jump the ministry described as “nearly a third”",
#: "a rise it put at 12%".
_DESCRIBED = re.compile(
    r"\b(?:described|characteri[sz]ed|called|put|estimated)\s+(?:it\s+)?(?:as|at)\s+"
    r"[\"“‘']?$",
    re.I,
)


def _sizes(text: str, e: Entry) -> bool:
    """Whether the figure after a change word is its size: the usual places of a size
    (``is_delta``), or a description of the change quoted or put by someone."""
    return (
        is_delta(text, e) or _DESCRIBED.search(text, max(0, e.q.start - 40), e.q.start) is not None
    )


#: Units of time: "in five years" is the span of a change, not a figure of it.
TIME_UNITS = frozenset(("second", "minute", "hour", "day", "week", "month", "year", "decade"))


def _own_figures(inside: list[Entry], size: Entry | None, after: Entry | None) -> bool:
    """Whether the clause gives figures the change may be about other than its current
    one: with no current figure found, any count or amount; with one, another of its
    unit ("rebounded 35% to 118,000 tonnes ..., recovering from last year's crop of
    87,000 tonnes"). The clause then holds its own comparison, or an unclear one."""
    others = [
        e
        for e in inside
        if e.bare and e is not size and e is not after and e.q.unit not in TIME_UNITS
    ]
    if after is None:
        return bool(others)
    return any(e.q.unit == after.q.unit for e in others)


#: Change words that move a level ("rose 2,000", "down 300"); "lost 78 rhinos" or "cut
#: 2,000 jobs" give an amount of their own, sized only with "by".
_LEVEL = re.compile(
    r"(?:ris|rose|increas|grow|grew|climb|jump|up|fell|fall|drop|declin|decreas|down|dip|slid)",
    re.I,
)


def _level_change(text: str, hit: _Hit, size: Entry) -> bool:
    """Whether a size in the figures' own unit ("up 2,000") sizes a change of level."""
    return word_before(text, size.q.start) == "by" or _LEVEL.match(text, hit.start) is not None


_BY_HALF = re.compile(
    r"\s+by\s+(?:(?P<hedge>nearly|almost|about|roughly|more than|over)\s+)?(?:a\s+)?half\b"
    r"(?!\s+(?:a|an|of|the)\b)",
    re.I,
)


def _planned(doc: Doc, hit: _Hit) -> bool:
    """ "will double", "aims to cut emissions by half": a plan, not a change that happened."""
    span = doc.char_span(hit.core, hit.end, alignment_mode="expand")
    return span is not None and verb_hedged(span.root)


def _after_figure(text: str, inside: list[Entry], hit: _Hit, size: Entry | None) -> Entry | None:
    """The current figure the clause gives: "fell 18% ... to 312,000 tonnes", "312,000
    tonnes, down 18%", or the count a multiple is about ("412,000 postal votes, nearly
    three times as many as ...")."""
    counts = [e for e in inside if e.bare and e is not size]
    later = [e for e in counts if e.q.start >= hit.end]
    to = next((e for e in later if _TO_LEVEL.search(text, max(0, e.q.start - 30), e.q.start)), None)
    if to is not None:
        return to
    earlier = [e for e in counts if e.q.end <= hit.start]
    if not earlier:
        return None
    last = earlier[-1]
    if hit.times or _AFTER_GAP.fullmatch(text, last.q.end, hit.start):
        return last
    return None


#: The level a change reached: "to 312,000 tonnes", "at £4.20", "to an average of 1.31
#: million barrels per day", "to a record 48,000".
_TO_LEVEL = re.compile(
    r"\b(?:to|at)\s+(?:an?\s+(?:(?:average|total|record|high|low|peak)\s+(?:of\s+)?)?)?$", re.I
)


#: Between a figure and the change that follows it: "312,000 tonnes, down 18%", "410,000
#: cars in 2024, down 30%" (one phrase of its own, then a comma).
_AFTER_GAP = re.compile(r"(?:\s+[\w'’-]+){0,4}\s*,\s*(?:or\s+|a\s+|an\s+)?", re.I)


#: Heads that name no thing of their own: "the number of cats", "the value of exports".
_GENERIC = frozenset(
    ("number", "total", "level", "figure", "amount", "count", "tally", "value", "volume")
)
#: Words that never tell what changed.
_EMPTY = frozenset(
    ("%", "percent", "cent", "year", "month", "week", "day", "time", "one", "many", "much")
)
#: Entity types of holders and places ("Halvorsen", "Peru"): they say whose figure it is,
#: and every figure of the article shares them.
_NAMES = frozenset(("ORG", "GPE", "PERSON", "LOC", "NORP", "FAC", "DATE", "CARDINAL"))


#: "lost a tenth of their population": the whole a fraction is taken from.
OF_WHOLE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|your)\s+(?:[a-z-]+\s+)?[a-z-]+\b", re.I
)


def _subject(
    doc: Doc, text: str, hit: _Hit, after: Entry | None, size: Entry | None
) -> tuple[tuple[str, int], ...]:
    """What changed: the whole a fraction is of ("lost a tenth of their population"),
    the object of a change verb that has one ("cut its emissions"), else its subject
    ("Civilian casualties fell"), else the noun it modifies ("Housing waiting list up
    45%"), else the nouns just before it ("Postal votes nearly triple"); a multiple is
    about what its figure counts."""
    if hit.times and after is not None:
        return _counted_words(after)
    if hit.times:  # "nearly three times as many appeals as last summer": the noun it counts
        counted = _noun_after(doc, hit.end)
        if counted is not None:
            return _noun_words(counted)
    whole = OF_WHOLE.match(text, size.q.end) if size is not None else None
    if whole is not None:
        span = doc.char_span(whole.start(), whole.end(), alignment_mode="expand")
        if span is None:
            return ()
        # "a third of our biggest mineral export": the whole is the object of "of", whose
        # head noun may lie past the words the pattern reads
        objects = (
            [c for c in span[0].children if c.dep_ == "pobj"] if span[0].lower_ == "of" else []
        )
        return _noun_words(objects[0] if objects else span.root)
    span = doc.char_span(hit.core, hit.end, alignment_mode="expand")
    if span is None:
        return ()
    tok = span.root
    if hit.factor is not None and tok.tag_ == "NNS":
        # "Displacement nearly triples in Ituri territory": a headline's verb tagged as a
        # plural noun; what changed is written before it, not after its "in"
        left = _left_nouns(doc, tok)
        if left:
            return left
    if _after_its_noun(doc, tok):
        return _left_nouns(doc, tok)
    head = _head_noun(tok)
    if head is not None:
        found = _noun_words(head)
        if found and head.i != tok.head.i and tok.head.pos_ in ("NOUN", "PROPN"):
            # "Burglaries in Northgate up 40%": the body may name only the place again
            inner = str(tok.head.lemma_).lower()
            found = (*found, *(((inner, 2),) if inner not in dict(found) else ()))
        if found:
            return found
    return _left_nouns(doc, tok) or (_counted_words(after) if after is not None else ())


def _noun_after(doc: Doc, at: int) -> Token | None:
    """The common noun written right after character ``at`` ("as many *appeals*"), if any."""
    span = doc.char_span(at, min(len(doc.text), at + 40), alignment_mode="expand")
    first = next((t for t in span or [] if not t.is_space), None)
    return first if first is not None and first.pos_ == "NOUN" and not _named(first) else None


def _after_its_noun(doc: Doc, tok: Token) -> bool:
    """ "Dunmore plant output up 40%": an adverb or particle of change written right after
    a noun tells of that noun, however the parse hangs it (a headline with no verb often
    parses its first noun as the root, and "up" as that root's modifier)."""
    if tok.pos_ not in ("ADV", "ADP") or tok.i == 0 or tok.head.i == tok.i - 1:
        return False
    prev = doc[tok.i - 1]
    return prev.pos_ == "NOUN" and prev.is_alpha and not _named(prev)


def _counted_words(e: Entry) -> tuple[tuple[str, int], ...]:
    """What a figure counts, head last: "410,000 cars, down 30%" is about cars."""
    words = (e.q.counted or "").lower().split()
    return tuple((w, 2 if i == len(words) - 1 else 1) for i, w in enumerate(words))


def _head_noun(tok: Token) -> Token | None:
    """The noun a change word is about, from its dependents or its head."""
    nouns = ("NOUN", "PROPN")
    if tok.pos_ == "ADV" and str(tok.head.lemma_).lower() == "do" and tok.head.i != tok.i:
        tok = tok.head  # "Applications did almost triple": the parse hangs it from "did"
    if tok.pos_ == "NOUN":  # "a 40% rise in profit"
        within = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ in nouns and not _named(p)
        ]
        if within:
            return within[0]
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in nouns]
    objects = [c for c in objects if c.lower_ not in _EMPTY and not _named(c)]
    if objects:
        return objects[0]
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in nouns]
    subjects = [c for c in subjects if not _named(c)]
    if subjects:
        return subjects[0]
    if tok.pos_ in ("ADV", "ADP") and tok.head.pos_ in nouns and tok.head.i != tok.i:
        head = tok.head  # "Housing waiting list up 45%", "registrations up by a fifth"
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in nouns:
            head = head.head.head  # "Rents in Tarrow up 40%": the rents, not the town
        return head
    return None


def _named(tok: Token) -> bool:
    """A name or a pronoun; a common noun the tagger calls an entity ("Turnout" opening a
    sentence) is still a noun."""
    return (tok.ent_type_ in _NAMES and tok.pos_ != "NOUN") or tok.pos_ == "PRON"


def _noun_words(head: Token) -> tuple[tuple[str, int], ...]:
    """The head's lemma (weight 2) and its modifiers' (weight 1); a generic head ("the
    number of cats") gives way to the noun after its "of"."""
    out: dict[str, int] = {}
    lemma = str(head.lemma_).lower()
    if lemma in _GENERIC:
        inner = [
            p
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
        ]
        if inner:
            return _noun_words(inner[0])
    if lemma not in _EMPTY:
        out[lemma] = 2
    for c in head.children:
        if _named(c) or not c.is_alpha:
            continue
        if c.dep_ in ("compound", "amod", "nmod", "poss") or (c.dep_ == "acl" and c.pos_ == "VERB"):
            out.setdefault(str(c.lemma_).lower(), 1)
            for cc in c.children:  # "Ambulance handover delays": a compound of a compound
                if cc.dep_ == "compound" and cc.is_alpha and not _named(cc):
                    out.setdefault(str(cc.lemma_).lower(), 1)
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "for"):
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "NOUN" and not _named(p):
                    out.setdefault(str(p.lemma_).lower(), 1)
    return tuple((w, n) for w, n in out.items() if w not in _EMPTY)


_SKIP_LEFT = frozenset(("nearly", "almost", "about", "roughly", "around", "more", "than"))


def _left_nouns(doc: Doc, tok: Token) -> tuple[tuple[str, int], ...]:
    """The run of content words right before the change word, when the parse gives no
    subject (headlines often parse badly): "Postal votes nearly triple"."""
    out: list[str] = []
    i = tok.i - 1
    while i >= 0 and (doc[i].lower_ in _SKIP_LEFT or doc[i].pos_ == "AUX"):
        i -= 1
    while i >= 0 and len(out) < 4:
        t = doc[i]
        if not t.is_alpha or _named(t) or t.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
            break
        out.append(str(t.lemma_).lower())
        i -= 1
    return tuple((w, 2 if k == 0 else 1) for k, w in enumerate(out) if w not in _EMPTY)


#: "in five years", "in a single year", "within six months": the span a change covers;
#: "in five years' time" looks ahead and is left out.
_SPAN = re.compile(
    r"\b(?:in|over|within)\s+(?:just\s+|only\s+)?(?:the\s+(?:past|last)\s+)?"
    r"(?P<n>a|one|a single|an|\d+|[a-z]+)\s+(?P<u>year|month|week|decade)s?\b(?!['’])",
    re.I,
)
_UNIT_MONTHS = {"year": 12.0, "month": 1.0, "week": 12 / 52, "decade": 120.0}
_YEAR_ON_YEAR = re.compile(r"\byear[- ]on[- ]year\b|\bon (?:the )?(?:previous|prior) year\b", re.I)
#: Words that set a period as the base of a comparison: "than in 2016", "on last year",
#: "compared with March".
_ANCHOR = re.compile(
    r"(?:\b(?:than|on|from|over|against|versus|compared (?:with|to))\s+(?:[\w'’-]+\s+){0,2}"
    r"|\bsince\s+(?:[\w'’-]+\s+){0,5})$",
    re.I,
)  # "than in 2016", "on last year", "since it was approved in 2019"; not "as costs in 2024"


def _times(
    text: str, clause: tuple[int, int], hit: _Hit, pub: date | None
) -> tuple[When | None, float | None, When | None, float]:
    """The base period, the span in months, the claim's own period and the slack of the
    base in months, from the clause."""
    lo, hi = clause
    base: When | None = None
    slack = 0.0
    months: float | None = None
    own: When | None = None
    for p in find_periods(text[lo:hi], lo, pub):
        first, last = parse_date(p.first), parse_date(p.last)
        if first is None or last is None or first.year is None or last.year is None:
            continue
        if p.start > hit.end and _QUOTE_CLOSED.search(text, hit.end, p.start):
            continue  # "'... has fallen by a quarter,' she told a meeting last week": the
            # time of the telling, outside the quotation, not of the change
        since = p.kind.startswith("since") or word_before(text, p.start) == "since"
        if p.start < hit.start and not since and p.kind not in _RANGES:
            continue  # "A study published last year found that ... had cut": another verb's
            # ("Between 2016 and 2022, the population grew": a range is the change's span)
        if since and not p.kind.startswith("since"):
            base = When(first, last)  # "since the 1990s": the whole decade is the base
        elif p.kind == "since_year":
            base = When(first, Span3(first.year, 12, 31))
        elif p.kind == "since_month":
            base = When(first, Span3(first.year, first.month, month_end(first.year, first.month)))
        elif p.kind == "since_day":
            base = When(first, first)
        elif p.kind == "year_before":
            base = When(first, last)
        elif p.kind == "past_n":
            months = months_between(first, last)
        elif p.kind in _RANGES and base is None and own is None:
            base, own = _ends(p.kind, first, last)
        elif p.start > hit.start and (hit.times or _ANCHOR.search(text, hit.end, p.start)):
            base = When(first, last)
            slack = 1.0 if p.kind == "season" else 0.0
        elif own is None:  # the nearest: "rose 40% last year ..., after wells drilled in 2023"
            own = When(first, last)
    m = _SPAN.search(text, lo, hi)
    if m is not None and months is None:
        n = m.group("n").lower()
        count = 1.0 if n in ("a", "an", "one", "a single") else _number(n)
        months = count * _UNIT_MONTHS[m.group("u").lower()] if count else None
    if months is None and _YEAR_ON_YEAR.search(text, lo, hi):
        months = 12.0
    return base, months, own, slack


#: The end of a quotation: a closing curly quote, or a straight one after punctuation
#: ("... in a single year,\" the councillor told").
_QUOTE_CLOSED = re.compile(r"[\u201d]|[,.!?]['\"]")


#: Period phrases that run from one named time to another: "between 2021 and 2024", "from
#: March to May", "in 2019-2023".
_RANGES = frozenset(("year_range", "month_range"))


def _ends(kind: str, first: Span3, last: Span3) -> tuple[When, When]:
    """The two ends of a change stated over a range of times: "almost tripled between 2021
    and 2024" is measured from 2021 to 2024, not over the four years as one period, and
    its pair is a 2021 figure and a 2024 one, never two adjacent years inside the range."""
    year = first.year or 0
    if kind == "year_range":
        return When(first, Span3(year, 12, 31)), When(Span3(last.year, 1, 1), last)
    start = When(first, Span3(year, first.month, month_end(year, first.month)))
    return start, When(Span3(last.year, last.month, 1), last)


def _number(raw: str) -> float:
    return float(raw) if raw.isdigit() else float(UNIT_WORDS.get(raw, 0))


def _published(raw: str | None) -> date | None:
    try:
        return date.fromisoformat(raw[:10]) if raw else None
    except ValueError:
        return None
