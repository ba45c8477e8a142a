"""A figure's rate: "a day", "per year", "every month", "weekly", and time per time.

Deciding which figure a rate phrase belongs to is most of the work: "a year earlier"
dates a figure and is no rate, "every month" later in the clause still counts, and a
rate after another figure or clause ("400 tickets, which it does every week") belongs
to that one. Also here: a rate phrase after "N to M" that makes it a range of a rate,
and "600 hours a week", a length of time per a longer one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["TIME_NOUNS", "label_rate", "per_other_unit", "population_base"]

#: Nouns of time: "a day", "a season" after a figure make a rate over time, not per a thing.
TIME_NOUNS = frozenset(
    ("day", "week", "month", "year", "hour", "minute", "season", "quarter", "weekend", "decade")
)


#: Short forms after a slash that the unit tables spell otherwise ("£205/t", "$80/bbl").
_SLASH_UNITS = {"t": "tonne", "bbl": "barrel", "hd": "head"}


def per_other_unit(span: Span) -> str | None:
    """ "roughly 85 tonnes a hectare", "4,100 euros per pupil", "2,100 euros each": a ratio
    to something other than time, and the noun it is per ("hectare", "each"). It is no
    total, part or level of what it counts: a price, a yield or a dose."""
    doc, k = span.doc, span.end
    steps = 0
    while (
        k < len(doc)
        and steps < 4
        and (doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k].lower_ in ("of", "the"))
    ):
        k, steps = k + 1, steps + 1  # the counted noun: "tonnes of salt", "euros in fees"
    if k + 1 < len(doc) and doc[k].text == "/" and not doc[k].whitespace_:
        written = doc[k + 1].lower_.rstrip(".")  # the tokenizer may keep a full stop on it
        return _SLASH_UNITS.get(written, written) if written.isalpha() else None  # "£205/t"
    if (
        k + 3 < len(doc)
        and doc[k].text == "-"
        and doc[k + 1].lower_ in ("a", "an", "per")
        and doc[k + 2].text == "-"
        and doc[k + 3].is_alpha
        and doc[k + 3].lemma_.lower() not in TIME_NOUNS
    ):
        return str(doc[k + 3].lemma_).lower()  # "£140-a-tonne": an adjective of the price
    if k >= len(doc) or doc[k].lower_ not in ("a", "an", "per", "each", "apiece"):
        return None
    if doc[k].lower_ in ("each", "apiece"):
        ends = k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in ("CCONJ", "ADP")
        return "each" if ends else None
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    base = _population_base(doc, k)
    if base is not None:
        return base[0]
    if nxt is None or nxt.lower_ in ("cent", "annum"):
        return None  # "per cent", "per annum"
    if nxt.lower_ in ("capita", "head"):
        return str(nxt.lemma_).lower()
    head = nxt
    while head.dep_ == "compound" and head.i < head.head.i <= nxt.i + 3:
        head = head.head  # "per home league match": the item is the match, not the home
    if (
        nxt.tag_ == "NN"
        and head is not nxt
        and head.tag_ == "NN"
        and all(t.dep_ == "compound" for t in doc[nxt.i : head.i])
    ):
        if head.lemma_.lower() in TIME_NOUNS:
            return None  # "per school day": a rate over time, which ``per`` holds
        return " ".join([t.lower_ for t in doc[nxt.i : head.i]] + [head.lemma_.lower()])
    if nxt.tag_ == "NN" and nxt.lemma_.lower() not in TIME_NOUNS:
        return str(nxt.lemma_).lower()
    return None


def population_base(span: Span) -> int | None:
    """The token after "per 100,000 residents" when a figure is a rate per so many people
    or things ("41.2 per 100,000 residents", "12 cases per 1,000 births"), or None. The
    100,000 is the base of the rate, not a figure of its own."""
    doc, k = span.doc, span.end
    steps = 0
    while k < len(doc) and steps < 3 and doc[k].pos_ in ("NOUN", "ADJ"):
        k, steps = k + 1, steps + 1
    if k < len(doc) and doc[k].lower_ in ("per", "every"):
        base = _population_base(doc, k)
        if base is not None:
            return base[1]
    return None


def _population_base(doc: Doc, per: int) -> tuple[str, int] | None:
    """("100,000 residents", the token after it) for "per 100,000 residents" at ``per``."""
    if per + 2 >= len(doc) or doc[per].lower_ not in ("per", "every"):
        return None
    first, at = doc[per + 1], per + 2
    if not (first.text[:1].isdigit() or first.lower_ in ("hundred", "thousand", "million")):
        return None
    if doc[at].lower_ in ("thousand", "million") and at + 1 < len(doc):
        at += 1  # "per 1 million people"
    noun = doc[at]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in TIME_NOUNS:
        return None
    number = doc[per + 1 : at]
    return f"{number.text} {noun.lower_}", noun.i + 1


def _adjective_rate(noun: Token) -> str | None:
    """ "Weekly dengue cases have stayed between 800 and 1,200": a rate adjective on the
    subject a figure counts is the figure's rate."""
    for c in noun.children:
        # a capitalised "Daily" opening a sentence is often parsed as a compound
        if c.dep_ in ("amod", "compound") and _PER_WORDS.get(c.lower_) and not _one_period_of(c):
            return _PER_WORDS[c.lower_]
    return None


