"""NewsQuant scoring: reading the format, the matching rule, and the CLI command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimscope.contract.model import Quantity
from claimscope.errors import InputError
from claimscope.evaluation.quantities import (
    GoldQuantity,
    GoldSentence,
    read_newsquant,
    score_sentences,
)

SENTENCES = [
    {
        "text": "The shop sold 40 bikes for $300 each.",
        "quantities": [
            {
                "change": "=",
                "value": "40.0",
                "unit": "bikes",
                "normalized_unit": "bike",
                "referred_concepts": "-",
            },
            {
                "change": "=",
                "value": "300",
                "unit": "$",
                "normalized_unit": "dollar",
                "referred_concepts": "-",
            },
        ],
    },
    {
        "text": "Rents rose between 4 and 6 percent.",
        "quantities": [
            {
                "change": "up",
                "value": "4-6",
                "unit": "percent",
                "normalized_unit": "percentage",
                "referred_concepts": "rent",
            },
        ],
    },
    {"text": "Nothing to count here.", "quantities": []},
]


def _q(text, low, high=None, unit=None, counted=None, per=None):
    high = low if high is None else high
    return Quantity(
        start=0,
        end=len(text),
        text=text,
        id="q",
        value=low if low == high else None,
        low=low,
        high=high,
        unit=unit,
        counted=counted,
        per=per,
    )


def test_quantities_eval_reads_values_and_ranges(tmp_path):
    path = tmp_path / "nq.json"
    path.write_text(json.dumps(SENTENCES), encoding="utf-8")
    gold = read_newsquant(path)
    assert len(gold) == 3
    assert gold[0].quantities[1] == GoldQuantity(300.0, 300.0, False, "dollar")
    assert gold[1].quantities[0] == GoldQuantity(4.0, 6.0, True, "percentage")


@pytest.mark.parametrize("content", ["not json", '{"text": "x"}', '[{"quantities": []}]'])
def test_quantities_eval_rejects_malformed_files(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        read_newsquant(path)


def test_quantities_eval_matching_rule():
    gold = [
        GoldSentence(
            "a", (GoldQuantity(40, 40, False, "bike"), GoldQuantity(300, 300, False, "dollar"))
        ),
        GoldSentence("b", (GoldQuantity(4, 6, True, "percentage"),)),
        GoldSentence("c", (GoldQuantity(52, 52, False, "dollar per year"),)),
    ]
    predicted = [
        [_q("40", 40, counted="mountain bike"), _q("$300", 300, unit="EUR"), _q("7", 7)],
        [_q("4 and 6", 4, 6, unit="percent")],
        [_q("$52", 52, unit="USD", per="year")],
    ]
    scores = score_sentences(gold, predicted)
    assert (scores.gold, scores.predicted) == (4, 5)
    assert scores.value_matched == 4
    assert scores.unit_matched == 3  # the EUR figure has the right value, the wrong unit
    p, r, _f = scores.value
    assert p == pytest.approx(0.8) and r == 1.0


def test_quantities_eval_range_needs_both_ends():
    gold = [GoldSentence("a", (GoldQuantity(4, 6, True, "percentage"),))]
    scores = score_sentences(gold, [[_q("4", 4, unit="percent")]])
    assert scores.value_matched == 0


@pytest.mark.model
def test_quantities_eval_cli_prints_scores_and_rule(tmp_path):
    from claimscope.cli import app

    path = tmp_path / "nq.json"
    path.write_text(json.dumps(SENTENCES), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "quantities", str(path)])
    assert result.exit_code == 0, result.output
    lines = dict(line.split("\t", 1) for line in result.output.strip().splitlines())
    assert lines["gold"] == "3"
    assert float(lines["value_F1"]) == pytest.approx(1.0)
    assert "one to one" in lines["matching"]


def _at(sentence, text, low, high=None, unit=None):
    start = sentence.index(text)
    quantity = _q(text, low, high, unit=unit)
    return quantity.model_copy(update={"start": start, "end": start + len(text)})


def test_quantities_eval_range_ends_in_either_order():
    gold = [GoldSentence("a", (GoldQuantity(4.7, 4.8, True, "percentage"),))]
    scores = score_sentences(gold, [[_q("4.8 to 4.7", 4.7, 4.8, unit="percent")]])
    assert scores.value_matched == 1


def test_quantities_eval_reads_from_to_gold_range_low_to_high(tmp_path):
    path = tmp_path / "nq.json"
    record = {
        "text": "Growth slowed from 4.8 to 4.7 percent.",
        "quantities": [{"value": "4.8-4.7"}],
    }
    path.write_text(json.dumps([record]), encoding="utf-8")
    assert read_newsquant(path)[0].quantities[0] == GoldQuantity(4.7, 4.8, True, "-")


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Bread rose from $2.10 to $2.45 in a year.", "$2.10", "$2.45"),
        ("Stock fell to 310 crates from 420 crates.", "310", "420"),
        ("Plots from 200 sq m up to 450 sq m are sold.", "200 sq m", "up to 450 sq m"),
    ],
)
def test_quantities_eval_from_to_pair_stands_for_gold_range(sentence, first, second):
    a = float(first.lstrip("$").split()[0])
    b = float(second.split()[-3] if second.startswith("up") else second.lstrip("$"))
    gold = [GoldSentence(sentence, (GoldQuantity(min(a, b), max(a, b), True, "-"),))]
    preds = [_at(sentence, first, a), _at(sentence, second, b)]
    scores = score_sentences(gold, [preds])
    assert (scores.value_matched, scores.predicted) == (1, 1)


def test_quantities_eval_unrelated_neighbours_are_no_range():
    sentence = "Rents rose 4 percent and wages 6 percent."
    gold = [GoldSentence(sentence, (GoldQuantity(4, 6, True, "percentage"),))]
    preds = [_at(sentence, "4 percent", 4), _at(sentence, "6 percent", 6)]
    scores = score_sentences(gold, [preds])
    assert (scores.value_matched, scores.predicted) == (0, 2)


def test_quantities_eval_unit_per_another_unit_is_held_by_its_unit():
    gold = [
        GoldSentence(
            "a",
            (
                GoldQuantity(52, 52, False, "dollar per barrel"),
                GoldQuantity(15, 15, False, "point per game"),
                GoldQuantity(9, 9, False, "dollar"),
            ),
        )
    ]
    predicted = [
        [
            _q("$52 a barrel", 52, unit="USD per barrel"),
            _q("15 ppg", 15, unit="point per game"),
            _q("€9 a kilo", 9, unit="EUR per kg"),
        ]
    ]
    assert score_sentences(gold, predicted).unit_matched == 2  # not euros for dollars
