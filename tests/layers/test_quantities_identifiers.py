"""Numbers that identify, not count, on short sentences we wrote: postcodes, house
numbers and an emergency number dialled."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Quantity
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _figures(nlp, text: str) -> list[str]:
    draft = Draft(article=Article(text=text, published="2024-05-01"), article_id="t")
    found: list[Quantity] = find_quantities(nlp(text), draft)
    return [q.text for q in found]


@pytest.mark.parametrize(
    "text",
    [
        "Write to Felling Moor Depot, Harlow FM4 6QL, or call us.",
        "The office is at 12 High Street, Leeds LS1 4AP.",
        "The meeting is at 4 Mill Lane.",
        "Please call 999 only if someone's life is at risk.",
    ],
)
def test_identifiers_are_no_figures(real_nlp, text):
    assert _figures(real_nlp, text) == []


def test_counts_beside_streets_and_emergency_calls_stay(real_nlp):
    assert _figures(real_nlp, "Police stopped 40 cars on Mill Lane.") == ["40"]
    assert _figures(real_nlp, "Calls to 999 rose to 3,912.") == ["3,912"]


def _approx(nlp, text: str) -> list[tuple[str, str]]:
    draft = Draft(article=Article(text=text, published="2024-05-01"), article_id="t")
    return [(q.text, q.approx) for q in find_quantities(nlp(text), draft)]


def test_over_after_a_word_of_dispute_means_concerning(real_nlp):
    assert _approx(real_nlp, "Former treasurer spared jail over £48,200 fraud") == [
        ("£48,200", "=")
    ]
    assert _approx(real_nlp, "Police arrested over 200 people.") == [("over 200", ">")]


def test_a_currency_code_before_a_figure_is_no_name_with_a_number(real_nlp):
    text = "We are putting EUR 21 million into the Grand Tallis and a EUR 48 million programme."
    assert _figures(real_nlp, text) == ["EUR 21 million", "EUR 48 million"]


def test_a_name_with_a_number_stays_an_identifier(real_nlp):
    assert _figures(real_nlp, "Passengers on Route 21 into the city face delays.") == []
