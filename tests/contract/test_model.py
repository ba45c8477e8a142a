"""The contract: spans that disagree with the text cannot be built; JSON round-trips."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from claimscope.contract import (
    SCHEMA_VERSION,
    Analysis,
    Article,
    Attribution,
    Finding,
    Quantity,
    Source,
    Span,
    load_analysis,
)
from claimscope.contract.spans import make_span, trim
from claimscope.errors import ContractError

TEXT = (
    "Officials said 40\u00a0people were hurt.\r\n"
    "\u201cIt was awful,\u201d she said. \U0001f600 e\u0301"
)


def _analysis(**fields: object) -> Analysis:
    return Analysis(id="t", article=Article(text=TEXT), **fields)  # type: ignore[arg-type]


def test_model_span_rejects_wrong_length() -> None:
    with pytest.raises(ValidationError):
        Span(start=0, end=4, text="Officials")


def test_model_span_rejects_end_before_start() -> None:
    with pytest.raises(ValidationError):
        Span(start=5, end=4, text="")


def test_model_analysis_rejects_span_not_matching_text() -> None:
    with pytest.raises(ValidationError, match=r"does not match article\.text"):
        _analysis(sentences=[Span(start=0, end=9, text="Officialz")])


def test_model_analysis_rejects_nested_span_not_matching_text() -> None:
    bad = Attribution(
        id="a1",
        source=Source(start=0, end=9, text="Officialx", entity=None, kind="vague"),
        cue=None,
        content=make_span(TEXT, 15, 35),
    )
    with pytest.raises(ValidationError):
        _analysis(attributions=[bad])


def test_model_analysis_accepts_astral_and_combining_offsets() -> None:
    emoji = TEXT.index("\U0001f600")
    analysis = _analysis(sentences=[make_span(TEXT, emoji, len(TEXT))])
    assert analysis.sentences[0].text == "\U0001f600 e\u0301"


def test_model_json_round_trip_keeps_everything() -> None:
    q = Quantity(
        **make_span(TEXT, 15, 17).model_dump(),
        id="q1",
        value=40,
        low=40,
        high=40,
        unit=None,
        counted="person",
    )
    f = Finding(
        id="f1",
        kind="vague_attribution",
        severity="warning",
        message="A claim rests on an unnamed source.",
        explanation="'Officials' names no one.",
        spans=[make_span(TEXT, 0, 9)],
    )
    analysis = _analysis(quantities=[q], findings=[f])
    data = json.loads(analysis.to_json())
    assert data["schema"] == SCHEMA_VERSION
    assert next(iter(data)) == "schema"
    assert load_analysis(analysis.to_json()) == analysis


def test_model_reader_ignores_unknown_fields() -> None:
    data = json.loads(_analysis().to_json())
    data["future_field"] = {"x": 1}
    data["article"]["future"] = True
    assert load_analysis(data).id == "t"


def test_model_reader_rejects_unknown_schema_version() -> None:
    data = json.loads(_analysis().to_json())
    data["schema"] = "claimscope.analysis/9"
    with pytest.raises(ContractError, match="unknown schema version"):
        load_analysis(data)


def test_model_reader_rejects_bad_span_as_contract_error() -> None:
    data = json.loads(_analysis().to_json())
    data["sentences"] = [{"start": 0, "end": 3, "text": "xyz"}]
    with pytest.raises(ContractError):
        load_analysis(data)


def test_spans_trim_never_crosses() -> None:
    assert trim("  ab  ", 0, 6) == (2, 4)
    assert trim("    ", 0, 4) == (4, 4)


TEXTS = st.lists(
    st.text(st.characters(codec="utf-8"), max_size=5) | st.sampled_from(["\r\n", "\U0001f600"]),
    max_size=8,
).map("".join)


@given(TEXTS, st.data())
def test_spans_make_span_always_matches_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = make_span(text, start, end)
    assert text[span.start : span.end] == span.text
    analysis = Analysis(id="h", article=Article(text=text or " "), sentences=[])
    assert load_analysis(analysis.to_json()) == analysis
