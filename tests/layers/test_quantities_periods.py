"""The time a figure covers: month spans, lengths, instants, and periods that point back.

Every article here is a few sentences we wrote for the construction under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimscope.contract.model import Article, Quantity
from claimscope.layers._quantities.period_refs import SentencePeriods, resolve_references
from claimscope.layers._quantities.periods import PeriodMatch, find_periods
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities

PUB = date(2025, 6, 12)  # a Thursday


def _periods(text: str, pub: date | None = PUB) -> list[PeriodMatch]:
    return find_periods(text, 0, pub)


def _one_period(text: str, pub: date | None = PUB) -> PeriodMatch:
    (p,) = _periods(text, pub)
    return p


def _article(sentences: list[str], pub: date | None = PUB) -> list[list[PeriodMatch]]:
    """Periods of consecutive sentences joined by spaces, resolved across the article."""
    text, spans = "", []
    for s in sentences:
        start = len(text)
        text += s + " "
        spans.append(SentencePeriods(start, start + len(s), find_periods(s, start, pub)))
    return resolve_references(spans, text, pub)


# Month spans


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Exports fell in the July-September quarter.", "2024-07-01", "2024-09-30"),
        ("Output rose in the April\u2013June period.", "2025-04-01", "2025-06-30"),
        ("Key figures, January to June 2023", "2023-01-01", "2023-06-30"),
        ("The busiest quarter, October to December, set a record.", "2024-10-01", "2024-12-31"),
    ],
)
def test_periods_month_span_with_dash_or_without_preposition(text, first, last):
    p = _one_period(text)
    assert (p.kind, p.first, p.last) == ("month_span", first, last)


def test_periods_month_span_needs_capitalised_months():
    assert _periods("They may to some degree march on.") == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Guards stopped 310 a day between January and the end of May.",
            "2025-01-01",
            "2025-05-31",
        ),
        ("Sales grew from the start of March to mid-May.", "2025-03-01", "2025-05-15"),
        ("Prices rose between March and May.", "2025-03-01", "2025-05-31"),
    ],
)
def test_periods_month_range_edges_inside_months(text, first, last):
    p = _one_period(text)
    assert (p.first, p.last) == (first, last)


def test_periods_month_range_to_early_month_is_not_guessed():
    p = _one_period("Sales grew from March to early May.")
    assert (p.first, p.last) == (None, None)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The firm hired 400 people between 2019 and 2023.", "2019-01-01", "2023-12-31"),
        ("The firm hired 400 people in 2019-2023.", "2019-01-01", "2023-12-31"),
        ("The price averaged A$640 a tonne in the June quarter.", "2025-04-01", "2025-06-30"),
        ("The firm reported third-quarter revenue of $6.2 billion.", "2024-07-01", "2024-09-30"),
        ("First-half profit rose to $400 million.", "2025-01-01", "2025-06-12"),
        ("In the first ten days of March, 400 were hired.", "2025-03-01", "2025-03-10"),
        ("In the week to Sunday, 400 cases were reported.", "2025-06-02", "2025-06-08"),
        ("Sales reached 400 in the fortnight to May 3.", "2025-04-20", "2025-05-03"),
        ("In the past fortnight, 300 arrived.", "2025-05-29", "2025-06-12"),
        ("The plant opened last June with 400 staff.", "2024-06-01", "2024-06-30"),
        ("They expect 45,000 tonnes next year.", "2026-01-01", "2026-12-31"),
        ("In July last year, the crossing recorded 9,800.", "2024-07-01", "2024-07-31"),
        ("Sales in May this year rose to 400.", "2025-05-01", "2025-05-31"),
        ("Between May and August this year the hives made 11 t.", "2025-05-01", "2025-08-31"),
        ("The peak day in May was May 14, when 1,350 crossed.", "2025-05-14", "2025-05-14"),
        ("Its estimate for summer 2022 was revised up from 1,540.", "2022-06-01", "2022-08-31"),
        ("In the winter of 2020-21 it closed 23 times.", "2020-12-01", "2021-02-28"),
        ("July, the hottest month, accounted for 710 deaths.", "2024-07-01", "2024-07-31"),
    ],
)
def test_periods_more_spans(text, first, last):
    p = _one_period(text)
    assert (p.first, p.last) == (first, last)


def test_periods_since_a_long_clause_ending_in_a_month():
    p = _one_period(
        "Output has ranged widely since the provincial government issued licences in April."
    )
    assert (p.kind, p.first) == ("since_month", "2025-04-01")


def test_periods_since_a_long_clause_ending_in_a_day():
    p = _one_period(
        "Trucks have moved 1,900 tonnes a week since the first convoy left the port of "
        "Nacala on May 6."
    )
    assert (p.kind, p.first) == ("since_day", "2025-05-06")


def test_periods_the_same_quarter_last_year_is_that_quarter_a_year_back():
    found = _periods(
        "In the first three months of 2025 the depot moved 41,000 pallets, against 38,500 "
        "in the same quarter last year.",
        date(2025, 4, 16),
    )
    assert [(p.kind, p.first, p.last) for p in found][-1] == (
        "year_before",
        "2024-01-01",
        "2024-03-31",
    )


def test_periods_since_an_event_some_weeks_ago():
    p = _one_period(
        "Crews have cleared 4,100 tonnes of debris since the magnitude 6.1 quake that struck "
        "the valley three weeks ago."
    )
    assert (p.kind, p.first, p.last) == ("since_ago", "2025-05-22", "2025-06-12")


def test_periods_since_a_clause_ending_in_a_year():
    p = _one_period("The series has sold 3.4 million copies since the first book came out in 2012.")
    assert (p.kind, p.first) == ("since_year", "2012-01-01")


@pytest.mark.parametrize(
    "text",
    [
        "In Budapest 1,900 turned out, the largest group since the event began in 2018.",
        "It was the first time since March that sales fell below 400.",
    ],
)
def test_periods_since_after_a_superlative_compares_and_dates_nothing(text):
    assert all("since" not in p.kind for p in _periods(text))


@pytest.mark.parametrize(
    "text",
    [
        "Exports fell 18% in the season that ended in August to 312,000 tonnes.",
        "The crop fell short of the 125,000 tonnes it had forecast in May.",
    ],
)
def test_periods_end_of_another_span_or_date_of_a_forecast_is_no_period(text):
    assert _periods(text) == []


def test_periods_year_ending_in_a_month():
    p = _one_period("The 140 vehicles were fined in the year ending in March.")
    assert (p.first, p.last) == ("2024-04-01", "2025-03-31")


def test_periods_age_of_a_holder_is_no_length():
    found = _periods("Women made up 44% of finishers, the highest in the race's 38-year history.")
    assert found == []


def test_periods_two_year_split_is_not_two_years():
    assert _one_period("The club sold 400 tickets in 2022-2023.").first is None


def test_periods_first_days_without_a_month_are_only_a_length():
    p = _one_period("In the first ten days, 400 were hired.")
    assert (p.first, p.duration) == (None, "P10D")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The worst day was 27 May, a bank holiday, when 400 came.", "2025-05-27"),
        ("The busiest night was August 8, when 130 nests were counted.", "2024-08-08"),
        ("On the worst single day, 18 February, teams went out 23 times.", "2025-02-18"),
        ("The busiest day, Saturday December 14, saw 1,900 trees sold.", "2024-12-14"),
        ("Camp logs for Thursday 5 September show 455,000 litres.", "2024-09-05"),
        ("On Thursday 5 June, 455,000 litres were delivered.", "2025-06-05"),
        ("Yesterday 400 people came.", "2025-06-11"),
    ],
)
def test_periods_one_day_said_of_a_day(text, day):
    p = _one_period(text)
    assert (p.first, p.last, p.point) == (day, day, True)


# A month named as subject or possessive


@pytest.mark.parametrize(
    "text",
    [
        "October's total came to 412 mm.",
        "October was the wettest month, with 412 mm.",
        "October alone brought 412 mm of rain.",
    ],
)
def test_periods_month_as_subject_or_possessive(text):
    p = _one_period(text)
    assert (p.kind, p.first, p.last) == ("month_named", "2024-10-01", "2024-10-31")


def test_periods_month_at_sentence_start_before_a_name_or_day_is_no_subject():
    assert all(p.kind != "month_named" for p in _periods("June Carter sold 400 records."))
    assert all(p.kind != "month_named" for p in _periods("May 3 was a Friday."))


# Split years and instants


def test_periods_split_year_is_kept_as_words():
    p = _one_period("The council completed 940 homes in 2022-23.")
    assert (p.kind, p.first, p.last) == ("split_year", None, None)
    assert p.text == "in 2022-23"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("At the end of March, 2,450 homes had permission.", "2025-03-31"),
        ("The tank was a fifth full at the start of May.", "2025-05-01"),
        ("Net debt stood at $2.1 billion as of May 30.", "2025-05-30"),
        ("Debt was cut to $2.1 billion at the end of 2024.", "2024-12-31"),
    ],
)
def test_periods_instant_is_one_day_with_zero_length(text, day):
    p = _one_period(text)
    assert (p.first, p.last, p.duration) == (day, day, "P0D")


def test_periods_at_a_date_is_an_instant():
    p = _one_period("Net cash rose to A$412 million at June 30.", date(2024, 8, 22))
    assert (p.first, p.duration) == ("2024-06-30", "P0D")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("E-book loans rose by 18% compared with 2024, when 176,400 were borrowed.", "2024-01-01"),
        ("Sales were up 5% on 2023 at 400.", "2023-01-01"),
    ],
)
def test_periods_year_of_comparison(text, first):
    assert _one_period(text).first == first


def test_periods_for_the_month_before_a_figure_points_back():
    p = _one_period("St Anne's recorded 6,380, taking the total for the month to 17,620.")
    assert (p.kind, p.refers) == ("ref", "month")


def test_periods_until_the_end_of_a_month_is_an_instant():
    p = _one_period("Single fares remain capped at £2 until the end of December.")
    assert (p.first, p.duration) == ("2024-12-31", "P0D")


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("By mid-June donors had provided $640 million.", "2025-06-15"),
        ("By the end of May, the mine had shipped 41,000 tonnes.", "2025-05-31"),
        ("The clinic had seen 3,400 patients by close of business on Tuesday.", "2025-06-10"),
        ("By Monday evening the appeal had raised £58,000.", "2025-06-09"),
        ("By Thursday morning 900 homes had been reconnected.", "2025-06-12"),
    ],
)
def test_periods_by_a_date_closes_a_running_total(text, last):
    p = _one_period(text)
    assert (p.first, p.last, p.duration) == (None, last, None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The pier reopened last Saturday.", "2025-06-07"),
        ("The pier reopened on Saturday.", "2025-06-07"),
        # said on a Thursday, "last Thursday" is a week back; "on Thursday" is today
        ("The pier reopened last Thursday.", "2025-06-05"),
        ("The pier reopened on Thursday.", "2025-06-12"),
    ],
)
def test_periods_a_weekday_is_the_latest_one_by_publication(text, day):
    p = _one_period(text)
    assert (p.first, p.last) == (day, day)


def test_periods_since_then_runs_from_the_day_named_last():
    found = _article(
        [
            "The gale reached the coast last Friday evening.",
            "Since then crews have cleared about 40 fallen trees a day.",
        ]
    )
    assert [(p.text, p.first, p.last) for p in found[1]] == [
        ("Since then", "2025-06-06", "2025-06-12")
    ]


def test_periods_since_it_began_still_prefers_a_running_span():
    found = _article(
        [
            "Since March 3 the depot has run a night shift, and on Friday it hired 12 drivers.",
            "Since then it has loaded 300 lorries a day.",
        ]
    )
    assert [(p.first, p.last) for p in found[1]] == [("2025-03-03", "2025-06-12")]


def test_periods_instant_a_year_earlier_stays_an_instant():
    found = _periods(
        "Debt fell to $2.1 billion at the end of December from $3.0 billion a year earlier."
    )
    assert [(p.first, p.duration) for p in found] == [
        ("2024-12-31", "P0D"),
        ("2023-12-31", "P0D"),
    ]


def test_periods_same_point_last_year_is_an_undated_instant():
    p = _one_period("At the same point last year the reservoirs were 88% full.")
    assert (p.first, p.last, p.duration) == (None, None, "P0D")


# Lengths without dates


@pytest.mark.parametrize(
    ("text", "duration", "points_back"),
    [
        ("It recorded 38,600 crossings over the five months.", "P5M", True),
        ("It drew 18 million streams in the show's first 12 weeks.", "P12W", False),
        (
            "Labs confirmed 85 cases a week over the six weeks since the first diagnosis.",
            "P6W",
            False,
        ),
        ("It counted 1,840 in the six months before the truce.", "P6M", False),
        ("The service averaged 3.4 rescues a day across the four-month season.", "P4M", True),
    ],
)
def test_periods_length_without_dates(text, duration, points_back):
    p = next(p for p in _periods(text) if p.kind == "length")
    assert (p.first, p.last, p.duration) == (None, None, duration)
    assert (p.refers == "length") is points_back


def test_periods_length_from_a_dated_start():
    p = _one_period(
        "Police detained 2,860 people during the four days of protests that began on Thursday."
    )
    assert (p.first, p.last) == ("2025-06-05", "2025-06-08")  # the Thursday a week before


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "They vaccinated 1.42 million children in a five-day drive that ended on Friday.",
            "2025-06-02",
            "2025-06-06",
        ),
        (
            "Volunteers collected 36 tonnes in a two-week clean-up that ended on Sunday.",
            "2025-05-26",
            "2025-06-08",
        ),
    ],
)
def test_periods_length_up_to_a_dated_end(text, first, last):
    p = _one_period(text)
    assert (p.first, p.last) == (first, last)


def test_periods_length_after_a_dated_event():
    p = _one_period("Insurers got 1,400 claims a day in the 30 days after the storm of June 12.")
    assert (p.first, p.last) == ("2025-06-13", "2025-07-12")


# Periods that point back


def test_refs_length_points_to_an_earlier_period_of_that_length():
    found = _article(
        [
            "Guards stopped 310 attempts a day between January and the end of May.",
            "In all, they recorded 38,600 crossings over the five months.",
        ]
    )
    p = found[1][0]
    assert (p.first, p.last, p.duration) == ("2025-01-01", "2025-05-31", None)


def test_refs_length_with_no_period_of_that_length_keeps_only_its_length():
    found = _article(["Sales rose in March.", "Over the five months, it sold 900."])
    p = found[1][0]
    assert (p.first, p.last, p.duration) == (None, None, "P5M")


def test_refs_over_the_year_far_below_takes_a_whole_year_before_a_running_one():
    found = _article(
        [
            "This year's annual report came out last week.",
            "It logged 2,190 damp homes in the year to March.",
            "That is one home in seven.",
            "It is not a handful.",
            "Staff are busy.",
            "It received 52,000 repair requests over the year.",
        ],
        date(2025, 7, 15),
    )
    p = found[5][0]
    assert (p.first, p.last) == ("2024-04-01", "2025-03-31")


def test_refs_that_week_after_a_dated_week():
    found = _article(
        [
            "Hospitals admitted 2,450 patients between 1 June and 31 August 2024.",
            "The heatwave of 7 to 13 July 2024 was the worst.",
            "During that week alone, hospitals admitted 2,910 people.",
        ]
    )
    p = found[2][0]
    assert (p.text, p.first, p.last) == ("During that week", "2024-07-07", "2024-07-13")


def test_refs_that_year_after_a_year_named_as_a_modifier():
    found = _article(["The 2022 race nearly broke me.", "Only 7,150 runners finished that year."])
    assert (found[1][0].first, found[1][0].last) == ("2022-01-01", "2022-12-31")


def test_refs_the_month_after_a_possessive_month():
    found = _article(
        ["October's total came to 412 mm.", "That is 21 mm a day across the month."],
        pub=date(2023, 11, 6),
    )
    assert (found[1][0].first, found[1][0].last) == ("2023-10-01", "2023-10-31")


def test_refs_the_year_takes_the_year_named_most_often():
    found = _article(
        [
            "Incursions hit 212 last year.",
            "There were 212 in 2024, the most since reporting began in 2011.",
            "Controllers logged 27 incursions a month across the year.",
        ]
    )
    assert (found[2][0].first, found[2][0].last) == ("2024-01-01", "2024-12-31")


def test_refs_over_the_weekend_with_none_named_is_the_latest():
    found = _article(["Police arrested 40 people over the weekend."], pub=date(2025, 6, 16))
    assert (found[0][0].first, found[0][0].last) == ("2025-06-14", "2025-06-15")


def test_refs_running_quarter_after_a_past_year_is_that_years():
    found = _article(
        [
            "The museum welcomed 1,184,000 visitors in 2024.",
            "It counted 231,000 visitors in the first quarter.",
        ],
        pub=date(2025, 2, 18),
    )
    assert (found[1][0].first, found[1][0].last) == ("2024-01-01", "2024-03-31")


def test_refs_running_quarter_with_no_year_named_is_the_current_one():
    found = _article(["It counted 231,000 visitors in the first quarter."], pub=date(2025, 2, 18))
    assert (found[0][0].first, found[0][0].last) == ("2025-01-01", "2025-02-18")


def test_refs_the_year_after_a_split_year_stays_undated():
    found = _article(
        [
            "Schools handed out 1,850 suspensions in the 2022-23 school year.",
            "There were 23 exclusions, the highest number since 2016.",
            "That means one in eight pupils was suspended during the year.",
        ],
        pub=date(2023, 11, 21),
    )
    assert (found[2][0].text, found[2][0].first) == ("during the year", None)


def test_refs_without_an_antecedent_stay_undated():
    found = _article(["The club was founded long ago.", "Only 400 members joined that year."])
    p = found[1][0]
    assert (p.text, p.first, p.last) == ("that year", None, None)


def test_refs_too_far_back_stay_undated():
    found = _article(
        ["Sales fell in 2019.", "One.", "Two.", "Three.", "Four.", "It sold 90 that year."]
    )
    assert found[5][0].first is None


def test_refs_same_period_of_another_year():
    found = _article(
        [
            "It recorded 38,600 crossings between January and May.",
            "That compares with 17,900 in the same period of 2024.",
        ]
    )
    assert (found[1][0].first, found[1][0].last) == ("2024-01-01", "2024-05-31")


def test_refs_event_dated_earlier_by_its_verb():
    found = _article(
        [
            "The museum has drawn 1,900 visitors a day since it reopened on March 1.",
            "Its turnstiles logged 131,400 visitors between the reopening and May 31.",
        ]
    )
    p = found[1][0]
    assert (p.first, p.last) == ("2025-03-01", "2025-05-31")


def test_refs_since_an_event_dated_earlier():
    found = _article(
        [
            "Nurses have given 21,000 doses since the autumn campaign began on 2 September.",
            "Teams have given 4,500 doses a week since the campaign started.",
        ],
        pub=date(2024, 10, 29),
    )
    p = found[1][0]
    assert (p.first, p.last) == ("2024-09-02", "2024-10-29")


def test_refs_since_an_undated_event_is_no_period():
    found = _article(["Between 300 and 400 people have fled each week since the offensive began."])
    assert found[0] == []


# Periods given to figures


def _quantities(nlp, text: str, published: str = PUB.isoformat()) -> list[Quantity]:
    draft = Draft(article=Article(text=text, published=published), article_id="t")
    return find_quantities(nlp(text), draft)


def _period_of(found: list[Quantity], figure: str):
    return next(q for q in found if q.text == figure).period


@pytest.mark.model
def test_quantities_key_figures_heading_gives_its_period_to_the_list(real_nlp):
    text = (
        "Parking in numbers\n\nKey figures, January to June 2023\n\n"
        "- 4,850 penalty notices issued in the town centre\n"
        "- 62 vehicles removed by the contractor\n\n"
        "In May alone, wardens issued 6,100 tickets.\n"
    )
    found = _quantities(real_nlp, text, "2023-08-02")
    for figure in ("4,850", "62"):
        period = _period_of(found, figure)
        assert period is not None
        assert (period.start, period.end) == ("2023-01-01", "2023-06-30")
    assert _period_of(found, "6,100").start == "2023-05-01"


@pytest.mark.model
def test_quantities_list_line_with_a_time_word_keeps_to_itself(real_nlp):
    text = (
        "KEY FIGURES (third quarter 2025)\n\n"
        "- Sales: 19,900 tonnes\n"
        "- Nine-month production: 61,300 tonnes\n"
        "- September production: 7,600 tonnes\n"
        "- Output: 21,400 tonnes (second quarter: 19,800 tonnes)\n"
    )
    found = _quantities(real_nlp, text, "2025-11-04")
    assert _period_of(found, "19,900 tonnes").start == "2025-07-01"
    assert _period_of(found, "61,300 tonnes") is None
    assert _period_of(found, "7,600 tonnes").start == "2025-09-01"
    # the heading's quarter, not the bracket's: a time word after the figure is another's
    assert _period_of(found, "21,400 tonnes").start == "2025-07-01"
    assert _period_of(found, "19,800 tonnes").start == "2025-04-01"


@pytest.mark.model
def test_quantities_list_line_whose_later_time_word_is_its_base_takes_the_heading(real_nlp):
    text = (
        "Highlights, second quarter:\n\n"
        "- Copper output of 48,600 tonnes, up 11% on the 43,800 tonnes of the same quarter "
        "last year.\n"
    )
    found = _quantities(real_nlp, text, "2024-07-25")
    assert _period_of(found, "48,600 tonnes").start == "2024-04-01"
    assert _period_of(found, "43,800 tonnes").text == "the same quarter last year"


@pytest.mark.model
def test_quantities_figure_in_a_compound_adjective_takes_no_period_away(real_nlp):
    text = "The port handled 1.04 million twenty-foot equivalent units between January and June."
    period = _period_of(_quantities(real_nlp, text, "2023-08-03"), "1.04 million")
    assert period is not None and period.start == "2023-01-01"


@pytest.mark.model
def test_quantities_list_without_a_dated_heading_gets_no_period(real_nlp):
    text = "Key figures\n\n- 4,850 penalty notices issued\n- 62 vehicles removed\n"
    found = _quantities(real_nlp, text)
    assert _period_of(found, "4,850") is None


@pytest.mark.model
def test_quantities_period_of_a_subset_aside_is_not_the_figures(real_nlp):
    text = "In the capital, 3,400 people were held, most of them on Saturday night."
    assert _period_of(_quantities(real_nlp, text), "3,400") is None


@pytest.mark.model
def test_quantities_date_a_thing_began_to_exist_is_no_figures_period(real_nlp):
    text = (
        "The region added 1,720 megawatts, including a solar park near Evora, "
        "which began full commercial operation in November."
    )
    assert _period_of(_quantities(real_nlp, text, "2024-01-30"), "1,720 megawatts") is None


@pytest.mark.model
def test_quantities_which_clause_about_the_figure_keeps_its_period(real_nlp):
    text = "The port handled 4,000 ships, which was a record for March."
    period = _period_of(_quantities(real_nlp, text), "4,000")
    assert period is not None and period.start == "2025-03-01"


@pytest.mark.model
def test_quantities_month_before_a_reporting_verb_still_dates_the_figure(real_nlp):
    text = "Officials in March reported 4,000 cases."
    period = _period_of(_quantities(real_nlp, text), "4,000")
    assert period is not None and period.start == "2025-03-01"


@pytest.mark.model
def test_quantities_period_in_a_which_clause_about_its_time_frame_is_the_figures(real_nlp):
    text = "People counted 9.1 million birds during the survey, which ran from January 24 to 26."
    period = _period_of(_quantities(real_nlp, text, "2024-02-20"), "9.1 million")
    assert period is not None and period.start == "2024-01-24"


@pytest.mark.model
def test_quantities_period_of_a_participle_on_the_counted_noun_is_the_figures(real_nlp):
    text = "The council counted 940 homes completed in 2022."
    period = _period_of(_quantities(real_nlp, text), "940")
    assert period is not None and period.start == "2022-01-01"


@pytest.mark.model
def test_quantities_period_before_a_reporting_verb_dates_the_saying(real_nlp):
    text = "The ministry, in a rare disclosure this week, said 2,140 soldiers deserted in 2023."
    period = _period_of(_quantities(real_nlp, text, "2024-02-08"), "2,140")
    assert period is not None and period.text == "in 2023"


@pytest.mark.model
def test_quantities_figures_joined_by_and_share_the_period_after_them(real_nlp):
    text = "They recorded 1,840 suspected cases and 39 deaths since the outbreak began on March 2."
    found = _quantities(real_nlp, text, "2023-03-28")
    assert _period_of(found, "1,840").start == "2023-03-02"
    assert _period_of(found, "39").start == "2023-03-02"


@pytest.mark.model
def test_quantities_pair_in_a_clause_before_another_does_not_share_its_period(real_nlp):
    text = (
        "Weeks three and four brought 98 million and 70 million, giving it 412 million in 28 days."
    )
    found = _quantities(real_nlp, text)
    assert _period_of(found, "98 million") is None


@pytest.mark.model
def test_quantities_clause_on_the_group_a_part_is_taken_from_dates_the_part(real_nlp):
    text = "Of the 9,400 appointments the surgery offered in January, 3,700 were with GPs."
    found = _quantities(real_nlp, text, "2024-02-27")
    assert _period_of(found, "3,700").start == "2024-01-01"


@pytest.mark.model
def test_quantities_possessive_period_in_another_clause_is_its_nouns(real_nlp):
    text = "Exports fell to 312,000 tonnes, as last year's heat cut yields."
    assert _period_of(_quantities(real_nlp, text), "312,000 tonnes") is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Runners raised an estimated £1.9m for charity at this year's event.",
            "an estimated £1.9m",
        ),
        ("Roughly 1,300 of last year's deserters have been caught.", "Roughly 1,300"),
    ],
)
def test_quantities_possessive_period_in_the_figures_clause_is_the_figures(real_nlp, text, figure):
    period = _period_of(_quantities(real_nlp, text), figure)
    assert period is not None


@pytest.mark.model
def test_quantities_highest_daily_count_is_one_days_figure(real_nlp):
    text = "The highest daily count, 118 cases, was recorded on March 19."
    (q,) = [q for q in _quantities(real_nlp, text, "2023-03-28") if q.text == "118"]
    assert q.per is None
    assert q.period is not None and q.period.start == "2023-03-19"


@pytest.mark.model
def test_quantities_length_only_period_keeps_its_duration(real_nlp):
    text = "The show drew 18 million streams in its first 12 weeks."
    period = _period_of(_quantities(real_nlp, text), "18 million")
    assert period is not None
    assert (period.start, period.end, period.duration) == (None, None, "P12W")


@pytest.mark.model
def test_quantities_rate_takes_no_instant(real_nlp):
    text = "At the end of March, the plant was producing 400 tonnes a day."
    assert _period_of(_quantities(real_nlp, text), "400 tonnes") is None


@pytest.mark.model
def test_quantities_a_day_on_average_is_a_rate(real_nlp):
    found = _quantities(real_nlp, "The metro carried 600,000 passengers a day on average.")
    assert found[0].per == "day"


# The checks with these periods


@pytest.mark.model
def test_checks_rate_against_a_total_over_a_stated_length(numeric_findings):
    text = (
        "The series has averaged 2.1 million streams a week since launch, the platform says. "
        "Its own release celebrated 18 million streams in the show's first 12 weeks."
    )
    (f,) = numeric_findings(text, "2024-04-16")
    assert f.kind == "rate_total_mismatch"
    assert "12 weeks" in f.explanation


@pytest.mark.model
def test_checks_rate_against_a_total_between_an_event_and_a_date(numeric_findings):
    text = (
        "The museum has drawn around 1,900 visitors a day since it reopened on March 1. "
        "Its turnstiles logged 131,400 visitors between the reopening and May 31."
    )
    kinds = {f.kind for f in numeric_findings(text, "2025-06-03")}
    assert kinds == {"rate_total_mismatch"}


@pytest.mark.model
def test_checks_rate_over_the_month_named_before(numeric_findings):
    text = (
        "October's rainfall came to 412 mm. "
        "That works out at an average of 21 mm a day across the month."
    )
    kinds = {f.kind for f in numeric_findings(text, "2023-11-06")}
    assert kinds == {"rate_total_mismatch"}


@pytest.mark.model
def test_checks_month_span_quarter_holds_its_months(numeric_findings):
    text = (
        "The plant exported 1.6 million tonnes of gas in the July-September quarter. "
        "Exports recovered in September, reaching 1.9 million tonnes of gas."
    )
    kinds = {f.kind for f in numeric_findings(text, "2023-10-12")}
    assert kinds == {"part_exceeds_whole"}


@pytest.mark.model
def test_checks_stock_at_an_instant_is_no_part_of_a_year(numeric_findings):
    text = (
        "The council completed 870 homes in the year to the end of March 2024. "
        "At the end of March, 2,450 homes had permission but had not been built."
    )
    assert numeric_findings(text, "2024-07-03") == []


@pytest.mark.model
def test_checks_stock_at_an_instant_is_no_total_of_a_rate(numeric_findings):
    text = (
        "At the same point last year the reservoirs held about 362,000 megalitres. "
        "Customers use about 270 megalitres a day."
    )
    assert numeric_findings(text, "2025-03-11") == []


@pytest.mark.model
def test_checks_busiest_day_named_by_its_date_is_a_peak(numeric_findings):
    text = (
        "The crossing registered 14,260 people in July. "
        "The figure works out at about 460 people a day. "
        "The busiest day was July 21, when 1,120 people crossed."
    )
    assert numeric_findings(text, "2023-08-02") == []


@pytest.mark.model
def test_checks_unnamed_measure_is_no_part_of_a_named_one_by_period_alone(numeric_findings):
    text = (
        "The smelter produced 98,400 tonnes of copper cathode in the second quarter. "
        "First-half output reached 187,900 tonnes. "
        "The smelter processed about 410,000 tonnes of copper concentrate in the quarter."
    )
    assert numeric_findings(text, "2024-07-25") == []


@pytest.mark.model
def test_checks_running_total_by_a_date_counts_from_the_rates_start(numeric_findings):
    text = (
        "The mine has shipped an average of about 2,400 tonnes of concentrate a week since "
        "January, the company said. By the end of May, the mine had shipped 41,000 tonnes "
        "of concentrate."
    )
    (f,) = numeric_findings(text, "2025-07-08")
    assert f.kind == "rate_total_mismatch"
    assert "January 2025–May 2025" in f.explanation


@pytest.mark.model
def test_checks_month_overlapping_the_start_of_what_is_counted_is_inside(numeric_findings):
    text = (
        "About 640,000 books have reached schools since deliveries began on January 6. "
        "Officials said 740,000 books were delivered to schools in January alone."
    )
    kinds = {f.kind for f in numeric_findings(text, "2025-03-07")}
    assert kinds == {"part_exceeds_whole"}


@pytest.mark.model
def test_checks_month_overlapping_a_plain_start_date_is_not_inside(numeric_findings):
    text = (
        "About 640,000 books have reached schools since January 6. "
        "Officials said 740,000 books were delivered to schools in January alone."
    )
    assert numeric_findings(text, "2025-03-07") == []


@pytest.mark.model
def test_checks_running_total_for_the_month_is_no_total_of_one_members_rate(numeric_findings):
    text = (
        "Riverside's A&E had 11,240 attendances in January, an average of about 363 a day. "
        "St Anne's recorded 6,380 attendances, taking the trust's total for the month to 17,620."
    )
    assert numeric_findings(text, "2025-02-14") == []


@pytest.mark.model
def test_checks_of_the_described_group_points_to_the_figure_so_described(numeric_findings):
    text = (
        "Officials have recorded 1,840 suspected cholera cases since the outbreak began. "
        "The highest daily count, 118 cases, was recorded on March 19. "
        "Of the suspected cases, 371 were children under five."
    )
    assert numeric_findings(text, "2023-03-28") == []


@pytest.mark.model
def test_checks_rate_of_a_month_named_as_subject_is_that_months(numeric_findings):
    text = (
        "Second-quarter volume was 560,000 TEU, after 480,000 TEU in the first quarter. "
        "June was the busiest month on record, with 198,000 TEU, an average of 6,600 TEU a day."
    )
    assert numeric_findings(text, "2023-08-03") == []


@pytest.mark.model
def test_quantities_since_the_start_of_last_year_runs_to_publication(real_nlp):
    text = "Since the start of last year the council has built around 30 homes a month."
    period = _period_of(_quantities(real_nlp, text, "2024-10-14"), "around 30")
    assert period is not None and (period.start, period.end) == ("2023-01-01", "2024-10-14")


@pytest.mark.model
def test_quantities_a_time_after_than_is_the_comparisons(real_nlp):
    text = (
        "Between April and June we registered 9,100 applications, more than in the whole of 2021."
    )
    period = _period_of(_quantities(real_nlp, text, "2025-07-24"), "9,100")
    assert period is not None and period.start == "2025-04-01"


@pytest.mark.model
def test_quantities_since_the_financial_year_began_on_a_day(real_nlp):
    text = "Crews have filled 4,900 potholes since the financial year began on 1 April."
    period = _period_of(_quantities(real_nlp, text, "2024-03-20"), "4,900")
    assert period is not None and (period.start, period.end) == ("2023-04-01", "2024-03-20")


@pytest.mark.model
def test_quantities_since_it_began_takes_the_running_span_named_before(real_nlp):
    text = (
        "More than 39,000 doses have been given since the county's winter campaign opened on "
        "Oct. 3. The programme has averaged 1,300 jabs a day since it began."
    )
    found = _quantities(real_nlp, text, "2025-10-30")
    assert _period_of(found, "More than 39,000").start == "2025-10-03"
    period = _period_of(found, "1,300")
    assert period is not None and (period.start, period.end) == ("2025-10-03", "2025-10-30")


@pytest.mark.model
def test_quantities_that_month_points_to_a_month_opening_a_quote(real_nlp):
    text = (
        'The rush was uneven. "August was the big one. We had 265 people through the '
        'doors that month," the sergeant said.'
    )
    period = _period_of(_quantities(real_nlp, text, "2025-02-11"), "265")
    assert period is not None and (period.start, period.end) == ("2024-08-01", "2024-08-31")


def test_quantities_a_split_year_is_twelve_months_of_unsaid_dates():
    p = _one_period("The trust spent £3.1m in 2024-25 on agency staff.")
    assert (p.first, p.last, p.duration) == (None, None, "P1Y")
    assert _one_period("Sales rose in 2024/2025 as well.").duration == "P1Y"
    assert _one_period("Output fell during 2019-22.").duration is None  # years, not one


def test_checks_rate_against_a_total_over_a_split_year(numeric_warnings):
    text = (
        "The hospital trust treated 41,200 patients in 2024-25. That was an average of "
        "about 150 patients a day, its chief executive said."
    )
    assert numeric_warnings(text, "2025-11-04") == {"rate_total_mismatch"}
    fine = text.replace("about 150", "about 113")
    assert not numeric_warnings(fine, "2025-11-04")


@pytest.mark.parametrize(
    "text",
    ["Across the whole of 2023 the firm carried 61,000 cars.", "Across 2023 it carried 61,000."],
)
def test_periods_across_a_year_is_that_year(text):
    p = _one_period(text)
    assert (p.kind, p.first, p.last) == ("in_year", "2023-01-01", "2023-12-31")


# Days written as ordinals before their month


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("since the first of March", "2025-03-01"),
        ("since the 1st of March", "2025-03-01"),
        ("on the twenty-third of May", "2025-05-23"),
        ("since the thirty-first of January", "2025-01-31"),
    ],
)
def test_periods_day_ordinal_of_month(text, start):
    assert _one_period(text).first == start


def test_periods_day_ordinal_is_no_fraction(real_nlp):
    text = "On the twenty-third of May, 900 people came to the fair."
    doc = real_nlp(text)
    draft = Draft(article=Article(text=text, published="2025-06-12"), article_id="t")
    found = find_quantities(doc, draft)
    assert [q.text for q in found] == ["900"]


def test_periods_past_n_and_a_half_units():
    p = _one_period("over the past two and a half years")
    assert (p.first, p.last) == ("2022-12-12", "2025-06-12")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("In the depths of winter the market sees 900 visitors a day.", "2024-12-01"),
        ("In midsummer the market sees 4,000 visitors a day.", "2025-06-01"),
    ],
)
def test_periods_a_season_named_by_its_depth_or_middle(text, first):
    p = _one_period(text)
    assert (p.kind, p.first) == ("season", first)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The hub helped 1,260 people in its first six months.", "length"),
        ("The scheme paid 300 grants in the scheme's first six months.", "length"),
        ("Exports reached 300 tonnes in the first six months.", "part"),
    ],
)
def test_periods_its_first_months_count_from_its_start_not_january(text, kind):
    assert _one_period(text).kind == kind


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Two years ago, a ticket cost 210 euros.", "2023-01-01", "2023-12-31"),
        ("A decade ago there were 12 shops.", "2015-01-01", "2015-12-31"),
    ],
)
def test_years_ago_is_that_calendar_year(text, first, last):
    p = _one_period(text)
    assert (p.kind, p.first, p.last) == ("years_ago", first, last)


def test_since_years_ago_stays_a_span():
    p = _one_period("Since the flood two years ago, 300 homes have been rebuilt.")
    assert p.last == PUB.isoformat() and p.first is not None and p.first.startswith("2023")


def test_since_a_weekday_runs_from_that_day_to_publication():
    p = _one_period("Readings have ranged between 78 and 112 cm since last Thursday.")
    assert (p.first, p.last) == ("2025-06-05", PUB.isoformat())
    p = _one_period("Readings have ranged between 78 and 112 cm since Monday.")
    assert (p.first, p.last) == ("2025-06-09", PUB.isoformat())


@pytest.mark.model
def test_since_it_opened_starts_on_the_day_it_opened_not_this_week(real_nlp):
    text = (
        "The airline launched the service on 3 March. Figures released this week show the "
        "route has carried about 900 passengers a week since it opened."
    )
    period = _period_of(_quantities(real_nlp, text), "about 900")
    assert period is not None and (period.start, period.end) == ("2025-03-03", PUB.isoformat())


@pytest.mark.model
def test_a_period_after_two_joined_figures_dates_both(real_nlp):
    text = (
        "The ferry has carried more than 41,000 passengers and over 5,800 vehicles since its "
        "first sailing on 3 March."
    )
    found = _quantities(real_nlp, text)
    for figure in ("more than 41,000", "over 5,800"):
        period = _period_of(found, figure)
        assert period is not None and period.start == "2025-03-03", figure


def test_a_day_range_may_name_its_weekdays():
    p = _one_period("The programme ran from Monday 5 June to Sunday 3 September.", date(2023, 9, 8))
    assert (p.kind, p.first, p.last) == ("day_range", "2023-06-05", "2023-09-03")


@pytest.mark.model
def test_a_combined_length_of_time_is_an_amount_dated_by_that_period(real_nlp):
    text = (
        "The summer programme ran for 13 weeks, from Monday 5 June to Sunday 3 September. "
        "Over that period the two pitches were booked for a combined 410 hours."
    )
    period = _period_of(_quantities(real_nlp, text, "2023-09-08"), "410 hours")
    assert period is not None and (period.start, period.end) == ("2023-06-05", "2023-09-03")


@pytest.mark.model
def test_over_the_n_weeks_is_the_span_named_with_those_words(real_nlp):
    text = (
        "The group made a profit for the 52 weeks to 31 December 2023, against a loss the "
        "year before. Admissions averaged 61,500 a week over the 52 weeks. Two more sites "
        "will open before the end of 2024. Total admissions for the year came to 2.71 million."
    )
    found = _quantities(real_nlp, text, "2024-03-14")
    weekly = _period_of(found, "61,500")
    assert weekly is not None and (weekly.start, weekly.end) == ("2023-01-02", "2023-12-31")
    year = _period_of(found, "2.71 million")  # not the 2024 of "before the end of 2024"
    assert year is not None and year.end == "2023-12-31"  # the reported year, 52 weeks or 12 months


@pytest.mark.parametrize(
    "text",
    [
        "The wettest day of the spring was 17 May, when a storm dropped 37mm on the town.",
        "The busiest day of the summer was 17 May.",
    ],
)
def test_periods_a_named_day_of_a_season_is_that_date(text):
    p = _one_period(text)
    assert (p.first, p.last) == ("2025-05-17", "2025-05-17")


def test_periods_a_length_of_a_named_month_is_that_month():
    p = _one_period("Crews attended 42 fires a day during the 31 days of July.")
    assert (p.first, p.last, p.duration) == ("2024-07-01", "2024-07-31", "P31D")  # the last July


def test_periods_the_quarter_is_the_one_reported_not_its_base():
    resolved = _article(
        [
            "Revenue for the three months to 30 June rose 4 per cent.",
            "The margin fell to 30.9 per cent, down from 32.4 per cent in the same quarter "
            "of 2024.",
            "Net additions came to 52,600 in the quarter.",
        ],
        date(2025, 7, 25),
    )
    (quarter,) = resolved[2]
    assert (quarter.first, quarter.last) == ("2025-04-01", "2025-06-30")


def test_periods_a_length_pointing_back_skips_a_year_still_to_come():
    resolved = _article(
        [
            "Leakage averaged 186 megalitres a day in the year to 31 March 2025.",
            "The company aims to cut it further in 2026.",
            "In all, 61,400 megalitres were lost over the twelve months.",
        ],
        date(2025, 6, 11),
    )
    (twelve,) = resolved[2]
    assert twelve.first is not None and twelve.first < "2026"


def test_periods_the_twelve_months_are_the_span_with_its_own_end_not_last_year():
    resolved = _article(
        [
            "Leakage averaged 186 megalitres a day in the year to 31 March 2025.",
            "The chief executive said the company spent more last year than ever.",
            "In all, 61,400 megalitres were lost over the twelve months.",
        ],
        date(2025, 6, 11),
    )
    (twelve,) = resolved[2]
    assert (twelve.first, twelve.last) == ("2024-04-01", "2025-03-31")


def test_periods_through_a_month_is_that_month():
    p = _one_period("Failed calls averaged 14 a day through March.")
    assert (p.first, p.last) == ("2025-03-01", "2025-03-31")