def subject_rate(doc: Doc, num: int, counted: int | None) -> str | None:
    """ "Monthly sales have stayed between £1.2m and £1.5m", "Daily ridership has ranged
    from 40,000 to 55,000": a rate adjective on the subject of the figure's verb is the
    figure's rate when the subject is what the figure measures or does what it counts
    ("Daily sailings carried between 900 and 1,400 passengers"), not when it only tells
    the figure ("the weekly bulletin showed 1,940 new cases" is no weekly rate of cases)."""
    verb = next((t for t in doc[num].ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    if counted not in (None, subjects[0].i) and str(verb.lemma_).lower() in _TELLING_VERBS:
        return None  # the bulletin is weekly, not the cases it shows
    return _adjective_rate(subjects[0])


#: Verbs by which a subject tells a figure rather than doing what it counts: "the weekly
#: bulletin showed 1,940 cases" (against "daily sailings carried 900 to 1,400 passengers").
_TELLING_VERBS = frozenset(
    (
        "show", "report", "record", "reveal", "list", "publish", "find", "indicate",
        "count", "log", "say", "suggest", "estimate", "put", "give", "cite", "note",
    )
)  # fmt: skip


def _one_period_of(adjective: Token) -> bool:
    """ "the highest daily count", "a record weekly total": a rate adjective on a noun that a
    superlative or "record" singles out names one day's (or week's) figure, not a rate."""
    noun = adjective.head
    return any(
        c.i != adjective.i
        and (c.tag_ in ("JJS", "RBS") or c.lower_ in ("record", "peak", "maximum", "busiest"))
        for c in noun.children
    )


_PER_WORDS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
    "nightly": "day",
    "hourly": None,
}
_PER_UNITS = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "annum": "year",
    "night": "day",
}


def _each_of_the(doc: Doc, k: int, m_last: int) -> bool:
    """ "kept between 180 and 240 of those services running on each of the five strike
    days": "each of the" and up to two words before a plural unit, later in the figure's
    clause, says the figure holds for every one of those days."""
    low = doc[k].lower_
    if not low.endswith("s") or low[:-1] not in _PER_UNITS:
        return False
    for j in range(max(m_last + 1, k - 5), k - 2):
        if [t.lower_ for t in doc[j : j + 3]] == ["each", "of", "the"]:
            return k - (j + 3) <= 2 and _one_clause(doc, m_last, j)
    return False


