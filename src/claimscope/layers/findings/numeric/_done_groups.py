"""Groups named by what happened to them: "214 of those killed", "Of those rescued, 131",
"Among those we released last year were 465 men and women". Their whole is the earlier
figure told with the same deed.

The deed is matched by the verb's stem first ("rescued" and "Rescue teams had brought 126
miners"); failing that, by the words of the news event the verb names, because reporters
vary them: "those killed" are the ones "the number of confirmed dead" counted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import PEOPLE, Entry, doc_text, event_words
from claimscope.layers.findings._lexicon import canonical, counts_people
from claimscope.layers.findings.numeric._told import distance_to

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["OF_THOSE_AFTER", "done_before", "participle_whole"]


#: "Of those rescued, 131", "of the salmon that escaped, 31,500", "Among those we released
#: last year were 465": a group named by what happened to it, fronted before the figure
#: (after a comma, or as the place of an inverted "were"), at the start of a sentence or
#: of a quotation.
_OF_THOSE_DONE = re.compile(
    r"(?:^|[.:;]\s*)[\"'\u201c\u2018]?(?:of|among) (?:those|the (?P<noun>[a-z][\w-]*))"
    r"(?: (?P<verb>[a-z]{4,}ed)| (?:that|who|which|we|they|he|she|it|i|you) "
    r"(?:had |have |has |were |was )?(?P<verb2>[a-z]{3,}))"
    r"\b[^,.;:]{0,40}?(?:,\s+|\s+(?P<copula>were|are)\s+)$",
    re.I,
)


#: "Of these, 410 were housed", "Among them, 12": a figure after a fronted group of any
#: kind is a part of it.
_OPENED = re.compile(r"(?:^|[.:;]\s*)[\"'\u201c\u2018]?(?:of|among)\s+[^,;:.]{2,60},\s+$", re.I)


#: "214 of those killed", "31 of those arrested": a group named by what happened to it.
OF_THOSE_AFTER = re.compile(r"\s+(?:out )?of those (?P<verb>[a-z]{3,}ed)\b", re.I)


def done_before(doc: Doc, part: Entry, ledger: list[Entry], verb_at: int) -> Entry | None:
    """The largest earlier figure whose sentence tells of the deed the verb at ``verb_at``
    names: "those killed" are all of them ("1,842 civilians were killed this year"), not
    the month's 396 or June's 301."""
    stem, kin = _deed_words(doc, verb_at)
    earlier = [
        e
        for e in ledger
        if e.q.end <= part.q.start and e.q.unit == part.q.unit and not e.is_rate
        if not e.scope.peak
    ]
    told = [e for e in earlier if any(w.startswith(stem) for w in e.words)]
    told = told or [e for e in earlier if e.words & kin]
    return max(told, key=lambda e: e.iv.hi) if told else None


def participle_whole(doc: Doc, part: Entry, ledger: list[Entry]) -> Entry | None:
    """The earlier figure whose sentence tells what the "Of those rescued" group went
    through: the nearest one with a word of the verb's stem ("Rescue teams had brought 126
    miners", "27,000 salmon escaped"); with an inverted "were" (see ``_all_of_them``) the
    largest of the part's time. A figure that is itself fronted by a group ("Of the
    prisoners released, 38 were recalled", "Of these, 410") is a part of it, never its
    whole; and a group of people is counted in people, not in what they did ("granted
    410 of the 1,240 applications"), when the sentence gives both."""
    text = doc_text(doc)
    m = _fronted(text, part)
    if m is None:
        return None
    verb = "verb" if m.group("verb") else "verb2"
    stem, kin = _deed_words(doc, max(0, part.q.start - 60) + m.start(verb))
    noun = canonical(m.group("noun") or "").split()[-1:]
    earlier = [
        e
        for e in ledger
        if e.q.end <= part.q.start
        and part.sent - e.sent > 0
        and e.q.unit == part.q.unit
        and not e.is_rate
        and (not noun or canonical(e.q.counted or "").split()[-1:] == noun)
        and _fronted(text, e) is None
        and _OPENED.search(text[max(0, e.q.start - 60) : e.q.start]) is None
    ]
    told = [e for e in earlier if any(w.startswith(stem) for w in e.words)]
    told = told or [e for e in earlier if e.words & kin]
    if not told:
        return None
    if m.group("copula"):
        return _all_of_them(part, told)
    latest = [e for e in told if e.sent == told[-1].sent]
    if _counts_persons(part):
        latest = [e for e in latest if not _counts_other(e)] or latest
    return min(latest, key=lambda e: distance_to(text, stem, e))


def _all_of_them(part: Entry, told: list[Entry]) -> Entry:
    """ "Among those who arrived in 2024 were 9,400 children": the group is everyone the
    deed befell in the part's time, the largest count of it then ("arrivals fell to
    61,800 in 2024"), not one route's or one week's count told nearer; a group of people
    is counted in people ("granted 410 of the 1,240 applications")."""
    if _counts_persons(part):
        told = [e for e in told if not _counts_other(e)] or told
    if part.start is not None:
        told = [e for e in told if (e.start, e.end) == (part.start, part.end)] or told
    return max(told, key=lambda e: e.iv.hi)


def _fronted(text: str, e: Entry) -> re.Match[str] | None:
    """The fronted group before the figure ("Of those rescued, "), if any."""
    return _OF_THOSE_DONE.search(text[max(0, e.q.start - 60) : e.q.start])


def _deed_words(doc: Doc, at: int) -> tuple[str, frozenset[str]]:
    """The stem of the verb at ``at`` (its first five letters) and the words of the news
    event it names, if any."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return "", frozenset()
    tok = span[0]
    return tok.lower_[:5], event_words(str(tok.lemma_))


def _counts_persons(e: Entry) -> bool:
    return counts_people(e.q.counted) or e.thing in PEOPLE


def _counts_other(e: Entry) -> bool:
    """Whether a figure counts a thing that is no person ("applications")."""
    return e.q.counted is not None and not _counts_persons(e)
