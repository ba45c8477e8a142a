"""Who did what to the things a figure counts: the action, the doer, the deed, and
what each thing counted was granted.

Two figures of one thing may still differ in what was done ("admitted" against
"discharged") or by whom ("the club" against "its rival"); these fields of ``Entry``
say so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers._words import LEVEL_PREPS, LEVEL_VERBS
from claimscope.layers.findings._joining import joins_group, new_members
from claimscope.layers.findings._ledger.events import EVENT_OF, PEOPLE, PEOPLE_EVENT_VERBS
from claimscope.layers.findings._ledger.things import joined_event, measured
from claimscope.layers.findings._ledger.verbs import LIGHT_VERBS, SPEECH_VERBS, TALLIES
from claimscope.layers.findings._lexicon import counts_people
from claimscope.layers.findings._scope import noun_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimscope.contract.model import Quantity

__all__ = ["action_of", "deed_of", "grant_of", "subject_of"]


def action_of(doc: Doc, q: Quantity, verb: Token | None) -> str | None:
    """What the people counted did or underwent ("admit", "discharge"), or what produced an
    amount ("generate", "spend"), when the parse says."""
    if verb is None:
        return None
    people = q.counted is not None and q.counted.lower().split()[-1] in PEOPLE
    if not people and not (q.counted is None and measured(q)):
        return None
    lemma = str(verb.lemma_).lower()
    if lemma in LIGHT_VERBS or _level_of(doc, q, verb):
        return None
    if lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None  # "came to 9.5 billion": amounted to
    if lemma in _TAKE_VERBS and verb.tag_ == "VBN" and _from_someone(verb):
        return "lose"  # "£1.6m being taken from savers every day": what the savers lost
    # "took in 152 recruits" and "96 recruits took up the offer": a particle makes another verb
    particle = [str(c.lower_) for c in verb.children if c.dep_ == "prt"]
    phrasal = " ".join([lemma, *particle])
    if people and (new_members(doc, q) or (joins_group(verb) and _named_by_verb(q))):
        return "hire"  # "7,450 people have joined the party", "300 new members a week"
    if people and phrasal in PEOPLE_EVENT_VERBS and _named_by_verb(q):
        return PEOPLE_EVENT_VERBS[phrasal]  # "11,000 people signed up": the event, as in
        # their thing ("recruited 9,400 new members" is the same deed)
    event = EVENT_OF.get(lemma, phrasal)
    if not people and event in _PEOPLE_ONLY_EVENTS:
        return phrasal  # "drew 12.4 billion litres": no arrival of anyone
    return joined_event(verb) or event


#: Events only people (or their vehicles) undergo: a verb that names one for people
#: ("the fair drew 40,000") names a plain deed for an amount measured in a unit.
_PEOPLE_ONLY_EVENTS = frozenset(
    (
        "arrival",
        "arrest",
        "hire",
        "job loss",
        "vote",
        "birth",
        "removal",
        "admission",
        "conviction",
        "vaccination",
        "rescue",
        "completion",
        "protest",
        "enrolment",
    )
)


def _named_by_verb(q: Quantity) -> bool:
    """Whether a count of people takes its event from its verb, its noun naming none
    ("people", "prisoners"; not "recruits", whose noun is the event)."""
    return (q.counted or "").lower().split()[-1] not in EVENT_OF


#: Verbs whose passive with "from" names the loser: "£1.6m taken from savers" is the
#: savers' loss, as "savers lost £214m" says it from their side.
_TAKE_VERBS = frozenset(("take", "steal", "swindle", "defraud", "con", "scam", "extort"))


def _from_someone(verb: Token) -> bool:
    """Whether a verb has "from" and a plural or personal noun: "taken from savers"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if any(o.tag_ in ("NNS", "NNPS") or o.ent_type_ == "PERSON" for o in objects):
                return True
    return False


