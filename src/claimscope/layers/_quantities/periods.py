"""The time a figure covers: "in October", "since February 2022", "over the past three years".

Periods resolve against the publication date. Without one, a period keeps its words
and its month structure: ISO 8601 allows the year to be left out (``--10-01``, the
XML Schema ``gMonthDay`` form), so "in October" becomes ``--10-01``..``--10-31`` and
the text says the year is unresolved; the layer moves such dates to the contract's
``start_yearless``/``end_yearless`` and leaves ``start``/``end`` null. dateparser resolves
single points, not periods, and costs milliseconds a call, so it is not used here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers._quantities.period_ends import find_span_ends

__all__ = ["MONTHS", "PeriodMatch", "find_periods", "month_end", "year_for"]

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d\d"
_ORDINAL_DAYS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
#: Day ordinals in words, 1 to 31: "the first of March", "the twenty-third of May".
_DAY_WORDS = {word: n for n, word in enumerate(_ORDINAL_DAYS, 1)}
_DAY_WORDS.update(
    {f"twenty{j}{w}": 20 + n for n, w in enumerate(_ORDINAL_DAYS[:9], 1) for j in ("-", " ")}
)
_DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_DAY_WORD = "|".join(sorted((w.replace(" ", r"\s") for w in _DAY_WORDS), key=len, reverse=True))
#: A day of the month: "3", "3rd", or "the 3rd of" / "the third of" before its month.
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|the (?:\d{{1,2}}(?:st|nd|rd|th)?|{_DAY_WORD}) of)"
_TH = r"(?:st|nd|rd|th)?"
_NUMW = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eighteen|twenty|thirty|several|few)"
)


#: A count of days, weeks or months in digits or any number word ("the fourteen days").
_COUNT = r"(?:\d{1,3}|" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + ")"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: What may stand before a month that opens or closes a span: "the start of", "mid-".
_EDGE_START = r"(?:(?:the )?(?P<s>start|beginning|middle|end) of |(?P<s2>early|mid|late)[- ]?)?"
_EDGE_END = r"(?:(?:the )?(?P<e>start|beginning|middle|end|close) of |(?P<e2>early|mid|late)[- ]?)?"


def day_number(day: str) -> int:
    """The day of the month a matched day names: "3rd", "the 3rd of", "the third of"."""
    words = day.lower().removeprefix("the ").removesuffix(" of").strip()
    if words in _DAY_WORDS:
        return _DAY_WORDS[words]
    digits = re.sub(r"\D", "", words)
    return int(digits) if digits else 0


def _count(raw: str) -> int:
    """A small count written in digits or words ("three months"); 0 when it is vague."""
    return int(raw) if raw.isdigit() else int(UNIT_WORDS.get(raw, 0))


_ORD = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "last": 4,
    "final": 4,
    "q1": 1,
    "q2": 2,
    "q3": 3,
    "q4": 4,
}

#: Right after a rate's unit ("a year ", "per month "), as fixed-width lookbehinds.
_AFTER_RATE_UNIT = (
    "(?:"
    + "|".join(
        f"(?<={d} {u} )"
        for d in ("a", "per", "each", "every")
        for u in ("day", "week", "month", "year")
    )
    + ")"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        # "during the four days of protests that began on Thursday": a stated length from a
        # dated start, not the start day alone
        "length_from",
        re.compile(
            r"\b(?:(?:in|over|during|across|throughout|for) )?(?:the |a |an )?"
            rf"(?P<n>{_COUNT})[- ](?P<u>days?|weeks?)(?: of)? "
            r"(?:[a-z-]+ ){0,4}?"
            r"(?:(?:that|which) (?:began|started|opened) (?:on )?|"
            r"(?P<ended>(?:that|which) (?:ended|finished|closed) (?:on )?)|"
            r"(?P<after>after|following) (?:the )?(?:[a-z]+ ){0,3}?(?:of|on) )"
            rf"(?:(?P<wd>{_WEEKDAY})|(?P<m>{_MON}) (?P<d>{_DAY})|(?P<d2>{_DAY}) (?P<m2>{_MON}))"
            rf"(?:,? (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "between March and May", "from the start of March to mid-May", "between January
        # and the end of May", "in January, February and March"
        "month_range",
        re.compile(
            r"\b(?:between|from|over|during|across|throughout|in) "
            rf"{_EDGE_START}(?P<m1>{_MON})(?: (?P<y1>{_YEAR}))?(?P<mid>(?:, {_MON})+,?)?"
            r" (?:and|to|through|until) "
            rf"{_EDGE_END}(?P<m2>{_MON})(?: (?P<y2>{_YEAR})| (?P<rel>last|this) year)?\b(?! ?\d)",
            re.I,
        ),
    ),
    (
        # "in July last year", "in May this year": a month of a year named relatively
        "month_rel_year",
        re.compile(
            rf"\b(?:(?:in|during|for|over|throughout) )?(?P<m>{_MON}) (?P<rel>last|this) year\b",
            re.I,
        ),
    ),
    (
        "span_to",
        re.compile(
            r"\b(?:(?:in|over|during|for|across|throughout) )?the "
            rf"(?:(?:(?P<n>{_NUMW}) )?(?P<u>days?|weeks?|months?|quarters?|years?)|"
            rf"(?P<fy>(?:{_YEAR} )?(?:(?:financial|fiscal|tax|business|trading) )?year)|"
            r"(?P<q>quarter)|(?P<h>half[- ]year|half|six months))"
            r"(?: (?:to|ending|ended|that ended|which ended|through|until|up to)|"
            r", (?:which|that) ended) "
            r"(?:in |on |at )?(?:(?:the )?(?:end|close) of |the )?"
            rf"(?:(?P<d>{_DAY}) )?(?P<m>{_MON})(?: (?P<d2>{_DAY}))?(?:,? (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "part",
        re.compile(
            r"\b(?:(?:in|during|over|for|across|throughout) )?(?:the )?"
            r"(?P<o>first|second|third|fourth|final|last|opening|closing)[ -]"
            rf"(?:(?P<n>{_NUMW}) (?P<u>days|weeks|months|quarters)|(?P<p>quarter|half|month|week))"
            r"(?: of (?:(?:the|this) (?P<fy>(?:financial|fiscal|tax) )?year|"
            rf"(?P<mo>{_MON})(?:,? (?P<y3>{_YEAR}))?|"
            rf"(?P<rel>this|last) year|(?P<y>{_YEAR}))\b|(?! of\b)\b)|"
            rf"\b(?:in )?(?P<qh>[QH][1-4])(?:[ -](?P<y2>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "fiscal",
        re.compile(
            rf"(?<!since )(?<!since the )\b(?:(?:in|during|for|over) )?(?:the )?"
            rf"(?:(?P<y1>{_YEAR})(?:[-/]\d\d(?:\d\d)?)? )?"
            r"(?:financial|fiscal|tax) year(?! (?:began|started|opened))"
            r"(?: (?P<y2>(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?))?|"
            r"\b(?:in )?fiscal (?P<y3>(?:19|20)\d\d)\b|\bFY ?(?P<y4>\d\d(?:\d\d)?)\b",
            re.I,
        ),
    ),
    (
        # "averaged 1,150 jabs a day since it began": since the start named before; not
        # "since it came out on 1 March", whose clause dates the start itself
        "since_it",
        re.compile(
            r"\bsince (?:it|they|then)"
            # a start verb of its own, or none and no other verb in the past ("since it
            # collapsed"); after one, a past verb is the clause's ("since it reopened
            # reached 4.1 million tonnes")
            r"(?: (?:began|started|opened|reopened|launched|was launched)\b|\b(?! [a-z]+ed\b))"
            r"(?! (?:[a-z]+ )?(?:on|in|at|of)\b)"
            rf"(?!(?: [a-z]+){{1,4}}? (?:on|in) (?:(?:the )?{_DAY} (?:of )?)?(?:{_MON}|{_YEAR})\b)",
            re.I,
        ),
    ),
    (
        # "since the start of last year": from 1 January of the year before publication
        "since_last_year",
        re.compile(r"\b(?:since|from) (?:the )?(?:beginning|start) of last year\b", re.I),
    ),
    (
        "ytd",
        re.compile(
            r"\b(?:since|from) (?:the )?(?:beginning|start) of (?:the|this) year\b|"
            r"\bsince (?:the )?year[- ]start\b|\bso far this year\b|\byear[- ]to[- ]date\b|"
            r"\bthis year\b",
            re.I,
        ),
    ),
    (
        # "between the reopening and May 31": from an event the article dated earlier
        "event_range",
        re.compile(
            r"\b(?:between|from) (?:the |its |their )?(?P<ev>[a-z]{4,})(?: day)? "
            r"(?:and|to|until|through) "
            rf"(?:(?P<m>{_MON}) (?P<d>{_DAY})|(?P<d2>{_DAY}) (?P<m2>{_MON})|"
            rf"the end of (?P<me>{_MON}))"
            rf"(?:,? (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "since the earthquake that struck the region three weeks ago": from that long
        # before publication to publication, like "over the past three weeks"
        "since_ago",
        re.compile(
            rf"\bsince (?:the |its |their |a )(?:[\w.'\u2019-]+ ){{0,8}}?(?:(?P<n>{_NUMW}) )?"
            r"(?P<u>days?|weeks?|fortnights?|months?|years?) ago\b",
            re.I,
        ),
    ),
    (
        # "since 3 March", "since tunnelling began on 3 March": from that day to publication
        "since_day",
        re.compile(
            rf"\bsince (?:[a-z][\w'\u2019-]* ){{0,9}}?(?:on )?(?:(?P<m>{_MON}) (?P<d>{_DAY})|"
            rf"(?P<d2>{_DAY}) (?P<m2>{_MON}))(?:,? (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "since_month",
        # "since March", "since the long rains began in March"
        re.compile(
            rf"\bsince (?:(?:[a-z]+ ){{1,6}}?in |the (?:start|beginning|middle) of )?"
            rf"(?:early |late |mid-?)?(?P<m>{_MON})"
            rf"(?: (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "since 2019", "since the first book came out in 2012"
        "since_year",
        re.compile(
            rf"\bsince (?:(?:[a-z]+ ){{1,6}}?in |the (?:start|beginning) of )?(?P<y>{_YEAR})\b"
            r"(?![-/\u2013]\d)",
            re.I,
        ),
    ),
    (
        # "since launch", "since the campaign started": from an event dated earlier
        "event_since",
        re.compile(
            r"\bsince (?:the |its |their )?(?:first |initial |latest |last )?(?P<ev>[a-z]{4,})"
            r"(?: (?:began|started|opened|took effect))?\b"
            # (not "since the storm in March", dated by its own phrase; "since the
            # reopening at 4.1 million tonnes" ends at the figure "at" gives)
            r"(?! (?:[a-z]+ ){0,4}?(?:on|in|of)\b|"
            r" (?:[a-z]+ ){0,4}?at\b(?! (?:about |around |some )?[$\u00a3\u20ac]?\d))",
            re.I,
        ),
    ),
    (
        # "between 1 December and 31 March", "from March 3 to April 20, 2025", "between 1
        # and 14 May": a span of days
        "day_range",
        re.compile(
            r"\b(?:between|from) "
            rf"(?:(?P<d1>{_DAY}) (?P<m1>{_MON})|(?P<m1b>{_MON}) (?P<d1b>{_DAY})|(?P<d1c>{_DAY}))"
            rf"(?:,? (?P<y1>{_YEAR}))? (?:and|to|through|until|till) "
            rf"(?:(?P<d2>{_DAY}) (?P<m2>{_MON})|(?P<m2b>{_MON}) (?P<d2b>{_DAY}))"
            rf"(?:,? (?P<y2>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "the heatwave of July 8 to 25", "on 3-5 March": days of one month
        "day_span",
        re.compile(
            rf"\b(?:(?P<m>{_MON}) (?P<d1>\d{{1,2}}){_TH} ?(?:to|until|through|-|\u2013) ?"
            rf"(?P<d2>\d{{1,2}}){_TH}|(?P<d1b>\d{{1,2}}){_TH} ?(?:to|until|-|\u2013) ?"
            rf"(?P<d2b>\d{{1,2}}){_TH} (?P<mb>{_MON}))(?:,? (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "the July-September quarter", "the April–June period", "Key figures, January to
        # June 2023": two capitalised months joined by a dash, or by "to" with no preposition
        "month_span",
        re.compile(
            rf"(?<![\w-])(?P<m1>{_MON})(?: (?P<y1>{_YEAR}))?"
            rf"(?: ?[-\u2013\u2014] ?| to | through )(?P<m2>{_MON})(?: (?P<y2>{_YEAR}))?\b(?! ?\d)",
            re.I,
        ),
    ),
    (
        # "between 2019 and 2023", "from 2019 to 2023", "in 2019-2023": whole calendar years;
        # "spread over 2026 and 2027": two years named as one stretch
        "year_range",
        re.compile(
            rf"\b(?:(?:between|from) (?P<y1>{_YEAR}) (?:and|to|through|until) (?P<y2>{_YEAR})|"
            rf"(?:in|during|over|across|throughout) (?P<y3>{_YEAR}) ?[-\u2013] ?(?P<y4>{_YEAR})|"
            rf"(?:over|across|throughout|spanning) (?P<y5>{_YEAR}) and (?P<y6>{_YEAR}))\b",
            re.I,
        ),
    ),
    (
        # "save 1.8 billion a year from 2028", "40 flights a week from March 2027": a rate
        # that starts at a date and runs on, with no end given
        "rate_from",
        re.compile(
            _AFTER_RATE_UNIT
            + rf"from (?:(?P<m>{_MON}) )?(?P<y>{_YEAR})\b(?! ?(?:to|until|through|and|levels?)\b)"
            r"(?! ?[-\u2013/]\d)",
            re.I,
        ),
    ),
    (
        # "in the week to Sunday", "the fortnight to May 3", "the week ending Friday"
        "week_to",
        re.compile(
            r"\b(?:(?:in|over|during|for) )?the (?P<u>week|fortnight) "
            r"(?:to|ending|ended|that ended|through|up to) (?:on )?"
            # "the week to Sunday, January 12": a weekday with its date is dated by the date
            rf"(?:(?P<wd>{_WEEKDAY})(?!,? (?:{_MON} {_DAY}|{_DAY} {_MON}))|(?:{_WEEKDAY},? )?"
            rf"(?:(?P<m>{_MON}) (?P<d>{_DAY})|(?P<d2>{_DAY}) (?P<m2>{_MON})))"
            rf"(?:,? (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    (
        # "at the end of March", "as of June 30", "at the same point last year": an instant,
        # at which a stock or level is read, not a span over which things are counted; "by
        # the end of May" closes a running total whose start is left to context
        "instant",
        re.compile(
            r"\b(?:(?P<prep>at|by|as of|as at|until|till) (?:the )?"
            r"(?:(?P<pos>end|close|start|beginning) of |(?P<mid>mid)-?)"
            rf"(?:(?P<m>{_MON})(?:,? (?P<y>{_YEAR}))?|(?P<yr>{_YEAR}))\b(?! ?\d)|"
            rf"(?:as (?:of|at)|at|(?P<by>by)) (?:(?P<m2>{_MON}) (?P<d2>{_DAY})|"
            rf"(?P<d3>{_DAY}) (?P<m3>{_MON}))"
            rf"(?:,? (?P<y2>{_YEAR}))?\b|"
            r"(?:at|by) (?:the )?same (?:point|time|stage|date) "
            rf"(?:last year|a year (?:earlier|ago|before)|in {_YEAR})|"
            # "by the end of Monday": the latest such day by publication
            rf"(?P<wprep>at|by) the (?:end|close) of (?P<wd>{_WEEKDAY}))\b",
            re.I,
        ),
    ),
    (
        "past_n",
        re.compile(
            rf"\b(?:over|in|during|for|within) the (?:past|last|previous) (?:(?P<n>{_NUMW}) )?"
            r"(?:(?P<half>and a half) )?(?P<u>days?|weeks?|fortnights?|months?|years?|decades?)\b",
            re.I,
        ),
    ),
    (
        # "in the same three months last year": the sentence's other period a year back,
        # read before "length" would take "the same three months" as a span of its own
        "year_before",
        re.compile(
            rf"\bthe same {_COUNT} (?:weeks|months) (?:a year (?:ago|earlier)|(?:of )?last year)\b",
            re.I,
        ),
    ),
    (
        # "over the six weeks", "in the show's first 12 weeks", "across the four-month
        # season": a stretch known by its length; dated later only if it points back to an
        # earlier period of that length
        "length",
        re.compile(
            r"\b(?:in|over|during|across|throughout|for|within) "
            r"(?P<det>the |its |their |these |those |this |(?:the )?[a-z]+(?:'s|\u2019s) )"
            r"(?:(?P<o>first|opening|last|final|next|latest|same|whole|entire|full) )?"
            rf"(?:(?P<n>{_COUNT}) (?P<u>days|weeks|months|years)|"
            rf"(?P<n2>{_COUNT})-(?P<u2>day|week|month|year) "
            r"(?!(?:history|existence|life|lifetime|career|tenure|reign)\b)(?P<noun>[a-z]+))\b",
            re.I,
        ),
    ),
    (
        # "the same quarter last year" is left to year_before: that quarter, a year back
        "last_unit",
        re.compile(
            r"(?<!same month )(?<!same quarter )(?<!same period )(?<!same week )"
            r"(?<!same month of )(?<!same quarter of )(?<!same period of )(?<!same week of )"
            r"\b(?:last|this|next) (?P<u>month|year|week)\b",
            re.I,
        ),
    ),
    (
        # "the June quarter", "the December half": the months ending with the one named
        "month_quarter",
        re.compile(
            rf"\b(?:(?:in|during|for|over) )?the (?P<m>{_MON}) (?P<u>quarter|half)"
            rf"(?: of (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "last June", "this March": a month named with "last" or "this"
        "rel_month",
        re.compile(rf"\b(?P<rel>last|this) (?P<m>{_MON})\b(?! ?\d)", re.I),
    ),
    (
        "on_day",
        re.compile(
            r"\b(?:on (?:the (?:night|morning|evening|afternoon|day|weekend) of )?"
            rf"(?:{_WEEKDAY},? )?|for {_WEEKDAY},? )(?:the )?"
            rf"(?:(?P<m>{_MON}) (?P<d>{_DAY})|(?P<d2>{_DAY}) (?:of )?(?P<m2>{_MON}))"
            rf"(?:,? (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "The busiest day was Friday 28 June", "On the worst day, 18 February,": a date
        # said of a day, as predicate or in apposition
        "named_day",
        re.compile(
            rf"\b(?:day|night)(?: of the (?:year|week|month|season)| in {_MON})?"
            r"(?:,| was| came on| fell on| came| of) (?:on )?"
            rf"(?:{_WEEKDAY},? )?(?:the )?(?:(?P<m>{_MON}) (?P<d>{_DAY})|(?P<d2>{_DAY}) "
            rf"(?:of )?(?P<m2>{_MON}))(?:,? (?P<y>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\bon (?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:(?:in|during|over|throughout|for|across|through) (?:the )?|(?P<rel>this|last) )"
            r"(?:(?P<s>spring|summer|autumn|fall|winter)"
            rf"(?:(?: of)? (?P<sy>{_YEAR})(?:[-/\u2013](?P<sy2>\d\d))?\b|"
            r"\b(?! (?:of|months|season|period)))|"
            r"(?P<named>(?:(?:peak|high|low|holiday|tourist|busy|busiest|festive|summer|winter|"
            r"christmas|shooting|skiing|breeding|growing|harvest|rainy|dry|monsoon|hurricane|"
            r"wildfire|flu) (?:season|months|period))|off-season)\b)",
            re.I,
        ),
    ),
    (
        "in_month",
        re.compile(
            rf"\b(?:in|during|for|throughout|of|(?:right|all) through) (?:the month of )?"
            rf"(?P<m>{_MON})"
            rf"(?:,? (?P<y>{_YEAR}))?\b(?! \d)",
            re.I,
        ),
    ),
    (
        "year_before",
        re.compile(
            # "a year before" only at a clause's end: "£200 a year before tax", "before using
            # a unit" is a rate, "a year before the war" dates by an event
            r"\b(?:a|one) year (?:earlier|ago)\b|\b(?:a|one) year before(?=\s*(?:[,.;:)]|$))|"
            r"\bthe (?:previous|prior|preceding) year\b|"
            # "the year before the station reopened" dates by an event, not by the text
            r"\bthe year before\b(?! (?:the|a|an|its|their|his|her|our|this|that)\b)|"
            r"\bthe same (?:month|period|quarter|week) (?:a year ago|"
            r"(?:of )?last year)\b",
            re.I,
        ),
    ),
    (
        # "in the same period of 2024": the period named before, in another year
        "same_of",
        re.compile(
            r"\bthe same (?:period|months?|quarter|weeks?|days?|season) (?:of|in) "
            rf"(?P<y>{_YEAR})\b",
            re.I,
        ),
    ),
    (
        # "that week", "the same period", "across the month": a period named before
        "ref",
        re.compile(
            r"\b(?:(?:in|during|over|across|throughout|for|on|at|by) )?(?:that|the same) "
            r"(?P<u>day|night|week|weekend|month|year|quarter|half[- ]year|period)\b"
            r"(?! (?:of|last|a year|in|before|after|to|as)\b)|"
            r"\b(?:in|during|over|across|throughout|for) the (?:calendar |whole |full |entire )?"
            r"(?P<u2>week|weekend|month|year|quarter|half[- ]year|period)\b"
            rf"(?! (?:to|ending|ended|through|until) (?:the (?:end|close) of )?(?:{_MON}|"
            r"\d{1,2}(?!\d|[,.]\d)|"
            rf"{_WEEKDAY}))(?! (?:before|after|of|since|ahead|that|which|when)\b)|"
            # "puts the month's total at 212,000": the tally of the month named before
            r"\bthe (?P<u3>week|month|quarter|year)['\u2019]s(?= (?:total|tally|count|"
            r"figures?|numbers?|sum)\b)",
            re.I,
        ),
    ),
    (
        # "October's total came to 412 mm", "June was the busiest month": a month named as
        # the subject of its sentence or as a possessive
        "month_named",
        re.compile(
            r"(?:^|(?<=^- )|(?<=^\u2013 )|(?<=^\u2022 )|(?<=^\* )|(?<=^[\"\u201c]))"
            rf"(?P<m>{_MON})(?=(?:'s|\u2019s)?,? (?:alone )?(?!be\b|not\b|have\b|{_MON})"
            r"(?-i:[a-z]))|"
            rf"\b(?P<m2>{_MON})(?='s\b|\u2019s\b)|"
            rf"(?<=\bthe )(?P<m3>{_MON})(?= (?:figures?|totals?|tally|count|numbers|data)\b)|"
            r"(?:^|(?<=^- )|(?<=^\u2013 )|(?<=^\u2022 )|(?<=^\* ))"
            rf"(?P<m4>{_MON})(?=:\s)",
            re.I,
        ),
    ),
    (
        "decade",
        re.compile(
            r"\b(?:in|during|through|throughout|over)? ?the (?P<part>early |mid-?|late )?"
            r"(?P<dec>(?:19|20)\d)0s\b",
            re.I,
        ),
    ),
    (
        "in_year",
        re.compile(
            r"\b(?:in|during|for|throughout|across|over|compared (?:with|to)|than|on|versus)"
            rf"(?: the whole of| all of| the course of)? (?P<y>{_YEAR})\b(?![-/\u2013]\d)",
            re.I,
        ),
    ),
    (
        # "in 2022-23": a season or financial year whose first month is not said; kept as
        # words, not guessed as the calendar year 2022
        "split_year",
        re.compile(
            rf"\b(?:in|during|for|throughout|over) (?:the )?{_YEAR}[-/\u2013]\d\d(?:\d\d)?\b",
            re.I,
        ),
    ),
    (
        # "had delivered 19,500 cubic metres so far", "has raised $2m to date": a running
        # total read now; where it starts is left to context, as for "by the end of May"
        "to_date",
        re.compile(r"\b(?:so far|to date|thus far)\b(?! as\b)", re.I),
    ),
]
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


def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _iso(year: int | None, month: int, day: int) -> str:
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def year_for(month: int, year: str | None, pub: date | None) -> int | None:
    """A month without a year is the latest such month not after publication."""
    if year:
        return int(year)
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1


def _whole_month(month: int, year: int | None) -> tuple[str, str]:
    last = month_end(year if year is not None else 2001, month)
    return _iso(year, month, 1), _iso(year, month, last)


def _resolve(kind: str, m: re.Match[str], pub: date | None) -> tuple[str | None, str | None, bool]:
    """(first, last, needs-year-but-none) for one match."""
    g = m.groupdict()
    end = pub.isoformat() if pub else None
    if kind in _RESOLVERS:
        return _RESOLVERS[kind](g, pub)
    if kind == "span_to":
        return _span_to(g, pub)
    if kind == "fiscal":
        return None, None, False  # fiscal years start in April, July, October...: not guessed
    if kind == "ytd":
        return _iso(pub.year if pub else None, 1, 1), end, pub is None
    if kind == "to_date":
        return None, end, pub is None
    if kind == "since_last_year":
        return (None, None, False) if pub is None else (_iso(pub.year - 1, 1, 1), end, False)
    if kind == "since_day":
        month = _month(g["m"] or g["m2"])
        year = year_for(month, g["y"], pub)
        day = day_number(g["d"] or g["d2"])
        if not 1 <= day <= 31:
            return None, None, False
        return _iso(year, month, day), end, year is None
    if kind == "since_month":
        month = _month(g["m"])
        year = year_for(month, g["y"], pub)
        return _iso(year, month, 1), end, year is None
    if kind == "since_year":
        return _iso(int(g["y"]), 1, 1), end, False
    if kind == "day_range":
        return _day_range(g, pub)
    if kind == "decade":
        first = int(g["dec"]) * 10
        part = (g["part"] or "").strip().rstrip("-").lower()
        lo, hi = {"early": (0, 3), "mid": (3, 7), "late": (7, 9)}.get(part, (0, 9))
        return _iso(first + lo, 1, 1), _iso(first + hi, 12, 31), False
    if kind == "day_span":
        month = _month(g["m"] or g["mb"] or "")
        d1, d2 = int(g["d1"] or g["d1b"] or 0), int(g["d2"] or g["d2b"] or 0)
        year = year_for(month, g["y"], pub)
        if not 1 <= d1 < d2 <= month_end(year or 2001, month):
            return None, None, False
        return _iso(year, month, d1), _iso(year, month, d2), year is None
    if kind == "part":
        return _part(g, pub)
    if kind in ("past_n", "since_ago"):
        if pub is None:
            return None, None, True
        n_raw = (g["n"] or "one").lower()
        n = _count(n_raw)
        if not n:
            return None, end, False
        unit = g["u"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "fortnight": 14, "month": 30.44, "year": 365.25}.get(
            unit, 3652.5
        )
        length = n + 0.5 if g.get("half") else n  # "the past two and a half years"
        return (pub - timedelta(days=round(length * days))).isoformat(), end, False
    if kind == "last_unit":
        if pub is None:
            return None, None, True
        unit, this = g["u"].lower(), m.group(0).lower().startswith("this")
        if m.group(0).lower().startswith("next"):
            return _next_unit(unit, pub)
        if unit == "year":
            year = pub.year if this else pub.year - 1
            return _iso(year, 1, 1), end if this else _iso(year, 12, 31), False
        if unit == "month":
            if this:
                return _iso(pub.year, pub.month, 1), end, False
            prev = pub.replace(day=1) - timedelta(days=1)
            return (*_whole_month(prev.month, prev.year), False)
        monday = pub - timedelta(days=pub.weekday())
        if this:
            return monday.isoformat(), end, False
        return (
            (monday - timedelta(days=7)).isoformat(),
            (monday - timedelta(days=1)).isoformat(),
            False,
        )
    if kind == "year_before":
        return None, None, False  # resolved against the sentence's other period
    if kind == "on_day":
        month = _month(g["m"] or g["m2"])
        day = day_number(g["d"] or g["d2"])
        if not 1 <= day <= 31:
            return None, None, False
        year = year_for(month, g["y"], pub)
        return _iso(year, month, day), _iso(year, month, day), year is None
    if kind == "weekday":
        if pub is None:
            return None, None, True
        back = (pub.weekday() - _WEEKDAYS.index(g["wd"].lower())) % 7
        iso_day = (pub - timedelta(days=back)).isoformat()
        return iso_day, iso_day, False
    if kind == "season":
        return _season(g, pub)
    if kind == "in_month":
        month = _month(g["m"])
        year = year_for(month, g["y"], pub)
        return (*_whole_month(month, year), year is None)
    year_v = int(g["y"])
    return _iso(year_v, 1, 1), _iso(year_v, 12, 31), False


def _day_range(g: dict[str, str | None], pub: date | None) -> tuple[str | None, str | None, bool]:
    """First and last day of "between 1 December and 31 March": the end's year comes from
    the text or the publication date, and a start later in the year than the end lies in
    the year before."""
    m2 = _month(g["m2"] or g["m2b"] or "")
    m1 = _month(g["m1"] or g["m1b"] or "") if (g["m1"] or g["m1b"]) else m2
    d1 = day_number(g["d1"] or g["d1b"] or g["d1c"] or "0")
    d2 = day_number(g["d2"] or g["d2b"] or "0")
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None, None, False
    y2 = year_for(m2, g["y2"] or g["y1"], pub)
    if g["y1"]:
        y1: int | None = int(g["y1"])
    elif y2 is not None and (m1, d1) > (m2, d2):
        y1 = y2 - 1
    else:
        y1 = y2
    if d1 > calendar.monthrange(y1 or 2001, m1)[1] or d2 > calendar.monthrange(y2 or 2001, m2)[1]:
        return None, None, False
    return _iso(y1, m1, d1), _iso(y2, m2, d2), y2 is None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_Resolved = tuple[str | None, str | None, bool]
_Groups = dict[str, str | None]


def _undated(g: _Groups, pub: date | None) -> _Resolved:
    """Dated, if at all, from the article's earlier periods (see ``period_refs``)."""
    return None, None, False