def _per(doc: Doc, m_first: int, m_last: int, anchor: int, limit: int, floor: int) -> str | None:
    """The rate: "a day", "per year", "every month", "monthly" near or governing the figure."""
    ancestors = {t.i for t in doc[anchor].ancestors}
    verb = next((t.i for t in doc[anchor].ancestors if t.pos_ in ("VERB", "AUX")), None)
    if (
        m_first >= 2
        and doc[m_first - 1].lower_ in ("but", "except")
        and doc[m_first - 2].lower_.rstrip("s") in _PER_UNITS
    ):
        return None  # "full every night but four": the nights left out, no rate
    steady = _in_and_out(doc, floor, limit, m_first, m_last)
    if steady is not None:
        return steady
    for k in range(floor, limit):
        low = doc[k].lower_
        unit: str | None = None
        if (
            low in _PER_UNITS
            and k > floor
            and (
                doc[k - 1].lower_ in ("a", "per", "each", "every", "an")
                or (
                    k - 1 > floor
                    and doc[k - 1].lower_ in _EVERY_ADJECTIVES
                    and doc[k - 2].lower_ in ("each", "every")
                )
            )
        ):
            if (
                doc[k - 1].lower_ in ("a", "an")
                and k + 1 < limit
                and doc[k + 1].lower_
                in (
                    "ago",
                    "earlier",
                    "later",
                    "before",
                    "after",
                    "on",
                )
                and not (k + 2 < limit and doc[k + 2].lower_ == "average")  # "a month on average"
                and not _on_ground(doc, k + 1, limit)
                and not _qualified_rate(doc, k + 1, limit)
            ):
                continue  # "a year earlier" dates a figure back ("a week since May" is a rate,
                # and so is "a day on average")
            if doc[k - 1].lower_ in ("a", "an") and k - 1 not in (
                m_last + 1,
                anchor + 1,
                _of_phrase_end(doc, anchor) + 1,
                _of_phrase_end(doc, m_last) + 1,
                _conjunct_end(doc, anchor) + 1,
            ):
                continue  # "a day" counts only right after the figure or the thing counted
            unit = _PER_UNITS[low]
        elif low in _PER_WORDS and _PER_WORDS[low] is not None:
            if k > m_last and doc[k].dep_ == "amod" and doc[k].head.i not in (anchor, m_last):
                continue  # "imports of $4.6 billion, leaving a monthly surplus": another noun's
            if _one_period_of(doc[k]):
                continue  # "The highest daily count, 118 cases, was recorded on March 19"
            unit = _PER_WORDS[low]
        elif k > m_last and _each_of_the(doc, k, m_last):
            return _PER_UNITS[low[:-1]]  # "180 to 240 services on each of the five strike days"
        if unit is None:
            continue
        near = m_last < k <= m_last + 4 or m_first - 3 <= k < m_first
        near = near or (anchor > m_last and k - 1 == anchor + 1)  # "12 near-Earth asteroids a week"
        near = near or (
            k - 1 == _conjunct_end(doc, anchor) + 1 > anchor + 1
        )  # "cakes and loaves a month"
        every_at = k - 2 if doc[k - 1].lower_ in _EVERY_ADJECTIVES and k >= 2 else k - 1
        if (
            doc[every_at].lower_ in ("each", "every")
            and _same_clause(doc, m_last, k)
            and not _restated_between(doc, m_last, every_at)
        ):
            return unit  # "record 40 to 60 pairs of puffins on the island each year", "in
            # every full month"
        if doc[k - 1].lower_ in ("each", "every", "per") and _one_clause(doc, m_last, k - 1):
            return unit  # "1,200 patients are added to the list at Kingsmead every month"
        if (
            k > m_last
            and any(_spaced_dash(doc, t) for t in range(m_last + 1, k))
            and not _opens_its_line(doc, m_first)
        ):
            continue  # "raised £380,000 ourselves - a sponsored walk every year": the aside's
            # ("280 to 410 - the range of complaints each month": a key figure's label)
        if k > m_last and any(doc[t].lower_ in _CLAUSE_OPENERS for t in range(m_last + 1, k)):
            continue  # "400 tickets, which it does every week": the rate of another clause
        if k > m_last and _restated_between(doc, m_last, k):
            continue
        head = doc[k].head.i
        governed = (
            head in (anchor, doc[anchor].head.i, verb) and head in ancestors
        ) or head == anchor
        if near or governed or _next_verb(doc, max(m_last, anchor), k) == head:
            return unit
    return None


def label_rate(doc: Doc, start: int, floor: int) -> str | None:
    """ "Average incidents per week: 310": the rate a key-figures label states for the
    figure after its colon, also when the parse split the label off into a sentence of its
    own. Only "per", "a", "each" or "every" and a unit of time: "Lowest monthly mean: 29"
    gives a month's level, not a rate."""
    if start > floor and doc[start - 1].text == ":":
        label = doc[floor : start - 1]
    elif (
        start == floor > 0 and doc[start - 1].text == ":" and "\n" not in doc[start - 1].whitespace_
    ):
        label = doc[doc[start - 1].sent.start : start - 1]
    else:
        return None
    words = [t.lower_ for t in label]
    if not words or "\n" in label.text:
        return None
    for k, word in enumerate(words):  # not "monthly": "Lowest monthly mean: 29" is a level
        if word in _PER_UNITS and k > 0 and words[k - 1] in ("a", "per", "each", "every", "an"):
            return _PER_UNITS[word]
    return None


