"""Periods that point back to an earlier one: "that week", "the same period", "over the five
months", "between the reopening and May 31".

News writing names a period once and then refers to it: "the heatwave of 7 to 13 July ...
During that week alone", "between January and the end of May ... over the five months",
"since it reopened on March 1 ... between the reopening and May 31". Each such phrase is
dated from the article's earlier explicit periods, conservatively: a unit must match ("that
week" takes a span of a few days, "that year" a date inside one calendar year), a length must
match ("the five months" takes a span of five months), and an event must have been dated
with its own verb or noun. A phrase with no such antecedent keeps its words and no dates: a
period left unknown is better than one guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from claimscope.layers._quantities.period_calendar import MONTHS, month_end, year_for
from claimscope.layers._quantities.periods import PeriodMatch, find_periods

__all__ = ["SentencePeriods", "needs_article", "resolve_references"]

#: Sentences back (besides the phrase's own) where "that week" or "the month" may find the
#: period it names. A length or an event is distinctive enough to be found anywhere before.
WINDOW = 3


@dataclass(frozen=True)
class SentencePeriods:
    """One sentence's span in the article and the period phrases found in it."""

    start: int
    end: int
    found: list[PeriodMatch]


@dataclass(frozen=True)
class _Dated:
    """An earlier period that a later phrase may point to."""

    sent: int
    at: int
    first: date
    last: date
    yearless: bool


def resolve_references(
    sentences: list[SentencePeriods], text: str, pub: date | None
) -> list[list[PeriodMatch]]:
    """Each sentence's periods, with phrases that point back dated from earlier ones."""
    earlier: list[_Dated] = []
    blockers: list[_Dated] = []  # years named but not dated ("in 2022-23"): see _resolve
    out: list[list[PeriodMatch]] = []
    for i, sent in enumerate(sentences):
        resolved: list[PeriodMatch] = []
        for p in sent.found:
            if p.first is None and p.kind in _UNDATED_YEARS:
                blockers.append(_Dated(i, p.start, date.min, date.min, False))
            if _running(p, pub):
                p = _in_named_year(p, i, earlier, _bare_years(sentences, i, text, p.start), pub)
            if p.kind == "to_date" and p.first is None:
                # "1,980 freed so far under the scheme, which was introduced on Sept. 10"
                p = _since_start(p, text[: sent.end], pub)
            if p.refers is not None:
                here = [d for q in resolved if (d := _dated(i, q)) is not None]
                years = _bare_years(sentences, i, text, p.start)
                near_blocks = [b for b in blockers if b.sent >= i - WINDOW]
                p = _resolve(p, i, earlier + here, years, text, pub, near_blocks)
                if p.refers is not None and p.refers.startswith("event:"):
                    continue  # "since the offensive began", never dated: no period read
            resolved.append(p)
        out.append(resolved)
        earlier.extend(d for q in resolved if (d := _dated(i, q)) is not None)
    return out


#: Kinds whose year, when not written, is taken from the publication date.
_YEARLESS_KINDS = frozenset(("part", "month_span", "month_range"))


def needs_article(found: list[PeriodMatch], pub: date | None) -> bool:
    """Whether some of a sentence's periods can only be read with the article's earlier
    ones: a phrase that points back, or a part of a year whose year is left to context."""
    return any(p.refers is not None or _running(p, pub) for p in found)


def _running(p: PeriodMatch, pub: date | None) -> bool:
    """A part of a year written without its year ("in the first quarter") that the
    publication date would put in a span still running when the article appeared."""
    if pub is None or p.kind not in _YEARLESS_KINDS or p.first is None or p.last is None:
        return False
    if re.search(r"\b(?:19|20)\d\d\b|\b(?:this|last|next)\b", p.text, re.I):
        return False
    first, last = _day(p.first), _day(p.last)
    return first is not None and last is not None and first <= pub <= last


def _in_named_year(
    p: PeriodMatch, i: int, earlier: list[_Dated], years: list[_Dated], pub: date | None
) -> PeriodMatch:
    """ "visitors in 2024 ... 231,000 in the first quarter", published in February 2025: a
    part of a year still running at publication, right after the article named an earlier
    whole year, is that year's part, as a review of a past year writes it."""
    near = [
        d
        for d in earlier + years
        if d.sent >= i - WINDOW
        and d.first == date(d.first.year, 1, 1)
        and d.last == date(d.first.year, 12, 31)
    ]
    if not near or pub is None:
        return p
    year = max(near, key=lambda d: d.at).first.year
    if year >= pub.year:
        return p
    again = [q for q in find_periods(p.text, p.start, date(year, 12, 31)) if q.kind == p.kind]
    if len(again) != 1 or again[0].first is None:
        return p
    return replace(p, first=again[0].first, last=again[0].last)


