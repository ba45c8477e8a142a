"""The quantities layer on short articles we wrote: values, units, counted, periods, rates."""

from __future__ import annotations

from datetime import date

import pytest

from claimscope.contract.model import Article, Attribution, Quantity, Span
from claimscope.layers._quantities.numbers import parse_digits, precision_of, words_value
from claimscope.layers._quantities.periods import find_periods
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _quantities(nlp, text: str, published: str | None = None, **extra) -> list[Quantity]:
    draft = Draft(article=Article(text=text, published=published), article_id="t", **extra)
    found = find_quantities(nlp(text), draft)
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def _one(nlp, text: str, published: str | None = None) -> Quantity:
    found = _quantities(nlp, text, published)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_numbers_parse_digits_separators_and_scales():
    assert parse_digits("1,000").value == 1000
    assert parse_digits("3.4bn").value == pytest.approx(3.4e9)
    assert parse_digits("35m").value == 35e6
    assert parse_digits("10km").suffix == "km"
    assert parse_digits("1/2").value == 0.5
    assert parse_digits("abc") is None


def test_numbers_words_value_compounds():
    assert words_value(["two", "hundred", "and", "fifty"]) == 250
    assert words_value(["1.2", "million"]) == pytest.approx(1.2e6)
    assert words_value(["a", "dozen"]) == 12
    assert words_value(["many"]) is None


def test_numbers_precision_reads_round_figures_as_rounded():
    assert precision_of("21,600") == 100
    assert precision_of("180,000") == 10_000
    assert precision_of("3.4") == pytest.approx(0.1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The deal was worth $3.4bn last year.", 3.4e9, "USD"),
        ("The fund holds €1.2 million in bonds.", 1.2e6, "EUR"),
        ("Prices rose 4.5% on the year.", 4.5, "percent"),
        ("The firm sold 21.6 thousand cars.", 21_600, None),
        ("The road is 12 km long.", 12, "km"),
        ("Two hundred and fifty people came.", 250, None),
        ("The bakery sold a dozen cakes.", 12, None),
        ("The county paid £40,000 for the land.", 40_000, "GBP"),
        ("The council will spend 52.6 million pounds on roads.", 52.6e6, "GBP"),
        ("Farmers sold 2 million pounds of beef.", 2e6, "lb"),
        ("The calf weighed 90 pounds at birth.", 90, "lb"),
    ],
)
def test_quantities_values_and_units(real_nlp, text, value, unit):
    q = _one(real_nlp, text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.model
def test_quantities_ranges_keep_both_ends(real_nlp):
    found = _quantities(
        real_nlp,
        "Between 15,000 and 18,000 workers left. Prices ranged from $10 to $15 billion. "
        "Some 4-5% of firms closed.",
    )
    ends = [(q.low, q.high, q.value) for q in found]
    assert (15_000, 18_000, None) in ends
    assert (10e9, 15e9, None) in ends
    assert (4, 5, None) in ends


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("Over 230,000 cases were opened.", ">"),
        ("Nearly 40 buses broke down.", "~"),
        ("Up to 300 people may attend.", "<="),
        ("At least 12 houses burned.", ">="),
        ("Fewer than 90 pupils enrolled.", "<"),
        ("About 500 fans waited.", "~"),
    ],
)
def test_quantities_approximators(real_nlp, text, approx):
    assert _one(real_nlp, text).approx == approx


@pytest.mark.model
def test_quantities_fractions(real_nlp):
    found = _quantities(
        real_nlp,
        "Roughly a third of the 1,000 residents agreed. One in five voters stayed home. "
        "Half of the 40 workers quit.",
    )
    fractions = [(q.value, q.approx) for q in found if q.unit == "fraction"]
    assert fractions[0] == (pytest.approx(1 / 3), "~")
    assert fractions[1][0] == pytest.approx(0.2)
    assert fractions[2][0] == 0.5


@pytest.mark.model
def test_quantities_counted_keeps_modifiers_that_matter(real_nlp):
    found = _quantities(
        real_nlp,
        "Prosecutors opened over 230,000 criminal cases. An astonishing 900 new soldiers came.",
    )
    assert [q.counted for q in found] == ["criminal case", "soldier"]


