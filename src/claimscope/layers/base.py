"""The layer registry and ``Draft``, the analysis being built.

A layer is a registered plain function ``(doc, draft) -> its contract field``. It
reads ``draft`` (the article and what earlier layers returned) and never writes to
it: the pipeline stores what each layer returns, so no layer can overwrite
another's. Spans come only from ``draft.span()``, which slices ``article.text``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import catalogue

from claimscope.contract.model import (
    Article,
    Attribution,
    Claim,
    Entity,
    Finding,
    Quantity,
    Span,
    Technique,
)
from claimscope.contract.spans import make_span
from claimscope.ingest.ids import content_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "LAYER_NAMES",
    "Draft",
    "LayerFunc",
    "LayerSpec",
    "content_id",
    "get_layer",
    "layer",
    "registered_layers",
]

#: The contract fields a layer may fill, in the order they appear in the contract.
LAYER_NAMES: tuple[str, ...] = (
    "sentences",
    "entities",
    "attributions",
    "quantities",
    "claims",
    "techniques",
    "findings",
)

LayerFunc = Callable[["Doc", "Draft"], list[Any]]
F = TypeVar("F", bound=LayerFunc)

#: Third-party layers register through the ``claimscope_layers`` entry-point group.
_registry = catalogue.create("claimscope", "layers", entry_points=True)


@dataclass(frozen=True)
class LayerSpec:
    """A registered layer: its name is the contract field it fills."""

    name: str
    func: LayerFunc
    requires: tuple[str, ...]
    version: int
    model: str | None = None
    after: tuple[str, ...] = ()


def layer(
    name: str,
    *,
    requires: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
    version: int = 1,
    model: str | None = None,
) -> Callable[[F], F]:
    """Register ``func`` as the layer that fills the contract field ``name``.

    ``requires`` are pulled in by ``--only``; ``after`` only orders: those layers run
    first when they are enabled, and the layer copes when they are not.
    """
    if name not in LAYER_NAMES:
        raise ValueError(f"unknown layer name {name!r}; a layer fills one of {LAYER_NAMES}")

    def register(func: F) -> F:
        _registry.register(
            name, func=LayerSpec(name, func, tuple(requires), version, model, tuple(after))
        )
        return func

    return register


def registered_layers() -> dict[str, LayerSpec]:
    """Every registered layer, built-in ones imported first."""
    import claimscope.layers  # noqa: F401  (fills the registry)

    return {name: spec for name, spec in _registry.get_all().items() if isinstance(spec, LayerSpec)}


def get_layer(name: str) -> LayerSpec:
    spec = registered_layers().get(name)
    if spec is None:
        from claimscope.errors import ConfigError

        raise ConfigError(f"unknown layer {name!r}; known layers: {', '.join(LAYER_NAMES)}")
    return spec


@dataclass
class Draft:
    """The analysis being built: the article, and each finished layer's result."""

    article: Article
    article_id: str
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    techniques: list[Technique] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    ran: set[str] = field(default_factory=set)
    #: Whether the findings layer drops the numeric warnings its verifier doubts (opt-in).
    verify_numbers: bool = False
    learned_pairs: bool = True
    #: Lines a layer adds to ``meta.notes`` (what it left out, and why).
    notes: list[str] = field(default_factory=list)
    _counters: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        """A contract span cut from ``article.text``: it cannot disagree with the text."""
        return make_span(self.article.text, start, end)

    def new_id(self, prefix: str) -> str:
        """``q1``, ``q2``, ...: stable for the same input and the same layer order."""
        n = self._counters.get(prefix, 0) + 1
        self._counters[prefix] = n
        return f"{prefix}{n}"

    def has(self, name: str) -> bool:
        """Whether layer ``name`` ran (an empty list may mean 'none found' or 'not run')."""
        return name in self.ran

    @property
    def headline(self) -> Span | None:
        """The first line of the text when it is followed by a blank line or another line.

        Gold corpora and HTML extraction put the headline on the first line.
        """
        text = self.article.text
        nl = text.find("\n")
        if nl <= 0:
            return None
        start, end = 0, nl
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return self.span(start, end) if end > start else None
