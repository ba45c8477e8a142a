"""Figures written the way markets, tech and property news write them: signs, glued
units and approximators, country-marked dollars, degrees."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Quantity
from claimscope.layers._quantities.numbers import parse_digits
from claimscope.layers._quantities.units import split_currency_prefix
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _quantities(nlp, text: str) -> list[Quantity]:
    draft = Draft(article=Article(text=text), article_id="t")
    found = find_quantities(nlp(text), draft)
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def _figures(nlp, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.approx, q.unit) for q in _quantities(nlp, text)]


def test_quantities_extraction_parse_digits_glued_prefixes_and_long_units():
    assert parse_digits("~1.2").prefix == "~"
    assert parse_digits("sub-450").value == 450
    assert parse_digits("sub-450").prefix == "sub-"
    assert parse_digits("minus-40").value == -40
    assert parse_digits("minus-40").prefix == ""
    assert parse_digits("100Mbps").suffix == "mbps"
    assert parse_digits("9million") is None  # a word run into digits, not a unit
    assert parse_digits("4Runner") is None


def test_quantities_extraction_dollar_country_letters_only_after_the_sign():
    assert split_currency_prefix("US250", after_dollar=True) == ("USD", "250")
    assert split_currency_prefix("A75", after_dollar=True) == ("AUD", "75")
    assert split_currency_prefix("US250") is None  # a road or a model, not money


@pytest.mark.model
def test_quantities_extraction_signed_changes_after_index_names(real_nlp):
    text = "Markets at noon: Nikkei +0.8% DAX -1.4% CAC -0.2%."
    assert _figures(real_nlp, text) == [
        (0.8, "=", "percent"),
        (-1.4, "=", "percent"),
        (-0.2, "=", "percent"),
    ]


@pytest.mark.model
def test_quantities_extraction_index_level_stays_a_name(real_nlp):
    values = [q.value for q in _quantities(real_nlp, "The DAX 40 gained 3% on Friday.")]
    assert values == [3.0]


@pytest.mark.model
def test_quantities_extraction_glued_approximators(real_nlp):
    text = "The gap was ~2.5mm, and demand for sub-200 sq m flats rose."
    assert _figures(real_nlp, text) == [(2.5, "~", "mm"), (200.0, "<", "m2")]


@pytest.mark.model
def test_quantities_extraction_long_units_glued_to_digits(real_nlp):
    text = "The village gets 100Mbps fibre, and the boiler burns 18kWh on a 23degF night."
    assert _figures(real_nlp, text) == [
        (100.0, "=", "Mbps"),
        (18.0, "=", "kWh"),
        (23.0, "=", "fahrenheit"),
    ]


@pytest.mark.model
def test_quantities_extraction_degrees_with_their_scale(real_nlp):
    text = "Liquid nitrogen boils at minus-320 degrees Fahrenheit; the lab sits at 21°C."
    assert _figures(real_nlp, text) == [(-320.0, "=", "fahrenheit"), (21.0, "=", "celsius")]


@pytest.mark.model
def test_quantities_extraction_country_marked_dollars(real_nlp):
    text = "The port cost about $US2.4 billion, against $A900 million for the rail link."
    found = _quantities(real_nlp, text)
    assert [(q.value, q.unit) for q in found] == [(2.4e9, "USD"), (9e8, "AUD")]
    assert found[0].approx == "~"


@pytest.mark.model
def test_quantities_extraction_country_dollar_range(real_nlp):
    (q,) = _quantities(real_nlp, "Costs were put at between $US40 million and $US55 million.")
    assert (q.low, q.high, q.unit) == (4e7, 5.5e7, "USD")


@pytest.mark.model
def test_quantities_extraction_road_number_is_no_money(real_nlp):
    assert _quantities(real_nlp, "Traffic on the US101 was slow.") == []


@pytest.mark.model
def test_quantities_extraction_scale_with_final_full_stop(real_nlp):
    (q,) = _quantities(real_nlp, "Its turnover last year reached EUR12m.")
    assert (q.value, q.unit) == (12e6, "EUR")


@pytest.mark.model
def test_quantities_extraction_currency_prefix_with_glued_scale(real_nlp):
    text = "The pair moved S$2mil (RM6.5mil) through shell firms."
    assert [(q.value, q.unit) for q in _quantities(real_nlp, text)][-1] == (6.5e6, "MYR")


@pytest.mark.model
def test_quantities_extraction_area_glued_to_square(real_nlp):
    (q,) = _quantities(real_nlp, "The 1450sq m warehouse was let.")
    assert (q.value, q.unit) == (1450.0, "m2")


@pytest.mark.model
def test_quantities_extraction_fold_is_a_factor_without_the_next_unit(real_nlp):
    text = "Exports rose more than fivefold to $2.1 billion."
    found = _quantities(real_nlp, text)
    assert [(q.value, q.approx, q.unit) for q in found] == [
        (5.0, ">", None),
        (2.1e9, "=", "USD"),
    ]


@pytest.mark.model
def test_quantities_extraction_worded_ranges_unaffected_by_factors(real_nlp):
    (q,) = _quantities(real_nlp, "Between three and four thousand fans came.")
    assert (q.low, q.high) == (3000.0, 4000.0)


@pytest.mark.model
def test_quantities_extraction_product_number_without_unit_stays_a_name(real_nlp):
    assert _quantities(real_nlp, "The Model 3 sold well in Norway.") == []


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_extraction_named_figures_in_a_list_after_a_colon(real_nlp):
    text = "- By gate: North Arch 820; Mill Yard 460; Old Quay 130; the rest, 90."
    assert [q.value for q in _quantities(real_nlp, text)] == [820.0, 460.0, 130.0, 90.0]
    assert _quantities(real_nlp, "Boarding is at Gate 12 for the evening flight.") == []


@pytest.mark.model
def test_quantities_extraction_rate_range_after_a_change_verb(real_nlp):
    (q,) = _quantities(real_nlp, "The drill advances 12 to 15 metres a day.")
    assert (q.low, q.high, q.unit, q.per) == (12.0, 15.0, "m", "day")


@pytest.mark.model
def test_quantities_extraction_change_to_a_level_stays_split(real_nlp):
    found = _quantities(real_nlp, "Shares rose 3 to 45 pence.")
    assert len(found) == 2


@pytest.mark.model
def test_quantities_extraction_singular_knot_is_a_bird_not_a_speed(real_nlp):
    found = _quantities(real_nlp, "Volunteers counted 1,150 knot on the mudflats.")
    assert [(q.value, q.unit, q.counted) for q in found] == [(1150.0, None, "knot")]
    (q,) = _quantities(real_nlp, "The ferry sails at 18 knots.")
    assert q.unit == "knot"


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_extraction_share_sign_not_elided_onto_a_count(real_nlp):
    text = "Heat pumps now warm 8% of homes in the valley, or about 960 of its 12,000 homes."
    units = [(q.value, q.unit) for q in _quantities(real_nlp, text)]
    assert units == [(8.0, "percent"), (960.0, None), (12000.0, None)]


@pytest.mark.model
def test_quantities_extraction_emergency_numbers_name_a_service(real_nlp):
    text = "The trust answered 4,120 calls in May, and 999 calls on the busiest day rose 8%."
    assert [q.text for q in _quantities(real_nlp, text)] == ["4,120", "8%"]


def test_a_bare_subject_after_a_fronted_group_counts_its_members(real_nlp):
    """ "Among the routes withdrawn, 17 served villages": 17 routes, not 17 villages."""
    from claimscope.contract.model import Article
    from claimscope.layers.base import Draft
    from claimscope.layers.quantities import find_quantities

    text = (
        "Among the routes withdrawn, 17 served villages with no other bus. "
        "Of the 40 schools inspected, 12 failed. Of those decisions, 2,900 were grants."
    )
    found = find_quantities(real_nlp(text), Draft(article=Article(text=text), article_id="t"))
    assert [(q.text, q.counted) for q in found] == [
        ("17", "route"),
        ("40", "school"),
        ("12", "school"),
        ("2,900", None),
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a temperature below zero in words, and degrees glued as a capital letter
        ("Temperatures fell to minus 27°C on Monday.", [(-27.0, "=", "celsius")]),
        (
            "It was -12C in Oslo and 95F in Dallas.",
            [(-12.0, "=", "celsius"), (95.0, "=", "fahrenheit")],
        ),
        # "and a half" and its kin after a whole number, with a scale after them
        ("The outage lasted two and a half hours.", [(2.5, "=", "hour")]),
        ("One and a half million people voted.", [(1_500_000.0, "=", None)]),
        ("Crews cleared three and a quarter tonnes of debris.", [(3.25, "=", "tonne")]),
        # a phone number written in groups is no figure
        ("Customers can claim 25 euros on 0800 55 1020 until Friday.", [(25.0, "=", "EUR")]),
        ("Call +44 20 7946 0321 for help; 55 people did.", [(55.0, "=", None)]),
        # bare groups after a word of calling; the same groups in a list stay figures
        ("Some 40 families rang the helpline on 1300 362 614.", [(40.0, "~", None)]),
        (
            "The desk took 450 calls in April, 520 in May and 610 in June.",
            [(450.0, "=", None), (520.0, "=", None), (610.0, "=", None)],
        ),
    ],
)
def test_quantities_extraction_signs_halves_and_phone_groups(real_nlp, text, figures):
    assert _figures(real_nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a scaled sum with no unit, after sums in one currency, is in that currency
        (
            "The city will spend 440.0 million crowns in 2025, up 4.8 percent from 420.0 "
            "million this year.",
            ["CZK", "percent", "CZK"],
        ),
        # not when the sentence also counts a thing: which one the bare sum is, is unsaid
        (
            "The firm sold 3.1 million phones for $2bn, after 2.8 million a year earlier.",
            [None, "USD", None],
        ),
        ("Fines of 2,000 kroner and fees of 35 zloty were paid.", ["NOK", "PLN"]),
    ],
)
def test_quantities_extraction_currencies_named_and_left_out(real_nlp, text, units):
    assert [q.unit for q in _quantities(real_nlp, text)] == units


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Contamination stayed under the 5 per cent level set by the contract.", "level"),
        ("Turnout passed the 40 percent mark in every ward.", "mark"),
        ("About 30 per cent of pupils were absent.", "pupil"),
    ],
)
def test_a_percentage_counts_no_word_of_its_own_unit(real_nlp, text, counted):
    assert [q.counted for q in _quantities(real_nlp, text)] == [counted]


def test_a_figure_after_a_verb_spelled_like_a_label_is_a_count(real_nlp):
    text = "The county will bus 3,150 pupils next year; Bus 42 runs hourly."
    assert [q.text for q in _quantities(real_nlp, text)] == ["3,150"]


@pytest.mark.model
def test_quantities_extraction_hectolitres_are_a_volume(real_nlp):
    text = "The co-operative bottled 61,000 hectolitres of cider last year."
    assert [(q.value, q.unit) for q in _quantities(real_nlp, text)] == [(61000.0, "hl")]


@pytest.mark.model
def test_quantities_extraction_add_up_to_is_a_sum_not_a_cap(real_nlp):
    summed = "Her 14 goals and 11 assists add up to 25 goals."
    assert [q.approx for q in _quantities(real_nlp, summed)] == ["=", "=", "="]
    capped = "The new plant could add up to 300 jobs."
    assert [q.text for q in _quantities(real_nlp, capped)] == ["up to 300"]


@pytest.mark.model
def test_quantities_extraction_currencies_of_many_countries_are_money(real_nlp):
    text = (
        "The couple borrowed 250,000 marks. Fines rose to 40,000 dinars, and the estate "
        "was sold for 1.2 million guilders."
    )
    assert [q.unit for q in _quantities(real_nlp, text)] == ["DEM", "RSD", "NLG"]


@pytest.mark.model
def test_quantities_extraction_marks_of_a_test_are_no_money(real_nlp):
    found = _quantities(real_nlp, "Ana scored 52 marks out of 60 on the final paper.")
    assert [(q.unit, q.counted) for q in found][:1] == [(None, "mark")]


@pytest.mark.model
def test_quantities_extraction_factor_before_a_possessive(real_nlp):
    """ "three times last year's losses": a factor of another figure, no count of times;
    "three times last year" counts occasions."""
    from claimscope.layers._quantities.counted_after_figure import multiplier_at

    doc = real_nlp("Losses were three times last year's losses of 1,600 tonnes.")
    assert multiplier_at(doc, [t.lower_ for t in doc].index("times"))
    doc = real_nlp("The pump failed three times last year.")
    assert not multiplier_at(doc, [t.lower_ for t in doc].index("times"))
    doc = real_nlp("She was stopped three times by a friend's car.")
    assert not multiplier_at(doc, [t.lower_ for t in doc].index("times"))


def test_quantities_extraction_share_sign_written_once_in_a_list(real_nlp):
    text = "The Greens are on 15 percent, the Liberals on 9 and the Farmers on 7."
    units = {q.text: q.unit for q in _quantities(real_nlp, text)}
    assert (units["9"], units["7"]) == ("percent", "percent")


@pytest.mark.model
def test_quantities_extraction_bare_figure_after_another_word_is_no_share(real_nlp):
    text = "Turnout was 61 percent in the north, and polls closed at 8 in the evening."
    units = {q.text: q.unit for q in _quantities(real_nlp, text)}
    assert units.get("8") is None


@pytest.mark.model
def test_quantities_extraction_a_mark_on_a_scale_is_no_count(real_nlp):
    def texts(text: str) -> list[str]:
        return [q.text for q in _quantities(real_nlp, text)]

    assert texts("Of 3,962 shops, 38% held a rating of 5 and 29% were rated 4.") == [
        "3,962",
        "38%",
        "29%",
    ]
    # a noun, a scale or a larger number keeps the figure
    assert texts("The hotel was rated 5 stars.") == ["5"]
    assert texts("The school was rated 8 out of 10.") == ["8", "10"]
    assert texts("The inspectors rated 40 kitchens.") == ["40"]


@pytest.mark.model
def test_quantities_extraction_named_points_are_counted_things(real_nlp):
    """ "45 charging points" counts places to charge; "300 points" on an index is a unit."""
    found = _quantities(
        real_nlp,
        "Crews put in about 45 charging points a week. The index fell 300 points, and the "
        "rate rose 5 percentage points.",
    )
    assert [(q.counted, q.unit, q.per) for q in found] == [
        ("charging point", None, "week"),
        (None, "point", None),
        (None, "percentage point", None),
    ]


@pytest.mark.model
def test_quantities_extraction_a_months_value_after_its_name(real_nlp):
    """ "January 402 · February 388": no day is over 31 and no year has three digits or a
    comma, so the figures are values; "June 12" and "May 2023" stay dates."""
    found = _quantities(real_nlp, "Month by month: January 402 · February 388 · June 612.")
    assert [q.value for q in found] == [402.0, 388.0, 612.0]
    assert _quantities(real_nlp, "On June 12 and in May 2023, prices rose.") == []
