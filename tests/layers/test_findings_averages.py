"""A figure per item times the number of items against the total stated, on short
articles we wrote: each once with a product that misses (info with the arithmetic), once
clean, and the traps that tie the wrong count or the wrong total."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

pytestmark = pytest.mark.model

# An average per item in the lead, the item count and the total in a key-figures list.
_SEASON = (
    "Season review: Elmbury Rangers 2025\n\n"
    "Elmbury Rangers finished fifth and drew an average of {average} per home league match "
    "to the Quarry Ground, the club said on Friday.\n\n"
    "Key figures\n\n"
    "- Home league matches: 19\n"
    "- Total home league attendance: 228,000\n"
    "- Season tickets sold: 8,400\n"
)


def _averages(pipeline, text: str) -> list[tuple[str, str]]:
    analysis = pipeline.analyze(Article(text=text, published="2025-05-30"))
    return [
        (f.severity, f.explanation) for f in analysis.findings if f.kind == "rate_total_mismatch"
    ]


def test_an_average_against_a_total_told_apart_is_shown_with_its_arithmetic(numeric_pipeline):
    # the lead's average and the list's figures are told apart: shown, not warned of
    [(severity, explanation)] = _averages(numeric_pipeline, _SEASON.format(average="14,500"))
    assert severity == "info"
    assert "14,500 per home league match × 19 home league matches = 275,500" in explanation
    assert "12,000 per home league match" in explanation


def test_an_average_that_gives_the_total_is_shown_as_a_pass(numeric_pipeline):
    [(severity, explanation)] = _averages(numeric_pipeline, _SEASON.format(average="12,000"))
    assert severity == "info"
    assert explanation.endswith("they agree.")


# A price per item in one sentence with its count and total.
_FEES = (
    "The county will pay {fee} per pupil to bus 3,150 pupils to school next year, a total "
    "of £4.1 million, the transport committee heard on Tuesday. It also received a £1.2 "
    "million grant for new shelters."
)


def test_a_price_per_item_in_the_sentence_of_its_total_is_checked(numeric_pipeline):
    [(severity, explanation)] = _averages(numeric_pipeline, _FEES.format(fee="£1,700"))
    assert severity == "info"  # shown with its arithmetic, never a warning
    assert "£1,700 per pupil × 3,150 pupils = 5,355,000" in explanation
    assert "1,302 per pupil, not £1,700" in explanation


def test_a_price_per_item_that_fits_is_clean_and_the_grant_is_no_total(numeric_warnings):
    assert not numeric_warnings(_FEES.format(fee="£1,300"), "2024-09-10")


def test_the_count_in_the_ratios_own_sentence_is_the_one_it_divides(numeric_warnings):
    text = (
        "The mill had 900 workers when closure was announced. Of those, 540 moved to the "
        "company's other sites, and the remaining 360 will take redundancy pay averaging "
        "£25,000 per worker, a total of about £9m."
    )
    assert not numeric_warnings(text, "2024-09-10")  # 360 × £25,000, not 900 × £25,000


def test_a_count_of_people_serves_a_ratio_per_resident(numeric_warnings):
    text = (
        "For a town of 50,000 people, a budget of 41 million crowns means 820 crowns per "
        "resident. Neighbouring Lisvik, with 64,000 residents, spends 760 per head."
    )
    assert not numeric_warnings(text, "2024-09-10")


def test_two_candidate_totals_leave_the_ratio_unchecked(numeric_warnings):
    text = (
        "Each of the 240 stalls paid an average of £300 per stall for the weekend. The "
        "market took £96,000 in total from traders, and visitors spent £2.3 million in "
        "total, the organisers said."
    )
    assert not numeric_warnings(text, "2024-09-10")
