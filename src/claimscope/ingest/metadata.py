"""Article metadata given by users or records: checked once, at the boundary."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from claimscope.errors import InputError

__all__ = ["METADATA_FIELDS", "normalise_metadata", "normalise_published"]

#: Article fields other than ``text`` that inputs and options may set.
METADATA_FIELDS = ("title", "published", "url", "outlet", "language")


def normalise_published(value: object) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from an ISO date or date-time; None stays None.

    A time of day is dropped: the contract carries the publication *date*, which is what
    relative periods ("last month") are resolved against.

    Raises:
        InputError: not an ISO 8601 date (code ``input.published``).
    """
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InputError(
            f"published date {value!r} is not an ISO date (YYYY-MM-DD)", code="input.published"
        )
    text = value.strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise InputError(
            f"published date {text!r} is not an ISO date (YYYY-MM-DD)", code="input.published"
        ) from None


def normalise_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    """Known fields only, strings only, ``published`` as an ISO date; None values dropped.

    Raises:
        InputError: an unknown field, a non-string value, or a bad date.
    """
    out: dict[str, Any] = {}
    for key, value in metadata.items():
        if key not in METADATA_FIELDS:
            known = ", ".join(METADATA_FIELDS)
            raise InputError(f"unknown article field {key!r}; known: {known}", code="input.field")
        if value is None:
            continue
        if key == "published":
            out[key] = normalise_published(value)
        elif isinstance(value, str):
            out[key] = value
        else:
            raise InputError(
                f"{key} must be a string, not {type(value).__name__}", code="input.field"
            )
    return out
