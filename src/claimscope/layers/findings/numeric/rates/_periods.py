"""How much time a total covers, in the rate's units, where its dates do not say it: a
length stated beside the figure ("over five working days"), a named stretch taken up by
its noun ("a 118-day campaign ... Over the campaign"), a running total counted from the
rate's start or reached since it, and rates kept per working day or shift.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers._quantities.periods import find_periods
from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry, Span3, parse_date
from claimscope.layers.findings.numeric._pairing import PER_MONTHS, months_words
from claimscope.layers.findings.numeric._wording import CLAUSE_BREAK

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: "had grown to 312 cases", "has reached 48,000": a level reached by now, the running
#: total of everything counted so far.
_REACHED = re.compile(
    r"\b(?:grown|grew|grows|risen|rose|rises|climbed|climbs|reached|reaches)\s+(?:to\s+)?"
    r"(?:about |around |some |nearly |almost |more than |over |just over )?$",
    re.I,
)


def reached_since(text: str, t: Entry, r: Entry) -> bool:
    """Whether a total covers the rate's stated length: "an outbreak ... had grown to 312
    confirmed cases" against "about 85 new cases a week over the six weeks since the first
    diagnosis". A running total with no period of its own counts all so far, and a rate
    over a stated length that runs "since" its start runs to now too."""
    period = r.q.period
    if t.q.period is not None or period is None or period.duration is None:
        return False
    if r.start is not None or not _REACHED.search(text, max(0, t.q.start - 40), t.q.start):
        return False
    at = text.find(period.text, max(0, r.q.start - 200))
    return at >= 0 and re.match(r"\s+since\b", text[at + len(period.text) :]) is not None


#: "spread evenly across the campaign", "its outlay": a rate said to spread the total
#: before it over the rate's stated length.
_SPREAD = re.compile(
    r"\b(?:spread|averag\w*|evenly|on average|works? out|worked out|equivalent|which is|or)\b",
    re.I,
)


def spread_over_length(text: str, t: Entry, r: Entry) -> bool:
    """ "The party reported total spending of 212,000 marks. Its outlay had been spread
    evenly across the campaign, at an average of 18,000 marks a week over the eight weeks":
    a total with no period of its own, in the sentence before a rate of its unit over a
    stated length with no dates, which says it spreads what came before, covers that
    length."""
    period = r.q.period
    if t.q.period is not None or period is None or period.duration is None or r.start is not None:
        return False
    if t.q.unit is None or t.q.unit != r.q.unit or t.q.end > r.q.start:
        return False
    if t.sent not in (r.sent, r.sent - 1):
        return False
    return _SPREAD.search(text, t.q.end, r.q.start) is not None


def from_rate_start(t: Entry, r: Entry, inherited: Span3 | None = None) -> Entry:
    """ "2,400 tonnes a week since January ... by the end of May, 41,000 tonnes had been
    shipped": a running total that only says when it was read is counted from the start of
    the rate's own period (or the one it carries on, ``inherited``), when that start comes
    first. A total read now ("had delivered 19,500 cubic metres so far") runs from that
    start to the rate's own open end."""
    start = r.start or inherited
    if t.start is not None or t.end is None or start is None:
        return t
    if (start.year is None) != (t.end.year is None):
        return t
    if (start.year or 0, start.month, start.day) > (t.end.year or 0, t.end.month, t.end.day):
        return t
    return replace(t, start=start, open_end=False)  # read on a stated day: closed there


def inherited_start(doc: Doc, r: Entry, pub: date | None) -> Span3 | None:
    """ "Since Monday 4 March, contractors have been pumping around the clock. The site
    manager said the crews were recovering about 38,000 litres a day": a rate with no
    period of its own, told right after a sentence whose one period is a running "since"
    span, goes on describing that work, and runs from its start."""
    if r.q.period is not None or pub is None:
        return None
    span = doc.char_span(r.q.start, r.q.end, alignment_mode="expand")
    if span is None or span.sent.start == 0:
        return None
    before = doc[span.sent.start - 1].sent
    found = find_periods(before.text, before.start_char, pub)
    if len(found) != 1 or not found[0].kind.startswith("since") or found[0].last != pub.isoformat():
        return None
    return parse_date(found[0].first)


