"""Totals written after their list, and breakdowns by one dimension (issue 4).

Short articles written for these tests: each planted list has a clean twin.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

PUBLISHED = "2024-05-05"
SUM = "sum_mismatch"

_PLANTING = (
    "Volunteers finish new wood\n\n"
    "Volunteers at Brackley Common finished planting on Saturday. {sentence} The trust "
    "said another 2,000 trees would go in next winter."
)


@pytest.mark.parametrize(
    "wording",
    [
        "They planted 9,000 oak, 6,500 hazel and 3,000 alder, so {total} trees in all.",
        "They planted 9,000 oak, 6,500 hazel and 3,000 alder, a total of {total} trees.",
        "They planted 9,000 oak, 6,500 hazel and 3,000 alder, making {total} trees altogether.",
    ],
)
def test_a_total_after_its_list_must_be_its_sum(numeric_warnings, wording):
    planted = _PLANTING.format(sentence=wording.format(total="21,500"))
    clean = _PLANTING.format(sentence=wording.format(total="18,500"))
    assert SUM in numeric_warnings(planted, PUBLISHED)
    assert SUM not in numeric_warnings(clean, PUBLISHED)


def test_a_figure_after_a_list_without_a_word_of_totality_is_no_total(numeric_warnings):
    text = _PLANTING.format(
        sentence="They planted 9,000 oak and 6,500 hazel, and 3,000 more are due in March."
    )
    assert SUM not in numeric_warnings(text, PUBLISHED)


def test_a_list_broken_by_a_colon_is_not_summed_past_it(numeric_findings):
    text = _PLANTING.format(
        sentence="Three schools took part: 400 pupils, 120 parents and 35 teachers, "
        "a total of 555 people."
    )
    sums = [f for f in numeric_findings(text, PUBLISHED) if f.kind == SUM]
    assert all("3 figures" in f.explanation for f in sums)


_KEY_FIGURES = (
    "Valley Rail: the year in numbers\n\n"
    "Valley Rail published its annual report on Monday.\n\n"
    "- Total passenger journeys: {total}\n"
    "- Journeys by service group: commuter 12.4 million; intercity 5.1 million; "
    "branch lines 2.2 million\n"
    "- Busiest station: Harlow Cross, 6.3 million entries and exits\n"
)


def test_an_inline_breakdown_by_one_dimension_must_add_up(numeric_warnings):
    assert SUM in numeric_warnings(_KEY_FIGURES.format(total="23.9 million"), PUBLISHED)
    assert SUM not in numeric_warnings(_KEY_FIGURES.format(total="19.7 million"), PUBLISHED)


def test_a_breakdown_of_the_top_groups_only_stays_within(numeric_warnings):
    text = _KEY_FIGURES.format(total="23.9 million").replace(
        "Journeys by service group", "Top service groups by journeys"
    )
    assert SUM not in numeric_warnings(text, PUBLISHED)


_BY_CAUSE = (
    "Winter report\n\n"
    "The network operator published its winter figures on Wednesday.\n\n"
    "INTERRUPTIONS\n"
    "- Unplanned interruptions: {total}\n"
    "- Average per day: about 7.2\n\n"
    "UNPLANNED INTERRUPTIONS BY CAUSE\n"
    "- Weather: 310\n"
    "- Equipment failure: 420\n"
    "- Trees and vegetation: 150\n"
    "- Other or unknown: 210\n"
)


def test_list_lines_under_a_by_heading_must_add_up_to_the_labelled_whole(numeric_warnings):
    assert SUM in numeric_warnings(_BY_CAUSE.format(total="1,290"), PUBLISHED)
    assert SUM not in numeric_warnings(_BY_CAUSE.format(total="1,090"), PUBLISHED)


_MADE_UP = (
    "Festival in numbers\n\n"
    "TICKETS\n"
    "- Total tickets issued: {total}, made up of:\n"
    "  - Paid concert tickets: 21,400\n"
    "  - Free stage passes: 9,800\n"
    "  - Schools and youth programme places: 2,300\n"
    "- Busiest day: Saturday, 6,100 tickets\n"
)


def test_an_items_label_is_its_group_not_what_it_counts(numeric_warnings):
    assert SUM in numeric_warnings(_MADE_UP.format(total="37,500"), PUBLISHED)
    assert SUM not in numeric_warnings(_MADE_UP.format(total="33,500"), PUBLISHED)


@pytest.mark.parametrize(
    ("text", "planted"),
    [
        (
            "The {total} permits comprised 1,120 for single-family homes, 412 for "
            "multifamily buildings and 93 for commercial projects.",
            ("1,846", "1,625"),
        ),
        (
            "A total of {total} flu vaccinations were given. These were made up of 92,300 "
            "given to over-65s, 41,800 to at-risk adults, 19,600 to pregnant women and 22,100 "
            "to health workers.",
            ("198,300", "175,800"),
        ),
        (
            "Revenue for the six months to 30 June rose 14 per cent to £{total}m. Revenue was "
            "split between GP appointments, which brought in £21.4m, health screening at "
            "£15.1m, and vaccination at £7.2m.",
            ("48.6", "43.7"),
        ),
    ],
)
def test_breakdowns_a_verb_or_a_pointer_gives_as_all_of_a_whole(numeric_warnings, text, planted):
    wrong, right = planted
    assert SUM in numeric_warnings("Figures\n\n" + text.format(total=wrong), PUBLISHED)
    assert SUM not in numeric_warnings("Figures\n\n" + text.format(total=right), PUBLISHED)
