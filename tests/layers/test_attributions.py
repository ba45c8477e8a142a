"""The attributions layer on short articles written for each construction it must handle."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Attribution, Source
from claimscope.layers._attribution.linear import LinearModel, load_model
from claimscope.layers._attribution.quotes import find_quotes


def _quotes(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


# -- quotations (no model needed) ----------------------------------------------------------


def test_attributions_quotes_straight_and_curly() -> None:
    text = 'He said "no deal" today.\nShe replied “not yet” and left.'
    assert _quotes(text) == ['"no deal"', "“not yet”"]


def test_attributions_quotes_nested_single_marks_stay_inside() -> None:
    text = "“They told me ‘leave now’ and I did,” the farmer said."
    assert _quotes(text) == ["“They told me ‘leave now’ and I did,”"]


def test_attributions_quotes_multi_paragraph_opens_each_paragraph() -> None:
    text = (
        "The mayor said: “We built the bridge in a year.\n\n"
        "“Nobody believed us, but the town paid for every bolt.”\n\nThen she left."
    )
    [quote] = _quotes(text)
    assert quote.startswith("“We built") and quote.endswith("every bolt.”")


def test_attributions_quotes_unclosed_mark_ends_with_its_paragraph() -> None:
    text = "He said “this never closes\n\nA new paragraph without marks."
    assert _quotes(text) == ["“this never closes"]


def test_attributions_linear_model_scores_present_features() -> None:
    model = LinearModel(weights={"a": 2.0, "b": -1.0}, bias=-0.5)
    assert model.logit(["a", "b", "zzz"]) == pytest.approx(0.5)
    assert 0.6 < model.prob(["a", "b"]) < 0.7


# -- the layer with the shipped model ------------------------------------------------------


@pytest.fixture
def analyse(attributions_of):  # type: ignore[no-untyped-def]
    return attributions_of


def _by_cue(found: list[Attribution], word: str) -> Attribution:
    for a in found:
        if a.cue is not None and word in a.cue.text.lower():
            return a
    raise AssertionError(f"no cue {word!r} in {[a.cue.text for a in found if a.cue]}")


def _entity(a: Attribution) -> str | None:
    return a.source.entity if a.source is not None else None


@pytest.mark.model
def test_attributions_direct_quote_straight_marks(analyse) -> None:  # type: ignore[no-untyped-def]
    text = 'Harbour fees rise\n\n"We cannot keep the port open at these prices," said Ellen Porter.'
    a = _by_cue(analyse(text), "said")
    assert a.direct
    assert "keep the port open" in a.content.text
    assert _entity(a) == "Ellen Porter"


@pytest.mark.model
def test_attributions_quote_split_by_cue_is_one_content(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Clinic waiting lists grow\n\nDr. Amara Okafor runs the clinic in Lodwar.\n\n"
        "“The figures,” she said, “are staggering for a town this size.”"
    )
    a = _by_cue(analyse(text), "said")
    assert a.direct
    assert "figures" in a.content.text and "staggering" in a.content.text
    assert a.source is not None and a.source.text == "she"
    assert a.source.entity == "Amara Okafor" and a.source.kind == "person"


@pytest.mark.model
def test_attributions_indirect_said_that(analyse) -> None:  # type: ignore[no-untyped-def]
    text = "Budget vote\n\nSenator Paul Hendricks said that the budget would pass by Friday."
    a = _by_cue(analyse(text), "said")
    assert not a.direct
    assert "budget would pass" in a.content.text
    assert _entity(a) == "Paul Hendricks"


@pytest.mark.model
@pytest.mark.parametrize("verb", ["argued", "emphasized", "claimed", "warned"])
def test_attributions_indirect_reporting_verbs(analyse, verb: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Water rules\n\nThe engineer Lena Sokolova {verb} that the dam needs repairs this year."
    a = _by_cue(analyse(text), verb)
    assert "dam needs repairs" in a.content.text
    assert _entity(a) == "Lena Sokolova"


@pytest.mark.model
def test_attributions_according_to(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harvest falls\n\nAccording to the Ministry of Agriculture, the wheat harvest fell by a "
        "third this summer."
    )
    a = _by_cue(analyse(text), "according")
    assert a.cue is not None and a.cue.text.lower() == "according to"
    assert "wheat harvest fell" in a.content.text
    assert a.source is not None and "Ministry" in a.source.text
    assert a.source.kind == "government"


@pytest.mark.model
def test_attributions_trailing_said(analyse) -> None:  # type: ignore[no-untyped-def]
    text = "Strike ends\n\nThe drivers will return to work on Monday, union leader Tom Baxter said."
    a = _by_cue(analyse(text), "said")
    assert "return to work" in a.content.text
    assert _entity(a) == "Tom Baxter"


@pytest.mark.model
def test_attributions_trailing_said_before_a_quote_keeps_its_own_clause(analyse) -> None:  # type: ignore[no-untyped-def]
    """A cue that closes its sentence reports what came before it; the quote after the full
    stop is not its content, and neither is the stop."""
    text = (
        "Depot reopens\n\nThe depot will reopen on Monday, union leader Tom Baxter said. "
        '"Nobody wanted this to drag on," he said.'
    )
    found = analyse(text)
    baxter = next(a for a in found if a.cue and a.cue.start == text.index("said"))
    assert baxter.content.text == "The depot will reopen on Monday"
    assert not baxter.direct and baxter.cites == []
    assert _entity(baxter) == "Tom Baxter"
    assert not any(a.content.text.startswith(".") for a in found)


@pytest.mark.model
def test_attributions_passive_reported_by(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mine closes\n\nIt was reported by the Daily Courier that the copper mine will close "
        "next spring."
    )
    a = _by_cue(analyse(text), "reported")
    assert "copper mine will close" in a.content.text
    assert a.source is not None and "Courier" in a.source.text


@pytest.mark.model
def test_attributions_as_reported_by(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Factory fire\n\nThe factory had failed two safety inspections, as reported by the "
        "Northern Ledger on Sunday."
    )
    a = _by_cue(analyse(text), "reported")
    assert "failed two safety inspections" in a.content.text
    assert a.source is not None and "Ledger" in a.source.text


@pytest.mark.model
def test_attributions_nested_quote_stays_in_content(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Eviction notice\n\n“The landlord wrote ‘leave by Friday’ on the door,” said tenant "
        "Omar Haddad."
    )
    a = _by_cue(analyse(text), "said")
    assert a.direct
    assert "‘leave by Friday’" in a.content.text
    assert _entity(a) == "Omar Haddad"


@pytest.mark.model
def test_attributions_short_org_mention_resolves(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tax plan\n\nThe Finance Ministry said on Monday that the tax would rise in May.\n\n"
        "The ministry warned that prices could follow."
    )
    found = analyse(text)
    warned = _by_cue(found, "warned")
    assert _entity(warned) == "Finance Ministry"
    assert warned.source is not None and warned.source.kind == "government"


@pytest.mark.model
def test_attributions_possessive_report_revealed(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Audit findings\n\nThe National Audit Office's report revealed that two hospitals "
        "overspent by millions."
    )
    a = _by_cue(analyse(text), "revealed")
    assert "hospitals" in a.content.text
    assert a.source is not None and a.source.entity is not None
    assert "Audit Office" in a.source.entity


@pytest.mark.model
def test_attributions_citing_builds_a_chain(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rail delays\n\nCiting data from the Federal Rail Agency, transport minister Jonas Berg "
        "said that one train in five arrived late last year."
    )
    a = _by_cue(analyse(text), "said")
    assert _entity(a) == "Jonas Berg"
    cited = [c for c in a.cites if isinstance(c, Source)]
    assert any(c.entity and "Rail Agency" in c.entity for c in cited)


@pytest.mark.model
def test_attributions_cited_data_from_names_the_origin(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fishing quotas\n\nThe spokesperson Ines Duarte cited data from the Coastal Fisheries "
        "Board showing that cod stocks halved."
    )
    found = analyse(text)
    cited = [c for a in found for c in a.cites if isinstance(c, Source)]
    assert any(c.entity and "Fisheries Board" in c.entity for c in cited)


@pytest.mark.model
def test_attributions_nested_attribution_is_cited_by_id(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flood warning\n\nMayor Rosa Lind said that, according to the weather service, the "
        "river would rise two metres overnight."
    )
    found = analyse(text)
    outer = _by_cue(found, "said")
    inner = _by_cue(found, "according")
    assert inner.id in outer.cites


@pytest.mark.model
def test_attributions_short_mentions_resolve_to_earlier_entity(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Port dispute\n\nHarbour authority spokesperson Marta Villanueva said the port would "
        "reopen on Tuesday.\n\nVillanueva added that ships were waiting offshore.\n\n"
        "The spokesperson also said that fees would not change."
    )
    found = analyse(text)
    names = {_entity(a) for a in found}
    assert names == {"Marta Villanueva"}


@pytest.mark.model
def test_attributions_affiliation_of_correspondent(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Border report\n\nAccording to a report by Le Monde's correspondent Pierre Aubert, the "
        "border crossing was closed for three days."
    )
    a = _by_cue(analyse(text), "according")
    assert a.source is not None
    assert a.source.entity == "Pierre Aubert" and a.source.kind == "person"
    assert a.source.affiliation == "Le Monde"


@pytest.mark.model
def test_attributions_vague_and_anonymous_kinds(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Market jitters\n\nAnalysts say the currency could fall further this winter.\n\n"
        "A source familiar with the talks said the deal was nearly done."
    )
    found = analyse(text)
    assert _by_cue(found, "say").source.kind == "vague"  # type: ignore[union-attr]
    assert _by_cue(found, "said").source.kind == "anonymous"  # type: ignore[union-attr]


@pytest.mark.model
def test_attributions_multi_paragraph_quote_is_direct(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bridge opens\n\nThe contractor Ruth Abara said:\n\n“We finished two months early.\n\n"
        "“Every family in the valley can now reach the hospital in ten minutes.”"
    )
    a = _by_cue(analyse(text), "said")
    assert a.direct
    assert "two months early" in a.content.text


def test_attributions_model_is_shipped_with_checksum() -> None:
    model = load_model()
    assert model.cue.weights and model.content.weights and model.source.weights
    assert 0.0 < model.cue.threshold < 1.0


# -- Title Case headlines, citations once, affiliations as whole phrases -------------------


def test_attributions_headline_sentence_case_keeps_body_names() -> None:
    from claimscope.layers._attribution.headline import is_title_case, sentence_case

    line = "Exclusive: Secret Audit Shows Velmar Ferry Fares Rose 40% Since Year-Start"
    assert is_title_case(line)
    cased = sentence_case(line, frozenset({"Velmar"}))
    assert cased == "Exclusive: Secret audit shows Velmar ferry fares rose 40% since year-start"
    assert not is_title_case("Ferry fares rose by 40% in Velmar this year")
    assert sentence_case("NATO Chief Meets McAllister", frozenset()) == (
        "NATO chief meets McAllister"
    )


@pytest.mark.model
def test_attributions_title_case_headline_credits_a_document(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Internal Audit Reveals Hospital Waiting Lists Doubled to 8,000 Patients\n\n"
        "The audit of the Northfield hospital trust found that 8,000 patients waited more than "
        "a year. Health board chair Nadia Okafor said the trust would publish a plan in May."
    )
    found = analyse(text)
    head = _by_cue(found, "reveals")
    assert head.source is not None
    assert head.source.text == "Internal Audit" and head.source.kind == "document"
    assert head.content.text.startswith("Hospital Waiting Lists")
    chair = _by_cue(found, "said")
    assert chair.source is not None and chair.source.kind == "person"
    assert chair.source.affiliation == "Health board"


@pytest.mark.model
def test_attributions_title_case_headline_has_no_person_without_a_name(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leaked Letter Shows Ferry Crews Quitting as 300 Sailors Leave in May\n\n"
        "Some 300 sailors left the Velmar ferry company in May, the company said in a "
        "statement on Friday."
    )
    head = [a for a in analyse(text) if a.source is not None and a.source.end < text.index("\n")]
    assert [(a.source.text, a.source.kind) for a in head if a.source] == [
        ("Leaked Letter", "document")
    ]


@pytest.mark.model
def test_attributions_cited_origin_listed_once(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fire season\n\nThe summer was dry. Fire service spokeswoman Anna Berg cited figures from "
        "the Interior Ministry showing that 300 fires were set in July."
    )
    a = _by_cue(analyse(text), "cited")
    cited = [c for c in a.cites if isinstance(c, Source)]
    assert len(cited) == 1 and "Ministry" in cited[0].text


@pytest.mark.model
def test_attributions_affiliation_is_the_whole_modifier_chain(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pay talks\n\nTalks resumed on Monday. Port authority spokesman Tomas Reyes said the "
        "offer was final. Teachers union leader Ola Brandt argued that pay had fallen. "
        "The Gazette's sports editor Lea Kim said the match was moved."
    )
    found = analyse(text)
    affiliations = {_entity(a): a.source.affiliation for a in found if a.source is not None}
    assert affiliations["Tomas Reyes"] == "Port authority"
    assert affiliations["Ola Brandt"] == "Teachers union"
    assert affiliations["Lea Kim"] == "Gazette"


@pytest.mark.model
def test_attributions_short_mention_resolves_to_cited_origin(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fire season\n\nFire service spokeswoman Anna Berg cited figures from the Interior "
        "Ministry of Norland showing that 300 fires were set in July.\n\n"
        "The ministry said 40 fires were still burning."
    )
    a = _by_cue(analyse(text), "said")
    assert a.source is not None and a.source.text == "The ministry"
    assert a.source.entity is not None and "Ministry" in a.source.entity
    assert a.source.kind == "government"


@pytest.mark.model
def test_attributions_headline_source_takes_the_name_the_body_gives(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bus routes to be cut in spring, council says\n\n"
        "Four rural bus routes will end in April, Ashdown District Council said on Monday. "
        "The council said fares had paid for less than a third of the cost."
    )
    head = _by_cue(analyse(text), "says")
    assert head.source is not None and head.source.text == "council"
    assert head.source.entity == "Ashdown District Council"
    assert head.source.kind == "government"


@pytest.mark.model
def test_attributions_headline_source_keeps_its_own_name_when_the_body_has_another(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ferry fares to rise, union says\n\n"
        "Fares on the island crossing will rise 8% in May, Westmere Ferries said on Monday. "
        "The increase was approved by the Harbour Board."
    )
    head = _by_cue(analyse(text), "says")
    assert head.source is not None and head.source.entity == "union"