def _month_named(g: _Groups, pub: date | None) -> _Resolved:
    month = _month(g["m"] or g["m2"] or g["m3"] or g["m4"] or "")
    year = year_for(month, None, pub)
    return (*_whole_month(month, year), year is None)


def _one_day(g: _Groups, pub: date | None) -> _Resolved:
    """ "The busiest day was 27 May": that day."""
    month = _month(g["m"] or g["m2"] or "")
    day = day_number(g["d"] or g["d2"] or "0")
    year = year_for(month, g["y"], pub)
    if not 1 <= day <= month_end(year or 2001, month):
        return None, None, False
    return _iso(year, month, day), _iso(year, month, day), year is None


def _event_range(g: _Groups, pub: date | None) -> _Resolved:
    """ "between the reopening and May 31", "between the opening day and the end of June":
    the end now, the start once the event is dated."""
    if g["me"]:
        month = _month(g["me"])
        year = year_for(month, g["y"], pub)
        return None, _iso(year, month, month_end(year or 2001, month)), year is None
    last = _one_day(g, pub)[1]
    return None, last, last is not None and last.startswith("--")


def _year_range(g: _Groups, pub: date | None) -> _Resolved:
    y1, y2 = int(g["y1"] or g["y3"] or g["y5"] or 0), int(g["y2"] or g["y4"] or g["y6"] or 0)
    if not y1 < y2 <= y1 + 50 or (g["y3"] and y2 == y1 + 1):
        return None, None, False  # "in 2022-2023": perhaps one season, not two years
    if g["y5"] and y2 != y1 + 1:
        return None, None, False  # "over 2019 and 2023": two years apart, not one stretch
    return _iso(y1, 1, 1), _iso(y2, 12, 31), False


