"""Shared fixtures: a blank spaCy pipeline, hand-built Docs, drafts, and the real pipeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden report files")
    parser.addoption("--slow", action="store_true", help="run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip_slow = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip_slow)


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="session")
def real_nlp():
    from claimscope.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def make_doc(blank_nlp) -> Callable[..., object]:
    """A Doc built by hand: ``ents`` as (start_char, end_char, label) triples."""

    def make(text: str, ents: Sequence[tuple[int, int, str]] = ()):
        doc = blank_nlp(text)
        doc.ents = [doc.char_span(s, e, label=lab, alignment_mode="expand") for s, e, lab in ents]
        return doc

    return make


@pytest.fixture
def draft() -> Callable[..., object]:
    from claimscope.contract.model import Article
    from claimscope.layers.base import Draft

    def make(text: str, **metadata: object):
        return Draft(article=Article(text=text, **metadata), article_id="test")  # type: ignore[arg-type]

    return make


@pytest.fixture(scope="session")
def pipeline():
    """The full default pipeline, built once per test run."""
    from claimscope.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def numeric_pipeline():
    """Only the numbers and the checks, built once per test run for the many short articles
    the numeric tests analyse."""
    from claimscope.pipeline import Pipeline

    return Pipeline(only=["quantities", "findings"])
