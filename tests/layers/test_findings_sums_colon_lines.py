"""A whole on a line ending in a colon, over the list lines under it (issue 4).

Short articles written for these tests: each planted list has a clean twin.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

PUBLISHED = "2024-05-05"

_ALL = (
    "Weekend checks\n\n"
    "In total, {whole} riders were stopped for offences:\n"
    "- 84 for riding without lights\n"
    "- 37 for riding on the pavement\n"
    "- 12 for running a red light\n\n"
    "Officers said the checks would continue.\n"
)


def test_a_list_said_to_be_all_of_the_whole_must_add_up(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_ALL.format(whole="158"), PUBLISHED)


def test_a_list_said_to_be_all_of_the_whole_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_ALL.format(whole="133"), PUBLISHED)


_MADE_UP = (
    "Festival figures\n\n"
    "Total tickets issued: {whole}, made up of:\n"
    "- Paid day tickets: 21,400\n"
    "- Free children's passes: 6,900\n"
    "- Volunteer wristbands: 1,200\n"
)


def test_a_total_made_up_of_label_lines_must_add_up(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_MADE_UP.format(whole="33,500"), PUBLISHED)


def test_a_total_made_up_of_label_lines_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_MADE_UP.format(whole="29,500"), PUBLISHED)


def test_a_list_of_some_parts_only_stays_within_the_whole(numeric_warnings):
    text = (
        "Weekend checks\n\n"
        "Officers stopped {whole} riders, including:\n"
        "- 84 for riding without lights\n"
        "- 37 for riding on the pavement\n"
    )
    assert not numeric_warnings(text.format(whole="300"), PUBLISHED)  # fewer is fine
    assert "sum_mismatch" in numeric_warnings(text.format(whole="100"), PUBLISHED)
