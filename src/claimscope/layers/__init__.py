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
    try:
        import_module(f"claimscope.layers.{_name}")
    except ModuleNotFoundError as _err:  # a layer still being written
        if _err.name != f"claimscope.layers.{_name}":
            raise
