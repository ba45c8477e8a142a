"""Changes the article states with a change word ("up 6% from 49,000", "fell from 400 to
310", "halved since 2019"): which figure is before, which after and which sizes the
change, found once for the change and unit checks. What tells a size or a baseline is in
``_sizes_and_baselines.py``, the change word itself in ``_change_words.py``, a change told
in another sentence in ``_stated_elsewhere.py``, and a unit one end lends the other in
``_lent_units.py``. (The learned second look reads changes its own way, in
``learned/_change_reading.py``.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import counts_people
from claimscope.layers.findings.numeric._change_words import change_lemma, change_word
from claimscope.layers.findings.numeric._lent_units import elided, unit_left_out
from claimscope.layers.findings.numeric._sides import for_another_holder, pair_between
from claimscope.layers.findings.numeric._sizes_and_baselines import (
    is_baseline,
    is_delta,
    listed_with_size,
    sizes_compared,
)
from claimscope.layers.findings.numeric._stated_elsewhere import (
    POINTING,
    Places,
    stated_elsewhere,
)
from claimscope.layers.findings.numeric._wording import (
    CLAUSE_BREAK,
    FACTOR_HEDGES,
    FACTORS,
    SHARE_UNITS,
    direction,
    word_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft


@dataclass(frozen=True)
class Change:
    """A change the text states: its word, the figures before and after, and its size."""

    word: str
    before: Entry
    after: Entry
    deltas: list[Entry]
    hedge: str | None = None  # "nearly" in "have nearly halved": the factor is loosened
    #: "1,840 calls, three times as many as ... 1,020 requests": "as many as" says the two
    #: figures count one kind of thing, whatever nouns the writer varies between them.
    alike: bool = False


def stated_changes(doc: Doc, ledger: list[Entry], draft: Draft) -> list[Change]:
    """Before and after figures of a stated change, one sentence at a time.

    "from X to Y" (or "to Y from X") gives both; "Y, up 8% from X" gives the after figure
    as the one written before the change word. The size of the change is a figure after
    "by" or right after the change word ("rose 12%", "down 15%"), never any other figure
    of the sentence.
    """
    text = draft.text  # Doc.text joins the tokens anew on every access
    places: Places | None = None
    by_sent: dict[int, list[Entry]] = {}
    for e in ledger:
        by_sent.setdefault(e.sent, []).append(e)
    out: list[Change] = []
    bases: list[Entry] = []  # the before figures met so far, in text order
    for s, entries in by_sent.items():
        before = next((e for e in entries if _after_from(text, e)), None)
        before = before or next((e for e in entries if is_baseline(text, e.q.start)), None)
        if before is None or before.q.low != before.q.high:
            continue
        # the headline's change tells of the first pair of its thing, the story's lead
        # ("Burglaries fall by a fifth": 412 from 515 in the year, not January's 29 and 41)
        lead_told = any(same_thing(before, b) for b in bases)
        bases.append(before)
        if _SPREAD.search(text, max(0, before.q.start - 30), before.q.start):
            continue  # "sentences ranging from four to 22 years": a spread, no change
        floor, ceiling = (
            (draft.sentences[s].start, draft.sentences[s].end)
            if s < len(draft.sentences)
            else (0, len(text))
        )
        verb = change_word(doc, text, entries, before, floor, ceiling) or change_lemma(
            doc, text, before, floor
        )
        stated: tuple[str, list[Entry]] | None = None
        if verb is None and _UNDIRECTED.search(text, floor, before.q.start):
            continue  # "the ratio improved to 94.6% from 97.1%": better may be lower
        if verb is not None and _UNDIRECTED.search(text, verb[1] + len(verb[0]), before.q.start):
            continue  # "The rebound came as the discount narrowed to $12 from $18": the
            # nearer verb, which says no direction, is the one the figures change by
        if verb is None:
            near = [draft.sentences[t] for t in (s - 1, s + 1) if 0 <= t < len(draft.sentences)]
            if draft.headline is not None and not lead_told:
                near.append(draft.headline)
            places = places or Places.of(doc, draft)
            stated = stated_elsewhere(doc, ledger, near, places, before)
            if stated is None:
                continue
            verb = (stated[0], before.q.start)
        word, at = verb
        if word.startswith(("fell", "fall")) and _WEATHER.search(text, max(floor, at - 40), at):
            continue  # "412 mm of rain fell": weather falling, no change
        after = next(
            (
                e
                for e in entries
                if e is not before
                and word_before(text, e.q.start) == "to"
                and _one_clause(text, e, before)
                and not _figure_between(entries, e, at, before)
            ),
            None,
        )
        if after is None:
            earlier = [
                e
                for e in entries
                if e.q.end <= at
                and e is not before
                and e.q.unit not in ("percent", "fraction")
                # "4,210 trains ..., about 23 a day, compared with 5,020": the rate restates
                # the total; the total is the after figure ("1.2 million barrels a day, down
                # from 1.6 million": a baseline with no unit of its own is in the rate's)
                and (e.is_rate == before.is_rate or unit_left_out(before, e, entries))
                and not _WHOLE_OF.search(text, max(0, e.q.start - 12), e.q.start)
                and _one_clause(text, e, before)
            ]
            after = (
                current_figure(_not_yardsticks(text, earlier), before, word)
                if earlier
                else _after_baseline(text, entries, before, at)
            )
        pointed_back = False
        if after is None and POINTS_BACK.match(text, floor):
            after = _told_before(text, by_sent.get(s - 1, []), before)
            # pointing back, the writer gives both ends as one kind of thing, in other words
            # ("32 museums, galleries ... That is up from 27 venues"), unless one counts people
            # and the other things (297 people hurt, "when 214 collisions were recorded")
            pointed_back = after is not None and counts_people(after.q.counted) == counts_people(
                before.q.counted
            )
        if after is None or after.q.low != after.q.high:
            continue
        if any(e.q.text.lower().startswith("between") for e in (before, after)):
            continue  # "from between two to one": a ratio or a range, not a before and after
        if stated is None and _said_of_another(doc, at, after):
            continue  # "61 patients saw their migraine days fall by half, compared with 52"
        if stated is not None:
            if before.q.unit in SHARE_UNITS and any(d.q.unit == "percent" for d in stated[1]):
                continue  # "slowed to 3.9% from 4.1%" beside "prices were 3.1% higher": a
                # share stated elsewhere may be a relative change or points, or a level
            if any(e.q.unit == before.q.unit and e not in (before, after) for e in entries):
                continue  # "£310,000, against £300,000 in February and £295,000 in March
                # 2024": a change stated elsewhere could be from either
            out.append(Change(word, *_lent(before, after, entries, text), stated[1]))
            continue
        deltas = [
            e
            for e in entries
            if e is not before
            and e is not after
            and is_delta(text, e)
            and not _other_clause(text, (before, after), e)
            and not _OTHER_MOVER.search(text, max(0, e.q.start - 40), e.q.start)
            and not pair_between(entries, before, after, e)
            # "X, down 45% from Y": the size follows the after figure told before its word
            and not (
                after.q.end <= at
                and e.q.end <= after.q.start
                and _figure_between(entries, e, at, before, after)
            )
        ]
        if listed_with_size(text, after, deltas) or sizes_compared(text, entries, before, deltas):
            continue
        if not deltas and word not in FACTORS and s + 1 < len(draft.sentences):
            # "has risen from £240 to £312. That is a rise of more than 40 per cent": the
            # size told next, of the change just told
            nxt = draft.sentences[s + 1]
            if POINTING.match(nxt.text):
                places = places or Places.of(doc, draft)
                told = stated_elsewhere(doc, ledger, [nxt], places, before)
                if told is not None and not (
                    before.q.unit in SHARE_UNITS and any(d.q.unit == "percent" for d in told[1])
                ):
                    deltas = told[1]
        if (
            not deltas
            and word not in FACTORS
            and word_before(text, before.q.start) != "from"
            and is_baseline(text, before.q.start)
            and for_another_holder(text, before)
        ):
            continue  # "its lead had shrunk to 51.3 percent against 48.7 percent for No"
        before, after = _lent(before, after, entries, text)
        out.append(Change(word, before, after, deltas, _hedge_before(text, at), pointed_back))
    return out


#: A sentence that opens by pointing at the figure just told, as the end its change
#: reached: "That was an increase of 12.6 percent over the 641.5 billion", "The figure
#: represented a rise of 9% on 2022's 3,100", "The commissioner said the figure
#: represented ...".
POINTS_BACK = re.compile(
    r"[\s\"“'‘]*(?:[\w'’.-]+\s+){0,4}?(?:(?:said|says|added|noted|stated)\s+(?:that\s+)?)?"
    r"(?:(?:that|this|it)|(?:the|this|that) (?:figure|total|number|sum|amount|"
    r"tally|count))(?:['’]s|\s+(?:is|was|represents|represented|marks|marked|means|meant|"
    r"amounts to|amounted to))\b",
    re.I,
)


def _told_before(text: str, previous: list[Entry], before: Entry) -> Entry | None:
    """The figure a pointing sentence's change ended at: the last figure of the sentence
    before in the baseline's unit, itself no baseline, rate or share."""
    fits = [
        e
        for e in previous
        if e.q.unit == before.q.unit
        and e.is_rate == before.is_rate
        and e.q.unit not in SHARE_UNITS
        and e.q.low == e.q.high
        and not is_baseline(text, e.q.start)
        and not _after_from(text, e)
    ]
    return fits[-1] if fits else None


