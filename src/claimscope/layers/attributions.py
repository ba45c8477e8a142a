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

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimscope.contract.model import Attribution, Source
from claimscope.layers._attribution.extract import RawAttribution, decode
from claimscope.layers._attribution.headline import sentence_cased_doc
from claimscope.layers._attribution.linear import MODEL_NAME, AttributionModel, load_model
from claimscope.layers._attribution.sources import (
    PERSON_ROLES,
    Resolver,
    SourceInfo,
    source_phrase,
)
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


@dataclass(frozen=True)
class _Parsed:
    """A decoded attribution with the parse its token indices point into.

    Character offsets in ``raw`` are already the article's; ``shift`` maps offsets of
    ``doc`` (the headline's own parse, or the article's) onto the article."""

    raw: RawAttribution
    doc: Doc
    shift: int = 0
    headline: bool = False


def _decoded(doc: Doc, draft: Draft, model: AttributionModel) -> list[_Parsed]:
    """Attributions of the article; a Title Case headline's come from its sentence-cased
    parse, where the words have their parts of speech back."""
    raws = decode(doc, model)
    line = draft.headline
    hdoc = sentence_cased_doc(doc, line) if line is not None else None
    if line is None or hdoc is None:
        return [_Parsed(r, doc) for r in raws]
    head: list[_Parsed] = []
    for r in decode(hdoc, model):
        if r.source is not None and hdoc[r.source].pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        shifted = replace(
            r,
            cue=(r.cue[0] + line.start, r.cue[1] + line.start),
            content=(r.content[0] + line.start, r.content[1] + line.start),
        )
        head.append(_Parsed(shifted, hdoc, line.start, headline=True))
    return head + [_Parsed(r, doc) for r in raws if r.cue[0] >= line.end]


def build_attributions(doc: Doc, draft: Draft, model: AttributionModel) -> list[Attribution]:
    """The layer with an explicit model (training scores candidate models through this)."""
    parsed = _decoded(doc, draft, model)
    raws = [p.raw for p in parsed]
    resolver = Resolver()
    ids = [draft.new_id("a") for _ in raws]
    out: list[Attribution] = []
    for k, (p, raw) in enumerate(zip(parsed, raws, strict=True)):
        source = _source(p, draft, resolver)
        cites: list[str | Source] = [
            ids[j] for j, other in enumerate(raws) if j != k and _inside(other, raw)
        ]
        cites.extend(_cited_sources(p, draft, resolver))
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
    if info.entity is not None and info.entity.lower() in span.text.lower():
        # a headline parsed in sentence case names its source in the article's own casing
        at = span.text.lower().index(info.entity.lower())
        info = replace(info, entity=span.text[at : at + len(info.entity)])
    return Source(
        start=span.start,
        end=span.end,
        text=span.text,
        entity=info.entity,
        kind=info.kind,
        affiliation=info.affiliation,
    )


def _source(p: _Parsed, draft: Draft, resolver: Resolver) -> Source | None:
    raw = p.raw
    if raw.source is None:
        return None
    head = p.doc[raw.source]
    start, end = (i + p.shift for i in source_phrase(head))
    # a source phrase never swallows its own cue or content
    if start <= raw.cue[0] < end or (start < raw.content[1] and raw.content[0] < end):
        start, end = head.idx + p.shift, head.idx + len(head) + p.shift
    info = resolver.resolve(head)
    if p.headline and info.kind == "person" and not _names_person(head):
        # a headline's capitals are style, not names: no person without a person entity
        info = SourceInfo(info.entity, "unknown", info.affiliation)
    return _to_source(draft, start, end, info)


def _names_person(head: Token) -> bool:
    if head.lemma_.lower() in PERSON_ROLES:
        return True
    s, e = source_phrase(head)
    return any(t.ent_type_ == "PERSON" for t in head.doc if s <= t.idx < e)


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


def _cited_sources(p: _Parsed, draft: Draft, known: Resolver) -> list[Source]:
    """Sources named by "citing Y", "cited data from Y", "quoting Y" around the cue, each
    once: "cited figures from the Ministry" is reached from the cue and from its verb."""
    anchor = p.doc[p.raw.anchor]
    # the cue itself ("cited data from Y"), or the citing verb it hangs off ("cited data from
    # Y, revealing that ..."), or a "citing Y" clause beside it
    verbs = [t for t in (anchor, anchor.head) if t.lemma_.lower() in _CITE_VERBS]
    verbs += [
        t
        for t in (*anchor.children, *anchor.head.children)
        if t.lemma_.lower() in _CITE_VERBS and t.i != anchor.i and t.dep_ in ("advcl", "xcomp")
    ]
    # cited names resolve against the names so far and are remembered, so that a later "the
    # ministry" is the Ministry of Transport cited before
    resolver = known
    out: list[Source] = []
    seen: set[str] = set()
    for verb in dict.fromkeys(verbs):
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj"):
                continue
            for origin in _origins(obj):
                start, end = (i + p.shift for i in source_phrase(origin))
                cited = _to_source(draft, start, end, resolver.resolve(origin))
                key = (cited.entity or cited.text).casefold()
                if key not in seen:
                    seen.add(key)
                    out.append(cited)
    return out
