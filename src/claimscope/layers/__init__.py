"""Analysis layers: one module per contract field, registered with ``@layer``.

Importing this package registers the built-in layers. Layers never import one
another; shared helpers live lower down (``contract``, ``nlp``, ``models``).
"""

from importlib import import_module

from claimscope.layers.base import LAYER_NAMES

for _name in LAYER_NAMES:
    import_module(f"claimscope.layers.{_name}")
