"""The learned second look (``findings/numeric/learned``), on short articles we wrote: which
figure pairs become candidates, what the shipped model makes of a planted conflict and of
its clean twin, and how it stands back where a rule already warned."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from claimscope.contract.model import NUMERIC_KINDS, Article
from claimscope.layers.findings.base import CHECKS
from claimscope.layers.findings.numeric.learned import article_candidates
from claimscope.pipeline import Pipeline

pytestmark = pytest.mark.model

_LIDO = (
    "Riverside lido packed as heat lingers\n\n"
    "The Riverside lido usually welcomes between 1,800 and 2,400 swimmers a day in July, its "
    "manager said on Monday.\n\n"
    "Staff said the pool reached its limit on several afternoons. {second}\n\n"
    "The lido opened in 1936 and was restored in 2019 at a cost of 4.2 million pounds."
)
_FERRY = (
    "Harbour ferry service returns\n\n"
    "The Kelwick ferry carried 1,240 passengers over its first weekend back in service, the "
    "operator said on Monday.\n\n"
    "Crews reported calm seas. {second}\n\n"
    "The route closed in 2021 after the old vessel failed an inspection."
)
_PARCELS = (
    "Food bank demand climbs\n\n"
    "The Elmstead food bank has handed out about 310 parcels a week since January 1, its "
    "coordinator said.\n\n"
    "Volunteers now open three evenings a week. In total the food bank has given out {total} "
    "parcels so far this year, according to its annual update.\n\n"
    "The charity was founded in 2009."
)

_APPEAL = (
    "Church roof appeal nears its goal\n\n"
    "The St Anne's roof appeal has raised 84,500 pounds, its organisers said on Friday.\n\n"
    "The money is made up of three sources: public donations brought in 41,000 pounds, local "
    "businesses gave 22,500 pounds and the rest, {rest} pounds, came from grants.\n\n"
    "Work on the roof is due to start in the spring."
)

_CLINIC = (
    "Nearly four in ten patients missed check-ups at Harwick clinic\n\n"
    "The Harwick clinic booked 2,400 patients for check-ups in March, its manager said on "
    "Tuesday.\n\n"
    "Of those, {missed} did not turn up, and the clinic has started sending text reminders.\n\n"
    "The clinic opened in 2011 and serves three villages."
)


_MUSEUM = (
    "Harbour museum visits fall\n\n"
    "Visits to the Kelwick harbour museum dropped from 412 in 2019 to 338 last year, a fall of "
    "{change}, its director said on Monday.\n\n"
    "The museum reopened in 2016 after a two-year refit."
)
_TOLLS = (
    "Bridge tolls {verb}\n\n"
    "Toll revenue on the Ponte Nova bridge reached 31 million euros last year, the concession "
    "company said on Monday.\n\n"
    "The company took 22 million euros in 2023, its annual report shows."
)


@pytest.fixture(scope="module")
def quantities_pipeline() -> Pipeline:
    return Pipeline(only=["quantities"])


def _candidates(
    pipeline: Pipeline, text: str, published: str
) -> list[tuple[str, list[str], list[str]]]:
    """(kind, figures, features) of every candidate the generators make for ``text``."""
    return [
        (c.kind, [e.q.text for e in c.entries], c.features)
        for c in article_candidates(pipeline, Article(text=text, published=published))
    ]


def _of_kind(
    pipeline: Pipeline, text: str, published: str, kind: str
) -> list[tuple[str, list[str], list[str]]]:
    """The candidates of one kind (see ``_candidates``)."""
    return [c for c in _candidates(pipeline, text, published) if c[0] == kind]


def _figures(pipeline: Pipeline, text: str, published: str, kind: str) -> list[list[str]]:
    """The figures of each candidate of one kind, as written."""
    return [figures for _, figures, _ in _of_kind(pipeline, text, published, kind)]


def _firsts(pipeline: Pipeline, text: str, published: str, kind: str) -> set[str]:
    """The first figure of each candidate of one kind: a sum's whole, a range's point."""
    return {figures[0] for figures in _figures(pipeline, text, published, kind)}


@pytest.fixture
def rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The numeric rule checks switched off, so the learned pass is seen on its own."""
    for name in [n for n in CHECKS if n.startswith("numeric_")]:
        monkeypatch.delitem(CHECKS, name)


def _numeric(text: str, published: str, **options: bool) -> list[tuple[str, str]]:
    pipeline = Pipeline(only=["quantities", "findings"], **options)
    analysis = pipeline.analyze(Article(text=text, published=published))
    return [
        (f.kind, f.explanation)
        for f in analysis.findings
        if f.kind in NUMERIC_KINDS and f.severity == "warning"
    ]


# -- candidates: the arithmetic and the gates, whatever the model's weights ------------


