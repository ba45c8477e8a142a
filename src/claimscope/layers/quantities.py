"""The numbers ledger: every figure with its unit, the thing counted and the period covered.

Ranges keep both ends (``low``/``high``): the numeric checks compare one month's figure
against "15,000 to 18,000 every month", not against a midpoint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from claimscope.contract.model import Attribution, Period, Quantity
from claimscope.layers._quantities.mentions import Mention, find_mentions
from claimscope.layers._quantities.period_refs import (
    SentencePeriods,
    needs_article,
    resolve_references,
)
from claimscope.layers._quantities.periods import PeriodMatch, find_periods
from claimscope.layers._quantities.rates import per_other_unit
from claimscope.layers._quantities.units import UNIT_TOKENS
from claimscope.layers._words import SUBSET_ASIDE
from claimscope.layers.base import Draft, layer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QuantitiesConfig", "find_quantities"]


@dataclass(frozen=True)
class QuantitiesConfig:
    """Options of the quantities layer."""

    #: Keep lengths of time ("for 15 years") in the ledger as figures in their own unit.
    keep_durations: bool = True


_CONFIG = QuantitiesConfig()


@layer("quantities", requires=("sentences", "entities"), after=("attributions",), version=8)
def find_quantities(doc: Doc, draft: Draft) -> list[Quantity]:
    """Figures in reading order, each linked to its period, rate and attribution."""
    pub = _published(draft.article.published)
    out: list[Quantity] = []
    text = doc.text  # built anew from the tokens on every access
    mentions = find_mentions(doc)
    periods = _periods(doc, text, pub, mentions)
    headings = _heading_periods(doc, text, periods, pub)
    headline = _headline_counted(doc, draft, mentions)
    for m in mentions:
        if m.duration and not _CONFIG.keep_durations:
            continue
        if m.counted is None and doc[m.num_start].idx in headline:
            m.counted = headline[doc[m.num_start].idx]
        sent = doc[m.num_start].sent
        start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
        if any(
            p.kind in ("day_range", "day_span") and p.start <= start and end <= p.end
            for p in periods[sent.start]
        ):
            continue  # "between 1 and 31 March": the days of a date, not a figure
        others = [  # where each other figure's number starts and ends, in characters
            (doc[o.num_start].idx, doc[o.num_end - 1].idx + len(doc[o.num_end - 1].text))
            for o in mentions
            if o is not m
            and sent.start <= o.num_start < sent.end
            and (not o.duration or _compared_length(doc, o))
            and not _modifier(doc, o)
            and not _known_set(doc, o)
        ]
        period = (
            None
            if m.duration and not m.amount
            else _period_for(
                doc, text, m, periods[sent.start], (start, end), others, sent.start_char
            )
        )
        if period is None and not (m.duration and not m.amount) and sent.start in headings:
            period = _contract_period(headings[sent.start])
        if period is not None and pub is not None and _looks_ahead(doc, m):
            period = _next_occurrence(period, pub)
        elif period is not None and pub is not None and _scheduled(doc, m, period):
            period = _next_occurrence(period, pub, within_days=183)
        out.append(
            Quantity(
                **draft.span(start, end).model_dump(),
                id=draft.new_id("q"),
                value=None if m.is_range else _clean(m.low),
                low=_clean(m.low),
                high=_clean(m.high),
                approx=m.approx,
                unit=_unit_per(doc, m),
                counted=m.counted,
                period=period,
                per=m.per,
                attribution=_attribution(
                    draft.attributions, start, end, (sent.start_char, sent.end_char)
                ),
            )
        )
    return _shared_denominators(text, out)


#: Units that no other unit divides: shares, and a change in them.
_NO_DENOMINATOR = frozenset(("percent", "fraction", "percentage point", "basis point"))


def _unit_per(doc: Doc, m: Mention) -> str | None:
    """The unit, with the other unit it is per when the text names one: "£210 a tonne" is
    ``GBP per tonne``, "4.4 tonnes a hectare" ``tonne per hectare``. ``per`` holds only
    lengths of time, so a price, a yield or a dose says in its unit what it is per, as
    "barrel per day" does; "£5 each" names no unit and keeps its currency."""
    unit = m.unit
    if unit is None and not m.per:
        noun = per_other_unit(doc[m.start : m.end])
        return f"per {noun}" if noun and noun[:1].isdigit() else None  # per 100,000 residents
    if unit is None or unit in _NO_DENOMINATOR or " per " in unit or m.duration or m.per:
        return unit
    noun = per_other_unit(doc[m.start : m.end])
    if noun is None or noun == "each":
        return unit
    return f"{unit} per {UNIT_TOKENS.get(noun, noun)}"  # "per kilo": GBP per kg


#: The words between two figures of one price written once: "rose to £210 a tonne from
#: £160", "from £160 to £210 a tonne", "£210 a tonne, against £160".
_ONE_PRICE = re.compile(
    r"^\s*(?:(?:a|an|per)\s+[a-z]+)?\s*,?\s*(?:(?:up|down)\s+)?"
    r"(?:from|to|against|compared\s+(?:with|to)|versus|vs\.?)\s+$",
    re.I,
)


def _shared_denominators(text: str, out: list[Quantity]) -> list[Quantity]:
    """A figure in the bare currency or unit of the price next to it, joined to it by
    "from", "to" or "against", is that price at another time: the unit and what it is per
    are written once for both ends of the change ("rose to £210 a tonne from £160"). So is
    a bare change or base of comparison later in the price's sentence ("rose to 38.5p a
    litre, up 2.5p or 6.9% on the 36p paid in June")."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not _ONE_PRICE.match(text[a.end : b.start]):
            continue
        for priced, bare, at in ((a, b, k + 1), (b, a, k)):
            base, per, _ = (priced.unit or "").partition(" per ")
            if per and bare.unit == base and bare.per is None:
                out[at] = bare.model_copy(update={"unit": priced.unit})
    for k, priced in enumerate(out):
        base, per, _ = (priced.unit or "").partition(" per ")
        if not per:
            continue
        for at in range(k + 1, len(out)):
            bare = out[at]
            if _SENTENCE_END.search(text[priced.end : bare.start]):
                break
            if (
                bare.unit == base
                and bare.per is None
                and _COMPARED.search(text, max(0, bare.start - 40), bare.start)
            ):
                out[at] = bare.model_copy(update={"unit": priced.unit})
    return out


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: Words right before a change or a base of comparison: "up 2.5p", "on the 36p".
_COMPARED = re.compile(
    r"\b(?:up|down|by|on|from|than|against|versus|compared\s+(?:with|to))\s+(?:the\s+)?$",
    re.I,
)


