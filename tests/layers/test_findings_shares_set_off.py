"""Shares set off after a clause whose count they divide by a group counted earlier, and
rates dated to a span of their own (issue 4). Short articles written for these tests:
each planted share has a clean twin."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities

pytestmark = pytest.mark.model

PUBLISHED = "2024-05-05"
SHARE = "percentage_mismatch"
RATE = "rate_total_mismatch"

_HOSPITAL = (
    "Emergency departments busy\n\n"
    "The two hospitals recorded 5,200 attendances in November. Of these, 1,900 were at the "
    "urgent treatment centre. Despite the demand, {part} patients were seen within four "
    "hours{joint}70 per cent of all attendances."
)


@pytest.mark.parametrize("joint", [" - ", " \u2013 ", ", or "])
def test_share_set_off_after_a_clause_with_a_length_of_time(numeric_warnings, joint):
    assert SHARE in numeric_warnings(_HOSPITAL.format(part="4,680", joint=joint), PUBLISHED)
    assert SHARE not in numeric_warnings(_HOSPITAL.format(part="3,640", joint=joint), PUBLISHED)


def test_a_benchmark_after_the_shares_clause_leaves_it_the_articles(numeric_warnings):
    text = _HOSPITAL.format(part="4,680", joint=" - ").replace(
        "attendances.", "attendances, against the national standard of 95 per cent."
    )
    assert SHARE in numeric_warnings(text, PUBLISHED)


_BILLS = (
    "Tax arrears grow\n\n"
    "Of the 12,600 property tax bills the borough sent out in January, {part} had still not "
    "been paid by the end of June - 15 per cent of all bills issued."
)


def test_a_share_after_a_months_name_is_no_day(real_nlp):
    text = _BILLS.format(part="1,890")
    draft = Draft(article=Article(text=text, published="2022-07-12"), article_id="t")
    found = {q.text: q.unit for q in find_quantities(real_nlp(text), draft)}
    assert found.get("15 per cent") == "percent"


def test_a_share_after_a_months_name_is_checked(numeric_warnings):
    assert SHARE in numeric_warnings(_BILLS.format(part="2,640"), "2022-07-12")
    assert SHARE not in numeric_warnings(_BILLS.format(part="1,890"), "2022-07-12")


_FIBRE = (
    "Fibre rollout\n\n"
    "Contractors passed 46,000 premises in the first nine months of the programme in 2022, "
    "64,000 in 2023 and 78,000 last year. So far this year they have been passing roughly "
    "{rate} a week."
)


def test_a_rate_dated_to_its_own_span_says_nothing_of_a_longer_undated_total(numeric_warnings):
    assert RATE not in numeric_warnings(_FIBRE.format(rate="2,000"), "2025-03-27")


_CALLS = (
    "Control room under strain\n\n"
    "Last year we took 96,000 emergency calls. About {part} of those 96,000 calls weren't "
    "emergencies at all - roughly one in five."
)


def test_of_those_with_a_figure_is_a_part_of_that_whole(numeric_findings):
    planted = [f for f in numeric_findings(_CALLS.format(part="31,200")) if f.kind == SHARE]
    assert [f.severity for f in planted] == ["warning"]
    assert planted[0].explanation.startswith("About 31,200 / 96,000")
    assert SHARE not in {f.kind for f in numeric_findings(_CALLS.format(part="19,200"))}


_HERD = (
    "Rhino numbers recover\n\n"
    "The park now holds 1,150 rhinos, up from 900 in 2019. Of the rhinos counted, {part} "
    "were calves under three years old, roughly one in five."
)


def test_of_the_noun_described_points_back_to_the_count_not_its_baseline(numeric_findings):
    planted = [f for f in numeric_findings(_HERD.format(part="390")) if f.kind == SHARE]
    assert len(planted) == 1 and "390 / 1,150" in planted[0].explanation
    assert SHARE not in {f.kind for f in numeric_findings(_HERD.format(part="230"))}


def test_a_share_read_with_its_roles_swapped_is_worded_the_right_way_round(numeric_pipeline):
    text = (
        "College intake\n\nThe college has 8,000 students, 40% of them part-time; of the "
        "2,000 part-time students, most study at night."
    )
    found = [
        f
        for f in numeric_pipeline.analyze(Article(text=text, published="2025-03-01")).findings
        if f.kind == SHARE
    ]
    assert [(f.severity, f.explanation.split(";")[0]) for f in found] == [
        ("info", "2,000 / 8,000 = 25.0%")
    ]


_POLL = (
    "Merger poll\n\n"
    "{subject} for the merger is at 47%. Trentham Research interviewed 1,520 adults last "
    "month. Of these, 582 said they supported the merger."
)


def test_a_share_said_of_a_narrowed_subject_is_no_share_of_the_plain_tally(numeric_warnings):
    assert SHARE in numeric_warnings(_POLL.format(subject="Support"), "2023-10-05")
    narrowed = _POLL.format(subject="Union members' support")
    assert SHARE not in numeric_warnings(narrowed, "2023-10-05")
    kind = _POLL.format(subject="Online support")
    assert SHARE not in numeric_warnings(kind, "2023-10-05")


_REFUSALS = (
    "Planning refusals\n\n"
    "The council received 1,240 planning applications last year, and 310 were refused. "
    "That is about {share}."
)


def test_an_outcome_joined_to_its_count_is_a_part_of_it(numeric_warnings):
    assert SHARE in numeric_warnings(_REFUSALS.format(share="one in three"), "2024-02-01")
    assert SHARE not in numeric_warnings(_REFUSALS.format(share="one in four"), "2024-02-01")


_KITS = (
    "Screening uptake\n\n"
    "Last year 52,000 screening kits were posted to residents. Just {back} came back. "
    "Fewer than one in four, in other words.\n"
)


def test_percentages_a_bare_share_restating_the_counts_just_told(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(_KITS.format(back="17,100"), "2023-03-01")


def test_percentages_a_bare_share_restating_the_counts_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_KITS.format(back="11,900"), "2023-03-01")


def test_percentages_a_restating_share_another_pair_gives_is_left_alone(numeric_warnings):
    text = (
        "Screening uptake\n\n"
        "Last year 52,000 kits were posted and 16,000 reminders were sent. Just 12,000 came "
        "back. So fewer than one in three, then.\n"
    )
    assert not numeric_warnings(text, "2023-03-01")


_CLAIMS = (
    "Claims backlog\n\n"
    "Between April 2022 and March 2023, passengers lodged 5,200 claims with the airline. Of "
    "those, 3,100 were settled within the 60-day limit, but {late} were still open after 60 "
    "days - roughly {share}, the ombudsman said.\n"
)


def test_percentages_a_second_joined_part_of_those_and_its_set_off_share(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(
        _CLAIMS.format(late="2,100", share="one in five"), "2023-06-01"
    )


def test_percentages_a_second_joined_part_of_those_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_CLAIMS.format(late="2,100", share="two in five"), "2023-06-01")


_APPEALS = (
    "Appeals\n\n"
    "Of the 8,400 refused applicants, 5,600 appealed, and the tribunal upheld 2,700 of those "
    "appeals, {share}.\n"
)


def test_percentages_a_share_set_off_after_the_last_tallied_part_is_its_share(numeric_warnings):
    assert not numeric_warnings(_APPEALS.format(share="nearly half"), "2024-02-01")
    assert "percentage_mismatch" in numeric_warnings(
        _APPEALS.format(share="nearly a quarter"), "2024-02-01"
    )
