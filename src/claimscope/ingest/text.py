"""Plain text and strings into Articles: the text is kept exactly.

No stripping, no newline or quote normalisation, no BOM removal: gold corpora give
character offsets into the files as they are, and every span we report must land on
the same characters.
"""

from __future__ import annotations

import re
from typing import Any

from claimscope.contract.model import Article
from claimscope.errors import InputError
from claimscope.ingest.metadata import normalise_metadata

__all__ = ["DEFAULT_MAX_CHARS", "article_from_string", "article_from_text", "looks_like_html"]

#: Default size cap: 5 MB of text.
DEFAULT_MAX_CHARS = 5_000_000

_HTML_START = re.compile(
    r"\A\ufeff?\s*(<!--.*?-->\s*)*(<\?xml[^>]*>\s*)?"
    r"(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.I | re.S,
)


def looks_like_html(text: str) -> bool:
    """True for documents that open like HTML; a text that merely mentions a tag is text."""
    return bool(_HTML_START.match(text[:4096]))


def article_from_text(text: str, *, max_chars: int = DEFAULT_MAX_CHARS, **metadata: Any) -> Article:
    """An Article whose text is ``text`` exactly.

    Raises:
        InputError: empty, whitespace-only, over ``max_chars``, or bad metadata.
    """
    _check_size(text, max_chars)
    if not text.strip():
        raise InputError("the text is empty", code="input.empty")
    return Article(text=text, **normalise_metadata(metadata))


def article_from_string(
    text: str, *, max_chars: int = DEFAULT_MAX_CHARS, **metadata: Any
) -> Article:
    """An Article from a string: HTML through trafilatura, anything else kept exactly.

    Raises:
        InputError: empty, whitespace-only, over ``max_chars``, malformed HTML, bad metadata.
    """
    _check_size(text, max_chars)
    if looks_like_html(text):
        from claimscope.ingest.html import article_from_html

        return article_from_html(text, **normalise_metadata(metadata))
    return article_from_text(text, max_chars=max_chars, **metadata)


def _check_size(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputError(
            f"text has {len(text):,} characters, over the cap of {max_chars:,} "
            "(raise it with --max-size)",
            code="input.size",
        )
