"""A rate that restates a total per unit of time ("198,000 TEU, an average of 6,600 a
day", "October's total came to 412 mm. That works out at 21 mm a day"): it is checked
against that total only, and says nothing of other totals.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry, Span3, same_thing
from claimscope.layers.findings.numeric._pairing import PER_MONTHS, covered_units, far_apart
from claimscope.layers.findings.numeric._wording import sentence_head
from claimscope.layers.findings.numeric.rates._found import rate_total
from claimscope.layers.findings.numeric.rates._periods import stated_span

#: Between a total and the same total put per unit of time: "198,000 TEU, an average of
#: 6,600 a day", "412 mm, or 13 mm a day".
_RESTATING = re.compile(
    r"^\s*(?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z'-]*\s*(?:,|\(|—|–|-)\s*"
    r"(?:or|that is|which is|which works out at|working out at|equivalent to|"
    r"the equivalent of|averaging|an average of|on average|at an average of)?"
    r"\s*(?:about|around|roughly|some|nearly|almost|just over|just under)?\s*$",
    re.I,
)


#: Approximators that mark a figure worked out from another: "about", "roughly".
_ROUGHLY = r"about|around|roughly|some|nearly|almost|just over|just under|more than|over"


#: A rate opened by a comma and a word of restatement (or, with no word, by its own
#: approximator), however long the clause before it: "carried 1.37 million passengers in
#: the 12 months to the end of August, the operator said on Tuesday, or about 3,750 a day",
#: "52,000 repair requests over the year, about 1,000 a week". The rate is the sentence's
#: total per unit of time, for that total's period.
_RESTATING_TAIL = re.compile(
    r"(?:,|\(|—|–)\s*(?:(?:or|that is|i\.e\.|which works out at|working out at|equivalent to|"
    r"the equivalent of|an average of|at an average of|averaging)\s*(?:" + _ROUGHLY + r")?)?\s*$",
    re.I,
)


def _restating_tail(text: str, total: Entry, r: Entry) -> bool:
    """Whether the rate is put after its sentence's total as a restatement of it: a word
    of restatement after a comma, or a bare comma before an approximated rate."""
    m = _RESTATING_TAIL.search(text, total.q.end, r.q.start)
    if m is None:
        return False
    worded = any(c.isalpha() for c in m.group(0))
    return worded or re.match(rf"(?:{_ROUGHLY})\b", r.q.text, re.I) is not None


#: A sentence that opens by putting the previous sentence's total per unit of time:
#: "That works out at an average of 21 mm a day", "This means about 40 a week", "On
#: average, that is around 45,000 a day".
_RESTATING_NEXT = re.compile(
    r"^\W*(?:(?:on average|overall|altogether|all told|in all|in total),\s*)?"
    r"(?:that|this|it|which)\s+(?:works? out at|worked out at|is|was|means|meant|"
    r"equals|equalled|amounts? to|amounted to|comes? to|came to|represents|represented)\b",
    re.I,
)


#: The same after a fronted phrase of where or over what ("Across the trust, that is
#: nearly six a day", "Across the year, that is roughly £1.56m a day"): the phrase names
#: what the rate is worked out over, which need not be the sentence before's lead figure.
_FRONTED_RESTATING = re.compile(
    r"^\W*(?:across|in|over|for|throughout)\s+(?:the|its|their|this|that|all)\b"
    r"[^,.;:\d]{0,40},\s*(?:that|this|it|which)\s+(?:works? out at|worked out at|is|was|"
    r"means|meant|equals|equalled|amounts? to|amounted to|comes? to|came to|represents|"
    r"represented)\b",
    re.I,
)


def restated_total(text: str, ledger: list[Entry], r: Entry, baselines: set[int]) -> Entry | None:
    """The total a rate restates per unit of time, written right before it in its clause
    ("198,000 TEU, an average of 6,600 a day") or as the last figure of the sentence before
    ("October's total came to 412 mm. That works out at an average of 21 mm a day")."""
    before = [
        e
        for e in ledger
        if e.sent == r.sent and e.q.end <= r.q.start and not e.is_rate and e.q.unit == r.q.unit
    ]
    totals = [e for e in before if id(e) not in baselines]  # not "up from 900, or 40 a day"
    if before and _RESTATING.match(text[before[-1].q.end : r.q.start]) is not None:
        anchor = before[-1]
    elif totals and _restating_tail(text, totals[-1], r):
        anchor = totals[-1]
    else:
        opening = sentence_head(text, r.q.start)
        earlier = any(e.sent == r.sent and e.q.end <= r.q.start for e in ledger if e is not r)
        if not _RESTATING_NEXT.match(opening) or earlier:
            return None
        found: Entry | None = None
        for back in range(1, _LOOK_BACK + 1):
            previous = [
                e
                for e in ledger
                if e.sent == r.sent - back
                and not e.is_rate
                and e.q.unit == r.q.unit
                and id(e) not in baselines  # "up 7.5% on the previous year's 452,000"
                and (r.start is None or e.start == r.start)  # "... since January": that total
            ]
            if back == 1 and previous and not _other_thing(previous[0], r):
                found = previous[0]  # "That works out at ...": the sentence's lead figure
                break
            # "... more than 260,000 calls since it was switched on. The filter went live for
            # its 2.3 million customers on 1 February ... That works out at roughly 4,000
            # calls a day": past an aside on other things, the nearest total of its own thing
            alike = [e for e in previous if e.thing is not None and not _other_thing(e, r)]
            if alike:
                found = alike[0]
                break
        if found is None:
            return None
        anchor = found
    if anchor.thing is not None and r.thing is not None and not same_thing(anchor, r):
        return None
    return anchor


def _other_thing(e: Entry, r: Entry) -> bool:
    return e.thing is not None and r.thing is not None and not same_thing(e, r)


def derived_from_before(text: str, ledger: list[Entry], r: Entry) -> bool:
    """ "54 Kestrels have been delivered since June 3. That works out at about three
    vehicles a week": a rate whose sentence opens by putting the figure before it per unit
    of time is worked out from that figure, even when it names the thing in other words; it
    states no standing rate to hold against the article's other totals."""
    if r.q.period is not None:
        return False
    opening = sentence_head(text, r.q.start)
    if not (_RESTATING_NEXT.match(opening) or _FRONTED_RESTATING.match(opening)):
        return False
    if any(e.sent == r.sent and e.q.end <= r.q.start for e in ledger if e is not r):
        return False
    return any(
        r.sent - _LOOK_BACK <= e.sent < r.sent
        and not e.is_rate
        and e.q.unit == r.q.unit
        and e.q.period is not None
        for e in ledger
    )


