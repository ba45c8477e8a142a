"""A key-figures line and the lines right under it that split it by the same label: "-
Animals rehomed: 3,950" over "- Dogs rehomed: 1,420", "- Cats rehomed: 2,240", "- Other
animals rehomed: 1,060"; or "- New claims received: 48,600" over "- Received online:
29,400", "- Received by telephone: 8,300". The lines under it repeat the total's action
(its label's last word, or their shared first word found in its label) with another
subject or manner, so they are its parts.

Parts like these may name only some of the whole ("Dogs", "Cats"), so they must only stay
within it. They are all of it when the last line is the rest ("Other animals rehomed",
"All other ..."), or when the text says every one of the whole falls into one of that
many groups ("Every claim is received through one of three channels"): then they must
add up to it.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers._quantities.numbers import UNIT_WORDS
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric.sums._found import all_or_within, countable

__all__ = ["labelled_breakdowns"]

#: A list line "- Label: figure ...", its label up to the last colon before the figure.
_LABEL_LINE = re.compile(r"^[ \t]*[-–—•*][ \t]+(?P<label>[^:\n]{2,90}?):[ \t]*", re.M)
#: A line between the total and its parts that compares the total with another time: "-
#: Same quarter last year: 44,100 (up 10.2%)", "- Change: up 8.5 per cent".
_COMPARISON = re.compile(
    r"^(?:same|change|previous|last|this time last|a year|the year|(?:in )?(?:19|20)\d\d)\b",
    re.I,
)
#: A part line that is the rest of the whole.
_REST = re.compile(r"^(?:all |any )?(?:other|others|remaining|the rest|rest)\b", re.I)
#: "every claim is received through one of three channels", "each visitor falls into one
#: of four groups": the whole split over a stated number of groups.
_ONE_OF = re.compile(
    r"\b(?:every|each|all)\b[^.\n]{0,80}?\bone of (?:the |its |their |our )?(?P<n>\w+)\b", re.I
)
_WORD = re.compile(r"[a-z]+")
_MAX_PARTS = 12


def labelled_breakdowns(full: str, ledger: list[Entry], checked: set[str]) -> list[Finding]:
    """Each labelled total over the run of lines right under it that repeat its action."""
    lines = _label_lines(full, ledger)
    out: list[Finding] = []
    for i, (whole, label) in enumerate(lines):
        if whole is None or not countable(whole) or whole.q.id in checked:
            continue
        run = _parts_under(lines, i, label)
        labels = [lab for _, lab in run]
        parts = [p for p, _ in run]
        if len(parts) < 2 or any(p.q.unit != whole.q.unit or not countable(p) for p in parts):
            continue
        if any(p.q.id in checked for p in parts):
            continue
        named = f'"{label}" ({whole.q.text})'
        rest = _REST.match(labels[-1]) is not None
        why = (
            f'the last, "{labels[-1]}", being the rest'
            if rest
            else f"the text saying each falls into one of {len(parts)} groups"
            if _split_in(full, whole, len(parts))
            else None
        )
        out.extend(
            all_or_within(
                whole,
                parts,
                f"the lines under {named} split it by its own label, {why}." if why else None,
                f"The lines under {whole.q.text} add up to more than it.",
                f"; the lines under {named} split it by its own label, so they are parts of it.",
            )
        )
    return out


def _label_lines(full: str, ledger: list[Entry]) -> list[tuple[Entry | None, str]]:
    """Every list line as (its figure right after the label's colon, or None; its label),
    in text order; a line whose colon no figure follows keeps its place as None."""
    by_start = {e.q.start: e for e in ledger}
    out: list[tuple[Entry | None, str]] = []
    for m in _LABEL_LINE.finditer(full):
        end = full.find("\n", m.end())
        end = len(full) if end < 0 else end
        first = min((s for s in by_start if m.end() <= s < end), default=None)
        figure = by_start[first] if first is not None else None
        if figure is not None and full[m.end() : figure.q.start].strip(" $£€¥~"):
            figure = None  # words before the figure ("up 8.5 per cent"): no plain value
        out.append((figure, m.group("label").strip()))
    return out


def _parts_under(
    lines: list[tuple[Entry | None, str]], i: int, label: str
) -> list[tuple[Entry, str]]:
    """The run of lines after line ``i`` that repeat its label's action, past at most one
    comparison line right under it; they must follow one another in the text. None when
    line ``i`` is itself one of a run under the line above it ("Dogs received" under
    "Animals received at shelters")."""
    whole = lines[i][0]
    assert whole is not None
    words = _words(label)
    run: list[tuple[Entry, str]] = []
    skipped = False
    previous_end = whole.q.end
    for figure, sub in lines[i + 1 : i + 2 + _MAX_PARTS]:
        if figure is None:
            break
        if not run and not skipped and _COMPARISON.match(sub):
            skipped = True
            previous_end = figure.q.end
            continue
        if figure.q.start - previous_end > 200:
            break
        run.append((figure, sub))
        previous_end = figure.q.end
    shared, action = _shared_action(words, [_words(s) for _, s in run])
    if shared and i > 0 and lines[i - 1][0] is not None:
        above = _words(lines[i - 1][1])
        if action in above[1:] and above[0] != words[0]:
            return []  # a sibling of the lines under its own whole
    return run[:shared]


def _shared_action(whole: list[str], parts: list[list[str]]) -> tuple[int, str]:
    """How many of the first ``parts`` labels repeat the whole's action, and that action's
    last word: all end in the words that end the whole's label or stand in it after its
    subject, each with a subject of its own ("Dogs taken in" under "Animals taken in"), or
    all open with one word the whole's label holds ("Received online" under "New claims
    received")."""
    if len(whole) < 2 or not parts or len(parts[0]) < 2:
        return 0, ""
    for size in (2, 1):  # "taken in" before "in"
        action = parts[0][-size:]
        if len(parts[0]) <= size or not _is_action(action[0]):
            continue
        at = _find(whole, action)
        if at < 1:
            continue
        count = 0
        for p in parts:
            if len(p) <= size or p[-size:] != action or p[:-size] == whole[:at]:
                break
            count += 1
        if count >= 2:
            return count, action[-1]
    first = parts[0][0]
    if not _is_action(first) or first not in whole[1:]:
        return 0, ""
    count = 0
    for p in parts:
        if len(p) < 2 or p[0] != first:
            break
        count += 1
    return (count, first) if count >= 2 else (0, "")


#: Past participles that do not end in "-ed".
_PARTICIPLES = frozenset(
    ("taken", "given", "sold", "made", "held", "lent", "paid", "spent", "won", "lost", "built",
     "sent", "seen", "done", "kept", "found", "brought", "bought", "caught", "put", "run",
     "let", "written", "driven", "grown", "shown", "thrown", "drawn", "flown", "ridden",
     "broken", "chosen", "stolen", "frozen", "sung", "begun", "struck", "dealt", "met",
     "read", "heard", "told", "fed", "led", "left", "cut", "set", "shut", "hit", "hurt")
)  # fmt: skip


def _is_action(word: str) -> bool:
    """Whether a label word names what was done (a past participle: "rehomed", "taken"),
    as a breakdown by who or how repeats it; a noun ("Capital Region", "Northern Region")
    names siblings, not a whole and its parts."""
    return (len(word) > 4 and word.endswith("ed")) or word in _PARTICIPLES


def _find(words: list[str], run: list[str]) -> int:
    """Where ``run`` starts in ``words``, or -1."""
    for k in range(len(words) - len(run) + 1):
        if words[k : k + len(run)] == run:
            return k
    return -1


def _words(label: str) -> list[str]:
    """A label's words, lower-cased, without a bracket or a trailing comma's aside ("New
    claims received, April to June" reads "new claims received")."""
    label = re.sub(r"\([^)]*\)", " ", label).split(",")[0]
    return _WORD.findall(label.lower())


def _split_in(full: str, whole: Entry, n: int) -> bool:
    """Whether the text before the total's line says each of the whole falls into one of
    ``n`` groups."""
    for m in _ONE_OF.finditer(full, 0, whole.q.start):
        word = m.group("n").lower()
        count = int(word) if word.isdigit() else UNIT_WORDS.get(word)
        if count is not None and int(count) == n:
            return True
    return False