#: Words before a length of time that make it a base of comparison, not a span.
_COMPARED_WITH = frozenset(("with", "than", "against", "versus", "vs", "from"))


def _compared_length(doc: Doc, m: Mention) -> bool:
    """ "482 days, compared with 310 days in 2022": a length of time set against another
    is a figure of its own, so the period after it is its period, not the first one's; a
    span a figure covers ("in 10 days", "over five weeks") stays out of the way."""
    return m.start > 0 and doc[m.start - 1].lower_ in _COMPARED_WITH


def _modifier(doc: Doc, m: Mention) -> bool:
    """A figure inside a compound adjective ("twenty-foot equivalent units", "a 40-tonne
    truck"): part of a noun's name, not a figure that takes a period of its own."""
    last = doc[m.end - 1]
    return (
        m.end < len(doc)
        and "-" in doc[m.num_start : m.end].text
        and last.dep_ in ("amod", "compound", "nmod", "npadvmod")
        and last.head.i >= m.end
    )


#: Prepositions of place before a known set of things: "at the two official points".
_PLACE_PREPOSITIONS = frozenset(
    ("at", "in", "across", "near", "among", "inside", "through", "throughout")
)
#: Determiners that make a figure name a set already known: "the two", "its 12".
_KNOWN = frozenset(("the", "its", "their", "his", "her", "our", "these", "those"))


def _known_set(doc: Doc, m: Mention) -> bool:
    """A figure that names a known set of places in a phrase of place ("4,100 people
    crossing at the two official points since January 1", "sold 900 across its 12 stores
    in May"): it says where the counted things were, so takes no period of its own and
    stands between no other figure and that figure's time."""
    num = doc[m.num_end - 1]
    noun = num.head
    return (
        m.start > 0
        and doc[m.start - 1].lower_ in _KNOWN
        and num.dep_ == "nummod"
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _PLACE_PREPOSITIONS
    )


