"""Hyperbole cues: the words that mark a span as Exaggeration rather than Loaded Language.

PTC's guidelines define Exaggeration,Minimisation as representing something as larger,
better or worse (or smaller) than it is: superlatives, absolutes, intensifiers and words of
scale. The label head confuses these spans with Loaded_Language most of all (on PTC dev,
22 of 62 Exaggeration spans are ranked Loaded_Language first), because both are short,
emotive noun phrases. A span that contains one of the cues below gets a bias added to its
Exaggeration logit when the encoder decodes spans (``encoder.find_techniques``); the bias
is calibrated on the PTC tune articles (``training/calibrate.py``). The cues never create
spans and are not used for TC (labelling given spans): both were measured and did not help.

How the list was chosen, on the PTC *train* split only (gold spans, any label): a word or
phrase is a cue when it occurs in at least 3 gold spans and at least 20% of those are
Exaggeration, i.e. about 2.5 times the 7.8% base rate of the label. E.g. "the most" 23/38,
"no one" 7/9, "in history" 6/10, "ever" 14/26, "worst" 10/19, words in -est 30/109,
"absolutely" 9/29, "unprecedented" 2/8. Candidates that failed: "record" 0/7, "never"
5/49, "always" 0/9, "only" 0/61, "crisis" 2/19, "devastating" 1/17, "all" 17/114.
"""

from __future__ import annotations

import re

__all__ = ["HYPERBOLE_PHRASES", "HYPERBOLE_WORDS", "NOT_SUPERLATIVES", "has_hyperbole_cue"]

#: Single words, lower case, matched as whole words.
HYPERBOLE_WORDS: frozenset[str] = frozenset(
    {
        # superlatives not formed with -est
        "most",
        "least",
        "best",
        "worst",
        # absolutes
        "ever",
        "every",
        "everything",
        "entire",
        "whole",
        "total",
        "countless",
        "endless",
        # intensifiers
        "absolutely",
        "extremely",
        "completely",
        "totally",
        "entirely",
        "literally",
        "sheer",
        # scale
        "massive",
        "huge",
        "epic",
        "perfect",
        "thousands",
        "unprecedented",
        "astonishing",
    }
)

#: Phrases, lower case, matched on whole words with runs of white space as one space.
HYPERBOLE_PHRASES: tuple[str, ...] = ("no one", "in history", "record-breaking")

#: Words in -est that are not superlatives (the regular superlatives: "deadliest",
#: "biggest", "strongest"... are cues by their ending).
NOT_SUPERLATIVES: frozenset[str] = frozenset(
    {
        "arrest",
        "attest",
        "behest",
        "bequest",
        "chest",
        "conquest",
        "contest",
        "crest",
        "detest",
        "digest",
        "earnest",
        "forest",
        "guest",
        "harvest",
        "honest",
        "infest",
        "inquest",
        "interest",
        "invest",
        "jest",
        "latest",
        "lest",
        "manifest",
        "midwest",
        "modest",
        "molest",
        "nest",
        "northwest",
        "pest",
        "priest",
        "protest",
        "quest",
        "request",
        "rest",
        "southwest",
        "suggest",
        "test",
        "unrest",
        "vest",
        "west",
        "zest",
    }
)

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SUPERLATIVE = re.compile(r"[a-z]{2,}est")


def has_hyperbole_cue(text: str) -> bool:
    """Whether ``text`` (a candidate span) holds a hyperbole cue."""
    words = [w.replace("’", "'") for w in _WORD.findall(text.lower())]
    # A compound counts by its parts too: "biggest-ever", "all-time-worst".
    for part in {p for w in words for p in (w, *w.split("-"))}:
        if part in HYPERBOLE_WORDS or (
            _SUPERLATIVE.fullmatch(part) and part not in NOT_SUPERLATIVES
        ):
            return True
    joined = f" {' '.join(words)} "
    return any(f" {p} " in joined for p in HYPERBOLE_PHRASES)
