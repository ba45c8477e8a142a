"""An ergative "sold" counts its plural subject only when that names goods: a noun of
trade ("Shops sold 900", "car dealers sold 300") is the seller. Short articles we wrote."""

from __future__ import annotations

from claimscope.contract.model import Article
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _counted(nlp, text: str) -> list[str | None]:
    draft = Draft(article=Article(text=text, published="2026-10-01"), article_id="t")
    return [q.counted for q in find_quantities(nlp(text), draft)]


def test_a_trading_noun_is_the_seller_not_the_goods(real_nlp):
    text = "Shops sold 900 last month. Car dealers sold 300 in June. Retailers sold 1,140."
    assert _counted(real_nlp, text) == [None, None, None]


def test_goods_as_subject_are_still_counted(real_nlp):
    text = "Season tickets have sold 1,140 so far. Tickets sold 900 in June."
    assert _counted(real_nlp, text) == ["season ticket", "ticket"]