@pytest.mark.model
def test_quantities_counted_from_number_of(real_nlp):
    q = _one(real_nlp, "The total number of deserters reached 180,000.")
    assert q.counted == "deserter"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Some 300 migrants arrive every month.", "month"),
        ("The clinic sees 40 patients a day.", "day"),
        ("The plant makes 5,000 tonnes per year.", "year"),
        ("The council pays 2,000 dollars monthly.", "month"),
        ("A year ago 300 people lived here.", None),
    ],
)
def test_quantities_rates(real_nlp, text, per):
    assert _one(real_nlp, text).per == per


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Police logged 21,600 thefts in October.", "2024-10-01", "2024-10-31"),
        ("The army lost 180,000 men since the beginning of the year.", "2024-01-01", "2024-11-10"),
        ("Over 230,000 cases were opened since February 2022.", "2022-02-01", "2024-11-10"),
        ("Exports fell to 900 tonnes last month.", "2024-10-01", "2024-10-31"),
        ("The firm sold 400 cars in the first quarter.", "2024-01-01", "2024-03-31"),
        ("The club signed 12 players between March and May.", "2024-03-01", "2024-05-31"),
        ("The town built 300 homes over the past three years.", "2021-11-10", "2024-11-10"),
        ("Police detained 45 people on November 9th.", "2024-11-09", "2024-11-09"),
        ("The farm sold 700 sheep in December.", "2023-12-01", "2023-12-31"),
        ("Since digging began on 3 March, crews have dug 900 metres.", "2024-03-03", "2024-11-10"),
        ("The shop has sold 80 bikes since 14 October.", "2024-10-14", "2024-11-10"),
    ],
)
def test_quantities_periods_resolve_against_publication(real_nlp, text, start, end):
    q = _one(real_nlp, text, published="2024-11-10")
    assert q.period is not None
    assert (q.period.start, q.period.end) == (start, end)


@pytest.mark.model
def test_quantities_periods_without_publication_keep_the_month(real_nlp):
    q = _one(real_nlp, "Police logged 21,600 thefts in October.")
    assert q.period is not None
    # The contract's start/end are ISO dates or null: year-less dates go to the extension.
    assert (q.period.start, q.period.end) == (None, None)
    assert (q.period.start_yearless, q.period.end_yearless) == ("--10-01", "--10-31")
    assert "year unresolved" in q.period.text
    q = _one(real_nlp, "Exports fell to 900 tonnes last month.")
    assert q.period is not None and q.period.start is None
    assert "last month" in q.period.text


def test_periods_speech_date_is_not_the_figure_period():
    text = "Speaking on November 7th, she said 300 people leave every month."
    assert find_periods(text, 0, date(2024, 11, 10)) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 2019 and amended on March 3, 2021.",
        "The 22nd amendment came first.",
        "The train leaves at 12:01 a.m. and arrives at 6 pm.",
        "Call 555-123-4567 for details.",
        "See page 12 of Article 5 of the treaty.",
        "The S&P 500 closed flat.",
        "The team won 3-1 on Sunday.",
        "The meeting is on 11/9/2024.",
        "Gales struck on Aug. 12 and 13.",
        "Gales struck on 12 and 13 August.",
        "Gales struck on May 4, 5 and 6.",
    ],
)
def test_quantities_not_quantities(real_nlp, text):
    assert _quantities(real_nlp, text) == []


@pytest.mark.model
def test_quantities_a_comma_after_a_date_lists_no_days(real_nlp):
    """ "On May 5, 12 homes flooded" counts homes: a comma alone lists no second day."""
    assert [q.text for q in _quantities(real_nlp, "On May 5, 12 homes were flooded.")] == ["12"]


@pytest.mark.model
def test_quantities_linked_to_enclosing_attribution(real_nlp):
    text = "The minister said that 4,000 jobs were lost."
    content = Span(start=23, end=len(text) - 1, text=text[23:-1])
    attribution = Attribution(id="a1", source=None, cue=None, content=content)
    q = _quantities(real_nlp, text, attributions=[attribution])[0]
    assert q.attribution == "a1"


