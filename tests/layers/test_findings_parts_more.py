"""``part_exceeds_whole`` on constructions of news writing, on short articles we wrote.

Each mechanism has a planted article (the part larger than its whole) and a clean twin
whose figures fit, or a trap that must stay quiet.
"""

from __future__ import annotations

from claimscope.contract.model import Article

PART = "part_exceeds_whole"


def _quantities(numeric_pipeline, text: str) -> list[tuple[str, float | None, str | None]]:
    analysis = numeric_pipeline.analyze(Article(text=text, published="2024-06-01"))
    return [(q.text, q.low, q.counted) for q in analysis.quantities]


# "alone" after an apposition: "The town of X, the county's largest, alone recorded N"
_APPOSITION = (
    "Road deaths in the Marlow police area rose to {whole} last year, official figures show. "
    "Officers blamed speeding and mobile phones. "
    "The town of Ashcombe, the area's largest population centre, alone recorded {part} road "
    "deaths last year, the highest total in its history."
)


def test_parts_alone_after_apposition_planted(numeric_warnings):
    assert PART in numeric_warnings(_APPOSITION.format(whole=118, part=131))


def test_parts_alone_after_apposition_clean(numeric_warnings):
    assert PART not in numeric_warnings(_APPOSITION.format(whole=118, part=41))


# a fraction of a scale word is one figure, and the headline's total is the whole of a
# later "N of the NOUN"
_HEADLINE = (
    "Stovecraft recalls half a million toasters\n\n"
    "Stovecraft is recalling its T-20 toaster after reports of overheating, the safety "
    "regulator said on Monday.\n\n"
    "The recall covers every T-20 sold since 2021. The toasters sold for about $40.\n\n"
    "Texas accounted for the largest number, with some {part} of the toasters sold in the "
    "state, followed by Ohio with 61,000."
)


def test_parts_fraction_of_a_million_is_one_figure(numeric_pipeline):
    found = _quantities(numeric_pipeline, "Nearly a quarter of a million fans came.")
    assert found == [("Nearly a quarter of a million", 250_000.0, "fan")]
    assert _quantities(numeric_pipeline, "It received half a million pounds.")[0][1] == 500_000.0


def test_parts_fraction_before_hyphenated_scale_stays_a_share(numeric_pipeline):
    found = _quantities(numeric_pipeline, "They spent half of a million-pound grant.")
    assert ("half", 0.5, None) in found


def test_parts_headline_total_planted(numeric_warnings):
    assert PART in numeric_warnings(_HEADLINE.format(part="610,000"))


def test_parts_headline_total_clean(numeric_warnings):
    assert PART not in numeric_warnings(_HEADLINE.format(part="210,000"))


# a season "alone" of people caught against a year's count of detections
_SEASON = (
    "Police in the Dunmore division recorded {whole} drink-driving detections in 2023, "
    "down from 240 the year before, a committee heard on Monday. "
    "Officers ran 900 checkpoints during the year. "
    "The chief superintendent said at least three fatal collisions involved drink. "
    "Between June and August last year alone, {part} motorists were caught over the limit "
    "across the division."
)


def test_parts_season_alone_people_against_deed_noun_planted(numeric_warnings):
    assert PART in numeric_warnings(_SEASON.format(whole=190, part=221), "2024-02-10")


def test_parts_season_alone_people_against_deed_noun_clean(numeric_warnings):
    assert PART not in numeric_warnings(_SEASON.format(whole=190, part=71), "2024-02-10")


# key-figure lines: the label before the colon names what the figure counts
_KEY_FIGURES = (
    "The vote in numbers\n\n"
    "KEY FIGURES\n\n"
    "- Registered voters: 2.1 million\n"
    "- Complaints received by the commission nationwide: {whole}\n"
    "- Complaints upheld: 19\n\n"
    "The commission's bulletins show most grievances came from the north: it received "
    "{part} complaints from the capital alone."
)


def test_parts_key_figure_label_names_the_count(numeric_pipeline):
    found = _quantities(numeric_pipeline, _KEY_FIGURES.format(whole=312, part=40))
    assert ("312", 312.0, "complaint") in found
    assert ("19", 19.0, "complaint") in found


