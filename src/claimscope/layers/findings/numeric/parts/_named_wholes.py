"""Wholes a part's own words point to: the headline figure of "296,000 of the kettles",
the group named by "included in sea arrivals", the series of "the largest single
exchange". Apart because each reads the part's label or sentence, not the pair.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, Span3
from claimscope.layers.findings._lexicon import canonical, counts_people, singular
from claimscope.layers.findings.numeric._pairing import period_contains
from claimscope.layers.findings.numeric._wording import SHARE_UNITS
from claimscope.layers.findings.numeric.parts._alone import TIME_NOUNS

if TYPE_CHECKING:
    from claimscope.layers.base import Draft


#: "296,000 of the kettles": a definite plural noun right after a figure.
_OF_THE_PLURAL = re.compile(r"\s+(?:out )?of the (?P<noun>[a-z][\w-]*s)\b(?![\s\d]*\d)", re.I)


def headline_whole(text: str, part: Entry, ledger: list[Entry]) -> Entry | None:
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


def included_whole(draft: Draft, part: Entry, ledger: list[Entry]) -> Entry | None:
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


def series_whole(
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
    if noun in TIME_NOUNS:
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
