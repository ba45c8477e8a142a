"""The thing a bare figure counts, read through its verb: the subject of a change or level
verb ("Admissions were 4,100", "Ticket sales slipped ... from 84,000 to 71,000"), the
goods of an ergative "sold" ("Tickets sold 1,140"), a copula's plural ("2,900 were
grants"), the group a fronted "Of the 40 schools inspected, 12 failed" names.

The change and level verbs live here because the subject of such a verb is what a bare
figure counts; ``mentions`` also reads them to tell a change ("rose from X to Y") from a
range, and ``counted_before_figure`` to tell "a rise of 40,000 tonnes" from a measure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers._quantities.counted_after_figure import verb_read_as_modifier
from claimscope.layers._quantities.counted_text import (
    DEICTIC,
    WHOLE_NOUNS,
    counted_noun_text,
    noun_lemma,
)
from claimscope.layers._words import LEVEL_PREPS, LEVEL_VERBS, singular

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["CHANGE_LEMMAS", "FRAMES"]


CHANGE_LEMMAS = frozenset(
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
    return tok.lemma_.lower() in CHANGE_LEMMAS or tok.lower_ in _CHANGE_FORMS


#: States one falls into: "fell ill", "fell sick", "fell silent", "fell victim".
_FALLEN_INTO = frozenset(("ill", "sick", "asleep", "silent", "pregnant", "victim", "foul"))


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
    return counted_noun_text(attr), attr.i


def _fronted_group_counted(doc: Doc, i: int) -> tuple[str | None, int | None]:
    """ "Among the routes withdrawn, 17 served villages", "Of the 40 schools inspected, 12
    failed": a bare figure that is the subject of a verb, in a sentence opened by "of" or
    "among" and a plural noun, counts members of that group. With "be" the noun it is said
    to be is left to the copula reading ("Of those decisions, 2,900 were grants")."""
    tok = doc[i]
    sent = tok.sent
    subject = tok.dep_ in ("nsubj", "nsubjpass") or verb_read_as_modifier(doc, i + 1, sent.end)
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
    return counted_noun_text(group), group.i


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
FRAMES = frozenset(("wave", "group", "batch", "rate", "pace", "convoy", "flow", "stream"))


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
        if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lemma_.lower() in FRAMES:
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
        if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in WHOLE_NOUNS:
            return counted_noun_text(obj), obj.i
    if lemma in _ERGATIVE_SALES and doc[i].dep_ == "dobj" and doc[i].head.i == tok.i:
        return _sold_subject(tok)
    if not _is_change(tok) and lemma not in _MEASURE_VERBS and not framed and not held:
        return None, None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        subj = _subject_before_aside(doc, tok, floor)
    if subj is None and framed and tok.dep_ == "conj":
        head = tok.head  # "Drones launched from ... have been arriving in waves of 40"
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < floor or subj.lower_ in DEICTIC:
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
    if subj.lemma_.lower() in WHOLE_NOUNS and named:
        return noun_lemma(named[-1]), named[-1].i  # "Passenger numbers rose to 412,000"
    if lemma in _MEASURE_VERBS and subj.lemma_.lower() in WHOLE_NOUNS:
        return None, None  # "the total was 312": what is totalled is named elsewhere
    if capitalised_plural:
        return singular(subj.lower_), subj.i
    return counted_noun_text(subj), subj.i


_ASIDE_DASHES = frozenset(("-", "\u2013", "\u2014", "--"))


def _subject_before_aside(doc: Doc, verb: Token, floor: int) -> Token | None:
    """ "appliance mobilisations - the number of times an engine was sent - reached 4,120":
    an aside between dashes right before the verb, which the parse takes for the clause and
    leaves the verb without a subject; the plural noun right before the first dash is it."""
    k = verb.i - 1
    if k <= floor or doc[k].text not in _ASIDE_DASHES:
        return None
    opening = next(
        (j for j in range(k - 1, max(floor, k - 25) - 1, -1) if doc[j].text in _ASIDE_DASHES),
        None,
    )
    if opening is None or opening - 1 < floor:
        return None
    noun = doc[opening - 1]
    return noun if noun.tag_ == "NNS" and noun.pos_ == "NOUN" else None


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
        or subj.lemma_.lower() in WHOLE_NOUNS
        or subj.lemma_.lower() in _SELLER_NOUNS
    ):
        return None, None
    return counted_noun_text(subj), subj.i
