"""Numeric consistency checks on short articles we wrote: one per finding kind, one per trap."""

from __future__ import annotations

import math

import pytest

from claimscope.contract.model import NUMERIC_KINDS, Article, Finding, Quantity
from claimscope.layers.findings._intervals import Interval, fmt, interval_of

NUMERIC = NUMERIC_KINDS  # the contract's numeric finding kinds


def _findings(pipeline, text: str, published: str | None = "2024-06-01") -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f for f in analysis.findings if f.kind in NUMERIC]


def _q(text: str, low: float, high: float | None = None, approx: str = "=", **kw) -> Quantity:
    high = low if high is None else high
    value = low if high == low else None
    return Quantity(
        start=0,
        end=len(text),
        text=text,
        id="q1",
        value=value,
        low=low,
        high=high,
        approx=approx,
        **kw,
    )


def test_intervals_rounded_figures_allow_half_a_step_capped():
    assert interval_of(_q("21,600", 21_600)) == Interval(21_550, 21_650)
    assert interval_of(_q("180,000", 180_000)) == Interval(175_500, 184_500)  # 2.5% cap
    assert interval_of(_q("300", 300)) == Interval(299.5, 300.5)


def test_intervals_approximators_widen():
    assert interval_of(_q("over 230,000", 230_000, approx=">")).hi == math.inf
    about = interval_of(_q("about 300", 300, approx="~"))
    assert about.lo < 271 and about.hi > 329
    nearly = interval_of(_q("nearly 40", 40, approx="~"))
    assert nearly.hi <= 40.5
    assert interval_of(_q("up to 50", 50, approx="<=")).lo == 0


def test_intervals_roughly_a_third_is_about_300_to_370_of_1000():
    share = interval_of(_q("roughly a third", 1 / 3, approx="~", unit="fraction"))
    whole = Interval(1000, 1000)
    part = share * whole
    assert 295 <= part.lo <= 305 and 360 <= part.hi <= 372


def test_intervals_arithmetic():
    assert Interval(15_000, 18_000).scale(10) == Interval(150_000, 180_000)
    assert (Interval(180_000, 180_000) / Interval(10, 10)).mid == 18_000
    assert not Interval(1, 2).meets(Interval(3, 4))
    assert fmt(18_000) == "18,000" and str(Interval(5, math.inf)) == "5 or more"


def test_intervals_open_at_either_end_are_read_at_their_finite_end():
    assert Interval(5, math.inf).mid == 5
    assert Interval(-math.inf, -100).mid == -100  # "down by more than a hundred"


@pytest.mark.model
def test_numeric_rate_total_mismatch(numeric_pipeline):
    text = (
        "Hospital strain\n\nThe hospital treats about 40 patients a day.\n\n"
        "In March, it treated 2,900 patients, the health board said."
    )
    found = [f for f in _findings(numeric_pipeline, text) if f.kind == "rate_total_mismatch"]
    assert found and found[0].severity == "warning"
    assert "×" in found[0].explanation and "days" in found[0].explanation


@pytest.mark.model
def test_numeric_rate_total_passes_with_info_and_arithmetic(numeric_pipeline):
    text = (
        "Desertions\n\nSome 2,160 soldiers deserted in October alone.\n\n"
        "That brings the number of deserters since the beginning of the year to 18,000.\n\n"
        "Officials say 1,500 to 1,800 deserters leave their units every month."
    )
    found = _findings(numeric_pipeline, text, "2024-11-10")
    info = [f for f in found if f.kind == "rate_total_mismatch"]
    assert info and info[0].severity == "info"
    assert "1,800 per month" in info[0].explanation
    assert "the top of" in info[0].message


@pytest.mark.model
def test_numeric_range_violation(numeric_pipeline):
    text = (
        "Arrivals\n\nBetween 8,000 and 9,000 migrants arrive on the islands every month.\n\n"
        "In June, 12,400 migrants arrived on the islands."
    )
    found = [
        f for f in _findings(numeric_pipeline, text, "2024-07-20") if f.kind == "range_violation"
    ]
    assert len(found) == 1
    assert "3,400 (38%) above the top" in found[0].explanation


@pytest.mark.model
def test_numeric_part_exceeds_whole_sub_period(numeric_warnings):
    text = (
        "Burglaries\n\nThe city recorded 1,850 burglaries in 2023.\n\n"
        "In the first quarter of 2023 alone, police logged 2,100 burglaries."
    )
    assert "part_exceeds_whole" in numeric_warnings(text)


@pytest.mark.model
def test_numeric_part_exceeds_whole_partitive(numeric_warnings):
    text = "Protest\n\nPolice said 420 of the 300 protesters were released."
    assert "part_exceeds_whole" in numeric_warnings(text)


@pytest.mark.model
def test_numeric_sum_mismatch_counts(numeric_pipeline):
    text = (
        "Delegation\n\nThe delegation of 45 people is made up of 20 diplomats, "
        "15 journalists and 18 security officers."
    )
    found = [f for f in _findings(numeric_pipeline, text) if f.kind == "sum_mismatch"]
    assert found and "= 53" in found[0].explanation


@pytest.mark.model
def test_numeric_sum_mismatch_shares(numeric_warnings):
    text = "Vote\n\nVoters split 48% for the mayor, 45% for her rival and 12% for others."
    assert "sum_mismatch" in numeric_warnings(text)


@pytest.mark.model
def test_numeric_percentage_mismatch(numeric_pipeline):
    text = "Survey\n\nOf the 2,000 residents surveyed, 500, or 40%, want a night bus."
    found = [f for f in _findings(numeric_pipeline, text) if f.kind == "percentage_mismatch"]
    assert found and "25.0%" in found[0].explanation


@pytest.mark.model
def test_numeric_change_mismatch_percent(numeric_pipeline):
    text = "Bakery\n\nSales of the loaf rose 25% from 400 units to 460 units a week."
    found = [f for f in _findings(numeric_pipeline, text) if f.kind == "change_mismatch"]
    assert found and "+15.0%" in found[0].explanation


@pytest.mark.model
def test_numeric_change_mismatch_doubled(numeric_warnings):
    text = "Measles\n\nThe number of measles cases doubled from 150 to 420 over the summer."
    assert "change_mismatch" in numeric_warnings(text)


@pytest.mark.model
def test_numeric_change_mismatch_absolute(numeric_warnings):
    text = "Jobs\n\nThe number of unemployed people fell by 12,000 from 98,000 to 91,000."
    assert "change_mismatch" in numeric_warnings(text)


@pytest.mark.model
def test_numeric_unit_mismatch_linked_different_things(numeric_pipeline):
    text = (
        "Border town\n\nSome 300 refugees arrive in the town each week, the mayor said.\n\n"
        "This influx has led to more than 9,000 asylum applications since January."
    )
    found = [f for f in _findings(numeric_pipeline, text) if f.kind == "unit_mismatch"]
    assert found and "asylum applications" in found[0].message


# ---- traps: none of these may raise a warning ----


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # rounding: 1,000 a day for a year is 365,000; "about" and rounding cover 370,000
        "Museum\n\nAbout 1,000 people visit the museum every day.\n\n"
        "Over the past year, 370,000 people visited the museum.",
        # shares summing to 101 and to 99 are rounding, not error
        "Race\n\nVoters split 34%, 33% and 34% between the three parties.",
        "Budget\n\nThe budget is split: 45% for health, 30% for education and 24% for roads.",
        # "roughly a third" of 1,000 allows 300-370
        "Union\n\nSome 350 of the 1,000 members, roughly a third, voted no.",
        # different cities
        "Policing\n\nPolice in Lyon make about 40 arrests a day.\n\n"
        "In March, police in Marseille made 3,000 arrests.",
        # different things counted (admitted vs discharged, beds)
        "Hospital\n\nBetween 15 and 20 patients are admitted to the hospital every day.\n\n"
        "In May, the hospital discharged 900 patients. It has 300 beds.",
        # different periods: 2022 total vs a 2023 quarter
        "Shelter\n\nIn 2022 the shelter took in 1,200 dogs.\n\n"
        "In the first quarter of 2023, it took in 1,400 dogs.",
        # contained period, smaller part
        "Burglaries\n\nThe city recorded 1,850 burglaries in 2023, including 420 in the "
        "first quarter.",
        # a consistent change
        "Bakery\n\nSales of the loaf rose 15% from 400 units to 460 units a week.",
        # a figure inside its monthly range
        "Arrivals\n\nBetween 8,000 and 9,000 migrants arrive every month.\n\n"
        "In June, 8,700 migrants arrived.",
    ],
)
def test_numeric_traps_raise_no_warning(numeric_warnings, text):
    assert numeric_warnings(text) == set()


@pytest.mark.model
def test_numeric_contained_period_without_publication_date(numeric_pipeline):
    text = (
        "Deserters\n\nSome 21,600 soldiers deserted in October alone.\n\n"
        "The number of deserters since the beginning of the year is 180,000.\n\n"
        "Officials say 15,000 to 18,000 deserters leave every month."
    )
    found = _findings(numeric_pipeline, text, None)
    kinds = {(f.kind, f.severity) for f in found}
    assert ("range_violation", "warning") in kinds
    info = next(f for f in found if f.kind == "rate_total_mismatch")
    assert info.severity == "info" and "assuming the total runs to the end of October" in (
        info.explanation
    )


