"""A rate of new members against the total who joined, on short articles we wrote: joining
a group ("have joined the union") and "new members" count one intake, whatever the verb
that welcomed them; joining an action ("joined the strike") is no intake."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

RATE = "rate_total_mismatch"

_UNION = (
    "Dockers' union grows\n\n"
    "The Harlow Dockers' Union said on Monday that it has welcomed around 200 new members "
    "every week since 1 January.\n\n"
    "In all, {total} people have joined the union so far this year, its secretary said."
)


def test_rates_new_members_against_joiners_planted(numeric_warnings):
    assert RATE in numeric_warnings(_UNION.format(total="5,900"), "2024-04-08")


def test_rates_new_members_against_joiners_in_line_clean(numeric_warnings):
    assert RATE not in numeric_warnings(_UNION.format(total="2,900"), "2024-04-08")


_STRIKE = (
    "Port strike spreads\n\n"
    "The Harlow Dockers' Union said on Monday that it has welcomed around 200 new members "
    "every week since 1 January.\n\n"
    "On Friday, 5,900 workers joined the strike at the container terminal, the union said."
)


def test_rates_workers_joining_a_strike_are_no_new_members_clean(numeric_warnings):
    assert RATE not in numeric_warnings(_STRIKE, "2024-04-08")