def _rate_from(g: _Groups, pub: date | None) -> _Resolved:
    """ "a year from 2028": from the first day of that year (or month), with no end."""
    month = _month(g["m"]) if g["m"] else 1
    return _iso(int(g["y"] or 0), month, 1), None, False


def _yesterday(g: _Groups, pub: date | None) -> _Resolved:
    if pub is None:
        return None, None, True
    iso_day = (pub - timedelta(days=1)).isoformat()
    return iso_day, iso_day, False


def _month_quarter(g: _Groups, pub: date | None) -> _Resolved:
    """ "the June quarter": April to June; "the December half": July to December."""
    month = _month(g["m"] or "")
    year = year_for(month, g["y"], pub)
    months = 3 if (g["u"] or "").lower() == "quarter" else 6
    index = (year if year is not None else 2001) * 12 + month - months
    start = _iso(index // 12 if year is not None else None, index % 12 + 1, 1)
    return start, _whole_month(month, year)[1], year is None


def _month_rel_year(g: _Groups, pub: date | None) -> _Resolved:
    """ "in July last year": July of the year before publication's."""
    if pub is None:
        return None, None, True
    year = pub.year - 1 if (g["rel"] or "").lower() == "last" else pub.year
    return (*_whole_month(_month(g["m"] or ""), year), False)


def _rel_month(g: _Groups, pub: date | None) -> _Resolved:
    """ "last June": the latest June before the current month; "this March": this year's."""
    month = _month(g["m"] or "")
    if pub is None:
        return None, None, True
    last = (g["rel"] or "").lower() == "last"
    year = pub.year - 1 if last and month >= pub.month else pub.year
    return (*_whole_month(month, year), False)


#: Day a span starts on (or ends on) when the text puts it at a part of a month.
_EDGE_DAY = {"start": 1, "beginning": 1, "early": 1, "middle": 15, "mid": 15, "late": 21}


def _months_span(g: _Groups, pub: date | None) -> _Resolved:
    """ "between March and May", "the July-September quarter", "from the start of March to
    mid-May", "between January and the end of May", "in January, February and March" (a
    list of consecutive months shares one figure): whole months unless the text puts an
    edge inside one ("mid-May" ends on the 15th). A start later in the year than the end
    lies in the year before."""
    m1, m2 = _month(g["m1"] or ""), _month(g["m2"] or "")
    mid = [_month(w) for w in re.findall(r"[A-Za-z]+", g.get("mid") or "")]
    if mid and [m % 12 + 1 for m in [m1, *mid]] != [*mid, m2]:
        return None, None, False  # "in January, April and June": months, no stretch
    y2 = year_for(m2, g["y2"] or g["y1"], pub)
    if g.get("rel"):  # "between May and August this year"
        if pub is None:
            return None, None, True
        y2 = pub.year - 1 if (g["rel"] or "").lower() == "last" else pub.year
    y1 = int(g["y1"]) if g["y1"] else (y2 - 1 if y2 is not None and m1 > m2 else y2)
    if y1 is not None and y2 is not None and (y1, m1) > (y2, m2):
        return None, None, False
    start_edge = (g.get("s") or g.get("s2") or "").lower()
    end_edge = (g.get("e") or g.get("e2") or "").lower()
    if start_edge == "end" or end_edge in ("start", "beginning", "early"):
        return None, None, False  # "from the end of March", "to early May": too vague
    first_day = _EDGE_DAY.get(start_edge, 1)
    last = month_end(y2 if y2 is not None else 2001, m2)
    last_day = 15 if end_edge in ("middle", "mid") else last
    return _iso(y1, m1, first_day), _iso(y2, m2, last_day), y2 is None


def _length_from(g: _Groups, pub: date | None) -> _Resolved:
    """ "the four days of protests that began on Thursday", "the 30 days after the storm of
    June 12", "a five-day campaign that ended on Friday": n days (or weeks) from the start
    day, or up to the last, which is resolved as "on Thursday" or "on March 3" would be."""
    n = _count((g["n"] or "").lower())
    if not n:
        return None, None, False
    days = n * (7 if (g["u"] or "").lower().startswith("week") else 1)
    if g["wd"]:
        if pub is None:
            return None, None, True
        back = (pub.weekday() - _WEEKDAYS.index(g["wd"].lower())) % 7
        first = pub - timedelta(days=back)
        if not g["ended"] and first + timedelta(days=days - 1) > pub:
            first -= timedelta(days=7)  # it "began": the whole stretch lies before publication
    else:
        month = _month(g["m"] or g["m2"] or "")
        year = year_for(month, g["y"], pub)
        day = day_number(g["d"] or g["d2"] or "0")
        if year is None or not 1 <= day <= month_end(year, month):
            return None, None, year is None
        first = date(year, month, day)
    if g["after"]:
        first += timedelta(days=1)  # "the 30 days after the storm of June 12": from June 13
    if g["ended"]:  # "a five-day campaign that ended on Friday": Friday is the last day
        return (first - timedelta(days=days - 1)).isoformat(), first.isoformat(), False
    return first.isoformat(), (first + timedelta(days=days - 1)).isoformat(), False


def _next_unit(unit: str, pub: date) -> tuple[str | None, str | None, bool]:
    """ "next year", "next month", "next week": the whole unit after publication's."""
    if unit == "year":
        return _iso(pub.year + 1, 1, 1), _iso(pub.year + 1, 12, 31), False
    if unit == "month":
        first = pub.replace(day=month_end(pub.year, pub.month)) + timedelta(days=1)
        return (*_whole_month(first.month, first.year), False)
    monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7)
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), False


