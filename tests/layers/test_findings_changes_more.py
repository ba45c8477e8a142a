"""More changes stated apart from their figures: prices, yields and flows per a unit, a
headline whose words the figures' sentence swaps for synonyms, an explainer's question
naming what its answer's figures are about, a figure the article itself sets against
another, and a level reached "by" a date against one held now. Short articles we wrote;
each planted one has a clean twin."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Finding


def _changes(pipeline, text: str, published: str = "2025-03-04") -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f for f in analysis.findings if f.kind == "change_mismatch" and f.severity != "info"]


# --- a rate per another unit: a price per megawatt-hour, a flow per second ----------------

_POWER = (
    "Explainer: why bills lag behind cheaper power\n\n"
    "Wholesale electricity in Norland has fallen by a third over the past year, yet "
    "households still pay close to last winter's prices.\n\n"
    "What has happened to wholesale prices?\n\n"
    "Baseload power averaged {now} euros per megawatt-hour in the fourth quarter of "
    "2024, according to exchange data, against 90 euros in October-December 2023."
)


@pytest.mark.model
def test_changes_more_price_per_unit_against_a_third(numeric_pipeline):
    found = _changes(numeric_pipeline, _POWER.format(now=72))  # -20%, not a third
    assert found and "a third" in found[0].explanation


@pytest.mark.model
def test_changes_more_price_per_unit_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _POWER.format(now=60))  # 90 to 60: a third


_RIVER = (
    "River Tarn flow nearly triples after storm\n\n"
    "Flow in the River Tarn at the Millbrook gauge rose from 150 cubic metres a second "
    "on Saturday morning to {now} on Monday evening, the rivers board said."
)


@pytest.mark.model
def test_changes_more_flow_with_unit_left_out_nearly_triples(numeric_pipeline):
    assert _changes(numeric_pipeline, _RIVER.format(now=310))  # 2.07 times


@pytest.mark.model
def test_changes_more_flow_with_unit_left_out_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _RIVER.format(now=430))  # 2.87 times


# --- a rate per day, its change stated in the lead ---------------------------------------

_EXPORTS = (
    "Crude exports recover as pipeline reopens\n\n"
    "Crude oil exports from Valdoria rose 40% in October from a year earlier, to an "
    "average of {now} million barrels per day, the state oil company said on Tuesday.\n\n"
    "The northern pipeline reopened in August after repairs.\n\n"
    "In October last year, the country shipped 0.95 million barrels per day."
)


@pytest.mark.model
def test_changes_more_daily_rate_in_the_lead_against_last_year(numeric_pipeline):
    assert _changes(numeric_pipeline, _EXPORTS.format(now="1.12"), "2024-11-12")  # +18%


@pytest.mark.model
def test_changes_more_daily_rate_in_the_lead_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _EXPORTS.format(now="1.33"), "2024-11-12")  # +40%


# --- a headline's noun swapped for a synonym in the figures' sentence ---------------------

_POTASH = (
    "Sanctions have cut our salt exports by a third\n\n"
    "OPINION | By a former trade minister\n\n"
    "The numbers are stark. Shipments fell from 3.0 million tonnes in 2023 to {now} "
    "million tonnes last year, according to the statistics office."
)


@pytest.mark.model
def test_changes_more_synonym_in_the_figures_sentence(numeric_pipeline):
    assert _changes(numeric_pipeline, _POTASH.format(now="2.6"))  # -13%


@pytest.mark.model
def test_changes_more_synonym_in_the_figures_sentence_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _POTASH.format(now="2.0"))


# --- a headline noun phrase of several nouns ---------------------------------------------

_HANDOVER = (
    "Ambulance handover delays at Kelby cut by two-thirds, trust says\n\n"
    "Hours lost by ambulance crews waiting outside the emergency department fell from "
    "6,000 in January to {now} in June, the trust said on Tuesday."
)


@pytest.mark.model
def test_changes_more_compound_of_compound_names_the_subject(numeric_pipeline):
    assert _changes(numeric_pipeline, _HANDOVER.format(now="3,100"), "2024-07-10")


@pytest.mark.model
def test_changes_more_compound_of_compound_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _HANDOVER.format(now="2,000"), "2024-07-10")


# --- the article's own pairing outranks a pairing guessed figure by figure ----------------

_KNIVES = (
    "Knife crime up by two-fifths in three years\n\n"
    "Police in Eastvale recorded {now} offences involving a knife in 2024, compared with "
    "2,000 in 2021.\n\n"
    "Robbery accounted for 1,100 of last year's offences."
)


@pytest.mark.model
def test_changes_more_side_by_side_pair_wins_over_a_part(numeric_pipeline):
    assert _changes(numeric_pipeline, _KNIVES.format(now="2,500"))  # +25%


@pytest.mark.model
def test_changes_more_side_by_side_pair_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _KNIVES.format(now="2,800"))  # +40%


# --- a span back from now ("in a decade") against a whole year ---------------------------

_HOUSES = (
    "House prices in Elmbury nearly double in a decade\n\n"
    "The average home in Elmbury now sells for {now}, according to Land Registry data.\n\n"
    "In 2014, the year before the town's bypass opened, the average sale price was "
    "£150,000."
)


@pytest.mark.model
def test_changes_more_decade_back_from_now(numeric_pipeline):
    assert _changes(numeric_pipeline, _HOUSES.format(now="£205,000"), "2025-02-14")


@pytest.mark.model
def test_changes_more_decade_back_from_now_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _HOUSES.format(now="£290,000"), "2025-02-14")


# --- a size given in someone's words ("a jump it described as 'nearly a third'") ----------

_PORT = (
    "Port traffic climbs as new berth opens\n\n"
    "The port of Selmar handled {now} container ships last year, a jump its director "
    'described as "nearly a third" on the year before.\n\n'
    "In 2023 the port handled 3,600 container ships, according to its annual report."
)


@pytest.mark.model
def test_changes_more_size_in_a_quote(numeric_pipeline):
    assert _changes(numeric_pipeline, _PORT.format(now="4,100"), "2025-01-20")  # +14%


@pytest.mark.model
def test_changes_more_size_in_a_quote_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _PORT.format(now="4,750"), "2025-01-20")  # +32%


# --- traps: a pace of change, and a part of a market against a price per tonne -----------

_DEFERRING = (
    "State pension to rise in April\n\n"
    "The basic state pension rises by 4.1% from April, from £160.00 to £166.56 a week.\n\n"
    "Can I get more by waiting?\n\n"
    "Deferring increases your pension by 1% for every nine weeks you wait."
)


@pytest.mark.model
def test_changes_more_pace_is_no_change_between_figures(numeric_pipeline):
    assert not _changes(numeric_pipeline, _DEFERRING)


_MARKET = (
    "Exporters turn east\n\n"
    '"We have lost nearly a third of our European market," the trade minister said.\n\n'
    "The country earned about $240 a tonne for its wheat last season, compared with $310 "
    "a tonne two seasons earlier."
)


@pytest.mark.model
def test_changes_more_part_of_a_market_is_no_change_in_price(numeric_pipeline):
    assert not _changes(numeric_pipeline, _MARKET)


# --- a level reached "by" a date against the one held now; a headline verb read as a noun --

_DISPLACED = (
    "Displacement nearly triples in Marova district\n\n"
    "Aid agencies say 50,000 people had fled their homes in Marova district by the end of "
    "January. The same agencies now put the number of displaced people in the district at "
    "{now}."
)


@pytest.mark.model
def test_changes_more_level_by_a_date_against_now(numeric_pipeline):
    assert _changes(numeric_pipeline, _DISPLACED.format(now="105,000"), "2025-05-06")


@pytest.mark.model
def test_changes_more_level_by_a_date_against_now_clean(numeric_pipeline):
    assert not _changes(numeric_pipeline, _DISPLACED.format(now="140,000"), "2025-05-06")


def test_findings_changes_price_per_litre_with_a_bare_change_and_base(numeric_findings):
    """ "38.5p a litre, up 2.5p or 6.9% on the 36p paid": the change and its base take the
    price's unit, so 2.5p is read as the rise, not as a new price below 36p."""
    text = (
        "Dairy price rises again\n\n"
        "The co-operative's milk price rose to 41.5p a litre in May, up 2.5p or 6.4% on the "
        "39p paid in April, its chair said."
    )
    assert numeric_findings(text) == []
    wrong = text.replace("up 2.5p or 6.4%", "up 4.5p or 6.4%")
    assert {f.kind for f in numeric_findings(wrong)} == {"change_mismatch"}