def _dated(sent: int, p: PeriodMatch) -> _Dated | None:
    """An explicit span or day with both ends known; instants name no span of their own."""
    if p.first is None or p.last is None or p.duration == "P0D":
        return None
    first, last = _day(p.first), _day(p.last)
    if first is None or last is None or last < first:
        return None
    return _Dated(sent, p.start, first, last, p.first.startswith("--"))


def _day(iso: str) -> date | None:
    """A date; a yearless ``--MM-DD`` is read in a common year."""
    try:
        if iso.startswith("--"):
            return date(2001, int(iso[2:4]), int(iso[5:7]))
        return date.fromisoformat(iso)
    except ValueError:
        return None


def _iso(d: date, yearless: bool) -> str:
    return f"--{d.month:02d}-{d.day:02d}" if yearless else d.isoformat()


#: Kinds that name a year without dating it: "in 2022-23", "the 2024/25 financial year".
_UNDATED_YEARS = frozenset(("split_year", "fiscal"))


_BARE_YEAR = re.compile(r"(?<![\d,.$\u00a3\u20ac/-])(?:19|20)\d\d(?!\d|,\d|%|[-/\u2013]\d)")


def _bare_years(sentences: list[SentencePeriods], i: int, text: str, before: int) -> list[_Dated]:
    """Years written as modifiers ("The 2022 race"), which "that year" may point to."""
    out = []
    for j in range(max(0, i - WINDOW), i + 1):
        s = sentences[j]
        for m in _BARE_YEAR.finditer(text, s.start, min(s.end, before)):
            if any(p.start <= m.start() < p.end for p in s.found):
                continue  # a period phrase of its own, already a candidate
            if "since" in text[max(s.start, m.start() - 50) : m.start()].lower():
                continue  # "the highest number since 2016": a comparison, not a time named
            if _EDGE_OF.search(text, max(s.start, m.start() - 25), m.start()):
                continue  # "due to open before the end of 2024": a moment, not the year
            year = int(m.group(0))
            out.append(_Dated(j, m.start(), date(year, 1, 1), date(year, 12, 31), False))
    return out


