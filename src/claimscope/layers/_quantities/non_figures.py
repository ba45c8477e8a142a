"""Numbers that are no figures: years, days of a month, clock times, scores, phone
numbers and identifiers.

Rejecting these is its own job, with its own long word lists ("Gate 12", "Model 3",
"999 calls", "aged 40", "2014-15"), and each exception reads a little more context
("Mill Lane 2,400" in a list after a colon is a figure; "nursing (32)" is a count).
Kept apart so that what counts as a figure is decided in one place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers._quantities.figure_units import _unit_after
from claimscope.layers._quantities.figure_values import _is_num_token
from claimscope.layers._quantities.numbers import SCALES, UNIT_WORDS
from claimscope.layers._quantities.period_calendar import MONTHS
from claimscope.layers._quantities.units import CURRENCY_SYMBOLS, TIME_UNITS, UNIT_TOKENS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__: list[str] = []


_ID_WORDS = frozenset(
    [
        "page",
        "pages",
        "p.",
        "pp.",
        "article",
        "articles",
        "section",
        "sections",
        "chapter",
        "row",
        "no.",
        "no",
        "nos.",
        "number",
        "#",
        "room",
        "flight",
        "route",
        "highway",
        "interstate",
        "seat",
        "gate",
        "platform",
        "episode",
        "season",
        "vol",
        "vol.",
        "volume",
        "part",
        "level",
        "grade",
        "item",
        "clause",
        "paragraph",
        "rule",
        "category",
        "code",
        "apartment",
        "suite",
        "box",
        "channel",
        "model",
        "version",
        "v.",
        "phase",
        "stage",
        "step",
        "act",
        "round",
        "game",
        "match",
        "week",
        "day",
        "division",
        "district",
        "precinct",
        "ward",
        "unit",
        "bus",
        "tier",
        "class",
        "order",
        "resolution",
        "amendment",
        "bill",
        "law",
        "decree",
        "pier",
        "terminal",
        "block",
        "lot",
        "exit",
        "track",
        "hole",
        "lane",
        "floor",
        "plot",
        "verse",
        "psalm",
        "s&p",
        "sp",
        "stoxx",
        "nasdaq",
        "ftse",
        "russell",
        "nikkei",
        "asx",
        "dax",
        "cac",
        "ibex",
        "kospi",
        "sensex",
        "nifty",
        "iphone",
        "galaxy",
        "windows",
        "xbox",
        "planet",
        "apollo",
        "boeing",
        "airbus",
        "covid",
        "mk",
        "ps",
    ]
)
_ID_ENTS = frozenset(("ORG", "PRODUCT", "LAW", "WORK_OF_ART", "FAC", "EVENT", "PERSON", "NORP"))
_CLOCK = frozenset(
    [
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "a.m",
        "p.m",
        "gmt",
        "utc",
        "edt",
        "est",
        "bst",
        "cet",
        "cest",
        "pdt",
        "pst",
        "cst",
        "mst",
        "o'clock",
        "hrs",
        "hours_of",
    ]
)
_YEAR_PREV = frozenset(
    [
        "in",
        "since",
        "by",
        "from",
        "until",
        "till",
        "to",
        "of",
        "between",
        "and",
        "before",
        "after",
        "year",
        "season",
        "fiscal",
        "early",
        "late",
        "mid",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "during",
        "through",
    ]
)


def _age_said_of_a_group(doc: Doc, i: int, end: int, limit: int, floor: int) -> bool:
    """ "of whom 1,270 were under 12", "most were over 65": a bound after a copula whose
    subject is a count or a group is the group's age, no figure of its own."""
    text = doc[i].text
    if i - 3 < floor or not text.isdigit() or int(text) > 120:
        return False
    if doc[i - 1].lower_ not in ("under", "over") or doc[i - 2].lower_ not in _COPULAS:
        return False
    subject = doc[i - 3]
    if not (subject.like_num or subject.lower_ in _GROUP_WORDS):
        return False
    nxt = doc[end] if end < limit else None
    return nxt is None or (
        nxt.pos_ not in ("NOUN", "PROPN", "NUM") and nxt.lower_ not in UNIT_TOKENS
    )


