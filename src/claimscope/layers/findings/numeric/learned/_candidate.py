"""One candidate conflict of the learned second look: its figures, what the model reads
about them, and the finding it becomes if the model keeps it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry

__all__ = ["Candidate", "vetoed"]


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
    #: The generator knows these figures are no conflict (a list that adds up exactly to a
    #: stated figure, a count of people against one of bookings): scored 0, so no warning
    #: comes of it and a rule warning on the same figures is doubted.
    vetoed: bool = False


def vetoed(kind: str, entries: tuple[Entry, ...]) -> Candidate:
    """A candidate the generator rules out, kept so the vet sees the figures judged."""
    return Candidate(kind, entries, entries[0], [], _no_finding, vetoed=True)


def _no_finding(score: float, model: str) -> Finding:
    raise ValueError("a vetoed candidate becomes no finding")
