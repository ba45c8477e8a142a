"""Bytes, files, records and URLs into Articles. Knows nothing of spaCy."""

from claimscope.ingest.text import article_from_string

__all__ = ["article_from_string"]