def _resolve(
    p: PeriodMatch,
    i: int,
    earlier: list[_Dated],
    years: list[_Dated],
    text: str,
    pub: date | None,
    blockers: list[_Dated],
) -> PeriodMatch:
    refers = p.refers or ""
    if refers.startswith("event:"):
        dated = _event(p, refers[6:], text, pub)
        if dated.refers is not None:
            dated = _sole_start(dated, text, pub)
        if dated.refers is not None:
            dated = _sole_running(dated, earlier, pub)
        if dated.refers is not None and refers[6:] in _STARTS:
            # "since the launch", the scheme "opened to the public on 1 April"
            dated = _since_start(dated, text[: p.start], pub, text)
        return dated
    if refers.startswith("after:"):
        return _after_named(p, refers[6:], text, pub)
    if refers == "length":
        days = _duration_days(p.duration)
        same = [d for d in earlier if days is not None and _same_length(d, days)]
        if pub is not None:  # "next year's target ... over the twelve months": a year still
            # to come is no stretch the article reports on
            same = [d for d in same if d.yearless or d.first <= pub]
        same = _not_bases(same, text)
        # "the 52 weeks to 31 December 2023, against a loss the year before ... over the 52
        # weeks": the span named with the same words, not the latest of that length
        worded = _LENGTH_WORDS.search(p.text)
        named = [
            d for d in same if worded and worded.group(0).lower() in text[d.at : d.at + 40].lower()
        ]
        if not named and p.duration in ("P12M", "P52W"):
            # "over the twelve months", after "in the year to 31 March 2025" and a CEO's
            # "last year": a span of months names the stretch with its own end, not a
            # calendar year told as such
            named = [d for d in same if not _PLAIN_YEAR.match(text, d.at)]
        match = _latest(named or same, lambda d: True)
        return _with(p, match.first, match.last, match.yearless) if match else p
    near = [d for d in earlier if d.sent >= i - WINDOW]
    if refers == "since":  # "since it began": the running span named last
        match = _latest(near, lambda d: pub is not None and d.last == pub and d.first < d.last)
        if match is not None and _THIS_UNIT.match(text, match.at):
            # "Figures released this week show ... 1,200 a week since it opened", after
            # "launched the service on 4 March": when the figures came out is no start
            started = _since_start(p, text[: p.start], pub, text)
            if started.refers is None:
                return started
        if match is None and pub is not None and _THEN.search(p.text):
            # "The storm came ashore last Thursday ... Since then": from the day named last
            then = _latest(near, lambda d: not d.yearless and d.last < pub)
            if then is not None:
                return _with(p, then.last, pub, False)
        return (
            _with(p, match.first, match.last, match.yearless)
            if match
            else _since_start(p, text[: p.start], pub, text)
        )
    if pub is not None:  # "wants to reach 400,000 by 2027. Over the year the airport
        # served ...": a target's future year is no stretch the article reports on
        near = [d for d in near if d.yearless or d.first <= pub]
    if refers.startswith("same:"):
        match = _latest(near, lambda d: d.first < d.last and d.first.year == d.last.year)
        if match is None or match.yearless:
            return p
        year = int(refers[5:])
        first, last = _in_year(match.first, year), _in_year(match.last, year)
        return _with(p, first, last, False)
    if refers == "year":
        near = near + [y for y in years if pub is None or y.yearless or y.first <= pub]
        near = [d for d in near if not _FOUNDED.search(text, max(0, d.at - 30), d.at)]
        fitting = [d for d in near if _UNITS["year"].fits(d)]
        if not fitting and " that " not in f" {p.text.lower()} ":
            # "Over the year" far below the lead's "in 2024": the lead's year ("that year"
            # points to one named just before, and stays undated when none was)
            lead = [
                d
                for d in earlier
                if _UNITS["year"].fits(d)
                and (pub is None or d.yearless or d.first <= pub)
                and not _FOUNDED.search(text, max(0, d.at - 30), d.at)
            ]
            # a whole year named ("in the year to March") before one still running ("This
            # year's annual report"): a figure "over the year" is for a year that is over
            whole = [d for d in lead if _length(d) >= 360]
            near = fitting = (whole or lead)[:1]
        if blockers and (not fitting or max(b.at for b in blockers) > max(d.at for d in fitting)):
            return p  # "in the 2022-23 school year ... during the year": not a calendar year
        near = _whole_year_first(_not_bases(near, text), earlier, pub)
    unit = _UNITS.get(refers)
    if unit is None:
        return p
    if refers not in ("year", "period"):  # "in the quarter" after "down from 32.4 per cent in
        # the same quarter of 2023": the quarter reported on, not the base it is set against
        near = _not_bases(near, text)
    if refers == "period":  # "over the same period": the stretch just named
        near = [d for d in near if not _locates_a_day(text, d)]
        own = _latest(near, unit.fits)
    else:
        own = _latest([d for d in near if d.sent == i], unit.fits)  # "the March figure ... over
    # the month": a period named earlier in the phrase's own sentence comes first
    spans = (
        (unit.span(own), own)
        if own is not None
        else _commonest([(unit.span(d), d) for d in near if unit.fits(d)])
    )
    if spans is None:
        return _latest_weekend(p, pub) if refers == "weekend" else p
    (first, last), match = spans
    if pub is not None and not match.yearless and last > pub >= first:
        last = pub  # "that year" said of the current year: to date
    return _with(p, first, last, match.yearless)


_THEN = re.compile(r"\bsince then\b", re.I)
#: A calendar year told as such: "in 2024", "last year", "this year".
_PLAIN_YEAR = re.compile(
    r"(?:(?:in|during|for|over|throughout)\s+)?(?:(?:19|20)\d\d\b(?!\s*[-/\u2013])|"
    r"(?:last|this|the previous|the past)\s+year\b)",
    re.I,
)
#: A year named as the edge of a span ("before the end of 2024") dates a moment.
_EDGE_OF = re.compile(r"\b(?:end|close|start|beginning|middle) of\s*$", re.I)
#: The length a "the N weeks" phrase names: "52 weeks", "six months".
_LENGTH_WORDS = re.compile(r"[\w-]+ (?:days?|weeks?|months?|years?)\b", re.I)
#: A span that is the current week, month or year: it runs to date, but starts nothing.
_THIS_UNIT = re.compile(r"(?:(?:during|in|over|for) )?this (?:week|month|year)\b", re.I)


