"""Finding figures among spaCy tokens and assembling each into a ``Mention``.

This module ties the readers together: ``find_mentions`` walks each sentence left to
right with cheap tests first (``like_num``, a digit), so the cost stays a small
fraction of the parse, and ``_scan_numeral`` builds one figure from its value
(``figure_values``), unit (``figure_units``), counted noun (``counted_after_figure``,
``counted_before_figure``, ``counted_by_verb``) and rate (``rates``), after
``non_figures`` has ruled out dates, clock times, phone numbers and identifiers
("Article 5", "Boeing 737"). What needs the whole figure or its neighbours
stays here: ranges ("15,000 to 18,000", "between 10 and 12") against changes ("from X
to Y" after "rose"), a fraction of a scale ("half a million"), and the passes over a
sentence's figures (a bare figure counting what the one before it counts, a unit or
rate written once for two figures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimscope.layers._quantities.audience import audience_counted
from claimscope.layers._quantities.counted_after_figure import _counted
from claimscope.layers._quantities.counted_before_figure import (
    _label_counted,
    _whole_counted,
    measured_noun,
)
from claimscope.layers._quantities.counted_by_verb import (
    _MEASURE_VERBS,
    _copula_counted,
    _fronted_group_counted,
    _is_change,
    _subject_counted,
)
from claimscope.layers._quantities.figure_units import _currency_before, _time_amount, _unit_after
from claimscope.layers._quantities.figure_values import (
    _approx_before,
    _fold,
    _fraction,
    _glued_figure,
    _is_num_token,
    _numeral,
    _spans_after_noun,
    _vague_plural,
)
from claimscope.layers._quantities.non_figures import (
    _CLOCK,
    _digit_chains,
    _is_date_or_id,
    day_of_month,
    half_a_time,
)
from claimscope.layers._quantities.numbers import (
    GLUED_APPROX,
    SCALES,
    Numeral,
    parse_digits,
    words_value,
)
from claimscope.layers._quantities.period_calendar import MONTHS
from claimscope.layers._quantities.rates import (
    _adjective_rate,
    _per,
    _rate_ahead,
    _time_rate,
    label_rate,
    population_base,
    subject_rate,
)
from claimscope.layers._quantities.units import CURRENCY_SYMBOLS, CURRENCY_WORDS, LENGTH_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc


__all__ = ["Mention", "find_mentions"]


#: Scales written after a hyphen, as in the compound adjective "a $448-million budget".
_HYPHEN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_RANGE_JOIN = frozenset(("to", "-", "–", "—", "and", "through"))


@dataclass
class Mention:
    """One figure in token terms; the layer turns it into a contract ``Quantity``."""

    start: int  # first token of the span (approximator or currency included)
    end: int  # one past the last token of the span
    num_start: int
    num_end: int
    low: float
    high: float
    is_range: bool
    approx: str
    unit: str | None
    counted: str | None
    counted_token: int | None
    per: str | None
    precision: float
    duration: bool = False
    #: A length of time spent or done ("logged 14,000 hours"), dated like a count.
    amount: bool = False


_SCALE_WORDS = frozenset(("thousand", "million", "billion", "trillion"))


def _counts_a_noun(doc: Doc, k: int, limit: int) -> bool:
    """Whether a plural noun (after at most one modifier) follows a bare number: the
    number counts that noun ("86 research projects")."""
    for t in range(k, min(k + 2, limit)):
        if doc[t].tag_ in ("NNS", "NNPS"):
            return True
        if doc[t].pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
    return False


def _fraction_of_scale(
    doc: Doc, value: float, f_start: int, f_end: int, limit: int, floor: int
) -> Mention | None:
    """ "half a million people", "a quarter of a million kettles", "three-quarters of a
    billion dollars": a fraction of a scale word is one figure (250,000 kettles), not a
    share and a million side by side. Returns the scaled figure, or None."""
    j = f_end
    if j < limit and doc[j].lower_ == "of":
        j += 1
    if not (
        j + 1 < limit and doc[j].lower_ in ("a", "an") and doc[j + 1].lower_ in _SCALE_WORDS
    ) or (j + 2 < limit and doc[j + 2].text in ("-", "‑")):
        return None  # "half of a million-pound grant": the scale is an adjective
    whole = _scan_numeral(doc, j + 1, limit, floor)
    if whole is None or whole.low != whole.high:
        return None
    approx, start = _approx_before(doc, f_start, floor)
    return replace(
        whole,
        start=start,
        num_start=f_start,
        low=whole.low * value,
        high=whole.high * value,
        approx=approx or whole.approx,
        precision=whole.precision * value,
    )


_STARTERS = frozenset(
    (
        "a",
        "half",
        "one",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "dozens",
        "dozen",
        "hundred",
        "thousand",
        "million",
        "billion",
    )
)


def _after_change(doc: Doc, from_at: int, floor: int) -> bool:
    """Whether "from X to Y" gives the before and after of a change ("fell by 12% over three
    years, from 2,400 to 2,200"), not a range: a change word governs "from" or sits just
    before it in the clause."""
    if any(_is_change(doc[t]) for t in range(max(floor, from_at - 4), from_at)):
        return True
    for a in doc[from_at].ancestors:  # up to the verb of the clause, no further
        if a.i < floor:
            break
        if _is_change(a) and a.pos_ in ("VERB", "NOUN"):
            return True
        if a.pos_ in ("VERB", "AUX"):
            break
    return False


def _scan_numeral(doc: Doc, i: int, limit: int, floor: int) -> Mention | None:
    """A full figure starting at token i: range partner, prefix words and unit."""
    frac = _fraction(doc, i, limit)
    if frac is not None:
        value, f_start, f_end = frac
        if day_of_month(doc, f_start, f_end, limit, floor) or half_a_time(doc, f_end, limit):
            return None
        of_scale = _fraction_of_scale(doc, value, f_start, f_end, limit, floor)
        if of_scale is not None:
            return of_scale
        approx, start = _approx_before(doc, f_start, floor)
        counted, ctok = _counted(doc, f_end - 1, f_end, limit)
        if f_end - f_start == 4 and doc[f_start + 1].pos_ == "NOUN":
            counted, ctok = doc[f_start + 1].lemma_.lower(), f_start + 1  # "one pupil in eight"
        return Mention(
            start,
            f_end,
            f_start,
            f_end,
            value,
            value,
            False,
            approx,
            "fraction",
            counted,
            ctok,
            None,
            0.0,
        )
    vague = _vague_plural(doc, i, limit)
    if vague is not None:
        lo, hi, v_end = vague
        counted, ctok = _counted(doc, v_end - 1, v_end, limit)
        unit = None
        if ctok is not None and doc[ctok].lower_ in CURRENCY_WORDS:
            unit, counted = CURRENCY_WORDS[doc[ctok].lower_], None
        return Mention(i, v_end, i, v_end, lo, hi, True, "~", unit, counted, ctok, None, lo)
    num = _numeral(doc, i, limit)
    if num is None:
        return None
    value, j, prec, glued = num
    if j + 1 < limit and doc[j].text == "-" and doc[j + 1].lower_ in _HYPHEN_SCALES:
        factor = _HYPHEN_SCALES[doc[j + 1].lower_]  # "a $448-million budget"
        value, prec, j = value * factor, prec * factor, j + 2
    if doc[i].lower_ in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
        if i > floor and doc[i - 1].lower_ in ("a", "an"):
            i -= 1
        else:
            return None
    if _is_date_or_id(doc, i, j, limit, floor):
        return None
    unit, u_end, duration = _unit_after(doc, j, limit, glued)
    cur, start = _currency_before(doc, i, floor)
    if cur is not None and (unit is None or unit == "USD-cent"):
        unit = cur if unit is None else unit
    low, high, is_range, end, last = value, value, False, u_end, j - 1
    # a range: "15,000 to 18,000", "between 10 and 12", "$10 to $15 billion", "4-5%"
    if u_end < limit and doc[u_end].lower_ in _RANGE_JOIN and u_end + 1 < limit:
        join = doc[u_end].lower_
        k = u_end + 1
        cur2, _ = _currency_before(doc, k + 1, k) if k + 1 < limit else (None, k)
        if cur2 is not None:
            k += 1
        between = (i - 1 >= floor and doc[i - 1].lower_ == "between") or (
            i - 2 >= floor and doc[i - 2].lower_ == "between"
        )
        from_at = start - 1 if start - 1 >= floor and doc[start - 1].lower_ == "from" else None
        from_ = from_at is not None and _after_change(doc, from_at, floor)
        before = doc[i - 1] if i - 1 >= floor else None
        if before is not None and before.text in CURRENCY_SYMBOLS and i - 2 >= floor:
            before = doc[i - 2]
        if before is not None and before.lower_ == "by" and unit is not None and before.i > floor:
            before = doc[before.i - 1]  # "rose by 12p to 85p" (but "by 10 to 15%" is a range)
        after_change = (
            join in ("to", "through")
            and before is not None
            and _is_change(before)
            and not _rate_ahead(doc, k, limit)
        )
        ok_join = (join != "and" or between) and not after_change
        if ok_join and not from_ and k < limit and _is_num_token(doc[k]):
            num2 = _numeral(doc, k, limit)
            if num2 is not None and num2[1] < limit and doc[num2[1]].lower_ in _CLOCK:
                num2 = None  # "in the 12 hours to 6am": a clock time ends the span
            if (
                num2 is not None
                and num2[1] < limit
                and doc[num2[1]].lower_.rstrip(".") in MONTHS
                and doc[num2[1]].text[:1].isupper()
            ):
                num2 = None  # "the 12 months to 31 March 2023": a date ends the span
            if num2 is not None:
                v2, j2, prec2, glued2 = num2
                unit2, u2_end, dur2 = _unit_after(doc, j2, limit, glued2)
                scaled = any(doc[t].lower_ in SCALES for t in range(k + 1, j2)) or (
                    parse_digits(doc[k].text) or (0, 0, "")
                )[2].startswith("*")
                if (
                    scaled
                    and not any(doc[t].lower_ in SCALES for t in range(i + 1, j))
                    and v2 / max(value, 1e-9) >= 100
                ):
                    bare = words_value([doc[k].text])
                    scale = v2 / bare if bare else 1.0
                    value, prec = value * scale, prec * scale
                unit2 = unit2 or cur2
                if unit is not None and unit2 is None and _counts_a_noun(doc, u2_end, limit):
                    num2 = None  # "awarded £48.6m to 86 research projects": a sum given to
                    # a count of things, not a range of money
                if num2 is None:
                    pass
                elif unit2 is None or unit == unit2 or (unit is None and cur2 is None):
                    if join == "-" and v2 <= value and unit is None and unit2 is None:
                        return None  # a score, "2-2" or "3-1"
                    if v2 > value or join not in ("-", "–", "—"):
                        low, high, is_range = min(value, v2), max(value, v2), True
                        unit, duration = unit or unit2, duration and dur2
                        end, last, prec = u2_end, j2 - 1, min(prec, prec2)
    if start > floor and doc[start - 1].lower_ == "between":
        start -= 1
    approx, start = _approx_before(doc, start, floor)
    glued_approx = GLUED_APPROX.get((parse_digits(doc[i].text) or Numeral(0, 0, "")).prefix)
    if glued_approx is not None and approx == "=":
        approx = glued_approx  # "~1.2mm", "sub-300 sq m"
    if duration and approx != "=" and _spans_after_noun(doc, start, floor):
        approx, start = "=", start + 1  # "310 patients over five days": the span they cover
    if (
        duration
        and start - 1 >= floor
        and doc[start - 1].lower_
        in ("past", "last", "previous", "next", "first", "coming", "recent", "following")
    ):
        return None
    if not is_range and start > floor and doc[start - 1].lower_ == "minus" and low >= 0:
        low, high, start = -high, -low, start - 1  # "minus 27°C": below zero
    counted, ctok = (None, None)
    if (
        unit is None
        or unit in ("percent", "fraction")
        or (duration is False and unit not in ("year of age",))
    ):
        counted, ctok = _counted(doc, last, end, limit)
        if unit == "percent" and counted is not None:
            counted = _without_percent_word(counted)  # "the 5 per cent level": no cents
    if counted is None and unit is None:
        counted, ctok = _whole_counted(doc, floor, limit)
    elif counted is None and not duration and unit not in _NOT_MEASURES and unit not in _MONEY:
        counted, ctok = measured_noun(doc, start, floor)
    anchor = ctok if ctok is not None else last
    per = _per(doc, i, end - 1, anchor, limit, floor) if not duration else None
    amount = False
    if duration and unit is not None:
        per = _time_rate(doc, end, limit, unit)
        duration = per is None
        amount = duration and _time_amount(doc, end - 1)
    return Mention(
        start,
        end,
        i,
        last + 1,
        low,
        high,
        is_range,
        approx,
        unit,
        counted,
        ctok,
        per,
        prec,
        duration,
        amount,
    )


#: Units whose figures name no measured noun before them: shares, and money, which an
#: article compares across its unnamed sums ("a profit of £4.1m" and "Its profit in 2022
#: was £1.5m").
_NOT_MEASURES = frozenset(("percent", "fraction", "percentage point"))
_MONEY = frozenset((*CURRENCY_WORDS.values(), *CURRENCY_SYMBOLS.values(), "USD-cent"))


def find_mentions(doc: Doc) -> list[Mention]:
    """Every figure in the document, sentence by sentence, left to right."""
    out: list[Mention] = []
    for sent in doc.sents:
        floor, limit = sent.start, sent.end
        chained = _digit_chains(doc, floor, limit)
        i = floor
        while i < limit:
            tok = doc[i]
            if i in chained:
                i += 1
                continue
            if not (
                tok.like_num
                or tok.text[:1].isdigit()
                or tok.lower_ in _STARTERS
                or _glued_figure(tok)
                or _fold(tok.lower_) is not None
            ):
                i += 1
                continue
            if i > floor and doc[i - 1].lower_ in ("aged", "ages"):
                i += 3 if i + 1 < limit and doc[i + 1].lower_ in _RANGE_JOIN else 1
                continue  # ages of a group described, not figures reported
            mention = _scan_numeral(doc, i, limit, floor)
            if mention is None:
                i += 1
                continue
            if out and out[-1].start < floor:
                _unit_taken_up(doc, out[-1], mention, floor)
            if out and out[-1].start >= floor:
                # "1,840 civilians ... in the six months before, and 1,610 in the six
                # months since": a length of time between them names no thing
                counts = [o for o in out if o.start >= floor and not o.duration]
                if counts and not mention.duration:
                    _elliptical(doc, counts[-1], mention)
                _elided_unit(doc, out[-1], mention)
                _elided_measure(doc, out[-1], mention)
                _elided_currency(doc, [o for o in out if o.start >= floor], mention)
                _elided_percent(doc, out[-1], mention)
            if (
                mention.counted is None
                and mention.unit is None
                and not any(
                    o.counted
                    for o in out
                    if o.start >= floor and not _new_clause_between(doc, o.end, mention.start)
                )
            ):  # a figure before it in its clause names the thing better than a subject
                mention.counted, mention.counted_token = _subject_counted(
                    doc, mention.num_start, floor
                )
                if mention.counted is None:
                    mention.counted, mention.counted_token = _copula_counted(doc, mention.num_start)
                if mention.counted is None:
                    mention.counted, mention.counted_token = _fronted_group_counted(
                        doc, mention.num_start
                    )
                if mention.counted is None:
                    mention.counted, mention.counted_token = _label_counted(
                        doc, mention.start, floor
                    )
                if mention.counted is None:
                    mention.counted, mention.counted_token = audience_counted(
                        doc, mention.num_start
                    )
                if mention.per is None and mention.counted_token is not None:
                    mention.per = _adjective_rate(doc[mention.counted_token])
            if (
                mention.per is None
                and mention.unit not in ("percent", "fraction", "percentage point")
                and not mention.duration
            ):
                mention.per = subject_rate(doc, mention.num_start, mention.counted_token)
            if (
                mention.per is None
                and mention.unit not in ("percent", "fraction", "percentage point")
                and not mention.duration
            ):
                mention.per = label_rate(doc, mention.start, floor)
            if out and _shares_rate(doc, out[-1], mention):
                out[-1].per = out[-1].per or mention.per
                out[-1].unit = out[-1].unit or mention.unit
                _lend_back_the_list(doc, out)
            elif (
                out
                and out[-1].start >= floor
                and _compared_rate(doc, out[-1], mention)
                and not any(o.start >= floor and o.unit == mention.unit for o in out[:-1])
            ):  # "4,210 trains ..., about 23 a day, compared with 5,020": the rate restates
                # a total, which the figure after it is compared with
                mention.per = out[-1].per
            out.append(mention)
            i = max(mention.end, i + 1)
            if mention.unit is None:  # "41.2 per 100,000 residents": the 100,000 is its base
                i = max(i, population_base(doc[mention.start : mention.end]) or i)
    return out


def _scaled(doc: Doc, m: Mention) -> bool:
    """Whether a figure is written with a scale word ("148.5 million")."""
    return any(
        doc[t].lower_ in SCALES and doc[t].lower_ not in ("k", "m", "b")
        for t in range(m.num_start, m.end)
    )


def _elliptical(doc: Doc, prev: Mention, m: Mention) -> None:
    """ "38 at home and 21 away", "1,200 people, including 400 in May": a bare figure that
    names nothing counts what the figure before it in the sentence counts."""
    if (
        m.counted is None
        and m.unit is None
        and prev.unit is None
        and prev.counted is not None
        and (prev.per is None or m.per is not None)  # "180 calls a month, or six a day"
        and not (m.end < len(doc) and doc[m.end].pos_ in ("NOUN", "PROPN"))
        and not any(doc[t].lower_ in ("of", "out") for t in range(m.end, min(m.end + 1, len(doc))))
        and not _new_clause_between(doc, prev.end, m.start)
    ):
        m.counted, m.counted_token = prev.counted, prev.counted_token


def _new_clause_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a change or level verb with its own noun subject stands between two
    figures: "the four largest databases, new cat registrations rose from 340,000" counts
    registrations, what rose, not databases. A verb whose object the figure is keeps the
    earlier noun ("14 seats ..., Labour took 11"), and "1,840 killed in the six months
    before, and 1,610 since" has no such verb at all."""
    return any(
        doc[t].pos_ in ("VERB", "AUX")
        and (_is_change(doc[t]) or doc[t].lemma_.lower() in _MEASURE_VERBS)
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and start <= c.i < t and c.pos_ in ("NOUN", "PROPN")
            for c in doc[t].children
        )
        for t in range(start, end)
    )