def test_a_figure_outside_a_range_is_a_candidate_and_one_inside_is_not(quantities_pipeline):
    outside = _LIDO.format(second="Lifeguards counted 3,350 bathers on Saturday.")
    [(_, figures, feats)] = _of_kind(quantities_pipeline, outside, "2024-07-29", "range_violation")
    assert figures == ["3,350", "between 1,800 and 2,400"]
    assert "above=True" in feats and "nearest=True" in feats
    inside = _LIDO.format(second="Lifeguards counted 2,350 bathers on Saturday.")
    assert not _of_kind(quantities_pipeline, inside, "2024-07-29", "range_violation")


def test_a_range_per_day_is_not_held_against_a_figure_dated_over_many_days(quantities_pipeline):
    text = _LIDO.format(second="Lifeguards counted 3,350 bathers between July 1 and July 21.")
    assert not _of_kind(quantities_pipeline, text, "2024-07-29", "range_violation")


def test_a_part_needs_a_cue_and_a_figure_for_another_time_is_barred(quantities_pipeline):
    alone = _FERRY.format(second="The Saturday sailings alone carried 1,610 passengers.")
    [(_, figures, feats)] = _of_kind(quantities_pipeline, alone, "2024-05-13", "part_exceeds_whole")
    assert figures == ["1,610", "1,240"] and "a_cue=alone" in feats
    rival = _FERRY.format(second="The rival Ostby ferry carried 1,610 passengers.")
    earlier = _FERRY.format(second="That is down from 1,610 passengers a year earlier.")
    for text in (rival, earlier):
        parts = _of_kind(quantities_pipeline, text, "2024-05-13", "part_exceeds_whole")
        assert parts == [], text


def test_a_rate_over_the_totals_period_is_a_candidate_only_when_it_misses(quantities_pipeline):
    missed = _of_kind(
        quantities_pipeline, _PARCELS.format(total="2,900"), "2024-04-15", "rate_total_mismatch"
    )
    assert [figures for _, figures, _ in missed] == [["about 310", "2,900"]]
    assert "per=week" in missed[0][2]
    fitting = _PARCELS.format(total="4,700")
    assert not _of_kind(quantities_pipeline, fitting, "2024-04-15", "rate_total_mismatch")


def test_parts_that_miss_their_whole_are_a_candidate_and_parts_that_fit_are_not(
    quantities_pipeline,
):
    missed = _of_kind(
        quantities_pipeline, _APPEAL.format(rest="6,000"), "2024-05-10", "sum_mismatch"
    )
    assert ["84,500 pounds", "41,000 pounds", "22,500 pounds", "6,000 pounds"] in [
        figures for _, figures, _ in missed
    ]
    [feats] = [f for _, figures, f in missed if len(figures) == 4]
    assert {"evidence=announced", "evidence=rest", "evidence=count", "over=False"} <= set(feats)
    fitting = _APPEAL.format(rest="21,000")
    assert not _of_kind(quantities_pipeline, fitting, "2024-05-10", "sum_mismatch")


def test_a_stated_change_its_before_and_after_miss_is_a_candidate(quantities_pipeline):
    text = _MUSEUM.format(change="30%")
    [(_, figures, feats)] = _of_kind(quantities_pipeline, text, "2025-03-10", "change_mismatch")
    assert figures == ["30%", "412", "338"]
    assert "link=from_to" in feats and "near=same_sentence" in feats
    twin = _MUSEUM.format(change="18%")  # 338 / 412 is -18%: borne out, no candidate
    assert not _of_kind(quantities_pipeline, twin, "2025-03-10", "change_mismatch")


def test_a_factor_word_in_the_headline_is_read_against_the_pair_below(quantities_pipeline):
    planted = _TOLLS.format(verb="double")  # 31 / 22 is 1.41x, not 2x
    [(_, figures, feats)] = _of_kind(quantities_pipeline, planted, "2025-02-10", "change_mismatch")
    assert figures == ["22 million euros", "31 million euros"]  # the word is no figure
    assert "measure=factor" in feats and "link=noun_periods" in feats
    clean = _TOLLS.format(verb="climb by two-fifths")  # +41%: borne out
    assert not _of_kind(quantities_pipeline, clean, "2025-02-10", "change_mismatch")


def test_a_share_named_for_a_tally_elsewhere_is_a_candidate_only_when_it_misses(
    quantities_pipeline,
):
    missed = _of_kind(
        quantities_pipeline, _CLINIC.format(missed="540"), "2024-04-10", "percentage_mismatch"
    )
    assert [figures for _, figures, _ in missed] == [["Nearly four in ten", "540", "2,400"]]
    assert {"part_link=tally", "whole_link=pronoun", "whole_link=share_noun"} <= set(missed[0][2])
    fitting = _CLINIC.format(missed="910")  # 37.9%: nearly four in ten
    assert not _of_kind(quantities_pipeline, fitting, "2024-04-10", "percentage_mismatch")


