"""Decoding: cue anchors from the tagger, then each cue's best content and source.

One linear pass scores the tokens; every anchor then ranks a few candidates, so the cost
stays linear in the article and no second parse is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.layers._attribution.features import (
    Candidate,
    QuoteIndex,
    content_candidates,
    cue_features,
    is_cue_candidate,
    none_source_features,
    source_candidates,
)
from claimscope.layers._attribution.linear import AttributionModel
from claimscope.layers._attribution.quotes import find_quotes
from claimscope.layers._words import TALLY_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["RawAttribution", "cue_bounds", "decode"]

#: The most characters between a quote and the cue that reports it ("," said the town's
#: leisure manager, ").
_CUE_GAP = 80


@dataclass(frozen=True)
class RawAttribution:
    """One decoded attribution, in character offsets; ``source`` is a token index."""

    anchor: int
    cue: tuple[int, int]
    content: tuple[int, int]
    source: int | None
    direct: bool


def cue_bounds(anchor: Token) -> tuple[int, int]:
    """The cue phrase around its head: "according to", "pointed out", "said in a statement"."""
    doc = anchor.doc
    start, end = anchor.idx, anchor.idx + len(anchor)
    lemma = anchor.lemma_.lower()
    nxt = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if (
        nxt is not None
        and (lemma in ("refer", "point", "call") or anchor.lower_ == "according")
        and nxt.dep_ in ("prep", "prt")
    ):
        end = nxt.idx + len(nxt)
    for child in anchor.children:
        if child.dep_ == "prt" and child.i == anchor.i + 1:
            end = max(end, child.idx + len(child))
    if nxt is not None and nxt.text == ":" and anchor.pos_ in ("VERB", "AUX"):
        end = nxt.idx + 1
    return start, end


def _quote_share(quotes: QuoteIndex, start: int, end: int) -> float:
    covered = sum(min(end, q.end) - max(start, q.start) for q in quotes.between(start, end))
    return covered / max(1, end - start)


def _under(tok: Token, head: Token) -> bool:
    """``tok`` is ``head`` or lies in its subtree."""
    return head.left_edge.i <= tok.i <= head.right_edge.i


def _own_quote_first(
    anchor: Token, contents: list[Candidate], quotes: QuoteIndex
) -> list[Candidate]:
    """A cue right after its own quote ("We had 900 swimmers," said X.) reports that quote:
    a span running from the cue on past its sentence ("X. \"On the busiest Saturday ...\"")
    is never its content. It would leave the first quote unattributed and swallow the
    speaker, so that no source is left; the next quote continues the speaker instead
    (``continuation``)."""
    text = quotes.text
    sent_end = anchor.sent.end_char
    own = any(
        c.end <= anchor.idx
        and c.feats[0].startswith("k=q:in")
        and not any(ch in text[c.end : anchor.idx] for ch in ".!?\n")
        and anchor.idx - c.end <= _CUE_GAP
        for c in contents
    )
    if not own:
        return contents
    kept = [c for c in contents if not (c.start >= anchor.idx and c.end > sent_end)]
    return kept or contents


#: Verbs whose passive subject was told, not the teller: "the court was told", "MPs were
#: warned that", "staff were informed".
_TOLD = frozenset(("tell", "warn", "inform", "brief", "assure", "remind", "advise"))
#: Hearers that report by hearing: "the court heard", "the inquiry heard that". A person
#: who heard something ("she heard shots") reports nothing.
_HEARERS = frozenset(
    ("court", "jury", "inquiry", "inquest", "tribunal", "hearing", "committee", "panel", "trial")
)


def _audience(anchor: Token) -> Token | None:
    """The subject of a cue that names who was told, not who told: the passive subject of
    a verb of telling ("..., the council's transport committee was told"), or a court or
    inquiry that "heard". It is neither the source (the teller goes unnamed unless an
    agent names it) nor the content (that is the clause told)."""
    lemma = anchor.lemma_.lower()
    # "a different side of the story was told by X": with no clause told, the passive
    # subject is the thing told, not who heard it
    clause = any(c.dep_ in ("ccomp", "xcomp") for c in anchor.children)
    for child in anchor.children:
        if child.dep_ == "nsubjpass" and lemma in _TOLD and clause:
            return child
        if child.dep_ == "nsubj" and lemma == "hear" and child.lemma_.lower() in _HEARERS:
            return child
    return None


def _inverted_subject(cue: Token, head: Token) -> bool:
    """Whether ``head`` is the subject of a quotative inversion (", says the mayor", "',
    said Ms Vent"): after a comma or closing quote, a speech verb put before its subject
    names the speaker there, whatever subject the parser also found before it."""
    if cue.i == 0 or head.i <= cue.i or head.dep_ != "nsubj" or head.head.i != cue.i:
        return False
    before = cue.doc[cue.i - 1]
    return before.is_punct and before.text in (",", "'", '"', "’", "”")


#: Verbs of counting, and "see" ("the departments saw 48,200 attendances"): with a figure
#: for object and no clause they report nothing.
_TALLY_VERBS = TALLY_VERBS | frozenset(("register", "clock", "see"))


def _tallies_a_figure(tok: Token) -> bool:
    """Whether ``tok`` counts rather than reports: "the scheme logged 7,950 rides". With a
    clause ("records show that ...") or no figure in its object it may still report."""
    if tok.lemma_.lower() not in _TALLY_VERBS or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd")]
    return any(t.like_num for o in objects for t in o.subtree)


def decode(doc: Doc, model: AttributionModel) -> list[RawAttribution]:
    """Every attribution the models find in ``doc``, in order of their cues."""
    text = doc.text
    quotes = QuoteIndex(find_quotes(text), text)
    out: list[RawAttribution] = []
    for tok in doc:
        if not is_cue_candidate(tok):
            continue
        tagged = model.cue.prob(cue_features(tok, quotes)) >= model.cue.threshold
        if tagged and _tallies_a_figure(tok):
            continue  # "turnstiles counted 131,400 visitors": a count, not a report
        heard = tok.lemma_.lower() == "hear"
        audience = _audience(tok) if tagged or heard else None
        if not tagged and audience is None:
            continue  # "..., the court heard." is a cue whatever the tagger scores it
        contents = _own_quote_first(tok, content_candidates(tok, quotes), quotes)
        if audience is not None:
            first = audience.left_edge.idx
            last = audience.right_edge.idx + len(audience.right_edge)
            contents = [c for c in contents if not (first <= c.start and c.end <= last)]
        if not contents:
            continue
        best = max(contents, key=lambda c: model.content.logit(c.feats))
        whole = next((c for c in contents if c.feats[0] == "k=q:split"), None)
        if whole is not None and whole.start <= best.start and best.end <= whole.end:
            best = whole  # half of a quote split by this cue: the content is the whole quote
        split = best.feats[0] == "k=q:split"
        sources = [
            c
            for c in source_candidates(tok, quotes)
            if (
                not (best.start <= c.start < best.end)
                or (split and quotes.containing(c.start) is None)
            )
            and not (audience is not None and _under(doc[c.head], audience))
        ]
        inverted = [c for c in sources if _inverted_subject(tok, doc[c.head])]
        if inverted:
            sources = inverted  # "X a 'runaway success', says mayor": the speaker follows
        none_score = model.source.logit(none_source_features(tok))
        source: int | None = None
        if sources:
            top = max(sources, key=lambda c: model.source.logit(c.feats))
            if model.source.logit(top.feats) > none_score:
                source = top.head
        out.append(
            RawAttribution(
                anchor=tok.i,
                cue=cue_bounds(tok),
                content=(best.start, best.end),
                source=source,
                direct=_quote_share(quotes, best.start, best.end) >= 0.8,
            )
        )
    return out
