"""Reading the planted figures from a benchmark set's answer key (``training/answers.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from training.answers import _numbers, figure_named, planted_numbers

_KEY = """# toy answers

Written blind.

## Planted

- **p01-ferry.txt** — part_exceeds_whole. "carried 1,240 passengers" vs "the Saturday
  sailings alone carried 1,610". 1,610 > 1,240. Distractors: the 2021 closure, 45 crew.
- `p02-power.txt` — rate_total_mismatch. "about 3.5 million homes a year" vs 12 months
  of 2.1m. Consistent: 14% share.
- p03-empty.txt: sum_mismatch, see the article.
"""


def _set(tmp_path: Path) -> Path:
    (tmp_path / "toy").mkdir()
    (tmp_path / "toy" / "ANSWERS.md").write_text(_KEY, encoding="utf-8")
    manifest = {
        f"toy/{name}": {"published": "2024-05-13", "planted": kind}
        for name, kind in (
            ("p01-ferry.txt", "part_exceeds_whole"),
            ("p02-power.txt", "rate_total_mismatch"),
            ("p03-empty.txt", "sum_mismatch"),
            ("c01-calm.txt", None),
        )
    }
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return tmp_path


def test_the_numbers_before_the_distractors_are_the_planted_ones(tmp_path: Path) -> None:
    numbers = planted_numbers(_set(tmp_path), {"toy"})
    assert numbers["toy/p01-ferry.txt"] == {1240.0, 1610.0}  # not 2021 or 45
    assert {3.5, 3.5e6, 12.0, 2.1, 2.1e6} <= numbers["toy/p02-power.txt"]
    assert 14.0 not in numbers["toy/p02-power.txt"]
    assert numbers["toy/p03-empty.txt"] == frozenset()  # a key that names no figure
    assert "toy/c01-calm.txt" not in numbers


def test_a_figure_is_named_by_its_value_its_bounds_or_its_text() -> None:
    numbers = frozenset({1240.0, 1.6})
    assert figure_named({"value": 1240.0, "low": 1240.0, "high": 1240.0}, numbers)
    assert figure_named({"value": None, "low": 1000.0, "high": 1240.0}, numbers)
    assert figure_named({"value": 1600.0, "text": "1.6 tonnes"}, numbers)  # stored in kg
    assert not figure_named({"value": 1241.0, "text": "1,241"}, numbers)


def test_a_share_the_key_quotes_in_words_names_the_fraction_figure() -> None:
    numbers = _numbers('1,020 of 4,380 = 23.3%, stated as "roughly a third"; not one in five')
    assert figure_named({"value": 0.3333333333, "text": "roughly a third"}, numbers)
    assert figure_named({"value": 0.2, "text": "one in five"}, numbers)
    assert _numbers("30 of 48 = 62.5%, not three-quarters or two out of three") >= {0.75, 2 / 3}
    assert not _numbers("one five-year plan") & {0.2}  # no share without "in", "of" or a part
