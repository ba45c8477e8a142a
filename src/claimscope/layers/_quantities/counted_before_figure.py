"""The thing counted named before the figure rather than after it: a label before a colon
("Complaints received: 312"), the noun after "the number of" in the figure's clause ("the
total number of deserters ... 180,000"), the noun a measure hangs from ("a wheat crop of
2.4 million tonnes"). Each is a fallback ``mentions`` tries when nothing after the figure
names what it counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.layers._quantities.counted_by_verb import CHANGE_LEMMAS, FRAMES
from claimscope.layers._quantities.counted_text import (
    WHOLE_NOUNS,
    counted_noun_text,
    modifier_text,
    names_a_time,
    noun_lemma,
)
from claimscope.layers._quantities.units import CURRENCY_WORDS, UNIT_TOKENS
from claimscope.layers._words import singular

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["measured_noun"]


def _label_counted(doc: Doc, start: int, floor: int) -> tuple[str | None, int | None]:
    """ "New cases sent to the court: between 410 and 470", "- Trucks entering the town in
    October: 1,850": a figure right after a label's colon counts what the label names (the
    head of its first noun phrase)."""
    k = start - 1
    while k >= floor and doc[k].lower_ in ("between", "about", "around", "some", "nearly"):
        k -= 1
    if k < floor and floor > 0 and doc[floor - 1].text == ":":
        if "\n" in doc[floor - 1].whitespace_:
            return None, None  # a heading's colon ends its line: it labels no one figure
        k, floor = floor - 1, doc[floor - 1].sent.start  # the parse split after the colon
    if k < floor or doc[k].text not in (":", "):", "]:"):  # "fires (in all areas): 398"
        return None, None
    label = doc[floor:k]
    words = [t for t in label if t.is_alpha]
    heads = [
        t
        for t in label
        if (t.pos_ == "NOUN" and t.tag_ == "NNS")
        or (t.tag_ == "NNPS" and words and t.i == words[0].i)  # "Complaints ..." at line start
    ]
    wh = next((t.i for t in label if t.tag_ in ("WDT", "WRB", "WP")), len(doc))
    if not heads or any(
        t.pos_ in ("VERB", "AUX")
        and t.tag_ in ("VBD", "VBZ", "VBP")
        and not _participle_after(t, heads[0])
        and t.i < wh  # "Polling stations where voting was repeated": a relative clause
        for t in label
    ):
        return None, None  # a clause ("the council said:") introduces, it does not label
    head = heads[0]
    if head.tag_ == "NNPS":
        return singular(head.lower_), head.i
    return counted_noun_text(head), head.i


def _participle_after(verb: Token, head: Token) -> bool:
    """ "Complaints received by the commission: 312", "Claims upheld: 47": a past form
    right after the label's noun modifies it (a reduced relative), the tagger's VBD
    notwithstanding; a verb of saying ("Officials said: ...") still makes a clause."""
    between = verb.doc[head.i + 1 : verb.i]
    return (
        # "Accidental dwelling fires (included in primary fires): 398": a bracket between
        all(t.text in ("(", "[") for t in between)
        and len(between) <= 1
        and verb.i > head.i
        and verb.tag_ in ("VBD", "VBN")
        and str(verb.lemma_).lower() not in ("say", "tell", "add", "warn", "announce", "report")
    )


def _whole_counted(doc: Doc, start: int, limit: int) -> tuple[str | None, int | None]:
    """ "the total number of deserters ... 180,000": the noun after number/total/tally of."""
    for k in range(start, limit - 2):
        if doc[k].lower_ in WHOLE_NOUNS and doc[k + 1].lower_ == "of":
            if doc[k + 2].lower_ == "any":
                continue  # "1,260, the highest number of any university": a ranking
            j = k + 2
            while j < limit and (
                doc[j].pos_ in ("DET", "ADJ") or (doc[j].dep_ == "amod" and doc[j].pos_ == "VERB")
            ):
                j += 1  # "the number of displaced people": a participle modifies the noun
            if j < limit and doc[j].pos_ == "NOUN":
                if doc[j].lower_ in ("times", "occasions", "instances"):
                    continue  # "mobilisations - the number of times an engine was sent":
                    # a gloss of another noun, which counts the events
                return counted_noun_text(doc[j]), j
    return None, None


#: Nouns before "of" and a measure that do not name what is measured: a change, a share
#: of time, a frame or a ranking ("a rise of 40,000 tonnes", "a period of three weeks",
#: "at a rate of 500 litres", "a maximum of 240 hectares").
_NOT_MEASURED = frozenset(
    (
        "average", "maximum", "minimum", "peak", "high", "low", "record", "level", "margin",
        "shortfall", "surplus", "deficit", "gap", "difference", "change", "loss", "gain",
        "increase", "rise", "fall", "drop", "decline", "cut", "reduction", "jump", "growth",
        "period", "distance", "depth", "height", "length", "speed", "temperature", "target",
        "cap", "limit", "ceiling", "threshold", "fine", "sum", "amount", "quantity", "volume",
        "value", "cost", "price", "fee", "bill", "charge", "capacity",
    )
)  # fmt: skip


def measured_noun(doc: Doc, start: int, floor: int) -> tuple[str | None, int | None]:
    """ "a wheat crop of 2.4 million tonnes", "last year's harvest of 2.1 million tonnes",
    "a budget of 440 million euros": a measure with no noun after it measures the noun the
    "of" hangs from, which a later "780,000 tonnes of the new crop" or "41 percent of the
    crop" names again. Nouns that frame the figure instead ("a rise of", "a maximum of",
    "the cost of") measure nothing of their own."""
    if start - 2 < floor or doc[start - 1].lower_ != "of":
        return None, None
    noun = doc[start - 2]
    if noun.pos_ != "NOUN" or doc[start - 1].head.i != noun.i:
        return None, None
    lemma = noun_lemma(noun)
    if (
        lemma in _NOT_MEASURED
        or lemma in WHOLE_NOUNS
        or lemma in FRAMES
        or lemma in CHANGE_LEMMAS
        or noun.lower_ in UNIT_TOKENS
        or noun.lower_ in CURRENCY_WORDS
        or names_a_time(noun)
    ):
        return None, None
    if lemma in _FLOW_NOUNS:
        # "cathode output of 41,000 tonnes" measures cathode, as "2,400 tonnes of cathode a
        # week" does; a flow with no kind named ("exports of 780,000 tonnes") names nothing
        mods = [modifier_text(c) for c in noun.lefts if c.dep_ == "compound" and not c.like_num]
        return (" ".join(mods), noun.i) if mods else (None, None)
    return counted_noun_text(noun), noun.i


#: Nouns of a flow or a stock of some good, not the good: "cathode output", "acid sales".
_FLOW_NOUNS = frozenset(
    (
        "output", "production", "sale", "export", "import", "shipment", "delivery",
        "consumption", "use", "supply", "demand", "purchase", "stock",
        "stockpile", "reserve", "inventory", "spending", "income", "revenue", "turnover",
    )
)  # fmt: skip
