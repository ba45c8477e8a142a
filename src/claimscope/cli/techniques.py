"""``claimscope techniques classify``: the SemEval-2020 Task 11 TC task on given spans."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimscope.cli._app import app

__all__ = ["classify", "techniques_app"]

techniques_app = typer.Typer(
    help="Persuasion techniques in the SemEval-2020 Task 11 formats.", no_args_is_help=True
)
app.add_typer(techniques_app, name="techniques")


@techniques_app.command()
def classify(
    articles_dir: Annotated[
        Path, typer.Argument(help="Folder of article<ID>.txt files.", show_default=False)
    ],
    template: Annotated[
        Path,
        typer.Argument(
            help="TC template: article_id<TAB>?<TAB>start<TAB>end per line.", show_default=False
        ),
    ],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="Technique model (default: the shipped one).")
    ] = None,
) -> None:
    """Fill in column 2 of a TC template with each span's technique."""
    from claimscope.evaluation.techniques import (
        classify_template,
        read_articles,
        read_template,
        write_template,
    )

    lines = read_template(template)
    articles = read_articles(articles_dir, {line.article_id for line in lines})
    result = write_template(classify_template(articles, lines, model=model))
    if out is None:
        typer.echo(result, nl=False)
    else:
        out.write_text(result, encoding="utf-8")
