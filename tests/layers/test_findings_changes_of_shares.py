"""A change said of a share ("a rise of a quarter in the share of reports") is not checked
against two counts, on short articles we wrote."""

from __future__ import annotations

CHANGE = "change_mismatch"

_SCAMS = (
    "Text scams rise\n\n"
    "Text messages made up 25 percent of fraud reports in May, against 20 percent a year "
    "earlier. That is an increase of five percentage points - or a rise of a quarter {what}.\n\n"
    "Of the 6,400 reports the agency received in May, 1,600 concerned text messages. In May "
    "last year it received 6,100 reports in total.\n"
)


def test_changes_a_rise_in_a_share_is_no_change_of_the_counts(numeric_warnings):
    assert CHANGE not in numeric_warnings(
        _SCAMS.format(what="in the share of reports"), "2025-06-20"
    )


def test_changes_a_rise_in_the_reports_is_checked_against_the_counts(numeric_warnings):
    assert CHANGE in numeric_warnings(_SCAMS.format(what="in reports"), "2025-06-20")
