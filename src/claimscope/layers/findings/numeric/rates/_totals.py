"""Which figures are totals or single periods of a rate's own flow.

A rate is held only against a figure of the same thing, place and period, on the same side
of the flow (not bought against sold, saved against spent), that is not a part of a larger
total beside it, nor a total said to add up several holders, the rate's among them.
"""

from __future__ import annotations

import re

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._pairing import (
    comparable,
    flow_sides_differ,
    is_instant,
    period_within,
    unrelated_money,
)
from claimscope.layers.findings.numeric._wording import given_as_part, sentence_head
from claimscope.layers.findings.numeric.rates._alike import people_alike, takings_alike
from claimscope.layers.findings.numeric.rates._kinds import every


def unpaired(
    r: Entry, t: Entry, text: str, ledger: list[Entry], sole: Entry | None, nets: set[int]
) -> bool:
    """Whether a figure is no total or single period of the rate's own flow: another rate,
    a stock, a part named as such, another thing, place or period, or the size of a change
    against a flow. "The service averaged 3.4 rescues a day" is told of the stretch just
    described, not of "last winter's 356" after it."""
    return (
        t is r
        or t.is_rate
        or (t.scope.peak and not every(text, r))
        or is_instant(t)  # a stock at an instant: no total of the rate's flow
        or given_as_part(text, t)  # "3,640 of last year's sales": a part of them
        or not (
            comparable(r, t)
            or (t is sole and t.scope.norm == r.scope.norm)  # not a capacity
            or people_alike(r, t, strict=True)
            or takings_alike(r, t)
            or _named_in_apposition(text, t, r)
        )
        or (unrelated_money(r, t) and not takings_alike(r, t))
        # "£1,150 a week" in fees, "£5,900" in other costs
        or not period_within(t, r)
        or _sides_differ(r, t)
        or (id(r) in nets) != (id(t) in nets)
        or (r.scope.average and not _same_span(r, t))
        or (
            r.past
            and r.start is None
            and t is not _told_before(ledger, r)
            and not _summed_after(text, r, t)
        )
    )


#: Words that sum up, right before a total: "for 12 weeks, a total of £4,900".
_SUMMING = re.compile(
    r"(?:\ba total of|\bin total|\bin all|\baltogether|\btotall?ing|\bcoming to|\bmaking)"
    r"\s*(?:some |about |around |nearly |almost |roughly |just over |just under )?$",
    re.I,
)


def _summed_after(text: str, r: Entry, t: Entry) -> bool:
    """ "a fine of £2,500 for each of the 47 days, a total of £142,500": a total the rate's
    own sentence sums up right after it is the rate's, told after it though it is."""
    return (
        t.sent == r.sent
        and t.q.start > r.q.end
        and _SUMMING.search(text, max(r.q.end, t.q.start - 40), t.q.start) is not None
    )


#: A phrase set off between spaced dashes or in brackets: "Digital loans - e-books and
#: audiobooks borrowed through the app - reached 21,400", "Callouts (fires and floods)".
_DASH = re.compile(r"\s[-–—]\s")


_BRACKETED = re.compile(r"\(([^().;:]{3,80})\)")


def _named_in_apposition(text: str, t: Entry, r: Entry) -> bool:
    """Whether the total's clause, before it, defines what it counts in a phrase set off
    between dashes or brackets that names the rate's noun: "Digital loans - e-books and
    audiobooks borrowed through the app - reached 21,400 last year" counts what "1,300
    e-books and audiobooks a month" counts, whatever the two head nouns."""
    noun = (r.q.counted or "").lower().rpartition(" ")[2]
    if len(noun) < 4 or t.q.counted is None or t.q.unit != r.q.unit:
        return False
    lead = sentence_head(text, t.q.start, 160)
    pieces = _DASH.split(lead)
    set_off = [*pieces[1:-1], *(m.group(1) for m in _BRACKETED.finditer(lead))]
    return any(noun[:5] in piece.lower() for piece in set_off if len(piece) <= 80)


def listed_part(t: Entry, totals: list[Entry]) -> bool:
    """Whether a total is one part of a breakdown of another total of the rate's flow: a
    smaller figure for the same period after a larger one in its sentence ("1,240 civilian
    casualties - 210 people killed and 1,030 injured"). The rate is checked against the
    whole; a part of it falls short of the rate times the period by design."""
    return any(
        w is not t
        and w.sent == t.sent
        and w.q.start < t.q.start
        and w.iv.lo > t.iv.hi
        and (w.start, w.end) == (t.start, t.end)
        for w in totals
    )


#: A total said to take in several holders: "partners as a whole distributed about
#: 240,000 kits ..., including the charity's".
_WIDER = re.compile(
    r"\bas a whole\b|\bincluding (?:the |its |their )?[\w-]+(?:'s|s')(?!\s*\w)",
    re.I,
)


def wider_total(text: str, t: Entry) -> bool:
    """Whether a total's sentence says it adds up several holders, one of them the rate's:
    such a whole may run above one holder's rate times the period, never below it."""
    start = max(text.rfind(". ", 0, t.q.start) + 1, text.rfind("\n", 0, t.q.start) + 1)
    end = text.find(". ", t.q.end)
    return _WIDER.search(text, start, end if end >= 0 else len(text)) is not None


def _sides_differ(r: Entry, t: Entry) -> bool:
    """Whether two figures are done on different sides of a flow: one bought or used, the
    other made or sold, or one saved and the other spent. A rate of one side bounds no
    total of another."""
    done_r, done_t = r.action or r.deed, t.action or t.deed
    if done_r and done_t and flow_sides_differ(done_r, done_t):
        return True
    sides = {_money_side(r), _money_side(t)}
    return sides == {"saved", "spent"}


#: Deeds and nouns of money kept and of money paid out: "would save 1.8 billion a year"
#: against "a one-off cost of 2.2 billion" are two flows, the saving earned by the cost.
_SAVED = frozenset(("save", "saving", "savings"))


_SPENT = frozenset(
    ("spend", "spending", "cost", "pay", "payment", "invest", "investment", "outlay", "bill")
)


def _money_side(e: Entry) -> str | None:
    """ "saved" or "spent" when the figure's deed or the noun it hangs from says which."""
    words = {w for w in (e.action, e.deed) if w} | set(e.scope.heads)
    if words & _SAVED:
        return "saved"
    return "spent" if words & _SPENT else None


def _told_before(ledger: list[Entry], r: Entry) -> Entry | None:
    """The total a past-tense rate with no period of its own describes: the nearest
    earlier figure of the same thing ("212 incursions in 2024 ... controllers logged an
    average of 27 a month"), which the rate goes on to put per unit of time."""
    earlier = [e for e in ledger if e.q.end <= r.q.start and not e.is_rate and comparable(e, r)]
    return earlier[-1] if earlier else None


def _same_span(r: Entry, t: Entry) -> bool:
    """Whether an average rate said to hold over a stated period can bound ``t``: only a
    total over that whole period. "about 3,270 claims a month over the half-year" says
    nothing about either quarter, one of which may run above it. An average with no period
    of its own ("opens an average of 1,200 accounts a week") is a habit, true of any."""
    if r.start is None or r.end is None or r.open_end or t.start is None:
        return True  # an open or unknown span: the totals' own reading decides
    return (t.start, t.end) == (r.start, r.end) or (t.open_end and t.start == r.start)
