"""Patterns for periods named by one phrase, tried after ``period_range_patterns``.

A day ("yesterday", "on 3 March"), an instant ("at the end of March"), a month, a season,
a year or a decade; a stretch counted back from publication ("over the past three
years") or known only by its length ("over the six weeks"); and phrases that point back
to a period named before ("that week", "the same period of 2024", "a year earlier").
The order within the table is the order of checks: the first pattern to take a stretch
of text keeps it.
"""

from __future__ import annotations

import re

from claimscope.layers._quantities.period_calendar import COUNT, DAY, MON, NUMW, WEEKDAY, YEAR

__all__ = ["SINGLE_PATTERNS"]

SINGLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    (
        # "at the end of March", "as of June 30", "at the same point last year": an instant,
        # at which a stock or level is read, not a span over which things are counted; "by
        # the end of May" closes a running total whose start is left to context
        "instant",
        re.compile(
            r"\b(?:(?P<prep>at|by|as of|as at|until|till) (?:the )?"
            r"(?:(?P<pos>end|close|start|beginning) of |(?P<mid>mid)-?)"
            rf"(?:(?P<m>{MON})(?:,? (?P<y>{YEAR}))?|(?P<yr>{YEAR}))\b(?! ?\d)|"
            rf"(?:as (?:of|at)|at|(?P<by>by)) (?:(?P<m2>{MON}) (?P<d2>{DAY})|"
            rf"(?P<d3>{DAY}) (?P<m3>{MON}))"
            rf"(?:,? (?P<y2>{YEAR}))?\b|"
            r"(?:at|by) (?:the )?same (?:point|time|stage|date) "
            rf"(?:last year|a year (?:earlier|ago|before)|in {YEAR})|"
            # "by the end of Monday": the latest such day by publication
            rf"(?P<wprep>at|by) the (?:end|close) of (?P<wd>{WEEKDAY})|"
            # "by close of business on Wednesday", "by Thursday morning": a running total
            # read on that day
            r"(?P<wby>by) (?:close of (?:business|play|trading) on |(?:the )?(?:end|close) of "
            r"(?:business|play|trading) on |(?:midday|noon|midnight|lunchtime) on |"
            rf"the (?:morning|afternoon|evening|night) of )?(?P<wd2>{WEEKDAY})"
            r"(?: (?:morning|afternoon|evening|night|lunchtime))?)\b",
            re.I,
        ),
    ),
    (
        "past_n",
        re.compile(
            rf"\b(?:over|in|during|for|within) the (?:past|last|previous) (?:(?P<n>{NUMW}) )?"
            r"(?:(?P<half>and a half) )?(?P<u>days?|weeks?|fortnights?|months?|years?|decades?)\b",
            re.I,
        ),
    ),
    (
        # "in the same three months last year": the sentence's other period a year back,
        # read before "length" would take "the same three months" as a span of its own
        "year_before",
        re.compile(
            rf"\bthe same {COUNT} (?:weeks|months) (?:a year (?:ago|earlier)|(?:of )?last year)\b",
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
            rf"(?:(?P<n>{COUNT}) (?P<u>days|weeks|months|years)|"
            rf"(?P<n2>{COUNT})-(?P<u2>day|week|month|year) "
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
            rf"\b(?:(?:in|during|for|over) )?the (?P<m>{MON}) (?P<u>quarter|half)"
            rf"(?: of (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "last June", "this March": a month named with "last" or "this"
        "rel_month",
        re.compile(rf"\b(?P<rel>last|this) (?P<m>{MON})\b(?! ?\d)", re.I),
    ),
    (
        "on_day",
        re.compile(
            r"\b(?:on (?:the (?:night|morning|evening|afternoon|day|weekend) of )?"
            rf"(?:{WEEKDAY},? )?|for {WEEKDAY},? )(?:the )?"
            rf"(?:(?P<m>{MON}) (?P<d>{DAY})|(?P<d2>{DAY}) (?:of )?(?P<m2>{MON}))"
            rf"(?:,? (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        # "The busiest day was Friday 28 June", "On the worst day, 18 February,": a date
        # said of a day, as predicate or in apposition
        "named_day",
        re.compile(
            rf"\b(?:day|night)(?: of the (?:year|week|month|season|quarter|spring|summer|"
            rf"autumn|winter|campaign|festival|holiday)| in {MON})?"
            r"(?:,| was| came on| fell on| came| of) (?:on )?"
            rf"(?:{WEEKDAY},? )?(?:the )?(?:(?P<m>{MON}) (?P<d>{DAY})|(?P<d2>{DAY}) "
            rf"(?:of )?(?P<m2>{MON}))(?:,? (?P<y>{YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:on|(?P<last>last)) "
            r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:(?:in|during|over|throughout|for|across|through) (?:the )?"
            # "in the depths of winter", "in midsummer"
            r"(?:(?:depths?|height|middle|heart|dead) of (?:the )?|mid-?)?|(?P<rel>this|last) )"
            r"(?:(?P<s>spring|summer|autumn|fall|winter)"
            rf"(?:(?: of)? (?P<sy>{YEAR})(?:[-/\u2013](?P<sy2>\d\d))?\b|"
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
            rf"\b(?:in|during|for|throughout|of|(?:right |all )?through) (?:the month of )?"
            rf"(?P<m>{MON})"
            rf"(?:,? (?P<y>{YEAR}))?\b(?! \d)",
            re.I,
        ),
    ),
    (
        # "Two years ago, a return ticket cost 210 euros": the calendar year that many years
        # before publication (not "since ... two years ago", a span read first)
        "years_ago",
        re.compile(
            rf"\b(?:(?P<n>{COUNT}) years?|(?P<dec>a decade)) ago\b(?! (?:to|until|through)\b)",
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
            rf"(?P<y>{YEAR})\b",
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
            rf"(?! (?:to|ending|ended|through|until) (?:the (?:end|close) of )?(?:{MON}|"
            r"\d{1,2}(?!\d|[,.]\d)|"
            rf"{WEEKDAY}))(?! (?:before|after|of|since|ahead|that|which|when)\b)|"
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
            rf"(?P<m>{MON})(?=(?:'s|\u2019s)?,? (?:alone )?(?!be\b|not\b|have\b|{MON})"
            r"(?-i:[a-z]))|"
            rf"\b(?P<m2>{MON})(?='s\b|\u2019s\b)|"
            rf"(?<=\bthe )(?P<m3>{MON})(?= (?:figures?|totals?|tally|count|numbers|data)\b)|"
            r"(?:^|(?<=^- )|(?<=^\u2013 )|(?<=^\u2022 )|(?<=^\* ))"
            rf"(?P<m4>{MON})(?=:\s)",
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
            rf"(?: the whole of| all of| the course of)? (?P<y>{YEAR})\b(?![-/\u2013]\d)",
            re.I,
        ),
    ),
    (
        # "in 2022-23": a season or financial year whose first month is not said; kept as
        # words, not guessed as the calendar year 2022
        "split_year",
        re.compile(
            rf"\b(?:in|during|for|throughout|over) (?:the )?{YEAR}[-/\u2013]\d\d(?:\d\d)?\b",
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
