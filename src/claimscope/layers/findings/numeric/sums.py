"""``sum_mismatch``: listed parts that do not add up to their stated total.

Only breakdowns the text presents as exhaustive are summed ("of whom", a colon list,
"won 21, drew nine and lost 11"); "including" and "among them" leave room for more. A
list closed by its rest ("the remaining 260", "the rest, £18m", "the remainder, 150")
names every part, wherever its whole is stated: before an opener pointing back ("Of
that,", "Of all that household waste,"), on the line above a heading ("By crossing:"),
or above bullet items under a total. Where a list ends is read in ``_lists.py``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval, fmt
from claimscope.layers.findings._ledger import (
    Entry,
    doc_text,
    same_thing,
)
from claimscope.layers.findings._lexicon import canonical, singular
from claimscope.layers.findings.base import check

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._book import READS, Book, book_of, numeric_finding
from claimscope.layers.findings.numeric._lists import (
    closes,
    coordinated,
    heading_breakdown,
    item_figures,
)
from claimscope.layers.findings.numeric._pairing import (
    PER_MONTHS,
    far_apart,
    is_money,
    period_within,
)
from claimscope.layers.findings.numeric._wording import (
    LEADING_OF,
    SHARE_UNITS,
    changes_in,
    is_partitive,
)

_EXHAUSTIVE = re.compile(
    r"\b(?:made up of|comprising|comprised of|consisting of|split (?:between|among|into|across)|"
    r"divided (?:between|among|into|across)|broken down (?:into|as)|break(?:s)? down (?:into|as)|"
    r"breakdown|namely)\b",
    re.I,
)


#: "64 goals this season: 38 at home and 21 away": a colon before the parts of one whole.
#: A spaced dash or an em dash works as the colon does: "5,400 patients - 2,100 adults, ...".
_BREAKDOWN = re.compile(r":\s|\s[-–—]\s|\w—(?=\s?\d)")


#: Nouns that name subgroups of people by age or sex: listed after a total of people,
#: they divide it ("5,400 patients - 2,100 adults ... and 1,300 children").
_SUBGROUPS = frozenset(
    (
        "adult",
        "child",
        "man",
        "woman",
        "boy",
        "girl",
        "teenager",
        "pensioner",
        "infant",
        "baby",
        "toddler",
        "minor",
        "senior",
        "juvenile",
        "youngster",
        "under-18",
        "over-65",
        "male",
        "female",
        "newborn",
        "adolescent",
        "elderly",
        "retiree",
    )
)


_INCLUSIVE = re.compile(r"\b(?:of whom|of which|of them|including|among them)\b", re.I)


_REST = re.compile(
    r"\b(?:the rest|the remaining|the remainder|respectively|split|divided|"
    r"broken down|breakdown)\b",
    re.I,
)


@check("numeric_sums", kinds=("sum_mismatch",), reads=READS)
def check_sums(doc: Doc, draft: Draft) -> list[Finding]:
    """Parts said to make up a whole, and shares said to make up 100%."""
    book = book_of(doc, draft)
    ledger = book.entries
    out: list[Finding] = []
    by_sent: dict[int, list[Entry]] = {}
    for e in ledger:
        by_sent.setdefault(e.sent, []).append(e)
    full = doc_text(doc)
    for s, entries in by_sent.items():
        text = draft.sentences[s].text if s < len(draft.sentences) else ""
        offset = draft.sentences[s].start if text else 0
        previous = by_sent.get(s - 1, [])
        if previous and s > 0 and draft.sentences[s - 1].text.rstrip().endswith(":"):
            prev = draft.sentences[s - 1]  # a breakdown split off after its colon
            joined = full[prev.start : offset + len(text)]
            out.extend(_count_sum(joined, prev.start, previous + entries))
        else:
            before = _whole_before(doc, offset, previous, by_sent.get(s - 2, []), full)
            out.extend(_count_sum(text, offset, entries, before))
            earlier = [e for e in ledger if e.sent < s]
            out.extend(_opener_breakdown(full, text, entries, earlier, lambda: _bases(book)))
            out.extend(_heading_after(full, draft, s, entries, ledger))
            near = [e for e in ledger if 0 < s - e.sent <= 2]
            out.extend(_places_breakdown(full, entries, near))
            out.extend(_closed_run(full, draft, entries, by_sent))
        out.extend(_exclusive_parts(full, entries))
        out.extend(_outcomes(doc, entries))
        out.extend(_opened_whole(doc, text, offset, entries))
        prev_text = draft.sentences[s - 1].text if 0 < s <= len(draft.sentences) else ""
        out.extend(_share_sum(full, text, offset, entries, (prev_text, previous)))
    checked = {q for f in out for q in f.quantities}
    baselines = {id(c.before) for c in book.changes}
    out.extend(_rest_closed_lists(full, ledger, by_sent, checked, baselines))
    return out


def _rest_closed_lists(
    full: str,
    ledger: list[Entry],
    by_sent: dict[int, list[Entry]],
    checked: set[str],
    baselines: set[int],
) -> list[Finding]:
    """ "38 bcm in 2025 ... 14.5 bcm to Turkey, 9.2 bcm as LNG and 6.1 bcm to Bulgaria. The
    remaining 2.4 bcm went to Georgia": a list the text closes with "the remaining N" or
    "the rest, N", wherever its parts and whole sit. The parts run back from the closer
    over its own sentence, then over the sentences before that hold parts in its unit
    (one item a sentence in a running column: "Adult social care will swallow £163m of
    it. Children's services take £118m. ... the remaining £41m"), up to the first figure
    in that unit large enough to be their whole. The parts must add up to it."""
    out: list[Finding] = []
    for rest in ledger:
        if not _countable(rest) or rest.q.id in checked or not closes(full, rest):
            continue
        unit = rest.q.unit
        parts = [
            e
            for e in by_sent.get(rest.sent, [])
            if _countable(e) and e.q.unit == unit and e.q.end <= rest.q.start and not e.gap
        ] + [rest]
        whole = None
        for k in range(rest.sent - 1, max(-1, rest.sent - 8), -1):
            same = [e for e in by_sent.get(k, []) if _countable(e) and e.q.unit == unit]
            same = [e for e in same if not e.gap and id(e) not in baselines]
            if not same:
                continue
            biggest = max(p.iv.lo for p in parts)
            sized = sum(p.iv.mid for p in parts)
            if len(same) > 1:
                top = max(same, key=lambda e: e.iv.mid)
                rest_sum = sum(e.iv.mid for e in same if e is not top)
                if top.iv.mid < rest_sum + sized:
                    parts[:0] = same  # "14.5 bcm to Turkey, 9.2 bcm as LNG and 6.1 bcm ...":
                    continue  # a sentence listing parts, none the sum of the others
            wholes = [
                e
                for e in same
                if e.iv.hi >= biggest and e.iv.hi >= 0.5 * sized and id(e) not in baselines
            ]
            if wholes:
                whole = wholes[0]  # "2.6 million ..., up from 2.1 million": not the baseline
                break
            parts[:0] = same
        if whole is None or len(parts) < 2:
            continue
        if any(
            p.q.counted is not None and whole.q.counted is not None and not same_thing(p, whole)
            for p in parts
        ):
            continue
        out.extend(_breakdown_finding(full, whole, parts, None))
    return out


#: Words that mark a figure as the total a list of lines breaks down.
_TOTAL = re.compile(r"\b(?:total|in all|altogether|overall|combined)\b", re.I)
_BULLET = re.compile(r"^\s*[-–—•*]\s")


def _closed_run(
    full: str, draft: Draft, entries: list[Entry], by_sent: dict[int, list[Entry]]
) -> list[Finding]:
    """ "Total spent on new players: £172m", then one item a line ("- ... for £58m", "- ...
    cost £24m") and "- The rest of the outlay, £18m, went on ...": list items, one figure
    each, closed by the rest, are all the parts of the total stated above them. The run
    goes back from the closing line over bullet lines with one figure in its unit each
    (or none) to the nearest line that marks its figure as a total."""
    rest = next((e for e in entries if _countable(e) and closes(full, e)), None)
    if rest is None or not _in_list(draft, rest.sent):
        return []
    if any(e.q.unit == rest.q.unit for e in entries if _countable(e) and e.q.end <= rest.q.start):
        return []  # parts earlier in the same sentence: a list of its own
    parts = [rest]
    for k in range(rest.sent - 1, max(-1, rest.sent - 9), -1):
        same = [e for e in by_sent.get(k, []) if _countable(e) and e.q.unit == rest.q.unit]
        if same and _TOTAL.search(draft.sentences[k].text):
            whole = same[0]
            break
        if len(same) > 1 or not _in_list(draft, k):
            return []
        parts[:0] = same
    else:
        return []
    if len(parts) < 2 or any(
        p.q.counted is not None and whole.q.counted is not None and not same_thing(p, whole)
        for p in parts
    ):
        return []
    return _breakdown_finding(full, whole, parts, None)


def _countable(e: Entry) -> bool:
    return not e.is_rate and e.q.unit not in SHARE_UNITS


def _in_list(draft: Draft, k: int) -> bool:
    """Whether sentence ``k`` is a list item, or the text after one on its line."""
    start = draft.sentences[k].start
    line = draft.text[draft.text.rfind("\n", 0, start) + 1 : start + 3]
    return bool(_BULLET.match(line))


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


def _share_sum(
    full: str, text: str, offset: int, entries: list[Entry], before: tuple[str, list[Entry]]
) -> list[Finding]:
    """Shares listed for one whole that do not add up to 100%: more than 100 when three or
    more are listed for one occasion, or any other total when the text closes the list
    ("the rest", "respectively"). ``before`` is the previous sentence and its figures."""
    shares = _shares(text, offset, entries)
    if len(shares) < 2 or changes_in(text):
        return []
    total = _total([e.iv for e in shares])
    listed = len(shares) >= 3 and total.lo > 100 and _one_whole(text, shares, offset=offset)
    if not listed and not _REST.search(text):
        carried = _carried_shares(full, before[0], before[1], shares)
        if carried:
            shares = carried
            total = _total([e.iv for e in shares])
            listed = total.lo > 100
    if listed and not _one_occasion(text, offset, shares):
        return []  # "62% last year, against an average of 45% and a target of 70%"
    if listed and any(
        _total([e.iv for e in shares[:k]]).meets(Interval(99.0, 101.0))
        for k in range(2, len(shares))
    ):
        return []  # "58% male and 42% female, and 39% were under 25": one split closed
    rest = _REST.search(text)
    if rest and _UNSTATED_REST.match(rest.group(0)) and total.hi <= 100.5:
        return []  # "28%, 21% and 14%, with the rest going to Turkey": the rest is unstated
    if listed and _COMPARED.search(text):
        return []  # "55% in Campania, compared with 38% in Lombardy": two groups, not parts
    if not ((rest and not total.meets(Interval(100.0, 100.0))) or listed):
        return []
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            "The shares given for one whole do not add up to 100%.",
            " + ".join(e.q.text for e in shares) + f" = {total}%, not 100%.",
            *shares,
        )
    ]


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


def _outcomes(doc: Doc, entries: list[Entry]) -> list[Finding]:
    """ "Rovers won 21 of their 38 league games, drew nine and lost 11": the partitive part
    and the bare figures after it, each the object of its own verb, are different outcomes
    for members of one whole and cannot add up to more than it."""
    out: list[Finding] = []
    counts = [e for e in entries if e.q.unit is None and not e.is_rate]
    for i, whole in enumerate(counts[1:], start=1):
        first = counts[i - 1]
        if not is_partitive(doc, first, whole):
            continue
        rest = [
            e
            for e in counts[i + 1 :]
            if e.q.counted is None or same_thing(e, whole) or same_thing(e, first)
        ]
        parts = [first, *rest]
        verbs = [_governing_verb(doc, e) for e in parts]
        if len(parts) < 3 or None in verbs or len(set(verbs)) < len(verbs):
            continue
        found = _overshoot(
            whole,
            parts,
            f"The outcomes listed for {whole.q.text} add up to more than it.",
            f" ({', '.join(str(v) for v in verbs)}: one outcome each), more than {whole.q.text}.",
        )
        out.extend([found] if found else [])
    return out


_OPENER = re.compile(r"^\s*(?:of|among) (?:the|its|their|all(?: the)?) ", re.I)


def _opened_whole(doc: Doc, text: str, offset: int, entries: list[Entry]) -> list[Finding]:
    """ "Of the 8,640 members who returned ballots, 6,910 backed strikes, 2,870 voted
    against and 410 papers were spoiled": a whole opening the sentence, then outcomes each
    with its own verb, which cannot add up to more than it. Closed by the rest ("Of the
    £4.2m raised, £1.5m came from ... and the rest, £0.6m, from ..."), in any unit, the
    parts must add up to it."""
    opener = _OPENER.match(text)
    counts = [e for e in entries if _countable(e)]
    if opener is None or not counts or counts[0].q.start != offset + opener.end():
        return []
    whole = counts[0]
    parts = coordinated(text, [e for e in counts[1:] if e.q.unit == whole.q.unit], offset)
    if len(parts) < 2:
        return []
    if closes(text, parts[-1], offset):  # "..., and the remaining 260 were ill": all of them
        return _breakdown_finding(text, whole, parts, None, offset)
    if whole.q.unit is not None:
        return []
    verbs = [_governing_verb(doc, e) for e in parts]
    if None in verbs or len(set(verbs)) < len(verbs):
        return []
    found = _overshoot(
        whole,
        parts,
        f"The outcomes listed for {whole.q.text} add up to more than it.",
        f" ({', '.join(str(v) for v in verbs)}: one outcome each), more than {whole.q.text}.",
    )
    return [found] if found else []


def _governing_verb(doc: Doc, e: Entry) -> str | None:
    """The lemma of the verb a figure is the object or subject of ("lost 11": "lose")."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return str(tok.lemma_).lower()
    return None


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


def _exclusive_parts(text: str, entries: list[Entry]) -> list[Finding]:
    """ "The Greens won 14 seats on the 30-seat council, Labour took 11 and the Liberals
    won 9": what different doers each got of one whole cannot add up to more than it.

    The whole is a capacity ("30-seat") or a partitive "of the 30"; the parts count the
    same thing and each has its own named doer, so no two of them can overlap."""
    counts = [e for e in entries if e.q.unit not in SHARE_UNITS and not e.is_rate]
    out: list[Finding] = []
    for whole in counts:
        glued = re.match(r"-[a-z]", text[whole.q.end : whole.q.end + 2]) is not None
        partitive = text[max(0, whole.q.start - 12) : whole.q.start].lower().endswith(LEADING_OF)
        if not (glued or partitive):
            continue
        parts = [
            e
            for e in counts
            if e is not whole and e.q.unit == whole.q.unit and same_thing(e, whole)
        ]
        doers = [p.scope.doer for p in parts]
        if len(parts) < 2 or None in doers or len(set(doers)) < len(doers):
            continue
        found = _overshoot(
            whole,
            parts,
            f"The shares of {whole.q.text} given to {len(parts)} different holders add up "
            "to more than the whole.",
            f" ({', '.join(str(d) for d in doers)}), more than {whole.q.text}.",
        )
        out.extend([found] if found else [])
    return out


_BRACKETED = re.compile(r"\(")


def _bracketed_parts(text: str, offset: int, entries: list[Entry]) -> re.Match[str] | None:
    """ "64 goals have come from open play (41), set pieces (17) and penalties (9)": two or
    more bare bracketed counts after a count break it down, as a colon list does. The
    cue returned is the first bracket."""
    inside = [
        e
        for e in entries
        if text[e.q.start - offset - 1 : e.q.start - offset] == "("
        and text[e.q.end - offset : e.q.end - offset + 1] == ")"
    ]
    if len(inside) < 2 or not any(e.q.end <= inside[0].q.start for e in entries):
        return None
    return _BRACKETED.search(text, inside[0].q.start - offset - 1)


#: "..., with Kingsmead 5,100 and St Anne's 4,200": named parts after a total.
_WITH_NAMED = re.compile(r",?\s\bwith\s+(?:the\s+)?(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+\d)")


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")


def _named_bare(text: str, offset: int, part: Entry) -> bool:
    """ "Kingsmead 5,100, St Anne's 4,200 and the Royal 2,600": a bare figure right after a
    name, in a list after a total, is that holder's part of the total's thing."""
    if part.q.counted is not None:
        return False
    at = part.q.start - offset
    return _NAME_BEFORE.search(text, max(0, at - 40), at) is not None


#: A sentence that opens by pointing back to the group it breaks down: "Of these, 610 were
#: for social rent, ...", "Of that, 1.7 million bags ...", "Of all that household waste,
#: 31,000 tonnes ...", "Of the excess deaths, 1,480 ...".
_POINTER = re.compile(
    r"^\s*(?:of|among|out of) (?:all )?(?:of )?(?P<det>the|these|those|this|that|them)"
    r"(?P<noun>(?: [\w'’-]+){0,4}?),\s",
    re.I,
)


#: Nouns that name a figure, not a thing: "Of that total," points back as "Of that," does.
_FIGURE_NOUNS = frozenset(("total", "figure", "number", "sum", "amount", "tally", "count"))


def _bases(book: Book) -> set[int]:
    """The figures a change or a comparison starts from ("up from 3.1 million"): the
    baseline, never the group a later "Of these," breaks down."""
    return {id(c.before) for c in (*book.changes, *book.comparisons)}


def _opener_breakdown(
    full: str,
    text: str,
    entries: list[Entry],
    earlier: list[Entry],
    bases: Callable[[], set[int]],
) -> list[Finding]:
    """Figures listed after an opener that points back to a group are its parts: "Of these,"
    or "Of that," points to the sentence before, "Of the excess deaths," or "Of all that
    household waste," to the latest figure counting that noun. The parts are members of
    one group, so together no more than it; closed by "the remaining N" they are all of it,
    so they must add up to it."""
    m = _POINTER.match(text)
    if m is None or any(c.isdigit() for c in m.group(0)):
        return []  # "Of the 870 new homes, ...": a whole restated, see _opened_whole
    counts = [e for e in entries if not e.is_rate and e.q.unit not in SHARE_UNITS]
    if len(counts) < 2:
        return []
    whole = _pointed_whole(m, counts[0], earlier, counts[0].sent, bases)
    if whole is None:
        return []
    listed = coordinated(full, counts)
    parts = [
        e
        for e in listed
        if e.q.unit == whole.q.unit and (e.q.counted is None or same_thing(e, whole))
    ]
    if len(parts) < 2 or len(parts) != len(listed):
        return []
    if changes_in(full[parts[0].q.start : parts[-1].q.end]):
        return []  # "Of these, 610 rose by 12% and ...": changes, not parts
    noun = m.group("noun").strip()
    return _breakdown_finding(full, whole, parts, f"the {noun}" if noun else None)


def _pointed_whole(
    m: re.Match[str],
    first: Entry,
    earlier: list[Entry],
    sent: int,
    bases: Callable[[], set[int]],
) -> Entry | None:
    """The figure an opener points back to. "Of these,", "Of that total,": the last figure
    of the sentence before that the first part can be a part of. "Of the <noun>,": the
    latest figure counting that noun, within three sentences; a noun with its modifiers
    or a demonstrative ("Of all that household waste,") names its group from further back."""
    words = m.group("noun").split()
    det = m.group("det").lower()
    candidates = [e for e in earlier if not e.is_rate and e.q.unit not in SHARE_UNITS]
    if not words or words[-1].lower() in _FIGURE_NOUNS:
        fits = [
            e
            for e in candidates
            if e.sent == sent - 1
            and e.q.unit == first.q.unit
            and (first.q.counted is None or same_thing(first, e))
        ]
        if len(fits) > 1:  # "3.4 million bags, up from 3.1 million": not the baseline
            fits = [e for e in fits if id(e) not in bases()] or fits
        return fits[-1] if fits else None
    head = canonical(words[-1]).split()[-1:]
    reach = 10**9 if len(words) > 1 or det != "the" else 3
    fits = [
        e
        for e in candidates
        if sent - e.sent <= reach and canonical(e.q.counted or e.thing or "").split()[-1:] == head
    ]
    return fits[-1] if fits else None


#: An inclusive word right before a figure: "North 400, including 120 in the city" nests
#: the figure in the part before it.
_NESTED = re.compile(r"\b(?:including|of whom|of which|among them|of them),?\s*$", re.I)


_MARKS = " \t-–—•*"


def _line_before(full: str, offset: int, ledger: list[Entry]) -> list[Entry]:
    """The figures of the line above the sentence at ``offset`` when the sentence opens its
    line (a list item, a heading's line), else those of its paragraph before it."""
    start = full.rfind("\n", 0, offset) + 1
    if full[start:offset].strip(_MARKS):
        lo, hi = start, offset
    else:
        hi = start - 1
        while hi > 0 and not full[full.rfind("\n", 0, hi) + 1 : hi].strip(_MARKS):
            hi = full.rfind("\n", 0, hi)
        lo = full.rfind("\n", 0, max(hi, 0)) + 1
    return [e for e in ledger if lo <= e.q.start < hi]


def _heading_after(
    full: str, draft: Draft, s: int, entries: list[Entry], ledger: list[Entry]
) -> list[Finding]:
    """A heading breakdown in sentence ``s``, or split from it by the sentence splitter
    after its colon ("By terminal:" then "North 1.7 million; ...")."""
    start = draft.sentences[s].start
    if s > 0 and draft.sentences[s - 1].text.rstrip().endswith(":"):
        start = draft.sentences[s - 1].start
    text = full[start : draft.sentences[s].end]
    return _heading_breakdown(text, start, entries, _line_before(full, start, ledger))


def _heading_breakdown(
    text: str, offset: int, entries: list[Entry], before: list[Entry]
) -> list[Finding]:
    """ "- Trucks entering Harun in October: 1,850" then "- By crossing: Tel Amir 640; ...;
    the remainder, 150": a line opened by a heading that announces a breakdown ("By
    crossing:", "Land burned by type:", "Of which:") lists the parts of the first figure
    in the same unit on the line before, one an item ("18 to 64, 5,300;": the label's
    figures are no parts). An item's own "including" ("farmland, including olive groves
    and vineyards, 9,600 ha") does not make the list partial; a figure right after
    "including" is nested in an item and is no part of its own."""
    m = heading_breakdown(text)
    if m is None or not before:
        return []
    counts = item_figures(
        text,
        m.end(),
        [
            e
            for e in entries
            if not e.is_rate
            and e.q.unit not in SHARE_UNITS
            and e.q.start >= offset + m.end()
            and not _NESTED.search(text, 0, e.q.start - offset)
        ],
        offset,
    )
    fits = [e for e in before if counts and not e.is_rate and e.q.unit == counts[0].q.unit]
    if not fits:
        return []
    whole = next(e for e in fits if e.sent == fits[-1].sent)
    parts = coordinated(text, [e for e in counts if e.q.unit == whole.q.unit], offset)
    if len(parts) < 2 or any(p.q.counted is not None and not same_thing(p, whole) for p in parts):
        return []
    return _breakdown_finding(text, whole, parts, None, offset)


def _breakdown_finding(
    text: str, whole: Entry, parts: list[Entry], group: str | None, offset: int = 0
) -> list[Finding]:
    """A list closed by "the remaining N" is all of its whole and must add up to it; any
    other list of parts may name only some, and must only stay within it. ``group`` is
    how the text names the whole ("the household waste"), if not by its figure."""
    named = f"{group} ({whole.q.text}, {whole.iv})" if group else f"{whole.q.text} ({whole.iv})"
    if not closes(text, parts[-1], offset):
        found = _overshoot(
            whole,
            parts,
            f"The parts listed add up to more than {whole.q.text}.",
            f"; the text gives them as parts of {named}.",
        )
        return [found] if found else []
    total = _total([p.iv for p in parts])
    if total.meets(whole.iv) or far_apart(total, whole.iv):
        return []
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            f"The parts listed do not add up to {whole.q.text}.",
            _sum_words(parts, total) + f"; the text gives them as all of {named}, the last "
            f"({parts[-1].q.text}) being the rest.",
            whole,
            *parts,
        )
    ]


def _sum_words(parts: list[Entry], total: Interval) -> str:
    """ "1.7 million + 0.8 million + 0.3 million = 2,800,000", with the rounding allowed."""
    sums = " + ".join(p.q.text for p in parts) + f" = {fmt(sum(p.iv.mid for p in parts))}"
    if not math.isclose(total.lo, total.hi):
        sums += f" ({total} allowing for rounding)"
    return sums


def _places_breakdown(text: str, entries: list[Entry], earlier: list[Entry]) -> list[Finding]:
    """ "A total of 126,000 people were evacuated from three provinces ... 61,000 in
    Cagayan, 47,000 in Isabela and 41,000 in Aurora": one sentence listing the same thing
    place by place, after a total across places, lists parts of that total."""
    counts = [e for e in entries if not e.is_rate and e.q.unit is None]
    places = [_own_place(text, e, counts) for e in counts]
    if len(counts) < 2 or None in places or len(set(places)) != len(places):
        return []
    wholes = [
        e
        for e in earlier
        if e.q.unit is None
        and not e.is_rate
        and ("total" in e.words or e.scope.across)
        and all(p.q.counted is None or same_thing(p, e) for p in counts)
    ]
    if not wholes:
        return []
    whole = wholes[-1]
    total = _total([p.iv for p in counts])
    if total.lo <= whole.iv.hi or far_apart(total, whole.iv):
        return []
    sums = " + ".join(f"{p.q.text} ({place})" for p, place in zip(counts, places, strict=True))
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            f"The places listed add up to more than the total of {whole.q.text}.",
            f"{sums} = {fmt(sum(p.iv.mid for p in counts))}, more than the {whole.q.text} "
            "given as the total across places.",
            whole,
            *counts,
        )
    ]