#: "since it opened in 1998", "the terminal, extended in 2021": the year something was
#: made or set up, no year the article's figures cover.
_FOUNDED = re.compile(
    r"\b(?:opened|reopened|founded|built|extended|established|launched|completed|set up|"
    r"created|elected|appointed|formed|inaugurated)\s+$",
    re.I,
)


#: "a Tuesday in February", "one night in June", "the busiest day of March": a month or
#: year that only says when one day fell.
_DAY_BEFORE = re.compile(
    r"\b(?:day|night|morning|afternoon|evening|weekend|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\s+(?:in|of|during)?\s*$",
    re.I,
)


def _locates_a_day(text: str, d: _Dated) -> bool:
    """Whether an earlier period only locates one day ("the quietest was a Tuesday in
    February"): no stretch that a later "over the same period" can mean."""
    return _DAY_BEFORE.search(text, max(0, d.at - 25), d.at) is not None


def _latest_weekend(p: PeriodMatch, pub: date | None) -> PeriodMatch:
    """ "Police arrested 40 people over the weekend", no weekend named before: the latest
    Saturday and Sunday by publication."""
    if pub is None:
        return p
    sunday = pub - timedelta(days=(pub.weekday() + 1) % 7)
    return _with(p, sunday - timedelta(days=1), sunday, False)


#: "down slightly from the previous year", "more than in 2023": a period named as the base
#: of a comparison, the time the article's figures are set against, not the one they cover.
_BASE_BEFORE = re.compile(
    r"\b(?:from|than|compared (?:with|to)|against|versus)\s+(?:in\s+)?$", re.I
)


def _not_bases(near: list[_Dated], text: str) -> list[_Dated]:
    """The earlier periods a phrase may point to, without bases of comparison when any
    other is left: "9,100 spills over the year", after "450,398 in 2024, down slightly
    from the previous year", is 2024's."""
    kept = [
        d
        for d in near
        if not _BASE_BEFORE.search(text, max(0, d.at - 30), d.at) and not _BACK.match(text, d.at)
    ]
    return kept or near


#: A period named as one before another ("the year before", "a year earlier"): the base
#: a figure is set against, never the stretch a later "during the year" means.
_BACK = re.compile(
    r"(?:the|a) (?:year|twelve months|12 months) (?:before|earlier|previously|prior)\b"
    r"|the (?:previous|prior|preceding) year\b"
    r"|(?:in )?the same (?:quarter|month|week|period|half|season) (?:of|in|last) ",
    re.I,
)


def _whole_year_first(near: list[_Dated], earlier: list[_Dated], pub: date | None) -> list[_Dated]:
    """ "in the 2024 financial year, which ended on January 31 ... last spring ... Across
    the year": "the year" is a year the article named whole, not the calendar year of a
    part of it named since (a part that lies inside that whole year)."""
    whole = [d for d in near if _length(d) >= 360] or [
        d for d in earlier if _length(d) >= 360 and (pub is None or d.yearless or d.first <= pub)
    ]
    if not whole:
        return near
    named = max(whole, key=lambda d: d.at)
    # "the 2024-25 financial year, which ran from April 2024 to March 2025. ... figures
    # released on Tuesday ... paid out £312m over the year": a day named since only says
    # when something was said or done, no year of its own the figures cover
    near = [d for d in near if not (d.at > named.at and d.first == d.last)]
    parts = [d for d in near if d.at > named.at]
    if parts and all(named.first <= d.first and d.last <= named.last for d in parts):
        return [named]
    return near


def _latest(cands: list[_Dated], fits: Callable[[_Dated], bool]) -> _Dated | None:
    """The nearest earlier period that fits."""
    found = [d for d in cands if fits(d)]
    return max(found, key=lambda d: d.at) if found else None


def _commonest(
    spans: list[tuple[tuple[date, date], _Dated]],
) -> tuple[tuple[date, date], _Dated] | None:
    """The span named most often among the candidates, the nearest on a tie: "the year"
    after "212 times in 2024 ... since reporting began in 2011 ... last year" is 2024."""
    if not spans:
        return None
    counts: dict[tuple[date, date], int] = {}
    for span, _ in spans:
        counts[span] = counts.get(span, 0) + 1
    return max(spans, key=lambda x: (counts[x[0]], x[1].at))


def _with(p: PeriodMatch, first: date, last: date, yearless: bool) -> PeriodMatch:
    """The phrase dated; a length it stated is now in its dates."""
    first_iso, last_iso = _iso(first, yearless), _iso(last, yearless)
    return replace(p, first=first_iso, last=last_iso, refers=None, duration=None)


