"""The thing a figure counts: "1,300 dock workers", "the number of deserters", "Admissions
were 4,100", "Complaints received: 312".

The parse often hangs the counted noun somewhere else, so several readers try in turn:
the noun the figure modifies, a noun phrase read left to right, "of the X", the subject
of a change or level verb, a copula's plural, a label before a colon. The change and
level verbs live here because the subject of such a verb is what a bare figure counts;
``mentions`` also reads them to tell a change ("rose from X to Y") from a range.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers._quantities.rates import _RATE_TIMES, TIME_NOUNS
from claimscope.layers._quantities.units import (
    CURRENCY_WORDS,
    TIME_UNITS,
    UNIT_TOKENS,
    currency_word,
)
from claimscope.layers._words import LEVEL_PREPS, LEVEL_VERBS, singular

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__: list[str] = []


_MODIFIER_STOP = frozenset(
    [
        "new",
        "more",
        "other",
        "additional",
        "further",
        "total",
        "estimated",
        "whopping",
        "staggering",
        "astonishing",
        "mere",
        "just",
        "only",
        "some",
        "record",
        "full",
        "extra",
        "last",
        "first",
        "next",
        "least",
        "many",
        "few",
        "several",
        "large",
        "small",
        "big",
        "huge",
        "high",
        "low",
        "average",
        "approximately",
        "roughly",
        "about",
        "nearly",
        "around",
        "such",
        "same",
        "own",
        "various",
        "overall",
        "entire",
        "whole",
        "annual",
        "monthly",
        "daily",
        "weekly",
        "yearly",
        "recent",
        "former",
        "current",
        "latest",
        "possible",
        "potential",
        "reported",
        "alleged",
        "official",
        "incredible",
        "massive",
        "impressive",
    ]
)
_WHOLE_NOUNS = frozenset(("number", "total", "tally", "count", "figure", "toll"))


_CHANGE_LEMMAS = frozenset(
    [
        "rise",
        "fall",
        "increase",
        "climb",
        "grow",
        "drop",
        "decline",
        "jump",
        "gain",
        "lose",
        "slip",
        "surge",
        "soar",
        "plunge",
        "tumble",
        "slide",
        "fall",
        "sink",
        "rally",
        "advance",
        "retreat",
        "dip",
        "edge",
        "shrink",
        "expand",
        "cut",
        "raise",
        "lower",
        "boost",
        "up",
        "down",
        "narrow",
        "widen",
        "ease",
        "double",
        "triple",
        "quadruple",
        "halve",
        "decrease",
        "reduce",
        "slump",
        "plummet",
        "swell",
        "leap",
        "dive",
        "dwindle",
    ]
)

#: Irregular forms of change verbs the lemmatizer leaves as they are ("shrunk", "dove").
_CHANGE_FORMS = frozenset(
    [
        "rose",
        "risen",
        "fell",
        "fallen",
        "grew",
        "grown",
        "shrank",
        "shrunk",
        "sank",
        "sunk",
        "slid",
        "lost",
        "dove",
        "swollen",
        "leapt",
    ]
)


def _is_change(tok: Token) -> bool:
    """Whether a token is a change word, through its lemma or its irregular form. "Fell
    ill", "falls asleep": "fall" before a word of the state entered says what became of
    the subject, not that a number went down."""
    if tok.lemma_.lower() == "fall" or tok.lower_ in ("fell", "fallen"):
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in _FALLEN_INTO:
            return False
    return tok.lemma_.lower() in _CHANGE_LEMMAS or tok.lower_ in _CHANGE_FORMS


#: States one falls into: "fell ill", "fell sick", "fell silent", "fell victim".
_FALLEN_INTO = frozenset(("ill", "sick", "asleep", "silent", "pregnant", "victim", "foul"))


#: Time adverbs the tagger sometimes reads as nouns right after a figure.
_DEICTIC = frozenset(("today", "tonight", "yesterday", "tomorrow", "now", "nowadays", "currently"))


#: Words opening a time phrase after a figure ("to 950 last quarter"), never its modifier.
_TIME_LEADS = frozenset(("last", "next", "past", "previous", "coming", "following"))


#: Nouns for a body of people whose size "of N" gives: "a family of four", "a team of 11".
_MEMBERSHIP_NOUNS = frozenset(
    ("family", "group", "party", "team", "household", "crew", "couple", "gang", "squad", "band")
)


def _group_size(doc: Doc, last: int, end: int, limit: int) -> bool:
    """ "A family of four will pay £38", "a party of 12 pays": the figure counts the group's
    members, so no word after it is the thing counted, least of all a verb the tagger read as
    a noun ("four pay"). A plural noun of its own still counts ("a group of 12 schools")."""
    first = last
    while first > 0 and doc[first - 1].like_num:
        first -= 1
    if first < 2 or doc[first - 1].lower_ != "of":
        return False
    if doc[first - 2].lemma_.lower() not in _MEMBERSHIP_NOUNS:
        return False
    return not (end < limit and doc[end].tag_ in ("NNS", "NNPS"))


#: Words after "N times" that make it a factor of another figure ("three times the 20,000
#: sold", "four times as many", "five times higher than").
_AFTER_TIMES = frozenset(
    (
        "the",
        "as",
        "more",
        "less",
        "fewer",
        "higher",
        "lower",
        "larger",
        "bigger",
        "greater",
        "faster",
        "that",
        "its",
        "their",
        "his",
        "her",
        "what",
    )
)


def multiplier_at(doc: Doc, end: int) -> bool:
    """Whether the figure ending before token ``end`` is a factor: "three times the
    20,000 sold in 2021". It compares another figure; it is not a count of times (as in
    "was called out 164 times")."""
    if not (end + 1 < len(doc) and doc[end].lower_ == "times"):
        return False
    return doc[end + 1].lower_ in _AFTER_TIMES or _possessive_after(doc, end + 1)


def _possessive_after(doc: Doc, at: int) -> bool:
    """ "three times last year's losses", "twice Britain's rate": a possessive opening the
    phrase after "times" names the figure compared with. A count of times takes no
    possessive ("three times last year" counts occasions; "three times by a friend's car"
    has a preposition first), so only one or two plain words may stand before the "'s"."""
    for i in range(at, min(at + 3, len(doc))):
        if doc[i].tag_ == "POS" and i > at:
            return True
        if doc[i].pos_ in ("ADP", "PUNCT", "VERB", "AUX", "NUM", "DET", "PRON", "CCONJ"):
            return False
    return False


def _counted(doc: Doc, last: int, end: int, limit: int) -> tuple[str | None, int | None]:
    """The thing counted: the noun the figure modifies, or "of the X" / "number of X"."""
    if _group_size(doc, last, end, limit):
        return None, None
    if end < limit and doc[end].text == "/" and not doc[end - 1].whitespace_:
        return None, None  # "£205/t": what the price is per, not a thing counted
    if multiplier_at(doc, end):
        return None, None  # "three times the 20,000 sold": a factor counts nothing
    tok = doc[last]
    noun: Token | None = None
    head = tok.head
    if _verb_read_as_modifier(doc, end, limit):
        return None, None  # "about 118,000 lost power": the figure is the verb's subject
    if (
        tok.dep_ == "nummod"
        and head.pos_ == "NOUN"
        and end < head.i <= end + 4
        and doc[end].head.i != head.i
        and any(t.text == "-" for t in doc[end : head.i])
        and head.lower_ not in UNIT_TOKENS
    ):
        noun = head  # "189 drink-driving detections": the parse's noun past a hyphened word
    elif (
        end < limit
        and (doc[end].pos_ == "NOUN" or (doc[end].pos_ == "PROPN" and head.i == end))
        and doc[end].lower_ not in UNIT_TOKENS
    ):
        noun = _modified_head(doc[end])
    elif (
        head.i > last
        and head.pos_ == "NOUN"
        and head.i - end <= 3
        and tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
    ):
        noun = head
    elif (
        end < limit
        and doc[end].dep_ == "amod"
        and doc[end].lower_ not in _TIME_LEADS
        and doc[end].head.pos_ == "NOUN"
        and end < doc[end].head.i <= end + 2
    ):
        noun = doc[end].head  # "between 40 and 60 nesting pairs": a modifier, then the noun
    elif (
        end + 1 < limit
        and doc[end].pos_ in ("ADJ", "ADV")
        and doc[end].lower_ not in ("more", "less", "fewer", "than", "ago", "earlier", "later")
        and doc[end].lower_ not in _TIME_LEADS
        and doc[end + 1].tag_ == "NNS"
    ):
        noun = doc[end + 1]  # "1.2 million overnight stays": a modifier tagged as an adverb
    if noun is not None and _hyphen_glued(doc, noun.i, limit):
        noun = None  # "1,300 e-books": read the hyphened word whole, left to right
    scanned = None
    if noun is None:
        noun = scanned = _noun_phrase_head(doc, end, limit)
    if (
        noun is None
        or noun.lower_ in UNIT_TOKENS
        or currency_word(noun) is not None
        or noun.lower_ in TIME_UNITS
    ):
        of_at = end if end < limit and doc[end].lower_ == "of" else None
        if noun is not None and noun.i + 1 < limit and doc[noun.i + 1].lower_ == "of":
            of_at = noun.i + 1
        if of_at is not None:
            k = of_at + 1
            while k < limit and (
                doc[k].pos_ in ("DET", "ADJ", "NUM", "PRON", "ADV", "PART")
                or doc[k].dep_ in ("poss", "amod")  # "of trained volunteers": a participle
            ):
                k += 1
            if k < limit and doc[k].pos_ in ("NOUN", "PROPN") and not _names_a_time(doc[k]):
                noun = doc[k]
                # "of the Cup final audience": a name modifying the head (compound, or
                # nmod as the parse reads a name before an adjective) is not what is counted
                while (
                    (noun.dep_ == "compound" or (noun.dep_ == "nmod" and noun.pos_ == "PROPN"))
                    and noun.head.i > noun.i
                    and noun.head.i < noun.i + 4
                ):
                    noun = noun.head
            else:
                noun = None
        elif noun is not None:
            noun = None
    if noun is None or noun.lower_ in _DEICTIC:
        return None, None  # "to 290 today": a time adverb tagged as a noun, not the thing
    mods = [
        _hyphened(c) or _coordinated(c) or _modifier_text(c)
        for c in noun.lefts
        if c.i > last
        and (c.dep_ in ("amod", "compound") or _coordinated(c))
        and not c.like_num
        and c.lower_ not in _MODIFIER_STOP
        and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
    ]
    if scanned is not None and noun is scanned:  # a phrase read left to right: its words
        stop = noun.i
        word = singular(noun.lower_) if noun.pos_ != "NOUN" else _noun_lemma(noun)
        if noun.i - 2 >= end and doc[noun.i - 1].text == "-":  # "call-outs": one word
            stop, word = noun.i - 2, f"{doc[noun.i - 2].lower_}-{singular(noun.lower_)}"
        words = [t.lemma_.lower() for t in doc[end:stop] if t.pos_ in ("ADJ", "NOUN", "PROPN")]
        return " ".join([*words, word]), noun.i
    lemma = _noun_lemma(noun) if noun.pos_ == "NOUN" else noun.text
    plural = _plural_read_as_verb(doc, noun.i, limit)
    if plural is not None:  # "180 vessel calls a month": the head noun the tagger made a verb
        return " ".join([*mods, lemma, _noun_lemma(plural)]), plural.i
    return " ".join([*mods, lemma]), noun.i


def _verb_read_as_modifier(doc: Doc, end: int, limit: int) -> bool:
    """ "Of the 312,000 accounts, about 118,000 lost power at some point": the tagger reads
    the past verb right after a bare figure as an adjective of the noun after it, and the
    sentence is then left with no verb at all. The figure is that verb's subject, and
    "lost power" no thing it counts."""
    if end >= limit:
        return False
    after = doc[end]
    if after.tag_ not in ("VBD", "VBN") or after.dep_ != "amod":
        return False
    return not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != after.i
        for t in doc[after.sent.start : after.sent.end]
    )


#: Nouns of a stretch of time: "the 1.31 million of the previous winter" counts no winters.
#: The rates' time nouns (hours and minutes aside) and the seasons and parts of a year.
_PERIOD_NOUNS = (TIME_NOUNS - {"hour", "minute"}) | frozenset(
    ("winter", "summer", "spring", "autumn", "half", "period", "term")
)


def _names_a_time(noun: Token) -> bool:
    """Whether the noun after "of" names when, not what: "of the previous winter", "of
    last year", "of 2023" (a single stretch, not "of the 304 days")."""
    if noun.tag_ in ("NNS", "NNPS") or any(c.like_num for c in noun.children):
        return False  # "61 of the 304 days": days are what is counted
    return noun.lemma_.lower() in _PERIOD_NOUNS or noun.ent_type_ == "DATE"


