"""Totals the text makes by adding figures that count different things: "2,400 residents
had left ... a further 1,100 households were relocated. That brings the total number of
people to 3,500", "In total, 24,300 items were withdrawn: 14,500 packs of sandwiches and
9,800 kilograms of ham", "46 million crowns ... 12 million dollars. Together, that makes
58 million". The writer's sum is right, which is how the text shows what it added; what
it added is no one thing. ``linked`` turns each into a ``unit_mismatch`` finding.

Only a figure the text gives as a combination ("brings the total to", "together", "in
total", "adds up to", "a combined capacity of"), or sets off right after the list as its
sum ("- some 24,000 litres"), is read, and only against a run of two to four figures right next to
it whose sum it is, to the rounding: a total that matches no such run says nothing of
what was added. The parts are unlike when they are in different units (one a count, one
an amount; two currencies), per different periods, or when some count people and others
count things ("residents" and "households", "members" and "rides").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from claimscope.layers.findings._intervals import sum_of
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings._lexicon import APPROXIMATORS, IN_ALL, counts_people
from claimscope.layers.findings.numeric._other_shares import names_its_thing
from claimscope.layers.findings.numeric._pairing import far_apart, is_money
from claimscope.layers.findings.numeric._wording import SHARE_UNITS

__all__ = ["MixedSum", "mixed_sums"]

#: Words right before a figure that give it as the sum of what came before: "brings the
#: total number of people who have left to", "Together, that makes", "adding up to",
#: "Taken together, that means more than".
_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:brings?|bringing|brought|takes?|taking|took|puts?|putting)\s+(?:the|their|its)\s+"
    r"(?:combined\s+|overall\s+|running\s+)?(?:total|tally|count|number)\b[^.;:\d]{0,70}?\bto"
    r"|\b(?:together|combined|altogether|in total|in all|all told)\b[^.;\d]{0,40}?"
    r"\b(?:makes?|making|made|means?|meant|gives?|giving|gave|comes? to|came to|amounts? to|"
    r"amounted to|totals?|totalled|totalling|is|are|was|were)(?:\s+(?:us|them|it|you))?"
    r"|\b(?:adds?|added|adding) up to"
    r"|\b(?:taken together|together|combined),?\s[^.;]{0,120}?\b(?:means?|makes?|gives?)\s+that"
    r"|^\W*(?:in total|in all|altogether|all told|together),?"
    # "will give the town a combined capacity of": a total named by its measure
    r"|\b(?:together|combined|between them|in total|in all)\b[^.;\d]{0,60}?\ba\s+(?:combined|"
    r"joint|total)\s+(?:[a-z-]+\s+){0,2}of)"
    r"\s+(?:a total of\s+|a combined\s+|some\s+)?$",
    re.I,
)
#: A figure set off right after the list it totals, with no word of totality: "14,200
#: litres of spirits and 9,800 cases of wine - some 24,000 litres". Read only when it is
#: the list's sum to the rounding, which is what makes it the list's total.
_SET_OFF_TOTAL = re.compile(
    rf"[^.;:\d]{{0,40}}?(?:\s[-\u2013\u2014]|\u2014|,)\s*(?:{APPROXIMATORS}|{IN_ALL}|or)?\s*$",
    re.I,
)
#: What may stand between a total and the parts it lists after it: "24,300 items have
#: been withdrawn from sale:".
_LISTED_AFTER = re.compile(r"[^.;\d]{0,80}[:\u2013\u2014-]\s+[^\d]{0,40}$")
#: The most parts a total is read as the sum of.
_MOST = 4
#: How many sentences before the total's own its parts may start.
_BACK = 2


@dataclass(frozen=True)
class MixedSum:
    """A total and the unlike parts it adds, with why they are unlike."""

    total: Entry
    parts: list[Entry]
    why: str


def mixed_sums(text: str, starts: list[int], ledger: list[Entry]) -> list[MixedSum]:
    """Each total given as a combination whose parts, adding up to it, are unlike."""
    out: list[MixedSum] = []
    figures = [e for e in ledger if _addable(e) and not _the_n(text, e)]
    for k, t in enumerate(figures):
        floor = starts[t.sent] if t.sent < len(starts) else 0
        if t.is_rate:
            continue
        if not _TOTAL_BEFORE.search(text[floor : t.q.start]):
            run = _set_off_after_list(text, figures[:k], t)
            if run is not None and (why := _unlike(text, run)) is not None:
                out.append(MixedSum(t, run, why))
            continue
        # the total said before (in the headline, say) is no part of itself
        before = _without_breakdowns(
            [e for e in figures[:k] if t.sent - _BACK <= e.sent <= t.sent and e.iv != t.iv]
        )
        listed = k + 1 < len(figures) and _LISTED_AFTER.fullmatch(
            text, t.q.end, figures[k + 1].q.start
        )
        after = [e for e in figures[k + 1 :] if e.sent == t.sent] if listed else []
        if is_money(t):  # "a 500 club, two race nights": counts are no sums of money
            before, after = [e for e in before if is_money(e)], [e for e in after if is_money(e)]
        for parts in _runs(before, after):
            total = sum_of(p.iv for p in parts)
            if not total.meets(t.iv) or far_apart(total, t.iv):
                continue
            why = _unlike(text, parts)
            if why is not None:
                out.append(MixedSum(t, parts, why))
            break  # the run the total adds up: no shorter or longer one is read
    return out


def _set_off_after_list(text: str, before: list[Entry], t: Entry) -> list[Entry] | None:
    """The two or three figures of one sentence, joined by "and" or commas, right before a
    figure set off after them that is their sum to the rounding."""
    near = [e for e in before if e.sent == t.sent and e.iv != t.iv]
    if len(near) < 2 or not _SET_OFF_TOTAL.match(text, near[-1].q.end, t.q.start):
        return None
    for n in (2, 3):
        run = near[-n:]
        if len(run) < n:
            break
        joined = all(
            re.fullmatch(r"[^.;:\d]{0,40}?(?:,|\band)\s+[^.;:\d]{0,10}", text[a.q.end : b.q.start])
            for a, b in itertools.pairwise(run)
        )
        total = sum_of(p.iv for p in run)
        if joined and total.meets(t.iv) and not far_apart(total, t.iv):
            return run
    return None


def _the_n(text: str, e: Entry) -> bool:
    """ "the two", "all three": a number word that points at the items just named, no
    figure of its own to add."""
    return (
        e.q.text.isalpha()
        and re.search(r"\b(?:the|all|both)\s+$", text[max(0, e.q.start - 8) : e.q.start])
        is not None
    )


def _addable(e: Entry) -> bool:
    return e.bare and not e.gap and e.q.unit not in SHARE_UNITS and e.iv.lo > 0


def _without_breakdowns(figures: list[Entry]) -> list[Entry]:
    """The figures without those that break down the one right before them ("412,000
    rides - 251,000 for Zipp and 161,000 for Rolla"): a total adds the whole, not its
    parts as well."""
    out = list(figures)
    i = 0
    while i < len(out):
        for n in range(_MOST, 1, -1):
            run = out[i + 1 : i + 1 + n]
            if len(run) == n and sum_of(p.iv for p in run).meets(out[i].iv):
                del out[i + 1 : i + 1 + n]
                break
        i += 1
    return out


def _runs(before: list[Entry], after: list[Entry]) -> list[list[Entry]]:
    """Runs of 2 to ``_MOST`` figures right before the total (ending at the nearest), then
    right after it, shortest first."""
    runs = [before[-n:] for n in range(2, _MOST + 1) if len(before) >= n]
    runs += [after[:n] for n in range(2, _MOST + 1) if len(after) >= n]
    return runs


def _unlike(text: str, parts: list[Entry]) -> str | None:
    """Why the parts are no one thing, or None when they may be."""
    units = {p.q.unit for p in parts}
    if len(units) > 1:
        counts = [p for p in parts if p.q.unit is None]
        if all(names_its_thing(text, p) for p in counts):  # "1m" may leave out its "£"
            return "they are in different units"
    if len({p.q.per for p in parts}) > 1:
        return "they are counted over different periods"
    if units == {None} and all(p.q.counted and names_its_thing(text, p) for p in parts):
        people = {counts_people(p.q.counted) for p in parts}
        if len(people) > 1:
            return "some count people and others count things that are not people"
    return None
