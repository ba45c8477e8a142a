"""What an article states as a change, for the learned second look at ``change_mismatch``:
a figure the words beside it call a change ("rose 12%", "a fall of nearly a third", "up
12 percentage points", "900 more") or a factor word ("doubled", "halved").

Read apart from the pairing in ``changes.py`` because it is a reading of the text, not a
judgement: each stated change keeps its measure (percent, points, a difference, a factor),
its direction and its size as an interval.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._wording import (
    DOWN,
    FACTOR_CHANGE,
    UP,
    factor_of,
    factor_window,
)
from claimscope.layers.findings.numeric.learned._features import Context

__all__ = ["Stated", "finite", "read_changes"]

_HEDGE = (
    r"(?:about|around|nearly|almost|roughly|some|more than|over|just over|just under|"
    r"less than|close to|an estimated|a little over|a little under|well over|only|just)"
)
_VERBS = "|".join(
    sorted({w.rstrip("e") for w in (*UP, *DOWN)} - {"up", "down"}, key=len, reverse=True)
)
#: Before a figure that states a change: "rose 12%", "fell by a third", "up 40%", "an
#: increase of 24%", "a fall of nearly a third", "cut its staff by 300".
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?P<verb>(?:" + _VERBS + r")\w*)(?:\s+(?:[\w'’-]+\s+){0,3}?by)?"
    r"|\b(?P<updown>up|down)(?:\s+by)?"
    r"|\b(?P<noun>(?:" + _VERBS + r")\w*)\s+of)"
    r"\s+(?:" + _HEDGE + r"\s+)?$",
    re.I,
)
#: After a figure that states a change: "a 12% rise", "40% more than", "18% lower".
_CHANGE_AFTER = re.compile(
    r"^[ \t-]?(?:(?:year-on-year|year-over-year|annual|annually|overall)\s+)?"
    r"(?P<word>rise|increase|fall|drop|decline|jump|higher|lower|more|fewer|less|up|down|"
    r"cut|growth|reduction|gain|surge|decrease|slump|above|below|improvement)\b",
    re.I,
)
#: "made up", "set up": no change of a figure.
_NOT_CHANGE = re.compile(
    r"\b(?:made|make|makes|making|take|takes|took|taken|sum|sums|summed|end|ends|ended|set|"
    r"sets|back|sign|signs|signed|pick|picked|open|opened|show|shows|showed|turn|turned|line|"
    r"lined|add|adds|added|line-up|lined)\s+up\s+(?:by\s+)?$",
    re.I,
)
_MORE = ("more", "higher", "above", "up", "improvement")
_LESS = ("fewer", "less", "lower", "below", "down")

#: Units of a length of time: "fell over two days" says when, not by how much.
_TIMES = frozenset(("second", "minute", "hour", "day", "week", "month", "year", "decade"))


@dataclass(frozen=True)
class Stated:
    """One stated change: its figure (or a factor word), how it is measured, which way."""

    #: The figure that states it; a factor word has none in the ledger, so it gets a
    #: stand-in that is only an anchor (see ``_word_entry``).
    entry: Entry
    #: "percent" (relative, in percent), "points" (difference of two shares), "abs" (a
    #: difference in the figures' own unit) or "factor" (a ratio).
    measure: str
    #: +1 up, -1 down, 0 unsaid.
    way: int
    #: The stated size: percent, points, the difference, or the ratio window.
    size: Interval
    word: str
    in_ledger: bool
    hedge: str | None = None


def finite(e: Entry) -> bool:
    return math.isfinite(e.iv.lo) and math.isfinite(e.iv.hi) and e.iv.lo > 0


def _way_of(word: str) -> int:
    w = word.lower()
    if w.startswith(_MORE):
        return 1
    if w.startswith(_LESS):
        return -1
    if w.startswith(tuple(u.rstrip("e") for u in UP if u not in ("up",))):
        return 1
    if w.startswith(tuple(d.rstrip("e") for d in DOWN if d not in ("down",))):
        return -1
    return 0


def _stated_of(ctx: Context, e: Entry) -> Stated | None:
    """The change a figure states, when the words beside it say it is one."""
    if e.q.low is not None and e.q.high is not None and e.q.low < e.q.high:
        return None  # a range of changes is left to the rules
    before, after = ctx.before(e, 60), ctx.after(e, 40)
    m = _CHANGE_BEFORE.search(before)
    word = None
    if m is not None and not _NOT_CHANGE.search(before):
        word = m.group("verb") or m.group("updown") or m.group("noun")
    if word is None:
        m2 = _CHANGE_AFTER.match(after)
        if m2 is None:
            return None
        word = m2.group("word")
    way = _way_of(word)
    unit = e.q.unit
    if unit in ("percent", "fraction"):
        size = e.iv.scale(100) if unit == "fraction" else e.iv
        return Stated(e, "percent", way, size, word, True)
    if unit in ("percentage point", "basis point"):
        size = e.iv.scale(0.01) if unit == "basis point" else e.iv
        return Stated(e, "points", way, size, word, True)
    if e.bare and e.q.per is None and way != 0 and not e.gap and unit not in _TIMES:
        return Stated(e, "abs", way, e.iv, word, True)
    return None


def _word_entry(ctx: Context, start: int, end: int, sent: int, like: Entry) -> Entry:
    """A stand-in entry for a factor word ("doubled"): only the anchor of its candidates,
    so one word gets at most one warning; it is never named in a finding."""
    q = like.q.model_copy(
        update={"start": start, "end": end, "text": ctx.text[start:end], "id": f"w{start}"}
    )
    return replace(like, q=q, sent=sent)


def _sentence_at(ctx: Context, pos: int) -> int:
    for i, s in enumerate(ctx.sentences):
        if s.start <= pos < s.end:
            return i
    return -1


def read_changes(ctx: Context, ledger: list[Entry]) -> list[Stated]:
    """Every change the article states: figures worded as changes, then factor words."""
    out = [s for e in ledger if (s := _stated_of(ctx, e)) is not None]
    if not ledger:
        return out
    for m in FACTOR_CHANGE.finditer(ctx.text):
        sent = _sentence_at(ctx, m.start())
        if sent < 0:
            continue
        factor = factor_of(m)
        window = factor_window(factor, m.group("hedge"))
        entry = _word_entry(ctx, m.start(), m.end(), sent, ledger[0])
        way = 1 if factor >= 1 else -1
        word = m.group(0)
        out.append(Stated(entry, "factor", way, window, word, False, m.group("hedge")))
    return out
