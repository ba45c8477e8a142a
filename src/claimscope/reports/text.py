"""The terminal report: an ``Analysis`` drawn with Rich, section by section.

Article text never passes through Rich markup (it is wrapped in ``Text``), so a
bracket in a quote prints as written. Rich drops colour by itself on a non-TTY or
when ``NO_COLOR`` is set, which is what makes the same code serve pipes and files.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimscope.contract.model import Analysis, Finding
from claimscope.reports._view import (
    NUMERIC_KINDS,
    LedgerRow,
    build_header,
    excerpt,
    findings_by_severity,
    layer_state,
    ledger_rows,
    left_out_line,
    ranked_claims,
    source_groups,
    technique_groups,
    voices,
)

__all__ = ["TOP_CLAIMS", "render_text", "text_report"]

#: How many ranked claims the text report lists before counting the rest.
TOP_CLAIMS = 10
#: Below this console width the numbers ledger is a list, not a nine-column table.
WIDE = 100
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_TITLE = {"error": "Errors", "warning": "Warnings", "info": "Info"}


def render_text(analysis: Analysis, *, console: Console | None = None) -> None:
    """Print the report; without a console, to stdout (plain when not a terminal)."""
    out = console if console is not None else Console(highlight=False, emoji=False)
    for part in _report(analysis, out.width):
        out.print(part)


def text_report(analysis: Analysis, width: int = 100) -> str:
    """The report as plain text at a fixed width: what the golden files pin."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system=None,
        force_terminal=False,
        no_color=True,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    render_text(analysis, console=console)
    # Rich pads every line to the console width; golden files and diffs want none of it.
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))


def _report(analysis: Analysis, width: int) -> list[RenderableType]:
    return [
        _header(analysis),
        *_section("Sources", _sources(analysis), analysis, "attributions"),
        *_section("Numbers", _numbers(analysis, width), analysis, "quantities"),
        *_section(
            "Findings", _findings(analysis.findings, brief=_SHOWN_ELSEWHERE), analysis, "findings"
        ),
        *_section("Claims", _claims(analysis), analysis, "claims"),
        *_section("Techniques", _techniques(analysis), analysis, "techniques"),
    ]


def _section(
    title: str, body: list[RenderableType], analysis: Analysis, layer: str
) -> list[RenderableType]:
    """A ruled section; an empty body says whether the layer found nothing or never ran."""
    rule = Text(f"\n{title}", style="bold")
    state = layer_state(analysis, layer)
    if state is not None:
        return [rule, _indent(Text(state, style="dim"), 2)]
    if not body:
        return [rule, _indent(Text("none found", style="dim"), 2)]
    return [rule, *body]


def _indent(renderable: RenderableType, left: int, *, top: int = 0) -> RenderableType:
    """Indent without padding to the console width (no trailing blanks in files)."""
    return Padding(renderable, (top, 0, 0, left), expand=False)


