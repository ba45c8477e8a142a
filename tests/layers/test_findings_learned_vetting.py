"""The learned second look vetting the rules' own warnings (``learned.vet``): a warning the
pair model scores low, or one no generator proposes for a corroborated kind, is left out
and named in the notes; a real conflict, other kinds and info findings stay. Articles are
short ones we wrote, each with a construction the rules are known to misread."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from claimscope.contract.model import Article, Finding
from claimscope.layers.findings.numeric._wording import SUB_PERIOD
from claimscope.layers.findings.numeric.learned import (
    CORROBORATED,
    DOUBT,
    Candidate,
    load_pair_models,
    vet,
)
from claimscope.layers.findings.numeric.learned._candidate import vetoed
from claimscope.pipeline import Pipeline

# Enrolment averaged per month against people screened: a rate of one thing, a total of
# another. The rules take them as one measure; the model does not.
_TRIAL = (
    "Hearing trial still short of volunteers\n\n"
    "Since the first volunteer joined in March 2023, the eleven hearing clinics in the study "
    "have averaged about 15 new recruits a month, its organisers said.\n\n"
    "Only one applicant in four qualifies. So far 960 people have been screened to find the "
    "260 who took part."
)
# Two operators' cuts: the rules read "seven of its 38" and "three routes" as part and
# whole; no generator proposes them, since nothing marks one as part of the other.
_BUSES = (
    "Two operators cut village bus routes\n\n"
    "Moorland Coaches will withdraw seven of its 38 routes in Eskdale from July 1, the "
    "company said on Monday.\n\n"
    "Separately, Dale Rider said it will drop three routes in the north of the valley, so that "
    "10 routes in Eskdale will go this summer."
)
# A real conflict the rules tie: a rate over a period against its total.
_PARCELS = (
    "Food bank demand climbs\n\n"
    "The Elmstead food bank has handed out about 310 parcels a week since January 1, its "
    "coordinator said.\n\n"
    "Volunteers now open three evenings a week. In total the food bank has given out 2,100 "
    "parcels so far this year, according to its annual update.\n\n"
    "The charity was founded in 2009."
)


def _run(text: str, published: str, learned: bool) -> tuple[list[Finding], list[str]]:
    pipeline = Pipeline(only=["quantities", "findings"], learned_pairs=learned)
    analysis = pipeline.analyze(Article(text=text, published=published))
    warnings = [f for f in analysis.findings if f.severity != "info" and f.quantities]
    return warnings, list(analysis.meta.notes)


@pytest.mark.model
def test_a_rule_warning_the_model_scores_low_is_left_out_and_named() -> None:
    rules, _ = _run(_TRIAL, "2024-09-10", learned=False)
    assert [f.kind for f in rules] == ["rate_total_mismatch"]
    vetted, notes = _run(_TRIAL, "2024-09-10", learned=True)
    assert vetted == []
    (note,) = [n for n in notes if "left out" in n]
    assert "rate_total_mismatch" in note and f"below {DOUBT}" in note
    assert rules[0].message in note


@pytest.mark.model
def test_a_corroborated_kind_needs_a_candidate() -> None:
    rules, _ = _run(_BUSES, "2024-06-10", learned=False)
    assert [f.kind for f in rules] == ["part_exceeds_whole"]
    assert "part_exceeds_whole" in CORROBORATED
    vetted, notes = _run(_BUSES, "2024-06-10", learned=True)
    assert vetted == []
    assert any("no candidate generator proposes" in n for n in notes)


@pytest.mark.model
def test_a_real_conflict_the_rules_tie_is_kept() -> None:
    rules, _ = _run(_PARCELS, "2024-05-03", learned=False)
    vetted, notes = _run(_PARCELS, "2024-05-03", learned=True)
    assert [f.kind for f in rules] == ["rate_total_mismatch"]
    assert [f.kind for f in vetted] == ["rate_total_mismatch"]
    assert not any("left out" in n for n in notes)


# -- vet() alone, with stand-in candidates: the rule, not the model ----------------------


def _finding(kind: str, figures: list[str], severity: str = "warning") -> Finding:
    return Finding(
        id="f", kind=kind, severity=severity, message="m", explanation="e", quantities=figures
    )  # type: ignore[arg-type]


def _candidate(kind: str, figures: list[str]) -> Candidate:
    entries = tuple(SimpleNamespace(q=SimpleNamespace(id=i)) for i in figures)
    return cast(Any, SimpleNamespace(kind=kind, entries=entries))


@pytest.fixture(scope="module")
def models() -> dict[str, Any]:
    return dict(load_pair_models())


@pytest.mark.model
def test_vet_weighs_the_best_candidate_sharing_two_figures(models: dict[str, Any]) -> None:
    warning = _finding("rate_total_mismatch", ["q1", "q2"])
    low = [(0.05, _candidate("rate_total_mismatch", ["q1", "q2"]))]
    also_high = [*low, (0.6, _candidate("rate_total_mismatch", ["q2", "q1", "q7"]))]
    other_figures = [(0.6, _candidate("rate_total_mismatch", ["q1", "q9"]))]
    assert vet([warning], low, models)[0] == []
    assert vet([warning], also_high, models)[0] == [warning]
    # a candidate sharing one figure reads another conflict: the warning is unproposed
    kept, doubted = vet([warning], other_figures, models)
    assert kept == [] and "no candidate" in doubted[0][1]


@pytest.mark.model
def test_vet_leaves_info_uncorroborated_kinds_and_unmodelled_kinds(
    models: dict[str, Any],
) -> None:
    info = _finding("rate_total_mismatch", ["q1", "q2"], severity="info")
    share = _finding("percentage_mismatch", ["q1", "q2", "q3"])
    units = _finding("unit_mismatch", ["q1", "q2"])
    assert "percentage_mismatch" not in CORROBORATED and "unit_mismatch" not in models
    kept, doubted = vet([info, share, units], [], models)
    assert kept == [info, share, units] and doubted == []
    # a share the model doubts is still left out
    low = [(0.01, _candidate("percentage_mismatch", ["q3", "q1"]))]
    assert vet([share], low, models)[0] == []


@pytest.mark.model
def test_rules_only_keeps_every_rule_warning() -> None:
    for text, published in ((_TRIAL, "2024-09-10"), (_BUSES, "2024-06-10")):
        warnings, notes = _run(text, published, learned=False)
        assert warnings and not any("left out" in n for n in notes)


@pytest.mark.model
def test_wording_judges_only_unproposed_warnings_of_uncorroborated_kinds(
    models: dict[str, Any],
) -> None:
    asked: list[str] = []

    def doubtful(f: Finding) -> float | None:
        asked.append(f.kind)
        return 0.1

    share = _finding("percentage_mismatch", ["q1", "q2", "q3"])
    units = _finding("unit_mismatch", ["q4", "q5"])
    part = _finding("part_exceeds_whole", ["q6", "q7"])
    proposed = _finding("sum_mismatch", ["q8", "q9"])
    scored = [(0.5, _candidate("sum_mismatch", ["q8", "q9"]))]
    kept, doubted = vet([share, units, part, proposed], scored, models, doubtful)
    assert kept == [proposed]
    assert sorted(asked) == ["percentage_mismatch", "unit_mismatch"]
    reasons = {f.kind: why for f, why in doubted}
    assert "wording verifier scores it 0.10" in reasons["unit_mismatch"]
    assert "no candidate generator" in reasons["part_exceeds_whole"]
    # a verifier that does not doubt them keeps them
    kept, _ = vet([share, units], [], models, lambda f: None)
    assert kept == [share, units]


def test_a_sub_period_part_goes_to_the_wording_verifier_not_out(models: dict[str, Any]) -> None:
    # no generator pairs figures by their periods, so no candidate says nothing of it
    sub = Finding(
        id="f",
        kind="part_exceeds_whole",
        severity="warning",
        message="m",
        explanation=f"48,600 (second quarter) > 44,900 (first half): {SUB_PERIOD} cannot ...",
        quantities=["q1", "q2"],
    )
    kept, _ = vet([sub], [], models, lambda f: None)
    assert kept == [sub]
    kept, doubted = vet([sub], [], models, lambda f: 0.1)
    assert kept == [] and "wording verifier" in doubted[0][1]


# A quarter's output under a dated heading larger than the half year's: the rules tie them
# by their periods, and the vet keeps the warning though no generator proposes the pair.
_SMELTER = (
    "Smelter reports record quarter\n\n"
    "Highlights, second quarter:\n\n"
    "- Copper output of {quarter} tonnes, up 9% on the same quarter last year.\n"
    "- No lost-time injuries.\n\n"
    "Highlights, first half:\n\n"
    "- Copper output of 52,300 tonnes for the six months to 30 June.\n"
)


@pytest.mark.model
def test_a_quarter_larger_than_its_half_year_is_kept_by_the_vet() -> None:
    vetted, _ = _run(_SMELTER.format(quarter="58,100"), "2024-07-25", learned=True)
    assert [f.kind for f in vetted] == ["part_exceeds_whole"]
    assert SUB_PERIOD in vetted[0].explanation
    clean, _ = _run(_SMELTER.format(quarter="27,100"), "2024-07-25", learned=True)
    assert clean == []


def test_a_warning_whose_figures_the_generator_vetoed_is_doubted(models: dict[str, Any]) -> None:
    # a vetoed candidate is scored 0 (see second_look): the rule warning on its figures goes
    warning = _finding("sum_mismatch", ["q1", "q2"])
    veto = vetoed("sum_mismatch", cast(Any, _candidate("sum_mismatch", ["q1", "q2"]).entries))
    kept, doubted = vet([warning], [(0.0, veto)], models, lambda f: None)
    assert kept == [] and "0.00" in doubted[0][1]
    with pytest.raises(ValueError):
        veto.finding(0.9, "numeric-pairs-v1")


@pytest.mark.model
def test_the_list_that_adds_up_read_further_is_vetoed_not_dropped() -> None:
    from claimscope.layers.base import Draft
    from claimscope.layers.findings._ledger import build_ledger
    from claimscope.layers.findings.numeric._book import publication_end
    from claimscope.layers.findings.numeric.learned import Context, candidates

    text = (
        "Your tax bill explained\n\nThe bill rises from £1,850.20 to £1,930.40 this year.\n\n"
        "The bill of £1,930.40 is shared between four bodies:\n"
        "- the county: £1,402.10\n- the police: £301.55\n- the fire service: £84.75\n"
        "- the district: £142.00\n"
    )
    pipeline = Pipeline(only=["quantities", "findings"], learned_pairs=False)
    article = Article(text=text, published="2025-03-01")
    analysis = pipeline.analyze(article)
    draft = Draft(article=article, article_id="t")
    draft.sentences, draft.quantities = list(analysis.sentences), list(analysis.quantities)
    ledger = build_ledger(pipeline.parse(article), draft)
    ctx = Context.of(text, draft.sentences, publication_end(draft))
    runs = [
        [e.q.text for e in c.entries] for c in candidates(ctx, ledger, ["sum_mismatch"]) if c.vetoed
    ]
    assert ["£1,402.10", "£301.55", "£84.75"] in runs


# Two changes in two sentences, each with its own "from X to Y": the second's "from" is
# its own, so the generator does not tie 590 in the second sentence back to 412 in the
# first (a pair that would bear out the first sentence's 27% by chance).
_FOSTERING = (
    "Foster carers leave\n\n"
    "The number of approved fostering households in the borough has fallen from 412 in "
    "March 2021 to 338 this spring, a drop of {drop} per cent. Over the same period the "
    "number of children in care has risen from 590 to 655, an increase of 11 per cent.\n"
)


@pytest.mark.model
@pytest.mark.parametrize(("drop", "planted"), [("27", True), ("18", False)])
def test_a_change_is_not_borne_out_by_a_pair_across_two_from_to_sentences(
    drop: str, planted: bool
) -> None:
    vetted, notes = _run(_FOSTERING.format(drop=drop), "2025-05-27", learned=True)
    assert [f.kind for f in vetted] == (["change_mismatch"] if planted else [])
    assert not any("left out" in n for n in notes)


# A price per kilo is a ratio the generators never read (the ledger leaves it to the change
# checks): no candidate for it says nothing, so the rule's warning stays.
_COD = (
    "Cod prices\n\n"
    "The average price paid for cod at the auction rose {size} percent in the first quarter, "
    "from €3.20 a kilo in January to €4.10 in March.\n"
)


@pytest.mark.model
@pytest.mark.parametrize(("size", "planted"), [("45", True), ("28", False)])
def test_a_change_in_a_price_per_unit_is_not_vetoed_for_want_of_a_candidate(
    size: str, planted: bool
) -> None:
    vetted, notes = _run(_COD.format(size=size), "2024-04-08", learned=True)
    assert [f.kind for f in vetted] == (["change_mismatch"] if planted else [])
    assert not any("left out" in n for n in notes)


def test_vet_leaves_a_figure_the_generators_never_read_to_the_wording(
    models: dict[str, Any],
) -> None:
    warning = _finding("change_mismatch", ["q1", "q2", "q3"])
    kept, doubted = vet([warning], [], models, None, read={"change_mismatch": {"q1"}})
    assert kept == [warning] and doubted == []
    read = {"change_mismatch": {"q1", "q2", "q3"}}
    kept, doubted = vet([warning], [], models, None, read=read)
    assert kept == [] and len(doubted) == 1


# A range of percentages is no generator's to propose (they pair counts and amounts): a
# month's share outside the share said to hold every month stays a warning.
_BINS = (
    "Recycling rates\n\n"
    "The council says that in every month this year between 41 and 47 percent of household "
    "waste was sent for recycling.\n\n"
    "Its monthly returns show rates of 44.1 percent in January, 42.6 percent in February, "
    "{march} percent in March and 45.0 percent in April.\n"
)


@pytest.mark.model
@pytest.mark.parametrize(("march", "planted"), [("33.8", True), ("46.2", False)])
def test_a_range_of_percentages_is_not_vetoed_for_want_of_a_candidate(
    march: str, planted: bool
) -> None:
    vetted, notes = _run(_BINS.format(march=march), "2024-05-20", learned=True)
    assert [f.kind for f in vetted] == (["range_violation"] if planted else [])
    assert not any("left out" in n for n in notes)
