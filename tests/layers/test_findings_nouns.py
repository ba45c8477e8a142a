"""What a figure counts when the writer leaves the noun out or names the group twice, on
short articles we wrote: each mechanism once planted, once clean."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-02-20"  # the date of this file's articles unless a test gives its own


def _counted(pipeline, text: str, figure: str, published: str = PUBLISHED) -> str | None:
    analysis = pipeline.analyze(Article(text=text, published=published))
    return next(q.counted for q in analysis.quantities if q.text == figure)


# "health and care visas": a coordinated modifier before the head noun; and a bare count
# that is the subject of a passive ("21,400 were granted") counts what the verb's other
# figures count.
_PASSIVE = (
    "The transport authority published its figures for 2023 on Monday. Between 2,000 "
    "and 2,500 bus and tram tickets were issued to students every month of 2023, for a "
    "total of 27,000 across the year. In September alone, the first month of term, "
    "{september} were issued, and demand stayed high through October."
)


def test_nouns_coordinated_modifier_keeps_the_head_noun(numeric_pipeline):
    text = _PASSIVE.format(september="2,300")
    assert _counted(numeric_pipeline, text, "Between 2,000 and 2,500") == "bus and tram ticket"


def test_nouns_bare_passive_subject_counts_the_verbs_thing(numeric_warnings):
    assert "range_violation" in numeric_warnings(_PASSIVE.format(september="3,400"), PUBLISHED)


def test_nouns_bare_passive_subject_in_range_is_clean(numeric_warnings):
    assert not numeric_warnings(_PASSIVE.format(september="2,300"), PUBLISHED)


# "Norland's largest food bank": a superlative ranking the doer among its peers says
# which holder it is; the figure it reports is no maximum.
_RANKED = (
    "Norland's largest food bank has handed out an average of 200 parcels a week since "
    "January, its director said on Monday. Records show the food bank handed out {total} "
    "parcels between January 1 and April 30."
)


def test_nouns_ranked_holder_rate_is_held_against_its_total(numeric_warnings):
    found = numeric_warnings(_RANKED.format(total="1,400"), published="2025-05-06")
    assert "rate_total_mismatch" in found


def test_nouns_ranked_holder_rate_in_line_is_clean(numeric_warnings):
    assert not numeric_warnings(_RANKED.format(total="3,400"), published="2025-05-06")


# "took in 60 new residents a week" and "received 1,020 new arrivals": an intake of
# people counts their arrivals.
_INTAKE = (
    "The county's family shelter has taken in an average of 60 new residents a week since "
    "January, the housing department said on Tuesday. Figures released to councillors show "
    "the shelter received {total} new arrivals between January 1 and April 30."
)


def test_nouns_intake_of_people_is_their_arrival(numeric_warnings):
    found = numeric_warnings(_INTAKE.format(total="500"), published="2025-05-06")
    assert "rate_total_mismatch" in found


def test_nouns_intake_in_line_with_arrivals_is_clean(numeric_warnings):
    assert not numeric_warnings(_INTAKE.format(total="1,020"), published="2025-05-06")


# "between 30 and 45 recruits every month" against "We had 80 people turn up ... that
# month": a role noun that names an event still counts people, whom "people" names again.
_ROLE = (
    "Throughout 2023 the fire service signed between 30 and 45 recruits every month, "
    'according to its annual report. The station manager remembers the spring. "May was '
    'the big one. We had {may} people turn up for training that month," she said.'
)


def test_nouns_generic_people_against_a_role_range(numeric_warnings):
    assert "range_violation" in numeric_warnings(_ROLE.format(may="80"), PUBLISHED)


def test_nouns_generic_people_within_a_role_range_is_clean(numeric_warnings):
    assert not numeric_warnings(_ROLE.format(may="40"), PUBLISHED)


# "a combined capacity of 2.4 million tonnes a year": a capacity is a ceiling; output
# below it is no conflict, output above it is.
_CAPACITY = (
    "The brickworks sold 1.9 million tonnes of clay products last year. Its kilns have a "
    "combined capacity of {capacity} million tonnes a year, the company said on Monday."
)


def test_nouns_output_below_capacity_is_clean(numeric_warnings):
    assert not numeric_warnings(_CAPACITY.format(capacity="2.4"), PUBLISHED)


def test_nouns_output_above_capacity_is_a_conflict(numeric_warnings):
    assert "range_violation" in numeric_warnings(_CAPACITY.format(capacity="1.5"), PUBLISHED)


# "made 90,000 tonnes" against "buying some 140,000 tonnes of scrap a year": a works'
# output and its input are two amounts, however alike their units.
_IN_OUT = (
    "The steelworks produced {total} tonnes of rebar last year. Its older furnace made "
    "90,000 tonnes last year; the newer one made the rest. The plant melts scrap for most "
    "of its raw material, buying some 140,000 tonnes of scrap metal a year from dealers."
)


def test_nouns_output_and_input_are_not_one_amount(numeric_warnings):
    assert not numeric_warnings(_IN_OUT.format(total="210,000"), PUBLISHED)


# "in the six weeks after Morven won", her win dated earlier in the article; and people
# who "signed up" against members "recruited".
_AFTER_NAMED = (
    "When Morven Blair was elected chair of the Allotment Society at a meeting on 2 "
    "October, the society had a waiting list of four. Over the whole of 2024 the society "
    'recruited {whole} new members, its annual report says. "More than 3,000 people '
    'signed up in the six weeks after Morven won," the secretary said.'
)


def test_nouns_period_after_a_named_persons_dated_event(numeric_pipeline):
    analysis = numeric_pipeline.analyze(
        Article(text=_AFTER_NAMED.format(whole="2,400"), published="2025-01-20")
    )
    q = next(q for q in analysis.quantities if q.text == "More than 3,000")
    assert q.period is not None
    assert (q.period.start, q.period.end) == ("2024-10-03", "2024-11-13")


def test_nouns_signed_up_part_exceeds_recruited_whole(numeric_warnings):
    found = numeric_warnings(_AFTER_NAMED.format(whole="2,400"), "2025-01-20")
    assert "part_exceeds_whole" in found


def test_nouns_signed_up_part_within_recruited_whole_is_clean(numeric_warnings):
    assert not numeric_warnings(_AFTER_NAMED.format(whole="5,200"), "2025-01-20")


# A key-figures list: "- Barley delivered to the mills: ..." is a label of a common word
# (the article writes "barley" in lower case too), no place; "Biggest supplier: X, whose
# farms trucked ..." ranks one member, whose amount is a part of the total.
_KEY_FIGURES = (
    "The grain board published its harvest report on Wednesday. The main numbers:\n\n"
    "- Barley delivered to the mills: 900,000 tonnes, against 950,000 tonnes last season.\n"
    "- Biggest supplier: Orsk district, whose farms trucked {part} tonnes of barley to "
    "the mills.\n"
)


def test_nouns_ranked_member_amount_exceeds_the_total(numeric_warnings):
    found = numeric_warnings(_KEY_FIGURES.format(part="1.1 million"), "2023-10-11")
    assert "part_exceeds_whole" in found


def test_nouns_ranked_member_amount_within_the_total_is_clean(numeric_warnings):
    assert not numeric_warnings(_KEY_FIGURES.format(part="310,000"), "2023-10-11")


# "grew by roughly 900 people a day" is a net change; "moved in" counts a gross flow.
_NET = (
    "The statistics office estimates that 410,000 people moved to the region in the 12 "
    "months to June 2024, and that 80,000 left. Put another way, the population grew by "
    "roughly {net} people a day."
)


def test_nouns_net_change_rate_is_not_held_against_a_gross_count(numeric_warnings):
    assert not numeric_warnings(_NET.format(net="900"), "2024-12-02")


def test_nouns_gross_rate_against_a_gross_count_still_checked(numeric_warnings):
    text = (
        "The statistics office estimates that 410,000 people moved to the region in the 12 "
        "months to June 2024. On average, roughly 600 people moved to the region every day."
    )
    assert "rate_total_mismatch" in numeric_warnings(text, "2024-12-02")
