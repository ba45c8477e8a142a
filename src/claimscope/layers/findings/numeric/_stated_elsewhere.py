"""A change stated in a neighbouring sentence or the headline ("Revenue is up 12 per
cent") for before-and-after figures given without a change word, and the places an
article names (``Places``), read once, which tell when such a statement is about other
places than the figures (the claim pairs ask that too). Apart because it reads other
sentences, their parse and the entities, not the figures' own sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.contract.model import Span as Sentence
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._shares import sentence_text
from claimscope.layers.findings.numeric._sizes_and_baselines import is_delta
from claimscope.layers.findings.numeric._wording import (
    CHANGE_WORDS,
    FACTORS,
    IN_A_SHARE,
    SHARE_UNITS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from claimscope.layers.base import Draft


def stated_elsewhere(
    doc: Doc, ledger: list[Entry], spans: list[Sentence], places: Places, before: Entry
) -> tuple[str, list[Entry]] | None:
    """A change stated in a neighbouring sentence or the headline ("Revenue is up 12 per
    cent", "Harvest down by a third") for before-and-after figures given without one.

    The statement must give only the size of the change (a share or a factor, no figures of
    its own to compare) and be about what the figures' sentence is about: one of its
    nouns must appear there ("revenue", "apple")."""
    text = places.text
    said = sentence_text(doc, before)
    for span in spans:
        if RATIO.search(said) and not RATIO.search(span.text):
            continue  # "Road deaths fall 4%" says nothing of "the death rate ... 4.1 per
            # billion vehicle-kilometres, compared with 4.6": a count's change, not a ratio's
        entries = [e for e in ledger if span.start <= e.q.start < span.end]
        if before in entries or any(
            e.q.unit not in SHARE_UNITS and e.q.unit not in _LENGTHS for e in entries
        ):
            continue  # ("in three years" says over how long, no figure to compare)
        if places.clash(places.within(span.start, span.end), before):
            continue  # "Crime in Leeds fell 10%" says nothing of Bradford's figures
        for m in CHANGE_WORDS.finditer(span.text):
            # each change word with the sizes of its own clause: "cases are 25% higher,
            # although care has cut deaths by a third" sizes cases by 25% only
            lo, hi = _clause_around(span.text, m.start(), m.end())
            deltas = [
                e
                for e in entries
                if span.start + lo <= e.q.start < span.start + hi and is_delta(text, e)
            ]
            if not deltas and m.group(0).lower() not in FACTORS:
                continue
            if before.q.unit not in SHARE_UNITS and IN_A_SHARE.search(span.text, m.end(), hi):
                continue  # "a rise of a quarter in the share of reports": the change of a
                # share, which no two counts give
            parsed = doc.char_span(span.start + lo, span.start + hi, alignment_mode="expand")
            nouns = {
                w
                for tok in (parsed or [])
                if tok.pos_ in ("NOUN", "PROPN")
                for w in (tok.lower_, str(tok.lemma_).lower())
            }
            pointed = span.start > before.q.start and POINTING.match(span.text) is not None
            if pointed or _speaks_of(parsed, span.start + m.start(), nouns, before, ledger):
                return m.group(0).lower(), deltas
    return None


_LENGTHS = frozenset(("day", "week", "month", "year"))

#: A ratio named as such: "the death rate", "4.1 per billion vehicle-kilometres".
RATIO = re.compile(
    r"\brates?\b|\bper (?:\d[\d,.]*|hundred|thousand|million|billion|capita|head)\b", re.I
)


#: A sentence that opens by pointing at the figures just told: "That is a rise of more than
#: 40 per cent", "This represents an increase of 12%", "It was a fall of a third".
POINTING = re.compile(
    r"^[\s\"“'‘]*(?:that|this|it|which)(?:['’]s|\s+(?:is|was|represents|means|amounts to|"
    r"marks|makes))\b",
    re.I,
)


def _speaks_of(
    parsed: SpacySpan | None, at: int, nouns: set[str], before: Entry, ledger: list[Entry]
) -> bool:
    """Whether a change stated elsewhere is about the figures: the head of what changed
    ("grants" in "Student visa grants fall 18%") is named in the figures' sentence, or one
    of the statement's nouns is what its figures count or record ("Potato crop down by a
    half" over 900 tonnes of potatoes, "Admissions have nearly tripled" over "hospitals
    admitted 790 patients"). A modifier alone ("student") is not enough: "processing
    times for student applications" are not visa grants."""
    if not nouns & before.words:
        return False
    head = _changed_head(parsed, at)
    if head is None or head & before.words:
        return True
    counts = {
        w
        for e in ledger
        if e.sent == before.sent and e.q.unit == before.q.unit
        for w in f"{e.q.counted or ''} {e.thing or ''} {e.action or ''}".lower().split()
    }
    return bool(nouns & counts)


def _changed_head(parsed: SpacySpan | None, at: int) -> set[str] | None:
    """The head noun of what a change word says changed, with its lemma: the noun after
    "in" for a change noun ("a 28% rise in profit"), else the last noun before the change
    word ("Student visa grants fall", "Sales are up"); None when there is none."""
    tokens = list(parsed or [])
    word = next((t for t in tokens if t.idx <= at < t.idx + len(t.text)), None)
    if word is None:
        return None
    if word.pos_ == "NOUN":
        found = [
            p
            for c in word.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.pos_ in ("NOUN", "PROPN")
        ]
    else:
        found = [t for t in tokens if t.i < word.i and t.pos_ in ("NOUN", "PROPN") and t.is_alpha]
    if not found:
        return None
    head = found[0] if word.pos_ == "NOUN" else found[-1]
    return {head.lower_, str(head.lemma_).lower()}


#: What ends the clause a change word sits in: "34% rise in operating profit as motor
#: premiums climb" tells of profit, not premiums.
_CLAUSE_EDGE = re.compile(
    r"[,;:]|\s(?:as|while|whilst|whereas|after|but|and|amid|despite|because|although|though)\s",
    re.I,
)


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of ``text`` that holds ``start``-``end``."""
    lo = max((m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)), default=0)
    nxt = _CLAUSE_EDGE.search(text, end)
    return lo, nxt.start() if nxt else len(text)


@dataclass(frozen=True)
class Places:
    """The places an article names, read once from its entities (``Doc.ents`` walks the
    whole document on every access), by character span, word by word and lower-cased
    ("northport" for "Northport airport")."""

    text: str
    names: tuple[tuple[int, int, frozenset[str]], ...]
    sentences: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, doc: Doc, draft: Draft) -> Places:
        text = draft.text
        names = tuple(
            (e.start_char, e.end_char, frozenset(t.lower_ for t in e if t.is_title or t.is_upper))
            for e in doc.ents
            if e.label_ in ("GPE", "LOC", "FAC") and not _BASED.match(text, e.end_char)
        )  # "the London-based consultancy": where a source is, not where its figures are
        return cls(text, names, tuple((s.start, s.end) for s in draft.sentences))

    def within(self, start: int, end: int) -> frozenset[str]:
        """The place names between ``start`` and ``end``."""
        return frozenset().union(*(w for s, e, w in self.names if start <= s and e <= end))

    def clash(self, places: frozenset[str], *entries: Entry) -> bool:
        """Whether a statement about ``places`` is about other places than the figures:
        both name places (the figures' own, or any their sentences name), none in common,
        or a figure is said to be another holder's ("Rival Southfield airport handled")."""
        if any(e.scope.other for e in entries):
            return True
        theirs: set[str] = set()
        for e in entries:
            theirs |= {w for name in e.place | e.scope.names for w in name.split()}
            if e.sent < len(self.sentences):
                theirs |= self.within(*self.sentences[e.sent])
        return bool(places and theirs and not places & theirs)


#: "-based" after a place name: the home of an organisation the sentence names.
_BASED = re.compile(r"[-\u2010\u2011]based\b", re.I)
