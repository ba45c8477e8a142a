"""Changes stated in a headline of their subject ("Mill output up 30%") against the body's
figures, a figure named back by "The figure compares with", and changes the article's
figures cannot give ("in real terms"). Short articles we wrote; each planted one has a
clean twin."""

from __future__ import annotations

import pytest

_OUTPUT = (
    "Harwick mill output up 30% as new line opens\n\n"
    "Output at the Harwick paper mill rose to {now} tonnes in 2024, the owners said on "
    "Monday.\n\n"
    "The figure compares with 50,000 tonnes in 2023, when the mill ran one line."
)


@pytest.mark.model
def test_changes_heads_headline_adverb_after_its_noun(numeric_warnings):
    assert "change_mismatch" in numeric_warnings(_OUTPUT.format(now="58,000"), "2025-02-10")


@pytest.mark.model
def test_changes_heads_headline_adverb_after_its_noun_clean(numeric_warnings):
    assert not numeric_warnings(_OUTPUT.format(now="65,000"), "2025-02-10")


_REAL = (
    "The trust now has 52 wardens, down from 60 in 2016.\n\n"
    "Its director said the trust's core grant had fallen by 35% {how} over the period."
)


@pytest.mark.model
def test_changes_heads_real_terms_not_checked(numeric_warnings):
    assert "change_mismatch" not in numeric_warnings(_REAL.format(how="in real terms"))


@pytest.mark.model
def test_changes_heads_other_side_of_a_split_clean(numeric_warnings):
    text = (
        "Drivers for the ride app will pay a commission of 20%, down from 25%.\n\n"
        "The five-percentage-point reduction means the company's share of every fare falls "
        "by a fifth. On an average fare of £20.00, a driver will now keep £16.00, compared "
        "with £15.00 before."
    )
    assert "change_mismatch" not in numeric_warnings(text, "2025-02-27")


# --- a size told after a nearer pair of figures is that pair's ------------------------------

_AGE = "The angling club lowered its minimum age for full membership from 21 to 18{rest}, {size}."


@pytest.mark.model
def test_changes_heads_size_right_after_its_figures(numeric_warnings):
    assert "change_mismatch" in numeric_warnings(_AGE.format(rest="", size="a cut of 5 percent"))


@pytest.mark.model
def test_changes_heads_size_of_the_nearer_pair_clean(numeric_warnings):
    rest = ", which it expects will add about 2,000 anglers to a register of 40,000"
    size = "an increase of about 5 percent"
    assert "change_mismatch" not in numeric_warnings(_AGE.format(rest=rest, size=size))
