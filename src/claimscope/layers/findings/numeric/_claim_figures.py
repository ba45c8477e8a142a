"""The two figures a change claim rests on, looked for in the whole article.

A claim ("profit nearly triples", "emissions cut by a third since 2019") is checked only
against one unambiguous pair of figures of its subject: the current figure (the one the
claim gives, or the latest one) and the earlier one at the base the claim names, or at
the period just before when it names none. The pair may come from a sentence that sets
two figures side by side without saying by how much they changed ("has grown from 5,920
in March 2020 to 7,340 last month", "The allocation compares with 2.9 billion dollars in
2025"), or be found figure by figure: same unit and thing, no clash of holder, place or
mood, and never a plan or a forecast. When two pairs fit equally well, none is used.

The candidates are found in ``_pair_candidates.py`` (those set side by side with
"compared with" in ``_compared_pairs.py``), read through the words of their clauses in
``_figure_words.py`` and placed in time by ``_figure_periods.py``; this module holds
``ClaimFigures``, the one object per article, and the tests that turn a candidate down
or pick among several.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, parse_date
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._claims import (
    OF_WHOLE,
    TIME_UNITS,
    Claim,
    When,
)
from claimscope.layers.findings.numeric._compared_pairs import compared_pairs
from claimscope.layers.findings.numeric._figure_periods import at, set_in_time, when_of
from claimscope.layers.findings.numeric._figure_words import named_in
from claimscope.layers.findings.numeric._lent_units import elided
from claimscope.layers.findings.numeric._pair_candidates import (
    POINT_UNITS,
    Pair,
    PairCandidates,
)
from claimscope.layers.findings.numeric._stated_elsewhere import Places
from claimscope.layers.findings.numeric._wording import (
    FACTORS,
    direction,
    word_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.layers.base import Draft
    from claimscope.layers.findings.numeric._stated_changes import Change

__all__ = ["ClaimFigures"]


class ClaimFigures(PairCandidates):
    """One article's figures as candidates for its change claims."""

    def __init__(self, doc: Doc, draft: Draft, ledger: list[Entry], changes: list[Change]):
        self.doc = doc
        self.draft = draft
        self.text = draft.text
        self.ledger = ledger
        self._places: Places | None = None
        sized = [c for c in changes if c.deltas or _is_factor(c.word)]
        self.sized = sized
        #: Figures another stated change measures from: never the current figure of
        #: another change.
        self.stated_befores = {id(c.before) for c in sized}
        #: Figures of another stated change: their change is already said, and neither
        #: is the earlier end of another one.
        self.stated = self.stated_befores | {id(c.after) for c in sized}
        self.stated_bases: dict[int, list[Entry]] = {}
        for c in sized:
            self.stated_bases.setdefault(id(c.after), []).append(c.before)
        sizeless = [
            Pair(*elided(c.before, c.after, self.text))
            for c in changes
            if c not in sized
            and (
                word_before(self.text, c.before.q.start) == "from"
                or set_in_time(self.text, c.before, c.after, draft)
            )
        ]  # "had risen to £27, against £11 for a CD": no change over time
        self.side_by_side = [
            p
            for p in sizeless + compared_pairs(self.text, ledger, draft)
            if _usable(p.before, hedged=True, shares=True)
            and _usable(p.after, hedged=True, shares=True)
        ]
        self.pool = [e for e in ledger if _usable(e)]
        #: Shares ("turnout was 66%"), the figures a change in percentage points is of.
        self.shares = [e for e in ledger if _usable(e, shares=True) and e.q.unit == "percent"]
        pub = parse_date((draft.article.published or "")[:10])
        self._now = When(pub, pub) if pub is not None else None
        self._words: dict[int, frozenset[str]] = {}

    def pair_for(self, claim: Claim) -> Pair | None:
        """The one pair that fits the claim best, or None when none fits or two tie."""
        if self._restates(claim):
            return None
        found: dict[tuple[str, str], Pair] = {}
        points = claim.size is not None and claim.size.q.unit in POINT_UNITS
        for p in self.side_by_side:
            if (p.after.q.unit == "percent") == points and self._fits_side_by_side(claim, p):
                found[(p.before.q.id, p.after.q.id)] = p  # "rose 5%" of a share: unclear
        bases = {p.before.q.id: p.after.q.id for p in found.values()}
        for p in self._free_pairs(claim):
            if bases.get(p.before.q.id, p.after.q.id) != p.after.q.id:
                continue  # "2,890 in 2024, compared with 2,310 in 2021": that base is 2,890's
            found.setdefault((p.before.q.id, p.after.q.id), p)
        if claim.size is not None and OF_WHOLE.match(self.text, claim.size.q.end):
            # "lost nearly a third of our European market": a part of an amount, never a
            # change in a price or another figure per unit
            found = {k: p for k, p in found.items() if not p.after.is_rate}
        found = {
            k: p
            for k, p in found.items()
            if not self._other_side(claim, p) and not self._measures_another(claim, p)
        }
        found = self._dated(claim, found)
        if found:
            self._places = self._places or Places.of(self.doc, self.draft)
            where = self._places.within(*claim.clause)
            found = {
                k: p for k, p in found.items() if not self._places.clash(where, p.before, p.after)
            }
        scored = sorted(
            ((self.topic(claim, p.before) + self.topic(claim, p.after), p) for p in found.values()),
            key=lambda sp: -sp[0],
        )
        if scored and scored[0][0] == 0 and not self._lead_pair(claim, [p for _, p in scored]):
            return None
        if not scored:
            return None
        if len(scored) > 1 and scored[1][0] > scored[0][0] - 2:
            return None  # a second pair fits about as well (no head word more): either
        best = scored[0][1]
        return replace(best, times=(self._label(best.before), self._label(best.after)))

    def _dated(
        self, claim: Claim, found: dict[tuple[str, str], Pair]
    ) -> dict[tuple[str, str], Pair]:
        """The pairs for a claim that names its own period ("fell by 30% last year"): when
        one pair's current figure is dated in that period ("15,900 tonnes in 2024,
        compared with 18,400 tonnes in 2023"), a pair of figures with no period ("94
        vessels, down from 130 a decade ago") is not the one the claim speaks of."""
        if claim.own is None:
            return found
        own = claim.own

        def inside(p: Pair) -> bool:
            when = when_of(p.after)
            return when is not None and at(when, own, 0)

        if not any(inside(p) for p in found.values()):
            return found
        return {k: p for k, p in found.items() if when_of(p.after) is not None}

    def _other_side(self, claim: Claim, p: Pair) -> bool:
        """Whether a pair moves against the claim and neither of its clauses names what
        the claim says changed: "the company's share of every fare falls by a fifth" and
        "a driver will now keep £11.84, compared with £11.10" tell the two sides of one
        split, so the driver's rise is not the company's fall."""
        way = direction(claim.word.split()[-1].lower())
        moved = p.after.iv.mid - p.before.iv.mid
        if way * moved >= 0 or not any(n == 2 for _, n in claim.subject):
            return False
        return not (self._names_head(claim, p.before) or self._names_head(claim, p.after))

    def _measures_another(self, claim: Claim, p: Pair) -> bool:
        """Whether both figures of a pair are the levels of a noun that a change verb
        says changed, while their clause names the claim's head as something else:
        "Cider apple harvest falls by a third" is not measured by "Prices paid for this
        year's harvest rose to £210 a tonne from £160", whose subject is the prices of the
        harvest. A clause that does not name the head may say the same thing in other
        words ("Detentions fell to 2,300" for "arrests"), so it is left to the scoring. A
        doer ("the firm made £3m") or a pronoun subject says nothing here, and a subject
        names its compounds, possessor and "of" noun ("apple harvest volumes fell"). A
        subject the claim's own clause names is what the claim is about, however badly a
        headline was parsed ("Bus breakdowns at Hollow Lane depot cut by two-thirds")."""
        heads = [canonical(w) for w, n in claim.subject if n == 2]
        if not heads:
            return False
        said = self._claim_words(claim)
        for e in (p.before, p.after):
            names = self._changed_subject(e)
            if names is None or any(named_in(h, names) for h in heads):
                return False
            if any(named_in(n, said) for n in names):
                return False  # "Bus breakdowns at Hollow Lane depot cut": a head misread
            if not self._names_head(claim, e):
                return False  # "Detentions fell" for "arrests nearly triple": other words
        return True

    def _lead_pair(self, claim: Claim, pairs: list[Pair]) -> bool:
        """ "Handover delays cut by two-thirds" heading an article whose one before-and-after
        pair ("Hours lost by ambulance crews ... fell from 5,860 in January to 2,910 in
        June") moves the way it says, in a sentence naming one of the claim's words: a
        headline or lead claim sums up the article's own pair, in other words."""
        if claim.sent > 1 or len(pairs) != 1 or pairs[0].after.sent == claim.sent:
            return False  # a pair in the claim's own sentence is another clause's
        p = pairs[0]
        way = direction(claim.word.split()[-1].lower())
        moved = p.after.iv.mid - p.before.iv.mid
        if p.after.q.unit in ("percent", "fraction") or way * moved <= 0:
            return False
        sent = (
            self.draft.sentences[p.after.sent] if p.after.sent < len(self.draft.sentences) else None
        )
        said = {w.lower() for w in re.findall(r"[A-Za-z]+", sent.text)} if sent else set()
        said |= {canonical(w) for w in said}
        return any(
            len(w) > 3 and named_in(canonical(w), frozenset(said)) for w, _ in claim.subject
        ) or self._lead_restates(claim, p, way)

    def _lead_restates(self, claim: Claim, p: Pair, way: int) -> bool:
        """ "Remittances to Tavora fall by a quarter" over "Money sent home by Tavorans
        working abroad dropped sharply last year" and then "Inflows totalled $2.9bn in
        2024, against $3.3bn in 2023": a headline's change told again by the lead in other
        words, without a size, and measured by the pair right after it. The lead must
        hold a verb moving the claim's way with no figure of its own."""
        if claim.sent != 0 or not 1 < p.after.sent <= 3 or p.before.sent > 3:
            return False
        sentences = self.draft.sentences
        for k in range(1, p.after.sent):
            if k >= len(sentences):
                return False
            span = self.doc.char_span(sentences[k].start, sentences[k].end, alignment_mode="expand")
            if span is not None and any(_bare_move(t, way) for t in span):
                return True
        return False

    def _label(self, e: Entry) -> str:
        if e.q.period is not None:
            return e.q.period.text
        return "now" if self._now is not None and self._time(e) == self._now else "no time given"

    def _restates(self, claim: Claim) -> bool:
        """ "Toll revenue doubles" over a lead that says it "doubled ... to 31 million
        euros, from 22 million euros": a headline or a quote repeating a change the
        article states with its figures is that change, already checked; so is a claim
        whose size a stated change borrowed ("Applications fall 14%" over "48,600 ...,
        against 56,500"): its figures are the ones that change was checked with."""
        way = direction(claim.word.split()[-1].lower())
        for c in self.sized:
            if claim.size is not None and any(d.q.id == claim.size.q.id for d in c.deltas):
                return True  # a change whose figures took this very size is this claim
            if c.after.sent == claim.sent or direction(c.word) != way or not self._own(c):
                continue
            if claim.factor is not None and _factor_word(c.word) == claim.factor:
                return True
            size = claim.size
            if size is not None and any(
                d.q.unit == size.q.unit and d.iv.meets(size.iv) for d in c.deltas
            ):
                return True
        return False

    def _own(self, c: Change) -> bool:
        """Whether a stated change has its word and size in its own sentence (not taken
        from a neighbouring one or the headline)."""
        sents = self.draft.sentences
        if c.after.sent >= len(sents):
            return False
        where = sents[c.after.sent]
        return c.word in where.text.lower() and all(d.sent == c.after.sent for d in c.deltas)


