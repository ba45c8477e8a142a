"""Layer ordering, --only/--skip, skipped-vs-empty, and failures staying local."""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article
from claimscope.errors import ConfigError, LayerError
from claimscope.layers.base import LayerSpec
from claimscope.pipeline import Pipeline, resolve_layers


def _spec(name: str, requires: tuple[str, ...] = (), after: tuple[str, ...] = ()) -> LayerSpec:
    return LayerSpec(name, lambda doc, draft: [], requires, 1, None, after)


LAYERS = {
    "sentences": _spec("sentences"),
    "entities": _spec("entities"),
    "quantities": _spec("quantities", ("sentences", "entities")),
    "claims": _spec("claims", ("sentences",), ("quantities",)),
    "findings": _spec("findings", ("sentences",), ("quantities", "claims")),
}


def test_pipeline_orders_by_requires_and_after() -> None:
    order, added = resolve_layers(LAYERS)
    names = [s.name for s in order]
    assert names.index("quantities") < names.index("claims") < names.index("findings")
    assert names.index("entities") < names.index("quantities")
    assert added == set()


def test_pipeline_only_pulls_in_requirements_not_after() -> None:
    order, added = resolve_layers(LAYERS, only=["claims"])
    assert [s.name for s in order] == ["sentences", "claims"]
    assert added == {"sentences"}


def test_pipeline_skip_of_required_layer_is_config_error() -> None:
    with pytest.raises(ConfigError, match="requires"):
        resolve_layers(LAYERS, skip=["sentences"])


def test_pipeline_unknown_layer_is_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown layer 'sources'"):
        resolve_layers(LAYERS, only=["sources"])


def test_pipeline_cycle_is_config_error() -> None:
    cyclic = {"a": _spec("a", ("b",)), "b": _spec("b", ("a",))}
    with pytest.raises(ConfigError, match="cycle"):
        resolve_layers(cyclic)


@pytest.mark.model
def test_pipeline_skipped_layer_is_marked_not_empty(pipeline: Pipeline) -> None:
    p = Pipeline(only=["sentences"])
    analysis = p.analyze(Article(text="One sentence. Another one."), article_id="x")
    assert analysis.meta is not None
    assert analysis.meta.layers["sentences"].status == "ran"
    assert analysis.meta.layers["entities"].status == "skipped"
    assert [s.text for s in analysis.sentences] == ["One sentence.", "Another one."]


@pytest.mark.model
def test_pipeline_headline_line_is_its_own_sentence() -> None:
    text = "Mayor Quits Over Budget Row\n\nThe mayor resigned on Monday. Critics cheered."
    analysis = Pipeline(only=["sentences"]).analyze(Article(text=text))
    assert analysis.sentences[0].text == "Mayor Quits Over Budget Row"


@pytest.mark.model
def test_pipeline_layer_failure_is_layer_error(monkeypatch: pytest.MonkeyPatch) -> None:
    p = Pipeline(only=["sentences"])

    def boom(doc: object, draft: object) -> list[object]:
        raise RuntimeError("kaput")

    p.layers = [LayerSpec("sentences", boom, (), 1)]
    with pytest.raises(LayerError, match="art-7: layer 'sentences' failed: RuntimeError: kaput"):
        p.analyze(Article(text="Text."), article_id="art-7")


@pytest.mark.model
def test_pipeline_pipe_keeps_order_and_ids() -> None:
    p = Pipeline(only=["sentences"])
    arts = [(Article(text=f"Article number {i}."), f"id{i}") for i in range(5)]
    assert [a.id for a in p.pipe(arts)] == [f"id{i}" for i in range(5)]


@pytest.mark.model
def test_pipeline_offsets_exact_with_crlf_nbsp_and_curly_quotes() -> None:
    text = (
        "Rates \u201crise\u201d\r\n\r\nThe bank said\u00a0rates rose 2%.\r\nShe agreed. \U0001f600"
    )
    analysis = Pipeline().analyze(Article(text=text))
    for _, span in analysis.iter_spans():
        assert text[span.start : span.end] == span.text
    assert analysis.article.text == text


@pytest.mark.model
def test_pipeline_closing_quote_stays_with_its_sentence() -> None:
    text = '"We lose money every day," he said. "Nobody can afford this."\n\nNext paragraph.'
    analysis = Pipeline(only=["sentences"]).analyze(Article(text=text))
    assert [s.text for s in analysis.sentences] == [
        '"We lose money every day," he said.',
        '"Nobody can afford this."',
        "Next paragraph.",
    ]
