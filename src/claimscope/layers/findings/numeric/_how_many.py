"""A figure the next sentence says is "how many of" a group: "But the number that keeps me
awake is 1,180. That is how many of those incidents resulted in a charge." The figure is
a part of the group, whose count the article gave before, as surely as "1,180 of those
incidents" would make it; writers split the two to let the figure stand alone first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, doc_text
from claimscope.layers.findings._lexicon import canonical

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["how_many_whole"]


#: "That is how many of those incidents", "This was how many of the 9,000 ...": the opening
#: of a sentence that says what the figure before counts, out of a group.
_HOW_MANY_OF = re.compile(
    r"\W*(?:that|this)(?:['’]s|\s+is|\s+was)\s+how\s+many\s+of\s+"
    r"(?:(?P<det>th[oe]se|the|its|their)\s+(?P<noun>[a-z][\w-]*)|(?P<them>them))\b",
    re.I,
)

#: How many sentences before the part's the group's count may stand.
_REACH = 3


def how_many_whole(doc: Doc, part: Entry, counts: list[Entry]) -> Entry | None:
    """The whole of a part that the next sentence calls "how many of" a group: the nearest
    earlier count of the group's noun ("of those incidents"), or for "of them" the nearest
    earlier count at least the part's size. The part must be the last figure of its
    sentence, and the "how many" sentence must give none of its own."""
    if any(e.sent == part.sent and e.q.start > part.q.start for e in counts):
        return None
    span = doc.char_span(part.q.start, part.q.end, alignment_mode="expand")
    if span is None or span.sent.end >= len(doc):
        return None
    nxt = doc[span.sent.end].sent
    m = _HOW_MANY_OF.match(doc_text(doc), nxt.start_char, nxt.end_char)
    if m is None or any(c.isdigit() for c in nxt.text):
        return None
    earlier = [
        e
        for e in counts
        if part.sent - _REACH <= e.sent <= part.sent
        and e.q.end <= part.q.start
        and e.q.unit == part.q.unit
        and e.iv.lo >= part.iv.hi
    ]
    if m.group("them"):
        return earlier[-1] if earlier else None
    noun = canonical(m.group("noun")).split()[-1:]
    named = [e for e in earlier if canonical(e.q.counted or "").split()[-1:] == noun]
    return named[-1] if named else None
