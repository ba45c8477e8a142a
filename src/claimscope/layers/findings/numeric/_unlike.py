"""Figures set against each other that are not of one kind: a change from a count to an
amount ("1.12 million tonnes, up 8% from 1.04 million bags") and a sum named as one of its
parts ("17 goals and 9 assists add up to 26 goals"). ``linked`` turns them into
``unit_mismatch`` findings; this module says which pairs they are and how to word them.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, same_thing, unit_dimension
from claimscope.layers.findings._lexicon import counts_people
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._other_shares import names_its_thing
from claimscope.layers.findings.numeric._pairing import plural_noun
from claimscope.layers.findings.numeric._stated_changes import Change
from claimscope.layers.findings.numeric._wording import FACTORS, SHARE_UNITS


def countable(e: Entry) -> bool:
    """A bare count of a common noun ("3200 Phaethon" is a name, not a count)."""
    return (
        e.q.unit is None
        and e.thing is not None
        and e.q.counted is not None
        and not e.q.counted[:1].isupper()
    )


def both_people(a: Entry, b: Entry) -> bool:
    """ "271 vaccine recipients ... compared with 136 people in the placebo group": two
    counts of people in different roles are counts of one kind of thing."""
    return counts_people(a.q.counted) and counts_people(b.q.counted)


def count_and_amount(text: str, change: Change, ledger: list[Entry]) -> bool:
    """ "1.12 million tonnes, up 8% from 1.04 million bags": a change of a stated size from
    a count to an amount in a unit (or back) measures nothing, whatever a bag weighs. The
    count must name its own noun ("bags"): a bare "from 1.04 million" counts what the
    amount measures, whatever noun the extractor lent it. Shares and rates are no amounts.
    A change with no size ("raised £2.9m from 6,000 donors") may be no change at all, and
    one whose sentence gives another figure of either kind ("186 euros a night, up 8.1%
    from 172 euros", beside "21,300 rooms") is one between those two."""
    a, b = change.before, change.after
    count, amount = (a, b) if a.q.unit is None else (b, a)
    if not (
        change.deltas
        and not change.alike
        and count.q.unit is None
        and amount.q.unit is not None
        and amount.q.unit not in SHARE_UNITS
        and not amount.is_rate
        and not count.is_rate
        and countable(count)
        and names_its_thing(text, count)
    ):
        return False
    return not any(
        e is not a
        and e is not b
        and e.sent in (a.sent, b.sent)
        and (e.q.unit == amount.q.unit or (e.q.unit is None and same_thing(e, count)))
        for e in ledger
    )


def other_periods(change: Change) -> bool:
    """ "daily active users climbed to 8.4 million, a 40% increase on the 6 million monthly
    active users": a change between two figures each per its own period (a day's count
    against a month's) compares two measures, whatever their noun; the stated change is
    what its size (or a factor) is computed from, so only a change with one is read so."""
    a, b = change.before, change.after
    return (
        a.q.per is not None
        and b.q.per is not None
        and a.q.per != b.q.per
        and a.q.unit == b.q.unit
        and a.q.unit not in SHARE_UNITS
        and bool(change.deltas or any(change.word.startswith(w.rstrip("d")) for w in FACTORS))
    )


def period_mismatch(a: Entry, b: Entry) -> Finding:
    """The warning for a change stated from a count per one period to a count per another."""
    return numeric_finding(
        "unit_mismatch",
        "warning",
        f"The article compares {_per_period(b)} to {_per_period(a)}, but they count different "
        "things.",
        f"{b.q.text} is a count per {b.q.per} and {a.q.text} a count per {a.q.per}: a "
        "change between them measures no change in either.",
        b,
        a,
    )


def _per_period(e: Entry) -> str:
    """A figure with what it counts and its period ("8.4 million active users a day")."""
    return f"{named(e)} a {e.q.per}"


#: "add up to", "adds up to": the figure after is the sum of the counts before.
SUMMED = re.compile(r"add(?:s|ed)? up to", re.I)


def summed_other(parts: list[Entry], total: Entry) -> Entry | None:
    """ "His 17 goals and 9 assists add up to 26 goals": a sum named by the noun of one of
    its parts counts every part as that thing, so a part of another kind (the one
    returned) is miscounted. A sum named by a noun of its own ("17 wins and 9 draws add
    up to 26 games", "3 wins and 2 draws add up to 11 points") is a wider class or a
    conversion, not a mismatch: None."""
    if not any(same_thing(e, total) for e in parts):
        return None
    return next((e for e in reversed(parts) if not same_thing(e, total)), None)


def named(e: Entry) -> str:
    """A figure with what it counts ("1.04 million bags"); an amount's text names its unit."""
    return e.q.text if e.q.unit is not None else f"{e.q.text} {plural_noun(e.q.counted)}"


def counts_what(e: Entry) -> str:
    """What a figure counts, or that it is an amount and counts nothing."""
    if e.q.unit is not None:
        return f"{e.q.text} is an amount in {e.q.unit}, not a count"
    return f"{e.q.text} counts {plural_noun(e.q.counted)}"


#: What each dimension's figures measure, for the warning.
_MEASURES = {
    "m": "a length",
    "kg": "a weight",
    "l": "a volume",
    "W": "a power",
    "kWh": "an amount of energy",
    "MB": "an amount of data",
    "hectare": "an area",
}


def other_measures(a: Entry, b: Entry) -> bool:
    """ "4,800 tonnes of potatoes, three times last year's losses of 1,600 hectares": two
    amounts in units of different physical dimensions (a weight and an area) are no
    multiple, change or difference of one another, whatever the numbers say."""
    da, db = unit_dimension(a.q.unit), unit_dimension(b.q.unit)
    return da is not None and db is not None and da != db


def measure_mismatch(a: Entry, b: Entry, how: str) -> Finding:
    """The warning for two figures set against each other that measure different things."""
    da, db = unit_dimension(a.q.unit) or "", unit_dimension(b.q.unit) or ""
    return numeric_finding(
        "unit_mismatch",
        "warning",
        f"The article {how} {b.q.text} to {a.q.text}, but they measure different things.",
        f"{b.q.text} is {_MEASURES.get(db, db)} and {a.q.text} is {_MEASURES.get(da, da)}: "
        "neither can be a multiple of the other, so the comparison cannot be checked.",
        b,
        a,
    )
