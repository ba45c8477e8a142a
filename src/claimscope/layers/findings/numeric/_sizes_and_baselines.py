"""What a figure is to a change beside its levels: the size of the change ("by 12%", "a
rise of 15%", "a 40% rise") or the baseline it is set against ("compared with 52,000",
"up 5% on 2023"). Apart because the parts, sums and claim checks ask the same of a
figure as the stated changes do.
"""

from __future__ import annotations

import re

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._wording import (
    BEYOND_BY,
    CHANGE_WORDS,
    SHARE_UNITS,
    word_before,
)

#: A baseline a figure is set against: "against 52,000 last year", "compared with £2.6bn".
_BASELINE = re.compile(
    r"\b(?P<w>against|compared (?:with|to)|versus|vs\.?|on|over(?=\s+(?:the|its|their|last|"
    r"[a-z]+['\u2019]s)\s))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z-]+(?:\s+[a-z-]+)?['\u2019]s\s+)?"  # "on last year's 1.6 million"
    # "on the previous winter's total of 640 millimetres"
    r"(?:(?:total|tally|figure|count|level|average)\s+of\s+)?"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


#: A base named as a year, its figure told in a "when" clause after it: "a rise of
#: almost 40 per cent on 2019, when 214 collisions were recorded", "down from 2021, when
#: police logged 3,100".
_WHEN_BASE = re.compile(
    r"(?:\b(?:rise|increase|fall|drop|decline|jump|up|down|higher|lower|more|fewer|less)\b"
    r"[^.;:\d]{0,40}?\d[\d.,]*[^.;:\d]{0,25}?|\b(?:up|down|rising|falling)\s+)"
    r"\b(?:on|from|compared (?:with|to)|against|since|over)\s+(?:19|20)\d\d,?\s+when\s+"
    r"(?:[A-Za-z'\u2019]+\s+){0,4}?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def is_baseline(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the baseline of a comparison; "on" counts only
    right after a change ("a rise of 15% on the 1.04 million"), and "over" only after a
    change and its size ("an increase of 12.6 percent over the 641.5 billion"), never
    as an approximator ("rose by over 500")."""
    if _WHEN_BASE.search(text, max(0, start - 90), start) is not None:
        return True
    m = _BASELINE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    word = m.group("w").lower()
    if word not in ("on", "over"):
        return True
    moved = list(CHANGE_WORDS.finditer(text, max(0, m.start() - 30), m.start()))
    # "up 5% on 2023", but not "the Liberals are up one to 11%, the Greens are on 7%"
    if not moved or re.search(r"[,;]", text[moved[-1].end() : m.start()]) is not None:
        return False
    return word == "on" or re.search(r"\d", text[moved[-1].end() : m.start()]) is not None


#: Nouns of a change that are not change verbs' forms: "a loss of 1.1 kilometres".
_CHANGE_NOUNS = r"\b(?:loss|losses|reduction|growth|shortfall|drop-off)\b"


_DELTA_OF = re.compile(
    r"(?:" + CHANGE_WORDS.pattern + "|" + _CHANGE_NOUNS + r")\s+of\s+(?:about\s+|some\s+)?$",
    re.I,
)


#: A size written before its change noun: "a 40% rise in profit", "a 25 per cent drop".
SIZE_NOUN = re.compile(
    r"[\s-]*(?:rise|increase|fall|drop|decline|jump|surge|gain|reduction|growth|cut|slump|"
    r"plunge|climb|leap|dip|decrease)s?\b",
    re.I,
)


#: A share written before a comparative that makes it a change: "running 25 per cent
#: higher than last year", "a third lower", "12% up on 2023".
_SHARE_COMPARED = re.compile(r"\s+(?:higher|lower|up|down)\b", re.I)


#: "by" before a size, also with the size named as an average or total: "fell by an
#: average of 1.1 points", "rose by a further 3%".
_BY = re.compile(
    r"\bby\s+(?:an?\s+(?:average|total|further|estimated|net|mean)\s+(?:of\s+)?)?$", re.I
)


def _after_by(text: str, e: Entry) -> bool:
    """Whether the figure is written after "by" ("by 12%", "by an average of 1.1"). A
    share of a named whole after "by" ("behind on their mortgage by at least 2.5% of their
    balance") measures how far, not how much a figure changed."""
    if _BY.search(text, max(0, e.q.start - 30), e.q.start) is None:
        return False
    return not (e.q.unit in SHARE_UNITS and _OF_A_WHOLE.match(text, e.q.end))


#: "2.5% of their outstanding balance": a share followed by the whole it is a share of.
_OF_A_WHOLE = re.compile(r"\s+of\s+(?:their|its|his|her|the|a|an|each)\s+[a-z]", re.I)


def is_delta(text: str, e: Entry) -> bool:
    """The size of a change: after "by", right after a change word ("rose 12%", "down
    15%"), after a change noun and "of" ("a rise of 15%"), right before a change noun
    ("a 40% rise"), or a share right before "higher" or "lower" ("25 per cent higher")."""
    word = word_before(text, e.q.start)
    return (
        _after_by(text, e)
        or CHANGE_WORDS.fullmatch(word) is not None
        or _DELTA_OF.search(text, max(0, e.q.start - 30), e.q.start) is not None
        or SIZE_NOUN.match(text, e.q.end) is not None
        or (e.q.unit in SHARE_UNITS and _SHARE_COMPARED.match(text, e.q.end) is not None)
    )


def sizes_a_change(text: str, e: Entry) -> bool:
    """Whether the figure is the size of a change, named as such ("fallen by around 40
    basis points", "a rise of 15%", "a 40% rise"): a difference, no count or level. A
    bare change verb before it ("raised £8,000") is not enough."""
    if _DELTA_OF.search(text, max(0, e.q.start - 30), e.q.start) or SIZE_NOUN.match(text, e.q.end):
        return True
    if BEYOND_BY.search(text, max(0, e.q.start - 50), e.q.start):
        return True  # "exceeding the limit by 41 nights": how far past a mark, no count
    if not _after_by(text, e):
        return False
    return CHANGE_WORDS.search(text, max(0, e.q.start - 50), e.q.start) is not None


def listed_with_size(text: str, after: Entry, deltas: list[Entry]) -> bool:
    """Whether the current figure is listed after a size of change in its unit ("a drop
    of 18 mmHg on the higher dose and 13 mmHg on the lower dose, compared with 5 mmHg on
    placebo"): it is another size, and the comparison sets sizes side by side, not a
    level against its earlier level."""
    return any(
        d.q.end <= after.q.start
        and d.q.unit == after.q.unit
        and sizes_a_change(text, d)
        and re.search(r"\band\b", text[d.q.end : after.q.start]) is not None
        and re.search(r"\b(?:to|from)\b", text[d.q.end : after.q.start]) is None
        for d in deltas
    )


def sizes_compared(text: str, entries: list[Entry], before: Entry, deltas: list[Entry]) -> bool:
    """Whether the baseline is compared with a size of change "by" in its unit, the
    nearest figure of that unit before it ("fell by an average of 1.1 points in one
    group, compared with 1.9 points in the other"): it is the other group's change, not
    the earlier level of the figure that changed. A size "on" its base ("up 2.5p on the
    39p") measures the change from it."""
    m = _BASELINE.search(text, max(0, before.q.start - 40), before.q.start)
    if m is None or m.group("w").lower() == "on":
        return False
    nearest = [e for e in entries if e.q.end <= before.q.start and e.q.unit == before.q.unit]
    return bool(nearest) and any(nearest[-1] is d and _after_by(text, d) for d in deltas)
