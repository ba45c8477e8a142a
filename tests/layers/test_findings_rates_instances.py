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