def _age_bound_of_people(doc: Doc, i: int, end: int, limit: int, floor: int) -> bool:
    """ "people over 65", "children under five", "drivers aged over 70": a bound right after
    a word for people is the age that marks the group out, not a count of them. A noun
    after the number ("patients over 18 weeks", "over five working days", a modifier
    between) makes it a measure again, unless it is the years of an age ("over 65 years
    old")."""
    if i - 2 < floor or doc[i - 1].lower_ not in _AGE_BOUNDS:
        return False
    if doc[i - 2].lower_ not in _PEOPLE_WORDS:
        return False
    value = UNIT_WORDS.get(doc[i].lower_) if not doc[i].text.isdigit() else int(doc[i].text)
    if value is None or not 1 <= value <= 120 or end != i + 1:
        return False
    nxt = doc[end] if end < limit else None
    head = doc[i].head
    if (
        doc[i].dep_ == "nummod"
        and end <= head.i < min(limit, end + 2)
        and head.tag_ == "NNS"
        and head.lower_ != "years"
    ):
        return False  # "patients over five working days": the number counts its noun
    if (
        nxt is not None
        and nxt.pos_ in ("ADJ", "VERB")
        and end + 1 < limit
        and doc[end + 1].pos_ == "NOUN"
        and nxt.head.i == end + 1
    ):
        return False  # "patients over five working days": a noun after its modifier
    if nxt is None or nxt.lower_ not in ("year", "years"):
        return nxt is None or (nxt.pos_ not in ("NOUN", "PROPN", "NUM") and nxt.text != "%")
    after = doc[end + 1].lower_ if end + 1 < limit else ""
    return after in ("old", "of")


_AGE_BOUNDS = frozenset(("over", "under", "above", "below", "aged"))
#: Words for people that an age bound may follow; "aged" and "age" stand for them.
_PEOPLE_WORDS = frozenset(
    [
        "people",
        "persons",
        "adults",
        "children",
        "kids",
        "men",
        "women",
        "boys",
        "girls",
        "patients",
        "residents",
        "pensioners",
        "drivers",
        "workers",
        "employees",
        "voters",
        "students",
        "pupils",
        "smokers",
        "those",
        "anyone",
        "everyone",
        "nobody",
        "aged",
        "age",
    ]
)


_COPULAS = frozenset(("is", "are", "was", "were", "be", "been"))
_GROUP_WORDS = frozenset(("who", "they", "them", "most", "many", "some", "all", "half", "whom"))


#: Verbs and prepositions before a number that is dialled ("call 999", "ring 911").
_DIALLING = frozenset(
    ("call", "calls", "called", "calling", "ring", "rang", "dial", "dialled", "dialed",
     "dialling", "dialing", "phone", "phoned", "contact", "contacted", "text", "via", "on")
)  # fmt: skip
#: Emergency numbers that name a service before a noun ("999 calls rose to 3,912").
_EMERGENCY_NUMBERS = frozenset(("999", "911"))
_SERVICE_NOUNS = frozenset(
    (
        "call",
        "calls",
        "line",
        "lines",
        "service",
        "services",
        "operator",
        "operators",
        "handler",
        "handlers",
        "dispatcher",
        "dispatchers",
        "centre",
        "center",
        "number",
        "system",
    )
)


#: What may stand before a key figure on its line: bullets, dashes and currency signs.
_KEY_LEAD = re.compile(r"[\s\-–—•*·$£€¥]*")


def _key_figure(doc: Doc, i: int, colon: Token) -> bool:
    """ "- 342: total number of vessels now listed", "$60: the price cap": a number opening
    its line (after a bullet or a currency sign at most) with a colon and then words is
    the figure of a key-figures list, labelled by what follows; a clock time has digits
    after its colon, and "Step 2:" has a word before its number."""
    text = doc.text
    line = text.rfind("\n", 0, doc[i].idx) + 1
    after = text[colon.idx + 1 : colon.idx + 3]
    return (
        _KEY_LEAD.fullmatch(text, line, doc[i].idx) is not None
        and after[:1].isspace()
        and after[1:].isalpha()
    )


