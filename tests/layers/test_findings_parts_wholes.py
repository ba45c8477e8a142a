"""``part_exceeds_whole`` and ``sum_mismatch``: wholes and parts told far apart, on short
articles we wrote.

Each mechanism has a planted article and a clean twin whose figures fit, or a trap that
must stay quiet.
"""

from __future__ import annotations

from datetime import date

from claimscope.layers._quantities.periods import find_periods

PART = "part_exceeds_whole"
SUM = "sum_mismatch"


# a bare tally under "it counted" takes the thing of the last count told, sentences back
_TALLY = (
    "The Harbour Aquarium welcomed 52,000 visitors in the first three months of 2024, its "
    "manager said on Monday.\n\n"
    "The new shark tunnel opened in January after a long refit. Families came from across "
    "the county.\n\n"
    "In February it counted {part} through the turnstiles, the manager said."
)


def test_parts_tally_takes_earlier_count_planted(numeric_warnings):
    assert PART in numeric_warnings(_TALLY.format(part="61,000"))


def test_parts_tally_takes_earlier_count_clean(numeric_warnings):
    assert PART not in numeric_warnings(_TALLY.format(part="19,000"))


def test_parts_member_alone_is_no_whole_of_a_quarter(numeric_warnings):
    text = (
        "The fourth quarter was the mine's strongest, at 120,000 tonnes, its owner said.\n\n"
        "The Northpit shaft alone produced about 80,000 tonnes of ore in 2024."
    )
    assert PART not in numeric_warnings(text)


def test_parts_change_end_is_no_whole(numeric_warnings):
    text = (
        "The country emitted 300 million tonnes of greenhouse gases in 2023, officials "
        "said.\n\n"
        "Power-sector emissions have halved since 2010, from 140 million tonnes to 70 million."
    )
    assert PART not in numeric_warnings(text)


def test_periods_month_list_spans_its_months():
    found = find_periods("in January, February and March alone", 0, date(2025, 6, 18))
    assert [(p.first, p.last) for p in found] == [("2025-01-01", "2025-03-31")]


def test_periods_month_list_of_gaps_is_no_span():
    found = find_periods("in January, April and June sales", 0, date(2025, 6, 18))
    assert [(p.first, p.last) for p in found] == [(None, None)]


# a month list inside "the year" a financial year spelled out names, a day said between
_QUARTER = (
    "Councils were given £300m for the 2024-25 financial year, which ran from April 2024 "
    "to March 2025. According to figures released on Tuesday, they paid out £200m over "
    "the year.\n\n"
    "Many held money back in the autumn. In January, February and March alone councils "
    "paid out £{part}m, the figures show."
)


def test_parts_month_list_in_financial_year_planted(numeric_warnings):
    assert PART in numeric_warnings(_QUARTER.format(part=260), "2025-06-18")


def test_parts_month_list_in_financial_year_clean(numeric_warnings):
    assert PART not in numeric_warnings(_QUARTER.format(part=90), "2025-06-18")


# "since the protests started" dates from the one start the story gave ("began on ...")
_STARTED = (
    "Demonstrations over a new tax began on October 2 and have spread to every region.\n\n"
    "A monitoring group says 900 people have been detained across the country since the "
    "protests started.\n\n"
    '"In the capital alone, we have counted {part} people detained since the start of '
    'October," its director said.'
)


def test_parts_event_start_from_sole_start_planted(numeric_warnings):
    assert PART in numeric_warnings(_STARTED.format(part="1,100"), "2023-11-20")


def test_parts_event_start_from_sole_start_clean(numeric_warnings):
    assert PART not in numeric_warnings(_STARTED.format(part=400), "2023-11-20")


# a fraction of a named group begins a list of shares the next sentence closes
_SHARES = (
    "The office registered 40,000 claims in the half-year.\n\n"
    "Syrians lodged roughly a third of all claims. Afghans made up 19% and Iraqis 12%, "
    "with all other nationalities together accounting for the remaining {rest}%."
)


def test_sums_fraction_opens_closed_shares_clean(numeric_warnings):
    assert SUM not in numeric_warnings(_SHARES.format(rest=36))


def test_sums_fraction_opens_closed_shares_planted(numeric_warnings):
    assert SUM in numeric_warnings(_SHARES.format(rest=16))


# "breaks the fire's footprint down into": the object names the whole told paragraphs up
_FOOTPRINT = (
    "The Ridge fire burned 5,000 hectares before crews contained it on Friday.\n\n"
    "Officials praised the crews. Residents have begun to return.\n\n"
    "The forestry service's map breaks the fire's footprint down into three kinds of land: "
    "2,000 hectares of forest, 1,500 hectares of scrub and {last} hectares of farmland."
)


def test_sums_breakdown_object_names_whole_planted(numeric_warnings):
    assert SUM in numeric_warnings(_FOOTPRINT.format(last=500))


def test_sums_breakdown_object_names_whole_clean(numeric_warnings):
    assert SUM not in numeric_warnings(_FOOTPRINT.format(last="1,500"))


def test_parts_named_place_is_no_part_of_another_subject(numeric_warnings):
    text = (
        "Over the whole of last year the islands received 30,000 arrivals, a record.\n\n"
        "Greece, often called the front line, has seen 36,000 sea arrivals so far this year, "
        "close to the 38,000 it recorded over the same period of 2023."
    )
    assert PART not in numeric_warnings(text)


def test_parts_same_place_month_alone_still_planted(numeric_warnings):
    text = (
        "Greece received 30,000 sea arrivals over the whole of last year, officials said.\n\n"
        "In August last year alone, Greece received 38,000 sea arrivals."
    )
    assert PART in numeric_warnings(text)
