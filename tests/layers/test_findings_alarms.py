"""Clean articles that once drew a numeric warning, and planted twins that still must.

Each trap is a construction of ordinary news writing; the articles are our own."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-04"  # the date of this file's articles unless a test gives its own


def test_nearly_halved_allows_a_fall_to_a_little_more_than_half(numeric_warnings):
    text = (
        "Measles cases ease\n\n"
        "Weekly measles cases have nearly halved, from 820 in the first week of February "
        "to 440 last week, the health ministry said."
    )
    assert "change_mismatch" not in numeric_warnings(text, PUBLISHED)


def test_nearly_halved_still_flags_a_fall_of_a_fifth(numeric_warnings):
    text = (
        "Measles cases ease\n\n"
        "Weekly measles cases have nearly halved, from 820 in the first week of February "
        "to 650 last week, the health ministry said."
    )
    assert "change_mismatch" in numeric_warnings(text, PUBLISHED)


def test_a_neighbouring_change_speaks_of_its_own_clause(numeric_warnings):
    text = (
        "Malaria in the delta\n\n"
        "Malaria infections in the delta are running about 30 per cent higher than last "
        "year, officials said, although wider use of bed nets has cut deaths by half.\n\n"
        "Clinics recorded 26,000 malaria infections between January and August, compared "
        "with 20,000 in the same months of 2023."
    )
    assert "change_mismatch" not in numeric_warnings(text, "2024-09-10")


def test_a_neighbouring_change_of_the_same_thing_is_still_checked(numeric_warnings):
    text = (
        "Malaria in the delta\n\n"
        "Malaria infections in the delta are running about 60 per cent higher than last "
        "year, officials said, although wider use of bed nets has cut deaths by half.\n\n"
        "Clinics recorded 26,000 malaria infections between January and August, compared "
        "with 20,000 in the same months of 2023."
    )
    assert "change_mismatch" in numeric_warnings(text, "2024-09-10")


def test_a_capacity_is_no_total_against_a_daily_rate(numeric_warnings):
    text = (
        "Camp swells\n\n"
        "Lowe Ridge, 20 km from the border, was built in 2021 for 25,000 people.\n\n"
        '"We can screen maybe 150 people a day," said the camp manager.'
    )
    assert "rate_total_mismatch" not in numeric_warnings(text, "2024-05-02")


def test_a_group_named_after_its_breakdown_is_the_whole(numeric_warnings):
    text = (
        "Storm survey\n\n"
        "The storm damaged 9,400 homes in the county, a survey found.\n\n"
        "Westbay was worst hit, with 4,100 damaged homes, followed by Marsh End with 3,200 "
        "and Hollins with 1,300. The remaining 800 were spread across other parishes.\n\n"
        "Of the damaged homes, 610 were destroyed outright, fewer than one in ten."
    )
    assert "percentage_mismatch" not in numeric_warnings(text, PUBLISHED)


def test_a_share_of_a_group_named_after_its_breakdown_is_still_checked(numeric_warnings):
    text = (
        "Storm survey\n\n"
        "The storm damaged 9,400 homes in the county, a survey found.\n\n"
        "Westbay was worst hit, with 4,100 damaged homes, followed by Marsh End with 3,200 "
        "and Hollins with 1,300. The remaining 800 were spread across other parishes.\n\n"
        "Of the damaged homes, 2,900 were destroyed outright, fewer than one in ten."
    )
    assert "percentage_mismatch" in numeric_warnings(text, PUBLISHED)


def test_a_nested_breakdown_closes_on_its_own_whole(numeric_warnings):
    text = (
        "Floods have displaced 2.4 million, agency says\n\n"
        "Of those displaced by the end of May, 1.5 million remain in their home districts, "
        "while 900,000 have moved to other provinces, the agency said.\n\n"
        "Rivermouth hosts 480,000 displaced people and Dunstan 270,000, with the remaining "
        "150,000 spread across smaller towns."
    )
    assert "sum_mismatch" not in numeric_warnings(text, PUBLISHED)


def test_a_rest_that_overshoots_is_still_flagged(numeric_warnings):
    text = (
        "Flood displaced\n\n"
        "The floods have displaced 2.4 million people, the agency said.\n\n"
        "Rivermouth hosts 980,000 and Dunstan 870,000, with the remaining 950,000 spread "
        "across smaller towns."
    )
    assert "sum_mismatch" in numeric_warnings(text, PUBLISHED)


def test_a_figure_given_as_a_share_of_more_is_an_item_not_the_whole(numeric_warnings):
    text = (
        "Grocer's year\n\n"
        "Sales rose 4% to £3.10bn.\n\n"
        "Groceries now make up about 55% of the business, with sales of £1.70bn. Homeware "
        "brought in £1.10bn, of which £240m was sold online. The remaining £300m came "
        "from a café chain."
    )
    assert "sum_mismatch" not in numeric_warnings(text, PUBLISHED)


def test_the_rest_of_a_whole_split_between_parts_is_not_the_whole(numeric_warnings):
    text = (
        "Barley harvest\n\n"
        "He grew barley on 300 hectares this year. The rest of his 520-hectare farm is "
        "split between 140 hectares of beans and 80 hectares of pasture."
    )
    assert "sum_mismatch" not in numeric_warnings(text, PUBLISHED)


def test_all_but_n_of_m_gives_the_share_of_the_rest(numeric_warnings):
    text = (
        "Power back\n\n"
        "The network said it had reconnected all but 1,800 of the 60,000 homes that lost "
        "power in the storm, 97% of those affected."
    )
    assert "percentage_mismatch" not in numeric_warnings(text, PUBLISHED)


def test_n_of_last_years_things_is_a_part_not_the_years_total(numeric_warnings):
    text = (
        "Home sales\n\n"
        "There were 12,100 completed sales in 2025, about 1,000 a month.\n\n"
        "Cash buyers accounted for 2,900 of last year's sales, or 24%."
    )
    assert "rate_total_mismatch" not in numeric_warnings(text, "2026-01-20")


def test_a_headline_change_speaks_of_the_leads_pair(numeric_warnings):
    text = (
        "Thefts from cars fall by a quarter\n\n"
        "Police recorded 630 thefts from cars in 2024, down from 840 the year before.\n\n"
        "There were 52 thefts from cars in January, compared with 49 in January 2024."
    )
    assert "change_mismatch" not in numeric_warnings(text, "2025-02-20")


def test_a_headline_change_without_a_lead_pair_is_still_checked(numeric_warnings):
    text = (
        "Thefts from cars fall by a quarter\n\n"
        "There were 52 thefts from cars in January, compared with 49 in January 2024."
    )
    assert "change_mismatch" in numeric_warnings(text, "2025-02-20")


def _quake(district_figure: str) -> str:
    return (
        "Survey finds 6,300 homes destroyed across Marrow province\n\n"
        "Engineers found 6,300 houses destroyed and about 14,000 more damaged, the "
        "reconstruction office said on Monday.\n\n"
        f"The worst damage was in Kessel district. Some {district_figure} homes were "
        "flattened there alone, the survey found."
    )


def test_there_alone_marks_a_part_of_the_provinces_total(numeric_warnings):
    assert "part_exceeds_whole" in numeric_warnings(_quake("7,400"), PUBLISHED)


def test_there_alone_below_the_total_is_clean(numeric_warnings):
    assert "part_exceeds_whole" not in numeric_warnings(_quake("2,900"), PUBLISHED)


def test_grant_sizes_are_no_items_of_the_funds_breakdown(numeric_warnings):
    text = (
        "Arts fund awards £31.4m to 1,200 projects\n\n"
        "About 1,200 projects will share £31.4m from the arts fund this year.\n\n"
        "Grants ranged from £400 for a choir's music to £350,000 for a theatre roof. The "
        "average grant was just over £26,000, but most were smaller: 830 projects received "
        "less than £8,000.\n\n"
        "Projects in the East received £9.2m, the West £8.6m and the North £10.1m. The "
        "remaining £3.5m went to projects on the islands."
    )
    assert "sum_mismatch" not in numeric_warnings(text, PUBLISHED)


def _sentencing(share: str) -> str:
    return (
        "Burglars and the courts\n\n"
        "In the year to June 2024, the courts sentenced 2,150 adults for domestic burglary. "
        f"Of those 2,150, 720 were sent straight to prison - {share}. Another 610 received "
        "suspended sentences and the remaining 820 were given community orders or fines."
    )


def test_of_those_whole_opens_a_part_whose_share_is_wrong(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(_sentencing("nearly half"), PUBLISHED)


def test_of_those_whole_opens_a_part_whose_share_is_right(numeric_warnings):
    assert "percentage_mismatch" not in numeric_warnings(_sentencing("about a third"), PUBLISHED)


def test_a_participle_change_is_sized_by_its_main_clause(numeric_warnings):
    text = (
        "Second homes to pay more\n\n"
        "For a Band D home the bill will be £2,310.40, up from £2,201.90 last year.\n\n"
        "From April, owners of furnished homes that nobody lives in will pay a 100% premium, "
        "doubling the bill. About 1,400 properties will be affected."
    )
    assert "change_mismatch" not in numeric_warnings(text, "2025-03-04")


def test_a_verb_with_another_particle_counts_another_group(numeric_warnings):
    text = (
        "Recruitment short of target\n\n"
        "The force ran four intakes last year. The classes took in 131, 164, 150 and 158 "
        "recruits respectively, the second intake, in October, the largest since 2019.\n\n"
        "The minister said the bonus for recruits who accept a rural posting would stay. "
        "Eighty-two recruits took up the offer last year."
    )
    assert numeric_warnings(text, "2025-07-15") == set()


def test_a_part_of_this_years_group_is_no_whole_of_the_season(numeric_warnings):
    text = (
        "Fire season ends\n\n"
        "Crews responded to 2,870 fires between April 1 and Oct 15, up 12% from 2,560 fires "
        "last season. The worst fire forced the evacuation of about 3,100 residents from four "
        "villages.\n\n"
        "Lightning caused 905 of this year's fires, or 32%."
    )
    assert numeric_warnings(text, "2025-10-30") == set()


def test_a_sentence_with_a_cause_of_its_own_links_nothing_back(numeric_warnings):
    text = (
        "Storm damage\n\n"
        "The storm cut power to 41,000 homes in six districts on Sunday. Falling trees "
        "caused 212 of the week's road closures, the council said."
    )
    assert "unit_mismatch" not in numeric_warnings(text, "2025-02-10")


def test_people_a_day_restate_passengers_a_year(numeric_warnings):
    text = (
        "Airport record\n\n"
        "Westhaven Airport handled 7.3 million passengers in 2024, its busiest year. That is "
        "an average of about 20,000 people a day."
    )
    assert numeric_warnings(text, "2025-01-13") == set()


def test_up_to_before_a_figure_is_a_cap_not_a_rise(numeric_warnings):
    text = (
        "University applications\n\n"
        "The university received 38,600 applications for its 5,900 places. Because students "
        "can apply to up to five courses, those applications came from about 27,100 "
        "individual applicants."
    )
    assert numeric_warnings(text, "2025-09-08") == set()


def test_a_rate_restating_a_total_is_the_second_figures_alone(numeric_pipeline, numeric_warnings):
    text = (
        "Shelter year\n\n"
        "We rehomed 1,090 cats last year, about 21 every week. It was a hard year. "
        "We took in 1,240 cats over the year."
    )
    analysis = numeric_pipeline.analyze(Article(text=text, published="2025-03-02"))
    rates = {q.text: q.per for q in analysis.quantities}
    assert rates["1,090"] is None
    assert "rate_total_mismatch" not in numeric_warnings(text, "2025-03-02")


def _rain_year(month_share: str) -> str:
    return (
        "Station year in numbers\n\n"
        "- Total rainfall: 1,260 mm, about 118% of the 1991-2020 average of 1,070 mm.\n"
        f"- Wettest month: November, with 214 mm, {month_share} of the year's total.\n"
        "- Rain days: 192"
    )


def test_a_share_of_the_years_total_is_no_share_of_an_average(numeric_warnings):
    assert "percentage_mismatch" not in numeric_warnings(_rain_year("17%"), "2024-01-09")


def _theatres(kirkby: str) -> str:
    return (
        "Operations half-year\n\n"
        "Activity picked up over the summer: 8,900 operations took place between July and "
        "September, up from 8,100 in the previous three months.\n\n"
        "Key figures, April to September 2024:\n\n"
        f"- Planned operations: 17,000 (Royal Tamsin 10,400; Kirkby General {kirkby})"
    )


def test_a_bracketed_member_of_a_breakdown_is_no_whole_of_a_quarter(numeric_warnings):
    assert "part_exceeds_whole" not in numeric_warnings(_theatres("6,600"), "2024-10-08")


def test_a_bullet_glued_to_a_label_is_no_part_of_its_noun(numeric_pipeline):
    analysis = numeric_pipeline.analyze(Article(text=_theatres("6,600"), published="2024-10-08"))
    counted = {q.text: q.counted for q in analysis.quantities}
    assert counted["17,000"] == "planned operation"


def _trial(placebo_share: str) -> str:
    return (
        "Trial results\n\n"
        "Headaches halved for 412 of the 880 people taking the drug, or 47%, against 118 of "
        f"the 438 on placebo, or {placebo_share}."
    )


def test_each_arm_of_a_trial_keeps_its_own_share(numeric_warnings):
    assert "percentage_mismatch" not in numeric_warnings(_trial("27%"), "2025-09-30")


def test_a_wrong_share_of_the_second_arm_is_still_flagged(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(_trial("37%"), "2025-09-30")


def _measles(headline: str) -> str:
    return (
        f"{headline}\n\nOfficials confirmed 133 measles cases in 2024. In 2023 the figure was 92."
    )


def test_the_figure_was_counts_what_the_sentence_before_counted(numeric_warnings):
    text = _measles("Measles cases nearly doubled")
    assert "change_mismatch" in numeric_warnings(text, "2025-01-28")


def test_the_figure_was_with_a_true_change_is_clean(numeric_warnings):
    text = _measles("Measles cases up by more than 40%")
    assert numeric_warnings(text, "2025-01-28") == set()
