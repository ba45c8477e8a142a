"""Breakdowns that must add up (``sum_mismatch``), on short articles we wrote.

Each conflict has a twin whose figures fit; each trap (a partial list, a whole restated
at the head of its breakdown, a part nested in another, a figure after the list has
ended, shares that round to 99-101%) has a clean article of its own.
"""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article


def _sum_explanations(numeric_pipeline, text: str, published: str = "2024-06-01") -> list[str]:
    analysis = numeric_pipeline.analyze(Article(text=text, published=published))
    return [
        f.explanation
        for f in analysis.findings
        if f.kind == "sum_mismatch" and f.severity != "info"
    ]


_OF_THAT = (
    "Timber exports\n\nThe forestry board said on Monday that sawmills shipped 2.6 million "
    "cubic metres of timber in the year to June.\n\nOf that, 1.1 million cubic metres were "
    "spruce, 0.6 million cubic metres were pine and the remaining 0.4 million cubic metres "
    "were hardwoods.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_of_that_closed_by_the_remaining_must_add_up(numeric_pipeline, numeric_warnings):
    assert numeric_warnings(_OF_THAT) == {"sum_mismatch"}
    (explanation,) = _sum_explanations(numeric_pipeline, _OF_THAT)
    assert "1.1 million" in explanation and "the rest" in explanation
    fits = _OF_THAT.replace("0.4 million", "0.9 million")
    assert "sum_mismatch" not in numeric_warnings(fits)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_of_that_points_past_a_baseline_to_the_group(numeric_pipeline, numeric_warnings):
    text = (
        "Timber exports\n\nSawmills shipped 2.6 million cubic metres of timber in the year, "
        "up from 2.1 million cubic metres a year earlier.\n\nOf that, 1.1 million cubic "
        "metres were spruce, 0.6 million cubic metres were pine and the remaining 0.9 "
        "million cubic metres were hardwoods.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text)
    short = text.replace("remaining 0.9", "remaining 0.4")
    (explanation,) = _sum_explanations(numeric_pipeline, short)
    assert "all of 2.6 million" in explanation


_OF_ALL_THAT = (
    "Glass recycling\n\nThe county collected 41,000 tonnes of bottle glass last year, its "
    "waste report says.\n\nThe figure was the highest since the scheme began.\n\nCrews now "
    "visit every village twice a month.\n\nThe council wants more cafes to take part.\n\n"
    "Of all that bottle glass, 22,000 tonnes went to a remelting plant, 6,500 tonnes were "
    "crushed for road building and the remaining 4,000 tonnes were sent abroad.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_of_all_that_noun_reaches_back_to_its_figure(numeric_warnings):
    assert numeric_warnings(_OF_ALL_THAT) == {"sum_mismatch"}
    fits = _OF_ALL_THAT.replace("4,000 tonnes were sent", "12,500 tonnes were sent")
    assert "sum_mismatch" not in numeric_warnings(fits)


_RESTATED_CLOSED = (
    "Dog shelter\n\nThe shelter took in more dogs than ever last year.\n\nOf the 480 dogs "
    "it took in, 210 were strays, 150 were handed over by their owners, and the remaining "
    "170 were seized by the police.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_restated_whole_closed_by_the_remaining_must_add_up(numeric_warnings):
    assert numeric_warnings(_RESTATED_CLOSED) == {"sum_mismatch"}
    fits = _RESTATED_CLOSED.replace("remaining 170", "remaining 120")
    assert "sum_mismatch" not in numeric_warnings(fits)


_RESTATED_MONEY = (
    "Charity\n\nOf the £4.2m raised last year, £1.5m came from a family trust, £0.9m from "
    "companies and the rest, £1.8m, from members.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_restated_sum_of_money_closed_by_the_rest(numeric_pipeline, numeric_warnings):
    assert "sum_mismatch" not in numeric_warnings(_RESTATED_MONEY)
    short = _RESTATED_MONEY.replace("£1.8m", "£0.6m")
    (explanation,) = _sum_explanations(numeric_pipeline, short)
    assert "all of £4.2m" in explanation


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_a_figure_before_a_colon_list_is_its_whole_not_a_clock_time(numeric_pipeline):
    text = (
        "Strike\n\nOf the 1,380 buses scheduled for Friday, the operator cancelled 1,040: 520 "
        "in the city, 330 in the suburbs and 290 on rural routes.\n"
    )
    (explanation,) = _sum_explanations(numeric_pipeline, text)
    assert explanation.endswith("make up 1,040.")


_HEADING = (
    "Ferry traffic: the key figures\n\n- Cars carried in August: 26,400, against 24,900 a "
    "year earlier.\n- By route: Northport 11,200; Eastholm 7,300; Kell Sound 2,900; the "
    "remainder, 1,600, on the winter relief service.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_heading_breakdown_closed_by_the_remainder(numeric_warnings):
    assert numeric_warnings(_HEADING, "2024-09-10") == {"sum_mismatch"}
    fits = _HEADING.replace("remainder, 1,600", "remainder, 5,000")
    assert "sum_mismatch" not in numeric_warnings(fits, "2024-09-10")


_HEADING_SPLIT = (
    "Airport traffic\n\nThe airport handled 2.9 million passengers in the first quarter.\n\n"
    "- Passengers: 2.9 million\n- By terminal: North 1.7 million; South 0.9 million; the "
    "remainder, 0.6 million, at the business terminal.\n- Flights: 21,400\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_heading_breakdown_on_lines_the_splitter_cuts_up(numeric_warnings):
    assert numeric_warnings(_HEADING_SPLIT, "2024-04-20") == {"sum_mismatch"}
    fits = _HEADING_SPLIT.replace("0.6 million", "0.3 million")
    assert "sum_mismatch" not in numeric_warnings(fits, "2024-04-20")


_HEADING_INCLUDING = (
    "Storm damage: the key figures\n\n- Woodland lost: 3,900 hectares.\n\n- Loss by type: "
    "conifer plantation, 1,700 ha; broadleaf woodland, including ancient oak and ash "
    "stands, 1,500 ha; scrub and other land, 1,400 ha.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_an_items_own_including_does_not_open_the_list(numeric_warnings):
    assert numeric_warnings(_HEADING_INCLUDING) == {"sum_mismatch"}
    fits = _HEADING_INCLUDING.replace("1,400 ha", "700 ha")
    assert "sum_mismatch" not in numeric_warnings(fits)


_AGE_BANDS = (
    "Vaccination drive: the key figures\n\n- Doses given in March: 9,000, up from 7,400 in "
    "February.\n- By age: under 18, 2,100; 18 to 64, 5,300; 65 and over, 2,600.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_a_list_items_label_figures_are_no_parts(numeric_pipeline, numeric_warnings):
    (explanation,) = _sum_explanations(numeric_pipeline, _AGE_BANDS)
    assert explanation.startswith("2,100 + 5,300 + 2,600 = 10,000")
    fits = _AGE_BANDS.replace("2,600", "1,600")
    assert "sum_mismatch" not in numeric_warnings(fits)


_BULLETS = (
    "The orchestra's year in numbers\n\nKEY FIGURES\n\n- Total raised from donors: £4.2m, "
    "the most in the orchestra's history.\n\n- Largest gift: £1.5m from a family trust.\n\n"
    "- Corporate sponsors gave £0.9m.\n\n- The rest of the money, £0.6m, came from "
    "individual members.\n\n- Concerts given: 84.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_bullet_items_closed_by_the_rest_must_add_up_to_the_total(numeric_warnings):
    assert numeric_warnings(_BULLETS) == {"sum_mismatch"}
    fits = _BULLETS.replace("£0.6m", "£1.8m")
    assert "sum_mismatch" not in numeric_warnings(fits)


_FRACTION_SHARES = (
    "Festival audience\n\nNearly three-fifths of visitors to the festival came from the "
    "city itself, while 31% travelled from elsewhere in the region and 24% came from "
    "abroad, organisers said.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_a_fraction_among_percentages_is_a_share(numeric_warnings):
    assert numeric_warnings(_FRACTION_SHARES) == {"sum_mismatch"}
    fits = _FRACTION_SHARES.replace("24%", "12%")
    assert "sum_mismatch" not in numeric_warnings(fits)


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        # a whole restated at the head of its breakdown is no part of it
        "Port calls\n\nSome 72 ships called at the port in May.\n\nOf the 72 vessels, 45 "
        "carried containers, or more than three-fifths.\n",
        # a part nested in another ("including") is not added to it
        "New homes\n\nThe borough completed 930 homes last year.\n\nOf the 930 homes, "
        "roughly a third, 310, were affordable, including 120 for social rent.\n",
        # the list ends with its last conjunct: a comparison after it is no part
        "Album sales\n\nThe album sold 94,000 copies in its first week.\n\nThat breaks down as "
        "52,000 downloads, 30,000 vinyl records and 12,000 CDs, and it is up 18% on the "
        "80,000 first-week sale of the band's last album.\n",
        # "including" leaves room for parts not named
        "Library loans\n\nThe library lent 61,000 items last year, including 24,000 novels "
        "and 19,000 children's books.\n",
        # shares that round to 99% or 101% add up
        "Poll\n\nIn the survey, 46% backed the plan, 38% opposed it and 17% did not know.\n",
        "Poll\n\nIn the survey, 45% backed the plan, 37% opposed it and 17% did not know.\n",
        # a fraction with no group of its own is a level, not a share in the list
        "Election\n\nTurnout was about two-thirds, with 64% in the cities and 71% in rural "
        "districts.\n",
        # "the rest of the year" closes no list
        "Cinema\n\nThe cinema sold 41,000 tickets in the first half, 22,000 of them for "
        "family films, and expects 30,000 for the rest of the year.\n",
    ],
)
def test_sums_traps_stay_clean(numeric_warnings, text):
    assert "sum_mismatch" not in numeric_warnings(text)


# "X alone": a part of a larger total of the same kind stated in the article (parts/_alone.py).


def _parts(numeric_warnings, text: str, published: str = "2024-06-01") -> bool:
    return "part_exceeds_whole" in numeric_warnings(text, published)


@pytest.mark.model
@pytest.mark.issue(4)
def test_alone_a_month_is_part_of_the_quarter_counted_by_the_same_deed(numeric_warnings):
    text = (
        "Parking\n\nThe council issued 3,100 parking fines in the first quarter, its "
        "report says.\n\nEnforcement was stepped up in the spring. In February alone, "
        "wardens issued 3,400 tickets on the high street.\n"
    )
    assert _parts(numeric_warnings, text)
    assert not _parts(numeric_warnings, text.replace("3,400", "1,400"))


@pytest.mark.model
@pytest.mark.issue(4)
def test_alone_an_undated_week_is_part_of_the_dated_total_before_it(numeric_warnings):
    text = (
        "Heat\n\nHospitals in the province admitted 1,800 patients with heatstroke between "
        "1 June and 31 August, the health ministry said.\n\nThe worst spell was the "
        "heatwave of 10 to 16 July. During that week alone, hospitals admitted 2,050 "
        "people.\n"
    )
    assert _parts(numeric_warnings, text, "2024-09-10")
    assert not _parts(numeric_warnings, text.replace("2,050", "650"), "2024-09-10")


@pytest.mark.model
@pytest.mark.issue(4)
def test_alone_a_region_is_part_of_the_national_total(numeric_warnings):
    text = (
        "Wind power\n\nThe country connected 820 megawatts of new wind capacity in 2023, "
        "the grid operator said on Monday.\n\nMost of it went up in the windy north. The "
        "northern region alone added 1.1 gigawatts, including two offshore farms.\n"
    )
    assert _parts(numeric_warnings, text, "2024-02-01")
    assert not _parts(
        numeric_warnings, text.replace("1.1 gigawatts", "0.5 gigawatts"), "2024-02-01"
    )


@pytest.mark.model
@pytest.mark.issue(4)
def test_alone_asylum_claims_and_applications_count_one_thing(numeric_warnings):
    text = (
        "Asylum\n\nThe country received 2,400 asylum claims in the first three months of "
        "the year, the ministry said.\n\nIn March alone, 2,700 applications were lodged, "
        "most of them at the southern border.\n"
    )
    assert _parts(numeric_warnings, text, "2024-05-02")
    assert not _parts(numeric_warnings, text.replace("2,700", "1,100"), "2024-05-02")


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a dated part against an undated headline figure of another year
        (
            "Flower sales fall to 1.3 billion stems\n\nThe cooperative sold 1.3 billion "
            "stems last year.\n\nFive years ago, in 2019, the auction alone sold 1.7 "
            "billion stems.\n",
            "2025-01-20",
        ),
        # "alone ... of that": the part's whole is the one "that" points to
        (
            "Trade\n\nExports reached $61 billion, and the surplus was $14.2 billion in 2024."
            "\n\nFarm exports totalled $30.5 billion. Fruit alone accounted for $21.3 "
            "billion of that.\n",
            "2025-02-01",
        ),
        # a figure marked "alone" is not the year's total that a later partitive names
        (
            "Courts\n\nThe courts opened 2,900 cases last year. The final quarter alone "
            "accounted for 900 cases.\n\nUnits in the east generated 1,700 of the year's "
            "cases.\n",
            "2025-03-01",
        ),
        # "that week" points to the summer named in between, not into January
        (
            "Clinic\n\nThe hospital admitted 120 patients with flu in January.\n\nLast "
            "summer brought a heatwave. During that week alone, the hospital admitted 150 "
            "patients.\n",
            "2024-03-01",
        ),
        # another thing done by another deed is no total of the part
        (
            "Clinic\n\nThe clinic hired 40 nurses in the first half of the year.\n\nIn May "
            "alone, it vaccinated 900 children.\n",
            "2024-08-01",
        ),
    ],
)
def test_alone_traps_stay_clean(numeric_warnings, text, published):
    assert not _parts(numeric_warnings, text, published)


@pytest.mark.model
@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a difference between two figures is no whole of a year's count
        (
            "Housing\n\nThe borough completed 870 new homes in the year to March 2024.\n\n"
            "Over the last three years, 2,820 homes have been built against a target of "
            "3,600, a shortfall of 780.\n",
            "2024-07-01",
        ),
        # "four of those six": the figure after "of those" is the whole, not a part
        (
            "Strandings\n\nSix dead porpoises have been found this year, down from 11 in "
            "2023; four of those six had been caught in nets.\n",
            "2024-11-01",
        ),
    ],
)
def test_parts_traps_stay_clean(numeric_warnings, text, published):
    assert not _parts(numeric_warnings, text, published)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_a_list_closed_by_the_remaining_in_a_later_sentence(numeric_warnings):
    text = (
        "Gas exports\n\nThe country exported 38 billion cubic metres of gas in 2025, up from "
        "34 billion cubic metres a year earlier.\n\nOf the total, 14.5 billion cubic metres "
        "went to Turkey, 9.2 billion cubic metres were shipped as LNG and 6.1 billion cubic "
        "metres went to Greece. The remaining 2.4 billion cubic metres went to Georgia.\n"
    )
    assert "sum_mismatch" in numeric_warnings(text)
    fits = text.replace("remaining 2.4", "remaining 8.2")
    assert "sum_mismatch" not in numeric_warnings(fits)
    # "260 of the remaining 390": a base for the next share, no closer of a list
    reefs = (
        "Reef survey\n\nIn the north, 320 of the 410 reefs surveyed were bleached. In the "
        "centre, 260 of the remaining 390 were affected.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(reefs)
