"""Parts with no "of": a noun narrowed by modifiers ("450 electric buses" of "300
buses"), a named holder's share ("National Renewal's 905,000 votes"), a member ranked
among its peers ("Biggest supplier: Kostar district"). Apart because each reads the
parse for a relation the words "of" or "alone" do not state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers._words import TALLY_VERBS
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric.parts._alone import TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def ranked_member(doc: Doc, e: Entry) -> bool:
    """ "Biggest supplier: Kostar district, whose farms trucked 2.3 Mt", "the Kol valley,
    the worst-hit district, where 214 villages ...": a superlative in an apposition or a
    label ranks one member among its peers, and makes the sentence's figure that member's
    share of the group's total. A superlative over time ("the highest total in its
    history", "the busiest day") or a quantifier ("most of", "at least") ranks nothing;
    one inside the clause ("accounted for the largest number") is left alone, as too
    many of those rank a level or a time."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None or _OVER_TIME.search(span.sent.text):
        return False
    for tok in span.sent:
        if tok.tag_ not in ("JJS", "RBS") or (
            tok.lower_ in ("most", "least", "best") and not _graded(tok)
        ):
            continue
        if tok.dep_ == "appos" and _of_peers(tok):
            return True  # "Hillcrest, the largest of the three villages,"
        head = tok.head if tok.tag_ == "JJS" else tok.head.head
        lemma = str(head.lemma_).lower()
        own = span.start <= head.i < span.end + 3  # "the largest 40 farms": the figure's noun
        named = head.dep_ == "appos" or (head.i + 1 < len(doc) and doc[head.i + 1].text == ":")
        if head.pos_ == "NOUN" and lemma not in TIME_NOUNS and not own and named:
            return True  # "X, the worst-hit district," or "Biggest supplier: X"
        if head.pos_ == "NOUN" and lemma not in TIME_NOUNS and _sized_subject(head, span.root):
            return True  # "The largest deposit ... was about 45 tonnes": the member's size
    return False


def _of_peers(tok: Token) -> bool:
    """ "the largest of the three villages": a superlative over a plural group of peers."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for g in c.children)
        for c in tok.children
    )


def _sized_subject(noun: Token, figure: Token) -> bool:
    """Whether a ranked noun is the subject of "be" and the figure what it was: "The
    largest deposit was about 45 tonnes", "The biggest single order was 1,200 units"."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and figure.head.i == verb.i
        and figure.dep_ in ("attr", "acomp")
    ) or (
        noun.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and figure.dep_ == "nummod"
        and figure.head.dep_ in ("attr", "acomp")
        and figure.head.head.i == verb.i
    )


def _graded(tok: Token) -> bool:
    """ "the most competitive course": "most" or "least" grading an adjective is a
    superlative as "busiest" is; alone ("most of", "at least") it ranks nothing."""
    return tok.lower_ in ("most", "least") and tok.dep_ == "advmod" and tok.head.pos_ == "ADJ"


def ranked_pair(part: Entry, whole: Entry, ranked: set[int]) -> bool:
    """A ranked member against a total it may belong to: a plain count for the very same
    period (or for none, told right after the total), the total itself placed nowhere and
    ranking nothing."""
    undated_after = part.q.period is None and 0 < part.sent - whole.sent <= 2
    return (
        id(whole) not in ranked
        and not whole.place
        # the same period, or none said just after the whole's ("lost power on Thursday
        # evening. Hillcrest, the largest of the three villages, ... 3,240 homes")
        and (
            (part.start, part.end, part.open_end) == (whole.start, whole.end, whole.open_end)
            or undated_after
        )
        and (part.q.unit is None or _amount(part))  # a count or an amount of stuff: a
        # price or a share may rank a member as a level
        and not (whole.scope.hedged or whole.scope.average or whole.scope.peak)
    )


def _amount(e: Entry) -> bool:
    """A physical amount ("2.3 million tonnes of wheat"), which adds up across members as
    a count does; not money, a share or a length of time."""
    return e.q.unit is not None and e.q.unit in _ADDING_UNITS


#: Units of stuff that members of a group contribute to its total.
_ADDING_UNITS = frozenset(("tonne", "kg", "l", "hl", "kWh", "m", "hectare", "barrel", "MB"))


#: Words that make a superlative one over time, not over members.
_OVER_TIME = re.compile(r"\b(?:history|on record|ever|since|record)\b", re.I)


def subgroup(part: Entry, whole: Entry) -> bool:
    """ "the fleet of 300 buses ... 450 electric buses": a count whose noun is the whole's
    noun narrowed by modifiers, for the same period and the same deed, is a part of it.
    Pledges, averages, maxima and figures for different times are not compared."""
    cp = canonical(part.q.counted or "").split()
    cw = canonical(whole.q.counted or "").split()
    if not cp or not cw or cp[-1] != cw[-1] or len(cp) <= len(cw):
        return False
    if not set(cw[:-1]) <= set(cp[:-1]):
        return False
    if (part.start, part.end) != (whole.start, whole.end) or part.open_end != whole.open_end:
        return False
    if part.sent == whole.sent and 0 <= whole.q.start - part.q.end < 30:
        return False  # "700 fallow and 400 roe": list siblings the parse ran together
    if whole.q.start > part.q.start or part.sent - whole.sent > 1:
        return False  # a group is named before its subgroups, and close to them; a later
        # bare "5,120 cases" after "12,480 suspected cholera cases" drops a modifier
    if part.action is not None and whole.action is not None and part.action != whole.action:
        return False
    return not any(e.scope.hedged or e.scope.average or e.scope.peak for e in (part, whole))


def held_share(doc: Doc, part: Entry, whole: Entry) -> bool:
    """ "National Renewal's 905,000 votes in Tarvel" against "Tarvel district: 791,000
    ballots cast": a count whose noun a named holder owns (or whose clause a named
    holder is the subject of: "National Renewal won 905,000 votes in Tarvel") is that
    holder's share of the count of the same thing in the same named place that no holder
    owns. The place must
    be named on both, so "Acme's 12,000 staff" is not held against "8,000 staff" of some
    unnamed site."""
    if not part.place or part.place != whole.place or whole.scope.names:
        return False
    if part.sent == whole.sent:
        return False  # "employs about 410 people offshore, and another 260 at its base in
        # Vitoria": figures side by side in one sentence are siblings, not share and total
    if (part.start, part.end) != (whole.start, whole.end) or not same_thing(part, whole):
        return False
    held, unheld = _owner(doc, part), _owner(doc, whole)
    if unheld is not None:
        return False
    # "National Renewal's 905,000 votes", or a named subject: "National Renewal won 905,000"
    # (not one that counted them: "the UN recorded 1.3 million" is a count of all, another
    # source's, not a share)
    return (held is not None and held.pos_ == "PROPN") or (
        bool(part.scope.names) and part.deed is not None and part.deed not in _COUNTING_DEEDS
    )


#: Verbs by which a named subject counts or reports things rather than holds them.
_COUNTING_DEEDS = frozenset(
    (
        *TALLY_VERBS,
        "report",
        "register",
        "document",
        "verify",
        "confirm",
        "estimate",
        "put",
        "say",
        "find",
        "identify",
    )
)


def _owner(doc: Doc, e: Entry) -> Token | None:
    """The possessive that owns a figure's noun ("National Renewal's" in "National
    Renewal's 905,000 votes"), or None."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    noun = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
    return next((c for c in noun.children if c.dep_ == "poss"), None)
