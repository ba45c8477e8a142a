"""percentage_mismatch: shares that restate, name no group, or sit far from their counts.

Short articles written for these tests; each planted case has a clean twin.
"""

from __future__ import annotations

import pytest

# --- a sentence that restates the one before as a share -----------------------------------

RESTATED = (
    "Harwick District Council turned down {part} of the 240 planning applications it "
    "decided last year. {cue} almost one in four, the highest share in a decade."
)


@pytest.mark.model
@pytest.mark.parametrize(
    "cue", ["That is", "In other words,", "That amounts to", "The council said that meant"]
)
def test_percentages_restating_share_against_the_sentence_before(numeric_findings, cue):
    found = numeric_findings(RESTATED.format(part="80", cue=cue))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "80 / 240 = 0.33" in found[0].explanation


@pytest.mark.model
def test_percentages_restating_share_that_matches(numeric_warnings):
    assert numeric_warnings(RESTATED.format(part="57", cue="That is")) == set()


DAYS_IN = (
    "The roadside monitor on Mill Lane breached the nitrogen dioxide limit on {part} of the "
    "181 days between 1 January and 30 June. Put another way, on about one day in four the "
    "air outside the school gates was unsafe to breathe."
)


@pytest.mark.model
def test_percentages_one_day_in_n_against_days_counted_out_of_a_stretch(numeric_findings):
    found = numeric_findings(DAYS_IN.format(part="92"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "92 / 181 days" in found[0].explanation


@pytest.mark.model
def test_percentages_one_day_in_n_that_matches(numeric_warnings):
    assert numeric_warnings(DAYS_IN.format(part="45")) == set()


# --- the sentence's only share: a change's earlier value is no share -----------------------

GRANT_RATE = (
    "The tribunal heard 4,200 appeals against benefit decisions in the first half of 2024. "
    "Of those appeals, {part} were upheld, giving a success rate of 52 per cent, down from "
    "57 per cent a year earlier."
)


@pytest.mark.model
def test_percentages_rate_beside_the_earlier_value_of_its_change(numeric_findings):
    found = numeric_findings(GRANT_RATE.format(part="1,680"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "1,680 / 4,200 = 40.0%" in found[0].explanation


@pytest.mark.model
def test_percentages_rate_beside_the_earlier_value_that_matches(numeric_warnings):
    assert numeric_warnings(GRANT_RATE.format(part="2,180")) == set()


# --- "made up" is a share, not a rise -----------------------------------------------------


def test_percentages_made_up_is_a_share_not_a_rise():
    from claimscope.layers.findings.numeric._shares import _PHRASAL_UP

    assert _PHRASAL_UP.search("Women made up ")
    assert _PHRASAL_UP.search("The plant takes up about ")
    assert not _PHRASAL_UP.search("Shares ended up ")


@pytest.mark.model
def test_percentages_share_before_a_whole_and_its_part_is_not_the_parts(numeric_warnings):
    text = (
        "The ferry service carried 9,600 passengers in May. Pensioners made up about a "
        "quarter of the total, some 2,400, of whom 700 travelled free with a bus pass."
    )
    assert "percentage_mismatch" not in numeric_warnings(text)


# --- a share naming no group, said of what its subject names --------------------------------

POLL = (
    "Voters divided over Kelby bypass, poll finds\n\n"
    '"Approval stands at {share}, a clear majority," said the pollster, Dana Rhys. '
    "The council will decide on the route in the spring. Campaigners have promised a "
    "legal challenge if the road goes ahead.\n\n"
    "Northfield Polling interviewed 1,240 residents between 3 and 9 May. Of these, 610 "
    "said they approved of the bypass, 500 opposed it and 130 did not know."
)


@pytest.mark.model
def test_percentages_subject_share_against_the_part_saying_the_same(numeric_findings):
    found = numeric_findings(POLL.format(share="70%"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "610 / 1,240 = 49.2%" in found[0].explanation


@pytest.mark.model
def test_percentages_subject_share_that_matches(numeric_warnings):
    assert numeric_warnings(POLL.format(share="49%")) == set()


@pytest.mark.model
def test_percentages_subject_share_of_another_word_is_not_crossed(numeric_warnings):
    text = POLL.replace("Approval stands at {share}", "Turnout stands at 70%")
    assert numeric_warnings(text) == set()


CATALOGUE = (
    "The publisher released 860 books in 2023, and 215 of those were translations from "
    "other languages. Sales rose for the third year running. The company moved to a new "
    "warehouse in Leeds.\n\n"
    '"Translations made up {share} of everything we published last year," said its editor.'
)


@pytest.mark.model
def test_percentages_made_up_share_of_everything_against_its_counts(numeric_findings):
    found = numeric_findings(CATALOGUE.format(share="40%"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "215 / 860 = 25.0%" in found[0].explanation


@pytest.mark.model
def test_percentages_made_up_share_of_everything_that_matches(numeric_warnings):
    assert numeric_warnings(CATALOGUE.format(share="25%")) == set()


# --- a definite subject taking up a count of the sentence before ---------------------------

CUTS = (
    "Norbrook Textiles will cut {part} jobs at its mill in Halton, the company said on "
    "Monday. The cuts, to be made by the end of March, amount to about a quarter of the "
    "1,600 jobs at the site."
)


@pytest.mark.model
def test_percentages_definite_subject_names_the_part_of_a_share(numeric_findings):
    found = numeric_findings(CUTS.format(part="620"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "620 / 1,600" in found[0].explanation


@pytest.mark.model
def test_percentages_definite_subject_share_that_matches(numeric_warnings):
    assert numeric_warnings(CUTS.format(part="400")) == set()


@pytest.mark.model
def test_percentages_subject_naming_another_count_is_not_its_part(numeric_warnings):
    text = (
        "Norbrook Textiles will cut 620 jobs at its mill in Halton, the company said on "
        "Monday. The apprentices, hired last year, amount to about a quarter of the 1,600 "
        "jobs at the site."
    )
    assert numeric_warnings(text) == set()


# --- a group named in other words than its count ------------------------------------------

CONSULTATION = (
    "The Tarwick housing association asked tenants whether it should fit heat pumps. "
    "It received 1,860 responses: {part} backed the plan, 560 rejected it and 240 gave no "
    "view.\n\n"
    '"Two-thirds of tenants who responded backed heat pumps, and that is a clear answer," said '
    "its chair, Ruth Abley."
)


@pytest.mark.model
def test_percentages_group_named_by_what_it_did_against_a_listed_breakdown(numeric_findings):
    found = numeric_findings(CONSULTATION.format(part="1,060"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "1,060 / 1,860" in found[0].explanation


@pytest.mark.model
def test_percentages_group_named_by_what_it_did_that_matches(numeric_warnings):
    text = CONSULTATION.format(part="1,240").replace("560 rejected", "380 rejected")
    assert numeric_warnings(text) == set()


RESULTS = (
    "Pupils at the Alder Trust's schools collected their results on Thursday.\n\n"
    "The trust entered 1,300 pupils for GCSE English this summer, and {part} of them "
    "achieved a grade 5 or above, a strong pass.\n\n"
    "The trust has hired eight new English teachers since 2022. Its chief executive, Omar "
    'Said, praised them. "Four in five of our young people achieved a strong pass in '
    'English this year," he said.'
)


@pytest.mark.model
def test_percentages_people_named_by_another_noun_tied_by_what_they_did(numeric_findings):
    found = numeric_findings(RESULTS.format(part="690"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "690 / 1,300" in found[0].explanation


@pytest.mark.model
def test_percentages_people_named_by_another_noun_that_matches(numeric_warnings):
    assert numeric_warnings(RESULTS.format(part="1,040")) == set()


@pytest.mark.model
def test_percentages_people_named_by_another_noun_saying_something_else(numeric_warnings):
    text = RESULTS.format(part="690").replace(
        '"Four in five of our young people achieved a strong pass in English this year,"',
        '"Four in five of our young people now walk to school,"',
    )
    assert numeric_warnings(text) == set()


# --- "N things out of M" is a part of a whole -----------------------------------------------

OUT_OF = (
    "The Fenmoor licensing panel refused {part} applications out of 150 last year. This "
    "means roughly one in three applications was turned down."
)


@pytest.mark.model
def test_percentages_part_with_its_noun_out_of_a_whole(numeric_findings):
    found = numeric_findings(OUT_OF.format(part="25"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "25 / 150" in found[0].explanation


@pytest.mark.model
def test_percentages_part_with_its_noun_out_of_a_whole_that_matches(numeric_warnings):
    assert numeric_warnings(OUT_OF.format(part="50")) == set()


@pytest.mark.model
def test_percentages_that_is_short_of_a_target_restates_nothing(numeric_warnings):
    text = (
        "Electric vans made up 12% of new van sales this year, with 4,800 sold out of "
        "40,000. That is still well short of the 22% that makers must reach next year."
    )
    assert "percentage_mismatch" not in numeric_warnings(text)


# --- a pair told with its own share, after a share of another time -------------------------

OTHER_TIME = (
    "Exam results\n\nThe exam board said 410 of 1,240 candidates passed this year. The pass "
    "rate of 33 percent was slightly higher than in 2023, when 362 of 1,180 candidates "
    "passed, or {share} percent.\n"
)


def test_percentages_pair_with_its_own_share_planted(numeric_findings):
    found = numeric_findings(OTHER_TIME.format(share=38), "2024-08-20")
    assert [(f.kind, f.explanation.split(";")[1].strip()) for f in found] == [
        ("percentage_mismatch", "38 percent allows 37.5–38.5%.")
    ]


def test_percentages_pair_with_its_own_share_is_not_the_earlier_share_clean(numeric_warnings):
    assert "percentage_mismatch" not in numeric_warnings(OTHER_TIME.format(share=31), "2024-08-20")


# --- a whole named by a noun phrase, its size after a second "of" -------------------------

FLOTATION = (
    "Marrowfield Foods sold {part} million new shares to investors on Tuesday at 8.20 "
    "euros each. The new shares make up 30% of the company's enlarged share capital of 40 "
    "million shares."
)


@pytest.mark.model
def test_percentages_subject_share_of_a_named_whole_with_its_size(numeric_findings):
    found = numeric_findings(FLOTATION.format(part="9"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "9 million / 40 million" in found[0].explanation


@pytest.mark.model
def test_percentages_subject_share_of_a_named_whole_that_matches(numeric_warnings):
    assert numeric_warnings(FLOTATION.format(part="12")) == set()


@pytest.mark.model
def test_percentages_named_whole_counting_another_thing_is_not_the_whole(numeric_warnings):
    text = (
        "The co-operative hired 45 new drivers this spring. The new drivers serve 30% of "
        "the county's rural area of 14 parishes."
    )
    assert numeric_warnings(text) == set()


# --- a share of a body "voting in favour" against the vote's tally ------------------------

COUNCIL_VOTE = (
    "Harlow council approves tram plan\n\n"
    "The city council on Tuesday approved the tram plan by 38 votes to 17, with five "
    "abstentions. The mayor said the result, with {share} of the 60-member council voting "
    "in favour, was a clear mandate. At a first vote in March, the plan failed by 27 votes "
    "to 29."
)


@pytest.mark.model
def test_percentages_share_voting_for_against_the_tally(numeric_findings):
    found = numeric_findings(COUNCIL_VOTE.format(share="75 percent"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "38 / 60" in found[0].explanation


@pytest.mark.model
def test_percentages_share_voting_for_that_matches(numeric_warnings):
    assert numeric_warnings(COUNCIL_VOTE.format(share="63 percent")) == set()


# --- a share set off by a dash after a clause whose verb is a change word ------------------

DASHED = (
    "Sea wall works lag behind\n\n"
    "Of the 48 kilometres of sea wall along the bay, just {part} kilometres have been raised "
    "- barely one in four. The council says the rest will follow by 2030."
)


@pytest.mark.model
def test_percentages_share_set_off_by_a_dash_after_a_change_verb(numeric_findings):
    found = numeric_findings(DASHED.format(part="20"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "20 kilometres / 48 kilometres" in found[0].explanation


@pytest.mark.model
def test_percentages_share_set_off_by_a_dash_that_matches(numeric_warnings):
    assert numeric_warnings(DASHED.format(part="12")) == set()


# --- "That is how many of those ...", then a bare named rate -------------------------------

HOW_MANY = (
    "Landlord fines: the figure that matters\n\n"
    "Inspectors looked at 2,400 rented homes across the borough last year. Most were in "
    "reasonable repair.\n\n"
    "The figure I keep coming back to is {part}. That is how many of those homes ended with "
    "the landlord being fined. A fine rate of 15 per cent.\n\n"
    "The council says more inspectors are on the way."
)


@pytest.mark.model
def test_percentages_named_rate_after_a_how_many_sentence(numeric_findings):
    found = numeric_findings(HOW_MANY.format(part="600"))
    assert [f.kind for f in found] == ["percentage_mismatch"]
    assert "600 / 2,400" in found[0].explanation


@pytest.mark.model
def test_percentages_named_rate_after_a_how_many_sentence_that_matches(numeric_warnings):
    assert numeric_warnings(HOW_MANY.format(part="360")) == set()


# --- a count "alone" narrowed to a sub-period is no total ----------------------------------

ALONE_TOTAL = (
    "Burglary figures\n\n"
    "Police in Marrow recorded 12,400 burglaries in the year to March, up 3% on the year "
    "before. {when}, officers recorded 3,100 burglaries. Arrests were made in 2,900 burglaries, "
    "just under a quarter of the total."
)


@pytest.mark.model
def test_percentages_of_the_total_skips_a_count_marked_alone(numeric_warnings):
    when = "In the three months to March alone"
    assert "percentage_mismatch" not in numeric_warnings(ALONE_TOTAL.format(when=when))


@pytest.mark.model
def test_percentages_of_the_total_takes_the_total_before(numeric_warnings):
    text = (
        "Burglary figures\n\nPolice in Marrow recorded 3,100 burglaries in the year to March. "
        "Arrests were made in 2,900 burglaries, just under a quarter of the total."
    )
    assert "percentage_mismatch" in numeric_warnings(text)


# --- a colon inside an aside labels another value, not a list of parts ---------------------

ASIDE_COLON = (
    "Youth custody: the key numbers\n\n"
    "Inspectors reported on the estate on Monday. These are the figures behind it.\n\n"
    "Young people in custody on 31 March: 318{aside}.\n\n"
    "Girls: 11.\n\n"
    "Young people from minority backgrounds: 49% of those in custody."
)


@pytest.mark.model
def test_percentages_value_in_an_aside_is_no_part_of_the_figure(numeric_warnings):
    aside = " (a year earlier: 344) - down 26, or about 8%"
    assert numeric_warnings(ASIDE_COLON.format(aside=aside)) == set()


@pytest.mark.model
def test_percentages_part_named_beside_the_figure_still_checked(numeric_warnings):
    aside = ", of whom 120 were from minority backgrounds"
    assert "percentage_mismatch" in numeric_warnings(ASIDE_COLON.format(aside=aside))


# A share of the people a speaker knows ("Half of the students we know") is an anecdote's
# circle, not the share of the counted whole; the same share of "the students" is
_CIRCLE = (
    "Dropouts rise\n\n"
    "Of the 4,800 students who began degrees at Brannock in autumn 2023, 610 had left by the "
    'start of their second year, the university said. "Half of the students {who} have '
    'left," says Sara Lund, who chairs the student union.'
)


def test_percentages_share_of_the_counted_group_elsewhere_planted(numeric_warnings):
    assert "percentage_mismatch" in numeric_warnings(_CIRCLE.format(who="here"), "2025-09-16")


def test_percentages_share_of_the_speakers_circle_clean(numeric_warnings):
    assert "percentage_mismatch" not in numeric_warnings(
        _CIRCLE.format(who="we know"), "2025-09-16"
    )


@pytest.mark.parametrize(
    ("share", "planted"), [("nearly 60 per cent", True), ("just over 40 per cent", False)]
)
def test_percentages_more_share_of_everything_counted_before(numeric_warnings, share, planted):
    """ "of everything crews were sent to": the whole is all the article counted, not the
    crews named after "everything"."""
    text = (
        "Fire service\n\n"
        "Last year the service attended 9,840 incidents. Of these, 4,120 were false alarms - "
        f"{share} of everything crews were sent to.\n"
    )
    assert ("percentage_mismatch" in numeric_warnings(text)) is planted


@pytest.mark.parametrize(("share", "planted"), [("22 per cent", True), ("15 per cent", False)])
def test_percentages_more_share_of_all_the_group_after_its_clause(numeric_warnings, share, planted):
    """ "132 plots went to new tenants, about 22 per cent of all the plots we manage": the
    count leading the clause over the largest count of the whole group, though a single
    site's plots are counted too."""
    text = (
        "Allotments\n\n"
        "The council manages 880 plots on 12 sites, from Ferry Lane, which has 164 plots, down "
        "to Chapel Close.\n\n"
        f"Last year 132 plots went to new tenants, about {share} of all the plots we manage.\n"
    )
    assert ("percentage_mismatch" in numeric_warnings(text)) is planted


@pytest.mark.parametrize(("share", "planted"), [("28 per cent", True), ("18 per cent", False)])
def test_percentages_more_whole_includes_part_then_share(numeric_warnings, share, planted):
    text = f"Recruits\n\nThis year's intake of 350 includes 63 women, {share}, the service said.\n"
    assert ("percentage_mismatch" in numeric_warnings(text)) is planted


@pytest.mark.parametrize(("share", "planted"), [("one in five", True), ("one in three", False)])
def test_percentages_more_pointed_share_of_all_the_group(numeric_warnings, share, planted):
    """ "That is roughly one in five of all the children the council looks after": the part
    is the sentence before's count, the whole the article's count of all the children (not
    the change's baseline a year earlier)."""
    text = (
        "Children in care\n\n"
        "At the end of January, 640 children were in the council's care, up from 588 a year "
        "earlier.\n\n"
        "The report says 208 children are living more than 20 miles from home. That is "
        f"roughly {share} of all the children the council looks after.\n"
    )
    assert ("percentage_mismatch" in numeric_warnings(text, "2025-02-18")) is planted


@pytest.mark.parametrize(("rate", "planted"), [("67 percent", True), ("54 percent", False)])
def test_percentages_more_speaker_stresses_that_this_represents_a_rate(
    numeric_warnings, rate, planted
):
    text = (
        "Dementia care\n\n"
        "An estimated 14,800 elderly citizens of the province are living with dementia. Of "
        "these, 8,050 citizens have received a formal diagnosis.\n\n"
        f"The Deputy Chairman emphasised that this represents a diagnosis rate of {rate}, "
        "which exceeds the target set in the programme.\n"
    )
    assert ("percentage_mismatch" in numeric_warnings(text, "2025-09-21")) is planted


@pytest.mark.parametrize(("share", "planted"), [("35 per cent", True), ("23 per cent", False)])
def test_percentages_more_pointed_share_of_a_measured_whole(numeric_warnings, share, planted):
    """ "74 miles were rated in poor condition. That is about 35 per cent of the network":
    the one larger figure in miles is the network ("maintains 318 miles of road"); the
    miles resurfaced this year are smaller, no whole."""
    text = (
        "Roads\n\n"
        "The council maintains 318 miles of road. This year it has resurfaced 21 miles.\n\n"
        "In the latest survey, 74 miles were rated in poor condition. That is about "
        f"{share} of the network.\n"
    )
    assert ("percentage_mismatch" in numeric_warnings(text, "2024-06-12")) is planted


# A share that is what the subject did (offered, asked for), not the level of what it
# names, is no share of the subject's counts elsewhere.
def test_percentages_a_share_offered_is_no_level_of_the_subject(numeric_warnings):
    text = (
        "Bin strike live\n\n09:45\nWhat is the dispute about? The union is asking for a 7 "
        "per cent pay rise. The council has offered 4.5 per cent, a gap of 2.5 percentage "
        "points.\n\n07:05\nGood morning. Around 180 of the council's 240 refuse and "
        "recycling staff are on strike from 6am today, according to the union.\n"
    )
    assert not numeric_warnings(text, "2024-05-05")
