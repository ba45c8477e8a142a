"""Numerals as news writes them: digits with separators, scale words and number words.

A hand-written parser beats a dependency here: the grammar is small ("two hundred
and fifty", "1.2 million", "$3.4bn", "a third"), and it must run on every number
token of every article within a fraction of the parse time.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimscope.layers._quantities.units import UNIT_TOKENS

__all__ = [
    "FRACTIONS",
    "GLUED_APPROX",
    "SCALES",
    "UNIT_WORDS",
    "Numeral",
    "parse_digits",
    "precision_of",
    "words_value",
]

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Words that multiply what precedes them; "dozen" counts as a scale ("two dozen").
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "mil": 1e6,
    "lakh": 1e5,
    "crore": 1e7,
    "dozen": 12,
}
#: Number words a sentence may consist of (excluding scales).
UNIT_WORDS: dict[str, int] = {**_UNITS, **_TENS}
#: Fraction words and their value; plural forms serve "two thirds".
FRACTIONS: dict[str, float] = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "fourth": 1 / 4,
    "fourths": 1 / 4,
    "seventh": 1 / 7,
    "eighth": 1 / 8,
    "eighths": 1 / 8,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}

_DIGITS = re.compile(
    r"^(?P<prefix>~|sub-|minus-?)?(?P<sign>[-+−])?"
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d+)"
    r"(?P<dec>\.\d+)?(?P<suffix>[a-zA-Z]{0,5})$",
    re.IGNORECASE,
)
#: Approximators glued to the digits ("~1.2mm", "sub-300 sq m") and the sign they give.
GLUED_APPROX: dict[str, str] = {"~": "~", "sub-": "<"}


class Numeral(NamedTuple):
    """A parsed digit token: its value, its decimal places, any glued suffix, and an
    approximator glued before the digits ("~", "sub-"), lower-cased, or ""."""

    value: float
    decimals: int
    suffix: str
    prefix: str = ""


_SIMPLE_FRACTION = re.compile(r"^([1-9]\d?)/(2|3|4|8|16)$")


def parse_digits(text: str) -> Numeral | None:
    """``"1,000"``, ``"3.4"``, ``"3.4bn"``, ``"35m"``: value, decimals and the letters after.

    The suffix is returned lower-cased and unapplied unless it is a scale, so the caller
    can read ``"10km"`` as 10 with unit ``km`` and ``"35m"`` as 35 million. Suffixes of
    four or five letters are read only when they name a unit ("30Mbps", "40degF"), so a
    word run into its digits ("9million", "4Runner") is not a figure. "minus-260" is
    negative; "~1.2" and "sub-300" keep their approximator in ``prefix``.
    """
    m = _DIGITS.match(text)
    if (
        m is not None
        and len(m.group("suffix")) > 3
        and m.group("suffix").lower() not in UNIT_TOKENS
    ):
        return None
    if m is None:
        frac = _SIMPLE_FRACTION.match(text)
        if frac is not None and int(frac.group(1)) < int(frac.group(2)):
            return Numeral(int(frac.group(1)) / int(frac.group(2)), 2, "")
        return None
    raw = m.group("int")
    if raw.count(".") >= 2:
        raw = raw.replace(".", "")
    value = float(raw.replace(",", "") + (m.group("dec") or ""))
    prefix = (m.group("prefix") or "").lower()
    if m.group("sign") in ("-", "−") or prefix.startswith("minus"):
        if prefix.startswith("minus") and m.group("sign"):
            return None
        value = -value
    decimals = len(m.group("dec")) - 1 if m.group("dec") else 0
    suffix = m.group("suffix").lower()
    if (suffix in SCALES and suffix != "b") or (suffix in ("bn", "b") and m.group("dec")):
        value *= SCALES[suffix]
        suffix = "*" + suffix
    return Numeral(value, decimals, suffix, "" if prefix.startswith("minus") else prefix)


def words_value(words: list[str]) -> float | None:
    """The value of number words ("two hundred and fifty thousand"); None if not a number.

    Digits may start the phrase ("1.2 million", "21.6 thousand").
    """
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        word = raw.lower().replace(",", "")
        if word in ("and", "-", "a", "an"):
            continue
        if word in UNIT_WORDS:
            current += UNIT_WORDS[word]
        elif word in SCALES and word not in ("k", "m", "b"):
            scale = SCALES[word]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
        else:
            num = parse_digits(word)
            if num is None or num.suffix:
                return None
            current += num.value
        seen = True
    return total + current if seen else None


def precision_of(text: str) -> float:
    """The rounding step a written figure implies: 21,600 -> 100, 180,000 -> 10,000, 3.4 -> 0.1.

    Round figures are read as rounded to their last non-zero digit; the checks allow
    half this step either way.
    """
    digits = re.sub(r"[^\d.]", "", text)
    if not digits:
        return 1.0
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    return 10.0**zeros if stripped else 1.0
