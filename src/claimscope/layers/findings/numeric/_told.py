"""Groups told by a deed: "3,950 of the requests it logged" points back to the count the
article gives for that deed ("had logged 5,130 requests"), not to another count of the same
noun beside it ("against the ministry's count of 5,870"). ``_wording.pronoun_whole`` asks
these helpers which count a partitive "of the ..." with a clause of its own means.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry

if TYPE_CHECKING:
    from spacy.tokens import Doc


def told_by(doc: Doc, start: int) -> str | None:
    """The verb of the clause that describes the group "of the ..." names ("of the requests
    it logged", "of the claims that were paid", "of the homes inspected"), lemmatised, or
    None when the group is not told by a deed (or only by a verb too common to tell one)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root
    while noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head
    verb = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"), None)
    lemma = None if verb is None else str(verb.lemma_).lower()
    return None if lemma is None or lemma in _LIGHT_VERBS else lemma


#: Verbs too common to tie a group to one count ("the cases we have", "the ones it got").
_LIGHT_VERBS = frozenset(("be", "have", "do", "get", "make", "say", "see", "give", "take", "go"))


def done_nearest(text: str, earlier: list[Entry], verb: str) -> Entry | None:
    """Of the counts a group told by a deed may point back to, the one the deed is told of
    ("logged 5,130 requests ..., against the ministry's count of 5,870": 5,130): in the
    latest sentence that has a word of the verb's stem, the count nearest that word."""
    stem = verb[:5]
    done = [e for e in earlier if any(w.startswith(stem) for w in e.words)]
    if not done:
        return None
    latest = [e for e in done if e.sent == done[-1].sent]
    return min(latest, key=lambda e: distance_to(text, stem, e))


def distance_to(text: str, stem: str, e: Entry) -> int:
    """Characters between a figure and the nearest word of ``stem`` around it."""
    lo = max(0, e.q.start - 150)
    near = text[lo : e.q.end + 150].lower()
    spots = [m.start() + lo for m in re.finditer(rf"\b{re.escape(stem)}", near)]
    return min((abs(p - e.q.start) for p in spots), default=10**6)
