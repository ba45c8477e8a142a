"""claimscope: claim forensics for news.

Who claims what, on whose authority, with which numbers, carried by which
rhetoric, and whether the numbers add up. Everything leaves as one contract,
``claimscope.analysis/1``.

    >>> import claimscope
    >>> analysis = claimscope.analyze("Officials said 40 people were hurt.")
    >>> analysis.to_json()

Importing the package loads neither spaCy nor ONNX Runtime; models load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from claimscope.contract.model import Analysis, Article
from claimscope.errors import (
    ClaimscopeError,
    ConfigError,
    ContractError,
    FetchError,
    InputError,
    LayerError,
    StoreError,
)

if TYPE_CHECKING:
    from claimscope.pipeline import Pipeline

__all__ = [
    "Analysis",
    "Article",
    "ClaimscopeError",
    "ConfigError",
    "ContractError",
    "FetchError",
    "InputError",
    "LayerError",
    "Pipeline",
    "StoreError",
    "__version__",
    "analyze",
]


def analyze(text_or_html: str, **metadata: Any) -> Analysis:
    """Analyse one article given as plain text or HTML.

    Args:
        text_or_html: the article; HTML (detected by its markup) goes through trafilatura,
            plain text is kept exactly as given.
        **metadata: ``title``, ``published`` (ISO date), ``url``, ``outlet``, ``language``,
            ``id``; and the pipeline options ``model``, ``only``, ``skip`` and
            ``verify_numbers`` (True leaves out the numeric warnings the verifier doubts)
            and ``learned_pairs`` (False leaves out the learned pair model: its vetting of
            the rules' warnings and its own warnings).

    Raises:
        InputError: the text is empty, too large or not an article.
    """
    from claimscope.ingest import article_from_string

    options = {
        k: metadata.pop(k)
        for k in ("model", "only", "skip", "verify_numbers", "learned_pairs")
        if k in metadata
    }
    article_id = metadata.pop("id", None)
    article = article_from_string(text_or_html, **metadata)
    return _pipeline(**options).analyze(article, article_id=article_id)


def _pipeline(**options: Any) -> Pipeline:
    from claimscope.pipeline import Pipeline

    key = tuple(
        sorted(
            (k, tuple(v) if isinstance(v, list | set | frozenset) else v)
            for k, v in options.items()
        )
    )
    cached = _PIPELINES.get(key)
    if cached is None:
        cached = _PIPELINES[key] = Pipeline(**options)
    return cached


_PIPELINES: dict[tuple[Any, ...], Pipeline] = {}


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from claimscope.pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'claimscope' has no attribute {name!r}")