@pytest.mark.model
def test_quantities_spans_hold_on_curly_quotes_and_crlf(real_nlp):
    text = "Headline\r\n\r\n“Nearly 40 buses” broke down\u00a0– and 12\u00a0km of road closed 😀."
    found = _quantities(real_nlp, text)
    assert [q.text for q in found] == ["Nearly 40", "12\u00a0km"]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_participle_modifiers_stay_as_written(real_nlp):
    q = _one(real_nlp, "The port has 9,000 registered dockers.")
    assert q.counted == "registered docker"
    q = _one(real_nlp, "The region lost 8,400 manufacturing jobs.")
    assert q.counted == "manufacturing job"


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_rate_phrase_later_in_the_clause(real_nlp):
    text = "Between 2,500 and 3,000 workers have joined the stoppage every month since January."
    q = _one(real_nlp, text, "2025-04-05")
    assert (q.low, q.high, q.counted, q.per) == (2500, 3000, "worker", "month")
    # "a week since" still reads as a point in time, not a rate
    q = _one(real_nlp, "It is a week since 40 people were evacuated.", "2025-04-05")
    assert q.per is None


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_from_to_after_a_change_is_before_and_after(real_nlp):
    text = (
        "Wages have fallen by 12% over the past three years, from 2,400 euros to 2,200 euros "
        "a month."
    )
    found = _quantities(real_nlp, text, "2025-04-05")
    pairs = [(q.text, q.low, q.high, q.unit, q.per) for q in found]
    assert ("2,400 euros", 2400, 2400, "EUR", "month") in pairs
    assert ("2,200 euros", 2200, 2200, "EUR", "month") in pairs
    # a change word higher up, in another clause, leaves a range a range
    text = (
        "The firm declined to comment, but analysts say such rights can run from "
        "$500,000 to $1 million."
    )
    ranges = [(q.low, q.high) for q in _quantities(real_nlp, text)]
    assert ranges == [(500_000, 1_000_000)]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_title_case_headline_counts_its_noun(real_nlp):
    text = "4,200 Dockers Walk Out in March\n\nThe strike has closed the port."
    q = _quantities(real_nlp, text, "2025-04-05")[0]
    assert q.counted == "docker"


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_year_earlier_is_the_same_period_a_year_back(real_nlp):
    text = (
        "Ferries carried 410,000 passengers in the first quarter, up 8% from 380,000 "
        "vehicles a year earlier."
    )
    found = {q.text: q.period for q in _quantities(real_nlp, text, "2024-04-18")}
    assert (found["410,000"].start, found["410,000"].end) == ("2024-01-01", "2024-03-31")
    assert (found["380,000"].start, found["380,000"].end) == ("2023-01-01", "2023-03-31")
    unknown = {q.text: q.period for q in _quantities(real_nlp, text, None)}
    assert unknown["380,000"].start is None
    assert "year unresolved" in unknown["380,000"].text


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_report_dates_and_later_phrases_are_not_the_figure_period(real_nlp):
    text = "Police record 40 burglaries every month, according to a report published in January."
    assert _one(real_nlp, text, "2024-09-06").period is None
    text = "It built 19,000 cars in the first quarter, up from 16,200 a year earlier."
    found = {q.text: q.period.text for q in _quantities(real_nlp, text, "2024-04-20")}
    assert found == {"19,000": "in the first quarter", "16,200": "a year earlier"}


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_last_week_is_the_previous_calendar_week(real_nlp):
    q = _one(real_nlp, "Last week, 950 civilians left the town.", "2024-03-12")
    assert (q.period.start, q.period.end) == ("2024-03-04", "2024-03-10")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_elliptical_figures_count_what_the_figure_before_counts(real_nlp):
    found = _quantities(real_nlp, "Rovers scored 64 goals this season: 38 at home and 21 away.")
    assert [q.counted for q in found] == ["goal", "goal", "goal"]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_share_word_at_a_clause_end(real_nlp):
    text = "Of 300 shops, 140 had closed by noon - almost half, police said."
    found = _quantities(real_nlp, text)
    share = [q for q in found if q.unit == "fraction"]
    assert [(q.text, q.value) for q in share] == [("almost half", 0.5)]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_distributive_rate_later_in_the_clause(real_nlp):
    q = _one(real_nlp, "Rangers count between 200 and 250 grey seals on the sandbanks each winter.")
    assert (q.low, q.high, q.counted) == (200, 250, "grey seal")
    q = _one(real_nlp, "Anglers land between 40 and 60 wild salmon on the river each year.")
    assert q.per == "year" and q.counted == "wild salmon"
    q = _one(real_nlp, "The mill sold 400 tonnes of flour, and each year it hires students.")
    assert q.per is None  # another clause


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_week_in_week_out_is_a_weekly_rate(real_nlp):
    q = _one(real_nlp, "Week in, week out, the bank hands out around 1,400 food parcels.")
    assert q.per == "week"
    q = _one(real_nlp, "The bakery sells about 300 loaves, day in, day out.")
    assert q.per == "day"
    q = _one(real_nlp, "Week in, week out, it rained. The bakery sold about 300 loaves.")
    assert q.per is None  # the idiom closes another sentence


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_past_form_after_of_modifies_the_counted_noun(real_nlp):
    q = _one(real_nlp, "Crews were called out to an average of 14 dumped loads a day in June.")
    assert (q.counted, q.per) == ("load", "day")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_unit_written_once_covers_a_comma_list(real_nlp):
    found = _quantities(real_nlp, "Income made up roughly 35, 30 and 36 per cent of the total.")
    assert [q.unit for q in found] == ["percent", "percent", "percent"]
    found = _quantities(real_nlp, "In 2021, 2022 and 2023 it sold 40 per cent of its stock.")
    assert [q.text for q in found] == ["40 per cent"]  # years stay dates


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_every_night_but_four_is_no_rate(real_nlp):
    q = _one(real_nlp, "The shelter has been full every night but four since it opened.")
    assert q.per is None


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_period_of_two_coordinated_months(real_nlp):
    q = _one(real_nlp, "Over July and August, the museum welcomed 64,000 visitors.", "2024-09-04")
    assert q.period is not None
    assert (q.period.start, q.period.end) == ("2024-07-01", "2024-08-31")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_periods_are_iso_dates_or_null(real_nlp):
    text = "In March, 400 flats were sold. Since January, 1,100 flats have been sold."
    for q in _quantities(real_nlp, text):
        assert q.period is not None
        for d in (q.period.start, q.period.end):
            assert d is None or date.fromisoformat(d)
        assert q.period.start_yearless is not None
        assert "year unresolved" in q.period.text


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_weekday_and_half_year_periods(real_nlp):
    q = _one(real_nlp, "On Monday, the clinic saw 212 patients.", "2024-01-17")
    assert q.period is not None
    assert (q.period.start, q.period.end) == ("2024-01-15", "2024-01-15")
    q = _one(real_nlp, "The port said on Friday it had moved 9,000 containers.", "2024-01-17")
    assert q.period is None  # the day of the statement, not of the figure
    q = _one(real_nlp, "In the first half of the year, exports reached 4,100 tonnes.", "2024-09-01")
    assert q.period is not None
    assert (q.period.start, q.period.end) == ("2024-01-01", "2024-06-30")
    q = _one(real_nlp, "In the second half of 2023, 380 shops closed.", "2024-09-01")
    assert q.period is not None
    assert (q.period.start, q.period.end) == ("2023-07-01", "2023-12-31")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_rate_right_after_a_hyphenated_counted_noun(real_nlp):
    q = _one(real_nlp, "The radar tracks some 30 low-orbit satellites a day.")
    assert q.per == "day"


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_hyphenated_fractions_and_change_sizes(real_nlp):
    q = _one(real_nlp, "Nearly two-thirds of the members voted to strike.")
    assert q.value == pytest.approx(2 / 3)
    assert q.unit == "fraction"
    q = _one(real_nlp, "Bus fares went down by a quarter on Monday.")
    assert q.value == pytest.approx(0.25)
    assert _quantities(real_nlp, "The contract went to a third party.") == []


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_bracketed_counts_after_a_noun_not_ages_or_markers(real_nlp):
    found = _quantities(real_nlp, "The 50 new posts are in nursing (32) and teaching (18).")
    assert [q.value for q in found] == [50, 32, 18]
    assert [q.value for q in _quantities(real_nlp, "Dean Hale (41) was fined £200.")] == [200]
    assert [q.value for q in _quantities(real_nlp, "(2) The council shall meet.")] == []


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_clock_time_is_not_the_end_of_a_range(real_nlp):
    found = _quantities(real_nlp, "The gauge recorded 80mm in the 12 hours to 6am on Monday.")
    twelve = next(q for q in found if q.low == 12)
    assert twelve.high == 12


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_every_unit_anywhere_in_the_clause_is_a_rate(real_nlp):
    q = _one(real_nlp, "About 300 parcels are delivered to the depot at Crewe every week.")
    assert q.per == "week"
    found = _quantities(real_nlp, "The club sold 400 tickets, which it does every week.")
    assert found[0].per is None  # another clause


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_counted_after_a_modifier_tagged_as_adverb(real_nlp):
    q = _one(real_nlp, "The hostel logged 9,000 overnight stays in May.")
    assert q.counted == "overnight stay"