def _factor_word(word: str) -> float | None:
    """The factor a change word states ("doubled" 2, "halved" 0.5), if it is one."""
    return next((f for w, f in FACTORS.items() if word.startswith(w.rstrip("d"))), None)


def _is_factor(word: str) -> bool:
    return _factor_word(word) is not None


def _usable(e: Entry, *, hedged: bool = False, shares: bool = False) -> bool:
    """A figure that can be one end of a change: a single amount or rate (not a range, a
    cap or a span of time; a share only when asked for) that happened (not a plan or a
    forecast, unless the article itself sets it against the other figure). A rate is
    paired only with a rate per the same unit ("1.31 million barrels per day")."""
    return (
        (e.bare or (shares and e.q.unit == "percent"))
        and (hedged or not e.scope.hedged)
        and e.q.unit not in TIME_UNITS
        and e.q.approx not in ("<", "<=")
        and e.q.low == e.q.high
        and e.iv.lo > 0
    )


def _bare_move(tok: Token, way: int) -> bool:
    """Whether a verb says its subject moved ``way`` without a figure ("dropped sharply"),
    as a lead retelling its headline's change in other words does."""
    if tok.pos_ != "VERB" or direction(tok.lower_) != way:
        return False
    return not any(t.like_num or t.pos_ == "NUM" for t in tok.subtree if t.i != tok.i)
