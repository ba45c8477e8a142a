"""Who is heard, who is not: checks over the attributions and the sentences.

The checks are neutral by construction: they look at how a claim is sourced, never at
which side it favours. A vague or anonymous source is named as such; a check-worthy
factual sentence that nobody is credited with is flagged; one affiliation holding
almost all the attributed text with no other voice is one-sided sourcing; and a
headline that asserts what the body never mentions names the unsupported words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.contract.model import Attribution, Finding, Span
from claimscope.layers._quantities.numbers import parse_digits
from claimscope.layers.findings._lexicon import singular
from claimscope.layers.findings.base import check, new_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.layers.base import Draft

__all__ = [
    "Voice",
    "check_headline",
    "check_one_sided",
    "check_unattributed",
    "check_vague",
    "voices",
]

#: A claim counts as check-worthy at this claims-layer score.
CHECKWORTHY = 0.5
#: One affiliation holding this share of the attributed text, with no other named voice.
ONE_SIDED_SHARE = 0.8
_HEADLINE_LABELS = frozenset(
    {
        "exclusive",
        "breaking",
        "update",
        "updated",
        "live",
        "watch",
        "video",
        "opinion",
        "analysis",
        "revealed",
        "latest",
        "new",
        "top",
        "why",
        "how",
        "here",
        "what",
    }
)
_FIGURE = re.compile(r"\d")
#: Headline words that claim evidence or status; unsupported, they make a warning.
_EVIDENCE_WORDS = frozenset(
    [
        "classified",
        "secret",
        "leaked",
        "confidential",
        "internal",
        "official",
        "confirmed",
        "proof",
        "evidence",
        "study",
        "report",
        "document",
        "memo",
        "poll",
        "survey",
        "data",
        "video",
        "footage",
        "audio",
        "tape",
        "photo",
        "photos",
        "email",
        "emails",
        "investigation",
        "record",
        "records",
        "exclusive",
        "intelligence",
        "dossier",
        "file",
        "files",
    ]
)


def _finding(
    kind: str, severity: str, message: str, explanation: str, spans: list[Span]
) -> Finding:
    return new_finding(kind, severity, message, explanation, spans=spans)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@check("vague_attribution", kinds=("vague_attribution",), reads=("attributions",))
def check_vague(doc: Doc, draft: Draft) -> list[Finding]:
    """Claims credited to "analysts", "experts", "a source familiar with", or to no one."""
    out: list[Finding] = []
    for a in draft.attributions:
        src = a.source
        if src is not None and src.kind in ("vague", "anonymous"):
            what = "an unnamed group" if src.kind == "vague" else "an anonymous source"
            out.append(
                _finding(
                    "vague_attribution",
                    "warning" if src.kind == "vague" else "info",
                    f'"{_short(a.content.text, 60)}" is credited to {what} ("{src.text}").',
                    f"Source {src.text!r} is {src.kind}: the article does not say who they are, "
                    "so the claim cannot be traced to a checkable speaker.",
                    [src, a.content],
                )
            )
        elif src is None and a.cue is not None and _passive_cue(doc, a.cue):
            out.append(
                _finding(
                    "vague_attribution",
                    "warning",
                    f'"{_short(a.content.text, 60)}" is reported ("{a.cue.text}") '
                    "without saying by whom.",
                    "A passive or impersonal cue with no agent names no source.",
                    [a.cue, a.content],
                )
            )
    return out


def _passive_cue(doc: Doc, cue: Span) -> bool:
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for t in span for c in t.children) or any(
        t.lower_ in ("reportedly", "allegedly", "purportedly") for t in span
    )


def _covered(sent: Span, attributions: list[Attribution]) -> bool:
    for a in attributions:
        for part in (a.content, a.cue, a.source):
            if part is not None and part.start < sent.end and sent.start < part.end:
                return True
    return False


def _states_figure(doc: Doc, sent: Span) -> bool:
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return bool(_FIGURE.search(sent.text))
    return any(
        (t.like_num or _FIGURE.search(t.text)) and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")
        for t in span
    )


#: Entities a reader can check: named people, bodies, places, events, laws. A nationality
#: used as an adjective ("Ukrainian forces") describes, it does not name.
_NAMED = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
#: Linking verbs: "X has become a disaster" rates X, it reports no event.
_LINKING = frozenset({"be", "become", "seem", "appear", "remain", "look", "sound", "feel"})
_HEDGES = frozenset(
    {
        "arguably",
        "clearly",
        "surely",
        "undoubtedly",
        "perhaps",
        "maybe",
        "probably",
        "likely",
        "possibly",
        "presumably",
        "apparently",
    }
)


@dataclass(frozen=True)
class _Stated:
    """What a sentence states, as the parse shows it."""

    figure: bool
    named: bool
    event: bool
    opinion: bool


def _stated(doc: Doc, sent: Span) -> _Stated | None:
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return None
    figure = any(
        (t.like_num or _FIGURE.search(t.text)) and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")
        for t in span
    )
    named = any(t.ent_type_ in _NAMED for t in span)
    root = span.root
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    # forecasts and speculation ("could spread", "will fall", "is likely to") and the
    # writer's own view ("we believe", "arguably") are not facts to source
    opinion = (
        any(a.tag_ == "MD" for a in auxes)
        or any(t.lower_ in _HEDGES for t in span)
        or any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children)
    )
    # a reported event: a past or perfect action ("fired", "has forced", "was closed"), not
    # a rating
    event = (
        root.pos_ == "VERB"
        and root.lemma_.lower() not in _LINKING
        and (
            root.tag_ == "VBD"
            or (root.tag_ == "VBN" and any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes))
        )
    )
    return _Stated(figure, named, event, opinion)


@check("unattributed_claim", kinds=("unattributed_claim",), reads=("sentences", "attributions"))
def check_unattributed(doc: Doc, draft: Draft) -> list[Finding]:
    """Check-worthy factual sentences that no source is credited with.

    With the claims layer, check-worthy means its score reaches ``CHECKWORTHY``; without
    it, a sentence stating a figure (not a date) stands in. Either way a sentence must also
    state something checkable (a figure, a named entity or a reported event) and be neither
    a forecast nor an opinion, so that the writer's commentary does not flood the list. A
    figure, or a name with an event, makes a warning; a name or an event alone, info.
    """
    headline = draft.headline
    body_start = headline.end if headline is not None else 0
    candidates: list[tuple[Span, float | None]]
    if draft.has("claims"):
        candidates = [
            (c, c.checkworthiness) for c in draft.claims if c.checkworthiness >= CHECKWORTHY
        ]
    else:
        candidates = [(s, None) for s in draft.sentences if _states_figure(doc, s)]
    out: list[Finding] = []
    for sent, score in candidates:
        if sent.start < body_start or sent.text.rstrip().endswith("?"):
            continue
        if _covered(sent, draft.attributions):
            continue
        stated = _stated(doc, sent)
        if stated is None or stated.opinion:
            continue
        if not (stated.figure or stated.named or stated.event):
            continue
        strong = stated.figure or (stated.named and stated.event)
        what = "a figure" if stated.figure else "a name" if stated.named else "an event"
        basis = (
            f"check-worthiness {score:.2f} (>= {CHECKWORTHY})"
            if score is not None
            else "it states a figure"
        )
        out.append(
            _finding(
                "unattributed_claim",
                "warning" if strong else "info",
                f'"{_short(sent.text)}" states a checkable fact with no source.',
                f"No attribution covers this sentence; flagged because {basis} and it "
                f"states {what}.",
                [Span(start=sent.start, end=sent.end, text=sent.text)],
            )
        )
    return out


@dataclass(frozen=True)
class Voice:
    """One row of the voices table: a named source, the side it speaks for, its share.

    ``affiliation`` is the stated affiliation, else the organisation's own name; a person
    with none stated is a side of one (their own name) with ``affiliated`` False, because
    nothing says whom they speak for. Vague and anonymous sources are no side at all.
    """

    name: str
    affiliation: str
    attributions: int
    chars: int
    share: float
    affiliated: bool = True


def _side(a: Attribution) -> tuple[str, str, bool] | None:
    src = a.source
    if src is None or src.kind in ("vague", "anonymous", "unknown"):
        return None
    name = src.entity or src.text
    if src.affiliation:
        return name, src.affiliation, True
    return name, name, src.kind != "person"


def voices(attributions: list[Attribution]) -> list[Voice]:
    """Named sources by their share of the attributed text, largest first."""
    chars: dict[tuple[str, str, bool], int] = defaultdict(int)
    count: dict[tuple[str, str, bool], int] = defaultdict(int)
    for a in attributions:
        side = _side(a)
        if side is not None:
            chars[side] += len(a.content.text)
            count[side] += 1
    total = sum(chars.values()) or 1
    rows = [Voice(n, aff, count[(n, aff, k)], c, c / total, k) for (n, aff, k), c in chars.items()]
    return sorted(rows, key=lambda v: (-v.chars, v.name))


@check("one_sided_sourcing", kinds=("one_sided_sourcing",), reads=("attributions",))
def check_one_sided(doc: Doc, draft: Draft) -> list[Finding]:
    """One stated side holds most of the attributed text and no other named voice is heard.

    A person with no stated affiliation is a side of their own, never a shared "(no
    affiliation)" bucket, and cannot make the article one-sided: nothing says whose side
    they are on. Vague and anonymous voices are counted on no side.
    """
    rows = voices(draft.attributions)
    if sum(v.attributions for v in rows) < 2:
        return []
    by_aff: dict[str, int] = defaultdict(int)
    for v in rows:
        by_aff[v.affiliation] += v.chars
    total = sum(by_aff.values())
    top, top_chars = max(by_aff.items(), key=lambda kv: kv[1])
    if top_chars / total < ONE_SIDED_SHARE or len(by_aff) > 1:
        return []
    if not any(v.affiliated for v in rows if v.affiliation == top):
        return []
    table = "; ".join(
        f"{v.name} ({v.affiliation if v.affiliated else 'no affiliation stated'}): "
        f"{v.share:.0%} of attributed text, {v.attributions} "
        f"attribution{'s' if v.attributions != 1 else ''}"
        for v in rows
    )
    spans = [a.source for a in draft.attributions if a.source is not None and _side(a)]
    return [
        _finding(
            "one_sided_sourcing",
            "warning",
            f"Every named voice in the article speaks for {top}; no other side is quoted.",
            f"Voices by share of attributed text: {table}.",
            list(spans),
        )
    ]


def _content_tokens(tokens: list[Token]) -> list[Token]:
    """Words a headline asserts with: nouns, names, adjectives (participles used as
    adjectives too: "Classified Report") and numbers; not dates, labels or verbs."""
    return [
        t
        for t in tokens
        if (t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (t.pos_ == "VERB" and t.dep_ == "amod"))
        and not t.is_stop
        and not t.is_punct
        and t.lower_ not in _HEADLINE_LABELS
        and t.ent_type_ not in ("DATE", "TIME")
    ]


#: How far a headline's figure may be rounded from the body's and still be the same one.
_ROUNDING = 0.05


def _figure_value(text: str) -> float | None:
    """The number a token writes in digits alone ("61,000", "3.1"), else None."""
    numeral = parse_digits(text)
    return numeral.value if numeral is not None and not numeral.suffix else None


def _norm(text: str) -> str:
    return text.lower().replace(",", "").replace("’", "'")


@dataclass(frozen=True)
class _Body:
    """What the body says, as normalised words and five-letter stems (so "desertion" in the
    headline is supported by "deserters" in the body, and "Year-Start" by its parts)."""

    words: frozenset[str]
    stems: frozenset[str]
    #: The body's figures as numbers: a headline rounds ("tops 61,000" over 61,200).
    figures: frozenset[float] = frozenset()

    def supports(self, tok: Token) -> bool:
        value = _figure_value(tok.text)
        if value is not None and any(abs(f - value) <= _ROUNDING * value for f in self.figures):
            return True
        for form in {_norm(tok.lemma_), _norm(tok.text)}:
            parts = [form, *form.split("-")]
            if any(p in self.words or (len(p) >= 5 and p[:5] in self.stems) for p in parts if p):
                return True
        return False


def _unsupported(head_tokens: list[Token], body: _Body) -> list[Token]:
    missing = [t for t in _content_tokens(head_tokens) if not body.supports(t)]
    # a name counts as mentioned when a neighbouring word of it is ("Hillary Clinton" when the
    # body says "Mrs. Clinton")
    named = {
        t.i
        for t in missing
        if t.ent_type_
        and any(
            body.supports(o)
            for o in head_tokens
            if o.ent_type_ == t.ent_type_ and o.i != t.i and abs(o.i - t.i) < 4
        )
    }
    return [t for t in missing if t.i not in named]


@check("headline_unsupported", kinds=("headline_unsupported",), reads=("sentences",))
def check_headline(doc: Doc, draft: Draft) -> list[Finding]:
    """Headline words (with their noun phrase) that no body sentence mentions."""
    headline = draft.headline
    if headline is None:
        return []
    head = doc.char_span(headline.start, headline.end, alignment_mode="expand")
    if head is None:
        return []
    head_tokens = [t for t in head if t.idx < headline.end]
    body = [t for t in doc[head.end :] if not t.is_space]
    if len(body) < 5:
        return []
    words = {_norm(t.lemma_) for t in body} | {_norm(t.text) for t in body}
    words |= {singular(w) for w in words}  # "Westray Ferries", a name the tagger leaves plural
    missing = _unsupported(
        head_tokens,
        _Body(
            frozenset(words),
            frozenset(w[:5] for w in words if len(w) >= 5),
            frozenset(v for t in body if (v := _figure_value(t.text)) is not None),
        ),
    )
    if not missing:
        return []
    phrases: list[Span] = []
    head_span = doc[head_tokens[0].i : head_tokens[-1].i + 1]
    chunks = list(head_span.noun_chunks)
    for tok in missing:
        chunk = next((c for c in chunks if c.start <= tok.i < c.end), None)
        lo, hi = (chunk.start, chunk.end) if chunk is not None else (tok.i, tok.i + 1)
        while lo < hi and (
            doc[lo].is_stop or doc[lo].lower_ in _HEADLINE_LABELS or doc[lo].is_punct
        ):
            lo += 1
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        if not any(p.start == start for p in phrases) and end > start:
            phrases.append(draft.span(start, end))
    named = ", ".join(f'"{p.text}"' for p in phrases)
    evidence = sorted({t.text for t in missing if t.like_num or t.lower_ in _EVIDENCE_WORDS})
    if evidence:
        message = f"The headline asserts {named}, which the body never mentions."
        tail = f"; {', '.join(evidence)} claim evidence or figures the body does not give."
    else:
        message = f"The headline uses {named}, which the body never mentions (it may paraphrase)."
        tail = "."
    return [
        _finding(
            "headline_unsupported",
            "warning" if evidence else "info",
            message,
            "Words of the headline not found in any body sentence: "
            + ", ".join(sorted({t.text for t in missing}))
            + tail,
            phrases,
        )
    ]
