"""What both reports show, arranged once: grouping, sorting and formatting of an ``Analysis``.

The text and HTML reports differ only in how they draw these rows, so a section reads the
same in a terminal and in a browser. Nothing here analyses: every figure comes from the
analysis as stored (the voices shares are sums of attributed characters, a regrouping).
"""

from __future__ import annotations

import calendar
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimscope.contract.model import (
    LEFT_OUT_NOTE,
    NUMERIC_KINDS,
    SOURCING_KINDS,
    Analysis,
    Attribution,
    Finding,
    Quantity,
    Source,
)
from claimscope.reports.techniques_glossary import technique_entry

__all__ = [
    "NUMERIC_KINDS",
    "SECTION_LAYERS",
    "SEVERITY_ORDER",
    "SOURCING_KINDS",
    "ClaimRow",
    "Credit",
    "Header",
    "LedgerRow",
    "SourceGroup",
    "TechniqueGroup",
    "VoiceRow",
    "Voices",
    "affiliation_of",
    "build_header",
    "cite_chain",
    "excerpt",
    "findings_by_severity",
    "format_number",
    "format_period",
    "format_quantity_value",
    "layer_state",
    "ledger_rows",
    "left_out_line",
    "ranked_claims",
    "source_groups",
    "source_label",
    "technique_groups",
    "voices",
]

SEVERITY_ORDER = ("error", "warning", "info")
#: The layer whose output each report section shows.
SECTION_LAYERS = {
    "Sources": "attributions",
    "Numbers": "quantities",
    "Findings": "findings",
    "Claims": "claims",
    "Techniques": "techniques",
}
FLAGGED_KINDS = frozenset({"vague", "anonymous"})
APPROX_SHOWN = {"=": "", "~": "≈", ">": ">", "<": "<", ">=": "≥", "<=": "≤"}


def layer_state(analysis: Analysis, layer: str) -> str | None:
    """Why a layer's list is empty by design (``"not run (...)"``), or None when it ran.

    An analysis without layer metadata (hand-written, or from an older writer) is taken
    at its word: its lists are what was found.
    """
    meta = analysis.meta
    if meta is None or not meta.layers:
        return None
    run = meta.layers.get(layer)
    if run is None:
        return "not run (layer not in this pipeline)"
    if run.status == "skipped":
        return "not run (layer skipped)"
    if run.status == "failed":
        return "not run (layer failed)"
    return None


@dataclass(frozen=True)
class Header:
    id: str
    title: str
    published: str
    outlet: str | None
    url: str | None
    language: str | None
    not_run: list[str]
    notes: list[str]


def build_header(analysis: Analysis) -> Header:
    article = analysis.article
    title = article.title or next(
        (line.strip() for line in article.text.splitlines() if line.strip()), ""
    )
    not_run: list[str] = []
    if analysis.meta is not None:
        not_run = [
            f"{name} ({run.status})"
            for name, run in analysis.meta.layers.items()
            if run.status != "ran"
        ]
    return Header(
        id=analysis.id,
        title=" ".join(title.split()),
        published=article.published or "publication date unknown",
        outlet=article.outlet,
        url=article.url,
        language=article.language,
        not_run=not_run,
        notes=list(analysis.meta.notes) if analysis.meta is not None else [],
    )


def excerpt(text: str, limit: int = 160) -> str:
    """One line of display text: whitespace (CRLF, NBSP, tabs) collapsed, cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def format_number(value: float) -> str:
    """21600.0 -> ``21,600``; 0.125 -> ``0.125``; thousands separated, no float noise."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1e-4 else f"{value:.3g}"


def format_quantity_value(q: Quantity) -> str:
    low, high = q.low, q.high
    if low is not None and high is not None and low != high:
        return f"{format_number(low)}–{format_number(high)}"
    value = q.value if q.value is not None else low if low is not None else high
    return "—" if value is None else format_number(value)


def _is_month_end(iso: str) -> bool:
    try:
        year, month, day = (int(part) for part in iso.split("-"))
        return day == calendar.monthrange(year, month)[1]
    except ValueError:
        return False


def _compact_dates(start: str | None, end: str | None) -> str:
    """``2023-01-01``..``2023-12-31`` -> ``2023``; a whole month -> ``2023-10``; else both ends."""
    if start is not None and end is not None and len(start) == len(end) == 10:
        if start[5:] == "01-01" and end[5:] == "12-31" and start[:4] == end[:4]:
            return start[:4]
        if start[:7] == end[:7] and start[8:] == "01" and _is_month_end(end):
            return start[:7]
    if start == end:
        return start or ""
    if end is None:
        return f"from {start}"
    if start is None:
        return f"until {end}"
    return f"{start} – {end}"


