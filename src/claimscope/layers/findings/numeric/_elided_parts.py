"""Parts given by ellipsis: "Lost walkers accounted for 52 of last year's callouts, and
injuries for 47". The second clause drops the verb and the group ("accounted for ... of
last year's callouts") that the first one states, so its figure is a part of that group
as much as the first is, never the whole of the year's callouts, and its whole is the
first one's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, doc_text
from claimscope.layers.findings.numeric._wording import given_as_part, pronoun_whole

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["elided_from", "elided_whole"]


#: From the part stated in full to the elided one: its group ("of last year's callouts"),
#: then a conjunction and a few words naming the other member ("and injuries for"), with
#: no clause break or other figure between.
_JOIN = re.compile(
    r"^\s+(?:out\s+)?of\s+[^,.;:()\d]{1,50}?,?\s+(?:and|or|but|while)\s+[^,.;:()\d]{0,40}?\s$",
    re.I,
)


#: The elided figure ends its clause: it takes no noun or group of its own.
_ENDS = re.compile(r"\s*(?:[.;,:)]|$)")


def elided_from(text: str, e: Entry, ledger: list[Entry]) -> Entry | None:
    """The part stated in full just before the figure in its sentence that the figure
    repeats by ellipsis ("52 of last year's callouts, and injuries for 47"), if any."""
    if not _ENDS.match(text, e.q.end):
        return None
    before = [g for g in ledger if g.sent == e.sent and g.q.end <= e.q.start]
    if not before:
        return None
    g = before[-1]  # the nearest figure before: no other one stands between
    if given_as_part(text, g) and _JOIN.match(text[g.q.end : e.q.start]) is not None:
        return g
    return None


def elided_whole(doc: Doc, e: Entry, ledger: list[Entry]) -> Entry | None:
    """The whole of the part the figure repeats by ellipsis: the group both are counted
    out of ("last year's callouts", the 164 told before)."""
    full = elided_from(doc_text(doc), e, ledger)
    return pronoun_whole(doc, full, ledger) if full is not None else None
