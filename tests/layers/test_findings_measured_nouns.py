"""What a measure counts when its noun stands before it ("a wheat crop of 2.4 million
tonnes"), who signed what, and whose time a phrase of place passes on, on short articles
we wrote: each mechanism once planted, once clean."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

pytestmark = pytest.mark.model


def _counted(pipeline, text: str, figure: str, published: str = "2024-09-10") -> str | None:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return next(q.counted for q in analysis.quantities if q.text == figure)


# "a wheat crop of 2.4 million tonnes": the noun the "of" hangs from is what is measured,
# so "41 percent of this year's crop" has a whole.
_CROP = (
    "Farmers in the Orvel valley have finished bringing in a barley crop of 1.6 million "
    "tonnes, the farm board said on Monday.\n\n"
    "Brewers have already bought 520,000 tonnes of the new crop.\n\n"
    "The board's chairman said the brewers' purchases came to about {share} percent of "
    "this year's crop."
)


def test_measured_noun_before_of_is_the_counted_thing(numeric_pipeline):
    text = _CROP.format(share="33")
    assert _counted(numeric_pipeline, text, "1.6 million tonnes") == "barley crop"


def test_measured_noun_share_of_the_crop_is_checked(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(_CROP.format(share="45"), "2024-09-10")


def test_measured_noun_share_of_the_crop_that_fits_is_clean(numeric_warnings):
    assert not numeric_warnings(_CROP.format(share="33"), "2024-09-10")


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a flow noun names its good by its modifier, and no good when it has none
        ("The mine reported zinc output of 41,000 tonnes in May.", "41,000 tonnes", "zinc"),
        ("The port handled exports of 780,000 tonnes in May.", "780,000 tonnes", None),
        # a frame names nothing: a change, a maximum
        ("Prices rose by an average of 4 euros in May.", "4 euros", None),
        ("Its kilns have a combined capacity of 1.5 million tonnes.", "1.5 million tonnes", None),
        # money stays unnamed: sums of one article are compared whatever noun they follow
        ("The council approved a budget of 440 million euros.", "440 million euros", None),
    ],
)
def test_measured_noun_frames_and_flows(numeric_pipeline, text, figure, counted):
    assert _counted(numeric_pipeline, text, figure) == counted


# "41,200 men and women had signed service contracts": people who each signed one count
# the contracts, which a rate of "new contracts a day" counts too.
_SIGNED = (
    "The defence ministry said on Thursday that 41,200 men and women had signed service "
    "contracts since the volunteer drive opened on March 1.\n\n"
    "A deputy minister said recruiting offices had been taking in about {rate} new "
    "contracts a day since then."
)


def test_signed_contracts_count_the_contracts(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_SIGNED.format(rate="600"), "2024-06-14")


def test_signed_contracts_in_line_with_the_rate_are_clean(numeric_warnings):
    assert not numeric_warnings(_SIGNED.format(rate="390"), "2024-06-14")


# "registered at Dovrin and the two smaller crossings ... since January 1": the figure in
# the phrase of place counts where; the time after it dates the count before it too.
_CROSSINGS = (
    "According to the interior ministry, {total} people have been registered at Dovrin and "
    "the two smaller crossings at Ulmsk and Brod since January 1.\n\n"
    "A ministry spokesman said the teams had been registering around 1,250 people a week "
    "since the beginning of the year."
)


def test_place_phrase_passes_the_time_to_the_count_before(numeric_pipeline):
    analysis = numeric_pipeline.analyze(
        Article(text=_CROSSINGS.format(total="26,400"), published="2025-04-08")
    )
    total = next(q for q in analysis.quantities if q.text == "26,400")
    assert total.period is not None and total.period.start == "2025-01-01"


def test_place_phrase_total_against_the_weekly_rate(numeric_warnings):
    found = numeric_warnings(_CROSSINGS.format(total="26,400"), "2025-04-08")
    assert "rate_total_mismatch" in found


def test_place_phrase_total_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_CROSSINGS.format(total="17,500"), "2025-04-08")


# "clears 95% of new cases" in the headline over "resolved 23,560 of the 24,800 cases,
# or 95 percent" in the body: the headline repeats the body's share, and a part the
# headline's noun happens to name ("6,200 of last year's new cases") is not its part.
_COURT = (
    "District court clears 95% of new cases\n\n"
    "The district court received 24,800 new cases last year, its annual report shows.\n\n"
    "Judges resolved {resolved} of the 24,800 cases during the year, or 95 percent.\n\n"
    "Family cases accounted for 6,200 of last year's new cases."
)


def test_headline_share_told_again_below_is_clean(numeric_warnings):
    assert not numeric_warnings(_COURT.format(resolved="23,560"), "2025-02-10")


def test_headline_share_told_again_below_is_checked_there(numeric_warnings):
    found = numeric_warnings(_COURT.format(resolved="19,100"), "2025-02-10")
    assert "percentage_mismatch" in found


# "54 Kestrels have been delivered since June 3. That works out at about three vehicles a
# week": a rate worked out from the figure before, in other words, is no standing rate to
# hold against another year's total.
_WORKED_OUT = (
    "According to the defence ministry, 54 Kestrels have been delivered since deliveries "
    "began on June 3. That works out at about three vehicles a week.\n\n"
    "A separate package of 70 older Sentinel vehicles arrived in 2023."
)


def test_rate_worked_out_from_the_figure_before_is_not_held_elsewhere(numeric_warnings):
    assert not numeric_warnings(_WORKED_OUT, "2024-10-10")


# "in the busiest week, the first after the new year, the figure reached 7,100": one
# week's count, told inside a month the sentence dates, is no total of that month.
_BUSIEST = (
    "Doctors referred an average of 5,300 patients a week to the hospital in January, and "
    "in the busiest week, the first after the new year, the figure reached 7,100."
)


def test_marked_stretch_is_no_total_of_its_month(numeric_warnings):
    assert not numeric_warnings(_BUSIEST, "2025-03-01")


def test_month_total_against_the_weekly_rate_still_checked(numeric_warnings):
    text = (
        "Doctors referred an average of 5,300 patients a week to the hospital in January. "
        "In all, 7,100 patients were referred to the hospital in January."
    )
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-03-01")


# "the average daily maximum was 36.8C" and "did not fall below 24C on Monday night":
# temperatures are levels, which "a day" gives each day, not amounts added up.
def test_temperature_a_day_is_no_rate(numeric_warnings):
    text = (
        "Over the five days of the heatwave the average daily maximum at the airport was "
        "36.8C, and the temperature did not fall below 24C on Monday night."
    )
    assert not numeric_warnings(text, "2025-07-01")


# "the entire number of the accused is divided into three categories": the number of
# groups fixes how many parts follow, so they are all of the whole.
_DIVIDED = (
    "Prosecutors have opened cases against 1,250 officials since January, the ministry "
    "said on Wednesday.\n\n"
    '"The whole number of the accused is divided into three categories," the spokesman '
    'said. "{a} persons are accused of bribery, 380 of fraud and 170 of abuse of office."'
)


def test_announced_division_parts_must_add_up(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_DIVIDED.format(a="500"), "2025-02-19")


def test_announced_division_that_adds_up_is_clean(numeric_warnings):
    assert not numeric_warnings(_DIVIDED.format(a="700"), "2025-02-19")


# "4,100 of the cases filed in 2023 were still pending — nearly a third of everything that
# came in": a share set off after a count drawn "of the" group is a share of the group.
_PENDING = (
    "The county's courts received 12,400 new cases in 2024, up from 11,900 in 2023.\n\n"
    "According to the report, {pending} of the cases filed in 2024 were still open on "
    "December 31 - nearly a third of everything that came in during the year."
)


def test_set_off_share_of_a_drawn_count_is_checked(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(_PENDING.format(pending="2,700"), "2025-02-07")


def test_set_off_share_of_a_drawn_count_that_fits_is_clean(numeric_warnings):
    assert not numeric_warnings(_PENDING.format(pending="4,000"), "2025-02-07")


# "fell 18% to 2.05 billion euros, leaving a surplus of 1.15 billion euros, down from 2.1
# billion": what went down from 2.1 billion is the surplus told right before "down".
_SURPLUS = (
    "Imports from the bloc fell 18% to 2.05 billion euros, leaving the country with a "
    "surplus of {surplus} billion euros in its trade with the bloc, down {by} from 2.1 "
    "billion in 2022."
)


def test_down_from_takes_the_figure_right_before_it(numeric_warnings):
    assert not numeric_warnings(_SURPLUS.format(surplus="1.15", by="45%"), "2024-05-21")


def test_down_from_with_a_wrong_size_is_checked(numeric_warnings):
    found = numeric_warnings(_SURPLUS.format(surplus="1.15", by="20%"), "2024-05-21")
    assert "change_mismatch" in found


# "3,900 criminal cases" in the first half, "1,300 soldiers were convicted" the year before,
# then "In half a year, the problem has tripled": the bare factor rests on the two figures,
# which count different things.
_TRIPLED = (
    "Between January and June, military prosecutors opened 3,900 criminal cases for "
    "desertion.\n\n"
    "In the whole of 2024, {old} were convicted of desertion by military courts.\n\n"
    "Put the two side by side. In half a year, the problem has tripled."
)


def test_bare_factor_over_two_counts_of_different_things(numeric_warnings):
    found = numeric_warnings(_TRIPLED.format(old="1,300 soldiers"), "2025-08-03")
    assert "unit_mismatch" in found


def test_bare_factor_over_two_counts_of_one_thing_is_no_mismatch(numeric_warnings):
    found = numeric_warnings(_TRIPLED.format(old="1,300 criminal cases"), "2025-08-03")
    assert "unit_mismatch" not in found


def test_half_a_year_is_no_share(numeric_pipeline):
    analysis = numeric_pipeline.analyze(
        Article(text="In half a year, the number of claims has doubled.", published="2025-08-03")
    )
    assert [q.text for q in analysis.quantities] == []


# "TOTAL SPENDING" over "- 440.0 million crowns", then "WHERE THE MONEY GOES (spending by
# department, all departments)" over one sum a line: the list is all of the total.
_KEY_FIGURES = (
    "Harbourtown's budget: the key figures\n\n"
    "TOTAL SPENDING\n"
    "- 310.0 million crowns in 2026, up 2 percent from this year.\n\n"
    "WHERE THE MONEY GOES (spending by department, all departments)\n"
    "- Schools: 120.0 million\n"
    "- Roads: 80.0 million\n"
    "- Care: {care} million\n"
)


def test_key_figures_list_under_its_total_must_add_up(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_KEY_FIGURES.format(care="60.0"), "2025-11-28")


def test_key_figures_list_that_adds_up_is_clean(numeric_warnings):
    assert not numeric_warnings(_KEY_FIGURES.format(care="110.0"), "2025-11-28")


# Temperatures are readings on a scale with no zero of its own: "doubled from 12C to 24C"
# or "up 20%" says nothing a ratio of degrees could check, and they add up to nothing.
@pytest.mark.parametrize(
    "text",
    [
        "The afternoon temperature doubled from 12C to 30C within a week.",
        "Daytime highs rose 20% to 31C on Monday from 24C a week earlier.",
        "Readings of 12C, 14C and 15C were logged, 30C in all, the station said.",
    ],
)
def test_temperatures_are_no_counts(numeric_warnings, text):
    assert not numeric_warnings(text, "2025-07-01")


def test_past_verb_read_as_a_modifier_counts_the_group_before(numeric_pipeline):
    text = "Of the company's 312,000 customer accounts, about 118,000 lost power at some point."
    assert _counted(numeric_pipeline, text, "about 118,000") == "customer account"


# "have risen by almost a quarter since 2019, when 3,500 were recorded": the "when" clause
# dates its figure to 2019 itself, so it is no whole of the years since.
def test_when_clause_after_since_dates_the_starting_year(numeric_warnings):
    text = (
        "Police recorded 4,310 knife offences in the year to March, the Home Office said. "
        "Offences have risen by almost a quarter since 2019, when 3,500 were recorded."
    )
    assert not numeric_warnings(text, "2025-06-01")


# "now costs €9.15, down from a peak of €10.40 in January, which was double its price two
# years earlier of €5.20": the change runs from the peak, named between "from" and it.
def test_change_from_a_peak_of_takes_the_peak(numeric_warnings):
    text = (
        "Olive oil has fallen 12 percent since January. A one-litre bottle now costs €9.15 "
        "on average, down from a peak of €10.40 in January, which was double its price two "
        "years earlier of €5.20."
    )
    assert not numeric_warnings(text, "2025-05-14")


# "The distribution of the resident population by regions ... is as follows:" over list
# lines: all of the population, so the regions must add up to it.
_REGIONS = (
    "The total resident population of the republic amounted to 2,400,000 persons.\n\n"
    "The distribution of the resident population by regions, which together cover the "
    "whole country, is as follows:\n"
    "   - Capital Region: 1,100,000 persons;\n"
    "   - Northern Region: 700,000 persons;\n"
    "   - Southern Region: {south} persons.\n"
)


def test_distribution_heading_parts_must_add_up(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_REGIONS.format(south="900,000"), "2024-12-05")


def test_distribution_heading_parts_that_add_up_are_clean(numeric_warnings):
    assert not numeric_warnings(_REGIONS.format(south="600,000"), "2024-12-05")


# "- Total value: €2.6 billion" then "- What it is made up of:" over item lines, each with
# its sum in the total's currency first and other figures after it.
_MADE_UP = (
    "Key figures: the new aid package\n\n"
    "- Total value: €1.5 billion, the largest package yet.\n\n"
    "- What it is made up of:\n"
    "  - Air defence, including two batteries: €700 million\n"
    "  - Ammunition, 80,000 shells: €400 million, or about €5,000 a shell\n"
    "  - Training: {training} million\n"
)


def test_made_up_of_list_must_add_up_to_the_total(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_MADE_UP.format(training="€150"), "2025-06-03")


def test_made_up_of_list_that_adds_up_is_clean(numeric_warnings):
    assert not numeric_warnings(_MADE_UP.format(training="€400"), "2025-06-03")


# "seized 2,640 kilograms ..., compared with 1,310 seizures" then "We have doubled what we
# take off the streets": a weight against a count of events.
def test_bare_factor_over_an_amount_and_a_count(numeric_warnings):
    text = (
        "The minister said customs officers had seized 2,640 kilograms of the drug in the "
        "first nine months of the year, compared with 1,310 seizures in the same period last "
        'year. "We have doubled what we take off the streets," she said.'
    )
    assert "unit_mismatch" in numeric_warnings(text, "2024-10-17")


# "kept between 180 and 240 of those services running on each of the five strike days"
# and "On Wednesday, our best day of the strike, we ran 312 trains": a range for every
# strike day, in the generic noun for the trains counted before it.
_STRIKE = (
    "Kestrel normally runs 1,150 trains on a weekday. Its contingency plan kept between 180 "
    "and 240 of those services running on each of the five strike days, the company said.\n\n"
    '"On Wednesday, our best day of the strike, we ran {ran} trains," the director said.'
)


def test_each_of_the_days_is_a_rate_per_day(numeric_pipeline):
    analysis = numeric_pipeline.analyze(
        Article(text=_STRIKE.format(ran="230"), published="2025-02-14")
    )
    kept = next(q for q in analysis.quantities if q.text == "between 180 and 240")
    assert kept.per == "day"


def test_strike_day_above_the_range_in_other_words(numeric_warnings):
    assert "range_violation" in numeric_warnings(_STRIKE.format(ran="312"), "2025-02-14")


def test_strike_day_within_the_range_is_clean(numeric_warnings):
    assert not numeric_warnings(_STRIKE.format(ran="230"), "2025-02-14")
