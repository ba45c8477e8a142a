"""What a figure refers back to, on short articles we wrote: the antecedent of "of them",
a part brought in by "including", the base of a ratio, the time a factor compares with,
the count a redescribing "of those" points at, and the whole of a list closed by its rest.
Each planted article has a clean twin whose figures fit.
"""

from __future__ import annotations

import pytest

# "of them" across a sentence break points at what the sentence before was about, not at a
# count tucked into a prepositional phrase.

_FERRIES = (
    "Island ferries\n\nThe ferry company carried 96,000 passengers last summer, nearly "
    "three for each of the island's 31,000 residents. The morning sailing alone "
    "accounted for {part} of them, roughly {share}.\n"
)


@pytest.mark.parametrize(
    ("part", "share", "planted"),
    [("38,000", "two in every five", False), ("38,000", "three in every four", True)],
)
def test_them_points_at_the_subject_of_the_sentence_before(numeric_warnings, part, share, planted):
    found = "percentage_mismatch" in numeric_warnings(_FERRIES.format(part=part, share=share))
    assert found is planted


# "including" right after a whole brings in members of it, a narrower kind of its things.


def test_a_part_brought_in_by_including_is_a_kind_of_the_whole(numeric_warnings):
    text = (
        "Orchard restored\n\nVolunteers have planted 800 fruit trees, including 260 "
        "apple trees, about a third of the total, the trust said on Monday.\n"
    )
    assert "unit_mismatch" not in numeric_warnings(text)


# A factor set off after "N of X in M of Y" compares N, not the base M.


@pytest.mark.parametrize(("level", "planted"), [("21", False), ("38", True)])
def test_a_factor_compares_the_measure_not_the_base_of_its_ratio(numeric_warnings, level, planted):
    text = (
        f"River tested\n\nThe samples held {level} milligrams of nitrate in 1,000 litres of "
        "water - about twice the guideline level of 10, the agency said.\n"
    )
    assert ("change_mismatch" in numeric_warnings(text)) is planted


# "three times as many as during <a time>, when <N>": the time's clause holds the figure
# compared, and "as many as" makes the two counts one kind of thing.


@pytest.mark.parametrize(("earlier", "planted"), [("410", False), ("820", True)])
def test_as_many_as_during_a_time_when_compares_its_figure(numeric_warnings, earlier, planted):
    text = (
        "Heatwave calls\n\nParamedics answered 1,250 calls between Friday night and "
        "Sunday, three times as many as during the July heatwave, when crews responded "
        f"to {earlier} requests.\n"
    )
    found = numeric_warnings(text)
    assert ("change_mismatch" in found) is planted
    assert "unit_mismatch" not in found


# "N of those <noun>": the noun names the earlier count it points back to, past a nearer
# count of another thing.


@pytest.mark.parametrize(("share", "planted"), [("more than half", True), ("about a third", False)])
def test_of_those_noun_points_past_a_nearer_count(numeric_warnings, share, planted):
    text = (
        "Benefit reviews\n\nThe tribunal heard 1,200 benefit appeals last year, brought "
        f"by 850 claimants. Judges upheld 450 of those appeals, meaning {share} of the "
        "people who went to the tribunal won.\n"
    )
    assert ("unit_mismatch" in numeric_warnings(text)) is planted


# A list closed by "the remaining N" reaches back past a figure the text sets apart and
# past a change's baseline to its whole, however long the list.


@pytest.mark.parametrize(("rest", "planted"), [("£30.5m", False), ("£18.5m", True)])
def test_a_rest_closed_list_reaches_past_figures_set_apart(numeric_warnings, rest, planted):
    text = (
        "Where the money goes\n\nThe trust's spending for next year is £160.0m. It is up "
        "from £152.0m this year. It does not include the separate building fund, which "
        "holds £20m.\n\nWhat is it spent on?\n\nHospitals will cost £70.5m and clinics "
        "£31.0m. Ambulances take £18.0m, and mental health services £10.0m. Everything "
        f"else shares the remaining {rest}.\n"
    )
    assert ("sum_mismatch" in numeric_warnings(text)) is planted


# "of the month's ward patients": the phrase counts its head noun, described by its modifier.


@pytest.mark.parametrize(("part", "planted"), [("1,900", True), ("900", False)])
def test_of_the_described_noun_names_the_whole_by_its_head(numeric_warnings, part, planted):
    text = (
        "Corridor care\n\nAcross the region's four hospitals, 1,640 patients were "
        "treated on corridor beds during March, the union said.\n\nThe worst day was "
        "March 12, when 96 patients were waiting.\n\nStaff said 75 nurses were off sick."
        f"\n\nMore than {part} of the month's corridor patients were at Westbury, the "
        "union said.\n"
    )
    assert ("part_exceeds_whole" in numeric_warnings(text)) is planted


# A total whose clause defines what it counts in a phrase set off by dashes counts what a
# rate naming that phrase's noun counts.


@pytest.mark.parametrize(("rate", "planted"), [("2,700", False), ("1,900", True)])
def test_a_total_defined_in_apposition_meets_the_rate_of_its_noun(numeric_warnings, rate, planted):
    text = (
        "Online shop\n\nThe bakery's online business grew again. Click-and-collect orders - "
        "cakes and loaves reserved through its website - reached 32,000 last year, the "
        f'owner said.\n\n"All through last year we were selling around {rate} cakes and '
        'loaves a month," she said.\n'
    )
    assert ("rate_total_mismatch" in numeric_warnings(text, "2025-02-01")) is planted


# "Of those children, 786": the text calls the whole's members children, so a headline
# share of pupils in the council's own area is held against that tally.


@pytest.mark.parametrize(("offered", "planted"), [("1,010", False), ("830", True)])
def test_a_fronted_those_noun_redescribes_the_whole_for_a_headline_share(
    numeric_warnings, offered, planted
):
    text = (
        "Four in five Westford pupils get their first-choice primary school\n\nFamilies "
        "were told on Tuesday which primary school their child will start at.\n\n"
        "Westford City Council received 1,260 on-time applications for Reception places. "
        f"Of those children, {offered} have been offered a place at the school their "
        "parents ranked first.\n"
    )
    assert ("percentage_mismatch" in numeric_warnings(text, "2025-04-16")) is planted


# "of the confirmed cases": the whole is the count the modifier is said of, not a nearer
# count of the same noun with a modifier of its own ("23 suspected cases").


@pytest.mark.parametrize(("part", "planted"), [("Forty-one", False), ("Ninety-one", True)])
def test_of_the_modified_noun_skips_a_count_with_another_modifier(numeric_warnings, part, planted):
    text = (
        "Mumps outbreak\n\nSince the first case was confirmed on 5 March, health officials "
        "have confirmed 86 cases in the town, with another 23 suspected cases awaiting "
        f"laboratory results. {part} of the confirmed cases are in students.\n"
    )
    assert ("part_exceeds_whole" in numeric_warnings(text, "2024-05-01")) is planted