def _headline_counted(doc: Doc, draft: Draft, mentions: list[Mention]) -> dict[int, str]:
    """What the figures of a Title Case headline count ("4,200 Dockers Walk Out").

    spaCy tags capitalised headline words as proper nouns and parses them badly, so the
    headline line is parsed again in lower case (same length, same offsets) and its figures
    take the thing counted from that parse. Only a title-case headline with an uncounted
    figure pays for the extra parse.
    """
    line = draft.headline
    if line is None or not doc.has_annotation("DEP"):
        return {}
    uncounted = [m for m in mentions if m.counted is None and doc[m.num_start].idx < line.end]
    words = [w for w in line.text.split() if w[:1].isalpha() and len(w) > 3]
    if not uncounted or sum(w[0].isupper() for w in words) < max(2, 0.6 * len(words)):
        return {}
    lowered = line.text.lower()
    if len(lowered) != len(line.text):
        return {}
    from claimscope.nlp import load_nlp

    again = load_nlp()(lowered)
    return {
        doc_start: m2.counted
        for m2 in find_mentions(again)
        if m2.counted is not None
        and (doc_start := line.start + again[m2.num_start].idx)
        in {doc[m.num_start].idx for m in uncounted}
    }


def _clean(value: float) -> float:
    """Round away float noise (1/3 stays 0.333..., 1.2e6 stays exact)."""
    return float(f"{value:.10g}")


#: Verbs that put what they govern after the time of writing: "expect the cap to fall by
#: about 3% in January", "plans to add 250 bikes by March".
_AHEAD_VERBS = frozenset(
    ("expect", "forecast", "predict", "project", "plan", "aim", "intend", "target", "hope")
)
_AHEAD_AUX = frozenset(("will", "'ll", "shall"))
#: Words of a period phrase that fix it in the past, whatever the verb.
_DATED = re.compile(r"\b(?:\d{4}|last|ago|earlier|previous|past|since|so far|before)\b", re.I)


def _looks_ahead(doc: Doc, m: Mention) -> bool:
    """Whether the figure's clause speaks of what is still to come: a "will" future or a
    verb of forecast or plan up to two verbs above it."""
    tok, seen = doc[m.num_start], 0
    for a in tok.ancestors:
        if a.pos_ not in ("VERB", "AUX"):
            continue
        if (str(a.lemma_).lower() in _AHEAD_VERBS and a.tag_ not in ("VBD", "VBN")) or any(
            c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in a.children
        ):
            return True  # "expect", "plans to"; "had expected 400 in January" looked back
        seen += 1
        if seen == 2:
            break
    return False


#: Verbs that fix something for a stretch of time named after "for": "has set the cap
#: for October to December", "agreed a budget for March".
_SCHEDULE_VERBS = frozenset(("set", "fix", "approve", "agree", "confirm", "announce", "allocate"))


def _scheduled(doc: Doc, m: Mention, period: Period) -> bool:
    """Whether the figure is fixed for the period by a verb of setting ("has set the price
    cap for October to December at £1,755"): the period may still be to come."""
    sent = doc[m.num_start].sent
    pattern = r"\bfor\s+(?:the\s+)?" + re.escape(period.text)
    if re.search(pattern, sent.text, re.I) is None:
        return False
    verbs = [a for a in doc[m.num_start].ancestors if a.pos_ == "VERB"][:2]
    return any(str(v.lemma_).lower() in _SCHEDULE_VERBS for v in verbs)


def _next_occurrence(period: Period, pub: date, within_days: int | None = None) -> Period:
    """A yearless month or season read as the latest past one ("in January" before an
    August publication) is the next one when the clause looks ahead: "analysts expect the
    cap to fall by about 3% in January" means the coming January. With ``within_days``,
    only when the next one starts that soon after publication (a cap set "for October to
    December" in a January article is more likely the one just ended)."""
    if period.end is None or period.start is None or _DATED.search(period.text):
        return period
    if date.fromisoformat(period.end) >= pub:
        return period
    start, end = (date.fromisoformat(d) for d in (period.start, period.end))
    if within_days is not None and (_a_year_on(start) - pub).days > within_days:
        return period
    return period.model_copy(
        update={"start": _a_year_on(start).isoformat(), "end": _a_year_on(end).isoformat()}
    )


def _a_year_on(day: date) -> date:
    if day.month == 2 and day.day >= 28:  # the end of February moves with leap years
        return date(day.year + 1, 3, 1) - timedelta(days=1)
    return day.replace(year=day.year + 1)


