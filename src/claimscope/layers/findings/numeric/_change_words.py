"""The change word that governs "from X" in a sentence ("rose", "halved", "outgrew"),
and the words that look like one but state no change: a verb's particle ("set up"), a
cap ("up to five"), a factor or comparative before a noun ("double occupancy", "the
lower dose") and the noun of a thing ("fired 40 rockets"). Apart because it is word
lists and parse tests, with no figures of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._wording import (
    CHANGE_LEMMAS,
    CHANGE_WORDS,
    CLAUSE_BREAK,
    FACTORS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: Change verbs whose noun names a thing, not a change: "fired 40 rockets", "a climbing
#: mount" ("contracts" is left out of ``CHANGE_WORDS`` itself, see ``_wording.py``).
_THING_NOUNS = frozenset(("rocket", "mount", "balloon", "sink", "swell"))


def _thing_noun(doc: Doc, at: int) -> bool:
    """Whether the change word at character ``at`` is read as the noun of a thing
    ("40 rockets were fired ..., compared with 12"), which states no
    change; the parse tells the noun from the verb ("the economy contracts")."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    return tok.pos_ in ("NOUN", "PROPN") and str(tok.lemma_).lower() in _THING_NOUNS


def change_word(
    doc: Doc,
    text: str,
    entries: list[Entry],
    before: Entry,
    floor: int = 0,
    ceiling: int | None = None,
) -> tuple[str, int] | None:
    """The change word governing "from X": the last one before it in the sentence, else one
    just after the figures ("from 400 to 500, a rise of ..."), never in the next sentence."""
    lo = max(floor, min(e.q.start for e in entries) - 80)
    found = [
        m
        for m in CHANGE_WORDS.finditer(text, lo, before.q.start)
        if not is_particle(text, m)
        and not _adjectival(text, m)
        and not _thing_noun(doc, m.start())
        # "income rose 8% ..., while the ratio improved to 54.2% from 56.0%": another clause
        and not CLAUSE_BREAK.search(text, m.end(), before.q.start)
    ]
    factor = [m for m in found if m.group(0).lower() in FACTORS]
    if factor and not any(factor[-1].end() < e.q.start < found[-1].start() for e in entries):
        # "halved, falling from 3,200 to 2,100": the factor is the claim to check, unless it
        # has its own figure ("double the 280,000 of 2023/24 and up almost 10% on 510,000")
        return factor[-1].group(0).lower(), found[-1].start()
    if found:
        return found[-1].group(0).lower(), found[-1].start()
    last = max(e.q.end for e in entries)
    end = min(last + 60, len(text) if ceiling is None else ceiling)
    m = next(
        (
            m
            for m in CHANGE_WORDS.finditer(text, before.q.end, end)
            if not is_particle(text, m)
            and not _adjectival(text, m)
            and not _thing_noun(doc, m.start())
            and (m.start() >= last or _SIZED_BY_OF.match(text, m.end()))
            and not CLAUSE_BREAK.search(text, before.q.end, m.start())
        ),
        None,
    )
    return (m.group(0).lower(), m.start()) if m else None


#: "of" right after a change word: the word is a noun sized by the figure after it ("an
#: increase of 15%"); after "compared with 31,000 in 2022," it states the change between
#: the two figures, though a figure (its size) follows it.
_SIZED_BY_OF = re.compile(r"\s+of\b", re.I)


def _adjectival(text: str, m: re.Match[str]) -> bool:
    """ "double occupancy", "a triple win": a factor word before a noun describes it; so
    does a comparative after an article or possessive ("the lower dose", "a higher
    rate"), which names one of two things, not a change."""
    word = m.group(0).lower()
    if word in ("higher", "lower"):
        after = re.match(r"[ -]([a-z]+)", text[m.end() : m.end() + 20])
        return (
            _DETERMINER_END.search(text, max(0, m.start() - 8), m.start()) is not None
            and after is not None
            and after.group(1) not in _NOT_NOUNS
        )
    if word not in ("double", "triple", "treble", "quadruple"):
        return False
    after = re.match(r"[ -]([a-z]+)", text[m.end() : m.end() + 20])
    return after is not None and after.group(1) not in _NOT_NOUNS


_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)


_NOT_NOUNS = frozenset(
    (
        "the",
        "its",
        "their",
        "his",
        "her",
        "that",
        "this",
        "those",
        "what",
        "from",
        "in",
        "to",
        "over",
        "since",
        "by",
        "within",
        "every",
        "each",
        "again",
        "last",
        "and",
        "or",
        "on",
        "at",
        "a",
        "an",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "during",
        "for",
    )
)


def is_particle(text: str, m: re.Match[str]) -> bool:
    """ "containers set up on 22 sites", "cut down on": "up" or "down" as the particle of a
    verb, not a change."""
    if m.group(0).lower() not in ("up", "down"):
        return False
    if m.group(0).lower() == "up" and _UP_TO_CAP.match(text, m.end()):
        return True  # "can apply to up to five courses": a cap's "up to", no rise
    before = text[max(0, m.start() - 12) : m.start()].split()
    return bool(before) and bool(_forms(before[-1].lower()) & _PARTICLE_VERBS)


#: "up to five", "up to £2,000": a cap; "was up to 5.2% from 4.9%" still rises.
_UP_TO_CAP = re.compile(
    r"\s+to\s+(?:[$£€]?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an|half)\b"
    r"(?![^.;,]{0,40}\bfrom\b)",
    re.I,
)


def _forms(word: str) -> set[str]:
    """A verb form and the bases it may come from by the regular endings ("makes",
    "making" -> "make"), so each base need be listed once."""
    out = {word}
    for end, repl in (("s", ""), ("es", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("d", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            out.add(word[: -len(end)] + repl)
    return out


_PARTICLE_VERBS = frozenset(
    [
        "set",
        "put",
        "sign",
        "signed",
        "take",
        "taken",
        "took",
        "pick",
        "picked",
        "end",
        "ended",
        "make",
        "made",
        "build",
        "built",
        "open",
        "opened",
        "turn",
        "turned",
        "show",
        "showed",
        "back",
        "backed",
        "line",
        "lined",
        "call",
        "called",
        "draw",
        "drawn",
        "drew",
        "tie",
        "tied",
        "clean",
        "cleaned",
        "come",
        "came",
        "give",
        "gave",
        "step",
        "stepped",
        "speed",
        "sped",
        "shut",
        "close",
        "closed",
        "break",
        "broke",
        "broken",
        "cut",
        "calm",
        "calmed",
        "slow",
        "slowed",
        "write",
        "wrote",
        "written",
        "hold",
        "held",
        "sit",
        "sat",
        "lay",
        "laid",
        "knock",
        "knocked",
        "shot",
        "pulled",
        "pull",
        "torn",
        "tear",
        "tore",
        "bring",
        "brought",
    ]
)


def change_lemma(doc: Doc, text: str, before: Entry, floor: int) -> tuple[str, int] | None:
    """A change verb in an irregular form the word list lacks ("outgrew", "sprang"), read
    through its lemma: the last verb before "from X" in its clause whose lemma is a change."""
    span = doc.char_span(floor, before.q.start, alignment_mode="contract")
    verbs = [
        t
        for t in span or []
        if t.pos_ in ("VERB", "AUX") and str(t.lemma_).lower() in CHANGE_LEMMAS
    ]
    if not verbs or CLAUSE_BREAK.search(text, verbs[-1].idx, before.q.start):
        return None
    return str(verbs[-1].lemma_).lower(), verbs[-1].idx
