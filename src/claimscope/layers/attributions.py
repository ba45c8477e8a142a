"""Who says what: attributions with their source, cue, content and chain of citations.

Most attributions in news are indirect, so quotation marks alone find a fraction of
them. A token tagger trained on PolNeAR finds the cues ("said", "according to",
"warned", a colon before a quote); per cue, two more linear models pick the content among
dependency subtrees and nearby quotations, and the source among the nouns and pronouns of
the sentence. Sources are then resolved in article order ("she" -> the spokesperson named
before), classified by kind, and linked into chains (``cites``): a spokesperson citing a
prosecutor's data relies on the prosecutor, and an attribution quoted inside another's
content is cited by it. A quote with no cue of its own that follows a named speaker's quote
continues it, with that attribution's cue and source (``_attribution/continuation.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimscope.contract.model import Attribution, Source, Span
from claimscope.layers._attribution.continuation import Voice, find_continuations
from claimscope.layers._attribution.extract import RawAttribution, decode
from claimscope.layers._attribution.headline import sentence_cased_doc
from claimscope.layers._attribution.linear import MODEL_NAME, AttributionModel, load_model
from claimscope.layers._attribution.quotes import find_quotes
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


@layer("attributions", requires=("sentences", "entities"), version=2, model=MODEL_NAME)
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
    resolver = Resolver()
    found: list[_Found] = []
    for p in parsed:
        # in article order: a source, then what it cites, before the next ("the ministry"
        # after "cited figures from the Interior Ministry"); continuations borrow them after
        source = _source(p, draft, resolver)
        cited = tuple(_cited_sources(p, draft, resolver))
        found.append(_Found(p.raw.cue, p.raw.content, p.raw.direct, source, cited=cited, parsed=p))
    found = _named_in_body(found, draft.headline)
    found = _with_continuations(doc, found)
    ids = [draft.new_id("a") for _ in found]
    out: list[Attribution] = []
    for k, f in enumerate(found):
        cites: list[str | Source] = [
            ids[j] for j, other in enumerate(found) if j != k and _inside(other, f)
        ]
        cites.extend(f.cited)
        out.append(
            Attribution(
                id=ids[k],
                source=f.source,
                cue=draft.span(*f.cue) if f.cue is not None else None,
                content=draft.span(*f.content),
                direct=f.direct,
                cites=cites,
            )
        )
    return out


@dataclass(frozen=True)
class _Found:
    """An attribution before ids are given: decoded by the models (``parsed``), or a quote
    continuing the voice before it (no parse; the cue and source of the voice it continues)."""

    cue: tuple[int, int] | None
    content: tuple[int, int]
    direct: bool
    source: Source | None
    cited: tuple[Source, ...] = ()
    parsed: _Parsed | None = None


#: Kinds of source a headline names by a common noun ("council says", "Ministry warns")
#: that the body then names in full.
_NAMED_LATER = frozenset(("government", "organization", "media", "unknown"))


def _named_in_body(found: list[_Found], headline: Span | None) -> list[_Found]:
    """Headline sources resolved to the body's full name: a headline comes first in the
    article but is written after it, so "council says" refers to the "Westbay Council"
    of the lede, which the reader meets only later. Taken when the headline's words all
    belong to one named body source of an organisation's kind."""
    if headline is None:
        return found
    end = headline.end
    body = [
        f.source
        for f in found
        if f.source is not None
        and f.source.entity is not None
        and f.source.kind in _NAMED_LATER - {"unknown"}
        and f.content[0] >= end
    ]
    out: list[_Found] = []
    for f in found:
        src = f.source
        if f.content[0] < end and src is not None:
            src = _full_name(src, body)
        out.append(f if src is f.source else replace(f, source=src))
    return out


def _full_name(src: Source, body: list[Source]) -> Source:
    if src.kind not in _NAMED_LATER or src.entity is None:
        return src
    words = _name_words(src.entity)
    for named in body:
        full = _name_words(named.entity or "")
        if words and words < full:
            return src.model_copy(
                update={
                    "entity": named.entity,
                    "kind": named.kind,
                    "affiliation": src.affiliation or named.affiliation,
                }
            )
    return src


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w != "the")


def _reach(f: _Found) -> int:
    """Where the attribution's last word is: its cue, content or source (named in the cue's
    sentence: "," said X.)."""
    ends = [f.content[1]]
    if f.cue is not None:
        ends.append(f.cue[1])
    if f.source is not None:
        ends.append(f.source.end)
    return max(ends)


def _with_continuations(doc: Doc, found: list[_Found]) -> list[_Found]:
    """``found`` with each continuation quote placed after the attribution it continues."""
    voices = [
        Voice(
            reach=_reach(f),
            cue=f.cue,
            content=f.content,
            # a headline's quote is not the speaker of the body's first paragraph
            quotes_speaker=f.direct
            and f.source is not None
            and not (f.parsed is not None and f.parsed.headline),
        )
        for f in found
    ]
    chain = list(found)
    root = list(range(len(found)))  # the decoded attribution each one goes on from
    after: dict[int, list[_Found]] = {}
    for c in find_continuations(doc, voices, find_quotes(doc.text)):
        parent = chain[c.parent]
        # the verb that named the speaker reports the quotes that go on with it (PolNeAR
        # annotates them as one attribution: one cue, one source, several content fragments)
        cont = _Found(cue=parent.cue, content=(c.start, c.end), direct=True, source=parent.source)
        chain.append(cont)
        root.append(root[c.parent])
        after.setdefault(root[c.parent], []).append(cont)
    ordered: list[_Found] = []
    for k, f in enumerate(found):
        ordered.append(f)
        ordered.extend(after.get(k, ()))
    return ordered


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


def _inside(inner: _Found, outer: _Found) -> bool:
    """``inner`` is reported within ``outer``'s content: ``outer`` relies on it."""
    if inner.cue is None or inner.parsed is None:
        return False  # a continuation's cue is its speaker's, outside its own content
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
