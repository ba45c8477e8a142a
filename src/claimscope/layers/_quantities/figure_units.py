"""The unit or currency written with a figure, and whether a length of time is an amount.

``units`` holds the tables of unit and currency names; this module reads them around a
figure's tokens: the unit after it ("12 km", "a 50-basis-point cut", "five working
days", "year of age"), a currency sign before it ("US$", "€"), and whether a length of
time is an amount done ("logged 14,000 hours") rather than how long something lasted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers._quantities.units import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MULTIWORD_UNITS,
    TIME_UNITS,
    UNIT_TOKENS,
    currency_word,
)
from claimscope.layers._words import singular

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__: list[str] = []


_SQUARE = {"m": "m2", "ft": "ft2", "km": "km2", "mi": "mi2"}
_DOLLAR_PREFIXES = frozenset(("US", "A", "C", "HK", "NZ", "S", "R", "AU", "CA", "NT"))


#: A capital letter glued to a figure that names a temperature scale.
_GLUED_DEGREES = {"C": "celsius", "F": "fahrenheit"}


def _unit_after(doc: Doc, j: int, limit: int, glued: str) -> tuple[str | None, int, bool]:
    """(unit, end token, is-duration) for what follows a numeral ending before token j."""
    if glued.startswith("cur:"):
        return glued[4:], j, False
    if glued == "sq" and j < limit and doc[j].lower_.rstrip(".") in _SQUARE:
        return _SQUARE[doc[j].lower_.rstrip(".")], j + 1, False  # "3923sq m"
    if glued == "p":
        return "GBP-penny", j, False  # "78p a litre": pence, in British copy
    if j > 0 and doc[j - 1].text[-1:] in _GLUED_DEGREES and glued == doc[j - 1].text[-1:].lower():
        # "-12C", "95F": degrees in British and US copy; a small "c" is cents ("12c a litre")
        return _GLUED_DEGREES[doc[j - 1].text[-1:]], j, False
    if glued == "c" and j + 1 < limit and doc[j].lower_ in ("a", "per", "an", "each"):
        return CURRENCY_WORDS["cent"], j, False  # "12c a litre": cents, in Irish and US copy
    if glued:
        unit = UNIT_TOKENS.get(glued) or CURRENCY_WORDS.get(glued)
        return unit, j, False
    if j + 1 < limit and doc[j].text in ("\u00a0", "\u202f"):
        found = _unit_after(doc, j + 1, limit, glued)
        if found[0] is not None:
            return found  # "12\u00a0km": a no-break space is still one figure
    if j >= limit:
        return None, j, False
    for words, unit in MULTIWORD_UNITS:
        n = len(words)
        if j + n <= limit and tuple(t.lower_ for t in doc[j : j + n]) == words:
            return unit, j + n, False
    hyphened = [t for t in doc[j : min(limit, j + 6)]]
    if len(hyphened) >= 4 and hyphened[0].text == "-" and hyphened[2].text == "-":
        pair = (hyphened[1].lower_, hyphened[3].lower_)
        for words, unit in MULTIWORD_UNITS:  # "a 50-basis-point cut"
            if len(words) == 2 and (words[0], singular(words[1])) == (pair[0], singular(pair[1])):
                return unit, j + 4, False
    tok = doc[j]
    low = tok.lower_
    if (
        low == "-"
        and j + 3 < limit
        and doc[j + 1].lower_ in ("year", "years")
        and doc[j + 2].text == "-"
        and doc[j + 3].lower_ == "old"
    ):
        return "year of age", j + 4, False
    if low in ("year", "years") and j + 1 < limit and doc[j + 1].lower_ == "old":
        return "year of age", j + 2, False
    if (
        low in ("year", "years")
        and j + 2 < limit
        and doc[j + 1].text == "-"
        and doc[j + 2].lower_ == "old"
    ):
        return "year of age", j + 3, False
    if low == "-" and j + 1 < limit:
        unit = UNIT_TOKENS.get(doc[j + 1].lower_)
        if unit is not None and len(doc[j + 1].text) > 1:
            return unit, j + 2, False
        if doc[j + 1].lower_ in TIME_UNITS and not doc[j - 1].whitespace_:
            return TIME_UNITS[doc[j + 1].lower_], j + 2, True  # "a 118-day campaign"
    glued_tok = not doc[j - 1].whitespace_
    if low in UNIT_TOKENS and (len(low) > 1 or glued_tok):
        if low in ("pound", "pounds") and j + 1 < limit and doc[j + 1].lower_ == "sterling":
            return "GBP", j + 2, False
        if low == "pounds" and _scaled_money(doc, j, limit):
            return "GBP", j + 1, False
        return UNIT_TOKENS[low], j + 1, False
    if low not in ("won",) and (money := currency_word(tok)) is not None:
        return money, j + 1, False
    if low in TIME_UNITS:
        return TIME_UNITS[low], j + 1, True
    if low in _MORE_WORDS and j + 1 < limit and doc[j + 1].lower_ in TIME_UNITS:
        return TIME_UNITS[doc[j + 1].lower_], j + 2, True  # "for three more years"
    if (
        low in _DAY_KINDS
        and j + 1 < limit
        and doc[j + 1].lower_ in ("day", "days", "week", "weeks")
    ):
        return f"{low} {TIME_UNITS[doc[j + 1].lower_]}", j + 2, True  # "five working days"
    return _time_after_modifiers(doc, j, limit)


def _time_after_modifiers(doc: Doc, j: int, limit: int) -> tuple[str | None, int, bool]:
    """ "1.46 million contracted patrol hours", "52,000 unpaid overtime hours": a unit of
    time the figure counts, behind words that say whose or what kind. The parse must make
    the unit the figure's head and the words its modifiers, so "3,000 volunteers' hours"
    or "40 staff for six hours" stay what they were. Only hours and minutes: work is
    measured in them, while "3.4 million visitor days" or "12 sick days" count days as
    things, like any other noun."""
    for k in range(j + 1, min(limit, j + 4)):
        if doc[k].lower_ not in TIME_UNITS:
            continue
        if TIME_UNITS[doc[k].lower_] not in ("hour", "minute"):
            return None, j, False
        between = doc[j:k]
        if (
            doc[j - 1].head.i == k
            and all(t.is_alpha and t.is_lower and t.head.i in range(j, k + 1) for t in between)
            and all(t.dep_ in ("compound", "amod", "nmod") for t in between)
        ):
            return TIME_UNITS[doc[k].lower_], k + 1, True
        return None, j, False
    return None, j, False


#: Words between a figure and a unit of time that keep it a length: "three more years".
_MORE_WORDS = frozenset(("more", "further", "extra", "additional"))


#: Scale words a sum of money is written with ("52.6 million pounds").
_SCALES = frozenset(("million", "billion", "trillion", "bn", "m"))


def _scaled_money(doc: Doc, j: int, limit: int) -> bool:
    """ "52.6 million pounds": pounds counted in millions with nothing weighed after them
    are money; a weight in millions of pounds names what it weighs ("2 million pounds of
    beef")."""
    weighed = j + 1 < limit and doc[j + 1].lower_ == "of"
    return doc[j - 1].lower_ in _SCALES and not weighed


#: Days of a kind ("over five working days"): lengths of time, counted in their own unit.
_DAY_KINDS = frozenset(("working", "business", "school", "trading", "calendar", "sitting"))
_DAY_WORDS = frozenset(("day", "days", "week", "weeks"))


def _currency_before(doc: Doc, i: int, floor: int) -> tuple[str | None, int]:
    if i - 1 >= floor:
        cur = CURRENCY_SYMBOLS.get(doc[i - 1].lower_)
        if cur is not None:
            if (
                i - 2 >= floor
                and doc[i - 2].text in _DOLLAR_PREFIXES
                and doc[i - 1].text == "$"
                and (doc[i - 2].text != "A" or not doc[i - 2].whitespace_)
            ):  # "A$40", "HK $3.7 billion"; not "a £2 charge", "A $5 fee"
                cur = CURRENCY_SYMBOLS.get(doc[i - 2].lower_ + "$", cur)
                return cur, i - 2
            return cur, i - 1
    return None, i


#: Verbs whose object is how long something lasts, not an amount of time done.
_LASTING = frozenset(("last", "take", "wait", "remain", "stay", "live", "serve", "run"))


#: Words that make a length of time a total of many: "a combined 410 hours".
_SUMMED = frozenset(("combined", "total", "cumulative", "aggregate"))


def _time_amount(doc: Doc, unit_tok: int) -> bool:
    """Whether a length of time is an amount done ("logged 14,000 hours", "lost 2 million
    working days") rather than how long something lasted ("for 15 years")."""
    tok = doc[unit_tok]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() == "put":
        return True  # "put in 4,000 hours"
    if any(c.lower_ in _SUMMED for c in tok.children):
        return True  # "booked for a combined 410 hours": a sum of time, not how long
        # one thing lasted
    return (
        tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and head.lemma_.lower() not in _LASTING
    )
