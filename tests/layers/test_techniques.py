"""The techniques layer: exact spans with a label and a score."""

from __future__ import annotations

import pytest

import claimscope.layers.techniques as techniques_layer
from claimscope.models.encoder import ArticleEncoding, SpanTechnique

TEXT = "Caf\u00e9 news 🙂\r\nThe spineless, corrupt mayor betrayed us."


def test_techniques_spans_are_exact_code_points(draft, monkeypatch) -> None:
    start = TEXT.index("spineless")
    end = TEXT.index(" mayor")

    def encode(text, sentences, *, model):
        return ArticleEncoding((0.2,), (SpanTechnique(start, end, "Loaded_Language", 0.73),))

    monkeypatch.setattr(techniques_layer, "encode_article", encode)
    d = draft(TEXT)
    d.sentences = [d.span(0, len(TEXT))]
    (t,) = techniques_layer.find_techniques(None, d)
    assert (t.start, t.end, t.text) == (start, end, "spineless, corrupt")
    assert t.technique == "Loaded_Language"
    assert t.score == 0.73


def test_techniques_one_span_with_two_labels_is_listed_twice(draft, monkeypatch) -> None:
    text = "Headline\nThe mayor ran the most shameful campaign in history."
    start = text.index("the most")
    end = text.index(".", start)

    def encode(text, sentences, *, model):
        return ArticleEncoding(
            (0.2, 0.4),
            (
                SpanTechnique(start, end, "Loaded_Language", 0.21),
                SpanTechnique(start, end, "Exaggeration,Minimisation", 0.48),
            ),
        )

    monkeypatch.setattr(techniques_layer, "encode_article", encode)
    d = draft(text)
    d.sentences = [d.span(0, 8), d.span(9, len(text))]
    found = techniques_layer.find_techniques(None, d)
    # Same words, both labels; the likelier label first.
    assert [t.technique for t in found] == ["Exaggeration,Minimisation", "Loaded_Language"]
    assert {(t.start, t.end, t.text) for t in found} == {
        (start, end, "the most shameful campaign in history")
    }


@pytest.mark.model
def test_techniques_real_model_flags_loaded_language() -> None:
    from claimscope.contract.model import Article
    from claimscope.pipeline import Pipeline

    text = (
        "Harbour fees\n\n"
        "These cowardly, corrupt and utterly shameless politicians are destroying our "
        "beloved town with their disgusting lies."
    )
    analysis = Pipeline(only=["techniques"]).analyze(Article(text=text))
    assert analysis.techniques
    for t in analysis.techniques:
        assert text[t.start : t.end] == t.text
        assert 0.0 <= t.score <= 1.0
    assert {t.technique for t in analysis.techniques} & {
        "Loaded_Language",
        "Name_Calling,Labeling",
    }
