"""Rates and ranges on short articles we wrote: each mechanism once planted, once clean."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

pytestmark = pytest.mark.model

PUBLISHED = "2025-05-06"  # the date of this file's articles unless a test gives its own


def _quantity(pipeline, text: str, figure: str, published: str = PUBLISHED):
    analysis = pipeline.analyze(Article(text=text, published=published))
    return next(q for q in analysis.quantities if q.text == figure)


# A running total "this year" is counted to the publication date, not to the end of a
# later period the article names for a plan ("the budget it requested for 2025").
_TO_DATE = (
    "The food bank said on Tuesday that its vans had delivered about 300 parcels a week "
    "since the start of the year. It has received 40,000 euros of the 90,000 euros it "
    "requested for 2025. In all, the food bank has handed out {total} parcels this year."
)


def test_rates_running_total_counted_to_publication_not_to_a_plan(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_TO_DATE.format(total="8,100"), PUBLISHED)


def test_rates_running_total_to_date_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_TO_DATE.format(total="5,400"), PUBLISHED)


# "a night on 1,100 miles of road": "on" opening a noun phrase names where a rate holds.
_ON_ROADS = (
    "The council's 20 gritters have been spreading about 300 tonnes of salt a night on "
    "900 miles of main roads. Over the ten nights since 2 January the council has used "
    "{total} tonnes."
)


def test_rates_rate_followed_by_on_and_a_place_is_a_rate(numeric_pipeline):
    q = _quantity(numeric_pipeline, _ON_ROADS.format(total="2,950"), "about 300 tonnes")
    assert q.per == "day"


def test_rates_count_of_nights_is_the_span_of_a_total(numeric_warnings):
    text = _ON_ROADS.format(total="1,900")
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-01-12")


def test_rates_count_of_nights_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_ON_ROADS.format(total="2,950"), "2025-01-12")


def test_rates_a_year_on_still_dates_a_figure(numeric_pipeline):
    text = "A year on, the estate had 300 empty homes."
    assert _quantity(numeric_pipeline, text, "300").per is None


# A range said to hold every night, against a figure "overnight" or on a named weekday.
_NIGHTLY = (
    "Officials say between 30 and 50 drones have been launched at the province every night "
    "since Sunday. What was the worst night? Tuesday into Wednesday. The army said "
    "{one} drones were fired at the province overnight."
)


def test_rates_overnight_names_one_night_of_a_nightly_range(numeric_warnings):
    assert "range_violation" in numeric_warnings(_NIGHTLY.format(one="74"), PUBLISHED)


def test_rates_overnight_inside_the_nightly_range_is_clean(numeric_warnings):
    assert not numeric_warnings(_NIGHTLY.format(one="44"), PUBLISHED)


# "every week of the quarter", against one named week whose sentence also tells how long
# something lasted ("for five days"): a length of time names no other instance.
_WEEKLY = (
    "Between three and eight of the county's 52 bakeries closed early at some point in every "
    "week of the quarter, the survey found. The worst week began on 12 August, when flour "
    "deliveries stopped for four days and {one} bakeries shut by noon."
)


def test_rates_a_length_of_time_names_no_other_instance(numeric_warnings):
    assert "range_violation" in numeric_warnings(_WEEKLY.format(one="19"), "2024-10-03")


def test_rates_a_length_of_time_week_inside_the_range_is_clean(numeric_warnings):
    assert not numeric_warnings(_WEEKLY.format(one="7"), "2024-10-03")


# "on each of the five days", against a people count on a named weekday.
_DAILY = (
    "The show closed on Sunday after five days. - Crowds: daily attendance stayed between "
    '21,000 and 24,000 on each of the five days, the organisers said. "Saturday was '
    'remarkable," the director said. "We had {one} people through the gates."'
)


def test_rates_each_of_the_days_range_against_a_weekday(numeric_warnings):
    text = _DAILY.format(one="29,800")
    assert "range_violation" in numeric_warnings(text, "2024-08-12")


def test_rates_each_of_the_days_range_kept_is_clean(numeric_warnings):
    assert not numeric_warnings(_DAILY.format(one="23,500"), "2024-08-12")


# "visitor numbers have held between X and Y": a level, counting visitors.
_HELD = (
    "The gallery reopened on 4 March. Since then visitor numbers have held between 5,000 "
    "and 7,000 in every month, the director said. In June, when the garden cafe opened, "
    "{one} people came through the doors."
)


def test_rates_numbers_held_between_count_the_named_thing(numeric_pipeline):
    q = _quantity(numeric_pipeline, _HELD.format(one="6,100"), "between 5,000 and 7,000")
    assert q.counted == "visitor"


def test_rates_held_range_broken_by_one_month(numeric_warnings):
    text = _HELD.format(one="9,300")
    assert "range_violation" in numeric_warnings(text, "2024-09-05")


def test_rates_held_range_kept_is_clean(numeric_warnings):
    assert not numeric_warnings(_HELD.format(one="6,100"), "2024-09-05")


# One group of people in two words: a role, then "people" with the same deed.
_RIDERS = (
    "The park's new water ride has carried roughly 3,000 riders a day since it opened on "
    "1 June, the park said on Monday. By the end of July it had carried {total} people, "
    "the manager said."
)


def test_rates_generic_people_with_the_same_deed_join_a_role(numeric_warnings):
    text = _RIDERS.format(total="240,000")
    assert "rate_total_mismatch" in numeric_warnings(text, "2024-08-05")


def test_rates_generic_people_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_RIDERS.format(total="183,000"), "2024-08-05")


def test_rates_generic_people_with_another_deed_stay_apart(numeric_warnings):
    text = (
        "The park's new water ride has carried roughly 3,000 riders a day since it opened on "
        "1 June. By the end of July its first-aid post had treated 240 people."
    )
    assert not numeric_warnings(text, "2024-08-05")


# A headcount noun ("attendances") against a role in one month.
_ATTENDANCES = (
    "The unit has had between 4,000 and 4,600 attendances every single month this year, "
    "the chief nurse said. In March, when flu closed two wards, the department saw {one} "
    "patients, and in May 1,150 patients arrived by ambulance."
)


def test_rates_headcount_range_broken_by_one_month_of_patients(numeric_warnings):
    text = _ATTENDANCES.format(one="5,900")
    assert "range_violation" in numeric_warnings(text, "2024-08-12")


def test_rates_headcount_range_kept_is_clean_and_ignores_an_event_subgroup(numeric_warnings):
    assert not numeric_warnings(_ATTENDANCES.format(one="4,450"), "2024-08-12")


# "killed or injured" counts casualties; "crossed into" counts arrivals.
_CASUALTIES = (
    "Floods and landslides killed or injured {total} people in the province in 2024, the "
    "relief agency said on Monday. Casualties ran at about 60 a month, its director said."
)


def test_rates_killed_or_injured_are_the_casualties(numeric_warnings):
    text = _CASUALTIES.format(total="470")
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-02-03")


def test_rates_killed_or_injured_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_CASUALTIES.format(total="715"), "2025-02-03")


def test_rates_deaths_alone_are_not_the_casualties(numeric_warnings):
    text = (
        "Floods killed 180 people in the province in 2024, the relief agency said. Casualties "
        "ran at about 60 a month, its director said."
    )
    assert not numeric_warnings(text, "2025-02-03")


_CROSSINGS = (
    "An average of about 800 people a day have crossed into Norland from Estvia since "
    "January 1, the border service said on Wednesday. In total, some {total} people have "
    "entered Norland from Estvia since the start of the year, the service said."
)


def test_rates_crossed_into_is_entering(numeric_warnings):
    text = _CROSSINGS.format(total="98,000")
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-04-02")


def test_rates_crossed_into_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_CROSSINGS.format(total="73,000"), "2025-04-02")


# Time used up: "spent ... hours a day queuing" and "lost ... hours to delays" are one action.
_QUEUING = (
    "Ambulance crews spent an average of 120 hours a day queuing outside hospitals last "
    "year, the service said on Monday. Across the year, crews lost {total} hours to "
    "handover delays, the service said."
)


def test_rates_hours_spent_and_hours_lost_are_one_action(numeric_warnings):
    text = _QUEUING.format(total="36,500")
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-02-11")


def test_rates_hours_spent_and_lost_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_QUEUING.format(total="43,900"), "2025-02-11")


def test_rates_hours_worked_and_hours_lost_stay_apart(numeric_warnings):
    text = (
        "Nurses at the hospital worked an average of 900 hours a day last year. Across the "
        "year, they lost 36,500 hours to sickness."
    )
    assert not numeric_warnings(text, "2025-02-11")


# "right through December": the whole month.
_THROUGH = (
    "The fire service logged {total} flooding incidents in December. Crews were attending "
    "nearly 40 flooding calls a day right through December, the chief officer said."
)


def test_rates_right_through_a_month_is_that_month(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_THROUGH.format(total="760"), PUBLISHED)


def test_rates_right_through_a_month_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_THROUGH.format(total="1,190"), PUBLISHED)


# "the highest number of any university" ranks; "Over the calendar year" is the year named.
_WITHDRAWALS = (
    "Northgate University lost around 90 students a month to withdrawal throughout 2024, "
    "data show. Over the calendar year it lost {total}, the highest number of any "
    "university in the region."
)


def test_rates_calendar_year_and_a_ranking_apposition(numeric_warnings):
    text = _WITHDRAWALS.format(total="840")
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-03-12")


def test_rates_calendar_year_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_WITHDRAWALS.format(total="1,080"), "2025-03-12")


# "Between the opening day and the end of June, 148,000 of them": the season so far, and
# the group the sentence before named.
_SEASON = (
    "The new ferry terminal has welcomed an average of 4,000 passengers a week since the "
    "season opened on April 1, the port said. Day visitors have been arriving in larger "
    "numbers than ever. Between the opening day and the end of June, {total} of them came "
    "through the terminal."
)


def test_rates_event_to_month_end_and_of_them(numeric_warnings):
    text = _SEASON.format(total="71,000")
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-07-03")


def test_rates_event_to_month_end_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_SEASON.format(total="52,000"), "2025-07-03")


# A financial year "which ended on January 31", and "Across the year" taking it up.
_FINANCIAL = (
    "The grocer said its online arm handled an average of 20,000 orders a day in the 2024 "
    "financial year, which ended on January 31. It cut its delivery charge last spring. "
    "Across the year the website took {total} million orders, the company said."
)


def test_rates_financial_year_ending_on_a_date(numeric_pipeline):
    q = _quantity(numeric_pipeline, _FINANCIAL.format(total="7.3"), "20,000", "2025-03-12")
    assert q.period is not None and (q.period.start, q.period.end) == ("2024-02-01", "2025-01-31")


def test_rates_financial_year_total_against_its_rate(numeric_warnings):
    text = _FINANCIAL.format(total="5.9")
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-03-12")


def test_rates_financial_year_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_FINANCIAL.format(total="7.3"), "2025-03-12")


# "£1.6m being taken from savers every day" is what the savers lost.
_TAKEN = (
    "Savers lost £{total}m to investment scams in the first half of 2024, according to "
    'figures published on Wednesday. "Put simply, that is nearly £0.9m being taken from '
    'savers every single day in the first half of this year," a campaigner said.'
)


def test_rates_money_taken_from_people_is_their_loss(numeric_warnings):
    text = _TAKEN.format(total="120")
    assert "rate_total_mismatch" in numeric_warnings(text, "2024-09-18")


def test_rates_money_taken_from_people_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_TAKEN.format(total="160"), "2024-09-18")


# --- volumes taken from a source, named by two verbs ---------------------------------------

RESERVOIR = (
    "Reservoir levels fall after dry July\n\n"
    "Levels at Brantmoor reservoir fell sharply in July. Kettle Vale Water said it pumped an "
    "average of 310 million litres a day from the reservoir in July.\n\n"
    "Over the month it drew {total} billion litres, the company added, and it {other} 2.1 "
    "billion litres to neighbouring suppliers."
)


def test_findings_rates_volume_rate_against_total_drawn(numeric_warnings):
    assert numeric_warnings(RESERVOIR.format(total="12.4", other="sold"), "2024-08-10") == {
        "rate_total_mismatch"
    }


def test_findings_rates_volume_rate_against_total_drawn_clean(numeric_warnings):
    assert numeric_warnings(RESERVOIR.format(total="9.6", other="sold"), "2024-08-10") == set()


@pytest.mark.parametrize(("total", "kinds"), [("5,100", {"rate_total_mismatch"}), ("8,000", set())])
def test_rates_a_bare_total_handed_out_in_other_words(numeric_warnings, total, kinds):
    """ "handed out ... parcels" and "it had distributed 5,100": one deed, one thing."""
    text = (
        "Food bank\n\nThe food bank has handed out an average of 310 parcels a week since "
        f"January. By the end of June, it had distributed {total}."
    )
    assert numeric_warnings(text, published="2025-07-10") == kinds


# "so far" counts to publication, not to the month of the busiest day told in between.
_SINCE_LAUNCH = (
    "The helpline, which opened on March 1, has taken about 45 calls a day since its launch. "
    "The busiest day was March 3, when 112 calls came in. In all, the line has taken {total} "
    "calls so far."
)


def test_rates_since_its_launch_and_so_far_run_from_the_opening_to_publication(
    numeric_warnings,
):
    assert "rate_total_mismatch" in numeric_warnings(
        _SINCE_LAUNCH.format(total="1,900"), "2025-04-30"
    )
    assert not numeric_warnings(_SINCE_LAUNCH.format(total="2,700"), "2025-04-30")


_OPEN_DAYS = (
    "Test centre\n\n"
    "The centre on Mill Lane carried out 11,900 tests in 2024.\n\n"
    "The centre was open on 255 days in 2024 and averaged about 47 tests a day.\n"
)


def test_rates_a_day_kept_on_the_days_open_is_no_calendar_rate(numeric_findings):
    """ "open on 255 days ... about 47 tests a day": a rate per day open, which the year's
    366 calendar days do not multiply; the check is shown, not warned of."""
    found = [
        f for f in numeric_findings(_OPEN_DAYS, "2025-02-01") if f.kind == "rate_total_mismatch"
    ]
    assert found == []


# "Week in, week out" makes a weekly rate; a period after two joined figures dates both.
_WEEK_IN = (
    "The new ferry has carried more than {total} passengers and over 5,800 vehicles since "
    'her first sailing on 3 March, the operator said. "Week in, week out, we are carrying '
    'around 2,100 passengers," its director said.'
)


def test_rates_week_in_week_out_against_a_running_total(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_WEEK_IN.format(total="41,000"), "2025-06-12")


def test_rates_week_in_week_out_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_WEEK_IN.format(total="29,000"), "2025-06-12")


# A rate, its length and the total its own sentence sums up: "for each of the 47 days ...,
# a total of"; "a week for 12 weeks, a total of".
@pytest.mark.parametrize(
    ("text", "planted"),
    [
        ("The judge imposed a fine of £2,500 for each of the 47 days on which felling took "
         "place, a total of £142,500.", True),
        ("The judge imposed a fine of £2,500 for each of the 47 days on which felling took "
         "place, a total of £117,500.", False),
        ("The council paid £300 a week for 12 weeks, a total of £4,900.", True),
        ("The council paid £300 a week for 12 weeks, a total of £3,600.", False),
    ],
)  # fmt: skip
def test_rates_a_total_summed_up_in_the_rate_sentence(numeric_warnings, text, planted):
    assert ("rate_total_mismatch" in numeric_warnings(text, "2024-05-05")) == planted
