"""Shares of one whole that must total 100%: three or more shares listed for one
occasion, a list closed by its stated rest ("the rest, 26%") or by "respectively", a
list of shares begun in the sentence before ("Okafor won with 52%." then "Her rival took
31%, ..."), or list lines of one share each closed by a line labelled as the rest.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._lists import ITEM_LINE, closes
from claimscope.layers.findings.numeric._wording import changes_in
from claimscope.layers.findings.numeric.sums._closers import rest_label
from claimscope.layers.findings.numeric.sums._found import adds_up, total_of

#: What shares of one whole, each rounded on its own, may add up to: 99 to 101 ("87%,
#: 6%, 4% and other causes 2%" is all of it).
ROUNDED_HUNDRED = Interval(99.0, 101.0)

_REST = re.compile(
    r"\b(?:the rest|the remaining|the remainder|respectively|split|divided|"
    r"broken down|breakdown)\b",
    re.I,
)


def _shares(text: str, offset: int, entries: list[Entry]) -> list[Entry]:
    """The shares stated in a sentence, in per cent. A fraction word of a named group among
    percentages ("Just over two-fifths of ticket buyers ..., while 37% ... and 36% ...")
    is read in per cent too; one without its group ("Turnout was about two-thirds, with
    64% in the cities") is a level, not a share in the list."""
    shares = [e for e in entries if e.q.unit == "percent" and not e.is_rate]
    if not shares:
        return []
    fractions = [
        replace(e, iv=e.iv.scale(100.0))
        for e in entries
        if e.q.unit == "fraction"
        and not e.is_rate
        and _SHARE_OF.match(text, e.q.end - offset) is not None
    ]
    return sorted(shares + fractions, key=lambda e: e.q.start)


def share_sum(
    full: str,
    text: str,
    offset: int,
    entries: list[Entry],
    before: list[tuple[str, list[Entry]]],
    in_changes: frozenset[int] = frozenset(),
) -> list[Finding]:
    """Shares listed for one whole that do not add up to 100%: more than 100 when three or
        more are listed for one occasion, or any other total when the text closes the list
        ("the rest", "respectively"). ``before`` holds the sentences before (text and figures),
    the nearest first."""
    shares = _shares(text, offset, entries)
    if _changes(text):
        return []
    if any(closes(full, e) for e in shares):
        return _closed_shares(full, shares, before, in_changes)
    if len(shares) < 2:
        return []
    total = total_of([e.iv for e in shares])
    listed = len(shares) >= 3 and total.lo > 100 and _one_whole(text, shares, offset=offset)
    if not listed and not _REST.search(text):
        carried = _carried_shares(full, *before[0], shares) if before else []
        if carried:
            shares = carried
            total = total_of([e.iv for e in shares])
            listed = total.lo > 100
    if listed and not _one_occasion(text, offset, shares):
        return []  # "62% last year, against an average of 45% and a target of 70%"
    if listed and any(
        total_of([e.iv for e in shares[:k]]).meets(Interval(99.0, 101.0))
        for k in range(2, len(shares))
    ):
        return []  # "58% male and 42% female, and 39% were under 25": one split closed
    rest = _REST.search(text)
    if rest and _UNSTATED_REST.match(rest.group(0)) and total.hi <= 100.5:
        return []  # "28%, 21% and 14%, with the rest going to Turkey": the rest is unstated
    if listed and _COMPARED.search(text):
        return []  # "55% in Campania, compared with 38% in Lombardy": two groups, not parts
    if not ((rest and not total.meets(ROUNDED_HUNDRED)) or listed):
        return []
    subtotal = _subtotal(shares) if _COMBINED.search(text) else None
    if subtotal is not None:
        return adds_up(subtotal, [e for e in shares if e is not subtotal])
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            "The shares given for one whole do not add up to 100%.",
            " + ".join(e.q.text for e in shares) + f" = {total}%, not 100%.",
            *shares,
        )
    ]


#: Words that give a figure as the sum of several holders': "together hold 82%".
_COMBINED = re.compile(
    r"\b(?:together|combined|between them|jointly|collectively|altogether|in all)\b", re.I
)