def _lends_a_measure(prev: Mention) -> bool:
    """Whether a figure's unit may stand for a bare figure after it: a measure or a sum,
    not a share, a length of time or a rate."""
    return (
        prev.unit is not None
        and prev.unit not in _NOT_MEASURES
        and not prev.duration
        and (prev.per is None)
    )


#: A sentence opening that takes up the figure just told: "Last year it was", "By March
#: the figure stood at".
_TAKEN_UP = re.compile(
    r"(?:[\w/,' -]{0,40}[\s,])?(?:it|this|that|the figure|the total|the number|the amount)\s+"
    r"(?:was|is|stood at|stands at|came to|comes to|fell to|rose to|reached|had fallen to|"
    r"had risen to|has fallen to|has risen to)\s+(?:about\s+|around\s+|some\s+|just\s+|"
    r"nearly\s+|almost\s+|roughly\s+)?",
    re.I,
)


def _unit_taken_up(doc: Doc, prev: Mention, m: Mention, floor: int) -> None:
    """ "In 2019 we sent 64,500 tonnes to landfill. Last year it was 52,300.": a bare figure
    a sentence gives as what "it" was, right after a sentence whose last figure is in a unit,
    is in that unit."""
    if m.unit is not None or m.counted is not None or m.duration or m.per or m.is_range:
        return
    if not _lends_a_measure(prev):
        return
    if floor == 0 or prev.start < doc[floor - 1].sent.start:
        return  # only the sentence right before
    if m.end < len(doc) and doc[m.end].pos_ in ("NOUN", "PROPN"):
        return  # "it was 52,300 households": a noun of its own
    if _TAKEN_UP.fullmatch(doc[floor : m.start].text + " ") is not None:
        m.unit = prev.unit


