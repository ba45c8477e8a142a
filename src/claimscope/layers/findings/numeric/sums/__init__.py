"""``sum_mismatch``: listed parts that do not add up to their stated total.

Only breakdowns the text presents as exhaustive are summed ("of whom", a colon list,
"won 21, drew nine and lost 11"); "including" and "among them" leave room for more. A
list closed by its rest ("the remaining 260", "the rest, £18m", "the remainder, 150")
names every part, wherever its whole is stated: before an opener pointing back ("Of
that,", "Of all that household waste,"), on the line above a heading ("By crossing:"),
or above bullet items under a total. Where a list ends is read in ``_lists.py``.

The readings live in one module each: ``_in_sentence`` (a list in one sentence after a
cue: a colon, "made up of", "including", brackets), ``_closers`` (lists closed by "the
rest" across sentences or list lines), ``_openers`` (sentences opened by "Of those," or
"Of the 8,640 ..."), ``_headings`` (a heading line that announces a breakdown, or
says how a whole stated above was split over the list lines below it),
``_distributed`` (a heading naming the whole its list lines distribute: "distribution of
the 150 seats"),
``_subjects`` (a breakdown whose definite subject, "The workforce reductions break down
as follows:", names a whole told paragraphs before), ``_holders`` (outcomes, holders and
places that divide one whole), ``_announced`` (a whole said to be divided into a stated
number of groups), ``_sublists`` (indented lines under a key-figures line that holds or
names their whole), ``_members`` (a list of one figure for each of a stated number of members),
``_label_lines`` (key-figures lines that split the line above them by its own label:
"Animals rehomed" over "Dogs rehomed", "Cats rehomed"), ``_colon_lines`` (a whole on a
line that ends in a colon over the list lines under it: "In total, 296 drivers were
reported for offences:"), ``_itemised`` (a key-figures
total of a stated number of items over that many list lines, and a total line under its
column of one-figure lines), ``_ballots`` (votes for,
against and void: every ballot cast) and
``_to_hundred`` (shares of one whole that must total 100%, in a sentence or on list
lines closed by a line labelled as the rest); ``_found`` builds the findings they share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, doc_text
from claimscope.layers.findings.base import check
from claimscope.layers.findings.numeric._book import READS, book_of
from claimscope.layers.findings.numeric.sums._announced import announced_parts
from claimscope.layers.findings.numeric.sums._closers import closed_run, rest_closed_lists
from claimscope.layers.findings.numeric.sums._colon_lines import wholes_on_colon_lines
from claimscope.layers.findings.numeric.sums._distributed import distributed_in_heading
from claimscope.layers.findings.numeric.sums._headings import (
    heading_after,
    listed_under_heading,
    made_up_below,
    totals_under_headings,
)
from claimscope.layers.findings.numeric.sums._holders import (
    exclusive_parts,
    outcomes,
    places_breakdown,
)
from claimscope.layers.findings.numeric.sums._in_sentence import (
    breakdown_object_whole,
    count_sum,
    dimension_whole,
    whole_before,
)
from claimscope.layers.findings.numeric.sums._itemised import itemised_totals, totals_under_columns
from claimscope.layers.findings.numeric.sums._label_lines import labelled_breakdowns
from claimscope.layers.findings.numeric.sums._members import category_shares, member_lists
from claimscope.layers.findings.numeric.sums._openers import (
    baselines_of,
    opened_whole,
    opener_breakdown,
)
from claimscope.layers.findings.numeric.sums._subjects import subject_named_whole
from claimscope.layers.findings.numeric.sums._sublists import sublist_breakdowns
from claimscope.layers.findings.numeric.sums._to_hundred import (
    share_lines_closed_by_rest,
    share_sum,
)
from claimscope.layers.findings.numeric.sums._totals_after import totals_after_lists

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft


__all__ = ["check_sums"]


def _worded_before(draft: Draft, s: int, n: int) -> list[int]:
    """The ``n`` sentences before sentence ``s``, the nearest first, skipping the
    fragments that hold no word ("-" cut off a list line "- The remaining 12% ..." by the
    sentence splitter): a list item's neighbours are the items, not its bullet mark."""
    out: list[int] = []
    for k in range(min(s, len(draft.sentences)) - 1, -1, -1):
        if len(out) == n:
            break
        if any(c.isalnum() for c in draft.sentences[k].text):
            out.append(k)
    return out