_FERRY_QA = (
    "How busy is the Harrow ferry?\n\nHow many people use it?\n\nThe ferry carried 412,000 "
    "passengers last year, the operator said.\n\nIs that more than before?\n\nYes. It was 20% "
    "more than the {before} who travelled in 2023."
)


@pytest.mark.parametrize(
    ("before", "kinds"), [("351,000", {"change_mismatch"}), ("343,000", set())]
)
def test_changes_it_was_a_share_more_points_back_across_a_question(numeric_warnings, before, kinds):
    """ "It was 20% more than ..." after a question line is said of the answer's figure."""
    assert numeric_warnings(_FERRY_QA.format(before=before), published="2025-02-01") == kinds


@pytest.mark.parametrize(("before", "kinds"), [("520", {"change_mismatch"}), ("640", set())])
def test_changes_that_is_a_factor_of_the_figure_before(numeric_warnings, before, kinds):
    text = (
        "Flu admissions climb\n\nHospitals admitted 1,860 flu patients in December, officials "
        f"said on Friday. That is almost three times the {before} admitted in November."
    )
    assert numeric_warnings(text, published="2025-02-01") == kinds


@pytest.mark.parametrize(("september", "kinds"), [("1,051", set()), ("700", {"change_mismatch"})])
def test_changes_that_reads_the_figure_before_kindly(numeric_warnings, september, kinds):
    """A total and its parts before "That was 18% more": the total fits, so no warning;
    when no figure of that sentence fits, the statement is doubted."""
    text = (
        "Casualties rise\n\nMonitors verified 1,240 civilian casualties in October, 210 people "
        f"killed and 1,030 injured. That was 18% more than in September, when they verified "
        f"{september} casualties."
    )
    assert numeric_warnings(text, published="2024-11-08") == kinds


