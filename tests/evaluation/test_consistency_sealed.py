"""The consistency benchmark never reads a sealed set outside ``--sealed``: a subset that
names one leaves it out and says so, so its misses are never printed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "consistency_dev.py"


@pytest.fixture(scope="module")
def consistency_dev():
    spec = importlib.util.spec_from_file_location("consistency_dev", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_named_sealed_set_is_left_out(consistency_dev, capsys):
    sealed = consistency_dev.SEALED[0]
    scores = consistency_dev.main(subset=sealed)
    assert scores["planted"] == 0 and scores["clean"] == 0
    assert (
        f"sealed sets left out (use --sealed for their aggregate): {sealed}"
        in capsys.readouterr().err
    )