def _published(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return None


def _periods(
    doc: Doc, text: str, pub: date | None, mentions: list[Mention]
) -> dict[int, list[PeriodMatch]]:
    """The period phrases of every sentence that holds a figure (by its first token), with
    those that point back ("that week", "over the five months") dated from the article's
    earlier periods. Sentences without figures are read only when some figure's sentence
    points back or sits in a list (whose heading may give its period): reading every
    sentence of every article would cost a fifth of the layer for nothing."""
    sents = list(doc.sents)
    wanted = {doc[m.num_start].sent.start for m in mentions}
    found = {s.start: find_periods(s.text, s.start_char, pub) for s in sents if s.start in wanted}
    if not any(needs_article(f, pub) for f in found.values()) and not any(
        _BULLET.match(text, text.rfind("\n", 0, s.start_char) + 1)
        for s in sents
        if s.start in wanted
    ):
        return found
    resolved = resolve_references(
        [
            SentencePeriods(
                s.start_char,
                s.end_char,
                found[s.start] if s.start in found else find_periods(s.text, s.start_char, pub),
            )
            for s in sents
        ],
        text,
        pub,
    )
    return {s.start: f for s, f in zip(sents, resolved, strict=True)}


#: A line of a list: "- 4,850 penalty notices", "• Fuel: 410,000 litres", "3) ...".
_BULLET = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022*\u00b7\u25aa]|\d{1,2}[.)])\s")


def _heading_periods(
    doc: Doc, text: str, periods: dict[int, list[PeriodMatch]], pub: date | None = None
) -> dict[int, PeriodMatch]:
    """The period of a key-figures heading ("Key figures, January to June 2023:", "Figures
    for 2024"), for the sentences of the list lines right below it. A heading is a short
    line of its own with no closing full stop; the list ends at the first line that is not
    a list item. List lines under no dated heading take the period the lead says the
    figures cover (``_lead_period``), when it says one."""
    out: dict[int, PeriodMatch] = {}
    current: PeriodMatch | None = None
    lead = _lead_period(doc, text, pub)
    for sent in doc.sents:
        line_start = text.rfind("\n", 0, sent.start_char) + 1
        if line_start < sent.start_char and _LABEL_LINE.match(text, line_start):
            own = _label_period(text, line_start, sent.start_char, pub)
            if own is not None:  # "Daily new cases throughout October:" split off
                out[sent.start] = own
                continue
        listed = bool(_BULLET.match(text, line_start))
        labelled = (
            lead is not None
            and lead.end <= line_start
            and bool(listed or _LABEL_LINE.match(text, line_start))
        )
        if (current is not None and listed) or labelled:
            line_end = text.find("\n", line_start)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            first = _FIRST_DIGIT.search(line)
            if not _TIME_WORD.search(line, 0, first.start() if first else len(line)):
                # "- Nine-month production: 61,300" labels its own period; "- 48,600 tonnes,
                # up 11% on the same quarter last year" names the base's, its figure has it
                chosen = current or lead
                if chosen is not None:
                    out[sent.start] = chosen
            continue
        current = None
        end = sent.start_char + len(sent.text.rstrip())  # a sentence keeps its line breaks
        if _heading_line(text, line_start, sent.start_char, end):
            current = next(
                (
                    p
                    for p in periods.get(sent.start, [])
                    if p.first and p.last and p.duration != "P0D"
                ),
                None,
            )
    return out


_FIRST_DIGIT = re.compile(r"\d")


def _label_period(text: str, line_start: int, start: int, pub: date | None) -> PeriodMatch | None:
    """The period a list line's label names ("Applications in March: 9,140") when the parse
    split the label off the figure's sentence, which then reads no period of its own."""
    label = text[line_start:start]
    if start <= line_start or not label.rstrip().endswith(":"):
        return None
    return next(
        (
            p
            for p in find_periods(label, line_start, pub)
            if p.first and p.last and (p.duration != "P0D" or p.point)
        ),
        None,
    )


#: A key-figures line with no bullet: "Total incidents attended: 4,600".
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][^\n:]{1,80}:[ \t]*[^\n]*\d")

#: The lead's word for what follows and a preposition of coverage right before a period:
#: "published its quarterly figures, covering the 12 weeks from ...", "statistics for 2023".
_COVERS = re.compile(
    r"\b(?:figures|statistics|numbers|data|results|snapshot|report|summary|performance)\b"
    r"[^.\n]{0,80}?\b(?:covering|covers|cover|for|over)\s+(?:(?:the|its)\s+(?:[\w-]+\s+){1,3})?$",
    re.I,
)


_COVERS_WORD = re.compile(r"\b(?:covering|covers|cover|for|over)\b", re.I)


