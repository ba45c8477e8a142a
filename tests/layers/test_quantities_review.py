"""Extraction defects found reviewing two short articles we wrote (a cider harvest, a town
lido): number words inside names, group sizes, counted subjects, one-off sums' periods."""

from __future__ import annotations

from claimscope.contract.model import Article, Quantity
from claimscope.layers.base import Draft
from claimscope.layers.quantities import find_quantities


def _quantities(nlp, text: str, published: str | None = None) -> list[Quantity]:
    draft = Draft(article=Article(text=text, published=published), article_id="t")
    return find_quantities(nlp(text), draft)


def test_number_word_inside_a_capitalised_name_is_no_figure(real_nlp):
    text = (
        "Prices rose, the Three Counties Growers' Association said. Volunteers came from "
        "the Five Rivers Trust and from a shop in Seven Dials."
    )
    assert [q.text for q in _quantities(real_nlp, text)] == []


def test_sentence_initial_number_word_stays_a_figure(real_nlp):
    found = _quantities(real_nlp, "Three people were hurt in a fall at the orchard.")
    assert [(q.value, q.counted) for q in found] == [(3.0, "people")]


def test_group_of_n_counts_members_never_the_verb_after(real_nlp):
    text = "A family of four pay £38 for a day ticket. A group of 12 schools joined in."
    counted = {q.text: q.counted for q in _quantities(real_nlp, text)}
    assert counted["four"] is None
    assert counted["12"] == "school"


def test_bare_number_after_ergative_sold_counts_the_plural_subject(real_nlp):
    text = (
        "Season tickets went on sale in March and have sold 1,140 so far. "
        "Tickets sold 1,140 in the first week."
    )
    assert [q.counted for q in _quantities(real_nlp, text)] == ["season ticket", "ticket"]


def test_a_seller_subject_is_not_what_sold_counts(real_nlp):
    found = _quantities(real_nlp, "The shop sold 1,140 in the first week.")
    assert [q.counted for q in found] == [None]


def test_a_closure_length_is_not_the_period_of_a_one_off_sum(real_nlp):
    text = (
        "The pool will be closed for the next six weeks for a £2.4m refurbishment. "
        "The lido will shut for the six weeks of its £1.8m refit. "
        "The baths will close for the six weeks of the works, which cost £900,000."
    )
    found = [q for q in _quantities(real_nlp, text, "2026-10-01") if q.unit == "GBP"]
    assert [(q.text, q.period) for q in found] == [
        ("£2.4m", None),
        ("£1.8m", None),
        ("£900,000", None),
    ]


def test_a_flow_over_the_length_keeps_it_as_its_period(real_nlp):
    text = (
        "The kiosk sold 1,140 ice creams for the six weeks of the heatwave. "
        "Entry prices stayed at £4 for the past six weeks."
    )
    found = [q for q in _quantities(real_nlp, text, "2026-10-01") if q.unit != "week"]
    assert [(q.text, q.period is not None) for q in found] == [("1,140", True), ("£4", True)]


def test_reporter_sentence_after_an_unquoted_speaker_is_not_the_speaker_figure(pipeline):
    text = (
        "Perry harvest falls\n\n"
        "'It has been the hardest year,' said Jane Hollis, chair of the Marcher Growers' "
        "Association. The government has set up a £2m hardship fund for growers.\n\n"
        '"We lost 40% of the crop," said Tom Reed. "Many will not survive."\n'
    )
    analysis = pipeline.analyze(Article(text=text, published="2026-10-01"))
    linked = {q.text: q.attribution for q in analysis.quantities}
    assert linked["£2m"] is None
    assert linked["40%"] is not None


def test_one_standing_in_for_a_noun_is_no_figure(real_nlp):
    text = (
        "The board sent water bottles to 4,200 households that requested one. It was the "
        "first one since 2019, and each one cost £4."
    )
    assert [q.text for q in _quantities(real_nlp, text)] == ["4,200", "£4"]


def test_one_as_a_count_stays_a_figure(real_nlp):
    text = (
        "One resident complained. Of the ten depots, one was closed, and only one in five "
        "homes had a meter. They opened one and closed two."
    )
    assert [q.text for q in _quantities(real_nlp, text)] == [
        "One",
        "ten",
        "one",
        "one in five",
        "one",
        "two",
    ]


def test_an_age_bound_after_people_is_no_figure(real_nlp):
    """Found reviewing a clinic article: "people over 65" marks a group out by age."""
    text = (
        "About 1,200 people over 65 were seen, children under five made up 600 visits, "
        "and drivers aged over 70 years old must renew."
    )
    assert [q.text for q in _quantities(real_nlp, text)] == ["About 1,200", "600"]


def test_a_bound_before_a_measure_or_a_count_stays_a_figure(real_nlp):
    text = "Patients over 18 weeks numbered 210. Over 65 people came to the meeting."
    assert [q.text for q in _quantities(real_nlp, text)] == ["18 weeks", "210", "Over 65"]


def test_bracketed_counts_after_place_names_are_figures(real_nlp):
    """A breakdown by place in brackets: the tagger may call "York" a person, but no age
    is 400. A small bracketed number after a person's name stays an age."""
    text = (
        "The firm's 1,200 staff are split between Leeds (500), York (400) and Hull (300). "
        "Its founder, Dean Mott (41), spoke."
    )
    assert [q.text for q in _quantities(real_nlp, text)] == ["1,200", "500", "400", "300"]


def test_a_named_list_item_before_and_keeps_its_figure(real_nlp):
    """ "Liberal Democrats 9 and independents 4": a name's figure closed by "and"."""
    text = "The 86 seats were split: Labour 41, Conservatives 28, Liberal Democrats 9 and others 4."
    assert [q.text for q in _quantities(real_nlp, text)] == ["86", "41", "28", "9", "4"]


def test_a_length_of_time_before_ago_is_no_figure(real_nlp):
    """ "three weeks ago" says when, not how long; "lasted three weeks" is a length."""
    text = (
        "Since the quake struck three weeks ago, 1,200 aftershocks have been recorded. "
        "Twelve months ago the crowd was 8,400. The strike lasted three weeks."
    )
    assert [q.text for q in _quantities(real_nlp, text)] == ["1,200", "8,400", "three weeks"]
