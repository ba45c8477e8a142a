"""Comparisons across a unit the article itself tells apart (``numeric/_bridged.py``), on
short articles we wrote: the text relates two counts of one set ("2,300 reports came from
1,450 victims"), then sets one of them against a count of the other thing. Each planted
article has a clean twin that compares like with like."""

from __future__ import annotations

import pytest

UNIT = "unit_mismatch"


@pytest.mark.parametrize(
    ("compared", "planted"),
    [("this year's 2,300 reports", True), ("this year's 1,450 victims", False)],
)
def test_reports_against_victims(numeric_findings, compared, planted):
    text = (
        "Fraud line busier than ever\n\n"
        "The Harwell Victim Service has logged 2,300 fraud reports so far this year. Because "
        "many people report more than once, those 2,300 reports came from 1,450 individual "
        "victims, the service said. In the whole of last year it helped 1,900 victims.\n\n"
        f'"With months still to go, {compared} already outstrip last year\'s 1,900 victims," '
        "its director said.\n"
    )
    found = [f for f in numeric_findings(text, "2024-09-10") if f.kind == UNIT]
    assert bool(found) is planted
    if planted:
        assert "2,300 reports correspond to 1,450 individual victims" in found[0].explanation
        assert "like for like" in found[0].explanation


@pytest.mark.parametrize(("earlier", "planted"), [("people", True), ("calls", False)])
def test_bare_figures_compared_after_a_bridge_told_by_those(numeric_warnings, earlier, planted):
    """ "those calls came from 6,100 individual callers": the bridge's set is named by its
    noun alone; the comparison's bare figures are known by the nouns they were first told
    with."""
    text = (
        "Helpline hearing\n\n"
        "In the year to the end of August the helpline logged 9,200 calls. Because many "
        "people ring more than once, those calls came from 6,100 individual callers.\n\n"
        f"A year earlier, 11,400 {earlier} contacted the service.\n\n"
        'The chair summed up: "Demand has dropped: 9,200 this year against 11,400 the year '
        'before."\n'
    )
    assert (UNIT in numeric_warnings(text, "2024-10-01")) is planted


@pytest.mark.parametrize(
    ("compared", "planted"), [("1,240 applications", True), ("3,100 people", False)]
)
def test_applications_against_places(numeric_warnings, compared, planted):
    """ "the 1,240 applications cover 3,100 people": an application is a household's, and a
    bed one person's."""
    text = (
        "Reception beds\n\n"
        "Asylum applications are registered by household. The 1,240 pending applications "
        "cover 3,100 people, the ministry's notes say. The reception system has 2,000 beds, "
        "counted one per person.\n\n"
        f'The minister said: "{compared} in the queue against 2,000 reception places means '
        'there is room for every applicant."\n'
    )
    assert (UNIT in numeric_warnings(text)) is planted


def test_no_bridge_no_warning(numeric_warnings):
    """Two counts of different things compared with no bridge between them in the text are
    left to the other checks: which units may be compared is the article's to say."""
    text = (
        "Allotments\n\n"
        "The council has 610 plots. The waiting list has 1,240 names, against 610 plots, "
        "so most will wait for years.\n"
    )
    assert UNIT not in numeric_warnings(text)


@pytest.mark.parametrize(("earlier", "planted"), [("tower blocks", True), ("flats", False)])
def test_change_sized_in_words_between_unlike_counts(numeric_warnings, earlier, planted):
    """ "460 flats, up by half on the 310 tower blocks": a change sized in words ("by half")
    sets its two figures against each other, as a figure after "by" would."""
    text = (
        "Sprinklers\n\n"
        "The council said sprinkler systems had been fitted in 460 flats so far this year, up "
        f"by half on the 310 {earlier} it completed in the whole of last year.\n"
    )
    assert (UNIT in numeric_warnings(text)) is planted


@pytest.mark.parametrize(("second", "planted"), [("jury trials", True), ("hearing days", False)])
def test_mixed_sum_restated_in_the_headline(numeric_warnings, second, planted):
    """A headline that gives the total first is not a whole the body's parts break down."""
    text = (
        "Strike cost 3,500 days of court time\n\n"
        f"The walkout cost 2,400 sitting days and 1,100 {second}, adding up to 3,500 days "
        "of lost court time, the union said.\n"
    )
    assert (UNIT in numeric_warnings(text)) is planted


