"""``rate_total_mismatch`` and ``range_violation``: a rate against a total or a single period.

"15,000 to 18,000 a month" over ten months allows 150,000–180,000; 21,600 in one month
lies outside it. Per-member rates ("28 litres a day each"), maxima and peaks are kept
off these checks, because they do not describe the group's every period.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers.findings._intervals import Interval, fmt
from claimscope.layers.findings._ledger import (
    EVENTS,
    Entry,
    Span3,
    doc_text,
    named_event,
    same_thing,
)
from claimscope.layers.findings._lexicon import PERSON_GENERIC, counts_people, singular
from claimscope.layers.findings.base import check

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._book import (
    READS,
    book_of,
    numeric_finding,
    publication_end,
)
from claimscope.layers.findings.numeric._pairing import (
    PER_MONTHS,
    PER_WORD,
    actions_clash,
    comparable,
    covered_units,
    far_apart,
    flow_sides_differ,
    is_instant,
    is_money,
    months_words,
    period_within,
    unrelated_money,
)
from claimscope.layers.findings.numeric._wording import (
    CLAUSE_BREAK,
    DOWN,
    UP,
    given_as_part,
    sentence_head,
)


@check("numeric_rates", kinds=("rate_total_mismatch", "range_violation"), reads=READS)
def check_rates(doc: Doc, draft: Draft) -> list[Finding]:
    """A rate against figures for the same thing: one period's figure, or a total over many."""
    book = book_of(doc, draft)
    ledger = book.entries
    pub_end = publication_end(draft)
    out: list[Finding] = []
    baselines = {id(c.before) for c in book.changes}
    text = doc_text(doc)
    nets = {id(e) for e in ledger if _net_change(doc, e)}  # sizes of changes, not flows
    for r in ledger:
        per = r.q.per
        if per is None:
            continue
        if r.q.period is not None and r.start is None and r.q.period.duration is None:
            continue  # "a day in peak season": held over months the text does not give
        if r.scope.peak or _per_member(text, r) or _pay_per_person(doc, r):
            continue  # a maximum rate, or one for each member ("28 litres a day each")
        if r.scope.each is not None:
            team = _team_rate(ledger, r)
            if team is None:
                continue  # "Shearers each clip 200 a day": how many is not said
            r = team
        unit_months = PER_MONTHS[per]
        restated = _restated(text, ledger, r, baselines)
        if restated is not None:
            out.extend(_restated_check(text, r, restated, ledger, pub_end))
            continue  # the rate is that total per day: it says nothing of other totals
        bare = _names_nothing(doc, r)
        sole = _sole_total(ledger, r, bare=bare) if bare or _names_its_noun(text, r) else None
        bound = _upper_bound(doc, r)
        totals = [t for t in ledger if not _unpaired(r, t, text, ledger, sole, nets)]
        for t in totals:
            if _listed_part(t, totals):
                continue  # "1,240 casualties - 210 killed and 1,030 injured": a part of 1,240
            if id(t) in baselines and r.q.period is None:
                continue  # "up from 16,200 a year earlier": the rate stated now is later
            t = _from_rate_start(t, r)
            lasting = _lasting(text, t, ledger, per) or _named_span(doc, t, ledger, per)
            if lasting is not None:
                units, note = lasting[0].scale(1 / unit_months), lasting[1]
            else:
                found = covered_units(t, ledger, pub_end, per)
                if found is None and _reached_since(text, t, r):
                    found = covered_units(r, ledger, pub_end, per)  # the rate's stated length
                    if found is not None:
                        found = (found[0], found[1] + ", the total reached by now taken over it")
                if found is None:
                    continue
                units, note = found
            if far_apart(t.iv, r.iv * units):
                continue  # not the same thing: see FAR_APART
            if bound and t.iv.lo <= (r.iv * units).hi:
                continue  # output at or below a capacity is no conflict; above it would be
            if t.iv.hi >= (r.iv * units).lo and _wider_total(text, t):
                continue  # a total of several holders, the rate's among them, may exceed it
            if units.hi <= 1.05 and units.lo >= 0.95:
                if not r.scope.average:  # an average bounds totals, not each period
                    out.extend(_range_check(r, t, note))
            elif units.lo > 1.05:
                finding = _rate_total(r, t, units, note)
                if (
                    lasting is None
                    and finding.severity == "warning"
                    and _WORKED.match(text, r.q.end)
                ):
                    finding = finding.model_copy(
                        update={
                            "severity": "info",
                            "explanation": finding.explanation
                            + "; the rate is per working day or shift, and how many of"
                            " those the calendar period held is not stated",
                        }
                    )
                out.append(finding)
    out = [_member_info(text, f, ledger) for f in out]
    out.extend(_each_ranges(ledger))
    out.extend(_every_instance_ranges(doc, ledger, {tuple(f.quantities) for f in out}))
    return out


