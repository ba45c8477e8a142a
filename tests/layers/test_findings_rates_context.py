"""Rates whose thing or holder the context supplies, on short articles we wrote: each
mechanism once planted, once clean."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-06"


def _quantity(pipeline, text: str, figure: str, published: str = PUBLISHED):
    analysis = pipeline.analyze(Article(text=text, published=published))
    return next(q for q in analysis.quantities if q.text == figure)


# "at the three border posts": a known set of places between a figure and its period
# says where the things were counted; the period still dates the figure.
_POSTS = (
    "Officials have logged 6,200 lorries passing through the three border posts "
    "since January 1, most of them carrying grain."
)


def test_quantities_known_set_of_places_leaves_the_period_to_the_figure(numeric_pipeline):
    q = _quantity(numeric_pipeline, _POSTS, "6,200")
    assert q.period is not None and q.period.text == "since January 1"
