"""The ballots of a vote counted out by outcome: "Of these, 4,981 voted for, 612 voted
against and 74 ballots were invalid". A ballot cast is for, against or void, so a list
that gives one count for and one against, and the void ones, names every ballot: it
must add up to the ballots cast, not only stay within them. The electorate ("on the
voter lists", "registered", "eligible") is no such whole: who stayed home is no outcome.
"""

from __future__ import annotations

import re

from claimscope.layers.findings._ledger import Entry

__all__ = ["every_ballot"]

#: The void outcomes: "ballots were recognised as invalid", "spoiled papers", "blank".
_VOID = re.compile(r"\b(?:invalid|spoil(?:ed|t)|void|blank|null and void)\b", re.I)
#: The outcome for: "voted 'for'", "in favour", "yes", "backed", "approved".
_FOR = re.compile(
    r"(?:[\"“‘']for[\"”’']|\bvot(?:ed|es?|ing) for\b|\bin favou?r\b|[\"“‘']?\byes\b|"
    r"\bbacked\b|\bapproved\b|\bsupported\b)",
    re.I,
)
#: The outcome against: "voted 'against'", "no", "rejected", "opposed".
_AGAINST = re.compile(
    r"(?:\bagainst\b|[\"“‘']no[\"”’']|\bvoted no\b|\brejected\b|\bopposed\b)", re.I
)
#: Words that make a figure the electorate, not the ballots cast.
_ELECTORATE = re.compile(
    r"\b(?:registered|eligible|electorate|entitled to vote|voter (?:lists?|rolls?)|"
    r"electoral (?:roll|register)s?)\b",
    re.I,
)
#: How far after the last part its outcome may be said.
_TAIL = 60


def every_ballot(full: str, whole: Entry, parts: list[Entry]) -> bool:
    """Whether the parts are the ballots for, against and void of a whole that counts the
    ballots cast: each part's own words (up to the next part) say one outcome, exactly
    one part is for and one against, and at least one is void."""
    if len(parts) < 3:
        return False
    at = full[max(0, whole.q.start - 40) : whole.q.end + 60]
    if _ELECTORATE.search(at):
        return False
    outcomes = []
    for k, part in enumerate(parts):
        stop = parts[k + 1].q.start if k + 1 < len(parts) else part.q.end + _TAIL
        own = re.split(r"[.;\n]", full[part.q.end : stop])[0]
        if _VOID.search(own):
            outcomes.append("void")
        elif _AGAINST.search(own):
            outcomes.append("against")
        elif _FOR.search(own):
            outcomes.append("for")
        else:
            return False
    return outcomes.count("for") == 1 and outcomes.count("against") == 1
