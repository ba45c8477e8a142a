"""Breakdowns the text announces as complete (``sum_mismatch``), on short articles we
wrote: a clause that calls the list after its colon a breakdown, a whole said to be
split into a stated number of groups, and key-figures lists whose sub-list makes up a
total. Each planted article has a clean twin whose figures fit.
"""

from __future__ import annotations

import pytest

# --- "The breakdown is telling: of the 1,200, ..." -----------------------------------------

_HOMES = (
    "Housing push falls short\n\n"
    "The council says it finished 1,200 new homes last year. Its own breakdown is telling: "
    "of the 1,200, it says, 540 went up in the north, 310 in the east, 150 in the west and "
    "{south} in the south.\n"
)


@pytest.mark.parametrize(("south", "planted"), [("90", True), ("200", False)])
def test_sums_announced_breakdown_before_an_opened_whole(numeric_warnings, south, planted):
    """The clause before the colon calls the list a breakdown of the whole the next clause
    opens on, so the parts are all of it: 540 + 310 + 150 + 90 falls 110 short of 1,200."""
    found = "sum_mismatch" in numeric_warnings(_HOMES.format(south=south))
    assert found is planted


def test_sums_announced_opened_whole_without_breakdown_may_name_only_some(numeric_warnings):
    """Without the word breakdown, "Of the 1,200, 540 ... and 90 ..." may leave some out."""
    text = _HOMES.format(south="90").replace("Its own breakdown is telling: of", "Of")
    assert numeric_warnings(text) == set()


# --- "breaks the sales into three regions": a stated number of groups ------------------

_TEA = (
    "Tea exports\n\n"
    "Growers sold a record 84,000 tonnes of tea abroad last season, up about 8% from "
    "77,800 tonnes, and the crop is worth roughly a fifth of the island's 410,000 tonnes "
    "of farm exports.\n\n"
    "The board's report breaks the sales into three regions that together make up the "
    "total. Buyers in Asia took 41,000 tonnes and those in Europe 22,000 tonnes, while "
    "the rest of the world bought {rest} tonnes.\n"
)


@pytest.mark.parametrize(("rest", "planted"), [("9,000", True), ("21,000", False)])
def test_sums_announced_active_division_into_named_groups(numeric_warnings, rest, planted):
    """ "breaks the sales into three regions": three figures in one sentence are all of
    their whole, never a change's baseline (77,800); when they add up to one earlier
    figure (84,000), that is the whole they divide, not a larger one told later (the
    410,000 tonnes of all farm exports)."""
    text = _TEA.format(rest=rest)
    assert ("sum_mismatch" in numeric_warnings(text)) is planted


_GRANTS = (
    "Arts grants\n\n"
    "The county gave out 640,000 pounds in arts grants this year, and the city council "
    "another 215,000.\n\n"
    "The county's 640,000 pounds is split into exactly three funds: touring, 310,000; "
    "venues, 180,000; and festivals, {rest}.\n"
)


@pytest.mark.parametrize(("rest", "planted"), [("75,000", True), ("150,000", False)])
def test_sums_announced_whole_lends_its_unit_to_bare_parts(numeric_findings, rest, planted):
    """ "640,000 pounds is split into exactly three funds: touring, 310,000; ...": the
    parts name no unit, so they are in the whole's pounds, and the whole divided is the
    one the sentence names, not the city's 215,000 told before it."""
    found = [f for f in numeric_findings(_GRANTS.format(rest=rest)) if f.kind == "sum_mismatch"]
    assert bool(found) is planted
    if planted:
        assert "640,000" in found[0].message


_CLAIMS = (
    "Storm claims\n\n"
    "Insurers have paid out 31.5 million euros since the storm.\n\n"
    "The federation has broken down the 31.5 million paid so far into three categories: "
    "17.2 million euros for homes, 6.1 million for vehicles and {rest} million for shops.\n"
)


