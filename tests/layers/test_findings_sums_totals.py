"""Breakdowns whose whole is told apart from the list (``sum_mismatch``), on short
articles we wrote: a share the other shares of its list add up to, a breakdown whose
subject names a whole stated paragraphs before, a heading that names the whole its list
lines distribute, a total of a stated number of items over that many list lines, and the
ballots of a vote counted out by outcome. Each planted article has a clean twin.
"""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

# --- "together hold 82%, with shares of 27%, 22%, 19% and 14%" ----------------------------

_BANKS = (
    "Lending market\n\n"
    "Three lenders - Harrow, Pellam and Oskway - together write {whole} of new mortgages, "
    "with shares of 31%, 24% and 18% respectively, the regulator said on Monday.\n"
)


def test_sums_totals_a_share_the_others_add_up_to_is_their_sum(numeric_pipeline):
    """31% + 24% + 18% = 73%: the 73% is the three lenders' combined share, not a fourth
    share of the market beside them, so the list says nothing of 100%."""
    analysis = numeric_pipeline.analyze(
        Article(text=_BANKS.format(whole="73%"), published="2024-06-01")
    )
    found = [(f.kind, f.severity) for f in analysis.findings if f.kind == "sum_mismatch"]
    assert found == [("sum_mismatch", "info")]


def test_sums_totals_shares_over_a_hundred_without_a_subtotal_still_warn(numeric_warnings):
    """A combined share the parts do not make is no subtotal: 31 + 24 + 18 + 58 > 100."""
    assert numeric_warnings(_BANKS.format(whole="58%")) == {"sum_mismatch"}


# --- "The job cuts break down as follows:", the cuts told paragraphs before --------------

_CUTS = (
    "Mill owner to shed jobs\n\n"
    "Corvel Textiles said on Tuesday it would cut 860 jobs over two years, about 9% of its "
    "staff of 9,400.\n\n"
    "The group will also close its dye works at Brantley and sell two warehouses.\n\n"
    "Unions said they would fight the plan.\n\n"
    "The cuts break down as follows: 410 jobs in spinning, 260 in weaving and {office} in "
    "offices.\n"
)


@pytest.mark.parametrize(("office", "planted"), [("90", True), ("190", False)])
def test_sums_totals_a_breakdown_subject_names_a_whole_told_before(
    numeric_warnings, office, planted
):
    """ "The cuts" names the 860 jobs to be cut three paragraphs up, not the staff of 9,400:
    410 + 260 + 90 = 760 falls 100 short of it."""
    found = "sum_mismatch" in numeric_warnings(_CUTS.format(office=office))
    assert found is planted


# --- "COUNCIL - distribution of the 60 seats" over its list lines ------------------------

_COUNCIL = (
    "Harwick council vote in figures\n\n"
    "TURNOUT\n"
    "- Votes cast: 41,200\n\n"
    "COUNCIL - distribution of the 60 seats on the new council\n"
    "- Labour: 24\n"
    "- Conservatives: 17\n"
    "- Liberal Democrats: {libdem}\n"
    "- Independents: 5\n\n"
    "Counting finished at 03:10 on Friday.\n"
)


@pytest.mark.parametrize(("libdem", "planted"), [("7", True), ("14", False)])
def test_sums_totals_a_heading_names_the_whole_its_lines_distribute(
    numeric_warnings, libdem, planted
):
    """ "distribution of the 60 seats" over four list lines: they are every seat, and
    24 + 17 + 7 + 5 = 53 leaves seven seats unaccounted for."""
    found = "sum_mismatch" in numeric_warnings(_COUNCIL.format(libdem=libdem))
    assert found is planted
