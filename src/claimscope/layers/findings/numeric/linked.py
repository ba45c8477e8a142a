"""``unit_mismatch``: two figures the article links ("led to", "twice") that count different things.

230,000 criminal cases and 15,000 deserters a month can both be true; a sentence that
reads one as the outcome or multiple of the other invites a comparison the figures
cannot support, and the reader should see that.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import (
    Entry,
    Span3,
    same_thing,
)
from claimscope.layers.findings._lexicon import canonical, counts_people
from claimscope.layers.findings.base import check

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._book import (
    READS,
    book_of,
    numeric_finding,
    publication_end,
)
from claimscope.layers.findings.numeric._pairing import covered_units, plural_noun
from claimscope.layers.findings.numeric._wording import SHARE_UNITS

_LINK = re.compile(
    r"^\W*(?:this|these|that|those|such)\b|\b(?:result(?:ed|s)? in|led to|lead(?:s|ing)? to|"
    r"(?:brought|bringing|brings?) (?:the |its |their )?(?:\w+ )?(?:total|number|tally|count)|"
    r"amount(?:ed|s|ing)? to|translat\w* (?:in)?to|add(?:s|ed)? up to|"
    r"equal(?:s|led|ing)?|caus(?:ed|es|ing))\b",
    re.I,
)


@check("numeric_linked_things", kinds=("unit_mismatch",), reads=READS)
def check_linked_things(doc: Doc, draft: Draft) -> list[Finding]:
    """Figures the text combines or compares that count different things.

    Only figures the text itself puts together are compared: the figure a link names
    ("this exodus resulted in X", "bringing the total to X") against the figure it links
    back to, and the before and after of a stated change ("5,200 operations, up from 4,800
    patients"). Two counts that merely share a paragraph are never a mismatch.
    """
    book = book_of(doc, draft)
    ledger = book.entries
    pub_end = publication_end(draft)
    out: list[Finding] = []
    for t, r in _linked_pairs(draft, ledger):
        out.append(_mismatch(r, t, ledger, pub_end, "links"))
    for change in book.changes:
        a, b = change.before, change.after
        if (
            _countable(a)
            and _countable(b)
            and not same_thing(a, b)
            and not _both_people(a, b)
            and not _one_event(doc, a, b)
            and _names_its_thing(doc.text, a)
            and _names_its_thing(doc.text, b)
        ):
            out.append(_mismatch(a, b, ledger, pub_end, "compares"))
    for part, whole in _shares_of_other_things(doc.text, ledger):
        out.append(_mismatch(whole, part, ledger, pub_end, "presents"))
    for cmp in book.comparisons:
        a, b = cmp.after, cmp.before
        if _different_kinds(a, b) and not _one_event(doc, a, b):
            out.append(_mismatch(b, a, ledger, pub_end, "compares"))
    return out


#: "the 96 arrests meant that nearly half of the 210 rhinos killed", "the 18,000 taxpayers
#: amounted to a third of the 54,000 accounts": a count set out as a share of another.
_SHARE_LINK = re.compile(
    r"\b(?:meant|means|mean|amount(?:ed|s)? to|represent(?:ed|s)?|equal(?:led|s)?|"
    r"equivalent to|accounted for)\b",
    re.I,
)
_SHARE_OF_WHOLE = re.compile(r"^\s*of\s+(?:the|its|their|all)\s+(?:[a-z-]+\s+)?$", re.I)


def _shares_of_other_things(text: str, ledger: list[Entry]) -> list[tuple[Entry, Entry]]:
    """(part, whole) where the text sets one count out as a share of a count of another
    thing: the arithmetic may hold, but the share means nothing."""
    pairs: list[tuple[Entry, Entry]] = []
    for p in ledger:
        if p.q.unit not in SHARE_UNITS:
            continue
        here = [e for e in ledger if e.sent == p.sent and _countable(e)]
        whole = next(
            (
                w
                for w in here
                if w.q.start > p.q.end and _SHARE_OF_WHOLE.match(text[p.q.end : w.q.start])
            ),
            None,
        )
        link = None
        for m in _SHARE_LINK.finditer(text, 0, p.q.start):
            link = m
        parts = [e for e in here if link is not None and e.q.end <= link.start()]
        if whole is None or not parts or text.rfind(".", parts[-1].q.end, p.q.start) >= 0:
            continue
        part = parts[-1]
        if (
            (part, whole) not in pairs
            and _names_its_thing(text, part)
            and _names_its_thing(text, whole)
            and not same_thing(part, whole)
            and not set(canonical(part.q.counted or "").split())
            & set(canonical(whole.q.counted or "").split())
        ):
            pairs.append((part, whole))
    return pairs


def _different_kinds(a: Entry, b: Entry) -> bool:
    """Two compared figures that cannot measure the same thing: a count against an amount
    ("1.9 million containers" and "1.5 million tonnes of grain"), or two counts of
    different named things ("knife crimes" and "arrests")."""
    if a.q.unit in SHARE_UNITS or b.q.unit in SHARE_UNITS:
        return False
    if a.q.unit != b.q.unit:
        return (a.q.unit is None and _countable(a)) or (b.q.unit is None and _countable(b))
    if not (_countable(a) and _countable(b)) or same_thing(a, b):
        return False
    if _both_people(a, b):
        return False
    # Counted nouns that share a word ("flu" and "flu jab") are more likely one thing
    # parsed two ways than two things: no warning on a guess.
    return not set((a.q.counted or "").lower().split()) & set((b.q.counted or "").lower().split())


def _both_people(a: Entry, b: Entry) -> bool:
    """ "271 vaccine recipients ... compared with 136 people in the placebo group": two
    counts of people in different roles are counts of one kind of thing."""
    return counts_people(a.q.counted) and counts_people(b.q.counted)


#: Between a figure and a link verb, the start of another clause with its own subject:
#: "cut to three cycles, and a dispute led to two cancelled evenings".
_NEW_CLAUSE = re.compile(r",\s+and\b|;|\b(?:but|while|whereas|although)\b", re.I)


def _one_event(doc: Doc, a: Entry, b: Entry) -> bool:
    """ "closed 11 times, up from seven closures": "times" counts what its verb does, so
    it counts closures; "downloaded 2.3 million times" against "1.9 million users" does
    not count users."""
    for times, other in ((a, b), (b, a)):
        if (times.q.counted or "").lower() not in _OCCURRENCES:
            continue
        span = doc.char_span(times.q.start, times.q.end, alignment_mode="expand")
        if span is None:
            return False
        verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
        noun = (other.q.counted or "").lower().split()[-1:]
        stem = verb.lemma_.lower()[:4] if verb is not None else ""
        return len(stem) == 4 and bool(noun) and noun[0].startswith(stem)
    return False


def _names_its_thing(text: str, e: Entry) -> bool:
    """Whether the figure's own words name what it counts. In "62,000 students applied to
    the nine universities, up from 58,500", the bare 58,500 counts what its change counts,
    whatever noun the extractor lent it from the sentence."""
    noun = (e.q.counted or "").lower().split()[-1:]
    if not noun:
        return False
    after = text[e.q.end : e.q.end + 40].lower().split()[:4]
    return any(w.startswith(noun[0][:4]) for w in after)


_OCCURRENCES = frozenset(("time", "times", "occasion", "occasions"))


def _countable(e: Entry) -> bool:
    """A bare count of a common noun ("3200 Phaethon" is a name, not a count)."""
    return (
        e.q.unit is None
        and e.thing is not None
        and e.q.counted is not None
        and not e.q.counted[:1].isupper()
    )


def _linked_pairs(draft: Draft, ledger: list[Entry]) -> list[tuple[Entry, Entry]]:
    """(the figure a link names, the figure it links back to), for each link phrase."""
    pairs: list[tuple[Entry, Entry]] = []
    for s, sentence in enumerate(draft.sentences):
        cue = _LINK.search(sentence.text)
        if cue is None:
            continue
        at = sentence.start + cue.start()
        cue_end = at + len(cue.group(0))
        after = [
            e
            for e in ledger
            if e.sent == s
            and e.q.start >= cue_end - 1
            and not _QUALIFIES_TOTAL.match(draft.text, cue_end, e.q.start)
        ]
        t = min(after, key=lambda e: e.q.start, default=None)
        if t is None or not _countable(t) or not _names_its_thing(draft.text, t):
            continue  # "bringing the total for the two checkpoints to 21,160": a bare
            # total whose noun was lent to it from before counts what its clause counts
        here = [
            e
            for e in ledger
            if e.sent == s
            and e.q.end <= at
            and _countable(e)
            and not _NEW_CLAUSE.search(draft.text, e.q.end, at)
        ]
        back = [
            e
            for e in ledger
            if e.sent == s - 1 and _countable(e) and (e.is_rate or (e.start and t.start))
        ]
        r = here[-1] if here else (back[-1] if back else None)
        if r is not None and not same_thing(r, t):
            pairs.append((t, r))
    return pairs


#: "bringing the total for the two checkpoints to 21,160": a figure in the phrase that
#: says what the total covers, not the total itself.
_QUALIFIES_TOTAL = re.compile(r"\s*(?:for|of|across|at|from) (?:the|its|their|all|all the) $", re.I)


def _mismatch(r: Entry, t: Entry, ledger: list[Entry], pub_end: Span3 | None, how: str) -> Finding:
    explanation = (
        f"{t.q.text} counts {plural_noun(t.q.counted)}; "
        f"{r.q.text} counts {plural_noun(r.q.counted)}. "
        "The two cannot be checked against each other"
    )
    found = covered_units(t, ledger, pub_end, r.q.per) if r.is_rate and r.q.per else None
    if found is not None and r.q.per is not None:
        units, note = found
        explanation += (
            f": had they counted the same thing, {Interval(r.q.low or 0.0, r.q.high or 0.0)} "
            f"per {r.q.per} over {note} "
            f"would give {Interval(r.q.low or 0.0, r.q.high or 0.0) * units}, "
            f"against {t.q.text}"
        )
    return numeric_finding(
        "unit_mismatch",
        "warning",
        f"The article {how} {t.q.text} {plural_noun(t.q.counted)} to {r.q.text} "
        f"{plural_noun(r.q.counted)}, "
        "but they count different things.",
        explanation + ".",
        t,
        r,
    )