_IN_PLACE = re.compile(r"\b(?:in|from|at)\s+((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)")


def _own_place(text: str, e: Entry, counts: list[Entry]) -> str | None:
    """The capitalised place named between a figure and the next one ("47,000 in Isabela")."""
    after = [c.q.start for c in counts if c.q.start > e.q.start]
    m = _IN_PLACE.search(text, e.q.end, min(after, default=e.q.end + 80))
    return m.group(1) if m else None


def _overshoot(whole: Entry, parts: list[Entry], message: str, detail: str) -> Finding | None:
    """The warning for parts of one whole that add up to more than it, their sum shown
    first; none when they fit, or are too far apart to be its parts (see FAR_APART)."""
    total = _total([p.iv for p in parts])
    if total.lo <= whole.iv.hi or far_apart(total, whole.iv):
        return None
    sums = " + ".join(p.q.text for p in parts) + f" = {fmt(sum(p.iv.mid for p in parts))}"
    return numeric_finding("sum_mismatch", "warning", message, sums + detail, whole, *parts)


def _total(ivs: list[Interval]) -> Interval:
    total = Interval(0.0, 0.0)
    for iv in ivs:
        total = total + iv
    return total


def _whole_before(
    doc: Doc, offset: int, previous: list[Entry], further: list[Entry], text: str
) -> Entry | None:
    """ "revenue of 840 million euros. Revenue was split between ...": the figure of the
    previous sentence (or the one before it) that hangs from the noun this sentence is
    about, or follows it closely ("on revenue up 9% at €1.86 billion")."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not (previous or further):
        return None
    subj = next((c for c in span.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = next((t for t in span.sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    if first is not None and first.i < (subj.i if subj is not None else len(doc)):
        subj = first  # "Revenue was split across ...: propulsion brought in ...": the opener's
    if subj is not None and subj.lower_ in ("it", "this", "that") and previous:
        return previous[0]  # "Turnover: £24.1m, up 11%. It was made up of ...": the lead figure
    summed = any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("total", "figure", "sum", "tally")
        for t in span.sent
    )
    if summed and previous:
        lead = [e for e in previous if not e.is_rate and e.q.unit not in SHARE_UNITS]
        if lead:
            return lead[0]  # "The council said the total was made up of 4,100 tonnes ..."
    if subj is None or subj.pos_ != "NOUN":
        return None
    lemma = str(subj.lemma_).lower()
    counts = [
        e
        for e in previous
        if not e.is_rate and e.q.unit not in SHARE_UNITS and e.q.unit not in PER_MONTHS
    ]
    found = [e for e in counts if lemma in e.scope.heads]
    if len(found) == 1:
        return found[0]
    if not found:
        noun_before = _noun_before(lemma)
        named = [
            e
            for e in [*further, *counts]
            if not e.is_rate
            and e.q.unit not in SHARE_UNITS
            and e.q.unit not in PER_MONTHS
            and noun_before.search(text, max(0, e.q.start - 30), e.q.start)
        ]
        if len(named) == 1:
            return named[0]
    if not found and any(c.lower_ in ("these", "those", "this", "that") for c in subj.children):
        return counts[0] if len(counts) == 1 else None  # "Those sales were made up of"
    return None


def _noun_before(lemma: str) -> re.Pattern[str]:
    """ "revenue up 9% at": the noun a figure follows closely, with a change between."""
    return re.compile(rf"\b{re.escape(lemma)}s?\b[^.;:,]{{0,20}}$", re.I)


_FUNDED = re.compile(
    r"\b(?:(?:will )?(?:come|comes|came) from|funded (?:by|from)|financed by|paid for by)\b", re.I
)


def _count_sum(
    text: str, offset: int, entries: list[Entry], earlier: Entry | None = None
) -> list[Finding]:
    cue = _EXHAUSTIVE.search(text)
    funded = _FUNDED.search(text) if cue is None else None
    if funded is not None and (
        any(is_money(e) and e.q.end <= offset + funded.start() for e in entries)
        or (earlier is not None and is_money(earlier))
    ):
        cue = funded  # "The £84m will come from £52m in grant, ...": money by its sources
    cue = cue or _INCLUSIVE.search(text) or _BREAKDOWN.search(text)
    if cue is None:
        cue = _bracketed_parts(text, offset, entries) or _WITH_NAMED.search(text)
    if cue is None:
        return []
    exhaustive = _INCLUSIVE.search(text) is None and cue.re is not _WITH_NAMED
    cue_at = offset + cue.start()
    counts = [e for e in entries if e.q.unit not in SHARE_UNITS and not e.is_rate]
    opener = _OPENER.match(text)
    if (
        cue.re is _FUNDED
        and opener is not None
        and counts
        and counts[0].q.start == offset + opener.end()
    ):
        return []  # "Of the £4.2m raised, £1.5m came from ...": parts, see _opened_whole
    wholes = [e for e in counts if e.q.end <= cue_at]
    if not wholes and earlier is not None and cue.re in (_EXHAUSTIVE, _FUNDED):
        wholes = [earlier]
    if not wholes:
        return []
    whole = wholes[-1]
    stop = math.inf
    if cue.re is not _BREAKDOWN and (semi := text.find(";", cue.end())) >= 0:
        stop = offset + semi  # "of which £3.6 million ...; it raised £4.5 million": new clause
    parts = [
        e
        for e in counts
        if cue_at <= e.q.start < stop
        and e.q.unit == whole.q.unit
        and not (e.scope.hedged and not whole.scope.hedged)  # a forecast among the parts
        and (cue.re is not _INCLUSIVE or period_within(e, whole))  # "and expects 1,500 this year"
        and not _SET_AGAINST.search(text, max(0, e.q.start - offset - 25), e.q.start - offset)
        and not _another_time(e, whole)  # "4,100 in Q1, double the 2,050 of Q1 2022, and ..."
    ]
    parts = coordinated(text, parts, offset)  # "..., and it is up 21% on the 71,000"
    if len(parts) < 2:
        return []
    closed = closes(text, parts[-1], offset)  # "... and the remaining 260": all the parts
    subgroups = cue.re in (_BREAKDOWN, _INCLUSIVE) and _subgroups(whole, parts)
    if subgroups:
        exhaustive = closed  # "40 injured: 12 children and 3 pensioners" names some only
    elif (
        cue.re in (_BREAKDOWN, _BRACKETED, _WITH_NAMED, _INCLUSIVE)
        and not all(same_thing(p, whole) or _named_bare(text, offset, p) for p in parts)
        and not (cue.re is _INCLUSIVE and _kinds_listed(text, offset, parts))
    ):
        return []  # "The toll: 38 deaths and 21 injuries" is not a breakdown of one whole
    else:
        exhaustive = exhaustive or closed
    if cue.re is _BREAKDOWN and cue.group(0).strip() != ":" and changes_in(text[cue.end() :]):
        return []  # "rose to 5,400 - up 2,100 on last year": a dash before a change
    total = _total([p.iv for p in parts])
    if (exhaustive and total.meets(whole.iv)) or (not exhaustive and total.lo <= whole.iv.hi):
        return []
    if far_apart(total, whole.iv):
        return []  # not parts of that whole: see FAR_APART
    sums = _sum_words(parts, total)
    relation = "make up" if exhaustive else "are only part of"
    if closed:
        relation += f" (the last, {parts[-1].q.text}, being the rest)"
    return [
        numeric_finding(
            "sum_mismatch",
            "warning",
            f"The parts listed do not add up to {whole.q.text}.",
            f"{sums}; the text says they {relation} {whole.q.text}.",
            whole,
            *parts,
        )
    ]


#: "double the 2,050", "compared with 3,100", "up from 900": a figure a part is set
#: against, no part itself.
_SET_AGAINST = re.compile(
    r"\b(?:double|twice|triple|half|compared (?:with|to)|up from|down from|against|versus|"
    r"vs\.?|than)\s+(?:the\s+|its\s+|their\s+)?(?:about\s+|some\s+|around\s+)?$",
    re.I,
)


def _another_time(e: Entry, whole: Entry) -> bool:
    """Whether a figure's dated period lies wholly outside its whole's."""
    spans = (e.start, e.end, whole.start, whole.end)
    keys = [(d.year, d.month, d.day) for d in spans if d is not None and d.year is not None]
    if len(keys) < 4:
        return False
    start, end, w_start, w_end = keys
    return end < w_start or w_end < start


_LIST_GAP = re.compile(r"^\s*[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s*(?:,|,?\s+and|,?\s+or)\s*$")


def _kinds_listed(text: str, offset: int, parts: list[Entry]) -> bool:
    """ "3,480 wading birds, among them 1,900 dunlin, 1,150 knot and 820 redshank": bare
    counts of other nouns listed one after another after an inclusive cue are kinds of the
    whole, so together they cannot exceed it. A verb between two of them ("including 5
    children and destroyed 300 homes") ends the list."""
    if any(p.q.unit is not None or p.q.counted is None for p in parts):
        return False
    return all(
        _LIST_GAP.match(text[a.q.end - offset : b.q.start - offset]) is not None
        for a, b in itertools.pairwise(parts)
    )


def _subgroups(whole: Entry, parts: list[Entry]) -> bool:
    """Whether every part counts people of an age or sex (or the whole's own thing) and at
    least one names such a subgroup, so the parts divide a whole of people."""
    if whole.q.counted is None or whole.thing in _SUBGROUPS:
        return False
    heads = [singular((p.q.counted or p.thing or "").split(" ")[-1]) for p in parts]
    named = [h in _SUBGROUPS for h in heads]
    return any(named) and all(n or same_thing(p, whole) for n, p in zip(named, parts, strict=True))
