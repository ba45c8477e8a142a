"""Every registered layer as a spaCy component, for users with their own ``nlp``.

An adapter, never a second implementation: each component calls the registered
layer function on the Doc and keeps a ``Draft`` in ``doc._.claimscope``, so layers
added later see what earlier ones found, exactly as in the pipeline::

    import claimscope.spacy_components  # registers the factories
    nlp.add_pipe("claimscope_sentences")
    nlp.add_pipe("claimscope_quantities")
    doc = nlp(text)
    doc._.claimscope.quantities   # list of contract Quantity objects
    claimscope.spacy_components.to_analysis(doc)
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimscope.contract.model import Analysis, Article
from claimscope.errors import LayerError
from claimscope.layers.base import LAYER_NAMES, Draft, LayerSpec, content_id, registered_layers

__all__ = ["LayerComponent", "register_all", "to_analysis"]

if not Doc.has_extension("claimscope"):
    Doc.set_extension("claimscope", default=None)


class LayerComponent:
    """Runs one registered layer on a Doc; its requirements must have run before."""

    def __init__(self, spec: LayerSpec) -> None:
        self.spec = spec

    def __call__(self, doc: Doc) -> Doc:
        draft = doc._.claimscope
        if draft is None:
            draft = Draft(article=Article(text=doc.text), article_id=content_id(doc.text))
            doc._.claimscope = draft
        missing = [r for r in self.spec.requires if not draft.has(r)]
        if missing:
            needed = ", ".join(f"claimscope_{m}" for m in missing)
            raise ValueError(f"claimscope_{self.spec.name} needs {needed} earlier in the pipeline")
        try:
            result = self.spec.func(doc, draft)
        except Exception as err:
            raise LayerError(self.spec.name, draft.article_id, err) from err
        setattr(draft, self.spec.name, list(result))
        draft.ran.add(self.spec.name)
        return doc


def _factory(spec: LayerSpec) -> Any:
    def make(nlp: Language, name: str) -> LayerComponent:
        return LayerComponent(spec)

    return make


def register_all() -> list[str]:
    """Register a ``claimscope_<layer>`` factory per layer; returns the names."""
    names = []
    for spec in registered_layers().values():
        name = f"claimscope_{spec.name}"
        if name not in Language.factories:
            Language.factory(
                name,
                assigns=["doc._.claimscope"],
                requires=["doc.sents"],
            )(_factory(spec))
        names.append(name)
    return names


def to_analysis(doc: Doc) -> Analysis:
    """The contract object for a Doc processed by claimscope components."""
    draft: Draft | None = doc._.claimscope
    if draft is None:
        raise ValueError("no claimscope component ran on this Doc")
    return Analysis(
        id=draft.article_id,
        article=draft.article,
        **{name: getattr(draft, name) for name in LAYER_NAMES},
    )


register_all()
