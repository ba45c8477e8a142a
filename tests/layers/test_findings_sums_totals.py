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


# --- "Of these, N voted for, N against and N ballots were invalid" ------------------------

_BALLOT = (
    "Islanders back new charter\n\n"
    "Officials said a total of 48,300 islanders took part in Sunday's vote on the charter, "
    "which is 71 percent of the 68,000 people on the electoral roll.\n\n"
    'Of these, 30,100 voted "for" the charter, {against} voted "against" and 1,200 '
    "ballots were declared invalid.\n"
)


@pytest.mark.parametrize(("against", "planted"), [("11,000", True), ("17,000", False)])
def test_sums_totals_ballots_for_against_and_void_are_every_ballot_cast(
    numeric_warnings, against, planted
):
    """For, against and void are every outcome of a ballot, so they must add up to the
    48,300 who took part ("a total of" is how the sentence states its count; the 68,000
    on the roll is only the base of its share): 30,100 + 11,000 + 1,200 = 42,300."""
    found = "sum_mismatch" in numeric_warnings(_BALLOT.format(against=against))
    assert found is planted


def test_sums_totals_ballots_are_never_summed_to_the_electorate(numeric_warnings):
    """Who stayed home is no outcome: the roll is no whole of the ballots."""
    text = (
        "Islanders back new charter\n\n"
        "There are 68,000 people on the electoral roll.\n\n"
        'Of these, 30,100 voted "for" the charter, 17,000 voted "against" and 1,200 '
        "ballots were declared invalid.\n"
    )
    assert "sum_mismatch" not in numeric_warnings(text)


# --- a share of the place ranked highest is that place's ---------------------------------

_RANKED = (
    "Charter approved\n\n"
    "A total of 48,300 citizens took part in the referendum on Sunday.\n\n"
    'Of these, 30,100 citizens voted "for" the charter and 17,000 citizens voted "against".\n\n'
    '{share} percent of participants voted "for".\n'
)


@pytest.mark.parametrize(
    ("share", "planted"),
    [
        ("In all, 82", True),
        ("Support was highest in the Orran district, where 82", False),
    ],
)
def test_percentages_a_share_of_the_place_ranked_highest_is_that_places(
    numeric_warnings, share, planted
):
    """30,100 of 48,300 is 62%: an overall 82% conflicts with them, the 82% of the district
    where support was highest does not."""
    found = "percentage_mismatch" in numeric_warnings(_RANKED.format(share=share))
    assert found is planted


# --- "Total cost of the six-item kit: 84.50" over six list lines --------------------------

_KIT = (
    "What a school kit costs this autumn\n\n"
    "KEY FIGURES\n\n"
    "Total cost of the six-item kit: 84.50 (last year: 79.10)\n\n"
    "Item by item:\n"
    "- Blazer, age 11: 32.00\n"
    "- Two shirts: 14.50\n"
    "- Trousers: 12.00\n"
    "- Tie: 6.50\n"
    "- PE kit, 3 pieces: {pe}\n"
    "- School bag, 20 litres: 9.50\n\n"
    "Parents can apply for a uniform grant of up to 150 a year.\n"
)


@pytest.mark.parametrize(("pe", "planted"), [("3.50", True), ("10.00", False)])
def test_sums_totals_a_total_of_n_items_over_n_list_lines(numeric_warnings, pe, planted):
    """The total says it holds six items and six list lines give one price each (after the
    label's colon; "age 11" and "3 pieces" are labels): 32 + 14.5 + 12 + 6.5 + 3.5 + 9.5 =
    78.00, not 84.50."""
    found = "sum_mismatch" in numeric_warnings(_KIT.format(pe=pe))
    assert found is planted


def test_sums_totals_an_average_of_n_items_is_no_total(numeric_warnings):
    text = _KIT.format(pe="3.50").replace(
        "Total cost of the six-item kit", "Average price of the six items"
    )
    assert "sum_mismatch" not in numeric_warnings(text)


# --- "... 9,300 requests. The requests break down as follows:" over list lines ------------

_REQUESTS = (
    "Water board flooded with refund requests\n\n"
    "Since the burst main on 3 May, the Orrin Valley water board has received 9,300 refund "
    "requests from customers. The requests break down as follows:\n\n"
    "- Households: 6,200\n"
    "- Shops and offices: {shops}\n"
    "- Farms: 700\n\n"
    "So far 2,400 requests have been paid, the board said. It has hired 30 extra staff, "
    "including 12 on short contracts.\n"
)


@pytest.mark.parametrize(("shops", "planted"), [("1,100", True), ("2,400", False)])
def test_sums_totals_a_sentence_closing_its_line_heads_the_breakdown_below(
    numeric_warnings, shops, planted
):
    """ "The requests break down as follows:" after the 9,300 requests on the same line: the
    list lines below are all of them, and 6,200 + 1,100 + 700 = 8,000 falls 1,300 short
    (the 2,400 paid and the 12 of 30 staff are no parts of the list)."""
    found = "sum_mismatch" in numeric_warnings(_REQUESTS.format(shops=shops))
    assert found is planted
