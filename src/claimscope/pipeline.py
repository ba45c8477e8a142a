"""Orders the layers by what they require, applies only/skip, runs them, builds the Analysis."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from claimscope import __version__
from claimscope.contract.model import Analysis, Article, LayerRun, Meta
from claimscope.errors import ClaimscopeError, ConfigError, ContractError, LayerError
from claimscope.layers.base import LAYER_NAMES, Draft, LayerSpec, content_id, registered_layers
from claimscope.nlp import DEFAULT_MODEL, load_nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Pipeline", "PipelineConfig", "resolve_layers"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PipelineConfig:
    """Options of one pipeline; ``only`` and ``skip`` take layer names."""

    model: str = DEFAULT_MODEL
    only: frozenset[str] | None = None
    skip: frozenset[str] = field(default_factory=frozenset)
    #: Drop the numeric warnings the verifier doubts (see ``findings/numeric/verify.py``):
    #: fewer false alarms, and fewer real conflicts found, so it is off unless asked for.
    verify_numbers: bool = False
    #: Let the learned pair model vet the rule checks' numeric warnings and add its own for
    #: conflicts no rule tied (see ``findings/numeric/learned``); off gives the rule
    #: checks' findings alone.
    learned_pairs: bool = True


def resolve_layers(
    layers: dict[str, LayerSpec],
    *,
    only: Iterable[str] | None = None,
    skip: Iterable[str] = (),
) -> tuple[list[LayerSpec], set[str]]:
    """The layers to run in dependency order, and those added because ``only`` needs them.

    Raises:
        ConfigError: an unknown name, a cycle, or skipping a layer that a kept one requires.
    """
    for name in [*(only or ()), *skip]:
        if name not in layers:
            known = ", ".join(n for n in LAYER_NAMES if n in layers)
            raise ConfigError(f"unknown layer {name!r}; known layers: {known}")
    skip_set = set(skip)
    if only is None:
        wanted = set(layers) - skip_set
        added: set[str] = set()
    else:
        wanted = set()
        stack = list(only)
        while stack:
            name = stack.pop()
            if name not in wanted:
                wanted.add(name)
                stack.extend(layers[name].requires)
        added = wanted - set(only)
    for name in sorted(wanted):
        missing = [r for r in layers[name].requires if r not in wanted]
        if missing:
            raise ConfigError(
                f"layer {name!r} requires {', '.join(missing)}, which is skipped; "
                f"skip {name!r} too or keep {', '.join(missing)}"
            )
    order: list[LayerSpec] = []
    done: set[str] = set()
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            raise ConfigError(f"layers require each other in a cycle through {name!r}")
        visiting.add(name)
        spec = layers[name]
        for dep in (*spec.requires, *spec.after):
            if dep in wanted:
                visit(dep)
        visiting.discard(name)
        done.add(name)
        order.append(spec)

    for name in sorted(wanted, key=_contract_rank):
        visit(name)
    return order, added


def _contract_rank(name: str) -> int:
    return LAYER_NAMES.index(name) if name in LAYER_NAMES else len(LAYER_NAMES)


class Pipeline:
    """A reusable analysis pipeline: build once, call on many articles.

    Models load lazily on the first article, once per process.
    """

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        only: Iterable[str] | None = None,
        skip: Iterable[str] = (),
        verify_numbers: bool = False,
        learned_pairs: bool = True,
    ) -> None:
        self.config = PipelineConfig(
            model=model,
            only=frozenset(only) if only is not None else None,
            skip=frozenset(skip),
            verify_numbers=verify_numbers,
            learned_pairs=learned_pairs,
        )
        self._all = registered_layers()
        self.layers, self.added = resolve_layers(
            self._all, only=self.config.only, skip=self.config.skip
        )

    @property
    def layer_names(self) -> list[str]:
        return [spec.name for spec in self.layers]

    def parse(self, article: Article) -> Doc:
        return load_nlp(self.config.model)(article.text)

    def analyze(self, article: Article, *, article_id: str | None = None) -> Analysis:
        """Run every enabled layer on ``article``.

        Raises:
            LayerError: a layer failed on this article (the rest of a batch goes on).
        """
        aid = article_id or content_id(article.text)
        doc = self.parse(article)
        return self._run(doc, article, aid)

    def pipe(
        self,
        articles: Iterable[Article | tuple[Article, str]],
        *,
        batch_size: int = 16,
        on_error: Callable[[str, ClaimscopeError], None] | None = None,
    ) -> Iterator[Analysis]:
        """Analyse a stream of articles (or ``(article, id)`` pairs) lazily, in order.

        At most ``batch_size`` articles are held at once, so a stream of any length runs
        in bounded memory. Without ``on_error`` a failing article raises and ends the
        stream; with it, the failure is handed over (article id, error) and the stream
        goes on with the next article.
        """
        nlp = load_nlp(self.config.model)
        pairs = (
            (item, content_id(item.text)) if isinstance(item, Article) else item
            for item in articles
        )
        stream = nlp.pipe(
            ((a.text, (a, aid)) for a, aid in pairs), as_tuples=True, batch_size=batch_size
        )
        for doc, (article, aid) in stream:
            try:
                analysis = self._run(doc, article, aid)
            except (LayerError, ContractError) as err:
                if on_error is None:
                    raise
                on_error(aid, err)
                continue
            yield analysis

    def _run(self, doc: Doc, article: Article, aid: str) -> Analysis:
        draft = Draft(
            article=article,
            article_id=aid,
            verify_numbers=self.config.verify_numbers,
            learned_pairs=self.config.learned_pairs,
        )
        runs: dict[str, LayerRun] = {}
        for spec in self.layers:
            try:
                result = spec.func(doc, draft)
            except Exception as err:
                raise LayerError(spec.name, aid, err) from err
            setattr(draft, spec.name, list(result))
            draft.ran.add(spec.name)
            runs[spec.name] = LayerRun(version=spec.version, status="ran", model=spec.model)
        for name in self._all:
            runs.setdefault(name, LayerRun(version=self._all[name].version, status="skipped"))
        notes: list[str] = []
        if article.published is None:
            notes.append("publication date unknown: relative dates keep their text unresolved")
        notes.extend(draft.notes)
        fields: dict[str, Any] = {n: getattr(draft, n) for n in LAYER_NAMES}
        try:
            return Analysis(
                id=aid,
                article=article,
                meta=Meta(
                    claimscope=__version__,
                    spacy_model=self.config.model,
                    layers=runs,
                    notes=notes,
                ),
                **fields,
            )
        except ValidationError as err:
            raise ContractError(f"{aid}: a layer produced an invalid analysis: {err}") from err