def test_parts_key_figure_label_planted(numeric_warnings):
    assert PART in numeric_warnings(_KEY_FIGURES.format(whole=312, part=355))


def test_parts_key_figure_label_clean(numeric_warnings):
    assert PART not in numeric_warnings(_KEY_FIGURES.format(whole=312, part=155))


def test_parts_label_of_a_clause_names_nothing(numeric_pipeline):
    found = _quantities(numeric_pipeline, "The minister told reporters: 40 were hurt.")
    assert ("40", 40.0, None) in found


# traps: a flow against a count not said to be that flow; "the same period" after a day
def test_parts_openings_are_no_part_of_closures(numeric_warnings):
    text = (
        "Beanhouse opened 48 cafes in the first three months of the year and closed 11, "
        "taking its estate to 1,036, the company said. Openings peaked in March, when 21 "
        "new cafes began trading."
    )
    assert PART not in numeric_warnings(text)


def test_parts_closures_in_a_month_planted(numeric_warnings):
    text = (
        "Beanhouse closed 11 cafes in the first three months of the year, the company said. "
        "In March alone it closed 21 cafes."
    )
    assert PART in numeric_warnings(text)


def test_parts_same_period_not_a_day_in_a_month(numeric_warnings):
    text = (
        "Northfield Police recorded 48,200 violent offences in 2023. That is about 132 a "
        "day. The total included 3,150 knife offences. The busiest day was New Year's Day, "
        "with 410 offences; the quietest was a Tuesday in February, with 74. The city of "
        "Ashby accounted for 19,700 of the offences. Southmoor Police, the neighbouring "
        "force, recorded 52,600 violent offences over the same period. The force recorded "
        "24,600 violent offences in the first six months of 2024."
    )
    assert PART not in numeric_warnings(text, "2024-08-07")


# a superlative ranking one member among its peers makes its figure a part
_RANKED = (
    "Relief reaches the hills\n\n"
    "- Villages reached by aid convoys so far: {whole}\n"
    "- Trucks in service: 60\n\n"
    "Most deliveries have gone to the Sora valley, the worst-hit district, where {part} "
    "villages have now received at least one convoy, officials said."
)


def test_parts_ranked_member_planted(numeric_warnings):
    assert PART in numeric_warnings(_RANKED.format(whole=184, part=214))


def test_parts_ranked_member_clean(numeric_warnings):
    assert PART not in numeric_warnings(_RANKED.format(whole=184, part=114))


def test_parts_superlative_over_time_ranks_no_member(numeric_warnings):
    text = (
        "The clinic treated 900 patients in 2023. "
        "The largest clinic in the county, St Anne's, saw 1,200 patients, the highest "
        "total in its history."
    )
    assert PART not in numeric_warnings(text)


def test_parts_flow_verb_shared_within_one_sentence(numeric_warnings):
    text = (
        "The union signed up 2,300 new members in 2023, officials said, including 2,900 in "
        "the first half of 2023, when the strike was called."
    )
    assert PART in numeric_warnings(text)


def test_parts_different_things_in_a_month_alone_are_no_part(numeric_warnings):
    text = (
        "The state confirmed 48,600 dengue cases since January 1. Health agents visited "
        "212,000 homes in April alone to look for mosquito breeding sites."
    )
    assert PART not in numeric_warnings(text)


# A quoted sentence opened by "Of those nights," points back past a figure that only says
# by how much a limit was passed ("exceeding the limit by 41 nights").
_LIMIT = (
    "The flat had been let for 131 nights during 2023, exceeding the limit by 41 nights, the "
    'court heard. "Of those nights, {part} were booked through the app," the prosecutor said.'
)


def test_parts_quoted_opener_points_past_a_size_of_excess(numeric_warnings):
    assert "part_exceeds_whole" in numeric_warnings(_LIMIT.format(part="146"), "2024-03-01")


def test_parts_quoted_opener_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_LIMIT.format(part="96"), "2024-03-01")


# A span told as running to the publication day holds no figure booked for a later year.
def test_parts_a_later_year_is_no_sub_period_of_a_span_to_date(numeric_warnings):
    text = (
        "The port scheduled 164 cruise calls between March and October, of which 151 went "
        "ahead. The port already has 180 calls booked for 2023."
    )
    assert not numeric_warnings(text, "2022-10-31")