def _hyphen_glued(doc: Doc, at: int, limit: int) -> bool:
    """ "1,300 e-books", "40 x-rays": a word glued by a hyphen to the word after it, which
    the tokenizer splits and the parser may leave in pieces; the whole word is read left to
    right instead (see ``_noun_phrase_head``)."""
    return (
        at + 2 < limit
        and not doc[at].whitespace_
        and doc[at + 1].text == "-"
        and not doc[at + 1].whitespace_
        and doc[at + 2].is_alpha
    )


def _modified_head(noun: Token) -> Token:
    """The head noun a modifier right after a figure belongs to: "1,300 dock workers", and
    "15,000 health and care visas", where the parse hangs "health" as a coordinated
    modifier (nmod) of "visas" with "care" its conjunct. Only nouns a few words on."""
    while (
        noun.dep_ in ("compound", "nmod")
        and noun.head.pos_ == "NOUN"
        and noun.i < noun.head.i < noun.i + 4
        and (noun.dep_ == "compound" or _coordinated(noun) is not None)
    ):
        noun = noun.head
    return noun


def _coordinated(tok: Token) -> str | None:
    """ "health and care" in "health and care visas": a noun modifier coordinated with
    another, both before the head noun, read as one modifier (both words kept, so that
    "care visas" later matches it as a narrower naming)."""
    if tok.dep_ not in ("nmod", "compound") or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    conj = [c for c in tok.rights if c.dep_ == "conj" and c.i < tok.head.i]
    cc = [c for c in tok.rights if c.dep_ == "cc" and c.i < tok.head.i]
    if len(conj) != 1 or len(cc) != 1 or conj[0].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    return f"{tok.lemma_.lower()} {cc[0].lower_} {conj[0].lemma_.lower()}"


