"""A price, a yield or a dose per another unit than time says what it is per in its unit
("GBP per tonne"), since ``per`` holds only lengths of time; a bare figure joined to such a
price by "from", "to" or "against" is that price at another time. Short articles we wrote."""

from __future__ import annotations

from claimscope.contract.model import Article, Quantity
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _units(nlp, text: str) -> dict[str, str | None]:
    draft = Draft(article=Article(text=text, published="2026-10-01"), article_id="t")
    found: list[Quantity] = find_quantities(nlp(text), draft)
    return {q.text: q.unit for q in found}


def test_price_per_tonne_litre_and_head_names_its_unit(real_nlp):
    text = (
        "Malt barley fetched £230 per tonne in August. Diesel costs £1.45 per litre on farm "
        "forecourts, and store lambs made £88 a head at market. Yields reached 8.2 tonnes a "
        "hectare."
    )
    assert _units(real_nlp, text) == {
        "£230": "GBP per tonne",
        "£1.45": "GBP per l",
        "£88": "GBP per head",
        "8.2 tonnes": "tonne per hectare",
    }


def test_price_written_once_covers_both_ends_of_a_change(real_nlp):
    text = (
        "Prices paid for this year's harvest rose to £210 a tonne from £160. "
        "Oats rose from $140 to $155 a tonne."
    )
    assert list(_units(real_nlp, text).values()) == ["GBP per tonne"] * 2 + ["USD per tonne"] * 2


def test_sums_and_rates_over_time_keep_their_unit(real_nlp):
    text = (
        "The board paid £8.4m for the harvest, or £2m a year, and tickets cost £5 each. "
        "A 40-year-old driver was fined £300 after the crash."
    )
    assert set(_units(real_nlp, text).values()) <= {"GBP", "year of age", None}


def test_price_per_unit_is_held_apart_from_sums_of_money(numeric_warnings):
    text = (
        "Growers sold 4,000 tonnes of pears for £840,000 this year, the association said.\n\n"
        "Prices paid rose to £210 a tonne from £160 last year, and the association's "
        "members shared the £840,000 between 12 farms, of whom the largest took £160."
    )
    assert numeric_warnings(text) == set()


def test_price_per_unit_after_a_slash_or_in_a_hyphened_adjective(real_nlp):
    text = (
        "Feed wheat traded at £205/t on Friday, and malting barley at £180/t. "
        "Hauliers charged a £14-a-tonne fee. Brent crude held at $82/bbl."
    )
    assert _units(real_nlp, text) == {
        "£205": "GBP per tonne",
        "£180": "GBP per tonne",
        "£14": "GBP per tonne",
        "$82": "USD per barrel",
    }


def test_pence_are_a_unit_and_a_video_resolution_is_no_figure(real_nlp):
    text = (
        "A second-class stamp rose by 12p to 85p, and the council charges 40 pence an hour "
        "for parking. The cameras record 1080p video."
    )
    assert _units(real_nlp, text) == {
        "12p": "GBP-penny",
        "85p": "GBP-penny",
        "40 pence": "GBP-penny",
    }


def test_an_article_before_a_pound_sign_is_no_australian_dollar(real_nlp):
    text = "Drivers pay a £2 charge and a $5 fee; the Sydney firm earned A$40 million."
    assert _units(real_nlp, text) == {"£2": "GBP", "$5": "USD", "A$40 million": "AUD"}


def test_a_rate_per_population_is_one_figure_with_its_base_in_the_unit(real_nlp):
    text = (
        "Measles notifications reached 41.2 per 100,000 residents in March, against 12 per "
        "1,000 children in the worst-hit ward. The county recorded 120 cases in March."
    )
    assert _units(real_nlp, text) == {
        "41.2": "per 100,000 residents",
        "12": "per 1,000 children",
        "120": None,
    }


def test_a_small_c_glued_to_a_price_a_litre_is_cents_but_alone_is_left_unread(real_nlp):
    text = "Diesel fell by 9c a litre to 171c, the motoring group said. It was 31c on Monday."
    units = _units(real_nlp, text)
    assert units["9c"] == "USD-cent per l"
    assert units["31c"] is None  # cents or degrees: nothing says which