def _in_year(d: date, year: int) -> date:
    return date(year, d.month, min(d.day, month_end(year, d.month)))


@dataclass(frozen=True)
class _Unit:
    """Which earlier periods a unit word can point to, and the span it then names."""

    fits: Callable[[_Dated], bool]
    span: Callable[[_Dated], tuple[date, date]]


def _length(d: _Dated) -> int:
    return (d.last - d.first).days + 1


def _whole_month(d: _Dated) -> tuple[date, date]:
    return d.first.replace(day=1), d.first.replace(day=month_end(d.first.year, d.first.month))


def _whole_year(d: _Dated) -> tuple[date, date]:
    if _length(d) >= 360:
        return d.first, d.last  # "the year to March": that span
    return date(d.first.year, 1, 1), date(d.first.year, 12, 31)


def _own(d: _Dated) -> tuple[date, date]:
    return d.first, d.last


_UNITS: dict[str, _Unit] = {
    "day": _Unit(lambda d: d.first == d.last, _own),
    "night": _Unit(lambda d: d.first == d.last, _own),
    "week": _Unit(lambda d: 5 <= _length(d) <= 9, _own),
    "weekend": _Unit(lambda d: 2 <= _length(d) <= 3, _own),
    "month": _Unit(
        lambda d: (d.first.year, d.first.month) == (d.last.year, d.last.month), _whole_month
    ),
    "quarter": _Unit(lambda d: 85 <= _length(d) <= 93, _own),
    "half-year": _Unit(lambda d: 178 <= _length(d) <= 186, _own),
    "year": _Unit(lambda d: d.first.year == d.last.year or 360 <= _length(d) <= 370, _whole_year),
    "period": _Unit(lambda d: d.first < d.last, _own),
}


_ISO_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}


def _duration_days(duration: str | None) -> float | None:
    m = re.fullmatch(r"P(\d+)([DWMY])", duration or "")
    return None if m is None else int(m.group(1)) * _ISO_DAYS[m.group(2)]


def _same_length(d: _Dated, days: float) -> bool:
    """A span as long as "the five months" says, within the give of calendar months."""
    return abs(_length(d) - days) <= max(1.0, 0.04 * days)


_MON_DAY = (
    r"(?:(?P<m>[A-Z][a-z]{2,8})\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?|"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)? (?P<m2>[A-Z][a-z]{2,8})|(?P<m3>[A-Z][a-z]{2,8}))"
    r"(?:,? (?P<y>(?:19|20)\d\d))?\b"
)


def _event(p: PeriodMatch, stem: str, text: str, pub: date | None) -> PeriodMatch:
    """ "between the reopening and May 31" after "since it reopened on March 1": the event's
    date is the latest one the article gave right after a word of the same stem."""
    pattern = re.compile(
        rf"\b{re.escape(stem)}\w*(?: \w+){{0,4}}? (?:on|in|of) (?:the )?{_MON_DAY}", re.I
    )
    first = None
    for m in pattern.finditer(text, 0, p.start):
        first = _event_day(m, pub) or first
    last = _day(p.last) if p.last is not None else pub
    if first is None or last is None or last < first or (p.last or "").startswith("--"):
        return p
    return replace(p, first=first.isoformat(), last=last.isoformat(), refers=None)


#: "since the operation began", "since the campaign started": a start named by its verb.
_BEGAN = re.compile(r"\b(?:began|begun|started|opened|took effect)$", re.I)
#: "since the switch", "since the merger": a change of arrangements named by its noun, in
#: an article whose one running span is the stretch since that change.
_CHANGEOVER = re.compile(
    r"\bsince (?:the|its|their) (?:switch|switchover|changeover|move|merger|takeover|"
    r"reorgani[sz]ation|relaunch|overhaul|rollout|roll-out|handover|transfer)$",
    re.I,
)


#: "demonstrations ... began on October 2", "the strike started on 4 March": a start dated.
_STARTED_ON = re.compile(rf"\b(?:began|started|broke out|erupted) (?:on|in) (?:the )?{_MON_DAY}")


def _sole_start(p: PeriodMatch, text: str, pub: date | None) -> PeriodMatch:
    """ "Seven weeks after demonstrations ... began on October 2, ... 1,240 people have
    been detained since the protests started": an event that began, its own noun dated
    nowhere (the story names it in other words), started on the one day the article said
    something began before it. Two such days leave it undated."""
    if not _BEGAN.search(p.text):
        return p
    return _from_the_one_day(p, _STARTED_ON.finditer(text, 0, p.start), pub)