def _hyphened(tok: Token) -> str | None:
    """ "drink-driving", "knife-crime": a modifier written as one hyphened word, whole."""
    if not any(c.text == "-" for c in tok.children):
        return None
    return tok.doc[tok.left_edge.i : tok.i + 1].text.lower().replace(" ", "")


#: What follows a counted noun phrase and never a verb's object: a rate, a time, a stop.
_AFTER_NOUN_PHRASE = frozenset(("a", "an", "per", "every", "each", "last", "this", "in", "on"))


def _plural_read_as_verb(doc: Doc, at: int, limit: int) -> Token | None:
    """ "about 180 vessel calls a month", "2,100 bus trips a day": after a figure and its
    singular noun, a plural noun is the head of the noun phrase, whatever the parse hung
    where; one the tagger read as a verb ("calls" VBZ) is taken only when what follows it
    cannot follow a verb here (a rate, a stop, a time)."""
    nxt = at + 1
    if nxt + 1 >= limit or doc[at].tag_ != "NN":
        return None
    word = doc[nxt]
    if word.tag_ == "NNS" and word.pos_ == "NOUN":
        return word  # "vessel calls", parsed with "vessel" as the subject of "calls"
    if word.tag_ != "VBZ" or not word.lower_.endswith("s") or word.lower_.endswith("ss"):
        return None
    after = doc[nxt + 1]
    if after.lower_ in ("a", "an") and not (nxt + 2 < limit and doc[nxt + 2].lower_ in _RATE_TIMES):
        return None  # "the city needs a ..." : a verb and its object
    if after.is_punct or after.lower_ in _AFTER_NOUN_PHRASE:
        return word
    return None


