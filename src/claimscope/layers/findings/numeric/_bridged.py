"""Comparisons across a unit the article itself tells apart: "those 2,300 reports came
from 1,450 individual victims ... this year's 2,300 reports already outstrip last year's
1,900 victims". The text says, with two figures of one set, that its reports and its
victims are counted differently (a bridge); a later comparison that sets the reports
against a count of something else then compares unlike things, and the like-for-like
figure is the bridge's other side. ``linked`` turns each into a ``unit_mismatch`` finding.

A bridge is two counts of different named things in one sentence joined by words that
relate one set to another: "came from", "traced to", "cover", "installed at", "made by",
"offering 164 beds between them". A comparison is two figures of one sentence joined by
"against", "outstrip", "more than the", "less than half of", "the gap between ... and",
or a "That is ... than" pointing back at the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import counts_people
from claimscope.layers.findings.numeric._other_shares import head_word, names_its_thing
from claimscope.layers.findings.numeric._unlike import both_people, countable

__all__ = ["Bridged", "bridged_comparisons", "unlike_restatements"]

#: Words between two counts that relate one set to another ("2,300 reports came from
#: 1,450 individual victims", "212 reports, which investigators traced to 74 separate
#: incidents", "1,240 applications cover 3,100 people", "520 chargers are installed at
#: 138 locations").
_BRIDGE = re.compile(
    r"\b(?:c[oa]me|comes|coming)\s+from"
    r"|\bfrom\s+(?:some\s+|about\s+|around\s+)?(?=(?:\d[\d,.]*\s+)?(?:individual|separate|different|"
    r"distinct|unique)\b)"
    r"|\btraced\s+(?:back\s+)?to"
    r"|\bcover(?:s|ed|ing)?\b"
    r"|\b(?:installed|located|spread)\s+(?:at|across|over)"
    r"|\b(?:made|filed|lodged|submitted|sent|placed)\s+by",
    re.I,
)
#: "38 registered children's homes, offering 164 beds between them": a count of the
#: first set's members, said of the set as a whole.
_HOLDING = re.compile(r"\b(?:offer\w*|hold\w*|contain\w*|provid\w*|hav\w+|with)\s+$", re.I)
_BETWEEN_THEM = re.compile(r"\s*(?:between them|in total|altogether|among them)\b", re.I)

#: Words between two figures that set one against the other.
_COMPARED = re.compile(
    r"\b(?:against|versus|vs\.?|outstrip\w*|exceed\w*|outnumber\w*|surpass\w*|"
    r"(?:more|fewer|less|greater|higher|lower|bigger|smaller|larger)\s+than\s+"
    r"(?=[^\d\s])(?!(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\b)|"
    r"compared\s+(?:with|to)|(?:half|twice|double|triple)\s+(?:of\s+)?(?=[^\d\s])|"
    r"times\s+(?:as\s+many\s+as\s+)?(?=[^\d\s]))",
    re.I,
)
#: "the gap between those 52 children and the 38 homes": the two figures after it are
#: set against each other by "and".
_GAP_BETWEEN = re.compile(
    r"\b(?:gap|difference|shortfall|mismatch)\s+between\s+[^.;\d]{0,30}$", re.I
)
_AND = re.compile(r"[^.;\d]{0,30}?\s+and\s+[^.;\d]{0,30}$", re.I)
#: "That is less than half of last year's 212": the sentence sets its figure against
#: the one of the sentence before.
_POINTING = re.compile(
    r"^\W*(?:that|this|it)\s+(?:is|was|'s|\u2019s)\s+[^.;\d]{0,30}?"
    r"(?:than|half\s+of|twice|times|against|compared\s+(?:with|to))\b",
    re.I,
)
_MOST_APART = 80


@dataclass(frozen=True)
class Bridged:
    """A comparison of ``compared`` (counting the bridge's first thing) with ``other`` (a
    count of something else), and the bridge: ``said`` (the first thing) ``like`` (the
    same set counted as what ``other`` counts)."""

    compared: Entry
    other: Entry
    #: ``other`` or, when its own words name nothing, the figure of its value said earlier
    #: with its noun ("11,400 people" for "against 11,400 the year before").
    other_named: Entry
    said: Entry
    like: Entry
    #: Whether ``compared`` names no thing of its own ("against 11,400"): it counts what
    #: ``said`` counts, whatever noun the extractor lent it.
    unnamed: bool = False


def bridged_comparisons(text: str, starts: list[int], ledger: list[Entry]) -> list[Bridged]:
    """Each comparison of a count with a count of another thing, when the article bridges
    the first count's thing to another by two figures of one set."""
    counts = [e for e in ledger if countable(e) and not e.is_rate and e.iv.lo > 0]
    bridges = [(x, z) for x in counts for z in counts if _bridge(text, x, z)]
    bridges += _bridged_back(text, starts, counts)
    if not bridges:
        return []
    out: list[Bridged] = []
    seen: set[tuple[str, str]] = set()
    bare = [e for e in ledger if e.q.unit is None and not e.is_rate and e.iv.lo > 0 and e.bare]
    for p, q in _compared_pairs(text, starts, bare):
        for x, z in bridges:
            for mine, theirs in ((p, q), (q, p)):
                if mine is z or theirs is z or theirs is x or (mine.q.id, theirs.q.id) in seen:
                    continue
                named = _named_as(text, theirs, counts)
                if named is z or named.iv == z.iv:
                    continue  # the bridge told again ("2,300 reports, from 1,450 victims")
                if _is_one(text, mine, x) and head_word(named) != head_word(x) and _like(named, z):
                    seen.add((mine.q.id, theirs.q.id))
                    out.append(Bridged(mine, theirs, named, x, z, not names_its_thing(text, mine)))
    return out


