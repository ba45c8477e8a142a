"""The article's one total over a rate's dated period, taken for the rate's flow whatever
its noun: "an average of 14 callouts a day since January 1" and "the 1,650 incidents the
crews have attended this year", or a rate that names nothing ("we are registering about
1,300 a month") and the one total over its dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, Span3, same_thing
from claimscope.layers.findings._lexicon import counts_people
from claimscope.layers.findings.numeric._pairing import (
    actions_clash,
    comparable,
    far_apart,
    is_instant,
)
from claimscope.layers.findings.numeric.rates._periods import from_rate_start

if TYPE_CHECKING:
    from spacy.tokens import Doc


def names_its_noun(text: str, r: Entry) -> bool:
    """Whether the rate's counted noun follows its figure ("1,150 jabs a day"), not only
    its verb's subject ("Applications have averaged 410 a week"): only a noun the rate
    itself names may be taken for another word for the article's sole total."""
    head = (r.q.counted or "").split()[-1:]
    if not head:
        return False
    stem = head[0][:-1] if len(head[0]) > 3 else head[0]
    return stem in text[r.q.end : r.q.end + 40].lower()


def names_nothing(doc: Doc, r: Entry) -> bool:
    """Whether a rate names neither a thing nor a doer ("we are registering about 1,300 a
    month since January"): no counted noun, and its verb's subject, if any, a pronoun. Its
    thing is left to the context, which is the article's one total over the same dates, if
    there is exactly one. A noun subject ("visitors to the hall numbered 2,100 a day") or
    the noun a participle or relative clause describes ("cases averaging about 2,500 a
    week", "the tremors, which have averaged 38 a day") names the thing, even when the
    ledger has none."""
    if r.q.counted is not None or r.thing is not None or r.subject is not None:
        return False
    span = doc.char_span(r.q.start, r.q.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ in ("acl", "relcl"):
        return False  # "cases averaging about 2,500 a week": the noun the clause describes
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return all(c.pos_ == "PRON" for c in subjects)


def sole_total(ledger: list[Entry], r: Entry, *, bare: bool = False) -> Entry | None:
    """The total over exactly the rate's dated period (the largest, the others its parts),
    when the article gives no other rate in its unit: "an average of 14 callouts a day
    since January 1" and "the 1,650 incidents the crews have attended this year" name one
    flow in two words. Counts of people and of other things are never joined this way."""
    if r.start is None or r.end is None or r.scope.hedged:
        return None
    rates = [
        e
        for e in ledger
        if e.is_rate and e.q.unit == r.q.unit and e.q.per is not None and _overlap(e, r)
    ]  # "54 transits a day since January, compared with 31 a day last year": one rate now
    if bare:  # "5,500 meals a day" is another thing's rate than a bare "1,300 a month"
        rates = [e for e in rates if e is r or e.thing is None]
    if len({e.iv for e in rates}) != 1:
        return None
    same = [
        e
        for e in ledger
        if not e.is_rate
        and e.q.unit == r.q.unit
        and e.q.unit not in ("percent", "fraction", "percentage point")
        and _over_rate_span(e, r)
        and not e.gap
        and not e.scope.hedged
        and not is_instant(e)
    ]
    if not same:
        return None
    # "Of the 1,650 incidents ..., 512 were fires"; by the least each may be, so that "at
    # least one scheduled stop" (one to unbounded) is not taken for the largest
    t = max(same, key=lambda e: e.iv.lo)
    if any(comparable(r, e) and not e.scope.peak and not far_apart(e.iv, t.iv) for e in same):
        return None  # "31,900 crossed in February, an average of 1,100 a day": named alike
    if actions_clash(r, t):
        return None  # "paid out 9.4 million euros to 54,000 people" is no crossing
    if t.q.counted is None or (r.q.counted is None and not bare):
        return None
    if bare and any(e.is_rate and e is not r and same_thing(e, t) for e in ledger):
        return None  # the total's own rate is named: the bare one may be another's
    if (
        r.q.counted is not None
        and counts_people(r.q.counted) != counts_people(t.q.counted)
        and not _deed_noun(r, t)
    ):
        return None
    return t


def _deed_noun(r: Entry, t: Entry) -> bool:
    """Whether one figure counts people by what was done to them and the other counts that
    deed by its own noun: "18,600 people were granted citizenship" and "2,100 grants of
    citizenship a month" count one event, a grant to each person."""
    for people, things in ((r, t), (t, r)):
        head = (things.q.counted or "").lower().split()[-1:]
        if counts_people(people.q.counted) and head and head[0] in (people.action, people.deed):
            return True
    return False


def _key(d: Span3) -> tuple[int, int, int]:
    return (d.year or 0, d.month, d.day)


def _overlap(a: Entry, b: Entry) -> bool:
    """Whether two figures' periods may share a day: an undated one may share any."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return True
    if (a.start.year is None) != (b.start.year is None):
        return True
    return not (_key(a.end) < _key(b.start) or _key(b.end) < _key(a.start))


def _over_rate_span(t: Entry, r: Entry) -> bool:
    """Whether ``t`` is a total over the rate's dated period: the same dates, or, for a
    rate running to date ("54 a day since January"), a running total that only says when
    it was read, within that span ("By the end of June, 13,900 had passed"), counted
    from the rate's start."""
    if (t.start, t.end) == (r.start, r.end):
        return True
    if not r.open_end or r.end is None or t.start is not None:
        return False
    t = from_rate_start(t, r)
    return t.start is not None and t.end is not None and _key(t.end) <= _key(r.end)