def format_period(q: Quantity) -> str:
    """The period as written, with its resolved dates when they add something.

    Dates without a year (``start_yearless`` ``--10-01``, kept when the publication date
    is unknown) add nothing to the words, so only the words and "year unresolved" are shown.
    """
    period = q.period
    if period is None:
        return ""
    text = excerpt(period.text, 60)
    yearless = any(
        d is not None and d.startswith("--")
        for d in (period.start, period.end, period.start_yearless, period.end_yearless)
    )
    if yearless or (period.start is None and period.end is None):
        unresolved = "year unresolved" if yearless else "dates unresolved"
        return text if "unresolved" in text else f"{text} ({unresolved})"
    dates = _compact_dates(period.start, period.end)
    return text if dates in text else f"{text} ({dates})"


def affiliation_of(source: Source | None) -> str | None:
    """The source's stated affiliation, if the contract version in use carries one.

    ``affiliation`` is an optional extension that may be a name or a span-like object.
    """
    aff: Any = getattr(source, "affiliation", None)
    if aff is None or aff == "":
        return None
    if isinstance(aff, str):
        return aff
    name = getattr(aff, "entity", None) or getattr(aff, "text", None)
    return str(name) if name else str(aff)


def source_label(source: Source | None) -> str:
    if source is None:
        return "(no source named)"
    return excerpt(source.entity or source.text, 80) or "(no source named)"


#: A direct quote whose span already carries its marks is not wrapped in more.
_QUOTE_MARKS = frozenset("\"“”‘’'«»„")


@dataclass(frozen=True)
class Credit:
    """One attribution as seen from its source."""

    id: str
    cue: str | None
    direct: bool
    content: str
    chain: list[str]

    @property
    def needs_marks(self) -> bool:
        """Whether a report wraps the content in quotation marks: a direct quote whose
        span does not already open with its own."""
        return self.direct and self.content[:1] not in _QUOTE_MARKS


@dataclass(frozen=True)
class SourceGroup:
    name: str
    kind: str
    affiliation: str | None
    mentions: list[str]
    flagged: bool
    credits: list[Credit] = field(default_factory=list)


def _describe_source(source: Source) -> str:
    aff = affiliation_of(source)
    extra = f", {aff}" if aff else ""
    return f"{source_label(source)} ({source.kind}{extra})"


def cite_chain(analysis: Analysis, attribution: Attribution) -> list[str]:
    """The sources an attribution relies on, depth-first, each named once."""
    by_id = {a.id: a for a in analysis.attributions}
    chain: list[str] = []
    seen = {attribution.id}

    def walk(att: Attribution, depth: int) -> None:
        for cited in att.cites:
            if isinstance(cited, Source):
                chain.append("  " * depth + _describe_source(cited))
                continue
            target = by_id.get(cited)
            if target is None:
                chain.append("  " * depth + f"{cited} (not in this analysis)")
            elif cited not in seen:
                seen.add(cited)
                who = (
                    _describe_source(target.source)
                    if target.source is not None
                    else "(no source named)"
                )
                chain.append("  " * depth + f"{who} [{cited}]")
                walk(target, depth + 1)

    walk(attribution, 0)
    return chain


def _group_key(source: Source | None) -> str:
    return source_label(source).casefold()


def source_groups(analysis: Analysis) -> list[SourceGroup]:
    """Attributions gathered under the source they resolve to, most-credited first."""
    grouped: dict[str, list[Attribution]] = defaultdict(list)
    for att in sorted(analysis.attributions, key=lambda a: a.content.start):
        grouped[_group_key(att.source)].append(att)
    groups: list[SourceGroup] = []
    for atts in grouped.values():
        sources = [a.source for a in atts if a.source is not None]
        first = sources[0] if sources else None
        kind = first.kind if first is not None else "unknown"
        mentions = list(dict.fromkeys(excerpt(s.text, 60) for s in sources))
        credits = [
            Credit(
                id=a.id,
                cue=excerpt(a.cue.text, 40) if a.cue is not None else None,
                direct=a.direct,
                content=excerpt(a.content.text),
                chain=cite_chain(analysis, a),
            )
            for a in atts
        ]
        aff = next((x for x in map(affiliation_of, sources) if x), None)
        groups.append(
            SourceGroup(
                name=source_label(first),
                kind=kind,
                affiliation=aff,
                mentions=mentions,
                flagged=first is None or kind in FLAGGED_KINDS,
                credits=credits,
            )
        )
    groups.sort(key=lambda g: (-len(g.credits), g.name.casefold()))
    return groups


@dataclass(frozen=True)
class VoiceRow:
    name: str
    detail: str
    attributions: int
    chars: int
    share: float


@dataclass(frozen=True)
class Voices:
    by_source: list[VoiceRow]
    by_affiliation: list[VoiceRow]
    total_chars: int


def _affiliation_bucket(source: Source | None) -> str:
    aff = affiliation_of(source)
    if aff:
        return aff
    if source is None or source.kind in {"vague", "anonymous", "unknown"}:
        return "(unnamed sources)"
    # A named source without a stated affiliation is a side of its own, as in the
    # one_sided_sourcing check: lumping such people together would invent a camp.
    return source_label(source)


