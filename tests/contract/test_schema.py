"""The committed JSON Schema is the exported one, and real analyses validate against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from claimscope.contract import Analysis, Article, export_json_schema
from claimscope.contract.spans import make_span

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema" / "analysis-1.json"


def test_schema_committed_file_matches_models() -> None:
    committed = json.loads(SCHEMA_FILE.read_text())
    assert committed == json.loads(json.dumps(export_json_schema(), sort_keys=True)), (
        "schema/analysis-1.json is stale: run python scripts/export_schema.py"
    )


def test_schema_validates_an_analysis() -> None:
    text = "Headline\n\nBody said 3 things."
    analysis = Analysis(id="x", article=Article(text=text), sentences=[make_span(text, 0, 8)])
    jsonschema.validate(json.loads(analysis.to_json()), json.loads(SCHEMA_FILE.read_text()))


def test_schema_rejects_missing_id() -> None:
    data = json.loads(Analysis(id="x", article=Article(text="t")).to_json())
    del data["id"]
    try:
        jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text()))
    except jsonschema.ValidationError:
        return
    raise AssertionError("an analysis without id validated")
