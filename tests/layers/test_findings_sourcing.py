"""Sourcing checks on drafts built by hand over short articles written for each check."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Attribution, Claim, Source, Span
from claimscope.layers.base import Draft
from claimscope.layers.findings.sourcing import (
    check_headline,
    check_one_sided,
    check_unattributed,
    check_vague,
    voices,
)

pytestmark = pytest.mark.model


def _span(text: str, sub: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Span(start=start, end=start + len(sub), text=sub)


def _source(
    text: str,
    sub: str,
    *,
    entity: str | None = None,
    kind: str = "person",
    affiliation: str | None = None,
) -> Source:
    s = _span(text, sub)
    return Source(
        start=s.start,
        end=s.end,
        text=s.text,
        entity=entity or sub,
        kind=kind,
        affiliation=affiliation,
    )  # type: ignore[arg-type]


def _draft(real_nlp, text: str, attributions: list[Attribution], *ran: str):  # type: ignore[no-untyped-def]
    doc = real_nlp(text)
    draft = Draft(article=Article(text=text), article_id="t")
    draft.sentences = [
        Span(start=s.start_char, end=s.end_char, text=s.text) for s in doc.sents if s.text.strip()
    ]
    draft.attributions = attributions
    draft.ran = {"sentences", "attributions", *ran}
    return doc, draft


def test_findings_sourcing_vague_and_anonymous_sources(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rates\n\nEconomists say rates will rise. A person familiar with the plan said cuts "
        "were coming. The minister Ana Ruiz said nothing would change."
    )
    attrs = [
        Attribution(
            id="a1",
            source=_source(text, "Economists", kind="vague"),
            cue=_span(text, "say"),
            content=_span(text, "rates will rise"),
        ),
        Attribution(
            id="a2",
            source=_source(text, "A person familiar with the plan", kind="anonymous"),
            cue=_span(text, "said"),
            content=_span(text, "cuts were coming"),
        ),
        Attribution(
            id="a3",
            source=_source(text, "Ana Ruiz"),
            cue=_span(text, "said", 1),
            content=_span(text, "nothing would change"),
        ),
    ]
    doc, draft = _draft(real_nlp, text, attrs)
    found = check_vague(doc, draft)
    assert [f.severity for f in found] == ["warning", "info"]
    assert "Economists" in found[0].message
    assert all(f.kind == "vague_attribution" for f in found)


def test_findings_sourcing_unattributed_figure_without_claims(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour\n\nThe harbour handled 41,000 containers in March. "
        "Port chief Ida Holm said the season was calm. The weather was mild."
    )
    attrs = [
        Attribution(
            id="a1",
            source=_source(text, "Ida Holm"),
            cue=_span(text, "said"),
            content=_span(text, "the season was calm"),
        )
    ]
    doc, draft = _draft(real_nlp, text, attrs)
    found = check_unattributed(doc, draft)
    assert len(found) == 1
    assert "41,000 containers" in found[0].spans[0].text


def test_findings_sourcing_unattributed_uses_claims_scores(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour\n\nThe Velmar harbour was closed by the council in 1990. "
        "It handled 41,000 containers."
    )
    first = _span(text, "The Velmar harbour was closed by the council in 1990.")
    second = _span(text, "It handled 41,000 containers.")
    doc, draft = _draft(real_nlp, text, [], "claims")
    draft.claims = [
        Claim(start=first.start, end=first.end, text=first.text, checkworthiness=0.9),
        Claim(start=second.start, end=second.end, text=second.text, checkworthiness=0.1),
    ]
    found = check_unattributed(doc, draft)
    assert [f.spans[0].text for f in found] == [first.text]
    assert "0.90" in found[0].explanation


def test_findings_sourcing_one_sided_when_one_affiliation_speaks(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dam\n\nWater board spokesman Ken Ito said the dam is safe. "
        "Board engineer Mia Sato said the walls were checked twice."
    )
    attrs = [
        Attribution(
            id="a1",
            source=_source(text, "Ken Ito", affiliation="Water Board"),
            cue=_span(text, "said"),
            content=_span(text, "the dam is safe"),
        ),
        Attribution(
            id="a2",
            source=_source(text, "Mia Sato", affiliation="Water Board"),
            cue=_span(text, "said", 1),
            content=_span(text, "the walls were checked twice"),
        ),
    ]
    doc, draft = _draft(real_nlp, text, attrs)
    [finding] = check_one_sided(doc, draft)
    assert "Water Board" in finding.message
    assert "Ken Ito (Water Board)" in finding.explanation
    assert [v.name for v in voices(attrs)] == ["Mia Sato", "Ken Ito"]


def test_findings_sourcing_not_one_sided_with_an_opposing_voice(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dam\n\nWater board spokesman Ken Ito said the dam is safe and was inspected in May. "
        "Farmer Lea Moor said it leaks."
    )
    attrs = [
        Attribution(
            id="a1",
            source=_source(text, "Ken Ito", affiliation="Water Board"),
            cue=_span(text, "said"),
            content=_span(text, "the dam is safe and was inspected in May"),
        ),
        Attribution(
            id="a2",
            source=_source(text, "Lea Moor"),
            cue=_span(text, "said", 1),
            content=_span(text, "it leaks"),
        ),
    ]
    doc, draft = _draft(real_nlp, text, attrs)
    assert check_one_sided(doc, draft) == []


def test_findings_sourcing_headline_names_unsupported_words(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Secret Memo Shows Council Lost Pension Money\n\n"
        "The council lost money from its pension fund last year, the auditor said. "
        "The fund was invested in bonds that fell in value."
    )
    doc, draft = _draft(real_nlp, text, [])
    [finding] = check_headline(doc, draft)
    assert finding.kind == "headline_unsupported"
    assert any("Memo" in s.text for s in finding.spans)
    assert "Council" not in [s.text for s in finding.spans]


def test_findings_sourcing_supported_headline_is_quiet(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council Lost Pension Money\n\n"
        "The council lost money from its pension fund last year, the auditor said."
    )
    doc, draft = _draft(real_nlp, text, [])
    assert check_headline(doc, draft) == []


def test_findings_sourcing_passive_cue_without_agent_is_vague(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dam\n\nIt is believed that the dam will fail within a decade."
    attrs = [
        Attribution(
            id="a1",
            source=None,
            cue=_span(text, "believed"),
            content=_span(text, "the dam will fail within a decade"),
        )
    ]
    doc, draft = _draft(real_nlp, text, attrs)
    [finding] = check_vague(doc, draft)
    assert "without saying by whom" in finding.message


def _claims(draft: Draft, text: str, *sentences: str) -> None:
    draft.claims = [
        Claim(start=s.start, end=s.end, text=s.text, checkworthiness=0.9)
        for s in (_span(text, sent) for sent in sentences)
    ]


def test_findings_sourcing_unattributed_skips_commentary_and_forecasts(real_nlp) -> None:  # type: ignore[no-untyped-def]
    sentences = (
        "The ferry company carried 12,000 passengers in June.",
        "The Velmar ferry company has cancelled the winter timetable.",
        "Crews have walked out twice this year.",
        "The situation is deeply worrying for the island.",
        "Fares will rise by 5% next year.",
        "This is arguably the worst season on record.",
    )
    text = "Ferries\n\n" + " ".join(sentences)
    doc, draft = _draft(real_nlp, text, [], "claims")
    _claims(draft, text, *sentences)
    found = {f.spans[0].text: f.severity for f in check_unattributed(doc, draft)}
    assert found == {
        sentences[0]: "warning",  # a figure
        sentences[1]: "warning",  # a name and a reported event
        sentences[2]: "info",  # an event, nobody named
    }


def test_findings_sourcing_unattributed_skips_sentences_inside_a_content(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ferries\n\nThe ferry company carried 12,000 passengers in June, "
        "the Velmar port office said."
    )
    attrs = [
        Attribution(
            id="a1",
            source=_source(text, "the Velmar port office", kind="government"),
            cue=_span(text, "said"),
            content=_span(text, "The ferry company carried 12,000 passengers in June"),
        )
    ]
    doc, draft = _draft(real_nlp, text, attrs, "claims")
    _claims(draft, text, "The ferry company carried 12,000 passengers in June, ")
    assert check_unattributed(doc, draft) == []


def test_findings_sourcing_unaffiliated_person_is_not_a_side(real_nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bridge\n\nEngineer Olu Bello said the bridge is sound. Bello added that the cables "
        "were replaced in 2019. Critics said the inspection was rushed."
    )
    attrs = [
        Attribution(
            id="a1",
            source=_source(text, "Engineer Olu Bello", entity="Olu Bello"),
            cue=_span(text, "said"),
            content=_span(text, "the bridge is sound"),
        ),
        Attribution(
            id="a2",
            source=_source(text, "Bello", entity="Olu Bello"),
            cue=_span(text, "added"),
            content=_span(text, "that the cables were replaced in 2019"),
        ),
        Attribution(
            id="a3",
            source=_source(text, "Critics", kind="vague"),
            cue=_span(text, "said", 1),
            content=_span(text, "the inspection was rushed"),
        ),
    ]
    doc, draft = _draft(real_nlp, text, attrs)
    assert check_one_sided(doc, draft) == []
    [row] = voices(attrs)
    assert row.name == "Olu Bello" and not row.affiliated and row.share == 1.0


def test_findings_sourcing_headline_figure_rounded_from_the_body_is_supported(real_nlp) -> None:  # type: ignore[no-untyped-def]
    """ "tops 61,000" over the body's 61,200: a headline rounds; 75,000 would not be."""
    body = "\n\nThe waiting list held 61,200 patients at the end of September, the council said."
    doc, draft = _draft(real_nlp, "Waiting list tops 61,000 patients" + body, [])
    assert check_headline(doc, draft) == []
    doc, draft = _draft(real_nlp, "Waiting list tops 75,000 patients" + body, [])
    [finding] = check_headline(doc, draft)
    assert "75,000" in finding.explanation


def test_findings_sourcing_headline_singular_of_a_plural_name_is_supported(real_nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Ferry operator" over the body's "Westray Ferries operator": the name's plural is the
    headline's noun."""
    body = "\n\nThe Westray Ferries operator carried 412,000 passengers this summer, it said."
    doc, draft = _draft(real_nlp, "Ferry operator carries more passengers" + body, [])
    assert check_headline(doc, draft) == []