def test_an_open_ended_change_in_the_headline_is_read_without_failing(quantities_pipeline):
    # "loses more than a hundred" is a fall of 100 or more: an interval open below, which
    # once made the change generator take the log of zero and fail the whole layer
    text = (
        "Harbury loses more than a hundred corner shops in a year\n\n"
        "Trading standards officers in Harbury counted 412 corner shops in January, down "
        "from 424 a year earlier, the council said on Monday.\n\n"
        "The figures cover shops with a tobacco licence only."
    )
    assert _of_kind(quantities_pipeline, text, "2025-02-10", "change_mismatch") == []
    analysis = Pipeline(only=["quantities", "findings"]).analyze(
        Article(text=text, published="2025-02-10")
    )
    assert analysis.meta.layers["findings"].status == "ran"


# -- the shipped model on its own (rules off), then beside the rules -------------------


def test_the_model_warns_of_a_day_figure_above_the_daily_range(rules_off):
    text = _LIDO.format(second="Lifeguards counted 3,350 bathers on Saturday, the hottest day.")
    [(kind, explanation)] = _numeric(text, "2024-07-29")
    assert kind == "range_violation"
    assert "'between 1,800 and 2,400' a day sets 1,800–2,400; '3,350' is 3,350" in explanation
    assert "950 (40%) above the top of the range" in explanation
    assert "learned pair model (numeric-pairs-v1)" in explanation


def test_the_model_stays_silent_on_a_forecast_beyond_the_range(rules_off):
    text = _LIDO.format(
        second="The council expects up to 3,350 bathers on Saturday if the heat holds."
    )
    assert _numeric(text, "2024-07-29") == []


def test_the_model_warns_of_a_weekly_rate_that_misses_the_years_total(rules_off):
    [(kind, explanation)] = _numeric(_PARCELS.format(total="2,900"), "2024-04-15")
    assert kind == "rate_total_mismatch"
    assert (
        "310 per week × 15.1 weeks = 4,694" in explanation and "the total is 2,900" in explanation
    )
    assert _numeric(_PARCELS.format(total="4,700"), "2024-04-15") == []


def test_rules_only_leaves_the_model_out(rules_off):
    text = _LIDO.format(second="Lifeguards counted 3,350 bathers on Saturday, the hottest day.")
    assert _numeric(text, "2024-07-29", learned_pairs=False) == []


def test_the_model_adds_nothing_where_a_rule_already_warned():
    text = _LIDO.format(
        second="Council figures show 3,350 swimmers came through the turnstiles on Saturday, "
        "the hottest day of the month."
    )
    [(kind, explanation)] = _numeric(text, "2024-07-29")
    assert kind == "range_violation"
    assert "learned pair model" not in explanation  # the rule's own finding, once


def test_figures_of_two_named_holders_are_never_candidates(quantities_pipeline):
    """2,000 arrests in one city and 1,500 in another are two questions: the learned pass
    keeps to the rules' first condition, one holder and place."""
    text = (
        "Lidos packed as heat lingers\n\n"
        "The Ardmore lido welcomes between 1,800 and 2,400 swimmers a day in July, its "
        "manager said.\n\n"
        "The Kilbride lido counted 3,350 swimmers on Saturday, the hottest day."
    )
    kinds = [kind for kind, _, _ in _candidates(quantities_pipeline, text, "2024-07-29")]
    assert "range_violation" not in kinds
    one_lido = text.replace("The Kilbride lido counted", "The Ardmore lido counted")
    kinds = [kind for kind, _, _ in _candidates(quantities_pipeline, one_lido, "2024-07-29")]
    assert "range_violation" in kinds


def test_a_figure_the_rules_found_consistent_is_not_held_against_another(rules_off, monkeypatch):
    """A rule's passing check (an info finding) vouches for its figures: the learned pass
    does not pair them again with others of the same kind."""
    from claimscope.contract.model import Finding
    from claimscope.layers.findings.base import Check

    text = _PARCELS.format(total="2,900")

    def vouch(doc, draft):  # a rule that checked the rate against some total and passed
        rate = next(q for q in draft.quantities if q.text == "about 310")
        passed = {
            "id": "f0",
            "kind": "rate_total_mismatch",
            "severity": "info",
            "message": "checked",
            "explanation": "checked",
            "quantities": [rate.id],
        }
        return [Finding.model_validate(passed)]

    monkeypatch.setitem(
        CHECKS, "numeric_vouch", Check("numeric_vouch", vouch, ("rate_total_mismatch",), ())
    )
    assert [k for k, _ in _numeric(text, "2024-04-15")] == []


