"""Private machinery of the quantities layer: numerals, units and periods.

Tables: ``numbers`` (numeral strings), ``units`` (unit and currency names). Reading a
figure from tokens: ``mentions`` (finds figures and assembles each ``Mention``),
``figure_values``, ``figure_units``, ``non_figures`` (dates and identifiers), the
thing counted (``counted_after_figure``, ``counted_before_figure``, ``counted_by_verb``,
all writing it out through ``counted_text``) and ``rates``. Periods: ``periods`` (finds
period phrases), its pattern tables ``period_range_patterns`` and
``period_single_patterns``, the dates they resolve to in ``period_resolvers`` and
``period_parts``, the calendar words and arithmetic they share in ``period_calendar``,
and ``period_ends`` and ``period_refs``.

Nothing here imports another layer; the layer module ``quantities.py`` is the
only public entry point.
"""
