"""What a figure's clause names, read from the words and the parse around it: how much of
a claim's subject it names (``topic``), the words of its clause and of the sentence before
when it points back there ("In 2024 it was 41"), and the noun subject of the change verb
it hangs from. ``FigureWords`` is a base class of ``ClaimFigures`` (``_claim_figures.py``)
so that its methods keep their place on the one object; apart because choosing a pair
asks these questions without caring how the words are read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._claims import TIME_UNITS, Claim, clause_bounds
from claimscope.layers.findings.numeric._wording import direction

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.layers.base import Draft

__all__ = ["GENERIC_HEADS", "FigureWords", "named_in"]


class FigureWords:
    """The words of one article's figures and claims, cached per figure."""

    doc: Doc
    draft: Draft
    text: str
    ledger: list[Entry]
    _words: dict[int, frozenset[str]]

    def _claim_words(self, claim: Claim) -> frozenset[str]:
        """Words and lemmas of the claim's own clause, however its subject was parsed."""
        span = self.doc.char_span(*claim.clause, alignment_mode="expand")
        words = {w for t in span or [] if t.is_alpha for w in (t.lower_, str(t.lemma_).lower())}
        return frozenset(words | {canonical(w) for w in words})

    def _changed_subject(self, e: Entry) -> frozenset[str] | None:
        """Words naming the noun subject of the change verb the figure hangs from ("prices"
        in "prices rose to £210") and what the figure itself counts, or None when its verb
        states no change or its subject is no noun."""
        verb = self._climb(e)
        if verb is None or verb.pos_ not in ("VERB", "AUX") or direction(verb.lower_) == 0:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i < verb.i:
            subj = _past_that(self.doc, subj, verb)
        if subj is None or subj.pos_ != "NOUN":
            return None
        parts = [subj] + [
            t
            for c in subj.children
            for t in ([c] if c.dep_ in ("compound", "poss") else [g for g in c.children])
            if c.dep_ in ("compound", "poss") or (c.dep_ == "prep" and c.lower_ == "of")
        ]
        words = {w for t in parts for w in (t.lower_, str(t.lemma_).lower())}
        words |= set(f"{e.q.counted or ''} {e.thing or ''}".lower().split())  # its own noun
        return frozenset(words | {canonical(w) for w in words})

    def _climb(self, e: Entry) -> Token | None:
        """The verb the figure hangs from, climbing at most six heads (the token reached
        when there is none: the sentence root or the sixth head)."""
        span = self.doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        for _ in range(6):
            if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                break
            tok = tok.head
        return tok

    def _names_head(self, claim: Claim, e: Entry) -> bool:
        """Whether the figure's clause names the head of the claim's subject ("cost")."""
        words = self._clause_words(e)
        return any(n == 2 and named_in(canonical(w), words) for w, n in claim.subject)

    def _pronoun_subject(self, e: Entry) -> bool:
        """Whether the verb the figure hangs from has a pronoun for its subject ("In
        February it stood at £290,000"); "It also said emissions fell to 410 tonnes" has
        a pronoun speaker, not a pronoun subject of the figure."""
        tok = self._climb(e)
        return tok is not None and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in tok.children)

    def _told_on(self, a: Entry, b: Entry) -> tuple[Entry, Entry]:
        """The two figures, a bare number whose sentence goes on from the one before with
        a pronoun ("The annual average was 48 micrograms in 2023. In 2024 it was 41.")
        given what the other figure, in that sentence before, counts: the writer says it
        once for both."""
        for x, y in ((a, b), (b, a)):
            if (
                x.sent == y.sent + 1
                and x.q.unit is None
                and x.q.counted is None
                and x.thing is None
                and self._pronoun_subject(x)
            ):
                told = replace(x, thing=y.thing, q=x.q.model_copy(update={"counted": y.q.counted}))
                return (told, y) if x is a else (y, told)
        return a, b

    def _generic_subject(self, e: Entry) -> bool:
        """Whether the verb the figure hangs from has a measure for its subject and no
        "of" to say what it measures ("The annual average was 48 micrograms", "The figure
        stood at 2,300"): like a pronoun, it points back to the sentence before."""
        tok = self._climb(e)
        if tok is None:
            return False
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and str(c.lemma_).lower() in _MEASURE_HEADS
            and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
            for c in tok.children
        )

    def topic(self, claim: Claim, e: Entry) -> int:
        """How much of the claim's subject the figure's clause names (head noun 2, each
        modifier 1): "Civilian casualties" and "1,840 civilians killed or injured"."""
        words = self._clause_words(e)
        return sum(n for w, n in claim.subject if named_in(canonical(w), words))

    def _clause(self, e: Entry) -> tuple[int, int]:
        sent = self.draft.sentences[e.sent] if e.sent < len(self.draft.sentences) else None
        lo, hi = (sent.start, sent.end) if sent is not None else (0, len(self.text))
        return clause_bounds(self.text, lo, hi, e.q.start)

    def _window(self, e: Entry) -> str:
        """The words of the figure's clause that belong to it: from the figure (from the
        clause start for its first figure, "In the previous season, ..., Peru exported
        452,000 tonnes") to the next figure ("1,840 ... in the six months before the
        truce, and 1,610 in the six months since")."""
        lo, hi = self._clause(e)
        others = [x for x in self.ledger if x.sent == e.sent and x.q.unit not in TIME_UNITS]
        if any(lo <= x.q.end <= e.q.start for x in others):
            lo = e.q.start
        hi = min((x.q.start for x in others if e.q.end <= x.q.start < hi), default=hi)
        return self.text[lo:hi]

    def _answers(self, sent: int) -> bool:
        """Whether sentence ``sent`` opens the answer to a question just asked ("What has
        happened to wholesale prices?" then "Baseload power ... averaged 78 euros"): the
        question names what the answer's figures are about."""
        sents = self.draft.sentences
        return 0 < sent < len(sents) and sents[sent - 1].text.rstrip().endswith("?")

    def _clause_words(self, e: Entry) -> frozenset[str]:
        """Words and lemmas of the figure's clause, with what the figure counts and hangs
        from; a clause whose subject is a pronoun ("In February it stood at £290,000",
        "Last year they fitted 19,000") also names what the sentence before is about."""
        cached = self._words.get(id(e))
        if cached is not None:
            return cached
        self._words[id(e)] = frozenset()  # no loop through a chain of sentences
        lo, hi = self._clause(e)
        span = self.doc.char_span(lo, hi, alignment_mode="expand")
        tokens = list(span or [])
        told: frozenset[str] = frozenset()
        if e.sent > 0 and (
            self._pronoun_subject(e) or self._generic_subject(e) or self._answers(e.sent)
        ):
            prev = self.draft.sentences[e.sent - 1]
            tokens += list(self.doc.char_span(prev.start, prev.end, alignment_mode="expand") or [])
            # "The annual average was 48 ... In 2024 it was 41": what the sentence before
            # was about, when it too points further back
            told = next(
                (self._clause_words(x) for x in reversed(self.ledger) if x.sent == e.sent - 1),
                frozenset(),
            )
        words = {w for t in tokens if t.is_alpha for w in (t.lower_, str(t.lemma_).lower())}
        words |= told
        words |= set(f"{e.q.counted or ''} {e.thing or ''}".lower().split()) | set(e.scope.heads)
        words |= {canonical(w) for w in words}  # "shipments" names "exports"
        found = frozenset(words)
        self._words[id(e)] = found
        return found


