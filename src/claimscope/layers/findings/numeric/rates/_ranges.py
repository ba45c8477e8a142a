"""``range_violation`` for ranges said to hold for every instance or every member, not per
unit of time: "between 600 and 800 km every night of snowfall" against one night's figure,
"every home game has drawn between 18,000 and 22,000" against one game's.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers._quantities.period_calendar import NUMW
from claimscope.layers.findings._ledger import Entry, doc_text
from claimscope.layers.findings._lexicon import singular
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._pairing import comparable, far_apart, period_within
from claimscope.layers.findings.numeric.rates._alike import directed_runs, people_alike

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


#: "every night", "at every edition", "on every one of the nine days", "in each winter",
#: "on each of the campaign's 14 days", "for every one of the club's 19 league matches": a
#: range said to hold for each instance of a recurring thing. After "of the" the thing is
#: the plural noun that ends the phrase, past a count and one word of kind ("league").
_EVERY_INSTANCE = re.compile(
    r"\b(?:every|each)\s+(?:(?:single|full|complete|calendar)\s+)?"
    r"(?:(?:one\s+)?of\s+(?:the|its|their)\s+(?:[\w-]+['\u2019]s\s+)?"
    r"(?:(?P<kind>[\w-]+)\s+){0,2}?(?P<plural>[a-z]+s)\b|(?P<noun>[a-z]+)\b)",
    re.I,
)


def every_instance_ranges(
    doc: Doc, ledger: list[Entry], done: set[tuple[str, ...]]
) -> list[Finding]:
    """ "between 600 and 800 km every night of snowfall" against "their hardest night ...,
    when the fleet cleared 1,150 km": a range said to hold for every instance of a
    recurring thing (a night, a day, a winter) against a figure the text gives for one
    instance of it, named in the figure's sentence or the one before ("On October 26, the
    sixth day, ... The two boats recorded just 58 dolphins"). A maximum is an instance
    too: the busiest night must keep a range said to hold every night."""
    text = doc_text(doc)
    sentences = list(doc.sents)
    out: list[Finding] = []
    for r in ledger:
        if r.q.low is None or r.q.high is None or r.q.low >= r.q.high or r.gap:
            continue
        clause = _clause_after(text, r)
        m = _EVERY_INSTANCE.search(clause)
        if m is None:
            continue
        noun = singular((m.group("plural") or m.group("noun")).lower())
        if noun in _NOT_INSTANCES:
            continue
        kind = _kind_word(m)
        for t in ledger:
            if (
                t is r
                or t.sent <= r.sent
                or t.is_rate
                or t.q.low != t.q.high
                or t.gap
                or t.q.unit != r.q.unit
                or t.iv.meets(r.iv)
                or far_apart(t.iv, r.iv)
                or (r.start is not None and t.start is not None and not period_within(t, r))
                or (tuple(sorted((t.q.id, r.q.id))) in {tuple(sorted(d)) for d in done})
                or not (_names_instance(sentences, t, noun, kind) or _one_unit_of(t, noun))
            ):
                continue
            above = t.iv.lo > r.iv.hi
            if not (comparable(r, t, unnamed=True) or people_alike(r, t, strict=False)) and not (
                above and directed_runs(r, t)
            ):
                continue  # departures are some of the flights: fewer than all is no conflict
            out.append(
                numeric_finding(
                    "range_violation",
                    "warning",
                    f"{t.q.text} for one {noun} lies {'above' if above else 'below'} the "
                    f"{r.q.text} said to hold every {noun}.",
                    f"{t.q.text} in one {noun} against {r.q.text} for every {noun}: "
                    f"{t.iv} lies outside {r.iv}.",
                    t,
                    r,
                )
            )
            done.add((t.q.id, r.q.id))
    return out


#: Words after "every" that name no recurring instance a single figure could stand for.
_NOT_INSTANCES = frozenset(("one", "other", "time", "single", "kind", "type", "part", "bit"))


def _clause_after(text: str, r: Entry) -> str:
    """The rest of the figure's clause, up to a stop or semicolon (and a little before
    it: "On every one of the nine days we saw between 82 and 97")."""
    start = max(text.rfind(". ", 0, r.q.start) + 1, text.rfind("\n", 0, r.q.start) + 1, 0)
    end = len(text)
    for stop in (". ", ";", "\n"):
        at = text.find(stop, r.q.end)
        if at >= 0:
            end = min(end, at)
    return text[start:end]


def _kind_word(m: re.Match[str]) -> str | None:
    """The word of kind before the instance noun ("league" in "every one of the club's 19
    league matches"); a count ("nine days", "14 days") is none."""
    kind = m.group("kind")
    if kind is None or not kind.isalpha() or kind.lower() in UNIT_WORDS:
        return None
    return kind.lower()


def _names_instance(sentences: list[Span], t: Entry, noun: str, kind: str | None) -> bool:
    """Whether the figure's sentence, or the one before it, names one instance of ``noun``
    ("their hardest night on January 17", "On October 26, the sixth day"), of the kind
    the range names, if it names one, in the sentence naming the instance ("the biggest
    league crowd ... the derby"): a cup game's crowd is no league match's."""
    for i, sent in enumerate(sentences):
        if sent.start_char <= t.q.start < sent.end_char:
            if _other_instance_first(sent, t, noun):
                return False  # "In the week before Christmas ..., and on Christmas Day 230"
            here = [sent] + ([sentences[i - 1]] if i > 0 else [])
            pattern = _INSTANCE_WORDS.get(noun, rf"\b{re.escape(noun)}\b")
            for said in here:  # the figure's own sentence first: an instance it names rules
                if re.search(pattern, said.text, re.I) is not None:
                    return kind is None or _kind_fits(said, kind, pattern)
            return False
    return False


def _other_instance_first(sent: Span, t: Entry, noun: str) -> bool:
    """Whether the time word nearest before the figure in its sentence names another unit
    than ``noun``: in "In the week before Christmas the count reached 1,420, and on
    Christmas Day alone 230 outages were reported" the 230 is one day's, not one week's."""
    if noun not in _TIME_WORDS:
        return False
    before = t.q.start - sent.start_char
    nearest: tuple[int, str] | None = None
    for unit, pattern in _TIME_WORDS.items():
        for m in re.finditer(pattern, sent.text[:before], re.I):
            if _DURATION.search(sent.text[: m.start()]):
                continue  # "held for five days": a length of time, not one day named
            if nearest is None or m.start() > nearest[0]:
                nearest = (m.start(), unit)
    return nearest is not None and nearest[1] != noun


#: A count just before a time word makes it a length ("for five days", "a few weeks"), which
#: names no instance.
_DURATION = re.compile(rf"(?:{NUMW}|many|couple\s+of)\s+$", re.I)


def _kind_fits(sent: Span, kind: str, pattern: str) -> bool:
    """Whether the instance the sentence names is of the kind the range names: it uses the
    word of kind as one, modifying a noun ("the biggest league crowd"), or names no kind at
    all ("the Meridian poll of 19 September" for "each of the eleven national polls"). The
    word of kind as a noun of its own ("Outside the league, 8,000 watched") or another kind
    on the instance's noun ("the cup game", "an online poll") sets it apart."""
    if any(t.lower_ == kind and t.dep_ in ("compound", "amod") for t in sent):
        return True
    if any(t.lower_ == kind for t in sent):
        return False
    return not any(
        c.dep_ in ("compound", "amod")
        and (c.pos_ == "NOUN" or c.tag_ == "JJ")
        and c.lower_ not in _NO_KIND
        for t in sent
        if re.search(pattern, t.text, re.I)
        for c in t.children
    )


#: Modifiers that place or rank an instance, naming no kind of it: "the latest poll".
_NO_KIND = frozenset(
    ("latest", "last", "previous", "recent", "new", "next", "first", "final", "same", "own",
     "other", "single", "earlier", "later", "whole", "entire", "big", "busy")
)  # fmt: skip


#: Words that name one instance of a recurring time without its noun: "88 drones were
#: launched overnight" tells of one night, "the day's total" of one day.
_INSTANCE_WORDS_DAY = r"\bday'?s?\b|\btoday\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"


_INSTANCE_WORDS = {
    "night": r"\b(?:over)?nights?\b|\btonight\b",
    "day": _INSTANCE_WORDS_DAY,
    #: a match is told as a game, a fixture or a derby ("a tie" may be a drawn score)
    **dict.fromkeys(
        ("match", "game", "fixture"), r"\b(?:match(?:es)?|games?|fixtures?|derby|derbies)\b"
    ),
}


#: Words for one stretch of time, by the unit they name.
_TIME_WORDS = {
    "day": _INSTANCE_WORDS_DAY,
    "night": r"\b(?:over)?nights?\b|\btonight\b",
    "week": r"\bweeks?\b|\bfortnight\b",
    "month": r"\bmonths?\b",
    "year": r"\byears?\b",
}


def _one_unit_of(t: Entry, noun: str) -> bool:
    """Whether the figure is dated to exactly one ``noun`` ("in September" for a month,
    "on 14 May" for a day): that dating names the instance."""
    if t.start is None or t.end is None or t.start.year is None or t.end.year is None:
        return False
    first = date(t.start.year, t.start.month, t.start.day)
    last = date(t.end.year, t.end.month, t.end.day)
    if noun == "month":
        return (first.year, first.month) == (last.year, last.month) and first.day == 1
    if noun in ("day", "night"):
        return first == last
    if noun == "week":
        return (last - first).days == 6
    if noun == "year":
        return (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    return False


def each_ranges(ledger: list[Entry]) -> list[Finding]:
    """ "every home game has drawn between 18,000 and 22,000 spectators" against one such
    game's figure: the range holds for each thing the distributive subject names."""
    out: list[Finding] = []
    for r in ledger:
        if r.scope.each is None or r.is_rate or r.q.low == r.q.high:
            continue
        for t in ledger:
            if (
                t is r
                or t.is_rate
                or t.scope.each is not None
                or (t.scope.doer != r.scope.each and not t.scope.one)
                or (t.scope.plural and not t.scope.one)  # "Its 300 hives produced 8.1 t"
                or t.q.low != t.q.high
                or not comparable(r, t)
                or t.iv.meets(r.iv)
            ):
                continue
            above = t.iv.lo > r.iv.hi
            out.append(
                numeric_finding(
                    "range_violation",
                    "warning",
                    f"{t.q.text} lies {'above' if above else 'below'} the {r.q.text} said to "
                    f"hold for every {r.scope.each}.",
                    f"{t.q.text} for one {r.scope.each} against {r.q.text} for each "
                    f"{r.scope.each}: {t.iv} lies outside {r.iv}.",
                    t,
                    r,
                )
            )
    return out
