"""Units of one physical dimension, and converting figures to its base unit.

"15 metres a day" and "2.9 kilometres" can only be held against one another in one
unit; figures of a dimension the article writes in one unit keep it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimscope.contract.model import Quantity

__all__ = ["TO_BASE", "mixed_dimensions", "to_base", "unit_dimension"]

#: Units convertible to one base unit of their dimension: (base, factor).
TO_BASE: dict[str, tuple[str, float]] = {
    "mm": ("m", 0.001),
    "cm": ("m", 0.01),
    "m": ("m", 1.0),
    "km": ("m", 1000.0),
    "inch": ("m", 0.0254),
    "foot": ("m", 0.3048),
    "yard": ("m", 0.9144),
    "mile": ("m", 1609.344),
    "mg": ("kg", 1e-6),
    "g": ("kg", 0.001),
    "kg": ("kg", 1.0),
    "lb": ("kg", 0.45359237),
    "tonne": ("kg", 1000.0),
    "megatonne": ("kg", 1e9),
    "gigatonne": ("kg", 1e12),
    "ml": ("l", 0.001),
    "l": ("l", 1.0),
    "hl": ("l", 100.0),
    "W": ("W", 1.0),
    "kW": ("W", 1e3),
    "MW": ("W", 1e6),
    "GW": ("W", 1e9),
    "kWh": ("kWh", 1.0),
    "MWh": ("kWh", 1e3),
    "GWh": ("kWh", 1e6),
    "TWh": ("kWh", 1e9),
    "kB": ("MB", 1e-3),
    "MB": ("MB", 1.0),
    "GB": ("MB", 1e3),
    "TB": ("MB", 1e6),
    "acre": ("hectare", 0.40468564),
    "hectare": ("hectare", 1.0),
    "m2": ("hectare", 1e-4),
    "km2": ("hectare", 100.0),
}


def unit_dimension(unit: str | None) -> str | None:
    """The base unit of a unit's dimension ("tonne" -> "kg", "acre" -> "hectare"), or None
    for a unit of no known physical dimension (money, degrees, points): two figures whose
    dimensions differ can never be a multiple of one another."""
    return TO_BASE[unit][0] if unit in TO_BASE else None


def mixed_dimensions(quantities: list[Quantity]) -> frozenset[str]:
    """Dimensions the article writes in more than one unit ("15 metres a day" and "2.9
    kilometres"): only their figures are converted, so that figures written in one unit
    keep their own unit in every explanation."""
    seen: dict[str, set[str]] = {}
    for q in quantities:
        if q.unit in TO_BASE:
            seen.setdefault(TO_BASE[q.unit][0], set()).add(q.unit)
    return frozenset(base for base, units in seen.items() if len(units) > 1)


def to_base(q: Quantity) -> Quantity:
    """The figure in its dimension's base unit; its interval keeps the written rounding,
    since ``interval_of`` scales the rounding step by value over written digits."""
    base, factor = TO_BASE[q.unit or ""]
    if q.unit == base:
        return q

    def scaled(v: float | None) -> float | None:
        return None if v is None else v * factor

    return q.model_copy(
        update={
            "unit": base,
            "value": scaled(q.value),
            "low": scaled(q.low),
            "high": scaled(q.high),
        }
    )