def _subtotal(shares: list[Entry]) -> Entry | None:
    """ "The four largest together hold 82% of the market, with shares of 27%, 22%, 19% and
    14% respectively": in a sentence that gives a share as held together (``_COMBINED``),
    a share, first or last in its list, that the others add up to is their sum, not one
    more share of the whole beside them; the list then divides that share, and says
    nothing of 100%. Without such a word a sum is chance ("Nearly three-fifths ..., while
    31% ... and 24% ...": three shares of one whole)."""
    if len(shares) < 3:
        return None
    for k in (0, len(shares) - 1):
        others = [e for i, e in enumerate(shares) if i != k]
        if total_of([e.iv for e in others]).meets(shares[k].iv):
            return shares[k]
    return None


#: "made up 27%", "make up the rest": the verb of a breakdown, whose "up" states no change.
_MAKE_UP = re.compile(r"\b(?:make|makes|made|making) up\b", re.I)


def _changes(text: str) -> bool:
    """Whether a sentence states a change, "made up" being no rise."""
    return changes_in(_MAKE_UP.sub("make", text))


def _closed_shares(
    full: str,
    shares: list[Entry],
    before: list[tuple[str, list[Entry]]],
    in_changes: frozenset[int],
) -> list[Finding]:
    """ "48% were domestic holidaymakers." then "Germany and the Netherlands made up 27%,
    Britain 14%, and the rest, 26%, came from further afield": a list of shares closed by
    its stated rest is all of one whole and must total 100%. A list that falls short in its
    own sentence may have begun in the sentences before, one item a sentence ("Personnel
    account for 41 percent. Procurement takes 34 percent. ..., and other items the
    remaining 3 percent"), or the sentence splitter may have cut it ("46% drive, ..., 6%
    cycle and" / "the remaining 3% go by train"): the bare shares of the sentences just
    before, up to one that holds none or states a change, join it. It is a conflict only
    when no such reading adds up to 100 (99 to 101, each share being rounded). A fraction
    of a named group ("Syrians lodged roughly a third of all claims.
    Afghans made up 19%, ... the remaining 36%") is one of those shares, read in per cent.
    A sentence that states a change lends only its shares of a named whole that take no
    part in the change (``in_changes`` holds the ids of figures that do). The warning
    shows the longest run of the list that stays within 100%."""
    last = max(i for i, e in enumerate(shares) if closes(full, e))
    listed = shares[: last + 1]
    hundred = ROUNDED_HUNDRED
    if total_of([e.iv for e in listed]).meets(hundred):
        return []
    own, shown = listed, None
    for prev_text, previous in before:
        carried = _shares_of_group(full, previous)
        if _changes(prev_text):
            carried = [
                e
                for e in carried
                if _MOVED_BY_POINTS.match(full, e.q.end) is not None
                or (id(e) not in in_changes and _SHARE_OF.match(full, e.q.end) is not None)
            ]  # "up 31% from $627 million, and now account for 58% of sales": the 58%
        if not carried or total_of([e.iv for e in listed]).lo > 100.0:
            break
        listed = carried + listed
        if total_of([e.iv for e in listed]).meets(hundred):
            return []
        if shown is None or total_of([e.iv for e in listed]).lo <= 100.0:
            shown = listed  # the longest run that does not pass 100% shows the gap
    listed = shown or own
    if len(listed) < 2:
        return []
    total = total_of([e.iv for e in listed])
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            "The shares given for one whole do not add up to 100%.",
            " + ".join(e.q.text for e in listed)
            + f" = {total}%, not 100%; the last ({listed[-1].q.text}) is given as the rest.",
            *listed,
        )
    ]


def _shares_of_group(full: str, entries: list[Entry]) -> list[Entry]:
    """A sentence's shares in per cent, with its fractions of a named group ("roughly a
    third of all claims") read in per cent too, as ``_shares`` reads them."""
    shares = [e for e in entries if e.q.unit == "percent" and not e.is_rate]
    fractions = [
        replace(e, iv=e.iv.scale(100.0))
        for e in entries
        if e.q.unit == "fraction" and not e.is_rate and _SHARE_OF.match(full, e.q.end) is not None
    ]
    return sorted(shares + fractions, key=lambda e: e.q.start)


#: A share told with its move since the last reading: "on 29 percent, up two points from
#: 27": the share now, one of the list; the one it moved from is not.
_MOVED_BY_POINTS = re.compile(
    r"\s*(?:percent|per cent|%)?,?\s+(?:up|down)\s+(?:by\s+)?[\w.]+\s+(?:percentage\s+)?"
    r"points?\b",
    re.I,
)