_DASHES = frozenset(("-", "\u2013", "\u2014"))


def _opens_its_line(doc: Doc, m_first: int) -> bool:
    """Whether the figure opens its line (a bullet aside), as a key figure before its label
    does: "280 to 410 - the range of complaints received each month"."""
    for t in range(m_first - 1, -1, -1):
        tok = doc[t]
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            return True
        if tok.text not in _BULLETS:
            return False
    return True


_BULLETS = _DASHES | {"\u2022", "*"}


def _spaced_dash(doc: Doc, t: int) -> bool:
    """A dash set off by spaces (an aside), not the hyphen of "low-orbit"."""
    return doc[t].text in _DASHES and bool(doc[t].whitespace_) and bool(doc[t - 1].whitespace_)


def _in_and_out(doc: Doc, floor: int, limit: int, m_first: int, m_last: int) -> str | None:
    """ "Week in, week out, we are carrying around 2,300 passengers": the idiom says the
    figure recurs every such unit, when it opens the figure's clause or closes it."""
    for k in range(floor, limit - 4):
        unit = _PER_UNITS.get(doc[k].lower_)
        if (
            unit is None
            or doc[k + 1].lower_ != "in"
            or doc[k + 2].text != ","
            or doc[k + 3].lower_ != doc[k].lower_
            or doc[k + 4].lower_ != "out"
        ):
            continue
        end = k + 5 if k + 5 < len(doc) and doc[k + 5].text == "," else k + 4
        if end < m_first and _one_clause(doc, end, m_first):
            return unit
        stop = k - 1 if doc[k - 1].text == "," else k  # "300 loaves, day in, day out"
        if k > m_last and _one_clause(doc, m_last, stop):
            return unit
    return None


def _restated_between(doc: Doc, after: int, until: int) -> bool:
    """Whether a comma and then another figure come between the figure and a rate phrase:
    "rehomed 1,260 dogs last year, about two dozen every week" gives the rate to the
    figure that restates the first per unit of time, not to both."""
    comma = next((t for t in range(after + 1, until) if doc[t].text == ","), None)
    return comma is not None and any(doc[t].like_num for t in range(comma + 1, until))


def _qualified_rate(doc: Doc, at: int, limit: int) -> bool:
    """ "£200 a year before using a single unit", "£30,000 a year before tax": "before" or
    "after" with words after it qualifies the rate; only "a year before." at a clause's end
    dates a figure back."""
    return (
        doc[at].lower_ in ("before", "after")
        and at + 1 < limit
        and not doc[at + 1].is_punct
        and doc[at + 1].pos_ not in ("CCONJ", "SCONJ")
    )


def _on_ground(doc: Doc, on: int, limit: int) -> bool:
    """ "450 tonnes of salt a night on 1,100 miles of road", "40 flights a day on the
    route": "on" after "a day" opening a noun phrase names where the rate holds; only "a
    year on" alone, or "a year on from ...", dates a figure back."""
    if doc[on].lower_ != "on" or on + 1 >= limit:
        return False
    nxt = doc[on + 1]
    return nxt.pos_ in ("DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON") and nxt.lower_ != "from"


def _of_phrase_end(doc: Doc, anchor: int) -> int:
    """The last token of "of <noun>" after the thing counted ("2,100 grants of citizenship
    a month", "2,400 tonnes of concentrate a week"), or the anchor itself."""
    if anchor + 1 < len(doc) and doc[anchor + 1].lower_ == "of":
        objects = [c for c in doc[anchor + 1].children if c.dep_ == "pobj"]
        if objects:
            return objects[0].i
    return anchor


