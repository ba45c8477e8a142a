"""A whole shared by a stated number of members, and a later list of that many figures:
"the 48,000 people living in the three displacement camps" then "21,500 at Kerem, 14,000
at Dasht itself and 5,000 at Tolo"; "We put £86m into four players" then "£34m for Rivas,
£22m for Reid, £9m for Demir and £7m for Holm". When the text says how many members share
a whole and later gives one figure for each of that many named members, the list leaves
no member out, so it must add up to the whole.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import singular
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._lists import coordinated
from claimscope.layers.findings.numeric._pairing import far_apart
from claimscope.layers.findings.numeric._wording import changes_in
from claimscope.layers.findings.numeric.sums._found import countable, sum_words, total_of

#: How many members a list may name one by one, and how far after its whole it may come.
_MAX_MEMBERS = 12
_REACH = 12


def member_lists(
    full: str,
    sentences: list[str],
    by_sent: dict[int, list[Entry]],
    checked: set[str],
) -> list[Finding]:
    """Wholes with a count of their members in their sentence, each checked against the
    first later sentence (within ``_REACH``) listing one figure for each member."""
    out: list[Finding] = []
    for whole in (e for entries in by_sent.values() for e in entries):
        if not countable(whole) or whole.q.id in checked:
            continue
        members = _members(whole, by_sent.get(whole.sent, []))
        if members is None:
            continue
        for k in range(whole.sent + 1, min(len(sentences), whole.sent + _REACH + 1)):
            parts = _named_list(full, sentences[k], by_sent.get(k, []), whole, members[1])
            if len(parts) == members[0]:
                rivals = [
                    e for e in by_sent[whole.sent] if countable(e) and e.q.unit == whole.q.unit
                ]
                out.extend(_finding(whole, parts, members, rivals))
                break
    return out


def _members(whole: Entry, entries: list[Entry]) -> tuple[int, str] | None:
    """The number of members and their noun, when the whole's sentence counts one kind of
    member exactly ("into four players", "in the three camps")."""
    counts = [
        e
        for e in entries
        if e is not whole
        and e.q.unit is None
        and not e.is_rate
        and e.q.counted is not None
        and e.iv.lo == e.iv.hi
        and 2 <= e.iv.lo <= _MAX_MEMBERS
        and e.iv.lo == int(e.iv.lo)
        and not (whole.q.counted is not None and same_thing(e, whole))
    ]
    if len(counts) != 1:
        return None
    noun = singular((counts[0].q.counted or "").split(" ")[-1])
    return (int(counts[0].iv.lo), noun) if noun else None


#: A member's name after its figure: "21,500 at Kerem", "£34m for Rivas".
_NAME_AFTER = re.compile(r"\b(?:in|at|for|from|to|on|by|into)\s+(?:the\s+)?([A-Z][\w'’-]+)")


def _named_list(
    full: str, sentence: str, entries: list[Entry], whole: Entry, noun: str
) -> list[Entry]:
    """The figures of one sentence listed one for each named member: in the whole's unit,
    in digits, each followed by its own name, with no change stated among them, in a
    sentence that speaks of the members ("one of three camps", "what each cost")."""
    figures = [
        e
        for e in entries
        if countable(e)
        and e.q.unit == whole.q.unit
        and any(c.isdigit() for c in e.q.text)
        and (e.q.counted is None or same_thing(e, whole) or noun in e.q.counted)
    ]
    parts = coordinated(full, figures)
    if len(parts) < 2:
        return []
    starts = [p.q.start for p in parts[1:]] + [parts[-1].q.end + 40]
    names = []
    for p, stop in zip(parts, starts, strict=True):
        m = _NAME_AFTER.search(full, p.q.end, min(stop, p.q.end + 40))
        names.append(m.group(1) if m else None)
    if None in names or len(set(names)) < len(names):
        return []
    if not re.search(rf"\b(?:{re.escape(noun)}s?|each)\b", sentence, re.I):
        return []
    if changes_in(full[parts[0].q.start : parts[-1].q.end]):
        return []
    return parts


def _finding(
    whole: Entry, parts: list[Entry], members: tuple[int, str], rivals: list[Entry]
) -> list[Finding]:
    """The warning when one figure for each member does not add up to the whole, nor to
    any other figure in its unit in the whole's sentence ("reached 48,600 children ...,
    93% of the 52,000 it had aimed to reach": the list may sum either)."""
    total = total_of([p.iv for p in parts])
    if any(total.meets(e.iv) for e in rivals) or far_apart(total, whole.iv):
        return []
    n, noun = members
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            f"The figures given for the {n} {noun}s do not add up to {whole.q.text}.",
            sum_words(parts, total) + f"; the text gives {whole.q.text} ({whole.iv}) as shared "
            f"by {n} {noun}s and lists one figure for each.",
            whole,
            *parts,
        )
    ]