def unlike_restatements(
    text: str,
    starts: list[int],
    ledger: list[Entry],
    changes: Sequence[tuple[Entry, Entry]] = (),
) -> list[tuple[Entry, Entry, Entry]]:
    """(compared, other, named): a comparison of a count with a bare figure ("310,000
    visitors through the gates, against 240,000 last year"; "2,300 bags - that's 400 up on
    last year's 1,900") whose value the article gives elsewhere, in another sentence, with
    a noun of another thing ("240,000 vehicle entries"; "1,900 volunteers"). The bare
    figure restates that one, so the comparison sets visitors against vehicle entries. No
    bridge is needed: the article's own words say what the figure counts. ``changes``
    holds stated changes as (after, before) pairs, compared as well."""
    counts = [e for e in ledger if countable(e) and not e.is_rate and e.iv.lo > 0]
    bare = [e for e in ledger if e.q.unit is None and not e.is_rate and e.iv.lo > 0 and e.bare]
    out: list[tuple[Entry, Entry, Entry]] = []
    for p, q in [*_compared_pairs(text, starts, bare), *changes]:
        for mine, theirs in ((p, q), (q, p)):
            if mine.q.unit is not None or theirs.q.unit is not None:
                continue
            if names_its_thing(text, theirs) or not names_its_thing(text, mine):
                continue
            if theirs.iv.lo < _DISTINCT_VALUE:
                continue  # "one", "two": small counts recur by chance, told of anything
            named = _said_elsewhere(text, theirs, counts)
            if named is None or named.sent == mine.sent:
                continue
            noun = head_word(named)
            if (
                not (noun.isalpha() and len(noun) > 2)
                or noun == head_word(mine)
                or both_people(named, mine)
                or (_per_person(named) and _per_person(mine))  # pupils and places
                or same_thing(named, mine)
            ):
                continue
            out.append((mine, theirs, named))
    return out


#: The least value a bare figure must have to be taken as the restatement of another figure
#: of that value: below it, equal figures are common and say nothing.
_DISTINCT_VALUE = 100


def _said_elsewhere(text: str, e: Entry, counts: list[Entry]) -> Entry | None:
    """The one figure of ``e``'s value the article gives in another sentence with a noun
    of its own (the nearest before it, else after it, as a live blog tells its background
    last)."""
    same = [
        c
        for c in counts
        if c is not e
        and c.sent != e.sent
        and c.iv.lo == e.iv.lo
        and c.iv.hi == e.iv.hi
        and names_its_thing(text, c)
    ]
    before = [c for c in same if c.q.start < e.q.start]
    return before[-1] if before else (same[0] if same else None)


def _bridge(text: str, x: Entry, z: Entry) -> bool:
    """Whether ``x`` and ``z``, in one sentence, count one set as two different things."""
    if x.sent != z.sent or z.q.start <= x.q.end or z.q.start - x.q.end > 100:
        return False
    if head_word(x) == head_word(z) or both_people(x, z):
        return False
    if not (names_its_thing(text, x) and names_its_thing(text, z)):
        return False
    if x.iv.meets(z.iv):
        return False  # one set counted alike both ways says nothing of the units
    between = text[x.q.end : z.q.start]
    if re.search(r"[.;]|\d", between):
        return False
    # searched past the figure, so "from 1,450 individual victims" sees what follows "from"
    cue = _BRIDGE.search(text, x.q.end, min(len(text), z.q.end + 30))
    if cue is not None and cue.start() < z.q.start:
        return True
    return bool(_HOLDING.search(between) and _BETWEEN_THEM.match(text, _noun_end(text, z)))


