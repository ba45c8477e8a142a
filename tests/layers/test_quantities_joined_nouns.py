"""Counted nouns written as a hyphened word or as coordinated nouns, and the rate after
them: "1,300 e-books a month", "2,000 calls and texts a day". Short articles we wrote."""

from __future__ import annotations

from claimscope.contract.model import Article, Quantity
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _found(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    draft = Draft(article=Article(text=text, published="2025-03-01"), article_id="t")
    found: list[Quantity] = find_quantities(nlp(text), draft)
    return {q.text: (q.counted, q.per) for q in found}


def test_a_hyphened_noun_is_counted_whole_with_its_rate(real_nlp):
    found = _found(real_nlp, "The shop sold about 40 e-bikes a week over the summer.")
    assert found["about 40"] == ("e-bike", "week")


def test_a_rate_after_coordinated_nouns_is_the_whole_phrase_rate(real_nlp):
    found = _found(real_nlp, "The helpline answered 2,000 calls and emails a day in March.")
    assert found["2,000"][1] == "day"


def test_a_school_year_is_a_name_not_a_count(real_nlp):
    found = _found(real_nlp, "The council received 1,180 applications for Year 7 places.")
    assert list(found) == ["1,180"]


def test_a_bare_figure_taking_up_the_last_one_is_in_its_unit(real_nlp):
    text = "In 2019 the council sent 64,500 tonnes to landfill. Last year it was 52,300."
    draft = Draft(article=Article(text=text, published="2025-03-01"), article_id="t")
    found = {q.text: q.unit for q in find_quantities(real_nlp(text), draft)}
    assert found == {"64,500 tonnes": "tonne", "52,300": "tonne"}


def test_a_bare_figure_with_a_noun_of_its_own_keeps_it(real_nlp):
    text = "In 2019 the council sent 64,500 tonnes to landfill. Last year it was 52,300 households."
    draft = Draft(article=Article(text=text, published="2025-03-01"), article_id="t")
    found = {q.text: (q.unit, q.counted) for q in find_quantities(real_nlp(text), draft)}
    assert found["52,300"] == (None, "household")