def _week_to(g: _Groups, pub: date | None) -> _Resolved:
    """ "the week to Sunday", "the fortnight to May 3": seven (or 14) days ending on the
    day named, a weekday being the latest one by publication."""
    if pub is None:
        return None, None, True
    if g["wd"]:
        end = pub - timedelta(days=(pub.weekday() - _WEEKDAYS.index(g["wd"].lower())) % 7)
    else:
        month = _month(g["m"] or g["m2"] or "")
        year = year_for(month, g["y"], pub) or pub.year
        day = day_number(g["d"] or g["d2"] or "0")
        if not 1 <= day <= month_end(year, month):
            return None, None, False
        end = date(year, month, day)
    days = 14 if (g["u"] or "").lower() == "fortnight" else 7
    return (end - timedelta(days=days - 1)).isoformat(), end.isoformat(), False


def _instant(g: _Groups, pub: date | None) -> _Resolved:
    """ "at the end of March", "as of June 30": the one day a stock or level is read on.
    "At the same point last year" names no date of its own. "By the end of May" ends a
    running total there; where it starts is not said."""
    first, last, unresolved = _instant_day(g, pub)
    if _cumulative(g):
        return None, last, unresolved
    return first, last, unresolved


def _cumulative(g: _Groups) -> bool:
    return "by" in ((g.get("prep") or "").lower(), (g.get("wprep") or "").lower()) or bool(
        g.get("by")
    )