def _lead_period(doc: Doc, text: str, pub: date | None) -> PeriodMatch | None:
    """The period the lead says an article's figures cover ("has published its quarterly
    figures, covering the 12 weeks from 1 January to 24 March 2024"), read only in a
    key-figures article (one with list or label lines) and only before its first such line:
    the lines of the list that name no period of their own hold figures for that period."""
    first_list = next(
        (
            s.start_char
            for s in doc.sents
            if (ls := text.rfind("\n", 0, s.start_char) + 1) == s.start_char
            and ls > text.find("\n")  # the headline is no list line
            and (_BULLET.match(text, ls) or _LABEL_LINE.match(text, ls))
        ),
        None,
    )
    if first_list is None:
        return None
    for sent in doc.sents:
        if sent.start_char >= first_list:
            return None
        if not _COVERS_WORD.search(sent.text):
            continue
        for p in find_periods(sent.text, sent.start_char, pub):
            if (
                p.first
                and p.last
                and p.duration != "P0D"
                and _COVERS.search(text, max(sent.start_char, p.start - 120), p.start)
            ):
                return p
    return None


#: A word of time: a list line that has one before its figure ("Full-year target",
#: "September production") says its own period, even when no period phrase was read in it.
_TIME_WORD = re.compile(
    r"\b(?:days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|seasons?|"
    r"decades?|annual|daily|weekly|monthly|yearly|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|(?:19|20)\d\d|[QH][1-4])\b",
    re.I,
)