#: Words after which a small number is a mark on a scale: "a rating of 5", "rated 4".
_RATED = frozenset(("rated", "graded"))
_RATING_NOUNS = frozenset(("rating", "score", "grade", "mark", "band"))


def _a_rating(
    doc: Doc, i: int, text: str, prev: Token | None, nxt: Token | None, floor: int
) -> bool:
    """ "held a rating of 5", "were rated 4", "graded 7 or above": a mark on a scale of a
    few points counts nothing. A noun after it ("rated 5 stars"), a scale ("8 out of
    10") or a larger number keeps it a figure."""
    if not text.isdigit() or int(text) > 10 or prev is None:
        return False
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ in ("%", "out", "/")):
        return False  # "rated 5 stars", "rated 8 out of 10"
    if prev.lower_ in _RATED:
        return True
    return prev.lower_ == "of" and i - 2 >= floor and doc[i - 2].lower_ in _RATING_NOUNS


def _bare_subject(tok: Token, prev: Token | None) -> bool:
    """ "Of the 1,240 pupils who sat GCSEs this summer, 868 achieved a grade 4": a bare
    number opening its clause as the subject of a verb counts the group the clause is
    about, whatever entity the tagger calls it; an identifier follows the name it
    numbers ("Model 3 sold well")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and (prev is None or prev.is_punct)


def day_of_month(doc: Doc, i: int, end: int, limit: int, floor: int) -> bool:
    """ "the twenty-third of May", "the 3rd of June": a day of a month, not a fraction."""
    return (
        i > floor
        and doc[i - 1].lower_ == "the"
        and end + 1 < limit
        and doc[end].lower_ == "of"
        and doc[end + 1].lower_.rstrip(".") in MONTHS
        and doc[end + 1].text[:1].isupper()
    )


_DAY_JOINS = frozenset(("and", "or", "&", "to", "-", "\u2013"))


def _a_day(tok: Token) -> bool:
    return tok.text.isdigit() and 1 <= int(tok.text) <= 31


def _a_month(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in MONTHS and tok.text[:1].isupper()


def listed_day(doc: Doc, i: int, end: int, limit: int, floor: int) -> bool:
    """ "thunderstorms on Aug. 12 and 13", "on 12 and 13 August", "on May 4, 5 and 6": a
    day listed with another beside its month is a date too. A comma alone does not list
    days: "on May 5, 12 homes flooded" counts homes."""
    if not _a_day(doc[i]) or end != i + 1:
        return False
    j, joined = i - 1, False
    while j > floor and (doc[j].lower_ in _DAY_JOINS or doc[j].text == "," or _a_day(doc[j])):
        joined = joined or doc[j].lower_ in _DAY_JOINS
        j -= 1
    if j >= floor and j < i - 1 and _a_month(doc[j]):
        comma_only = doc[i - 1].text == "," and not joined
        ahead = doc[end : end + 2]
        listed_on = len(ahead) == 2 and ahead[0].lower_ in ("and", ",") and _a_day(ahead[1])
        if (joined and (doc[i - 1].text != "," or listed_on)) or (comma_only and listed_on):
            return True
    j, joined = end, False
    while j < limit and (doc[j].lower_ in _DAY_JOINS or doc[j].text == "," or _a_day(doc[j])):
        joined = joined or doc[j].lower_ in _DAY_JOINS
        j += 1
    return joined and end < j < limit and _a_month(doc[j])


def half_a_time(doc: Doc, end: int, limit: int) -> bool:
    """ "In half a year", "half an hour": a length of time, said to date or size a change,
    not a share of anything counted."""
    return (
        end + 1 < limit
        and doc[end - 1].lower_ == "half"
        and doc[end].lower_ in ("a", "an")
        and doc[end + 1].lower_ in TIME_UNITS
    )


def _month_value(text: str) -> bool:
    """Whether a number after a month's name can be neither a day nor a year."""
    digits = text.replace(",", "")
    if not digits.isdigit() or digits.startswith("0"):
        return False
    return "," in text or (len(digits) in (2, 3) and int(digits) > 31)  # "1,020": no year


