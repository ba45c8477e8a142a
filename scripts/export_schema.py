"""Write the JSON Schema of claimscope.analysis/1 to schema/analysis-1.json.

Run after any change to src/claimscope/contract/model.py; tests/contract/test_schema.py
fails while the committed file and the models disagree.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimscope.contract.io import export_json_schema

TARGET = Path(__file__).resolve().parent.parent / "schema" / "analysis-1.json"


def main() -> None:
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(json.dumps(export_json_schema(), indent=2, sort_keys=True) + "\n")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
