"""Reports of the committed golden analyses against committed outputs.

Run ``pytest tests/reports --update-golden`` after an intended change and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimscope.contract import Analysis, load_analysis
from claimscope.reports import render_html, text_report

GOLDEN = Path(__file__).parent / "golden"

RENDERERS = {"txt": lambda a: text_report(a, width=100), "html": render_html}


def golden_names() -> list[str]:
    return sorted(p.name.removesuffix(".analysis.json") for p in GOLDEN.glob("*.analysis.json"))


def load_golden(name: str) -> Analysis:
    return load_analysis((GOLDEN / f"{name}.analysis.json").read_text(encoding="utf-8"))


def _check(path: Path, rendered: str, update: bool) -> None:
    if update or not path.exists():
        path.write_text(rendered, encoding="utf-8", newline="")
        if not update:
            pytest.fail(f"{path.name} was missing and has been written; review and commit it")
        return
    with path.open(encoding="utf-8", newline="") as fh:
        expected = fh.read()
    assert rendered == expected, (
        f"{path.name} differs; if intended, rerun with --update-golden and review the diff"
    )


@pytest.mark.parametrize("name", golden_names())
@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_golden_reports_match(name: str, fmt: str, update_golden: bool) -> None:
    analysis = load_golden(name)
    _check(GOLDEN / f"{name}.{fmt}", RENDERERS[fmt](analysis), update_golden)


def test_golden_articles_exercise_hard_text() -> None:
    text = load_golden("ferry-audit").article.text
    for needle in ("\r\n", "“", "’", "\u00a0", "😬", "<", "&"):
        assert needle in text
