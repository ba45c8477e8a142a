"""Article ids: the file name without its extension, a record's own id, else a content hash."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

__all__ = ["content_id", "id_from_path", "record_id"]


def id_from_path(path: str | PurePath) -> str:
    """``reports/2024/strike.html`` -> ``strike``: what users call the article."""
    return PurePath(path).stem


def record_id(value: object) -> str | None:
    """A record's ``id`` as a string (JSON numbers are common ids); None when absent or blank."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | str):
        text = str(value).strip()
        return text or None
    return None


def content_id(text: str) -> str:
    """A stable id from the text alone: the same article always gets the same id.

    The pipeline uses this too, so ids from ingest and from ``Pipeline.analyze`` agree.
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