@pytest.mark.issue(4)
def test_periods_seasons_resolve_to_meteorological_months():
    pub = date(2025, 9, 25)
    (p,) = find_periods("this summer", 0, pub)
    assert (p.first, p.last) == ("2025-06-01", "2025-08-31")
    (p,) = find_periods("last summer", 0, pub)
    assert (p.first, p.last) == ("2024-06-01", "2024-08-31")
    (p,) = find_periods("over the winter", 0, date(2025, 3, 20))
    assert (p.first, p.last) == ("2024-12-01", "2025-02-28")
    (p,) = find_periods("in peak season", 0, pub)
    assert (p.first, p.last, p.text) == (None, None, "in peak season")
    (p,) = find_periods("in July and August", 0, pub)
    assert (p.first, p.last) == ("2025-07-01", "2025-08-31")


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "In the three months to the end of September it took 12,000 calls",
            "2025-07-01",
            "2025-09-30",
        ),
        ("Sales rose in the year to March.", "2024-04-01", "2025-03-31"),
        ("over the 12 months ending June 30, 2024", "2023-07-01", "2024-06-30"),
        ("in the quarter to September", "2025-07-01", "2025-09-30"),
        ("in the six weeks to 5 May", "2025-03-25", "2025-05-05"),
        ("in the half-year to June", "2025-01-01", "2025-06-30"),
    ],
)
def test_quantities_periods_spans_counted_back_from_their_end(text, first, last):
    (p,) = find_periods(text, 0, date(2025, 10, 21))
    assert (p.first, p.last) == (first, last)


