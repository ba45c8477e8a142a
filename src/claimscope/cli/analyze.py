"""``claimscope analyze``: articles in, reports out.

The command streams: inputs are read lazily, analysed in small batches, and every
result is written (and flushed) as soon as it exists, so a long batch that fails or
is interrupted keeps what it finished. A bad article costs one stderr line, and the
exit code at the end says whether everything went through (0), some articles failed
(1) or nothing could be read at all (2).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimscope.cli._app import app
from claimscope.cli._output import FORMATS, open_writer
from claimscope.errors import ClaimscopeError, ConfigError, InputError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.progress import Progress, TaskID

    from claimscope.contract.model import Article
    from claimscope.ingest import Item

__all__ = ["AnalyzeOptions", "analyze", "run_analyze"]


@dataclass(frozen=True)
class AnalyzeOptions:
    """Everything ``analyze`` was asked to do, merged from the command line and the config file."""

    inputs: tuple[str, ...]
    fmt: str = "text"
    out: Path | None = None
    model: str | None = None
    only: tuple[str, ...] | None = None
    skip: tuple[str, ...] = ()
    max_size: int | None = None
    allow_private: bool = False
    timeout: float = 10.0
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    verify_numbers: bool = False
    learned_pairs: bool = True


@app.command()
def analyze(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (searched for .txt .html .htm .json .jsonl), URLs, or '-' "
            "for stdin (text, HTML or JSON Lines).",
            show_default=False,
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json, jsonl or html.")] = "text",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Write here instead of stdout (a folder for html batches)."
        ),
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option("--only", help="Run only these layers (and what they need); repeatable."),
    ] = None,
    skip: Annotated[
        list[str] | None, typer.Option("--skip", help="Leave these layers out; repeatable.")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to use.")] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD).")
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Article title.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Publishing outlet.")] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Allow URLs on private and loopback addresses."),
    ] = False,
    max_size: Annotated[
        str | None,
        typer.Option("--max-size", help="Size cap per article, e.g. 5M (the default) or 500k."),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds allowed to fetch one URL.")
    ] = 10.0,
    verify_numbers: Annotated[
        bool,
        typer.Option(
            "--verify-numbers",
            help="Leave out numeric warnings the verifier judges doubtful: about half the "
            "false alarms go, and about a quarter of the real conflicts with them.",
        ),
    ] = False,
    learned_pairs: Annotated[
        bool,
        typer.Option(
            "--learned-pairs/--rules-only",
            help="Let the learned pair model vet the rule checks' numeric warnings and add "
            "its own for conflicts no rule tied (the default), or show the rule checks' "
            "findings alone.",
        ),
    ] = True,
) -> None:
    """Analyse articles: sources, numbers, findings, claims and techniques.

    Options --title, --published and --outlet describe a single article; for JSON and
    JSONL records they only fill in fields a record leaves out.
    """
    from claimscope.config import parse_size

    try:
        options = AnalyzeOptions(
            inputs=tuple(inputs),
            fmt=fmt,
            out=out,
            model=model,
            only=_names(only) if only else None,
            skip=_names(skip or []),
            max_size=parse_size(max_size) if max_size is not None else None,
            allow_private=allow_private,
            timeout=timeout,
            title=title,
            published=published,
            outlet=outlet,
            verify_numbers=verify_numbers,
            learned_pairs=learned_pairs,
        )
        code = run_analyze(options)
    except ClaimscopeError as err:
        _say(f"claimscope: error: {err} [{err.code}]")
        raise typer.Exit(err.exit_code) from None
    if code:
        raise typer.Exit(code)


def _names(values: list[str]) -> tuple[str, ...]:
    """``--skip a,b --skip c`` -> ``("a", "b", "c")``."""
    return tuple(n.strip() for v in values for n in v.split(",") if n.strip())


@dataclass
class _Tally:
    analysed: int = 0
    bad_input: int = 0
    failed: int = 0


def run_analyze(options: AnalyzeOptions) -> int:
    """Run one ``analyze`` invocation; returns the exit code.

    Raises:
        ClaimscopeError: a problem with the options as a whole (unknown layer, bad date,
            missing model), before any result is written.
    """
    from claimscope.config import load_config
    from claimscope.ingest import Failed, SourceOptions, Sources
    from claimscope.ingest.sources import DEFAULT_MAX_BYTES
    from claimscope.nlp import DEFAULT_MODEL
    from claimscope.pipeline import Pipeline

    if options.fmt not in FORMATS:
        raise ConfigError(f"unknown format {options.fmt!r}; use one of {', '.join(FORMATS)}")
    config = load_config()
    only = options.only if options.only is not None else config.only
    pipeline = Pipeline(
        model=options.model or config.model or DEFAULT_MODEL,
        only=only,
        skip=options.skip or config.skip or (),
        verify_numbers=options.verify_numbers,
        learned_pairs=options.learned_pairs,
    )
    if pipeline.added:
        _say(
            f"claimscope: note: --only {', '.join(sorted(only or ()))} also runs "
            f"{', '.join(sorted(pipeline.added))}, which it requires"
        )
    metadata = {"title": options.title, "published": options.published, "outlet": options.outlet}
    sources = Sources(
        options.inputs,
        SourceOptions(
            max_size=options.max_size or config.max_size or DEFAULT_MAX_BYTES,
            allow_private=options.allow_private,
            timeout=options.timeout,
            metadata={k: v for k, v in metadata.items() if v is not None},
        ),
    )
    tally = _Tally()
    with _Progress(enabled=sources.batch and sys.stderr.isatty()) as progress:

        def report(line: str) -> None:
            progress.say(f"claimscope: error: {line}")

        def articles(items: Iterator[Item]) -> Iterator[tuple[Article, str]]:
            for item in items:
                if isinstance(item, Failed):
                    tally.bad_input += 1
                    report(f"{item.origin}: {item.error} [{item.error.code}]")
                    progress.advance(tally)
                else:
                    yield item.article, item.id

        def on_error(article_id: str, err: ClaimscopeError) -> None:
            tally.failed += 1
            report(f"{err} [{err.code}]")
            progress.advance(tally)

        with open_writer(options.fmt, options.out, batch=sources.batch) as writer:
            for analysis in pipeline.pipe(articles(iter(sources)), on_error=on_error):
                writer.write(analysis)
                tally.analysed += 1
                progress.advance(tally)
    return _exit_code(tally)


def _exit_code(tally: _Tally) -> int:
    if tally.analysed == 0 and tally.failed == 0 and tally.bad_input:
        return InputError.exit_code
    return 1 if tally.failed or tally.bad_input else 0


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class _Progress:
    """A Rich progress line on stderr for batches, only when stderr is a terminal.

    Error lines go through it while it is shown, so they print above the bar instead
    of tearing it.
    """

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            progress.start()
            self._task = progress.add_task("starting", total=None)
            self._progress = progress
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self, tally: _Tally) -> None:
        if self._progress is None or self._task is None:
            return
        failed = tally.failed + tally.bad_input
        text = f"analysed {tally.analysed}" + (f", failed {failed}" if failed else "")
        self._progress.update(self._task, description=text)

    def say(self, line: str) -> None:
        if self._progress is None:
            _say(line)
        else:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
