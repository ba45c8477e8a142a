"""Key-figures lists and shares that name their own group (issue 4).

Short articles written for these tests: each planted case has a clean twin or a trap.
"""

from __future__ import annotations

import pytest

# --- percentage_mismatch: a share naming its own group ------------------------------------

OWN_GROUP = (
    "Harbour clinics publish their waiting figures\n\n"
    "Community clinics, which make up 64 of the trust's 410 sites, saw 38% of their "
    "patients within a week, the trust said on Monday. It plans to open two more clinics "
    "next year."
)


def test_percentages_share_of_its_own_group_is_not_the_share_of_other_counts(
    numeric_warnings,
):
    assert numeric_warnings(OWN_GROUP) == set()


OWN_GROUP_COUNTED = (
    "Harbour clinics publish their waiting figures\n\n"
    "Community clinics saw 640 of the 1,000 patients referred to them within a week, or "
    "38% of those patients, the trust said on Monday."
)


def test_percentages_share_of_the_group_its_counts_count_is_still_checked(numeric_findings):
    found = numeric_findings(OWN_GROUP_COUNTED)
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "640 / 1,000" in found[0].explanation


COLLECTIVE = (
    "Riverside choir on tour\n\n"
    "Of the 40 singers, {part} are sopranos, nearly half the choir, the director said."
)


