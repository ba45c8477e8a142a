"""Shares drawn from counts of one thing and said of another group: "meaning 80% of
homes" from a tally of repairs, "one in five of our members" from a count of complaints.
Short articles we wrote; each planted one has a clean twin."""

from __future__ import annotations

import pytest

_REPAIRS = (
    "About 90,000 homes lost water during the freeze, the utility said.\n\n"
    "Its crews found 2,000 separate burst mains across the region.\n\n"
    "By Friday, 1,600 of the mains had been repaired, meaning supply was back for 80% of "
    "{who}."
)


@pytest.mark.model
def test_units_groups_share_of_repairs_said_of_homes(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(_REPAIRS.format(who="affected homes"))


@pytest.mark.model
def test_units_groups_share_of_repairs_said_of_mains_clean(numeric_warnings):
    assert not numeric_warnings(_REPAIRS.format(who="the damaged mains"))


_CLUB = (
    "The club now has 8,000 members in three towns.\n\n"
    "Fees are £20 a month.\n\n"
    "The new manager spoke at length about the season.\n\n"
    '"Last year we logged {n} complaints. That means one in five of our members was '
    'unhappy at some point," she said.'
)


@pytest.mark.model
def test_units_groups_one_in_five_of_our_members(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(_CLUB.format(n="1,600"))


@pytest.mark.model
def test_units_groups_ratio_per_place_is_no_count(numeric_warnings):
    text = (
        "The college received 27,000 applications this year.\n\n"
        "With 4,500 places available, that amounts to roughly six applications for every "
        "place."
    )
    assert "unit_mismatch" not in numeric_warnings(text)


_SHOPS = (
    "Police recorded 4,800 bicycle offences across the city's four districts in 2024.\n\n"
    "Over the same year, officers charged {n} offenders.\n\n"
    '"That means only one in four thefts led to anyone being charged," said a '
    "residents' spokesman."
)


@pytest.mark.model
def test_units_groups_share_inferred_from_people_over_events(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(_SHOPS.format(n="1,200"), "2025-02-01")
