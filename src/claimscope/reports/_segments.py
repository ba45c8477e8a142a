"""Cutting the article at every span boundary so that overlapping spans render as flat runs.

HTML elements must nest; analysis spans need not (a quote can cross a technique span,
a finding can cover half a quantity). Splitting the text at every start and end gives
runs in which the set of active spans is constant; each run is one element carrying
that whole set, which is how displaCy-style renderers avoid mis-nested tags.
Offsets are code points (Python ``str`` indices), as in the contract.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

__all__ = ["Mark", "Segment", "segment_text"]


@dataclass(frozen=True)
class Mark:
    """One highlighted span: its layer, CSS classes and hover details."""

    index: int
    start: int
    end: int
    layer: str
    classes: tuple[str, ...]
    head: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Segment:
    """A run of text under a constant set of marks; ``anchors`` start here."""

    text: str
    marks: tuple[Mark, ...]
    anchors: tuple[int, ...] = ()


def segment_text(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """The text as consecutive runs; their texts concatenate back to ``text``
    (but for a CR dropped where a boundary splits a CRLF, which HTML shows the same).

    Empty or out-of-range marks are dropped rather than drawn at a wrong place.
    """
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    starts: dict[int, list[Mark]] = {}
    for m in usable:
        starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    segments: list[Segment] = []
    for left, right in pairwise(cuts):
        active = [m for m in active if m.end > left]
        opening = starts.get(left, [])
        active.extend(opening)
        segments.append(
            Segment(
                text=text[left:right],
                marks=tuple(sorted(active, key=lambda m: m.index)),
                anchors=tuple(sorted(m.index for m in opening)),
            )
        )
    return _join_line_breaks(segments)


def _join_line_breaks(segments: list[Segment]) -> list[Segment]:
    """Keep a CRLF in one run: split across two elements it would show as two breaks."""
    fixed: list[Segment] = []
    for i, seg in enumerate(segments):
        text = seg.text
        nxt = segments[i + 1].text if i + 1 < len(segments) else ""
        if text.endswith("\r") and nxt.startswith("\n"):
            text = text[:-1]
        if text or seg.anchors:
            fixed.append(Segment(text, seg.marks, seg.anchors))
    return fixed
