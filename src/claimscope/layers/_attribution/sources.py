"""Who a source is: its phrase, the entity it names, its kind, its affiliation.

Pronouns and short mentions ("she", "Zakharova", "the spokesperson", "the ministry") are
resolved against what the article named before, so every mention of one voice is counted
as that voice. The rules read the parse and the entity labels only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["PERSON_ROLES", "Resolver", "SourceInfo", "source_phrase"]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PHRASE_DROP = frozenset(
    {"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "parataxis", "ccomp", "advmod"}
)
_KEEP_PREPS = frozenset({"of", "for", "at", "from", "with", "by", "in"})
DOCUMENT_WORDS = _wordset(
    "report study survey poll data document statement letter memo analysis paper filing "
    "record figure statistic review assessment investigation audit census article book tweet "
    "post email transcript release estimate research finding account testimony complaint "
    "lawsuit indictment ruling order bill footage video narrative view position stance "
    "argument claim comment remark words message speech interview"
)
VAGUE_WORDS = _wordset(
    "analyst expert critic observer commentator people many some other insider economist "
    "researcher scientist scholar pundit supporter opponent voter resident witness activist "
    "skeptic official diplomat lawmaker strategist report rumor"
)
_ANON = re.compile(
    r"\b(familiar with|anonymity|not authori[sz]ed|asked not to be (named|identified)|"
    r"declined to be (named|identified)|unnamed|anonymous|who requested anonymity)\b",
    re.IGNORECASE,
)
#: Words of outlet names: matched only against proper names ("The Washington Post").
MEDIA_WORDS = _wordset(
    "times post news journal tribune herald guardian reuters ap afp bbc cnn fox msnbc nbc abc "
    "cbs npr bloomberg politico welt spiegel tass ria axios breitbart telegraph newsweek "
    "magazine newspaper tv television radio gazette daily wire press channel "
    "broadcaster network economist independent mirror sun express mail hill atlantic vox "
    "buzzfeed huffpost slate salon monitor sputnik rt xinhua interfax"
)
#: Common nouns that name an outlet without naming it ("the newspaper").
MEDIA_NOUNS = _wordset(
    "newspaper magazine outlet broadcaster network channel tv television radio tabloid paper"
)
GOVERNMENT_WORDS = _wordset(
    "ministry government department office prosecutor police army military council parliament "
    "congress senate house kremlin pentagon administration agency commission court bureau "
    "cabinet embassy fbi cia nsa state duma command authorities authority navy force forces "
    "committee mayor governor presidency"
)
#: Last words of an organisation's name ("South Fells Water", "Harlow Community Trust"):
#: a proper-noun source ending in one, which the entity tagger missed, is no person.
ORG_HEADS = _wordset(
    "water group trust association union bank university college hospital institute "
    "foundation board society federation league club party ltd plc inc corp corporation "
    "company network alliance coalition centre center fund railway railways airline airlines "
    "airways energy insurance partners holdings industries services council authority agency "
    "ministry department commission police"
)
PERSON_ROLES = _wordset(
    "spokesperson spokesman spokeswoman minister president correspondent reporter journalist "
    "senator governor official secretary director chief chairman ambassador general commander "
    "candidate adviser advisor aide lawyer attorney professor author editor leader mayor "
    "judge representative congressman congresswoman prosecutor officer nominee manager "
    "founder ceo man woman chair chairwoman chairperson head"
)
_PRONOUN_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUN_GROUP = frozenset({"they", "them"})
_PRONOUN_THING = frozenset({"it"})


def source_phrase(tok: Token) -> tuple[int, int]:
    """The noun phrase a source head stands for, without relative clauses or asides."""
    lo, hi = tok.i, tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in _PHRASE_DROP or child.is_space:
                continue  # a paragraph break the parser hung on the name is not part of it
            if child.dep_ == "prep" and (child.lower_ not in _KEEP_PREPS or child.i < tok.i):
                continue
            if child.dep_ == "prep" and any(
                g.ent_type_ in ("DATE", "TIME") for g in child.children
            ):
                continue
            lo, hi = min(lo, child.i), max(hi, child.i)
            stack.append(child)
    doc = tok.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


@dataclass(frozen=True)
class SourceInfo:
    entity: str | None
    kind: str
    affiliation: str | None = None


@dataclass
class _Known:
    info: SourceInfo
    words: frozenset[str]
    at: int


def _strip_possessive(text: str) -> str:
    return re.sub(r"[’']s?$", "", text.strip()).strip()


def _entity_tokens(tok: Token) -> list[Token]:
    """The tokens of the name ``tok`` heads: its entity, or for a proper noun the tagger
    missed, the capitalised compounds right before it ("South Fells Water")."""
    if not tok.ent_type_:
        lo = tok.i
        while (
            tok.pos_ == "PROPN"
            and lo > 0
            and tok.doc[lo - 1].pos_ == "PROPN"
            and tok.doc[lo - 1].dep_ == "compound"
            and tok.doc[lo - 1].head.i in range(lo, tok.i + 1)
            and tok.doc[lo - 1].text[:1].isupper()
        ):
            lo -= 1
        return list(tok.doc[lo : tok.i + 1])
    doc = tok.doc
    lo = tok.i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    hi = tok.i
    while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
        hi += 1
    return list(doc[lo : hi + 1])


def _entity_text(tok: Token) -> str:
    tokens = _entity_tokens(tok)
    text = tok.doc[tokens[0].i : tokens[-1].i + 1].text
    return re.sub(r"^(the|The)\s+", "", _strip_possessive(text))


def _span_text(tok: Token, start: int, end: int) -> str:
    """``doc.text[start:end]`` for token-aligned bounds, without building ``doc.text``."""
    span = tok.doc.char_span(start, end)
    return span.text if span is not None else tok.text


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", text))


#: Desk and rank words between an organisation and a role ("White House press secretary").
_DESK_WORDS = _wordset(
    "press business political foreign news communications media senior deputy vice "
    "assistant chief top former acting interim local regional national"
)


def _role_modifiers(role: Token, start: int) -> str | None:
    """The phrase before a role noun that names whom it speaks for: the whole compound
    chain ("Port authority spokesman" -> "Port authority", "Russian Foreign Ministry
    spokesperson"), or the owner in a possessive ("the Herald's business editor" -> "the
    Herald"). None when the modifiers name no one ("the business editor")."""
    doc = role.doc
    toks: list[Token] = []
    i = role.i - 1
    while i >= 0 and doc[i].idx >= start:
        t = doc[i]
        if t.dep_ in ("det", "prep", "punct", "cc") or t.pos_ in ("ADP", "VERB", "AUX", "PUNCT"):
            break
        toks.insert(0, t)
        i -= 1
    owner = [k for k, t in enumerate(toks) if t.tag_ == "POS" or t.dep_ == "case"]
    if owner:
        toks = toks[: owner[-1]]
    else:
        while toks and toks[-1].lower_ in _DESK_WORDS and toks[-1].text.islower():
            toks.pop()
    while toks and toks[0].text.islower() and toks[0].pos_ not in ("NOUN", "PROPN"):
        toks.pop(0)
    if not any(t.text[:1].isupper() or t.ent_type_ for t in toks):
        return None
    return _strip_possessive(doc[toks[0].i : toks[-1].i + 1].text)


@dataclass
class Resolver:
    """Resolves source heads in article order, remembering the voices already named."""

    known: list[_Known] = field(default_factory=list)

    def _find(self, pred: object, before: int) -> _Known | None:
        for k in reversed(self.known):
            if k.at < before and pred(k):  # type: ignore[operator]
                return k
        return None

    def _org_kind(self, words: frozenset[str], label: str) -> str:
        if words & MEDIA_WORDS:
            return "media"
        if words & GOVERNMENT_WORDS or label == "GPE":
            return "government"
        return "organization"

    def _affiliation(self, head: Token, start: int, end: int) -> str | None:
        """Whom the source speaks for: the modifiers of its role noun ("Die Welt's
        correspondent", "Foreign Ministry spokesperson"), else an organisation, place or
        group named inside the phrase ("a spokesman for the ministry")."""
        doc = head.doc
        role = next(
            (
                t
                for t in (head, *head.children)
                if t.lemma_.lower() in PERSON_ROLES and (t is head or t.dep_ == "compound")
            ),
            None,
        )
        if role is not None:
            text = _role_modifiers(role, start)
            if text:
                return text
        own = {t.i for t in _entity_tokens(head)} if head.ent_type_ else {head.i}
        found: dict[str, str] = {}
        for t in doc.char_span(start, end, alignment_mode="expand") or ():
            if (
                t.i not in own
                and t.ent_iob_ == "B"
                and t.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
            ):
                found.setdefault(t.ent_type_, _entity_text(t))
        for label in ("ORG", "FAC", "GPE", "NORP"):
            if label in found:
                return found[label]
        return None

    def resolve(self, head: Token) -> SourceInfo:
        """The entity, kind and affiliation of the source headed by ``head``."""
        start, end = source_phrase(head)
        phrase = _span_text(head, start, end)
        info = self._classify(head, phrase, start, end)
        self.known.append(_Known(info, _words(phrase), head.i))
        return info

    def _classify(self, head: Token, phrase: str, start: int, end: int) -> SourceInfo:
        lower = head.lower_
        lemma = head.lemma_.lower()
        if head.pos_ == "PRON":
            return self._pronoun(head, lower)
        if _ANON.search(phrase) or (lemma == "source" and not head.ent_type_):
            return SourceInfo(None, "anonymous", self._affiliation(head, start, end))
        if lemma in DOCUMENT_WORDS and not head.ent_type_:
            return self._document(head, phrase, start, end)
        titled = head.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lemma_.lower() in PERSON_ROLES for c in head.children
        )
        # "board chair Nadia Okafor": a role before a name makes a person whatever NER says;
        # a lower-case word tagged PROPN ("..., council says") is a mis-tag, never a name
        bare_name = head.pos_ == "PROPN" and not head.ent_type_ and head.text[:1].isupper()
        if bare_name and not titled and head.lower_ in ORG_HEADS:
            name = _entity_text(head)
            if len(name.split()) >= 2:  # "South Fells Water said": a name no tagger knew
                return SourceInfo(name, self._org_kind(_words(name), "ORG"), None)
        if head.ent_type_ == "PERSON" or bare_name or titled:
            return self._person(head, start, end)
        if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
            name = self._org_name(head, phrase)
            words = _words(name)
            earlier = self._find(
                lambda k: k.info.entity is not None and words <= _words(k.info.entity), head.i
            )
            if earlier is not None:
                return earlier.info
            return SourceInfo(name, self._org_kind(words, head.ent_type_), None)
        return self._common(head, phrase, lemma, start, end)

    def _org_name(self, head: Token, phrase: str) -> str:
        """The organisation's full name: the whole phrase when it is only a name
        ("Ukraine's Prosecutor General's Office"), else the entity's own words."""
        doc = head.doc
        s, e = source_phrase(head)
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and all(
            t.pos_ in ("PROPN", "PART", "DET", "ADP") or t.ent_type_ for t in span
        ):
            return re.sub(r"^(the|The)\s+", "", _strip_possessive(phrase))
        return _entity_text(head)

    def _pronoun(self, head: Token, lower: str) -> SourceInfo:
        if lower in _PRONOUN_PERSON:
            k = self._find(lambda k: k.info.kind == "person", head.i)
            if k is None:
                k = self._earlier_entity(head, ("PERSON",))
        elif lower in _PRONOUN_GROUP:
            k = self._find(lambda k: k.info.kind != "person", head.i)
        elif lower in _PRONOUN_THING:
            k = self._find(
                lambda k: k.info.kind in ("organization", "government", "media", "document"), head.i
            )
        else:
            k = None
        return k.info if k is not None else SourceInfo(None, "unknown")

    def _earlier_entity(self, head: Token, labels: tuple[str, ...]) -> _Known | None:
        for ent in reversed(head.doc.ents):
            if ent.end <= head.i and ent.label_ in labels:
                return _Known(SourceInfo(_strip_possessive(ent.text), "person"), frozenset(), 0)
        return None

    def _person(self, head: Token, start: int, end: int) -> SourceInfo:
        name = _entity_text(head)
        words = _words(name)
        earlier = self._find(
            lambda k: k.info.kind == "person" and k.info.entity and words <= _words(k.info.entity),
            head.i,
        )
        if earlier is not None:
            return earlier.info
        if words & MEDIA_WORDS and head.ent_type_ != "PERSON":
            return SourceInfo(name, "media")
        return SourceInfo(name, "person", self._affiliation(head, start, end))

    def _document(self, head: Token, phrase: str, start: int, end: int) -> SourceInfo:
        for child in head.children:
            origin = None
            if child.dep_ == "poss":
                origin = child
            elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                origin = next((g for g in child.children if g.dep_ == "pobj"), None)
            if origin is not None and (
                origin.ent_type_
                or origin.pos_ in ("PROPN", "PRON")
                or origin.lemma_.lower() in PERSON_ROLES
            ):
                return self._classify(origin, *self._phrase_of(origin))
        return SourceInfo(
            _strip_possessive(phrase), "document", self._affiliation(head, start, end)
        )

    def _phrase_of(self, tok: Token) -> tuple[str, int, int]:
        s, e = source_phrase(tok)
        return _span_text(tok, s, e), s, e

    def _common(self, head: Token, phrase: str, lemma: str, start: int, end: int) -> SourceInfo:
        plural = head.tag_ in ("NNS", "NNPS")
        for child in head.children:
            # "the engineer Lena Sokolova": the role noun heads, the name hangs off it
            if child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON":
                info = self._person(child, start, end)
                affiliation = info.affiliation or self._affiliation(head, start, end)
                return SourceInfo(info.entity, info.kind, affiliation)
        named = self._find(
            lambda k: k.info.entity is not None and lemma in k.words and k.info.kind != "vague",
            head.i,
        )
        if named is not None and not plural:
            return named.info
        affiliation = self._affiliation(head, start, end)
        if lemma in VAGUE_WORDS and (plural or lemma in ("many", "some", "other", "people")):
            return SourceInfo(_strip_possessive(phrase), "vague", affiliation)
        if lemma in PERSON_ROLES:
            return SourceInfo(_strip_possessive(phrase), "person", affiliation)
        words = _words(phrase)
        if lemma in MEDIA_NOUNS:
            return SourceInfo(_strip_possessive(phrase), "media", affiliation)
        if words & GOVERNMENT_WORDS:
            return SourceInfo(_strip_possessive(phrase), "government", affiliation)
        if plural:
            return SourceInfo(_strip_possessive(phrase), "vague", affiliation)
        return SourceInfo(_strip_possessive(phrase), "unknown", affiliation)
