"""The two figures a change claim rests on, looked for in the whole article.

A claim ("profit nearly triples", "emissions cut by a third since 2019") is checked only
against one unambiguous pair of figures of its subject: the current figure (the one the
claim gives, or the latest one) and the earlier one at the base the claim names, or at
the period just before when it names none. The pair may come from a sentence that sets
two figures side by side without saying by how much they changed ("has grown from 5,920
in March 2020 to 7,340 last month", "The allocation compares with 2.9 billion dollars in
2025"), or be found figure by figure: same unit and thing, no clash of holder, place or
mood, and never a plan or a forecast. When two pairs fit equally well, none is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry, Span3, as_date, parse_date
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._claims import (
    OF_WHOLE,
    TIME_UNITS,
    Claim,
    When,
    clause_bounds,
)
from claimscope.layers.findings.numeric._lent_units import elided, unit_left_out
from claimscope.layers.findings.numeric._pairing import comparable, far_apart
from claimscope.layers.findings.numeric._stated_elsewhere import Places
from claimscope.layers.findings.numeric._wording import (
    EARLIER_MARK,
    FACTORS,
    direction,
    word_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.layers.base import Draft
    from claimscope.layers.findings.numeric._stated_changes import Change

__all__ = ["ClaimFigures", "Pair", "bounded"]


@dataclass(frozen=True)
class Pair:
    """The figure a change is measured from and the figure it led to."""

    before: Entry
    after: Entry
    #: When each figure is, as the explanation says it ("in 2019", "now").
    times: tuple[str, str] = ("", "")


def bounded(iv: Interval) -> Interval:
    """ "More than 412,000": a writer who computes a change from it means a little over
    412,000, not any larger number, so an open top is closed at a tenth above."""
    return iv if iv.hi != float("inf") else Interval(iv.lo, iv.lo * 1.1)


class ClaimFigures:
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
                or _set_in_time(self.text, c.before, c.after, draft)
            )
        ]  # "had risen to £27, against £11 for a CD": no change over time
        self.side_by_side = [
            p
            for p in sizeless + _compared_pairs(self.text, ledger, draft)
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
        points = claim.size is not None and claim.size.q.unit in _POINT_UNITS
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
            when = _when(p.after)
            return when is not None and _at(when, own, 0)

        if not any(inside(p) for p in found.values()):
            return found
        return {k: p for k, p in found.items() if _when(p.after) is not None}

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
            if names is None or any(_named_in(h, names) for h in heads):
                return False
            if any(_named_in(n, said) for n in names):
                return False  # "Bus breakdowns at Hollow Lane depot cut": a head misread
            if not self._names_head(claim, e):
                return False  # "Detentions fell" for "arrests nearly triple": other words
        return True

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
            len(w) > 3 and _named_in(canonical(w), frozenset(said)) for w, _ in claim.subject
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

    def _names_head(self, claim: Claim, e: Entry) -> bool:
        """Whether the figure's clause names the head of the claim's subject ("cost")."""
        words = self._clause_words(e)
        return any(n == 2 and _named_in(canonical(w), words) for w, n in claim.subject)

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
        return sum(n for w, n in claim.subject if _named_in(canonical(w), words))

    def _fits_side_by_side(self, claim: Claim, p: Pair) -> bool:
        """A pair an article sets side by side fits a claim of the same unit and time."""
        a, b = p.after, p.before
        if a.q.unit != b.q.unit or a.q.per != b.q.per or far_apart(bounded(a.iv), bounded(b.iv)):
            return False
        if _inside(claim, a) or _inside(claim, b):
            return False
        if claim.after is not None and not _same_figure(claim.after, a):
            return False
        pa, pb = _when(a), _when(b)
        if claim.base is not None and not self._at_base(b, claim.base, claim.base_slack):
            return False  # "fallen by a third since the 1990s": a pair of no time is not it
        if claim.months is not None and pa is not None and pb is not None:
            gap = _month_index(pa.start) - _month_index(pb.start)
            if abs(gap - claim.months) > max(2.0, 0.15 * claim.months):
                return False
        return True

    def _free_pairs(self, claim: Claim) -> list[Pair]:
        """Pairs found figure by figure: the current figure, then an earlier one of the
        same thing at the claim's base (or, with no base, in the period just before)."""
        out = []
        afters = [claim.after] if claim.after is not None else self._latest(claim)
        for a in afters:
            pa = self._time(a)
            if pa is None and a is claim.after and claim.own is None:
                pa = self._now  # "Ticket sales rose 25% to 48,000": the figure as of now
            base, slack = self._base(claim, pa)
            for b in self._pool(claim):
                if b is a or (b.q.unit, b.q.per) != (a.q.unit, a.q.per) or id(b) in self.stated:
                    continue
                named = self._names_head(claim, a) and self._names_head(claim, b)
                ends = _measured(claim, a), _measured(claim, b)
                ends = self._told_on(*ends)
                if _inside(claim, b) or not _comparable(*ends, actions=not named):
                    continue
                if far_apart(bounded(a.iv), bounded(b.iv)) or self._restated(a, b):
                    continue
                if base is not None:
                    if not self._at_base(b, base, slack):
                        continue
                elif not self._earlier(b, a, pa, a is claim.after) or self.topic(claim, b) < max(
                    1, self.topic(claim, a)
                ):
                    continue  # "imported about 95,000 tonnes" names less of "almond harvest"
                out.append(Pair(b, a))
        return out

    def _latest(self, claim: Claim) -> list[Entry]:
        """Current-figure candidates for a claim that gives none: the figures of its
        subject in the latest period the article gives (inside the claim's own period
        when it names one), and those with no period, which only a figure marked as
        earlier in their own sentence can be set against."""
        mine = [
            e
            for e in self._pool(claim)
            if not _inside(claim, e)
            and id(e) not in self.stated_befores
            and self.topic(claim, e) > 0
        ]
        dated = [(e, w) for e in mine if (w := self._time(e)) is not None]
        if claim.base is not None:
            # "more than doubled since 2022": a figure of 2022 is the base, never the current
            dated = [(e, w) for e, w in dated if not _at(w, claim.base, 0)]
        if claim.own is not None:
            dated = [(e, w) for e, w in dated if _at(w, claim.own, 0)]
        latest = [
            e
            for e, w in dated
            if not any(
                as_date(x.end) > as_date(w.end) and _comparable(*self._told_on(f, e))
                for f, x in dated
            )
        ]  # the latest of each thing: "420 electric buses, which now" leaves 11.8 Mt current
        undated = [e for e in mine if self._time(e) is None]
        if claim.base is not None or claim.months is not None:
            undated = []  # a figure with no time cannot be placed after a named base
        return latest + undated

    def _base(self, claim: Claim, pa: When | None) -> tuple[When | None, float]:
        """The period the before figure must fall in, and the slack in months: the
        claim's named base; else its span back from the current figure's time ``pa``
        ("in five years"); else, for a change over a calendar year ("rose 40% last
        year"), the year before."""
        if claim.base is not None:
            return claim.base, claim.base_slack
        if pa is None:
            return None, 0.0
        if claim.months is not None:
            back = _shift(pa, claim.months)
            return back, max(2.0, 0.1 * claim.months)
        if claim.own is not None and _whole_year(claim.own):
            return _shift(claim.own, 12.0), 0.0
        return None, 0.0

    def _at_base(self, b: Entry, base: When, slack: float) -> bool:
        """Whether ``b`` falls in the base period; a figure with no period of its own
        counts when its clause names the base year ("In the 2016 referendum, 198,000")."""
        pb = _when(b)
        if pb is not None:
            if slack > 0:  # "in a decade" back from now: a year that overlaps the base
                lo, hi = _month_index(base.start) - slack, _month_index(base.end) + slack
                return _month_index(pb.start) <= hi and _month_index(pb.end) >= lo
            return _at(pb, base, slack)
        lo, hi = self._clause(b)
        return base.start.year == base.end.year and str(base.start.year) in self.text[lo:hi]

    def _earlier(self, b: Entry, a: Entry, pa: When | None, given: bool) -> bool:
        """Whether ``b`` is the figure just before ``a`` (at ``pa``): the adjacent period
        of the same length or the same period a year before, or for a current figure the
        last whole year; else, when the periods do not tell, marked as earlier ("in
        the six months before the truce", "in the previous season") in its own sentence,
        or anywhere when ``a`` is the claim's own figure."""
        pb = self._time(b)
        if pa is not None and pb is not None and pa == self._now:
            # a current figure against last year's whole year, not against a quarter's, or
            # against a level reached by an earlier day ("by the end of January")
            point = pb.start == pb.end
            return (_whole_year(pb) or point) and 0 < (
                as_date(pa.start) - as_date(pb.end)
            ).days <= 400
        if pa is not None and pb is not None:
            if _adjacent(pb, pa) or _year_before(pb, pa):
                return True
            if pb != pa:
                return False
        if pa is None and b.sent != a.sent:
            return False
        if b.sent != a.sent and not given:
            return False
        return bool(EARLIER_MARK.search(self._window(b))) and not EARLIER_MARK.search(
            self._window(a)
        )

    def _restated(self, a: Entry, b: Entry) -> bool:
        """ "fell by a fifth, from 4.0 million tonnes in 2019 to 3.2 million": a figure
        whose change from that base the article already states is not reused for another
        claim from the same base."""
        return any(
            _when(x) is None or _when(x) == _when(b) for x in self.stated_bases.get(id(a), [])
        )

    def _pool(self, claim: Claim) -> list[Entry]:
        """The figures a claim's two ends are looked for among: shares for a change in
        percentage points, counts and amounts for any other ("turnout rose 5%" of a
        share may mean either, and is left alone)."""
        points = claim.size is not None and claim.size.q.unit in _POINT_UNITS
        return self.shares if points else self.pool

    def _time(self, e: Entry) -> When | None:
        """The figure's period; "It now employs 6,150 nurses": the publication day."""
        found = _when(e)
        if found is None and self._now is not None and _NOW.search(self._window(e)):
            return self._now
        return found

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


