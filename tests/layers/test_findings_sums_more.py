"""More breakdowns that must add up (``sum_mismatch``), on short articles we wrote: lists
closed by their rest over several sentences, share lists closed by a stated rest, and
lists of one figure for each of a stated number of members. Each planted article has a
clean twin whose figures fit.
"""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article


def _explanations(numeric_pipeline, text: str) -> list[str]:
    analysis = numeric_pipeline.analyze(Article(text=text, published="2024-06-01"))
    return [
        f.explanation
        for f in analysis.findings
        if f.kind == "sum_mismatch" and f.severity != "info"
    ]


# A list closed by its rest, one or two items a sentence, its whole stated sentences before.

_PERMITS = (
    "Harbour permits\n\nThe port authority issued 9,800 mooring permits in the year to "
    "April, up from 8,900 the year before, it said on Friday. They went to roughly 3,100 "
    "owners.\n\nThe largest group, 4,200 permits, went to leisure craft. A further 2,300 "
    "were for fishing boats, and {third} for ferries. The rest, 1,100, were for "
    "houseboats.\n"
)


@pytest.mark.parametrize(("third", "planted"), [("1,500", True), ("2,200", False)])
def test_sums_more_rest_closes_items_marked_as_parts(numeric_warnings, third, planted):
    """ "The largest group, 4,200", "A further 2,300 ... and 1,500": parts, not wholes."""
    found = "sum_mismatch" in numeric_warnings(_PERMITS.format(third=third))
    assert found is planted


_ARRIVALS = (
    "Shelter registrations\n\nThe city's shelters registered 8,400 new arrivals in "
    "March, the housing office said on Monday.\n\nWomen accounted for 2,900 of those "
    "registered and children for 3,600. Men made up the remaining {men}.\n"
)


@pytest.mark.parametrize(("men", "planted"), [("1,100", True), ("1,900", False)])
def test_sums_more_rest_after_a_sentence_listing_two_parts(
    numeric_pipeline, numeric_warnings, men, planted
):
    """Two coordinated figures in one sentence are both parts, whichever is larger."""
    found = "sum_mismatch" in numeric_warnings(_ARRIVALS.format(men=men))
    assert found is planted
    if planted:
        assert any("8,400" in x for x in _explanations(numeric_pipeline, _ARRIVALS.format(men=men)))


_BUDGET = (
    "Where the money goes\n\nThe county's spending plan for next year is £512m.\n\n"
    "Schools will absorb £240m of it. Roads and transport take £131m. Everything else "
    "has to come out of the remaining {rest}.\n"
)


@pytest.mark.parametrize(("rest", "planted"), [("£96m", True), ("£141m", False)])
def test_sums_more_rest_out_of_the_remaining(numeric_warnings, rest, planted):
    """ "out of the remaining £96m" closes the list; "£240m of it" is a part of the plan."""
    found = "sum_mismatch" in numeric_warnings(_BUDGET.format(rest=rest))
    assert found is planted


