"""A change whose baseline follows "over", and one whose end figure the sentence before
gives ("That was an increase of 12.6 percent over ..."), on short articles we wrote
(issue 4): each planted change has a clean twin."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

CHANGE = "change_mismatch"


@pytest.mark.parametrize(
    "wording",
    [
        "Tax revenue reached 684.2 billion dinars, an increase of {size} percent over the "
        "641.5 billion dinars collected in 2022.",
        "Tax revenue reached 684.2 billion dinars. That was an increase of {size} percent "
        "over the 641.5 billion dinars collected in 2022.",
        "Tax revenue reached 684.2 billion dinars. The commissioner said the figure "
        "represented an increase of {size} percent over the 641.5 billion dinars of 2022.",
    ],
)
def test_a_rise_over_a_baseline_is_checked(numeric_warnings, wording):
    assert CHANGE in numeric_warnings("Revenue up\n\n" + wording.format(size="12.6"), "2024-01-19")
    assert CHANGE not in numeric_warnings(
        "Revenue up\n\n" + wording.format(size="6.7"), "2024-01-19"
    )


def test_over_as_an_approximator_is_no_baseline(numeric_warnings):
    text = "Crowds up\n\nAttendance rose by over 500 to 4,200 this season."
    assert CHANGE not in numeric_warnings(text, "2024-01-19")


def test_pointing_back_gives_both_ends_as_one_kind(numeric_warnings):
    text = (
        "Museum Night\n\n"
        "Tonight 32 museums, galleries, archives and libraries across the city open their "
        "doors. That is up from 27 venues last year."
    )
    assert not numeric_warnings(text, "2024-05-18")


_ROUTE = (
    "Route nine\n\n"
    "In 2024, police recorded 212 injury collisions along the route, in which 297 people "
    "were hurt. {change} a rise of almost 40 per cent on 2019, when 214 {base} along the "
    "same stretch."
)


def test_a_base_told_in_a_when_clause_after_its_year(numeric_findings):
    same = _ROUTE.format(change="That is", base="people were hurt")
    assert not numeric_findings(same, "2025-10-07")
    wrong_size = same.replace("almost 40", "almost 60")
    assert "change_mismatch" in {f.kind for f in numeric_findings(wrong_size, "2025-10-07")}


@pytest.mark.parametrize("change", ["That is", "The 297 figure represents"])
def test_people_set_against_collisions_are_unlike_however_pointed_at(numeric_warnings, change):
    text = _ROUTE.format(change=change, base="collisions were recorded")
    assert "unit_mismatch" in numeric_warnings(text, "2025-10-07")
