"""Rates that bound, restate or net other figures: capacities, restated totals, flows on
different sides, net changes, and a bare rate counting its verb's subject. Short articles
we wrote; each mechanism once planted (or tempting), once clean."""

from __future__ import annotations

import pytest

from claimscope.contract.model import NUMERIC_KINDS, Article

pytestmark = pytest.mark.model


def _warnings(pipeline, text: str, published: str = "2025-04-10") -> set[str]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return {f.kind for f in analysis.findings if f.kind in NUMERIC_KINDS and f.severity != "info"}


# "Applications ... have averaged 410 a week": the figure counts its verb's subject, even
# when the tagger reads the sentence-initial plural as a name.
_SUBJECT = (
    "Housing claims on course for record year, figures show\n\n"
    "Applications for emergency housing support in Wales have averaged 410 a week since "
    "January, according to figures published on Monday by the housing ministry.\n\n"
    "In total, {total} people applied for support in the first three months of the year.\n"
)


def test_rates_bare_rate_counts_the_subject_of_averaged(numeric_pipeline):
    assert "rate_total_mismatch" in _warnings(numeric_pipeline, _SUBJECT.format(total="7,900"))


def test_rates_bare_rate_counting_its_subject_in_line_is_clean(numeric_pipeline):
    assert not _warnings(numeric_pipeline, _SUBJECT.format(total="5,300"))