def _bullet(marker: str, body: Text, *, indent: int = 0, style: str = "") -> RenderableType:
    """A list item whose wrapped lines hang under its first word, not under the marker."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, style=style)
    grid.add_column(ratio=1)
    grid.add_row(Text(marker), body)
    return _indent(grid, indent)


def _header(analysis: Analysis) -> RenderableType:
    h = build_header(analysis)
    lines = [
        Text.assemble(("claimscope report: ", "bold"), (h.id, "bold")),
        Text(h.title or "(untitled)", style="bold"),
    ]
    facts = [h.published]
    if h.outlet:
        facts.append(h.outlet)
    if h.url:
        facts.append(h.url)
    lines.append(Text(" · ".join(facts)))
    if h.not_run:
        lines.append(Text("layers not run: " + ", ".join(h.not_run), style="yellow"))
    lines.extend(Text(f"note: {note}", style="dim") for note in h.notes)
    return Group(*lines)


def _sources(analysis: Analysis) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for g in source_groups(analysis):
        head = Text.assemble((g.name, "bold"), f"  [{g.kind}]")
        if g.affiliation:
            head.append(f" · affiliation: {g.affiliation}")
        if g.flagged:
            head.append(f"  ⚠ {g.kind} source", style="yellow")
        lines: list[RenderableType] = [head]
        if g.mentions and g.mentions != [g.name]:
            lines.append(_indent(Text("mentioned as: " + "; ".join(g.mentions)), 2))
        for c in g.credits:
            how = "direct" if c.direct else "indirect"
            cue = f', "{c.cue}"' if c.cue else ""
            content = f"“{c.content}”" if c.needs_marks else c.content
            lines.append(_bullet("•", Text(f"{how}{cue}: {content}"), indent=2))
            for link in c.chain:
                lines.append(_indent(Text(f"cites {link}", style="dim"), 6))
        parts.append(_indent(Group(*lines), 2))
    if parts:
        parts.extend(_voices(analysis))
    parts.extend(_unsourced(analysis.findings))
    return parts


def _voices(analysis: Analysis) -> list[RenderableType]:
    v = voices(analysis)
    tables: list[RenderableType] = []
    for top, (title, rows, detail) in enumerate(
        (
            ("Voices by source", v.by_source, "kind"),
            ("Voices by affiliation", v.by_affiliation, "sources"),
        )
    ):
        table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", padding=(0, 1))
        table.add_column(title.split()[-1].capitalize())
        table.add_column(detail)
        table.add_column("attributions", justify="right")
        table.add_column("share of attributed text", justify="right")
        for r in rows:
            table.add_row(
                Text(r.name), Text(r.detail), Text(str(r.attributions)), Text(f"{r.share:.0%}")
            )
        tables.append(_indent(table, 2, top=1 if top == 0 else 0))
    return tables


def _unsourced(findings: list[Finding]) -> list[RenderableType]:
    unsourced = [f for f in findings if f.kind == "unattributed_claim"]
    if not unsourced:
        return []
    lines: list[RenderableType] = [
        Text(f"Unsourced claims ({len(unsourced)})", style="bold yellow")
    ]
    for f in unsourced:
        what = excerpt(f.spans[0].text) if f.spans else f.message
        marker = "⚠" if f.severity != "info" else "·"
        lines.append(_bullet(marker, Text(what), indent=2, style=SEVERITY_STYLE[f.severity]))
    return [_indent(Group(*lines), 2, top=1)]


def _numbers(analysis: Analysis, width: int) -> list[RenderableType]:
    rows = ledger_rows(analysis)
    if not rows:
        return []
    ledger = _ledger_table(rows) if width >= WIDE else _ledger_list(rows)
    parts: list[RenderableType] = [_indent(ledger, 2)]
    checks = Text("Checks", style="bold")
    state = layer_state(analysis, "findings")
    numeric = [f for f in analysis.findings if f.kind in NUMERIC_KINDS]
    left_out = left_out_line(analysis)
    if state is not None:
        checks.append(f": {state}", style="dim")
        return [*parts, _indent(checks, 2, top=1)]
    if not numeric:
        checks.append(f": {left_out or 'none found'}", style="dim")
        return [*parts, _indent(checks, 2, top=1)]
    shown = [*parts, _indent(checks, 2, top=1), *_findings(numeric, indent=4)]
    return [*shown, _indent(Text(left_out, style="dim"), 4)] if left_out else shown


def _ledger_list(rows: list[LedgerRow]) -> RenderableType:
    """The ledger for narrow terminals: one figure per entry, its facts on the next line."""
    entries: list[RenderableType] = []
    for r in rows:
        value = " ".join(x for x in (f"{r.approx}{r.value}", r.unit, r.per) if x)
        facts = [f"counted: {r.counted or '—'}"]
        facts += [f"period: {r.period}"] if r.period else []
        facts += [f"source: {r.source}"] if r.source else []
        entries.append(_bullet(r.id, Text(f"{r.figure}  →  {value}\n" + " · ".join(facts))))
    return Group(*entries)


def _ledger_table(rows: list[LedgerRow]) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False)
    table.add_column("id", no_wrap=True)
    table.add_column("figure", max_width=12)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("unit")
    table.add_column("counted", max_width=22)
    table.add_column("period", min_width=12)
    table.add_column("rate")
    table.add_column("source", max_width=24)
    for r in rows:
        # Every cell is a Text: a str cell would go through Rich markup and emoji codes.
        cells = (r.id, r.figure, f"{r.approx}{r.value}", r.unit, r.counted, r.period, r.per)
        table.add_row(*map(Text, cells), Text(r.source))
    return table


#: Findings whose evidence another section already shows (numeric checks under Numbers,
#: unsourced claims under Sources): the Findings overview gives them one line each.
_SHOWN_ELSEWHERE = frozenset({*NUMERIC_KINDS, "unattributed_claim"})


def _finding(f: Finding, indent: int, *, brief: bool = False) -> RenderableType:
    message = Text.assemble(f.message, (f"  [{f.kind}]", "dim"))
    lines: list[RenderableType] = [_bullet("•", message, style=SEVERITY_STYLE[f.severity])]
    if brief:
        return _indent(Group(*lines), indent)
    if f.explanation:
        lines.append(_indent(Text(f.explanation), 2))
    for span in f.spans:
        lines.append(_indent(Text(f"“{excerpt(span.text, 120)}”", style="dim"), 2))
    if f.quantities:
        lines.append(_indent(Text("figures: " + ", ".join(f.quantities), style="dim"), 2))
    return _indent(Group(*lines), indent)


def _findings(
    findings: list[Finding], *, indent: int = 2, brief: frozenset[str] = frozenset()
) -> list[RenderableType]:
    """Findings by severity; kinds in ``brief`` get their message only."""
    parts: list[RenderableType] = []
    for severity, group in findings_by_severity(findings):
        title = f"{SEVERITY_TITLE[severity]} ({len(group)})"
        parts.append(_indent(Text(title, style=SEVERITY_STYLE[severity]), indent))
        parts.extend(_finding(f, indent + 2, brief=f.kind in brief) for f in group)
    return parts


def _claims(analysis: Analysis) -> list[RenderableType]:
    rows = ranked_claims(analysis)
    if not rows:
        return []
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False, expand=True)
    table.add_column("#", justify="right")
    table.add_column("score", justify="right")
    table.add_column("claim", ratio=1)
    table.add_column("source", max_width=28)
    for r in rows[:TOP_CLAIMS]:
        table.add_row(
            Text(str(r.rank)), Text(f"{r.score:.2f}"), Text(excerpt(r.text, 240)), Text(r.source)
        )
    parts: list[RenderableType] = [_indent(table, 2)]
    rest = rows[TOP_CLAIMS:]
    if rest:
        more = f"… and {len(rest)} more, scored {rest[0].score:.2f} or lower"
        parts.append(_indent(Text(more, style="dim"), 2))
    return parts


def _techniques(analysis: Analysis) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for g in technique_groups(analysis):
        lines: list[RenderableType] = [
            Text.assemble((f"{g.name} ({len(g.spans)})", "bold"), f": {g.definition}")
        ]
        for score, text, _ in g.spans:
            lines.append(_indent(Text(f"{score:.2f}  “{text}”"), 2))
        parts.append(_indent(Group(*lines), 2))
    return parts