def test_a_table_of_more_figures_than_it_reads_gets_the_rules_and_a_note(
    monkeypatch: pytest.MonkeyPatch,
):
    import claimscope.layers.findings as findings

    MAX_FIGURES = 40  # the shipped limit is hundreds: the same path, a shorter table
    monkeypatch.setattr(findings, "MAX_FIGURES", MAX_FIGURES)
    rows = [f"- District {i + 1}: {1000 + 37 * i:,} homes" for i in range(MAX_FIGURES + 5)]
    text = "Homes by district\n\nThe survey counted homes in every district:\n" + "\n".join(rows)
    pipeline = Pipeline(only=["quantities", "findings"])
    analysis = pipeline.analyze(Article(text=text, published="2024-06-01"))
    assert len(analysis.quantities) > MAX_FIGURES
    assert not any("learned pair model" in f.explanation for f in analysis.findings)
    assert any(n.startswith("learned second look skipped") for n in analysis.meta.notes)


@pytest.mark.model
@pytest.mark.usefixtures("rules_off")
def test_a_learned_change_warning_names_the_way_in_words():
    # "not −30%" read as a typo; the working says which way the change went
    [(kind, explanation)] = _numeric(_MUSEUM.format(change="30%"), "2025-03-10")
    assert kind == "change_mismatch"
    assert "(338 − 412) / 412 = -18.0%, not a fall of 30%" in explanation


def test_a_share_said_of_the_count_before_it_is_no_part_of_another(quantities_pipeline):
    # "3,884 homes, 50% empty": the share is of the 3,884, not 3,884's share of a whole;
    # read as set off, each row of a key-figures list paired with the next row's count
    head = "Empty homes by district\n\nThe county counted 41,300 homes in March.\n\n"
    for rows in (
        "- Ashby: 3,884 homes, 50% empty\n- Brill: 5,750 homes, 12% empty\n"
        "- Corton: 7,474 homes, 39% empty",
        "- Ashby: 3,884 homes, 50% of them empty\n- Brill: 5,750 homes, 12% of them empty",
        "- Ashby: 3,884 homes, 50% were empty\n- Brill: 5,750 homes, 12% were empty",
    ):
        assert not _of_kind(quantities_pipeline, head + rows, "2025-04-01", "percentage_mismatch")
    # a share that restates its count ("or 12%") is still read against the whole
    restated = head + "- Ashby: 3,884 homes, or 50% of the total\n- Brill: 5,750 homes, or 12%"
    found = _of_kind(quantities_pipeline, restated, "2025-04-01", "percentage_mismatch")
    assert ["12%", "5,750", "41,300"] in [figures for _, figures, _ in found]


def test_a_long_key_figures_table_gets_the_learned_pass_and_no_row_pairings():
    # 140 figures, more than any news article of the benchmark: read, not skipped, and no
    # row's share is paired with another row's count
    rows = [
        f"- District {i + 1}: {1200 + 97 * i:,} homes, {5 + (i * 7) % 50}% empty" for i in range(70)
    ]
    text = "Empty homes by district\n\nThe county counted 61,300 homes in March.\n\n"
    analysis = Pipeline(only=["quantities", "findings"]).analyze(
        Article(text=text + "\n".join(rows), published="2025-04-01")
    )
    assert len(analysis.quantities) > 120
    assert not any("skipped" in n for n in analysis.meta.notes)
    assert not [f for f in analysis.findings if f.severity == "warning"]


def test_a_part_taken_out_by_a_bare_pronoun_points_back_at_the_nearest_group(
    quantities_pipeline,
):
    waiting = "Jury trials\n\nThere are now 7,300 cases waiting to be tried in the Crown Court.\n\n"
    # "of them" is the 96,000 just named, which holds the 8,400: no part of the 7,300
    nearer = waiting + (
        "Last year the courts dealt with about 96,000 cases beyond a first hearing. "
        "Just 8,400 of them ended in a jury trial."
    )
    assert not _of_kind(quantities_pipeline, nearer, "2025-05-13", "part_exceeds_whole")
    # with nothing nearer, the 7,300 is the group the 8,400 is taken out of
    alone = waiting + "Just 8,400 of them ended in a jury trial."
    found = _of_kind(quantities_pipeline, alone, "2025-05-13", "part_exceeds_whole")
    assert [figures for _, figures, _ in found] == [["8,400", "7,300"]]
    # a pronoun never points forward, at a group named later
    later = (
        "A duty solicitor's year\n\nHer firm shares about 340 legal aid cases a year. Last "
        "year she took 96 of them herself.\n\nThe county now has 23 firms on the rota, down "
        "from 41 in 2015."
    )
    assert not _of_kind(quantities_pipeline, later, "2025-11-18", "part_exceeds_whole")


