"""Who and what a figure is about, read from the parse of its clause.

Two figures about the same kind of thing may still be about different holders of it:
"the Brighton shelter takes in 20 to 30 dogs a month" and "its sister shelter in Hove
took in 55". The checks compare figures only when nothing in the parse says they belong
to different doers, and they never hold a pledge or a forecast ("will build 300,000
homes a year") against what happened. These are structural signals (the subject of the
figure's verb, its proper-name modifiers, its auxiliaries, a distributive "every"), not
lists of example sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.layers._entities import entity_at
from claimscope.layers.findings._lexicon import place_name, singular

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Scope", "noun_lemma", "scope_of", "verb_hedged"]

#: Entity types that never scope a figure to a holder ("Saturday's game").
_NOT_NAMES = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"))
#: Modifiers that make the doer a different one from the article's main subject.
_OTHER = frozenset(
    ("sister", "rival", "neighbouring", "neighboring", "nearby", "another", "other", "competitor")
)
#: Auxiliaries and governing verbs of a figure that has not happened (yet).
_MODALS = frozenset(("will", "would", "could", "should", "might", "may", "must", "shall"))
_INTENT = frozenset(
    (
        "plan",
        "aim",
        "pledge",
        "promise",
        "vow",
        "hope",
        "want",
        "intend",
        "target",
        "expect",
        "forecast",
        "predict",
        "project",
        "propose",
        "seek",
    )
)


@dataclass(frozen=True)
class Scope:
    """What the parse says about a figure's doer and mood."""

    #: Lemma of the subject of the figure's verb ("party", "ferry"), if any.
    doer: str | None = None
    #: Proper names that scope the doer ("brighton" in "the Brighton dog shelter").
    names: frozenset[str] = frozenset()
    #: The doer is marked as another one ("its sister shelter", "its rival").
    other: bool = False
    #: A pledge, plan or forecast, not a record of what happened.
    hedged: bool = False
    #: An average ("averaged", "an average of", "on average"): it bounds totals, not each
    #: single period.
    average: bool = False
    #: Nouns the figure hangs from ("revenue" in "revenue of 840 million euros").
    heads: frozenset[str] = frozenset()
    #: The noun a distributive "every"/"each" quantifies over ("every home game has drawn
    #: between 18,000 and 22,000"): the figure holds for each such thing.
    each: str | None = None
    #: A maximum or one marked occasion ("on the busiest day, 3,100", "a record 84", "at
    #: its peak"): not a typical period's figure, so never held against a rate.
    peak: bool = False
    #: The doer is one member of a group ("the first of them", "one of the jets"): a single
    #: instance, to be held against a range said to hold for each.
    one: bool = False
    #: The doer is plural ("emergency departments"): a named one of them ("Kingsmead's
    #: department") holds only a part of their figure.
    plural: bool = False
    #: The figure is said to hold "across"/"throughout" many holders ("across the region's
    #: five hospitals"): a wider whole than any one named holder.
    across: bool = False
    #: The doer is one unnamed member of a kind ("a hive yields around 20 kilograms a
    #: year"): how many members the article's totals cover is not given.
    generic: bool = False
    #: A norm, not a measure: a target, cap, limit or quota ("called for a cap of 10,000
    #: claims a year"). Missing or breaking a norm is news, not an inconsistency.
    norm: bool = False


