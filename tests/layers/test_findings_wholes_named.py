"""percentage_mismatch and sum_mismatch: wholes named from afar, and lists that say where
they end.

Short articles written for these tests; each planted case has a clean twin.
"""

from __future__ import annotations

import pytest

# --- a share "of the total" whose whole the sentence before gives -------------------------

OF_THAT = (
    "The Tarnby sawmill cut 40,000 cubic metres of timber last year, its owners said. "
    "Of that, {part} cubic metres went to house builders, about 30% of the total, and the "
    "rest was exported."
)


@pytest.mark.model
def test_shares_of_the_total_pointed_back_to_by_of_that(numeric_findings):
    found = numeric_findings(OF_THAT.format(part="22,000"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "22,000 cubic metres / 40,000 cubic metres" in found[0].explanation


@pytest.mark.model
def test_shares_of_the_total_pointed_back_to_that_matches(numeric_warnings):
    assert numeric_warnings(OF_THAT.format(part="12,000")) == set()


KEY_LINE = (
    "Lindqvist Games: the year in numbers\n\n"
    "- Players in 2024: 6.2 million, up 18% from 5.3 million in 2023.\n"
    "- Biggest market: Brazil, with {part} million players, nearly a third of the total.\n"
)


@pytest.mark.model
def test_shares_of_the_total_pass_over_a_change_baseline(numeric_findings):
    found = numeric_findings(KEY_LINE.format(part="3.1"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "3.1 million / 6.2 million" in found[0].explanation


@pytest.mark.model
def test_shares_of_the_total_pass_over_a_change_baseline_that_matches(numeric_warnings):
    assert numeric_warnings(KEY_LINE.format(part="2.0")) == set()


@pytest.mark.model
def test_shares_of_the_total_not_taken_of_a_figure_of_another_noun(numeric_warnings):
    text = (
        "The Ostby clinic saw 9,400 patients in May. Its sister site treated a further "
        "6,100 people. Ambulances brought in 2,300 patients to Ostby, about a quarter of "
        "the total."
    )
    assert numeric_warnings(text) == set()


# --- a share of a noun that names a figure of the sentence before -------------------------

OF_REVENUE = (
    "The garden centre chain reported revenue of £410m for the year to March, up 3%. "
    "Plant sales reached £{part}m, accounting for 45% of revenue, as customers returned to "
    "its stores."
)


@pytest.mark.model
def test_shares_of_a_noun_naming_the_figure_before(numeric_findings):
    found = numeric_findings(OF_REVENUE.format(part="123"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "£123m / £410m" in found[0].explanation


@pytest.mark.model
def test_shares_of_a_noun_naming_the_figure_before_that_matches(numeric_warnings):
    assert numeric_warnings(OF_REVENUE.format(part="185")) == set()


# --- a list of shares closed by "the remaining", begun in a sentence with a change ---------


@pytest.mark.model
def test_sums_rest_closed_shares_take_a_share_from_a_sentence_with_a_change(numeric_warnings):
    text = (
        "Ferrow Group's services arm earned $610 million, up 12% from $545 million, and now "
        "accounts for 61% of sales. Its devices unit brought in $250 million, or 25%, while "
        "licensing made up the remaining 14%, at $140 million."
    )
    assert numeric_warnings(text) == set()


# --- "the remaining" after a restated figure ------------------------------------------------


@pytest.mark.model
def test_sums_rest_after_a_restated_figure_is_not_of_the_first(numeric_warnings):
    text = (
        "Why does the port say 5.6 million?\n\n"
        "Because the port counts crossings, not visitors, and every visitor who sails in also "
        "sails out. Its 5.6 million passengers last year correspond to roughly 2.8 million "
        "arriving visitors. The remaining 0.6 million or so came by air, mostly on short "
        "flights from the capital."
    )
    assert numeric_warnings(text) == set()


# --- "including" goes with the figure that can hold its parts -----------------------------


@pytest.mark.model
def test_sums_including_list_goes_with_the_figure_that_holds_it(numeric_warnings):
    text = (
        "Film week in numbers\n\n"
        "- Films: 150 from 45 countries, including 60 features and 90 shorts\n"
        "- Tickets sold: 41,000\n"
    )
    assert numeric_warnings(text) == set()


@pytest.mark.model
def test_sums_including_list_larger_than_every_figure_before_it(numeric_warnings):
    text = (
        "Film week in numbers\n\n"
        "- Films: 150 from 45 countries, including 70 features and 95 shorts\n"
        "- Tickets sold: 41,000\n"
    )
    assert numeric_warnings(text) == {"sum_mismatch"}


# --- a key-figures breakdown closed by "... and other sources" -----------------------------

BREAKDOWN = (
    "Water supply in 2024: the key figures\n\n"
    "- Total water supplied in 2024: 310 million cubic metres, up from 298 million in 2023.\n"
    "- Rivers: 140 million cubic metres, about 45% of the total. The northern intakes "
    "provided 90 million cubic metres of that.\n"
    "- Reservoirs: 95 million cubic metres.\n"
    "- Boreholes, desalination and other sources: {rest} million cubic metres.\n"
)


@pytest.mark.model
def test_sums_key_lines_closed_by_a_catch_all_label(numeric_findings):
    found = numeric_findings(BREAKDOWN.format(rest="120"))
    assert [f.kind for f in found] == ["sum_mismatch"]
    assert "140 million cubic metres + 95 million cubic metres" in found[0].explanation


@pytest.mark.model
def test_sums_key_lines_closed_by_a_catch_all_label_that_add_up(numeric_warnings):
    assert numeric_warnings(BREAKDOWN.format(rest="75")) == set()


# --- a colon breakdown whose whole is not the last figure before the colon -----------------

COLON = (
    "How much will the new ferries cost?\n"
    "$38.5 million over four years, the authority says: $9.2 million in the first year, "
    "$9.6 million in the second, $9.8 million in the third and ${last} million in the fourth."
)


@pytest.mark.model
def test_sums_colon_breakdown_whole_in_the_parts_unit(numeric_findings):
    found = numeric_findings(COLON.format(last="14.9"))
    assert [f.kind for f in found] == ["sum_mismatch"]
    assert "make up $38.5 million" in found[0].explanation


@pytest.mark.model
def test_sums_colon_breakdown_whole_in_the_parts_unit_that_adds_up(numeric_warnings):
    assert numeric_warnings(COLON.format(last="9.9")) == set()


# --- list lines under a heading that says how a stated whole was split --------------------

HOW_SPLIT = (
    "Library loans reach a record\n\n"
    "The county's libraries issued 820,000 loans in 2024, up from 760,000 in 2023, the "
    "council said.\n\n"
    "How the year's loans were made:\n\n"
    "- Printed books: 512,000\n"
    "- E-books: {ebooks}\n"
    "- Audiobooks: 96,000\n\n"
    "The council plans to open two more branches next year."
)


@pytest.mark.model
@pytest.mark.parametrize(
    "heading", ["How the year's loans were made:", "How the loans break down:"]
)
def test_sums_list_under_a_how_heading_must_add_up(numeric_findings, heading):
    text = HOW_SPLIT.format(ebooks="112,000").replace("How the year's loans were made:", heading)
    found = numeric_findings(text)
    assert [f.kind for f in found] == ["sum_mismatch"]
    assert "512,000 + 112,000 + 96,000" in found[0].explanation
    assert "820,000" in found[0].explanation


@pytest.mark.model
def test_sums_list_under_a_how_heading_that_adds_up(numeric_warnings):
    assert numeric_warnings(HOW_SPLIT.format(ebooks="212,000")) == set()


# --- a share "of the total" whose whole stands before the part in its own sentence --------

OWN_SENTENCE = (
    "The rowing club now has 180 members, among them {juniors} juniors - about 30% of the "
    "total - and it entered two crews at the national regatta for the first time."
)


@pytest.mark.model
def test_shares_of_the_total_in_the_share_s_own_sentence(numeric_findings):
    found = numeric_findings(OWN_SENTENCE.format(juniors="90"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "90 / 180" in found[0].explanation


@pytest.mark.model
def test_shares_of_the_total_in_the_share_s_own_sentence_that_matches(numeric_warnings):
    assert numeric_warnings(OWN_SENTENCE.format(juniors="54")) == set()


# --- list lines of one share each, closed by a line labelled as the rest -----------------

SHARE_LINES = (
    "How the city's commuters travel\n\n"
    "- By bus: 34%\n"
    "- By car: 29%\n"
    "- By bicycle: 12%\n"
    "- {label}: {rest}%\n\n"
    "The survey was carried out in May."
)


@pytest.mark.model
@pytest.mark.parametrize("label", ["On foot and by other means", "Everything else"])
def test_sums_share_lines_closed_by_a_rest_label(numeric_findings, label):
    found = numeric_findings(SHARE_LINES.format(label=label, rest="35"))
    assert [f.kind for f in found] == ["sum_mismatch"]
    assert "34% + 29% + 12% + 35%" in found[0].explanation


@pytest.mark.model
def test_sums_share_lines_closed_by_a_rest_label_that_add_up(numeric_warnings):
    assert numeric_warnings(SHARE_LINES.format(label="Everything else", rest="25")) == set()


@pytest.mark.model
def test_shares_of_the_total_not_taken_of_an_item_of_a_list(numeric_warnings):
    text = (
        "The agency registered 9,000 new claims in the first half. Iraqis lodged 1,500 of "
        "them, Somalis 1,200 and Yemenis 900; together the three nationalities made up about "
        "40% of the total."
    )
    assert numeric_warnings(text) == set()


@pytest.mark.model
def test_shares_of_a_noun_not_taken_of_a_figure_with_its_own_noun(numeric_warnings):
    text = (
        "Between January and May, 2,100 visa applications were lodged covering 5,600 people, "
        "as many families apply together. The office approved visas for 1,650 people, meaning "
        "that nearly four in five applications succeeded."
    )
    assert "percentage_mismatch" not in numeric_warnings(text)  # people against applications