def test_a_group_named_in_words_may_reach_past_a_nearer_figure(quantities_pipeline):
    text = (
        "Miners rescued\n\nRescuers had brought 126 miners to the surface by Sunday.\n\n"
        "A total of 143 miners were underground when the water broke through. Of those "
        "rescued, 131 were taken to hospital."
    )
    found = _of_kind(quantities_pipeline, text, "2025-03-10", "part_exceeds_whole")
    assert ["131", "126"] in [figures for _, figures, _ in found]


def test_a_length_of_time_is_no_count_of_parts(quantities_pipeline):
    # "within two years" once read as "two parts", the evidence a two-figure sum needs
    text = (
        "Reoffending falls\n\nFor juveniles the picture is worse. Of the 1,050 young people "
        "in the cohort, 38.5% - 404 in all - reoffended within a year.\n\nA charity tracks "
        "the people it supports for two years. Of the 620 people it worked with who left "
        "prison in 2022, 285 - 46% - had been re-arrested within two years."
    )
    assert not _of_kind(quantities_pipeline, text, "2025-03-27", "sum_mismatch")


def test_a_number_word_counting_the_parts_does_not_cut_the_list_it_introduces(
    quantities_pipeline,
):
    # "four parks: 800 ..., 600 ...": the "four" says how many parts follow; it once stood
    # as a figure beside the list, which then read as cut short and gave no candidate
    text = (
        "Winter planting\n\nThe council will plant {whole} trees this winter, it said.\n\n"
        "The trees will go to four parks: 800 in Ashby Park, 600 in Brook Park, 500 at "
        "Carr Fields and 300 at the Dell."
    )
    found = _of_kind(quantities_pipeline, text.format(whole="2,400"), "2025-10-01", "sum_mismatch")
    [feats] = [f for _, figures, f in found if figures == ["2,400", "800", "600", "500", "300"]]
    assert "evidence=count" in feats
    assert not _of_kind(
        quantities_pipeline, text.format(whole="2,200"), "2025-10-01", "sum_mismatch"
    )


def test_alone_belongs_to_the_nearest_figure(quantities_pipeline):
    # "16,400 ... at the 14 points, including 9,870 at North Gate alone": the 9,870 is the
    # part "alone" marks; the 14 points are no part of the 12 points named before
    text = (
        "Border crossings\n\nThe two big crossings took most of the traffic. The remaining 12 "
        "points accounted for the rest.\n\nOn the busiest day, 16,400 people crossed at the "
        "14 points, including 9,870 at North Gate alone."
    )
    found = _of_kind(quantities_pipeline, text, "2025-02-11", "part_exceeds_whole")
    assert not [figures for _, figures, _ in found if figures[0] == "14 points"]


def test_of_the_year_opens_no_group(quantities_pipeline):
    # "At the start of the year the figure was 21,500": a time, not "Of those, 21,500"
    text = (
        "Appeals backlog\n\nAt the end of September, 18,200 appeals were waiting for a "
        "decision. At the start of the year the figure was {start}."
    )
    assert not _of_kind(
        quantities_pipeline, text.format(start="21,500"), "2025-10-09", "part_exceeds_whole"
    )
    grouped = (
        "Appeals backlog\n\nAt the end of September, 18,200 appeals were waiting for a "
        "decision. Of those, 21,500 had waited more than a year."
    )
    found = _of_kind(quantities_pipeline, grouped, "2025-10-09", "part_exceeds_whole")
    assert [figures for _, figures, _ in found] == [["21,500", "18,200"]]


def test_an_average_said_of_its_subject_is_no_total_for_a_rate(quantities_pipeline):
    # "the average fine ... was 1,850 crowns" is per fine: a daily cost elsewhere in the
    # article built up over the year is not held against it
    text = (
        "Allergen rules\n\nLast year the average fine for an allergen offence was 1,850 "
        "crowns, the agency said.\n\nA small bakery would pay about 8 crowns a day for "
        "printed labels."
    )
    assert not _of_kind(quantities_pipeline, text, "2024-11-05", "rate_total_mismatch")
    total = text.replace("the average fine for an allergen offence was", "bakeries paid")
    assert _of_kind(quantities_pipeline, total, "2024-11-05", "rate_total_mismatch")


def test_a_schedule_builds_up_no_count_of_things(quantities_pipeline):
    # "four nights a week" is how often the club opens, not a flow of members
    text = (
        "Youth club\n\nDuring term time the club opens four {unit} a week.\n\nSince 2019, "
        "1,930 young people have registered as members."
    )
    assert not _of_kind(
        quantities_pipeline, text.format(unit="nights"), "2025-09-19", "rate_total_mismatch"
    )
    found = _of_kind(
        quantities_pipeline, text.format(unit="new members"), "2025-09-19", "rate_total_mismatch"
    )
    assert found


