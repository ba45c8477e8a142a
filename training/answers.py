"""The figures each planted benchmark article's answer key names.

Every set under ``benchmarks/consistency`` that has an ``ANSWERS.md`` gives one bullet
per article: the planted conflict, the fragments involved and the arithmetic, then the
distractors. The numbers named before the distractors are the planted figures; a model
candidate whose figures all carry such numbers is the planted conflict. Computed numbers
in the arithmetic ("= 13,371") match no figure of the article, so they do no harm.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

__all__ = ["figure_named", "planted_numbers"]

_NUMBER = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|billion|bn|m|k|thousand)\b)?",
    re.I,
)
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3, "thousand": 1e3}
#: Where a bullet turns from the planted conflict to what is consistent.
_DISTRACTORS = re.compile(
    r"\b(?:Distractors?|Consistent|Other figures|Other (?:facts|numbers)|Everything else|"
    r"Decoys?|Traps?)\b",
    re.I,
)
_ARTICLE = re.compile(r"\b([pc]\d\d)-[\w-]+")


def _bullets(answers: Path) -> dict[str, str]:
    """Article prefix ("p03") -> its bullet, continuation lines joined."""
    out: dict[str, str] = {}
    current = None
    for line in answers.read_text(encoding="utf-8").splitlines():
        m = _ARTICLE.search(line)
        if m and line.lstrip().startswith(("-", "*", "#", "|")):
            current = m.group(1)
            out[current] = line
        elif line.startswith("#"):
            current = None
        elif current and line.strip():
            out[current] += " " + line
    return out


def _numbers(bullet: str) -> frozenset[float]:
    values: set[float] = set()
    for m in _NUMBER.finditer(_DISTRACTORS.split(bullet)[0]):
        value = float(m.group(1).replace(",", ""))
        values.add(value)
        if m.group(2):
            values.add(value * _SCALES[m.group(2).lower()])
    return frozenset(values)


def planted_numbers(sets_dir: Path, names: set[str]) -> dict[str, frozenset[float]]:
    """Article name -> the numbers its answer key names, for planted articles of ``names``."""
    manifest = json.loads((sets_dir / "manifest.json").read_text(encoding="utf-8"))
    keys: dict[str, dict[str, str]] = {}
    out: dict[str, frozenset[float]] = {}
    for name, meta in manifest.items():
        set_name, file = name.split("/", 1)
        if set_name not in names or not meta["planted"]:
            continue
        if set_name not in keys:
            path = sets_dir / set_name / "ANSWERS.md"
            keys[set_name] = _bullets(path) if path.is_file() else {}
        bullet = keys[set_name].get(file[:3])
        if bullet:
            out[name] = _numbers(bullet)
    return out


def figure_named(figure: dict[str, Any], numbers: frozenset[float]) -> bool:
    """Whether a figure's value, one of its bounds, or a number as its text writes it
    ("1.6 tonnes", stored as 1,600 kg) is among ``numbers``."""
    values = [figure.get(key) for key in ("value", "low", "high")]
    values += list(_numbers(str(figure.get("text") or "")))
    return any(
        v is not None and any(abs(v - n) <= 1e-9 * max(1.0, abs(n)) for n in numbers)
        for v in values
    )
