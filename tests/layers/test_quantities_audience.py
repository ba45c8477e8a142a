"""A bare figure that watches or attends counts people ("when 19,240 watched the derby"),
on short sentences we wrote; one it is done to, or a bare subject of another verb, does not."""

from __future__ import annotations

from claimscope.contract.model import Article, Quantity
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _counted(nlp, text: str) -> dict[str, str | None]:
    draft = Draft(article=Article(text=text, published="2025-03-01"), article_id="t")
    found: list[Quantity] = find_quantities(nlp(text), draft)
    return {q.text: q.counted for q in found}


def test_a_figure_that_watches_counts_people(real_nlp):
    text = "The biggest crowd came in April, when 18,300 watched the final against Dunby."
    assert _counted(real_nlp, text)["18,300"] == "people"


def test_a_figure_that_attends_counts_people(real_nlp):
    assert _counted(real_nlp, "Around 12,000 attended the opening night.")["Around 12,000"] == (
        "people"
    )


def test_a_figure_watched_counts_what_is_watched(real_nlp):
    text = "Inspectors watched 300 firms closely last year."
    assert _counted(real_nlp, text)["300"] == "firm"


def test_a_bare_subject_of_another_verb_counts_no_people(real_nlp):
    assert _counted(real_nlp, "About 4,000 lost power on Sunday.")["About 4,000"] is None