#: Adjectives after a figure that never open its noun phrase.
_NOT_NP_START = frozenset(("more", "less", "fewer", "than", "ago", "earlier", "later", "each"))


def _noun_phrase_head(doc: Doc, end: int, limit: int) -> Token | None:
    """The head noun of the phrase right after a figure, read left to right when the parse
    hung it elsewhere: "about 1,300 new Universal Credit claims a week" (the tagger read
    "claims" as a verb with "Credit" its subject). Adjectives, nouns and names make up
    the phrase; its head is its last common noun, or a plural read as a verb right after
    it when a rate, a stop or a time follows."""
    last: Token | None = None
    k = end
    while k < limit and k - end < 6:
        t = doc[k]
        if t.pos_ == "ADJ" and k == end and (t.lower_ in _NOT_NP_START or t.lower_ in _TIME_LEADS):
            return None
        hyphened = k > end and doc[k - 1].text == "-" and t.tag_ in ("VBG", "VBN")
        hyphened = hyphened or (  # "9,100 suspected overdose call-outs": a participle first
            t.tag_ in ("VBN", "VBG")
            and t.dep_ == "amod"  # not "the 170 made last winter"
            and k + 1 < limit
            and doc[k + 1].pos_ in ("NOUN", "ADJ", "PROPN")
            and k == end
        )
        hyphened = hyphened or (k == end and _participle_modifier(doc, k, limit))
        if t.pos_ in ("ADJ", "NOUN", "PROPN") or (t.text == "-" and last is not None) or hyphened:
            last = t if t.pos_ in ("NOUN", "PROPN") else last
            k += 1
            continue
        if last is not None and _plural_verb_head(doc, k, limit):
            return t
        break
    return last if last is not None and last.pos_ == "NOUN" and last.i > end - 1 else None


