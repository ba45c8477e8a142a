"""Writing a linear model's weights as the JSON the package ships.

Every JSON-weighted model (the attribution model, the numeric verifier, the numeric pair
model) is written the same way, so ``claimscope.models.json_weights`` can check any of
them against the checksum in its ``meta.json``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

__all__ = ["write_weights"]


def write_weights(out: Path, weights: Any) -> dict[str, Any]:
    """Write ``weights`` to ``out/weights.json`` (compact, keys sorted, so a retrain with
    the same result gives the same bytes) and return the ``files`` and ``sha256`` entries
    of its ``meta.json``."""
    out.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(weights, sort_keys=True, separators=(",", ":")).encode("utf-8")
    (out / "weights.json").write_bytes(payload)
    return {
        "files": {"weights": "weights.json"},
        "sha256": {"weights.json": hashlib.sha256(payload).hexdigest()},
    }
