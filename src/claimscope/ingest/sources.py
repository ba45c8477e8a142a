"""Command-line inputs into a lazy stream of articles or per-input errors.

An input is a file, a folder (searched recursively for .txt, .html, .htm, .json and
.jsonl), ``-`` for stdin, or an http(s) URL. Nothing is read before it is needed:
a folder of a million files or a JSONL file of any size streams in bounded memory,
and one bad input becomes one ``Failed`` item while the rest go on.

Options given on the command line (``--title``, ``--published``, ``--outlet``) win
over what a single file or page says about itself; for records, which carry their
own metadata one by one, they only fill in what a record leaves out.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from claimscope.contract.model import Article
from claimscope.errors import FetchError, InputError
from claimscope.ingest.decode import decode_bytes
from claimscope.ingest.ids import content_id, id_from_path
from claimscope.ingest.items import Failed, Ingested, Item
from claimscope.ingest.metadata import normalise_metadata
from claimscope.ingest.records import iter_json, iter_jsonl
from claimscope.ingest.text import article_from_string, article_from_text

__all__ = ["ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "SourceOptions", "Sources"]

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".json", ".jsonl"})
DEFAULT_MAX_BYTES = 5_000_000
#: A .json file is parsed whole, so it may be this many times the per-article cap.
_JSON_FILE_FACTOR = 20
_STDIN = "<stdin>"


@dataclass(frozen=True)
class SourceOptions:
    """How inputs are read; ``metadata`` holds the command line's title/published/outlet."""

    max_size: int = DEFAULT_MAX_BYTES
    allow_private: bool = False
    timeout: float = 10.0
    metadata: Mapping[str, Any] = field(default_factory=dict)


