"""English word forms more than one layer needs, kept in one place."""

from __future__ import annotations

import functools
import re

__all__ = ["LEVEL_PREPS", "LEVEL_VERBS", "SUBSET_ASIDE", "TALLY_VERBS", "singular"]

#: Verbs that state the level their subject is at, only through one of the prepositions
#: ("visitor numbers have held between 9,000 and 12,000", "stood at 4.1%", "hovered around
#: 300"); with an object they are deeds ("police held 40").
LEVEL_VERBS = frozenset(("hold", "stay", "stand", "sit", "settle", "hover", "run"))
LEVEL_PREPS = frozenset(("between", "at", "around", "above", "below", "near"))
#: Verbs that only say that someone counted ("turnstiles logged 131,400 visitors"): they
#: report nothing, and what happened to the things counted is said elsewhere.
TALLY_VERBS = frozenset(("log", "record", "count", "tally"))


@functools.lru_cache(maxsize=65536)  # the checks ask for the same few hundred nouns
def singular(word: str) -> str:
    """A plural head noun by the regular English endings; other words unchanged."""
    if len(word) < 4 or word.endswith(("ss", "us", "is", "ics", "news")):
        return word
    for end, repl in (
        ("ies", "y"),
        ("uses", "us"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
    ):
        if word.endswith(end):
            return word[: -len(end)] + repl
    return word[:-1] if word.endswith("s") else word


#: ", most of them", ", 40 of whom", ", about 40% of them": an aside about a subset of the
#: figure's things, whose time and place are the subset's, not the figure's.
SUBSET_ASIDE = re.compile(
    r"[,(\u2013\u2014-]\s*(?:(?:about|around|roughly|some|nearly|almost|over|more than|"
    r"less than|just over|just under)\s+)?"
    r"(?:most|many|some|half|all|several|none|one|two|three|four|five|"
    r"the (?:majority|bulk|rest|remainder)|a (?:third|quarter|fifth|majority|minority|few)|"
    r"\d[\d,.]*(?:\s*%|\s+per\s*cent|\s+percent)?)\s+of\s+(?:them|those|whom|which|these)\b",
    re.I,
)