def _percent_after(doc: Doc, end: int, limit: int) -> bool:
    """Whether the words right after a number make it a percentage ("21 per cent", "21%")."""
    if end >= limit:
        return False
    if doc[end].text == "%" or doc[end].lower_ in ("percent", "pct"):
        return True
    return end + 1 < limit and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent"


#: The outward half of a British postcode ("TR14", "LS1", "SW1A") and the inward half
#: ("6QL", "4AP").
_POSTCODE_OUT = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?")
_POSTCODE_IN = re.compile(r"\d[A-Z]{2}")
#: Street words after a house number: "12 High Street", "4 Mill Lane".
_STREETS = frozenset(
    (
        "street", "st", "road", "rd", "lane", "avenue", "ave", "drive", "close", "way",
        "place", "square", "terrace", "crescent", "gardens", "court", "row", "parade",
        "boulevard", "blvd", "hill", "walk", "grove", "mews", "quay", "wharf",
    )
)  # fmt: skip


def _postcode_or_address(doc: Doc, i: int, end: int, limit: int) -> bool:
    """ "TR14 6QL": a postcode's inward half; "12 High Street", "at 4 Mill Lane": a house
    number, the first words after it capitalised and closed by a street word."""
    if end == i + 1 and _POSTCODE_IN.fullmatch(doc[i].text):
        return i > 0 and _POSTCODE_OUT.fullmatch(doc[i - 1].text) is not None
    if end != i + 1 or not doc[i].text.isdigit():
        return False
    k = end
    while k < min(limit, end + 3) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        if doc[k].lower_ in _STREETS and k > end:
            return True
        k += 1
    return False


