"""Features of the three learned decisions: which tokens are cues, which span is the
content of a cue, which token heads its source.

The same functions serve training (``training/train_attribution.py``) and inference, so
the two cannot drift. Everything reads the existing parse: one pass over the tokens, and
per cue a handful of candidates drawn from the dependency tree and the quotations.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimscope.layers._attribution.quotes import SINGLE_MARKS, Quote

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "Candidate",
    "QuoteIndex",
    "content_candidates",
    "cue_features",
    "is_cue_candidate",
    "source_candidates",
    "subtree_bounds",
]

_CONTENT_DEPS = frozenset(
    {
        "ccomp",
        "xcomp",
        "dobj",
        "nsubjpass",
        "obj",
        "advcl",
        "attr",
        "acomp",
        "oprd",
        "prep",
        "npadvmod",
        "dative",
        "conj",
        "pcomp",
        "pobj",
        "relcl",
        "acl",
    }
)
#: The most characters between the halves of a quote split by its cue ("," she said, ").
_SPLIT_GAP = 80
_QUOTE_MARKS = frozenset('"“”«»„')
_CUE_PUNCT = frozenset({":", "―", "—", "--"})
_SOURCE_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADP", "ADJ", "PROPN", "ADV", "SCONJ"})


class QuoteIndex:
    """Quotations with fast lookup by character offset."""

    def __init__(self, quotes: list[Quote], text: str) -> None:
        self.quotes = quotes
        #: ``doc.text`` rebuilds the string from the tokens on every access: keep it once.
        self.text = text
        self._starts = [q.start for q in quotes]
        #: Where single marks open or close a quotation (elsewhere they are apostrophes).
        self._single_marks = frozenset(
            i for q in quotes for i in (q.start, q.end - 1) if text[i] in SINGLE_MARKS
        )

    def is_mark(self, tok: Token) -> bool:
        """``tok`` is a quotation mark: any double mark, a single one only at a quote's edge."""
        return tok.text in _QUOTE_MARKS or tok.idx in self._single_marks

    def containing(self, char: int) -> Quote | None:
        k = bisect_right(self._starts, char) - 1
        if k >= 0 and self.quotes[k].start <= char < self.quotes[k].end:
            return self.quotes[k]
        return None

    def between(self, start: int, end: int) -> list[Quote]:
        k = max(0, bisect_right(self._starts, start) - 1)
        out = []
        while k < len(self.quotes) and self.quotes[k].start < end:
            q = self.quotes[k]
            if q.end > start:
                out.append(q)
            k += 1
        return out


def _bucket(n: int) -> str:
    for limit in (1, 3, 7, 15, 31, 63):
        if n <= limit:
            return str(limit)
    return "64+"


def is_cue_candidate(tok: Token) -> bool:
    return tok.pos_ in _CUE_POS or tok.text in _CUE_PUNCT


def cue_features(tok: Token, quotes: QuoteIndex) -> list[str]:
    """Lexical and syntactic evidence that ``tok`` heads a reporting cue."""
    lemma = tok.lemma_.lower()
    head = tok.head
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else "<s>"
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "</s>"
    in_quote = quotes.containing(tok.idx) is not None
    feats = [
        "b",
        f"l={lemma}",
        f"p={tok.pos_}",
        f"t={tok.tag_}",
        f"d={tok.dep_}",
        f"l|p={lemma}|{tok.pos_}",
        f"l|d={lemma}|{tok.dep_}",
        f"hl={head.lemma_.lower()}",
        f"d|hp={tok.dep_}|{head.pos_}",
        f"prev={prev}",
        f"next={nxt}",
        f"l|next={lemma}|{nxt}",
        f"prev|l={prev}|{lemma}",
        f"suf={lemma[-3:]}",
        f"q={int(in_quote)}",
        f"q|p={int(in_quote)}|{tok.pos_}",
    ]
    lo, hi = max(0, tok.i - 3), min(len(doc), tok.i + 4)
    near_quote = any(quotes.is_mark(doc[j]) for j in range(lo, hi) if j != tok.i)
    feats += [
        f"nq={int(near_quote)}",
        f"l|nq={lemma}|{int(near_quote)}",
        f"hl|d={head.lemma_.lower()}|{tok.dep_}",
    ]
    deps = sorted({c.dep_ for c in tok.children})
    for dep in deps:
        feats.append(f"c={dep}")
        if dep in ("ccomp", "nsubj", "dobj", "xcomp", "agent", "nsubjpass", "prep", "advcl"):
            feats.append(f"l|c={lemma}|{dep}")
    sent = tok.sent
    near = quotes.between(sent.start_char, sent.end_char)
    if near:
        feats.append("sq")
        feats.append(f"l|sq={lemma}")
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            kind = child.ent_type_ or child.pos_
            feats.append(f"subj={kind}")
            feats.append(f"subjl={child.lower_}" if child.pos_ == "PRON" else f"subjp={child.pos_}")
        elif child.dep_ == "prep":
            feats.append(f"l|prep={lemma}|{child.lower_}")
    return feats