def scope_of(root: Token, verb: Token | None) -> Scope:
    """The scope of the figure whose head token is ``root`` and whose verb is ``verb``."""
    subj = _subject(verb) if verb is not None else None
    if subj is not None and subj.lower_ in _ONE | {"each", "every"}:
        subj = None  # "Each" at a sentence start tagged as a name
    names: set[str] = set()
    other = False
    each = None
    if subj is not None:
        names |= _names(subj)
        other = any(c.lower_ in _OTHER for c in subj.children)
        if any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in subj.children):
            each = noun_lemma(subj)
        elif verb is not None and subj.tag_ in ("NNS", "NNPS") and _floating_each(verb, subj):
            each = noun_lemma(subj)  # "Screenings each sell between 200 and 350"
    one = False
    pronoun = _pronoun_subject(verb) if verb is not None and subj is None else None
    if pronoun is not None:
        group = next((g for p in pronoun.children if p.lower_ == "of" for g in p.children), None)
        if pronoun.lower_ in ("each", "every") and group is not None and group.pos_ == "NOUN":
            each = str(group.lemma_).lower()  # "Each of the new jets seats 180-220"
        elif pronoun.lower_ == "each" and group is None and verb is not None:
            each = _each_of_head_clause(verb)
        elif pronoun.lower_ in _ONE and group is not None:
            one = True  # "The first of them flew with 260 passengers"
    heads = frozenset(
        str(a.lemma_).lower() for a in list(root.ancestors)[:3] if a.pos_ in ("NOUN", "PROPN")
    )
    return Scope(
        doer=noun_lemma(subj) if subj is not None else None,
        names=frozenset(names),
        other=other,
        hedged=(verb is not None and _hedged(verb))
        or bool(heads & _PLEDGE_NOUNS)
        or (subj is not None and str(subj.lemma_).lower() in _PLEDGE_NOUNS)
        or _forecast_clause(root),
        average=_average(root, verb),
        heads=heads,
        each=each,
        peak=_peak(root),
        one=one,
        plural=subj is not None and subj.tag_ in ("NNS", "NNPS"),
        across=_across(root),
        generic=subj is not None
        and subj.tag_ == "NN"
        and str(subj.lemma_).lower() not in _FRAME_NOUNS  # "an average of 420 people a day"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children),
        norm=bool(heads & _NORM_NOUNS)
        or (subj is not None and str(subj.lemma_).lower() in _NORM_NOUNS)
        or _designed_for(root),
    )


#: Verbs whose "for N people" is what a thing was made to hold, not a count of anything.
_DESIGN_VERBS = frozenset(("build", "design", "construct", "equip", "intend", "plan", "mean"))


def _designed_for(root: Token) -> bool:
    """ "a camp built in 2019 for 40,000 people", "wards designed for 300 patients", food
    "enough for 1.4 million people": a capacity, a norm like a cap, never a tally of the
    people or an amount over a period."""
    noun = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    prep = noun.head
    if noun.dep_ == "dobj" and prep.lower_ == "feed" and prep.dep_ == "xcomp":
        return str(prep.head.lower_) in _ENOUGH  # "supplies sufficient to feed 50,000 people"
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and (
            str(prep.head.lemma_).lower() in _DESIGN_VERBS
            or prep.head.lower_ in _ENOUGH  # "enough for about 1.4 million people"
        )
    )


#: Words whose "for N people" is how many a stock would serve: "21,000 tonnes of food,
#: enough for about 1.4 million people for a month", "room for 300 families".
_ENOUGH = frozenset(("enough", "sufficient", "room", "space", "capacity", "places"))


def _across(root: Token) -> bool:
    """Whether the figure's sentence sets it "across"/"throughout" a plural noun, or makes
    it a running total ("..., taking the trust's total for the month to 17,620"), which adds
    the figures before it."""
    before = root.sent.text[: root.idx - root.sent.start_char]
    return _RUNNING_TOTAL.search(before) is not None or any(
        t.lower_ in ("across", "throughout")
        and any(c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS") for c in t.children)
        for t in root.sent
    )


_RUNNING_TOTAL = re.compile(
    r"\b(?:bring|bringing|brings|brought|take|taking|takes|took|push|pushing|pushed|lift|"
    r"lifting|lifted|raise|raising|raised)\b[^.;:]{0,60}\btotals?\b[^.;:]{0,40}\bto\s+"
    r"(?:about |around |some |nearly |almost |more than |over )?$",
    re.I,
)


_ONE = frozenset(("one", "first", "second", "third", "last", "latest", "newest", "another"))


def _pronoun_subject(verb: Token) -> Token | None:
    """A subject that is not a noun: "each", "one", "the first" (of some group)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.pos_ in ("PRON", "ADJ", "NUM", "DET") or child.lower_ in _ONE | {"each"}
        ):
            return child
    return None


def noun_lemma(tok: Token) -> str:
    """The lemma of a noun; a capitalised plural at a sentence start that is no entity
    ("Matches at the club ...") is tagged a plural name and keeps its plural, so it is made
    singular here by the regular English endings."""
    lemma = str(tok.lemma_).lower()
    if not (tok.tag_ == "NNPS" and tok.is_sent_start and not tok.ent_type_):
        return lemma
    return singular(lemma)


def _each_of_head_clause(verb: Token) -> str | None:
    """ "1,600 teams went door to door, each vaccinating about 180 children a day": an
    "each" that is the subject of a clause hung on another clause stands for every member
    of that clause's plural subject."""
    if verb.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "parataxis") or verb.head.i == verb.i:
        return None
    subj = _subject(verb.head)
    if subj is None or subj.tag_ not in ("NNS", "NNPS"):
        return None
    return noun_lemma(subj)


