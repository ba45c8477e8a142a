"""Fixtures for report tests: the committed golden analyses and a small analysis builder.

``--update-golden`` is defined in the root ``tests/conftest.py`` (fixture ``update_golden``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimscope.contract import Analysis, load_analysis

GOLDEN = Path(__file__).parent / "golden"


def span_of(text: str, part: str, nth: int = 0) -> dict[str, Any]:
    """The span of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"start": start, "end": start + len(part), "text": part}


@pytest.fixture
def golden() -> Callable[[str], Analysis]:
    """Load a committed golden analysis by name (``ferry-audit``, ``quiet-week``)."""

    def load(name: str) -> Analysis:
        return load_analysis((GOLDEN / f"{name}.analysis.json").read_text(encoding="utf-8"))

    return load


@pytest.fixture
def span() -> Callable[..., dict[str, Any]]:
    return span_of


@pytest.fixture
def make_analysis() -> Callable[..., Analysis]:
    """An analysis of ``text`` with the given layer lists (dicts as in the JSON)."""

    def make(text: str, *, article: dict[str, Any] | None = None, **layers: Any) -> Analysis:
        data: dict[str, Any] = {
            "schema": "claimscope.analysis/1",
            "id": layers.pop("id", "test"),
            "article": {"text": text, **(article or {})},
            **layers,
        }
        return load_analysis(data)

    return make