@dataclass(frozen=True)
class Candidate:
    """A candidate content or source: character bounds, a head token index, its features."""

    start: int
    end: int
    head: int
    feats: tuple[str, ...]


def subtree_bounds(tok: Token) -> tuple[int, int]:
    doc = tok.doc
    return doc[tok.left_edge.i].idx, doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
        end -= 1
    return start, end


def _content_feats(
    kind: str, anchor: Token, start: int, end: int, quotes: QuoteIndex, n_tokens: int
) -> tuple[str, ...]:
    lemma = anchor.lemma_.lower()
    text = quotes.text
    side = "R" if start >= anchor.idx else ("L" if end <= anchor.idx else "O")
    quoted = bool(text[start:end][:1] in "\"“«„'‘")
    covered = sum(min(end, q.end) - max(start, q.start) for q in quotes.between(start, end))
    share = covered / max(1, end - start)
    first = text[start:end].split(maxsplit=1)[0].lower() if end > start else ""
    return (
        f"k={kind}",
        f"k|l={kind}|{lemma}",
        f"k|d={kind}|{anchor.dep_}",
        f"k|s={kind}|{side}",
        f"k|len={kind}|{_bucket(n_tokens)}",
        f"len={_bucket(n_tokens)}",
        f"s|len={side}|{_bucket(n_tokens)}",
        f"q={int(quoted)}",
        f"k|q={kind}|{int(quoted)}",
        f"qs={round(share, 1)}",
        f"k|qs={kind}|{round(share, 1)}",
        f"first={first if first in ('that', 'to', 'if', 'whether', 'the', 'a') else 'x'}",
        f"l|s={lemma}|{side}",
        f"p|k={anchor.pos_}|{kind}",
    )


