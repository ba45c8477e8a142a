"""One candidate conflict of the learned second look: its figures, what the model reads
about them, and the finding it becomes if the model keeps it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry

__all__ = ["Candidate"]


@dataclass(frozen=True)
class Candidate:
    kind: str
    #: The figures in the conflict; the first is the one said to break it.
    entries: tuple[Entry, ...]
    #: At most one finding per anchor (a range, a whole): the best-scored candidate.
    anchor: Entry
    features: list[str]
    #: Builds the finding from the model's score and the model's name.
    finding: Callable[[float, str], Finding]