def _participle_modifier(doc: Doc, k: int, limit: int) -> bool:
    """ "added 780,000 paying subscribers", "hired 300 trained nurses": a participle right
    after a figure and right before a plural noun modifies that noun, though the parse may
    make the participle a verb with the noun its object ("paying" xcomp, "subscribers"
    dobj). A figure is never the subject of a bare participle clause with no comma, so
    the reading as one noun phrase is the only English one."""
    t = doc[k]
    if t.tag_ not in ("VBG", "VBN") or k + 1 >= limit:
        return False
    noun = doc[k + 1]
    return noun.tag_ in ("NNS", "NNPS") and noun.pos_ == "NOUN" and noun.head.i == k


def _plural_verb_head(doc: Doc, k: int, limit: int) -> bool:
    """Whether the token at ``k`` is a plural noun the tagger read as a verb ("claims"),
    what follows it being one that cannot follow a verb here (a rate, a stop, a time)."""
    word = doc[k]
    if word.tag_ != "VBZ" or not word.lower_.endswith("s") or word.lower_.endswith("ss"):
        return False
    if k + 1 >= limit:
        return True
    after = doc[k + 1]
    if after.lower_ in ("a", "an"):
        return k + 2 < limit and doc[k + 2].lower_ in _RATE_TIMES
    return after.is_punct or after.lower_ in _AFTER_NOUN_PHRASE


def _copula_counted(doc: Doc, i: int) -> tuple[str | None, int | None]:
    """ "Of those decisions, 2,900 were grants": a figure that is the subject of "be" counts
    the plural noun it is said to be."""
    tok = doc[i]
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None, None
    if tok.sent[0].lower_ in ("of", "among"):
        return None, None  # "Of those, 5,100 were oaks": members of the group named before
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.tag_ == "NNS"), None)
    if attr is None:
        return None, None
    return _counted_noun_text(attr), attr.i


def _fronted_group_counted(doc: Doc, i: int) -> tuple[str | None, int | None]:
    """ "Among the routes withdrawn, 17 served villages", "Of the 40 schools inspected, 12
    failed": a bare figure that is the subject of a verb, in a sentence opened by "of" or
    "among" and a plural noun, counts members of that group. With "be" the noun it is said
    to be is left to the copula reading ("Of those decisions, 2,900 were grants")."""
    tok = doc[i]
    sent = tok.sent
    subject = tok.dep_ in ("nsubj", "nsubjpass") or _verb_read_as_modifier(doc, i + 1, sent.end)
    if not subject or tok.head.lemma_.lower() == "be":
        return None, None
    opener = sent[0]
    if opener.lower_ not in ("of", "among") or opener.i >= tok.i:
        return None, None
    group = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if group is None or group.tag_ not in ("NNS", "NNPS") or group.pos_ != "NOUN":
        return None, None
    if group.i >= tok.i:
        return None, None
    return _counted_noun_text(group), group.i