def test_percentages_share_of_a_collective_noun_is_still_the_share_of_its_members(
    numeric_findings,
):
    found = numeric_findings(COLLECTIVE.format(part="11"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "11 / 40" in found[0].explanation


# --- percentage_mismatch: a share whose whole is another line's label ----------------------

LABELLED_WHOLE = (
    "Lakeside library referendum: the numbers\n\n"
    "The count finished on Sunday morning.\n\n"
    "- Residents on the electoral roll: 48,000\n"
    "- Ballot papers returned: {part}, roughly one in four residents\n"
    "- Polling stations: 12\n"
)


def test_percentages_share_against_the_whole_a_line_label_names(numeric_findings):
    found = numeric_findings(LABELLED_WHOLE.format(part="19,200"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "19,200 / 48,000" in found[0].explanation


def test_percentages_share_matching_the_labelled_whole(numeric_warnings):
    assert numeric_warnings(LABELLED_WHOLE.format(part="12,100")) == set()


PLACE_WHOLE = (
    "Dunmore census: key figures\n\n"
    "- Total population: 310,000\n"
    "- Born abroad: 40,300, or 13% of residents\n"
    "- Galway, the county town: 61,000 residents\n"
)


def test_percentages_whole_narrowed_to_a_place_is_not_the_share_s_whole(numeric_warnings):
    assert "percentage_mismatch" not in numeric_warnings(PLACE_WHOLE)


# --- sum_mismatch: key-figures lines closed by an "All other" line -------------------------

ALL_OTHER = (
    "Westmoor college budget: the key figures\n\n"
    "The governors approved the budget on Tuesday.\n\n"
    "Key figures:\n\n"
    "- Total spending: £96m\n"
    "- Teaching staff: £51m\n"
    "- Buildings and maintenance: £18m\n"
    "- All other costs, including IT and catering: {rest}\n"
    "- Tuition fee rise: 3.1%\n"
)


def test_sums_list_lines_closed_by_all_other_break_down_the_first_line(numeric_findings):
    found = numeric_findings(ALL_OTHER.format(rest="£9m"))
    assert [f.kind for f in found] == ["sum_mismatch"]
    assert "£51m + £18m + £9m" in found[0].explanation


def test_sums_list_lines_closed_by_all_other_that_add_up(numeric_warnings):
    assert numeric_warnings(ALL_OTHER.format(rest="£27m")) == set()


# --- sum_mismatch: a rest whose whole is stated before the largest item --------------------

TOTAL_BEFORE = (
    "Ferry operator lifts revenue\n\n"
    "Revenue rose to £58m. Passenger fares brought in £34.5m, while freight added £16.0m. "
    "The rest, {rest}, came from onboard shops and parking."
)


def test_sums_rest_with_its_total_stated_before_is_not_held_against_the_largest_item(
    numeric_warnings,
):
    assert numeric_warnings(TOTAL_BEFORE.format(rest="£7.5m")) == set()


# --- unit_mismatch: counts standing together after "on" ------------------------------------

MOUNTED_ON = (
    "Rooftop array completed\n\n"
    "- Panels: 3,600 modules, each rated at 410 watts, mounted on 90 aluminium frames.\n"
    "- Cost: £1.2m.\n"
)


def test_units_counts_joined_by_on_are_not_compared(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(MOUNTED_ON)


RISE_ON = (
    "Lakeside hostels busier\n\n"
    "Hostels recorded 52,000 overnight stays this winter, a rise of 8% on the 48,000 "
    "guests who came last winter, the tourist office said."
)


def test_units_change_sized_on_a_count_of_another_thing_is_still_flagged(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(RISE_ON)


# --- sum_mismatch: "Most of the ..., N" is a part, not the whole ---------------------------

MOST_OF = (
    "Gym chain loses member data\n\n"
    "The chain said the stolen files covered about 84,000 members. "
    "Its security team found the breach on a Sunday. The regulator was told on the Monday. "
    "Passwords were reset the same week. "
    "Most of the affected members, 51,000, are in Scotland. A further 21,000 are in "
    "England, and the remaining {rest} are in Wales."
)


def test_sums_most_of_marks_the_largest_part_not_the_whole(numeric_warnings):
    assert numeric_warnings(MOST_OF.format(rest="12,000")) == set()


# --- unit_mismatch: "up to" is a ceiling, no rise; people in two words ----------------------

UP_TO = (
    "College admissions\n\n"
    "Because pupils can apply to up to four courses, the 52,000 applications came from "
    "about 18,500 individual applicants."
)


def test_units_up_to_is_no_rise_between_two_counts(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(UP_TO)


PEOPLE_TWO_WORDS = (
    "Ferry port busier than ever\n\n"
    "The port handled 3.6 million passengers in 2024, the harbour board said on Monday. "
    "That is an average of about 9,900 people a day, although the terminal was much busier "
    "in summer."
)


def test_units_passengers_and_people_linked_are_one_kind(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(PEOPLE_TWO_WORDS)


# --- sum_mismatch: the day a whole is told does not date its parts apart --------------------

TOLD_ON_A_DAY = (
    "Town adopts 2026 budget\n\n"
    "The town council on Monday adopted a budget of 96 million euros for 2026, split "
    "between schools (41 million euros), roads ({roads} million euros) and parks (12 "
    "million euros)."
)


def test_sums_parts_dated_by_the_day_of_telling_still_make_up_their_whole(numeric_findings):
    found = numeric_findings(TOLD_ON_A_DAY.format(roads="23"))
    assert [f.kind for f in found] == ["sum_mismatch"]


def test_sums_parts_dated_by_the_day_of_telling_that_add_up(numeric_warnings):
    assert numeric_warnings(TOLD_ON_A_DAY.format(roads="43")) == set()


# --- sum_mismatch: list lines labelled by category ------------------------------------------

LABELLED_LINES = (
    "Flood evacuation: key figures\n\n"
    "- Total evacuated since Monday: 12,400 people\n"
    "- In sports halls: 5,100\n"
    "- With relatives: 3,800\n"
    "- The rest, around {rest}, are in hotels paid for by the county\n"
)


def test_sums_lines_labelled_by_category_are_parts_of_the_total(numeric_findings):
    found = numeric_findings(LABELLED_LINES.format(rest="6,000"))
    assert [f.kind for f in found] == ["sum_mismatch"]


def test_sums_lines_labelled_by_category_that_add_up(numeric_warnings):
    assert numeric_warnings(LABELLED_LINES.format(rest="3,500")) == set()


@pytest.mark.model
@pytest.mark.parametrize(("june", "planted"), [("612", True), ("452", False)])
def test_key_figures_month_by_month_against_a_band(june, planted):
    """ "January 402 · February 388": each month's value is read (no date), so the learned
    pass (on by default) can hold June against the band every month keeps to."""
    from claimscope.contract.model import Article
    from claimscope.pipeline import Pipeline

    text = (
        "False alarms: the key figures\n\n"
        "• Monthly pattern: call-outs to false alarms have stayed within a band of 380 to 460 "
        "every month this year\n"
        f"• Month by month: January 402 · February 388 · March 431 · June {june}\n"
    )
    analysis = Pipeline(only=["quantities", "findings"]).analyze(
        Article(text=text, published="2023-09-20")
    )
    kinds = {f.kind for f in analysis.findings if f.severity == "warning"}
    assert ("range_violation" in kinds) is planted