def _inside(claim: Claim, e: Entry) -> bool:
    """Whether a figure sits in the claim's clause (its size, or its own figures)."""
    return e is not claim.after and claim.clause[0] <= e.q.start < claim.clause[1]


def _same_figure(x: Entry, y: Entry) -> bool:
    return x is y or (x.q.unit == y.q.unit and x.q.value == y.q.value)


def _comparable(a: Entry, b: Entry, *, actions: bool = True) -> bool:
    """``comparable()`` for the two ends of one change: the change verb of a "to 126
    GWh" is no action of its own, and "1,840 civilians ..., and 1,610 in the six months
    since" counts the same thing in its second, elided, figure. Without ``actions``, the
    verbs are not compared at all: both clauses name what changed ("approved in 2019 at
    a cost of £80m", "its cost is now put at £104m")."""
    a, b = _no_change_action(a, actions), _no_change_action(b, actions)
    if a.sent == b.sent:
        if b.thing is None and b.q.counted is None:
            b = replace(b, thing=a.thing, q=b.q.model_copy(update={"counted": a.q.counted}))
        elif a.thing is None and a.q.counted is None:
            a = replace(a, thing=b.thing, q=a.q.model_copy(update={"counted": b.q.counted}))
    same_kind = (a.scope.peak, a.scope.one, a.scope.each) == (
        b.scope.peak,
        b.scope.one,
        b.scope.each,
    )  # "on its busiest day, 3,100" against a whole year's figure: two kinds of figure
    return same_kind and comparable(a, b)


