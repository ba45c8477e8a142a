"""``claimscope analyze``: articles in, reports out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimscope.cli._app import app


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, JSONL, HTML, URLs or '-'.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json, jsonl or html.")] = "text",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here, not stdout.")] = None,
) -> None:
    """Analyse articles and report sources, numbers, findings, claims and techniques."""
    from claimscope.ingest import article_from_string
    from claimscope.pipeline import Pipeline

    pipeline = Pipeline()
    for item in inputs:
        text = sys.stdin.read() if item == "-" else Path(item).read_text(encoding="utf-8")
        analysis = pipeline.analyze(article_from_string(text), article_id=Path(item).stem)
        payload = analysis.to_json(indent=2)
        if out is None:
            sys.stdout.write(payload + "\n")
        else:
            out.write_text(payload, encoding="utf-8")