def _elided_unit(doc: Doc, prev: Mention, m: Mention) -> None:
    """ "7,100 hectares of pine forest, 3,900 of scrubland": a bare figure followed by "of",
    listed after a figure in a unit that "of" also follows, is in that unit. A share's sign
    is written with each share, so "12% of roofs, or about 2,400 of its 20,000" is a count."""
    if (
        m.unit is None
        and prev.unit is not None
        and prev.unit not in ("percent", "fraction", "percentage point")
        and not prev.duration
        and prev.per is None
        and m.end < len(doc)
        and doc[m.end].lower_ == "of"
        and prev.end < len(doc)
        and doc[prev.end].lower_ == "of"
        and not any(doc[t].is_sent_start for t in range(prev.end, m.start + 1))
    ):
        m.unit = prev.unit


#: Words that may set one item of a list apart from the next: a time or place phrase.
_ITEM_PREPS = frozenset(("in", "at", "for", "on", "during", "from", "by", "over", "across"))


def _elided_measure(doc: Doc, prev: Mention, m: Mention) -> None:
    """ "432,000 cubic metres in the first quarter, 447,000 in the second and 503,000 in
    the third", "£4.1m in 2022 and 5.3m in 2023": a bare figure listed after a measure or
    a sum, the two set apart only by a time or place phrase and a comma or "and", is in
    its unit, written once. A noun after the figure is its own ("and 503 lorries"); a
    noun the sentence's subject lent it ("Revenue was ...") gives way to the list's."""
    if m.unit is not None or m.duration or m.per is not None or m.is_range:
        return
    if not _lends_a_measure(prev):
        return
    if prev.unit in LENGTH_UNITS or (prev.start > 0 and doc[prev.start - 1].text == "("):
        return  # "unemployed for one to two years and 95,800 who ...": a length is no
        # unit a count takes; "2.2 billion shekels ($590 million) and 71 million": an aside
    if m.counted is not None and not (m.counted_token is not None and m.counted_token < prev.start):
        return  # a noun of its own after the figure
    if m.end < len(doc) and doc[m.end].pos_ in ("NOUN", "PROPN"):
        return
    between = doc[prev.end : m.start]
    if not 1 <= len(between) <= 9 or any(t.is_sent_start or t.text in "()" for t in between):
        return
    if between[-1].lower_ not in (",", "and") or any(t.pos_ in ("VERB", "AUX") for t in between):
        return
    if len(between) > 2 and between[0].lower_ not in _ITEM_PREPS:
        return
    m.unit, m.counted, m.counted_token = prev.unit, prev.counted, prev.counted_token


