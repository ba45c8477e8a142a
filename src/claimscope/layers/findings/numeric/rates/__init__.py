"""``rate_total_mismatch`` and ``range_violation``: a rate against a total or a single period.

"15,000 to 18,000 a month" over ten months allows 150,000–180,000; 21,600 in one month
lies outside it. Per-member rates ("28 litres a day each"), maxima and peaks are kept
off these checks, because they do not describe the group's every period.

The readings live in one module each: ``_kinds`` (what a rate says beyond its figure: a
capacity, a rate for each member, pay per person, every period, a net change),
``_totals`` (which figures are totals or single periods of the rate's own flow),
``_alike`` (one flow told in two words), ``_sole_total`` (the article's one total over a
rate's dates), ``_restated`` (a rate that restates a total per unit of time), ``_periods``
(how much time a total covers) and ``_ranges`` (ranges said to hold every instance or for
every member); ``_found`` builds the findings and words them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import SCALE_READINGS, Entry, as_date, doc_text
from claimscope.layers.findings.base import check
from claimscope.layers.findings.numeric._book import READS, book_of, publication_end
from claimscope.layers.findings.numeric._pairing import (
    PER_DAYS,
    PER_MONTHS,
    covered_units,
    days_between,
    far_apart,
)
from claimscope.layers.findings.numeric.rates._found import member_info, range_check, rate_total
from claimscope.layers.findings.numeric.rates._kinds import (
    marked_stretch,
    net_change,
    pay_per_person,
    per_member,
    team_rate,
    upper_bound,
)
from claimscope.layers.findings.numeric.rates._periods import (
    from_rate_start,
    inherited_start,
    named_span,
    per_day_worked,
    reached_since,
    spread_over_length,
    stated_span,
)
from claimscope.layers.findings.numeric.rates._ranges import each_ranges, every_instance_ranges
from claimscope.layers.findings.numeric.rates._restated import (
    derived_from_before,
    restated_check,
    restated_total,
)
from claimscope.layers.findings.numeric.rates._sole_total import (
    names_its_noun,
    names_nothing,
    sole_total,
)
from claimscope.layers.findings.numeric.rates._totals import listed_part, unpaired, wider_total

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft


__all__ = ["check_rates"]


@check("numeric_rates", kinds=("rate_total_mismatch", "range_violation"), reads=READS)
def check_rates(doc: Doc, draft: Draft) -> list[Finding]:
    """A rate against figures for the same thing: one period's figure, or a total over many."""
    book = book_of(doc, draft)
    ledger = book.entries
    pub_end = publication_end(draft)
    pub_day = None if pub_end is None or pub_end.year is None else as_date(pub_end)
    out: list[Finding] = []
    baselines = {id(c.before) for c in book.changes}
    text = doc_text(doc)
    nets = {id(e) for e in ledger if net_change(doc, e)}  # sizes of changes, not flows
    for r in ledger:
        per = r.q.per
        if per is None:
            continue
        if r.q.period is not None and r.start is None and r.q.period.duration is None:
            continue  # "a day in peak season": held over months the text does not give
        if r.q.unit in SCALE_READINGS:
            continue  # "an average daily maximum of 36.8C": a level each day, not a flow
        if r.scope.peak or per_member(text, r) or pay_per_person(doc, r):
            continue  # a maximum rate, or one for each member ("28 litres a day each")
        if r.scope.each is not None:
            team = team_rate(ledger, r)
            if team is None:
                continue  # "Shearers each clip 200 a day": how many is not said
            r = team
        unit_months = PER_MONTHS[per]
        restated = restated_total(text, ledger, r, baselines) or next(
            (t for t in ledger if id(t) not in baselines and spread_over_length(text, t, r)), None
        )
        if restated is not None:
            out.extend(restated_check(text, r, restated, ledger, pub_end))
            continue  # the rate is that total per day: it says nothing of other totals
        if derived_from_before(text, ledger, r):
            continue  # "That works out at about three vehicles a week": worked out, not told
        bare = names_nothing(doc, r)
        sole = sole_total(ledger, r, bare=bare) if bare or names_its_noun(text, r) else None
        bound = upper_bound(doc, r)
        inherited = inherited_start(doc, r, pub_day)
        totals = [t for t in ledger if not unpaired(r, t, text, ledger, sole, nets)]
        for t in totals:
            if listed_part(t, totals):
                continue  # "1,240 casualties - 210 killed and 1,030 injured": a part of 1,240
            if id(t) in baselines and r.q.period is None:
                continue  # "up from 16,200 a year earlier": the rate stated now is later
            t = from_rate_start(t, r, inherited)
            lasting = stated_span(text, t, ledger, per) or named_span(doc, t, ledger, per)
            if lasting is not None:
                units, note = lasting[0].scale(1 / unit_months), lasting[1]
            else:
                found = covered_units(t, ledger, pub_end, per)
                if found is None and reached_since(text, t, r):
                    found = covered_units(r, ledger, pub_end, per)  # the rate's stated length
                    if found is not None:
                        found = (found[0], found[1] + ", the total reached by now taken over it")

                if found is None:
                    continue
                units, note = found
                if _dated_elsewhere(r, t, units.hi * PER_DAYS[per]):
                    continue  # "So far this year ... roughly 2,000 a week" against "46,000 in
                    # the first nine months" of another year: the rate is its own span's
            if far_apart(t.iv, r.iv * units):
                continue  # not the same thing: see FAR_APART
            if bound and t.iv.lo <= (r.iv * units).hi:
                continue  # output at or below a capacity is no conflict; above it would be
            if t.iv.hi >= (r.iv * units).lo and wider_total(text, t):
                continue  # a total of several holders, the rate's among them, may exceed it
            if units.hi <= 1.05 and units.lo >= 0.95:
                if not r.scope.average:  # an average bounds totals, not each period
                    out.extend(range_check(r, t, note))
            elif units.lo > 1.05 and marked_stretch(text, t):
                continue  # "in the busiest week, the figure reached 7,100": one week's count
            elif units.lo > 1.05:
                finding = rate_total(r, t, units, note)
                if (
                    lasting is None
                    and finding.severity == "warning"
                    and per_day_worked(text, r, draft.sentences[r.sent].start)
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
    out = [member_info(text, f, ledger) for f in out]
    out.extend(each_ranges(ledger))
    out.extend(every_instance_ranges(doc, ledger, {tuple(f.quantities) for f in out}))
    return out


def _dated_elsewhere(r: Entry, t: Entry, total_days: float) -> bool:
    """Whether a rate dated to a span of its own is held against a total known only by a
    longer length: the total cannot lie within the rate's span, so the rate says nothing
    of it."""
    if t.start is not None or r.start is None or r.end is None:
        return False
    span = days_between(r.start, r.end)
    return span is not None and span < 0.9 * total_days