def _measured(claim: Claim, e: Entry) -> Entry:
    """The figure with no doer when the subject of its verb is what the claim says changed
    ("Crude oil exports rose ... to 1.31 million barrels" against "the country shipped
    1.12 million"): that subject names the measure, not who holds it."""
    heads = frozenset(canonical(w) for w, n in claim.subject if n == 2)
    if e.subject is not None and _named_in(canonical(e.subject), heads):
        return replace(e, subject=None)
    return e


def _no_change_action(e: Entry, actions: bool) -> Entry:
    if e.action and (not actions or direction(e.action) != 0):
        return replace(e, action=None)
    return e


def _named_in(word: str, words: frozenset[str]) -> bool:
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


def _when(e: Entry) -> When | None:
    """The figure's period; a count reached "by the end of January" is a level on that
    day, as a stock is."""
    if e.start is None and e.end is not None and e.end.year is not None and not e.open_end:
        return When(e.end, e.end)
    if e.start is None or e.end is None or e.start.year is None or e.end.year is None:
        return None
    return When(e.start, e.end)


def _month_index(d: Span3) -> float:
    return (d.year or 0) * 12 + d.month - 1 + (d.day - 1) / 31


def _at(p: When, base: When, slack: float) -> bool:
    """Whether period ``p`` starts inside ``base``, give or take ``slack`` months."""
    start = _month_index(p.start)
    return _month_index(base.start) - slack <= start <= _month_index(base.end) + slack


