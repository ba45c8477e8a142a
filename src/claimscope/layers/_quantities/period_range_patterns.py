"""Patterns for periods told by their ends or their start: the first of two tables.

"between March and May", "the three months to September", "since 3 March", "from 2019
to 2023", "the four days of protests that began on Thursday"; with them the parts of a
year ("Q1 2024", "the first six months"), fiscal years and "so far this year". ``periods``
tries this table, in order, after ``period_ends`` and before ``period_single_patterns``:
the first pattern to take a stretch of text keeps it, so a span claims its words before
a phrase inside it is read alone.
"""

from __future__ import annotations

import re

from claimscope.layers._quantities.period_calendar import COUNT, DAY, MON, NUMW, WEEKDAY, YEAR

__all__ = ["RANGE_PATTERNS"]

_TH = r"(?:st|nd|rd|th)?"
#: What may stand before a month that opens or closes a span: "the start of", "mid-".
_EDGE_START = r"(?:(?:the )?(?P<s>start|beginning|middle|end) of |(?P<s2>early|mid|late)[- ]?)?"
_EDGE_END = r"(?:(?:the )?(?P<e>start|beginning|middle|end|close) of |(?P<e2>early|mid|late)[- ]?)?"

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

RANGE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        # "during the four days of protests that began on Thursday": a stated length from a
        # dated start, not the start day alone
        "length_from",
        re.compile(
            r"\b(?:(?:in|over|during|across|throughout|for) )?(?:the |a |an )?"
            rf"(?P<n>{COUNT})[- ](?P<u>days?|weeks?)(?: of)? "
            r"(?:[a-z-]+ ){0,4}?"
            r"(?:(?:that|which) (?:began|started|opened) (?:on )?|"
            r"(?P<ended>(?:that|which) (?:ended|finished|closed) (?:on )?)|"
            r"(?P<after>after|following) (?:the )?(?:[a-z]+ ){0,3}?(?:of|on) )"
            rf"(?:(?P<wd>{WEEKDAY})|(?P<m>{MON}) (?P<d>{DAY})|(?P<d2>{DAY}) (?P<m2>{MON}))"
            rf"(?:,? (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "between March and May", "from the start of March to mid-May", "between January
        # and the end of May", "in January, February and March"
        "month_range",
        re.compile(
            r"\b(?:between|from|over|during|across|throughout|in) "
            rf"{_EDGE_START}(?P<m1>{MON})(?: (?P<y1>{YEAR}))?(?P<mid>(?:, {MON})+,?)?"
            r" (?:and|to|through|until) "
            rf"{_EDGE_END}(?P<m2>{MON})(?: (?P<y2>{YEAR})| (?P<rel>last|this) year)?\b(?! ?\d)",
            re.I,
        ),
    ),
    (
        # "in July last year", "in May this year": a month of a year named relatively
        "month_rel_year",
        re.compile(
            rf"\b(?:(?:in|during|for|over|throughout) )?(?P<m>{MON}) (?P<rel>last|this) year\b",
            re.I,
        ),
    ),
    (
        "span_to",
        re.compile(
            r"\b(?:(?:in|over|during|for|across|throughout) )?the "
            rf"(?:(?:(?P<n>{NUMW}) )?(?P<u>days?|weeks?|months?|quarters?|years?)|"
            rf"(?P<fy>(?:{YEAR} )?(?:(?:financial|fiscal|tax|business|trading) )?year)|"
            r"(?P<q>quarter)|(?P<h>half[- ]year|half|six months))"
            r"(?: (?:to|ending|ended|that ended|which ended|through|until|up to)|"
            r", (?:which|that) ended) "
            r"(?:in |on |at )?(?:(?:the )?(?:end|close) of |the )?"
            rf"(?:(?P<d>{DAY}) )?(?P<m>{MON})(?: (?P<d2>{DAY}))?(?:,? (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "part",
        re.compile(
            r"\b(?:(?:in|during|over|for|across|throughout) )?(?:the )?"
            # "in its first six months" counts from when it began, not from January
            r"(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!'s )(?<!\u2019s )"
            r"(?P<o>first|second|third|fourth|final|last|opening|closing)[ -]"
            rf"(?:(?P<n>{NUMW}) (?P<u>days|weeks|months|quarters)|(?P<p>quarter|half|month|week))"
            r"(?: of (?:(?:the|this) (?P<fy>(?:financial|fiscal|tax) )?year|"
            rf"(?P<mo>{MON})(?:,? (?P<y3>{YEAR}))?|"
            rf"(?P<rel>this|last) year|(?P<y>{YEAR}))\b|(?! of\b)\b)|"
            rf"\b(?:in )?(?P<qh>[QH][1-4])(?:[ -](?P<y2>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "fiscal",
        re.compile(
            rf"(?<!since )(?<!since the )\b(?:(?:in|during|for|over) )?(?:the )?"
            rf"(?:(?P<y1>{YEAR})(?:[-/]\d\d(?:\d\d)?)? )?"
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
            r"\bsince (?:(?:its|their) "
            r"(?:launch|opening|reopening|introduction|inception|start)(?! (?:on|in|at|of)\b)"
            r"|(?:it|they|then))"
            # a start verb of its own, or none and no other verb in the past ("since it
            # collapsed"); after one, a past verb is the clause's ("since it reopened
            # reached 4.1 million tonnes")
            r"(?: (?:began|started|opened|reopened|launched|was launched)\b|\b(?! [a-z]+ed\b))"
            r"(?! (?:[a-z]+ )?(?:on|in|at|of)\b)"
            rf"(?!(?: [a-z]+){{1,4}}? (?:on|in) (?:(?:the )?{DAY} (?:of )?)?(?:{MON}|{YEAR})\b)",
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
            rf"(?:(?P<m>{MON}) (?P<d>{DAY})|(?P<d2>{DAY}) (?P<m2>{MON})|"
            rf"the end of (?P<me>{MON}))"
            rf"(?:,? (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "since the earthquake that struck the region three weeks ago": from that long
        # before publication to publication, like "over the past three weeks"
        "since_ago",
        re.compile(
            rf"\bsince (?:the |its |their |a )(?:[\w.'\u2019-]+ ){{0,8}}?(?:(?P<n>{NUMW}) )?"
            r"(?P<u>days?|weeks?|fortnights?|months?|years?) ago\b",
            re.I,
        ),
    ),
    (
        # "since 3 March", "since tunnelling began on 3 March": from that day to publication
        "since_day",
        re.compile(
            rf"\bsince (?:[a-z][\w'\u2019-]* ){{0,9}}?(?:on )?(?:(?P<m>{MON}) (?P<d>{DAY})|"
            rf"(?P<d2>{DAY}) (?P<m2>{MON}))(?:,? (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "since last Thursday", "since Monday": from that weekday to publication
        "since_weekday",
        re.compile(
            r"\bsince (?:(?P<last>last) )?"
            r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.I,
        ),
    ),
    (
        "since_month",
        # "since March", "since the long rains began in March"
        re.compile(
            rf"\bsince (?:(?:[a-z]+ ){{1,6}}?in |the (?:start|beginning|middle) of )?"
            rf"(?:early |late |mid-?)?(?P<m>{MON})"
            rf"(?: (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "since 2019", "since the first book came out in 2012"
        "since_year",
        re.compile(
            rf"\bsince (?:(?:[a-z]+ ){{1,6}}?in |the (?:start|beginning) of )?(?P<y>{YEAR})\b"
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
            rf"\b(?:between|from) (?:{WEEKDAY},? )?"
            rf"(?:(?P<d1>{DAY}) (?P<m1>{MON})|(?P<m1b>{MON}) (?P<d1b>{DAY})|(?P<d1c>{DAY}))"
            rf"(?:,? (?P<y1>{YEAR}))? (?:and|to|through|until|till) (?:{WEEKDAY},? )?"
            rf"(?:(?P<d2>{DAY}) (?P<m2>{MON})|(?P<m2b>{MON}) (?P<d2b>{DAY}))"
            rf"(?:,? (?P<y2>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "the heatwave of July 8 to 25", "on 3-5 March": days of one month
        "day_span",
        re.compile(
            rf"\b(?:(?P<m>{MON}) (?P<d1>\d{{1,2}}){_TH} ?(?:to|until|through|-|\u2013) ?"
            rf"(?P<d2>\d{{1,2}}){_TH}|(?P<d1b>\d{{1,2}}){_TH} ?(?:to|until|-|\u2013) ?"
            rf"(?P<d2b>\d{{1,2}}){_TH} (?P<mb>{MON}))(?:,? (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "the July-September quarter", "the April–June period", "Key figures, January to
        # June 2023": two capitalised months joined by a dash, or by "to" with no preposition
        "month_span",
        re.compile(
            rf"(?<![\w-])(?P<m1>{MON})(?: (?P<y1>{YEAR}))?"
            rf"(?: ?[-\u2013\u2014] ?| to | through )(?P<m2>{MON})(?: (?P<y2>{YEAR}))?\b(?! ?\d)",
            re.I,
        ),
    ),
    (
        # "between 2019 and 2023", "from 2019 to 2023", "in 2019-2023": whole calendar years;
        # "spread over 2026 and 2027": two years named as one stretch
        "year_range",
        re.compile(
            rf"\b(?:(?:between|from) (?P<y1>{YEAR}) (?:and|to|through|until) (?P<y2>{YEAR})|"
            rf"(?:in|during|over|across|throughout) (?P<y3>{YEAR}) ?[-\u2013] ?(?P<y4>{YEAR})|"
            rf"(?:over|across|throughout|spanning) (?P<y5>{YEAR}) and (?P<y6>{YEAR}))\b",
            re.I,
        ),
    ),
    (
        # "save 1.8 billion a year from 2028", "40 flights a week from March 2027": a rate
        # that starts at a date and runs on, with no end given
        "rate_from",
        re.compile(
            _AFTER_RATE_UNIT
            + rf"from (?:(?P<m>{MON}) )?(?P<y>{YEAR})\b(?! ?(?:to|until|through|and|levels?)\b)"
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
            rf"(?:(?P<wd>{WEEKDAY})(?!,? (?:{MON} {DAY}|{DAY} {MON}))|(?:{WEEKDAY},? )?"
            rf"(?:(?P<m>{MON}) (?P<d>{DAY})|(?P<d2>{DAY}) (?P<m2>{MON})))"
            rf"(?:,? (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
]