def _label_counted(doc: Doc, start: int, floor: int) -> tuple[str | None, int | None]:
    """ "New cases sent to the court: between 410 and 470", "- Trucks entering the town in
    October: 1,850": a figure right after a label's colon counts what the label names (the
    head of its first noun phrase)."""
    k = start - 1
    while k >= floor and doc[k].lower_ in ("between", "about", "around", "some", "nearly"):
        k -= 1
    if k < floor and floor > 0 and doc[floor - 1].text == ":":
        if "\n" in doc[floor - 1].whitespace_:
            return None, None  # a heading's colon ends its line: it labels no one figure
        k, floor = floor - 1, doc[floor - 1].sent.start  # the parse split after the colon
    if k < floor or doc[k].text != ":":
        return None, None
    label = doc[floor:k]
    words = [t for t in label if t.is_alpha]
    heads = [
        t
        for t in label
        if (t.pos_ == "NOUN" and t.tag_ == "NNS")
        or (t.tag_ == "NNPS" and words and t.i == words[0].i)  # "Complaints ..." at line start
    ]
    wh = next((t.i for t in label if t.tag_ in ("WDT", "WRB", "WP")), len(doc))
    if not heads or any(
        t.pos_ in ("VERB", "AUX")
        and t.tag_ in ("VBD", "VBZ", "VBP")
        and not _participle_after(t, heads[0])
        and t.i < wh  # "Polling stations where voting was repeated": a relative clause
        for t in label
    ):
        return None, None  # a clause ("the council said:") introduces, it does not label
    head = heads[0]
    if head.tag_ == "NNPS":
        return singular(head.lower_), head.i
    return _counted_noun_text(head), head.i


def _participle_after(verb: Token, head: Token) -> bool:
    """ "Complaints received by the commission: 312", "Claims upheld: 47": a past form
    right after the label's noun modifies it (a reduced relative), the tagger's VBD
    notwithstanding; a verb of saying ("Officials said: ...") still makes a clause."""
    return (
        verb.i == head.i + 1
        and verb.tag_ == "VBD"
        and str(verb.lemma_).lower() not in ("say", "tell", "add", "warn", "announce", "report")
    )


def _whole_counted(doc: Doc, start: int, limit: int) -> tuple[str | None, int | None]:
    """ "the total number of deserters ... 180,000": the noun after number/total/tally of."""
    for k in range(start, limit - 2):
        if doc[k].lower_ in _WHOLE_NOUNS and doc[k + 1].lower_ == "of":
            if doc[k + 2].lower_ == "any":
                continue  # "1,260, the highest number of any university": a ranking
            j = k + 2
            while j < limit and (
                doc[j].pos_ in ("DET", "ADJ") or (doc[j].dep_ == "amod" and doc[j].pos_ == "VERB")
            ):
                j += 1  # "the number of displaced people": a participle modifies the noun
            if j < limit and doc[j].pos_ == "NOUN":
                return _counted_noun_text(doc[j]), j
    return None, None


#: Nouns before "of" and a measure that do not name what is measured: a change, a share
#: of time, a frame or a ranking ("a rise of 40,000 tonnes", "a period of three weeks",
#: "at a rate of 500 litres", "a maximum of 240 hectares").
_NOT_MEASURED = frozenset(
    (
        "average", "maximum", "minimum", "peak", "high", "low", "record", "level", "margin",
        "shortfall", "surplus", "deficit", "gap", "difference", "change", "loss", "gain",
        "increase", "rise", "fall", "drop", "decline", "cut", "reduction", "jump", "growth",
        "period", "distance", "depth", "height", "length", "speed", "temperature", "target",
        "cap", "limit", "ceiling", "threshold", "fine", "sum", "amount", "quantity", "volume",
        "value", "cost", "price", "fee", "bill", "charge", "capacity",
    )
)  # fmt: skip


def measured_noun(doc: Doc, start: int, floor: int) -> tuple[str | None, int | None]:
    """ "a wheat crop of 2.4 million tonnes", "last year's harvest of 2.1 million tonnes",
    "a budget of 440 million euros": a measure with no noun after it measures the noun the
    "of" hangs from, which a later "780,000 tonnes of the new crop" or "41 percent of the
    crop" names again. Nouns that frame the figure instead ("a rise of", "a maximum of",
    "the cost of") measure nothing of their own."""
    if start - 2 < floor or doc[start - 1].lower_ != "of":
        return None, None
    noun = doc[start - 2]
    if noun.pos_ != "NOUN" or doc[start - 1].head.i != noun.i:
        return None, None
    lemma = _noun_lemma(noun)
    if (
        lemma in _NOT_MEASURED
        or lemma in _WHOLE_NOUNS
        or lemma in _FRAMES
        or lemma in _CHANGE_LEMMAS
        or noun.lower_ in UNIT_TOKENS
        or noun.lower_ in CURRENCY_WORDS
        or _names_a_time(noun)
    ):
        return None, None
    if lemma in _FLOW_NOUNS:
        # "cathode output of 41,000 tonnes" measures cathode, as "2,400 tonnes of cathode a
        # week" does; a flow with no kind named ("exports of 780,000 tonnes") names nothing
        mods = [_modifier_text(c) for c in noun.lefts if c.dep_ == "compound" and not c.like_num]
        return (" ".join(mods), noun.i) if mods else (None, None)
    return _counted_noun_text(noun), noun.i