_UNSTATED_REST = re.compile(r"the (?:rest|remaining|remainder)$", re.I)


_COMPARED = re.compile(r"\b(?:compared (?:with|to)|than)\b", re.I)


_SHARE_OF = re.compile(
    r"\s*(?:percent|per cent|%)?\s+of\s+(?:the\s+|all\s+)?(\w+(?:\s+(?!and\b|or\b)[a-z]+)?)", re.I
)


_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "i", "you", "who", "which", "that"))


def _carried_shares(
    text: str, prev_text: str, previous: list[Entry], shares: list[Entry]
) -> list[Entry]:
    """ "Okafor won with 52% of the vote." then "Her rival took 31%, while the Green
    candidate received 24%.": bare shares that go on a list of shares of one whole begun in
    the sentence before. Each share must have its own named holder (no pronoun, which
    would be the same holder again, as in "In Bradford it took 52%"), none a place of its
    own, and neither sentence may state a change."""
    before = [e for e in previous if e.q.unit == "percent" and not e.is_rate]
    if not before or any(_SHARE_OF.match(text, e.q.end) for e in shares):
        return []
    listed = before + shares
    doers = [e.scope.doer for e in listed]
    if (
        len(listed) < 3
        or None in doers
        or len(set(doers)) < len(doers)
        or any(d in _PRONOUNS for d in doers)
        or any(e.place for e in listed)
        or changes_in(prev_text)
        or len({m.group(1).lower() for e in before if (m := _SHARE_OF.match(text, e.q.end))}) > 1
    ):
        return []
    return listed


_BENCHMARK = re.compile(
    r"\b(?:average|target|goal|aim|forecast|expected|projected)\b"
    r"[^.;%\d]{0,25}$",
    re.I,
)


def _one_occasion(text: str, offset: int, shares: list[Entry]) -> bool:
    """Shares divide one whole only when they are stated for one time and as records:
    "62% last year, against a national average of 45%; the target is 70% by 2030" sets a
    share beside a benchmark, a target and another period, which need not add up."""
    spans = {(e.start, e.end) for e in shares if e.start is not None}
    if len(spans) > 1 or any(e.scope.hedged or e.scope.average for e in shares):
        return False
    return not any(_BENCHMARK.search(text, 0, e.q.start - offset) for e in shares[1:])


def _one_whole(text: str, shares: list[Entry], *, offset: int) -> bool:
    """Whether three or more shares listed in one sentence divide one whole ("52 percent of
    the vote, 39 percent for her challenger and 17 percent for ..."), rather than each
    being a share of its own group ("62% of men and 45% of women")."""
    wholes = set()
    for e in shares:
        m = _SHARE_OF.match(text, e.q.end - offset)
        if m is not None:
            wholes.add(m.group(1).lower())
    return len(wholes) <= 1


def share_lines_closed_by_rest(full: str, ledger: list[Entry]) -> list[Finding]:
    """ "- Wind: 41%", "- Gas: 27%", "- Nuclear: 15%", "- Solar and other sources: 27%":
    list lines of one share each, the last labelled as the rest of the list ("Everything
    else:", "... and other sources:"), are all the shares of one whole and must total
    100%. The run goes back from the rest's line over the item lines right above it that
    hold one share and no other figure; three lines at least."""
    out: list[Finding] = []
    for rest in ledger:
        if rest.q.unit != "percent" or rest.is_rate or not rest_label(full, rest):
            continue
        listed = [rest]
        start = full.rfind("\n", 0, rest.q.start) + 1
        while start > 0:
            above = full.rfind("\n", 0, start - 1) + 1
            line = full[above : start - 1]
            figures = [e for e in ledger if above <= e.q.start < start - 1]
            if (
                not ITEM_LINE.match(line)
                or len(figures) != 1
                or figures[0].q.unit != "percent"
                or figures[0].is_rate
            ):
                break
            listed.insert(0, figures[0])
            start = above
        total = total_of([e.iv for e in listed])
        if len(listed) < 3 or total.meets(ROUNDED_HUNDRED):
            continue
        out.append(
            numeric_finding(
                "sum_mismatch",
                "warning",
                "The shares given for one whole do not add up to 100%.",
                " + ".join(e.q.text for e in listed)
                + f" = {total}%, not 100%; the last line ({listed[-1].q.text}) is labelled "
                "as the rest.",
                *listed,
            )
        )
    return out
