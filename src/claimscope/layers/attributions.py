"""Who says what: attributions with their source, cue, content and chain of citations.

Most attributions in news are indirect, so quotation marks alone find a fraction of
them. A token tagger trained on PolNeAR finds the cues ("said", "according to",
"warned", a colon before a quote); per cue, two more linear models pick the content among
dependency subtrees and nearby quotations, and the source among the nouns and pronouns of
the sentence. Sources are then resolved in article order ("she" -> the spokesperson named
before), classified by kind, and linked into chains (``cites``): a spokesperson citing a
prosecutor's data relies on the prosecutor, and an attribution quoted inside another's
content is cited by it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.contract.model import Attribution, Source
from claimscope.layers._attribution.extract import RawAttribution, decode
from claimscope.layers._attribution.linear import MODEL_NAME, AttributionModel, load_model
from claimscope.layers._attribution.sources import Resolver, SourceInfo, source_phrase
from claimscope.layers.base import Draft, layer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["build_attributions", "find_attributions"]

_CITE_VERBS = frozenset({"cite", "quote", "reference"})
_ORIGIN_PREPS = frozenset({"from", "by", "of"})


@layer("attributions", requires=("sentences", "entities"), version=1, model=MODEL_NAME)
def find_attributions(doc: Doc, draft: Draft) -> list[Attribution]:
    """Attributions in order of their cues, each source resolved to the entity it names."""
    return build_attributions(doc, draft, load_model())


def build_attributions(doc: Doc, draft: Draft, model: AttributionModel) -> list[Attribution]:
    """The layer with an explicit model (training scores candidate models through this)."""
    raws = decode(doc, model)
    resolver = Resolver()
    ids = [draft.new_id("a") for _ in raws]
    out: list[Attribution] = []
    for k, raw in enumerate(raws):
        source = _source(doc, draft, resolver, raw)
        cites: list[str | Source] = [
            ids[j] for j, other in enumerate(raws) if j != k and _inside(other, raw)
        ]
        cites.extend(_cited_sources(doc, draft, raw, resolver))
        out.append(
            Attribution(
                id=ids[k],
                source=source,
                cue=draft.span(*raw.cue),
                content=draft.span(*raw.content),
                direct=raw.direct,
                cites=cites,
            )
        )
    return out


def _to_source(draft: Draft, start: int, end: int, info: SourceInfo) -> Source:
    span = draft.span(start, end)
    return Source(
        start=span.start,
        end=span.end,
        text=span.text,
        entity=info.entity,
        kind=info.kind,
        affiliation=info.affiliation,
    )


def _source(doc: Doc, draft: Draft, resolver: Resolver, raw: RawAttribution) -> Source | None:
    if raw.source is None:
        return None
    head = doc[raw.source]
    start, end = source_phrase(head)
    # a source phrase never swallows its own cue or content
    if start <= raw.cue[0] < end or (start < raw.content[1] and raw.content[0] < end):
        start, end = head.idx, head.idx + len(head)
    return _to_source(draft, start, end, resolver.resolve(head))


def _inside(inner: RawAttribution, outer: RawAttribution) -> bool:
    """``inner`` is reported within ``outer``'s content: ``outer`` relies on it."""
    return outer.content[0] <= inner.cue[0] and inner.cue[1] <= outer.content[1]


def _origins(tok: Token) -> list[Token]:
    """What a cited thing comes from: "data from the Office" -> the Office."""
    found: list[Token] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _ORIGIN_PREPS:
            found.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "poss":
            found.append(child)
    named = [t for t in found if t.ent_type_ or t.pos_ == "PROPN"]
    return named or ([tok] if tok.ent_type_ or tok.pos_ == "PROPN" else [])


def _cited_sources(doc: Doc, draft: Draft, raw: RawAttribution, known: Resolver) -> list[Source]:
    """Sources named by "citing Y", "cited data from Y", "quoting Y" around the cue."""
    anchor = doc[raw.anchor]
    # the cue itself ("cited data from Y"), or the citing verb it hangs off ("cited data from
    # Y, revealing that ..."), or a "citing Y" clause beside it
    verbs = [t for t in (anchor, anchor.head) if t.lemma_.lower() in _CITE_VERBS]
    verbs += [
        t
        for t in (*anchor.children, *anchor.head.children)
        if t.lemma_.lower() in _CITE_VERBS and t.i != anchor.i and t.dep_ in ("advcl", "xcomp")
    ]
    # cited names resolve against the voices named so far, without becoming voices themselves
    resolver = Resolver(known=list(known.known))
    out: list[Source] = []
    for verb in verbs:
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj"):
                continue
            for origin in _origins(obj):
                start, end = source_phrase(origin)
                out.append(_to_source(draft, start, end, resolver.resolve(origin)))
    return out