# Regressions from the fresh blind set and the lead's harbour-strike article (issue 4).


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_range_violation_compound_head_against_bare_head(numeric_warnings):
    text = (
        "Port strike\n\n"
        "According to the editor, 4,200 dock workers stayed away from their shifts in March "
        "alone.\n\n"
        "The ministry said between 2,500 and 3,000 workers have joined the stoppage every month "
        "since January.\n"
    )
    assert "range_violation" in numeric_warnings(text, "2025-04-05")


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Wages have fallen by 12% over the past three years, from 2,400 euros to 2,200 "
            "euros a month.",
            "2025-04-05",
        ),
        (
            "Sea ice covered 4.3 million square kilometres in September, down 15% from "
            "4.6 million square kilometres a year earlier.",
            "2024-10-05",
        ),
        ("Quarterly profit tripled to $450 million from $210 million a year earlier.", None),
        ("Car thefts halved last year, falling from 3,200 to 2,100.", "2024-01-20"),
    ],
)
def test_numeric_change_mismatch_phrasings(numeric_warnings, text, published):
    assert numeric_warnings(text, published) == {"change_mismatch"}


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_change_size_is_never_an_unrelated_figure(numeric_warnings):
    text = (
        "Road deaths fell to 1,050 last year, from 1,130 the year before, while 24,000 people "
        "were seriously injured."
    )
    assert numeric_warnings(text, "2025-03-03") == set()


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "The hospital carried out 5,200 operations last year, up from 4,800 patients the year "
        "before.",
        "Benefits were paid to 120,000 people in May, bringing the total to 400,000 claims "
        "since January.",
    ],
)
def test_numeric_unit_mismatch_when_compared_or_combined(numeric_warnings, text):
    assert numeric_warnings(text, "2024-06-12") == {"unit_mismatch"}


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_no_unit_mismatch_for_counts_that_only_share_a_sentence(numeric_pipeline):
    text = (
        "Between 2,500 and 3,000 workers have joined the stoppage every month since January.\n\n"
        "That brings the total to 12,600 absences, and about 40% of the 9,000 registered "
        "dockers have now taken part.\n"
    )
    found = [
        f for f in _findings(numeric_pipeline, text, "2025-04-05") if f.kind == "unit_mismatch"
    ]
    assert len(found) == 1
    assert "absences" in found[0].message and "docker" not in found[0].message


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "Of the 250 stations in the network, 85 recorded their hottest day, or 45%.",
        "Revenue was $4.2 billion for the year, of which $1.9 billion, or 30%, came from cloud.",
        "Okoro converted 18 of his 24 penalties, a success rate of 90 percent.",
        "Health will receive 14 billion euros, a fifth of the 52 billion euros the state spends.",
    ],
)
def test_numeric_percentage_mismatch_phrasings(numeric_warnings, text):
    assert numeric_warnings(text) == {"percentage_mismatch"}


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "Rovers scored 64 goals in the league this season: 38 at home and 21 away.",
        "The council adopted a budget of 820 million euros, split between education (310 "
        "million euros), transport (190 million euros) and care (240 million euros).",
        "The mayor took 52 percent of the vote against 39 percent for her challenger and 17 "
        "percent for the independent.",
    ],
)
def test_numeric_sum_mismatch_phrasings(numeric_warnings, text):
    assert numeric_warnings(text) == {"sum_mismatch"}


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "Some 62% of men and 45% of women and 38% of managers said they preferred home working.",
        "Labour is on 41%, the Tories on 37% and the Greens on 23%, a poll found.",
        "City have scored 60 goals and United 45 goals: 105 between them.",
    ],
)
def test_numeric_shares_of_different_wholes_and_rounding_are_clean(numeric_warnings, text):
    assert numeric_warnings(text) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_part_exceeds_whole_through_a_pronoun(numeric_warnings):
    text = "Some 230 guests have fallen ill, and 260 of them have been admitted to hospital."
    assert numeric_warnings(text) == {"part_exceeds_whole"}
    text = "Roughly a third of the 1,000 staff, 350 people, plan to leave. Half of those blame pay."
    assert numeric_warnings(text) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_rate_total_subject_named_in_the_other_sentence(numeric_warnings):
    text = (
        "The clinic vaccinates around 120 children a week, the authority said.\n\n"
        "In February, nurses at the clinic vaccinated 310 children.\n"
    )
    assert numeric_warnings(text, "2024-03-05") == {"rate_total_mismatch"}


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_rate_for_another_period_or_a_baseline_is_not_checked(numeric_warnings):
    text = (
        "The hospital treated about 40 patients a day in 2023.\n\n"
        "In March 2024, after the new wing opened, it treated 2,100 patients.\n"
    )
    assert numeric_warnings(text, "2024-04-10") == set()
    text = (
        "The plant produces about 1,500 cars a week.\n\n"
        "In the first quarter, it built 19,000 cars, up from 16,200 a year earlier.\n"
    )
    assert numeric_warnings(text, "2024-04-20") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_measured_amounts_with_and_without_a_noun_match(numeric_warnings):
    text = (
        "The wind farm generates around 45 gigawatt hours of electricity a month.\n\n"
        "Last year it produced 310 gigawatt hours.\n"
    )
    assert numeric_warnings(text, "2025-02-15") == {"rate_total_mismatch"}


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_opposite_flows_stay_apart_other_verbs_do_not(numeric_warnings):
    text = (
        "Between 15 and 20 patients are admitted every day.\n\n"
        "In May, the hospital discharged 900 patients.\n"
    )
    assert numeric_warnings(text, "2024-06-10") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_share_part_must_count_what_the_whole_counts(numeric_warnings):
    text = (
        "That brings the total to 12,600 absences, Reyes said, and about 40% of the 9,000 "
        "registered dockers have now taken part."
    )
    assert "percentage_mismatch" not in numeric_warnings(text, "2025-04-05")


# Regressions from the third blind set (issue 4): general causes, new articles.


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_figures_of_differently_named_holders_are_not_compared(numeric_warnings):
    other = (
        "The Leeds food bank hands out between 300 and 400 parcels each week.\n\n"
        "Last week, its partner bank in York handed out 720 parcels.\n"
    )
    assert numeric_warnings(other, "2024-03-20") == set()
    rival = (
        "Arcadia Rail carries about 50,000 passengers a day.\n\n"
        "Its rival carried 4.1 million passengers in March.\n"
    )
    assert numeric_warnings(rival, "2024-04-20") == set()
    same = (
        "The Leeds food bank hands out between 300 and 400 parcels every week.\n\n"
        "Last week, the Leeds food bank handed out 720 parcels.\n"
    )
    assert numeric_warnings(same, "2024-03-20") == {"range_violation"}


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_pledges_and_averages_are_not_held_against_one_period(numeric_warnings):
    pledge = (
        "The ministry says it will plant 2 million trees a year.\n\n"
        "Last year, 1.3 million trees were planted.\n"
    )
    assert numeric_warnings(pledge, "2024-05-01") == set()
    average = (
        "Over the past decade the reservoir has averaged 40 millimetres of rain a month.\n\n"
        "In March, 95 millimetres of rain fell.\n"
    )
    assert numeric_warnings(average, "2024-04-02") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_range_for_every_event_against_one_event(numeric_pipeline, numeric_warnings):
    text = (
        "Each crossing carries between 150 and 180 cars, the operator says.\n\n"
        "On Friday, the crossing carried 260 cars.\n"
    )
    found = _findings(numeric_pipeline, text, "2024-08-05")
    assert {f.kind for f in found if f.severity == "warning"} == {"range_violation"}
    ok = text.replace("260", "170")
    assert numeric_warnings(ok, "2024-08-05") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_more_than_comparisons_of_things_and_of_amounts(numeric_warnings):
    things = (
        "The clinic gave 3,200 flu jabs this winter, 700 more than the 2,500 patients "
        "it registered last winter.\n"
    )
    assert "unit_mismatch" in numeric_warnings(things, "2024-03-01")
    wrong = (
        "The clinic gave 3,200 vaccinations this winter, 900 more than the 2,500 "
        "vaccinations it gave last winter.\n"
    )
    assert numeric_warnings(wrong, "2024-03-01") == {"change_mismatch"}
    right = wrong.replace("900", "700")
    assert numeric_warnings(right, "2024-03-01") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_exclusive_parts_cannot_exceed_a_capacity_whole(numeric_warnings):
    text = (
        "In the 45-seat assembly, the Farmers' Party won 21 seats, the Alliance took 17 "
        "and the Greens won 12.\n"
    )
    assert numeric_warnings(text, "2024-06-01") == {"sum_mismatch"}
    ok = text.replace("12.", "7.")
    assert numeric_warnings(ok, "2024-06-01") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_breakdown_takes_its_whole_from_the_sentence_before(numeric_warnings):
    text = (
        "The charity reported donations of 3.2 million pounds for the year.\n\n"
        "Donations were split between individuals, with 1.9 million pounds, companies, "
        "with 0.6 million pounds, and trusts, with 0.4 million pounds.\n"
    )
    assert numeric_warnings(text, "2024-06-01") == {"sum_mismatch"}
    ok = text.replace("0.4 million", "0.7 million")
    assert numeric_warnings(ok, "2024-06-01") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_share_of_a_possessive_whole(numeric_warnings):
    text = "A quarter of the county's 1,800 schools, some 620 schools, have solar panels.\n"
    assert numeric_warnings(text, "2024-06-01") == {"percentage_mismatch"}
    ok = text.replace("620", "450")
    assert numeric_warnings(ok, "2024-06-01") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_one_of_is_a_pronoun_not_a_count(numeric_warnings):
    text = (
        "The club has 300 members. Of those, 85 now sail in one of the club's boats, "
        "up from 40 five years ago.\n"
    )
    assert numeric_warnings(text, "2024-06-01") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_checks_share_one_ledger_per_article(numeric_pipeline, monkeypatch):
    from claimscope.layers.findings.numeric import _book as numeric

    calls = []
    original = numeric.build_ledger

    def counting(doc, draft):
        calls.append(draft.article_id)
        return original(doc, draft)

    monkeypatch.setattr(numeric, "build_ledger", counting)
    text = "Police made 40 arrests in May.\n\nThey made 2,000 arrests over the year.\n"
    _findings(numeric_pipeline, text)
    _findings(numeric_pipeline, text.replace("40", "45"))
    assert len(calls) == 2  # once per article, not once per check


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_of_those_with_a_comma_points_back_to_the_whole(numeric_warnings):
    text = (
        "The bank closed 120 branches last year.\n\n"
        "Of those, 140 were in rural towns, the bank said.\n"
    )
    assert numeric_warnings(text, "2024-03-01") == {"part_exceeds_whole"}
    assert numeric_warnings(text.replace("140", "70"), "2024-03-01") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_of_the_noun_points_back_to_the_earlier_group(numeric_warnings):
    text = (
        "The inspectors visited nine care homes in March.\n\n"
        "Eleven of the homes failed on hygiene, the report said.\n"
    )
    assert numeric_warnings(text) == {"part_exceeds_whole"}
    assert numeric_warnings(text.replace("Eleven", "Four")) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_of_that_figure_points_back_to_the_total(numeric_warnings):
    text = (
        "The school fair raised £8,000 for the library.\n\n"
        "The raffle brought in £9,500 of that figure.\n"
    )
    assert numeric_warnings(text) == {"part_exceeds_whole"}
    assert numeric_warnings(text.replace("£9,500", "£2,500")) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_share_of_an_anaphoric_whole(numeric_warnings):
    text = (
        "The college has 2,000 students.\n\n"
        "Of them, 800 live in halls: one in four, the principal said.\n"
    )
    assert numeric_warnings(text) == {"percentage_mismatch"}
    assert numeric_warnings(text.replace("one in four", "two in five")) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_that_is_more_than_compares_with_the_previous_sentence(numeric_warnings):
    text = (
        "The library lent 30,000 books last year.\n\n"
        "That is 5,000 more than the 25,000 members it had the year before.\n"
    )
    assert numeric_warnings(text) == {"unit_mismatch"}
    same = text.replace("members it had", "books it lent")
    assert numeric_warnings(same) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_change_stated_in_a_quote_or_headline(numeric_warnings):
    quote = (
        "Brewer reports results\n\n"
        '"Sales are up 8 per cent," the chief executive said.\n\n'
        "The brewer reported sales of £500m, compared with £400m a year earlier.\n"
    )
    assert numeric_warnings(quote) == {"change_mismatch"}
    assert numeric_warnings(quote.replace("8 per cent", "25 per cent")) == set()
    other = quote.replace("Sales are up", "Profits are up")
    assert numeric_warnings(other) == set()  # about something else
    headline = (
        "Potato crop down by a half\n\n"
        "Farmers lifted 900 tonnes of potatoes, against 1,000 tonnes last year.\n"
    )
    assert numeric_warnings(headline, "2024-10-01") == {"change_mismatch"}


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_change_words_are_not_prefixes_of_other_words(numeric_warnings):
    text = "Growers picked 800 tonnes of pears, against 1,000 tonnes last year.\n"
    assert numeric_warnings(text, "2024-10-01") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_rate_in_a_named_season_is_not_multiplied_over_the_year(numeric_warnings):
    text = (
        "The castle had 200,000 visitors last year.\n\n"
        "Between 1,500 and 2,000 visitors a day come in peak season.\n"
    )
    assert numeric_warnings(text, "2024-09-01") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_bracketed_breakdown_must_add_up(numeric_warnings):
    text = "The 50 new posts at the trust are in nursing (32) and midwifery (24).\n"
    assert numeric_warnings(text) == {"sum_mismatch"}
    assert numeric_warnings(text.replace("(24)", "(18)")) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_share_list_carried_into_the_next_sentence(numeric_warnings):
    text = (
        "Ms Ruiz won the seat with 46% of the vote.\n\n"
        "Her rival, Mr Dale, took 38%, and the Liberal candidate, Ms Hart, won 22%.\n"
    )
    assert numeric_warnings(text) == {"sum_mismatch"}
    assert numeric_warnings(text.replace("22%", "15%")) == set()
    places = (
        "Labour took 48% of the vote in Leeds.\n\n"
        "In Bradford it took 52%, and in York it won 45%.\n"
    )
    assert numeric_warnings(places) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_outcomes_of_one_partitive_whole(numeric_warnings):
    text = "The team won 12 of their 20 matches, drew five and lost six.\n"
    assert numeric_warnings(text) == {"sum_mismatch"}
    assert numeric_warnings(text.replace("six", "three")) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_doers_joined_in_a_compound_are_one_holder(numeric_warnings):
    text = (
        "The city bus network is growing.\n\n"
        "Its buses carry 20,000 passengers a day, the operator said.\n\n"
        "The network carried 900,000 passengers between January and March.\n"
    )
    assert numeric_warnings(text, "2024-04-15") == {"rate_total_mismatch"}
    assert numeric_warnings(text.replace("900,000", "1.8m"), "2024-04-15") == set()