@pytest.mark.parametrize(
    ("second", "planted"), [("940 hours of treatment", True), ("940 visits", False)]
)
def test_mixed_sum_taken_together_means_that(numeric_warnings, second, planted):
    text = (
        "Dental line\n\n"
        f"The director said: \"Taken together, the helpline's 2,870 calls and the clinics' "
        f'{second} mean that 3,810 patients have been helped."\n'
    )
    assert (UNIT in numeric_warnings(text)) is planted


def test_worked_out_rate_is_not_linked_to_the_sentence_before(numeric_findings):
    """ "That works out at roughly 4,000 calls a day": a total of calls put per day, not a
    link to the customers of the sentence before."""
    text = (
        "Scam filter\n\n"
        "The operator said its filter has stopped 164,000 calls since it was switched on. "
        "The filter went live for its 2.3 million customers on 1 February.\n\n"
        '"That works out at roughly 4,000 calls a day since the launch," its head of '
        "security said.\n"
    )
    assert not [f for f in numeric_findings(text, "2024-03-12") if f.kind == UNIT]


def test_bridge_by_from_individual_told_once(numeric_findings):
    """ "2,300 reports this year, from 1,450 individual victims": "from" before a count of
    individuals bridges too; the comparison is told once, with its like-for-like figure,
    though "This year's ..." also reads as a link back."""
    text = (
        "Fraud\n\n"
        "The service logged 2,300 reports this year, from 1,450 individual victims. In the "
        "whole of last year it helped 1,900 victims.\n\n"
        "\"This year's 2,300 reports already outstrip last year's 1,900 victims,\" its "
        "director said.\n"
    )
    found = [f for f in numeric_findings(text, "2024-09-10") if f.kind == UNIT]
    assert len(found) == 1
    assert "like for like" in found[0].explanation


@pytest.mark.parametrize(("total", "planted"), [("10,140 animals", False), ("10,140 staff", True)])
def test_total_named_by_the_class_of_its_parts(numeric_warnings, total, planted):
    """ "sterilised 2,040 dogs and cats in June, bringing the total to 10,140 animals": a
    total named by the class its parts belong to counts them; one of people does not."""
    text = (
        "Sterilisation drive\n\n"
        "Mobile clinic teams sterilised 2,040 dogs and cats in June alone, bringing the total "
        f"since January to {total}.\n"
    )
    assert (UNIT in numeric_warnings(text, "2023-07-03")) is planted


def test_acronym_defined_in_brackets_is_one_thing(numeric_warnings):
    """ "248,000 twenty-foot equivalent units (TEU) ..., up 3.8% from 239,000 TEU"."""
    text = (
        "Port volumes\n\n"
        "The port handled 248,000 twenty-foot equivalent units (TEU) in June, up 3.8% from "
        "239,000 TEU in June 2022.\n"
    )
    assert UNIT not in numeric_warnings(text, "2023-07-12")


# A bare figure in a comparison restates the earlier figure of its value, and so counts
# what that one counted: "against 240,000 last year" after "240,000 vehicle entries".
_RESTATED = (
    "Park visitors\n\n"
    "Last year the barrier counters recorded 240,000 {first} between April and October. "
    "This year, over the same season, 310,000 visitors came through the gates, against "
    "240,000 last year.\n"
)


def test_units_a_bare_figure_restating_a_count_of_another_thing(numeric_warnings):
    text = _RESTATED.format(first="vehicle entries")
    assert "unit_mismatch" in numeric_warnings(text, "2023-11-04")


def test_units_a_bare_figure_restating_a_count_of_the_same_thing_is_clean(numeric_warnings):
    assert not numeric_warnings(_RESTATED.format(first="visitors"), "2023-11-04")


# A live blog tells its background last: the bare "last year's 1,900" of a change restates
# the 1,900 volunteers given further down.
def test_units_a_change_from_a_figure_told_later_as_another_thing(numeric_warnings):
    text = (
        "Spring clean live\n\n"
        "11:40\nThe organiser has the latest bag count: \"We've passed 2,300 bags - that's "
        "400 up on last year's 1,900.\"\n\n"
        "09:00\nSome background. Last year's event drew 1,900 volunteers, who filled 1,450 "
        "bags of rubbish across the town.\n"
    )
    assert "unit_mismatch" in numeric_warnings(text, "2025-04-12")


def test_units_small_or_per_person_restatements_are_no_mismatch(numeric_warnings):
    text = (
        "School admissions\n\n"
        "We have 210 places in Year 7, and all 210 places went to first-choice applicants. "
        "You have 1,060 pupils below the sixth form. That is more than five year groups of "
        "210.\n"
    )
    assert not numeric_warnings(text, "2024-05-05")
