"""The places a figure is said to be about: "in Lyon", "across Bavaria", or the name
that labels a list line.

A figure for Lyon and one for Bavaria are no part and whole of one another; an aside
or a speaker's "in Geneva" places something else, not the figure.
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from claimscope.layers._entities import entity_from
from claimscope.layers._words import SUBSET_ASIDE
from claimscope.layers.findings._ledger.verbs import SPEECH_VERBS
from claimscope.layers.findings._lexicon import place_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimscope.contract.model import Quantity

__all__ = ["place_of"]


def place_of(doc: Doc, q: Quantity, text: str) -> frozenset[str]:
    """Places the figure is said to be about: "in Lyon", "across Bavaria"."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return frozenset()
    sent = span.sent
    out = set()
    for tok in sent:
        if (
            tok.i > sent.start
            and tok.pos_ == "PROPN"
            and tok.ent_type_ not in _NOT_PLACES
            and doc[tok.i - 1].lower_ in ("in", "at", "across", "throughout")
            and str(doc[tok.i - 1].head.lemma_).lower() not in SPEECH_VERBS
        ):
            ent = entity_from(tok, sent)
            end = ent.end_char if ent is not None else tok.idx + len(tok.text)
            if not _aside_between(text, q, tok.idx, end):
                out.add(place_name((ent.text if ent is not None else tok.text).lower()))
    return frozenset(out | _label_place(sent, q))


def _aside_between(text: str, q: Quantity, start: int, end: int) -> bool:
    """Whether an aside clause stands between the figure and a place at ``start:end``, so
    that the place is the aside's. An aside that opens right after a place before the
    figure is a clause on that place ("In Germany, where the bulk of the cuts will fall,
    1,400 positions ..."): the place still opens the figure's clause. A place after an
    aside about a subset ("logged 2,060, about 40% of them in Port Sefu") is the subset's."""
    if start >= q.end and SUBSET_ASIDE.search(text, q.end, start):
        return True
    m = _ASIDE.search(text, min(q.end, start), max(q.start, start))
    return m is not None and not (end <= q.start and m.start() == end)


def _label_place(sent: Span, q: Quantity) -> set[str]:
    """ "- Tarnhaven busiest day: 35,400 passengers, against a July average of 29,400 a
    day": a list line whose short label opens with a proper name (no date) scopes the
    figures after its colon to that name."""
    text = sent.text
    colon = text.find(":")
    if colon < 0 or q.start < sent.start_char + colon or len(text[:colon].split()) > 5:
        return set()
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if (
        first is None
        or first.idx >= sent.start_char + colon
        or first.pos_ != "PROPN"
        or first.ent_type_ in _NOT_PLACES
        or first.lower_ in _MONTH_WORDS
        or (not first.ent_type_ and first.lower_ in _lower_words(sent.doc))
    ):
        return set()  # "- Wheat delivered to board elevators: 1.9 million tonnes", when
        # the article writes "wheat" in lower case elsewhere: a common word, no name
    ent = entity_from(first, sent)
    return {place_name((ent.text if ent is not None else first.text).lower())}


_MONTH_WORDS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.day_name))


def _lower_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case, once per doc."""
    words = doc.user_data.get(_LOWER_KEY)
    if not isinstance(words, frozenset):
        words = frozenset(t.text for t in doc if t.is_lower)
        doc.user_data[_LOWER_KEY] = words
    return words


_LOWER_KEY = "claimscope.findings.lower_words"


#: A clause hung on the sentence that names places of its own: "1,940 cases in Khulna,
#: with the highest numbers in Jessore", "... where the storm also cut power".
_ASIDE = re.compile(r",\s+(?:with|where|while|whereas|including)\b", re.I)


_NOT_PLACES = frozenset(("DATE", "TIME", "PERSON", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"))
