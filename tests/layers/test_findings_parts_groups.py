"""Parts narrowed by "alone" or by a place, against the total of their group: a group
named by "of last year's permissions" whose total counts it by another noun, a country's
figure against a worldwide one, and a plan written "are to be cut". Short articles we
wrote; each planted one has a clean twin."""

from __future__ import annotations

import pytest

_WARD = (
    "The council says 1,800 homes were granted planning permission across the borough in "
    "2024.\n\n"
    "Riverside ward alone accounted for {part} of last year's permissions, most of them on "
    "one former factory site."
)


@pytest.mark.model
def test_parts_groups_alone_of_a_named_group(numeric_warnings):
    assert "part_exceeds_whole" in numeric_warnings(_WARD.format(part="2,100"), "2025-03-01")


@pytest.mark.model
def test_parts_groups_alone_of_a_named_group_clean(numeric_warnings):
    assert not numeric_warnings(_WARD.format(part="900"), "2025-03-01")


_WORLDWIDE = (
    "Drive maker Kolbe will cut 900 jobs worldwide by the end of 2026, the company said.\n\n"
    "In Austria, where most of its plants are, {part} positions are to be eliminated, a "
    "spokesman said."
)


@pytest.mark.model
def test_parts_groups_country_against_worldwide(numeric_warnings):
    assert "part_exceeds_whole" in numeric_warnings(_WORLDWIDE.format(part="1,100"))


@pytest.mark.model
def test_parts_groups_country_against_worldwide_clean(numeric_warnings):
    assert not numeric_warnings(_WORLDWIDE.format(part="600"))


@pytest.mark.model
def test_parts_groups_amount_of_a_share_is_no_whole(numeric_warnings):
    text = (
        "The smelter made 2.4 million tonnes of aluminium in 2024.\n\n"
        "Output in March 2024 was 610,000 tonnes, a monthly record.\n\n"
        "The new potline accounted for 21% of output in 2024, around 500,000 tonnes."
    )
    assert "part_exceeds_whole" not in numeric_warnings(text, "2025-02-20")


@pytest.mark.model
def test_parts_groups_two_ranked_members_clean(numeric_warnings):
    text = (
        "Law remains the most competitive course: 1,900 people applied for its 120 places, "
        "more than 15 applicants per place.\n\n"
        "History had 2,600 applications, the largest number for any single course."
    )
    assert "part_exceeds_whole" not in numeric_warnings(text)


@pytest.mark.model
def test_parts_groups_record_total_is_its_years_whole(numeric_warnings):
    text = (
        "A dental school in York carried out a record 2,300 implant operations last year, "
        "figures published on Monday show.\n\n"
        "The school said {part} of last year's operations used a new titanium screw."
    )
    assert "part_exceeds_whole" in numeric_warnings(text.format(part="2,700"), "2025-03-10")
    assert not numeric_warnings(text.format(part="1,700"), "2025-03-10")


_NOTICES = (
    "Wardens in Carrow were issued {whole} penalty notices last year, the council said.\n\n"
    "Drivers lodged appeals against {part} of them, and 40% of those succeeded."
)


@pytest.mark.model
def test_parts_groups_of_them_counts_what_the_sentence_before_counted(numeric_warnings):
    """ "of them" after a counted object refers to the count, not the subject (wardens)."""
    text = _NOTICES.format(whole="5,200", part="6,100")
    assert "part_exceeds_whole" in numeric_warnings(text, "2025-03-01")


@pytest.mark.model
def test_parts_groups_a_share_of_those_is_a_share_of_the_part(numeric_warnings):
    """ "40% of those" is of the appealed notices, so 1,100 of 5,200 (21%) is no conflict."""
    assert not numeric_warnings(_NOTICES.format(whole="5,200", part="1,100"), "2025-03-01")


@pytest.mark.model
@pytest.mark.parametrize(("women", "kinds"), [("3,100", {"percentage_mismatch"}), ("3,600", set())])
def test_parts_groups_a_share_of_them_before_its_part(numeric_warnings, women, kinds):
    """ "two-thirds of them, 3,100": the share comes before its part; "them" is the 5,400."""
    text = (
        f"A total of 5,400 people applied for the scheme; two-thirds of them, {women}, were women."
    )
    assert numeric_warnings(text, "2025-06-01") == kinds


# "Of the NOUN <described at length>, N": the opener names the group before describing it
_ADMITTED = (
    "Hospital treats record number of cyclists\n\n"
    "Between March and June, 740 cyclists were admitted to Marlow Vale hospital after "
    "crashes, against 510 in the same months last year, the trust said on Monday.\n\n"
    '"Of the cyclists taken to our wards in those four months, {part} people had not been '
    'wearing a helmet," said the head of the emergency department, Dr Ines Waller.\n'
)


@pytest.mark.parametrize(("part", "planted"), [("810", True), ("430", False), ("600", False)])
def test_parts_groups_a_long_of_the_opener_names_its_whole(numeric_warnings, part, planted):
    """ "Of the cyclists taken to our wards in those four months" is the 740 admitted from
    March to June (not last year's 510, told after it): 810 without a helmet cannot be more
    than that, 600 can."""
    found = "part_exceeds_whole" in numeric_warnings(_ADMITTED.format(part=part), "2024-07-02")
    assert found is planted


_RESCUE = (
    "Moorland rescue team's busiest five years\n\n"
    "From 2019 to 2023 the team attended {team} callouts in total, its leader said.\n\n"
    "Nationally, the rescue association said its 48 member teams recorded {all} callouts "
    "in 2023."
)


@pytest.mark.model
def test_parts_groups_one_holder_against_all_holders_is_no_sub_period(numeric_warnings):
    # a year of all 48 teams is no part of five years of one team, however the periods nest
    text = _RESCUE.format(team="1,690", all="3,960")
    assert "part_exceeds_whole" not in numeric_warnings(text, "2024-01-22")


@pytest.mark.model
def test_parts_groups_one_holder_sub_period_still_checked(numeric_warnings):
    text = (
        "Moorland rescue team's busiest five years\n\n"
        "From 2019 to 2023 the team attended 1,690 callouts in total, its leader said.\n\n"
        "In 2023 alone the team attended 1,840 callouts."
    )
    assert "part_exceeds_whole" in numeric_warnings(text, "2024-01-22")
