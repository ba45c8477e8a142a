from __future__ import annotations

import pytest

from claimscope.reports._view import (
    cite_chain,
    excerpt,
    format_number,
    format_period,
    layer_state,
    voices,
)


@pytest.mark.parametrize(
    ("value", "shown"),
    [(21600.0, "21,600"), (0.125, "0.125"), (1.2e6, "1,200,000"), (-3.0, "-3"), (12.5, "12.5")],
)
def test_view_format_number(value: float, shown: str) -> None:
    assert format_number(value) == shown


def _quantity(make_analysis, period):
    text = "21,600 left."
    q = {"start": 0, "end": 6, "text": "21,600", "id": "q1", "value": 21600, "low": 21600}
    return make_analysis(text, quantities=[{**q, "high": 21600, "period": period}]).quantities[0]


@pytest.mark.parametrize(
    ("period", "shown"),
    [
        (
            {"start": "2023-10-01", "end": "2023-10-31", "text": "in October"},
            "in October (2023-10)",
        ),
        ({"start": "2023-01-01", "end": "2023-12-31", "text": "in 2023"}, "in 2023"),
        (
            {"start": "2023-02-01", "end": "2023-02-27", "text": "in Feb"},
            "in Feb (2023-02-01 – 2023-02-27)",
        ),
        (
            {"start": "2022-02-01", "end": None, "text": "since February 2022"},
            "since February 2022 (from 2022-02-01)",
        ),
        (
            {"start": "--10-01", "end": "--10-31", "text": "in October"},
            "in October (year unresolved)",
        ),
        (
            {"start": "--01-01", "end": None, "text": "since January (year unresolved)"},
            "since January (year unresolved)",
        ),
        ({"start": None, "end": None, "text": "lately"}, "lately (dates unresolved)"),
    ],
)
def test_view_format_period(make_analysis, period, shown: str) -> None:
    assert format_period(_quantity(make_analysis, period)) == shown


def test_view_excerpt_collapses_whitespace_and_cuts_at_a_word() -> None:
    assert excerpt("a\r\nb\u00a0 c") == "a b c"
    cut = excerpt("word " * 50, 30)
    assert cut.endswith("…") and len(cut) <= 30 and "wor…" not in cut


def test_view_layer_state_distinguishes_absent_skipped_failed(golden, make_analysis) -> None:
    quiet = golden("quiet-week")
    assert layer_state(quiet, "attributions") is None
    assert layer_state(quiet, "claims") == "not run (layer skipped)"
    assert layer_state(quiet, "quantities") == "not run (layer not in this pipeline)"
    assert layer_state(make_analysis("No metadata at all."), "claims") is None


def test_view_voices_shares_sum_to_one(golden) -> None:
    v = voices(golden("ferry-audit"))
    assert sum(r.share for r in v.by_source) == pytest.approx(1.0)
    assert sum(r.share for r in v.by_affiliation) == pytest.approx(1.0)
    assert v.by_source[0].name == "Lena Ortiz" and v.by_source[0].attributions == 2


def test_view_cite_chain_follows_ids_to_any_depth_and_stops_on_cycles(make_analysis, span) -> None:
    text = "A said B cited C, which cited A."

    def att(aid: str, who: str, cites: list[str]) -> dict:
        return {
            "id": aid,
            "source": {**span(text, who), "entity": who, "kind": "person"},
            "cue": None,
            "content": span(text, "which"),
            "cites": cites,
        }

    analysis = make_analysis(
        text,
        attributions=[att("a1", "A", ["a2"]), att("a2", "B", ["a3"]), att("a3", "C", ["a1", "a9"])],
    )
    chain = cite_chain(analysis, analysis.attributions[0])
    assert chain == ["B (person) [a2]", "  C (person) [a3]", "    a9 (not in this analysis)"]


def test_view_voices_are_one_row_per_source_whatever_its_case(make_analysis, span) -> None:
    # "the council" and "The council" are one source in the Sources section, and so here
    text = "Rents rose, the council said. The council said 118 staff work for it."

    def att(aid: str, who: str, nth: int, content: str) -> dict:
        return {
            "id": aid,
            "source": {**span(text, who, nth), "kind": "government"},
            "cue": span(text, "said", nth),
            "content": span(text, content),
        }

    analysis = make_analysis(
        text,
        attributions=[
            att("a1", "the council", 0, "Rents rose"),
            att("a2", "The council", 0, "118 staff work for it"),
        ],
    )
    v = voices(analysis)
    assert [(r.name, r.attributions) for r in v.by_source] == [("the council", 2)]
    assert [(r.name, r.attributions) for r in v.by_affiliation] == [("the council", 2)]
