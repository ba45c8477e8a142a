"""percentage_mismatch: which figure a share's part and whole are, and which they are not.

Short articles written for these tests; each planted case has a clean twin.
"""

from __future__ import annotations

import pytest

# --- a whole "of the total" is neither one item of a list nor a change's starting point --

LISTED_ITEMS = (
    "The county recorded 9,800 road accidents in 2023, up 5% from 9,330 the year before. "
    "Police logged 5,300 accidents in the first half and 4,500 in the second. Drivers under "
    "25 were involved in 2,650 accidents, {share} of the total, the report said."
)


@pytest.mark.model
def test_percentages_total_is_not_an_item_of_the_list_before(numeric_warnings):
    assert numeric_warnings(LISTED_ITEMS.format(share="about 27%")) == set()


@pytest.mark.model
def test_percentages_total_past_the_list_still_checked(numeric_warnings):
    assert numeric_warnings(LISTED_ITEMS.format(share="about 45%")) == {"percentage_mismatch"}


KEY_FIGURES = (
    "Key figures\n\n"
    "- 420: total number of clinics now listed by the health board, up from 260 last year.\n"
    "- 140: listed clinics that open at weekends in just four counties, roughly a third of "
    "the total.\n"
)


@pytest.mark.model
def test_percentages_key_figure_total_not_its_starting_point(numeric_warnings):
    assert numeric_warnings(KEY_FIGURES) == set()


# --- an average is no group's whole -----------------------------------------------------

AVERAGE_WHOLE = (
    "Thefts from cars in Marlow reached 1,560 last year. March was the worst month, with "
    "171 thefts, against a monthly average for the year of about 130. In Marlow, 120 of "
    "the year's thefts led to a charge, a rate of {share}."
)


@pytest.mark.model
def test_percentages_monthly_average_is_not_the_whole(numeric_warnings):
    assert numeric_warnings(AVERAGE_WHOLE.format(share="7.7 per cent")) == set()


# --- a part from another time is no part of the whole -----------------------------------

OTHER_MONTH = (
    "May brought 14mm of rain, about {share} of the month's 61mm average, and only 3mm has "
    "fallen so far in June."
)


@pytest.mark.model
def test_percentages_part_of_another_month_is_not_taken(numeric_warnings):
    assert numeric_warnings(OTHER_MONTH.format(share="23 per cent")) == set()


# --- a bare subject the tagger calls a product is a count ----------------------------------

SUBJECT_COUNT = (
    "Of the 2,150 students who sat the exam across the college this spring, 1,720 passed "
    "in all three papers, {share}."
)


@pytest.mark.model
def test_percentages_bare_subject_after_a_season_is_the_part(numeric_warnings):
    assert numeric_warnings(SUBJECT_COUNT.format(share="62 per cent")) == {"percentage_mismatch"}
    assert numeric_warnings(SUBJECT_COUNT.format(share="80 per cent")) == set()


# --- "That's" restates the last figures said, past a sentence of comment -------------------

RESTATED_PAST_COMMENT = (
    "The mill closed in May, and 820 people lost their jobs. By the union's count, 390 of "
    "the 820 former staff have found new work. Many are earning less than before. "
    '"That\'s {share} of our people back in work," said the branch secretary.'
)


@pytest.mark.model
def test_percentages_restating_share_past_a_sentence_without_figures(numeric_warnings):
    assert numeric_warnings(RESTATED_PAST_COMMENT.format(share="35%")) == {"percentage_mismatch"}
    assert numeric_warnings(RESTATED_PAST_COMMENT.format(share="48%")) == set()


# --- a share of a group said to have had a deed done, against the counts of both ----------

DEED_ELSEWHERE = (
    "Arts council funds 64 theatre projects\n\n"
    "The Northern Arts Council has awarded £3.1m to 64 theatre projects in its spring round, "
    "the council said on Monday.\n\n"
    "The council received 250 bids this year, up 9% from 229 in 2023.\n\n"
    '"With {share} bids funded, this is still a hard round to win," said its director.'
)


@pytest.mark.model
def test_percentages_share_of_a_group_with_a_deed_against_counts_elsewhere(numeric_warnings):
    assert numeric_warnings(DEED_ELSEWHERE.format(share="roughly one in two")) == {
        "percentage_mismatch"
    }
    assert numeric_warnings(DEED_ELSEWHERE.format(share="roughly one in four")) == set()


def test_quantities_money_given_to_a_count_is_no_range(real_nlp):
    from claimscope.contract.model import Article
    from claimscope.pipeline import Pipeline

    text = "The council has awarded £48.6m to 86 research projects."
    found = Pipeline(only=["quantities"]).analyze(Article(text=text)).quantities
    assert [(q.value, q.unit) for q in found] == [(48_600_000.0, "GBP"), (86.0, None)]


