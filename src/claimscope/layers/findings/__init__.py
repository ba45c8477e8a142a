"""The findings layer: runs each registered check whose inputs are there.

Checks live in ``numeric/`` (do the numbers add up? one module per finding kind) and
``sourcing.py`` (who is heard, who is not). A check whose layers were skipped does not
run, so "no finding" never stands in for "not checked".
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.base import Draft, layer
from claimscope.layers.findings.base import CHECKS

if TYPE_CHECKING:
    from spacy.tokens import Doc

for _module in ("numeric", "sourcing"):
    import_module(f"claimscope.layers.findings.{_module}")


@layer(
    "findings",
    requires=("sentences",),
    after=("entities", "attributions", "quantities", "claims", "techniques"),
    version=1,
)
def find_findings(doc: Doc, draft: Draft) -> list[Finding]:
    """Every finding of every check that could run, ids in order of appearance."""
    found: list[Finding] = []
    for chk in CHECKS.values():
        if all(draft.has(name) for name in chk.reads):
            found.extend(chk.func(doc, draft))
    return [f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(found, start=1)]
