"""The ledger as the numeric checks see it: each figure with its interval, thing, place and time.

One module per concern: ``entry.py`` (the figure and its dates), ``events.py`` (news
events and people), ``same_thing.py`` (whether two figures count the same thing),
``verbs.py``, ``things.py``, ``deeds.py``, ``places.py`` (the fields read from the parse),
``units.py`` (conversion within a dimension), ``borrowed_things.py`` (bare figures that
count what an earlier one counts) and ``build.py`` (``build_ledger``). The checks import
from here.
"""

from __future__ import annotations

from claimscope.layers.findings._ledger.build import build_ledger, ratio_ledger
from claimscope.layers.findings._ledger.entry import (
    SCALE_READINGS,
    Entry,
    Span3,
    as_date,
    doc_text,
    month_name,
    months_between,
    parse_date,
)
from claimscope.layers.findings._ledger.events import EVENTS, PEOPLE, event_words, named_event
from claimscope.layers.findings._ledger.same_thing import same_thing
from claimscope.layers.findings._ledger.units import unit_dimension

__all__ = [
    "EVENTS",
    "PEOPLE",
    "SCALE_READINGS",
    "Entry",
    "Span3",
    "as_date",
    "build_ledger",
    "doc_text",
    "event_words",
    "month_name",
    "months_between",
    "named_event",
    "parse_date",
    "ratio_ledger",
    "same_thing",
    "unit_dimension",
]
