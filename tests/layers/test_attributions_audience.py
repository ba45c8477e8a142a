"""Who was told is not who told: the audience of "was told" and "the court heard"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _one(attributions_of, text: str) -> tuple[str | None, str, str]:
    (a,) = attributions_of(text)
    return (a.source.text if a.source else None, a.cue.text, a.content.text)


def test_passive_told_after_the_clause_reports_the_clause(attributions_of):
    assert _one(
        attributions_of,
        "Ridership on the ferry fell to 410,000 last year, the harbour board was told.",
    ) == (None, "told", "Ridership on the ferry fell to 410,000 last year")


def test_passive_told_with_that_clause_has_no_source_but_its_agent(attributions_of):
    assert _one(attributions_of, "Councillors were told that the depot would close in May.") == (
        None,
        "told",
        "that the depot would close in May",
    )
    source, _, content = _one(
        attributions_of, "Councillors were told by the treasurer that the depot would close."
    )
    assert (source, content) == ("the treasurer", "that the depot would close")


def test_the_court_heard_is_a_cue_whose_court_is_no_source(attributions_of):
    assert _one(attributions_of, "The driver had been awake for 20 hours, the court heard.") == (
        None,
        "heard",
        "The driver had been awake for 20 hours",
    )
    assert _one(attributions_of, "The jury heard that the van was stolen in March.") == (
        None,
        "heard",
        "that the van was stolen in March",
    )


def test_a_story_that_was_told_is_no_audience(attributions_of):
    """With no clause told, the passive subject is the thing told, and the agent speaks."""
    found = attributions_of("The story of the strike was told by the union's own newsletter.")
    assert all(a.content.text != "the union's own newsletter" for a in found)


def test_a_proper_name_the_tagger_missed_keeps_its_compounds(attributions_of):
    """ "South Fells Water said": no entity, but the name is all three words."""
    found = attributions_of(
        "Reservoir levels fell to 41%, down from 68% in June, South Fells Water said on Monday."
    )
    assert [a.source.entity for a in found if a.source] == ["South Fells Water"]


def test_a_name_ending_in_an_organisation_word_is_an_organisation(attributions_of):
    """ "South Fells Water said", "Harlow Community Trust said": names no tagger knew,
    whose last word says they are bodies, not people."""
    found = attributions_of(
        "Reservoir levels fell to 41%, down from 68% in June, South Fells Water said on Monday. "
        "Demand for food parcels doubled, Brackley Valley Trust said."
    )
    assert {a.source.entity: a.source.kind for a in found if a.source} == {
        "South Fells Water": "organization",
        "Brackley Valley Trust": "organization",
    }


def test_a_headline_source_before_a_paragraph_break_ends_at_its_last_word(attributions_of):
    found = attributions_of(
        "Bike scheme a runaway success, says mayor\n\nThe scheme carried 1.32 million rides."
    )
    assert [a.source.text for a in found if a.source] == ["mayor"]


def test_a_verb_of_counting_with_a_figure_reports_nothing(attributions_of):
    """ "Turnstiles counted 131,400 visitors" is a count; "recorded that ..." reports."""
    assert attributions_of("Turnstiles counted 131,400 visitors in August.") == []
    assert attributions_of("The scheme logged 7,950 rides in its first month.") == []
    source, cue, content = _one(attributions_of, "Police recorded that 41 cars were stolen.")
    assert (source, cue, content) == ("Police", "recorded", "that 41 cars were stolen")


def test_seeing_a_figure_reports_nothing(attributions_of):
    """ "The departments saw 48,200 attendances" is what they handled, not what they said;
    with a figure for object "see" is no reporting cue."""
    assert attributions_of("The departments saw 48,200 attendances in the month.") == []
    assert attributions_of("The ward has seen between 40 and 60 patients a day.") == []
