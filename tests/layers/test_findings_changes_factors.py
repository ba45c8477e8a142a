"""Stated changes in more of the ways news writing gives them: a hedged fraction after
"by" ("fell by about a half"), a fraction of a share ("by a third, to 28% from 41%"), and
a hedged factor set against an earlier figure ("nearly triple the 20,000 sold in 2021"),
and a share set against one ("40% more than in 2021, when there were 1,150").

Short articles written for these tests; each planted case has a clean twin."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

HALF = "Orchard sales\n\nSales of cider apples fell by about a half, from 41,000 tonnes to {to}."


@pytest.mark.parametrize(
    ("to", "kinds"), [("21,000 tonnes", set()), ("28,000 tonnes", {"change_mismatch"})]
)
def test_changes_hedged_half_after_by(numeric_warnings, to, kinds):
    assert numeric_warnings(HALF.format(to=to)) == kinds


def test_changes_a_fraction_of_a_share_is_relative(numeric_warnings):
    text = "Vote share\n\nThe party's vote share fell by about {size}, to 28% from 41%."
    assert numeric_warnings(text.format(size="a third")) == set()
    assert numeric_warnings(text.format(size="a half")) == {"change_mismatch"}


FACTOR = "Ferry tickets\n\nThe line sold {now} tickets in 2025, {word} the 20,000 sold in 2021."


@pytest.mark.parametrize(
    ("now", "word", "kinds"),
    [
        ("56,000", "nearly triple", set()),
        ("39,000", "nearly triple", {"change_mismatch"}),
        ("59,000", "three times", set()),
        ("39,000", "three times", {"change_mismatch"}),
        ("39,000", "about twice", set()),
    ],
)
def test_changes_factor_set_against_an_earlier_figure(numeric_warnings, now, word, kinds):
    assert numeric_warnings(FACTOR.format(now=now, word=word)) == kinds


SHARE_THAN = "Burglary figures\n\nPolice recorded {now} burglaries in 2023, {size} {than}."


@pytest.mark.parametrize(
    ("now", "size", "than", "kinds"),
    [
        ("1,380", "20% more", "than the 1,150 recorded in 2021", set()),
        ("1,380", "40% more", "than the 1,150 recorded in 2021", {"change_mismatch"}),
        ("1,380", "20% more", "than in 2021, when there were 1,150", set()),
        ("1,380", "40% more", "than in 2021, when there were 1,150", {"change_mismatch"}),
        ("1,380", "40% higher", "than in 2021 (1,150)", {"change_mismatch"}),
        ("920", "20% fewer", "than the 1,150 recorded in 2021", set()),
        ("920", "40% fewer", "than the 1,150 recorded in 2021", {"change_mismatch"}),
    ],
)
def test_changes_a_share_more_than_an_earlier_figure(numeric_warnings, now, size, than, kinds):
    assert numeric_warnings(SHARE_THAN.format(now=now, size=size, than=than)) == kinds


def test_changes_a_share_compares_the_main_figure_not_an_aside(numeric_warnings):
    """ "including 410,000 on cruise ships" is a part set aside; the 6% is the total's."""
    text = (
        "Port figures\n\nThe port handled 1.9 million passengers in August, including 410,000 "
        "on cruise ships, 6% more than the 1.79 million it handled a year earlier."
    )
    assert numeric_warnings(text) == set()


def test_changes_a_share_between_a_rate_and_a_total_is_no_change(numeric_warnings):
    text = (
        "Bridge traffic\n\nThe bridge carried 1,150 vehicles a day in April, 20% more than "
        "the 35,000 it carried in March."
    )
    assert "change_mismatch" not in numeric_warnings(text)


def test_changes_a_share_more_than_another_thing_is_no_change(numeric_warnings):
    """Counts of two things set side by side are linked things, not one thing changing."""
    text = (
        "Crime figures\n\nPolice recorded 1,380 burglaries in 2023, 40% more than the 1,150 "
        "robberies."
    )
    assert "change_mismatch" not in numeric_warnings(text)