@pytest.mark.parametrize(("rest", "planted"), [("2.4", True), ("8.2", False)])
def test_sums_announced_active_perfect_with_a_figure_in_its_object(numeric_warnings, rest, planted):
    """ "has broken down the 31.5 million paid so far into three categories": the whole
    stands in the object, and the currency is stated once for the three parts."""
    assert ("sum_mismatch" in numeric_warnings(_CLAIMS.format(rest=rest))) is planted


def test_sums_announced_named_groups_need_their_figures_in_one_list(numeric_warnings):
    """Groups other than "categories", "groups" and the like take their figures from one
    sentence: figures spread over the next sentences may be told for other things."""
    text = (
        "Harbour dredging\n\nThe port moved 96,000 tonnes of silt this year. Engineers "
        "split the channel into two zones.\n\nThe northern zone gave up 40,000 tonnes. "
        "Crews also cleared 12,000 tonnes from the marina.\n"
    )
    assert numeric_warnings(text) == set()


def test_sums_announced_breaking_into_homes_divides_nothing(numeric_warnings):
    text = (
        "Burglary spree\n\nPolice recovered goods worth £90,000 on Friday. The gang broke "
        "into three homes on one street, taking £12,000, £8,000 and £5,000 in jewellery.\n"
    )
    assert numeric_warnings(text) == set()


# --- key-figures lists: a sub-list under a heading line --------------------------------

_FERRY = (
    "Island ferries 2024: key figures\n\n"
    "The ferry company published its results on Monday.\n\n"
    "- Passengers carried: 2.3 million, up 4% from 2.21 million\n"
    "- Fares collected: 61.5 million euros, made up of:\n"
    "  - Single tickets: 27.4 million\n"
    "  - Return tickets: 19.6 million\n"
    "  - Season passes: {passes} million\n"
    "- Vessels in service: 9\n"
)


@pytest.mark.parametrize(("passes", "planted"), [("6.5", True), ("14.5", False)])
def test_sums_announced_sub_list_made_up_of_its_heading_figure(numeric_warnings, passes, planted):
    """ "61.5 million euros, made up of:" over indented lines: the lines are all of it, in
    its currency though they leave it out ("27.4 million"); the sub-list ends where the
    lines come back to the heading's depth ("- Vessels in service: 9")."""
    found = "sum_mismatch" in numeric_warnings(_FERRY.format(passes=passes))
    assert found is planted


def test_sums_announced_sub_list_of_which_names_only_some(numeric_warnings):
    text = _FERRY.format(passes="6.5").replace("made up of:", "of which:")
    assert numeric_warnings(text) == set()


_HONEY = (
    "Key figures: the 2024 honey harvest\n\n"
    "The beekeepers' association released its estimate on Friday:\n\n"
    "- Total honey output: 8,600 tonnes\n"
    "- Last year: 7,900 tonnes\n"
    "- Output by province ({note}):\n"
    "    Northfield: 3,100 tonnes\n"
    "    Eastmarch: 2,400 tonnes\n"
    "    Southvale: 1,300 tonnes\n"
    "- Hives registered: 212,000\n"
)


@pytest.mark.parametrize(
    ("note", "planted"),
    [
        ("all three provinces", True),  # 6,800 tonnes, 1,800 short of 8,600
        ("three largest provinces", False),  # only some: they stay within the whole
        ("all four provinces", False),  # four stated, three lines: the list is not read right
    ],
)
def test_sums_announced_sub_list_by_dimension_under_a_labelled_total(
    numeric_warnings, note, planted
):
    """ "Output by province (all three provinces):" breaks down the list line whose label
    names its noun ("Total honey output"), not last year's 7,900 tonnes."""
    found = "sum_mismatch" in numeric_warnings(_HONEY.format(note=note))
    assert found is planted


def test_sums_announced_sub_list_by_dimension_that_adds_up(numeric_warnings):
    text = _HONEY.format(note="all three provinces").replace("1,300", "3,100")
    assert numeric_warnings(text) == set()