@check("numeric_sums", kinds=("sum_mismatch",), reads=READS)
def check_sums(doc: Doc, draft: Draft) -> list[Finding]:
    """Parts said to make up a whole, and shares said to make up 100%."""
    book = book_of(doc, draft)
    ledger = book.entries
    out: list[Finding] = []
    by_sent: dict[int, list[Entry]] = {}
    for e in ledger:
        by_sent.setdefault(e.sent, []).append(e)
    full = doc_text(doc)
    baselines = {id(c.before) for c in book.changes}
    in_changes = frozenset(id(x) for c in book.changes for x in (c.before, c.after, *c.deltas))
    for s, entries in by_sent.items():
        text = draft.sentences[s].text if s < len(draft.sentences) else ""
        offset = draft.sentences[s].start if text else 0
        previous = by_sent.get(s - 1, [])
        if previous and s > 0 and draft.sentences[s - 1].text.rstrip().endswith(":"):
            prev = draft.sentences[s - 1]  # a breakdown split off after its colon
            joined = full[prev.start : offset + len(text)]
            out.extend(count_sum(joined, prev.start, previous + entries))
        else:
            # a change's baseline ("up 7% from $3.18bn") is not the figure broken down next
            current = [e for e in previous if id(e) not in baselines]
            before = whole_before(doc, offset, current, by_sent.get(s - 2, []), full)
            if before is None:
                earlier = [e for e in ledger if e.sent < s]
                before = (
                    breakdown_object_whole(text, offset, entries, earlier)
                    or dimension_whole(
                        text, offset, entries, [e for e in earlier if id(e) not in baselines]
                    )
                    or subject_named_whole(doc, text, offset, entries, earlier)
                )
            out.extend(count_sum(text, offset, entries, before))
            out.extend(totals_after_lists(text, offset, entries))
            earlier = [e for e in ledger if e.sent < s]
            out.extend(opener_breakdown(doc, text, entries, earlier, lambda: baselines_of(book)))
            out.extend(heading_after(full, draft, s, entries, ledger))
            near = [e for e in ledger if 0 < s - e.sent <= 2]
            out.extend(places_breakdown(full, entries, near))
            out.extend(closed_run(full, draft, entries, by_sent))
        out.extend(exclusive_parts(full, entries))
        out.extend(outcomes(doc, entries))
        out.extend(opened_whole(doc, text, offset, entries))
        lead = [(draft.sentences[k].text, by_sent.get(k, [])) for k in _worded_before(draft, s, 3)]
        out.extend(share_sum(full, text, offset, entries, lead, in_changes))
    checked = {q for f in out for q in f.quantities}
    out.extend(listed_under_heading(full, ledger, baselines))
    out.extend(totals_under_headings(full, ledger))
    out.extend(made_up_below(full, ledger))
    out.extend(distributed_in_heading(full, ledger))
    out.extend(itemised_totals(full, ledger))
    out.extend(totals_under_columns(full, ledger))
    out.extend(share_lines_closed_by_rest(full, ledger))
    starts = [sent.start for sent in draft.sentences]
    out.extend(rest_closed_lists(full, starts, ledger, by_sent, checked, baselines))
    out.extend(announced_parts(full, starts, by_sent, baselines))
    checked |= {q for f in out for q in f.quantities}
    out.extend(sublist_breakdowns(full, ledger, checked))
    checked |= {q for f in out for q in f.quantities}
    out.extend(labelled_breakdowns(full, ledger, checked))
    checked |= {q for f in out for q in f.quantities}
    out.extend(wholes_on_colon_lines(full, ledger, checked))
    sentences = [sent.text for sent in draft.sentences]
    out.extend(member_lists(full, sentences, by_sent, checked))
    spans = [(sent.start, sent.end) for sent in draft.sentences]
    out.extend(category_shares(full, spans, ledger))
    return out
