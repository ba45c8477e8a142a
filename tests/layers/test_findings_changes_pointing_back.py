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
