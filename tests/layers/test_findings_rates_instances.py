"""``range_violation`` for a range said to hold for every instance of a recurring thing
("every day last week"), against one instance told in other words, on short articles we
wrote.

Each mechanism has a planted article and clean twins that must stay quiet.
"""

from __future__ import annotations

RANGE = "range_violation"


# "flights ... every day last week" against one day's "departures": departures are some
# of the flights, so more of them than the most flights conflicts, fewer does not, and
# what happened to them must be what happened to the flights
_DEPARTURES = (
    "Strike grounds flights at Merrow\n\n"
    "Between 90 and 130 flights were cancelled every day last week at Merrow airport, the "
    "operator said on Sunday.\n\n"
    "Friday was the worst day. {one} departures were {deed} as ground staff walked out.\n"
)


def test_rates_departures_above_a_daily_range_of_flights_planted(numeric_warnings):
    text = _DEPARTURES.format(one=160, deed="cancelled")
    assert RANGE in numeric_warnings(text, "2024-06-17")


def test_rates_departures_below_a_daily_range_of_flights_clean(numeric_warnings):
    text = _DEPARTURES.format(one=40, deed="cancelled")
    assert RANGE not in numeric_warnings(text, "2024-06-17")


def test_rates_departures_with_another_event_clean(numeric_warnings):
    text = _DEPARTURES.format(one=160, deed="delayed")
    assert RANGE not in numeric_warnings(text, "2024-06-17")


# "gates ... for every one of the club's 18 league matches" against one league match's
# crowd, told by what it did ("when N watched the derby"); a cup game's crowd is not one
# of the league matches, and a crowd inside the range is clean
_GATES = (
    "Dunby's best season\n\n"
    "Home gates at Mill Lane stayed between 9,000 and 11,500 for every one of the club's "
    "18 league matches this season, the club said on Monday.\n\n"
    "The biggest league crowd came in April, when {league} watched the derby against "
    "Carrow, a game Dunby won 3-0.\n\n"
    "Outside the league, {cup} watched the cup game against Harwell in February.\n"
)


def test_rates_league_match_crowd_above_every_match_range_planted(numeric_warnings):
    text = _GATES.format(league="12,900", cup="8,000")
    assert RANGE in numeric_warnings(text, "2025-05-20")


def test_rates_league_match_crowd_inside_every_match_range_clean(numeric_warnings):
    text = _GATES.format(league="11,200", cup="8,000")
    assert RANGE not in numeric_warnings(text, "2025-05-20")


def test_rates_cup_game_crowd_is_no_league_match_clean(numeric_warnings):
    text = _GATES.format(league="11,200", cup="13,400")
    assert RANGE not in numeric_warnings(text, "2025-05-20")


# "In each of the nine national polls ..., between 31 and 35 percent" against one poll's
# figure: a poll told with no kind of its own is one of them; an online poll is another kind
_POLLS = (
    "Greens steady\n\n"
    "In each of the nine national polls published since the campaign opened on 1 May, the "
    "Green Party has registered between 31 and 35 percent, analysts said.\n\n"
    "The party's chairman pointed to {poll} of 12 May, which put the party on {share} "
    "percent."
)


def test_rates_one_poll_above_every_polls_range_planted(numeric_warnings):
    text = _POLLS.format(poll="the Ostrom Research poll", share=41)
    assert RANGE in numeric_warnings(text, "2025-06-02")


def test_rates_one_poll_inside_every_polls_range_clean(numeric_warnings):
    text = _POLLS.format(poll="the Ostrom Research poll", share=34)
    assert RANGE not in numeric_warnings(text, "2025-06-02")


def test_rates_an_online_poll_is_no_national_poll_clean(numeric_warnings):
    text = _POLLS.format(poll="an online poll", share=41)
    assert RANGE not in numeric_warnings(text, "2025-06-02")
