"""Totals the text makes by adding figures that count different things
(``numeric/_mixed_sums.py``), on short articles we wrote: each planted article has a clean
twin whose parts are one kind of thing."""

from __future__ import annotations

import pytest

from claimscope.layers.findings._lexicon import counts_people

UNIT = "unit_mismatch"

_EVACUATION = (
    "Evacuation widens\n\n"
    "Officials said 2,600 residents had left the valley by Monday night. A further 900 "
    "{second} left on Tuesday. That brings the total number of people who have left their "
    "homes to 3,500, the county said.\n"
)


@pytest.mark.parametrize(("second", "planted"), [("households", True), ("visitors", False)])
def test_mixed_sums_people_and_households(numeric_findings, second, planted):
    found = [f for f in numeric_findings(_EVACUATION.format(second=second)) if f.kind == UNIT]
    assert bool(found) is planted
    if planted:
        assert "2,600 residents + 900 households = 3,500" in found[0].explanation


@pytest.mark.parametrize(
    ("second", "planted"), [("12 million dollars", True), ("12 million crowns", False)]
)
def test_mixed_sums_two_currencies(numeric_warnings, second, planted):
    text = (
        "Mine payments\n\n"
        "The mine paid 46 million crowns in royalties last year. It also paid "
        f"{second} in export duties. Together, that makes 58 million in payments to the state.\n"
    )
    assert (UNIT in numeric_warnings(text)) is planted


@pytest.mark.parametrize(
    ("second", "planted"), [("9,800 kilograms of ham", True), ("9,800 packs of ham", False)]
)
def test_mixed_sums_parts_listed_after_the_total(numeric_warnings, second, planted):
    text = (
        "Recall\n\n"
        f"In total, 24,300 items have been withdrawn from sale: 14,500 packs of sandwiches "
        f"and {second}.\n"
    )
    assert (UNIT in numeric_warnings(text)) is planted


def test_mixed_sums_skip_the_breakdown_of_a_part(numeric_findings):
    """ "412,000 rides - 251,000 for one firm and 161,000 for the other": the total adds
    the rides, not their breakdown as well."""
    text = (
        "Shared bikes\n\n"
        "The two scooter firms recorded 412,000 rides last year - 251,000 for Zipp and "
        "161,000 for Rolla. The bike scheme ended the year with 19,500 members. Taken "
        "together, that means more than 430,000 users, the report says.\n"
    )
    found = [f for f in numeric_findings(text) if f.kind == UNIT]
    assert [f.explanation.split(" = ")[0] for f in found] == ["412,000 rides + 19,500 members"]


def test_mixed_sums_a_total_no_run_adds_up_to_says_nothing(numeric_warnings):
    text = (
        "Evacuation\n\n"
        "Officials said 2,600 residents had left by Monday. A further 900 households left on "
        "Tuesday. That brings the total number of people who have left their homes to 5,100.\n"
    )
    assert UNIT not in numeric_warnings(text)


def test_mixed_sums_people_of_two_kinds_are_one_kind(numeric_warnings):
    text = "Rescue\n\nCrews rescued 40 adults and 12 children, 52 people in all.\n"
    assert UNIT not in numeric_warnings(text)


# "Put together, that gave us £630,000": pounds and euros added as one sum, past counts
# ("a 500 club", "two race nights") that are no sums of money.
@pytest.mark.parametrize(
    ("grant", "planted"), [("a grant of 250,000 euros", True), ("a grant of £250,000", False)]
)
def test_mixed_sums_money_put_together_from_two_currencies(numeric_warnings, grant, planted):
    text = (
        "Clubhouse finished\n\n"
        '"We raised £380,000 ourselves - a sponsored walk every year, a 500 club and two race '
        f"nights. Then the foundation came in with {grant}. Put together, that gave us "
        '£630,000 in the pot," the treasurer said.\n'
    )
    assert ("unit_mismatch" in numeric_warnings(text, "2024-05-05")) == planted


_SEIZURE = (
    "Customs haul\n\n"
    "Officers seized 14,200 litres of spirits and 9,800 {second} of wine - some 24,000 "
    "litres of illicit alcohol.\n"
)


@pytest.mark.parametrize(("second", "planted"), [("cases", True), ("litres", False)])
def test_mixed_sums_a_total_set_off_after_its_list(numeric_warnings, second, planted):
    assert (UNIT in numeric_warnings(_SEIZURE.format(second=second), "2023-10-05")) is planted


def test_mixed_sums_a_figure_set_off_that_is_no_sum_says_nothing(numeric_warnings):
    text = _SEIZURE.format(second="cases").replace("some 24,000", "some 31,000")
    assert UNIT not in numeric_warnings(text, "2023-10-05")


_PARK = (
    "Energy park\n\n"
    "The park will pair a 120-megawatt solar array with a battery of {battery}. Together, "
    "the two will give the town a combined capacity of 200 megawatts.\n"
)


