"""A whole shared by a stated number of members, and a later list of that many figures:
"the 48,000 people living in the three displacement camps" then "21,500 at Kerem, 14,000
at Dasht itself and 5,000 at Tolo"; "We put £86m into four players" then "£34m for Rivas,
£22m for Reid, £9m for Demir and £7m for Holm". When the text says how many members share
a whole and later gives one figure for each of that many named members, the list leaves
no member out, so it must add up to the whole. The same holds for shares: "every house was
placed in one of three categories" then three list lines "Destroyed: 46%", "Damaged but
repairable: 31%", "Undamaged: 12%" must total 100%.
"""

from __future__ import annotations

import re

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval
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


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}

#: "placed in one of three categories", "falls into one of four bands": a partition.
_ONE_OF = re.compile(r"\bone of (?P<n>two|three|four|five|six|seven|eight|[2-8]) [a-z]+", re.I)

#: A list line: "- Destroyed: 46%", "• Undamaged: 12%".
_LIST_LINE = re.compile(r"^\s*[-–—•*]\s")


def category_shares(full: str, spans: list[tuple[int, int]], entries: list[Entry]) -> list[Finding]:
    """ "every house was placed in one of three categories. The main findings:" then the
    list lines "- Destroyed: 46%", "- Damaged but repairable: 31%", "- Undamaged: 12%": when
    a sentence divides a whole into N classes and the list lines that follow give N shares
    in a row, one a line, they are the shares of those classes and must total 100%.
    ``spans`` are the sentences' offsets; ``entries`` the ledger."""
    shares = sorted(
        (e for e in entries if e.q.unit == "percent" and not e.is_rate), key=lambda e: e.q.start
    )
    out: list[Finding] = []
    for start, end in spans:
        m = _ONE_OF.search(full, start, end)
        if m is None:
            continue
        n = m.group("n").lower()
        count = _NUMBER_WORDS.get(n) or int(n)
        run = _share_lines(full, end, shares)
        if len(run) != count:
            continue
        total = total_of([e.iv for e in run])
        if total.meets(Interval(100.0, 100.0)):
            continue
        out.append(
            numeric_finding(
                "sum_mismatch",
                "warning",
                "The shares given for the classes of one whole do not add up to 100%.",
                " + ".join(e.q.text for e in run) + f" = {total}%, not 100%; the text divides "
                f"the whole into {m.group(0)[7:]} and lists one share for each.",
                *run,
            )
        )
    return out


def _share_lines(full: str, at: int, shares: list[Entry]) -> list[Entry]:
    """The first run of list lines after ``at`` holding one share each (within 12 lines)."""
    run: list[Entry] = []
    pos = full.find("\n", at)
    for _ in range(12):
        if pos < 0:
            break
        nxt = full.find("\n", pos + 1)
        line_end = len(full) if nxt < 0 else nxt
        line = full[pos + 1 : line_end]
        if line.strip():
            held = [e for e in shares if pos < e.q.start < line_end]
            if _LIST_LINE.match(line) and len(held) == 1:
                run.append(held[0])
            elif run:
                break
        pos = nxt
    return run
