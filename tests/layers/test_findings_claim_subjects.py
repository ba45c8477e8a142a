"""A change stated apart from its figures is held only against a pair about what it says
changed: a headline about a harvest against the harvest's tonnes, never against the price
per tonne that a change verb says rose. Short articles we wrote."""

from __future__ import annotations

from claimscope.contract.model import Article, Finding

_HARVEST = """Perry pear harvest falls by a third

WORCESTER, Oct 1 (Wirenews) - Growers in Worcestershire picked {now} tonnes of perry pears \
this year after a cold, wet spring, against {before} tonnes last year.

Prices paid for this year's harvest rose to £240 a tonne from £180 last year, as mills \
competed for scarce fruit.
"""


def _changes(pipeline, text: str) -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published="2026-10-01"))
    return [f for f in analysis.findings if f.kind == "change_mismatch" and f.severity != "info"]


def test_headline_change_of_a_harvest_is_not_held_against_its_price(numeric_pipeline):
    assert _changes(numeric_pipeline, _HARVEST.format(now="40,000", before="60,000")) == []


def test_headline_change_is_still_held_against_the_harvest_pair(numeric_pipeline):
    found = _changes(numeric_pipeline, _HARVEST.format(now="48,000", before="60,000"))
    assert len(found) == 1
    assert "48,000" in found[0].explanation and "£" not in found[0].explanation