#: "down from a peak of €10.40", "up from an average of 310": a level named between "from"
#: and its figure.
_FROM_A_LEVEL = re.compile(
    r"\bfrom\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+)?"
    r"(?:peak|high|low|record|average|level|total|figure)\s+of\s+$",
    re.I,
)


def _after_from(text: str, e: Entry) -> bool:
    """Whether a figure is what a change ran from: "from 400", "from a peak of €10.40"."""
    return word_before(text, e.q.start) == "from" or bool(
        _FROM_A_LEVEL.search(text, max(0, e.q.start - 50), e.q.start)
    )


def _figure_between(entries: list[Entry], to: Entry, at: int, *skip: Entry) -> bool:
    """Whether another figure stands between a "to" figure and a later change word: "fell
    18% to 2.05 billion euros, leaving a surplus of 1.15 billion euros, down from 2.1
    billion": the surplus is what went down from 2.1 billion, not the imports."""
    return to.q.end <= at and any(
        to.q.end <= o.q.start and o.q.end <= at and all(o is not k for k in skip) for o in entries
    )


#: "50,100 out of 298,200": the figure after is the whole of the one before, not a level.
_WHOLE_OF = re.compile(r"\bout of (?:the |its |their )?$", re.I)


_HEDGE_END = re.compile(r"\b(" + FACTOR_HEDGES + r")\s+$", re.I)


