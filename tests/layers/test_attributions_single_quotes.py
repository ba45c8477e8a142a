"""British single-mark quotations, on short articles written for each form.

'...,' said X and ‘...,’ she added are quotations; apostrophes ("the company's",
"o'clock", "rock 'n' roll", "'90s", "runnin'", "the Smiths' album", "the workers' union")
never are.
"""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article, Attribution
from claimscope.layers._attribution.quotes import find_quotes


def _quotes(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def _quoting(found: list[Attribution], words: str) -> Attribution:
    [a] = [a for a in found if words in a.content.text]
    return a


# -- quotations (no model needed) ----------------------------------------------------------


@pytest.mark.issue(3)
def test_attributions_single_quotes_straight_cue_after() -> None:
    text = "'The orchards have never looked so full,' said Mair Pryce, who farms near Usk."
    assert _quotes(text) == ["'The orchards have never looked so full,'"]


@pytest.mark.issue(3)
def test_attributions_single_quotes_curly_cue_after() -> None:
    text = "‘Every tree is bent under the fruit,’ she added."
    assert _quotes(text) == ["‘Every tree is bent under the fruit,’"]


@pytest.mark.issue(3)
def test_attributions_single_quotes_cue_before() -> None:
    text = (
        "The ferry operator said: 'Sailings will resume on Monday.'\n"
        "Its rival replied: ‘We have no plans to return.’"
    )
    assert _quotes(text) == [
        "'Sailings will resume on Monday.'",
        "‘We have no plans to return.’",
    ]


@pytest.mark.issue(3)
def test_attributions_single_quotes_reporting_verb_after_bare_mark() -> None:
    text = "'Nobody warned the village' said one resident. 'Yes,' she said."
    assert _quotes(text) == ["'Nobody warned the village'", "'Yes,'"]


@pytest.mark.issue(3)
def test_attributions_single_quotes_curly_fragment_needs_no_punctuation() -> None:
    text = "The mayor called the plan ‘a shambles’ and the budget ‘a fantasy’ on Friday."
    assert _quotes(text) == ["‘a shambles’", "‘a fantasy’"]


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    "text",
    [
        "The company's profits rose by a third.",
        "The meeting opened at nine o'clock sharp.",
        "He has played rock 'n' roll since the '90s and is still going.",
        "‘90s pop and rock ‘n’ roll filled the hall.",
        "They were runnin' late, the band's manager admitted.",
        "Fans queued for the Smiths' album all night.",
        "Nurses don't expect a deal before May, the workers' union said.",
        "The growers' co-operative and the pickers' association met on Monday.",
    ],
)
def test_attributions_single_quotes_apostrophes_are_no_quotes(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.issue(3)
def test_attributions_single_quotes_plural_possessive_before_a_quote() -> None:
    text = "The workers' union said 'we will strike on Monday.' Talks broke down."
    assert _quotes(text) == ["'we will strike on Monday.'"]


@pytest.mark.issue(3)
def test_attributions_single_quotes_possessive_inside_a_quote_does_not_close_it() -> None:
    text = "'We stand with the drivers' union and always will,' said Ali Khan."
    assert _quotes(text) == ["'We stand with the drivers' union and always will,'"]


@pytest.mark.issue(3)
def test_attributions_single_quotes_apostrophes_inside_words_never_close() -> None:
    text = "‘It’s the growers’ money and they can’t wait,’ said the chair."
    assert _quotes(text) == ["‘It’s the growers’ money and they can’t wait,’"]


@pytest.mark.issue(3)
def test_attributions_single_quotes_double_quotes_with_apostrophes_unchanged() -> None:
    text = "The firm's chief said \"we're fine\" but the workers' union said 'no' to it."
    # a paragraph whose double marks stand outside any single quote reads double marks only
    assert _quotes(text) == ['"we\'re fine"']


@pytest.mark.issue(3)
def test_attributions_single_quotes_double_marks_nest_inside_single() -> None:
    text = "'They told us \"go home\" and we did,' said a picker."
    assert _quotes(text) == ["'They told us \"go home\" and we did,'"]


@pytest.mark.issue(3)
def test_attributions_single_quotes_multi_paragraph() -> None:
    text = (
        "'We lost the whole crop in a week.\n\n"
        "'The insurers have not paid a penny,' said Tom Reed.\n"
    )
    assert _quotes(text) == [
        "'We lost the whole crop in a week.\n\n'The insurers have not paid a penny,'"
    ]


@pytest.mark.issue(3)
def test_attributions_single_quotes_unclosed_mark_never_runs_on() -> None:
    text = "Fans of 'Allo 'Allo met in Leeds.\n'We come every year,' said Jo Bell.\n"
    assert _quotes(text) == ["'We come every year,'"]


@pytest.mark.issue(3)
def test_attributions_single_quotes_two_straight_marks_are_no_quote() -> None:
    text = "He said ''enough'' and left, the workers' union said."
    assert _quotes(text) == []


# -- attributions (the shipped model) ------------------------------------------------------


_CIDER = (
    "Cider harvest breaks records\n\n"
    "'We have never seen a harvest like it,' said Jane Hollis, chair of the Marcher "
    "Orchards Association. The council has set aside £3m for new presses.\n\n"
    "‘This is a disaster for the small presses,’ she added. 'They cannot take the fruit.'\n"
)


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_single_quotes_direct_with_speaker(attributions_of) -> None:  # type: ignore[no-untyped-def]
    found = attributions_of(_CIDER)
    first = _quoting(found, "never seen a harvest")
    assert first.direct
    assert first.content.text == "'We have never seen a harvest like it,'"
    assert first.source is not None and first.source.entity == "Jane Hollis"
    # the reporter's next sentence is not the speaker's
    assert not any("£3m" in a.content.text for a in found if a.source is not None)


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_single_quotes_curly_she_added_and_continued(attributions_of) -> None:  # type: ignore[no-untyped-def]
    found = attributions_of(_CIDER)
    added = _quoting(found, "disaster for the small presses")
    assert added.direct and added.cue is not None and added.cue.text == "added"
    assert added.content.text == "‘This is a disaster for the small presses,’"
    assert added.source is not None and added.source.entity == "Jane Hollis"
    more = _quoting(found, "cannot take the fruit")
    assert more.direct
    assert more.source is not None and more.source.entity == "Jane Hollis"


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_single_quotes_cue_before_colon(attributions_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bus depot closes\n\n"
        "Depot manager Owen Price said: 'The last bus leaves the yard on Friday.'\n"
    )
    a = _quoting(attributions_of(text), "last bus leaves")
    assert a.direct
    assert a.source is not None and a.source.entity == "Owen Price"


@pytest.mark.model
@pytest.mark.issue(3)
def test_attributions_single_quotes_apostrophes_leave_speech_indirect(attributions_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pay talks stall\n\n"
        "The workers' union said the company's offer came at six o'clock and was too late.\n"
    )
    found = attributions_of(text)
    assert found
    assert not any(a.direct for a in found)


@pytest.mark.model
@pytest.mark.issue(4)
def test_attributions_single_quotes_reporter_figure_is_not_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pear growers count the cost\n\n"
        "'It has been the wettest summer any of us remember,' said Nia Rowlands, chair of "
        "the Wye Fruit Growers' Association. The council has promised £4m to help them.\n\n"
        "‘We lost 30% of the pears,’ she added.\n"
    )
    analysis = pipeline.analyze(Article(text=text, published="2026-10-01"))
    linked = {q.text: q.attribution for q in analysis.quantities}
    assert linked["£4m"] is None
    quoted = next(a for a in analysis.attributions if "30% of the pears" in a.content.text)
    assert quoted.direct
    assert linked["30%"] == quoted.id
