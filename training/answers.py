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
_SMALL = {
    w: i
    for i, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve")
    )
}  # fmt: skip
_ORDINALS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
_PARTS = {**_ORDINALS, **{f"{w}s": i for w, i in _ORDINALS.items()}, "halves": 2}
#: "one in five", "two out of three", "two-thirds", "a third", "half": a share in words,
#: which an answer key quotes as the article writes it.
_WORD_SHARE = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"(?:\s+(?:(?:day|call|in|out of)\s+)+|\s*-\s*|\s+)(?P<d>\w+)|(?P<half>half))\b",
    re.I,
)


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
    planted = _DISTRACTORS.split(bullet)[0]
    for m in _NUMBER.finditer(planted):
        value = float(m.group(1).replace(",", ""))
        values.add(value)
        if m.group(2):
            values.add(value * _SCALES[m.group(2).lower()])
    values |= _word_shares(planted)
    return frozenset(values)


def _word_shares(text: str) -> set[float]:
    """The values of shares written in words ("roughly one in five" -> 0.2), so a key that
    quotes one names the article's fraction figure, which has no digit."""
    out: set[float] = set()
    for m in _WORD_SHARE.finditer(text):
        if m.group("half"):
            out.add(0.5)
            continue
        n, d = m.group("n").lower(), m.group("d").lower()
        num = 1 if n in ("a", "an") else _SMALL.get(n) or (int(n) if n.isdigit() else 0)
        den = _PARTS.get(d) or _SMALL.get(d) or (int(d) if d.isdigit() else 0)
        linked = " in " in m.group(0).lower() or " of " in m.group(0).lower() or d in _PARTS
        if num and den and num < den and linked:
            out.add(num / den)
    return out


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
