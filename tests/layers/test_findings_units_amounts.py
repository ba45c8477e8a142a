"""unit_mismatch for figures the text sets against each other although one is an amount and
the other a count, or a sum named as one of its parts.

Short articles written for these tests; each planted case has a clean twin.
"""

from __future__ import annotations

import pytest

# --- "up 6% from 2.26 million sacks": a change from a count to an amount ------------------

SILOS = (
    "Silo deliveries run ahead\n\n"
    "Grain deliveries to the Varna silos reached 2.4 million tonnes by Friday, up 6% from "
    "2.26 million{before} at the same point last year, traders said."
)


@pytest.mark.model
def test_findings_units_change_from_a_count_to_an_amount(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(SILOS.format(before=" sacks"))


@pytest.mark.model
@pytest.mark.parametrize("before", [" tonnes", ""])
def test_findings_units_change_between_amounts_clean(numeric_warnings, before):
    assert "unit_mismatch" not in numeric_warnings(SILOS.format(before=before))


@pytest.mark.model
def test_findings_units_change_beside_its_own_pair_clean(numeric_warnings):
    # the 8% is 240 against 222 euros: the hotels' room count only stands beside them
    text = (
        "Resort rates climb\n\n"
        "The 96 hotels, with 14,800 rooms between them, charged an average of 240 euros a "
        "night, up 8% from 222 euros a year before."
    )
    assert "unit_mismatch" not in numeric_warnings(text)


# --- "14 goals and 11 assists add up to 25 goals": a sum named as one of its parts -------

SUM = (
    "Club signs Brandt\n\n"
    'Brandt scored freely last season. "Her 14 league goals and 11 assists add up to 25 '
    '{total}. Nobody in the league did better," the coach said.'
)


@pytest.mark.model
def test_findings_units_sum_named_as_one_of_its_parts(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(SUM.format(total="goals"))


@pytest.mark.model
def test_findings_units_sum_named_by_its_own_noun_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(SUM.format(total="goal involvements"))


# --- "daily players ..., up 35% on the 5.2 million monthly players": two periods' counts ---

PLAYERS = (
    "Puzzle app keeps growing\n\n"
    "Wordlark said on Monday that its daily players rose to 7 million in the spring, up 35% "
    "on the 5.2 million {before} players it counted a year earlier. Its monthly players now "
    "number 18 million."
)


@pytest.mark.model
def test_findings_units_change_from_a_monthly_count_to_a_daily_one(numeric_warnings):
    assert numeric_warnings(PLAYERS.format(before="monthly")) == {"unit_mismatch"}


@pytest.mark.model
def test_findings_units_change_between_daily_counts_clean(numeric_warnings):
    assert numeric_warnings(PLAYERS.format(before="daily")) == set()


# --- "at 180,000 marks, that amounts to 250,000 mortgages": a sum in a currency is no count ---

LOANS = (
    "Mortgage lending slows\n\n"
    "Banks in Orvala granted 45 billion marks of new mortgages in 2024. With the average "
    "new loan at 180,000 {unit}, that amounts to about 250,000 new mortgages."
)


@pytest.mark.model
def test_findings_units_link_from_a_count_of_other_things(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(LOANS.format(unit="borrowers"))


@pytest.mark.model
def test_findings_units_link_from_a_sum_in_marks_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(LOANS.format(unit="marks"))