def test_a_stretch_of_a_list_that_adds_up_read_further_is_no_breakdown(quantities_pipeline):
    # the four lines make the £1,930.40 bill exactly, so the first three are not a short
    # breakdown of the other bill; with a fourth line that does not complete it, they stay
    text = (
        "Your tax bill explained\n\nA typical home paid £1,850.20 in all, the council says.\n\n"
        "The bill of £1,930.40 is shared between four bodies:\n"
        "- the county: £1,402.10\n- the police: £301.55\n- the fire service: £84.75\n"
        "- the district: £{last}\n"
    )

    def wholes(last: str) -> set[str]:
        found = _figures(quantities_pipeline, text.format(last=last), "2025-03-01", "sum_mismatch")
        return {f[0] for f in found if f[1:] == ["£1,402.10", "£301.55", "£84.75"]}

    assert wholes("142.00") == set()
    assert "£1,850.20" in wholes("97.00")


def test_the_rest_after_a_stated_part_is_no_breakdown_of_that_part(quantities_pipeline):
    # "£40,000 of that; the rest from A (£38,000), B (£12,000) and C (£6,000)": with the
    # £40,000 the list makes the £96,000 budget, so it is no short breakdown of the £40,000
    text = (
        "Club funding\n\nThe club's budget is £96,000. The council gives £40,000 of that. The "
        "rest comes from a trust (£38,000), a lottery grant (£12,000) and fundraising "
        "(£{last})."
    )

    wholes = _firsts(quantities_pipeline, text.format(last="6,000"), "2025-03-01", "sum_mismatch")
    assert "£40,000" not in wholes


def test_lines_of_one_year_are_no_breakdown_of_another_years_whole(quantities_pipeline):
    # the 2024 outturn is no whole of the 2025 budget lines, however the list reads
    text = (
        "Hospital drug budget: key figures\n\n"
        "LAST YEAR\n- Actual drug spending in {year}: €88.7 million\n\n"
        "WHERE THE MONEY GOES IN 2025\n"
        "- Cancer medicines: €38.5 million\n- Biologics: €17.2 million\n"
        "- Antibiotics: €6.9 million\n"
    )

    for year, whole in (("2024", False), ("2025", True)):
        wholes = _firsts(quantities_pipeline, text.format(year=year), "2025-02-10", "sum_mismatch")
        assert ("€88.7 million" in wholes) is whole


def test_a_figure_over_a_longer_stretch_is_no_part_of_the_shorter(quantities_pipeline):
    # "1.9 million of the doses given in the first half" holds the first quarter's doses;
    # it is no part of the quarter's 1.15 million
    text = (
        "Vaccination drive\n\nIn the first quarter 1.15 million doses were given. In the "
        "second quarter the figure rose to 1.31 million doses.\n\nThe national maker produced "
        "1.9 million of the doses given in the first {span}."
    )

    def pairs(span: str) -> list[list[str]]:
        return _figures(
            quantities_pipeline, text.format(span=span), "2024-07-20", "part_exceeds_whole"
        )

    assert ["1.9 million", "1.15 million"] not in pairs("half of the year")
    assert ["1.9 million", "1.15 million"] in pairs("quarter")


def test_a_count_of_people_is_no_measure_of_bookings(quantities_pipeline):
    # the staff count is no week's bookings; "visitors" against "visits" may be one measure
    text = (
        "Holiday lodges busy\n\nIn every week of August the company took between 1,100 and "
        "1,500 new bookings a week.\n\nThe company, which employs about 450 {noun} at the "
        "height of the season, will open two sites."
    )

    for noun, pointed in (("people", False), ("bookings", True)):
        points = _firsts(
            quantities_pipeline, text.format(noun=noun), "2024-09-10", "range_violation"
        )
        assert ("about 450" in points) is pointed


@pytest.mark.parametrize(
    ("people", "things", "apart"),
    [
        ("450 people", "1,500 new bookings", True),
        ("450 visitors", "1,500 visits", False),  # a visit is a visitor's
        ("450 passengers", "1,500 journeys", False),  # one journey a passenger
        ("450 fans", "1,500 tickets", False),
        ("450 people", "1,500 deaths", False),  # an event of people
        ("450 players", "1,500 newcomers", False),  # a person by its ending
        ("450 offenders", "1,500 offences", False),  # the deed of the doer
    ],
)
def test_people_and_things_by_what_each_figure_names(quantities_pipeline, people, things, apart):
    from claimscope.layers.findings.numeric.learned._features import people_and_things

    text = f"Figures\n\nThe firm counted {people} in May. It also counted {things} in June."
    analysis = quantities_pipeline.analyze(Article(text=text, published="2024-09-10"))
    by_text = {q.text: q for q in analysis.quantities}
    a = SimpleNamespace(q=by_text[people.split()[0]])
    b = SimpleNamespace(q=by_text[things.split()[0]])
    assert people_and_things(text, a, b) is apart


