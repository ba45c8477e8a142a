"""Changes whose figures leave their unit out ("2.4 million tonnes a month in May, compared
with 2.6 million in April"), comparisons whose nearest figure is a label ("Grade 9"),
shares sized elsewhere in percent, a noun that looks like a change verb ("signed
contracts"), and sizes compared with sizes ("fell by an average of 2 points, compared
with 3 points"). Short articles we wrote; each planted one has a clean twin."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Finding


def _changes(pipeline, text: str, published: str = "2025-06-10") -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f for f in analysis.findings if f.kind == "change_mismatch" and f.severity != "info"]


def _infos(pipeline, text: str, published: str = "2025-06-10") -> list[Finding]:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [f for f in analysis.findings if f.kind == "change_mismatch" and f.severity == "info"]


# --- a baseline with no unit of its own is in the unit of the figure it is set against ---


_COAL = (
    "Coal output at the Varna basin fell by a fifth in May, the mining ministry said.\n\n"
    "Mines in the basin produced {now} million tonnes a month in May, compared with "
    "2.5 million in April, according to the ministry's figures."
)


@pytest.mark.model
def test_elided_unit_pair_checks_a_lead_claim(numeric_pipeline):
    found = _changes(numeric_pipeline, _COAL.format(now="2.3"))
    assert found and "2.3 million tonnes" in found[0].explanation


@pytest.mark.model
def test_elided_unit_pair_that_fits_is_no_warning(numeric_pipeline):
    assert not _changes(numeric_pipeline, _COAL.format(now="2.0"))


@pytest.mark.model
def test_elided_unit_stated_change_is_checked(numeric_pipeline):
    text = (
        "The port handled about 900,000 containers a month in March, down from 1.2 million "
        "in February, a fall of 25%."
    )
    assert _infos(numeric_pipeline, text)
    wrong = text.replace("a fall of 25%", "a fall of 40%")
    assert _changes(numeric_pipeline, wrong)


@pytest.mark.model
def test_place_of_a_source_based_elsewhere_is_not_the_figures_place(numeric_pipeline):
    text = (
        "Brazil's coffee exports dropped by a third in March, as frost hit growers.\n\n"
        "According to figures from the Geneva-based trade council, shipments from "
        "Brazilian ports were 2.8 million bags in March, compared with 3.0 million in "
        "February."
    )
    found = _changes(numeric_pipeline, text)
    assert found and "2.8 million" in found[0].explanation


# --- the figure compared is one that can be the stated difference away ----------------


@pytest.mark.model
def test_label_number_is_not_the_figure_compared(numeric_pipeline):
    text = (
        "The board received 3,420 applications for Grade 9 places, 120 more than last "
        "year's 3,300, a rise of about 4 per cent."
    )
    assert not _changes(numeric_pipeline, text)


@pytest.mark.model
def test_figure_compared_still_checked(numeric_pipeline):
    text = (
        "The board received 3,520 applications for Grade 9 places, 120 more than last year's 3,300."
    )
    assert _changes(numeric_pipeline, text)


# --- a share sized in percent in another sentence may be a level or a relative change ---


@pytest.mark.model
def test_share_pair_not_sized_by_a_neighbours_percent(numeric_pipeline):
    text = (
        "Wages rose 0.3% in April and were 4.6% higher than a year earlier, the agency "
        "said.\n\n"
        "The jobless rate edged to 5.1% from 5.2%. Part-time work was 2.0% higher than a "
        "year ago."
    )
    assert not _changes(numeric_pipeline, text)


# --- a noun that looks like a change verb states no change -----------------------------


@pytest.mark.model
def test_signed_contracts_is_no_fall(numeric_pipeline):
    text = (
        "By the end of May, 8,400 nurses had signed contracts with the health board, "
        "compared with 6,000 a year earlier, an increase of 40%."
    )
    assert not _changes(numeric_pipeline, text)


@pytest.mark.model
def test_signed_contracts_increase_still_checked(numeric_pipeline):
    text = (
        "By the end of May, 8,400 nurses had signed contracts with the health board, "
        "compared with 6,000 a year earlier, an increase of 60%."
    )
    assert _changes(numeric_pipeline, text)


# --- a baseline set against a size of change is another size ---------------------------


@pytest.mark.model
def test_size_compared_with_a_size(numeric_pipeline):
    text = (
        "Blood pressure on a 200-point index fell by an average of 6 points in the "
        "treated group over a year, compared with 2 points in the placebo group."
    )
    assert not _changes(numeric_pipeline, text)


# --- a unit is lent only by the figure right beside, in one scale ----------------------


@pytest.mark.model
def test_unit_not_lent_across_another_figure(numeric_pipeline):
    text = (
        "Exports to the bloc rose 12% to 3.36 billion dollars, leaving a deficit of 0.9 "
        "billion dollars in the trade, down from 1.4 billion in 2023."
    )
    assert not _changes(numeric_pipeline, text)


@pytest.mark.model
def test_bare_count_not_given_a_price_unit(numeric_pipeline):
    text = (
        "The average guest list shrank to 88 from 95, while the typical caterer now "
        "charges about £60 a head."
    )
    assert not _changes(numeric_pipeline, text)


# --- a claim dated to a year is measured by figures dated to that year -----------------


_FERRY = (
    "The island ferry's passenger numbers fell by {size} last year, the operator said on "
    "Monday.\n\n"
    "The service, run from the ports of Lerwick and Kirkwall, has 6 ships, down from 9 a "
    "decade ago.\n\n"
    "According to the annual report, the ferries carried 410,000 passengers in 2024, "
    "compared with 500,000 passengers in 2023."
)


@pytest.mark.model
def test_year_claim_measured_by_that_years_pair(numeric_pipeline):
    found = _changes(numeric_pipeline, _FERRY.format(size="30%"), "2025-03-04")
    assert found and "410,000" in found[0].explanation


@pytest.mark.model
def test_year_claim_that_fits_its_years_pair(numeric_pipeline):
    assert not _changes(numeric_pipeline, _FERRY.format(size="18%"), "2025-03-04")
