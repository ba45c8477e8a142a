"""``unit_mismatch``: two figures the article links ("led to", "twice") that count different things.

230,000 criminal cases and 15,000 deserters a month can both be true; a sentence that
reads one as the outcome or multiple of the other invites a comparison the figures
cannot support, and the reader should see that. So should a total the text makes by
adding unlike figures ("2,400 residents ... 1,100 households ... the total number of people
to 3,500"; see ``_mixed_sums``).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval, fmt
from claimscope.layers.findings._ledger import (
    Entry,
    Span3,
    doc_text,
    same_thing,
)
from claimscope.layers.findings._lexicon import singular
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
from claimscope.layers.findings.numeric._bridged import (
    Bridged,
    bridged_comparisons,
    unlike_restatements,
)
from claimscope.layers.findings.numeric._mixed_changes import MixedChange, mixed_changes
from claimscope.layers.findings.numeric._mixed_sums import MixedSum, mixed_sums
from claimscope.layers.findings.numeric._other_shares import (
    OtherShare,
    head_word,
    names_its_thing,
    shares_of_other_things,
)
from claimscope.layers.findings.numeric._pairing import covered_units, plural_noun
from claimscope.layers.findings.numeric._unlike import (
    SUMMED,
    both_people,
    count_and_amount,
    counts_what,
    measure_mismatch,
    named,
    other_measures,
    other_periods,
    period_mismatch,
    summed_other,
)
from claimscope.layers.findings.numeric._unlike import countable as _countable
from claimscope.layers.findings.numeric._wording import FACTORS, SHARE_UNITS

_DEMONSTRATIVES = r"this|these|that|those|such"
#: A sentence opening with a word that points back at what the one before said ("That day"
#: and the like only say when, see ``_LINK``).
_POINTING = re.compile(rf"^\W*(?:{_DEMONSTRATIVES}|it|they|which)\b", re.I)


_LINK = re.compile(
    rf"^\W*(?:{_DEMONSTRATIVES})\b(?!\s+(?:day|night|week|weekend|month|year|morning|"
    r"afternoon|evening|season|summer|winter|spring|autumn|time)\b)"
    r"|\b(?:result(?:ed|s)? in|led to|lead(?:s|ing)? to|"
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
            and not change.alike
            and not same_thing(a, b)
            and not both_people(a, b)
            and not _one_event(doc, a, b)
            and not _acronym_of(doc_text(doc), a, b)
            and not (
                not change.deltas
                and not _sized_in_words(doc_text(doc), a, b)
                and _ON_BEFORE.search(doc_text(doc), max(0, a.q.start - 40), a.q.start)
            )
            and names_its_thing(doc_text(doc), a)
            and names_its_thing(doc_text(doc), b)
        ) or count_and_amount(doc_text(doc), change, ledger):
            out.append(_mismatch(a, b, ledger, pub_end, "compares"))
        elif other_periods(change):
            out.append(period_mismatch(a, b))
        elif other_measures(a, b) and change.deltas:  # "a 3 MW array mounted on 6
            # hectares": a change word with no size may be no change at all
            out.append(measure_mismatch(a, b, "compares"))
    starts = [sent.start for sent in draft.sentences]
    out.extend(_mixed(m) for m in mixed_sums(draft.text, starts, ledger))
    out.extend(_mixed_change(m) for m in mixed_changes(draft.text, ledger, book.changes))
    found = bridged_comparisons(draft.text, starts, ledger)
    told = [{b.compared.q.text, b.other.q.text} for b in found]
    texts = {q.id: q.text for q in draft.quantities}
    # a pair the bridge explains is told once, with the like-for-like figure, however the
    # link checks reached the same two figures (said again in another sentence)
    out = [f for f in out if {texts.get(i) for i in f.quantities} not in told]
    out.extend(_bridged(b) for b in found)
    changed = [(c.after, c.before) for c in book.changes]
    for mine, theirs, named_ in unlike_restatements(draft.text, starts, ledger, changed):
        pair = {mine.q.text, theirs.q.text}
        if pair in told or any({texts.get(i) for i in f.quantities} == pair for f in out):
            continue
        out.append(_restated_unlike(mine, theirs, named_))
    out.extend(_share_mismatch(o) for o in shares_of_other_things(doc, ledger, book.tallies))
    out.extend(_factor_over_the_two(doc, draft, ledger, pub_end))
    for cmp in book.comparisons:
        a, b = cmp.after, cmp.before
        if other_measures(a, b):
            out.append(measure_mismatch(b, a, "compares"))
            continue  # "4,800 tonnes, three times last year's 1,600 hectares"
        if a.q.unit is None and b.q.unit is None and not names_its_thing(doc_text(doc), b):
            continue  # "157 more than last year's 5,655": a bare figure counts what it is
            # compared with, whatever noun the extractor lent it from the sentence
        if _different_kinds(a, b) and not cmp.alike and not _one_event(doc, a, b):
            out.append(_mismatch(b, a, ledger, pub_end, "compares"))
    return out


#: A factor said with no figure of its own: "the problem has tripled", "numbers have
#: doubled".
_FACTOR_WORD = re.compile(
    r"\b(?:has|have|had)\s+(?:more\s+than\s+|nearly\s+|almost\s+)?"
    r"(?P<f>doubled|tripled|trebled|quadrupled|halved)\b",
    re.I,
)


#: How many sentences back the two figures of a bare factor may stand.
_BACK = 5


def _factor_over_the_two(
    doc: Doc, draft: Draft, ledger: list[Entry], pub_end: Span3 | None
) -> list[Finding]:
    """ "Between January and June, prosecutors opened 3,900 criminal cases for desertion.
    ... in the whole of 2024, 1,300 soldiers were convicted of desertion. Put the two side
    by side ... In half a year, the problem has tripled": a factor said with no figure of
    its own, after sentences that give exactly two figures for two periods, rests on those
    two; when they count different things (two counts of different nouns, or a count and
    an amount: "2,640 kilograms" against "1,310 seizures"), it compares what cannot be
    compared."""
    text = doc_text(doc)
    out: list[Finding] = []
    for s, sent in enumerate(draft.sentences):
        m = _FACTOR_WORD.search(text, sent.start, sent.end)
        if m is None or any(e.sent == s for e in ledger):
            continue
        near = [
            e
            for e in ledger
            if s - _BACK <= e.sent < s
            and (_countable(e) or (e.q.unit is not None and e.bare and not e.is_rate))
            and e.iv.lo >= 10  # "Put the two side by side": a word for the pair, no count
        ]
        if len(near) != 2:
            continue
        a, b = near
        if a.start is None or b.start is None or a.start == b.start:
            continue  # one period: no change over time to claim
        if not _two_kinds(doc, text, a, b):
            continue
        factor = FACTORS[m.group("f").lower()]
        old, new = sorted((a, b), key=_start_key)
        if not (new.iv / old.iv).meets(Interval(factor * 0.9, factor * 1.1)):
            continue  # a factor that does not fit is a question of its own figures
        out.append(_mismatch(old, new, ledger, pub_end, f'says "{m.group(0)}" comparing'))
    return out


def _two_kinds(doc: Doc, text: str, a: Entry, b: Entry) -> bool:
    """Whether two figures told side by side count different things: an amount and a count
    ("2,640 kilograms" against "1,310 seizures"), or counts of two named things."""
    if a.q.unit != b.q.unit:
        return _different_kinds(a, b)
    if a.q.unit is not None or not (_countable(a) and _countable(b)):
        return False
    if same_thing(a, b) or both_people(a, b) or _one_event(doc, a, b):
        return False
    return names_its_thing(text, a) and names_its_thing(text, b)


def _start_key(e: Entry) -> tuple[int, int, int]:
    start = e.start or Span3(None, 1, 1)
    return (start.year or 0, start.month, start.day)


#: "mounted on 2,310 steel tables", "spent on 40 schools": a count after "on" is what the
#: other figure rests on or goes to, two things standing together. "On" sets one count
#: against another only when the change's size is stated ("a rise of 15% on the 1.04
#: million"), as "from", "against" or "compared with" always do.
_ON_BEFORE = re.compile(
    r"\bon\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+(?:\s+[a-z-]+)?['\u2019]s\s+)?"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


#: A change's size in words between its figures: "460 flats, up by half on the 310 tower
#: blocks", "by about a third".
_SIZE_IN_WORDS = re.compile(
    r"\bby\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|roughly\s+)?"
    r"(?:half|a\s+(?:third|quarter|fifth|tenth)|(?:one|two|three|four)[-\s](?:thirds?|quarters?|fifths?))\b",
    re.I,
)


def _sized_in_words(text: str, a: Entry, b: Entry) -> bool:
    """Whether the size of the change between two figures is said in words between them."""
    return _SIZE_IN_WORDS.search(text, min(a.q.end, b.q.end), max(a.q.start, b.q.start)) is not None


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
    if both_people(a, b):
        return False
    # Counted nouns that share a word ("flu" and "flu jab") are more likely one thing
    # parsed two ways than two things: no warning on a guess.
    return not set((a.q.counted or "").lower().split()) & set((b.q.counted or "").lower().split())


#: A total the link names: "bringing the total to", "takes the tally to".
_CLASS_TOTAL = re.compile(r"\b(?:total|tally|overall|altogether|in all)\b", re.I)
#: Nouns for a class of things that counts any of its kinds: a total of "animals" may add
#: dogs and cats, one of "items" packs and kilograms of anything counted one by one.
_CLASS_NOUNS = frozenset(
    ("animal", "item", "product", "good", "thing", "object", "unit", "piece", "vehicle",
     "incident", "event", "case", "species", "plant")
)  # fmt: skip


def _acronym_of(text: str, a: Entry, b: Entry) -> bool:
    """ "248,000 twenty-foot equivalent units (TEU) ..., up 3.8% from 239,000 TEU": one
    figure's noun is the acronym the text defines in brackets after the other's."""
    for long, short in ((a, b), (b, a)):
        acronym = (short.q.counted or "").strip().upper().rstrip("S")
        if 2 <= len(acronym) <= 6 and " " not in acronym:
            after = text[long.q.end : long.q.end + 80]
            if re.search(rf"\(\s*{re.escape(acronym)}S?\s*\)", after, re.I):
                return True
    return False


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


_OCCURRENCES = frozenset(("time", "times", "occasion", "occasions"))


def _linked_pairs(draft: Draft, ledger: list[Entry]) -> list[tuple[Entry, Entry]]:
    """(the figure a link names, the figure it links back to), for each link phrase."""
    pairs: list[tuple[Entry, Entry]] = []
    for s, sentence in enumerate(draft.sentences):
        cue = _LINK.search(sentence.text)
        if cue is None or _BREAKDOWN.match(sentence.text):
            continue
        at = sentence.start + cue.start()
        cue_end = at + len(cue.group(0))
        after = [
            e
            for e in ledger
            if e.sent == s
            and e.q.start >= cue_end - 1
            and not _DEFINITE_SET.search(draft.text, max(0, e.q.start - 5), e.q.start)
            and not _QUALIFIES_TOTAL.match(draft.text, cue_end, e.q.start)
        ]
        t = min(after, key=lambda e: e.q.start, default=None)
        if t is not None and _PER_EACH.match(draft.text, t.q.end):
            continue  # "roughly six applications for every place": a ratio, no count
        if t is None or not _countable(t) or not names_its_thing(draft.text, t):
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
        # "This exodus resulted in ...": a pointing subject links back to the sentence
        # before; "Lightning caused 1,104 of the fires" has a cause of its own
        back = [
            e
            for e in ledger
            if e.sent == s - 1
            and _POINTING.match(sentence.text)
            and _countable(e)
            and (e.is_rate or (e.start and t.start))
        ]
        if not here and t.is_rate and _WORKED_OUT.match(sentence.text):
            continue  # "That works out at roughly 4,000 calls a day": a total of its own
            # thing put per day (the rate checks read it), not the sentence before's figure
        # "5,800 cases ..., including ... 1,400 takeovers. That compares with 7,900 cases":
        # a figure of the link's own thing is what it points back to, not the last one
        alike = [e for e in (here or back) if same_thing(e, t)]
        r = alike[-1] if alike else here[-1] if here else (back[-1] if back else None)
        if SUMMED.fullmatch(cue.group(0)):
            r = summed_other(here, t)  # "17 goals and 9 assists add up to 26 goals"
        if (
            r is not None
            and _CLASS_TOTAL.search(sentence.text)
            and singular(head_word(t)) in _CLASS_NOUNS
        ):
            continue  # "2,040 dogs and cats ..., bringing the total to 10,140 animals": a
            # total named by the class its parts belong to
        if (
            r is not None
            and not same_thing(r, t)
            and not both_people(r, t)  # "9.8 million passengers ... That is about 27,000
            # people a day": people named by their role and by the plain word
            # "bringing the total ... to 21,160": a bare total counts what the link totals
            and names_its_thing(draft.text, t)
            and names_its_thing(draft.text, r)
        ):
            pairs.append((t, r))
    return pairs


#: "That works out at", "This means": a rate worked out from a total told before.
_WORKED_OUT = re.compile(r"^\W*(?:that|this|it|which)\s+(?:works?|worked)\s+out\s+at\b", re.I)


#: "That included 870 lettings in the July to September quarter", "These comprise 410
#: ...": a pointing subject with a verb of inclusion breaks what it points at down into
#: parts, as "including" does; it neither equates the figures nor makes one the other's
#: outcome, and parts named in other words are how writers vary a repeated noun.
_BREAKDOWN = re.compile(
    rf"^\W*(?:{_DEMONSTRATIVES})\s+(?:figure\s+|total\s+|number\s+)?"
    r"(?:include[sd]?|including|comprise[sd]?|contain(?:s|ed)?)\b",
    re.I,
)


#: "six applications for every place", "14 applicants per place": a count per one of
#: another thing, a ratio that the extractor may leave without its rate.
_PER_EACH = re.compile(r"[^,.;\d]{0,30}?\b(?:(?:for|to)\s+(?:every|each)|per)\s+[a-z]", re.I)


#: "the total for the two checkpoints": a count inside a definite noun phrase names the
#: set the figure is about; it is not the figure the link gives.
_DEFINITE_SET = re.compile(r"\b(?:the|its|their|these|those)\s+$", re.I)

#: "bringing the total for the two checkpoints to 21,160": a figure in the phrase that
#: says what the total covers, not the total itself.
_QUALIFIES_TOTAL = re.compile(r"\s*(?:for|of|across|at|from) (?:the|its|their|all|all the) $", re.I)


def _mismatch(r: Entry, t: Entry, ledger: list[Entry], pub_end: Span3 | None, how: str) -> Finding:
    explanation = (
        f"{counts_what(t)}; {counts_what(r)}. The two cannot be checked against each other"
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
        f"The article {how} {named(t)} to {named(r)}, but they count different things.",
        explanation + ".",
        t,
        r,
    )


def _mixed(m: MixedSum) -> Finding:
    """The warning for a total the text makes of unlike parts."""
    added = " + ".join(named(p) for p in m.parts)
    return numeric_finding(
        "unit_mismatch",
        "warning",
        f"The article adds up figures that count different things to make {m.total.q.text}.",
        f"{added} = {m.total.q.text}, but {m.why}: "
        + "; ".join(_in_what(p) for p in m.parts)
        + ". The sum is right, but it is not a total of one thing.",
        m.total,
        *m.parts,
    )


def _mixed_change(m: MixedChange) -> Finding:
    """The warning for a stated change whose size is the ratio of two unlike counts."""
    a, b = m.before, m.after
    return numeric_finding(
        "unit_mismatch",
        "warning",
        f"{m.size.q.text} compares figures that count different things.",
        f"{b.q.text} / {a.q.text} = {b.iv.mid / a.iv.mid:.2f}, which gives {m.size.q.text}; but "
        f"{_in_what(b)} and {_in_what(a)}: the change is not one of one thing.",
        m.size,
        a,
        b,
    )


def _bridged(b: Bridged) -> Finding:
    """The warning for a comparison across a unit the article itself tells apart. Its
    figures are the two compared; the bridge that tells their things apart is told."""
    said, like = named(b.said), named(b.like)
    compared = (
        f"{b.compared.q.text} {plural_noun(b.said.q.counted)}" if b.unnamed else named(b.compared)
    )
    other = f"{b.other.q.text} {plural_noun(b.other_named.q.counted)}"
    return numeric_finding(
        "unit_mismatch",
        "warning",
        f"The article compares {compared} with {other}, but they count different things.",
        f"The article says {said} correspond to {like}: "
        f"{plural_noun(b.said.q.counted)} and {plural_noun(b.like.q.counted)} are counted "
        f"differently. Setting {b.compared.q.text} against {other} mixes the two; "
        f"like for like, the figure to compare is {like}.",
        b.compared,
        b.other,
    )


def _restated_unlike(compared: Entry, other: Entry, said: Entry) -> Finding:
    """The warning for a comparison with a bare figure the article gave earlier as a count
    of another thing."""
    return numeric_finding(
        "unit_mismatch",
        "warning",
        f"The article compares {named(compared)} with {other.q.text}, which it gave earlier "
        f"as {named(said)}: they count different things.",
        f"{other.q.text} restates {named(said)}; setting {named(compared)} against it mixes "
        f"{plural_noun(compared.q.counted)} with {plural_noun(said.q.counted)}.",
        compared,
        other,
        said,
    )


def _in_what(e: Entry) -> str:
    """ "12 million dollars is in USD", "1,100 counts households", "48,000 is a week's"."""
    if e.q.per is not None:
        return f"{e.q.text} is per {e.q.per}"
    if e.q.unit is not None:
        return f"{e.q.text} is in {e.q.unit}"
    return f"{e.q.text} counts {plural_noun(e.q.counted)}"


def _share_mismatch(o: OtherShare) -> Finding:
    """ "one in eight pupils" from 1,850 suspensions over 14,200 pupils: which count the
    share needs, and what it is with the count the article gives."""
    if o.group is not None:
        return _group_mismatch(o, o.group)
    p, named, whole = o.share, o.named, o.whole
    whole_noun = plural_noun(whole.q.counted)
    part_noun = plural_noun(named.q.counted)
    explanation = (
        f"{o.part.q.text} / {whole.q.text} = {_ratio(o.part.iv / whole.iv, p)}, which gives "
        f"{p.q.text}; but {named.q.text} counts {part_noun} and {whole.q.text} counts "
        f"{whole_noun}, so the share needs a count of {whole_noun} as its part (or a whole "
        f"of {part_noun})"
    )
    extra: list[Entry] = []
    if o.right is not None:
        a, w = o.right
        given = w if a is o.part else a
        extra.append(given)
        explanation += (
            f". The article gives {given.q.text} {plural_noun(given.q.counted)}: "
            f"{a.q.text} / {w.q.text} = {_ratio(a.iv / w.iv, p)}"
        )
    return numeric_finding(
        "unit_mismatch",
        "warning",
        f"{p.q.text} divides {named.q.text} {part_noun} by {whole.q.text} {whole_noun}, "
        "but they count different things.",
        explanation + ".",
        p,
        o.part,
        whole,
        *extra,
    )


def _group_mismatch(o: OtherShare, group: Entry) -> Finding:
    """ "85% of affected customers" from 2,900 of 3,400 faults: the share is of one thing,
    and said of a group the article counts separately."""
    p, part, whole = o.share, o.part, o.whole
    things, members = plural_noun(whole.q.counted), plural_noun(group.q.counted)
    return numeric_finding(
        "unit_mismatch",
        "warning",
        f"{p.q.text} is said of {members}, but it is the share of {things}: "
        f"{part.q.text} of {whole.q.text}.",
        f"{part.q.text} / {whole.q.text} = {_ratio(part.iv / whole.iv, p)}, which gives "
        f"{p.q.text}; but both count {things}, while the share is said of {members} (the "
        f"article counts {group.q.text} {members}). A share of {things} is not a share of "
        f"{members}: one of the {things} may stand for any number of {members}.",
        p,
        part,
        whole,
        group,
    )


def _ratio(ratio: Interval, p: Entry) -> str:
    """A computed share in the stated share's terms: "27.1%", or "0.13 (about one in 8)"."""
    scale, sign = (100.0, "%") if p.q.unit == "percent" else (1.0, "")
    if ratio.hi == math.inf or ratio.lo <= 0:  # an open count: "more than 52,000"
        bound = ratio.hi if ratio.lo <= 0 else ratio.lo
        return f"{'at most' if ratio.lo <= 0 else 'at least'} {fmt(bound * scale)}{sign}"
    if sign:
        return f"{ratio.mid * 100:.1f}%"
    if ratio.mid > 1 / 3:
        return f"{ratio.mid:.2f}"
    return f"{ratio.mid:.2f} (about one in {round(1 / ratio.mid):,})"