#: A rate per day worked, not per calendar day ("40 parcels per working day", "300 scans a
#: shift"): over a calendar period it gives no total unless the days worked are stated.
WORKED = re.compile(
    r"[^.;:]{0,40}?\b(?:a|an|per|each|every)\s+(?:working|school|trading|business|opening|"
    r"open|match|race|shooting|teaching|working)\s+day\b|"
    r"[^.;:]{0,40}?\b(?:a|per|each|every)\s+(?:shift|session|weekday|sitting)\b|"
    r"[^.;:]{0,40}?\bon\s+(?:the\s+)?(?:working|school|trading|open|opening|match|race|"
    r"market|show)\s+days\b|[^.;:]{0,40}?\bwhen (?:it is |they are |it's )?open\b|"
    r"[^.;:]{0,40}?\b(?:during|on|in|over)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+)?"
    r"(?:shifts|weekdays|working days|school days)\b",
    re.I,
)


#: "The centre was open on 302 days in 2024 and averaged about 47 tests a day": the days
#: a rate is kept, told before it in its sentence.
_OPEN_DAYS = re.compile(
    r"\b(?:open|opened|operated|operating|trading|traded|worked|working|ran|running)\s+"
    r"(?:on|for)\s+(?:only\s+|just\s+)?[\d,]+\s+days\b[^.;:]*$",
    re.I,
)


def per_day_worked(text: str, r: Entry, sentence_start: int) -> bool:
    """Whether a rate "a day" counts days worked or open, not calendar days: said so after
    it ("40 parcels per working day") or by the days it was open, before it in its
    sentence ("open on 302 days ... averaged about 47 tests a day")."""
    return bool(WORKED.match(text, r.q.end) or _OPEN_DAYS.search(text, sentence_start, r.q.start))


#: Days (or weeks...) of a kind, per rate unit: "a week" of clinic work is five working days.
_KIND_PER = {"day": 1.0, "week": 5.0, "month": 21.7, "year": 253.0}


_OVER_SPAN = re.compile(
    r"^[^.;:,]{0,40}?\b(?:over|in|across|during|within|for)\s+(?:the\s+)?$", re.I
)


def stated_span(text: str, t: Entry, ledger: list[Entry], per: str) -> tuple[Interval, str] | None:
    """ "saw 310 patients over five working days": a length of time stated right after the
    figure is the span it covers, closer than the dated period around it ("in the first
    week of April"). Working or school days count only the days a rate "a day" is kept."""
    for d in ledger:
        unit = d.q.unit or ("day" if _counts_nights(d) else "")
        kind, _, base = unit.rpartition(" ")
        if d.sent != t.sent or base not in PER_MONTHS or d.is_rate:
            continue
        if d.q.start >= t.q.end:
            if not _OVER_SPAN.match(text[t.q.end : d.q.start]):
                continue
        elif (
            d.q.end > t.q.start
            or not (_span_before(text, d, t) or kind)
            or any(d.q.end <= e.q.start and e.q.end <= t.q.start for e in ledger)
        ):
            continue  # "Over the 12 nights ... it used 3,100 tonnes, leaving 5,900": the first
            # (a count of school or working days earlier in the sentence is the days it
            # covers however it is worded: "active on 75 school days ... and issued 3,600")
        iv = d.iv
        if (math.isinf(iv.hi) or _counts_nights(d)) and d.q.low is not None:
            iv = Interval(d.q.low, d.q.low)  # "over five working days": a span, not "> 5"
        if kind:  # working days: the rate's unit holds _KIND_PER of them
            months = iv.scale(PER_MONTHS[per] / _KIND_PER[per] * _KIND_PER.get(base, 1.0))
        else:
            months = iv.scale(PER_MONTHS[base])
        label = f"{d.q.text} nights" if _counts_nights(d) else d.q.text
        return months, f"{label} ({months_words(months.mid)})"
    return None


