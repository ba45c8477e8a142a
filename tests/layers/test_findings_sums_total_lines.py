"""A total line written under a column of one-figure lines, as a declaration or a small
table gives it, on short articles we wrote: the lines must add up to it."""

from __future__ import annotations

import pytest

SUM = "sum_mismatch"

_COUNT = (
    "Marlow West result\n\n"
    "The returning officer read out the following figures for the four candidates:\n\n"
    "Jana Holt (Labour) — 9,870\n"
    "Piet Rask (Liberal) — 7,215\n"
    "Amy Corr (Green) — 2,406\n"
    "Ed Brame (Independent) — 612\n\n"
    "Total valid votes: {total}\n"
    "Rejected ballots: 140\n"
    "Electorate: 41,300\n"
)


@pytest.mark.parametrize(("total", "planted"), [("23,480", True), ("20,103", False)])
def test_sums_total_line_under_its_column(numeric_findings, total, planted):
    found = [f for f in numeric_findings(_COUNT.format(total=total)) if f.kind == SUM]
    assert bool(found) is planted
    if planted:
        assert "9,870 + 7,215 + 2,406 + 612 = 20,103" in found[0].explanation


def test_sums_total_turnout_under_a_column_is_no_sum(numeric_warnings):
    text = (
        "Poll figures\n\nPostal votes — 4,100\nVotes in person — 18,900\nTotal electorate: 40,000\n"
    )
    assert SUM not in numeric_warnings(text)


def test_sums_total_line_under_a_nested_column_is_left_alone(numeric_warnings):
    """ "- of which electric: 1,200" counts cars already in a line above: the column adds
    up to nothing."""
    text = (
        "Car sales\n\n"
        "- New cars: 8,400\n"
        "- of which electric: 1,200\n"
        "- Used cars: 15,100\n"
        "- Total: 23,500\n"
    )
    assert SUM not in numeric_warnings(text)


def test_sums_total_line_needs_its_figure_to_end_the_line(numeric_warnings):
    """ "Total: 3,100, a record" is a total told in a sentence, not the foot of a column."""
    text = (
        "Harbour dues\n\n"
        "Fishing boats — 1,400\n"
        "Yachts — 900\n"
        "Total: 3,100, the highest on record, up from 2,950\n"
    )
    assert SUM not in numeric_warnings(text)


def test_sums_a_column_read_in_part_is_no_column(numeric_warnings):
    """A line above the run gives its figure in another form ("3,480 days lost" heads a
    column of bare figures): the run read is not the whole column, so it adds up to nothing."""
    text = (
        "Strike days\n\n"
        "The weekly tally reads as follows:\n\n"
        "Week one: 3,480 days lost, a record\n"
        "Week two: 3,910\n"
        "Week three: 4,150\n"
        "Total: 11,540\n"
    )
    assert SUM not in numeric_warnings(text)


def test_sums_all_other_is_the_rest_not_a_total(numeric_warnings):
    text = (
        "Council budget\n\n"
        "- Net budget: £149.5m\n"
        "- Adult care: £71.2m\n"
        "- Schools: £43.5m\n"
        "- All other services: £34.8m\n"
    )
    assert SUM not in numeric_warnings(text)
