"""The Python API: analyze() on text or HTML with metadata, Pipeline.pipe on a stream."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimscope
from claimscope import Article, InputError, LayerError
from claimscope.pipeline import Pipeline

HTML = Path(__file__).parent / "fixtures" / "html"
pytestmark = pytest.mark.model


def test_api_analyze_text_keeps_text_and_metadata():
    text = "Port strike\r\n\r\nOfficials said 1\u00a0200 containers waited.\r\n"
    analysis = claimscope.analyze(
        text, published="2024-03-05T08:00:00Z", outlet="Gazette", id="s1", only=["entities"]
    )
    assert analysis.id == "s1"
    assert analysis.article.text == text
    assert (analysis.article.published, analysis.article.outlet) == ("2024-03-05", "Gazette")


def test_api_analyze_html():
    html = (HTML / "clinic_waiting.html").read_text("utf-8")
    analysis = claimscope.analyze(html, only=["sentences"])
    assert analysis.article.title == "Rural clinics report longer waits"
    assert analysis.article.text.startswith("Rural clinics report longer waits\n\nPatients")


def test_api_analyze_bad_input():
    with pytest.raises(InputError):
        claimscope.analyze("  \n")
    with pytest.raises(InputError, match="not an ISO date"):
        claimscope.analyze("Text.", published="March")


def test_api_pipe_takes_articles_and_pairs_lazily_in_order():
    pipeline = Pipeline(only=["sentences"])
    items = (
        (Article(text=f"Story {i}."), f"s{i}") if i % 2 else Article(text=f"Story {i}.")
        for i in range(5)
    )
    results = list(pipeline.pipe(items, batch_size=2))
    assert [r.article.text for r in results] == [f"Story {i}." for i in range(5)]
    assert [r.id for r in results][1::2] == ["s1", "s3"]


def test_api_pipe_on_error_goes_on(monkeypatch):
    pipeline = Pipeline(only=["sentences"])
    real = Pipeline._run

    def flaky(self, doc, article, aid):
        if aid == "bad":
            raise LayerError("sentences", aid, RuntimeError("x"))
        return real(self, doc, article, aid)

    monkeypatch.setattr(Pipeline, "_run", flaky)
    pairs = [(Article(text="A."), "a"), (Article(text="B."), "bad"), (Article(text="C."), "c")]
    errors: list[str] = []
    results = list(pipeline.pipe(pairs, on_error=lambda aid, err: errors.append(aid)))
    assert [r.id for r in results] == ["a", "c"]
    assert errors == ["bad"]
    with pytest.raises(LayerError):
        list(pipeline.pipe(pairs))
