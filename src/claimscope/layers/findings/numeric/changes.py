"""``change_mismatch``: a stated change ("up 6%", "doubled") that its two figures do not give."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding, Severity
from claimscope.layers.findings._intervals import Interval, fmt
from claimscope.layers.findings._ledger import (
    SCALE_READINGS,
    Entry,
    same_thing,
)
from claimscope.layers.findings.base import check

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._book import READS, book_of, numeric_finding
from claimscope.layers.findings.numeric._claim_figures import ClaimFigures
from claimscope.layers.findings.numeric._claims import Claim, change_claims
from claimscope.layers.findings.numeric._pair_candidates import Pair, bounded
from claimscope.layers.findings.numeric._shares import sentence_text
from claimscope.layers.findings.numeric._stated_changes import Change, ratio_changes
from claimscope.layers.findings.numeric._stated_elsewhere import RATIO
from claimscope.layers.findings.numeric._unlike import other_periods
from claimscope.layers.findings.numeric._wording import (
    FACTORS,
    IN_A_SHARE,
    SHARE_UNITS,
    direction,
    factor_window,
)


@check("numeric_changes", kinds=("change_mismatch",), reads=READS)
def check_changes(doc: Doc, draft: Draft) -> list[Finding]:
    """ "rose 10% from 400 to 500": the stated change against the before and after figures."""
    out: list[Finding] = []
    book = book_of(doc, draft)
    stated = book.changes + book.comparisons + ratio_changes(doc, book.entries, book.ratios, draft)
    checked = {
        (c.before.q.id, c.after.q.id)
        for c in stated
        if c.deltas or any(c.word.startswith(w.rstrip("d")) for w in FACTORS)
    }
    for change in stated:
        if change.before.q.unit != change.after.q.unit:
            continue
        if other_periods(change):
            continue  # a day's count against a month's: check_linked_things names that
        if change.before.q.unit in SCALE_READINGS and not any(
            d.q.unit in SCALE_READINGS for d in change.deltas
        ):
            continue  # "doubled to 24C", "up 20%": only a change in degrees reads a temperature
        if (
            change.before.q.unit is None
            and not change.alike
            and not same_thing(change.before, change.after)
            and change.before.thing is not None
            and change.after.thing is not None
        ):
            continue  # different things: check_linked_things names that
        found = _change_conflict(change, change.before, change.after, change.deltas)
        if found is not None:
            severity, message, explanation, involved = found
            out.append(
                numeric_finding("change_mismatch", severity, message, explanation, *involved)
            )
    return out + _claim_findings(doc, draft, stated, checked)


def _claim_findings(
    doc: Doc, draft: Draft, stated: list[Change], checked: set[tuple[str, str]]
) -> list[Finding]:
    """Changes stated apart from their figures ("profit nearly triples" in the headline,
    the two years' profits further down), checked against the one pair of figures of
    their subject the article gives; a pair already checked as a stated change is not
    checked twice."""
    book = book_of(doc, draft)
    entries = sorted(book.entries + book.ratios, key=lambda e: e.q.start)
    figures = ClaimFigures(doc, draft, entries, stated)
    out: list[Finding] = []
    for claim in change_claims(doc, entries, draft):
        pair = figures.pair_for(claim)
        if pair is None or (pair.before.q.id, pair.after.q.id) in checked:
            continue
        said_end = max(claim.end, claim.size.q.end if claim.size is not None else 0)
        if pair.before.q.unit not in SHARE_UNITS and IN_A_SHARE.match(
            draft.text, said_end, claim.clause[1]
        ):
            continue  # "a rise of a quarter in the share of reports": no two counts give it
        told = draft.text[claim.clause[0] : claim.clause[1]]
        if RATIO.search(sentence_text(doc, pair.before)) and not RATIO.search(told):
            continue  # "Road deaths fell 4%" and "the death rate ... 4.1 per billion
            # vehicle-kilometres, compared with 4.6": a count's change, not the ratio's
        checked.add((pair.before.q.id, pair.after.q.id))
        found = _claim_conflict(claim, pair)
        if found is not None:
            severity, message, explanation = found
            out.append(
                numeric_finding(
                    "change_mismatch",
                    severity,
                    message,
                    explanation,
                    *([claim.size] if claim.size is not None else []),
                    pair.before,
                    pair.after,
                    spans=[draft.span(claim.start, claim.end)],
                )
            )
    return out


def _claim_conflict(claim: Claim, pair: Pair) -> tuple[Severity, str, str] | None:
    """The claim's size against its two figures, with the arithmetic: a warning when they
    disagree, an info when a change stated apart from its figures holds (a headline's
    "profit nearly triples" is worth seeing confirmed)."""
    a = replace(pair.before, iv=bounded(pair.before.iv))
    b = replace(pair.after, iv=bounded(pair.after.iv))
    when = f"{a.q.text} ({pair.times[0]}) to {b.q.text} ({pair.times[1]})"
    if claim.factor is not None:
        ratio = b.iv / a.iv
        window = factor_window(claim.factor, claim.hedge)
        worked = (
            f"{b.q.text} / {a.q.text} = {fmt(ratio.mid)}×; “{claim.word}” allows "
            f"{fmt(window.lo)}–{fmt(window.hi)}×."
        )
        if ratio.meets(window):
            return "info", f"“{claim.text}”: {when} is {fmt(ratio.mid)}×, which fits.", worked
        return (
            "warning",
            f"{when} is not “{claim.word}”.",
            f"{b.q.text} / {a.q.text} = {fmt(ratio.mid)}×; “{claim.word}” allows "
            f"{fmt(window.lo)}–{fmt(window.hi)}×.",
        )
    d = claim.size
    way = direction(claim.word.split()[-1].lower())
    if d is None or way == 0:
        return None
    if d.q.unit in ("percent", "fraction"):
        size = d.iv.scale(100) if d.q.unit == "fraction" else d.iv
        holds = _stated_pct(a, b).meets(size if way > 0 else size.scale(-1))
        change = f"{(b.iv.mid - a.iv.mid) / a.iv.mid * 100:+.1f}%"
    elif d.q.unit in _POINTS and a.q.unit == "percent":
        size = d.iv.scale(_POINTS[d.q.unit])  # "the 50-basis-point cut": 0.5 points
        # "up five percentage points": 58% to 66% is eight
        holds = (b.iv - a.iv).meets(size if way > 0 else size.scale(-1))
        change = f"{fmt(b.iv.mid - a.iv.mid)} points"
    elif d.q.unit == a.q.unit and (d.q.counted is None or same_thing(d, a)):
        # "up 2,000": a difference in the figures' own unit
        holds = (b.iv - a.iv).meets(d.iv if way > 0 else d.iv.scale(-1))
        change = fmt(b.iv.mid - a.iv.mid)
    else:
        return None
    sign = "+" if way > 0 else "−"
    said = f"{sign}{d.q.text}"
    if d.q.unit == "fraction":  # "almost a quarter": the share it allows, in percent
        size = d.iv.scale(100)
        said = f"{d.q.text} ({sign}{fmt(size.lo)}% to {sign}{fmt(size.hi)}%)"
    if holds:
        return (
            "info",
            f"“{claim.text}”: {when} is a change of {change}, which fits.",
            f"{b.q.text} against {a.q.text} is a change of {change}; {said} allows it "
            "with rounding.",
        )
    return (
        "warning",
        f"A {'rise' if way > 0 else 'fall'} of {d.q.text} does not fit {when}.",
        f"{b.q.text} against {a.q.text} is a change of {change}, not {said} (“{claim.text}”).",
    )


def _as_percent(d: Entry, size: Interval) -> str:
    """ " (30–37%)" after a stated size written as a fraction or hedged ("about a third"),
    so the reader sees the range the check allowed; nothing after a plain "18%"."""
    if d.q.unit == "percent" and d.q.approx == "=":
        return ""
    lo, hi = (f"{x:.1f}".removesuffix(".0") for x in (size.lo, size.hi))
    return f" ({lo}–{hi}%)"


#: Sizes of a change in a share, in percentage points per unit.
_POINTS = {"percentage point": 1.0, "basis point": 0.01}


def _stated_pct(a: Entry, b: Entry) -> Interval:
    """The change in percent from ``a`` to ``b``.

    Exact before and after figures are the ones a writer computes the change from, so they
    are taken as written, with one percentage point (or a tenth of the change) of slack for
    the percentage's own rounding; reading "2,400 to 2,200" as 2,350-2,450 to 2,150-2,250
    would excuse any change from -4% to -12%. Approximate figures keep their intervals.
    """
    pct = ((b.iv / a.iv) - Interval(1.0, 1.0)).scale(100)
    if a.q.approx != "=" or b.q.approx != "=":
        return pct
    mid = (b.iv.mid - a.iv.mid) / a.iv.mid * 100
    slack = max(1.0, abs(mid) * 0.1)
    return Interval(mid - slack, mid + slack)


def _change_conflict(
    change: Change, a: Entry, b: Entry, deltas: list[Entry]
) -> tuple[Severity, str, str, list[Entry]] | None:
    """A stated change against its before and after figures: a warning when they disagree,
    an info with the arithmetic when a stated size or factor holds."""
    word = change.word
    way = direction(word)
    up, down = way > 0, way < 0
    ratio = b.iv / a.iv
    for factor_word, factor in FACTORS.items():
        if word.startswith(factor_word.rstrip("d")):
            wanted = factor_window(factor, change.hedge)
            said = f"{change.hedge} {word}" if change.hedge else word
            worked = (
                f"{b.q.text} / {a.q.text} = {fmt(ratio.mid)}×; “{said}” allows "
                f"{fmt(wanted.lo)}–{fmt(wanted.hi)}×."
            )
            if ratio.meets(wanted):
                return "info", f"{a.q.text} to {b.q.text} is {said}, as stated.", worked, [a, b]
            return "warning", f"{a.q.text} to {b.q.text} is not a {said} change.", worked, [a, b]
    for d in deltas:
        if d.q.unit == "fraction" or (d.q.unit == "percent" and a.q.unit not in SHARE_UNITS):
            # "fell by a third, to 28% from 41%": a fraction of a share is always relative
            size = d.iv.scale(100) if d.q.unit == "fraction" else d.iv  # "by a third"
            signed = size if up else size.scale(-1)
            pct = f"{(b.iv.mid - a.iv.mid) / a.iv.mid * 100:+.1f}%"
            if _stated_pct(a, b).meets(signed):
                return (
                    "info",
                    f"A {'rise' if up else 'fall'} of {d.q.text} from {a.q.text} gives "
                    f"{b.q.text}, as stated.",
                    f"({b.q.text} − {a.q.text}) / {a.q.text} = {pct}, which a "
                    f"{'rise' if up else 'fall'} of {d.q.text} allows with rounding.",
                    [d, a, b],
                )
            return (
                "warning",
                f"A {'rise' if up else 'fall'} of {d.q.text} from {a.q.text} does not "
                f"give {b.q.text}.",
                f"({b.q.text} − {a.q.text}) / {a.q.text} = {pct}, not a "
                f"{'rise' if up else 'fall'} of {d.q.text}{_as_percent(d, size)}.",
                [d, a, b],
            )
        points = d.q.unit in _POINTS and a.q.unit == "percent"
        if (d.q.unit == a.q.unit or points) and d.q.start > a.q.start - 200:
            diff = b.iv - a.iv
            size = d.iv.scale(_POINTS[d.q.unit]) if points and d.q.unit else d.iv
            signed = size if up else size.scale(-1)
            if (up or down) and not diff.meets(signed):
                return (
                    "warning",
                    f"A change of {d.q.text} from {a.q.text} does not give {b.q.text}.",
                    f"{b.q.text} − {a.q.text} = {fmt(diff.mid)}, not "
                    f"{'+' if up else '−'}{d.q.text}.",
                    [d, a, b],
                )
            if up or down:
                return (
                    "info",
                    f"A change of {d.q.text} from {a.q.text} gives {b.q.text}, as stated.",
                    f"{b.q.text} − {a.q.text} = {fmt(diff.mid)}, which a "
                    f"{'rise' if up else 'fall'} of {d.q.text} allows with rounding.",
                    [d, a, b],
                )
            return None
    if (up and b.iv.hi < a.iv.lo) or (down and b.iv.lo > a.iv.hi):
        return (
            "warning",
            f"The text says the figure {'rose' if up else 'fell'}, but {a.q.text} to "
            f"{b.q.text} goes the other way.",
            f"{b.q.text} − {a.q.text} = {fmt(b.iv.mid - a.iv.mid)}.",
            [a, b],
        )
    return None
