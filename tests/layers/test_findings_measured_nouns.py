"""What a measure counts when its noun stands before it ("a wheat crop of 2.4 million
tonnes"), who signed what, and whose time a phrase of place passes on, on short articles
we wrote: each mechanism once planted, once clean."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

pytestmark = pytest.mark.model


def _counted(pipeline, text: str, figure: str, published: str = "2024-09-10") -> str | None:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return next(q.counted for q in analysis.quantities if q.text == figure)


# "a wheat crop of 2.4 million tonnes": the noun the "of" hangs from is what is measured,
# so "41 percent of this year's crop" has a whole.
_CROP = (
    "Farmers in the Orvel valley have finished bringing in a barley crop of 1.6 million "
    "tonnes, the farm board said on Monday.\n\n"
    "Brewers have already bought 520,000 tonnes of the new crop.\n\n"
    "The board's chairman said the brewers' purchases came to about {share} percent of "
    "this year's crop."
)


def test_measured_noun_before_of_is_the_counted_thing(numeric_pipeline):
    text = _CROP.format(share="33")
    assert _counted(numeric_pipeline, text, "1.6 million tonnes") == "barley crop"


def test_measured_noun_share_of_the_crop_is_checked(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(_CROP.format(share="45"), "2024-09-10")


def test_measured_noun_share_of_the_crop_that_fits_is_clean(numeric_warnings):
    assert not numeric_warnings(_CROP.format(share="33"), "2024-09-10")


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a flow noun names its good by its modifier, and no good when it has none
        ("The mine reported zinc output of 41,000 tonnes in May.", "41,000 tonnes", "zinc"),
        ("The port handled exports of 780,000 tonnes in May.", "780,000 tonnes", None),
        # a frame names nothing: a change, a maximum
        ("Prices rose by an average of 4 euros in May.", "4 euros", None),
        ("Its kilns have a combined capacity of 1.5 million tonnes.", "1.5 million tonnes", None),
        # money stays unnamed: sums of one article are compared whatever noun they follow
        ("The council approved a budget of 440 million euros.", "440 million euros", None),
    ],
)
def test_measured_noun_frames_and_flows(numeric_pipeline, text, figure, counted):
    assert _counted(numeric_pipeline, text, figure) == counted


# "41,200 men and women had signed service contracts": people who each signed one count
# the contracts, which a rate of "new contracts a day" counts too.
_SIGNED = (
    "The defence ministry said on Thursday that 41,200 men and women had signed service "
    "contracts since the volunteer drive opened on March 1.\n\n"
    "A deputy minister said recruiting offices had been taking in about {rate} new "
    "contracts a day since then."
)


def test_signed_contracts_count_the_contracts(numeric_warnings):
    assert "rate_total_mismatch" in numeric_warnings(_SIGNED.format(rate="600"), "2024-06-14")


def test_signed_contracts_in_line_with_the_rate_are_clean(numeric_warnings):
    assert not numeric_warnings(_SIGNED.format(rate="390"), "2024-06-14")


# "registered at Dovrin and the two smaller crossings ... since January 1": the figure in
# the phrase of place counts where; the time after it dates the count before it too.
_CROSSINGS = (
    "According to the interior ministry, {total} people have been registered at Dovrin and "
    "the two smaller crossings at Ulmsk and Brod since January 1.\n\n"
    "A ministry spokesman said the teams had been registering around 1,250 people a week "
    "since the beginning of the year."
)


def test_place_phrase_passes_the_time_to_the_count_before(numeric_pipeline):
    analysis = numeric_pipeline.analyze(
        Article(text=_CROSSINGS.format(total="26,400"), published="2025-04-08")
    )
    total = next(q for q in analysis.quantities if q.text == "26,400")
    assert total.period is not None and total.period.start == "2025-01-01"


def test_place_phrase_total_against_the_weekly_rate(numeric_warnings):
    found = numeric_warnings(_CROSSINGS.format(total="26,400"), "2025-04-08")
    assert "rate_total_mismatch" in found


def test_place_phrase_total_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_CROSSINGS.format(total="17,500"), "2025-04-08")


# "clears 95% of new cases" in the headline over "resolved 23,560 of the 24,800 cases,
# or 95 percent" in the body: the headline repeats the body's share, and a part the
# headline's noun happens to name ("6,200 of last year's new cases") is not its part.
_COURT = (
    "District court clears 95% of new cases\n\n"
    "The district court received 24,800 new cases last year, its annual report shows.\n\n"
    "Judges resolved {resolved} of the 24,800 cases during the year, or 95 percent.\n\n"
    "Family cases accounted for 6,200 of last year's new cases."
)


def test_headline_share_told_again_below_is_clean(numeric_warnings):
    assert not numeric_warnings(_COURT.format(resolved="23,560"), "2025-02-10")


def test_headline_share_told_again_below_is_checked_there(numeric_warnings):
    found = numeric_warnings(_COURT.format(resolved="19,100"), "2025-02-10")
    assert "percentage_mismatch" in found


# "54 Kestrels have been delivered since June 3. That works out at about three vehicles a
# week": a rate worked out from the figure before, in other words, is no standing rate to
# hold against another year's total.
_WORKED_OUT = (
    "According to the defence ministry, 54 Kestrels have been delivered since deliveries "
    "began on June 3. That works out at about three vehicles a week.\n\n"
    "A separate package of 70 older Sentinel vehicles arrived in 2023."
)


def test_rate_worked_out_from_the_figure_before_is_not_held_elsewhere(numeric_warnings):
    assert not numeric_warnings(_WORKED_OUT, "2024-10-10")


# "in the busiest week, the first after the new year, the figure reached 7,100": one
# week's count, told inside a month the sentence dates, is no total of that month.
_BUSIEST = (
    "Doctors referred an average of 5,300 patients a week to the hospital in January, and "
    "in the busiest week, the first after the new year, the figure reached 7,100."
)


def test_marked_stretch_is_no_total_of_its_month(numeric_warnings):
    assert not numeric_warnings(_BUSIEST, "2025-03-01")


def test_month_total_against_the_weekly_rate_still_checked(numeric_warnings):
    text = (
        "Doctors referred an average of 5,300 patients a week to the hospital in January. "
        "In all, 7,100 patients were referred to the hospital in January."
    )
    assert "rate_total_mismatch" in numeric_warnings(text, "2025-03-01")


# "the average daily maximum was 36.8C" and "did not fall below 24C on Monday night":
# temperatures are levels, which "a day" gives each day, not amounts added up.
def test_temperature_a_day_is_no_rate(numeric_warnings):
    text = (
        "Over the five days of the heatwave the average daily maximum at the airport was "
        "36.8C, and the temperature did not fall below 24C on Monday night."
    )
    assert not numeric_warnings(text, "2025-07-01")