def _instant_day(g: _Groups, pub: date | None) -> _Resolved:
    if g["wd"]:
        if pub is None:
            return None, None, True
        back = (pub.weekday() - _WEEKDAYS.index(g["wd"].lower())) % 7
        read_on = (pub - timedelta(days=back)).isoformat()
        return read_on, read_on, False
    if g["pos"] or g["mid"]:
        start = (g["pos"] or "").lower() in ("start", "beginning")
        if g["yr"]:
            year: int | None = int(g["yr"])
            month = 1 if start else 12
        else:
            month = _month(g["m"] or "")
            year = year_for(month, g["y"], pub)
        day = 1 if start else month_end(year if year is not None else 2001, month)
        if g["mid"]:
            day = 15 if not g["yr"] else 30  # "by mid-June"; "by mid-2024" is June 30
            month = month if not g["yr"] else 6
        return _iso(year, month, day), _iso(year, month, day), year is None
    if g["m2"] or g["m3"]:
        month = _month(g["m2"] or g["m3"] or "")
        year = year_for(month, g["y2"], pub)
        day = day_number(g["d2"] or g["d3"] or "0")
        if not 1 <= day <= month_end(year if year is not None else 2001, month):
            return None, None, False
        return _iso(year, month, day), _iso(year, month, day), year is None
    return None, None, False