def _unpaired(
    r: Entry, t: Entry, text: str, ledger: list[Entry], sole: Entry | None, nets: set[int]
) -> bool:
    """Whether a figure is no total or single period of the rate's own flow: another rate,
    a stock, a part named as such, another thing, place or period, or the size of a change
    against a flow. "The service averaged 3.4 rescues a day" is told of the stretch just
    described, not of "last winter's 356" after it."""
    return (
        t is r
        or t.is_rate
        or (t.scope.peak and not _every(text, r))
        or is_instant(t)  # a stock at an instant: no total of the rate's flow
        or given_as_part(text, t)  # "3,640 of last year's sales": a part of them
        or not (
            comparable(r, t)
            or (t is sole and t.scope.norm == r.scope.norm)  # not a capacity
            or _people_alike(r, t, strict=True)
            or _takings_alike(r, t)
            or _named_in_apposition(text, t, r)
        )
        or (unrelated_money(r, t) and not _takings_alike(r, t))
        # "£1,150 a week" in fees, "£5,900" in other costs
        or not period_within(t, r)
        or _sides_differ(r, t)
        or (id(r) in nets) != (id(t) in nets)
        or (r.scope.average and not _same_span(r, t))
        or (r.past and r.start is None and t is not _told_before(ledger, r))
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


def _listed_part(t: Entry, totals: list[Entry]) -> bool:
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


def _wider_total(text: str, t: Entry) -> bool:
    """Whether a total's sentence says it adds up several holders, one of them the rate's:
    such a whole may run above one holder's rate times the period, never below it."""
    start = max(text.rfind(". ", 0, t.q.start) + 1, text.rfind("\n", 0, t.q.start) + 1)
    end = text.find(". ", t.q.end)
    return _WIDER.search(text, start, end if end >= 0 else len(text)) is not None


#: Nouns that make a rate the most that can be done, not what is done: "a combined
#: capacity of 5.6 million tonnes a year", "a maximum of 40 crossings a day". (A cap,
#: limit or quota is a norm, kept off these checks by ``comparable``.)
_BOUND_NOUNS = frozenset(
    ("capacity", "capability", "maximum", "max", "licence", "license", "permit", "ceiling")
)
#: Words that make a rate what can be done: "can make 5.6 million tonnes a year", "is able
#: to handle", "is licensed to take", "is capable of producing".
_BOUND_WORDS = frozenset(("can", "able", "capable", "licensed", "licenced", "permitted"))


def _upper_bound(doc: Doc, r: Entry) -> bool:
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


#: Lemmas of a change in a level, the change checks' own cue words: "the population grew
#: by 2,000 a day" is a net change.
_CHANGE_VERBS = frozenset((*UP, *DOWN))


def _net_change(doc: Doc, e: Entry) -> bool:
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
        and str(prep.head.lemma_).lower() in _CHANGE_VERBS
    )


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
#: "That works out at an average of 21 mm a day", "This means about 40 a week".
_RESTATING_NEXT = re.compile(
    r"^\W*(?:that|this|it|which)\s+(?:works? out at|worked out at|is|was|means|meant|"
    r"equals|equalled|amounts? to|amounted to|comes? to|came to|represents|represented)\b",
    re.I,
)


def _restated(text: str, ledger: list[Entry], r: Entry, baselines: set[int]) -> Entry | None:
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
        previous = [
            e
            for e in ledger
            if e.sent == r.sent - 1
            and not e.is_rate
            and e.q.unit == r.q.unit
            and id(e) not in baselines  # "up 7.5% on the previous year's 452,000"
            and (r.start is None or e.start == r.start)  # "... since January": that total
        ]
        if not previous:
            return None
        anchor = previous[0]  # "That works out at ...": the sentence's lead figure
    if anchor.thing is not None and r.thing is not None and not same_thing(anchor, r):
        return None
    return anchor


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


#: "had grown to 312 cases", "has reached 48,000": a level reached by now, the running
#: total of everything counted so far.
_REACHED = re.compile(
    r"\b(?:grown|grew|grows|risen|rose|rises|climbed|climbs|reached|reaches)\s+(?:to\s+)?"
    r"(?:about |around |some |nearly |almost |more than |over |just over )?$",
    re.I,
)