@pytest.mark.issue(4)
def test_quantities_periods_fiscal_years_are_not_calendar_years():
    for text in ("in the financial year 2023-24", "in fiscal 2024", "FY2024 revenue"):
        (p,) = find_periods(text, 0, date(2025, 10, 21))
        assert (p.kind, p.first, p.last) == ("fiscal", None, None)


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_time_adverb_is_not_the_counted_thing(real_nlp):
    found = _quantities(real_nlp, "Membership grew from 140 plot holders in 2019 to 290 today.")
    assert [q.counted for q in found if q.value == 290] == [None]


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("In the first quarter of the year", "2025-01-01", "2025-03-31"),
        ("During Q3 2024", "2024-07-01", "2024-09-30"),
        ("In H2", "2024-07-01", "2024-12-31"),
        ("Over the first six months", "2025-01-01", "2025-05-10"),
        ("In the final week of 2023", "2023-12-25", "2023-12-31"),
        ("In the first week of this year", "2025-01-01", "2025-01-07"),
        ("In the second week of March", "2025-03-08", "2025-03-14"),
        ("In the last two weeks of June", "2024-06-17", "2024-06-30"),
        ("Year to date", "2025-01-01", "2025-05-10"),
    ],
)
def test_periods_parts_of_a_year_follow_one_grammar(phrase, first, last):
    from datetime import date

    from claimscope.layers._quantities.periods import find_periods

    found = find_periods(f"{phrase} the club sold 400 tickets.", 0, date(2025, 5, 10))
    assert [(p.first, p.last) for p in found] == [(first, last)]


