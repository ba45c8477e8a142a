"""A change that names its base right after it, beside a second change from another base
in the same sentence ("up nearly 60% on last winter's total of 640 mm and more than 60%
above the average of 560 mm"), on short articles we wrote."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article
from claimscope.layers.findings.numeric.learned import article_candidates
from claimscope.pipeline import Pipeline

CHANGE = "change_mismatch"

_RAIN = (
    "Wet winter\n\n"
    "The station recorded 820 millimetres of rain this winter, up {rise} percent on the "
    "previous winter's total of 600 millimetres and more than 60 percent above the long-term "
    "average of 505 millimetres.\n"
)


def _gaps(pipeline: Pipeline, text: str, published: str) -> dict[str, bool]:
    """Each figure of the ledger, as written, and whether it sizes a difference."""
    from claimscope.layers.base import Draft
    from claimscope.layers.findings._ledger.build import build_ledger

    article = Article(text=text, published=published)
    analysis = pipeline.analyze(article)
    draft = Draft(article=article, article_id="x")
    draft.sentences, draft.quantities = list(analysis.sentences), list(analysis.quantities)
    return {e.q.text: e.gap for e in build_ledger(pipeline.parse(article), draft)}


@pytest.mark.parametrize(("rise", "planted"), [("nearly 60", True), ("about 37", False)])
def test_changes_base_named_as_a_total_of(numeric_warnings, rise, planted):
    """ "on the previous winter's total of 600 millimetres": the base of the rise, though
    the words "total of" stand between."""
    assert (CHANGE in numeric_warnings(_RAIN.format(rise=rise))) is planted


def test_changes_and_more_than_opens_the_next_figure_not_a_gap(numeric_pipeline):
    """ "600 millimetres and more than 60 percent above": "more than" belongs to the next
    figure; 600 is a level, not the size of a difference."""
    gaps = _gaps(numeric_pipeline, _RAIN.format(rise="nearly 60"), "2024-04-05")
    assert gaps["600 millimetres"] is False


@pytest.mark.model
def test_learned_change_keeps_its_named_base_beside_another_pair():
    """The second change (more than 60% above 505 mm, borne out by 820 mm) does not bar the
    first, which names its own base: the triple of the planted rise is still proposed."""
    pipeline = Pipeline(only=["quantities"])
    article = Article(text=_RAIN.format(rise="nearly 60"), published="2024-04-05")
    found = [
        [e.q.text for e in c.entries]
        for c in article_candidates(pipeline, article)
        if c.kind == CHANGE
    ]
    assert ["nearly 60 percent", "600 millimetres", "820 millimetres"] in found


def test_changes_a_figure_followed_by_less_sizes_a_difference(numeric_pipeline):
    """ "cut this from 31 euros last summer, 4 euros less": 4 euros is the gap between two
    prices, no price (nor part of a fare) of its own."""
    text = (
        "Fares\n\nFuel surcharge: 27 euros. The airline cut this from 31 euros last summer, "
        "4 euros less, a fall of about 13 percent.\n"
    )
    gaps = _gaps(numeric_pipeline, text, "2024-06-01")
    assert gaps["4 euros"] is True and gaps["31 euros"] is False