_RESOLVERS: dict[str, Callable[[_Groups, date | None], _Resolved]] = {
    "month_range": _months_span,
    "month_span": _months_span,
    "month_named": _month_named,
    "length_from": _length_from,
    "event_range": _event_range,
    "instant": _instant,
    "year_range": _year_range,
    "rate_from": _rate_from,
    "week_to": _week_to,
    "yesterday": _yesterday,
    "month_quarter": _month_quarter,
    "rel_month": _rel_month,
    "month_rel_year": _month_rel_year,
    "named_day": _one_day,
    "event_since": _undated,
    "length": _undated,
    "same_of": _undated,
    "ref": _undated,
    "since_it": _undated,
    "split_year": _undated,
}


_UNIT_ISO = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def _extras(kind: str, m: re.Match[str]) -> tuple[str | None, str | None]:
    """The ISO 8601 length a phrase states, and what a phrase that points back refers to."""
    g = m.groupdict()
    if kind == "instant":
        return (None if _cumulative(g) else "P0D"), None
    if kind == "length":
        raw, unit = (g["n"], g["u"]) if g["n"] else (g["n2"], g["u2"])
        n = _count((raw or "").lower())
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
    if word in _NOT_EVENTS or word in MONTHS or word in _WEEKDAYS:
        return None
    for suffix in ("ings", "ing", "ment", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word[-1] in "aeious" and len(word) > 5:
        word = word[:-1]  # "diagnosi(s)" and "diagnos(ed)", "truc(e)" and "truc(ial)"
    return word if len(word) >= 4 else None


#: First month and length in months of each season (northern hemisphere, meteorological).
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}