def test_periods_bare_parts_of_something_else_are_not_periods():
    from datetime import date

    from claimscope.layers._quantities.periods import find_periods

    for text in ("In the first week of the trial 30 jurors sat.", "In the first half they led."):
        assert find_periods(text, 0, date(2025, 5, 10)) == []
    fiscal = find_periods("In the second quarter of the financial year", 0, date(2025, 5, 10))
    assert [(p.first, p.last) for p in fiscal] == [(None, None)]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_time_per_longer_time_is_a_rate(real_nlp):
    q = _one(real_nlp, "Carers at the hospice give 350 hours a week.")
    assert (q.unit, q.per) == ("hour", "week")
    lasting = _one(real_nlp, "The strike lasted 12 days.")
    assert (lasting.unit, lasting.per, lasting.period) == ("day", None, None)


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_time_worked_takes_the_sentence_period(real_nlp):
    q = _one(real_nlp, "In March the crew logged 2,300 hours.", "2025-06-01")
    assert q.unit == "hour" and q.period is not None and q.period.start == "2025-03-01"


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two in five drivers failed the test.", 0.4),
        ("Three out of four tenants renewed.", 0.75),
        ("One of every ten parcels arrived late.", 0.1),
        ("7 in 10 voters backed the plan.", 0.7),
    ],
)
def test_quantities_n_in_m_is_one_fraction(real_nlp, text, value):
    q = _one(real_nlp, text)
    assert q.unit == "fraction" and q.value == pytest.approx(value)


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_digits_out_of_a_count_stay_two_figures(real_nlp):
    found = _quantities(real_nlp, "The side won 18 out of 24 games.")
    assert [q.value for q in found] == [18, 24]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_bare_change_figures_count_the_subject(real_nlp):
    found = _quantities(real_nlp, "Ticket sales slipped by a quarter, from 84,000 to 71,000.")
    assert [q.counted for q in found if q.unit is None] == ["ticket sale", "ticket sale"]
    assert _one(real_nlp, "Exports were 4,100 in May.").counted == "export"
    earlier = _quantities(real_nlp, "Membership grew from 140 plot holders to 290.")
    assert [q.counted for q in earlier] == ["plot holder", "plot holder"]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_days_of_a_kind_are_a_span_not_a_count(real_nlp):
    found = _quantities(real_nlp, "They saw 310 patients over five working days.")
    span = found[-1]
    assert (span.text, span.unit, span.approx, span.counted) == (
        "five working days",
        "working day",
        "=",
        None,
    )
    # "lasted over five days" is more than five: the verb, not a figure, comes before "over"
    assert _one(real_nlp, "The hearing lasted over five days.").approx != "="


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_unit_written_once_covers_an_of_list(real_nlp):
    found = _quantities(
        real_nlp, "Floods covered 900 hectares of farmland, 350 of woodland and 120 of parks."
    )
    assert [q.unit for q in found] == ["hectare", "hectare", "hectare"]
    assert [q.counted for q in found][1:] == ["woodland", "park"]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_dash_between_a_count_and_a_share_is_no_range(real_nlp):
    found = _quantities(real_nlp, "It has 2.4 million members, of whom 720,000 — 30% — vote.")
    assert [(q.value, q.unit) for q in found] == [
        (2_400_000, None),
        (720_000, None),
        (30, "percent"),
    ]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_scale_before_a_full_stop_keeps_the_sentence_break(real_nlp):
    text = "The fund holds $12m. It spent £7.5m. The rest, 3k, is cash."
    found = _quantities(real_nlp, text)
    assert [(q.text, q.value) for q in found] == [
        ("$12m", 12e6),
        ("£7.5m", 7.5e6),
        ("3k", 3000),
    ]
    assert [s.text for s in real_nlp(text).sents][:2] == ["The fund holds $12m.", "It spent £7.5m."]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_hyphenated_durations_and_day_ranges(real_nlp):
    found = _quantities(real_nlp, "The mill ended a 118-day campaign and a four-month season.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("118-day", 118, "day"),
        ("four-month", 4, "month"),
    ]
    found = _quantities(
        real_nlp, "Teams made 412 rescues between 1 December and 31 March.", "2025-04-10"
    )
    assert [q.text for q in found] == ["412"]
    assert (found[0].period.start, found[0].period.end) == ("2024-12-01", "2025-03-31")
    found = _quantities(real_nlp, "Teams made 40 rescues between 1 and 14 May.", "2025-06-10")
    assert [q.text for q in found] == ["40"]
    assert (found[0].period.start, found[0].period.end) == ("2025-05-01", "2025-05-14")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_periods_after_an_aside_a_clause_or_a_bare_unit(real_nlp):
    text = (
        "In May, the busiest month so far this year, the unit treated 93 patients. It has "
        "treated 40 patients every month since the long rains began in March. There were "
        "1,940 new cases in the week to September 14."
    )
    found = {q.text: q.period for q in _quantities(real_nlp, text, "2025-09-22")}
    assert found["93"].text == "In May"
    assert (found["40"].start, found["40"].end) == ("2025-03-01", "2025-09-22")
    assert (found["1,940"].start, found["1,940"].end) == ("2025-09-08", "2025-09-14")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_days_of_one_month_are_a_period_not_figures(real_nlp):
    text = "The country recorded 2,310 excess deaths during the heatwave of July 8 to 25."
    found = _quantities(real_nlp, text, "2025-08-04")
    assert [q.text for q in found] == ["2,310"]
    assert (found[0].period.start, found[0].period.end) == ("2025-07-08", "2025-07-25")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_decades_and_periods_that_follow_an_earlier_figure(real_nlp):
    text = (
        "It lost 78 rhinos last year, against more than 500 a year at the height of the crisis "
        "in the mid-2010s. In the 1990s it sold 40 a year."
    )
    found = {q.text: q.period for q in _quantities(real_nlp, text, "2025-02-26")}
    assert found["78"].text == "last year"
    assert (found["more than 500"].start, found["more than 500"].end) == (
        "2013-01-01",
        "2017-12-31",
    )
    assert (found["40"].start, found["40"].end) == ("1990-01-01", "1999-12-31")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_rate_after_an_of_phrase(real_nlp):
    text = "The mine shipped an average of about 2,400 tonnes of concentrate a week in 2025."
    found = _quantities(real_nlp, text, "2025-07-08")
    assert [(q.text, q.per) for q in found] == [("about 2,400 tonnes", "week")]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_rate_right_before_since_keeps_its_rate(real_nlp):
    text = "Crews have been filling about 140 potholes a week since January, the council says."
    (q,) = _quantities(real_nlp, text, "2025-07-08")
    assert (q.per, q.period.text if q.period else None) == ("week", "since January")
    # "a year earlier" dates a figure back; it is no rate
    (q,) = _quantities(real_nlp, "Exports were 4,100 tonnes a year earlier.", "2025-07-08")
    assert q.per is None


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_up_to_after_a_verb_of_movement_is_no_cap(real_nlp):
    text = "Imports edged up to $51.3 billion, but the council could fine firms up to $1,000."
    found = _quantities(real_nlp, text, "2025-07-08")
    assert [(q.text, q.approx) for q in found] == [("$51.3 billion", "="), ("up to $1,000", "<=")]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_rate_adjective_of_a_later_noun_is_not_the_figures(real_nlp):
    text = "December brought imports of $4.6 billion, leaving a monthly surplus of $2.5 billion."
    assert [q.per for q in _quantities(real_nlp, text, "2025-01-08")] == [None, None]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_noun_noun_plural_is_the_counted_phrase(real_nlp):
    text = "The port normally handles about 180 vessel calls a month, or six a day, officials said."
    found = _quantities(real_nlp, text, "2025-01-08")
    assert [(q.counted, q.per) for q in found] == [("vessel call", "month"), ("vessel call", "day")]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_figure_framed_as_a_rate_or_wave_counts_the_subject(real_nlp):
    text = "Refugees crossed the river at a rate of 500 a day in June, officials said."
    (q,) = _quantities(real_nlp, text, "2025-07-08")
    assert (q.counted, q.per) == ("refugee", "day")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_bare_figure_after_a_duration_counts_the_earlier_thing(real_nlp):
    text = (
        "The mission counted 1,840 civilians killed or injured in the six months before the "
        "truce, and 1,610 in the six months since."
    )
    found = _quantities(real_nlp, text, "2023-10-03")
    assert [(q.text, q.counted) for q in found if q.unit is None] == [
        ("1,840", "civilian"),
        ("1,610", "civilian"),
    ]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_change_verb_with_its_own_subject_names_the_thing(real_nlp):
    text = (
        "According to figures from the four largest databases, new cat registrations rose "
        "from 340,000 in the year before the law to 510,000 in the year after."
    )
    found = _quantities(real_nlp, text, "2025-06-18")
    assert [q.counted for q in found] == ["large database", "cat registration", "cat registration"]
    text = "The Greens won 14 seats on the council, Labour took 11 and the Liberals won 9."
    assert [q.counted for q in _quantities(real_nlp, text)] == ["seat", "seat", "seat"]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_doses_lemmatise_to_dose(real_nlp):
    (q,) = _quantities(real_nlp, "Nurses have given 21,000 doses of the vaccine.")
    assert q.counted == "dose"


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_plurals_in_es_keep_their_lemma(real_nlp):
    found = _quantities(real_nlp, "The firm runs 1,200 buses and sold 20 glasses.")
    assert [q.counted for q in found] == ["bus", "glass"]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_noun_phrase_the_parse_broke_is_read_left_to_right(real_nlp):
    text = "Coaches have been handling about 1,300 new Universal Credit claims a week since May."
    (q,) = _quantities(real_nlp, text, "2024-07-18")
    assert (q.counted, q.per) == ("new universal credit claim", "week")


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_labels_copulas_and_a_month_on_average(real_nlp):
    text = "New cases sent to the court: between 410 and 470 every month since January."
    (q,) = _quantities(real_nlp, text, "2024-10-08")
    assert (q.counted, q.per) == ("case", "month")
    (q,) = _quantities(real_nlp, "Of the total, 2,900 were grants of refugee status.")
    assert q.counted is None  # members of the group named before, not a count of grants
    (q,) = _quantities(real_nlp, "In 2023, 2,900 were grants of refugee status.")
    assert q.counted == "grant"
    text = "New arrivals since January: 142,000, or around 15,800 a month on average."
    assert [q.per for q in _quantities(real_nlp, text, "2024-10-07")] == [None, "month"]


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_the_number_of_participle_noun_is_counted(real_nlp):
    text = "Agencies now put the number of displaced people in the territory at 176,000."
    (q,) = _quantities(real_nlp, text)
    assert q.counted == "displaced people"