def test_intervals_approximators_follow_significant_digits():
    some = interval_of(_q("some 2,100", 2_100, approx="~"))
    assert some.lo > 1_900 and some.hi < 2_300  # two significant digits: a few per cent
    about = interval_of(_q("about 2,000", 2_000, approx="~"))
    assert about == Interval(1_800, 2_200)  # one significant digit: a tenth
    exact = interval_of(_q("some 18,950", 18_950, approx="~"))
    assert exact.lo > 18_400 and exact.hi < 19_500  # four significant digits: a per cent or two


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (  # a span counted back from its end, not the end month alone
            "The helpline answers some 350 calls a day.\n\n"
            "In the three months to the end of September the service took 12,000 calls.",
            "2025-10-21",
            "rate_total_mismatch",
        ),
        (  # a synonym of the counted noun
            "Police recorded 410 burglaries in Hollins last year.\n\n"
            "In December alone there were 460 break-ins, officers said.",
            "2025-02-10",
            "part_exceeds_whole",
        ),
        (  # "some 2,100" is not wide enough to fit under 1,800
            "Westmoor council owns 1,800 homes.\n\n"
            "A survey found that some 2,100 of its homes need new roofs.",
            "2025-06-13",
            "part_exceeds_whole",
        ),
        (  # the change word first, the figures after it
            "Cruise calls have doubled since 2019: 84 ships docked this year compared with "
            "61 in 2019.",
            "2025-10-30",
            "change_mismatch",
        ),
        (  # a range for each member against one member
            "Each of Skyline's new jets seats between 180 and 220 passengers.\n\n"
            "The first of them flew to Malaga on Sunday with 260 passengers on board.",
            "2025-04-08",
            "range_violation",
        ),
        (  # "of those" re-describes the group with another noun
            "The library lent 18,500 books last year.\n\n"
            "Children's titles accounted for 21,000 of those loans.",
            "2025-02-18",
            "part_exceeds_whole",
        ),
        (  # a factor comparison between different units
            "Exports reached 1.2 million bags this season, twice the 600,000 tonnes shipped "
            "the season before.",
            "2025-09-19",
            "unit_mismatch",
        ),
    ],
)
def test_numeric_blind6_and_blind7_conflicts_are_found(numeric_warnings, text, published, kind):
    assert kind in numeric_warnings(text, published)


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (  # the busiest day is a maximum, not a typical day
            "The ferry carries about 2,000 passengers a day.\n\n"
            "In March it carried 61,000 passengers, and on the busiest day, Easter Monday, 3,100.",
            "2025-04-28",
        ),
        (  # a rate for each member of a group
            "The farm's 140 cows produce an average of 28 litres of milk a day each.\n\n"
            "Last year the herd produced 1.4 million litres of milk.",
            "2025-05-28",
        ),
        (  # a stated factor that holds
            "Bus journeys have doubled since 2020: 9.8 million journeys were made last year, "
            "against 4.8 million in 2020.",
            "2025-02-05",
        ),
        (  # a verb "record" is not a record figure
            "Police in Dunmore record between 40 and 55 burglaries every month.\n\n"
            "In August officers logged 50 burglaries.",
            "2024-10-01",
        ),
    ],
)
def test_numeric_blind6_and_blind7_traps_stay_quiet(numeric_warnings, text, published):
    assert numeric_warnings(text, published) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_narrowed_noun_is_a_part_of_the_plain_one(numeric_warnings):
    conflict = (
        "The city runs 300 buses, the transport authority said.\n\n"
        "It runs 450 electric buses on its routes, more than any other city."
    )
    assert "part_exceeds_whole" in numeric_warnings(conflict)
    other_time = (
        "Hospitals treated 900 patients in May.\n\nThey treated 1,200 elderly patients in April."
    )
    assert "part_exceeds_whole" not in numeric_warnings(other_time)


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (  # hours a week against the hours of a quarter
            "Stewards at the stadium work about 900 hours a week.\n\n"
            "In the first quarter of the year they put in 4,000 hours.",
            "2025-05-01",
            "rate_total_mismatch",
        ),
        (  # names and bare figures after a colon break the total down
            "The group's four depots handle 9,000 parcels: Northgate 3,900, Southgate 2,800 "
            "and Mill Lane 3,600.",
            "2025-05-01",
            "sum_mismatch",
        ),
        (  # "N in M" is one share of the whole
            "Three in ten of the 900 farms inspected, about 450, broke the rules.",
            "2025-05-01",
            "percentage_mismatch",
        ),
        (  # bare change figures count the subject
            "Bookings at the lido fell by a half in 2024, from 30,000 to 24,000.",
            "2025-05-01",
            "change_mismatch",
        ),
        (  # "Of these," lists parts of the previous total
            "The agency placed 800 apprentices last year.\n\n"
            "Of these, 420 went into engineering, 310 into care and 150 into retail.",
            "2025-05-01",
            "sum_mismatch",
        ),
        (  # "of that" + noun points back to the whole
            "The co-operative harvested 5,000 tonnes of apples.\n\n"
            "Of that crop, 5,600 tonnes were pressed for juice.",
            "2025-05-01",
            "part_exceeds_whole",
        ),
        (  # a possessive holder between part and whole
            "Cable television reaches 8,100 of the county's 7,000 households.",
            "2025-05-01",
            "part_exceeds_whole",
        ),
        (  # a week of a month against a weekly range
            "The pool admits between 800 and 1,000 swimmers a week.\n\n"
            "In the third week of April, 1,700 swimmers came.",
            "2025-05-20",
            "range_violation",
        ),
    ],
)
def test_numeric_blind8_and_blind9_readings_find_conflicts(numeric_warnings, text, published, kind):
    assert kind in numeric_warnings(text, published)


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (  # one named unit's rate against the plural holders of a region
            "Northgate's fire station answers about 12 calls a day.\n\n"
            "Across the county's nine stations, fire stations answered 31,000 calls last year.",
            "2025-03-01",
        ),
        (  # the same rate of hours, consistent
            "Stewards at the stadium work about 900 hours a week.\n\n"
            "In the first quarter of the year they put in 11,800 hours.",
            "2025-05-01",
        ),
        (  # a breakdown that adds up
            "The group's four depots handle 9,000 parcels: Northgate 3,900, Southgate 2,700 "
            "and Mill Lane 2,400.",
            "2025-05-01",
        ),
        (  # the speaker of a change is not its holder
            "Bookings at the lido fell by a fifth in 2024, from 30,000 to 24,000, "
            "the leisure trust said.",
            "2025-05-01",
        ),
    ],
)
def test_numeric_blind8_and_blind9_traps_stay_quiet(numeric_warnings, text, published):
    assert numeric_warnings(text, published) == set()


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (  # subgroups named after a dash divide the total before it
            "The surgery has 3,200 registered patients - 1,500 adults on the NHS, "
            "1,200 paying privately and 900 children.",
            "2025-05-01",
            "sum_mismatch",
        ),
        (  # "each" after a plural subject: the range holds for every member
            "Home crowds\n\nMatches at the club each draw between 900 and 1,400 fans.\n\n"
            "One match, a derby in March, drew 2,300 fans.",
            "2025-05-01",
            "range_violation",
        ),
        (  # a span of working days stated after the figure
            "Inspectors check 40 to 50 lorries a day.\n\n"
            "In the second week of March they checked 390 lorries over five working days.",
            "2025-05-01",
            "rate_total_mismatch",
        ),
    ],
)
def test_numeric_blind10_readings_find_conflicts(numeric_warnings, text, published, kind):
    assert kind in numeric_warnings(text, published)


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (  # five working days, not a seven-day week, at the daily rate
            "Inspectors check 40 to 50 lorries a day.\n\n"
            "In the second week of March they checked 230 lorries over five working days.",
            "2025-05-01",
        ),
        (  # subgroups that name only some of the whole are no sum
            "The crash injured 40 passengers: 12 children and 3 pensioners.",
            "2025-05-01",
        ),
        (  # a dash before a change is no breakdown
            "Visits rose to 5,400 - up 2,100 on 2023 and 1,300 above the forecast.",
            "2025-05-01",
        ),
        (  # one member inside the range said to hold for each
            "Home crowds\n\nMatches at the club each draw between 900 and 1,400 fans.\n\n"
            "One match, a derby in March, drew 1,350 fans.",
            "2025-05-01",
        ),
    ],
)
def test_numeric_blind10_traps_stay_quiet(numeric_warnings, text, published):
    assert numeric_warnings(text, published) == set()


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (  # "out of" set off after the part's clause
            "Some 9,780 riders reached the finish on Saturday — out of 9,100 who started.",
            "2025-05-01",
            "part_exceeds_whole",
        ),
        (  # an elliptical whole after a share counts what the part counts
            "The theatre sold 41,000 seats over the season, 62% of the 80,000 available.",
            "2025-05-01",
            "percentage_mismatch",
        ),
        (  # a unit written once covers the list after the colon
            "Floods covered 1,200 hectares: 900 hectares of farmland, 350 of woodland and "
            "120 of parks.",
            "2025-05-01",
            "sum_mismatch",
        ),
        (  # a count and its share set off by dashes
            "The club has 2.4 million members, of whom 720,000 — 40% — vote online.",
            "2025-05-01",
            "percentage_mismatch",
        ),
        (  # a "-fold" change
            "Entries to the quiz rose fourfold this year, to 300 teams from 120.",
            "2025-05-01",
            "change_mismatch",
        ),
    ],
)
def test_numeric_blind11_readings_find_conflicts(numeric_warnings, text, published, kind):
    assert kind in numeric_warnings(text, published)


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (  # the same readings, consistent
            "Some 8,950 riders reached the finish on Saturday — out of 9,100 who started.",
            "2025-05-01",
        ),
        (
            "The theatre sold 49,600 seats over the season, 62% of the 80,000 available.",
            "2025-05-01",
        ),
        (
            "Floods covered 1,370 hectares: 900 hectares of farmland, 350 of woodland and "
            "120 of parks.",
            "2025-05-01",
        ),
        ("Entries to the quiz rose fourfold this year, to 480 teams from 120.", "2025-05-01"),
    ],
)
def test_numeric_blind11_traps_stay_quiet(numeric_warnings, text, published):
    assert numeric_warnings(text, published) == set()


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (  # a rate range after a change verb, and metres against kilometres
            "The paver advances 300 to 400 metres a day, the council says.\n\n"
            "Since resurfacing began on 2 April, it has laid 41 kilometres of road.",
            "2025-05-02",
            "rate_total_mismatch",
        ),
        (  # kinds listed after "among them" are parts of the whole
            "Rangers counted 2,100 deer in the park, among them 1,300 red deer, 700 fallow "
            "and 400 roe.",
            "2025-05-01",
            "sum_mismatch",
        ),
        (  # a baseline after a possessive time phrase
            "Ticket sales for the fair reached 84,000, up 35% on last year's 70,000.",
            "2025-05-01",
            "change_mismatch",
        ),
        (  # a count of times against the noun for the same events
            "The lifeboat crew launched 96 times last year.\n\n"
            "Kayakers accounted for 110 of the launches, according to its report.",
            "2025-05-01",
            "part_exceeds_whole",
        ),
    ],
)
def test_numeric_blind12_readings_find_conflicts(numeric_warnings, text, published, kind):
    assert kind in numeric_warnings(text, published)


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (  # the same readings, consistent
            "The paver advances 300 to 400 metres a day, the council says.\n\n"
            "Since resurfacing began on 2 April, it has laid 11 kilometres of road.",
            "2025-05-02",
        ),
        (
            "Rangers counted 2,500 deer in the park, among them 1,300 red deer, 700 fallow "
            "and 400 roe.",
            "2025-05-01",
        ),
        ("Ticket sales for the fair reached 94,500, up 35% on last year's 70,000.", "2025-05-01"),
        (  # a rate for each member of a counted team is the team's rate times its size
            "Four pickers each fill about 50 crates a day.\n\n"
            "The team filled 1,000 crates over the five days of the harvest.",
            "2025-05-01",
        ),
        (  # a change in another clause does not size this one
            "The share of riders paying by phone rose to 61% from 52%, an increase of nine "
            "percentage points, while total journeys were up 4%.",
            "2025-05-01",
        ),
        (  # a rate per shift says nothing of a calendar month
            "The plant makes 900 panels a day during weekday shifts.\n\nIn May it made "
            "15,000 panels.",
            "2025-06-02",
        ),
        (  # a plural holder's total is not one member's figure
            "Each boat lands 2 to 3 tonnes of cod a week, the cooperative says.\n\n"
            "Its 40 boats landed 110 tonnes last week.",
            "2025-05-01",
        ),
    ],
)
def test_numeric_blind12_traps_stay_quiet(numeric_warnings, text, published):
    assert numeric_warnings(text, published) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_percentage_points_size_a_change_of_shares(numeric_warnings):
    text = "The share of homes on fibre rose to 46% from 38%, an increase of twelve points."
    assert "change_mismatch" not in numeric_warnings(text)
    text = "The share of homes on fibre rose to 46% from 38%, up 12 percentage points."
    assert "change_mismatch" in numeric_warnings(text)


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_ledger_converts_units_only_when_an_article_mixes_them(real_nlp):
    from claimscope.layers.base import Draft
    from claimscope.layers.findings._ledger import build_ledger
    from claimscope.layers.quantities import find_quantities

    def ledger(text: str) -> list[tuple[str | None, float | None]]:
        article = Article(text=text, published="2025-05-01")
        doc = real_nlp(text)
        draft = Draft(article=article, article_id="t")
        draft.quantities = find_quantities(doc, draft)
        return [(e.q.unit, e.q.high) for e in build_ledger(doc, draft)]

    assert ledger("The track is 2.9 kilometres long.") == [("km", 2.9)]
    mixed = ledger("The track is 2.9 kilometres long and the bridge 400 metres.")
    assert mixed == [("m", pytest.approx(2900.0)), ("m", 400.0)]


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (  # an irregular past tense, and "a loss of" as the change's size
            "The reservoir shrank from 2.4 kilometres to 1,800 metres across over ten years, "
            "a loss of 0.9 kilometres, engineers said.",
            "2025-05-01",
            "change_mismatch",
        ),
        (  # "a gain of" sizes a rise stated with a regular verb
            "Membership climbed from 1,200 to 1,500 over the year, a gain of 450, the club said.",
            "2025-05-01",
            "change_mismatch",
        ),
        (  # an irregular form read through its lemma: the figures go the other way
            "Orders shrunk from 900 to 950 last quarter.",
            "2025-05-01",
            "change_mismatch",
        ),
        (  # a bare object of a verb counts what that verb counted before
            "The clinic performs between 300 and 400 cataract operations every month, its "
            "annual report says.\n\nIn May it performed 620, after a second theatre opened.",
            "2025-06-20",
            "range_violation",
        ),
    ],
)
def test_numeric_blind13_readings_find_conflicts(numeric_warnings, text, published, kind):
    assert kind in numeric_warnings(text, published)


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (  # a change's before figure is set against the after figure of its own clause
            "Ferry crossings rose 6% to 53,000 last year, while flights fell 10% to 18,000 "
            "from 20,000.",
            "2025-05-01",
        ),
        (  # the same, with "but" and the baseline first
            "Cinema admissions grew 4% to 2.6 million, but theatre tickets dropped 20% from "
            "500,000 to 400,000.",
            "2025-05-01",
        ),
        (  # a bare object borrows nothing when the verb counted two things
            "The depot repairs between 40 and 60 buses and between 10 and 20 trams every "
            "month.\n\nIn May it repaired 75.",
            "2025-06-20",
        ),
    ],
)
def test_numeric_blind13_traps_stay_quiet(numeric_warnings, text, published):
    assert numeric_warnings(text, published) == set()


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (  # "it" with a tallying verb counts what the sentence before counted
            "The depot repairs between 40 and 60 buses every month.\n\n"
            "In May it handled 75, after a second crew started.",
            "range_violation",
        ),
        (  # "they" after a plural subject
            "Volunteers plant between 300 and 500 trees every month.\n\nIn April they managed 900.",
            "range_violation",
        ),
        (  # "it" cannot stand for a plural subject
            "Volunteers plant between 300 and 500 trees every month.\n\nIn April it managed 900.",
            None,
        ),
        (  # another verb may count another thing: nothing borrowed
            "The charity delivers between 300 and 500 food parcels every month.\n\n"
            "In April it received 900, mostly from schools.",
            None,
        ),
        (  # borrowed, and within the range
            "The depot repairs between 40 and 60 buses every month.\n\n"
            "In May it handled 55, after a second crew started.",
            None,
        ),
    ],
)
def test_numeric_bare_object_borrows_the_antecedents_thing(numeric_warnings, text, kind):
    warnings = numeric_warnings(text, "2025-06-20")
    assert warnings == ({kind} if kind else set())


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("removed", "kind"),
    [("11,200", None), ("16,000", "rate_total_mismatch")],
)
def test_numeric_span_of_working_days_before_the_figure(numeric_warnings, removed, kind):
    text = (
        "The canal dredger lifts 2,000 to 2,500 tonnes of mud a day.\n\n"
        f"Last week, over five working days, it lifted {removed} tonnes."
    )
    warnings = numeric_warnings(text, "2025-09-15")
    assert warnings == ({kind} if kind else set())


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_whole_narrowed_after_its_noun_is_no_certain_whole(numeric_pipeline):
    text = (
        "Of the 900 gym members who answered, 40% swim.\n\n"
        "Among the 210 members over 60, 65% said they come every week."
    )
    findings = _findings(numeric_pipeline, text, "2025-05-01")
    assert {f.severity for f in findings} <= {"info"}
    assert not any("60" in f.explanation.split("over")[0] for f in findings)


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_subgroup_without_narrowing_still_warns(numeric_warnings):
    text = "The fleet has 300 buses.\n\nOf them, 450 electric buses run on the city routes."
    assert "part_exceeds_whole" in numeric_warnings(text, "2025-05-01")


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("subject", "litres", "severity"),
    [("and a cow gives", "30", None), ("and the herd gives", "3,000", "warning")],
)
def test_numeric_rate_of_one_unnamed_member_is_no_warning(
    numeric_pipeline, subject, litres, severity
):
    text = (
        "Dairy farm\n\n"
        f"The farm's 12 families each milk about 40 cows, {subject} around {litres} litres of "
        "milk a day.\n\nLast week the farm sold 90,000 litres of milk."
    )
    findings = [
        f
        for f in _findings(numeric_pipeline, text, "2025-03-01")
        if f"{litres} per day" in f.explanation
    ]
    assert {f.severity for f in findings if f.severity == "warning"} == (
        {severity} if severity else set()
    )


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (  # two bases, each opened by "of"/"among": neither is the other's part
            "Of the 800 anglers asked, 35% fish at night; among the 200 aged under 30,"
            " the share was 58%.",
            None,
        ),
        (  # a part with its own whole still checked
            "Of the 800 anglers asked, 200 said they fish at night, or 45%.",
            "percentage_mismatch",
        ),
    ],
)
def test_numeric_count_opened_by_of_is_a_base_not_a_part(numeric_warnings, text, kind):
    warnings = numeric_warnings("Angling survey\n\n" + text, "2025-05-01")
    assert warnings == ({kind} if kind else set())


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (  # a share beside a benchmark and a target: no whole to divide
            "The county composted 58% of its garden waste last year, above a regional average"
            " of 41%; the goal is 75% by 2030.",
            None,
        ),
        (  # one vote divided three ways still adds up to more than 100%
            "The councillor won 49% of the vote against 38% for her rival and 19% for the"
            " third candidate.",
            "sum_mismatch",
        ),
    ],
)
def test_numeric_shares_beside_a_benchmark_divide_no_whole(numeric_warnings, text, kind):
    warnings = numeric_warnings("County figures\n\n" + text, "2025-04-01")
    assert warnings == ({kind} if kind else set())


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("rate", "kind"),
    [("its target of 400 a year", None), ("a pace of 400 a year", "range_violation")],
)
def test_numeric_rate_governed_by_a_target_is_an_aim(numeric_warnings, rate, kind):
    text = f"Council homes\n\nThe council finished 250 homes in 2024, under {rate}."
    assert numeric_warnings(text, "2025-03-01") == ({kind} if kind else set())


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(("share", "severities"), [("25%", set()), ("40%", {"info"})])
def test_numeric_share_with_part_and_whole_read_inverted(numeric_pipeline, share, severities):
    text = (
        "College intake\n\n"
        f"The college has 8,000 students, {share} of them part-time; of the 2,000 part-time"
        " students, most study at night."
    )
    findings = [
        f
        for f in _findings(numeric_pipeline, text, "2025-03-01")
        if f.kind == "percentage_mismatch"
    ]
    assert {f.severity for f in findings} == severities


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("£1.1 million went on grants; it raised £2.6 million", None),
        ("£1.1 million went on grants and £1.4 million on staff", "sum_mismatch"),
    ],
)
def test_numeric_inclusive_parts_end_at_a_semicolon(numeric_warnings, tail, kind):
    text = f"Trust accounts\n\nThe trust spent £2 million in 2024, of which {tail}."
    assert numeric_warnings(text, "2025-03-01") == ({kind} if kind else set())


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(("tally", "kind"), [("under five", None), ("150", "percentage_mismatch")])
def test_numeric_bound_is_no_part_of_a_share(numeric_warnings, tally, kind):
    text = (
        "Sleep survey\n\nDoctors advise eight hours a night, but a quarter of the 1,000"
        f" surveyed said they slept {tally}."
    )
    assert numeric_warnings(text, "2025-03-01") == ({kind} if kind else set())


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_day_rates_count_the_calendar_days_of_the_month(numeric_pipeline):
    text = (
        "Hotline figures\n\nIn February 2025 the hotline answered 2,800 calls, or 100 a day.\n\n"
        "In March 2025 it answered 3,600 calls, or 100 a day.\n"
    )
    found = _findings(numeric_pipeline, text, "2025-04-10")
    by_total = {f.quantities[0]: f for f in found if f.kind == "rate_total_mismatch"}
    feb, mar = sorted(by_total.values(), key=lambda f: f.quantities[0])
    assert feb.severity == "info" and "28 days" in feb.explanation
    assert mar.severity == "warning" and "31 days" in mar.explanation


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_each_member_of_a_plural_subject_multiplies_the_rate(numeric_pipeline):
    text = (
        "Vaccination week\n\nThe campaign reached 90,000 children in five days. Some 120 teams "
        "went from school to school, each vaccinating about 150 children a day.\n"
    )
    found = [
        f for f in _findings(numeric_pipeline, text, "2024-10-01") if f.kind.startswith("rate")
    ]
    assert [f.severity for f in found] == ["info"]
    assert "18,000 per day" in found[0].explanation


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_ratios_to_other_units_are_no_totals(numeric_pipeline, numeric_warnings):
    text = (
        "Salt harvest\n\nWorkers raked nearly 12,000 tonnes of salt this summer. The pans cover "
        "about 140 hectares, so this year's crop works out at roughly 85 tonnes a hectare.\n"
    )
    analysis = numeric_pipeline.analyze(Article(text=text, published="2024-12-01"))
    assert "roughly 85 tonnes" in {q.text for q in analysis.quantities}  # still a quantity
    assert numeric_warnings(text, "2024-12-01") == set()  # not a whole of 12,000