def _season(g: dict[str, str | None], pub: date | None) -> tuple[str | None, str | None, bool]:
    """ "this summer", "over the winter", "last autumn": the meteorological season meant, the
    latest one begun by the publication date ("this"/bare) or the one a year before
    ("last"). A named season ("peak season", "the holiday period") has no fixed months: the
    text is kept, the dates are not guessed."""
    if g["named"] or not g["s"]:
        return None, None, False
    first, n = _SEASONS[g["s"].lower()]
    if g.get("sy"):  # "summer 2022", "the winter of 2020-21": the season of that year
        year = int(g["sy"] or 0)
        if g.get("sy2") and first != 12:
            return None, None, False  # "spring 2020-21": not one season
        end_m = (first + n - 2) % 12 + 1
        end_year = year + 1 if end_m < first else year
        return _iso(year, first, 1), _iso(end_year, end_m, month_end(end_year, end_m)), False
    if pub is None:
        start_m, end_m = first, (first + n - 2) % 12 + 1
        return _iso(None, start_m, 1), _iso(None, end_m, month_end(2001, end_m)), True
    year = pub.year if pub.month >= first else pub.year - 1
    if (g["rel"] or "").lower() == "last":
        year -= 1
    end_year, end_month = (
        (year + 1, (first + n - 1) - 12) if first + n - 1 > 12 else (year, first + n - 1)
    )
    start = _iso(year, first, 1)
    end = _iso(end_year, end_month, month_end(end_year, end_month))
    if end > pub.isoformat():
        end = pub.isoformat()
    return start, end, False


