"""JSON and JSONL records into Articles: ``id``, ``text``, optional ``title``, ``published``,
``url``, ``outlet``, ``language``; other fields are ignored (datasets carry labels and more).

JSONL is read line by line, so a file of any length runs in bounded memory, and a
malformed line is reported by its number while the lines after it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimscope.errors import InputError
from claimscope.ingest.ids import content_id, record_id
from claimscope.ingest.items import Failed, Ingested, Item
from claimscope.ingest.metadata import METADATA_FIELDS
from claimscope.ingest.text import DEFAULT_MAX_CHARS, article_from_string

__all__ = ["ingest_record", "iter_json", "iter_jsonl"]


def ingest_record(
    record: object,
    *,
    origin: str,
    defaults: Mapping[str, Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Ingested:
    """One record as an article; its own fields win, ``defaults`` fill what it leaves out.

    Raises:
        InputError: not an object, no ``text`` string, or a bad field.
    """
    if not isinstance(record, dict):
        raise InputError(
            f"a record must be a JSON object, not {_json_type(record)}", code="input.record"
        )
    text = record.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {_json_type(text)}, not a string"
        raise InputError(f"the record's 'text' is {what}", code="input.record")
    metadata = {k: v for k, v in (defaults or {}).items() if v is not None}
    metadata.update({k: record[k] for k in METADATA_FIELDS if record.get(k) is not None})
    article = article_from_string(text, max_chars=max_chars, **metadata)
    rid = record_id(record.get("id")) or content_id(article.text)
    return Ingested(id=rid, article=article, origin=origin)


def iter_jsonl(
    lines: Iterable[bytes | str | InputError],
    *,
    origin: str,
    defaults: Mapping[str, Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    first_line: int = 1,
) -> Iterator[Item]:
    """One item per non-blank line; a bad line becomes a ``Failed`` naming its number.

    ``lines`` may hold an ``InputError`` in place of a line the reader refused (too long).
    """
    for number, raw in enumerate(lines, start=first_line):
        where = f"{origin}: line {number}"
        if isinstance(raw, InputError):
            yield Failed(where, raw)
            continue
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as err:
            error = InputError(
                f"not UTF-8 (byte 0x{raw[err.start]:02x} at column {err.start + 1}); "
                "JSON Lines must be UTF-8",
                code="input.encoding",
            )
            yield Failed(where, error)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            msg = f"not JSON: {err.msg} at column {err.colno}"
            yield Failed(where, InputError(msg, code="input.jsonl"))
            continue
        try:
            yield ingest_record(record, origin=where, defaults=defaults, max_chars=max_chars)
        except InputError as err:
            yield Failed(where, err)


def iter_json(
    data: str,
    *,
    origin: str,
    defaults: Mapping[str, Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Item]:
    """A JSON object (one record) or array (one record per element)."""
    try:
        value = json.loads(data)
    except json.JSONDecodeError as err:
        msg = f"not JSON: {err.msg} at line {err.lineno}, column {err.colno}"
        yield Failed(origin, InputError(msg, code="input.json"))
        return
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records):
        where = f"{origin}: item {index}" if isinstance(value, list) else origin
        try:
            yield ingest_record(record, origin=where, defaults=defaults, max_chars=max_chars)
        except InputError as err:
            yield Failed(where, err)


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")