def _hedge_before(text: str, at: int) -> str | None:
    """The word loosening a change word written right before it ("nearly halved")."""
    m = _HEDGE_END.search(text, max(0, at - 20), at)
    return m.group(1) if m else None


def _said_of_another(doc: Doc, at: int, after: Entry) -> bool:
    """Whether the change word is a verb with a subject of its own, inside the clause of the
    figure's own verb, after the figure, and not holding it ("61 patients saw their migraine
    days fall by half or more, compared with 52 in the other group"): it tells of the
    subject's change, and the two counts are groups compared, not one count before and
    after."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    fig = doc.char_span(after.q.start, after.q.end, alignment_mode="expand")
    if span is None or fig is None:
        return False
    verb = span.root
    if verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    inside = {t.i for t in verb.subtree}
    if any(t.i in inside for t in fig) or verb.i < fig.start:
        return False  # "Cruise calls have doubled since 2019: 84 ships docked this year"
    gov = fig.root.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    return gov.i != verb.i and verb.i in {t.i for t in gov.subtree}


#: "ranging from", "varied from", "anywhere from": the low end of a spread of values.
_SPREAD = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|span(?:s|ned|ning)?|anywhere)"
    r"\s+(?:\w+\s+)?from\s+(?:about\s+|around\s+|some\s+)?$",
    re.I,
)


#: "profit rose to €131m from €118m, on revenue up 9%": a change of another subject, set
#: off after the figures, whose size is not theirs.
_OTHER_MOVER = re.compile(
    r",\s+(?:on|with|as|while|and|but)\s+(?:[a-z]+\s+){1,3}(?:up|down|rising|falling)\s+"
    r"(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)


#: "Rain fell", "snow fell": precipitation, not a fall in a figure.
_WEATHER = re.compile(
    r"\b(?:rain|rainfall|snow|snowfall|hail|sleet|precipitation|mm)\b[^.]*$", re.I
)


#: Change verbs that say no direction: "improved", "worsened", "narrowed", "shifted".
_UNDIRECTED = re.compile(
    r"\b(?:improv|worsen|deteriorat|narrow|widen|shift|chang|recover|eas(?:ed|ing))\w*\b", re.I
)


def current_figure(earlier: list[Entry], before: Entry, word: str) -> Entry:
    """The figure a change word sets against "from X": the nearest one before the word that
    moves the stated way. In "62,000 students applied to the nine universities, up from
    58,500", nine is nearer but cannot be up from 58,500; when no figure fits, the
    nearest is kept, so a change stated the wrong way round is still checked."""
    way = direction(word)
    for e in reversed(earlier):
        if (way > 0 and e.iv.hi < before.iv.lo) or (way < 0 and e.iv.lo > before.iv.hi):
            continue
        return e
    return earlier[-1]


#: A figure another is measured against: "well ahead of the 1.1 million forecast", "short
#: of its 500 target", "above the 2,000 of 2019".
_YARDSTICK = re.compile(
    r"\b(?:ahead\s+of|short\s+of|behind|above|below|beyond|than)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:some\s+|about\s+|around\s+|nearly\s+)?$",
    re.I,
)


def _not_yardsticks(text: str, entries: list[Entry]) -> list[Entry]:
    """The figures that may be a change's current figure: "1.24 million visits, well ahead
    of the 1.1 million forecast and up 29% on last year's 960,000" is up from 960,000 to
    1.24 million; the forecast is a yardstick the current figure is set against, as the
    baseline is, never the figure that changed. All are kept when all are yardsticks."""
    kept = [
        e
        for e in entries
        if not _YARDSTICK.search(text, max(0, e.q.start - 30), e.q.start)
        and not is_baseline(text, e.q.start)
    ]
    return kept or entries


def _other_clause(text: str, figures: tuple[Entry, Entry], delta: Entry) -> bool:
    """Whether a change's size sits in another clause than its before and after figures: a
    change stated for another thing does not size this one."""
    lo = min(f.q.end for f in figures)
    hi = max(f.q.start for f in figures)
    if delta.q.start > hi:
        between = text[max(f.q.end for f in figures) : delta.q.start]
    elif delta.q.end < lo:
        between = text[delta.q.end : min(f.q.start for f in figures)]
    else:
        return False
    return CLAUSE_BREAK.search(between) is not None


def _one_clause(text: str, a: Entry, b: Entry) -> bool:
    """Whether two figures sit in one clause: "tram journeys rose 8% to 27 million, while
    bus journeys fell 5% to 95 million from 100 million" sets 100 million against 95
    million, never against the tram's 27 million."""
    first, second = (a, b) if a.q.start < b.q.start else (b, a)
    return CLAUSE_BREAK.search(text, first.q.end, second.q.start) is None