def _shift(p: When, months: float) -> When:
    """``p`` moved ``months`` back."""
    days = round(months * 30.44)
    return When(_back(p.start, days), _back(p.end, days))


def _back(d: Span3, days: int) -> Span3:
    x = as_date(d) - timedelta(days=days)
    return Span3(x.year, x.month, x.day)


def _whole_year(p: When) -> bool:
    return (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31) and (
        p.start.year == p.end.year
    )


def _adjacent(b: When, a: When) -> bool:
    """``b`` ends right before ``a`` starts and lasts about as long."""
    gap = (as_date(a.start) - as_date(b.end)).days
    la = (as_date(a.end) - as_date(a.start)).days + 1
    lb = (as_date(b.end) - as_date(b.start)).days + 1
    return 0 < gap <= 4 and 0.75 <= lb / la <= 1.34


def _year_before(b: When, a: When) -> bool:
    """``b`` is ``a`` a year earlier ("March 2024" for "March 2025")."""
    return (b.start.year, b.start.month, b.end.month) == (
        (a.start.year or 0) - 1,
        a.start.month,
        a.end.month,
    ) and abs(b.start.day - a.start.day) <= 3


#: Sizes of a change in a share: "up five percentage points", "the 50-basis-point cut".
_POINT_UNITS = frozenset(("percentage point", "basis point"))


#: Words that set a figure at the time of writing.
_NOW = re.compile(r"\b(?:now|currently|today|at present)\b", re.I)


#: "compared with 2.9 billion dollars", "against £6.2m": the figure a comparison is set
#: against.
_COMPARED = re.compile(
    r"\b(?:compare[sd]?\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$",
    re.I,
)
#: "The allocation compares with ...": a sentence that opens on a definite noun naming an
#: earlier figure.
_DEFINITE = re.compile(r"^\W*(?:the|this|that|its|their)\s+(?:(?P<noun>[a-z-]+)\s+)?$", re.I)