def _rows(tally: dict[str, tuple[str, int, int]], total: int) -> list[VoiceRow]:
    rows = [
        VoiceRow(name, detail, n, chars, chars / total if total else 0.0)
        for name, (detail, n, chars) in tally.items()
    ]
    rows.sort(key=lambda r: (-r.chars, r.name.casefold()))
    return rows


def voices(analysis: Analysis) -> Voices:
    """Share of attributed text (content characters) by source and by affiliation.

    A named source without a stated affiliation counts as its own side; vague and
    anonymous sources share one "(unnamed sources)" row.
    """
    by_source: dict[str, tuple[str, int, int]] = {}
    by_aff: dict[str, tuple[str, int, int]] = {}
    # Rows are keyed as the Sources section groups them ("the council" and "The council"
    # are one source), and shown under the first spelling met.
    shown: dict[str, str] = {}
    total = 0
    for att in analysis.attributions:
        size = len(att.content.text)
        total += size
        name = shown.setdefault(_group_key(att.source), source_label(att.source))
        kind = att.source.kind if att.source is not None else "unknown"
        _, n, chars = by_source.get(name, (kind, 0, 0))
        by_source[name] = (kind, n + 1, chars + size)
        bucket = _affiliation_bucket(att.source)
        bucket = shown.setdefault("aff:" + bucket.casefold(), bucket)
        members, n, chars = by_aff.get(bucket, ("", 0, 0))
        names = members.split(", ") if members else []
        if name not in names:
            names.append(name)
        by_aff[bucket] = (", ".join(names), n + 1, chars + size)
    return Voices(_rows(by_source, total), _rows(by_aff, total), total)


@dataclass(frozen=True)
class LedgerRow:
    id: str
    figure: str
    value: str
    approx: str
    unit: str
    counted: str
    period: str
    per: str
    source: str
    start: int


def ledger_rows(analysis: Analysis) -> list[LedgerRow]:
    """The quantities in reading order, each with the source of its attribution."""
    sources = {a.id: a.source for a in analysis.attributions}
    rows = []
    for q in sorted(analysis.quantities, key=lambda q: (q.start, q.end)):
        source = source_label(sources[q.attribution]) if q.attribution in sources else ""
        rows.append(
            LedgerRow(
                id=q.id,
                figure=excerpt(q.text, 40),
                value=format_quantity_value(q),
                approx=APPROX_SHOWN.get(q.approx, q.approx),
                unit=q.unit or "",
                counted=q.counted or "",
                period=format_period(q),
                per=f"per {q.per}" if q.per else "",
                source=source,
                start=q.start,
            )
        )
    return rows


def left_out_line(analysis: Analysis) -> str | None:
    """What the checks say of rule warnings a second look withheld: without it, an article
    whose only warnings were left out would read as if nothing had been checked."""
    notes = analysis.meta.notes if analysis.meta is not None else []
    n = sum(note.startswith(LEFT_OUT_NOTE) for note in notes)
    if not n:
        return None
    which = "them" if n > 1 else "it"
    return (
        f"{n} rule warning{'s' if n > 1 else ''} left out on a second look; "
        f"the notes above name {which}"
    )


def findings_by_severity(
    findings: Iterable[Finding], *, kinds: frozenset[str] | None = None
) -> list[tuple[str, list[Finding]]]:
    """Non-empty severity groups, most severe first; findings in their stored order."""
    chosen = [f for f in findings if kinds is None or f.kind in kinds]
    return [
        (sev, [f for f in chosen if f.severity == sev])
        for sev in SEVERITY_ORDER
        if any(f.severity == sev for f in chosen)
    ]


@dataclass(frozen=True)
class ClaimRow:
    rank: int
    score: float
    text: str
    source: str
    quantities: list[str]
    start: int
    end: int


def ranked_claims(analysis: Analysis) -> list[ClaimRow]:
    """All claims, most check-worthy first; ties keep reading order."""
    sources = {a.id: a.source for a in analysis.attributions}
    ordered = sorted(analysis.claims, key=lambda c: (-c.checkworthiness, c.start))
    return [
        ClaimRow(
            rank=i,
            score=c.checkworthiness,
            text=c.text,
            source=source_label(sources[c.attribution]) if c.attribution in sources else "",
            quantities=list(c.quantities),
            start=c.start,
            end=c.end,
        )
        for i, c in enumerate(ordered, 1)
    ]


@dataclass(frozen=True)
class TechniqueGroup:
    label: str
    name: str
    definition: str
    spans: list[tuple[float, str, int]]


def technique_groups(analysis: Analysis) -> list[TechniqueGroup]:
    """Technique spans by label (most frequent label first), spans in reading order."""
    by_label: dict[str, list[tuple[float, str, int]]] = defaultdict(list)
    for t in sorted(analysis.techniques, key=lambda t: (t.start, t.end)):
        by_label[t.technique].append((t.score, excerpt(t.text, 120), t.start))
    groups = [
        TechniqueGroup(label, *technique_entry(label), spans) for label, spans in by_label.items()
    ]
    groups.sort(key=lambda g: (-len(g.spans), g.name.casefold()))
    return groups