#: Sentences back a worked-out rate may draw on: "64 cases at one site and 29 at the
#: other since 25 November. Forty-one staff are off sick. Across the trust, that is nearly
#: six cases a day" puts the outbreak's figures per day past an aside.
_LOOK_BACK = 3


#: "across the month", "over the year": the stretch a rate is averaged over, its length
#: known by its unit though not its dates.
_ACROSS_UNIT = re.compile(
    r"[^.;]{0,20}?\b(?:across|over|during|for|throughout)\s+(?:the|that|this)\s+"
    r"(?P<u>week|month|year)\b",
    re.I,
)


#: A total's period named only as a whole unit: "over the year", "during the month". Its
#: dates are the reader's guess (the year to date, the year last named); its length is not.
_WHOLE_UNIT = re.compile(
    r"(?:over|across|during|for|in|throughout)\s+the\s+(?:whole\s+|full\s+)?(?P<u>week|month|year)",
    re.I,
)


_UNIT_DAYS = {"week": Interval(7, 7), "month": Interval(28, 31), "year": Interval(365, 366)}


def restated_check(
    text: str, r: Entry, total: Entry, ledger: list[Entry], pub_end: Span3 | None
) -> list[Finding]:
    """A rate that puts a stated total per unit of time, checked against that total over
    the total's period (or the rate's own, when only it is given)."""
    per = r.q.per or "month"
    lasting = stated_span(text, total, ledger, per)  # "1,215 over the seven days": seven
    found = (
        (lasting[0].scale(1 / PER_MONTHS[per]), lasting[1])
        if lasting is not None
        else covered_units(total, ledger, pub_end, per) or covered_units(r, ledger, pub_end, per)
    )
    whole = _WHOLE_UNIT.fullmatch(total.q.period.text) if total.q.period is not None else None
    if whole is not None and per in ("day", "week"):
        found = None  # "52,000 over the year, about 1,000 a week": a whole year, not to date
    if found is None:
        m = whole or _ACROSS_UNIT.match(text, r.q.end, r.q.end + 60)
        if m is None or per not in ("day", "week"):
            return []
        days = _UNIT_DAYS[m.group("u").lower()]
        units = days if per == "day" else days.scale(1 / 7)
        found = (units, f"the {m.group('u').lower()} ({days} days)")
    units, note = found
    if units.lo <= 1.05 or far_apart(total.iv, r.iv * units):
        return []
    return [rate_total(r, total, units, note)]