#: "Because many people ring more than once, those calls came from 6,100 individual
#: callers": the set of the bridge named by its noun alone, counted in a sentence before.
_THOSE = re.compile(
    r"\b(?:those|these|the|its|their)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)\s+(?:which\s+|that\s+)?"
    r"(?:were\s+|have\s+been\s+|had\s+been\s+)?[a-z\s]{0,25}?$",
    re.I,
)


def _bridged_back(text: str, starts: list[int], counts: list[Entry]) -> list[tuple[Entry, Entry]]:
    """Bridges whose first set is named by "those calls" and counted in the sentence
    before (or two before)."""
    out: list[tuple[Entry, Entry]] = []
    for z in counts:
        if z.sent >= len(starts) or not names_its_thing(text, z):
            continue
        head = text[starts[z.sent] : z.q.start]
        if re.search(r"\d", head):
            continue
        cue = None
        for m in _BRIDGE.finditer(head):
            cue = m  # the last one, nearest the figure
        if cue is None or not _CUE_TAIL.fullmatch(head, cue.end()):
            continue
        named = _THOSE.search(head[: cue.start()])
        if named is None:
            continue
        noun = named.group("noun").lower().rstrip("s")
        x = next(
            (
                e
                for e in reversed(counts)
                if z.sent - 2 <= e.sent < z.sent
                and head_word(e).rstrip("s") == noun
                and names_its_thing(text, e)
            ),
            None,
        )
        if (
            x is not None
            and head_word(x) != head_word(z)
            and not x.iv.meets(z.iv)
            and not both_people(x, z)
        ):
            out.append((x, z))
    return out


#: What may stand between a bridge's words and its second figure: an approximator the
#: figure's own text left out.
_CUE_TAIL = re.compile(r"\s*(?:some|about|around|more than|nearly|almost)?\s*", re.I)


def _noun_end(text: str, e: Entry) -> int:
    """Where the words naming ``e``'s thing end ("164 beds| between them")."""
    m = re.match(
        r"(?:\s+[A-Za-z'\u2019-]+){1,3}?(?=\s+(?:between|in|altogether|among)\b)",
        text[e.q.end : e.q.end + 40],
    )
    return e.q.end + (m.end() if m else 0)


def _compared_pairs(text: str, starts: list[int], counts: list[Entry]) -> list[tuple[Entry, Entry]]:
    """Pairs of counts the text sets against each other."""
    pairs: list[tuple[Entry, Entry]] = []
    for i, p in enumerate(counts):
        for q in counts[i + 1 :]:
            if q.sent != p.sent or q.q.start - p.q.end > _MOST_APART:
                continue
            between = text[p.q.end : q.q.start]
            if re.search(r"[.;]", between) or re.search(r"\d", between):
                continue
            head = text[starts[p.sent] if p.sent < len(starts) else 0 : p.q.start]
            if _COMPARED.search(between) or (_GAP_BETWEEN.search(head) and _AND.match(between)):
                pairs.append((p, q))
    for q in counts:
        s = q.sent
        if s >= len(starts) or not _POINTING.match(text[starts[s] : q.q.start]):
            continue
        if any(e.sent == s and e.q.start < q.q.start for e in counts):
            continue
        before = [e for e in counts if e.sent == s - 1]
        if before:
            pairs.append((before[-1], q))
    return pairs


def _named_as(text: str, e: Entry, counts: list[Entry]) -> Entry:
    """``e``, or when its own words name nothing ("9,200 this year against 11,400 the year
    before"), the figure of the same value said earlier with its noun."""
    if names_its_thing(text, e):
        return e
    return next(
        (
            c
            for c in counts
            if c.q.start < e.q.start
            and c.iv.lo == e.iv.lo
            and c.iv.hi == e.iv.hi
            and names_its_thing(text, c)
        ),
        e,
    )


def _is_one(text: str, e: Entry, x: Entry) -> bool:
    """Whether ``e`` is the bridge's figure ``x`` or another count of its thing: the same
    figure again, or a count that names the same thing."""
    if e is x:
        return True
    if e.iv.lo == x.iv.lo and e.iv.hi == x.iv.hi:
        return not names_its_thing(text, e) or head_word(e) == head_word(x)
    return head_word(e) == head_word(x) and names_its_thing(text, e)


def _like(e: Entry, z: Entry) -> bool:
    """Whether ``e`` counts what the bridge's other side counts: the same noun, or one
    person or one place for a person each ("11,400 people" and "6,100 individual
    callers"; "2,000 reception places" and "3,100 people"; "52 children" and "164 beds")."""
    return head_word(e) == head_word(z) or (_per_person(e) and _per_person(z))


#: Counts of room for one person each.
_PLACES = frozenset(("place", "bed", "space", "seat", "slot", "berth", "bunk"))


def _per_person(e: Entry) -> bool:
    return counts_people(e.q.counted) or head_word(e) in _PLACES