@pytest.mark.model
def test_quantities_a_hyphened_scale_is_no_range(real_nlp):
    q = _one(real_nlp, "The council passed a $312-million budget.")
    assert (q.low, q.high, q.unit) == (312e6, 312e6, "USD")


@pytest.mark.model
def test_quantities_a_hyphened_modifier_keeps_the_noun_it_modifies(real_nlp):
    q = _one(real_nlp, "Officers recorded 204 drink-driving detections.")
    assert q.counted == "drink-driving detection"


@pytest.mark.model
def test_quantities_a_figure_a_thing_runs_at_counts_that_thing(real_nlp):
    q = _one(real_nlp, "Exclusions ran at between 300 and 400 a month.")
    assert q.counted == "exclusion" and q.per == "month"


@pytest.mark.model
def test_quantities_a_participle_modifier_and_a_hyphened_head(real_nlp):
    q = _one(real_nlp, "Crews logged 7,300 suspected overdose call-outs.")
    assert q.counted is not None and q.counted.endswith("call-out")
    found = _quantities(real_nlp, "Officers made 150 arrests, against the 170 made last winter.")
    assert next(x for x in found if x.text == "170").counted != "last winter"


@pytest.mark.model
def test_quantities_a_hyphened_multiword_unit(real_nlp):
    q = _one(real_nlp, "The bank announced a 25-basis-point cut.")
    assert (q.value, q.unit) == (25, "basis point")