def _elided_currency(doc: Doc, before: list[Mention], m: Mention) -> None:
    """ "440.0 million crowns in 2025, up 4.8 percent from 420.0 million this year": a sum
    with a scale word and no noun or unit of its own, in a sentence whose figures before it
    are all in one currency, is in that currency."""
    if m.unit is not None or m.counted is not None or m.duration:
        return
    if not _scaled(doc, m):
        return
    counts = [o.unit for o in before if o.unit not in _NOT_MEASURES and not o.duration]
    if counts and len(set(counts)) == 1 and counts[0] in _MONEY:
        m.unit = counts[0]  # not "3.1 million phones for $2bn, after 2.8 million": which?


#: Prepositions that set a share on its holder in a list: "the Greens on 14 percent, the
#: Liberals on 10", "inflation at 3.2 percent and wage growth at 4.1".
_SHARE_PREPS = frozenset(("on", "at"))


def _elided_percent(doc: Doc, prev: Mention, m: Mention) -> None:
    """ "The Greens are on 14 percent, the Liberals on 10 and the Agrarian League on 8": a
    bare figure set on its holder by the same preposition as the share just before it in
    its sentence is a share too, its sign written once."""
    if m.unit is not None or m.counted is not None or m.duration or m.per is not None:
        return
    if prev.unit != "percent" or prev.start == 0 or m.start == 0:
        return
    prep = doc[m.start - 1].lower_
    if prep in _SHARE_PREPS and doc[prev.start - 1].lower_ == prep:
        m.unit = "percent"


