"""The thing counted read right after the figure: "1,300 dock workers", "1.2 million
overnight stays", "189 drink-driving detections", "2,000 of the workers".

The parse often hangs the counted noun somewhere else, so ``_counted`` tries in turn the
noun the figure modifies, a noun phrase read left to right, and "of the X". Also here is
what makes the words after a figure no thing counted: a factor ("three times the 20,000
sold", ``multiplier_at``, which the ledger reads too), a group's size ("a family of
four"), a past verb the tagger read as a modifier ("118,000 lost power").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers._quantities.counted_text import (
    DEICTIC,
    MODIFIER_STOP,
    conjunct_words,
    coordinated_modifier,
    hyphened_modifier,
    modifier_text,
    names_a_time,
    noun_lemma,
)
from claimscope.layers._quantities.rates import _RATE_TIMES
from claimscope.layers._quantities.units import TIME_UNITS, UNIT_TOKENS, currency_word
from claimscope.layers._words import singular

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["multiplier_at", "verb_read_as_modifier"]


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


#: Pronouns for a whole of anything counted: "of everything", "of all those".
_ANY_WHOLE = frozenset(("everything", "everyone", "everybody", "anything", "anyone"))


def _named_point(noun: Token) -> bool:
    """ "45 charging points", "12 collection points": a kind of place named by the noun
    before "points", not points on a scale ("300 points", "5 percentage points")."""
    return noun.lower_ in ("point", "points") and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in ("percentage", "basis")
        for c in noun.lefts
    )


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
    if verb_read_as_modifier(doc, end, limit):
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
        or (noun.lower_ in UNIT_TOKENS and not _named_point(noun))
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
                if doc[k].lower_ in _ANY_WHOLE:
                    k = limit  # "60 per cent of everything crews were sent to": the whole
                    break  # is all the article counted, named by no noun after it
                k += 1
            if k < limit and doc[k].pos_ in ("NOUN", "PROPN") and not names_a_time(doc[k]):
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
    if noun is None or noun.lower_ in DEICTIC:
        return None, None  # "to 290 today": a time adverb tagged as a noun, not the thing
    taken = conjunct_words(noun)
    mods = [
        hyphened_modifier(c) or coordinated_modifier(c) or modifier_text(c)
        for c in noun.lefts
        if c.i > last
        and c.i not in taken
        and (c.dep_ in ("amod", "compound") or coordinated_modifier(c))
        and not c.like_num
        and c.lower_ not in MODIFIER_STOP
        and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
    ]
    if scanned is not None and noun is scanned:  # a phrase read left to right: its words
        stop = noun.i
        word = singular(noun.lower_) if noun.pos_ != "NOUN" else noun_lemma(noun)
        if noun.i - 2 >= end and doc[noun.i - 1].text == "-":  # "call-outs": one word
            stop, word = noun.i - 2, f"{doc[noun.i - 2].lower_}-{singular(noun.lower_)}"
        words = [t.lemma_.lower() for t in doc[end:stop] if t.pos_ in ("ADJ", "NOUN", "PROPN")]
        return " ".join([*words, word]), noun.i
    lemma = noun_lemma(noun) if noun.pos_ == "NOUN" else noun.text
    plural = _plural_read_as_verb(doc, noun.i, limit)
    if plural is not None:  # "180 vessel calls a month": the head noun the tagger made a verb
        return " ".join([*mods, lemma, noun_lemma(plural)]), plural.i
    return " ".join([*mods, lemma]), noun.i


def verb_read_as_modifier(doc: Doc, end: int, limit: int) -> bool:
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
        and noun.i < noun.head.i < noun.i + 6
        and (
            (noun.dep_ == "compound" and noun.head.i < noun.i + 4)
            or coordinated_modifier(noun) is not None
        )
    ):
        noun = noun.head
    return noun


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
    the reading as one noun phrase is the only English one. After "of" a figure is no
    subject at all, so a past form read as a verb ("of 14 dumped loads") modifies too."""
    t = doc[k]
    if k + 1 >= limit:
        return False
    if t.tag_ == "VBD" and t.lower_.endswith("ed") and k > 0 and doc[k - 1].dep_ == "pobj":
        pass  # "an average of 14 dumped loads": a figure after "of" is no verb's subject
    elif t.tag_ not in ("VBG", "VBN"):
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
