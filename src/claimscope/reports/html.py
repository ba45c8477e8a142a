"""The HTML report: one self-contained page with the article's spans highlighted per layer.

The article is untrusted, so everything from it goes through Jinja2 with autoescape on,
hover details travel as a JSON data block (``tojson`` escapes ``<``, ``>``, ``&``) and are
written into the page with ``textContent`` only. The page loads nothing: its one style
sheet and one script are inline and pinned by hash in a Content-Security-Policy, so even
markup that slipped through could not run script or fetch anything.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from claimscope.contract.model import Analysis, Attribution, Finding, Span
from claimscope.reports._segments import Mark, Segment, segment_text
from claimscope.reports._view import (
    NUMERIC_KINDS,
    affiliation_of,
    build_header,
    cite_chain,
    excerpt,
    findings_by_severity,
    format_period,
    format_quantity_value,
    layer_state,
    ledger_rows,
    left_out_line,
    ranked_claims,
    source_groups,
    source_label,
    technique_groups,
    voices,
)
from claimscope.reports.techniques_glossary import technique_entry

__all__ = ["LAYERS", "render_html"]

#: Highlight layers in legend order: (layer, label shown in the legend).
LAYERS = (
    ("attributions", "Sources"),
    ("quantities", "Numbers"),
    ("claims", "Claims"),
    ("techniques", "Techniques"),
    ("findings", "Findings"),
)


@dataclass(frozen=True)
class LegendItem:
    layer: str
    label: str
    count: int
    state: str | None


def render_html(analysis: Analysis) -> str:
    """The whole page as a string (UTF-8 when written; it declares its charset)."""
    marks = build_marks(analysis)
    css, js = _asset("report.css"), _asset("report.js")
    context: dict[str, Any] = {
        "h": build_header(analysis),
        "article_url": _safe_url(analysis.article.url),
        "language": analysis.article.language or "en",
        "csp": f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'",
        "css": Markup(css),
        "js": Markup(js),
        "runs": _runs(segment_text(analysis.article.text, marks)),
        "marks_data": [{"layer": m.layer, "head": m.head, "lines": list(m.lines)} for m in marks],
        "legend": _legend(analysis),
        "first_mark": _first_marks(marks),
        "findings": findings_by_severity(analysis.findings),
        "numeric_findings": findings_by_severity(analysis.findings, kinds=NUMERIC_KINDS),
        "left_out": left_out_line(analysis),
        "sources": source_groups(analysis),
        "voices": voices(analysis),
        "unsourced": [f for f in analysis.findings if f.kind == "unattributed_claim"],
        "ledger": ledger_rows(analysis),
        "claims": ranked_claims(analysis),
        "techniques": technique_groups(analysis),
        "state": {layer: layer_state(analysis, layer) for layer, _ in LAYERS},
        "excerpt": excerpt,
    }
    return _environment().get_template("report.html.j2").render(context)


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimscope.reports", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@functools.cache
def _asset(name: str) -> str:
    return (resources.files("claimscope.reports") / "templates" / name).read_text("utf-8")


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _safe_url(url: str | None) -> str | None:
    """Only http(s) becomes a link: a ``javascript:`` URL in metadata stays plain text."""
    if url and urlsplit(url).scheme.lower() in {"http", "https"}:
        return url
    return None


def _legend(analysis: Analysis) -> list[LegendItem]:
    counts = {
        "attributions": len(analysis.attributions),
        "quantities": len(analysis.quantities),
        "claims": len(analysis.claims),
        "techniques": len(analysis.techniques),
        "findings": len(analysis.findings),
    }
    return [
        LegendItem(layer, label, counts[layer], layer_state(analysis, layer))
        for layer, label in LAYERS
    ]


def _first_marks(marks: list[Mark]) -> dict[str, int]:
    """For each thing the lists link to (``q3``, ``f1``, ``c2``), the mark to jump to."""
    first: dict[str, int] = {}
    for m in marks:
        key = m.classes[-1] if m.classes and m.classes[-1].startswith("id-") else None
        if key is not None and key[3:] not in first:
            first[key[3:]] = m.index
    return first


class _MarkList:
    def __init__(self) -> None:
        self.marks: list[Mark] = []

    def add(self, span: Span, layer: str, classes: tuple[str, ...], head: str, *lines: str) -> None:
        kept = tuple(line for line in lines if line)
        self.marks.append(Mark(len(self.marks), span.start, span.end, layer, classes, head, kept))


def build_marks(analysis: Analysis) -> list[Mark]:
    """Every highlight of every layer, in layer order; ``index`` is the position."""
    out = _MarkList()
    for c in analysis.claims:
        band = min(9, int(c.checkworthiness * 10))
        verdict = "worth checking" if c.checkworthiness >= 0.5 else "not a priority"
        out.add(
            c,
            "claims",
            ("cl", f"cw{band}", f"id-c@{c.start}"),
            f"Claim: check-worthiness {c.checkworthiness:.2f} ({verdict})",
        )
    for a in analysis.attributions:
        _attribution_marks(out, analysis, a)
    sources = {a.id: a.source for a in analysis.attributions}
    for q in analysis.quantities:
        who = source_label(sources[q.attribution]) if q.attribution in sources else ""
        out.add(
            q,
            "quantities",
            ("qt", f"id-{q.id}"),
            f"Figure {q.id}: {q.approx if q.approx != '=' else ''}{format_quantity_value(q)}"
            + (f" {q.unit}" if q.unit else ""),
            f"counted: {q.counted}" if q.counted else "counted: (not stated)",
            f"period: {format_period(q)}" if q.period else "period: (none stated)",
            f"rate: per {q.per}" if q.per else "",
            f"source: {who}" if who else "",
        )
    for t in analysis.techniques:
        name, definition = technique_entry(t.technique)
        key = f"id-t@{t.start}"
        out.add(t, "techniques", ("tq", key), f"{name} (score {t.score:.2f})", definition)
    quantity_spans = {q.id: q for q in analysis.quantities}
    for f in analysis.findings:
        spans = [*f.spans, *(quantity_spans[q] for q in f.quantities if q in quantity_spans)]
        for span in spans:
            out.add(span, "findings", (f"fd-{f.severity}", f"id-{f.id}"), *_finding_tip(f))
    return out.marks


def _finding_tip(f: Finding) -> tuple[str, ...]:
    return (f"{f.severity.capitalize()}: {f.message}", f.explanation, f"kind: {f.kind}")


def _attribution_marks(out: _MarkList, analysis: Analysis, a: Attribution) -> None:
    src = a.source
    who = "(no source named)" if src is None else f"{source_label(src)} ({src.kind})"
    aff = affiliation_of(src)
    how = "direct quote" if a.direct else "indirect (reported speech)"
    chain = cite_chain(analysis, a)
    cites = "cites: " + "; ".join(link.strip() for link in chain) if chain else ""
    common = (f"affiliation: {aff}" if aff else "", how, cites)
    out.add(a.content, "attributions", ("ac", f"id-{a.id}"), f"Attributed to {who}", *common)
    if a.cue is not None:
        out.add(a.cue, "attributions", ("au",), f"Cue “{excerpt(a.cue.text, 40)}” ({a.id})", who)
    if src is not None:
        flag = "vague or anonymous source" if src.kind in {"vague", "anonymous"} else ""
        out.add(src, "attributions", ("as",), f"Source: {who}", flag, *common)


@dataclass(frozen=True)
class Run:
    """A run of article text as the template draws it."""

    text: str
    classes: str
    ids: str
    title: str
    anchors: tuple[int, ...]


def _runs(segments: list[Segment]) -> list[Run]:
    """Each run's classes (``m`` plus its marks' classes), mark ids and no-JS hover text."""
    runs = []
    for seg in segments:
        names = dict.fromkeys(c for m in seg.marks for c in m.classes if not c.startswith("id-"))
        # Innermost first: a technique or a figure says more than the sentence around it.
        marks = sorted(seg.marks, key=lambda m: (m.end - m.start, m.index))
        title = "\n\n".join("\n".join((m.head, *m.lines)) for m in marks)
        runs.append(
            Run(
                text=seg.text,
                classes=" ".join(["m", *names]) if seg.marks else "",
                ids=" ".join(str(m.index) for m in marks),
                title=title,
                anchors=seg.anchors,
            )
        )
    return runs