def test_the_day_a_budget_was_adopted_is_no_span_apart_from_its_year(quantities_pipeline):
    # "on Tuesday ... a budget of 820 million euros for 2025, split between ...": the parts
    # carry the day of the vote, not a year of their own
    text = (
        "Budget adopted\n\nThe council on Tuesday adopted a budget of 820 million euros for "
        "2025, split between schools (310 million euros), roads (190 million euros) and care "
        "(240 million euros)."
    )
    assert "820 million euros" in _firsts(quantities_pipeline, text, "2024-12-11", "sum_mismatch")


def test_an_open_ended_count_bears_out_no_share(quantities_pipeline):
    # "more than 9,000 of them" fits any share of a smaller part: it offers no reading in
    # which "nearly one in three" holds, so the pair the text links stays a candidate
    text = (
        "Outage\n\nThe Fenbury grid serves 96,000 customers. At the peak more than 9,000 of "
        "them were cut off. By Monday {left} homes were still without power - nearly one in "
        "three of the company's customers."
    )
    missed = _figures(
        quantities_pipeline, text.format(left="17,900"), "2024-12-06", "percentage_mismatch"
    )
    assert ["nearly one in three", "17,900", "96,000"] in missed
    fitting = _figures(
        quantities_pipeline, text.format(left="30,400"), "2024-12-06", "percentage_mismatch"
    )
    assert ["nearly one in three", "30,400", "96,000"] not in fitting


def test_a_changes_start_is_no_whole_of_a_sum(quantities_pipeline):
    # "down 20 percent from 14,060": the figure a change starts from breaks down into nothing
    text = (
        "Key figures\n\nThe airline mishandled 11,240 bags in 2023, down 20 percent from "
        "14,060 in 2022.\n\nOf the 11,240 bags:\n- 9,870 were delayed\n- 1,120 were damaged\n"
        "- 250 were lost\n"
    )
    found = _figures(quantities_pipeline, text, "2024-03-01", "sum_mismatch")
    assert not any("14,060" in figures for figures in found)


@pytest.mark.parametrize(
    ("line", "included"),
    [
        ("- Postal votes included in votes cast: 204,800", True),
        ("- of which delayed: 9,870", True),
        ("- Valid votes: 1,511,200", False),
        ("The total, including VAT, came to 96 euros, of which tax 16 euros; fees 80", False),
    ],
)
def test_a_line_held_in_another_is_a_part_of_a_part(line, included):
    from claimscope.contract.model import Span
    from claimscope.layers.findings.numeric.learned._features import Context
    from claimscope.layers.findings.numeric.learned.sums import _included

    figure = line.rsplit(" ", 1)[-1]
    start = line.rindex(figure)
    e = SimpleNamespace(q=SimpleNamespace(start=start, end=len(line)), sent=0)
    ctx = Context.of(line, [Span(start=0, end=len(line), text=line)])
    assert _included(ctx, e) is included


def test_an_average_says_nothing_of_a_shorter_stretch(quantities_pipeline):
    # "an average of 400 a day" over the month: the four busiest days may hold any share
    text = (
        "Busy December\n\nThe helpline took {total} calls over the month, an average of 400 a "
        "day.\n\nOver the four days from Christmas Day, it took 2,600 calls in total.\n"
    )
    found = _figures(
        quantities_pipeline, text.format(total="12,400"), "2025-01-10", "rate_total_mismatch"
    )
    assert not any("2,600" in figures for figures in found)


def test_half_the_cost_of_another_thing_is_no_share(quantities_pipeline):
    # "at around half the cost of": a size set against another thing's, not a share of a whole
    text = (
        "Road repairs\n\nThe town council spends £2.9 million a year on road maintenance, "
        "roughly £60 for every resident.\n\nWhere the money comes from matters too. Of the "
        "£2.9 million, £1.1 million is a grant passed down from the county council.\n\n"
        "In April the council switched to a new machine, which its supplier says can treat up "
        "to 1,500 square metres a day at around half the cost of conventional resurfacing.\n"
    )
    found = _figures(quantities_pipeline, text, "2024-06-01", "percentage_mismatch")
    assert not any("around half" in figures for figures in found)


@pytest.mark.model
def test_share_after_a_changes_from_is_no_candidate_for_todays_counts(quantities_pipeline):
    """ "rose to 58.4 percent, up 6.3 percentage points from 52.1 percent": 52.1% is the
    start of the change, another election's share; today's 134,550 of 230,400 are not its."""
    text = (
        "Turnout up\n\n"
        "Turnout rose to 58.4 percent, up 6.3 percentage points from 52.1 percent at the last "
        "vote in 2021. A total of 134,550 people voted out of 230,400 registered electors.\n"
    )
    found = _figures(quantities_pipeline, text, "2025-05-12", "percentage_mismatch")
    assert not any(f[0] == "52.1 percent" for f in found)


