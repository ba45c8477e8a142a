"""``rate_total_mismatch`` for a figure per item: "an average of 31,200 per match" over the
23 matches the article counts gives 717,600, not the 610,400 it states as the total.

A price, an average or a yield per item (``Entry.q.per`` is the item's noun in the ratio
ledger) times the number of those items the article gives is a total in the ratio's own
unit. That is the first sum a reader does with "about £1,560 each" next to "312,000
visitors" and "£486m", and the one a writer gets wrong when one of the three figures is
changed and the others are not.

The three figures must be tied by the text, since articles hold many totals in one
currency: the count counts the ratio's item (its noun, or that noun's head), the total is
in the ratio's unit, and it is the ratio's own ("total", "in all", its sentence or its
count's sentence, or the same named thing). Anything less (two counts of the item, two
candidate totals) is left unchecked rather than guessed.

Every finding here is info, a product that misses its total included: it shows the
arithmetic, and a reader judges whether the items averaged over are the ones counted (a
spend per visitor from a survey of some visitors, the year's visitors counted). On our
sealed sets, as a warning it found no planted conflict and warned about clean articles,
even when one sentence held all three figures.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval, fmt
from claimscope.layers.findings._ledger import SCALE_READINGS, Entry, doc_text
from claimscope.layers.findings._lexicon import canonical, counts_people
from claimscope.layers.findings.base import check
from claimscope.layers.findings.numeric._book import READS, book_of, numeric_finding
from claimscope.layers.findings.numeric._pairing import far_apart, period_within, plural_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft

__all__ = ["check_averages"]

#: Units no item divides into a total: shares, and readings on a scale.
_NOT_AMOUNTS = frozenset(("percent", "fraction", "percentage point", "basis point"))

#: Words by which a sentence says its figure is the whole over every item.
_TOTAL = re.compile(
    r"\b(?:total|totals|totalled|totaled|totalling|in all|altogether|overall|combined|"
    r"aggregate|all told|in total)\b",
    re.I,
)

#: How far the product may miss the total before it is a conflict: averages and prices
#: are rounded more loosely than their significant digits say ("about £1,560 each").
_SLACK = 0.03


def _item(r: Entry) -> str:
    """The noun a ratio is per: the ratio ledger keeps it in ``per``, typed for times."""
    return str(r.q.per or "")


def _head(noun: str) -> str:
    return canonical(noun).split()[-1] if noun.strip() else ""


def _noun_fits(item: str, counted: str | None) -> bool:
    """Whether a count's noun counts the ratio's item: the same noun, its head, or people
    for a per-person item ("200,000 people" for "per resident")."""
    if not counted:
        return False
    if canonical(counted) == canonical(item) or _head(counted) == _head(item):
        return True
    return counts_people(item) and counts_people(counted)


def _counts(r: Entry, ledger: list[Entry]) -> list[Entry]:
    """Bare counts of the ratio's item. A count in the ratio's own sentence comes first:
    "the remaining 460 will take severance averaging €48,000 per worker" divides among
    those 460, not the 1,240 workers counted before; a sentence that counts something
    else there leaves the item's number unsaid."""
    item = _item(r)
    bare = [
        c
        for c in ledger
        if c.q.unit is None and c.q.per is None and c.q.low == c.q.high and not c.gap
    ]
    before = [c for c in bare if c.sent == r.sent and c.q.start < r.q.start]
    after = [c for c in bare if c.sent == r.sent and c.q.start > r.q.start]
    own = before[-1:] or after[:1]  # the nearest before it, else the first after it
    if own:
        return [c for c in own if c.q.counted is None or _noun_fits(item, c.q.counted)]
    whole = canonical(item)
    exact = [c for c in bare if c.q.counted and canonical(c.q.counted) == whole]
    if exact:
        return exact
    head = _head(item)
    return [c for c in bare if c.q.counted and _head(c.q.counted) == head]