class Sources:
    """The articles behind some inputs, read lazily in order.

    ``batch`` is known before anything is analysed (folders, JSONL, JSON arrays, several
    inputs), so the JSON writer can choose between one object and an array up front.

    Raises:
        InputError: on construction, when the command-line metadata is invalid.
    """

    def __init__(
        self,
        inputs: Sequence[str],
        options: SourceOptions | None = None,
        *,
        stdin: IO[bytes] | None = None,
    ) -> None:
        self.inputs = list(inputs)
        self.options = options or SourceOptions()
        self.metadata = normalise_metadata(dict(self.options.metadata))
        self._stdin = stdin
        self._stdin_head: bytes | None = None
        self.batch = len(self.inputs) > 1 or any(self._is_many(i) for i in self.inputs)

    def __iter__(self) -> Iterator[Item]:
        for item in self.inputs:
            if item == "-":
                yield from self._from_stdin()
            elif "://" in item:
                yield self._guard(item, functools.partial(self._from_url, item))
            else:
                yield from self._from_path(Path(item))

    def _is_many(self, item: str) -> bool:
        if item == "-":
            return self._stdin_is_jsonl()
        if "://" in item:
            return False
        path = Path(item)
        if path.is_dir() or path.suffix.lower() == ".jsonl":
            return True
        if path.suffix.lower() == ".json" and path.is_file():
            try:
                with path.open("rb") as handle:
                    return handle.read(4096).lstrip().startswith(b"[")
            except OSError:
                return False
        return False

    def _guard(self, origin: str, make: Callable[[], tuple[str, Article]]) -> Item:
        """Run ``make`` for one input; an InputError becomes that input's ``Failed``."""
        try:
            article_id, article = make()
        except InputError as err:
            return Failed(origin, err)
        return Ingested(id=article_id, article=article, origin=origin)

    # -- files and folders -------------------------------------------------------------

    def _from_path(self, path: Path) -> Iterator[Item]:
        origin = str(path)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield from self._from_file(file)
            if not found:
                suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
                yield Failed(
                    origin,
                    InputError(f"no article files ({suffixes}) in this folder", code="input.empty"),
                )
            return
        if not path.exists():
            yield Failed(origin, InputError("no such file or folder", code="input.missing"))
            return
        yield from self._from_file(path)

    def _from_file(self, path: Path) -> Iterator[Item]:
        origin = str(path)
        suffix = path.suffix.lower()
        try:
            if suffix == ".jsonl":
                yield from self._jsonl_file(path)
                return
            if suffix == ".json":
                data = _read(path, self.options.max_size * _JSON_FILE_FACTOR, hint="use JSONL")
                text = decode_bytes(data, name=origin).text.removeprefix("\ufeff")
                yield from iter_json(text, origin=origin, **self._record_options())
                return
            data = _read(path, self.options.max_size)
        except InputError as err:
            yield Failed(origin, err)
            return
        yield self._guard(origin, lambda: (id_from_path(path), self._article(data, origin, suffix)))

    def _jsonl_file(self, path: Path) -> Iterator[Item]:
        try:
            handle = path.open("rb")
        except OSError as err:
            raise _os_error(err) from None
        with handle:
            yield from iter_jsonl(
                _capped_lines(handle, self.options.max_size),
                origin=str(path),
                **self._record_options(),
            )

    def _article(self, data: bytes, origin: str, suffix: str) -> Article:
        text = decode_bytes(data, name=origin).text
        if suffix == ".txt":
            return article_from_text(text, max_chars=self.options.max_size, **self.metadata)
        if suffix in {".html", ".htm"}:
            from claimscope.ingest.html import article_from_html

            return article_from_html(text.removeprefix("\ufeff"), **self.metadata)
        return article_from_string(text, max_chars=self.options.max_size, **self.metadata)

    def _record_options(self) -> dict[str, Any]:
        return {"defaults": self.metadata, "max_chars": self.options.max_size}

    # -- stdin and URLs ----------------------------------------------------------------

    def _stdin_stream(self) -> IO[bytes]:
        return self._stdin if self._stdin is not None else sys.stdin.buffer

    def _stdin_is_jsonl(self) -> bool:
        if self._stdin_head is None:
            self._stdin_head = self._stdin_stream().readline(self.options.max_size + 1)
        head = self._stdin_head.strip()
        if not head.startswith(b"{"):
            return False
        import json

        try:
            return isinstance(json.loads(head), dict) and b'"text"' in head
        except ValueError:
            return False

    def _from_stdin(self) -> Iterator[Item]:
        stream = self._stdin_stream()
        if self._stdin_is_jsonl():
            head = self._stdin_head or b""
            lines = _chain_first(head, _capped_lines(stream, self.options.max_size))
            yield from iter_jsonl(lines, origin=_STDIN, **self._record_options())
            return
        head = self._stdin_head or b""
        self._stdin_head = b""
        rest = stream.read(max(0, self.options.max_size + 1 - len(head)))
        data = head + rest
        if len(data) > self.options.max_size:
            yield Failed(_STDIN, _size_error(self.options.max_size))
            return

        def make() -> tuple[str, Article]:
            article = self._article(data, _STDIN, "")
            return content_id(article.text), article

        yield self._guard(_STDIN, make)

    def _from_url(self, url: str) -> tuple[str, Article]:
        from claimscope.ingest.html import article_from_html, decode_html
        from claimscope.ingest.url import fetch

        if not url.lower().startswith(("http://", "https://")):
            raise FetchError("only http and https URLs are fetched", code="input.fetch")
        page = fetch(
            url,
            allow_private=self.options.allow_private,
            timeout=self.options.timeout,
        )
        if page.media_type == "text/plain":
            text = page.data.decode(page.charset) if page.charset else None
            text = text if text is not None else decode_bytes(page.data, name=url).text
            article = article_from_text(text, max_chars=self.options.max_size, **self.metadata)
        else:
            html = decode_html(page.data, declared=page.charset, name=url)
            metadata = {"url": page.url, **self.metadata}
            article = article_from_html(html, **metadata)
        return content_id(article.text), article


def _walk(root: Path) -> Iterator[Path]:
    """Article files under ``root`` in a stable order, hidden files and folders left out."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                yield Path(folder, name)


def _read(path: Path, cap: int, *, hint: str = "raise it with --max-size") -> bytes:
    try:
        size = path.stat().st_size
        if size > cap:
            raise _size_error(cap, size, hint=hint)
        return path.read_bytes()
    except OSError as err:
        raise _os_error(err) from None


def _capped_lines(handle: IO[bytes], cap: int) -> Iterator[bytes | InputError]:
    """Lines of ``handle``; a line over ``cap`` bytes is skipped and reported, never held."""
    while True:
        line = handle.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            while True:  # drain the rest of the long line without keeping it
                more = handle.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield _size_error(cap)
            continue
        yield line


def _chain_first(first: bytes, rest: Iterator[bytes | InputError]) -> Iterator[bytes | InputError]:
    if first:
        yield first
    yield from rest


def _size_error(
    cap: int, size: int | None = None, *, hint: str = "raise it with --max-size"
) -> InputError:
    have = f"{size:,} bytes, " if size is not None else ""
    return InputError(f"{have}over the size cap of {cap:,} bytes ({hint})", code="input.size")


def _os_error(err: OSError) -> InputError:
    reason = err.strerror or type(err).__name__
    return InputError(f"cannot read: {reason.lower()}", code="input.unreadable")
