"""One article's ledger, and the changes and comparisons it states, built once per article.

Every numeric check reads the same book, so a figure is read one way by all of them and
the ledger is built once however many checks run.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding, Quantity, Span
from claimscope.layers.findings._ledger import (
    Entry,
    Span3,
    build_ledger,
    ratio_ledger,
)
from claimscope.layers.findings.base import new_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._comparisons import stated_comparisons
from claimscope.layers.findings.numeric._shares import Tally, tallies
from claimscope.layers.findings.numeric._stated_changes import Change, stated_changes

READS = ("quantities", "sentences")


@dataclass
class _Book:
    """One article's ledger and the changes it states, built once and read by every check."""

    doc: Doc
    draft: Draft
    quantities: list[Quantity]
    entries: list[Entry]
    _changes_cache: list[Change] | None = None
    _comparisons_cache: list[Change] | None = None
    _tallies_cache: list[Tally] | None = None
    _ratios_cache: list[Entry] | None = None

    @property
    def changes(self) -> list[Change]:
        if self._changes_cache is None:
            self._changes_cache = stated_changes(self.doc, self.entries, self.draft)
        return self._changes_cache

    @property
    def comparisons(self) -> list[Change]:
        if self._comparisons_cache is None:
            self._comparisons_cache = stated_comparisons(self.doc, self.entries, self.draft.text)
        return self._comparisons_cache

    @property
    def ratios(self) -> list[Entry]:
        """Figures per another unit than time ("78 euros per megawatt-hour"), which the
        ledger leaves out: read only by the change checks, since prices, yields and flows
        change over time but are no totals or parts."""
        if self._ratios_cache is None:
            self._ratios_cache = ratio_ledger(self.doc, self.draft)
        return self._ratios_cache

    @property
    def tallies(self) -> list[Tally]:
        """Parts the text counts out of a whole ("Of those, 1,150 failed to appear")."""
        if self._tallies_cache is None:
            self._tallies_cache = tallies(self.doc, self.entries)
        return self._tallies_cache


#: The book's type, for helpers that are handed one.
Book = _Book


_LAST = threading.local()


def book_of(doc: Doc, draft: Draft) -> _Book:
    """The ledger of the article the checks are looking at, built on first use.

    The findings layer runs every check on the same doc and draft in turn; one slot per
    thread, keyed by identity, is enough for them to share a single ledger, and a later
    article (or a re-run quantities layer) replaces it."""
    last: _Book | None = getattr(_LAST, "book", None)
    if (
        last is not None
        and last.doc is doc
        and last.draft is draft
        and last.quantities is draft.quantities
    ):
        return last
    book = _Book(doc, draft, draft.quantities, build_ledger(doc, draft))
    _LAST.book = book
    return book


def numeric_finding(
    kind: str,
    severity: str,
    message: str,
    explanation: str,
    *entries: Entry,
    spans: Sequence[Span] = (),
) -> Finding:
    return new_finding(
        kind, severity, message, explanation, quantities=[e.q.id for e in entries], spans=spans
    )


def publication_end(draft: Draft) -> Span3 | None:
    raw = draft.article.published
    if not raw or len(raw) < 10 or not raw[:4].isdigit():
        return None
    return Span3(int(raw[:4]), int(raw[5:7]), int(raw[8:10]))
