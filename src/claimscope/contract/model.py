"""``claimscope.analysis/1`` as frozen pydantic models.

One definition serves validation, the exported JSON Schema and the REST API. The
contract is ``shared/analysis-schema.md``; when this file and that page disagree,
the page wins. Readers ignore unknown fields (the contract may grow); writers emit
only declared fields.

Spans are half-open code-point offsets into ``article.text``. A span on its own
only checks that its text has the right length; an :class:`Analysis` checks every
span against the article, so a span that disagrees with the text cannot enter one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "APPROX_SIGNS",
    "FINDING_KINDS",
    "LEFT_OUT_NOTE",
    "NUMERIC_KINDS",
    "SCHEMA_VERSION",
    "SOURCE_KINDS",
    "SOURCING_KINDS",
    "TECHNIQUE_LABELS",
    "Analysis",
    "Approx",
    "Article",
    "Attribution",
    "Claim",
    "Entity",
    "Finding",
    "FindingKind",
    "LayerRun",
    "Meta",
    "Per",
    "Period",
    "Quantity",
    "Severity",
    "Source",
    "SourceKind",
    "Span",
    "Technique",
    "TechniqueLabel",
]

SCHEMA_VERSION = "claimscope.analysis/1"

SourceKind = Literal[
    "person", "organization", "media", "government", "document", "anonymous", "vague", "unknown"
]
SOURCE_KINDS: tuple[str, ...] = SourceKind.__args__  # type: ignore[attr-defined]

Approx = Literal["=", "~", ">", "<", ">=", "<="]
APPROX_SIGNS: tuple[str, ...] = Approx.__args__  # type: ignore[attr-defined]

Per = Literal["day", "week", "month", "year"]
Severity = Literal["info", "warning", "error"]

FindingKind = Literal[
    "rate_total_mismatch",
    "range_violation",
    "part_exceeds_whole",
    "sum_mismatch",
    "percentage_mismatch",
    "change_mismatch",
    "unit_mismatch",
    "vague_attribution",
    "unattributed_claim",
    "headline_unsupported",
    "one_sided_sourcing",
]
FINDING_KINDS: tuple[str, ...] = FindingKind.__args__  # type: ignore[attr-defined]
#: The numeric consistency kinds (the first seven) and the sourcing kinds, as the contract has them.
NUMERIC_KINDS: frozenset[str] = frozenset(FINDING_KINDS[:7])
SOURCING_KINDS: frozenset[str] = frozenset(FINDING_KINDS[7:])
#: How a note in ``meta.notes`` begins when it names a numeric warning that a second look
#: left out: reports count these under their checks, so "none found" is never said of an
#: article whose warnings were only withheld.
LEFT_OUT_NOTE = "learned second look left out"

TechniqueLabel = Literal[
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
]
TECHNIQUE_LABELS: tuple[str, ...] = TechniqueLabel.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Span(_Model):
    """Half-open ``[start, end)`` in code points; ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _check_bounds(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but covers {self.end - self.start}"
            )
        return self


class Entity(Span):
    label: str


class Source(Span):
    """Who an attribution credits; ``entity`` is the canonical name it resolves to."""

    entity: str | None = None
    kind: SourceKind = "unknown"
    #: Optional extension: the organisation or outlet the source speaks for, when named
    #: ("Die Welt" for "Die Welt's correspondent Christoph Vanner").
    affiliation: str | None = None


class Attribution(_Model):
    id: str
    source: Source | None
    cue: Span | None
    content: Span
    direct: bool = False
    cites: list[str | Source] = Field(default_factory=list)


class Period(_Model):
    """The time a figure covers. ``start``/``end`` are ISO dates or null; when the year
    cannot be resolved (no ``article.published``) they are null and the optional
    extensions ``start_yearless``/``end_yearless`` keep month and day as ``--MM-DD``. The
    optional extension ``duration`` (ISO 8601) is a length the text states without dates
    ("over the six weeks": ``P6W``), or ``P0D`` for an instant ("at the end of March")."""

    start: str | None = None
    end: str | None = None
    text: str
    start_yearless: str | None = None
    end_yearless: str | None = None
    #: Optional extension: the period's length as an ISO 8601 duration, set when the text
    #: states a length but not the dates ("over the six weeks": ``P6W``, "in the show's
    #: first 12 weeks": ``P12W``), and ``P0D`` for an instant at which a stock or level is
    #: read ("at the end of March": ``start`` and ``end`` are that day, but nothing is
    #: counted over it). Null otherwise, like the other extensions.
    duration: str | None = None


class Quantity(Span):
    id: str
    value: float | None
    low: float | None
    high: float | None
    approx: Approx = "="
    unit: str | None = None
    counted: str | None = None
    period: Period | None = None
    per: Per | None = None
    attribution: str | None = None


class Finding(_Model):
    id: str
    kind: FindingKind
    severity: Severity
    message: str
    explanation: str
    quantities: list[str] = Field(default_factory=list)
    spans: list[Span] = Field(default_factory=list)


class Claim(Span):
    """A sentence-level claim. ``id`` is an optional extension of the contract."""

    id: str | None = None
    checkworthiness: float = Field(ge=0.0, le=1.0)
    attribution: str | None = None
    quantities: list[str] = Field(default_factory=list)


class Technique(Span):
    technique: TechniqueLabel
    score: float = Field(ge=0.0, le=1.0)


class Article(_Model):
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None


class LayerRun(_Model):
    """How one layer ran: lets a store tell a stale analysis from a fresh one."""

    version: int
    status: Literal["ran", "skipped", "failed"]
    model: str | None = None


class Meta(_Model):
    """Optional extension: what produced this analysis and what the reader should know."""

    claimscope: str | None = None
    spacy_model: str | None = None
    layers: dict[str, LayerRun] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)


class Analysis(_Model):
    """One analysed article: the only shape that leaves the pipeline."""

    schema_: Literal["claimscope.analysis/1"] = Field(
        default="claimscope.analysis/1", alias="schema"
    )
    id: str
    article: Article
    sentences: list[Span] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    techniques: list[Technique] = Field(default_factory=list)
    meta: Meta | None = None

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    @model_validator(mode="after")
    def _check_spans(self) -> Analysis:
        text = self.article.text
        for where, span in self.iter_spans():
            if span.end > len(text) or text[span.start : span.end] != span.text:
                raise ValueError(
                    f"{where}: span [{span.start}, {span.end}) {span.text!r} does not match "
                    "article.text"
                )
        return self

    def iter_spans(self) -> Iterator[tuple[str, Span]]:
        """Every span in the analysis with a path naming where it sits."""
        for name in ("sentences", "entities", "quantities", "claims", "techniques"):
            for i, span in enumerate(getattr(self, name)):
                yield f"{name}[{i}]", span
        for i, a in enumerate(self.attributions):
            if a.source is not None:
                yield f"attributions[{i}].source", a.source
            if a.cue is not None:
                yield f"attributions[{i}].cue", a.cue
            yield f"attributions[{i}].content", a.content
            for j, c in enumerate(a.cites):
                if isinstance(c, Source):
                    yield f"attributions[{i}].cites[{j}]", c
        for i, f in enumerate(self.findings):
            for j, s in enumerate(f.spans):
                yield f"findings[{i}].spans[{j}]", s

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict: ``schema`` first, only declared fields."""
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise to ``claimscope.analysis/1`` JSON (UTF-8 text, non-ASCII kept)."""
        return self.model_dump_json(by_alias=True, indent=indent)
