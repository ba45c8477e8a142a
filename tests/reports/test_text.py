from __future__ import annotations

import io

import pytest
from rich.console import Console

from claimscope.contract import Analysis, Article, Attribution, Source, Span
from claimscope.reports import render_text, text_report
from claimscope.reports.text import TOP_CLAIMS

SECTIONS = ("Sources", "Numbers", "Findings", "Claims", "Techniques")


def _section(report: str, title: str) -> str:
    """The lines of one section, up to the next section title."""
    lines = report.splitlines()
    start = lines.index(title)
    body = []
    for line in lines[start + 1 :]:
        if line in SECTIONS:
            break
        body.append(line)
    return "\n".join(body)


def test_text_every_section_appears_in_order(golden):
    report = text_report(golden("ferry-audit"))
    positions = [report.splitlines().index(title) for title in SECTIONS]
    assert positions == sorted(positions)


def test_text_header_names_article_and_unknown_date(golden):
    full = text_report(golden("ferry-audit")).splitlines()
    assert full[:3] == [
        "claimscope report: ferry-audit",
        "Harbour Council Audit Finds 🚢 Ferry Delays Cost €4.2 Million",
        "2024-03-05 · Harbour Gazette · https://example.org/news/ferry-audit",
    ]
    quiet = text_report(golden("quiet-week"))
    assert "publication date unknown" in quiet
    assert "layers not run: claims (skipped), techniques (skipped)" in quiet


def test_text_empty_says_none_found_and_skipped_says_not_run(golden):
    report = text_report(golden("quiet-week"))
    assert _section(report, "Sources").strip() == "none found"
    assert _section(report, "Findings").strip() == "none found"
    assert _section(report, "Numbers").strip() == "not run (layer not in this pipeline)"
    assert _section(report, "Claims").strip() == "not run (layer skipped)"
    assert _section(report, "Techniques").strip() == "not run (layer skipped)"


def test_text_sources_show_chain_flags_and_voices(golden):
    sources = _section(text_report(golden("ferry-audit")), "Sources")
    assert "cites Port Authority (government) [a5]" in sources
    assert "analysts  [vague]  ⚠ vague source" in sources
    assert "mentioned as: council spokesperson Lena Ortiz; She" in sources
    assert "Voices by source" in sources and "Voices by affiliation" in sources
    assert "⚠ The line carried 1,000,000 passengers in 2022." in sources


def test_text_numbers_ledger_and_checks(golden):
    numbers = _section(text_report(golden("ferry-audit")), "Numbers")
    assert "≈4,200,000" in numbers
    assert "per month" in numbers
    assert "last year" in numbers and "(2023)" in numbers
    assert "1,000,000 × (1 − 0.15) = 850,000" in numbers
    assert "vague_attribution" not in numbers


def test_text_findings_grouped_by_severity(golden):
    findings = _section(text_report(golden("ferry-audit")), "Findings")
    order = [findings.index(h) for h in ("Errors (1)", "Warnings (2)", "Info (1)")]
    assert order == sorted(order)


def test_text_claims_ranked_with_count_of_rest(make_analysis):
    text = " ".join(f"Claim number {i} is here." for i in range(TOP_CLAIMS + 3))
    claims = []
    for i in range(TOP_CLAIMS + 3):
        part = f"Claim number {i} is here."
        start = text.index(part)
        claims.append(
            {"start": start, "end": start + len(part), "text": part, "checkworthiness": i / 20}
        )
    report = _section(text_report(make_analysis(text, claims=claims)), "Claims")
    assert report.index(f"Claim number {TOP_CLAIMS + 2}") < report.index(f"Claim number {3}")
    assert "Claim number 2 " not in report
    assert "… and 3 more, scored 0.10 or lower" in report


def test_text_article_markup_is_printed_literally(make_analysis, span):
    text = "Officials said [bold red]nothing[/] happened :smile:."
    analysis = make_analysis(
        text,
        attributions=[
            {
                "id": "a1",
                "source": {**span(text, "Officials"), "kind": "vague"},
                "cue": span(text, "said"),
                "content": span(text, "[bold red]nothing[/] happened :smile:"),
            }
        ],
    )
    assert "[bold red]nothing[/] happened :smile:" in text_report(analysis)
    terminal = io.StringIO()
    render_text(analysis, console=Console(file=terminal, force_terminal=True, width=100))
    assert "[bold red]nothing[/] happened :smile:" in terminal.getvalue()


def test_text_plain_when_not_a_terminal(golden, monkeypatch: pytest.MonkeyPatch):
    buffer = io.StringIO()
    render_text(golden("ferry-audit"), console=Console(file=buffer, width=100))
    assert "\x1b[" not in buffer.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    colour = io.StringIO()
    render_text(golden("ferry-audit"), console=Console(file=colour, force_terminal=True))
    assert "\x1b[31m" not in colour.getvalue() and "\x1b[33m" not in colour.getvalue()


def test_text_affiliation_shown_when_the_contract_has_it(span):
    class AffiliatedSource(Source):
        affiliation: str | None = None

    text = "Die Welt correspondent Anna Roth said the bridge is closed."
    source = AffiliatedSource(
        **span(text, "Die Welt correspondent Anna Roth"),
        entity="Anna Roth",
        kind="person",
        affiliation="Die Welt",
    )
    att = Attribution(
        id="a1",
        source=source,
        cue=Span(**span(text, "said")),
        content=Span(**span(text, "the bridge is closed")),
    )
    analysis = Analysis(id="aff", article=Article(text=text), attributions=[att])
    report = text_report(analysis)
    assert "Anna Roth  [person] · affiliation: Die Welt" in report
    assert "Die Welt" in _section(report, "Sources").split("Voices by affiliation")[1]


def test_text_narrow_console_lists_the_ledger(golden):
    numbers = _section(text_report(golden("ferry-audit"), width=80), "Numbers")
    assert "q4 roughly 100 every month  →  ≈100 per month" in numbers
    assert "counted: cancelled sailing · source: Lena Ortiz" in numbers
    assert max(len(line) for line in numbers.splitlines()) <= 80


def _withheld(analysis: Analysis, *, keep_numeric: bool) -> Analysis:
    """``analysis`` as a second look leaves it: its numeric warnings named only in notes."""
    from claimscope.contract.model import LEFT_OUT_NOTE, NUMERIC_KINDS, Meta

    numeric = [f for f in analysis.findings if f.kind in NUMERIC_KINDS]
    findings = (
        analysis.findings
        if keep_numeric
        else [f for f in analysis.findings if f.kind not in NUMERIC_KINDS]
    )
    notes = [
        f"{LEFT_OUT_NOTE} a rule's {f.kind} warning (score 0.05): {f.message}" for f in numeric[:2]
    ]
    meta = (analysis.meta or Meta()).model_copy(update={"notes": notes})
    return analysis.model_copy(update={"findings": findings, "meta": meta})


def test_text_checks_count_warnings_left_out_instead_of_none_found(golden):
    numbers = _section(text_report(_withheld(golden("ferry-audit"), keep_numeric=False)), "Numbers")
    assert "none found" not in numbers
    assert "Checks: 2 rule warnings left out on a second look; the notes above name them" in (
        " ".join(numbers.split())
    )
    numbers = _section(text_report(_withheld(golden("ferry-audit"), keep_numeric=True)), "Numbers")
    assert "figures: q" in numbers and "2 rule warnings left out on a second look" in numbers
    assert "left out" not in _section(text_report(golden("ferry-audit")), "Numbers")
