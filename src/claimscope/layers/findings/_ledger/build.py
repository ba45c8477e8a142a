"""Building the ledger: which quantities become figures, and each figure's fields.

A quantity enters when it has a value and is a figure of its own: not a pronoun ("one
of the teams"), a bound ("children aged 5"), a factor ("three times"), an exchange rate,
a vague amount ("hundreds of complaints") or a figure per another unit than time (kept
for ``ratio_ledger``). Each field of ``Entry`` is read by its own module; the passes of
``borrowed_things.py`` run last.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from claimscope.contract.model import Period, Quantity
from claimscope.layers._quantities.counted_after_figure import multiplier_at
from claimscope.layers._quantities.rates import TIME_NOUNS, per_other_unit
from claimscope.layers._quantities.units import CURRENCY_WORDS
from claimscope.layers.findings._intervals import interval_of
from claimscope.layers.findings._ledger.borrowed_things import (
    borrow_things,
    partitive_things,
    the_figure_was,
    the_n_figure,
    unnamed_measures,
)
from claimscope.layers.findings._ledger.deeds import action_of, deed_of, grant_of, subject_of
from claimscope.layers.findings._ledger.entry import Entry, Span3, parse_date
from claimscope.layers.findings._ledger.places import place_of
from claimscope.layers.findings._ledger.things import thing_of
from claimscope.layers.findings._ledger.units import TO_BASE, mixed_dimensions, to_base
from claimscope.layers.findings._ledger.verbs import SPEECH_VERBS, verb_of
from claimscope.layers.findings._scope import scope_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimscope.layers.base import Draft

__all__ = ["build_ledger", "ratio_ledger"]


def _period_ends(p: Period | None, pub: date | None) -> tuple[Span3 | None, Span3 | None, bool]:
    if p is None:
        return None, None, False
    start, end = parse_date(p.start or p.start_yearless), parse_date(p.end or p.end_yearless)
    open_end = (p.end or p.end_yearless) is None or (pub is not None and p.end == pub.isoformat())
    return start, end, open_end


def ratio_ledger(doc: Doc, draft: Draft) -> list[Entry]:
    """The figures per another unit than time that ``build_ledger`` leaves out."""
    return build_ledger(doc, draft, ratios=True)


def build_ledger(doc: Doc, draft: Draft, *, ratios: bool = False) -> list[Entry]:
    """Every quantity with what the checks need; figures with no value are left out.

    With ``ratios``, only the figures per another unit than time ("78 euros per
    megawatt-hour", "4.4 tonnes a hectare", "180 cubic metres a second"), which the
    ledger leaves out, each with its ``per`` set to that unit's noun: a price, a yield or a
    flow is no total or part of anything, but it does change over time."""
    pub = None
    if draft.article.published:
        try:
            pub = date.fromisoformat(draft.article.published[:10])
        except ValueError:
            pub = None
    starts = [s.start for s in draft.sentences]
    compounds = _compounds(doc)
    out: list[Entry] = []
    verbs: list[Token | None] = []
    mixed = mixed_dimensions(draft.quantities)
    for q in draft.quantities:
        if q.low is None or q.high is None:
            continue
        if q.unit in TO_BASE and TO_BASE[q.unit][0] in mixed:
            q = to_base(q)
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or _pronoun_one(span) or _threshold(span):
            continue
        if multiplier_at(doc, span.end):
            continue  # "three times the 20,000": a factor, read with the figure it compares
        denominator = _denominator(span, q)
        if ratios:
            if denominator is None or q.unit in _SHARES or _exchange_rate(draft.text, q):
                continue  # "a quarter of a percentage point": a share, per nothing
            unit = (q.unit or "").removesuffix(f" per {denominator}") or None
            q = q.model_copy(update={"per": denominator, "unit": unit})  # GBP, per tonne
        elif q.per is None and (denominator is not None or _exchange_rate(draft.text, q)):
            continue
        if _VAGUE.match(q.text):
            continue  # "hundreds of complaints": no figure to hold another against
        sent = max((i for i, s in enumerate(starts) if s <= q.start), default=0)
        start, end, open_end = _period_ends(q.period, pub)
        verb = verb_of(doc, q)
        subject = subject_of(q, verb)
        verbs.append(verb)
        out.append(
            Entry(
                q,
                interval_of(q),
                thing_of(doc, q),
                action_of(doc, q, verb),
                subject,
                place_of(doc, q, draft.text),
                sent,
                start,
                end,
                open_end,
                _sentence_words(doc, q),
                scope_of(span.root, None if _speech(verb) else verb),
                compounds.get(subject, frozenset()) if subject else frozenset(),
                _is_gap(draft.text, q),
                verb is not None
                and (verb.tag_ == "VBD" or any(c.lower_ == "had" for c in verb.children)),
                deed_of(span, verb),
                granted=grant_of(span, verb),
            )
        )
    out = partitive_things(doc, draft.text, borrow_things(doc, draft.text, out, verbs))
    out = the_n_figure(the_figure_was(doc, draft.text, out))
    return unnamed_measures(out)


_GAP_BEFORE = re.compile(
    r"\b(?:shortfall|gap|difference|deficit|surplus|excess|margin|shortage)\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more than\s+)?$",
    re.I,
)
_GAP_AFTER = re.compile(
    # "640 mm and more than 60% above ...": after a conjunction, "more than" opens the next
    # figure's phrase, no comparison of this one
    r"^\s*(?:(?!(?:and|or|but|while|with)\b)[a-z]+\s+)?"
    r"(?:short of|shy of|fewer than|more than|less than|cheaper|dearer|higher|lower|"
    r"bigger|smaller|larger|greater|longer|shorter|faster|slower|above|below|"
    # "4 euros less, a fall of about 13 percent": the size of a difference
    r"(?:less|fewer)\b(?!\s+(?:than|of)\b))\b",
    re.I,
)
#: "one for every 100 who reached land", "one in every 40": the base of a ratio.
_RATIO_BASE = re.compile(r"\b(?:for|in|out of) every\s+$", re.I)


def _is_gap(text: str, q: Quantity) -> bool:
    """ "against a combined target of 3,600, a shortfall of 780", "780 short of the target",
    "900 more than the year before", "45 basis points cheaper": the size of a difference
    between two figures; or the base of a ratio ("one for every 100"). Neither counts a
    group of its own."""
    return bool(
        _GAP_BEFORE.search(text, max(0, q.start - 40), q.start)
        or _GAP_AFTER.match(text[q.end : q.end + 30])
        or _RATIO_BASE.search(text, max(0, q.start - 15), q.start)
    )


def _speech(verb: Token | None) -> bool:
    """Whether the figure hangs from a reporting verb ("..., from 84,000 to 71,000, the arts
    council said"): the speaker is the source, not the holder of the figure."""
    return verb is not None and str(verb.lemma_).lower() in SPEECH_VERBS


def _compounds(doc: Doc) -> dict[str, frozenset[str]]:
    """For each noun lemma, the lemmas it forms a compound with anywhere in the article
    ("tram" and "network" in "the tram network"), both ways."""
    pairs: dict[str, set[str]] = {}
    for tok in doc:
        if tok.dep_ == "compound" and tok.head.i != tok.i:
            a, b = str(tok.lemma_).lower(), str(tok.head.lemma_).lower()
            pairs.setdefault(a, set()).add(b)
            pairs.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in pairs.items()}


_THRESHOLD = frozenset(("under", "over", "below", "above", "aged"))


def _threshold(span: Span) -> bool:
    """ "the 140 holders under 35", "children aged 5": a figure right after a noun, opened
    by a comparative, bounds what the noun describes (an age, a price); it counts nothing."""
    first = span[0]
    if first.lower_ not in _THRESHOLD and first.i > 0 and first.nbor(-1).lower_ in _THRESHOLD:
        first = first.nbor(-1)  # "under" outside the span, or "aged" before it
    if first.lower_ == "under" and first.i > 0 and first.nbor(-1).lower_ == "aged":
        first = first.nbor(-1)  # "aged under 30"
    if first.lower_ not in _THRESHOLD or first.i == 0 or span[-1].lemma_ in _TIME_WORDS:
        return False  # "patients over five working days": the span the figure covers
    before = first.nbor(-1)
    # "the 200 under 30": an elliptical noun after a count ("over" there may be a span)
    elliptical = before.tag_ == "CD" and first.lower_ in ("under", "aged", "below")
    return before.tag_ in ("NNS", "NNPS") or elliptical


_TIME_WORDS = TIME_NOUNS


_VAGUE = re.compile(
    r"^(?:several |many |some )?(?:tens of |hundreds of )?(?:dozens|scores|hundreds|thousands|"
    r"millions|billions)\b",
    re.I,
)


_SHARES = frozenset(("percent", "fraction", "percentage point", "basis point"))


def _denominator(span: Span, q: Quantity) -> str | None:
    """The noun a figure is per, other than time: the one its unit names ("GBP per tonne",
    which the quantities layer also gives "from £160" after "£210 a tonne"), else the words
    after it ("2,100 euros each")."""
    if q.per is not None:
        return None
    _, per, noun = (q.unit or "").partition(" per ")
    if per and noun not in TIME_NOUNS:
        return noun
    return per_other_unit(span)


_CURRENCY_NOUNS = "(?:" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + ")"
_EXCHANGE_BEFORE = re.compile(r"exchange rate of\s+(?:(?:about|roughly|around|some)\s+)?$", re.I)
_TO_THE_CURRENCY = re.compile(
    r"^\s*(?:[A-Za-z]+\s+){0,2}(?:to|per|against) (?:the|one|a|an) " + _CURRENCY_NOUNS, re.I
)


def _exchange_rate(text: str, q: Quantity) -> bool:
    """ "an exchange rate of roughly 7.46 kroner to the euro": the price of one currency in
    another, not an amount of money."""
    return bool(
        _TO_THE_CURRENCY.match(text[q.end : q.end + 40])
        or _EXCHANGE_BEFORE.search(text[max(0, q.start - 40) : q.start])
    )


def _pronoun_one(span: Span) -> bool:
    """ "one of the school's teams": a pronoun picking out a member, not a count."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text.lower() == "one" and nxt is not None and nxt.lower_ == "of"


def _sentence_words(doc: Doc, q: Quantity) -> frozenset[str]:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(w for t in span.sent for w in (t.lower_, str(t.lemma_).lower()))
