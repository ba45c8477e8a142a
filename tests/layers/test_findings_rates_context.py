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


# A rate that names no thing and no doer ("we are counting about 900 a month") takes its
# thing from the article's one total over the same dates.
_BARE_RATE = (
    '"At the ferry terminal we are counting about 900 a month, since January," the port '
    "manager said. The port's own log shows {total} passengers boarding at the terminal "
    "since January 1, most of them tourists. The cafe sells about 2,000 coffees a day."
)


def test_rates_bare_rate_against_the_sole_total_of_its_dates(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_BARE_RATE.format(total="2,100"), PUBLISHED)


def test_rates_bare_rate_in_line_with_the_sole_total_is_clean(numeric_warnings):
    assert not numeric_warnings(_BARE_RATE.format(total="3,800"), PUBLISHED)


def test_rates_bare_rate_with_the_totals_own_rate_named_is_left_alone(numeric_warnings):
    text = _BARE_RATE.format(total="2,100") + (
        " Passengers have been boarding at about 500 a month since January."
    )
    assert "rate_total_mismatch" not in numeric_warnings(text, PUBLISHED)


# "Receipts came to £M" names the money taken in, the same flow as "collected £N a week".
_TAKINGS = (
    "Dunmore District Council has collected an average of £2.3m a week in business rates "
    "since the financial year began in April, a report said. Receipts for the six months "
    "to the end of September came to {total}, the report said."
)


def test_rates_takings_noun_against_a_collection_rate(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_TAKINGS.format(total="£84m"), "2024-10-14")


def test_rates_takings_noun_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_TAKINGS.format(total="£60m"), "2024-10-14")


def test_rates_spending_is_not_takings(numeric_warnings):
    text = (
        "Dunmore District Council has collected an average of £2.3m a week in business rates "
        "since April. Spending for the six months to the end of September came to £84m."
    )
    assert "rate_total_mismatch" not in numeric_warnings(text, "2024-10-14")


# "on each of the festival's 10 days": a possessive and a count before the instance noun.
_EACH_DAY = (
    "The shuttle buses carried between 1,500 and 2,200 passengers on each of the festival's "
    "10 days. On the busiest day, the Saturday, the buses carried {day} passengers."
)


def test_rates_each_of_a_possessive_count_of_days_holds_every_day(numeric_warnings):
    assert "range_violation" in numeric_warnings(_EACH_DAY.format(day="3,100"))


def test_rates_each_of_a_possessive_count_of_days_inside_is_clean(numeric_warnings):
    assert "range_violation" not in numeric_warnings(_EACH_DAY.format(day="2,150"))


# "as a whole ..., including the charity's": a total of several holders, the rate's among
# them, may run above one holder's rate times the period, though never below it.
_WIDER = (
    "The charity says its vans have delivered between 2,000 and 2,400 food parcels every "
    "month since January. Aid groups as a whole delivered about {total} food parcels in "
    "the city over the same four months, including the charity's."
)


def test_rates_wider_total_above_one_holders_rate_is_clean(numeric_warnings):
    assert "rate_total_mismatch" not in numeric_warnings(_WIDER.format(total="30,000"))


def test_rates_wider_total_below_one_holders_rate_is_flagged(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_WIDER.format(total="5,000"))


def test_findings_rates_food_enough_for_n_people_is_a_capacity_not_arrivals(numeric_warnings):
    """ "enough for about 1.4 million people for a month" says how many the food serves; it
    is no total of the people a rate says arrived each day."""
    text = (
        "Displacement grows in Kasara\n\n"
        "An average of 9,500 people a day arrived in the border town of Meru in February, an "
        "aid official said.\n\n"
        "The food agency said it had delivered 21,000 tonnes of food in February, enough for "
        "about 1.4 million people for a month."
    )
    assert numeric_warnings(text, "2025-03-14") == set()
