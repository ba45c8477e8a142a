"""``part_exceeds_whole`` and ``sum_mismatch``: cues that name a part's whole ("included
in", "the largest single ..."), a breakdown reported by someone, list lines cut by the
sentence splitter and rounded shares, on short articles we wrote.

Each mechanism has a planted article and a clean twin whose figures fit.
"""

from __future__ import annotations

PART = "part_exceeds_whole"
SUM = "sum_mismatch"


# "included in NOUNS" on a list line names the line whose label holds those words
_INCLUDED = (
    "Lakeside Zoo published its yearly figures on Friday.\n\n"
    "Key figures, 2023:\n\n"
    "- Visitors on day tickets: 310,000\n"
    "- Visitors on season passes: 95,000\n"
    "- School children, included in day-ticket visitors: {part}\n"
    "- Animals cared for: 1,450\n"
)


def test_parts_included_in_named_line_planted(numeric_warnings):
    assert PART in numeric_warnings(_INCLUDED.format(part="340,000"), "2024-01-20")


def test_parts_included_in_named_line_clean(numeric_warnings):
    assert PART not in numeric_warnings(_INCLUDED.format(part="64,000"), "2024-01-20")


# "the biggest single X" is one event of the series a total of Xs counts
_SERIES = (
    "Since the appeal opened in March, donors have given 2,300 laptops to schools in the "
    "county, the charity said on Tuesday.\n\n"
    "The biggest single donation, made by a bank in the second week of May, brought "
    "{part} laptops.\n\n"
    "The charity hopes to reach every primary school by the end of the year."
)


def test_parts_largest_single_event_of_series_planted(numeric_warnings):
    assert PART in numeric_warnings(_SERIES.format(part="2,800"), "2024-06-20")


def test_parts_largest_single_event_of_series_clean(numeric_warnings):
    assert PART not in numeric_warnings(_SERIES.format(part="800"), "2024-06-20")


# "Of this year's total, A came in X and B in the second": both are parts, neither the whole
_OPENER = (
    "The port handled 8.4 million tonnes of cargo in the first half of 2024, against 8.9 "
    "million tonnes a year earlier.\n\n"
    "Of this year's total, 4.6 million tonnes came in the first quarter and 3.8 million "
    "tonnes in the second.\n\n"
    "Container traffic was steady."
)


def test_parts_figures_after_of_opener_are_no_whole(numeric_warnings):
    assert PART not in numeric_warnings(_OPENER, "2024-08-01")


# the subject of the clause "made up of" heads, not of the verb reporting it, names the whole
_REPORTED = (
    "Brookfield Tools reported sales of $920 million for 2023, up 5% from $876 million a "
    "year earlier.\n\n"
    "The company said sales were made up of $510 million from power tools, $240 million "
    "from hand tools and {last} from accessories.\n\n"
    "Shares rose 3% on the news."
)


def test_sums_reported_breakdown_planted(numeric_warnings):
    assert SUM in numeric_warnings(_REPORTED.format(last="$70 million"), "2024-03-01")


def test_sums_reported_breakdown_clean(numeric_warnings):
    assert SUM not in numeric_warnings(_REPORTED.format(last="$170 million"), "2024-03-01")


# "- The remaining 9% ...": the splitter cuts the bullet off its line; the list still holds
_LINES = (
    "A survey of 900 commuters in the city, published on Monday, found:\n\n"
    "- 48% travelled by bus on most days\n"
    "- 31% drove to work\n"
    "- The remaining {rest} cycled or walked\n"
    "- Average journey time was 34 minutes\n"
)


def test_sums_rest_line_after_bullet_planted(numeric_warnings):
    assert SUM in numeric_warnings(_LINES.format(rest="9%"), "2024-05-01")


def test_sums_rest_line_after_bullet_clean(numeric_warnings):
    assert SUM not in numeric_warnings(_LINES.format(rest="21%"), "2024-05-01")


# shares each rounded on their own may close at 99%
_ROUNDED = (
    "Fires in the district's forests burned 12,400 hectares last summer, the agency said. "
    "Lightning caused 71% of the area burned. Campfires accounted for 17%, machinery for "
    "8% and other causes for {rest}."
)


def test_sums_rounded_shares_closing_at_99_clean(numeric_warnings):
    assert SUM not in numeric_warnings(_ROUNDED.format(rest="3%"), "2024-10-01")


def test_sums_rounded_shares_closing_far_off_planted(numeric_warnings):
    assert SUM in numeric_warnings(_ROUNDED.format(rest="12%"), "2024-10-01")


def test_since_after_superlative_with_relative_clause_is_no_period():
    from datetime import date

    from claimscope.layers._quantities.periods import find_periods

    text = "March was the busiest month the airport has seen since 2019, with 412,000 passengers."
    found = find_periods(text, 0, date(2024, 4, 10))
    assert not any("since" in p.text.lower() for p in found)


def test_contracts_as_a_noun_states_no_change():
    from claimscope.layers.findings.numeric._wording import changes_in

    assert not changes_in("31% were on fixed-term contracts")
    assert changes_in("the economy contracted by 0.4%")


# "the busiest single day" is a time, and "up to 3,000 at any one time" a cap, no total
_BUSIEST_DAY = (
    "The aquarium drew 410,000 visitors last year. The busiest single day was Saturday, "
    "July 13, when 8,400 people came. Its licence allows up to 2,500 people inside at any "
    "one time, and staff ran queues on nine days over the summer."
)


def test_parts_busiest_single_day_against_a_cap_clean(numeric_warnings):
    assert PART not in numeric_warnings(_BUSIEST_DAY, "2025-02-01")
