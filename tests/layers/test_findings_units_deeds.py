"""Shares whose own words name a deed another count counts ("four in ten claims ended in
a payout" after "paid out to 900 families"), shares that name no group of their own, and
a bare figure compared with another ("157 more than last year's 5,655"), which counts what
that one counts. Short articles we wrote; each planted one has a clean twin."""

from __future__ import annotations

import pytest

_INSURER = (
    "Flood payouts slow to arrive\n\n"
    "The insurer received 2,000 flood claims last winter. Those claims came from some "
    "3,600 households along the river.\n\n"
    "It paid out to {paid} households in the end. Its annual report says six in ten claims "
    "ended in a payout."
)


@pytest.mark.model
def test_units_deeds_share_of_claims_from_a_count_of_households(numeric_warnings):
    # 1,200 households / 2,000 claims = 60%: households divided by claims
    assert "unit_mismatch" in numeric_warnings(_INSURER.format(paid="1,200"))


@pytest.mark.model
def test_units_deeds_share_that_no_pair_gives_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(_INSURER.format(paid="700"))


_STATION = (
    "Metro lift breakdowns\n\n"
    "Passengers were stuck in lifts 640 times at the city's metro stations last year.\n\n"
    "The breakdowns trapped 510 passengers, some of them more than once.\n\n"
    "In all, 96 passengers needed help from paramedics. That means about 15% of "
    "passengers who were stuck needed treatment, the operator said."
)


@pytest.mark.model
def test_units_deeds_share_of_people_from_a_count_of_events(numeric_warnings):
    # 96 / 640 = 15%: passengers divided by times stuck; 96 / 510 is 18.8%
    assert "unit_mismatch" in numeric_warnings(_STATION)


@pytest.mark.model
def test_units_deeds_share_of_people_from_people_clean(numeric_warnings):
    text = _STATION.replace("about 15%", "about 19%")
    assert "unit_mismatch" not in numeric_warnings(text)


_FLEET = (
    "Ferry fleet renewed\n\n"
    "The ferry company now runs 40 boats, 10 of them battery-electric units bought since "
    "2022, meaning a quarter of the fleet is new."
)


@pytest.mark.model
def test_units_deeds_of_them_part_is_of_the_whole_kind_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(_FLEET)


_ADMISSIONS = (
    "Medicine places\n\n"
    "The university received 9,400 applications for its medicine course this year.\n\n"
    "A total of 1,880 students, about 20 per cent, were offered a place."
)


@pytest.mark.model
def test_units_deeds_share_naming_no_group_beside_records_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(_ADMISSIONS)


_POOL = (
    "Lido reopens to crowds\n\n"
    "The lido logged 36,000 swims over the summer.{note}\n\n"
    "A survey suggests about 9,000 people came from outside the borough, a quarter of the "
    "lido's 36,000 swims, the council said."
)


@pytest.mark.model
def test_units_deeds_people_as_a_share_of_a_count_said_to_repeat(numeric_warnings):
    note = (
        " The tally counts each visit separately, so a season-ticket holder is counted many times."
    )
    assert "unit_mismatch" in numeric_warnings(_POOL.format(note=note))


@pytest.mark.model
def test_units_deeds_people_as_a_share_of_a_count_not_said_to_repeat_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(_POOL.format(note=""))


_MEASLES = (
    "Measles cases climb\n\n"
    "Clinics in the region recorded 5,000 measles cases in the first half of the year.\n\n"
    "Some 600 patients, about 12% of the total, needed intensive care, officials said."
)


@pytest.mark.model
def test_units_deeds_share_of_the_total_beside_cases_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(_MEASLES)


def test_a_bare_figure_compared_counts_what_it_is_compared_with(numeric_warnings):
    """ "157 more than last year's 5,655" lends no noun to the 5,655 from "Year 7 places";
    "900 more than the 4,700 arrests" names another thing."""
    text = (
        "School offers\n\nThe council received 5,812 applications for Year 7 places, 157 more "
        "than last year's 5,655."
    )
    assert numeric_warnings(text) == set()
    text = "Crime\n\nPolice recorded 5,600 knife crimes last year, 900 more than the 4,700 arrests."
    assert numeric_warnings(text) == {"unit_mismatch"}


def test_a_plural_in_ies_still_names_its_thing(numeric_warnings):
    text = (
        "Tour\n\nThe band gave 46 concerts this autumn, 12 more than the 34 cities it visited "
        "in spring."
    )
    assert numeric_warnings(text) == {"unit_mismatch"}
