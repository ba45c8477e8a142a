"""The layer and check registries are public API: a rename fails unless it is versioned."""

from __future__ import annotations

import json
from pathlib import Path

from claimscope.contract.model import FINDING_KINDS
from claimscope.layers.base import LAYER_NAMES, registered_layers
from claimscope.layers.findings.base import CHECKS

SNAPSHOT = Path(__file__).parent / "registry_snapshot.json"


def _current() -> dict[str, object]:
    return {
        "layers": {
            name: {
                "version": spec.version,
                "requires": list(spec.requires),
                "after": list(spec.after),
                "model": spec.model,
            }
            for name, spec in sorted(registered_layers().items())
        },
        "checks": {
            name: {"kinds": list(c.kinds), "reads": list(c.reads)}
            for name, c in sorted(CHECKS.items())
        },
    }


def test_registry_matches_committed_snapshot() -> None:
    assert _current() == json.loads(SNAPSHOT.read_text()), (
        "the layer/check registry changed: bump the layer version and update "
        "tests/registry_snapshot.json on purpose"
    )


def test_registry_every_contract_field_has_a_layer() -> None:
    assert set(registered_layers()) == set(LAYER_NAMES)


def test_registry_every_finding_kind_has_a_check() -> None:
    emitted = {kind for c in CHECKS.values() for kind in c.kinds}
    assert emitted == set(FINDING_KINDS)
