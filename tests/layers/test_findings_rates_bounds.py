"""Rates that bound, restate or net other figures: capacities, restated totals, flows on
different sides, net changes, and a bare rate counting its verb's subject. Short articles
we wrote; each mechanism once planted (or tempting), once clean."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

PUBLISHED = "2025-04-10"  # the date of this file's articles unless a test gives its own


# A capacity is the most that can be made: output below it is no conflict, above it is.
_CAPACITY = (
    "Brackwater Glass made {made} tonnes of bottle glass in 2024, the company said on "
    "Tuesday. Its two furnaces have a combined capacity of 410,000 tonnes a year."
)


def test_rates_output_below_a_capacity_is_clean(numeric_warnings):
    assert not numeric_warnings(_CAPACITY.format(made="352,000"), PUBLISHED)


def test_rates_output_above_a_capacity_is_a_range_violation(numeric_warnings):
    assert "range_violation" in numeric_warnings(_CAPACITY.format(made="468,000"), PUBLISHED)


def test_rates_what_a_plant_can_make_bounds_from_above(numeric_warnings):
    text = (
        "The Fenmoor sugar factory processed 1.1 million tonnes of beet in 2024. The "
        "factory can process 1.5 million tonnes a year when all three lines run."
    )
    assert not numeric_warnings(text, PUBLISHED)


# "..., or about 950 a day" after a long clause restates the sentence's own total: it
# holds for that total's year, not for a month named later.
_RESTATED = (
    "The Harwick bridge carried 347,000 vehicles in the 12 months to the end of March, "
    "the toll operator said on Monday, or about 950 a day. In March alone it carried "
    "{march} vehicles, helped by the closure of the coast road."
)


def test_rates_restated_total_is_not_held_against_a_later_month(numeric_warnings):
    assert not numeric_warnings(_RESTATED.format(march="41,000"), PUBLISHED)


def test_rates_restated_total_still_checked_against_its_own_total(numeric_warnings):
    text = (
        "The Harwick bridge carried 347,000 vehicles in the 12 months to the end of March, "
        "the toll operator said on Monday, or about 1,400 a day."
    )
    assert "rate_total_mismatch" in numeric_warnings(text, PUBLISHED)


def test_rates_bought_and_made_tonnes_are_different_flows(numeric_warnings):
    text = (
        "The Ostrava board mill made 96,000 tonnes last year. It buys some 150,000 tonnes "
        "of waste cardboard a year from recycling firms across the region."
    )
    assert not numeric_warnings(text, PUBLISHED)


def test_rates_net_growth_is_not_the_gross_inflow(numeric_warnings):
    text = (
        "Official figures show that 640,000 people moved to the country in 2024 and "
        "410,000 left. Put another way, the population grew through migration by "
        "roughly 630 people a day."
    )
    assert not numeric_warnings(text, PUBLISHED)


# "Applications ... have averaged 410 a week": the figure counts its verb's subject, even
# when the tagger reads the sentence-initial plural as a name.
_SUBJECT = (
    "Housing claims on course for record year, figures show\n\n"
    "Applications for emergency housing support in Wales have averaged 410 a week since "
    "January, according to figures published on Monday by the housing ministry.\n\n"
    "In total, {total} people applied for support in the first three months of the year.\n"
)


def test_rates_bare_rate_counts_the_subject_of_averaged(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_SUBJECT.format(total="7,900"), PUBLISHED)


def test_rates_bare_rate_counting_its_subject_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_SUBJECT.format(total="5,300"), PUBLISHED)


def test_rates_restated_total_over_the_year_is_a_whole_year(numeric_warnings):
    text = (
        "Riverside Homes published its annual report last week. It answered 26,000 "
        "tenant calls over the year, about 500 a week, and fixed most faults within a day."
    )
    assert not numeric_warnings(text, "2025-07-15")


# "In March, 21,400 were granted": a bare passive subject counts what the verb's other
# figures count, as a bare object does.
_PASSIVE = (
    "Between 2,000 and 2,600 building permits were issued every month of 2024, the "
    "planning office said. In May alone, the busiest month, {may} were issued."
)


def test_rates_bare_passive_subject_held_against_a_monthly_range(numeric_warnings):
    assert "range_violation" in numeric_warnings(_PASSIVE.format(may="3,400"), PUBLISHED)


def test_rates_bare_passive_subject_within_the_range_is_clean(numeric_warnings):
    assert not numeric_warnings(_PASSIVE.format(may="2,550"), PUBLISHED)
