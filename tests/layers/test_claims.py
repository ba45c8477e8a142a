"""The claims layer: every sentence a claim, ranked, linked to attributions and quantities."""

from __future__ import annotations

import pytest

import claimscope.layers.claims as claims_layer
from claimscope.contract.model import Attribution, Quantity
from claimscope.models.encoder import ArticleEncoding

TEXT = "Ferry fares rose 12 percent, the council said.\nThe view is lovely.\nIt was sunny."


def _sentences(draft):
    spans = []
    pos = 0
    for line in TEXT.split("\n"):
        spans.append(draft.span(pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@pytest.fixture
def fake_encoder(monkeypatch):
    def encode(text, sentences, *, model):
        assert text == TEXT
        return ArticleEncoding(checkworthiness=(0.91, 0.05, 0.4)[: len(sentences)], techniques=())

    monkeypatch.setattr(claims_layer, "encode_article", encode)


def test_claims_every_sentence_ranked_by_score(draft, fake_encoder) -> None:
    d = draft(TEXT)
    d.sentences = _sentences(d)
    out = claims_layer.find_claims(None, d)
    assert [c.checkworthiness for c in out] == [0.91, 0.4, 0.05]
    assert [c.id for c in out] == ["c1", "c3", "c2"]  # ids follow the text order
    for c in out:
        assert TEXT[c.start : c.end] == c.text
        assert 0.0 <= c.checkworthiness <= 1.0


def test_claims_link_attribution_and_quantities(draft, fake_encoder) -> None:
    d = draft(TEXT)
    d.sentences = _sentences(d)
    content = d.span(0, TEXT.index(","))
    d.attributions = [
        Attribution(id="a1", source=None, cue=d.span(38, 42), content=content),
    ]
    q = TEXT.index("12 percent")
    d.quantities = [Quantity(**d.span(q, q + 10).model_dump(), id="q1", value=12, low=12, high=12)]
    first = claims_layer.find_claims(None, d)[0]
    assert first.attribution == "a1"
    assert first.quantities == ["q1"]
    others = claims_layer.find_claims(None, d)[1:]
    assert all(c.attribution is None and c.quantities == [] for c in others)


@pytest.mark.model
def test_claims_real_model_scores_numbers_above_small_talk() -> None:
    from claimscope.contract.model import Article
    from claimscope.pipeline import Pipeline

    text = (
        "Unemployment fell from 7.9 percent to 4.1 percent over the last four years.\n"
        "Thank you all for coming tonight."
    )
    analysis = Pipeline(only=["claims"]).analyze(Article(text=text))
    scores = {c.text: c.checkworthiness for c in analysis.claims}
    assert all(0.0 <= s <= 1.0 for s in scores.values())
    assert scores[text.split("\n")[0]] >= 0.5 > scores[text.split("\n")[1]]