def _reached_since(text: str, t: Entry, r: Entry) -> bool:
    """Whether a total covers the rate's stated length: "an outbreak ... had grown to 312
    confirmed cases" against "about 85 new cases a week over the six weeks since the first
    diagnosis". A running total with no period of its own counts all so far, and a rate
    over a stated length that runs "since" its start runs to now too."""
    period = r.q.period
    if t.q.period is not None or period is None or period.duration is None:
        return False
    if r.start is not None or not _REACHED.search(text, max(0, t.q.start - 40), t.q.start):
        return False
    at = text.find(period.text, max(0, r.q.start - 200))
    return at >= 0 and re.match(r"\s+since\b", text[at + len(period.text) :]) is not None


def _restated_check(
    text: str, r: Entry, total: Entry, ledger: list[Entry], pub_end: Span3 | None
) -> list[Finding]:
    """A rate that puts a stated total per unit of time, checked against that total over
    the total's period (or the rate's own, when only it is given)."""
    per = r.q.per or "month"
    found = covered_units(total, ledger, pub_end, per) or covered_units(r, ledger, pub_end, per)
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
    return [_rate_total(r, total, units, note)]


#: Nouns that name a number of people present, not a role: "daily attendance stayed
#: between 42,000 and 47,000", "turnout", "footfall".
_HEADCOUNTS = frozenset(
    ("attendance", "turnout", "footfall", "crowd", "audience", "ridership", "headcount")
)


def _people_alike(r: Entry, t: Entry, *, strict: bool) -> bool:
    """Whether two counts of people name one group in two words, as reporters vary them:
    "carried 6,800 riders a day" and "had carried 410,000 people" (one deed, and one side
    the generic "people"), or "between 9,800 and 11,200 attendances every month" and "saw
    13,100 patients" in one month (a headcount noun against any role). Only a generic or
    headcount noun on one side joins: "patients" and "children" stay apart, and with
    ``strict`` (a rate against a total, with no cue of its own) so do two different deeds
    or a missing one. Everything else ``comparable`` asks must still hold."""
    words = [(e.q.counted or "").lower().split() for e in (r, t)]
    if not all(words) or r.thing == t.thing:
        return False
    if any(e.thing in EVENTS and not named_event(e) for e in (r, t)):
        return False  # an event ("2,310 patients arrived by ambulance") is matched as one;
        # a role that names one ("140 recruits") still counts people
    heads = [w[-1] for w in words]
    if not all(counts_people(" ".join(w)) or w[-1] in _HEADCOUNTS for w in words):
        return False
    if not any(h in PERSON_GENERIC or h in _HEADCOUNTS for h in heads):
        return False
    if _headcount_present(r, t) or _headcount_present(t, r):
        pass  # "Daily ridership has ranged from 40,000 to 55,000" and "carried 61,200"
    elif (strict and (r.deed is None or r.deed != t.deed)) or (
        r.deed is not None and t.deed is not None and r.deed != t.deed
    ):
        return False
    return comparable(
        r, replace(t, thing=r.thing, q=t.q.model_copy(update={"counted": r.q.counted}))
    )


#: Deeds that say people were present, as a headcount noun does: "drew 17,600", "the line
#: carried 61,200 passengers", "welcomed 9,000 visitors".
_PRESENCE_DEEDS = frozenset(
    (
        "carry",
        "draw",
        "attract",
        "welcome",
        "host",
        "attend",
        "visit",
        "ride",
        "board",
        "see",
        "use",
    )
)


def _headcount_present(a: Entry, b: Entry) -> bool:
    """Whether ``a`` counts by a headcount noun with no deed of its own ("attendance",
    "ridership") and ``b`` counts people by a deed of being there, done to them ("the line
    carried 61,200") or by them ("12,400 people used the line")."""
    head = (a.q.counted or "").lower().split()[-1:]
    present = b.deed in _PRESENCE_DEEDS or (b.deed is None and b.action in _PRESENCE_DEEDS)
    return bool(head) and head[0] in _HEADCOUNTS and a.deed is None and present


#: Nouns that name money taken in as the measure itself: "receipts came to £148m".
_TAKINGS = frozenset(
    ("receipt", "receipts", "revenue", "revenues", "takings", "income", "proceeds", "collection")
)
#: Verbs of taking money in: "has collected an average of £4.1m a week".
_TAKING_DEEDS = frozenset(("collect", "raise", "take", "receive", "earn", "bring"))


