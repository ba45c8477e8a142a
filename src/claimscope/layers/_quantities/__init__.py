"""Private machinery of the quantities layer: numerals, units and periods.

Tables: ``numbers`` (numeral strings), ``units`` (unit and currency names). Reading a
figure from tokens: ``mentions`` (finds figures and assembles each ``Mention``),
``figure_values``, ``figure_units``, ``non_figures`` (dates and identifiers),
``counted_nouns`` and ``rates``. Periods: ``periods`` and ``period_refs``.

Nothing here imports another layer; the layer module ``quantities.py`` is the
only public entry point.
"""
