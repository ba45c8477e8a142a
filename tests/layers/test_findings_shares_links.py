"""Shares and linked counts: whose share a share is, and which counts a link ties.

Short articles written for these tests: each planted case has a clean twin or a trap.
"""

from __future__ import annotations

# --- a headline share of a body of people, against the counts in the body ----------------

AUDIENCE = (
    "Radio drew nearly a third of Derby night audience\n\n"
    "Tuesday's derby between Alder Town and Brookfield peaked at 3.2 million listeners, "
    "the station Coast FM said on Thursday. Of those, {part} million were listening on the "
    "radio, with the rest following the live stream on its app. The match ended 1-1."
)


def test_shares_headline_share_of_an_audience_against_its_listeners(numeric_findings):
    found = numeric_findings(AUDIENCE.format(part="1.7"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "1.7 million / 3.2 million" in found[0].explanation


def test_shares_headline_share_of_an_audience_that_fits(numeric_warnings):
    assert numeric_warnings(AUDIENCE.format(part="1.0")) == set()


# --- "N of those <noun>": the count named by the noun, past counts of other things -------

THOSE_CALLS = (
    "Harbour officials are under pressure over ferry delays.\n\n"
    "The harbour's annual report records 960 ferry calls in 2023, the most in a decade. "
    "It gives two pages to the new terminal. It gives one page to delays. "
    "It shows that {part} of those calls left more than an hour late.\n\n"
    "Roughly one call in four left more than an hour late, the report says."
)


def test_shares_of_those_calls_points_back_past_other_counts(numeric_findings):
    found = numeric_findings(THOSE_CALLS.format(part="430"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "430 / 960" in found[0].explanation


def test_shares_of_those_calls_that_fit(numeric_warnings):
    assert numeric_warnings(THOSE_CALLS.format(part="240")) == set()


# --- a share of its own whole, side by side with a part of another ----------------------

SEATS_AND_VOTES = (
    "The Reform League won the most seats in Sunday's council election.\n\n"
    "The returning officer gave the Reform League 36.2% of the vote and 27 of the 60 "
    "seats. Turnout stood at 41.5%, with 52,300 ballots cast out of 126,000 registered "
    "voters, up more than three points from 38.2% in 2020."
)


def test_shares_vote_share_beside_a_seat_tally_is_no_share_of_seats(numeric_warnings):
    assert numeric_warnings(SEATS_AND_VOTES) == set()


def test_shares_a_baseline_share_is_another_years(numeric_findings):
    found = numeric_findings(SEATS_AND_VOTES)
    assert not any("38.2%" in f.explanation for f in found)


def test_shares_vote_share_set_off_after_its_seats_is_still_checked(numeric_warnings):
    text = (
        "The Reform League won the most seats in Sunday's council election.\n\n"
        "The league won 27 of the 60 seats, or 36% of the council, the returning "
        "officer said."
    )
    assert numeric_warnings(text) == {"percentage_mismatch"}


# --- a Q&A question does not push the counts a share divides out of reach --------------

QA_STAYS = (
    "Hotel year in Narvik Bay: the figures explained\n\n"
    "How busy were the hotels?\n\n"
    "The bay's 140 hotels recorded 1.2 million overnight stays in 2023, the tourism office "
    "said. Average occupancy was 71%, up from 66% the year before.\n\n"
    "Where did the visitors come from?\n\n"
    "The office counted 390,000 foreign guests arriving in 2023. Foreign visitors therefore "
    "accounted for almost a third of all overnight stays, the office said."
)


def test_shares_guests_as_a_share_of_stays_across_a_question(numeric_warnings):
    assert numeric_warnings(QA_STAYS) == {"unit_mismatch"}


def test_shares_stays_as_a_share_of_stays_across_a_question(numeric_warnings):
    text = QA_STAYS.replace(
        "390,000 foreign guests arriving", "390,000 overnight stays by foreign guests"
    )
    assert numeric_warnings(text) == set()


# --- "That included N ...": a breakdown, not a link between two things ------------------


def test_links_that_included_breaks_a_count_down(numeric_warnings):
    text = (
        "Council homes are scarce in Ashvale.\n\n"
        "In the six months from April to September, 1,240 households were housed from the "
        "register. That included 590 lettings in the July to September quarter, the "
        "council said."
    )
    assert numeric_warnings(text, "2024-11-01") == set()


# --- a rate noun whose part is worded apart: turnout is the share who voted --------------

TURNOUT = (
    "What Sunday's vote means for Velmora\n\n"
    "Turnout was {share}, the electoral commission said on Monday.\n\n"
    "How many ballots were cast?\n\n"
    "According to the commission, 1.3 million ballots were cast out of 2.4 million voters "
    "on the register. About 400,000 of them were cast by post."
)


def test_shares_turnout_against_ballots_cast_out_of_the_register(numeric_findings):
    found = numeric_findings(TURNOUT.format(share="71%"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "1.3 million / 2.4 million" in found[0].explanation


def test_shares_turnout_that_fits_its_ballots(numeric_warnings):
    assert numeric_warnings(TURNOUT.format(share="54%")) == set()


def test_shares_interim_turnout_is_no_final_share(numeric_warnings):
    text = (
        "Velmora votes for change\n\n"
        "Turnout was 54%, with 1.3 million ballots cast out of 2.4 million registered "
        "voters. At 4 p.m., three hours before polls closed, turnout had stood at 38%."
    )
    assert numeric_warnings(text) == set()


def test_shares_turnout_of_another_year_is_not_held_against_todays_ballots(numeric_warnings):
    text = TURNOUT.format(share="54%") + (
        " Turnout at the previous election, in 2021, was 47%, the commission said."
    )
    assert numeric_warnings(text) == set()
