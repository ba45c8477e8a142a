"""The SemEval-2020 Task 11 scorers on tiny hand-made gold/prediction pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimscope.errors import InputError
from claimscope.evaluation.techniques import (
    TemplateLine,
    merge_spans,
    per_label_scores,
    read_articles,
    read_tc_labels,
    si_scores,
    tc_scores,
    write_template,
)

FIXTURE = Path(__file__).parent.parent / "fixtures" / "techniques"


def test_techniques_si_overlap_known_values() -> None:
    # One prediction half inside the first gold span; the second gold span is missed.
    scores = si_scores({"1": [(0, 10), (20, 30)]}, {"1": [(5, 15)]})
    assert scores.precision == pytest.approx(0.5)  # 5 of its 10 characters are gold
    assert scores.recall == pytest.approx(0.25)  # (5/10 + 0) / 2 gold spans
    assert scores.f1 == pytest.approx(1 / 3)


def test_techniques_si_merges_overlaps_and_counts_unpredicted_articles() -> None:
    gold = {"1": [(0, 10), (5, 12)], "2": [(0, 4)]}
    scores = si_scores(gold, {"1": [(0, 12)]})
    assert scores.precision == pytest.approx(1.0)
    assert scores.recall == pytest.approx(0.5)  # article 2's span counts, unpredicted


def test_techniques_si_empty_prediction_is_zero() -> None:
    assert si_scores({"1": [(0, 3)]}, {}).f1 == 0.0


def test_techniques_merge_keeps_touching_spans_apart() -> None:
    assert merge_spans([(5, 9), (0, 5), (8, 12)]) == [(0, 5), (5, 12)]


def test_techniques_tc_micro_f1_matches_labels_of_identical_spans() -> None:
    gold = [
        TemplateLine("1", "Doubt", 0, 5),
        TemplateLine("1", "Slogans", 0, 5),
        TemplateLine("1", "Repetition", 9, 12),
    ]
    pred = [
        TemplateLine("1", "Slogans", 0, 5),
        TemplateLine("1", "Doubt", 0, 5),
        TemplateLine("1", "Doubt", 9, 12),
    ]
    scores = tc_scores(gold, pred)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(2 / 3)


def test_techniques_per_label_scores_count_only_that_label() -> None:
    gold = [
        TemplateLine("1", "Loaded_Language", 0, 10),
        TemplateLine("1", "Exaggeration,Minimisation", 0, 10),
        TemplateLine("2", "Exaggeration,Minimisation", 20, 30),
    ]
    # One span listed with two labels counts once for each of them.
    pred = [
        TemplateLine("1", "Loaded_Language", 0, 10),
        TemplateLine("1", "Exaggeration,Minimisation", 0, 10),
        TemplateLine("2", "Loaded_Language", 20, 25),
    ]
    labels = ("Exaggeration,Minimisation", "Loaded_Language", "Slogans")
    exag, loaded, slogans = per_label_scores(gold, pred, labels)
    assert (exag.label, exag.gold, exag.predicted) == ("Exaggeration,Minimisation", 2, 1)
    assert exag.si.precision == pytest.approx(1.0)
    assert exag.si.recall == pytest.approx(0.5)  # article 2's gold span is missed
    assert (loaded.gold, loaded.predicted) == (1, 2)
    assert loaded.si.precision == pytest.approx(0.5)  # the span in article 2 is no LL gold
    assert loaded.si.recall == pytest.approx(1.0)
    assert (slogans.gold, slogans.predicted, slogans.si.f1) == (0, 0, 0.0)


def test_techniques_template_round_trip(tmp_path: Path) -> None:
    lines = read_tc_labels(FIXTURE / "template.tsv")
    assert {x.technique for x in lines} == {"?"}
    out = tmp_path / "out.tsv"
    out.write_text(write_template(lines), encoding="utf-8")
    assert out.read_text(encoding="utf-8") == (FIXTURE / "template.tsv").read_text("utf-8")


def test_techniques_gold_offsets_point_at_the_words() -> None:
    articles = read_articles(FIXTURE / "articles")
    for line in read_tc_labels(FIXTURE / "gold-task-flc-tc.labels"):
        text = articles[line.article_id][line.start : line.end]
        assert text == text.strip() and text


def test_techniques_malformed_template_is_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("900001\t?\tstart\t12\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.tsv:1"):
        read_tc_labels(bad)


def test_techniques_missing_article_is_input_error() -> None:
    with pytest.raises(InputError, match="article123"):
        read_articles(FIXTURE / "articles", {"123"})