def test_numeric_exchange_rates_are_no_amounts_of_money():
    from claimscope.layers.findings._ledger.build import _exchange_rate

    text = (
        "A trip costs 470 kroner, about 63 euros at an exchange rate of roughly 7.46 kroner "
        "to the euro."
    )
    rate = _q("roughly 7.46 kroner", 7.46, unit="DKK")
    rate = rate.model_copy(
        update={"start": text.index("roughly 7.46"), "end": text.index(" to the")}
    )
    price = _q("470 kroner", 470, unit="DKK")
    price = price.model_copy(update={"start": text.index("470"), "end": text.index(", about")})
    assert _exchange_rate(text, rate) and not _exchange_rate(text, price)


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_change_pairs_the_figure_that_moves_the_stated_way(numeric_warnings):
    text = (
        "Admissions\n\nAbout 31,000 students applied to the region's six colleges this year, "
        "up from 29,400 last year, the council said.\n"
    )
    assert "change_mismatch" not in numeric_warnings(text, "2025-08-01")
    wrong_way = text.replace("up from 29,400", "up from 33,400")
    assert "change_mismatch" in numeric_warnings(wrong_way, "2025-08-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_change_word_is_not_taken_from_the_next_sentence(numeric_warnings):
    text = (
        "Exam results\n\nSome 2,300 candidates sat the exam this spring, against 2,050 last "
        "year, and 1,790 of them passed. The increase in the pass rate was four points.\n"
    )
    assert "change_mismatch" not in numeric_warnings(text, "2025-06-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_times_count_what_their_verb_does(numeric_warnings):
    text = (
        "Flood gates\n\nThe gates were closed 9 times this autumn, up from five closures last "
        "autumn, the council said.\n"
    )
    assert "unit_mismatch" not in numeric_warnings(text, "2025-12-01")
    other = (
        "Ferry app\n\nThe ferry app was downloaded 90,000 times in May, 15,000 more than the "
        "75,000 passengers it carried in April.\n"
    )
    assert "unit_mismatch" in numeric_warnings(other, "2025-06-10")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_pay_to_a_group_is_per_person(numeric_warnings):
    text = (
        "Harvest jobs\n\nThe estate hired about 90 pickers this year, paid around 1,900 euros a "
        "month for the three-month harvest. Its wine sales came to 4 million euros last year.\n"
    )
    assert "rate_total_mismatch" not in numeric_warnings(text, "2025-10-01")
    firm = (
        "Estate income\n\nThe estate earns around 1,900 euros a month from tours. In 2024 it "
        "earned 12,000 euros from tours.\n"
    )
    assert "rate_total_mismatch" in numeric_warnings(firm, "2025-10-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_stretch_named_with_its_length_is_the_span_of_a_later_total(numeric_pipeline):
    text = (
        "Beet campaign\n\nThe factory ended a 100-day processing campaign on 20 January.\n\n"
        "It slices roughly 14,000 tonnes of beet a day. Over the campaign it sliced 1.05 "
        "million tonnes of beet.\n"
    )
    found = [
        f for f in _findings(numeric_pipeline, text, "2025-01-25") if f.kind.startswith("rate")
    ]
    assert [f.severity for f in found] == ["warning"]
    assert "100 days" in found[0].explanation or "100-day" in found[0].explanation
    fits = text.replace("1.05 million", "1.4 million")
    found = [
        f for f in _findings(numeric_pipeline, fits, "2025-01-25") if f.kind.startswith("rate")
    ]
    assert [f.severity for f in found] == ["info"]


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_bare_figure_in_a_change_counts_what_the_change_counts(numeric_warnings):
    text = (
        "Admissions\n\nAbout 31,000 students applied to the region's six colleges this year, "
        "up from 29,400 last year, the council said.\n"
    )
    assert "unit_mismatch" not in numeric_warnings(text, "2025-08-01")


def test_numeric_far_apart_reads_intervals_at_their_nearest_points():
    from claimscope.layers.findings.numeric._pairing import far_apart

    assert far_apart(Interval(21_000, 21_000), Interval(4e9, 4e9))
    assert not far_apart(Interval(6_150, 6_250), Interval(0, 4_100))  # "up to 4,000": 1.5x
    assert not far_apart(Interval(4.1e6, 4.1e6), Interval(16.2e6, 16.6e6))  # a 4x slip
    assert not far_apart(Interval(10, 20), Interval(15, 18))


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_figures_far_apart_are_not_a_range_violation(numeric_warnings):
    text = (
        "Wedding trade\n\nThe wedding industry is worth about £4bn a year. The average couple "
        "spent £21,000 on their wedding last year, the survey found.\n"
    )
    assert "range_violation" not in numeric_warnings(text, "2025-03-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_the_month_after_an_event_is_a_month(numeric_pipeline, numeric_warnings):
    text = (
        "Storm claims\n\nInsurers received an average of 1,400 hail damage claims a day in the "
        "30 days after the storm.\n\nIn total, 58,000 claims were lodged in the month after "
        "the storm, the federation said.\n"
    )
    found = [
        f for f in _findings(numeric_pipeline, text, "2025-07-18") if f.kind.startswith("rate")
    ]
    assert [f.severity for f in found] == ["warning"]
    fits = text.replace("58,000", "43,000")
    assert "rate_total_mismatch" not in numeric_warnings(fits, "2025-07-18")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_the_busiest_month_must_keep_an_every_month_range(numeric_warnings):
    every = (
        "Snakebite unit\n\nThe unit has treated between 40 and 60 patients every month since "
        "March.\n\nIn May, the busiest month so far this year, it treated 93 patients.\n"
    )
    assert "range_violation" in numeric_warnings(every, "2025-06-20")
    average = every.replace(
        "between 40 and 60 patients every month", "an average of 50 patients a month"
    )
    assert "range_violation" not in numeric_warnings(average, "2025-06-20")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_rate_since_july_says_nothing_about_january(numeric_warnings):
    text = (
        "Dengue\n\nKHULNA, Sept 22 (Wire) - Weekly dengue cases in the division have stayed "
        "between 800 and 1,200 since mid-July, officials said.\n\nThe division has recorded "
        "about 21,000 dengue cases this year.\n\nThe bulletin showed 1,940 new dengue cases in "
        "the division in the week to September 14.\n"
    )
    assert numeric_warnings(text, "2024-09-22") == {"range_violation"}


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_brought_in_is_no_link_but_bringing_the_total_is(numeric_warnings):
    text = (
        "Storm repairs\n\nThe operator has 900 staff on repairs, including 160 linesmen brought "
        "in from Wales, where the storm cut power to about 70,000 customers.\n"
    )
    assert "unit_mismatch" not in numeric_warnings(text, "2025-01-20")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_forecast_of_another_year_is_no_part_of_last_years_total(numeric_warnings):
    text = (
        "Language school\n\nThe school taught 1,240 students last year, including 620 in its "
        "autumn term alone, and expects about 1,500 this year, its director said.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text, "2025-03-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_change_in_the_next_clause_sizes_its_own_subject(numeric_warnings):
    text = (
        "Forestry\n\nThe sector employs about 50,000 people, down from roughly 100,000 in 2000, "
        "and forestry towns in the north have lost a tenth of their population.\n"
    )
    assert "change_mismatch" not in numeric_warnings(text, "2025-03-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_place_alone_is_a_part_of_the_total_across_places(numeric_warnings):
    text = (
        "Earthquake\n\nThe earthquake destroyed 8,400 homes across the three provinces, the "
        "agency said.\n\nIn Malatya province alone, the earthquake destroyed 9,100 homes.\n"
    )
    assert "part_exceeds_whole" in numeric_warnings(text, "2025-03-01")
    fits = text.replace("9,100", "3,100")
    assert "part_exceeds_whole" not in numeric_warnings(fits, "2025-03-01")
    no_total = text.replace(" across the three provinces", " in Adana")
    assert "part_exceeds_whole" not in numeric_warnings(no_total, "2025-03-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_share_of_the_total_is_held_against_the_total_before(numeric_warnings):
    text = (
        "Key figures\n\nTotal emissions: 2.4 million tonnes.\n\nOf which from the kiln: "
        "720,000 tonnes, about 20% of the total.\n"
    )
    assert "percentage_mismatch" in numeric_warnings(text, "2025-03-01")
    fits = text.replace("720,000", "480,000")
    assert "percentage_mismatch" not in numeric_warnings(fits, "2025-03-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_of_the_noun_opens_a_breakdown_of_its_figure(numeric_warnings):
    text = (
        "Heatwave toll\n\nThe country recorded 2,310 excess deaths during the heatwave of "
        "July 8 to 25, the institute said.\n\nOf the excess deaths, 1,480 were among people "
        "over 80, 690 among those aged 65 to 79, and 610 among people under 65.\n"
    )
    assert "sum_mismatch" in numeric_warnings(text, "2025-08-04")
    fits = text.replace("1,480", "1,010")
    assert "sum_mismatch" not in numeric_warnings(fits, "2025-08-04")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_places_listed_after_a_total_are_its_parts(numeric_warnings):
    text = (
        "Typhoon\n\nA total of 126,000 people were evacuated from three provinces before the "
        "typhoon, the agency said.\n\nThe agency said 61,000 people were moved in Cagayan, "
        "47,000 in Isabela and 41,000 in Aurora.\n"
    )
    assert "sum_mismatch" in numeric_warnings(text, "2024-10-24")
    fits = text.replace("61,000", "38,000")
    assert "sum_mismatch" not in numeric_warnings(fits, "2024-10-24")


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "Rescue teams had brought 126 miners to the surface, but 17 workers were missing.",
            "Of those rescued, 131 were taken to hospital.",
        ),
        (
            "About 27,000 farmed salmon escaped from a pen on Sunday.",
            "Recovery went well, the agency said: of the salmon that escaped, 31,500 were caught.",
        ),
    ],
)
def test_numeric_of_those_rescued_points_to_the_rescue_figure(numeric_warnings, first, later):
    text = f"Report\n\n{first}\n\nOfficials spoke on Monday.\n\n{later}\n"
    assert "part_exceeds_whole" in numeric_warnings(text, "2025-06-15")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_those_sales_were_made_up_of_parts_of_the_figure_before(numeric_warnings):
    text = (
        "Opera season\n\nThe opera house sold 212,000 tickets in its first season after a "
        "three-year renovation.\n\nThose sales were made up of 138,000 tickets for opera, "
        "61,000 for ballet and 54,000 for concerts.\n"
    )
    assert "sum_mismatch" in numeric_warnings(text, "2024-09-10")
    fits = text.replace("138,000", "97,000")
    assert "sum_mismatch" not in numeric_warnings(fits, "2024-09-10")


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "Camps\n\nSome 41,000 people live in 9,800 containers set up on 22 sites, the agency "
        "said.\n",
        "Drones\n\nThe trial drew hundreds of complaints.\n\nThe council logged 1,300 noise "
        "complaints about the service.\n",
        "Vaccines\n\nLast year 61 percent of eligible girls and 54 percent of eligible boys had "
        "a first dose, well below the 80 percent the programme aims for.\n",
    ],
)
def test_numeric_particles_vague_plurals_and_shares_of_two_groups_raise_nothing(
    numeric_warnings, text
):
    assert numeric_warnings(text, "2025-03-01") == set()


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "Book fair\n\nThe fair drew 231,000 visitors, up 7% from 215,000 last year but short of "
        "the 240,000 organisers had forecast.\n",
        "Cotton\n\nOf the 3.9 million bales the state ships abroad, China takes about 28%, "
        "Vietnam 21% and Pakistan 14%, with the rest going to Turkey.\n",
        "Strike\n\nIn Campania 55% of schools cancelled lessons, compared with 38% in Lombardy "
        "and 29% in Veneto.\n",
        "Kelp\n\nAt their fastest, in March, the blades grew by up to 2 cm a day, and by harvest "
        "in May most plants had reached between 2 and 3 metres.\n",
    ],
)
def test_numeric_changes_unstated_rests_compared_groups_and_next_clauses(numeric_warnings, text):
    assert numeric_warnings(text, "2024-10-21") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_of_the_confirmed_tornadoes_reaches_back_to_the_first_paragraph(numeric_warnings):
    text = (
        "Tornadoes\n\nThe weather service has confirmed 41 tornadoes across three states.\n\n"
        "Crews cleared roads on Monday.\n\nPower returned to most homes.\n\nSchools reopened "
        "on Wednesday.\n\nOf the confirmed tornadoes, 52 were in Oklahoma, the service said.\n"
    )
    assert "part_exceeds_whole" in numeric_warnings(text, "2025-05-07")


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "Gold\n\nThe mine produced 78,900 ounces in the three months to September 30, keeping it "
        "on track for full-year guidance of 300,000 to 330,000 ounces. Output for the first "
        "nine months reached 231,400 ounces.\n",
        "Air\n\nThe city's monitors recorded an average concentration of 11.8 micrograms in 2024."
        " The worst reading came on November 5, when it reached 46 micrograms.\n",
    ],
)
def test_numeric_guidance_and_averages_are_no_wholes(numeric_warnings, text):
    assert "part_exceeds_whole" not in numeric_warnings(text, "2025-01-20")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_later_bare_noun_is_no_whole_of_an_earlier_modified_one(numeric_warnings):
    text = (
        "Cholera\n\nThe ministry has recorded 12,480 suspected cholera cases since October.\n\n"
        "Nampula, the most populous province, has reported 5,120 cases and Cabo Delgado 3,460.\n"
    )
    assert "part_exceeds_whole" not in numeric_warnings(text, "2025-02-13")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_season_which_ran_for_34_days_is_the_span_of_this_seasons_total(
    numeric_warnings,
):
    text = (
        "Maple syrup\n\nSugarhouses boiled an average of 5,200 litres of syrup a day over the "
        "season, which ran for 34 days from March 3 to April 5.\n\nAll told, producers made "
        "98,000 litres of syrup this season, the association said.\n"
    )
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-04-22")
    fits = text.replace("98,000", "177,000")
    assert "rate_total_mismatch" not in numeric_warnings(fits, "2025-04-22")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_on_the_night_of_a_date_is_that_day(numeric_warnings):
    text = (
        "Gritting\n\nGritters spread between 800 and 1,100 tonnes of salt every night of the "
        "cold snap from January 3 to 14, the council said.\n\nOn the night of January 9, the "
        "coldest of the spell, crews spread 1,640 tonnes of salt.\n"
    )
    assert "range_violation" in numeric_warnings(text, "2025-01-20")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_share_is_not_matched_across_a_nearer_share(numeric_warnings):
    text = (
        "Strike\n\nThe ministry put the share of teachers on strike at 18% and said about 41% "
        "of its roughly 13,200 school sites, some 5,400, had cancelled lessons.\n"
    )
    assert "percentage_mismatch" not in numeric_warnings(text, "2025-03-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_of_which_reaches_past_a_smaller_figure_to_its_whole(numeric_warnings):
    text = (
        "Driving tests\n\nThe agency said 48,200 tests were taken at the region's 23 centres "
        "in March, of which 21,700 were passes, a pass rate of 58%.\n"
    )
    assert "percentage_mismatch" in numeric_warnings(text, "2025-04-10")
    fits = text.replace("58%", "45%")
    assert "percentage_mismatch" not in numeric_warnings(fits, "2025-04-10")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_of_those_who_fell_ill_points_to_the_illness_figure(numeric_warnings):
    text = (
        "Oysters\n\nEighty-six people fell ill after eating oysters, health officials said.\n\n"
        "The beds were closed.\n\nSuppliers recalled 14 tonnes of shellfish.\n\nTests "
        "continue.\n\nOf those who fell ill after eating the oysters, 94 needed hospital "
        "treatment.\n"
    )
    assert "part_exceeds_whole" in numeric_warnings(text, "2024-12-04")


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "Ballot\n\nOf the 8,640 members who returned ballots, 6,910 backed strikes, 2,870 voted "
        "against and 410 papers were spoiled, the union said.\n",
        "Flood scheme\n\nThe government approved an £84m scheme on Tuesday.\n\nThe £84m will "
        "come from £52m in grant, £24m from the council and £19m from the water company.\n",
        "Key figures\n\n- Turnover: £24.1m, up 11% from £21.7m. It was made up of matchday "
        "income of £11.2m, broadcasting income of £9.6m and commercial income of £7.1m.\n",
    ],
)
def test_numeric_outcomes_sources_and_key_figures_that_overshoot_their_whole(
    numeric_warnings, text
):
    assert "sum_mismatch" in numeric_warnings(text, "2025-05-06")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_came_from_is_no_breakdown_of_a_count(numeric_warnings):
    text = (
        "Census\n\nThe region grew by 90,000 people. Most of the growth came from 60,000 "
        "retirees and 45,000 migrants.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text, "2025-05-06")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_count_set_out_as_a_share_of_another_thing(numeric_warnings):
    text = (
        "Tax amnesty\n\nAbout 18,000 taxpayers came forward before the deadline.\n\nA spokesman "
        "said the 18,000 taxpayers amounted to a third of the 54,000 undeclared accounts "
        "investigators had found.\n"
    )
    assert "unit_mismatch" in numeric_warnings(text, "2025-04-02")
    same = text.replace("undeclared accounts", "undeclared taxpayers")
    assert "unit_mismatch" not in numeric_warnings(same, "2025-04-02")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_goals_that_came_from_open_play_still_sum(numeric_warnings):
    text = (
        "Goals\n\nUnited's 64 league goals this season have come from open play (41), set "
        "pieces (17) and penalties (19).\n"
    )
    assert "sum_mismatch" in numeric_warnings(text, "2025-05-01")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_target_subject_is_a_pledge_and_a_far_subgroup_no_part(numeric_warnings):
    target = (
        "Heat pumps\n\n- 18,600 grants were paid in the 12 months to March.\n\n- The "
        "government's target is 30,000 grants a year.\n"
    )
    assert "range_violation" not in numeric_warnings(target, "2025-04-10")
    far = (
        "Asbestos\n\nAsbestos is present in 1,420 school buildings, the survey found.\n\nThe "
        "union puts the figure at 1,650.\n\nThe survey covers 2,900 state schools.\n"
    )
    assert "part_exceeds_whole" not in numeric_warnings(far, "2025-04-10")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_times_with_no_verb_above_it_ends(numeric_warnings):
    # A key-figures line whose "times" hangs from no verb: the walk up the parse to the
    # verb of the count once looped for ever (spaCy makes a new Token on every access,
    # so "tok.head is not tok" never stops at the root).
    text = "Key figures\n\n- Debt-to-equity ratio: 0.4 times\n- Nickel output: 61,000 tonnes\n"
    assert numeric_warnings(text) == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_cap_or_target_is_never_held_against_a_forecast(numeric_warnings):
    text = (
        "If the pace continues, the country would receive about 39,000 asylum claims in 2023. "
        "The opposition has called for a cap of 10,000 claims a year."
    )
    assert numeric_warnings(text, "2023-07-25") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_count_inside_a_definite_phrase_is_not_the_total_linked(numeric_warnings):
    text = (
        "The main crossing registered 14,260 entries in July. A second crossing recorded "
        "6,900 entries in July, bringing the total for the two checkpoints to 21,160."
    )
    assert numeric_warnings(text, "2023-08-02") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_the_size_of_a_gap_is_no_part_or_whole(numeric_warnings):
    text = (
        "The council completed 870 new homes in the year to the end of March 2024. Over the "
        "last three years, 2,820 homes have been built against a combined target of 3,600, "
        "a shortfall of 780."
    )
    assert numeric_warnings(text, "2024-07-03") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_an_average_over_a_stated_half_year_does_not_bound_each_quarter(
    numeric_warnings,
):
    text = (
        "The agency registered 8,300 applications between January and March and 11,300 "
        "between April and June. It averaged about 3,270 applications a month between "
        "January and June."
    )
    assert numeric_warnings(text, "2023-07-25") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_people_held_and_removals_count_one_event(numeric_warnings):
    # "deported ... people" and "removals", "admitted ... patients" and "admitted ...
    # people": the same event in other words
    text = (
        "The ministry deported around 1,300 people a month in 2024. Its press office "
        "described the 22,400 removals it carried out in 2024 as a record."
    )
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-02-10")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_range_every_night_against_one_night_of_a_renamed_thing(numeric_warnings):
    text = (
        "Drones have been arriving over the region in waves of between 40 and 70 every night "
        "since March 1, the command said.\n\n"
        '"On Tuesday night we tracked 112 unmanned aircraft over the region," a colonel said.'
    )
    assert "range_violation" in numeric_warnings(text, "2024-03-22")
    # Britain and the UK are one place: a part there may be held against the whole
    text = (
        "The novel sold 212,000 copies in the UK in 2024. In the four weeks to December 28 "
        "it sold 265,000 copies in Britain."
    )
    assert "part_exceeds_whole" in numeric_warnings(text, "2025-01-14")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_rate_restating_a_total_is_held_only_against_it(numeric_warnings):
    # "198,000 TEU, an average of 6,600 a day" is June's total per day: not a habit to hold
    # against the first quarter
    text = (
        "The port handled 480,000 TEU in the first quarter. June was its busiest month on "
        "record, with 198,000 TEU, an average of 6,600 a day."
    )
    assert numeric_warnings(text, "2023-08-03") == set()
    text = (
        "Weather diary\n\nOctober's total came to 412 mm. That works out at an average of "
        "21 mm a day across the month, my wettest ever."
    )
    assert "rate_total_mismatch" in numeric_warnings(text, "2023-11-06")
    text = (
        "Weather diary\n\nOctober's total came to 412 mm. That works out at an average of "
        "13 mm a day across the month, my wettest ever."
    )
    assert numeric_warnings(text, "2023-11-06") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_past_rate_with_no_period_tells_of_the_total_before_it(numeric_warnings):
    text = (
        "The mountain rescue service carried out 412 avalanche rescues this season. Across "
        "the four-month season the service averaged about 3.4 rescues a day. Last winter it "
        "recorded 356 avalanche rescues."
    )
    assert numeric_warnings(text, "2025-04-10") == set()
    text = (
        "The airport recorded 212 runway incursions in 2024, the review says. Controllers "
        "logged an average of 27 incursions a month across the year."
    )
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-03-10")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_a_range_every_night_against_one_named_night(numeric_warnings):
    text = (
        "Every night of snowfall this winter, crews have cleared between 600 and 800 km of "
        "road, the city says.\n\nThe hardest night came on January 17, when 41 centimetres "
        "fell and the fleet cleared 1,150 km by morning."
    )
    assert "range_violation" in numeric_warnings(text, "2025-02-11")
    inside = text.replace("1,150 km", "790 km")
    assert numeric_warnings(inside, "2025-02-11") == set()
    # a total over many nights is no single night's figure
    total = (
        "Every night of snowfall this winter, crews have cleared between 600 and 800 km of "
        "road, the city says.\n\nOver the 23 nights of snow they cleared 16,000 km."
    )
    assert "range_violation" not in numeric_warnings(total, "2025-02-11")


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_an_average_subject_and_an_alone_part_of_another_deed(numeric_warnings):
    # "an average of 420 people a day" is no unnamed member of a kind: the rate is checked
    text = (
        '"In March, an average of 420 people a day crossed our border illegally," she said. '
        "Border guards registered 9,800 illegal crossings during March."
    )
    assert "rate_total_mismatch" in numeric_warnings(text, "2024-04-09")
    # people detained in one month are no part of people pardoned since July
    text = (
        "Since July, 32 people have been pardoned. In November alone, 58 people were "
        "detained, the rights group said."
    )
    assert numeric_warnings(text, "2023-12-14") == set()


@pytest.mark.model
@pytest.mark.issue(4)
def test_numeric_what_normally_happens_is_a_norm_not_a_record(numeric_warnings):
    text = (
        "A station recorded 87mm of rain on Thursday, more than a third above the 64mm that "
        "normally falls in the whole of November."
    )
    assert numeric_warnings(text, "2024-11-22") == set()
    text = (
        "Customers used 1.1 billion litres of water on Monday, nearly 30% more than the 850 "
        "million litres a day the company would normally expect."
    )
    assert numeric_warnings(text, "2025-07-09") == set()
    # "makes up more than half" is a share, not a change
    text = (
        "The chain had 284 stores at the end of the year, down from 288 a year earlier. "
        "Food now makes up more than half of its sales."
    )
    assert numeric_warnings(text, "2025-01-09") == set()


def test_numeric_of_the_noun_never_points_at_the_busiest_days_count(numeric_warnings):
    text = (
        "Police in Dunmere arrested 240 people over the regatta fortnight. The busiest day "
        "was the final Saturday, when officers arrested 64 people near the harbour.\n\n"
        "Eighty-two of the arrests were for public order offences."
    )
    assert "part_exceeds_whole" not in numeric_warnings(text)


def test_numeric_concentrations_are_levels_not_parts(numeric_warnings):
    text = (
        "At the Mill Road monitor, hourly readings reached 96 micrograms in January. "
        "The monitor's annual average was 31 micrograms in 2025."
    )
    assert "part_exceeds_whole" not in numeric_warnings(text, "2026-02-10")


def test_numeric_sums_of_money_of_different_deeds_are_no_part_and_whole(numeric_warnings):
    clean = (
        "Orlby council ended last year £4.2m over budget. The gap was smaller than the £6m "
        "that auditors had warned of, after a hiring freeze in the final quarter."
    )
    assert "part_exceeds_whole" not in numeric_warnings(clean)
    planted = (
        "Orlby council spent £14m on road repairs last year. In the final quarter alone, "
        "it spent £16m on road repairs."
    )
    assert "part_exceeds_whole" in numeric_warnings(planted)


def test_numeric_a_share_set_off_after_its_own_count_is_that_counts(numeric_warnings):
    text = (
        "The clinic recorded 5,200 visits in May. Nurses saw 3,900 of those patients "
        "within an hour, or 75%. Some 150 people left before being seen, nearly 3% of visits."
    )
    assert "percentage_mismatch" not in numeric_warnings(text)


def test_numeric_a_share_dated_last_year_is_not_this_years_counts(numeric_warnings):
    text = (
        "Of the 240 pupils in Year 13 at Fernhill, 168 won a university place, 70% of the "
        "year group.\n\nLast year 61% of pupils at Fernhill won a place."
    )
    assert "percentage_mismatch" not in numeric_warnings(text, "2024-08-20")


def test_numeric_an_age_said_of_a_group_is_no_count(numeric_warnings):
    text = (
        "The pool sold 2,400 season tickets, of which 960 went to swimmers who were "
        "under 16 - about 40%."
    )
    assert "percentage_mismatch" not in numeric_warnings(text)
    text = "The club has 1,500 members, of whom 600 were over 65, or 40%."
    assert "percentage_mismatch" not in numeric_warnings(text)


def test_numeric_a_change_of_another_noun_inside_the_figures_clause(numeric_warnings):
    clean = (
        "In the exercise group, 48 patients, or 40%, saw their blood pressure fall by a "
        "tenth or more, compared with 30 (25%) in the control group."
    )
    assert "change_mismatch" not in numeric_warnings(clean)
    planted = (
        "Ferry crossings have doubled since 2020: 90 boats sailed this year compared "
        "with 70 in 2020."
    )
    assert "change_mismatch" in numeric_warnings(planted, "2024-10-01")


def test_numeric_a_spread_from_low_to_high_is_no_change(numeric_warnings):
    text = "The court handed down fines ranging from £200 to £1,500 and one ban of 12 months."
    assert "change_mismatch" not in numeric_warnings(text)


def test_numeric_a_ratios_base_and_the_total_a_share_points_to(numeric_warnings):
    text = (
        "Some 6,200 people reached the islands by boat in the first half of the year. "
        "Among them were 1,900 Eritreans and 1,100 Sudanese. Children made up about a "
        "quarter of the total, some 1,550. At least 70 people died at sea, roughly one "
        "for every 90 who reached land."
    )
    assert "part_exceeds_whole" not in numeric_warnings(text, "2024-07-10")


def test_numeric_differences_are_no_parts_or_wholes(numeric_warnings):
    text = (
        "That makes the two-year deal 35 basis points cheaper than the five-year one. "
        "Swap rates have fallen by around 30 basis points since March."
    )
    assert "part_exceeds_whole" not in numeric_warnings(text)


def test_numeric_a_baseline_of_another_year_is_no_part_of_a_breakdown(numeric_warnings):
    text = (
        "Some 7,400 people crossed in the first half of the year: 3,200 between January and "
        "March, double the 1,600 recorded in the first quarter of 2023, and 4,200 in the "
        "second quarter."
    )
    assert "sum_mismatch" not in numeric_warnings(text, "2024-07-10")


def test_numeric_a_container_unit_name_is_no_length(numeric_warnings):
    text = (
        "The terminal handled 410,000 twenty-foot equivalent units in the first half. "
        "Dredging in May deepened the berth to 16 metres."
    )
    assert numeric_warnings(text, "2024-07-10") == set()


def test_numeric_an_average_counts_its_subject_and_the_month_named_in_the_sentence(
    numeric_warnings,
):
    text = (
        "Arrivals at the ferry port averaged 520 a day in March, the port authority said.\n\n"
        "The centre registered 2,100 people in the first week of April alone.\n\n"
        "Asked for the March figure, a spokeswoman said 11,200 people had come through the "
        "port over the month."
    )
    assert numeric_warnings(text, "2025-04-12") == {"rate_total_mismatch"}
    clean = text.replace("11,200", "16,100")
    assert numeric_warnings(clean, "2025-04-12") == set()


def test_numeric_over_the_half_year_dates_a_restated_average(numeric_warnings):
    text = (
        "The agency received 18,000 applications in the first half of the year: 7,800 in "
        "the first quarter and 10,200 between April and June. Over the half-year, that "
        "works out at about 3,000 claims a month."
    )
    assert "rate_total_mismatch" not in numeric_warnings(text, "2024-07-20")


def test_numeric_home_loans_are_mortgages(numeric_warnings):
    text = (
        "Lenders approved 1,500 mortgages in the county in the second quarter. In May alone, "
        "lenders signed off 1,900 home loans."
    )
    assert "part_exceeds_whole" in numeric_warnings(text, "2024-08-01")


def test_numeric_over_the_year_is_the_leads_year_not_a_target_or_founding_year(
    numeric_warnings,
):
    text = (
        "Harwick Airport handled 280,000 passengers in 2024, its operator said.\n\n"
        "The terminal, extended in 2021 at a cost of £12 million, is rated for 450,000 "
        "passengers a year, and the operator wants to reach 350,000 by 2027.\n\n"
        "Freight stayed small. Staff numbers rose slightly.\n\n"
        "Over the year the airport served an average of 1,050 passengers a day."
    )
    assert numeric_warnings(text, "2025-02-11") == {"rate_total_mismatch"}
    clean = text.replace("1,050", "770")
    assert numeric_warnings(clean, "2025-02-11") == set()


def test_numeric_a_base_time_dates_no_figure_after_it(numeric_pipeline):
    from claimscope.contract.model import Article
    from claimscope.pipeline import Pipeline

    text = (
        "Gas exports rose 30% in October from a year earlier, to an average of 2.4 million "
        "cubic metres a day, the company said."
    )
    analysis = Pipeline(only=["quantities"]).analyze(Article(text=text, published="2024-11-12"))
    figure = next(q for q in analysis.quantities if q.text.startswith("2.4"))
    assert figure.period is not None and figure.period.start == "2024-10-01"


def test_numeric_a_change_of_another_subject_does_not_size_this_one(numeric_warnings):
    text = "Net profit rose to €96 million from €88 million, on revenue up 4% at €1.2 billion."
    assert "change_mismatch" not in numeric_warnings(text)


def test_numeric_a_breakdown_two_sentences_below_its_whole_with_named_items(
    numeric_pipeline, numeric_warnings
):
    text = (
        "Net profit for 2024 rose to €96 million from €88 million, on revenue up 4% at "
        "€1.2 billion. The order book grew.\n\n"
        "Revenue was split across its three divisions: engines brought in €640 million, "
        "sensors and software €310 million, and services €90 million."
    )
    found = _findings(numeric_pipeline, text, "2025-03-06")
    sums = [f for f in found if f.kind == "sum_mismatch" and f.severity == "warning"]
    assert len(sums) == 1 and "€90 million" in sums[0].explanation
    assert "part_exceeds_whole" not in numeric_warnings(
        text + " Q4 orders alone came to €300 million.", "2025-03-06"
    )
    clean = text.replace("€90 million", "€250 million")
    assert "sum_mismatch" not in numeric_warnings(clean, "2025-03-06")


def test_numeric_poll_parties_on_a_share_after_a_comma_are_no_baseline(numeric_warnings):
    text = (
        "The Centre Party is up one point to 18%, the Farmers are up one to 9%, the Greens "
        "are on 6% and other parties on 3%."
    )
    assert "change_mismatch" not in numeric_warnings(text)


def test_numeric_a_factor_with_its_own_figure_is_not_the_later_changes_word(numeric_warnings):
    text = (
        "- Expected wine output: 84,000 hectolitres, double the 42,000 hectolitres of the "
        "frost-hit 2022 vintage and up almost 8% on last year's 78,000 hectolitres."
    )
    assert "change_mismatch" not in numeric_warnings(text, "2024-10-01")


def test_numeric_rain_falling_and_double_rooms_are_no_changes(numeric_warnings):
    assert "change_mismatch" not in numeric_warnings(
        "- Rain: 380 mm fell between October and December, against 150 mm in the same "
        "months of 2023.",
        "2025-01-10",
    )
    assert "unit_mismatch" not in numeric_warnings(
        "On board are 1,900 crew from 61 countries, or one crew member for every 2.5 "
        "guests at double occupancy.",
    )


def test_numeric_a_share_after_its_own_count_beats_an_earlier_n_of_m(numeric_warnings):
    clean = (
        "The Greens, who won 5 of the 40 seats in 2021, now hold 9, nearly a quarter of "
        "the council."
    )
    assert "percentage_mismatch" not in numeric_warnings(clean, "2025-05-09")
    planted = clean.replace("hold 9", "hold 17")
    assert "percentage_mismatch" in numeric_warnings(planted, "2025-05-09")


def test_numeric_money_rates_and_totals_of_different_payers_are_not_compared(numeric_warnings):
    text = (
        "The home's heating bill has nearly tripled. This year it has been £6,100. "
        "Residents who pay for themselves are charged £1,200 a week. The council pays "
        "£800 a week for the residents it funds."
    )
    assert "rate_total_mismatch" not in numeric_warnings(text, "2023-10-26")


def test_numeric_shares_after_a_split_that_closes_at_100_are_another_split(numeric_warnings):
    text = "Audiences were 55% female and 45% male, and 41% were under 30."
    assert "sum_mismatch" not in numeric_warnings(text)


def test_numeric_a_headline_change_sums_up_the_articles_one_pair(numeric_warnings):
    text = (
        "Bus breakdowns at Hollow Lane depot cut by two-thirds, operator says\n\n"
        "Breakdowns of buses from the Hollow Lane depot fell from 420 in January to 260 in "
        "June, the operator said on Tuesday.\n"
    )
    assert numeric_warnings(text, "2024-07-10") == {"change_mismatch"}
    assert numeric_warnings(text.replace("260", "140"), "2024-07-10") == set()
    other = text.replace("Bus breakdowns at Hollow Lane depot", "Fares")
    assert "change_mismatch" not in numeric_warnings(other, "2024-07-10")


def test_numeric_the_one_rate_and_the_total_over_its_period_name_one_flow(numeric_warnings):
    text = (
        "Crews at the Mill Street station have attended an average of 12 callouts a day "
        "since January 1.\n\n"
        "Of the 1,400 incidents the crews have attended this year, 430 were fires."
    )
    assert numeric_warnings(text, "2024-05-31") == {"rate_total_mismatch"}
    clean = text.replace("1,400", "1,820").replace("430", "530")
    assert numeric_warnings(clean, "2024-05-31") == set()
    people = text.replace("incidents", "residents")
    assert "rate_total_mismatch" not in numeric_warnings(people, "2024-05-31")


def test_numeric_a_timed_alone_part_takes_the_one_total_holding_its_period(numeric_warnings):
    text = (
        "Rangers recorded 140 wildfire alerts across the park in 2024.\n\n"
        "Between June and August last year alone, rangers logged 175 fire reports."
    )
    assert "part_exceeds_whole" in numeric_warnings(text, "2025-02-11")
    assert "part_exceeds_whole" not in numeric_warnings(text.replace("175", "95"), "2025-02-11")


def test_numeric_a_share_of_the_years_total_takes_the_year_figure(numeric_warnings):
    text = (
        "My gauge recorded 960 mm for 2024, a little above the 900 mm average of the 30 "
        "years I have kept records.\n\n"
        "February alone brought 150 mm - nearly a third of the year's rain.\n\n"
        "Down the road, the Bells measured 1,010 mm for the year."
    )
    assert numeric_warnings(text, "2025-01-09") == {"percentage_mismatch"}
    clean = text.replace("nearly a third", "about a sixth")
    assert numeric_warnings(clean, "2025-01-09") == set()


def test_numeric_a_measure_subject_is_no_other_doer(numeric_warnings):
    text = (
        "The Alba oil field produced an average of 31,000 barrels a day in 2024, its "
        "operator said. The field's total production for the year came to 7.4 million "
        "barrels."
    )
    assert numeric_warnings(text, "2025-03-18") == {"rate_total_mismatch"}


def test_numeric_a_change_word_in_another_clause_or_without_direction(numeric_warnings):
    text = (
        "Fee income rose 6% to 2.1 billion euros, while the cost-to-income ratio improved "
        "to 51.8% from 53.4%. The combined ratio improved by 1.5 points to 95.2% from 96.7%."
    )
    assert "change_mismatch" not in numeric_warnings(text, "2025-02-06")


def test_numeric_a_headline_change_speaks_of_its_own_clauses_subject(numeric_warnings):
    text = (
        "Harbour Mutual reports 28% rise in half-year profit as home premiums climb\n\n"
        "Premiums in the second quarter alone were £640m, compared with £590m in the "
        "first quarter."
    )
    assert "change_mismatch" not in numeric_warnings(text, "2024-08-07")


def test_numeric_shares_take_their_own_counts(numeric_warnings):
    text = (
        "Uptake was 71.2% among girls, with 2,850 of 4,003 vaccinated, and 66.5% among "
        "boys, with 2,700 of 4,060."
    )
    assert "percentage_mismatch" not in numeric_warnings(text)
    assert "percentage_mismatch" in numeric_warnings(text.replace("66.5%", "76.5%"))
    text = (
        "Eastline ran 90.4% of its trains on time in 2025. It ran 150,200 services across "
        "the year. About 4,100 of them, or 2.7%, were cancelled."
    )
    assert "percentage_mismatch" not in numeric_warnings(text, "2026-01-20")


def test_numeric_an_upper_bound_share_traces_no_counts(numeric_warnings):
    text = (
        "More than 250 people fell ill during the 10-night cruise. The ship carried 1,900 "
        "passengers and 800 crew. That means about 11% of passengers and under 6% of crew "
        "were affected."
    )
    assert "unit_mismatch" not in numeric_warnings(text)


def test_numeric_of_those_killed_is_everyone_killed(numeric_warnings):
    text = (
        "At least 1,500 civilians were killed in the first half of 2025, the mission said.\n\n"
        "June was the deadliest month, with 330 civilians killed, compared with 260 in May. "
        "Another 4,100 civilians were injured. Children accounted for 170 of those killed, "
        "about 11%."
    )
    assert "percentage_mismatch" not in numeric_warnings(text, "2025-07-04")


def test_numeric_every_full_month_against_a_month_line_of_a_list(numeric_warnings):
    text = (
        "The cycle counter opened on 4 March.\n\n"
        "Monthly totals: between 17,000 and 22,000 trips in every full month since opening\n\n"
        "September: 19,300 trips\n\n"
        "October: 13,900 trips, with rain on 15 days\n"
    )
    assert numeric_warnings(text, "2024-11-12") == {"range_violation"}
    clean = text.replace("13,900", "17,900")
    assert numeric_warnings(clean, "2024-11-12") == set()


def test_numeric_the_total_made_up_of_parts_is_the_figure_before(numeric_warnings):
    text = (
        "Households in Westford recycled 9,800 tonnes of waste in 2022-23. The council said "
        "the total was made up of 3,900 tonnes of paper, 2,100 tonnes of glass, and 900 "
        "tonnes of garden waste."
    )
    found = numeric_warnings(text, "2023-08-09")
    assert found == {"sum_mismatch"}
    clean = text.replace("900 tonnes of garden", "3,800 tonnes of garden")
    assert numeric_warnings(clean, "2023-08-09") == set()


def test_numeric_a_range_each_month_against_one_dated_month(numeric_warnings):
    text = (
        "- Monthly change: rents rose in every month of 2025, by between 0.2% and 0.7% each "
        "month.\n\n"
        "Rents have now climbed for 12 consecutive months. The sharpest increase came in "
        "October, when the average asking rent jumped 1.3%."
    )
    assert "range_violation" in numeric_warnings(text, "2026-01-21")
    assert "range_violation" not in numeric_warnings(text.replace("1.3%", "0.7%"), "2026-01-21")


def test_numeric_a_change_in_basis_points_of_two_rates(numeric_warnings):
    text = "The account rate was cut by 50 basis points, to 3.20% from 3.95%."
    assert "change_mismatch" in numeric_warnings(text)
    assert "change_mismatch" not in numeric_warnings(text.replace("50", "75"))


def test_numeric_a_list_lines_place_label_scopes_its_figures(numeric_warnings):
    text = (
        "The two ports handled a combined 2.1 million passengers in August, the group said.\n\n"
        "- Kelmouth busiest day: Saturday 17 August, 61,000 passengers, against an August "
        "average of about 48,000 a day\n"
        "- Passengers at Kelmouth in August: 1.49 million\n"
    )
    assert "rate_total_mismatch" not in numeric_warnings(text, "2025-09-10")


@pytest.mark.model
def test_numeric_ledger_deed_of_a_figure_before_a_comma_clause(real_nlp):
    from claimscope.layers.base import Draft
    from claimscope.layers.findings._ledger import build_ledger
    from claimscope.layers.quantities import find_quantities

    text = "The chain opened 52 cafes and closed 9, taking its estate to 880."
    doc = real_nlp(text)
    draft = Draft(article=Article(text=text, published="2024-04-25"), article_id="t")
    draft.quantities = find_quantities(doc, draft)
    deeds = {e.q.text: e.deed for e in build_ledger(doc, draft)}
    assert deeds["52"] == "open" and deeds["9"] == "close"


def test_numeric_the_one_flow_rule_never_joins_a_payment_to_crossings(numeric_warnings):
    text = (
        "The ministry said 27,900 people crossed the border in February, an average of "
        "about 960 crossings a day.\n\n"
        "The aid fund says that in February it paid out 8.1 million euros to about 47,000 "
        "people."
    )
    assert "rate_total_mismatch" not in numeric_warnings(text, "2024-03-08")