def _is_time(tok: Token) -> bool:
    """A time adverbial ("on Sunday", "last week") is never what a cue attributes."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _tree_regions(anchor: Token) -> list[tuple[str, int, int]]:
    regions: list[tuple[str, int, int]] = []
    for child in anchor.children:
        if child.dep_ in _CONTENT_DEPS and not _is_time(child):
            s, e = subtree_bounds(child)
            regions.append((f"c:{child.dep_}", s, e))
            if child.dep_ == "prep":
                for grand in child.children:
                    if grand.dep_ in ("pobj", "pcomp"):
                        s, e = subtree_bounds(grand)
                        regions.append(("c:prep>pobj", s, e))
    a_s, a_e = subtree_bounds(anchor)
    up = anchor.head
    # the root is its own head: its regions come out empty
    h_s, h_e = subtree_bounds(up)
    if h_s < a_s:
        regions.append((f"h:{anchor.dep_}:L", h_s, a_s))
    if a_e < h_e:
        regions.append((f"h:{anchor.dep_}:R", a_e, h_e))
    if anchor.dep_ in ("pobj", "pcomp"):
        g_s, g_e = subtree_bounds(up.head)
        p_s, p_e = subtree_bounds(up)
        if p_e < g_e:
            regions.append(("g:R", p_e, g_e))
        if g_s < p_s:
            regions.append(("g:L", g_s, p_s))
    sent = anchor.sent
    regions.append(("s:R", anchor.idx + len(anchor), sent.end_char))
    regions.append(("s:L", sent.start_char, a_s))
    return regions


def _split_pair(text: str, first: Quote, second: Quote, cue: int) -> bool:
    """Two quotes are one split by the cue: the first stops mid-sentence ("The figures,")
    and only the cue clause, with no sentence end, lies between them."""
    gap = text[first.end : second.start]
    return (
        first.end <= cue < second.start
        and 0 < len(gap) <= _SPLIT_GAP
        and not any(ch in gap for ch in ".!?\n")
        and text[first.end - 2 : first.end - 1] not in (".", "!", "?")
    )


def _quote_regions(anchor: Token, quotes: QuoteIndex) -> list[tuple[str, int, int]]:
    sent = anchor.sent
    doc = anchor.doc
    lo = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    hi = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char
    regions: list[tuple[str, int, int]] = []
    near = quotes.between(lo, hi)
    for k, q in enumerate(near):
        where = "in" if q.start < sent.end_char and q.end > sent.start_char else "adj"
        side = "R" if q.start >= anchor.idx else "L"
        regions.append((f"q:{where}:{side}", q.start, q.end))
        if k + 1 < len(near) and _split_pair(quotes.text, q, near[k + 1], anchor.idx):
            regions.append(("q:split", q.start, near[k + 1].end))
    return regions


def _paragraph_regions(anchor: Token, text: str) -> list[tuple[str, int, int]]:
    """After a cue that ends its line ("Caddell continued:"), the next paragraph; after a
    speaker label or a colon, the rest of the paragraph."""
    after = anchor.idx + len(anchor)
    line_end = text.find("\n", after)
    line_end = len(text) if line_end < 0 else line_end
    # A cue whose sentence ends right after it (", Ann Price said. \"Demand ...\"") has its
    # content before it; the sentences that follow are another report.
    ends_sentence = text[after:line_end].lstrip(" \t\u00a0\"”’')")[:1] in (".", "!", "?")
    regions = [] if ends_sentence else [("p:R", after, line_end)]
    if not text[after:line_end].strip(" :\t\u00a0"):
        start = line_end
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        regions.append(("p:next", start, len(text) if end < 0 else end))
    return regions


def content_candidates(anchor: Token, quotes: QuoteIndex) -> list[Candidate]:
    """Spans that could be what ``anchor`` attributes: dependency subtrees, the clause around a
    parenthetical cue, the rest of the sentence or paragraph, and nearby quotations (a quote
    split by the cue becomes one span from its first to its last mark)."""
    seen: set[tuple[int, int]] = set()
    found: list[tuple[str, int, int]] = []
    regions = [
        *_tree_regions(anchor),
        *_quote_regions(anchor, quotes),
        *_paragraph_regions(anchor, quotes.text),
    ]
    for kind, s0, e0 in regions:
        s, e = _trim(quotes.text, s0, e0)
        if e - s < 2 or (s, e) in seen or (s <= anchor.idx < e and not kind.startswith("q:split")):
            continue
        seen.add((s, e))
        found.append((kind, s, e))
    longest = {
        side: max((e - s for _, s, e in found if _side(anchor, s, e) == side), default=0)
        for side in ("L", "R")
    }
    speakers = [c.idx for c in anchor.children if c.dep_ == "nsubj"] + [
        g.idx for c in anchor.children if c.dep_ == "agent" for g in c.children
    ]
    out: list[Candidate] = []
    for kind, s, e in found:
        n_tokens = max(1, quotes.text.count(" ", s, e) + 1)
        # content that swallows the cue's own subject or agent is rarely right
        has_speaker = int(any(s <= i < e for i in speakers))
        feats = _content_feats(kind, anchor, s, e, quotes, n_tokens)
        side = _side(anchor, s, e)
        rel = "longest" if e - s == longest.get(side) else "shorter"
        extra = (
            f"rel={side}|{rel}",
            f"k|rel={kind}|{rel}",
            f"n={_bucket(len(found))}",
            f"spk={has_speaker}",
            f"k|spk={kind}|{has_speaker}",
        )
        out.append(Candidate(s, e, anchor.i, feats + extra))
    return out


def _side(anchor: Token, start: int, end: int) -> str:
    return "R" if start >= anchor.idx else ("L" if end <= anchor.idx else "O")


def _path(anchor: Token, tok: Token) -> str:
    """The dependency path from ``anchor`` to ``tok``: up-steps then down-steps, or 'far'."""
    ups: list[str] = []
    a = anchor
    a_anc = {anchor.i: 0}
    chain = [anchor]
    # The root is its own head: the chain repeats it up to four links, as the shipped
    # attribution model was trained (its path features depend on it).
    while len(chain) < 4:
        a = a.head
        a_anc[a.i] = len(chain)
        chain.append(a)
    downs: list[str] = []
    t = tok
    while t.i not in a_anc:
        downs.append(t.dep_)
        if len(downs) > 3:
            return "far"
        t = t.head
    k = a_anc[t.i]
    ups = [chain[j].dep_ for j in range(k)]
    return "/".join([*(f"^{d}" for d in ups), *(f"v{d}" for d in reversed(downs))]) or "self"


def source_candidates(anchor: Token, quotes: QuoteIndex) -> list[Candidate]:
    """Nouns and pronouns of the cue's sentence (and of a colon-introduced next one), each with
    its dependency path to the cue; the head of the source phrase is the one to find."""
    sent = anchor.sent
    lemma = anchor.lemma_.lower()
    out: list[Candidate] = []
    for tok in sent:
        if tok.pos_ not in _SOURCE_POS or tok.i == anchor.i:
            continue
        path = _path(anchor, tok)
        side = "L" if tok.i < anchor.i else "R"
        dist = _bucket(abs(tok.i - anchor.i))
        in_quote = quotes.containing(tok.idx) is not None
        kind = tok.ent_type_ or tok.pos_
        word = tok.lower_ if tok.pos_ in ("PRON", "NOUN") else "_"
        feats = (
            f"path={path}",
            f"path|l={path}|{lemma}",
            f"path|ap={path}|{anchor.pos_}",
            f"path|k={path}|{kind}",
            f"k={kind}",
            f"p={tok.pos_}",
            f"d={tok.dep_}",
            f"w={word}",
            f"s={side}",
            f"s|dist={side}|{dist}",
            f"q={int(in_quote)}",
            f"dist={dist}",
            f"hasposs={int(any(c.dep_ == 'poss' for c in tok.children))}",
        )
        out.append(Candidate(tok.idx, tok.idx + len(tok), tok.i, feats))
    return out


def none_source_features(anchor: Token) -> tuple[str, ...]:
    lemma = anchor.lemma_.lower()
    has_subj = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in anchor.children)
    return (
        "none",
        f"none|l={lemma}",
        f"none|d={anchor.dep_}",
        f"none|p={anchor.pos_}",
        f"none|subj={int(has_subj)}",
    )
