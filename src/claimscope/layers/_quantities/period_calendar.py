"""Calendar words and calendar arithmetic shared by the period modules.

Month, day and weekday names, the regex fragments built from them that every period
pattern uses, and the small date helpers the resolvers share (a month's last day, an ISO
8601 date with or without its year, the year a bare month falls in). Kept apart so the
patterns and the resolvers read the same words and count days the same way.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from claimscope.layers._quantities.numbers import UNIT_WORDS

__all__ = [
    "COUNT",
    "DAY",
    "MON",
    "MONTHS",
    "NUMW",
    "WEEKDAY",
    "WEEKDAYS",
    "YEAR",
    "day_number",
    "iso",
    "month_end",
    "month_number",
    "small_count",
    "whole_month",
    "year_for",
]

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
MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
YEAR = r"(?:19|20)\d\d"
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
DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|the (?:\d{{1,2}}(?:st|nd|rd|th)?|{_DAY_WORD}) of)"
NUMW = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eighteen|twenty|thirty|several|few)"
)


#: A count of days, weeks or months in digits or any number word ("the fourteen days").
COUNT = r"(?:\d{1,3}|" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + ")"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


def day_number(day: str) -> int:
    """The day of the month a matched day names: "3rd", "the 3rd of", "the third of"."""
    words = day.lower().removeprefix("the ").removesuffix(" of").strip()
    if words in _DAY_WORDS:
        return _DAY_WORDS[words]
    digits = re.sub(r"\D", "", words)
    return int(digits) if digits else 0


def small_count(raw: str) -> int:
    """A small count written in digits or words ("three months"); 0 when it is vague."""
    return int(raw) if raw.isdigit() else int(UNIT_WORDS.get(raw, 0))


def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def iso(year: int | None, month: int, day: int) -> str:
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def year_for(month: int, year: str | None, pub: date | None) -> int | None:
    """A month without a year is the latest such month not after publication."""
    if year:
        return int(year)
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1


def whole_month(month: int, year: int | None) -> tuple[str, str]:
    last = month_end(year if year is not None else 2001, month)
    return iso(year, month, 1), iso(year, month, last)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