#: Nouns of a flow or a stock of some good, not the good: "cathode output", "acid sales".
_FLOW_NOUNS = frozenset(
    (
        "output", "production", "sale", "export", "import", "shipment", "delivery",
        "consumption", "use", "supply", "demand", "purchase", "stock",
        "stockpile", "reserve", "inventory", "spending", "income", "revenue", "turnover",
    )
)  # fmt: skip


#: Verbs whose bare figures measure their subject: "sales slipped from 84,000 to 71,000",
#: "admissions were 4,100", "the tally stood at 312", "arrivals averaged 410 a day".
_MEASURE_VERBS = frozenset(
    (
        "be",
        "stand",
        "total",
        "reach",
        "number",
        "hit",
        "top",
        "amount",
        "stay",
        "remain",
        "hover",
        "average",
        "run",
        "range",  # "Daily ridership has ranged from 40,000 to 55,000"
        "vary",
        "fluctuate",
    )
)


#: Verbs that give their object a value through "at": "the port authority put total
#: exports at 4.1 million tonnes", "officials estimated the crowd at 20,000".
_VALUING_VERBS = frozenset(("put", "estimate", "value", "peg", "place", "assess", "reckon"))


#: Nouns that frame a figure as the size of something else: "in waves of 40", "at a rate
#: of 500", "in groups of 12", "at a pace of 300".
_FRAMES = frozenset(("wave", "group", "batch", "rate", "pace", "convoy", "flow", "stream"))


