"""``claimscope techniques classify`` and ``claimscope eval techniques``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimscope.cli import app
from claimscope.contract.model import TECHNIQUE_LABELS

FIXTURE = Path(__file__).parents[1] / "fixtures" / "techniques"


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimscope", *args], capture_output=True, text=True, check=False
    )


def test_techniques_classify_bad_template_exits_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "template.tsv"
    bad.write_text("900001\t?\t12\n", encoding="utf-8")
    out = _main("techniques", "classify", str(FIXTURE / "articles"), str(bad))
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert "template.tsv:1" in out.stderr


def test_techniques_eval_not_a_ptc_folder_exits_2(tmp_path: Path) -> None:
    out = _main("eval", "techniques", str(tmp_path))
    assert out.returncode == 2
    assert "not a PTC folder" in out.stderr


@pytest.mark.model
def test_techniques_classify_fills_column_two(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    result = CliRunner().invoke(
        app,
        [
            "techniques",
            "classify",
            str(FIXTURE / "articles"),
            str(FIXTURE / "template.tsv"),
            "--out",
            str(target),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    template = (FIXTURE / "template.tsv").read_text(encoding="utf-8").splitlines()
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(template)
    for got, asked in zip(lines, template, strict=True):
        g, a = got.split("\t"), asked.split("\t")
        assert (g[0], g[2], g[3]) == (a[0], a[2], a[3])
        assert g[1] in TECHNIQUE_LABELS


@pytest.mark.model
def test_techniques_eval_prints_si_and_tc() -> None:
    result = CliRunner().invoke(app, ["eval", "techniques", str(FIXTURE)], catch_exceptions=False)
    assert result.exit_code == 0
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    rows = {x[0]: x[1] for x in lines if len(x) == 2}
    for key in ("SI_precision", "SI_recall", "SI_F1", "TC_micro_F1"):
        assert 0.0 <= float(rows[key]) <= 1.0
    assert rows["gold_spans"] == "5"
    table = [x for x in lines if len(x) == 6]
    assert table[0] == ["label", "precision", "recall", "F1", "gold", "predicted"]
    per_label = {x[0]: x[1:] for x in table[1:]}
    assert set(per_label) == set(TECHNIQUE_LABELS)
    assert per_label["Exaggeration,Minimisation"][3] == "1"
    assert sum(int(x[3]) for x in per_label.values()) == 5