@pytest.mark.parametrize(
    ("battery", "planted"), [("80 megawatt-hours", True), ("80 megawatts", False)]
)
def test_mixed_sums_a_combined_measure_of_power_and_energy(numeric_warnings, battery, planted):
    assert (UNIT in numeric_warnings(_PARK.format(battery=battery), "2024-10-07")) is planted


def test_mixed_sums_crew_are_people(numeric_warnings):
    text = (
        "Flight diverted\n\n"
        "With 174 passengers and six crew, 180 people in all, on board, the captain decided "
        "to divert.\n"
    )
    assert UNIT not in numeric_warnings(text, "2024-03-01")


def test_crew_after_a_number_are_people_and_crews_are_teams():
    assert counts_people("crew") and counts_people("firefighters")
    assert not counts_people("crews")


_NOISE = (
    "Noise complaints\n\n"
    "In 2023 the airport's noise desk received 1,860 complaints. Last year it heard from "
    "{after}, a rise of about a fifth. Those households lodged 9,870 complaints between them.\n"
)


@pytest.mark.parametrize(
    ("after", "planted"), [("2,240 households", True), ("2,240 complaints", False)]
)
def test_mixed_changes_a_size_that_is_the_ratio_of_unlike_counts(numeric_warnings, after, planted):
    found = UNIT in numeric_warnings(_NOISE.format(after=after), "2025-02-01")
    assert found is planted


_PAYDAY = (
    "Payday lending\n\n"
    "In 2021, 1.4 million people took out a high-cost short-term loan. Last year, the industry "
    "wrote 1.9 million loans. That is a {size} per cent surge in twelve months.\n"
)


def test_mixed_changes_a_size_no_pair_gives_says_nothing(numeric_warnings):
    assert UNIT in numeric_warnings(_PAYDAY.format(size="36"), "2023-05-06")
    assert UNIT not in numeric_warnings(_PAYDAY.format(size="50"), "2023-05-06")


_PERMITS = (
    "Permits chief\n\n"
    "In 2024, the department issued 1,910 residential building permits, covering 2,480 homes; "
    "many permits cover more than one home.\n\n"
    "How did you cut the waiting times?\n\nWe moved every application online.\n\n"
    "And the results?\n\nWe hired staff. We changed the rules. Last year we permitted 2,640 "
    "homes. That's up {size} per cent on 2024.\n"
)


def test_mixed_changes_a_base_named_by_its_year_is_read_anywhere_before(numeric_warnings):
    assert UNIT in numeric_warnings(_PERMITS.format(size="38"), "2026-01-15")
    assert UNIT not in numeric_warnings(_PERMITS.format(size="6.5"), "2026-01-15")


def test_mixed_changes_an_open_ended_size_pairs_nothing(numeric_warnings):
    text = (
        "Insurer results\n\n"
        'The group serves 3.4 million customers, who hold 4.1 million policies. "We have grown '
        'premiums by more than a tenth," the chief executive said.\n'
    )
    assert UNIT not in numeric_warnings(text, "2024-08-01")


_CALLOUTS = (
    "Engines stretched\n\n"
    "The service's fleet report shows that engine mobilisations - the number of times an engine "
    "was sent to an emergency - reached 5,270 in 2024. That is a {size} per cent rise on "
    "2023's total of {base}.\n"
)


@pytest.mark.parametrize(
    ("size", "base", "planted"),
    [
        ("24", "4,250 incidents", True),
        ("24", "4,250 mobilisations", False),
        ("10", "4,250 incidents", False),
    ],
)
def test_mixed_changes_a_base_after_the_size_of_another_thing(
    numeric_warnings, size, base, planted
):
    found = UNIT in numeric_warnings(_CALLOUTS.format(size=size, base=base), "2025-02-19")
    assert found is planted


def test_a_subject_before_an_aside_between_dashes_is_what_is_counted(real_nlp):
    from claimscope.contract.model import Article
    from claimscope.layers.base import Draft
    from claimscope.layers.quantities import find_quantities

    text = _CALLOUTS.format(size="24", base="4,250 incidents")
    draft = Draft(article=Article(text=text, published="2025-02-19"), article_id="t")
    found = {q.text: q.counted for q in find_quantities(real_nlp(text), draft)}
    assert found["5,270"] == "engine mobilisation"


_ABOVE = (
    "Claims office\n\n"
    "Last year we received 3,400 applications, covering 5,100 people. This year, up to the end "
    "of June, claims have covered 4,080 {noun}. So we are already {size} per cent above the "
    "whole of last year.\n"
)


@pytest.mark.parametrize(
    ("noun", "size", "planted"),
    [("people", "20", True), ("people", "5", False)],
)
def test_mixed_changes_a_size_said_above_a_base(numeric_warnings, noun, size, planted):
    found = UNIT in numeric_warnings(_ABOVE.format(noun=noun, size=size), "2024-07-10")
    assert found is planted
