"""Shares of a body voting one way, against the vote's tally: "passed the bill by 231 votes
to 142" and later "with 71 percent of the 400-member chamber voting in favour".

News of a vote gives its tally as "by A votes to B" (or "A votes in favour"), A being the
votes for; a share of the body "voting in favour" is A's share of the body, whose size the
share's own sentence gives ("of the 400-member chamber").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, doc_text
from claimscope.layers.findings.numeric.percentages._in_sentence import of_between

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: After a share and its whole, in the same clause: "voting in favour", "voted for it",
#: "backed the bill".
_FOR = re.compile(
    r"[^,.;:]{0,60}?\b(?:in\s+favou?r|vot(?:ed|ing)\s+for|back(?:ed|ing)|support(?:ed|ing))\b",
    re.I,
)

#: Between the two counts of a tally: "231 votes to 142", "231 votes to 142 against".
_VOTES_TO = re.compile(r"\s+votes?\s+to\s+$", re.I)

#: After the count of votes for: "231 votes in favour", "231 in favour".
_IN_FAVOUR = re.compile(r"\s+(?:votes?\s+)?in\s+favou?r\b", re.I)


def share_voting_for(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry]
) -> tuple[Entry, Entry] | None:
    """(votes for, the body) for a share of a body said to vote in favour, when its
    sentence gives the body's size and no other count, and a tally told before it gives
    the votes for: the nearest such tally, as "the result" of a vote points back to the
    vote just told (a first reading told later is another vote)."""
    text = doc_text(doc)
    if len(counts) != 1 or not of_between(text, p.q.end, counts[0].q.start):
        return None
    whole = counts[0]
    if whole.q.unit is not None or not _FOR.match(text, whole.q.end):
        return None
    tallied = [a for a in _votes_for(text, ledger) if a.q.end <= p.q.start and a.sent != p.sent]
    if not tallied or tallied[-1].iv.lo > whole.iv.hi:
        return None
    return tallied[-1], whole


def _votes_for(text: str, ledger: list[Entry]) -> list[Entry]:
    """The counts of votes for that the article's tallies give, in text order."""
    out: list[Entry] = []
    for i, a in enumerate(ledger):
        if a.q.unit is not None or a.q.low != a.q.high:
            continue
        nxt = ledger[i + 1] if i + 1 < len(ledger) else None
        to_b = (
            nxt is not None
            and nxt.sent == a.sent
            and _VOTES_TO.fullmatch(text, a.q.end, nxt.q.start) is not None
        )
        if to_b or _IN_FAVOUR.match(text, a.q.end):
            out.append(a)
    return out