def _past_that(doc: Doc, subj: Token, verb: Token) -> Token | None:
    """The subject a misparse hides behind "that" ("Figures ... show that appeals lodged
    ... rose to 690" parsed with "show" as the subject of "rose"): the first noun subject
    after the "that", which is what the verb tells of; the parsed one when there is no
    "that" between it and the verb."""
    mark = next(
        (t for t in doc[subj.i + 1 : verb.i] if t.dep_ == "mark" and t.lower_ == "that"), None
    )
    if mark is None:
        return subj
    return next(
        (
            t
            for t in doc[mark.i + 1 : verb.i]
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
        ),
        None,
    )


def named_in(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` or a word of its stem is among ``words`` ("registration" and
    "registered", "export" and "exported")."""
    if word in words:
        return True
    if len(word) < 4:
        return False
    for w in words:
        short, long_ = (w, word) if len(w) < len(word) else (word, w)
        if len(short) >= 4 and long_.startswith(short):
            return True
        if len(short) >= 6 and short[:6] == long_[:6]:
            return True
    return False


#: Nouns that name a figure without saying what it counts ("The figure compares with").
GENERIC_HEADS = frozenset(("figure", "number", "total", "tally", "count", "result"))
#: Nouns that name a measure of something said elsewhere ("The annual average was 48").
_MEASURE_HEADS = GENERIC_HEADS | {"average", "level", "amount", "mean", "median", "reading"}