def _conjunct_end(doc: Doc, anchor: int) -> int:
    """The last token of a noun phrase of coordinated things counted together ("1,300
    ebooks and audiobooks a month", "40 calls and texts a day"): a rate after the last
    conjunct is the whole phrase's. The anchor itself when nothing is joined to it."""
    last = anchor
    tok = doc[anchor]
    for _ in range(3):
        joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if not joined:
            break
        tok = joined[-1]
        last = tok.i
    # the parser may hang the second noun on the verb: "selling 1,900 cakes and loaves a
    # month"; a plural noun right after "and"/"or" still ends the phrase
    if (
        last == anchor
        and anchor + 2 < len(doc)
        and doc[anchor + 1].lower_ in ("and", "or")
        and doc[anchor + 2].tag_ in ("NNS", "NNPS")
    ):
        last = anchor + 2
    return last


def _same_clause(doc: Doc, after: int, until: int) -> bool:
    """Whether nothing between the figure and a distributive "each year" starts another
    clause or figure: no verb, number or clause punctuation."""
    return all(
        not doc[t].like_num and doc[t].pos_ not in ("VERB", "AUX") and doc[t].text not in ",;:"
        for t in range(after + 1, until - 1)
    )


#: Words that open another clause between a figure and a later rate phrase.
_CLAUSE_OPENERS = frozenset(
    (
        "that",
        "which",
        "who",
        "whom",
        "where",
        "while",
        "whereas",
        "but",
        "because",
        "although",
        "though",
        "when",
        "if",
        "unless",
        "so",
        "after",
        "before",
        "since",
        "until",
    )
)


def _one_clause(doc: Doc, after: int, until: int) -> bool:
    """Whether the tokens between the figure and a distributive rate phrase ("every
    month") stay in the figure's clause, read linearly rather than from the parse (which
    often hangs a late "every month" from the reporting verb): verbs may come between,
    but no other figure, clause punctuation or word opening another clause."""
    if until - after > 16:
        return False
    return all(
        not doc[t].like_num
        and doc[t].text not in ",;:()\u2013\u2014-"
        and not doc[t].is_space
        and doc[t].lower_ not in _CLAUSE_OPENERS
        for t in range(after + 1, until)
    )


_RATE_WORDS = frozenset(("a", "an", "per", "every", "each"))
#: Words between "every" and a unit of time that keep the rate: "every full month".
_EVERY_ADJECTIVES = frozenset(("full", "single", "complete", "calendar", "whole"))
_RATE_TIMES = frozenset(("hour", "day", "night", "week", "month", "year", "shift", "season"))


def _rate_ahead(doc: Doc, k: int, limit: int) -> bool:
    """ "advances 12 to 15 metres a day": a rate phrase right after the second figure makes
    "N to M" the range of a rate, not a change to a new level ("rose 3 to 45")."""
    for t in range(k + 1, min(k + 6, limit - 1)):
        if doc[t].is_punct or doc[t].like_num:
            return False
        if doc[t].lower_ in _RATE_WORDS and doc[t + 1].lemma_.lower() in _RATE_TIMES:
            return True
    return False


def _next_verb(doc: Doc, after: int, until: int) -> int | None:
    """The first verb after the figure, when the rate phrase follows it with no other figure
    between: "between 2,500 and 3,000 workers have joined the stoppage every month" even
    when the parser hangs "workers" from an earlier "said"."""
    for t in range(after + 1, until):
        if doc[t].like_num or doc[t].lower_ in _CLAUSE_OPENERS:
            return None  # another figure, or another clause ("400 tickets, which it does")
        if doc[t].pos_ == "VERB":
            return t
    return None


#: Time units from the shortest; a rate of time is a unit per a longer one.
_TIME_ORDER = ("second", "minute", "hour", "day", "week", "month", "year")


def _time_rate(doc: Doc, end: int, limit: int, unit: str) -> str | None:
    """ "600 hours a week", "20 minutes per day", "40 hours weekly": a length of time per a
    longer time unit is a rate of hours (or days...) worked, not a duration."""
    if end >= limit:
        return None
    low = doc[end].lower_
    per: str | None = None
    if low in ("a", "an", "per", "each", "every") and end + 1 < limit:
        per = _PER_UNITS.get(doc[end + 1].lower_)
    elif low in _PER_WORDS:
        per = _PER_WORDS[low]
    if per is None or unit not in _TIME_ORDER:
        return None
    return per if _TIME_ORDER.index(per) > _TIME_ORDER.index(unit) else None
