"""A breakdown whose subject names its whole by a definite noun, the whole told paragraphs
before: "A reduction of the group workforce by 1,450 positions" in a list of key points,
then "The workforce reductions break down as follows: 620 positions in manufacturing,
380 in logistics and 240 in administration". The breakdown verb ("break down as", "is
made up of", "split between") gives its list as all of what its subject names, and "the
reductions" points back to the one figure the text gave for them, however far back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings.numeric.sums._found import countable, governing_verb
from claimscope.layers.findings.numeric.sums._in_sentence import cue_subject, parts_after_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["subject_named_whole"]

#: Determiners that make the subject a group the reader has met: "the reductions".
_DEFINITE = frozenset(("the", "these", "those", "this", "that"))


def subject_named_whole(
    doc: Doc, text: str, offset: int, entries: list[Entry], earlier: list[Entry]
) -> Entry | None:
    """The earlier figure the breakdown's definite subject names: the latest one in the
    parts' unit whose noun, deed or doer is the subject's head noun, large enough to hold
    the largest part ("would cut 860 jobs" for "the cuts"); counts of no unit must count
    the parts' thing. The sentence must
    state no figure before its cue, so that no whole of its own is passed over."""
    found = parts_after_cue(text, offset, entries)
    if found is None:
        return None
    parts = found[1]
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    subj = cue_subject(doc, span.sent) if span is not None else None
    if (
        subj is None
        or subj.pos_ != "NOUN"
        or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children)
    ):
        return None
    lemma = str(subj.lemma_).lower()
    largest = max(p.iv.lo for p in parts)
    for e in reversed(earlier):
        if not countable(e) or e.q.unit != parts[0].q.unit or e.iv.hi < largest:
            continue
        if e.q.unit is None and any(p.q.counted and not same_thing(p, e) for p in parts):
            continue  # "620 positions" are no part of "11,600 employees"
        if lemma in e.scope.heads or lemma in (e.action, e.subject, governing_verb(doc, e)):
            return e  # "would cut 860 jobs" for "the cuts"
    return None
