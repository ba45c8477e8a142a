"""Plain text and strings into Articles: the text is kept exactly."""

from __future__ import annotations

import re
from typing import Any

from claimscope.contract.model import Article
from claimscope.errors import InputError

__all__ = ["DEFAULT_MAX_CHARS", "article_from_string", "looks_like_html"]

#: Default size cap: 5 MB of text.
DEFAULT_MAX_CHARS = 5_000_000

_HTML_START = re.compile(r"\A\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    """True for documents that open like HTML; a text that merely mentions a tag is text."""
    return bool(_HTML_START.match(text[:2048]))


def article_from_string(
    text: str, *, max_chars: int = DEFAULT_MAX_CHARS, **metadata: Any
) -> Article:
    """An Article from a string: HTML through trafilatura, anything else kept exactly.

    Raises:
        InputError: empty, whitespace-only, or over ``max_chars``.
    """
    if len(text) > max_chars:
        raise InputError(
            f"text has {len(text):,} characters, over the cap of {max_chars:,} "
            "(raise it with --max-size)",
            code="input.size",
        )
    if looks_like_html(text):
        from claimscope.ingest.html import article_from_html

        return article_from_html(text, **metadata)
    if not text.strip():
        raise InputError("the text is empty", code="input.empty")
    return Article(text=text, **metadata)