def _after_baseline(text: str, entries: list[Entry], before: Entry, at: int) -> Entry | None:
    """ "have doubled since 2019: 84 ships docked this year compared with 61 in 2019": when
    the change word comes first, the current figure is the one set against the baseline,
    the last count of the same unit between the change word and the baseline."""
    if not is_baseline(text, before.q.start) or at > before.q.start:
        return None
    between = [
        e
        for e in entries
        if at < e.q.start < before.q.start
        and e is not before
        and e.q.unit == before.q.unit
        and e.q.unit not in ("percent", "fraction")
        and same_thing(e, before)
    ]
    return between[-1] if between else None


def ratio_changes(
    doc: Doc, entries: list[Entry], ratios: list[Entry], draft: Draft
) -> list[Change]:
    """Stated changes of figures per another unit than time ("rose from 180 cubic metres a
    second to 390"), read from the sentences that hold such a figure, each end given the
    unit the other states when it leaves its own out."""
    if not ratios:
        return []
    sents = {e.sent for e in ratios}
    merged = sorted([e for e in entries if e.sent in sents] + ratios, key=lambda e: e.q.start)
    ids = {id(e) for e in ratios}
    out = []
    for c in stated_changes(doc, merged, draft):
        if id(c.before) in ids or id(c.after) in ids:
            before, after = elided(c.before, c.after, draft.text)
            out.append(Change(c.word, before, after, c.deltas))
    return out


def _lent(before: Entry, after: Entry, ledger: list[Entry], text: str) -> tuple[Entry, Entry]:
    """The two ends of a stated change, one given the other's unit when it leaves it out
    (``unit_left_out``); as they are otherwise, so that a pair of two units stays unchecked."""
    if unit_left_out(before, after, ledger) or unit_left_out(after, before, ledger):
        return elided(before, after, text)
    return before, after