POINTED_DEED = (
    "The academy said 1,800 recruits finished the ten-week course this spring. The youngest "
    'was 17. "{share} of these young people joined a regiment straight away," its commander '
    "said. Figures from the academy show 1,210 of the spring recruits joined a regiment, while "
    "300 went to university."
)


@pytest.mark.model
def test_percentages_deed_share_of_people_pointed_back_to(numeric_warnings):
    assert numeric_warnings(POINTED_DEED.format(share="Half")) == {"percentage_mismatch"}
    assert numeric_warnings(POINTED_DEED.format(share="Two out of three")) == set()


OTHER_TALLY_DEED = (
    "Court convicts two-thirds of dockers in Marfield strike trial\n\n"
    "The court in Marfield found 24 of the 36 dockers guilty on Friday. Among those "
    "sentenced was Ivo Brandt, 44, a crane driver. In a separate case in Selby last year, "
    "9 of 20 pickets were convicted."
)


@pytest.mark.model
def test_percentages_deed_share_not_against_a_tallys_whole_or_an_age(numeric_warnings):
    assert numeric_warnings(OTHER_TALLY_DEED) == set()


# --- "a third of total exports": a share of what the article says was exported ----------

EXPORTS = (
    "Olive growers look east\n\n"
    "The Korrin valley exported 48,000 {unit} of olive oil last year, the growers' board "
    "said. Shipments to Japan reached 9,600 {unit}, {share} of the valley's total exports. "
    "Canada still took the most, at 11,200 {unit}, or almost a quarter of the total."
)


@pytest.mark.model
@pytest.mark.parametrize("unit", ["tonnes", "hectolitres"])
def test_percentages_share_of_exports_is_of_the_amount_exported(numeric_warnings, unit):
    text = EXPORTS.format(unit=unit, share="nearly half")
    assert numeric_warnings(text) == {"percentage_mismatch"}


@pytest.mark.model
@pytest.mark.parametrize("unit", ["tonnes", "hectolitres"])
def test_percentages_share_of_exports_that_fits_clean(numeric_warnings, unit):
    # nor is Japan's 9,600, with its own share set off after it, the "total" Canada's
    # 11,200 is a share of
    assert numeric_warnings(EXPORTS.format(unit=unit, share="about a fifth")) == set()


_CLADDING = (
    "Cladding works\n\n"
    "Officials have identified 3,640 tall buildings with unsafe cladding.\n\n"
    "Work has started or finished on 2,180 of the 3,640 buildings, or 60 per cent. It is "
    "finished on 1,310, which is 36 per cent. {when}, 27 per cent of the buildings then "
    "identified had been completed.\n"
)


def test_shares_an_earlier_share_is_not_held_against_todays_counts(numeric_warnings):
    """ "A year ago, 27 per cent": a share of another time, which today's counts do not give."""
    assert "percentage_mismatch" not in numeric_warnings(_CLADDING.format(when="A year ago"))


_CAUSES = (
    "Fire report\n\n"
    "A total of 8,200 fires were reported in the province during the period, a decrease of "
    "6 percent compared with 8,720 in the same period of last year. Deaths fell to 38.\n\n"
    "Residential fires numbered 3,280, accounting for {res} percent of the total. Electrical "
    "faults caused 2,050 fires, or about {elec} of the total.\n"
)


def test_percentages_shares_of_the_total_are_of_the_marked_total_not_a_baseline(
    numeric_warnings,
):
    assert not numeric_warnings(_CAUSES.format(res="40", elec="one quarter"), "2021-10-20")


def test_percentages_a_share_of_the_total_that_misses_the_marked_total(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(
        _CAUSES.format(res="40", elec="one third"), "2021-10-20"
    )


_SEASON = (
    "Record crowds\n\n"
    "Attendances in the league reached a record 612,400 this season, up 17.5 per cent on last "
    "season's total of 521,300. The 12 teams played 132 matches.\n\n"
    "Six fixtures were moved to larger stadiums. Those six matches drew 171,000 spectators "
    "between them, or {share} per cent of the season's total, the league said.\n"
)


def test_percentages_the_total_a_change_starts_from_stands_for_the_one_it_reached(
    numeric_warnings,
):
    assert "percentage_mismatch" in numeric_warnings(_SEASON.format(share="38"), "2024-05-27")
    assert "percentage_mismatch" not in numeric_warnings(_SEASON.format(share="28"), "2024-05-27")


def test_percentages_a_total_label_with_a_chemical_formula_marks_the_total(numeric_warnings):
    text = (
        "Cement works emissions\n\n"
        "Key figures:\n"
        "- Total CO2 emissions: 1.45 million tonnes.\n"
        "- Of which from fuel: {part} tonnes, about 20% of the total.\n"
    )
    assert "percentage_mismatch" in numeric_warnings(text.format(part="430,000"), "2023-04-01")
    assert "percentage_mismatch" not in numeric_warnings(text.format(part="290,000"), "2023-04-01")