#: What sets a figure against the one before it: "£1,380 a month in October, up from
#: £1,150 in October last year", "... compared with 310".
_COMPARED_TO = re.compile(
    r",?\s*(?:(?:up|down|rising|falling|climbing|dropping)\s+from|compared\s+(?:with|to)|"
    r"against|versus|from)(?:\s+(?:the|about|around|some))?\s*$",
    re.I,
)


def _compared_rate(doc: Doc, rate: Mention, other: Mention) -> bool:
    """Whether ``other`` is set against a rate just before it and so is one too: "£1,380 a
    month in October, up from £1,150 in October last year" compares two monthly rents."""
    if rate.per is None or other.per is not None or other.unit != rate.unit:
        return False
    if other.duration or rate.duration or other.start - rate.end > 20:
        return False
    between = doc[rate.end : other.start].text
    return _COMPARED_TO.search(between) is not None and not re.search(r"[.;:]", between)


def _shares_rate(doc: Doc, before: Mention, after: Mention) -> bool:
    """ "from 2,400 to 2,200 euros a month": the unit and rate written once cover both ends
    of a before-and-after pair."""
    return (
        after.start == before.end + 1
        and doc[before.end].lower_ in ("to", "and")
        and not before.is_range
        and _fold(doc[before.num_start].lower_) is None  # "sixfold to $3bn": a factor
        and (before.unit is None or before.unit == after.unit)
        and (after.per is not None or (before.unit is None and after.unit is not None))
    )


def _lend_back_the_list(doc: Doc, out: list[Mention]) -> None:
    """ "35, 30 and 36 per cent": the unit written once after the last of a list joined by
    commas covers every bare figure of it, not only the one before "and"."""
    k = len(out) - 1
    while k > 0:
        prev, cur = out[k - 1], out[k]
        if cur.start != prev.end + 1 or doc[prev.end].text != ",":
            return
        if prev.unit is not None or prev.is_range or prev.per is not None or prev.counted:
            return
        prev.unit, prev.per = cur.unit, cur.per
        k -= 1


_PERCENT_WORDS = frozenset(("per", "cent", "percent", "pct"))


def _without_percent_word(counted: str) -> str | None:
    """A percentage's noun with the words of its unit the parse left in it: "the 40 percent
    mark" counts no percents, and "per cent level" no cents."""
    words = counted.split()
    while words and words[0] in _PERCENT_WORDS:
        words = words[1:]
    return " ".join(words) or None