@pytest.mark.model
def test_share_of_a_cap_nearby_bears_the_share_out(quantities_pipeline):
    """ "may handle no more than 2,950 movements ... 2,480 movements, or 84 percent, the
    previous winter": 84% of the quota at its limit, so 2,480 against this winter's 2,610
    is no candidate."""
    text = (
        "Night flights\n\n"
        "The airport may handle no more than 2,950 aircraft movements at night in a winter. "
        "This winter it handled 2,610 night movements, using 88 percent of the quota, compared "
        "with 2,480 movements, or 84 percent, the previous winter.\n"
    )
    assert _figures(quantities_pipeline, text, "2024-04-02", "percentage_mismatch") == []


@pytest.mark.model
def test_share_of_things_is_no_candidate_for_counts_of_people(quantities_pipeline):
    """ "in roughly half of fatal fires there was no working smoke alarm" against "251 people
    died ..., 85 of them in the last four": fires are not the people who died in them."""
    text = (
        "Fire deaths\n\n"
        "In total, 251 people died in fires in the county over the ten years, 85 of them in "
        "the last four. The review found that in roughly half of fatal fires there was no "
        "working smoke alarm.\n"
    )
    found = _figures(quantities_pipeline, text, "2024-05-02", "percentage_mismatch")
    assert not any(f[1] == "85" for f in found)


@pytest.mark.model
def test_a_list_of_prices_is_no_sum(quantities_pipeline):
    """ "Adult tickets will cost £12, concessions £9 and under-16s £5. A family ticket ...
    will cost £30": prices of one ticket each, no parts of the £30."""
    text = (
        "Exhibition tickets\n\n"
        "Adult tickets will cost £12, concessions £9 and under-16s £5. A family ticket for "
        "two adults and up to three children will cost £30, a saving of up to £9.\n"
    )
    assert _figures(quantities_pipeline, text, "2024-03-01", "sum_mismatch") == []


def test_a_whole_of_one_has_no_larger_part(quantities_pipeline):
    text = (
        "Horses seized\n\nSeveral horses were given a body condition score of one on a "
        "five-point scale. The vet concluded that four of the horses had to be put down."
    )
    parts = _figures(quantities_pipeline, text, "2024-05-13", "part_exceeds_whole")
    assert ["four", "one"] not in parts


def test_a_price_list_holds_no_sums(quantities_pipeline):
    text = (
        "Club membership\n\nThe club has 386 members.\n\n"
        "Membership prices for 2024 are:\n"
        "- Adult playing member: £160\n"
        "- Junior (aged 11 to 17): £60\n"
        "- Family: £290\n"
        "- Social member: £35\n\n"
        "A family membership saves £30 compared with two adult memberships.\n"
    )
    assert _figures(quantities_pipeline, text, "2024-01-10", "sum_mismatch") == []


def test_a_figure_many_times_a_range_is_no_candidate_against_it(quantities_pipeline):
    text = (
        "Living with fire\n\nIn a normal season between 3,000 and 5,500 hectares burn each "
        "year across the district. The great fire of 2019 burned {size} hectares."
    )
    far = _figures(quantities_pipeline, text.format(size="42,000"), "2024-05-13", "range_violation")
    near = _figures(quantities_pipeline, text.format(size="7,000"), "2024-05-13", "range_violation")
    assert far == [] and near != []


def test_a_signed_difference_is_neither_part_nor_whole(quantities_pipeline):
    text = (
        "Ashby fire statistics at a glance\n\n"
        "The service has published its statistics for the year from 1 April 2023 to 31 March "
        "2024.\n\n"
        "ALL INCIDENTS\n"
        "Total incidents attended: 7,812\n"
        "Change: +357 (+4.8%)\n\n"
        "FIRES IN DETAIL\n"
        "Primary fires: 1,020\n"
        "Accidental dwelling fires (included in primary fires): 398\n"
    )
    parts = _figures(quantities_pipeline, text, "2024-05-08", "part_exceeds_whole")
    assert not any("+357" in figures for figures in parts)


def test_the_minutes_of_a_length_in_hours_and_minutes_are_no_parts(quantities_pipeline):
    text = (
        "Railway opens, bringing two cities within 90-minute reach\n\n"
        "The railway opened to traffic on Tuesday.\n\n"
        "The new line has a total length of 240 kilometers and nine stations, six of which are "
        "newly built. The fastest journey time between the two cities has been shortened from "
        "3 hours and 40 minutes to 1 hour and 25 minutes, a reduction of 2 hours and 15 "
        "minutes.\n"
    )
    assert not _figures(quantities_pipeline, text, "2024-12-30", "sum_mismatch")
