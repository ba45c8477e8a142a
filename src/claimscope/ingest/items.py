"""What ingest hands on: an article with its id, or the error one input gave."""

from __future__ import annotations

from dataclasses import dataclass

from claimscope.contract.model import Article
from claimscope.errors import InputError

__all__ = ["Failed", "Ingested", "Item"]


@dataclass(frozen=True)
class Ingested:
    """One article ready to analyse; ``origin`` says where it came from (``a.jsonl: line 3``)."""

    id: str
    article: Article
    origin: str


@dataclass(frozen=True)
class Failed:
    """One input that could not become an article; a batch reports it and goes on."""

    origin: str
    error: InputError

    def __str__(self) -> str:
        return f"{self.origin}: {self.error}"


Item = Ingested | Failed
