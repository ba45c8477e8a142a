"""Shares checked against counts given elsewhere, and shares of counts of different things.

Short articles written for these tests: each planted case has a clean twin or a trap.
"""

from __future__ import annotations

import pytest

# --- percentage_mismatch: a share stated away from its counts -----------------------------

HEADLINE_SHARE = (
    "Nearly half of trained volunteers quit within a year, charity admits\n\n"
    "The charity trained 2,600 volunteers in 2023, its annual report shows. "
    "Of those, {part} had left by December, most of them citing the cost of travel. "
    "The charity said it would start paying fuel expenses in the spring."
)


def test_shares_headline_share_against_counts_in_the_body(numeric_findings):
    found = numeric_findings(HEADLINE_SHARE.format(part="640"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "640 / 2,600 = 0.25" in found[0].explanation


def test_shares_headline_share_that_matches_its_counts(numeric_warnings):
    assert numeric_warnings(HEADLINE_SHARE.format(part="1,240")) == set()


QUOTED_SHARE = (
    "Kestrel Library has changed how it lends books.\n\n"
    '"People assume the shelves are empty," said the manager. "In fact only about one in '
    'five of our loans is an e-book, because readers still want paper." '
    "The library opened a second reading room in March. It hosts a chess club on Tuesdays "
    "and a reading group on Thursdays. Volunteers run a homework club after school. "
    "The library's own figures tell the story. Of the 14,000 loans it made in May, "
    "{part} were e-books, the library said."
)


def test_shares_quoted_share_held_against_counts_saying_the_same(numeric_findings):
    found = numeric_findings(QUOTED_SHARE.format(part="5,600"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "5,600 / 14,000" in found[0].explanation


def test_shares_quoted_share_that_matches(numeric_warnings):
    assert numeric_warnings(QUOTED_SHARE.format(part="2,900")) == set()


def test_shares_far_share_about_another_outcome_is_not_crossed(numeric_warnings):
    text = (
        "Kestrel Library has changed how it lends books.\n\n"
        "About a third of loans are now renewed online, the manager said. "
        "The library opened a second reading room in March. It hosts a chess club on "
        "Tuesdays and a reading group on Thursdays. Volunteers run a homework club. "
        "Of the 14,000 loans it made in May, 5,600 were e-books, the library said."
    )
    assert numeric_warnings(text) == set()


def test_shares_of_two_groups_are_never_crossed(numeric_warnings):
    text = (
        "A survey of commuters in Leeds asked how they travel to work.\n\n"
        "Of the 1,200 men who answered, 480 said they drive every day. "
        "Among women, 55% said they take the bus at least twice a week."
    )
    assert numeric_warnings(text) == set()


def test_shares_of_a_subgroup_are_not_shares_of_the_whole(numeric_warnings):
    text = (
        "Flood damage in the valley\n\n"
        "Surveyors inspected 900 homes after the river burst its banks. "
        "Of those, 360 had water above the floorboards. "
        "Roughly a third of those flooded homes will need new wiring, the council said."
    )
    assert numeric_warnings(text) == set()


def test_shares_a_national_share_is_not_the_local_count(numeric_warnings):
    text = (
        "Results day at Hillside Academy\n\n"
        "Of the 1,930 entries sat at the school, 371 were graded 7 or above. "
        "Nationally, about two-thirds of entries were graded 4 or above."
    )
    assert numeric_warnings(text) == set()


def test_shares_a_share_of_them_reaches_past_smaller_counts(numeric_warnings):
    text = (
        "A survey of the colony found 3,480 occupied nests, the trust said on Friday. "
        "A team of nine volunteers checked all five islands, counting each one twice. "
        '"Rona alone holds {part} of them - nearly half the colony," said the warden, '
        "Iona Reid, 37."
    )
    assert numeric_warnings(text.format(part="1,210")) == {"percentage_mismatch"}
    assert numeric_warnings(text.format(part="1,650")) == set()


def test_shares_of_the_cases_is_not_a_part_given_before(numeric_warnings):
    text = (
        "Prosecutors opened 3,480 cases in 2024. "
        "The final quarter alone accounted for 1,150 cases. "
        "Units in the east generated 2,150 of the year's cases, more than 60 percent of the "
        "total. Verdicts were reached in 1,920 of the cases, or 55 percent, by the end of "
        "the year."
    )
    assert numeric_warnings(text) == set()


# --- extraction traps --------------------------------------------------------------------


def test_shares_just_over_half_is_more_than_half(numeric_warnings):
    text = (
        "The southern section fared best, with bleaching on 150 of its 280 reefs, just over half."
    )
    assert numeric_warnings(text) == set()
    text = (
        "The southern section fared best, with bleaching on 190 of its 280 reefs, just over half."
    )
    assert numeric_warnings(text) == {"percentage_mismatch"}


@pytest.mark.parametrize(("voted", "kinds"), [("6,500", set()), ("4,100", {"percentage_mismatch"})])
def test_shares_half_before_its_verb_is_a_fraction(numeric_warnings, voted, kinds):
    text = f"Of the 12,400 registered voters, just over half voted, {voted} in all."
    assert numeric_warnings(text) == kinds


def test_shares_a_share_after_an_age_noun_is_a_figure(numeric_warnings):
    """ "adults of working age 47%": the 47 is the group's share, not an age."""
    text = (
        "Children made up 31% of visits, adults of working age 47% and people over 65 the "
        "remaining 22%."
    )
    assert numeric_warnings(text) == set()
    assert numeric_warnings(text.replace("22%", "12%")) == {"sum_mismatch"}


def test_shares_a_rank_in_a_count_of_countries_is_no_fraction(numeric_warnings):
    text = (
        "Lindgren, 34, learned the series had reached the top 10 in 91 of the 93 countries "
        "where the service operates from a text message."
    )
    assert numeric_warnings(text) == set()


# --- unit_mismatch: what counts as one kind of thing ---------------------------------------


def test_shares_people_in_different_roles_are_one_kind(numeric_warnings):
    text = (
        "Sore arms were reported by 271 vaccine recipients, or 18%, compared with 136 people "
        "in the placebo group, or 9%."
    )
    assert "unit_mismatch" not in numeric_warnings(text)


def test_shares_households_are_not_people(numeric_warnings):
    text = (
        "The census counted 212,000 households in the city, up from 188,000 people in 2015, "
        "growth of nearly 13 percent."
    )
    assert "unit_mismatch" in numeric_warnings(text)


def test_shares_a_total_for_named_holders_is_linked_to_its_figure(numeric_warnings):
    text = (
        "The main crossing recorded 14,260 entries in July. A second crossing recorded "
        "6,900 entries in July, bringing the total for the two checkpoints to 21,160."
    )
    assert numeric_warnings(text) == set()


# --- unit_mismatch: a share computed from counts of different things ----------------------

LINKED_BACK = (
    "The library sent 1,260 overdue notices last year, a record. "
    "The notices went to 410 members, some of them several times. "
    "With 9,800 members on its books, that means roughly one in {n} members was chased "
    "for a late book."
)


def test_shares_a_linked_share_of_events_over_people(numeric_findings):
    found = numeric_findings(LINKED_BACK.format(n="eight"))
    assert [f.kind for f in found] == ["unit_mismatch"]
    assert "1,260 / 9,800" in found[0].explanation
    assert "410 / 9,800 = 0.04" in found[0].explanation  # the share the article's count gives


def test_shares_a_linked_share_of_the_right_count(numeric_warnings):
    assert numeric_warnings(LINKED_BACK.format(n="24")) == set()


def test_shares_a_rate_of_people_over_cases_in_one_sentence(numeric_findings):
    text = (
        "The ombudsman handled 640 complaints about the water company in 2023, brought by "
        "1,900 customers. "
        '"Of the 640 complaints we received, 410 customers were compensated - a success rate '
        'of 64 percent," a spokesman said.'
    )
    found = numeric_findings(text)
    assert [f.kind for f in found] == ["unit_mismatch"]
    assert "410 / 1,900" in found[0].explanation


def test_shares_a_rate_of_cases_over_cases_in_one_sentence(numeric_warnings):
    text = (
        '"Of the 640 complaints we received, 410 were upheld - a success rate of 64 percent," '
        "a spokesman said."
    )
    assert numeric_warnings(text) == set()


def test_shares_a_bare_part_repeating_a_count_of_events(numeric_findings):
    text = (
        "Referees showed 230 red cards in the amateur league this season. "
        "The cards went to 150 different players. "
        "With 800 players registered, that means more than one in four players, 230 of them, "
        "were sent off at least once."
    )
    found = numeric_findings(text)
    assert [f.kind for f in found] == ["unit_mismatch"]
    assert "150 / 800" in found[0].explanation


IN_OTHER_WORDS = (
    "Tenants lodged 300 repair requests with the housing association in 2023. "
    "Over the same year, its contractors {did}. "
    "In other words, only one request in four was acted on."
)


def test_shares_in_other_words_over_two_counts_of_different_things(numeric_warnings):
    text = IN_OTHER_WORDS.format(did="made 75 site visits")
    assert numeric_warnings(text) == {"unit_mismatch"}


def test_shares_in_other_words_over_a_part_of_the_same_requests(numeric_warnings):
    text = IN_OTHER_WORDS.format(did="dealt with 75 of them")
    assert numeric_warnings(text) == set()


def test_shares_a_part_read_with_its_verb_counts_the_whole(numeric_warnings):
    text = "Of the 64 ships, 41 carried wheat, or nearly two-thirds."
    assert numeric_warnings(text) == set()


def test_shares_a_part_renamed_by_a_demonstrative_counts_the_whole(numeric_warnings):
    text = (
        "The school's pupils sat 1,930 exams between them, and 371 of those entries were "
        "graded 7 or above, or nearly one in five."
    )
    assert numeric_warnings(text) == set()


def test_shares_one_noun_in_m_is_one_fraction(numeric_pipeline):
    from claimscope.contract.model import Article as A

    analysis = numeric_pipeline.analyze(A(text="Only one complaint in four led to action."))
    shares = [q for q in analysis.quantities if q.unit == "fraction"]
    assert [(q.text, q.counted) for q in shares] == [("one complaint in four", "complaint")]
    analysis = numeric_pipeline.analyze(A(text="He scored one goal in five games."))
    assert not [q for q in analysis.quantities if q.unit == "fraction"]


def test_shares_one_noun_in_m_before_a_verb_read_as_a_noun(numeric_pipeline):
    """The small tagger reads "qualifies" and "waits" as plural nouns; the sentence then
    has no verb, and the -s word is the verb, not the noun the proportion is over."""
    from claimscope.contract.model import Article as A

    for text, counted in (
        ("Only one applicant in four qualifies for the grant.", "applicant"),
        ("One patient in three waits a year.", "patient"),
    ):
        analysis = numeric_pipeline.analyze(A(text=text))
        got = [(q.value, q.unit, q.counted) for q in analysis.quantities]
        assert got == [(pytest.approx(1 / (4 if "four" in text else 3)), "fraction", counted)]


def test_shares_a_headline_share_given_by_a_count_next_to_the_tally(numeric_warnings):
    text = (
        "Two-thirds of nurses have thought about quitting, union survey finds\n\n"
        "The union polled 2,000 nurses in May. Of those, 900 said they had been abused by a "
        "patient in the past year. {n} said they had thought about leaving the profession."
    )
    assert numeric_warnings(text.format(n="Some 1,340")) == set()
    assert numeric_warnings(text.format(n="Some 300")) == {"percentage_mismatch"}


def test_shares_a_sample_and_what_it_found(numeric_warnings):
    text = (
        "Three in five renters have been refused repairs, survey finds\n\n"
        "The survey of 1,500 renters in the city found that {n} had been refused a repair in "
        "the past year."
    )
    assert numeric_warnings(text.format(n="420")) == {"percentage_mismatch"}
    assert numeric_warnings(text.format(n="910")) == set()


def test_shares_a_share_next_to_a_tally_may_say_something_else(numeric_warnings):
    text = (
        "The bowls club is looking for younger players.\n\n"
        "The club has 840 members. Of those, 120 joined this year. "
        '"More than half of our members are over 60," the secretary said.'
    )
    assert numeric_warnings(text) == set()


def test_shares_a_whole_that_names_no_noun_counts_the_group_named_before(numeric_warnings):
    text = (
        "Nearly four in ten reservists ignored call-up\n\n"
        "The army summoned reservists across the district in August. "
        "Of the 4,800 summoned, {n} failed to appear by the deadline."
    )
    assert numeric_warnings(text.format(n="1,150")) == {"percentage_mismatch"}
    assert numeric_warnings(text.format(n="1,850")) == set()


def test_shares_a_linked_share_tries_each_count_of_the_group_as_its_whole(numeric_warnings):
    text = (
        "Schools in the borough have 14,200 pupils on roll. Last year they handed out 1,850 "
        "suspensions. The suspensions went to 820 pupils. "
        "That means roughly one in {n} pupils was suspended."
    )
    assert numeric_warnings(text.format(n="eight")) == {"unit_mismatch"}
    assert numeric_warnings(text.format(n="17")) == set()


def test_shares_two_nouns_for_one_kind_of_thing_in_one_sentence(numeric_warnings):
    text = "Of the 300 homes inspected, 120 properties failed the damp test, or 40 percent."
    assert numeric_warnings(text) == set()


def test_shares_a_national_share_set_off_after_a_tally(numeric_warnings):
    text = "Of the 640 complaints, 410 were upheld, 58% nationally."
    assert numeric_warnings(text) == set()


FILL_LEVEL = (
    "Reservoirs run by the water company are {pct} per cent full, the company said. "
    "A hosepipe ban will stay in place until September. "
    "Its 12 reservoirs hold 96 billion litres, against a combined capacity of 240 billion "
    "litres."
)


def test_shares_a_fill_level_against_the_amount_and_capacity(numeric_warnings):
    assert numeric_warnings(FILL_LEVEL.format(pct="55")) == {"percentage_mismatch"}
    assert numeric_warnings(FILL_LEVEL.format(pct="40")) == set()


def test_shares_a_fill_level_of_another_holder(numeric_warnings):
    text = (
        "The town's hotels were 90 per cent full over the festival weekend. "
        "The new arena sold 12,000 tickets for Saturday's concert, against a capacity of "
        "20,000."
    )
    assert numeric_warnings(text) == set()


def test_shares_of_two_sections_are_never_crossed(numeric_warnings):
    text = (
        "Reef survey finds widespread bleaching\n\n"
        "Divers surveyed the reef's sections in March. Of the 410 reefs in the southern "
        "section, 150 were bleached. In the northern section, nearly 80% of reefs were "
        "bleached, the divers said."
    )
    assert numeric_warnings(text) == set()


def test_shares_counts_in_the_headline_tie_a_share_in_the_body(numeric_warnings):
    text = (
        "310 of 1,240 Bavarian stations charge more than 1.90 euros for diesel\n\n"
        "Prices rose again this week. Nearly 40% of stations in the state were above 1.90 "
        "on Tuesday, the motoring club said."
    )
    assert numeric_warnings(text) == {"percentage_mismatch"}


def test_shares_a_share_of_them_takes_the_group_named_just_before(numeric_warnings):
    text = (
        "The motoring club said on Tuesday that diesel prices had risen for a fourth week. "
        "It monitors prices at 1,240 filling stations across the state. "
        '"Nearly 40% of them were charging more than 1.90 euros a litre on Tuesday," said '
        "the club's spokeswoman. Of the stations, {n} were charging more than 1.90 euros on "
        "Tuesday, its data show."
    )
    assert numeric_warnings(text.format(n="310")) == {"percentage_mismatch"}
    assert numeric_warnings(text.format(n="480")) == set()


# --- "of the complaints it logged": the count told by that deed, not another tally -------

LOGGED_BY_DEED = (
    "Complaints body disputes tally\n\n"
    "The agency said it had logged 6,400 complaints in 2024, against the ombudsman's tally "
    "of 7,900 for the same year. It upheld 1,600 of the complaints it logged, or {share}."
)


def test_shares_of_a_group_told_by_its_deed_takes_that_count(numeric_warnings):
    assert numeric_warnings(LOGGED_BY_DEED.format(share="35 percent")) == {"percentage_mismatch"}


def test_shares_of_a_group_told_by_its_deed_clean(numeric_warnings):
    assert numeric_warnings(LOGGED_BY_DEED.format(share="25 percent")) == set()


# --- the rest's share: a share of what is left, not of the part ---------------------------

REST_SHARE = (
    "Island ferries mostly ran to time\n\nHarbour Lines {said}, the operator said on Monday."
)


def test_shares_a_share_after_another_deed_is_the_rest_of_the_whole(numeric_warnings):
    # 2,150 - 86 = 2,064, 96.0% of the crossings: the share of those that ran
    text = REST_SHARE.format(
        said="scheduled 2,150 crossings in March, cancelled 86 of them and ran 96 percent"
    )
    assert numeric_warnings(text, "2025-04-07") == set()


def test_shares_a_share_set_off_after_its_part_is_the_parts_own(numeric_warnings):
    # set off right after "86 of its 2,150", the 96 percent is said of the 86: 4.0%
    text = REST_SHARE.format(
        said="said 86 of its 2,150 crossings in March - some 96 percent - were cancelled by storms"
    )
    assert numeric_warnings(text, "2025-04-07") == {"percentage_mismatch"}
