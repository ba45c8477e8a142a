"""``part_exceeds_whole`` for groups named by what happened to them ("23 of those killed",
"Among those we released were 465") and parts given by ellipsis ("52 of last year's
callouts, and injuries for 47"), on short articles we wrote.

Each mechanism has a planted article (the part larger than its whole) and a clean twin
whose figures fit.
"""

from __future__ import annotations

PART = "part_exceeds_whole"


# "those killed" against "the number of confirmed dead": one event in two words
_KILLED = (
    "Coach crash in the hills\n\n"
    "A coach carrying pilgrims left the road near Varna on Friday night, bringing the "
    "number of confirmed dead to 12, police said.\n\n"
    "The coach was carrying 48 people. Officials said {part} of those killed were women.\n"
)


def test_parts_those_killed_point_to_the_dead_planted(numeric_warnings):
    assert PART in numeric_warnings(_KILLED.format(part=15), "2024-06-16")


def test_parts_those_killed_point_to_the_dead_clean(numeric_warnings):
    assert PART not in numeric_warnings(_KILLED.format(part=5), "2024-06-16")


# "Among those we released last year were N": a fronted group in a quotation, with an
# inverted "were"; its whole counts the people released, not the requests heard, and
# not the part "Of the inmates released, 19" fronted by that group itself
_RELEASED = (
    "Board report\n\n"
    "The Varnian Release Board heard 700 requests for early release in 2023 and approved "
    "220 of them, its yearly report said on Monday.\n\n"
    "Of the inmates released last year, 19 were sent back to prison by December.\n\n"
    "The board's head, Ana Petrov, defended the record. \"Among those we released last "
    'year were {part} people serving terms for theft," she said.\n'
)


def test_parts_among_those_we_released_planted(numeric_warnings):
    assert PART in numeric_warnings(_RELEASED.format(part=260), "2024-03-12")


def test_parts_among_those_we_released_clean(numeric_warnings):
    assert PART not in numeric_warnings(_RELEASED.format(part=150), "2024-03-12")


# "38 of last year's launches, and broken-down boats for N": N is a part of the year's
# launches too, never the whole a sub-period's "Forty-four" is checked against
_ELIDED = (
    "A busy year for the lifeboat\n\n"
    "The crew made 140 launches last year. Forty-four of those launches came in July and "
    "August.\n\n"
    "Swimmers in trouble accounted for 38 of last year's launches, and broken-down boats "
    "for {part}.\n"
)


def test_parts_elided_part_checked_against_the_group_planted(numeric_warnings):
    assert PART in numeric_warnings(_ELIDED.format(part=150), "2024-02-10")


def test_parts_elided_part_is_no_whole_clean(numeric_warnings):
    assert PART not in numeric_warnings(_ELIDED.format(part=30), "2024-02-10")


# "Among those who arrived in 2024 were N": everyone who arrived that year, the year's
# total, not one route's count told nearer
_ARRIVED = (
    "Sea arrivals fall\n\n"
    "Arrivals by sea fell to 52,000 in 2024, from 60,000 the year before, the coastguard "
    "said on Tuesday.\n\n"
    "Arrivals on the western route were steady at 31,000.\n\n"
    "Among those who arrived in 2024 were {part} children travelling alone.\n"
)


def test_parts_among_those_who_arrived_takes_the_year_total_planted(numeric_warnings):
    assert PART in numeric_warnings(_ARRIVED.format(part="56,000"), "2025-01-15")


def test_parts_among_those_who_arrived_takes_the_year_total_clean(numeric_warnings):
    assert PART not in numeric_warnings(_ARRIVED.format(part="40,000"), "2025-01-15")


# "Of these, 400 were housed in the spring": a part after any fronted group, never the
# whole of "those housed" however near
_HOUSED = (
    "Housing list\n\n"
    "The council housed 1,900 families in 2024. Of these, 400 were housed in the spring, "
    "when a new estate opened. Of those housed, {part} were families with children.\n"
)


def test_parts_fronted_part_is_no_whole_planted(numeric_warnings):
    assert PART in numeric_warnings(_HOUSED.format(part="2,300"), "2025-02-01")


def test_parts_fronted_part_is_no_whole_clean(numeric_warnings):
    assert PART not in numeric_warnings(_HOUSED.format(part=600), "2025-02-01")
