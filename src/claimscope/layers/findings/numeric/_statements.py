"""Changes ("up 6% on last year, when it took 49,000") and comparisons ("twice the 600")
that the article states between its figures, found once for the change and unit checks.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimscope.contract.model import Span as Sentence
from claimscope.layers.findings._ledger import (
    Entry,
    same_thing,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._sides import for_another_holder, pair_between
from claimscope.layers.findings.numeric._wording import (
    CHANGE_LEMMAS,
    CHANGE_WORDS,
    CLAUSE_BREAK,
    FACTOR_HEDGES,
    FACTORS,
    SHARE_UNITS,
    direction,
    sentence_head,
    word_before,
)

_THAN = re.compile(
    r"\s+(?P<dir>more|fewer|less|higher|lower|greater|bigger|smaller|larger)\s+than\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|last year's\s+)?$",
    re.I,
)


def stated_comparisons(doc: Doc, ledger: list[Entry], text: str) -> list[Change]:
    """ "5,600 knife crimes last year, 900 more than the 4,700 arrests the year before":
    the figure compared (the nearest earlier one in the sentence), the difference and the
    figure it is compared with, read as a change from the latter to the former."""
    out: list[Change] = []
    for d in ledger:
        for b in ledger:
            if b.sent != d.sent or b.q.start <= d.q.end or b.q.start - d.q.end > 40:
                continue
            m = _THAN.match(text[d.q.end : b.q.start])
            if m is None:
                continue
            earlier = [
                e
                for e in ledger
                if e.sent == d.sent and e.q.end <= d.q.start and e.q.unit not in SHARE_UNITS
            ]
            if not earlier and _THAT_IS.search(sentence_head(text, d.q.start)):
                # "That is 20,000 more than ...": the figure of the sentence before
                earlier = [e for e in told_before(text, ledger, d) if e.q.unit not in SHARE_UNITS]
            word = "up" if m.group("dir").lower() in _MORE else "down"
            # "5,812 applications for Year 7 places, 157 more than last year's 5,655": the
            # figure compared is the nearest one that can be 157 more than 5,655
            a = _current_figure(earlier, b, word) if earlier else None
            if a is not None and d.q.unit not in SHARE_UNITS and not a.is_rate:
                out.append(Change(word, b, a, [d]))
    return out + _factor_comparisons(text, ledger) + _share_comparisons(text, ledger)


#: What may stand between a share and the figure it compares with: "40% more than the
#: 1,150 of 2021", "12% fewer than in 2021, when there were 1,150", "... than in 2021
#: (1,150)".
_SHARE_THAN = re.compile(
    r"\s+(?:(?:per\s*cent|percent)\s+)?(?P<dir>more|fewer|less|higher|lower|greater|bigger|"
    r"smaller|larger)\s+than\s+"
    r"(?:(?:the|its|their|his|her|last year's)\s+(?:[\w'’-]+\s+){0,2}?"
    r"|(?:in|during|at|on)\s+[\w'’ -]{2,30}?(?:,\s+when\s+(?:there\s+(?:were|was)|it\s+\w+|"
    r"they\s+\w+|\w+\s+\w+ed)\s+|\s+\())?$",
    re.I,
)


#: What puts a figure aside from the one a comparison is about: a part ("including 410,000
#: on cruise ships"), or a whole ("of 5,000 applicants").
_ASIDE = re.compile(
    r"\b(?:including|among them|of whom|of which|of|out of)\s+(?:the\s+|some\s+|about\s+)?$",
    re.I,
)


def _share_comparisons(text: str, ledger: list[Entry]) -> list[Change]:
    """ "1,380 burglaries, 40% more than the 1,150 of 2021": a count set against another
    by a share, read as a change of that size from the latter to the former. The figure
    compared is the nearest earlier count of the sentence, before any other clause."""
    out: list[Change] = []
    for d in ledger:
        if d.q.unit != "percent" or d.q.low != d.q.high:
            continue
        later = [b for b in ledger if b.sent == d.sent and 0 < b.q.start - d.q.end <= 70]
        if not later:
            continue
        b = min(later, key=lambda e: e.q.start)
        if b.is_rate or b.q.unit in SHARE_UNITS:
            continue
        m = _SHARE_THAN.match(text[d.q.end : b.q.start])
        if m is None:
            continue
        earlier = [
            e
            for e in ledger
            if e.sent == d.sent
            and e.q.end <= d.q.start
            and not _ASIDE.search(text[max(0, e.q.start - 30) : e.q.start])
        ]
        pointed = not earlier and _THAT_IS.search(sentence_head(text, d.q.start)) is not None
        if pointed:
            # "It was 20% more than the 351,000 who travelled in 2023": the figure before
            earlier = [e for e in told_before(text, ledger, d) if e.q.unit == b.q.unit]
        word = "up" if m.group("dir").lower() in _MORE else "down"
        if pointed:  # "That was 18% more than ...": of the figures before, the one it fits
            size = (d.iv.lo + d.iv.hi) / 200
            ratio = 1 + size if word == "up" else 1 - size
            earlier = [_kindest(earlier, b, ratio)] if earlier and ratio > 0 else []
        if not earlier or earlier[-1].q.unit in SHARE_UNITS or earlier[-1].is_rate:
            continue
        a = earlier[-1]
        if a.q.per != b.q.per:
            continue  # "1,150 a day, 20% more than the 35,000 of March": no like for like
        between = text[a.q.end : d.q.start]
        if not pointed and re.search(r"[.;]|\b(?:and|but|while|whereas)\b", between):
            continue  # the share sizes another clause's subject
        out.append(Change(word, b, a, [d]))
    return out


#: "1.2 million bags, twice the 600,000 tonnes", "39%, nearly double their 2021 figure of
#: 20%": a figure set against another by a factor.
_TIMES = re.compile(
    r",?\s+(?:or\s+)?(?:(?P<hedge>almost|nearly|about|roughly|more than)\s+)?"
    r"(?P<f>twice|double|triple|three times|four times|half)\s+"
    r"(?:as (?:many|much) as\s+(?P<when>(?:during|in|at|on|over|after)\s+[^,.;:\d]{1,40},?\s+"
    r"when\s+[^,.;:\d]{1,50}?\s+)?)?"
    r"(?:(?:the|its|their|his|her|last year's)\s+(?:[\w'’-]+\s+){0,3}?(?:of\s+)?)?$",
    re.I,
)


_TIMES_WORD = {
    "twice": "doubled",
    "double": "doubled",
    "triple": "tripled",
    "three times": "tripled",
    "four times": "quadrupled",
    "half": "halved",
}


_FACTOR_OF = {"twice": 2.0, "double": 2.0, "triple": 3.0, "three times": 3.0}
_FACTOR_OF |= {"four times": 4.0, "half": 0.5}


def _kindest(candidates: list[Entry], base: Entry, ratio: float) -> Entry:
    """Of the figures a "that" may point back to, the one the stated ratio to ``base`` fits
    best: the sentence before may give a total and its parts ("1,240 casualties - 210
    killed and 1,030 injured. That was 18% more than ..."), and the statement is only
    doubted when no reading of it holds."""

    def misfit(e: Entry) -> float:
        mine, theirs = e.iv.lo + e.iv.hi, base.iv.lo + base.iv.hi
        if mine <= 0 or theirs <= 0:
            return math.inf
        return abs(math.log(mine / theirs) - math.log(ratio))

    return min(candidates, key=misfit)


def _factor_comparisons(text: str, ledger: list[Entry]) -> list[Change]:
    """ "84 ships, twice the 61 of 2019": the later figure compared with the earlier by a
    factor, read as a change by that factor from the latter to the former. A hedge
    ("nearly triple the 20,000") loosens the factor as it does a verb's ("nearly tripled")."""
    out: list[Change] = []
    for b in ledger:
        m = _THAT_TIMES.search(sentence_head(text, b.q.start))
        if m is None or b.is_rate or any(e.sent == b.sent and e.q.end <= b.q.start for e in ledger):
            continue
        # "That is almost three times the 520 admitted in November": the figure before
        before = [e for e in told_before(text, ledger, b) if not e.is_rate and e.q.unit == b.q.unit]
        if before:
            factor = m.group("f").lower()
            a = _kindest(before, b, _FACTOR_OF[factor])
            out.append(Change(_TIMES_WORD[factor], b, a, [], hedge=m.group("hedge")))
    for a in ledger:
        nxt = [b for b in ledger if b.sent == a.sent and 0 < b.q.start - a.q.end <= 200]
        if not nxt or a.is_rate:
            continue
        b = min(nxt, key=lambda e: e.q.start)
        gap = text[a.q.end : b.q.start]
        m = _TIMES.search(gap)
        if m is None or b.is_rate or m.start() > 60:
            continue  # the factor must follow the figure's own phrase ("4,800 tonnes of
            # potatoes to last week's floods, three times ..."); what follows the factor is
            # bounded by _TIMES itself, and "three times as many as during the storms, when
            # crews answered 1,020" names a time whose clause may hold the figure
        a = _ratio_head(text, ledger, a)
        if (a.q.unit in SHARE_UNITS or b.q.unit in SHARE_UNITS) and a.q.unit != b.q.unit:
            continue  # a share is a factor of another share only ("39%, double their 20%")
        if re.search(r"[.;:]|\band\b", _BETWEEN_AND.sub(" ", gap[: m.start()])):
            continue  # "up 22% from 121 billion in 2024, and more than three times the 44
            # billion": after "and" the factor goes back to the clause's subject
        hedge = m.group("hedge")
        alike = bool(re.search(r"\bas (?:many|much) as\b", m.group(0), re.I))
        out.append(Change(_TIMES_WORD[m.group("f").lower()], b, a, [], hedge=hedge, alike=alike))
    return out


#: "between Saturday morning and late Sunday": an "and" inside a span of time or a range
#: joins its two ends, not two clauses.
_BETWEEN_AND = re.compile(r"\bbetween\s+[^,.;:]{1,40}?\band\b", re.I)


def _ratio_head(text: str, ledger: list[Entry], a: Entry) -> Entry:
    """ "68 micrograms of alcohol in 100 millilitres of breath - almost twice the limit of
    35", "12 goals in 20 games, twice his tally of six": a figure after "in" or "per" that
    closes another figure's noun phrase is the base of a ratio, and a factor set off after
    the phrase compares the phrase's own measure, the figure before it."""
    heads = [
        c
        for c in ledger
        if c.sent == a.sent
        and c.q.end <= a.q.start
        and _RATIO_BASE.fullmatch(text, c.q.end, a.q.start)
    ]
    return heads[-1] if heads else a


#: Between a measure and the base of its ratio: " micrograms of alcohol in ", " goals in ".
_RATIO_BASE = re.compile(
    r"\s+(?:[a-z-]+\s+){1,3}?(?:in|per|for every|out of)\s+(?:every\s+)?", re.I
)


_MORE = ("more", "higher", "greater", "bigger", "larger")


#: A sentence opening that points back to the previous sentence's figure.
_THAT_IS = re.compile(
    r"^\W*(?:that|this|it|which)(?:'s| is| was| means| represents| marks| makes)\s+"
    r"(?:about |some |around |nearly |almost |roughly |just )?$",
    re.I,
)


#: "That is almost three times the 520": a factor set against the figure told before.
_THAT_TIMES = re.compile(
    r"^\W*(?:that|this|it|which)(?:'s| is| was| means| represents| marks| makes)"
    + _TIMES.pattern[len(",?") :],
    re.I,
)


def told_before(text: str, ledger: list[Entry], e: Entry) -> list[Entry]:
    """The figures of the sentence before ``e``'s that has any, when only questions stand
    between ("The ferry carried 412,000 ... \n\nIs that more than before?\n\nYes. It was
    20% more than ..."): what a "that" or "it" opening ``e``'s sentence points back to."""
    before = [p for p in ledger if p.sent < e.sent]
    if not before:
        return []
    last = max(p.sent for p in before)
    figures = [p for p in before if p.sent == last]
    between = text[figures[-1].q.end : e.q.start]
    cut = re.search(r"[.!?]\s", between)
    rest = between[cut.end() :] if cut else ""
    said = [t.strip() for t in re.findall(r"[^.!?\n]+[.!?]?", _strip_head(rest, text, e))]
    # only questions, or a short reply ("Yes.", "Not quite.") between
    return figures if all(t.endswith("?") or len(t.split()) <= 3 for t in said if t) else []


def _strip_head(rest: str, text: str, e: Entry) -> str:
    """``rest`` without the opening of ``e``'s own sentence."""
    head, rest = sentence_head(text, e.q.start).strip(), rest.rstrip()
    return rest[: len(rest) - len(head)] if head and rest.endswith(head) else rest


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
        verb = _change_word(doc, text, entries, before, floor, ceiling) or _change_lemma(
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
            stated = _stated_elsewhere(doc, ledger, near, places, before)
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
                _current_figure(_not_yardsticks(text, earlier), before, word)
                if earlier
                else _after_baseline(text, entries, before, at)
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
        if _listed_with_size(text, after, deltas) or _sizes_compared(text, entries, before, deltas):
            continue
        if (
            not deltas
            and word not in FACTORS
            and word_before(text, before.q.start) != "from"
            and is_baseline(text, before.q.start)
            and for_another_holder(text, before)
        ):
            continue  # "its lead had shrunk to 51.3 percent against 48.7 percent for No"
        before, after = _lent(before, after, entries, text)
        out.append(Change(word, before, after, deltas, _hedge_before(text, at)))
    return out


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


def _listed_with_size(text: str, after: Entry, deltas: list[Entry]) -> bool:
    """Whether the current figure is listed after a size of change in its unit ("a drop
    of 18 mmHg on the higher dose and 13 mmHg on the lower dose, compared with 5 mmHg on
    placebo"): it is another size, and the comparison sets sizes side by side, not a
    level against its earlier level."""
    return any(
        d.q.end <= after.q.start
        and d.q.unit == after.q.unit
        and sizes_a_change(text, d)
        and re.search(r"\band\b", text[d.q.end : after.q.start]) is not None
        and re.search(r"\b(?:to|from)\b", text[d.q.end : after.q.start]) is None
        for d in deltas
    )


def _sizes_compared(text: str, entries: list[Entry], before: Entry, deltas: list[Entry]) -> bool:
    """Whether the baseline is compared with a size of change "by" in its unit, the
    nearest figure of that unit before it ("fell by an average of 1.1 points in one
    group, compared with 1.9 points in the other"): it is the other group's change, not
    the earlier level of the figure that changed. A size "on" its base ("up 2.5p on the
    39p") measures the change from it."""
    m = _BASELINE.search(text, max(0, before.q.start - 40), before.q.start)
    if m is None or m.group("w").lower() == "on":
        return False
    nearest = [e for e in entries if e.q.end <= before.q.start and e.q.unit == before.q.unit]
    return bool(nearest) and any(nearest[-1] is d and _after_by(text, d) for d in deltas)


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


def _current_figure(earlier: list[Entry], before: Entry, word: str) -> Entry:
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


#: A baseline a figure is set against: "against 52,000 last year", "compared with £2.6bn".
_BASELINE = re.compile(
    r"\b(?P<w>against|compared (?:with|to)|versus|vs\.?|on)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z-]+(?:\s+[a-z-]+)?['\u2019]s\s+)?"  # "on last year's 1.6 million"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def is_baseline(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the baseline of a comparison; "on" counts only
    right after a change ("a rise of 15% on the 1.04 million")."""
    m = _BASELINE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    if m.group("w").lower() != "on":
        return True
    moved = list(CHANGE_WORDS.finditer(text, max(0, m.start() - 30), m.start()))
    # "up 5% on 2023", but not "the Liberals are up one to 11%, the Greens are on 7%"
    return bool(moved) and re.search(r"[,;]", text[moved[-1].end() : m.start()]) is None


#: Nouns of a change that are not change verbs' forms: "a loss of 1.1 kilometres".
_CHANGE_NOUNS = r"\b(?:loss|losses|reduction|growth|shortfall|drop-off)\b"


_DELTA_OF = re.compile(
    r"(?:" + CHANGE_WORDS.pattern + "|" + _CHANGE_NOUNS + r")\s+of\s+(?:about\s+|some\s+)?$",
    re.I,
)


#: A size written before its change noun: "a 40% rise in profit", "a 25 per cent drop".
SIZE_NOUN = re.compile(
    r"[\s-]*(?:rise|increase|fall|drop|decline|jump|surge|gain|reduction|growth|cut|slump|"
    r"plunge|climb|leap|dip|decrease)s?\b",
    re.I,
)


#: A share written before a comparative that makes it a change: "running 25 per cent
#: higher than last year", "a third lower", "12% up on 2023".
_SHARE_COMPARED = re.compile(r"\s+(?:higher|lower|up|down)\b", re.I)


#: "by" before a size, also with the size named as an average or total: "fell by an
#: average of 1.1 points", "rose by a further 3%".
_BY = re.compile(
    r"\bby\s+(?:an?\s+(?:average|total|further|estimated|net|mean)\s+(?:of\s+)?)?$", re.I
)


def _after_by(text: str, e: Entry) -> bool:
    """Whether the figure is written after "by" ("by 12%", "by an average of 1.1")."""
    return _BY.search(text, max(0, e.q.start - 30), e.q.start) is not None


def is_delta(text: str, e: Entry) -> bool:
    """The size of a change: after "by", right after a change word ("rose 12%", "down
    15%"), after a change noun and "of" ("a rise of 15%"), right before a change noun
    ("a 40% rise"), or a share right before "higher" or "lower" ("25 per cent higher")."""
    word = word_before(text, e.q.start)
    return (
        _after_by(text, e)
        or CHANGE_WORDS.fullmatch(word) is not None
        or _DELTA_OF.search(text, max(0, e.q.start - 30), e.q.start) is not None
        or SIZE_NOUN.match(text, e.q.end) is not None
        or (e.q.unit in SHARE_UNITS and _SHARE_COMPARED.match(text, e.q.end) is not None)
    )


def sizes_a_change(text: str, e: Entry) -> bool:
    """Whether the figure is the size of a change, named as such ("fallen by around 40
    basis points", "a rise of 15%", "a 40% rise"): a difference, no count or level. A
    bare change verb before it ("raised £8,000") is not enough."""
    if _DELTA_OF.search(text, max(0, e.q.start - 30), e.q.start) or SIZE_NOUN.match(text, e.q.end):
        return True
    if not _after_by(text, e):
        return False
    return CHANGE_WORDS.search(text, max(0, e.q.start - 50), e.q.start) is not None


def _stated_elsewhere(
    doc: Doc, ledger: list[Entry], spans: list[Sentence], places: Places, before: Entry
) -> tuple[str, list[Entry]] | None:
    """A change stated in a neighbouring sentence or the headline ("Revenue is up 12 per
    cent", "Harvest down by a third") for before-and-after figures given without one.

    The statement must give only the size of the change (a share or a factor, no figures of
    its own to compare) and be about what the figures' sentence is about: one of its
    nouns must appear there ("revenue", "apple")."""
    text = places.text
    for span in spans:
        entries = [e for e in ledger if span.start <= e.q.start < span.end]
        if before in entries or any(e.q.unit not in SHARE_UNITS for e in entries):
            continue
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
            parsed = doc.char_span(span.start + lo, span.start + hi, alignment_mode="expand")
            nouns = {
                w
                for tok in (parsed or [])
                if tok.pos_ in ("NOUN", "PROPN")
                for w in (tok.lower_, str(tok.lemma_).lower())
            }
            if _speaks_of(parsed, span.start + m.start(), nouns, before, ledger):
                return m.group(0).lower(), deltas
    return None


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


#: Change verbs whose noun names a thing, not a change: "fired 40 rockets", "a climbing
#: mount" ("contracts" is left out of ``CHANGE_WORDS`` itself, see ``_wording.py``).
_THING_NOUNS = frozenset(("rocket", "mount", "balloon", "sink", "swell"))


def _thing_noun(doc: Doc, at: int) -> bool:
    """Whether the change word at character ``at`` is read as the noun of a thing
    ("40 rockets were fired ..., compared with 12"), which states no
    change; the parse tells the noun from the verb ("the economy contracts")."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    return tok.pos_ in ("NOUN", "PROPN") and str(tok.lemma_).lower() in _THING_NOUNS


def _change_word(
    doc: Doc,
    text: str,
    entries: list[Entry],
    before: Entry,
    floor: int = 0,
    ceiling: int | None = None,
) -> tuple[str, int] | None:
    """The change word governing "from X": the last one before it in the sentence, else one
    just after the figures ("from 400 to 500, a rise of ..."), never in the next sentence."""
    lo = max(floor, min(e.q.start for e in entries) - 80)
    found = [
        m
        for m in CHANGE_WORDS.finditer(text, lo, before.q.start)
        if not is_particle(text, m)
        and not _adjectival(text, m)
        and not _thing_noun(doc, m.start())
        # "income rose 8% ..., while the ratio improved to 54.2% from 56.0%": another clause
        and not CLAUSE_BREAK.search(text, m.end(), before.q.start)
    ]
    factor = [m for m in found if m.group(0).lower() in FACTORS]
    if factor and not any(factor[-1].end() < e.q.start < found[-1].start() for e in entries):
        # "halved, falling from 3,200 to 2,100": the factor is the claim to check, unless it
        # has its own figure ("double the 280,000 of 2023/24 and up almost 10% on 510,000")
        return factor[-1].group(0).lower(), found[-1].start()
    if found:
        return found[-1].group(0).lower(), found[-1].start()
    last = max(e.q.end for e in entries)
    end = min(last + 60, len(text) if ceiling is None else ceiling)
    m = next(
        (
            m
            for m in CHANGE_WORDS.finditer(text, before.q.end, end)
            if not is_particle(text, m)
            and not _adjectival(text, m)
            and not _thing_noun(doc, m.start())
            and (m.start() >= last or _SIZED_BY_OF.match(text, m.end()))
            and not CLAUSE_BREAK.search(text, before.q.end, m.start())
        ),
        None,
    )
    return (m.group(0).lower(), m.start()) if m else None


#: "of" right after a change word: the word is a noun sized by the figure after it ("an
#: increase of 15%"); after "compared with 31,000 in 2022," it states the change between
#: the two figures, though a figure (its size) follows it.
_SIZED_BY_OF = re.compile(r"\s+of\b", re.I)


def _adjectival(text: str, m: re.Match[str]) -> bool:
    """ "double occupancy", "a triple win": a factor word before a noun describes it; so
    does a comparative after an article or possessive ("the lower dose", "a higher
    rate"), which names one of two things, not a change."""
    word = m.group(0).lower()
    if word in ("higher", "lower"):
        after = re.match(r"[ -]([a-z]+)", text[m.end() : m.end() + 20])
        return (
            _DETERMINER_END.search(text, max(0, m.start() - 8), m.start()) is not None
            and after is not None
            and after.group(1) not in _NOT_NOUNS
        )
    if word not in ("double", "triple", "treble", "quadruple"):
        return False
    after = re.match(r"[ -]([a-z]+)", text[m.end() : m.end() + 20])
    return after is not None and after.group(1) not in _NOT_NOUNS


_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)


_NOT_NOUNS = frozenset(
    (
        "the",
        "its",
        "their",
        "his",
        "her",
        "that",
        "this",
        "those",
        "what",
        "from",
        "in",
        "to",
        "over",
        "since",
        "by",
        "within",
        "every",
        "each",
        "again",
        "last",
        "and",
        "or",
        "on",
        "at",
        "a",
        "an",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "during",
        "for",
    )
)


def is_particle(text: str, m: re.Match[str]) -> bool:
    """ "containers set up on 22 sites", "cut down on": "up" or "down" as the particle of a
    verb, not a change."""
    if m.group(0).lower() not in ("up", "down"):
        return False
    if m.group(0).lower() == "up" and _UP_TO_CAP.match(text, m.end()):
        return True  # "can apply to up to five courses": a cap's "up to", no rise
    before = text[max(0, m.start() - 12) : m.start()].split()
    return bool(before) and bool(_forms(before[-1].lower()) & _PARTICLE_VERBS)


#: "up to five", "up to £2,000": a cap; "was up to 5.2% from 4.9%" still rises.
_UP_TO_CAP = re.compile(
    r"\s+to\s+(?:[$£€]?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an|half)\b"
    r"(?![^.;,]{0,40}\bfrom\b)",
    re.I,
)


def _forms(word: str) -> set[str]:
    """A verb form and the bases it may come from by the regular endings ("makes",
    "making" -> "make"), so each base need be listed once."""
    out = {word}
    for end, repl in (("s", ""), ("es", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("d", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            out.add(word[: -len(end)] + repl)
    return out


_PARTICLE_VERBS = frozenset(
    [
        "set",
        "put",
        "sign",
        "signed",
        "take",
        "taken",
        "took",
        "pick",
        "picked",
        "end",
        "ended",
        "make",
        "made",
        "build",
        "built",
        "open",
        "opened",
        "turn",
        "turned",
        "show",
        "showed",
        "back",
        "backed",
        "line",
        "lined",
        "call",
        "called",
        "draw",
        "drawn",
        "drew",
        "tie",
        "tied",
        "clean",
        "cleaned",
        "come",
        "came",
        "give",
        "gave",
        "step",
        "stepped",
        "speed",
        "sped",
        "shut",
        "close",
        "closed",
        "break",
        "broke",
        "broken",
        "cut",
        "calm",
        "calmed",
        "slow",
        "slowed",
        "write",
        "wrote",
        "written",
        "hold",
        "held",
        "sit",
        "sat",
        "lay",
        "laid",
        "knock",
        "knocked",
        "shot",
        "pulled",
        "pull",
        "torn",
        "tear",
        "tore",
        "bring",
        "brought",
    ]
)


def _change_lemma(doc: Doc, text: str, before: Entry, floor: int) -> tuple[str, int] | None:
    """A change verb in an irregular form the word list lacks ("outgrew", "sprang"), read
    through its lemma: the last verb before "from X" in its clause whose lemma is a change."""
    span = doc.char_span(floor, before.q.start, alignment_mode="contract")
    verbs = [
        t
        for t in span or []
        if t.pos_ in ("VERB", "AUX") and str(t.lemma_).lower() in CHANGE_LEMMAS
    ]
    if not verbs or CLAUSE_BREAK.search(text, verbs[-1].idx, before.q.start):
        return None
    return str(verbs[-1].lemma_).lower(), verbs[-1].idx


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


def elided(before: Entry, after: Entry, text: str) -> tuple[Entry, Entry]:
    """The two ends of a change or comparison, one given the unit and rate the other states
    when it leaves them out: "from 180 cubic metres a second to 390", "78 euros per
    megawatt-hour ..., against 96 euros". A writer states the unit once for both."""
    return _borrow_unit(before, after, text), _borrow_unit(after, before, text)


def unit_left_out(bare: Entry, full: Entry, ledger: list[Entry]) -> bool:
    """Whether ``bare`` leaves out the unit and rate ``full`` states, as a writer does when
    setting two figures of one scale side by side ("2.8 million barrels a day in February,
    compared with 3.1 million in January"): ``bare`` states no unit, rate or noun of its
    own, both are written in one scale word, and no other figure stands between them (in
    "fell 18% to 2.05 billion euros, leaving a surplus of 1.15 billion euros, down from 2.1
    billion", 2.1 billion is the surplus's). A unit the ledger converts (tonnes to
    kilograms) is never lent, as the bare figure's value would stay unconverted."""
    if bare.q.unit is not None or bare.q.per is not None or bare.q.counted is not None:
        return False
    if bare.thing is not None or full.q.unit in (None, *SHARE_UNITS) or bare.sent != full.sent:
        return False
    scale = _scale_of(bare.q.text)
    if scale is None or scale != _scale_of(full.q.text):
        return False
    if full.q.value is None or abs(full.iv.mid - full.q.value) > 0.5 * abs(full.q.value):
        return False
    lo, hi = sorted((bare.q.start, full.q.start))
    return not any(lo < e.q.start < hi for e in ledger if e.sent == bare.sent)


#: A scale word after a figure's digits: "3.1 million", "£4bn", "2.8m barrels".
_SCALE = re.compile(r"\d\s*(million|billion|trillion|thousand|bn|m|k)\b", re.I)
_SCALE_NAMES = {"bn": "billion", "m": "million", "k": "thousand"}


def _scale_of(written: str) -> str | None:
    """The scale word a figure is written in, spelled out ("bn" is "billion"), if any."""
    m = _SCALE.search(written)
    if m is None:
        return None
    word = m.group(1).lower()
    return _SCALE_NAMES.get(word, word)


def _borrow_unit(e: Entry, other: Entry, text: str) -> Entry:
    """``e`` in ``other``'s unit and rate when it states neither of its own (a noun it
    counts written right after it, "to 390 homes", is a unit of its own)."""
    if e.q.per is not None:
        return e
    if e.q.unit is None and e.q.counted is not None:
        written = text[e.q.end : e.q.end + 40].split()
        if written and written[0].lower().startswith(e.q.counted.split()[0].lower()[:4]):
            return e
    if e.q.unit not in (None, other.q.unit) or (e.q.unit is None and other.q.unit is None):
        return e
    if e.q.unit == other.q.unit and e.q.per == other.q.per:
        return e
    q = e.q.model_copy(update={"unit": other.q.unit, "per": other.q.per})
    return replace(e, q=q, thing=e.thing if e.q.unit is not None else other.thing)
