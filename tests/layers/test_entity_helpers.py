"""``layers/_entities.py`` must give exactly what ``Doc.ents`` and ``Span.ents`` give, for
every token, since the checks swapped one for the other to stay linear on long tables."""

from __future__ import annotations

from collections.abc import Callable

from claimscope.layers._entities import entity_at, entity_from

_TEXT = (
    "Harwick Borough Council and the Port of Elmstead Authority met in New Carlow on "
    "Tuesday. Mayor Ana Petrov said 4,100 residents of Lower Dunmore had signed.\n\n"
    "Dunmore Road closed. The Kelwick Ferry Company carried 1,240 people."
)


def _check(doc: object) -> None:
    ents = list(doc.ents)  # type: ignore[attr-defined]
    for tok in doc:  # type: ignore[attr-defined]
        expected = next((e for e in ents if e.start <= tok.i < e.end), None)
        got = entity_at(tok)
        assert ((got.start, got.end) if got else None) == (
            (expected.start, expected.end) if expected else None
        )
        sent = tok.sent
        starting = next((e for e in sent.ents if e.start == tok.i), None)
        from_ = entity_from(tok, sent)
        assert ((from_.start, from_.end) if from_ else None) == (
            (starting.start, starting.end) if starting else None
        )


def test_entities_match_the_parser_on_a_real_parse(real_nlp) -> None:
    doc = real_nlp(_TEXT)
    assert len(doc.ents) >= 4
    _check(doc)


def test_entities_match_on_adjacent_hand_built_entities(
    make_doc: Callable[..., object],
) -> None:
    text = "Harwick Elmstead Carlow met Dunmore today."
    # two entities side by side: a B straight after an entity ends it
    doc = make_doc(text, [(0, 7, "GPE"), (8, 23, "GPE"), (28, 35, "PERSON")])
    _check(doc)
    assert entity_at(doc[2]).text == "Elmstead Carlow"  # type: ignore[index,union-attr]
    assert entity_at(doc[3]) is None  # type: ignore[index]
