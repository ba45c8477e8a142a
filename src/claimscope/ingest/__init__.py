"""Bytes, files, records and URLs into Articles. Knows nothing of spaCy."""

from claimscope.ingest.decode import Decoded, decode_bytes
from claimscope.ingest.items import Failed, Ingested, Item
from claimscope.ingest.sources import SourceOptions, Sources
from claimscope.ingest.text import article_from_string, article_from_text

__all__ = [
    "Decoded",
    "Failed",
    "Ingested",
    "Item",
    "SourceOptions",
    "Sources",
    "article_from_string",
    "article_from_text",
    "decode_bytes",
]