@pytest.mark.model
def test_quantities_numbers_of_a_thing_count_that_thing(real_nlp):
    q = _one(real_nlp, "Passenger numbers rose to 388,000 last year.", "2025-02-11")
    assert q.counted == "passenger"


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_sum_before_a_colon_is_a_figure_a_clock_time_is_not(real_nlp):
    found = _quantities(
        real_nlp,
        "The trams will cost $46.2 million: $14.1 million this year. Talks start at 10:30.",
    )
    assert [q.text for q in found] == ["$46.2 million", "$14.1 million"]


def test_checks_a_breakdown_after_a_sum_and_its_colon(numeric_warnings):
    text = (
        "The new trams will cost $46.2 million: $14.1 million in the first year and "
        "$22.1 million in the second, the city said."
    )
    assert numeric_warnings(text) == {"sum_mismatch"}
    assert not numeric_warnings(text.replace("$22.1 million", "$32.1 million"))


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_rate_after_a_spaced_dash_is_the_asides(real_nlp):
    found = _quantities(real_nlp, "We raised £380,000 ourselves - a sponsored walk every year.")
    assert found[0].per is None
    found = _quantities(real_nlp, "The station tracks some 30 low-orbit satellites a day.")
    assert found[0].per == "day"  # a hyphen inside a noun sets nothing aside


@pytest.mark.model
@pytest.mark.issue(4)
def test_quantities_a_key_figure_before_its_dash_label_keeps_the_labels_rate(real_nlp):
    text = "Noise complaints\n\n280 to 410 - the range of complaints received each month\n"
    (q,) = _quantities(real_nlp, text)
    assert q.per == "month"