def _is_date_or_id(doc: Doc, i: int, end: int, limit: int, floor: int) -> bool:
    """Years, days of a month, clock times, phone numbers and identifiers are not figures."""
    tok = doc[i]
    prev = doc[i - 1] if i > floor else None
    nxt = doc[end] if end < limit else None
    text = tok.text
    if _percent_after(doc, end, limit):
        return False  # "by the end of June - 21 per cent of all bills": no day is a share
    if _postcode_or_address(doc, i, end, limit):
        return True
    if prev is not None and (prev.lower_.rstrip(".") in MONTHS and prev.text[:1].isupper()):
        # "June 12", "June 2023": a day or a year; "January 402 · February 388": a month's
        # value in a list, no date (no day is over 31, no year has three digits)
        return not _month_value(text)
    if (
        nxt is not None
        and nxt.lower_ in TIME_UNITS
        and end + 1 < limit
        and doc[end + 1].lower_ == "ago"
    ):
        return True  # "three weeks ago", "Twelve months ago": when, not how long
    if (
        nxt is not None
        and nxt.lower_.rstrip(".") in MONTHS
        and nxt.text[:1].isupper()
        and text.isdigit()
        and int(text) <= 31
    ):
        return True
    if nxt is not None and nxt.lower_ in _CLOCK:
        return True
    if day_of_month(doc, i, end, limit, floor) or listed_day(doc, i, end, limit, floor):
        return True
    if (
        nxt is not None
        and nxt.text == ":"
        and "," not in text
        and end == i + 1
        and not _key_figure(doc, i, nxt)
    ):
        # "10 : 30", "Step 2:", but not "cancelled 1,020: 610 on the red line" nor a sum
        # with its scale word before the colon ("will cost $46.2 million: $14.1 million ...")
        return True
    if text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100:
        modifies_plural = (
            tok.dep_ == "nummod"
            and tok.head.tag_ == "NNS"
            and tok.head.i > tok.i
            and tok.ent_type_ != "DATE"
        )
        if not modifies_plural:
            return True
    if text.isdigit() and len(text) >= 2 and text.startswith("0"):
        return True
    if (
        prev is not None
        and prev.text in ("-", "–", "/")
        and not doc[i - 2].whitespace_
        and i - 2 >= floor
        and doc[i - 2].text[:1].isdigit()
    ):
        return True  # the second half of a score (2-2), a season (2014-15) or a date (20-24)
    if (
        prev is not None
        and prev.text == "("
        and nxt is not None
        and nxt.text == ")"
        and text.isdigit()
        and not _bracketed_count(doc, i, floor)
    ):
        return True
    if (
        tok.lower_ in UNIT_WORDS
        and nxt is not None
        and nxt.text == "-"
        and end + 1 < limit
        and doc[end + 1].lower_ not in UNIT_TOKENS
        and doc[end + 1].lower_ not in TIME_UNITS
        and not _is_num_token(doc[end + 1])
    ):
        return True  # "six-speed", "four-door": part of a compound adjective, not "four-month"
    if prev is not None and prev.lower_ in ("aged", "ages", "age"):
        # "adults of working age 47%": a share after the age noun is the group's share
        return nxt is None or (nxt.text not in ("%", "percent") and nxt.lower_ != "per")
    if text in _EMERGENCY_NUMBERS and nxt is not None and nxt.lower_ in _SERVICE_NOUNS:
        return True  # "999 calls", "the 911 line": the number dialled, not a count
    if text in _EMERGENCY_NUMBERS and prev is not None and prev.lower_ in _DIALLING:
        return True  # "Please call 999 only if", "dialled 911": the number dialled
    if (
        text in _EMERGENCY_NUMBERS
        and prev is not None
        and prev.lower_ == "to"
        and i - 2 >= floor
        and doc[i - 2].lower_ in ("call", "calls", "callers")
    ):
        return True  # "Calls to 999 rose to 3,912"
    if _age_said_of_a_group(doc, i, end, limit, floor):
        return True
    if _age_bound_of_people(doc, i, end, limit, floor):
        return True
    if _pronoun_one(doc, i, end, limit, floor):
        return True
    if _number_word_in_name(doc, i, end, limit, floor):
        return True  # "the Three Counties Growers' Association", "in Seven Dials"
    after = [t.lower_ for t in doc[end : min(limit, end + 3)] if t.text != "-"]
    if after[:2] in (["foot", "equivalent"], ["ft", "equivalent"]):
        return True  # "twenty-foot equivalent units": the name of a container unit
    if tok.lower_ == "one" and nxt is not None and nxt.lower_ in ("another", "day", "time"):
        return True
    if (
        prev is not None
        and prev.text == "Year"
        and not prev.is_sent_start
        and text.isdigit()
        and int(text) <= 13
    ):
        return True  # "Year 7 places", "Year 11 pupils": a school year's name, no count
    if _a_rating(doc, i, text, prev, nxt, floor):
        return True  # "38% held a rating of 5", "29% were rated 4": a mark on a scale
    if (
        prev is not None
        and prev.lower_ in _ID_WORDS
        and not prev.text[:1].isdigit()
        and not (prev.text[:1].isupper() and "," in text)
        and prev.tag_ not in ("VB", "VBD", "VBP", "VBZ")  # "to bus 3,150 pupils": a verb
        and not ("," in text and nxt is not None and nxt.tag_ == "NNS")
        and text[:1] not in ("-", "+", "−")
        and not (nxt is not None and nxt.text == "%")
    ):
        return True  # "Gate 12", not "Mill Lane 2,400" in a list of names and figures
    plain = text.isdigit() or tok.lower_ in UNIT_WORDS
    counts_plural = (  # "of the 210 rhinos": a count the tagger may call a product
        nxt is not None
        and nxt.tag_ == "NNS"
        and (prev is None or prev.pos_ in ("DET", "ADP", "PRON", "VERB", "AUX", "CCONJ"))
    )
    if (
        plain
        and tok.ent_type_ in _ID_ENTS
        and not counts_plural
        and _unit_after(doc, end, limit, "")[0] is None
        and not _named_list_figure(doc, i, end, limit, floor)
        and not _bare_subject(tok, prev)
    ):
        return True  # "Model 3", not "a larger 570 sq m space" the tagger called a product
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and plain
        and prev.whitespace_
        and prev.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT")
        and prev.lower_ not in CURRENCY_SYMBOLS  # "EUR 21 million into the Grand Tallis"
        and (nxt is None or nxt.lower_ not in UNIT_TOKENS)
        and not _named_list_figure(doc, i, end, limit, floor)
    ):
        return True
    if (
        nxt is not None
        and nxt.text in ("-", "/")
        and end + 1 < limit
        and doc[end + 1].text.isdigit()
        and end + 2 < limit
        and doc[end + 2].text in ("-", "/")
    ):
        return True  # 555-123-4567, 11/9/2024
    return bool(
        prev is not None
        and prev.text in ("-", "/", "(")
        and i - 2 >= floor
        and doc[i - 2].text.isdigit()
        and (i - 3 < floor or doc[i - 3].text in ("-", "/"))
    )


