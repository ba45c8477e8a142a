"""Analysis layers: one module per contract field, registered with ``@layer``.

Importing this package registers the built-in layers. Layers never import one
another; shared helpers live lower down (``contract``, ``nlp``, ``models``).
"""

from importlib import import_module

_BUILTIN = (
    "sentences",
    "entities",
    "attributions",
    "quantities",
    "claims",
    "techniques",
    "findings",
)

for _name in _BUILTIN:
    import_module(f"claimscope.layers.{_name}")