def _takings(e: Entry) -> bool:
    """Whether a sum is money taken in, by its verb or by a noun that names the takings."""
    if not is_money(e):
        return False
    done = (e.action or e.deed or "").split(" ")[0]
    return done in _TAKING_DEEDS or e.subject in _TAKINGS or bool(e.scope.heads & _TAKINGS)


def _takings_alike(r: Entry, t: Entry) -> bool:
    """Whether two sums of money taken in are one flow told two ways: "the council has
    collected an average of £4.1m a week" and "receipts for the six months came to
    £148m". The noun "receipts" is the measure, not a second doer; everything else
    ``comparable`` asks (unit, place, mood) must still hold."""
    if not (_takings(r) and _takings(t)) or r.scope.hedged != t.scope.hedged:
        return False
    if (t.subject in _TAKINGS) == (r.subject in _TAKINGS) and r.subject != t.subject:
        return False  # two doers, or two takings nouns of their own: leave to ``comparable``
    told = replace(t, subject=r.subject, action=r.action, deed=r.deed, kin=r.kin)
    scope = replace(t.scope, doer=r.scope.doer, plural=r.scope.plural)  # "receipts" is no group
    return comparable(r, replace(told, scope=scope))


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


def _names_its_noun(text: str, r: Entry) -> bool:
    """Whether the rate's counted noun follows its figure ("1,150 jabs a day"), not only
    its verb's subject ("Applications have averaged 410 a week"): only a noun the rate
    itself names may be taken for another word for the article's sole total."""
    head = (r.q.counted or "").split()[-1:]
    if not head:
        return False
    stem = head[0][:-1] if len(head[0]) > 3 else head[0]
    return stem in text[r.q.end : r.q.end + 40].lower()


def _names_nothing(doc: Doc, r: Entry) -> bool:
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


def _sole_total(ledger: list[Entry], r: Entry, *, bare: bool = False) -> Entry | None:
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
    t = _from_rate_start(t, r)
    return t.start is not None and t.end is not None and _key(t.end) <= _key(r.end)


def _from_rate_start(t: Entry, r: Entry) -> Entry:
    """ "2,400 tonnes a week since January ... by the end of May, 41,000 tonnes had been
    shipped": a running total that only says when it was read is counted from the start of
    the rate's own period, when that start comes first. A total read now ("had delivered
    19,500 cubic metres so far") runs from that start to the rate's own open end."""
    if t.start is not None or t.end is None or r.start is None:
        return t
    if (r.start.year is None) != (t.end.year is None):
        return t
    if (r.start.year or 0, r.start.month, r.start.day) > (t.end.year or 0, t.end.month, t.end.day):
        return t
    return replace(t, start=r.start, open_end=False)  # read on a stated day: closed there


def _member_info(text: str, f: Finding, ledger: list[Entry]) -> Finding:
    """ "A hive yields around 20 kilograms a year" against the year's 6,800 kilograms: a
    rate for one unnamed member of a kind bounds a total only once the members are counted,
    which the article may do in pieces ("30 members each keep 12 hives"), so a conflict
    with it is shown as info."""
    if f.severity != "warning" or not any(
        e.q.id in f.quantities and e.is_rate and (e.scope.generic or _generic_before(text, e))
        for e in ledger
    ):
        return f
    note = (
        "; the rate is stated for one member of a kind, and how many members the total"
        " covers is not stated"
    )
    explanation = f.explanation.rstrip(".") + note + "."
    return f.model_copy(update={"severity": "info", "explanation": explanation})


#: "..., and a hive yields around": an indefinite singular subject opening the figure's
#: clause, right before its verb (the parse may read "a hive yields" as one noun phrase).
_GENERIC = re.compile(
    r"(?:^|[.;,:]\s*(?:and\s+|but\s+|while\s+)?|\b(?:and|but|while)\s+)"
    r"\s*(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z]+(?<!s)\s+[a-z]+s\s+$",
    re.I,
)


def _generic_before(text: str, e: Entry) -> bool:
    start = text.rfind(".", 0, e.q.start) + 1
    return _GENERIC.search(text, start, e.q.start) is not None


