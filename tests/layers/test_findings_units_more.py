"""unit_mismatch for shares that divide counts of different things, in more of the ways news
writing puts a share beside its counts.

Short articles written for these tests: each planted case has a clean twin that differs
only in what the part or the whole counts.
"""

from __future__ import annotations

# --- a share naming its group without the whole's modifier ---------------------------------

ELIDED = (
    "Asylum office speeds up decisions\n\n"
    "Between January and June, Corlish nationals lodged 4,100 asylum applications covering "
    "9,600 people. The office granted protection to 3,150 {what} over the same period, "
    "meaning that more than three in four applications succeeded."
)


def test_findings_units_share_of_elided_group_people_over_applications(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(ELIDED.format(what="people"))


def test_findings_units_share_of_elided_group_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(ELIDED.format(what="applicants' files"))


# --- "the adult population": a share of people named by a collective -----------------------

POPULATION = (
    "Health report flags painkiller use\n\n"
    "Pharmacies in Brennock filled 78,500 {what} for strong painkillers in 2025, the health "
    "board said. With 412,000 adults living in the area, that means almost a fifth of the "
    "adult population is taking one, the board said."
)


def test_findings_units_share_of_population_from_prescriptions(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(POPULATION.format(what="prescriptions"))


def test_findings_units_share_of_population_from_patients_clean(numeric_warnings):
    text = POPULATION.format(what="prescriptions to patients").replace(
        "filled 78,500 prescriptions to patients", "treated 78,500 patients"
    )
    assert "unit_mismatch" not in numeric_warnings(text)


# --- a restatement ("put another way") a paragraph after the whole --------------------------

RESTATED = (
    "Housing ombudsman had a busy year\n\n"
    "The ombudsman received 2,180 complaints in 2024, up from 1,950 the year before. Staff "
    "numbers did not change. Most of the complaints came from private tenants.\n\n"
    "Refunds were paid {what} over the year. Put another way, more than three-quarters of "
    "complaints ended with a refund."
)


def test_findings_units_restated_share_people_over_complaints(numeric_warnings):
    text = RESTATED.format(what="to 1,700 tenants")
    assert "unit_mismatch" in numeric_warnings(text)


def test_findings_units_restated_share_complaints_clean(numeric_warnings):
    text = RESTATED.format(what="on 1,700 complaints")
    assert "unit_mismatch" not in numeric_warnings(text)


# --- "was one of N": the whole's noun stands before it ---------------------------------------

ONE_OF = (
    "Inside the city's burglary squad\n\n"
    "Her burglary, in May, was one of 8,600 recorded by the force in the year to March. "
    '"We charged {what} in the last year," the chief constable said. "That means roughly '
    '15% of burglaries are now being solved."'
)


def test_findings_units_one_of_whole_offenders_over_offences(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(ONE_OF.format(what="1,290 burglars"))


def test_findings_units_one_of_whole_offences_clean(numeric_warnings):
    text = ONE_OF.format(what="suspects over 1,290 burglaries")
    assert "unit_mismatch" not in numeric_warnings(text)


# --- "N of the claims": a part counted out of another count than the share's group ----------

OF_THE = (
    "Lender's fraud refunds climb\n\n"
    "The bank received 14,600 fraud claims between January and June from 9,300 customers. "
    'It refunded 7,800 of the {what} in full. "That means 84% of the customers who came to '
    'us got every penny back," the finance director said.'
)


def test_findings_units_of_the_claims_over_customers(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(OF_THE.format(what="claims"))


def test_findings_units_of_the_customers_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(OF_THE.format(what="customers"))


# --- a share in apposition to its part ("2,520 people, a success rate of 70 per cent") -----

APPOSITIVE = (
    "Tribunal sides with most claimants\n\n"
    "The tribunal decided 3,600 cases last year, covering 6,100 people once family members "
    "named in the same files are counted. It granted relief to 2,520 people, a success rate "
    "of {share} per cent, its annual report said."
)


def test_findings_units_appositive_share_people_over_cases(numeric_warnings):
    assert "unit_mismatch" in numeric_warnings(APPOSITIVE.format(share="70"))


def test_findings_units_appositive_share_people_over_people_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(APPOSITIVE.format(share="41"))


POTHOLES = (
    "Council says roads are being fixed faster\n\n"
    "The council received 5,000 reports of potholes from drivers last winter.{detail} "
    "It repaired 1,500 potholes within a week, or 30% of the total, the roads chief said."
)


def test_findings_units_appositive_share_things_with_right_count(numeric_warnings):
    # the article itself counts the part's kind too: the reports and the potholes differ
    text = POTHOLES.format(detail=" Those reports concerned 2,000 separate potholes.")
    assert "unit_mismatch" in numeric_warnings(text)


def test_findings_units_appositive_share_things_alone_clean(numeric_warnings):
    # two nouns of things and no count showing they differ: no warning on a guess
    assert "unit_mismatch" not in numeric_warnings(POTHOLES.format(detail=""))


# --- an opening "With N ... from M," clause that states the share's counts -----------------

WITH_CLAUSE = (
    "Inspectors find breaches across the fleet\n\n"
    "Fisheries inspectors boarded 210 vessels along the coast this autumn. "
    "With {counts}, four in ten boats were found to be in breach of the rules, the "
    "authority said."
)


def test_findings_units_with_clause_notices_over_boardings(numeric_warnings):
    text = WITH_CLAUSE.format(counts="84 notices from 210 boardings")
    assert "unit_mismatch" in numeric_warnings(text)


def test_findings_units_with_clause_boats_over_boats_clean(numeric_warnings):
    text = WITH_CLAUSE.format(counts="84 of the 210 boats cited")
    assert "unit_mismatch" not in numeric_warnings(text)


def test_findings_units_appositive_rate_by_definition_clean(numeric_warnings):
    # a turnover rate divides leavers by posts by definition; nothing in the article says
    # the writer should have used another count
    text = (
        "Care sector still short of staff\n\n"
        "The sector had 33,500 filled posts in the county last year. About 9,400 workers "
        "left their jobs during the year, a turnover rate of 28%, the survey found."
    )
    assert "unit_mismatch" not in numeric_warnings(text)


BACKLOG = (
    "Inside the county court backlog\n\n"
    "Her case is one of 3,150 that were waiting to be heard at the end of June, court "
    "figures show. Delays have grown every year since 2019. Some 1,120 {who} have now "
    "waited more than two years for a trial, more than a third of the entire backlog."
)


def test_findings_units_appositive_share_people_over_records(numeric_warnings):
    # a case can have several defendants: people are no part of a count of cases
    assert "unit_mismatch" in numeric_warnings(BACKLOG.format(who="defendants"))


def test_findings_units_appositive_share_records_over_records_clean(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(BACKLOG.format(who="cases"))


FAR_TOTAL = (
    "Water company fixes leaks faster\n\n"
    "The company received {total} from the public reporting leaks last year. Those reports "
    "related to 5,200 separate leaks, it said.\n\n"
    "Leakage averaged 96 megalitres a day, down from 101 the year before.\n\n"
    "The company replaced 180 km of mains and plans to replace 210 km next year.\n\n"
    "The report said 4,900 leaks were repaired within five days, or 35% of the total "
    "reported."
)


def test_findings_units_share_of_far_total_of_other_kind(numeric_warnings):
    text = FAR_TOTAL.format(total="14,000 calls")
    assert "unit_mismatch" in numeric_warnings(text)


def test_findings_units_share_of_far_total_same_kind_clean(numeric_warnings):
    text = FAR_TOTAL.format(total="14,000 calls").replace("5,200 separate", "14,000 separate")
    text = text.replace("14,000 calls", "calls")
    assert "unit_mismatch" not in numeric_warnings(text)


def test_findings_units_nouns_the_article_equates_clean(numeric_warnings):
    # "6,100 of those patients" after 8,200 attendances: the article calls attendances
    # patients, so a share of patients over attendances is no mismatch
    text = (
        "Hospital emergency department has busiest month\n\n"
        "The emergency department had 8,200 attendances in March, the trust said. It saw "
        "6,100 of those patients within four hours. Attendances were up 19% on last March, "
        "when the department saw 6,900 patients.\n\n"
        "Ambulances brought in 2,050 patients, about a quarter of the total, the trust said."
    )
    assert "unit_mismatch" not in numeric_warnings(text)


# --- "Of the confirmed cases, 1,210 people": a fronted partitive names the people as cases --

FRONTED = (
    "Ostra fever season passes its peak\n\n"
    "The regional laboratory has confirmed 9,400 cases of Ostra fever since March.\n\n"
    "{lead} 610 people, about 6.5%, were admitted to hospital. Children under ten account "
    "for 2,100 cases."
)


def test_findings_units_fronted_partitive_makes_the_people_the_cases(numeric_warnings):
    assert "unit_mismatch" not in numeric_warnings(FRONTED.format(lead="Of the confirmed cases,"))


# --- a factor between amounts of two dimensions --------------------------------------------

MEASURES = (
    "Hail ruins orchards\n\n"
    "Fruit growers in the Brinn valley lost an estimated 2,400 tonnes of apples to Sunday's "
    "hailstorm, twice last year's storm losses of 1,200 {unit}, the growers' union said."
)


def test_findings_units_factor_between_a_weight_and_an_area(numeric_findings):
    found = numeric_findings(MEASURES.format(unit="hectares"))
    assert [f.kind for f in found] == ["unit_mismatch"]
    assert "a weight" in found[0].explanation and "an area" in found[0].explanation


def test_findings_units_factor_between_two_weights(numeric_warnings):
    assert numeric_warnings(MEASURES.format(unit="tonnes")) == set()


def test_findings_units_unsized_change_word_between_measures(numeric_warnings):
    text = "Solar farm\n\nThe co-op runs a 3 MW array mounted on 6 hectares at Lower Farm."
    assert numeric_warnings(text) == set()


_BUREAU = (
    "Identity fraud\n\n"
    "The bureau recorded 4,600 cases of identity fraud between January and August, including "
    "1,700 in which loans were taken out in victims' names and 1,100 takeovers of bank "
    "accounts.\n\n"
    "That compares with {before} for the whole of last year.\n"
)


def test_units_a_pointing_link_reaches_the_figure_of_its_own_thing(numeric_warnings):
    """ "That compares with 6,300 cases": the cases of the sentence before, not its last
    figure (1,100 takeovers, one kind of case)."""
    assert "unit_mismatch" not in numeric_warnings(
        _BUREAU.format(before="6,300 cases"), "2025-09-10"
    )


# "That day" says when, it links nothing: the ships in port then are no restatement of the
# passengers one ship carries.
def test_units_that_day_links_no_figures(numeric_warnings):
    text = (
        "The largest vessel of the season, the 5,400-passenger Aurelia, called on Sept. 12. "
        "That day, with two smaller ships also in port, the harbour counted 7,650 cruise "
        "passengers in the city."
    )
    assert not numeric_warnings(text, "2022-10-31")
