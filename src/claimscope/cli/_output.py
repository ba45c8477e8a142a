"""Writers for ``claimscope analyze``: each result is written and flushed as it comes.

JSON is one object for a single article and an array for a batch; which one is fixed
by the inputs (a folder, a JSONL file or several inputs make a batch), never by how
many articles happened to succeed, so scripts can rely on the shape. The array is
closed even when the run is interrupted, so what was written stays valid JSON.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Protocol

from claimscope.contract.model import Analysis
from claimscope.errors import ConfigError

__all__ = ["FORMATS", "Writer", "open_writer"]

FORMATS = ("text", "json", "jsonl", "html")


class Writer(Protocol):
    def write(self, analysis: Analysis) -> None: ...


@contextmanager
def open_writer(fmt: str, out: Path | None, *, batch: bool) -> Iterator[Writer]:
    """A writer for ``fmt`` on ``out`` (stdout when None), finished properly on any exit.

    Raises:
        ConfigError: an html batch without an output folder, or an unwritable ``out``.
    """
    if fmt == "html" and batch:
        if out is None or (out.exists() and not out.is_dir()):
            raise ConfigError(
                "--format html writes one page per article; give --out a folder for a batch",
                code="config.out",
            )
        out.mkdir(parents=True, exist_ok=True)
        yield _HtmlFolderWriter(out)
        return
    stream = _open(out)
    try:
        if fmt == "json":
            writer = _JsonWriter(stream, batch=batch)
            try:
                yield writer
            finally:
                writer.close()
        elif fmt == "jsonl":
            yield _JsonlWriter(stream)
        elif fmt == "html":
            yield _HtmlWriter(stream)
        else:
            yield _TextWriter(stream, to_file=out is not None)
    finally:
        stream.flush()
        if out is not None:
            stream.close()


def _open(out: Path | None) -> IO[str]:
    if out is None:
        return sys.stdout
    if out.is_dir():
        raise ConfigError(f"{out}: is a folder; --out takes a file here", code="config.out")
    return _LazyFile(out)  # type: ignore[return-value]


class _LazyFile:
    """``--out`` opened on the first write: a run where every article fails leaves no empty file.

    The folder is checked up front so that an unwritable path fails before any analysis.
    """

    def __init__(self, path: Path) -> None:
        if not path.parent.is_dir():
            raise ConfigError(f"{path}: no such folder", code="config.out")
        self.path = path
        self._file: IO[str] | None = None

    def write(self, text: str) -> int:
        if self._file is None:
            try:
                self._file = self.path.open("w", encoding="utf-8", newline="\n")
            except OSError as err:
                reason = (err.strerror or type(err).__name__).lower()
                raise ConfigError(
                    f"{self.path}: cannot write: {reason}", code="config.out"
                ) from None
        return self._file.write(text)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

    def isatty(self) -> bool:
        return False


class _JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, analysis: Analysis) -> None:
        self.stream.write(analysis.to_json() + "\n")
        self.stream.flush()


class _JsonWriter:
    def __init__(self, stream: IO[str], *, batch: bool) -> None:
        self.stream = stream
        self.batch = batch
        self.count = 0

    def write(self, analysis: Analysis) -> None:
        if self.batch:
            self.stream.write("[\n" if self.count == 0 else ",\n")
        self.stream.write(analysis.to_json(indent=2))
        if not self.batch:
            self.stream.write("\n")
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.batch:
            self.stream.write("\n]\n" if self.count else "[]\n")
            self.stream.flush()


class _TextWriter:
    def __init__(self, stream: IO[str], *, to_file: bool) -> None:
        from rich.console import Console

        # A file gets plain text at a fixed width; a terminal gets colour and its own width.
        self.console = (
            Console(file=stream, force_terminal=False, no_color=True, width=100)
            if to_file
            else Console(file=stream)
        )
        self.count = 0

    def write(self, analysis: Analysis) -> None:
        from claimscope.reports import render_text

        if self.count:
            self.console.rule()
        render_text(analysis, console=self.console)
        self.console.file.flush()
        self.count += 1


class _HtmlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, analysis: Analysis) -> None:
        from claimscope.reports import render_html

        self.stream.write(render_html(analysis))
        self.stream.flush()


class _HtmlFolderWriter:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def write(self, analysis: Analysis) -> None:
        from claimscope.reports import render_html

        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in analysis.id) or "article"
        path = self.folder / f"{name}.html"
        path.write_text(render_html(analysis), encoding="utf-8")