#: A rate per day worked, not per calendar day ("40 parcels per working day", "300 scans a
#: shift"): over a calendar period it gives no total unless the days worked are stated.
_WORKED = re.compile(
    r"[^.;:]{0,40}?\b(?:a|an|per|each|every)\s+(?:working|school|trading|business|opening|"
    r"open|match|race|shooting|teaching|working)\s+day\b|"
    r"[^.;:]{0,40}?\b(?:a|per|each|every)\s+(?:shift|session|weekday|sitting)\b|"
    r"[^.;:]{0,40}?\bon\s+(?:the\s+)?(?:working|school|trading|open|opening|match|race|"
    r"market|show)\s+days\b|[^.;:]{0,40}?\bwhen (?:it is |they are |it's )?open\b|"
    r"[^.;:]{0,40}?\b(?:during|on|in|over)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+)?"
    r"(?:shifts|weekdays|working days|school days)\b",
    re.I,
)


#: Days (or weeks...) of a kind, per rate unit: "a week" of clinic work is five working days.
_KIND_PER = {"day": 1.0, "week": 5.0, "month": 21.7, "year": 253.0}


_OVER_SPAN = re.compile(
    r"^[^.;:,]{0,40}?\b(?:over|in|across|during|within|for)\s+(?:the\s+)?$", re.I
)


def _lasting(text: str, t: Entry, ledger: list[Entry], per: str) -> tuple[Interval, str] | None:
    """ "saw 310 patients over five working days": a length of time stated right after the
    figure is the span it covers, closer than the dated period around it ("in the first
    week of April"). Working or school days count only the days a rate "a day" is kept."""
    for d in ledger:
        unit = d.q.unit or ("day" if _counts_nights(d) else "")
        kind, _, base = unit.rpartition(" ")
        if d.sent != t.sent or base not in PER_MONTHS or d.is_rate:
            continue
        if d.q.start >= t.q.end:
            if not _OVER_SPAN.match(text[t.q.end : d.q.start]):
                continue
        elif (
            d.q.end > t.q.start
            or not _span_before(text, d, t)
            or any(d.q.end <= e.q.start and e.q.end <= t.q.start for e in ledger)
        ):
            continue  # "Over the 12 nights ... it used 3,100 tonnes, leaving 5,900": the first
        iv = d.iv
        if (math.isinf(iv.hi) or _counts_nights(d)) and d.q.low is not None:
            iv = Interval(d.q.low, d.q.low)  # "over five working days": a span, not "> 5"
        if kind:  # working days: the rate's unit holds _KIND_PER of them
            months = iv.scale(PER_MONTHS[per] / _KIND_PER[per] * _KIND_PER.get(base, 1.0))
        else:
            months = iv.scale(PER_MONTHS[base])
        label = f"{d.q.text} nights" if _counts_nights(d) else d.q.text
        return months, f"{label} ({months_words(months.mid)})"
    return None


def _named_span(doc: Doc, t: Entry, ledger: list[Entry], per: str) -> tuple[Interval, str] | None:
    """ "ending a 118-day campaign ... Over the campaign it sliced 1.05 million tonnes": a
    stretch of time named with its length in one sentence ("a four-month season", "a
    three-week strike") and taken up by its noun in the figure's sentence is the span the
    figure covers."""
    sentence = doc.char_span(t.q.start, t.q.end, alignment_mode="expand")
    if sentence is None:
        return None
    after = _AFTER_EVENT.search(sentence.sent.text)
    if after is not None:
        n = 1.0 if after.group("n") is None else _small_count(after.group("n"))
        unit = after.group("u").lower().rstrip("s")
        if n:
            months = Interval(n, n).scale(PER_MONTHS[unit])
            return months, f"{after.group(0).strip()} ({months_words(months.mid)})"
    nouns = {m.group(1).lower() for m in _THE_STRETCH.finditer(sentence.sent.text)}
    if not nouns:
        return None
    for d in ledger:
        unit = d.q.unit or ""
        if d.sent == t.sent or unit not in PER_MONTHS or d.is_rate:
            continue
        head = _stretch_noun(doc, d)
        if head is None:
            continue
        if {head.lower_, str(head.lemma_).lower()} & nouns:
            months = d.iv.scale(PER_MONTHS[unit])
            return months, f"the {d.q.text} {head.lower_} ({months_words(months.mid)})"
    return None