def _heading_line(text: str, line_start: int, start: int, end: int) -> bool:
    """A sentence that is a whole short line with no closing full stop, not a list item."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[start:end].strip()
    return (
        not text[line_start:start].strip()
        and not text[end:line_end].strip()
        and not _BULLET.match(text, line_start)
        and 0 < len(line.split()) <= 12
        and not line.endswith((".", "!", "?", '"', "\u201d"))
    )


def _contract_period(p: PeriodMatch) -> Period:
    return Period(
        start=_dated(p.first),
        end=_dated(p.last),
        text=p.text,
        start_yearless=_yearless(p.first),
        end_yearless=_yearless(p.last),
        duration=p.duration,
    )


def _period_for(
    doc: Doc,
    text: str,
    m: Mention,
    found: list[PeriodMatch],
    where: tuple[int, int],
    others: list[tuple[int, int]],
    sent_start: int,
) -> Period | None:
    """The nearest period phrase of the sentence; a rate takes no point date.

    A phrase after another figure belongs to that figure ("19,000 in the first quarter, up
    from 16,200 a year earlier"); a phrase before the figures ("In March, ...") is shared,
    unless it sits in an aside between commas ("In May, the busiest month so far this
    year, the unit treated 93"), which describes its own noun. A phrase in an aside about
    a subset ("3,400 were held, most of them on Saturday night") is not the figure's.
    """
    start, end = where
    best: PeriodMatch | None = None
    best_gap = 10**9
    for p in found:
        if p.start < end and start < p.end:
            continue
        if m.per is not None and (p.point or p.duration == "P0D"):
            continue
        if p.start >= end and SUBSET_ASIDE.search(text, end, p.start):
            continue
        if _earlier_figures_time(p, start, others, text):
            continue
        if p.end <= start and _BASE_TIME.search(text, max(0, p.start - 25), p.start):
            continue  # "rose 40% in October from a year earlier, to 1.31 million": the base's
        if p.start >= end and _THAN_TIME.search(text, max(0, p.start - 12), p.start):
            continue  # "13,900 applications, more than in the whole of 2022": a comparison's
        if _lasting(doc, p, m):
            continue  # "will close for six weeks for a £2.4m refurbishment": the closure's
        if _other_clause(doc, text, p, m):
            continue  # "a £2.4m refurbishment, the first since it opened in 1938": the aside's
        if _possessive_elsewhere(text, p, end):
            continue  # "fell to 312,000 tonnes, as last year's El Nino cut yields": its noun's
        if _in_other_parenthesis(text, p, start, sent_start):
            continue  # "21,400 t (second quarter: 19,800 t)": the bracket's own figures
        if p.end <= start and _short(p) and _SAID_NEXT.match(text, p.end, start):
            continue  # "the ministry, in a disclosure this week, said 2,140 ... in 2023"
        between = [(a, b) for a, b in others if end <= a and b < p.start]
        if between and not _shared_by_pair(text, end, between, p):
            continue  # "19,000 in Q1, up from 16,200 a year earlier": the later figure's
        gap = p.start - end if p.start >= end else (start - p.end) + 15
        if p.end <= start and "," in text[p.end : start] and _in_apposition(text, p, sent_start):
            gap += 200  # an aside between commas
        if p.end <= start and _NEXT_CLAUSE.search(text, p.end, start):
            gap += 200  # "by up to 2 cm a day in March, and by May 2 metres": another clause's
        elif p.end <= start and any(
            o_end <= p.start and o_start < start and not _NEXT_CLAUSE.search(text, o_end, p.start)
            for o_start, o_end in others
        ):
            gap += 100  # "78 rhinos last year, against more than 500": the earlier figure's
        if p.start >= end and _NEXT_CLAUSE.search(text, end, p.start):
            gap += 200  # "2 cm a day, and by harvest in May": the next clause's time
        if gap < best_gap:
            best, best_gap = p, gap
    if best is not None and best.end <= start and _WHEN_AFTER.match(text, best.end, start):
        best = _year_of_since(best)  # "risen by a quarter since 2019, when 3,500 were"
    return None if best is None else _contract_period(best)


#: A "when" clause right after a period, holding the figure: "since 2019, when 3,500".
_WHEN_AFTER = re.compile(r",?\s+when\b[^,;.]*$")
_SINCE_YEAR = re.compile(r"since (?P<y>(?:19|20)\d\d)$", re.I)


def _year_of_since(p: PeriodMatch) -> PeriodMatch:
    """ "since 2019, when 3,500 were recorded": the clause speaks of 2019 itself, the
    starting point, not the years since."""
    m = _SINCE_YEAR.search(p.text)
    if m is None:
        return p
    year = m.group("y")
    return replace(p, first=f"{year}-01-01", last=f"{year}-12-31", point=False, duration=None)


def _lasting(doc: Doc, p: PeriodMatch, m: Mention) -> bool:
    """Whether a "for" length ("close for the next six weeks", "shut for the six weeks of
    its refurbishment") says how long its verb's state lasts, and the figure is no
    argument of that verb: a one-off sum in an adjunct ("for a £2.4m refurbishment"), a
    noun ("of its £2.4m refurbishment") or another clause ("the works, which cost
    £2.4m") covers no six weeks. A figure the verb itself counts over that time ("spent
    £2.4m for the six weeks", "prices stayed at £3 for the past month") keeps it."""
    if p.duration in (None, "P0D") or not p.text.lower().startswith("for "):
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or span[0].dep_ != "prep" or span[0].head.pos_ not in ("VERB", "AUX"):
        return False
    verb = span[0].head
    tok = doc[m.num_start]
    for _ in range(4):  # "a £2.4m refurbishment": the figure's noun, not the figure
        if tok.dep_ not in _FIGURE_MODIFIERS or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.head.i == verb.i and tok.dep_ in _VERB_ARGUMENTS:
        return False
    via = tok.head  # "prices rose to £3 for the past month": through a preposition of value
    return not (
        tok.dep_ == "pobj"
        and via.dep_ == "prep"
        and via.head.i == verb.i
        and via.lower_ in _VALUE_PREPOSITIONS
    )


#: Links from a figure up to the noun it sizes ("a £2.4m refurbishment", "£2.4m worth").
_FIGURE_MODIFIERS = frozenset(("nummod", "quantmod", "compound", "nmod", "amod", "appos", "conj"))
#: Links by which a figure (or its noun) is what its verb did, counted or reached.
_VERB_ARGUMENTS = frozenset(
    ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "npadvmod", "advmod", "acomp")
)
#: Prepositions that give the level a verb reached ("rose to", "held at", "fell by").
_VALUE_PREPOSITIONS = frozenset(("to", "from", "by", "at", "between", "around", "above", "below"))


#: Links by which a clause hangs off a word: a relative or adverbial clause, or a verb
#: joined to another by "and".
_CLAUSE_LINKS = frozenset(("relcl", "advcl", "acl", "conj"))


def _other_clause(doc: Doc, text: str, p: PeriodMatch, m: Mention) -> bool:
    """Whether the period dates another event than the figure's, by the parse.

    An aside opened by a comma that holds a clause with its own subject ("a £2.4m
    refurbishment, the first since it opened in 1938"; "The plant, which opened in 2019,
    employs 400") dates that clause's event, not the figure outside it; a restrictive
    clause ("the visitors who came in March numbered 12,000", "Of the 1,650 incidents
    crews have attended this year, 512 were fires") says which things were counted, and
    its time stays. A verb in the perfect or the present joined by "and" to a
    past verb with the period ("went on sale in March and have sold 1,140 so far", "opened
    in 2019 and employs 400") counts up to now, not in that past time."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    fig = doc[m.num_start]
    up = {fig.i, *(a.i for a in fig.ancestors)}
    path, tok = [], span.root
    while tok.i not in up and tok.head.i != tok.i:
        if not span.start <= tok.i < span.end:
            path.append(tok)  # "since the campaign began on 2 September": its own clause
        tok = tok.head
    if tok.i not in up:
        return False
    aside = any(t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," for t in path)
    if aside and any(_own_clause(t) and not _about_the_count(t.head, up) for t in path):
        return True
    if any(_reason_clause(t) for t in path):
        return True  # "44,300 completed as lenders cut rates and buyers who had waited
        # over the winter moved": the reason's own time, not the count's
    fig_path = [a for a in fig.ancestors if a.i != tok.i and tok.i in {b.i for b in a.ancestors}]
    return tok.tag_ == "VBD" and any(
        t.dep_ == "conj" and _own_clause(t, subject=False) and _up_to_now(t) for t in fig_path
    )


#: Prepositions that set the time frame a figure is counted in ("during the survey").
_FRAME_PREPOSITIONS = frozenset(("during", "over", "throughout", "across", "for", "in"))


def _about_the_count(noun: Token, up: set[int]) -> bool:
    """Whether a clause hung off ``noun`` describes the count itself: the figure or its
    noun ("4,000 ships, which was a record for March") or the frame it was counted in
    ("counted 9.1 million birds during the survey, which ran from January 24 to 26")."""
    frame = noun.dep_ == "pobj" and noun.head.lower_ in _FRAME_PREPOSITIONS
    return noun.i in up or (frame and noun.head.head.i in up)


def _own_clause(tok: Token, subject: bool = True) -> bool:
    """A verb heading a clause of its own under another word, with its own subject."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and tok.dep_ in _CLAUSE_LINKS
        and (not subject or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
    )


#: Conjunctions that open a clause giving a reason or a contrast, not a time frame.
_REASON_MARKS = frozenset(("as", "because", "although", "though", "whereas"))


def _reason_clause(tok: Token) -> bool:
    """An adverbial clause with its own subject opened by "as", "because", "although"...:
    it tells why or despite what, so a time inside it dates its own event ("when" and
    "after" clauses, which frame the count in time, are not among them)."""
    return (
        _own_clause(tok)
        and tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in tok.children)
    )


def _up_to_now(verb: Token) -> bool:
    """A verb in the present ("employs") or the perfect ("have sold"): its time runs to now."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect or verb.tag_ in ("VBZ", "VBP")


def _possessive_elsewhere(text: str, p: PeriodMatch, end: int) -> bool:
    """A possessive period after the figure in another clause ("312,000 tonnes, as last
    year's heat cut yields"): it describes its own noun. In the figure's clause ("£1.9m at
    this year's event") or after "of" ("1,300 of last year's deserters") it is the figure's."""
    if p.start < end or not text.startswith(("'s ", "\u2019s "), p.end):
        return False
    between = text[end : p.start]
    return not re.search(r"\bof\s+$", between) and bool(_OTHER_CLAUSE.search(between))


_OTHER_CLAUSE = re.compile(
    r"[,;]|\b(?:as|because|after|while|when|since|although|though|whereas)\b", re.I
)


def _short(p: PeriodMatch) -> bool:
    """A day or a week ("on Monday", "this week"): the span a statement is dated by."""
    if p.first is None or p.last is None or p.first.startswith("--"):
        return p.point
    return (date.fromisoformat(p.last) - date.fromisoformat(p.first)).days < 7


#: A reporting verb right after a day or week: the phrase dates the saying, not the
#: figures said after it.
_SAID_NEXT = re.compile(
    r"[\s,]*(?:said|says|told|tells|announced|reported|stated|disclosed|revealed|confirmed|"
    r"estimated|wrote|published)\b",
    re.I,
)


#: "1,840 suspected cases and 39 deaths since ...": two figures joined by "and" share the
#: period that closes the pair.
_COORDINATED = re.compile(
    r"[^,;:.()\d]{0,50}\band\s+(?:(?:over|more than|almost|nearly|about|around|some|"
    r"roughly|at least|just over|just under|fewer than|less than)\s+)?"
)


def _shared_by_pair(text: str, end: int, between: list[tuple[int, int]], p: PeriodMatch) -> bool:
    """Whether the one figure between this one and the period is joined to it by "and", or
    is the whole it is drawn from ("has withdrawn 42 of its 126 routes since April": the
    withdrawing is dated, and 42 was withdrawn), and the period closes that pair in its
    clause ("98 million and 70 million hours, giving it 412 million in its first 28 days"
    closes another clause)."""
    if len(between) != 1:
        return False
    if _WHERE_BETWEEN.search(text, end, between[0][0]) and not re.search(
        r"[,;:()]", text[end : p.start]
    ):
        return True  # "26,400 people were registered at the two crossings since January 1"
    joined = _COORDINATED.fullmatch(text, end, between[0][0]) or _PARTITIVE.fullmatch(
        text, end, between[0][0]
    )
    if not joined:
        return False
    return re.search(r"[,;:()]", text[between[0][1] : p.start]) is None


#: A figure in a phrase of place after the counted figure: "registered at Dovrin and the
#: two smaller crossings", "treated in the region's 14 hospitals". The place's figure
#: counts where, not what, so a time after it still dates the figure before.
_WHERE_BETWEEN = re.compile(
    r"\b(?:at|in|across|through|via)\s+(?:[A-Za-z'\u2019-]+\s+){0,5}?"
    r"(?:the|its|their|all|each|both)\s+(?:[a-z-]+\s+)?$",
)
#: " of its ", " out of the ": a part's figure before the whole it is drawn from.
_PARTITIVE = re.compile(r"\s+(?:out\s+)?of\s+(?:its|their|the|his|her|our|your)\s+", re.I)


def _in_other_parenthesis(text: str, p: PeriodMatch, start: int, sent_start: int) -> bool:
    """Whether the period sits inside brackets that do not hold the figure."""
    opening = text.rfind("(", sent_start, p.start)
    if opening < 0 or text.rfind(")", opening, p.start) >= 0:
        return False
    closing = text.find(")", p.end)
    return not (opening < start and (closing < 0 or start < closing))


#: "from a year earlier", "compared with last year": a time a change is measured from,
#: written with no figure of its own; it dates no figure after it.
_BASE_TIME = re.compile(
    r"\b(?:from|than|compared (?:with|to)|against|versus|on)\s+(?:the\s+)?$", re.I
)


_THAN_TIME = re.compile(r"\bthan\s+$", re.I)


#: What joins a figure to the one before it and that one's time: "from 1,200 in
#: September 2020 to 1,380", "640 in 2022 and 710".
_JOINED = re.compile(r"\s*,?\s*(?:to|and|against|versus)\s+(?:just |some |about |nearly )?")


def _earlier_figures_time(
    p: PeriodMatch, start: int, others: list[tuple[int, int]], text: str
) -> bool:
    """Whether the period phrase right before this figure closes the figure before it
    ("from 1,200 in September 2020 to 1,380 this term"): it dates that one, not this."""
    return (
        p.end <= start
        and _JOINED.fullmatch(text, p.end, start) is not None
        and any(
            p.start - 40 <= o_end <= p.start and _FROM.search(text, max(0, o_start - 12), o_start)
            for o_start, o_end in others
        )
    )  # "rose 40 per cent last year to 126 GWh": the change's own time dates both


_FROM = re.compile(r"\b(?:from|between)\s+\S{0,3}$", re.I)


_NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\b|;|\bwhile\b|\bwhereas\b", re.I)


def _in_apposition(text: str, p: PeriodMatch, sent_start: int) -> bool:
    """Whether the period closes a noun phrase set off by a comma (", the busiest month so
    far this year,"), not an adverbial of its own (", in March,")."""
    before = text[max(sent_start, p.start - 40) : p.start]
    comma = before.rfind(",")
    return comma >= 0 and bool(before[comma + 1 :].strip())


def _dated(iso: str | None) -> str | None:
    """The contract's ``start``/``end``: an ISO date, or null when the year is unknown."""
    return None if iso is None or iso.startswith("--") else iso


def _yearless(iso: str | None) -> str | None:
    """The ``--MM-DD`` extension, set only when the year is unknown."""
    return iso if iso is not None and iso.startswith("--") else None


def _attribution(
    attributions: list[Attribution], start: int, end: int, sentence: tuple[int, int]
) -> str | None:
    """The innermost attribution whose content covers the figure.

    Reported speech without quote marks does not run past a full stop: a figure in a later
    sentence than the reporting verb is in the reporter's voice ("'...,' said the chair of
    the association. The government has set up a £2m fund") even when the attribution's
    content was read on to the paragraph's end. A quotation carries its speaker across
    sentences, so a direct attribution keeps its whole content.
    """
    best: Attribution | None = None
    for a in attributions:
        c = a.content
        said_at = a.cue.start if a.cue is not None else c.start
        if not a.direct and not sentence[0] <= said_at < sentence[1]:
            continue
        if (
            c.start <= start
            and end <= c.end
            and (best is None or c.end - c.start < best.content.end - best.content.start)
        ):
            best = a
    return best.id if best is not None else None
