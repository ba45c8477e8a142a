"""``claimscope eval ...``: score claimscope against gold data in the corpora's own formats.

Each subcommand parses its arguments, calls a plain function in
``claimscope.evaluation`` and prints what it returns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimscope.cli._app import eval_app

__all__ = ["eval_attribution", "eval_quantities", "eval_techniques"]


@eval_app.command("techniques")
def eval_techniques(
    folder: Annotated[
        Path,
        typer.Argument(help="PTC layout: articles/ and *-task-flc-tc.labels.", show_default=False),
    ],
    model: Annotated[
        str | None, typer.Option(help="Technique model (default: the shipped one).")
    ] = None,
) -> None:
    """SI precision/recall/F1 (official overlap metric) and TC micro-F1 on a PTC folder.

    Then one line per technique: the SI metric on that technique's spans alone.
    """
    from claimscope.evaluation.techniques import evaluate_techniques

    scores = evaluate_techniques(folder, model=model)
    typer.echo(f"articles\t{scores.articles}")
    typer.echo(f"gold_spans\t{scores.gold_spans}")
    typer.echo(f"predicted_spans\t{scores.predicted_spans}")
    typer.echo(f"SI_precision\t{scores.si.precision:.4f}")
    typer.echo(f"SI_recall\t{scores.si.recall:.4f}")
    typer.echo(f"SI_F1\t{scores.si.f1:.4f}")
    typer.echo(f"TC_micro_F1\t{scores.tc.f1:.4f}")
    typer.echo("label\tprecision\trecall\tF1\tgold\tpredicted")
    for x in scores.per_label:
        typer.echo(
            f"{x.label}\t{x.si.precision:.4f}\t{x.si.recall:.4f}\t{x.si.f1:.4f}"
            f"\t{x.gold}\t{x.predicted}"
        )


@eval_app.command("quantities")
def eval_quantities(
    file: Annotated[
        Path, typer.Argument(help="NewsQuant JSON (a list of sentences).", show_default=False)
    ],
) -> None:
    """Value and value+unit precision/recall/F1 of the quantities layer on NewsQuant."""
    from claimscope.evaluation.quantities import MATCHING_RULE, evaluate_quantities

    scores, _, _ = evaluate_quantities(file)
    typer.echo(f"sentences\t{scores.sentences}")
    typer.echo(f"gold\t{scores.gold}")
    typer.echo(f"predicted\t{scores.predicted}")
    for name, (p, r, f) in (("value", scores.value), ("value_unit", scores.value_unit)):
        typer.echo(f"{name}_precision\t{p:.4f}")
        typer.echo(f"{name}_recall\t{r:.4f}")
        typer.echo(f"{name}_F1\t{f:.4f}")
    typer.echo(f"matching\t{MATCHING_RULE}")


@eval_app.command("attribution")
def eval_attribution(
    folder: Annotated[
        Path,
        typer.Argument(
            help="PolNeAR layout: text/, attributions/*.ann and metadata.tsv.", show_default=False
        ),
    ],
) -> None:
    """Content, cue and source precision/recall/F1, source accuracy and joint F1 on PolNeAR."""
    from claimscope.evaluation.attribution import MATCHING_RULE, evaluate_attribution

    scores = evaluate_attribution(folder)
    typer.echo(f"articles\t{scores.articles}")
    typer.echo(f"gold\t{scores.content.n_gold}")
    typer.echo(f"predicted\t{scores.content.n_pred}")
    for name, prf in (
        ("content", scores.content),
        ("cue", scores.cue),
        ("source", scores.source),
        ("joint", scores.joint),
    ):
        typer.echo(f"{name}_precision\t{prf.precision:.4f}")
        typer.echo(f"{name}_recall\t{prf.recall:.4f}")
        typer.echo(f"{name}_F1\t{prf.f1:.4f}")
    typer.echo(f"source_accuracy_matched\t{scores.source_accuracy:.4f}")
    typer.echo(f"matching\t{MATCHING_RULE}")
