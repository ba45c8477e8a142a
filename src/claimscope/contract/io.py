"""JSON / JSONL reading and writing of analyses, and the JSON Schema export."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from claimscope.contract.model import SCHEMA_VERSION, Analysis
from claimscope.errors import ContractError

__all__ = ["dump_jsonl_line", "export_json_schema", "load_analysis"]


def load_analysis(data: str | bytes | dict[str, Any]) -> Analysis:
    """Read one analysis, checking the schema tag and every span against the text."""
    if not isinstance(data, dict):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as err:
            raise ContractError(f"not JSON: {err.msg} at line {err.lineno}") from None
    if not isinstance(data, dict):
        raise ContractError("an analysis must be a JSON object")
    tag = data.get("schema")
    if tag != SCHEMA_VERSION:
        raise ContractError(f"unknown schema version {tag!r}; this reader knows {SCHEMA_VERSION}")
    try:
        return Analysis.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ContractError(f"invalid analysis at {where or 'top level'}: {first['msg']}") from None


def dump_jsonl_line(analysis: Analysis) -> str:
    """One analysis as one JSON line (no newline inside, newline at the end)."""
    return analysis.to_json() + "\n"


def export_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``claimscope.analysis/1`` as written to ``schema/analysis-1.json``."""
    schema = Analysis.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = "https://claimscope.invalid/schema/analysis-1.json"
    schema["title"] = SCHEMA_VERSION
    return schema