def _compared_pairs(text: str, ledger: list[Entry], draft: Draft) -> list[Pair]:
    """Figures set against each other with no change word: "about $3.40 a kilogram,
    compared with $2.60 a year earlier", or across sentences, "The allocation compares
    with 2.9 billion dollars in 2025" after a sentence giving the allocation."""
    out = []
    for b in ledger:
        if not (b.bare or b.q.unit == "percent"):
            continue
        m = _COMPARED.search(text, max(0, b.q.start - 40), b.q.start)
        if m is None:
            continue
        same = [
            e
            for e in ledger
            if e.sent == b.sent
            and e.q.end <= m.start()
            and (e.q.unit == b.q.unit or unit_left_out(b, e, ledger))
        ]  # "2.8 million barrels a day, compared with 3.1 million": the unit said once
        a = same[-1] if same else _antecedent(text, ledger, b, m.start(), draft)
        if a is None or not _set_in_time(text, b, a, draft):
            continue
        b, a = elided(b, a, text)  # "78 euros per megawatt-hour ..., against 96 euros"
        if a.q.per == b.q.per:
            out.append(Pair(b, a))
    return out


def _set_in_time(text: str, b: Entry, a: Entry, draft: Draft) -> bool:
    """Whether a comparison sets a figure against an earlier time, not against another
    thing ("£27, against £11 for a CD"): ``b``'s period starts before ``a``'s, or the
    words after ``b`` mark it as earlier ("compared with $2.60 a year earlier")."""
    pa, pb = _when(a), _when(b)
    if pa is not None and pb is not None:
        return _month_index(pb.start) < _month_index(pa.start)
    ya, yb = _split_year(a), _split_year(b)
    if ya is not None and yb is not None:
        return yb < ya  # "£475m in 2024-25, compared with £412m in 2023-24"
    pub = parse_date((draft.article.published or "")[:10])
    if pa is None and pb is not None and pub is not None and as_date(pb.end) < as_date(pub):
        return True  # "14,870 votes, against 9,120 at the elections in March 2022": now, then
    end = draft.sentences[b.sent].end if b.sent < len(draft.sentences) else len(text)
    return EARLIER_MARK.search(text, b.q.end, min(end, b.q.end + 40)) is not None


#: "2024-25", "2023/24": a financial year or season of twelve months.
_SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)[-/\u2013](\d\d(?:\d\d)?)\b")


def _split_year(e: Entry) -> int | None:
    """The first calendar year of a figure's split year ("in 2024-25"), whose months the
    period layer leaves unguessed: two such years of one article start in the same month,
    so their first years order them."""
    m = _SPLIT_YEAR.search(e.q.period.text) if e.q.period is not None else None
    if m is None:
        return None
    first, second = int(m.group(1)), m.group(2)
    last = int(second) if len(second) == 4 else first - first % 100 + int(second)
    return first if last == first + 1 else None


#: Nouns that name a figure without saying what it counts ("The figure compares with").
_GENERIC_HEADS = frozenset(("figure", "number", "total", "tally", "count", "result"))
#: Nouns that name a measure of something said elsewhere ("The annual average was 48").
_MEASURE_HEADS = _GENERIC_HEADS | {"average", "level", "amount", "mean", "median", "reading"}


def _antecedent(text: str, ledger: list[Entry], b: Entry, at: int, draft: Draft) -> Entry | None:
    """The earlier figure a sentence-opening "The allocation" or "This" points back to:
    the nearest one of the same unit whose sentence names that noun (any, for a bare
    pronoun), no more than five sentences back."""
    if b.sent >= len(draft.sentences):
        return None
    m = _DEFINITE.match(text[draft.sentences[b.sent].start : at])
    if m is None:
        return None
    noun = (m.group("noun") or "").lower()
    if noun in _GENERIC_HEADS:
        noun = ""  # "The figure compares with ...": any figure of the unit, as "This" does
    earlier = [
        e
        for e in ledger
        if b.sent - 5 <= e.sent < b.sent and e.q.unit == b.q.unit and (not noun or noun in e.words)
    ]
    return earlier[-1] if earlier else None


def _bare_move(tok: Token, way: int) -> bool:
    """Whether a verb says its subject moved ``way`` without a figure ("dropped sharply"),
    as a lead retelling its headline's change in other words does."""
    if tok.pos_ != "VERB" or direction(tok.lower_) != way:
        return False
    return not any(t.like_num or t.pos_ == "NUM" for t in tok.subtree if t.i != tok.i)