#: Words before "one" that make it a pronoun standing for a noun ("the first one", "each
#: one", "a new one"), not the figure 1.
_ONE_PRONOUN_BEFORE = frozenset(
    ("the", "a", "an", "each", "every", "another", "this", "that", "which", "any", "no")
)


def _pronoun_one(doc: Doc, i: int, end: int, limit: int, floor: int) -> bool:
    """ "households that requested one", "the first one since 2019", "each one costs £4":
    "one" standing in for a noun named before is a pronoun, no count. Only the bare word:
    "one of the 12 wards", "one in five" and "one million" stay figures."""
    tok = doc[i]
    if tok.lower_ != "one" or end != i + 1:
        return False
    nxt = doc[end] if end < limit else None
    if nxt is not None and (
        nxt.lower_ in ("of", "in", "out", "and", "or", "to")
        or nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")
        or nxt.lower_ in UNIT_WORDS
        or nxt.lower_ in SCALES
    ):
        return False  # "one of", "one in five", "one resident", "one million"
    prev = doc[i - 1] if i > floor else None
    if prev is not None and prev.pos_ == "ADJ" and i - 2 >= floor:
        prev = doc[i - 2]  # "the first one", "a new one"
    if prev is not None and prev.lower_ in _ONE_PRONOUN_BEFORE:
        return True
    return (
        tok.dep_ == "dobj"
        and prev is not None
        and prev.pos_ in ("VERB", "AUX")
        and (nxt is None or nxt.is_punct)
    )  # "households that requested one."


def _number_word_in_name(doc: Doc, i: int, end: int, limit: int, floor: int) -> bool:
    """A capitalised number word that opens a capitalised multi-word name ("the Five Rivers
    Trust", "volunteers in Seven Dials"): part of the name, not a figure.

    Mid-sentence, after a lower-case word, English capitalises a number word only inside a
    name, so the rule needs no list of names. A title-case line capitalises the word before
    it too, and a sentence's first word is capitalised anyway ("Three people were hurt"), so
    both stay figures; so does a capitalised scale or unit after it ("Three Million").
    """
    tok = doc[i]
    if end != i + 1 or i <= floor or end >= limit or tok.text[:1].isdigit():
        return False
    prev, nxt = doc[i - 1], doc[end]
    return (
        tok.text[:1].isupper()
        and tok.lower_ in UNIT_WORDS
        and prev.text[:1].islower()
        and nxt.text[:1].isupper()
        and nxt.is_alpha
        and nxt.lower_ not in UNIT_WORDS
        and nxt.lower_ not in SCALES
        and nxt.lower_ not in UNIT_TOKENS
        and nxt.lower_ not in TIME_UNITS
    )


def _named_list_figure(doc: Doc, i: int, end: int, limit: int, floor: int) -> bool:
    """ "By crossing: Tel Amir 640; Bab Sulim 420; ...": a bare number right after a name,
    in a list after a colon, where the name opens an item and the number closes it, is
    that name's figure, not an identifier such as "Gate 12" or "Model 3". The item before
    the last may end in "and" ("Liberal Democrats 9 and independents 4")."""
    if end >= limit or doc[end].lower_ not in (";", ",", "and"):
        return False
    k = i - 1
    while k > floor and (doc[k].pos_ == "PROPN" or doc[k].text[:1].isupper()) and i - k <= 4:
        k -= 1
    if doc[k].text not in (":", ";", ","):
        return False
    return any(t.text == ":" for t in doc[floor : k + 1])


