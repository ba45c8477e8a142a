"""The typer app, its sub-apps, and shared option aliases. Commands live one per module."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="claimscope",
    help="Claim forensics for news: sources, numbers, checks, claims and rhetoric.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(
    help="Score claimscope against gold data in the corpora's own formats.",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")
