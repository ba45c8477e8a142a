"""Private machinery of the quantities layer: numerals, units and periods.

Nothing here imports another layer; the layer module ``quantities.py`` is the
only public entry point.
"""