def _from_the_one_day(
    p: PeriodMatch, said: Iterator[re.Match[str]], pub: date | None
) -> PeriodMatch:
    """``p`` dated from the one day the matches ``said`` give to its own end (or the
    publication date); none, or two different days, leave it as it was."""
    days = {d for m in said if (d := _event_day(m, pub))}
    last = _day(p.last) if p.last is not None else pub
    if len(days) != 1 or last is None or (p.last or "").startswith("--"):
        return p
    first = next(iter(days))
    if last < first:
        return p
    return replace(p, first=first.isoformat(), last=last.isoformat(), refers=None)


#: Events whose noun names a start ("since the launch"), dated by any verb of starting.
_STARTS = frozenset(("launch", "open", "reopen", "start", "introduction", "inception", "debut"))

#: "which opened on March 1", "the scheme, introduced on Sept. 10", "opened to the public on
#: 1 April": a start dated by its verb.
_OPENED_ON = re.compile(
    r"\b(?:began|started|opened|reopened|launched|went live|introduced|came into (?:force|effect)"
    r"|took effect|(?:was|were) switched on|came online|went into service|entered service)"
    rf"(?: [\w'\u2019.-]+){{0,12}}? (?:on|in) (?:the )?{_MON_DAY}"
)


def _since_start(p: PeriodMatch, before: str, pub: date | None, text: str = "") -> PeriodMatch:
    """ "The line, which opened on March 1, has taken 45 calls a day since its launch", "has
    taken 1,900 calls so far": with no running span named, "since it" and "so far" start
    on the one day the article, up to the phrase (or the end of the sentence of "so far"),
    says something opened, launched or was introduced. Two such days leave it undated.
    When nothing before dates a start, the whole ``text`` may, once: a report that opens
    with "since it was switched on" and gives the day ("went live ... on 1 February") in
    its next paragraph."""
    dated = _from_the_one_day(p, _OPENED_ON.finditer(before), pub)
    if dated is p and text and _OPENED_ON.search(before) is None:
        return _from_the_one_day(p, _OPENED_ON.finditer(text), pub)
    return dated


def _sole_running(p: PeriodMatch, earlier: list[_Dated], pub: date | None) -> PeriodMatch:
    """ "since the operation began", its event dated nowhere, in an article whose only
    running span so far is "since the first trucks left the port on March 4": the start of
    the article's one stretch to date. Two different running spans leave it undated."""
    if pub is None or not (_BEGAN.search(p.text) or _CHANGEOVER.search(p.text)):
        return p
    running = {(d.first, d.last, d.yearless) for d in earlier if d.last == pub and d.first < d.last}
    if len(running) != 1:
        return p
    first, last, yearless = next(iter(running))
    return _with(p, first, last, yearless)


def _after_named(p: PeriodMatch, name: str, text: str, pub: date | None) -> PeriodMatch:
    """ "the six weeks after Aileen won", when an earlier sentence naming her gives one day
    ("When Aileen Forsyth was declared leader ... on 26 October"): the stretch runs from
    the day after. Two different days in the sentences naming her leave it undated."""
    days = _duration_days(p.duration)
    if days is None:
        return p
    pattern = re.compile(rf"\b(?:on|in) (?:the )?{_MON_DAY}")
    dated: set[date] = set()
    for m in re.finditer(rf"\b{re.escape(name)}\b", text[: p.start]):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [e for e in (text.find(". ", m.end()), text.find("\n", m.end())) if e >= 0]
        sentence = text[start : min([*ends, p.start])]
        dated.update(d for d in (_event_day(x, pub) for x in pattern.finditer(sentence)) if d)
    if len(dated) != 1:
        return p
    first = next(iter(dated)) + timedelta(days=1)
    last = first + timedelta(days=round(days) - 1)
    if pub is not None and last > pub:
        return p
    return replace(p, first=first.isoformat(), last=last.isoformat(), refers=None)


def _event_day(m: re.Match[str], pub: date | None) -> date | None:
    """The day an event was dated ("reopened on March 1"); a bare month is its first day."""
    g = m.groupdict()
    name = (g["m"] or g["m2"] or g["m3"] or "").lower().rstrip(".")
    if name not in MONTHS:
        return None
    month = MONTHS[name]
    year = year_for(month, g["y"], pub)
    day = int(g["d"] or g["d2"] or 1)
    if year is None or not 1 <= day <= month_end(year, month):
        return None
    return date(year, month, day)
