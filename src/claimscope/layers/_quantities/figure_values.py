"""The value of a figure as spaCy tokenizes it: the numeral, fractions, proportions,
loose plurals and the approximator before it.

``numbers`` parses one string ("1.2", "two hundred"); this module reads tokens: a scale
glued on ("35m") or a currency prefix ("RM79"), a factor ("sixfold"), "a third" and
"one in five", "thousands of" (a loose interval, never a point), and the words before a
figure that bound it ("more than", "up to", but not "edged up to"; "over five days" is the
span a count covers). Each reader returns plain values and token offsets; ``mentions``
assembles them into a figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers._quantities.numbers import (
    FRACTIONS,
    SCALES,
    UNIT_WORDS,
    parse_digits,
    precision_of,
    words_value,
)
from claimscope.layers._quantities.units import TIME_UNITS, split_currency_prefix

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__: list[str] = []


#: Approximators before a figure, longest first, with the sign they give.
_APPROX: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (("more", "than"), ">"),
        (("over",), ">"),
        (("above",), ">"),
        (("in", "excess", "of"), ">"),
        (("upwards", "of"), ">"),
        (("greater", "than"), ">"),
        (("just", "over"), ">"),
        (("exceeding",), ">"),
        (("at", "least"), ">="),
        (("no", "fewer", "than"), ">="),
        (("no", "less", "than"), ">="),
        (("a", "minimum", "of"), ">="),
        (("less", "than"), "<"),
        (("fewer", "than"), "<"),
        (("under",), "<"),
        (("below",), "<"),
        (("just", "under"), "<"),
        (("up", "to"), "<="),
        (("at", "most"), "<="),
        (("no", "more", "than"), "<="),
        (("a", "maximum", "of"), "<="),
        (("as", "many", "as"), "<="),
        (("as", "much", "as"), "<="),
        (("about",), "~"),
        (("around",), "~"),
        (("roughly",), "~"),
        (("approximately",), "~"),
        (("nearly",), "~"),
        (("almost",), "~"),
        (("some",), "~"),
        (("an", "estimated"), "~"),
        (("estimated",), "~"),
        (("close", "to"), "~"),
        (("circa",), "~"),
        (("approx.",), "~"),
        (("approx",), "~"),
        (("around", "about"), "~"),
        (("some", "estimated"), "~"),
        (("an", "approximate"), "~"),
        (("about", "a"), "~"),
        (("roughly", "a"), "~"),
    ],
    key=lambda item: -len(item[0]),
)


def _after_dollar(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text == "$"


def _glued_figure(tok: Token) -> bool:
    """ "RM79", "$US113", "RM3.06mil", "~1.2", "sub-300", "minus-260": digits behind
    letters or signs."""
    if not any(ch.isdigit() for ch in tok.text):
        return False
    if split_currency_prefix(tok.text, _after_dollar(tok)) is not None:
        return True
    return parse_digits(tok.text) is not None


def _is_num_token(tok: Token) -> bool:
    low = tok.lower_
    if (tok.text[:1].isalpha() or tok.text[:1] == "~") and any(ch.isdigit() for ch in tok.text):
        return _glued_figure(tok)
    if _fold(low) is not None:
        return True
    if low in UNIT_WORDS or low in (
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
    ):
        return True
    return tok.text[:1].isdigit()


def _numeral(doc: Doc, i: int, limit: int) -> tuple[float, int, float, str] | None:
    """(value, end, precision, glued-suffix) of the numeral starting at token i."""
    tok = doc[i]
    first = parse_digits(tok.text)
    digits, cur_glued = tok.text, ""
    if first is None and tok.text[:1].isalpha():
        split = split_currency_prefix(tok.text, _after_dollar(tok))
        if split is not None:
            code, digits = split
            first, cur_glued = parse_digits(digits), "cur:" + code
            if first is None or (first.suffix and not first.suffix.startswith("*")):
                return None
    fold = _fold(tok.lower_) if first is None else None
    if fold is not None:
        return fold, i + 1, 1.0, ""  # "grew sixfold": the factor is the figure
    if first is None and tok.lower_ not in UNIT_WORDS and tok.lower_ not in SCALES:
        return None
    if first is not None and first.suffix in ("st", "nd", "rd", "th", "s", "am", "pm", "ers"):
        return None
    if first is not None and first.suffix == "p" and tok.lower_ in _RESOLUTIONS:
        return None  # "1080p video": a resolution, not pence
    if first is not None and first.suffix == "mil":
        first = first._replace(value=first.value * 1e6, suffix="*m")
        return None
    words = [tok.text]
    j = i + 1
    if (
        first is not None
        and not first.suffix
        and j < limit
        and not tok.whitespace_
        and _glued_scale(doc, j, limit) is not None
        and not (j + 1 < limit and doc[j + 1].lower_ in _SPRINT)
    ):
        scale = SCALES[_glued_scale(doc, j, limit) or ""]
        return first.value * scale, j + 1, precision_of(digits) * scale, cur_glued
    if first is None or not first.suffix:
        while j < limit:
            low = doc[j].lower_
            nxt = doc[j + 1].lower_ if j + 1 < limit else ""
            if (low in SCALES and low not in ("k", "m", "b")) or (
                low in UNIT_WORDS and first is None
            ):
                words.append(low)
                j += 1
            elif (
                low in ("and", "-")
                and first is None
                and (nxt in UNIT_WORDS)
                and words[-1].lower() in ("hundred", "thousand", *_TENS_WORDS)
            ):
                j += 1
            else:
                break
    if first is not None and first.suffix:
        if first.suffix.startswith("*"):
            return first.value, j, precision_of(digits) * SCALES[first.suffix[1:]], cur_glued
        return first.value, j, precision_of(digits), first.suffix
    value = words_value([digits, *words[1:]]) if first is not None else words_value(words)
    if value is None:
        return None
    part = _and_a_part(doc, j, limit) if len(words) == 1 and value < 100 else None
    if part is not None:
        # "two and a half hours", "one and a half million voters"
        frac, j = part
        after = doc[j].lower_ if j < limit else ""
        if after in SCALES and after not in ("k", "m", "b"):
            return (value + frac) * SCALES[after], j + 1, frac * SCALES[after], cur_glued
        return value + frac, j, frac, cur_glued
    if cur_glued:
        prec = precision_of(digits)
        for w in words[1:]:
            prec *= SCALES.get(w, 1.0)
        return value, j, prec, cur_glued
    prec = precision_of(tok.text) if first is not None else 1.0
    for w in words[1:]:
        if w in SCALES:
            prec *= SCALES[w]
    if first is None and value >= 100:
        prec = 10 ** (len(str(int(value))) - len(str(int(value)).rstrip("0")))
    return value, j, prec, ""


#: "and a half" after a whole number, and its kin: the part added.
_AND_PARTS = {("a", "half"): 0.5, ("a", "quarter"): 0.25, ("three", "quarters"): 0.75}


def _and_a_part(doc: Doc, j: int, limit: int) -> tuple[float, int] | None:
    """(part, end) for "and a half" / "and a quarter" / "and three quarters" at token j."""
    if j + 2 >= limit or doc[j].lower_ != "and":
        return None
    frac = _AND_PARTS.get((doc[j + 1].lower_, doc[j + 2].lower_))
    return None if frac is None else (frac, j + 3)


def _fold(low: str) -> float | None:
    """ "sixfold", "ten-fold", "twofold": a factor written as one word."""
    if not low.endswith("fold"):
        return None
    value = UNIT_WORDS.get(low[:-4].rstrip("-"))
    return float(value) if value is not None and value >= 2 else None


def _glued_scale(doc: Doc, j: int, limit: int) -> str | None:
    """The scale glued after digits ("35m"), also when the tokenizer kept the sentence's
    full stop on it ("EUR50m.")."""
    low = doc[j].lower_
    if low in _GLUED_SCALES:
        return low
    if low.endswith(".") and low[:-1] in _GLUED_SCALES and j + 1 >= limit:
        return low[:-1]
    return None


#: Video resolutions, written like pence.
_RESOLUTIONS = frozenset(("240p", "360p", "480p", "576p", "720p", "1080p", "1440p", "2160p"))
_GLUED_SCALES = frozenset(("k", "m", "mn", "mln", "bn", "b", "bln", "tn", "trn"))
_SPRINT = frozenset(
    (
        "race",
        "sprint",
        "hurdles",
        "freestyle",
        "relay",
        "butterfly",
        "dash",
        "backstroke",
        "breaststroke",
        "-",
        "medley",
        "final",
        "title",
    )
)


_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _spans_after_noun(doc: Doc, start: int, floor: int) -> bool:
    """ "saw 310 patients over five days": "over" after a noun or figure opens the span of
    time the figure covers ("lasted over five days" is more than five)."""
    return (
        doc[start].lower_ == "over"
        and start - 1 >= floor
        and doc[start - 1].pos_ in ("NOUN", "PROPN", "NUM")
    )


def _approx_before(doc: Doc, i: int, floor: int) -> tuple[str, int]:
    for words, sign in _APPROX:
        n = len(words)
        if i - n >= floor and tuple(t.lower_ for t in doc[i - n : i]) == words:
            if words == ("up", "to") and _moved_up(doc, i - n, floor):
                return "=", i  # "imports edged up to $51.3 billion": where a change ended
            if words == ("up", "to") and _summed_up(doc, i - n, floor):
                return "=", i  # "17 goals and 9 assists add up to 26": what they total
            if words == ("over",) and _over_as_about(doc, i - 1, floor):
                return "=", i  # "spared jail over £48,200 fraud": what it was about
            return sign, i - n
    return "=", i


#: Verbs that "up" follows as a particle of movement: "edged up to", "ticked up to".
_MOVE_UP = frozenset(
    (
        "edge",
        "tick",
        "inch",
        "creep",
        "move",
        "go",
        "climb",
        "jump",
        "shoot",
        "push",
        "nudge",
        "revise",
        "bump",
        "drift",
        "rise",
        "rally",
        "bounce",
        "step",
        "ratchet",
        "crawl",
        "spike",
        "leap",
        "soar",
        "rocket",
        "pick",
        "head",
        "trend",
        "round",
    )
)


#: Words that "over" follows as "concerning", as headlines write it: "jailed over £2m
#: fraud", "row over 400 job cuts". Verbs whose object is often a count of people
#: ("arrested over 200 people", "fined over 40 drivers") are left out: there "over" is
#: "more than".
_OVER_ABOUT = frozenset(
    (
        "jail", "spare", "sentence", "convict", "quit", "resign", "probe", "row", "fury",
        "anger", "outrage", "concern",
        "question", "dispute", "clash", "battle", "fight", "inquiry", "investigation",
        "warning", "warn", "criticise", "criticize", "slam", "blast", "apologise",
        "apologize", "protest", "strike", "case", "trial", "claim", "lawsuit", "action",
    )
)  # fmt: skip


def _over_as_about(doc: Doc, over: int, floor: int) -> bool:
    """Whether "over" means "concerning" ("spared jail over £48,200 fraud", "row over 400
    job cuts"): after a word of dispute or punishment, with a noun right after the figure
    that the figure sizes."""
    if over <= floor or str(doc[over - 1].lemma_).lower() not in _OVER_ABOUT:
        return False
    after = doc[over + 1 :]
    return any(t.pos_ == "NOUN" for t in after[:4]) and not any(
        t.lower_ in ("than", "of") for t in after[:3]
    )


def _moved_up(doc: Doc, up: int, floor: int) -> bool:
    """Whether the "up" of "up to" is the particle of a verb of movement, so that the
    figure after "to" is a level reached, not a cap ("could fine up to £1,000")."""
    return up > floor and doc[up - 1].lemma_.lower() in _MOVE_UP


def _summed_up(doc: Doc, up: int, floor: int) -> bool:
    """Whether "up to" follows "add" or "tot" as the phrasal verb of totalling ("the two
    add up to 26", "which tots up to 310"), so that the figure is the sum, not a cap. After
    a modal or "to" the verb is adding more ("could add up to 300 jobs"): a cap."""
    if up <= floor or doc[up - 1].lemma_.lower() not in ("add", "tot"):
        return False
    before = doc[up - 2] if up - 2 >= floor else None
    return before is None or not (before.tag_ == "MD" or before.lower_ == "to")


def _fraction(doc: Doc, i: int, limit: int) -> tuple[float, int, int] | None:
    """ "a third", "two thirds", "half of", "one in five": (value, start, end) or None."""
    tok = doc[i]
    low = tok.lower_
    nxt = doc[i + 1].lower_ if i + 1 < limit else ""
    one_in = _one_in(doc, i, limit)
    if one_in is not None:
        return one_in
    numer = 1 if low in ("a", "one") else UNIT_WORDS.get(low)
    if (
        numer is not None
        and low not in ("a",)
        and nxt in ("-", "‑")
        and i + 2 < limit
        and doc[i + 2].lower_ in FRACTIONS
        and doc[i + 2].lower_ not in ("half", "halves")
        and doc[i + 1].idx == doc[i].idx + len(doc[i].text)
    ):
        return numer * FRACTIONS[doc[i + 2].lower_], i, i + 3  # "two-thirds", "one-fifth"
    if (
        low in ("a", "one", "two", "three", "four")
        and nxt in FRACTIONS
        and nxt != "half"
        and (
            (i + 2 < limit and doc[i + 2].lower_ in ("of", "the", "percent"))
            or (
                i > 0
                and doc[i - 1].lower_ in _SHARE_CUES
                and (i + 2 >= limit or doc[i + 2].is_punct)
            )
            or (_after_by(doc, i) and _change_end(doc, i + 2, limit))
        )
    ):
        numer = 1 if low in ("a", "one") else UNIT_WORDS[low]
        return numer * FRACTIONS[nxt], i, i + 2
    if (
        low == "half"
        and i > 1
        and doc[i - 1].lower_ == "a"
        and (
            doc[i - 2].lower_ == "by"
            or (i > 2 and doc[i - 3].lower_ == "by" and doc[i - 2].lower_ in _HALF_HEDGES)
        )
        and _change_end(doc, i + 1, limit)
    ):
        return 0.5, i - 1, i + 1  # "down by a half", "fell by about a half"
    if (
        low == "half"
        and i > 0
        and doc[i - 1].lower_ in ("nearly", "almost", "about", "roughly", "over", "under", "than")
        and (i + 1 >= limit or doc[i + 1].is_punct or doc[i + 1].pos_ in ("VERB", "AUX"))
    ):
        # "208 had suffered an attack - nearly half, ...", "less than half voted": the
        # approximator is read by the caller, so "just over half" is more than 0.5, not
        # 0.49-0.51
        return 0.5, i, i + 1
    if (
        low == "half"
        and nxt in ("of", "the", "a", "an", "their", "its", "all")
        and not (i > 0 and doc[i - 1].lower_ in ("second", "first", "the", "latter", "former"))
    ):
        start = i - 1 if i > 0 and doc[i - 1].lower_ in ("a", "one") else i
        return 0.5, start, i + 1
    return None


#: Approximators between "by" and "a half" ("fell by about a half"), read by the caller.
_HALF_HEDGES = frozenset(("about", "around", "roughly", "nearly", "almost", "some", "over"))


def _one_in(doc: Doc, i: int, limit: int) -> tuple[float, int, int] | None:
    """ "one in five", "two in five", "three out of four", "one of every ten", "7 in 10":
    a proportion written as two counts is one figure. Digits "out of" a count ("18 out of
    24 games") stay two figures, a part and its whole."""
    tok = doc[i]
    numer = words_value([tok.text]) if _is_num_token(tok) else None
    if not numer or not float(numer).is_integer() or i + 2 >= limit:
        return None
    words = [t.lower_ for t in doc[i + 1 : min(limit, i + 4)]]
    if words[1:2] == ["in"] and _noun_in_proportion(doc, i):
        k = i + 3  # "one complaint in four", "two households in five": the noun inside
    elif words[:1] == ["in"]:
        k = i + 2 + (1 if words[1:2] == ["every"] else 0)
    elif words[:2] == ["of", "every"] or (
        words[:2] == ["out", "of"] and (tok.lower_ == "one" or not tok.text[0].isdigit())
    ):
        k = i + 3
    else:
        return None
    if k >= limit or not _is_num_token(doc[k]) or doc[k].lower_ in ("a", "an"):
        return None
    denom = words_value([doc[k].text])
    if i > 0 and doc[i - 1].lower_ in ("top", "bottom"):
        return None  # "the top 10 in Europe": a rank, not a proportion
    if denom and denom > 10 and denom % 10 and _partitive_count(doc, k + 1, limit):
        return None  # "10 in 91 of the 93 countries": "91 of the 93" is a count; a proportion
        # is written over a round base ("one in five of the 300 pupils")
    if (
        not denom
        or not float(denom).is_integer()
        or not numer < denom <= 1000
        or (k + 1 < limit and doc[k + 1].lower_ in SCALES)
    ):
        return None
    return numer / denom, i, k + 1


def _noun_in_proportion(doc: Doc, i: int) -> bool:
    """ "one complaint in four", "one day in three": a number word, a bare common noun, then
    "in" and a number word ending the phrase; digits ("3 games in 10 days") are left to the
    other readings. A noun of time is a share of days only in the singular ("two days in
    five" may be a span: "two days in five weeks" is cut off by the noun after it)."""
    noun = doc[i + 1]
    if not doc[i].is_alpha or noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in TIME_UNITS and noun.lower_ != noun.lemma_.lower():
        return False
    if i + 3 >= len(doc) or not doc[i + 3].is_alpha or not _is_num_token(doc[i + 3]):
        return False
    # "one goal in five games": a count of goals over a count of games, no proportion
    if i + 4 >= len(doc) or doc[i + 4].pos_ not in ("NOUN", "PROPN"):
        return True
    # "one applicant in four qualifies": when the counted noun heads a sentence with no
    # verb, the tagger has read the verb's -s as a plural noun; that word is the verb
    return noun.dep_ == "ROOT" and doc[i + 4].tag_ == "NNS"


def _partitive_count(doc: Doc, k: int, limit: int) -> bool:
    """Whether tokens from k read "of (the|its|their) <number>": the figure before them is
    a part counted out of another figure, not the base of a proportion."""
    if k >= limit or doc[k].lower_ != "of":
        return False
    j = k + 1
    if j < limit and doc[j].lower_ in ("the", "its", "their", "all"):
        j += 1
    return j < limit and _is_num_token(doc[j]) and doc[j].lower_ not in ("a", "an", "one")


def _after_by(doc: Doc, i: int) -> bool:
    """Whether "by" (or a change noun's "of") opens the phrase of the figure at ``i``, an
    approximator between or not: "down by a third", "grew by almost a quarter", "by more
    than a fifth", "an increase of a fifth"."""
    k = i - 1
    for words, _ in _APPROX:  # longest first
        n = len(words)
        if k - n + 1 >= 0 and tuple(t.lower_ for t in doc[k - n + 1 : k + 1]) == words:
            k -= n
            break
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lemma_.lower() in _CHANGE_NOUNS:
        return True  # "an increase of a fifth", "a fall of almost a third"
    return k >= 0 and doc[k].lower_ == "by"


#: Nouns of a change whose size "of" gives: "an increase of a fifth".
_CHANGE_NOUNS = frozenset(
    (
        "increase",
        "rise",
        "fall",
        "drop",
        "decline",
        "decrease",
        "reduction",
        "cut",
        "jump",
        "growth",
    )
)


def _change_end(doc: Doc, k: int, limit: int) -> bool:
    """Whether "by a third" ends its phrase, as the size of a change does ("down by a third
    this year"), rather than ordering a noun ("by a third party"). A clause may follow it
    ("fall by a quarter as hiring slows", "down by a third amid the drought"), but not a
    comparison ("a third as many")."""
    if k >= limit or doc[k].is_punct or doc[k].is_space or doc[k].lower_ in _AFTER_CHANGE:
        return True
    if doc[k].lower_ not in _CLAUSE_OPENERS:
        return False
    return k + 1 >= limit or not (doc[k + 1].lower_ in ("many", "much") or doc[k + 1].pos_ == "ADJ")


_AFTER_CHANGE = frozenset(
    ("on", "in", "from", "since", "to", "over", "this", "last", "compared", "against", "after")
)
#: Words that open the clause or adjunct after a change's size: "as", "amid", "while".
_CLAUSE_OPENERS = frozenset(
    ("as", "amid", "amidst", "despite", "while", "whereas", "because", "but", "and", "with")
)


_VAGUE_PLURALS = {
    "dozens": (24.0, 144.0),
    "hundreds": (200.0, 1e3),
    "thousands": (2e3, 1e4),
    "millions": (2e6, 1e7),
    "billions": (2e9, 1e10),
}


def _vague_plural(doc: Doc, i: int, limit: int) -> tuple[float, float, int] | None:
    """ "thousands of", "tens of thousands of": a loose interval, never a point."""
    low = doc[i].lower_
    if (
        low in ("tens", "hundreds")
        and i + 2 < limit
        and doc[i + 1].lower_ == "of"
        and doc[i + 2].lower_ in _VAGUE_PLURALS
    ):
        base = _VAGUE_PLURALS[doc[i + 2].lower_][0] / 2
        mult = 10.0 if low == "tens" else 100.0
        return base * mult, base * mult * 10, i + 3
    if (
        low in _VAGUE_PLURALS
        and i + 1 < limit
        and doc[i + 1].lower_ == "of"
        and (i == 0 or doc[i - 1].lower_ not in ("of", "the"))
    ):
        lo, hi = _VAGUE_PLURALS[low]
        return lo / 2, hi, i + 1
    return None


#: Words before "a third" that make it a share even with no "of" after it.
_SHARE_CUES = frozenset(
    (
        "roughly",
        "about",
        "nearly",
        "almost",
        "around",
        "some",
        "approximately",
        "just",
        "over",
        "under",
        "or",
        ",",
        "than",
        "exactly",
        "barely",
        "only",
    )
)