def _level_of(doc: Doc, q: Quantity, verb: Token) -> bool:
    """Whether the figure states the level of its subject through a verb of holding ("held
    between 9,000 and 12,000"): no deed is done to the people counted ("police held 40"
    has the figure as object, and is one)."""
    if str(verb.lemma_).lower() not in LEVEL_VERBS:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    if span[0].lower_ in LEVEL_PREPS and span.root.head.i == verb.i:
        return True  # "held between 5,000 and 7,000" parsed as the verb's object
    prep = span.root if span.root.dep_ == "prep" else span.root.head  # "between 9,000 and"
    return prep.dep_ == "prep" and prep.lower_ in LEVEL_PREPS and prep.head.i == verb.i


def subject_of(q: Quantity, verb: Token | None) -> str | None:
    """Who did it ("the club" against "its rival"), when that is not the thing counted."""
    counted_head = q.counted.lower().split()[-1] if q.counted else None
    if verb is None or not (counted_head in PEOPLE or (counted_head is None and measured(q))):
        return None  # who logged a count of things rarely changes what is counted
    if str(verb.lemma_).lower() in TALLIES:
        return None  # "its turnstiles logged 131,400 visitors": who counted, not who drew them
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            lemma = noun_lemma(child)
            return None if lemma == counted_head else lemma
    return None


def deed_of(span: Span, verb: Token | None) -> str | None:
    """What was done to the things counted: the lemma of the verb whose object they are
    ("wardens issued 6,100 tickets", "6,100 tickets were issued", "4,850 notices issued").
    A figure on the doer's side ("the 6.8 earthquake destroyed ...") or under a light or
    reporting verb has none."""
    if verb is None:
        return None
    lemma = str(verb.lemma_).lower()
    if lemma in LIGHT_VERBS or lemma in SPEECH_VERBS:
        return None
    tok = span.root
    for _ in range(6):
        if tok.head.i == verb.i:
            # "closed 9": a bare object the parser may hang as a verb's nummod
            return lemma if tok.dep_ in ("dobj", "nsubjpass", "nummod") else None
        if tok.i == verb.head.i and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
            return lemma  # "4,850 penalty charge notices issued in the town centre"
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


#: Verbs that give each of their passive subjects one thing: "were granted permission".
_GRANT_VERBS = frozenset(("grant", "give", "award", "issue", "refuse", "deny", "offer"))


def grant_of(span: Span, verb: Token | None) -> str | None:
    """ "2,150 homes were granted planning permission", "400 families were given asylum":
    the figure's noun is the passive subject of a verb of granting whose object is a bare
    singular noun (no article, no number), so that each thing counted got one; the figure
    then counts the grants as well ("2,600 of last year's permissions")."""
    if verb is None:
        return None
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if str(verb.lemma_).lower() in _ONE_EACH_VERBS:
        return _signed(noun, verb)
    if str(verb.lemma_).lower() not in _GRANT_VERBS:
        return None
    if noun.dep_ != "nsubjpass" or noun.head.i != verb.i or noun.tag_ not in ("NNS", "NNPS"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NN" or any(c.dep_ in ("det", "nummod") for c in obj.children):
        return None
    mods = [str(c.lemma_).lower() for c in obj.lefts if c.dep_ in ("compound", "amod")]
    return " ".join([*mods, str(obj.lemma_).lower()])


#: Verbs by which each person counted makes one of a document: "41,200 men and women had
#: signed service contracts" counts the contracts too.
_ONE_EACH_VERBS = frozenset(("sign", "file", "submit", "lodge"))


def _signed(noun: Token, verb: Token) -> str | None:
    """ "41,200 men and women had signed service contracts", "3,100 tenants filed
    complaints": people who are the subject of a verb of signing or filing, with a bare
    plural object (no article, no number of its own), each made one of them."""
    if noun.dep_ != "nsubj" or noun.head.i != verb.i or not counts_people(noun.lemma_):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if (
        obj is None
        or obj.tag_ != "NNS"
        or any(c.dep_ in ("det", "nummod", "poss") for c in obj.children)
    ):
        return None
    mods = [str(c.lemma_).lower() for c in obj.lefts if c.dep_ in ("compound", "amod")]
    return " ".join([*mods, str(obj.lemma_).lower()])