def _bracketed_count(doc: Doc, i: int, floor: int) -> bool:
    """Whether a bare "(41)" gives the size of the common noun phrase before it ("open play
    (41), set pieces (17)"), as breakdowns write it, rather than an age after a name
    ("Dean Mott (41)"), a list marker ("(2) the council...") or a reference."""
    if i - 2 < floor:
        return False  # "(1)" opening the sentence: a list marker
    before = doc[i - 2]
    if before.pos_ == "PROPN" and (before.ent_type_ in _HOLDER_ENTITIES or _past_an_age(doc[i])):
        return True  # "split between Leeds (500), York (400) and Hull (200)": no age
    if before.pos_ in ("PROPN", "NUM", "PUNCT", "SYM", "SPACE") or before.like_num:
        return False
    if before.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LAW", "WORK_OF_ART"):
        return False
    return before.pos_ in ("NOUN", "ADJ")


#: Names that hold a count in a breakdown (places, bodies, parties), never a person's age.
_HOLDER_ENTITIES = frozenset(("GPE", "LOC", "FAC", "ORG", "NORP"))


def _past_an_age(tok: Token) -> bool:
    """A bracketed number no age can be: over 120 (and no year), or with a separator."""
    if "," in tok.text:
        return True
    return tok.text.isdigit() and int(tok.text) > 120 and not 1800 <= int(tok.text) <= 2100


def _digit_chains(doc: Doc, floor: int, limit: int) -> set[int]:
    """Tokens of 555-123-4567 or 11/9/2024: three or more digit groups joined by - / or ."""
    out: set[int] = set()
    k = floor
    while k < limit:
        if doc[k].text.isdigit() or _dialling_code(doc, k):
            j = k
            while (
                j + 2 < limit
                and doc[j + 1].text in ("-", "/", ".")
                and doc[j + 2].text.isdigit()
                and not doc[j].whitespace_
            ):
                j += 2
            if j - k >= 4:
                out.update(range(k, j + 1))
            elif j == k and _dialling_code(doc, k):
                # "0800 55 1020", "+44 20 7946 0321": groups after a leading zero or a
                # plus sign, apart by spaces, are one phone number
                while j + 1 < limit and doc[j].whitespace_ == " " and _digit_group(doc[j + 1]):
                    j += 1
                if j > k:
                    out.update(range(k, j + 1))
            elif j == k and _called_number(doc, k, floor):
                # "call customer service on 1300 362 614": bare groups after a word of calling
                while j + 1 < limit and doc[j].whitespace_ == " " and _digit_group(doc[j + 1]):
                    j += 1
                if j - k >= 2:
                    out.update(range(k, j + 1))
            k = j + 1
        else:
            k += 1
    return out


def _dialling_code(doc: Doc, k: int) -> bool:
    """A number that opens a phone number: a leading zero ("0800") or a plus ("+44")."""
    text = doc[k].text
    if text.startswith("+"):
        return text[1:].isdigit() and 1 <= len(text) - 1 <= 3
    plus = k > 0 and doc[k - 1].text == "+" and not doc[k - 1].whitespace_
    return text.isdigit() and len(text) >= 2 and (text.startswith("0") or plus)


#: Words that announce a number to dial ("call ... on", "the helpline, 1800 ...").
_CALLING_WORDS = frozenset(
    (
        "call",
        "ring",
        "phone",
        "telephone",
        "tel",
        "hotline",
        "helpline",
        "dial",
        "freephone",
        "text",
    )
)


def _called_number(doc: Doc, k: int, floor: int) -> bool:
    """A bare digit group that a word of calling shortly before makes a phone number's
    first group; three groups of digits in a row are otherwise a table row."""
    if not _digit_group(doc[k]):
        return False
    return any(t.lemma_.lower() in _CALLING_WORDS for t in doc[max(floor, k - 8) : k])


def _digit_group(tok: Token) -> bool:
    return tok.text.isdigit() and 2 <= len(tok.text) <= 4