def _sentence(text: str, draft: Draft, e: Entry) -> str:
    """The figure's sentence and the line it stands on: a key-figures line ("Total home
    attendance: 610,400") may be split at its colon into sentences of their own."""
    s = draft.sentences[e.sent] if e.sent < len(draft.sentences) else None
    line_start = text.rfind("\n", 0, e.q.start) + 1
    line_end = text.find("\n", e.q.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(line) > _LIST_LINE:
        line = ""  # a paragraph, not a list line: its other sentences are not the figure's
    return (text[s.start : s.end] if s is not None else "") + "\n" + line


#: The longest line read as one item of a key-figures list.
_LIST_LINE = 100


def _totals(r: Entry, count: Entry, ledger: list[Entry], text: str, draft: Draft) -> list[Entry]:
    """Figures in the ratio's unit that the text ties to it as the total over its items."""
    found = []
    for t in ledger:
        if t is count or t.q.per is not None or t.q.unit != r.q.unit or t.gap:
            continue
        if (
            t.q.unit is None
            and t.q.counted
            and r.q.counted is None
            and _head(t.q.counted) == _head(_item(r))
        ):
            continue  # another count of the items themselves
        if not t.bare or t.scope.peak or t.q.approx in ("<", "<="):
            continue
        same_named = (
            r.q.counted is not None
            and t.q.counted is not None
            and canonical(r.q.counted) == canonical(t.q.counted)
        )
        if r.q.counted is not None and t.q.counted is not None and not same_named:
            continue  # "£75 of bins a property" against "a £1.1 million grant"
        tied = (
            same_named
            or t.sent in (r.sent, count.sent)
            or _TOTAL.search(_sentence(text, draft, t)) is not None
        )
        if not tied:
            continue
        if t.sent == r.sent == count.sent or (
            period_within(t, r) and period_within(r, t) and period_within(count, t)
        ):
            found.append(t)  # one sentence's dates may be its telling's ("heard on Tuesday")
    return found


def _one(entries: list[Entry]) -> Entry | None:
    """The one figure the list holds, if all its figures agree."""
    if not entries:
        return None
    first = entries[0]
    same = all(e.iv.meets(first.iv) for e in entries[1:])
    return first if same else None


def _finding(r: Entry, count: Entry, total: Entry) -> Finding:
    item = _item(r) or "item"
    product = r.iv * count.iv
    slack = Interval(product.lo * (1 - _SLACK), product.hi * (1 + _SLACK))
    stated = (r.q.value or r.iv.mid) * (count.q.value or count.iv.mid)
    arithmetic = (
        f"{r.q.text} per {item} × {count.q.text} {plural_noun(item)} = {fmt(stated)}"
        f" ({product} allowing for rounding); the total stated is {total.q.text}"
    )
    if slack.meets(total.iv):
        return numeric_finding(
            "rate_total_mismatch",
            "info",
            f"The figure per {item} times the number of {plural_noun(item)} gives the"
            " stated total.",
            f"{arithmetic}: they agree.",
            r,
            count,
            total,
        )
    per_item = (total.q.value or total.iv.mid) / (count.q.value or count.iv.mid)
    return numeric_finding(
        "rate_total_mismatch",
        "info",
        f"The figure per {item} times the number of {plural_noun(item)} does not give the"
        " stated total; worth a look.",
        f"{arithmetic}, which is {fmt(per_item)} per {item}, not {r.q.text}. Shown as"
        f" info: the {plural_noun(item)} averaged over may not be the ones counted.",
        r,
        count,
        total,
    )


@check("numeric_averages", kinds=("rate_total_mismatch",), reads=READS)
def check_averages(doc: Doc, draft: Draft) -> list[Finding]:
    """A figure per item against the item count and the total the article states."""
    book = book_of(doc, draft)
    text = doc_text(doc)
    out: list[Finding] = []
    for r in book.ratios:
        item = _item(r)
        if not item or item == "each" or item[:1].isdigit():
            continue  # "£5 each" names no item; "41 per 100,000" is a population rate
        if r.q.unit in _NOT_AMOUNTS or r.q.unit in SCALE_READINGS or r.scope.peak:
            continue
        count = _one(_counts(r, book.entries))
        if count is None:
            continue
        total = _one(_totals(r, count, book.entries, text, draft))
        if total is None or far_apart(total.iv, r.iv * count.iv):
            continue  # a total far off the product is some other total, not a slip
        out.append(_finding(r, count, total))
    return out
