"""Checks: small functions, one per finding kind, that the findings layer runs in turn."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft

__all__ = ["CHECKS", "Check", "CheckFunc", "check", "new_finding"]

CheckFunc = Callable[["Doc", "Draft"], list[Finding]]


@dataclass(frozen=True)
class Check:
    """One check: the finding kinds it can emit and the layers whose output it reads."""

    name: str
    func: CheckFunc
    kinds: tuple[str, ...]
    reads: tuple[str, ...]


#: Filled by ``@check`` in numeric/ and sourcing.py; run in registration order.
CHECKS: dict[str, Check] = {}


def check(
    name: str, *, kinds: tuple[str, ...], reads: tuple[str, ...]
) -> Callable[[CheckFunc], CheckFunc]:
    """Register a check; it runs only when every layer in ``reads`` ran."""

    def register(func: CheckFunc) -> CheckFunc:
        CHECKS[name] = Check(name, func, kinds, reads)
        return func

    return register


def new_finding(
    kind: str,
    severity: str,
    message: str,
    explanation: str,
    *,
    quantities: Sequence[str] = (),
    spans: Sequence[Span] = (),
) -> Finding:
    """A finding with a placeholder id: the findings layer numbers them in order of output."""
    return Finding.model_validate(
        {
            "id": "f0",
            "kind": kind,
            "severity": severity,
            "message": message,
            "explanation": explanation,
            "quantities": list(quantities),
            "spans": list(spans),
        }
    )