_SPAN_MONTHS = {"day": 0, "week": 0, "month": 1, "quarter": 3, "year": 12}


def _span_to(g: dict[str, str | None], pub: date | None) -> tuple[str | None, str | None, bool]:
    """ "the three months to the end of September", "the year to March", "the 12 months
    ending June 30": a span counted back from its stated end, not the end month alone."""
    month = _month(g["m"] or "")
    year = year_for(month, g["y"], pub)
    day_s = g["d"] or g["d2"]
    last_day = month_end(year if year is not None else 2001, month)
    day = min(day_number(day_s), last_day) if day_s else last_day
    if g["u"]:
        n = _count(g["n"].lower()) if g["n"] else 1  # "the week to September 14"
        unit = g["u"].lower().rstrip("s")
    else:
        n, unit = 1, "quarter" if g["q"] else "year"
        if g["h"]:
            n, unit = 6, "month"
    if not n:
        return None, None, False
    if _SPAN_MONTHS[unit] == 0:
        if year is None:
            return None, None, True
        end_d = date(year, month, day)
        days = n * (7 if unit == "week" else 1)
        return (end_d - timedelta(days=days - 1)).isoformat(), end_d.isoformat(), False
    months = n * _SPAN_MONTHS[unit]
    # the span ends with the stated month (or day) and starts ``months`` months earlier
    index = (year if year is not None else 2001) * 12 + month - 1 - (months - 1)
    if day_s and day < last_day:
        index -= 1  # "the year to March 15": from March 16 of the year before
    start_year, start_month = divmod(index, 12)
    start_day = day + 1 if day_s and day < last_day else 1
    start = _iso(start_year if year is not None else None, start_month + 1, start_day)
    return start, _iso(year, month, day), year is None


_PART_ORD = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4}
_PART_MONTHS = {"quarter": 3, "half": 6, "month": 1, "q": 3, "h": 6}


def _part(g: dict[str, str | None], pub: date | None) -> tuple[str | None, str | None, bool]:
    """ "the first quarter of the year", "Q1 2024", "H2", "the first six months", "the
    final week of 2023": an ordinal part of a calendar year. With no year stated it is the
    latest such part begun by publication; a part still running ends at publication. A part
    of a financial year is kept as text (fiscal years start in different months)."""
    if g["fy"]:
        return None, None, False
    if g["mo"]:
        return _part_of_month(g, pub)
    if g["qh"]:
        size, index, weeks = _PART_MONTHS[g["qh"][0].lower()], int(g["qh"][1]), False
    else:
        if g["n"]:
            n_raw = g["n"].lower()
            count = _count(n_raw)
            unit = (g["u"] or "").lower().rstrip("s")
        else:
            count, unit = 1, (g["p"] or "").lower()
        if not count:
            return None, None, False
        if unit == "day":
            return None, None, False  # "the first ten days of the year": read only in a month
        weeks = unit == "week"
        size = count if weeks else count * _PART_MONTHS[unit]
        per_year = 52 if weeks else 12
        if size > per_year:
            return None, None, False
        order = (g["o"] or "").lower()
        index = _PART_ORD.get(order, per_year // size)
        if index * size > per_year:
            return None, None, False
    year_s = g["y"] or g["y2"]
    year: int | None = int(year_s) if year_s else None
    if year is None and g["rel"] and pub is not None:
        year = pub.year - 1 if g["rel"].lower() == "last" else pub.year
    if weeks:
        if year is None:
            year = pub.year if pub is not None else None
        if year is None:
            return None, None, True
        if index * size == per_year:  # the final weeks end on December 31
            first_d = date(year, 12, 31) - timedelta(days=size * 7 - 1)
        else:
            first_d = date(year, 1, 1) + timedelta(days=(index - 1) * size * 7)
        if pub is not None and first_d > pub and not year_s:
            year -= 1
            first_d = first_d.replace(year=year)
        last_d = min(first_d + timedelta(days=size * 7 - 1), date(year, 12, 31))
        if pub is not None and last_d > pub:
            last_d = pub
        return first_d.isoformat(), last_d.isoformat(), False
    first_m = (index - 1) * size + 1
    if year is None and pub is not None:
        year = pub.year if first_m <= pub.month else pub.year - 1
    start = _whole_month(first_m, year)[0]
    end = _whole_month(first_m + size - 1, year)[1]
    if pub is not None and year == pub.year and end > pub.isoformat():
        end = pub.isoformat()
    return start, end, year is None


def _part_of_month(
    g: dict[str, str | None], pub: date | None
) -> tuple[str | None, str | None, bool]:
    """ "the second week of March", "the last two weeks of June", "the first half of May":
    days of one month, counted from its first day (or back from its last)."""
    month = _month(g["mo"] or "")
    year = year_for(month, g["y3"], pub)
    last_day = month_end(year if year is not None else 2001, month)
    unit = (g["u"] or g["p"] or "").lower().rstrip("s")
    n_raw = (g["n"] or "one").lower()
    count = _count(n_raw)
    days = {"day": count, "week": 7 * count, "half": last_day // 2}.get(unit)
    order = (g["o"] or "").lower()
    if not days or days > last_day:
        return None, None, False
    if order in ("last", "final", "closing"):
        first_day = last_day - days + 1
    else:
        first_day = (_PART_ORD.get(order, 1) - 1) * days + 1
    end_day = min(first_day + days - 1, last_day)
    if unit == "half" and order == "second":
        first_day, end_day = last_day // 2 + 1, last_day
    if first_day > last_day:
        return None, None, False
    return _iso(year, month, first_day), _iso(year, month, end_day), year is None


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
            first, last, unresolved = _resolve(kind, m, pub)
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
    found.sort(key=lambda p: p.start)
    return [_year_before(p, found) if p.kind == "year_before" else p for p in found]


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
