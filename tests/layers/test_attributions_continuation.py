"""Quotes that go on with the speaker just named, on short articles written for each form.

A quote with no cue of its own continues the last named speaker when it follows that
speaker's quote in the same paragraph, or opens the next paragraph; it never crosses another
speaker or a paragraph that introduces someone else.
"""

from __future__ import annotations

import pytest

from claimscope.contract.model import Attribution


@pytest.fixture
def analyse(attributions_of):  # type: ignore[no-untyped-def]
    return attributions_of


def _quoting(found: list[Attribution], words: str) -> list[Attribution]:
    return [a for a in found if words in a.content.text]


def _speaker(found: list[Attribution], words: str) -> str | None:
    """The entity of the one attribution whose content holds ``words``."""
    [a] = _quoting(found, words)
    assert a.direct
    return a.source.entity if a.source is not None else None


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_after_said_title_and_name(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leisure centre busy\n\n"
        '"We had 900 swimmers through the doors last week," said leisure manager Priya '
        'Nandakumar. "On the busiest Saturday the queue reached the car park."'
    )
    found = analyse(text)
    assert _speaker(found, "900 swimmers") == "Priya Nandakumar"
    assert _speaker(found, "busiest Saturday") == "Priya Nandakumar"
    [first] = _quoting(found, "900 swimmers")
    [second] = _quoting(found, "busiest Saturday")
    # one verb reports both quotes; the second borrows the speaker's own mention
    assert second.cue == first.cue
    assert second.source == first.source
    assert second.id != first.id


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_after_name_said(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ferry timetable\n\n"
        '"The morning crossing will stop in October," Hamish Drummond said. '
        '"Nobody uses it after the tourists leave."'
    )
    found = analyse(text)
    assert _speaker(found, "morning crossing") == "Hamish Drummond"
    assert _speaker(found, "tourists leave") == "Hamish Drummond"


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_after_according_to(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Library repairs\n\n"
        '"The roof repairs cost 2 million pounds," according to council treasurer Mark Osei. '
        '"Every penny came from the capital budget."'
    )
    found = analyse(text)
    assert _speaker(found, "roof repairs") == "Mark Osei"
    assert _speaker(found, "Every penny") == "Mark Osei"


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_after_name_with_role_aside(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Swimming club\n\n"
        '"The changing rooms still flood," Jan Kowalski, the chair of the swimming club, '
        'said. "We have told the council twice."'
    )
    found = analyse(text)
    assert _speaker(found, "changing rooms") == "Jan Kowalski"
    assert _speaker(found, "told the council") == "Jan Kowalski"


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_keeps_first_quote_and_speaker(analyse) -> None:  # type: ignore[no-untyped-def]
    # the speaker after the cue is the first quote's source, never swallowed by the second
    text = (
        "Water park\n\n"
        '"The new slides are the big draw," said Tom Ellery, a lifeguard at the centre. '
        '"Children ask for them before they ask for anything else."'
    )
    found = analyse(text)
    assert _speaker(found, "big draw") == "Tom Ellery"
    assert _speaker(found, "Children ask") == "Tom Ellery"
    assert all(a.source is not None for a in found)


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_after_pronoun(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Clinic hours\n\nDr. Amara Okafor runs the clinic in Lodwar.\n\n"
        '"We open at six because the buses arrive at six," she said. '
        '"Mothers walk for hours to get here."'
    )
    found = analyse(text)
    assert _speaker(found, "open at six") == "Amara Okafor"
    [second] = _quoting(found, "Mothers walk")
    assert second.source is not None and second.source.text == "she"
    assert second.source.entity == "Amara Okafor"


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_opens_next_paragraph(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour dredging\n\n"
        '"The channel silts up every winter," said harbour master Ines Correia. '
        '"We dredge it each spring."\n\n'
        '"Without the dredger, the trawlers would sit on the mud at low tide."'
    )
    found = analyse(text)
    assert _speaker(found, "silts up") == "Ines Correia"
    assert _speaker(found, "dredge it") == "Ines Correia"
    assert _speaker(found, "trawlers") == "Ines Correia"


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_stops_at_another_speaker(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bypass plan\n\n"
        '"The bypass will save drivers twenty minutes," said highways officer Ruth Abara.\n\n'
        '"It will cut the town in half," said shopkeeper Dev Malhotra. '
        '"Half my customers walk here from the estate."'
    )
    found = analyse(text)
    assert _speaker(found, "twenty minutes") == "Ruth Abara"
    assert _speaker(found, "cut the town") == "Dev Malhotra"
    assert _speaker(found, "Half my customers") == "Dev Malhotra"


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_not_across_paragraph_naming_someone_else(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Market hall\n\n"
        '"The market hall needs a new roof," said councillor Bryony Hale.\n\n'
        "The hall's oldest trader, Walter Pinnock, has sold fish there since 1979.\n\n"
        '"I have seen three roofs come and go."'
    )
    found = analyse(text)
    assert _speaker(found, "new roof") == "Bryony Hale"
    assert all(a.source is None or a.source.entity != "Bryony Hale" for a in found[1:])
    assert not any(
        a.source is not None and a.source.entity == "Bryony Hale"
        for a in _quoting(found, "three roofs")
    )


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_not_across_sentence_in_between(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "School meals\n\n"
        '"Every child will get a hot lunch," said head teacher Olu Adeyemi. Parents at the '
        'gate were less sure. "We were promised that last year."'
    )
    found = analyse(text)
    assert _speaker(found, "hot lunch") == "Olu Adeyemi"
    assert not any(
        a.source is not None and a.source.entity == "Olu Adeyemi"
        for a in _quoting(found, "promised that last year")
    )


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_continuation_not_for_quoted_words_inside_narrative(analyse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bus lanes\n\n"
        '"The lanes are working," said transport director Kemal Aydin. The opposition '
        'calls them "a tax on drivers".'
    )
    found = analyse(text)
    assert _speaker(found, "lanes are working") == "Kemal Aydin"
    assert not any(
        a.source is not None and a.source.entity == "Kemal Aydin"
        for a in _quoting(found, "a tax on drivers")
    )