def _subject_counted(doc: Doc, i: int, floor: int) -> tuple[str | None, int | None]:
    """A figure with no noun of its own counts the subject of its clause when that clause
    states a change or a level ("Ticket sales slipped by a quarter, from 84,000 to 71,000",
    "Admissions were 4,100"): the noun subject of the verb the figure hangs from, reached
    through prepositions, conjuncts and appositions only."""
    tok = doc[i]
    framed = False  # "arriving in waves of between 40 and 70": the figure sizes the subject
    level = any(  # "numbers held between 9,000 and 12,000", "held at 4%": a level, not a deed
        c.dep_ == "quantmod" and c.lower_ in LEVEL_PREPS for c in tok.children
    )
    valued = False  # "put total exports at 4.1 million tonnes": the object's value
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        if tok.dep_ == "prep" and tok.lower_ == "at":
            valued = True  # the parse may hang "at" on a noun between ("since the reopening")
        if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lemma_.lower() in _FRAMES:
            framed = True
        if tok.dep_ == "prep" and tok.lower_ in LEVEL_PREPS:
            level = True
        if tok.dep_ == "prep" and tok.lower_ == "to" and tok.head.lemma_.lower() == "come":
            level = True  # "Completions came to 1,380": amounted to, a level of the subject
        if tok.dep_ not in (
            "pobj",
            "prep",
            "nummod",
            "quantmod",
            "conj",
            "appos",
            "dobj",
            "attr",
            "npadvmod",
            "advmod",
            "cc",
            "compound",
        ):
            return None, None
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok.i < floor:
        return None, None
    lemma = tok.lemma_.lower()
    held = (lemma in LEVEL_VERBS or lemma == "come") and level
    if valued and lemma in _VALUING_VERBS:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in _WHOLE_NOUNS:
            return _counted_noun_text(obj), obj.i
    if lemma in _ERGATIVE_SALES and doc[i].dep_ == "dobj" and doc[i].head.i == tok.i:
        return _sold_subject(tok)
    if not _is_change(tok) and lemma not in _MEASURE_VERBS and not framed and not held:
        return None, None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and framed and tok.dep_ == "conj":
        head = tok.head  # "Drones launched from ... have been arriving in waves of 40"
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < floor or subj.lower_ in _DEICTIC:
        return None, None
    capitalised_plural = (  # "Drones launched from ...": a sentence-initial plural read as a name
        subj.is_sent_start
        and subj.pos_ == "PROPN"
        and not subj.ent_type_
        and subj.lower_[-1] == "s"
    )
    if framed and subj.tag_ not in ("NNS", "NNPS") and not capitalised_plural:
        return None, None  # a frame sizes a group: "refugees crossed at a rate of 500"
    if (
        subj.pos_ != "NOUN"
        and not (subj.pos_ == "VERB" and subj.tag_ in ("NNS", "VBZ"))
        and not capitalised_plural  # "Applications ... have averaged 410 a week"
    ):
        return None, None  # "Offers to applicants ... reached 10,400": a noun tagged a verb
    named = [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if subj.lemma_.lower() in _WHOLE_NOUNS and named:
        return _noun_lemma(named[-1]), named[-1].i  # "Passenger numbers rose to 412,000"
    if lemma in _MEASURE_VERBS and subj.lemma_.lower() in _WHOLE_NOUNS:
        return None, None  # "the total was 312": what is totalled is named elsewhere
    if capitalised_plural:
        return singular(subj.lower_), subj.i
    return _counted_noun_text(subj), subj.i


#: Verbs of sale used ergatively, the goods as subject: "Tickets sold 1,140 in the first
#: week", "the single shifted 40,000".
_ERGATIVE_SALES = frozenset(("sell", "shift", "resell"))
#: Entity types that name a seller, not the goods ("Harrow Books sold 1,140").
_AGENT_ENTS = frozenset(("PERSON", "ORG", "NORP", "GPE", "FAC"))
#: Common nouns of those who sell, by trade or by place of trade: "Retailers sold 1,140",
#: "Shops sold 900". The parse reads them as it reads goods ("Tickets sold 1,140") and no
#: entity type marks a common noun, so the closed class of trading nouns says it.
_SELLER_WORDS = """
    seller vendor dealer dealership trader merchant retailer wholesaler distributor stockist
    supplier exporter importer producer manufacturer maker grower farmer breeder agent
    shop shopkeeper store supermarket outlet chain stall kiosk bookshop bookseller pharmacy
    chemist newsagent bakery brewery winery firm company business brand publisher
"""
_SELLER_NOUNS = frozenset(_SELLER_WORDS.split())


def _sold_subject(verb: Token) -> tuple[str | None, int | None]:
    """The goods a bare number after an ergative "sold" counts: the verb's subject (or, for
    "went on sale and have sold 1,140", the subject of the verb it is joined to) when that
    is a plural common noun. A singular or named subject, or a noun of trade ("Retailers
    sold 1,140"), is the seller, and the figure counts whatever the text named before."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subj is None
        or subj.pos_ != "NOUN"
        or subj.tag_ != "NNS"
        or subj.ent_type_ in _AGENT_ENTS
        or subj.lemma_.lower() in _WHOLE_NOUNS
        or subj.lemma_.lower() in _SELLER_NOUNS
    ):
        return None, None
    return _counted_noun_text(subj), subj.i


def _modifier_text(tok: Token) -> str:
    """A modifier as written when it is a participle ("registered dockers", "manufacturing
    jobs"): its verb lemma ("register docker") names an action, not the kind of thing."""
    if tok.tag_ in ("VBN", "VBG", "VBD") or (
        tok.pos_ == "VERB" and tok.lower_.endswith(("ed", "ing"))
    ):
        return tok.lower_
    return tok.lemma_.lower()


def _counted_noun_text(noun: Token) -> str:
    mods = [
        _hyphened(c) or _coordinated(c) or _modifier_text(c)
        for c in noun.lefts
        if (c.dep_ in ("amod", "compound") or _coordinated(c))
        and not c.like_num
        and c.lower_ not in _MODIFIER_STOP
    ]
    # "- Planned operations: 18,400": a bullet glued to the label's first word is no part of it
    words = [w.lstrip("-\u2013\u2022*") for w in mods]
    return " ".join([*(w for w in words if w), _noun_lemma(noun)])


def _noun_lemma(noun: Token) -> str:
    """The lemma of a counted noun; the lemmatiser's "dos" for "doses" (a plural in -oses
    cut by two letters) is put right. Only -oses: "buses", "glasses" and "viruses" lose
    two letters rightly, and no everyday noun ends in -os with a plural in -oses."""
    lemma = noun.lemma_.lower()
    word = noun.lower_
    if noun.tag_ == "NNS" and word.endswith("oses") and lemma == word[:-2]:
        return word[:-1]
    return lemma
