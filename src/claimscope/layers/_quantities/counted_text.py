"""How a counted noun is written out, and the word lists every reader of one shares.

The readers in ``counted_after_figure``, ``counted_by_verb`` and ``counted_before_figure``
each find the noun a figure counts; all of them write it the same way (its lemma after
its modifiers, participles as written, "health and care" and "drink-driving" whole) and
pass over the same words (approximators and "new", time adverbs, "the number of", a
stretch of time). Kept apart so that the readers name one thing with one string, which is
what later passes compare.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers._quantities.rates import TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "DEICTIC",
    "MODIFIER_STOP",
    "WHOLE_NOUNS",
    "conjunct_words",
    "coordinated_modifier",
    "counted_noun_text",
    "hyphened_modifier",
    "modifier_text",
    "names_a_time",
    "noun_lemma",
]


MODIFIER_STOP = frozenset(
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


WHOLE_NOUNS = frozenset(("number", "total", "tally", "count", "figure", "toll"))


#: Time adverbs the tagger sometimes reads as nouns right after a figure.
DEICTIC = frozenset(("today", "tonight", "yesterday", "tomorrow", "now", "nowadays", "currently"))


#: Nouns of a stretch of time: "the 1.31 million of the previous winter" counts no winters.
#: The rates' time nouns (hours and minutes aside) and the seasons and parts of a year.
_PERIOD_NOUNS = (TIME_NOUNS - {"hour", "minute"}) | frozenset(
    ("winter", "summer", "spring", "autumn", "half", "period", "term")
)


def names_a_time(noun: Token) -> bool:
    """Whether the noun after "of" names when, not what: "of the previous winter", "of
    last year", "of 2023" (a single stretch, not "of the 304 days")."""
    if noun.tag_ in ("NNS", "NNPS") or any(c.like_num for c in noun.children):
        return False  # "61 of the 304 days": days are what is counted
    return noun.lemma_.lower() in _PERIOD_NOUNS or noun.ent_type_ == "DATE"


def coordinated_modifier(tok: Token) -> str | None:
    """ "health and care" in "health and care visas": a noun modifier coordinated with
    another, both before the head noun, read as one modifier (both words kept, so that
    "care visas" later matches it as a narrower naming)."""
    if tok.dep_ not in ("nmod", "compound") or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    conj = [c for c in tok.rights if c.dep_ == "conj" and c.i < tok.head.i]
    cc = [c for c in tok.rights if c.dep_ == "cc" and c.i < tok.head.i]
    if len(cc) != 1:
        return None
    if not conj:
        return _conjunct_on_head(tok, cc[0])
    if len(conj) != 1 or conj[0].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    return f"{tok.lemma_.lower()} {cc[0].lower_} {conj[0].lemma_.lower()}"


def _conjunct_on_head(tok: Token, cc: Token) -> str | None:
    """ "grass and open-land fires": the parse hangs the conjunct's words ("open", "land")
    on the head noun, not on "grass"; the words between "and" and the head, all modifiers
    of words in that stretch, are the conjunct."""
    head = tok.head
    words = tok.doc[cc.i + 1 : head.i]
    if not words or len(words) > 4 or cc.i != tok.i + 1:
        return None
    if not all(
        cc.i < w.head.i <= head.i
        and (w.dep_ in ("amod", "compound", "nmod") or (w.dep_ == "punct" and w.text == "-"))
        for w in words
    ):
        return None
    if words[-1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    glued = "".join(w.lower_ + (" " if w.whitespace_ else "") for w in words).strip()
    return f"{tok.lemma_.lower()} {cc.lower_} {glued}"


def hyphened_modifier(tok: Token) -> str | None:
    """ "drink-driving", "knife-crime": a modifier written as one hyphened word, whole."""
    if not any(c.text == "-" for c in tok.children):
        return None
    return tok.doc[tok.left_edge.i : tok.i + 1].text.lower().replace(" ", "")


def modifier_text(tok: Token) -> str:
    """A modifier as written when it is a participle ("registered dockers", "manufacturing
    jobs"): its verb lemma ("register docker") names an action, not the kind of thing."""
    if tok.tag_ in ("VBN", "VBG", "VBD") or (
        tok.pos_ == "VERB" and tok.lower_.endswith(("ed", "ing"))
    ):
        return tok.lower_
    return tok.lemma_.lower()


def conjunct_words(noun: Token) -> set[int]:
    """The token indices of the words a coordinated modifier of ``noun`` takes in as its
    conjunct ("open-land" in "grass and open-land fires"), which are then no modifiers of
    their own."""
    taken: set[int] = set()
    for c in noun.lefts:
        if (
            c.dep_ in ("nmod", "compound")
            and coordinated_modifier(c) is not None
            and not any(x.dep_ == "conj" for x in c.rights)
        ):
            taken.update(range(c.i + 1, noun.i))
    return taken


def counted_noun_text(noun: Token) -> str:
    taken = conjunct_words(noun)
    mods = [
        hyphened_modifier(c) or coordinated_modifier(c) or modifier_text(c)
        for c in noun.lefts
        if (c.dep_ in ("amod", "compound") or coordinated_modifier(c))
        and c.i not in taken
        and not c.like_num
        and c.lower_ not in MODIFIER_STOP
    ]
    # "- Planned operations: 18,400": a bullet glued to the label's first word is no part of it
    words = [w.lstrip("-\u2013\u2022*") for w in mods]
    return " ".join([*(w for w in words if w), noun_lemma(noun)])


def noun_lemma(noun: Token) -> str:
    """The lemma of a counted noun; the lemmatiser's "dos" for "doses" (a plural in -oses
    cut by two letters) is put right. Only -oses: "buses", "glasses" and "viruses" lose
    two letters rightly, and no everyday noun ends in -os with a plural in -oses."""
    lemma = noun.lemma_.lower()
    word = noun.lower_
    if noun.tag_ == "NNS" and word.endswith("oses") and lemma == word[:-2]:
        return word[:-1]
    return lemma