_CAUSES = (
    "Fire deaths\n\n"
    "Forty-one people died in house fires in the region last year, the service said. Of "
    "them, 24 were over 65.\n\n"
    "The service broke down the 41 deaths by the cause of the fire:\n\n"
    "Smoking materials – 12\n"
    "Cooking – 8\n"
    "Electrical faults – 9\n"
    "Heaters – {heaters}\n"
    "Candles – 3\n"
)


@pytest.mark.parametrize(("heaters", "planted"), [("4", True), ("9", False)])
def test_sums_broke_down_the_whole_over_labelled_lines(numeric_warnings, heaters, planted):
    """ "broke down the 41 deaths by the cause of the fire:" over lines "Cooking – 8": the
    whole is the figure the heading names, and the lines, bulleted or not, are all of it."""
    text = _CAUSES.format(heaters=heaters)
    assert ("sum_mismatch" in numeric_warnings(text)) is planted


@pytest.mark.model
def test_sums_small_counts_adding_up_by_chance_do_not_doubt_a_rule():
    """8 + 9 + 4 + 3 make the 24 over-65s by chance: the learned vet does not read that as
    the lines breaking down something else, and keeps the rule's warning."""
    from claimscope.contract.model import Article
    from claimscope.pipeline import Pipeline

    analysis = Pipeline(only=["quantities", "findings"]).analyze(
        Article(text=_CAUSES.format(heaters="4"), published="2024-06-01")
    )
    assert any(f.kind == "sum_mismatch" and f.severity == "warning" for f in analysis.findings)


@pytest.mark.parametrize(("rest", "planted"), [("140", True), ("370", False)])
def test_sums_announced_three_broad_streams_told_across_sentences(numeric_warnings, rest, planted):
    text = (
        "Letters\n\n"
        "Last year the postal service delivered 1.52 billion letters. Those 1.52 billion "
        "letters break down into three broad streams. Business mail accounted for 760 million. "
        f"Advertising mail made up 390 million, and personal letters {rest} million.\n"
    )
    assert ("sum_mismatch" in numeric_warnings(text)) is planted


@pytest.mark.parametrize(("rest", "planted"), [("£140", True), ("£340", False)])
def test_sums_announced_made_up_of_three_elements_of_a_weekly_fee(numeric_warnings, rest, planted):
    """ "the fee is made up of three elements:", of a fee said per week: the parts, named
    with no period of their own, are the week's."""
    text = (
        "Care fees\n\n"
        "Residents now pay £1,240 a week. The operator published a breakdown of the weekly "
        "fee. The fee is made up of three elements: £520 for accommodation; £380 for nursing "
        f"care; and {rest} for food and laundry.\n"
    )
    assert ("sum_mismatch" in numeric_warnings(text)) is planted


@pytest.mark.parametrize(("crew", "planted"), [("61", True), ("233", False)])
def test_sums_announced_every_one_to_one_of_four_causes(numeric_warnings, crew, planted):
    """ "assigns every one of those delays to one of four causes": each delay has one cause,
    so the four causes' figures, over the next sentences, are all of the delays."""
    text = (
        "Airport delays\n\n"
        "The airport recorded 1,240 flights delayed in August, according to its report, which "
        "assigns every one of those delays to one of four causes.\n\n"
        "Weather was responsible for 410 of the delays. Air traffic control accounted for 385, "
        f"technical faults for 212 and crew shortages for {crew}.\n"
    )
    assert ("sum_mismatch" in numeric_warnings(text, "2024-09-05")) is planted


_BY_ROAD = (
    "Road deaths fall\n\n"
    "The county recorded a total of {total} road accidents involving injury in 2024, "
    "compared with 1,990 in 2023.\n\n"
    "Deaths fell to 61. Broken down by road type, urban roads accounted for 820 injury "
    "accidents, rural roads for 690 and motorways for 240.\n"
)


def test_sums_a_breakdown_by_a_dimension_is_of_the_count_before(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_BY_ROAD.format(total="2,010"), "2025-02-20")


def test_sums_a_breakdown_by_a_dimension_that_adds_up_is_clean(numeric_warnings):
    assert not numeric_warnings(_BY_ROAD.format(total="1,750"), "2025-02-20")
