"""Breakdowns that must add up (``sum_mismatch``), on short articles we wrote.

Each conflict has a twin whose figures fit; each trap (a partial list, a whole restated
at the head of its breakdown, a part nested in another, a figure after the list has
ended, shares that round to 99-101%) has a clean article of its own.
"""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

NUMERIC = {
    "rate_total_mismatch",
    "range_violation",
    "part_exceeds_whole",
    "sum_mismatch",
    "percentage_mismatch",
    "change_mismatch",
    "unit_mismatch",
}


@pytest.fixture(scope="module")
def pipeline():
    from claimscope.pipeline import Pipeline

    return Pipeline(only=["quantities", "findings"])


def _warnings(pipeline, text: str, published: str = "2024-06-01") -> set[str]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return {f.kind for f in analysis.findings if f.kind in NUMERIC and f.severity != "info"}


def _sum_explanations(pipeline, text: str, published: str = "2024-06-01") -> list[str]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f.explanation for f in analysis.findings if f.kind == "sum_mismatch"]


_OF_THAT = (
    "Timber exports\n\nThe forestry board said on Monday that sawmills shipped 2.6 million "
    "cubic metres of timber in the year to June.\n\nOf that, 1.1 million cubic metres were "
    "spruce, 0.6 million cubic metres were pine and the remaining 0.4 million cubic metres "
    "were hardwoods.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_of_that_closed_by_the_remaining_must_add_up(pipeline):
    assert _warnings(pipeline, _OF_THAT) == {"sum_mismatch"}
    (explanation,) = _sum_explanations(pipeline, _OF_THAT)
    assert "1.1 million" in explanation and "the rest" in explanation
    fits = _OF_THAT.replace("0.4 million", "0.9 million")
    assert "sum_mismatch" not in _warnings(pipeline, fits)


_OF_ALL_THAT = (
    "Glass recycling\n\nThe county collected 41,000 tonnes of bottle glass last year, its "
    "waste report says.\n\nThe figure was the highest since the scheme began.\n\nCrews now "
    "visit every village twice a month.\n\nThe council wants more cafes to take part.\n\n"
    "Of all that bottle glass, 22,000 tonnes went to a remelting plant, 6,500 tonnes were "
    "crushed for road building and the remaining 4,000 tonnes were sent abroad.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_of_all_that_noun_reaches_back_to_its_figure(pipeline):
    assert _warnings(pipeline, _OF_ALL_THAT) == {"sum_mismatch"}
    fits = _OF_ALL_THAT.replace("4,000 tonnes were sent", "12,500 tonnes were sent")
    assert "sum_mismatch" not in _warnings(pipeline, fits)


_RESTATED_CLOSED = (
    "Dog shelter\n\nThe shelter took in more dogs than ever last year.\n\nOf the 480 dogs "
    "it took in, 210 were strays, 150 were handed over by their owners, and the remaining "
    "170 were seized by the police.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_restated_whole_closed_by_the_remaining_must_add_up(pipeline):
    assert _warnings(pipeline, _RESTATED_CLOSED) == {"sum_mismatch"}
    fits = _RESTATED_CLOSED.replace("remaining 170", "remaining 120")
    assert "sum_mismatch" not in _warnings(pipeline, fits)


_HEADING = (
    "Ferry traffic: the key figures\n\n- Cars carried in August: 26,400, against 24,900 a "
    "year earlier.\n- By route: Northport 11,200; Eastholm 7,300; Kell Sound 2,900; the "
    "remainder, 1,600, on the winter relief service.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_heading_breakdown_closed_by_the_remainder(pipeline):
    assert _warnings(pipeline, _HEADING, "2024-09-10") == {"sum_mismatch"}
    fits = _HEADING.replace("remainder, 1,600", "remainder, 5,000")
    assert "sum_mismatch" not in _warnings(pipeline, fits, "2024-09-10")


_HEADING_INCLUDING = (
    "Storm damage: the key figures\n\n- Woodland lost: 3,900 hectares.\n\n- Loss by type: "
    "conifer plantation, 1,700 ha; broadleaf woodland, including ancient oak and ash "
    "stands, 1,500 ha; scrub and other land, 1,400 ha.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_an_items_own_including_does_not_open_the_list(pipeline):
    assert _warnings(pipeline, _HEADING_INCLUDING) == {"sum_mismatch"}
    fits = _HEADING_INCLUDING.replace("1,400 ha", "700 ha")
    assert "sum_mismatch" not in _warnings(pipeline, fits)


_BULLETS = (
    "The orchestra's year in numbers\n\nKEY FIGURES\n\n- Total raised from donors: £4.2m, "
    "the most in the orchestra's history.\n\n- Largest gift: £1.5m from a family trust.\n\n"
    "- Corporate sponsors gave £0.9m.\n\n- The rest of the money, £0.6m, came from "
    "individual members.\n\n- Concerts given: 84.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_bullet_items_closed_by_the_rest_must_add_up_to_the_total(pipeline):
    assert _warnings(pipeline, _BULLETS) == {"sum_mismatch"}
    fits = _BULLETS.replace("£0.6m", "£1.8m")
    assert "sum_mismatch" not in _warnings(pipeline, fits)


_FRACTION_SHARES = (
    "Festival audience\n\nNearly three-fifths of visitors to the festival came from the "
    "city itself, while 31% travelled from elsewhere in the region and 24% came from "
    "abroad, organisers said.\n"
)


@pytest.mark.model
@pytest.mark.issue(4)
def test_sums_a_fraction_among_percentages_is_a_share(pipeline):
    assert _warnings(pipeline, _FRACTION_SHARES) == {"sum_mismatch"}
    fits = _FRACTION_SHARES.replace("24%", "12%")
    assert "sum_mismatch" not in _warnings(pipeline, fits)


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
        # "the rest of the year" closes no list
        "Cinema\n\nThe cinema sold 41,000 tickets in the first half, 22,000 of them for "
        "family films, and expects 30,000 for the rest of the year.\n",
    ],
)
def test_sums_traps_stay_clean(pipeline, text):
    assert "sum_mismatch" not in _warnings(pipeline, text)