def _floating_each(verb: Token, subj: Token) -> bool:
    """ "Screenings at the festival each sell between 200 and 350 tickets", "the buses
    carry 40 passengers apiece": a distributive word after a plural subject makes the
    figure hold for every member, as "every screening" would."""
    return any(
        c.lower_ == "apiece" or (c.lower_ == "each" and c.i > subj.i and not list(c.children))
        for c in verb.children
    )  # "each day" hangs from its noun, not from the verb


def _subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the verb it is coordinated with ("Labour took 11 and
    the Liberals won 9": each conjunct has its own)."""
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        for child in v.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
                return child
    return None


def _names(noun: Token) -> set[str]:
    """The subject itself when it is a name, and the names modifying it."""
    out = set()
    candidates = [noun] if noun.pos_ == "PROPN" else []
    candidates += [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod")]
    for tok in candidates:
        if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_NAMES:
            continue
        if tok.is_sent_start and not tok.ent_type_:
            continue  # "Matches at the club ...", "Truffle hunters ...": capitalised by the
            # sentence, not names; a name at the start is one the tagger knows as an entity
        ent = entity_at(tok)
        text = ent.text if ent is not None else tok.text
        out.add(place_name(text.lower().removeprefix("the ").removesuffix("'s")))
    return out


#: Nouns that make the figure they govern an aim, not a record ("its target of 500 a
#: year", "a forecast of 3.4 million").
_PLEDGE_NOUNS = frozenset(
    (
        "target",
        "goal",
        "aim",
        "pledge",
        "promise",
        "ambition",
        "forecast",
        "projection",
        "guidance",
        "outlook",
        "budget",
        "estimate",
        "expectation",
        "cap",
        "limit",
        "quota",
        "allowance",
    )
)


def verb_hedged(verb: Token) -> bool:
    """Whether a verb states a plan or a forecast ("will rise", "aims to double"), not a
    record of what happened."""
    return _hedged(verb)


#: Nouns that frame a figure rather than name who holds it ("an average of 420 people").
_FRAME_NOUNS = frozenset(("average", "total", "number", "rate", "tally", "figure", "count", "mean"))

#: Nouns that make the figure they govern a norm to meet or respect.
_NORM_NOUNS = frozenset(
    ("target", "goal", "cap", "limit", "quota", "ceiling", "threshold", "allowance", "pledge")
)


def _forecast_clause(root: Token) -> bool:
    """ "the £12m that finance officers had forecast", "the 40,000 the council hopes to
    build": a relative clause on the figure's noun phrase that plans or forecasts it."""
    heads = [root, root.head] if root.dep_ in ("nummod", "quantmod", "compound") else [root]
    return any(
        c.dep_ in ("relcl", "acl")
        and c.pos_ == "VERB"
        and (_planned(c) if _aside(c) else _hedged(c))
        for h in heads
        for c in h.children
    )


def _aside(clause: Token) -> bool:
    """Whether a relative clause is set off by a comma ("produced 11 tonnes, which will be
    sold at markets"): it tells what becomes of an amount that exists, so a modal in it
    makes no forecast of the amount; only a verb of planning does ("£12m, which officers
    had forecast")."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.i > 0 and first.nbor(-1).text == ","


def _planned(verb: Token) -> bool:
    return str(verb.lemma_).lower() in _INTENT


def _hedged(verb: Token) -> bool:
    for v in (verb, *[a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")][:2]):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children):
            return True
        if str(v.lemma_).lower() in _INTENT and not _attacked(v):
            return True
        if _planned_be(v):
            return True
    return _made_to(verb)


def _made_to(verb: Token) -> bool:
    """ "It is designed to see up to 90 patients a day", "the line was built to carry
    40,000 passengers": a figure under a passive verb of design is what a thing was made
    for, a purpose or capacity like a plan, not a record of what it did."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.tag_ == "VBN"
        and str(head.lemma_).lower() in _DESIGN_VERBS
        and any(c.dep_ == "auxpass" for c in head.children)
    )


def _planned_be(verb: Token) -> bool:
    """ "1,400 positions are to be eliminated", "the plant is to close": "be" with a "to"
    infinitive states a plan, as "will" does."""
    return str(verb.lemma_).lower() == "be" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def _attacked(verb: Token) -> bool:
    """ "one in four merchants was targeted": "target" in the passive with no infinitive
    tells of an attack that happened, not of an aim ("is targeted to reach 5%" still is)."""
    return (
        str(verb.lemma_).lower() == "target"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "xcomp" for c in verb.children)
    )