def named_span(doc: Doc, t: Entry, ledger: list[Entry], per: str) -> tuple[Interval, str] | None:
    """ "ending a 118-day campaign ... Over the campaign it sliced 1.05 million tonnes": a
    stretch of time named with its length in one sentence ("a four-month season", "a
    three-week strike") and taken up by its noun in the figure's sentence is the span the
    figure covers."""
    sentence = doc.char_span(t.q.start, t.q.end, alignment_mode="expand")
    if sentence is None:
        return None
    after = _AFTER_EVENT.search(sentence.sent.text)
    if after is not None:
        n = 1.0 if after.group("n") is None else _small_count(after.group("n"))
        unit = after.group("u").lower().rstrip("s")
        if n:
            months = Interval(n, n).scale(PER_MONTHS[unit])
            return months, f"{after.group(0).strip()} ({months_words(months.mid)})"
    nouns = {m.group(1).lower() for m in _THE_STRETCH.finditer(sentence.sent.text)}
    if not nouns:
        return None
    for d in ledger:
        unit = d.q.unit or ""
        if d.sent == t.sent or unit not in PER_MONTHS or d.is_rate:
            continue
        head = _stretch_noun(doc, d)
        if head is None:
            continue
        if {head.lower_, str(head.lemma_).lower()} & nouns:
            months = d.iv.scale(PER_MONTHS[unit])
            return months, f"the {d.q.text} {head.lower_} ({months_words(months.mid)})"
    return None


def _stretch_noun(doc: Doc, d: Entry) -> Token | None:
    """The noun a duration gives the length of: "a 118-day campaign", "the season, which
    ran for 34 days", "the strike lasted three weeks"."""
    span = doc.char_span(d.q.start, d.q.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head
    if "-" in d.q.text:
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return head if head.pos_ == "NOUN" else None
    verb = head.head if head.dep_ == "prep" and head.lower_ == "for" else head
    if verb.pos_ != "VERB" or str(verb.lemma_).lower() not in _LAST_VERBS:
        return None
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        return verb.head  # "the season, which ran for 34 days"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "NOUN" else None


_LAST_VERBS = frozenset(("run", "last", "span", "stretch", "continue", "go"))


#: "in the month after the storm", "over the first ten days following the launch": a
#: stretch of stated length from an event the article does not date.
_AFTER_EVENT = re.compile(
    r"\b(?:in|during|over|within)\s+the\s+(?:first\s+)?(?:(?P<n>\d+|[a-z]+)\s+)?"
    r"(?P<u>days?|weeks?|months?|years?)\s+(?:after|following|since)\b",
    re.I,
)


def _small_count(raw: str) -> float:
    """ "30", "ten": a count of days or weeks; 0 when the word is no number ("first")."""
    if raw.isdigit():
        return float(raw)
    return float(UNIT_WORDS.get(raw.lower(), 0))


#: "over the campaign", "during the whole season", "throughout the strike".
_THE_STRETCH = re.compile(
    r"\b(?:(?:over|during|across|throughout|for|in)\s+(?:the|this|its|that)|this)\s+"
    r"(?:whole\s+|entire\s+|full\s+)?([a-z]+)\b",
    re.I,
)


_SPAN_HEAD = re.compile(r"^(?:over|in|across|during|within|for)\s", re.I)


_SPAN_OPEN = re.compile(
    r"\b(?:(?:over|in|across|during|within|for)\s+(?:the\s+)?|(?:for\s+)?each\s+of\s+the\s+)$",
    re.I,
)  # "for each of the 47 days on which felling took place, a total of £142,500"


#: What may stand between a length set before a figure and the figure: its own noun, a
#: start date and the clause's subject and verb ("Over the 12 nights since 28 December the
#: council has used 3,100 tonnes"), no other figure (checked by the caller).
_SPAN_GAP = re.compile(r"^\s*,?\s*(?:[A-Za-z'\u2019]+,?\s+|\d{1,2}\s+){0,9}$")


def _counts_nights(d: Entry) -> bool:
    """ "over the 12 nights since 28 December": a count of nights is a length in days."""
    return d.q.unit is None and d.q.counted == "night" and d.q.low == d.q.high


def _span_before(text: str, d: Entry, t: Entry) -> bool:
    """ "Last week, over five working days, it removed 11,200 tonnes": a length of time set
    before the figure in its clause, a few words (no other figure or clause) between."""
    opens = _SPAN_HEAD.match(d.q.text) or _SPAN_OPEN.search(text, max(0, d.q.start - 12), d.q.start)
    gap = text[d.q.end : t.q.start]
    return bool(opens) and _SPAN_GAP.match(gap) is not None and not CLAUSE_BREAK.search(gap)