def test_changes_factor_of_a_share_against_an_earlier_share(numeric_warnings):
    text = "Vote share\n\nThe Greens' share rose to 39%, nearly {word} their 2021 figure of 20%."
    assert numeric_warnings(text.format(word="double")) == set()
    assert numeric_warnings(text.format(word="triple")) == {"change_mismatch"}


def test_changes_the_info_says_what_range_a_hedged_size_allows(numeric_pipeline):
    analysis = numeric_pipeline.analyze(Article(text=HALF.format(to="28,000 tonnes")))
    (found,) = [f for f in analysis.findings if f.kind == "change_mismatch"]
    assert found.explanation.endswith("not a fall of about a half (45–55%).")


def test_quantities_a_factor_counts_nothing(real_nlp):
    from claimscope.layers.base import Draft
    from claimscope.layers.quantities import find_quantities

    text = (
        "Sales hit 59,000, three times the 20,000 sold in 2021. Crews went out 164 times last year."
    )
    draft = Draft(article=Article(text=text), article_id="t")
    found = {q.text: q.counted for q in find_quantities(real_nlp(text), draft)}
    assert found["three"] is None and found["20,000"] != "time" and found["164"] == "time"


def test_changes_a_factor_after_and_goes_back_to_the_subject(numeric_warnings):
    """ "That is up 22% from 121 billion in 2024, and more than three times the 44 billion
    of 2019": the factor compares the subject (148 billion), not the 121 billion."""
    text = (
        "Defence budget\n\nThe 2025 budget gives defence 148 billion krona. That is up 22% "
        "from 121 billion krona in 2024, and more than three times the 44 billion krona "
        "spent in 2019."
    )
    assert numeric_warnings(text) == set()


COMPARED = (
    "Library loans\n\nBranches lent 48,200 books this year, compared with 31,000 in 2022, an "
    "increase of {size}."
)


@pytest.mark.parametrize(
    ("size", "kinds"), [("more than half", set()), ("15%", {"change_mismatch"})]
)
def test_changes_an_increase_of_after_a_comparison(numeric_warnings, size, kinds):
    """ "X, compared with Y in 2022, an increase of Z": the change noun after both figures
    states the change between them."""
    assert numeric_warnings(COMPARED.format(size=size)) == kinds


def test_quantities_a_compared_length_keeps_its_own_period(real_nlp):
    from claimscope.layers.base import Draft
    from claimscope.layers.quantities import find_quantities

    text = "Rape cases took 482 days on average, compared with 310 days in 2022."
    draft = Draft(article=Article(text=text, published="2025-09-12"), article_id="t")
    found = {q.text: q.period for q in find_quantities(real_nlp(text), draft)}
    assert found["482 days"] is None


ROLL = (
    "School roll\n\nThe school's roll has risen from 420 to {now} since 2022, an increase "
    "of a fifth."
)


@pytest.mark.parametrize(("now", "kinds"), [("505", set()), ("605", {"change_mismatch"})])
def test_changes_a_fraction_after_a_change_noun(numeric_warnings, now, kinds):
    assert numeric_warnings(ROLL.format(now=now)) == kinds


def test_quantities_more_years_is_a_length_of_time(real_nlp):
    from claimscope.layers.base import Draft
    from claimscope.layers.quantities import find_quantities

    text = "The council added 420 places; demand will rise for at least three more years."
    draft = Draft(article=Article(text=text), article_id="t")
    found = {q.text: (q.unit, q.counted) for q in find_quantities(real_nlp(text), draft)}
    assert found["at least three more years"] == ("year", None)


def test_changes_a_whole_after_out_of_is_no_current_level(numeric_warnings):
    """ "66,850 ..., compared with 50,100 out of 298,200 a year earlier, a rise of a third":
    the 298,200 is the earlier part's whole, not the figure the change led to."""
    text = (
        "Electric cars\n\nOf the 312,400 new cars registered in September, 66,850 were fully "
        "electric, compared with 50,100 out of 298,200 a year earlier, a rise of a third."
    )
    assert "change_mismatch" not in numeric_warnings(text, "2025-10-06")