def _stretch_noun(doc: Doc, d: Entry) -> Token | None:
    """The noun a duration gives the length of: "a 118-day campaign", "the season, which
    ran for 34 days", "the strike lasted three weeks"."""
    span = doc.char_span(d.q.start, d.q.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head
    if "-" in d.q.text:
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return head if head.pos_ == "NOUN" else None
    verb = head.head if head.dep_ == "prep" and head.lower_ == "for" else head
    if verb.pos_ != "VERB" or str(verb.lemma_).lower() not in _LAST_VERBS:
        return None
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        return verb.head  # "the season, which ran for 34 days"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "NOUN" else None


_LAST_VERBS = frozenset(("run", "last", "span", "stretch", "continue", "go"))


#: "in the month after the storm", "over the first ten days following the launch": a
#: stretch of stated length from an event the article does not date.
_AFTER_EVENT = re.compile(
    r"\b(?:in|during|over|within)\s+the\s+(?:first\s+)?(?:(?P<n>\d+|[a-z]+)\s+)?"
    r"(?P<u>days?|weeks?|months?|years?)\s+(?:after|following|since)\b",
    re.I,
)


def _small_count(raw: str) -> float:
    """ "30", "ten": a count of days or weeks; 0 when the word is no number ("first")."""
    if raw.isdigit():
        return float(raw)
    return float(UNIT_WORDS.get(raw.lower(), 0))


#: "over the campaign", "during the whole season", "throughout the strike".
_THE_STRETCH = re.compile(
    r"\b(?:(?:over|during|across|throughout|for|in)\s+(?:the|this|its|that)|this)\s+"
    r"(?:whole\s+|entire\s+|full\s+)?([a-z]+)\b",
    re.I,
)


_SPAN_HEAD = re.compile(r"^(?:over|in|across|during|within|for)\s", re.I)


_SPAN_OPEN = re.compile(r"\b(?:over|in|across|during|within|for)\s+(?:the\s+)?$", re.I)


#: What may stand between a length set before a figure and the figure: its own noun, a
#: start date and the clause's subject and verb ("Over the 12 nights since 28 December the
#: council has used 3,100 tonnes"), no other figure (checked by the caller).
_SPAN_GAP = re.compile(r"^\s*,?\s*(?:[A-Za-z'\u2019]+,?\s+|\d{1,2}\s+){0,9}$")


def _counts_nights(d: Entry) -> bool:
    """ "over the 12 nights since 28 December": a count of nights is a length in days."""
    return d.q.unit is None and d.q.counted == "night" and d.q.low == d.q.high


def _span_before(text: str, d: Entry, t: Entry) -> bool:
    """ "Last week, over five working days, it removed 11,200 tonnes": a length of time set
    before the figure in its clause, a few words (no other figure or clause) between."""
    opens = _SPAN_HEAD.match(d.q.text) or _SPAN_OPEN.search(text, max(0, d.q.start - 12), d.q.start)
    gap = text[d.q.end : t.q.start]
    return bool(opens) and _SPAN_GAP.match(gap) is not None and not CLAUSE_BREAK.search(gap)


_PER_MEMBER = re.compile(
    r"^[^.;:]{0,40}?(?:\b(?:each|apiece)\b|\bper (?:head|capita|person|member|pupil|"
    r"household|employee|worker|patient|cow|animal|vehicle|car|bed|room)\b|"
    r"\bfor every (?!day|week|month|year)\w+)",
    re.I,
)


_TIME_AFTER = re.compile(r"^[^.;:]{0,40}?\b(?:a|per|every|each) (?:day|week|month|year)\b", re.I)


def _pay_per_person(doc: Doc, r: Entry) -> bool:
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


def _every(text: str, r: Entry) -> bool:
    """ "between 40 and 60 patients every month": a rate said to hold for each period,
    which even the busiest month must keep; "a month" or "on average" is typical only."""
    return bool(_EVERY.match(text, r.q.end)) and not r.scope.average


_EVERY = re.compile(
    r"[^.;:]{0,40}?\b(?:every|each)\s+(?:(?:single|full|complete|calendar)\s+)?"
    r"(?:day|night|week|month|year)\b",
    re.I,
)


def _per_member(text: str, r: Entry) -> bool:
    """ "The 140 cows produce 28 litres of milk a day each": a rate per member of a group,
    to be multiplied by the group before it can be held against the group's total."""
    after = text[r.q.end : r.q.end + 60]
    m = _PER_MEMBER.match(after)
    if m is None:
        return False
    time = _TIME_AFTER.match(after)
    # "each day" is the rate's own period, not a member
    return not (time is not None and time.end() >= m.end() and "each" in m.group(0)[-5:])


def _team_rate(ledger: list[Entry], r: Entry) -> Entry | None:
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


#: "every night", "at every edition", "on every one of the nine days", "in each winter",
#: "on each of the campaign's 14 days": a range said to hold for each instance of a
#: recurring thing.
_EVERY_INSTANCE = re.compile(
    r"\b(?:every|each)\s+(?:(?:single|full|complete|calendar)\s+)?"
    r"(?:(?:one\s+)?of\s+(?:the|its|their)\s+(?:[\w-]+['\u2019]s\s+)?(?:[\w-]+\s+)?)?"
    r"(?P<noun>[a-z]+)\b",
    re.I,
)


def _every_instance_ranges(
    doc: Doc, ledger: list[Entry], done: set[tuple[str, ...]]
) -> list[Finding]:
    """ "between 600 and 800 km every night of snowfall" against "their hardest night ...,
    when the fleet cleared 1,150 km": a range said to hold for every instance of a
    recurring thing (a night, a day, a winter) against a figure the text gives for one
    instance of it, named in the figure's sentence or the one before ("On October 26, the
    sixth day, ... The two boats recorded just 58 dolphins"). A maximum is an instance
    too: the busiest night must keep a range said to hold every night."""
    text = doc_text(doc)
    sentences = list(doc.sents)
    out: list[Finding] = []
    for r in ledger:
        if r.q.low is None or r.q.high is None or r.q.low >= r.q.high or r.gap:
            continue
        clause = _clause_after(text, r)
        m = _EVERY_INSTANCE.search(clause)
        if m is None:
            continue
        noun = singular(m.group("noun").lower())
        if noun in _NOT_INSTANCES:
            continue
        for t in ledger:
            if (
                t is r
                or t.sent <= r.sent
                or t.is_rate
                or t.q.low != t.q.high
                or t.gap
                or t.q.unit != r.q.unit
                or t.iv.meets(r.iv)
                or far_apart(t.iv, r.iv)
                or not (comparable(r, t, unnamed=True) or _people_alike(r, t, strict=False))
                or (r.start is not None and t.start is not None and not period_within(t, r))
                or (tuple(sorted((t.q.id, r.q.id))) in {tuple(sorted(d)) for d in done})
                or not (_names_instance(sentences, t, noun) or _one_unit_of(t, noun))
            ):
                continue
            above = t.iv.lo > r.iv.hi
            out.append(
                numeric_finding(
                    "range_violation",
                    "warning",
                    f"{t.q.text} for one {noun} lies {'above' if above else 'below'} the "
                    f"{r.q.text} said to hold every {noun}.",
                    f"{t.q.text} in one {noun} against {r.q.text} for every {noun}: "
                    f"{t.iv} lies outside {r.iv}.",
                    t,
                    r,
                )
            )
            done.add((t.q.id, r.q.id))
    return out


#: Words after "every" that name no recurring instance a single figure could stand for.
_NOT_INSTANCES = frozenset(("one", "other", "time", "single", "kind", "type", "part", "bit"))


def _clause_after(text: str, r: Entry) -> str:
    """The rest of the figure's clause, up to a stop or semicolon (and a little before
    it: "On every one of the nine days we saw between 82 and 97")."""
    start = max(text.rfind(". ", 0, r.q.start) + 1, text.rfind("\n", 0, r.q.start) + 1, 0)
    end = len(text)
    for stop in (". ", ";", "\n"):
        at = text.find(stop, r.q.end)
        if at >= 0:
            end = min(end, at)
    return text[start:end]


def _names_instance(sentences: list[Span], t: Entry, noun: str) -> bool:
    """Whether the figure's sentence, or the one before it, names one instance of ``noun``
    ("their hardest night on January 17", "On October 26, the sixth day")."""
    for i, sent in enumerate(sentences):
        if sent.start_char <= t.q.start < sent.end_char:
            here = [sent] + ([sentences[i - 1]] if i > 0 else [])
            pattern = _INSTANCE_WORDS.get(noun, rf"\b{re.escape(noun)}\b")
            return any(re.search(pattern, s.text, re.I) is not None for s in here)
    return False


#: Words that name one instance of a recurring time without its noun: "88 drones were
#: launched overnight" tells of one night, "the day's total" of one day.
_INSTANCE_WORDS = {
    "night": r"\b(?:over)?nights?\b|\btonight\b",
    "day": r"\bday'?s?\b|\btoday\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
}


def _one_unit_of(t: Entry, noun: str) -> bool:
    """Whether the figure is dated to exactly one ``noun`` ("in September" for a month,
    "on 14 May" for a day): that dating names the instance."""
    if t.start is None or t.end is None or t.start.year is None or t.end.year is None:
        return False
    first = date(t.start.year, t.start.month, t.start.day)
    last = date(t.end.year, t.end.month, t.end.day)
    if noun == "month":
        return (first.year, first.month) == (last.year, last.month) and first.day == 1
    if noun in ("day", "night"):
        return first == last
    if noun == "week":
        return (last - first).days == 6
    if noun == "year":
        return (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    return False


def _each_ranges(ledger: list[Entry]) -> list[Finding]:
    """ "every home game has drawn between 18,000 and 22,000 spectators" against one such
    game's figure: the range holds for each thing the distributive subject names."""
    out: list[Finding] = []
    for r in ledger:
        if r.scope.each is None or r.is_rate or r.q.low == r.q.high:
            continue
        for t in ledger:
            if (
                t is r
                or t.is_rate
                or t.scope.each is not None
                or (t.scope.doer != r.scope.each and not t.scope.one)
                or (t.scope.plural and not t.scope.one)  # "Its 300 hives produced 8.1 t"
                or t.q.low != t.q.high
                or not comparable(r, t)
                or t.iv.meets(r.iv)
            ):
                continue
            above = t.iv.lo > r.iv.hi
            out.append(
                numeric_finding(
                    "range_violation",
                    "warning",
                    f"{t.q.text} lies {'above' if above else 'below'} the {r.q.text} said to "
                    f"hold for every {r.scope.each}.",
                    f"{t.q.text} for one {r.scope.each} against {r.q.text} for each "
                    f"{r.scope.each}: {t.iv} lies outside {r.iv}.",
                    t,
                    r,
                )
            )
    return out


def _range_check(r: Entry, t: Entry, note: str) -> list[Finding]:
    if t.iv.meets(r.iv):
        return []
    per = r.q.per or "period"
    above = t.iv.lo > r.iv.hi
    stated = Interval(r.q.low or 0.0, r.q.high or 0.0)
    edge = stated.hi if above else stated.lo
    value = (t.q.low if above else t.q.high) or 0.0
    diff = abs(value - edge)
    share = diff / edge * 100 if edge else math.inf
    where = "above the top" if above else "below the bottom"
    return [
        numeric_finding(
            "range_violation",
            "warning",
            f"{t.q.text} for {note.split(' (')[0]} lies {where.split()[0]} the "
            f"{r.q.text} {PER_WORD.get(per, 'per ' + per)} the article also reports.",
            f"{t.q.text} in one {per} ({note}) against a stated {stated} per {per}: "
            f"{fmt(diff)} ({share:.0f}%) {where} of the range, beyond rounding "
            f"(the range allows {r.iv}, the figure {t.iv}).",
            t,
            r,
        )
    ]


def _rate_total(r: Entry, t: Entry, units: Interval, note: str) -> Finding:
    per = r.q.per or "period"
    expected = r.iv * units
    implied = t.iv / units
    n = f"{units.lo:.1f}" if math.isclose(units.lo, units.hi) else f"{units.lo:.1f}–{units.hi:.1f}"
    n = n.replace(".0", "")
    stated = Interval(r.q.low or 0.0, r.q.high or 0.0)
    point = fmt(t.iv.mid / units.lo) if t.q.approx == "=" else str(implied)
    if t.q.approx == "=" and not math.isclose(units.lo, units.hi):
        point += f" ({fmt(t.iv.mid / units.hi)} over {units.hi:.1f} {per}s)"
    arithmetic = (
        f"{t.q.text} / {n} {per}s = {point} per {per}; "
        f"{stated} per {per} × {n} {per}s = {stated * units} "
        f"({expected} allowing for rounding); period: {note}"
    )
    if t.iv.meets(expected):
        mid = t.iv.mid / units.lo  # the reading the note gives first (to the latest month)
        top, bottom = r.iv.hi, r.iv.lo
        if r.q.low == r.q.high:
            where = "in line with" if abs(mid - top) <= 0.03 * top else "close to"
        elif abs(mid - top) <= 0.03 * top:
            where = "the top of"
        elif abs(mid - bottom) <= 0.03 * max(bottom, 1):
            where = "the bottom of"
        elif bottom <= mid <= top:
            where = "within"
        else:
            where = "close to"
        return numeric_finding(
            "rate_total_mismatch",
            "info",
            f"{t.q.text} over {note.split(' (')[0]} is about {fmt(mid)} {PER_WORD[per]}: "
            f"{where} the stated {r.q.text} {PER_WORD[per]}.",
            arithmetic,
            t,
            r,
        )
    return numeric_finding(
        "rate_total_mismatch",
        "warning",
        f"{r.q.text} {PER_WORD[per]} over {note.split(' (')[0]} does not give {t.q.text}.",
        arithmetic + f"; {t.iv} lies outside {expected}",
        t,
        r,
    )
