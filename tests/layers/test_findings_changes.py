"""Changes stated apart from their figures: a headline, a lead or a quote gives the change,
the two figures come elsewhere, each with its own time. Short articles we wrote; each
planted one has a clean twin or a trap beside it."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Finding
from claimscope.layers.findings.numeric._wording import factor_window


def _changes(pipeline, text: str, published: str = "2025-03-04") -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f for f in analysis.findings if f.kind == "change_mismatch" and f.severity != "info"]


def _warned(pipeline, text: str, published: str = "2025-03-04") -> set[str]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return {f.kind for f in analysis.findings if f.severity == "warning" and f.kind != "vague"}


# --- the factor a hedged word allows -----------------------------------------------------


def test_changes_factor_window_nearly_stays_short_of_the_factor():
    window = factor_window(3.0, "nearly")
    assert window.lo == pytest.approx(2.55) and window.hi == pytest.approx(3.03)
    assert window.lo > 1.79  # $3.4bn against $1.9bn (1.79x) does not nearly triple


def test_changes_factor_window_plain_more_than_and_halved():
    assert factor_window(2.0, None).lo == pytest.approx(1.9)
    assert factor_window(2.0, "more than").lo == pytest.approx(1.98)
    halved = factor_window(0.5, "nearly")  # a fall to a little more than half
    assert halved.lo < 0.5 < halved.hi < 0.6


# --- a factor in the headline, the two years' figures far apart ---------------------------

_BREWER = (
    "Brewer's profit nearly triples as export demand holds up\n\n"
    "COPENHAGEN, March 4 - Nordvik Brewing said on Tuesday that its net profit for "
    "2024 reached {now} million crowns, helped by strong demand in Asia and lower "
    "barley prices.\n\n"
    "Revenue rose 9% to 4.1 billion crowns from 3.76 billion crowns, and the board "
    "proposed a dividend of 3.20 crowns a share.\n\n"
    "The company employs about 2,300 people at four breweries.\n\n"
    "In 2023, profit had come in at 150 million crowns, weighed down by a one-off "
    "charge."
)


def test_changes_headline_factor_against_figures_far_below(numeric_pipeline):
    found = _changes(numeric_pipeline, _BREWER.format(now="270"))
    assert len(found) == 1
    assert "nearly triples" in found[0].message
    assert "1.8" in found[0].explanation  # 270 / 150 = 1.8x, shown with its arithmetic
    assert found[0].spans and found[0].spans[0].text == "nearly triples"


def test_changes_headline_factor_clean_when_nearly_three_times(numeric_pipeline):
    assert _changes(numeric_pipeline, _BREWER.format(now="420")) == []


# --- the size in the headline, the before and after figures in one body sentence ----------

_ROLL = (
    "School roll up {size} in four years as new estates fill\n\n"
    "The academy's roll has grown from 1,200 pupils in September 2020 to 1,380 this "
    "term, the trust said in its annual report.\n\n"
    "The school plans to add eight classrooms."
)


def test_changes_headline_size_against_a_sizeless_from_to(numeric_pipeline):
    found = _changes(numeric_pipeline, _ROLL.format(size="30%"), published="2024-10-02")
    assert len(found) == 1 and "+15.0%" in found[0].explanation


def test_changes_headline_size_clean(numeric_pipeline):
    assert _changes(numeric_pipeline, _ROLL.format(size="15%"), published="2024-10-02") == []


# --- a quote, and "The allocation compares with ..." pointing back ----------------------

_BUDGET = (
    "Council approves record roads budget\n\n"
    "The council's 2025 budget, approved on Thursday, sets road repair spending at "
    "£18.6m, the largest allocation in its history.\n\n"
    '"We have increased road repair spending by {size} in a single year," the '
    "council leader said.\n\n"
    "The allocation compares with £15.5m in 2024, according to the finance report."
)


def test_changes_quote_against_a_definite_comparison_sentence(numeric_pipeline):
    found = _changes(numeric_pipeline, _BUDGET.format(size="50 percent"), published="2025-02-14")
    assert len(found) == 1 and "+20.0%" in found[0].explanation


def test_changes_quote_clean(numeric_pipeline):
    assert (
        _changes(numeric_pipeline, _BUDGET.format(size="20 percent"), published="2025-02-14") == []
    )


# --- a Q&A: the change in one answer, the two periods' figures in the next ----------------

_QA = (
    "Explainer: is the river clean-up working?\n\n"
    "Has pollution fallen?\n\n"
    "Yes. Sewage spills fell by {size}, the regulator says.\n\n"
    "What do the figures show?\n\n"
    "The regulator counted 840 spills in the twelve months before the new rules, and "
    "630 in the twelve months since."
)


def test_changes_qa_before_and_since_figures(numeric_pipeline):
    found = _changes(numeric_pipeline, _QA.format(size="half"), published="2024-11-20")
    assert len(found) == 1 and "840" in found[0].message and "630" in found[0].message


def test_changes_qa_clean(numeric_pipeline):
    assert _changes(numeric_pipeline, _QA.format(size="a quarter"), published="2024-11-20") == []


# --- a base year in the lead, a sub-part's own change next to the totals ----------------

_CITY = (
    "Harbourton says it has cut its emissions by {size} since 2018\n\n"
    "Harbourton's emissions came to 6.3 million tonnes of carbon dioxide in 2024, "
    "the city's climate office said on Monday.\n\n"
    "Emissions from heating homes fell by a quarter, from 2.0 million tonnes in 2018 "
    "to 1.5 million tonnes last year.\n\n"
    "In 2018, the baseline year, the inventory recorded 8.4 million tonnes."
)


def test_changes_base_year_pairs_the_totals_not_the_sub_part(numeric_pipeline):
    found = _changes(numeric_pipeline, _CITY.format(size="a third"), published="2025-05-06")
    assert len(found) == 1
    assert "8.4 million" in found[0].message and "6.3 million" in found[0].message


def test_changes_base_year_clean(numeric_pipeline):
    assert _changes(numeric_pipeline, _CITY.format(size="a quarter"), published="2025-05-06") == []


# --- "N times as many as in 2016", the base year's figure given in the last paragraph ---

_POSTAL = (
    "Postal ballots surge in mayoral vote\n\n"
    "About 96,000 postal ballots were returned in Thursday's mayoral election, "
    "{factor} times as many as in the city's last mayoral election in 2017, the "
    "returning officer said.\n\n"
    "Turnout was 41 per cent.\n\n"
    "In the 2017 election, 32,000 postal ballots were returned."
)


def test_changes_times_as_many_as_a_base_year(numeric_pipeline):
    found = _changes(numeric_pipeline, _POSTAL.format(factor="nearly four"), published="2021-05-08")
    assert len(found) == 1 and "32,000" in found[0].message


def test_changes_times_as_many_clean(numeric_pipeline):
    found = _changes(numeric_pipeline, _POSTAL.format(factor="three"), published="2021-05-08")
    assert found == []


# --- the current figure with the claim, the earlier one far below -------------------------

_WOOL = (
    "New Zealand wool exports fell {size} in the season to June to 88,000 tonnes, "
    "the industry council said on Wednesday, as Chinese mills cut orders.\n\n"
    "Prices at the Napier auctions averaged NZ$3.40 a kilogram.\n\n"
    "In the previous season, exporters shipped 104,000 tonnes of wool, the council's "
    "figures show. It expects volumes of 90,000 to 95,000 tonnes next season."
)


def test_changes_size_and_current_figure_against_the_previous_season(numeric_pipeline):
    found = _changes(numeric_pipeline, _WOOL.format(size="25%"), published="2024-08-14")
    assert len(found) == 1 and "104,000" in found[0].message


def test_changes_previous_season_clean_and_forecast_left_alone(numeric_pipeline):
    assert _changes(numeric_pipeline, _WOOL.format(size="15%"), published="2024-08-14") == []


_WIND = (
    "Output at the Skarholm wind farm rose {size} last year to 410 gigawatt-hours, "
    "its owner said, after six new turbines came on line in 2023.\n\n"
    "The owner aims for 480 GWh by 2027.\n\n"
    "The farm produced 340 GWh in 2023."
)


def test_changes_rise_last_year_against_the_year_before(numeric_pipeline):
    found = _changes(numeric_pipeline, _WIND.format(size="40%"), published="2025-02-03")
    assert len(found) == 1 and "340 GWh" in found[0].message


def test_changes_rise_last_year_clean(numeric_pipeline):
    assert _changes(numeric_pipeline, _WIND.format(size="21%"), published="2025-02-03") == []


# --- "now", and a figure with its change after a comma ---------------------------------


def test_changes_now_is_the_publication_day(numeric_pipeline):
    text = (
        '"We have doubled the number of midwives since 2019," the health minister said.\n\n'
        "The health service employed 2,050 midwives in 2019. It now employs 3,100 midwives, "
        "its annual report shows."
    )
    found = _changes(numeric_pipeline, text, published="2025-05-01")
    assert len(found) == 1 and "(now)" in found[0].message


def test_changes_figure_then_its_change_after_a_comma(numeric_pipeline):
    text = (
        "Shipyards delivered 62 vessels in 2024, down 30%, the industry body said.\n\n"
        "The yards employ about 14,000 people.\n\n"
        "In 2023, the yards delivered 70 vessels."
    )
    assert len(_changes(numeric_pipeline, text, published="2025-01-20")) == 1


# --- clean articles built to tempt false alarms -------------------------------------------


def test_changes_clean_several_changes_of_different_subjects(numeric_pipeline):
    text = (
        "Carrier's revenue rises, debt falls\n\n"
        "Revenue rose 14% last year, while net debt fell 30%, the airline said.\n\n"
        "Revenue reached 5.7 billion euros in 2024, against 5.0 billion euros in 2023. Net "
        "debt stood at 2.1 billion euros at the end of 2024, down from 3.0 billion euros."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-02-20")


def test_changes_clean_two_bases_in_one_claim_sentence(numeric_pipeline):
    text = (
        "Visitor numbers rose 12% last year and are up 40% since 2019, the museum said.\n\n"
        "The museum welcomed 2.24 million visitors in 2024, against 2.0 million in 2023. In "
        "2019, before the pandemic, it drew 1.6 million."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-01-15")


def test_changes_clean_month_on_month_or_year_on_year_unsaid(numeric_pipeline):
    text = (
        "House prices rose 5% in March, the lender said.\n\n"
        "The average price was £310,000 in March, against £300,000 in February and £295,000 "
        "in March 2024."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-04-10")


def test_changes_clean_forecast_and_target_are_not_changes(numeric_pipeline):
    text = (
        "Cycle maker expects sales to double by 2030\n\n"
        "The company aims to cut its carbon emissions by half by 2028. It sold 40,000 bikes "
        "in 2024 and 38,000 in 2023, and it plans to sell 80,000 in 2030."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-01-15")


def test_changes_clean_figures_of_another_place(numeric_pipeline):
    text = (
        "Crime in Leeds fell 10% last year, police said.\n\n"
        "In neighbouring Bradford, officers recorded 5,000 crimes in 2024, against 6,000 in "
        "2023."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-01-15")


def test_changes_clean_figures_of_a_rival(numeric_pipeline):
    text = (
        "Passenger numbers at Northport airport rose 12% last year.\n\n"
        "Northport handled 5.6 million passengers in 2024, up from 5.0 million in 2023. "
        "Rival Southfield airport handled 4.0 million passengers, against 3.0 million in 2023."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-02-01")


def test_changes_clean_base_the_article_does_not_date(numeric_pipeline):
    text = (
        '"We have grown membership by 50% since I took over," the chair said.\n\n'
        "The club had 400 members in 2015 and has 520 members now."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-02-01")


def test_changes_clean_headline_repeating_the_lead(numeric_pipeline):
    text = (
        "Bridge toll revenue doubles\n\n"
        "Toll revenue on the bridge doubled last year to 44 million euros, from 22 million "
        "euros in 2023. The toll for a car rose to 2.10 euros in January 2024 from 1.95 euros."
    )
    assert _changes(numeric_pipeline, text, published="2025-02-10") == []


def test_changes_clean_comparison_with_another_thing_is_no_change(numeric_pipeline):
    text = (
        "CD sales fell by 6 per cent last year, the trade body said.\n\n"
        "The average price of a new vinyl album had risen to £27, against £11 for a CD."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-01-10")


# --- a size before its change noun, and a change in percentage points ---------------------

_MILL = (
    "Paper mill reports a {size} rise in profit\n\n"
    "The mill said its net profit for 2024 reached 270 million crowns.\n\n"
    "In 2023, profit had come in at 230 million crowns."
)


def test_changes_size_before_its_change_noun(numeric_pipeline):
    found = _changes(numeric_pipeline, _MILL.format(size="40%"), published="2025-02-20")
    assert len(found) == 1 and "+17.4%" in found[0].explanation


def test_changes_size_before_its_change_noun_clean(numeric_pipeline):
    assert _changes(numeric_pipeline, _MILL.format(size="17%"), published="2025-02-20") == []


def test_changes_size_before_its_change_noun_in_a_whole_change(numeric_pipeline):
    text = (
        "The mill reported a 40% rise in profit, from 230 million crowns in 2023 to 270 "
        "million crowns last year."
    )
    assert len(_changes(numeric_pipeline, text, published="2025-02-20")) == 1


_TURNOUT = (
    "Turnout rose by {size}, officials said.\n\nTurnout was 66% this year, against 58% in 2019."
)


def test_changes_percentage_points_between_two_shares(numeric_pipeline):
    found = _changes(numeric_pipeline, _TURNOUT.format(size="five percentage points"))
    assert len(found) == 1 and "8 points" in found[0].explanation


def test_changes_percentage_points_clean(numeric_pipeline):
    assert _changes(numeric_pipeline, _TURNOUT.format(size="eight percentage points")) == []


def test_changes_a_share_rising_by_a_percentage_is_left_alone(numeric_pipeline):
    # "rose 5%" of a share may mean points or per cent: no pairing either way
    assert _changes(numeric_pipeline, _TURNOUT.format(size="5%")) == []


def test_changes_clean_current_figure_not_against_a_quarter(numeric_pipeline):
    text = (
        "Revenue rose 8% to $5.4bn, the company said.\n\n"
        "Revenue in the fourth quarter was $1.5bn, against $1.3bn a year earlier."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-02-20")


# --- a difference, and a base set by "since" a dated event ---------------------------------

_APPLICATIONS = (
    "University applications rose by {size} this year, admissions staff said.\n\n"
    "Applications totalled 14,500 this year, against 13,100 last year."
)


def test_changes_difference_in_the_figures_own_unit(numeric_pipeline):
    found = _changes(numeric_pipeline, _APPLICATIONS.format(size="2,000"), "2025-09-01")
    assert len(found) == 1 and "1,400" in found[0].explanation


def test_changes_difference_clean(numeric_pipeline):
    assert _changes(numeric_pipeline, _APPLICATIONS.format(size="1,400"), "2025-09-01") == []


_BRIDGE = (
    "The cost of the new bridge has risen {size} since it was approved in 2019, auditors "
    "said.\n\n"
    "The bridge was approved in 2019 at a cost of £80m. Its cost is now put at £104m."
)


def test_changes_since_a_dated_event_against_a_figure_now(numeric_pipeline):
    found = _changes(numeric_pipeline, _BRIDGE.format(size="50%"), "2025-06-12")
    assert len(found) == 1 and "(now)" in found[0].message


def test_changes_since_a_dated_event_clean(numeric_pipeline):
    assert _changes(numeric_pipeline, _BRIDGE.format(size="30%"), "2025-06-12") == []


def test_changes_clean_profit_before_tax_is_no_earlier_time(numeric_pipeline):
    text = (
        "Profit before tax rose 25% to £50m, the retailer said.\n\n"
        "Its shops employ 4,000 people.\n\n"
        "Sales before discounts reached £410m."
    )
    assert "change_mismatch" not in _warned(numeric_pipeline, text, published="2025-06-12")
