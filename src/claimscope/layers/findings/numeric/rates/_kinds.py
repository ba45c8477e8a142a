"""What a rate says beyond its figure, which decides whether it bounds the group's totals.

A capacity or what can be done ("a combined capacity of 5.6 million tonnes a year", "is
able to handle") is an upper bound only; a rate for each member ("28 litres a day each")
or pay to people ("nurses earn 2,400 a month") is no rate of the group's totals, and one
for each of a counted group ("Five shearers each clip about 200 sheep a day") is, once
multiplied by the group; "every month" holds for each period, "a month" is typical only;
and the size of a change in a level ("grew by 2,000 a day") is no gross flow.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._pairing import is_money
from claimscope.layers.findings.numeric._wording import CHANGE_LEMMAS, sentence_head

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: Nouns that make a rate the most that can be done, not what is done: "a combined
#: capacity of 5.6 million tonnes a year", "a maximum of 40 crossings a day". (A cap,
#: limit or quota is a norm, kept off these checks by ``comparable``.)
_BOUND_NOUNS = frozenset(
    ("capacity", "capability", "maximum", "max", "licence", "license", "permit", "ceiling")
)


#: Words that make a rate what can be done: "can make 5.6 million tonnes a year", "is able
#: to handle", "is licensed to take", "is capable of producing".
_BOUND_WORDS = frozenset(("can", "able", "capable", "licensed", "licenced", "permitted"))


def upper_bound(doc: Doc, r: Entry) -> bool:
    """Whether a rate states a capacity, a licence or what can be done, not what is done:
    an upper bound only. Output below it is no conflict (plants run below capacity); only
    a figure above it is."""
    if r.scope.heads & _BOUND_NOUNS:
        return True
    span = doc.char_span(r.q.start, r.q.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    near = [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ()), verb.head]
    return any(t.lower_ in _BOUND_WORDS and t.i < verb.i for t in near)


def net_change(doc: Doc, e: Entry) -> bool:
    """Whether the figure is the size of a change in a level ("the population grew through
    migration by roughly 2,000 people a day"): the net of flows in and out, never one of
    the gross flows ("1.2 million people moved to the UK"). Only figures of the same kind
    are held against each other."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "by"
        and str(prep.head.lemma_).lower() in CHANGE_LEMMAS
    )


_PER_MEMBER = re.compile(
    r"^[^.;:]{0,40}?(?:\b(?:each|apiece)\b|\bper (?:head|capita|person|member|pupil|"
    r"household|employee|worker|patient|cow|animal|vehicle|car|bed|room)\b|"
    r"\bfor every (?!day|week|month|year)\w+)",
    re.I,
)


_TIME_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:(?:a|per|every|each) (?:day|week|month|year)\b|"
    r"each of the (?:[\w,-]+ )?(?:days|weeks|months|years|nights)\b)",
    re.I,
)  # "£2,500 for each of the 47 days": the rate's own period, no member


def pay_per_person(doc: Doc, r: Entry) -> bool:
    """ "160 seasonal workers, paid around 2,100 euros a month", "nurses earn 2,400 a
    month": pay to a group of people is stated per person, so it is no rate of the
    employer's totals. A singular payer or earner ("the firm earns 3 million a month")
    states a total."""
    if not is_money(r):
        return False
    span = doc.char_span(r.q.start, r.q.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _PAY_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return verb.tag_ == "VBN"  # a reduced passive: "workers, paid 2,100 a month"
    return subject.tag_ in ("NNS", "NNPS")


_PAY_VERBS = frozenset(("pay", "earn", "receive", "get", "take"))


def every(text: str, r: Entry) -> bool:
    """ "between 40 and 60 patients every month": a rate said to hold for each period,
    which even the busiest month must keep; "a month" or "on average" is typical only."""
    return bool(_EVERY.match(text, r.q.end)) and not r.scope.average


_EVERY = re.compile(
    r"[^.;:]{0,40}?\b(?:every|each)\s+(?:(?:single|full|complete|calendar)\s+)?"
    r"(?:day|night|week|month|year)\b",
    re.I,
)


def per_member(text: str, r: Entry) -> bool:
    """ "The 140 cows produce 28 litres of milk a day each": a rate per member of a group,
    to be multiplied by the group before it can be held against the group's total."""
    after = text[r.q.end : r.q.end + 60]
    m = _PER_MEMBER.match(after)
    if m is None:
        return False
    time = _TIME_AFTER.match(after)
    # "each day" is the rate's own period, not a member
    return not (time is not None and time.end() >= m.end() and "each" in m.group(0)[-5:])


def team_rate(ledger: list[Entry], r: Entry) -> Entry | None:
    """ "Five shearers each clip about 200 sheep a day": a rate for each member of a counted
    group is the group's rate times its size (1,000 a day), the figure a total for the
    whole team is held against; without the group's size there is no team rate."""
    for m in ledger:
        if (
            m.sent == r.sent
            and m.q.start < r.q.start
            and not m.is_rate
            and m.q.unit is None
            and m.q.low == m.q.high
            and m.q.low
            and m.thing is not None
            and m.thing.split()[-1] == r.scope.each
        ):
            n = m.q.low
            low, high = r.q.low or 0.0, r.q.high or 0.0
            q = r.q.model_copy(
                update={"low": low * n, "high": high * n, "text": f"{m.q.text} × {r.q.text}"}
            )
            return replace(r, q=q, iv=r.iv.scale(n))
    return None


#: A superlative stretch of time: "in the busiest week", "on its wettest day".
_MARKED_STRETCH = re.compile(
    r"\b(?:busiest|quietest|worst|best|wettest|driest|hottest|coldest|warmest|biggest|"
    r"heaviest|slowest|strongest|peak|record) (?:day|night|week|weekend|month)\b",
    re.I,
)


def marked_stretch(text: str, t: Entry) -> bool:
    """Whether a figure is told for one marked stretch ("in the busiest week, the first
    after the new year, the figure reached 7,100"), the superlative standing between the
    figure and the start of its clause: it counts that week or day, not the whole period
    its sentence dates, so it is no total to hold a rate over."""
    head = sentence_head(text, t.q.start)
    clause = re.split(r"[;:]|,\s+(?:and|but|while)\s+|\band\s+(?=in|on|during)", head)[-1]
    return _MARKED_STRETCH.search(clause) is not None