#: Words that make a figure a maximum or a single marked occasion.
_PEAK = frozenset(("peak", "record", "maximum", "high", "single", "all-time"))


def _peak(root: Token) -> bool:
    """A superlative, "peak" or "record" between the figure and the previous figure (or the
    sentence start): "on the busiest day, Easter Monday, 3,100" is one day's maximum."""
    start = root.sent.start
    for tok in reversed(root.doc[start : root.i]):
        if (tok.like_num or tok.pos_ == "NUM") and tok.ent_type_ not in ("DATE", "TIME"):
            start = tok.i + 1  # a day of a date ("the busiest day, March 14,") is no figure
            break
    for tok in root.doc[start : root.i]:
        lemma = str(tok.lemma_).lower()
        if (
            tok.tag_ in ("JJS", "RBS")
            and tok.lower_ not in ("most", "least", "best")
            and not _ranked_holder(tok, root)
        ):
            return True
        prev = root.doc[tok.i - 1] if tok.i > 0 else None
        if (
            lemma in _PEAK
            and tok.pos_ in ("NOUN", "ADJ")
            and prev is not None
            and (prev.pos_ in ("DET", "PRON") or prev.tag_ == "PRP$")
        ):
            return True  # "a record 84", "at its peak", "in a single day"; not "police record"
    return False


#: Nouns of a stretch of time: "the year's busiest day" is a peak however it is ranked.
_STRETCHES = frozenset(
    ("day", "night", "week", "weekend", "month", "year", "season", "quarter", "hour", "period")
)
#: Verbs that give a figure as the size of their subject: "the biggest crowd numbered
#: 45,000" is a peak occasion, not a holder doing something.
_SIZE_VERBS = frozenset(("be", "number", "reach", "total", "top", "hit", "stand", "peak"))


def _ranked_holder(sup: Token, root: Token) -> bool:
    """ "Western Australia's largest remand centre has taken in 310 prisoners a week":
    a superlative that ranks the doer among its peers (a possessive or "in the state"
    names where) says which holder it is, not that the figure is a maximum. It must
    modify the subject of the figure's verb, a noun that is no stretch of time and that
    holds no figure, and the verb must do something, not give a size."""
    holder = sup.head
    verb = holder.head
    if (
        sup.dep_ != "amod"
        or holder.pos_ not in ("NOUN", "PROPN")
        or holder.dep_ not in ("nsubj", "nsubjpass")
        or str(holder.lemma_).lower() in _STRETCHES
        or str(verb.lemma_).lower() in _SIZE_VERBS
        or holder in root.ancestors
        or root in holder.subtree
    ):
        return False
    ranked_where = any(c.dep_ == "poss" for c in holder.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "across") for c in holder.children
    )
    return ranked_where and verb in root.ancestors


def _average(root: Token, verb: Token | None) -> bool:
    if verb is not None and str(verb.lemma_).lower() == "average":
        return True
    if (
        verb is not None
        and str(verb.lemma_).lower() == "work"
        and any(c.lower_ == "out" for c in verb.children)
    ):
        return True  # "that works out at about 3,270 a month"
    for tok in root.doc[root.i + 1 : min(root.sent.end, root.i + 9)]:
        if tok.is_punct:
            break
        if tok.lower_ in _HABITUAL:
            return True  # "the 64mm that normally falls", "850 million litres a day it
            # would normally expect": a clause on the figure saying what is usual
    window = root.doc[max(root.sent.start, root.i - 4) : root.i]
    return (
        any(t.lower_ in _AVERAGE_NOUNS for t in window)
        or _of_an_average(root)
        or _said_of_an_average(root)
    )


_AVERAGE_NOUNS = ("average", "mean", "median", "typical")


def _said_of_an_average(root: Token) -> bool:
    """ "the average fine for an allergen offence was 1,850 crowns": the figure is what
    a subject marked as an average is, so it is that average's value."""
    if root.dep_ != "attr":
        return False
    subjects = [c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        t.lower_ in _AVERAGE_NOUNS and t.dep_ in ("amod", "compound", "nmod")
        for s in subjects
        for t in s.lefts
    )


def _of_an_average(root: Token) -> bool:
    """ "against a monthly average for the year of about 178": a figure reached from an
    average noun through a chain of prepositions is that average's value, however many
    words the chain puts between them."""
    tok = root
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep") or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lower_ in _AVERAGE_NOUNS:
            return True
    return False


#: Adverbs that make a figure what usually happens, not what did.
_HABITUAL = frozenset(("normally", "usually", "typically", "ordinarily", "generally"))
