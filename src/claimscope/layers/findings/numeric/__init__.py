"""Do the numbers add up? Checks over the quantities ledger, each showing its arithmetic.

Every figure is an interval (see ``findings/_intervals.py``), and two figures are compared
only when they count the same thing in the same place over the same or a contained
period (see ``findings/_ledger/`` and ``_pairing.py``). A conflict is a ``warning``; a
check that passes and that a reader would want to see ("180,000 over ten months is 18,000
a month") is an ``info``.

One module per finding kind; importing this package registers the checks in the order
below, which is the order their findings appear in. After them, the findings layer runs
the learned second look (``learned/``) for conflicts no rule tied.
"""

from __future__ import annotations

# Registration order is the order findings appear in: keep it, do not sort.
# isort: off
from claimscope.layers.findings.numeric.rates import check_rates
from claimscope.layers.findings.numeric.averages import check_averages
from claimscope.layers.findings.numeric.linked import check_linked_things
from claimscope.layers.findings.numeric.parts import check_parts
from claimscope.layers.findings.numeric.sums import check_sums
from claimscope.layers.findings.numeric.percentages import check_percentages
from claimscope.layers.findings.numeric.changes import check_changes
# isort: on

__all__ = [
    "check_averages",
    "check_changes",
    "check_linked_things",
    "check_parts",
    "check_percentages",
    "check_rates",
    "check_sums",
]
