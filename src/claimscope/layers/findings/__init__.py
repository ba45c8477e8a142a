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
from claimscope.layers.findings.numeric._book import READS as NUMERIC_READS
from claimscope.layers.findings.numeric._book import book_of, publication_end
from claimscope.layers.findings.numeric.learned import MAX_FIGURES, Context, second_look
from claimscope.layers.findings.numeric.verify import MODEL_NAME as VERIFIER
from claimscope.layers.findings.numeric.verify import verified, wording_doubts

if TYPE_CHECKING:
    from spacy.tokens import Doc

for _module in ("numeric", "sourcing"):
    import_module(f"claimscope.layers.findings.{_module}")


@layer(
    "findings",
    requires=("sentences",),
    after=("entities", "attributions", "quantities", "claims", "techniques"),
    version=10,
)
def find_findings(doc: Doc, draft: Draft) -> list[Finding]:
    """Every finding of every check that could run, ids in order of appearance. Unless
    ``learned_pairs`` is off, the learned second look leaves out the rule warnings it
    doubts (version 3), naming them in the notes, and adds its warnings for conflicts no
    rule tied (version 2). With ``verify_numbers``, the numeric warnings the verifier
    doubts are left out, and a note says how many."""
    found: list[Finding] = []
    for chk in CHECKS.values():
        if all(draft.has(name) for name in chk.reads):
            found.extend(chk.func(doc, draft))
    if draft.learned_pairs and all(draft.has(name) for name in NUMERIC_READS):
        ledger = book_of(doc, draft).entries
        if len(ledger) <= MAX_FIGURES:
            context = Context.of(draft.text, draft.sentences, publication_end(draft))
            wording = wording_doubts(draft.quantities, draft.text, draft.sentences)
            look = second_look(context, ledger, found, wording)
            found = look.kept + look.added
            draft.notes.extend(look.notes())
        else:
            draft.notes.append(
                f"learned second look skipped: {len(ledger)} figures, more than the "
                f"{MAX_FIGURES} it reads; the numeric findings are the rule checks' alone"
            )
    if draft.verify_numbers:
        raised = len(found)
        found = verified(found, draft.quantities, draft.text, draft.sentences)
        if dropped := raised - len(found):
            draft.notes.append(
                f"{dropped} numeric warning{'s' if dropped > 1 else ''} left out: the "
                f"verifier ({VERIFIER}) judged the pairing doubtful; run without "
                "--verify-numbers to see every warning"
            )
    return [f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(found, start=1)]
