"""The time a figure covers: "in October", "since February 2022", "over the past three years".

Periods resolve against the publication date. Without one, a period keeps its words
and its month structure: ISO 8601 allows the year to be left out (``--10-01``, the
XML Schema ``gMonthDay`` form), so "in October" becomes ``--10-01``..``--10-31`` and
the text says the year is unresolved; the layer moves such dates to the contract's
``start_yearless``/``end_yearless`` and leaves ``start``/``end`` null. dateparser resolves
single points, not periods, and costs milliseconds a call, so it is not used here.

Finding the phrases and building each ``PeriodMatch`` is here; the pattern tables are in
``period_range_patterns`` and ``period_single_patterns`` (tried in that order), the dates
each kind resolves to in ``period_resolvers`` and ``period_parts``, and the calendar words
and arithmetic they share in ``period_calendar``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from claimscope.layers._quantities.period_calendar import MONTHS, WEEKDAYS, small_count
from claimscope.layers._quantities.period_ends import find_span_ends
from claimscope.layers._quantities.period_parts import resolve_part
from claimscope.layers._quantities.period_range_patterns import RANGE_PATTERNS
from claimscope.layers._quantities.period_resolvers import cumulative, resolve
from claimscope.layers._quantities.period_single_patterns import SINGLE_PATTERNS

__all__ = ["PeriodMatch", "find_periods"]

#: Every pattern in the order of checks: the range table, then the single-phrase table.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [*RANGE_PATTERNS, *SINGLE_PATTERNS]
_PATTERNS_BY_KIND = dict(_PATTERNS)

_SPEECH = re.compile(
    r"\b(?:said|says|speaking|spoke|told|report(?:ed)?|announced|cited|"
    r"stated|wrote|published|released|briefing)\b[^.;]{0,40}$",
    re.I,
)


#: A period set between a verb of saying and what was said ("told us last week that the
#: crews were recovering ...", "said in March: ..."): it dates the telling, not the figures
#: told.
_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|wrote|stated|confirmed|explained|"
    r"insisted|claimed|estimated)(?:\s+(?!that\b)[\w'\u2019]+){0,2}\s+$",
    re.I,
)
_TOLD_AFTER = re.compile(r"\s*(?:that\b|[,:]?\s*[\"\u201c\u2018])", re.I)


_DATELINE = re.compile(
    r"\b(?:published|released|issued|unveiled|presented|announced|dated|updated|filed|"
    r"forecast|predicted|projected|estimated|budgeted|pledged|promised)\s+$",
    re.I,
)


#: "..., which opened in 2019", "who took office in July": a relative clause dating when
#: something began to exist or hold office, which is no period of the figures around it.
_LIFE_EVENT = re.compile(
    r"\b(?:which|that|who)\s+(?:[a-z]+\s+){0,2}?(?:(?:was|were)\s+)?(?:opened|reopened|"
    r"founded|built|established|launched|set up|completed|commissioned|inaugurated|"
    r"took office|was elected|was appointed|joined|began operating|began (?:[a-z]+\s+){0,3}"
    r"operations?|entered service)\s+$",
    re.I,
)


#: "the season that ended in August", "the year ending in March": the date that closes a
#: span whose start is not given, not a period of its own.
_END_OF_SPAN = re.compile(
    r"\b(?:(?:that|which) (?:ended|ends|closed|finished|concluded)|ending|"
    r"(?:season|year|period|quarter|month|week|campaign|term|half|window)s? "
    r"(?:ended|closed|finished)) $",
    re.I,
)


#: A superlative or "first" right before "since": "the largest group since 2018", "the
#: first time since March", "the busiest stretch the region has seen since 2022" compare
#: with the past; they do not date the figure.
_SINCE_FRAME = re.compile(
    r"\b(?!(?:west|interest|forest|request|protest|contest|test|guest|harvest|rest|arrest|"
    r"invest|suggest)\b)(?:[a-z]+est|most|least|first|record|worst|best|fewest|only)\b"
    r"(?: [\w'-]+){0,3}"
    r"(?:(?: that| which)?(?: [\w'-]+){1,3} (?:has|have|had)(?: ever)? (?:seen|had|known|"
    r"recorded|experienced|witnessed|posted|reported))?,? $",
    re.I,
)


@dataclass(frozen=True)
class PeriodMatch:
    """A period phrase found in a sentence: where it is and what it resolves to."""

    start: int
    end: int
    kind: str
    first: str | None
    last: str | None
    text: str
    point: bool = False
    #: ISO 8601 length when the text gives it ("P6W" for "over the six weeks"); "P0D" for
    #: an instant ("at the end of March").
    duration: str | None = None
    #: What a phrase that points back needs to be dated: a unit ("week" for "that week"),
    #: "same:2024" for "the same period of 2024", "event:reopen" for "since the
    #: reopening", "length" for "the five months"; None once dated or when nothing points.
    refers: str | None = None


_UNIT_ISO = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def _extras(kind: str, m: re.Match[str]) -> tuple[str | None, str | None]:
    """The ISO 8601 length a phrase states, and what a phrase that points back refers to."""
    g = m.groupdict()
    if kind == "instant":
        return (None if cumulative(g) else "P0D"), None
    if kind == "length":
        raw, unit = (g["n"], g["u"]) if g["n"] else (g["n2"], g["u2"])
        n = small_count((raw or "").lower())
        if not n:
            return None, None
        duration = f"P{n}{_UNIT_ISO[(unit or '').lower().rstrip('s')]}"
        after = m.string[m.end() : m.end() + 30]
        possessive = "'" in g["det"] or "\u2019" in g["det"]
        order = (g["o"] or "same").lower()
        points_back = (
            g["det"].strip().lower() in ("the", "these", "those", "this")
            and order in ("same", "whole", "entire", "full")
            and not possessive
            and not _ANCHORED.match(after)
        )
        if points_back:
            return duration, "length"
        whole = _OF_THE_UNIT.match(after) if g["det"].strip().lower() == "the" else None
        if whole is not None:
            return duration, whole.group("u").lower()  # "over the 31 days of the month":
            # the month just named, counted in days
        named = _AFTER_NAMED.match(after) if g["det"].strip().lower() == "the" else None
        if named is not None and named.group("name").lower() not in _NOT_NAMES:
            return duration, f"after:{named.group('name')}"
        return duration, None
    if kind in ("event_range", "event_since"):
        stem = _stem((g["ev"] or "").lower())
        return None, None if stem is None else f"event:{stem}"
    if kind == "same_of":
        return None, f"same:{g['y']}"
    if kind == "ref":
        return None, (g["u"] or g["u2"] or g["u3"] or "").lower().replace(" ", "-")
    if kind == "since_it":
        return None, "since"
    if kind == "split_year":
        return _split_year_length(m.group(0)), None
    return None, None


_SPLIT_YEARS = re.compile(r"((?:19|20)\d\d)[-/\u2013](\d\d(?:\d\d)?)\b")


def _split_year_length(phrase: str) -> str | None:
    """ "in 2024-25": a financial year or season of twelve months whose first month is not
    said. Its length still lets a rate be held against a total for the same span; a span of
    years ("2019-22") has no single length worth guessing."""
    m = _SPLIT_YEARS.search(phrase)
    if m is None:
        return None
    first, second = int(m.group(1)), m.group(2)
    last = int(second) if len(second) == 4 else first - first % 100 + int(second)
    return "P1Y" if last == first + 1 else None


#: "the six weeks after Aileen won", "the month after Jansen took over": a stretch that
#: opens with something a named person or body did, dated elsewhere in the article.
_AFTER_NAMED = re.compile(
    r"\s*(?:after|following)\s+(?P<name>[A-Z][a-z]{2,})\s+(?:[a-z]+\s+)?"
    r"(?:won|lost|took|became|was|were|came|returned|joined|left|launched|announced|"
    r"resigned|arrived|opened|started|began|stepped)\b"
)
#: Capitalised words that open such a clause and name no one.
_NOT_NAMES = frozenset(("the", "this", "that", "it", "they", "he", "she", "we", "its", "their"))


#: "of the month", "of the year" after a stated length: the unit just named, whole.
_OF_THE_UNIT = re.compile(r"\s+of the (?P<u>month|year|week|quarter)\b", re.I)
#: Words after "the six months" that tie the stretch to something other than an earlier
#: period of the article: "the six months since the truce", "the five days to Sunday".
_ANCHORED = re.compile(
    r"\s*(?:since|before|after|following|preceding|of|to|ending|ended|until|from|that|which|"
    r"when|in which|leading|ahead|prior)\b",
    re.I,
)


#: Nouns that follow "since" without naming an event ("since then", "since records began").
_NOT_EVENTS = frozenset(
    ("then", "that", "this", "records", "record", "last", "early", "late", "mid", "when")
)


def _stem(word: str) -> str | None:
    """ "reopening" -> "reopen", "launched" -> "launch": the part an event's noun shares with
    its verb, long enough to find again ("since it reopened on March 1")."""
    if word in _NOT_EVENTS or word in MONTHS or word in WEEKDAYS:
        return None
    for suffix in ("ings", "ing", "ment", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word[-1] in "aeious" and len(word) > 5:
        word = word[:-1]  # "diagnosi(s)" and "diagnos(ed)", "truc(e)" and "truc(ial)"
    return word if len(word) >= 4 else None


#: Parts of a year too ambiguous without "of the year" ("in the first week" of a trial).
_BARE_PARTS = re.compile(r"\b(?:half|month|week|weeks|days)$", re.I)


def find_periods(text: str, offset: int, pub: date | None) -> list[PeriodMatch]:
    """Every period phrase in ``text`` (a sentence starting at ``offset``), left to right."""
    found: list[PeriodMatch] = []
    taken: list[tuple[int, int]] = []
    for span in find_span_ends(text, pub):  # "from 18 October to yesterday": both ends
        taken.append((span.start, span.end))
        phrase = text[span.start : span.end]
        found.append(
            PeriodMatch(
                offset + span.start, offset + span.end, "span_ends", span.first, span.last, phrase
            )
        )
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if (
                kind == "in_month"
                and m.group("m").lower() in ("may", "mar", "march")
                and m.group("m")[0].islower()
            ):
                continue
            if kind in ("month_span", "month_named", "rel_month", "month_rel_year") and not all(
                (m.group(k) or "X")[0].isupper()
                for k in ("m", "m1", "m2", "m3", "m4")
                if k in m.re.groupindex
            ):
                continue  # "may to", "march's": words, not months
            if (
                kind == "part"
                and not m.group("qh")
                and " of " not in m.group(0).lower()
                and _BARE_PARTS.search(m.group(0))
                and not re.search(r"\w-half$", m.group(0))  # "first-half profit": of a year
            ):
                continue
            first, last, unresolved = resolve(kind, m, pub)
            if _UP_TO.search(text, max(0, s - 24), s):
                first = None  # "874 people up to this week": a running total ending there
            phrase = m.group(0)
            opened = _since_opened(text, s, kind, first, pub)
            if opened is not None:
                if _SINCE_FRAME.search(text[max(0, opened - 50) : opened]):
                    continue  # "the highest since the first quarter of 2020": a comparison
                s, last = opened, pub.isoformat() if pub else last
                phrase = text[s:e]
            if unresolved:
                phrase += (
                    " (year unresolved)"
                    if kind != "past_n" and kind != "last_unit"
                    else " (publication date unknown)"
                )
            point = kind in ("on_day", "named_day", "weekday", "yesterday")
            if point and _SPEECH.search(text[max(0, s - 60) : s]):
                continue
            if _TOLD_BEFORE.search(text[max(0, s - 40) : s]) and _TOLD_AFTER.match(text, e):
                continue  # "told us last week that ...": when it was said
            if _DATELINE.search(text[max(0, s - 30) : s]):
                continue  # "the annual report published in January" dates the report
            if _LIFE_EVENT.search(text[max(0, s - 60) : s]):
                continue  # "the park, which began commercial operation in November"
            if _END_OF_SPAN.search(text[max(0, s - 30) : s]):
                taken.append((s, e))  # "the season that ended in August": the end of a span
                continue  # the sentence names otherwise, not the figure's period
            if ("since" in kind or kind == "to_date") and _SINCE_FRAME.search(
                text[max(0, s - 50) : s]
            ):
                continue  # "the largest group since the event began in 2018", "the busiest
                # month so far": a comparison
            duration, refers = _extras(kind, m)
            if kind.startswith("event") and refers is None:
                continue  # "since then", "since records began": no event to date
            taken.append((s, e))
            found.append(
                PeriodMatch(
                    offset + s, offset + e, kind, first, last, phrase, point, duration, refers
                )
            )
    found.extend(_elided_parts(text, offset, pub, found, taken))
    found.sort(key=lambda p: p.start)
    found = _lengths_of_named(text, offset, found)
    return [_year_before(p, found) if p.kind == "year_before" else p for p in found]


def _lengths_of_named(text: str, offset: int, found: list[PeriodMatch]) -> list[PeriodMatch]:
    """ "during the 31 days of July": a length, then the named period it is the whole of,
    read as one phrase dated by the name (the length alone would leave the figure undated)."""
    out: list[PeriodMatch] = []
    for p in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "length"
            and p.first
            and p.last
            and p.start - last.end == 1
            and text[p.start - offset : p.start - offset + 3].lower() == "of "
        ):
            phrase = text[last.start - offset : p.end - offset]
            out[-1] = PeriodMatch(
                last.start, p.end, p.kind, p.first, p.last, phrase, duration=last.duration
            )
            continue
        out.append(p)
    return out


#: An ordinal with its noun left out: "in the second" after "in the first quarter".
_ELIDED_ORDINAL = re.compile(
    r"\b(?:in|during|for|over) the (?P<o>second|third|fourth|final|last)\b"
    r"(?![ -](?!(?:and|or|but|when|while|as)\b)[a-z])",
    re.I,
)


def _elided_parts(
    text: str, offset: int, pub: date | None, found: list[PeriodMatch], taken: list[tuple[int, int]]
) -> list[PeriodMatch]:
    """ "432,000 cubic metres in the first quarter, 447,000 in the second and 503,000 in
    the third": ordinals after a part of a year, in its sentence, name parts of the same
    size and year, their noun written once."""
    out: list[PeriodMatch] = []
    for head in _PATTERNS_BY_KIND["part"].finditer(text):
        if head.group("p") is None or head.group("o") is None:
            continue
        if not any(offset + head.start() == f.start for f in found):
            continue  # the part was read as something else, or not at all
        for m in _ELIDED_ORDINAL.finditer(text, head.end()):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = {k: head.group(k) for k in head.re.groupindex}
            g["o"] = m.group("o")
            first, last, unresolved = resolve_part(g, pub)
            if first is None and not unresolved:
                continue
            phrase = m.group(0) + (" (year unresolved)" if unresolved else "")
            taken.append((s, e))
            out.append(PeriodMatch(offset + s, offset + e, "part", first, last, phrase))
    return out


#: "up to (and including)" right before a period: a running total read at its end, which
#: starts where the context says (a rate's "since it opened"), not with that period.
_UP_TO = re.compile(r"\bup to (?:and including )?$", re.I)


#: "since" right before a period phrase of its own ("since the first week of March").
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)


def _since_opened(text: str, s: int, kind: str, first: str | None, pub: date | None) -> int | None:
    """Where "since" opens a part of a month or year that follows it: "since the first week
    of March" runs from that week to publication, as "since March" does, not over the week
    only. None when no "since" comes right before, the phrase is no such part, or its start
    is not dated before publication. (A month after "since last April, when it stood at
    53,800" keeps dating the figure of its "when" clause.)"""
    if kind != "part" or first is None or first.startswith("--") or pub is None:
        return None
    if first > pub.isoformat():
        return None
    m = _SINCE_BEFORE.search(text[max(0, s - 12) : s])
    return None if m is None else max(0, s - 12) + m.start()


def _year_before(p: PeriodMatch, found: list[PeriodMatch]) -> PeriodMatch:
    """ "down 15% from 4.6 million a year earlier": the sentence's other period, a year back."""
    others = [o for o in found if o.kind != "year_before" and o.first and o.last]
    if not others:
        return p
    o = min(others, key=lambda o: abs(o.start - p.start))
    if o.first is not None and o.first.startswith("--"):
        return PeriodMatch(p.start, p.end, p.kind, None, None, p.text + " (year unresolved)")
    return PeriodMatch(
        p.start,
        p.end,
        p.kind,
        _shift_year(o.first),
        _shift_year(o.last),
        p.text,
        o.point,
        "P0D" if o.duration == "P0D" else None,  # "at the end of March ... a year earlier"
    )


def _shift_year(iso: str | None) -> str | None:
    if iso is None or iso.startswith("--"):
        return iso
    year, rest = int(iso[:4]), iso[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{year - 1:04d}{rest}"