def test_sums_more_a_base_of_the_remaining_is_no_rest(numeric_warnings):
    """ "120 of the remaining 400" takes a share of a base: no list is closed."""
    text = (
        "Exam results\n\nThe college entered 1,000 students this year. Of those, 600 "
        "sat the written paper in May. Of the remaining 400, 120 sat it in June.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text)


# A list of shares closed by its stated rest.

_VISITORS = (
    "Museum visitors\n\nThe museum welcomed 212,000 visitors last year. Its survey found "
    "that 51% were from the region. Visitors from elsewhere in the country made up 22%, "
    "those from Europe 9%, and the rest, {rest}, came from further afield.\n"
)


@pytest.mark.parametrize(("rest", "planted"), [("31%", True), ("18%", False)])
def test_sums_more_stated_rest_of_shares_carries_the_sentence_before(
    numeric_warnings, rest, planted
):
    """The list began a sentence earlier: 51 + 22 + 9 + 18 = 100; 51 + 22 + 9 + 31 is not."""
    found = "sum_mismatch" in numeric_warnings(_VISITORS.format(rest=rest))
    assert found is planted


def test_sums_more_stated_rest_of_shares_within_its_sentence(numeric_warnings):
    """ "the rest, 30%": stated, so the list must reach 100 in its own sentence."""
    text = (
        "Fleet survey\n\nThe survey counted 4,000 vans. Diesel vans made up 48%, petrol "
        "vans 14%, and the rest, 30%, were electric.\n"
    )
    assert "sum_mismatch" in numeric_warnings(text)


def test_sums_more_unstated_rest_of_shares_is_no_list(numeric_warnings):
    """ "with the rest going to Turkey": the rest has no figure, so nothing must add up."""
    text = (
        "Hazelnut exports\n\nThe cooperative sold 28% of its crop to Italy, 21% to "
        "Germany and 14% to France, with the rest going to Turkey.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text)


# One figure for each of a stated number of members.

_CAMPS = (
    "Winter in the camps\n\nAid groups warned on Monday that the cold could prove deadly "
    'for the 36,000 people living in the three camps of the valley.\n\n"Everyone here '
    'lives in one of three camps - 17,000 at Orun, {second} at Belka and 6,000 at Sarit," '
    "said a shelter coordinator.\n"
)


@pytest.mark.parametrize(("second", "planted"), [("9,000", True), ("13,000", False)])
def test_sums_more_one_figure_for_each_of_three_camps(numeric_warnings, second, planted):
    """Three camps named, three figures: the list leaves no camp out."""
    found = "sum_mismatch" in numeric_warnings(_CAMPS.format(second=second))
    assert found is planted


_SIGNINGS = (
    'Summer spending\n\n"We put £64m into three players this summer," the chairman '
    "said on Tuesday.\n\nThe club's accounts set out what each cost: £31m for Alves, "
    "£21m for Brandt and {third} for Costa.\n"
)


@pytest.mark.parametrize(("third", "planted"), [("£6m", True), ("£12m", False)])
def test_sums_more_one_figure_for_each_of_three_players(numeric_warnings, third, planted):
    """ "£64m into three players" then one fee for each of three named players."""
    found = "sum_mismatch" in numeric_warnings(_SIGNINGS.format(third=third))
    assert found is planted


def test_sums_more_fewer_figures_than_members_name_only_some(numeric_warnings):
    """Two fees for three players: the third is not given, so the two only stay within."""
    text = (
        'Summer spending\n\n"We put £64m into three players this summer," the chairman '
        "said.\n\nThe accounts show £31m for Alves and £21m for Brandt.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text)


def test_sums_more_rest_list_stops_at_an_unmarked_smaller_figure(numeric_warnings):
    """ "30 workers were injured" sits between the whole and its list, too small to hold
    200 + 40 and not marked as an item: no part of the list."""
    text = (
        "Mine fire\n\nAll 240 workers on the night shift were accounted for, the owner "
        "said. The company said 30 workers had been injured.\n\nWithin two hours, 200 "
        "workers had reached the surface, and the remaining 40 were brought up by noon.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text)


_SPENDING = (
    "Defence budget\n\nStaff costs account for 44 percent of the budget. Equipment takes "
    "31 percent. Operations absorb 17 percent, research {research} percent, and other "
    "items the remaining 3 percent.\n"
)


@pytest.mark.parametrize(("research", "planted"), [("5", False), ("9", True)])
def test_sums_more_stated_rest_of_shares_one_item_a_sentence(numeric_warnings, research, planted):
    """A share list running over three sentences: 44 + 31 + 17 + 5 + 3 = 100."""
    found = "sum_mismatch" in numeric_warnings(_SPENDING.format(research=research))
    assert found is planted


_PLEDGES = (
    "Flood appeal\n\nDonors pledged $2.6 billion for flood relief at a conference in Oslo "
    "on Monday, the UN said.\n\n"
    + "".join(
        f"Relief workers in district {n} said the water was still rising. " for n in "ABCDEFGHI"
    )
    + "\n\nThe UN said the pledges would be allocated as follows: $900 million for food, "
    "$700 million for shelter, blankets and other supplies, $400 million for health, and "
    "the remaining {rest} for water and sanitation.\n"
)


@pytest.mark.parametrize(("rest", "planted"), [("$300 million", True), ("$600 million", False)])
def test_sums_more_rest_closed_list_names_its_far_whole(numeric_pipeline, rest, planted):
    """ "the pledges ... allocated as follows:" names the $2.6 billion pledged paragraphs
    before; "and other supplies, $400 million" is an item, not the rest."""
    text = _PLEDGES.replace("{rest}", rest)
    explanations = _explanations(numeric_pipeline, text)
    assert bool(explanations) is planted
    if planted:
        assert len(explanations) == 1 and "$2.6 billion" in explanations[0]


def test_sums_more_member_list_may_sum_another_figure_of_its_whole_sentence(numeric_warnings):
    """The list adds up to the 30,600 reached, not to the 34,000 aimed at: no conflict."""
    text = (
        "Vaccination drive\n\nThe charity said its campaign in the three camps of the "
        "valley had reached 30,600 children, or 90% of the 34,000 children it had aimed "
        "to reach.\n\nBy camp, the charity vaccinated 14,000 children in Ayn, 10,600 in "
        "Barak and 6,000 in Cidra, the smallest of the three camps.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text)


_BRIDGES = (
    "Bridge survey\n\nEngineers inspected all 1,240 road bridges in the county over the "
    "winter, and every bridge was placed in one of three categories. The main findings:\n\n"
    "- Good condition: 58%\n- Needs repair: {repair}\n- Unsafe: 7%\n- Inspectors: 36\n"
)


@pytest.mark.parametrize(("repair", "planted"), [("24%", True), ("35%", False)])
def test_sums_more_one_share_a_line_for_each_of_three_categories(numeric_warnings, repair, planted):
    """Three categories, three share lines in a row: 58 + 35 + 7 = 100."""
    found = "sum_mismatch" in numeric_warnings(_BRIDGES.format(repair=repair))
    assert found is planted


def test_sums_more_share_lines_fewer_than_the_categories_name_only_some(numeric_warnings):
    """Two share lines for three categories: one is not given, nothing must add up."""
    text = (
        "Bridge survey\n\nEvery bridge was placed in one of three categories. Findings:\n\n"
        "- Good condition: 58%\n- Unsafe: 7%\n- Inspectors: 36\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text)


def test_sums_a_rest_after_an_opened_whole_restating_an_earlier_figure(numeric_warnings):
    text = (
        "Orchards picked 41,000 tonnes of apples this autumn. Of the 41,000 tonnes, 26,500 "
        "tonnes went to the two large mills, and the remaining 14,500 tonnes to craft producers."
    )
    assert not numeric_warnings(text, "2025-10-14")
    short = text.replace("14,500", "4,500")
    assert numeric_warnings(short, "2025-10-14") == {"sum_mismatch"}


def test_sums_more_a_breakdown_that_adds_up_is_shown_as_checked(numeric_pipeline):
    """A closed breakdown that makes up its whole is an info finding with the sum."""
    text = _PLEDGES.replace("{rest}", "$600 million")
    analysis = numeric_pipeline.analyze(Article(text=text, published="2024-06-01"))
    (info,) = [f for f in analysis.findings if f.kind == "sum_mismatch"]
    assert info.severity == "info"
    assert info.explanation.startswith("$900 million + $700 million + $400 million + $600 million")
    assert "which gives $2.6 billion" in info.explanation


_SEATS = (
    "Greens take Harnley council\n\n"
    "The Greens won 24 of the council's 45 seats on Thursday, up from 11 in 2021.\n\n"
    "The Conservatives were reduced to 12 seats from 27. Liberal Democrats won six and "
    "independents the remaining {rest}.\n"
)


def test_sums_more_a_holder_before_the_rest_is_a_sibling_not_the_whole(numeric_pipeline):
    """The Conservatives' 12 is one more party's seats, not the whole the Liberal Democrats
    and independents divide; the whole is "the council's 45 seats" ("24 of ... 45")."""
    analysis = numeric_pipeline.analyze(Article(text=_SEATS.format(rest="three")))
    found = [f for f in analysis.findings if f.kind == "sum_mismatch"]
    assert [f.severity for f in found] == ["info"]
    assert found[0].explanation.startswith("24 + 12 + six + three = 45")


def test_sums_more_a_rest_that_breaks_the_whole_of_n_of_m(numeric_warnings):
    assert numeric_warnings(_SEATS.format(rest="nine")) == {"sum_mismatch"}


def test_sums_more_a_colon_breakdown_that_adds_up_is_shown_as_checked(numeric_pipeline):
    text = (
        "Cup final\n\nThe club sold 9,400 tickets: 5,100 to members, 3,000 to visitors and "
        "1,300 to schools."
    )
    analysis = numeric_pipeline.analyze(Article(text=text, published="2024-06-01"))
    found = [(f.severity, f.explanation) for f in analysis.findings if f.kind == "sum_mismatch"]
    assert found == [
        (
            "info",
            "5,100 + 3,000 + 1,300 = 9,400 (9,242–9,558 allowing for rounding), which gives 9,400.",
        )
    ]


_FUNDING = (
    "Bike share\n\nThe scheme cost £4.6 million to set up, of which £3.1 million came from a "
    "government grant and {council} from the council."
)


def test_sums_more_of_which_parts_funded_from_sources(numeric_pipeline, numeric_warnings):
    """ "of which £3.1 million came from ... and £1.9 million from ...": the parts start after
    "of which", the first of them before the funding verb."""
    assert numeric_warnings(_FUNDING.format(council="£1.9 million")) == {"sum_mismatch"}
    fits = _FUNDING.format(council="£1.5 million")
    assert numeric_warnings(fits) == set()
    analysis = numeric_pipeline.analyze(Article(text=fits, published="2024-06-01"))
    assert [f.severity for f in analysis.findings if f.kind == "sum_mismatch"] == ["info"]


# A poll's shares told across sentences, each with its move in points ("on 31 percent, up
# two points from 29"), then bare shares set on their holders by the same "on", closed by
# the rest: the shares now are the list, the ones they moved from are not
_POLL = (
    "Poll shows tight race\n\n"
    "The survey puts the Centre Party on 31 percent, up two points from 29 percent in May. "
    "The Labour Party is on 28 percent, down three points from 31. "
    "The Greens are on 15 percent, the Liberals on 9 and the Farmers on 7, with other "
    "parties sharing the remaining {rest} percent."
)


def test_sums_poll_shares_with_moves_add_up_clean(numeric_warnings):
    assert "sum_mismatch" not in numeric_warnings(_POLL.format(rest=10), "2025-06-02")


def test_sums_poll_shares_with_moves_short_of_hundred_planted(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_POLL.format(rest=22), "2025-06-02")
