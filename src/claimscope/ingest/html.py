"""HTML into an Article through trafilatura: title on the first line, a blank line, the body."""

from __future__ import annotations

from typing import Any

from claimscope.contract.model import Article
from claimscope.errors import InputError

__all__ = ["article_from_html"]


def article_from_html(html: str, **metadata: Any) -> Article:
    """Main text and metadata of an HTML page; explicit ``metadata`` wins over the page's.

    Raises:
        InputError: the page has no extractable main text.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=metadata.get("url"), with_metadata=True, include_comments=False
        )
    except Exception as err:  # lxml and trafilatura raise many types on broken pages
        raise InputError(f"malformed HTML: {err}", code="input.html") from None
    body = (doc.text if doc is not None else "") or ""
    if not body.strip():
        raise InputError("no article text found in the HTML page", code="input.html")
    title = metadata.pop("title", None) or (doc.title if doc is not None else None)
    text = f"{title}\n\n{body}" if title else body
    return Article(
        text=text,
        title=title,
        published=metadata.pop("published", None) or getattr(doc, "date", None),
        url=metadata.pop("url", None) or getattr(doc, "url", None),
        outlet=metadata.pop("outlet", None) or getattr(doc, "sitename", None),
        language=metadata.pop("language", None) or getattr(doc, "language", None),
    )