@pytest.mark.parametrize(("size", "planted"), [("18%", True), ("36%", False)])
def test_changes_more_a_share_of_a_whole_after_by_is_no_change_size(
    numeric_warnings, size, planted
):
    """ "behind on their mortgage by at least 2.5% of their balance rose by 18%": the first
    "by" measures how far behind, not how much the number changed."""
    text = (
        "Arrears climb\n\n"
        "The number of homeowners behind on their mortgage by at least 2.5% of their "
        f"outstanding balance rose by {size} in the year to June, to 8,700, from 6,400 a year "
        "earlier.\n"
    )
    assert ("change_mismatch" in numeric_warnings(text, "2024-08-14")) is planted


# A change told in one sentence and its size in the next, which points back at it.
@pytest.mark.parametrize(
    ("text", "planted"),
    [
        ("A season ticket has gone from £240 in 2019 to £312 this season. That is a rise "
         "of more than 40 per cent in three years.", True),
        ("A season ticket has gone from £240 in 2019 to £312 this season. That is a rise "
         "of 30 per cent in three years.", False),
        ("A season ticket has risen from £240 in 2019 to £312 this season. This represents "
         "an increase of 45 per cent.", True),
        ("A season ticket has risen from £240 in 2019 to £312 this season. This represents "
         "an increase of 30 per cent.", False),
    ],
)  # fmt: skip
def test_changes_size_told_next_of_the_change_just_told(numeric_warnings, text, planted):
    assert ("change_mismatch" in numeric_warnings(text, "2022-08-04")) == planted


# A headline's change of a count says nothing of a ratio the body compares.
def test_changes_a_counts_change_is_not_a_ratios(numeric_warnings):
    text = (
        "Road deaths fall 4% in 2021\n\n"
        "Road deaths fell 4% last year, official figures show. Measured against distance "
        "travelled, the death rate stood at 4.1 per billion vehicle-kilometres in 2021, "
        "compared with 4.6 in 2019.\n"
    )
    assert not numeric_warnings(text, "2022-03-15")
