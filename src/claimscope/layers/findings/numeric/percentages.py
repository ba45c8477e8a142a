"""``percentage_mismatch``: a share stated next to its part and whole that does not match.

"About a third" of 1,000 is 300–370; the stated share's rounding and approximator set the
tolerance.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import (
    Entry,
    Span3,
    doc_text,
    same_thing,
)
from claimscope.layers.findings._lexicon import canonical, counts_people
from claimscope.layers.findings.base import check

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimscope.layers.base import Draft

from claimscope.layers.findings.numeric._book import READS, book_of, numeric_finding
from claimscope.layers.findings.numeric._shares import (
    WIDER,
    Tally,
    counts_group,
    deeds_of,
    elliptical_group,
    group_of,
    predicate_words,
    same_setting,
    sentence_end,
    sentence_start,
    sentence_text,
    shares,
    wider_at,
)
from claimscope.layers.findings.numeric._wording import (
    LEADING_OF,
    SHARE_UNITS,
    changes_in,
    is_age,
    prominent,
    pronoun_whole,
    wholes_before,
)

_PCT_OR = re.compile(
    r"^\W{0,3}(?:or|,|\(|—|–|-|that is|i\.e\.)\W{0,3}(?:about |some |roughly |"
    r"nearly |almost |around |an? (?:\w+ ){0,2}(?:rate|share|proportion|percentage) of )?$",
    re.I,
)


#: "all but 2,600 of the 86,000": the figure is what is left out, the group less it is meant.
_ALL_BUT = re.compile(r"\ball (?:but|except)\s+(?:about |some |around |nearly |almost )?$", re.I)


@check("numeric_percentages", kinds=("percentage_mismatch",), reads=READS)
def check_percentages(doc: Doc, draft: Draft) -> list[Finding]:
    """ "300 of the 1,000 residents, or 45%": a share against its part and whole."""
    book = book_of(doc, draft)
    ledger = book.entries
    out: list[Finding] = []
    said = shares(doc, ledger)
    baselines = {id(c.before) for c in book.changes}
    for p in said:
        if wider_at(doc_text(doc), p):
            continue  # "410 were upheld, 58% nationally": a share of another population
        same_sent = [
            e
            for e in ledger
            if e.sent == p.sent and e.q.unit not in SHARE_UNITS and not e.is_rate and e is not p
        ]
        alone = not any(e is not p and e.sent == p.sent for e in said)
        found = (
            _part_and_whole(doc, p, same_sent)
            or (_anaphoric_share(doc, p, ledger, same_sent) if alone else None)
            or _share_of_the_total(doc, p, ledger, same_sent, baselines)
            or (_appositive_to_tally(doc, p, book.tallies) if alone else None)
            or _share_of_a_period(doc, p, ledger, same_sent)
            or (_restating_share(doc, p, ledger, same_sent, book.tallies) if alone else None)
            or _part_named_by_subject(doc, p, ledger, same_sent)
            or _share_of_a_named_whole(doc, p, ledger, baselines)
        )
        if found is None:
            elsewhere = (
                _counted_elsewhere(doc, p, ledger, book.tallies)
                or _whole_counted_elsewhere(doc, p, ledger)
                or _fill_level(doc, p, ledger)
                or _said_of_a_tally(doc, p, ledger, book.tallies)
                or _deed_counted_elsewhere(doc, p, ledger)
            )
            out.extend([elsewhere] if elsewhere is not None else [])
            continue
        if _nearer_share(ledger, p, found[1]) or _names_another_group(doc, p, *found, ledger):
            continue
        if id(p) in baselines and (p.start, p.end) != (found[0].start, found[0].end):
            continue  # "turnout at 58.3%, with 3.74 million of 6.41 million, up from 53.1%
            # in 2019": a change's baseline is another time's share, not these counts'
        if found[1].scope.average and found[1].sent != p.sent:
            continue  # "17% of the year's total" after "the 1991-2020 average of 1,020 mm"
        part, whole = found
        scale = 100.0 if p.q.unit == "percent" else 1.0
        share = (part.iv / whole.iv).scale(scale)
        stated = p.q.text
        allows = f"{stated} allows {p.iv}{'%' if scale == 100 else ''}."
        if share.meets(p.iv):
            if part.q.counted and whole.q.counted and not same_thing(part, whole):
                continue  # "1,850 passengers of 4,300 flights, 43%": unit_mismatch's to say
            out.append(
                numeric_finding(
                    "percentage_mismatch",
                    "info",
                    f"{part.q.text} out of {whole.q.text} is {_share(part, whole, scale)}, "
                    f"which fits {stated}.",
                    f"{part.q.text} / {whole.q.text} = {_share(part, whole, scale)}; {allows}",
                    p,
                    part,
                    whole,
                )
            )
            continue
        if _ALL_BUT.search(doc_text(doc), max(0, part.q.start - 20), part.q.start) and (
            ((whole.iv - part.iv) / whole.iv).scale(scale).meets(p.iv)
        ):
            continue  # "all but 2,600 of the 86,000 customers, 97%": the rest's share
        inverted = part.iv.lo > whole.iv.hi and p.iv.hi <= scale
        if inverted and (whole.iv / part.iv).scale(scale).meets(p.iv):
            continue  # "24,000 students, 30% from abroad; of the 7,200 foreign ...": roles read
        out.append(
            numeric_finding(
                "percentage_mismatch",
                "info" if inverted else "warning",
                f"{stated} does not match {part.q.text} out of {whole.q.text}.",
                f"{part.q.text} / {whole.q.text} = {_share(part, whole, scale)}; {allows}",
                p,
                part,
                whole,
            )
        )
    return out


def _names_another_group(
    doc: Doc, p: Entry, part: Entry, whole: Entry, ledger: list[Entry]
) -> bool:
    """ "Independent schools, which make up 190 of the board's 1,480 centres, awarded top
    grades to 46% of their entries": a share that names its own group ("of their
    entries") is a share of that group, not of a whole that counts another noun
    (centres), however near the two stand. Only a plural noun names members: "three
    quarters of the company", "nearly half the colony" name the whole as one body, which
    may be counted in any noun, when the share is set off after its part. A share
    standing before the part names its own whole whatever its number: "41.2% of the vote
    and 112 of the 240 seats" gives two shares of two things side by side. A whole
    without a noun of its own, or one that counts the group in other words (people by
    another noun for people), may still be the share's; so may a group told by what was
    done to it in a sentence restating the one before ("That is 45 per cent of the
    households we visited" after "knocked on 1,240 doors")."""
    group = group_of(p)
    if group is None or whole.q.counted is None:
        return False
    if _described_again(doc, p, ledger) and _RESTATING.match(
        doc_text(doc), sentence_start(doc, p), p.q.start
    ):
        return False
    if p.q.end > part.q.start and not _of_plural(doc, p):
        return False
    return _group_fits(doc, p, group, whole) is None and not same_thing(p, whole)


def _of_plural(doc: Doc, p: Entry) -> bool:
    """Whether the share is "of" a plural noun ("46% of their entries"), as the parse
    reads it."""
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if span is None:
        return False
    of = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun is not None and noun.tag_ in ("NNS", "NNPS")


def _anaphoric_share(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "2,900 of them - almost two-thirds", "Of them, 310 are eligible: one in five": the
    part is the one count of the share's sentence whose whole an anaphoric "of" names.
    The caller makes sure the share is the sentence's only one (a change's "down from
    68%" is none)."""
    counts = [c for c in counts if not is_age(doc_text(doc), c)]
    found = [
        (a, _bigger_antecedent(doc, a, w, ledger))
        for a in counts
        if (w := pronoun_whole(doc, a, ledger)) is not None
    ]
    parts = [a for a, w in found]
    if len(found) != 1 or any(c not in parts and c is not found[0][1] for c in counts):
        return None
    if found[0][0].q.end <= p.q.start and _OF_GROUP_NAMED.match(doc_text(doc), p.q.end):
        return None  # "1,100 of them, and 40% of those succeeded": a share of the 1,100
    return found[0]


#: A share followed by its own anaphoric group: after the part, the group is that part
#: ("two-thirds of them, 3,100" before its part still reaches back to the whole).
_OF_GROUP_NAMED = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.I)


def _bigger_antecedent(doc: Doc, part: Entry, whole: Entry, ledger: list[Entry]) -> Entry:
    """ "3,480 occupied burrows. A team of nine volunteers checked all five islands ...
    'Skerry Mor alone holds 1,210 of them - nearly half the colony'": a share of "them"
    cannot be of a group smaller than its part, so "them" reaches back past smaller counts
    (up to three sentences) to the nearest count of a named thing at least the part's size."""
    if whole.iv.hi >= part.iv.lo:
        return whole
    bigger = [e for e in wholes_before(part, ledger) if e.q.counted is not None]
    if bigger and bigger[-1].sent < part.sent:
        return prominent(doc, bigger)  # what the sentence before was about
    return bigger[-1] if bigger else whole


def _appositive_to_tally(doc: Doc, p: Entry, found: list[Tally]) -> tuple[Entry, Entry] | None:
    """ "Of the 48 dancers, 30 are women, or three-quarters of the company", "Of 2,400
    appointments ..., 1,560 went ahead with one present, about 45 percent": a share set off
    after the clause of a part the sentence counts out of its whole is that part's share.
    The share must be the sentence's only one (the caller checks), with no other figure
    between it and the part."""
    for t in found:
        if t.part.sent != p.sent or t.whole.sent != p.sent or t.part.q.end > p.q.start:
            continue
        between = doc_text(doc)[t.part.q.end : p.q.start]
        if (
            len(between) <= 80
            and not any(c.isdigit() for c in between)
            and _SET_OFF.search(between)
        ):
            return t.part, t.whole
    return None


#: The end of a part's clause before an appositive share: ", or", ", ", " - ", "(".
_SET_OFF = re.compile(r"(?:,|\s[-–—]|\()\s*(?:or\s+)?$")


#: "That is almost one in five", "In other words, on almost one day in three", "That
#: amounts to about 30%": the opening of a sentence that restates the one before as a share.
_RESTATING = re.compile(
    r"\W*(?:(?:that|this)(?:['’]s|\s+is|\s+was|\s+means|\s+meant|\s+amounts?\s+to|"
    r"\s+amounted\s+to|\s+represents|\s+represented|\s+equals|\s+equalled|\s+equates\s+to|"
    r"\s+comes\s+to|\s+came\s+to|\s+works\s+out\s+(?:at|to)|\s+worked\s+out\s+(?:at|to))|"
    r"in other words|put another way|put differently|that is to say)\b"
    # then nothing but an approximator or "on" ("on almost one day in three"): "That is
    # still well short of the 28% target" sets the share against a goal, restating nothing
    r"[\s,]*(?:(?:on|about|around|roughly|nearly|almost|just|some|only|over|under|more than|"
    r"less than|close to)[\s,]+)*$",
    re.I,
)


def _restating_share(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry], found: list[Tally]
) -> tuple[Entry, Entry] | None:
    """ "The council refused 94 of the 312 applications it received. That is almost one in
    five": a share opening its sentence with words that restate the sentence before ("That
    is", "In other words") is the share of the last part that sentence counts out of a
    whole (the sentence before that when the one between gives no figure). The share's
    sentence gives no count of its own, and a group the share names must be what the
    whole counts ("one day in three" of "the 304 days")."""
    if counts or not _RESTATING.match(doc_text(doc), sentence_start(doc, p), p.q.start):
        return None
    last = _last_figured_sentence(ledger, p)
    before = [t for t in found if t.part.sent == last and t.whole.sent <= t.part.sent]
    if not before:
        return None
    part, whole = before[-1].part, before[-1].whole
    group = group_of(p)
    if group is not None and not (
        counts_group(whole, group) or group[-1] == whole.q.unit or _described_again(doc, p, ledger)
    ):
        return None
    return part, whole


def _described_again(doc: Doc, p: Entry, ledger: list[Entry]) -> bool:
    """Whether a share's group is a definite noun told by what was done to it ("45 per cent
    of the households we visited", "of the firms that it inspected"): a description that
    points back to the set counted before in other words, as "That is" points back. A
    group the sentences before count by its own noun ("18,200 claims from 11,600
    customers ... 84% of the customers who came to us") is that count, not the other."""
    group = group_of(p)
    if group is not None and any(
        p.sent - 3 <= e.sent <= p.sent and e is not p and counts_group(e, group) for e in ledger
    ):
        return False
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if span is None:
        return False
    of = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (
        noun is not None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and any(c.dep_ == "relcl" for c in noun.children)
    )


def _last_figured_sentence(ledger: list[Entry], p: Entry) -> int:
    """The sentence a restating share looks back to: the one before it, or the one before
    that when the sentence between gives no figure ("610 of the 1,250 laid-off workers
    have found jobs. Many earn less. 'That's 38% of our people back at work'"): "that"
    restates the last figures said, and a sentence of comment adds none."""
    if any(e.sent == p.sent - 1 for e in ledger):
        return p.sent - 1
    return p.sent - 2


def _part_named_by_subject(
    doc: Doc, p: Entry, ledger: list[Entry], counts: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "Lusitana will cut 540 jobs at its plant. The cuts ... amount to about a third of the
    2,300 people employed at the site": a share of a whole its sentence names ("of the
    2,300"), whose subject is a definite noun ("The cuts", "These job losses") taking up a
    count of the two sentences before by its word (cut 540 jobs): that count is the part."""
    if len(counts) != 1 or not _of_between(doc_text(doc), p.q.end, counts[0].q.start):
        return None
    whole = counts[0]
    subj = _share_subject(doc, p)
    if subj is None or not any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children
    ):
        return None
    words = {str(subj.lemma_).lower()} | {
        str(c.lemma_).lower() for c in subj.children if c.dep_ == "compound"
    }
    earlier = [
        e
        for e in ledger
        if 0 < p.sent - e.sent <= 2
        and e.bare
        and not e.is_rate
        and e.q.unit == whole.q.unit
        and e.iv.lo > 0
        and words & _named_by(doc, e)
    ]
    return (earlier[-1], whole) if earlier else None


def _named_by(doc: Doc, e: Entry) -> set[str]:
    """The lemmas of the noun a count counts and of the verb done to it ("cut 540 jobs":
    job, cut)."""
    span = doc.char_span(e.q.start, e.q.end, alignment_mode="expand")
    if span is None:
        return set()
    tok = span.root
    noun = tok.head if tok.dep_ == "nummod" else tok
    out = {str(noun.lemma_).lower()}
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        out.add(str(noun.head.lemma_).lower())
    return out


def _nearer_share(ledger: list[Entry], p: Entry, whole: Entry) -> bool:
    """ "put the share at 18% and said about 41% of its 13,200 sites": another share sits
    between this one and the whole, and the whole is that share's."""
    lo, hi = sorted((p.q.end, whole.q.start))
    return any(
        e is not p and e.sent == p.sent and e.q.unit in SHARE_UNITS and lo <= e.q.start < hi
        for e in ledger
    )


def _share_of_the_total(
    doc: Doc, p: Entry, ledger: list[Entry], same_sent: list[Entry], baselines: set[int]
) -> tuple[Entry, Entry] | None:
    """ "Total CO2 emissions: 1.45 million tonnes. Of which from fuel: 430,000 tonnes, about
    20% of the total", "it supplied 1.2 million tonnes last year. Of that, 780,000 tonnes
    went to road projects, about 38% of the total": a share "of the total" sizes the count
    it is said of (its sentence's one figure, or the count it is set off after) against
    the total stated just before, in the same unit: a figure marked as the total, else the
    unmarked one the part's sentence points back to (see ``_total_before``)."""
    if (p.q.counted or "").lower() not in ("total", "overall total", "whole"):
        return None
    part = same_sent[0] if len(same_sent) == 1 else _count_before(doc_text(doc), p, ledger)
    if part is None or part.q.unit in SHARE_UNITS:
        return None
    text = doc_text(doc)
    earlier = [
        e
        for e in ledger
        if 0 < p.sent - e.sent <= 3
        and e.q.unit == part.q.unit
        and e.q.unit not in SHARE_UNITS
        and "total" in e.words
        and not _FROM_BEFORE.search(text, max(0, e.q.start - 30), e.q.start)
    ]
    if earlier:
        if part.q.counted and earlier[-1].q.counted and not same_thing(part, earlier[-1]):
            return None  # "flags of just three states, roughly a third of the total" of
            # vessels: a count of another thing is no part of that total
        return part, earlier[-1]
    whole = _total_before(doc, p, part, ledger, baselines)
    return None if whole is None else (part, whole)


#: "total number of vessels now listed, up from 153": a figure a change starts from is
#: another time's count, not the total a share is "of".
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about |some |around |roughly |nearly |almost )?$", re.I)


#: "240 members, among them 95 juniors": the part is named as members of the figure before.
_MEMBERS_OF = re.compile(
    r"\b(?:among them|including|of whom|of which|of them)\s+(?:about |some |around |nearly |"
    r"almost |roughly )?$",
    re.I,
)


#: "Of that, 780,000 tonnes ...", "Of this, ...": an opener pointing back to a figure.
_OF_THAT = re.compile(r"\W*(?:out )?of (?:that|this|it)\b", re.I)


def _total_before(
    doc: Doc, p: Entry, part: Entry, ledger: list[Entry], baselines: set[int]
) -> Entry | None:
    """The unmarked total a share "of the total" points back to: a figure before the part
    in the share's own sentence, in its unit, that the part is named as members of ("240
    members, among them 95 juniors - about 40% of the total"), when it can hold the part
    and no change is measured from it ("Spending is up 6.6% on this year's £174.9m"); a
    part without that cue may be one of several items ("Syrians lodged 2,140 of them,
    Afghans 1,870 ...; together the three nationalities made up ..."); else the
    last figure in the part's unit in the two sentences before (a change's baseline
    passed over), when ``_earlier_wholes`` allows it. It must be what the part's sentence points
    back to ("Of that, 780,000 tonnes ...") or count the part's own noun ("Downloads in
    2025: 12.4 million" for "4.1 million downloads"): a figure of another noun, or a sum
    of money with none, may be a sibling or another total."""
    text = doc_text(doc)
    own = [
        e
        for e in ledger
        if e.sent == p.sent and e.q.unit == part.q.unit and e.q.end <= part.q.start
    ]
    if own:  # "240 members, among them 95 juniors - about 40% of the total"
        whole = own[-1]
        fits = (
            not changes_in(text[sentence_start(doc, p) : whole.q.start])
            and not whole.is_rate
            and id(whole) not in baselines
            and whole.iv.lo >= part.iv.hi
            and _MEMBERS_OF.search(text, max(0, part.q.start - 30), part.q.start) is not None
        )
        return whole if fits else None
    before = [
        e
        for e in ledger
        if 0 < p.sent - e.sent <= 2
        and e.q.unit == part.q.unit
        and not e.is_rate
        and id(e) not in baselines
        and not _list_item(text, e, ledger)
    ]
    if not before or before[-1] not in _earlier_wholes(text, p, part, ledger, baselines):
        return None
    whole = before[-1]
    pointed = _OF_THAT.match(text, sentence_start(doc, p)) is not None
    named = part.q.counted is not None and whole.q.counted is not None
    return whole if pointed or named else None


#: The words between two items of one list: no figure, stop or change, then "and".
_AND_NEXT = re.compile(r"[^\d;:.]{0,60}(?:,\s*|\s)and\s+$", re.I)


def _list_item(text: str, e: Entry, ledger: list[Entry]) -> bool:
    """ "registered 12,740 applications in the first quarter and 11,900 in the second": a
    figure joined by "and" to another of its unit in its sentence is one item of a
    breakdown, never the unmarked total a later share "of the total" means."""
    for o in ledger:
        if o is e or o.sent != e.sent or o.q.unit != e.q.unit:
            continue
        first, second = (o, e) if o.q.end <= e.q.start else (e, o)
        between = text[first.q.end : second.q.start]
        if _AND_NEXT.fullmatch(between) and not changes_in(between):
            return True
    return False


def _share_of_a_named_whole(
    doc: Doc, p: Entry, ledger: list[Entry], baselines: set[int]
) -> tuple[Entry, Entry] | None:
    """ "The retailer reported revenue of £820m ... Online sales reached £246m, accounting
    for 41% of revenue": a share set off after a count, of a noun that names no count of
    its own sentence, is that count's share of the nearest figure before it in the count's
    unit that the noun names (its subject, its counted noun, its line's label or the words
    just before it: "revenue of £820m")."""
    group = group_of(p)
    text = doc_text(doc)
    part = _count_before(text, p, ledger)
    if group is None or part is None:
        return None
    if any(e.sent == p.sent and e.bare and counts_group(e, group) for e in ledger):
        return None  # the share's sentence counts its group itself
    wholes = [
        e
        for e in _earlier_wholes(text, p, part, ledger, baselines)
        if e.subject == group[-1]
        or counts_group(e, group)
        or _label_names(text, e, group)
        or (e.q.counted is None and _named_just_before(text, e, group[-1]))
    ]  # "3,200 asylum applications covering 7,900 people": a figure's own noun names it
    return (part, wholes[-1]) if wholes else None


def _earlier_wholes(
    text: str, p: Entry, part: Entry, ledger: list[Entry], baselines: set[int]
) -> list[Entry]:
    """The figures of the three sentences before a share that may be the whole its part is
    taken of, in text order: in the part's unit, counting the part's thing (or no noun),
    at least as large as the part, and in the share's setting. A change's baseline ("up
    39% from 8.9 million in 2024") is another time's figure, and a figure with a share of
    its own set off after it ("Wind: 19.6 TWh, about 41% of the total") is a sibling part,
    never the whole."""
    return [
        e
        for e in ledger
        if 0 < p.sent - e.sent <= 3
        and e.bare
        and not e.is_rate
        and not e.gap
        and e.q.unit == part.q.unit
        and id(e) not in baselines
        and e.iv.lo >= part.iv.hi
        and (e.q.counted is None or part.q.counted is None or same_thing(e, part))
        and same_setting(p, e)
        and not _has_own_share(text, e, ledger)
    ]


def _named_just_before(text: str, e: Entry, noun: str) -> bool:
    """Whether the words right before a figure, back to the figure or clause before it,
    name it by ``noun`` or a word of its stem ("reported revenue of £820m")."""
    lead = re.split(r"[\d;:.]", text[max(0, e.q.start - 40) : e.q.start])[-1]
    return any(_stem_match(noun, w.lower()) for w in re.findall(r"[A-Za-z]+", lead))


def _share(part: Entry, whole: Entry, scale: float) -> str:
    value = (part.iv.mid / whole.iv.mid) * scale
    return f"{value:.1f}%" if scale == 100 else f"{value:.2f}"


def _part_and_whole(doc: Doc, p: Entry, counts: list[Entry]) -> tuple[Entry, Entry] | None:
    """The whole is "of the W" after the share or after the part; the part sits next to it."""
    text = doc_text(doc)
    whole = next((w for w in counts if _of_between(text, p.q.end, w.q.start)), None)
    part = None
    pairs = (
        [
            (a, w)
            for a in counts
            for w in counts
            if a is not w and _of_between(text, a.q.end, w.q.start)
        ]
        if whole is None
        else []
    )
    if len(pairs) > 1:  # "73.1% among girls, with 3,770 of 5,160, and 69.6% among boys,
        # with 3,660 of 5,260": each share takes the pair nearest it
        return min(pairs, key=lambda aw: _apart(text, p, aw[0], aw[1]))
    for a in counts:
        if a is whole:
            continue
        if whole is None and any(_of_between(text, a.q.end, w.q.start) for w in counts):
            whole = next(w for w in counts if _of_between(text, a.q.end, w.q.start))
        near = (a.q.end <= p.q.start and _PCT_OR.match(text[a.q.end : p.q.start])) or (
            p.q.end <= a.q.start and _PCT_OR.match(text[p.q.end : a.q.start])
        )
        if near or (whole is not None and _of_between(text, a.q.end, whole.q.start)):
            part = a
            break
    if whole is None:
        whole = next(
            (
                w
                for w in counts
                if w is not part
                and text[max(0, w.q.start - 12) : w.q.start].lower().endswith(LEADING_OF)
            ),
            None,
        )
    by_which = False
    if whole is None:
        # "48,200 tests ..., of which 21,700 were passes, 45%": the share comes after the
        # whole; "Minors made up about a quarter of the total, some 2,400, of whom 860 ...":
        # a share before it is the share of that whole, not of its part
        whole = next(
            (
                w
                for w in counts
                if w.q.end <= p.q.start and _WHICH.match(text[w.q.end : w.q.end + 45])
            ),
            None,
        )
        by_which = whole is not None
    if part is None and whole is not None:
        # "Of the 250 stations, 85 recorded ..., or 45%": the one other figure of the
        # sentence in the whole's unit and setting, counting nothing else, is the part.
        others = [
            a
            for a in counts
            if a is not whole
            and a.q.unit == whole.q.unit
            and not _introduced_as_whole(text, a)
            and a.iv.lo > 0  # "said they got under six": a bound, not a tally of the whole
            # "9mm of rain, about 17% of the month's 53mm average, and only 2mm has fallen
            # so far in July": a figure of another time is no part of the whole's
            and same_setting(a, whole)
            and (
                a.q.counted is None
                or same_thing(a, whole)
                # "412,000 room nights ..., 61% of the 540,000 available": an elliptical
                # whole counts what the figure before the share counts
                or (whole.q.counted is None and a.q.end <= p.q.start < whole.q.start)
            )
        ]
        part = others[0] if len(others) == 1 else None
    beside = next(
        (
            a
            for a in counts
            if a.q.end <= p.q.start
            and _PCT_OR.match(text[a.q.end : p.q.start])
            and a.iv.hi >= 1  # a count, not a bound reaching down to nothing
        ),
        None,
    )
    if (
        beside is not None
        and whole is not None
        and beside not in (whole, part)
        and beside.q.unit == whole.q.unit
        and beside.iv.hi <= whole.iv.hi
    ):
        part = beside  # "won 6 of the 48 seats in 2021, now hold 11, nearly a quarter":
        # a share set off right after a count is that count's share
    if part is None or whole is None or part is whole or part.q.unit != whole.q.unit:
        return None
    if by_which and part.iv.lo > whole.iv.hi:
        # "48,200 tests were taken at the region's 23 centres, of which 21,700 were
        # passes": "of which" reaches past a smaller figure to the clause's own whole
        bigger = [w for w in counts if w.q.end <= whole.q.start and w.iv.hi >= part.iv.lo]
        whole = bigger[-1] if bigger else whole
    return part, whole


#: "nearly a third of the year's rain": a share of what a named stretch of time held.
_OF_PERIODS = re.compile(
    r"\s+of (?:the|this|last) (?P<u>year|month|week|quarter)['\u2019]s\b", re.I
)
_PERIOD_DAYS = {"year": (360, 366), "month": (28, 31), "week": (7, 7), "quarter": (89, 92)}


def _share_of_a_period(
    doc: Doc, p: Entry, ledger: list[Entry], same_sent: list[Entry]
) -> tuple[Entry, Entry] | None:
    """ "March alone brought 212 mm - nearly a third of the year's rain": the count the
    share is set off after, out of the first total in its unit over a whole such period
    that holds the count's own time."""
    text = doc_text(doc)
    m = _OF_PERIODS.match(text, p.q.end)
    if m is None:
        return None
    part = next(
        (a for a in same_sent if a.q.end <= p.q.start and _PCT_OR.match(text[a.q.end : p.q.start])),
        None,
    )
    if part is None or part.start is None or part.end is None:
        return None
    lo, hi = _PERIOD_DAYS[m.group("u").lower()]
    wholes = [
        w
        for w in ledger
        if w is not part
        and not w.is_rate
        and w.q.unit == part.q.unit
        and w.q.unit not in SHARE_UNITS
        and w.start is not None
        and w.end is not None
        and w.start.year is not None
        and w.end.year is not None
        and lo <= (_day(w.end) - _day(w.start)).days + 1 <= hi
        and _day(w.start) <= _day(part.start) <= _day(part.end) <= _day(w.end)
        and w.place <= part.place
        and not w.scope.average  # "the 1,090 mm average of the 38 years"
    ]
    # the first such total: the article's own, before a neighbour's "1,240 mm for the year"
    return (part, wholes[0]) if wholes else None


def _day(d: Span3) -> date:
    return date(d.year or 2001, d.month, d.day)


def _apart(text: str, p: Entry, a: Entry, w: Entry) -> int:
    """How far a share sits from a part-and-whole pair, a new clause between counting as
    far ("73.1% ..., with 3,770 of 5,160 vaccinated, and 69.6% among boys")."""
    lo, hi = (p.q.end, a.q.start) if p.q.end <= a.q.start else (w.q.end, p.q.start)
    gap = text[lo:hi] if lo <= hi else ""
    return len(gap) + (1000 if _NEW_CLAUSE.search(gap) else 0)


#: "... or 47%, against 108 of the 401 on placebo": a comparison opens the other group's pair.
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas|against|compared (?:with|to)|versus|vs\.?)\b|;"
)


def _introduced_as_whole(text: str, a: Entry) -> bool:
    """ "Of the 1,200 polled, 45% ...; among the 300 aged 18 to 24, 62%": a count opened by
    a partitive "of"/"among" is a base of its own share, never the part of another base."""
    return text[max(0, a.q.start - 12) : a.q.start].lower().endswith(LEADING_OF)


_WHICH = re.compile(r"^[^\d.;]{0,30}?,? of (?:which|whom)\b", re.I)


#: "of the", "out of its", "of the region's": a partitive "of" and its determiner.
_OF = re.compile(
    r"^(?:out )?of(?: (?:the|its|their|his|her|our|my|all|all the))?"
    r"(?: (?:the )?[a-z][\w-]*(?:'s|s'|’s))?$"
)


def _of_between(text: str, end: int, start: int) -> bool:
    if start <= end or start - end > 30:
        return False
    return _OF.match(" ".join(text[end:start].split()).lower()) is not None


def _counted_elsewhere(
    doc: Doc, p: Entry, ledger: list[Entry], found: list[Tally]
) -> Finding | None:
    """ "Nearly four in ten reservists ignored call-up" in the headline, "4,800 reservists
    ... Of those, 1,150 failed to appear" in the body: a share whose own sentence gives no
    count of its group, held against the part and whole the article counts elsewhere.

    Only one whole in the article may count the group (shares of men and of women, of two
    regions or two years are never crossed), in the same place and time; and the share
    must be tied to the counts by more than the noun: it heads the article, or says what
    they say ("with a GP" and "with one of its GPs").
    The share holds when any counted part, the rest of the whole, or all the parts
    together give it."""
    group = group_of(p) or _group_pointed_at(doc_text(doc), p, ledger)
    if group is None or p.scope.hedged or WIDER.search(sentence_text(doc, p)):
        return None
    if any(e.sent == p.sent and e is not p and e.bare and counts_group(e, group) for e in ledger):
        return None  # the share's own sentence counts its group: not a share of counts elsewhere
    if _own_count_before(doc_text(doc), p, ledger):
        return None  # "268 people waited more than 12 hours, nearly 3% of attendances"
    text = doc_text(doc)
    mine = [
        t
        for t in found
        if p.sent not in (t.part.sent, t.whole.sent)
        and not _has_own_share(text, t.part, ledger)  # "5,700 of them, or 3.1%": taken
        and (
            _group_fits(doc, p, group, t.whole) is not None or _whole_redescribed(doc, p, group, t)
        )
        and same_setting(p, t.whole)
        and not (p.start is not None and t.whole.start is None)  # "Last year 68% of pupils"
    ]
    if not mine or len({t.whole.iv for t in mine}) != 1:
        return None
    scale = 100.0 if p.q.unit == "percent" else 1.0
    whole = mine[0].whole
    parts = list({id(t.part): t.part for t in mine}.values())
    if _any_part_gives(p, whole, parts, ledger):
        return _fits_elsewhere(p, whole, parts, scale)
    loose = any(_group_fits(doc, p, group, t.whole) != "exact" for t in mine)
    if not loose and any(_wider_count(e, whole, group) for e in ledger):
        return None  # "14,820 patients in October" and "3,940 patients" brought by
        # ambulance: a share "of patients" may be of either, and its own part is not given
        # (a share whose words name the whole's deed, "members who responded", is its own)
    part = _tied_part(doc, p, parts, group, by_words=loose)
    if part is None:
        return None
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{p.q.text} does not match {part.q.text} out of {whole.q.text}, "
        "the counts the article gives for them.",
        f"{part.q.text} / {whole.q.text} = {_share(part, whole, scale)}; "
        f"{p.q.text} allows {p.iv}{'%' if scale == 100 else ''}.",
        p,
        part,
        whole,
    )


#: "Of those children, 786": a fronted partitive calling the whole's members by a noun.
_FRONTED_THOSE = re.compile(r"(?:Of|Among) (?:those|these|the) ([a-z]+),\s*$")


def _whole_redescribed(doc: Doc, p: Entry, group: list[str], t: Tally) -> bool:
    """ "1,180 applications. Of those children, 786 have been offered ...": the text calls
    the whole's members by the noun it gives the part, so a share of that kind of thing
    (people: "four in five pupils") may be of this whole, whatever noun the whole has."""
    text = doc_text(doc)
    m = _FRONTED_THOSE.search(text, sentence_start(doc, t.part), t.part.q.start)
    if m is None or not same_setting(p, t.part):
        return False
    noun = m.group(1)
    return counts_group(t.part, group) or (counts_people(noun) and counts_people(group[-1]))


def _wider_count(e: Entry, whole: Entry, group: list[str]) -> bool:
    """Whether ``e`` counts the share's group too, and more of it than the tally's whole:
    then the whole is one subgroup, and the article holds more than one whole."""
    return (
        e.bare
        and not e.is_rate
        and e.q.unit == whole.q.unit
        and e.iv.lo > whole.iv.hi
        and counts_group(e, group)
    )


def _whole_counted_elsewhere(doc: Doc, p: Entry, ledger: list[Entry]) -> Finding | None:
    """ "Registered to vote abroad: 1.2 million" and, lines later, "Ballots received:
    260,000, roughly one in three registered voters": a share set off right after a count
    is that count's share of the group it names; when the share's sentence counts no such
    group, the whole is the one figure elsewhere in the article that counts it, by its
    noun or by the label of its key-figures line, in the count's unit, larger than the
    count, in the same place and time and narrowed to no place the share does not name."""
    group = group_of(p)
    text = doc_text(doc)
    if group is None or WIDER.search(sentence_text(doc, p)):
        return None
    part = _set_off_count(text, p, ledger)
    if part is None:
        return None
    wholes = [
        e
        for e in ledger
        if e.sent != p.sent
        and e.bare
        and not e.is_rate
        and e.q.unit == part.q.unit
        and e.iv.lo > part.iv.hi
        and (counts_group(e, group) or _label_names(text, e, group))
        and same_setting(p, e)
        and not _narrower(e, p)
    ]
    if len({w.iv for w in wholes}) != 1:
        return None
    whole = wholes[0]
    scale = 100.0 if p.q.unit == "percent" else 1.0
    if (part.iv / whole.iv).scale(scale).meets(p.iv):
        return None
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{p.q.text} does not match {part.q.text} out of {whole.q.text}, "
        "the count the article gives for the group the share names.",
        f"{part.q.text} / {whole.q.text} = {_share(part, whole, scale)}; "
        f"{p.q.text} allows {p.iv}{'%' if scale == 100 else ''}.",
        p,
        part,
        whole,
    )


def _narrower(whole: Entry, p: Entry) -> bool:
    """ "Aldenport, the provincial capital: 412,000 residents" against "14.3% of
    residents": a count tied to a place or a named holder the share does not name counts
    only some of the share's group."""
    return bool((whole.place - p.place) or (whole.scope.names - p.scope.names))


def _set_off_count(text: str, p: Entry, ledger: list[Entry]) -> Entry | None:
    """The count a share is set off right after ("260,000, roughly one in three"), a bare
    count of its sentence with nothing but a comma, "or" or an approximator between."""
    before = [
        e
        for e in ledger
        if e.sent == p.sent and e.bare and not e.is_rate and e.q.end <= p.q.start and e is not p
    ]
    if not before or not _PCT_OR.match(text[before[-1].q.end : p.q.start]):
        return None
    return before[-1] if before[-1].iv.lo > 0 else None


#: A key-figures line's label before its figure: "- Registered to vote abroad: ".
_LABEL = re.compile(r"^[ \t]*(?:[-–—•*][ \t]*)?(?P<label>[A-Za-z][^:\n\d]{0,80}):[ \t]*$")


def _label_names(text: str, e: Entry, group: list[str]) -> bool:
    """Whether the label of the figure's line names the group: every word of the group
    shares its stem with a word of the label ("registered voters" in "Registered to vote
    abroad: 1.2 million")."""
    start = text.rfind("\n", 0, e.q.start) + 1
    m = _LABEL.match(text[start : e.q.start])
    if m is None:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group("label"))]
    return all(any(_stem_match(g, w) for w in words) for g in group)


def _stem_match(a: str, b: str) -> bool:
    """ "voter" and "vote", "registered" and "registered": the same word, or one the other
    with an ending added, or words sharing a long stem (see ``_same_stem``)."""
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 4 and long_.startswith(short)) or _same_stem(a, b)


def _has_own_share(text: str, part: Entry, ledger: list[Entry]) -> bool:
    """Whether a count has its share set off right after it ("About 5,700 of them, or
    3.1%, were cancelled"): a share said elsewhere ("88.2% of services on time") speaks of
    another part of the group."""
    return any(
        e.sent == part.sent
        and e.q.unit in SHARE_UNITS
        and e.q.start >= part.q.end
        and _PCT_OR.match(_skip_of(text[part.q.end : e.q.start]))
        for e in ledger
    )


def _skip_of(gap: str) -> str:
    """The gap with an "of them" / "of the N" right after the count left out."""
    return re.sub(r"^\s+(?:out )?of (?:them|those|these|the [\w\s,]{0,30}?)(?=,)", "", gap)


def _own_count_before(text: str, p: Entry, ledger: list[Entry]) -> bool:
    """Whether a count stands right before the share in its clause, the share set off after
    it ("268 people waited more than 12 hours, nearly 3% of attendances"): the share is
    that count's, whatever group the share names."""
    return _count_before(text, p, ledger) is not None


def _count_before(text: str, p: Entry, ledger: list[Entry]) -> Entry | None:
    """The count right before a share in its clause, the share set off after it, with no
    clause break ("and", "but", a stop) between; the nearest such count."""
    found = None
    for e in ledger:
        if e.sent != p.sent or e.q.end > p.q.start or e is p or not e.bare or e.is_rate:
            continue
        between = text[e.q.end : p.q.start]
        if len(between) <= 80 and not re.search(r"[;:.]|\band\b|\bbut\b", between):
            found = e
    return found


#: "Nearly 40% of them", "half of those": a share of a group named before.
_OF_THEM = re.compile(r"\s+(?:out )?of (?:them|those|these)\b", re.I)


def _group_pointed_at(text: str, p: Entry, ledger: list[Entry]) -> list[str] | None:
    """ "... monitors 1,240 filling stations. ... 'Nearly 40% of them were above 1.90'":
    the group of a share "of them" is what the nearest count before it names, in its
    sentence or the two before, when that count names a noun of its own."""
    if not _OF_THEM.match(text, p.q.end) or _DESCRIBED_THOSE.match(text, p.q.end):
        return None
    before = [e for e in ledger if e.q.end <= p.q.start and 0 <= p.sent - e.sent <= 2 and e.bare]
    if not before or not before[-1].q.counted:
        return None  # "310 of them ... 'Nearly 40% of them'": them may be the 310
    return group_of(before[-1])


#: "2.7% of those given placebo", "of those who replied": "those" with a participle or a
#: relative clause names its group afresh by what was done to it; it points back at no count.
_DESCRIBED_THOSE = re.compile(
    r"\s+(?:out )?of th[eo]se\s+(?:who|whom|whose|which|that|[a-z]{3,}ed|given|taken|seen|"
    r"held|born|shown|known|sent|kept|told|left|hit|put|won|lost|made|paid|found|brought|"
    r"bought|caught|chosen|driven|written|done)\b",
    re.I,
)


def _fits_elsewhere(p: Entry, whole: Entry, parts: list[Entry], scale: float) -> Finding | None:
    """ "A third of bus routes axed" over "42 of its 126 routes": a share said apart from
    its counts that one counted part gives is worth showing as checked (info); when only
    the rest or a sum of parts gives it, which counts it means is unclear, so nothing."""
    fitting = [a for a in parts if (a.iv / whole.iv).scale(scale).meets(p.iv)]
    if len(fitting) != 1:
        return None
    part = fitting[0]
    if part.q.counted and whole.q.counted and not same_thing(part, whole):
        return None
    return numeric_finding(
        "percentage_mismatch",
        "info",
        f"{p.q.text[:1].upper()}{p.q.text[1:]}: {part.q.text} out of {whole.q.text} is "
        f"{_share(part, whole, scale)}, which fits.",
        f"{part.q.text} / {whole.q.text} = {_share(part, whole, scale)}; "
        f"{p.q.text} allows {p.iv}{'%' if scale == 100 else ''}.",
        p,
        part,
        whole,
    )


def _any_part_gives(p: Entry, whole: Entry, parts: list[Entry], ledger: list[Entry]) -> bool:
    """Whether any part the article may mean gives the share: a counted part, the rest of
    the whole, all of them together, or another count of the same kind said next to them
    ("Of those, 600 had been assaulted. Another 1,340 had thought of leaving")."""
    near = [
        e
        for e in ledger
        if e.bare
        and not e.is_rate
        and e.q.unit == whole.q.unit
        and e is not whole
        and e.iv.lo > 0
        and e.iv.hi <= whole.iv.hi
        and any(0 <= e.sent - a.sent <= 1 for a in parts)
        and (e.q.counted is None or same_thing(e, whole) or any(same_thing(e, a) for a in parts))
    ]
    tried = list({id(e): e for e in [*parts, *near]}.values())
    total = parts[0].iv
    for a in parts[1:]:
        total = total + a.iv
    ivs = [a.iv for a in tried] + [whole.iv - a.iv for a in tried] + [total]
    scale = 100.0 if p.q.unit == "percent" else 1.0
    return any((iv / whole.iv).scale(scale).meets(p.iv) for iv in ivs)


def _group_fits(doc: Doc, p: Entry, group: list[str], whole: Entry) -> str | None:
    """How a whole counts the share's group: "exact" when it counts it by its noun;
    "loose" when only in other words, a group of people named by another noun for
    people ("our young people", "1,840 pupils") or by what its members did ("members who
    responded", "2,750 responses"); None when it counts something else."""
    if counts_group(whole, group) or elliptical_group(doc, whole, group):
        return "exact"
    head = canonical(whole.q.counted or "").split()[-1:]
    if not head or (len(group) > 1 and head[0] == group[-1]):
        return None  # "0.8% of vaccinated participants" and "3,012 participants": the
        # group's own noun without its narrowing word counts a wider group
    if (counts_people(group[-1]) or group[-1] in _BODIES_OF_PEOPLE) and counts_people(head[0]):
        return "loose"
    done = _done_by_group(doc, p)
    return "loose" if done is not None and _same_stem(done, head[0]) else None


#: Singular nouns for a body of people, whose size is its members: "half of the audience"
#: is half of the viewers, "a third of the workforce" a third of the employees. Not
#: "population" or "public": everyone in a place, wider than a group an article counts
#: ("about 9% of the state's population aged 10 to 17" beside "1,150 young people
#: released").
_BODIES_OF_PEOPLE = frozenset(
    ("audience", "crowd", "workforce", "electorate", "membership", "readership", "congregation")
)


def _done_by_group(doc: Doc, p: Entry) -> str | None:
    """The verb a relative clause or participle says of the share's group ("two-thirds of
    members who responded": respond), lemmatised."""
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if span is None:
        return None
    of = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None:
        return None
    verb = next((c for c in noun.children if c.dep_ in ("relcl", "acl")), None)
    return None if verb is None else str(verb.lemma_).lower()


def _tied_part(
    doc: Doc, p: Entry, parts: list[Entry], group: list[str], *, by_words: bool = False
) -> Entry | None:
    """The part a share speaks of: one whose clause shares a content word with the share's
    sentence ("with a GP", "with one of its GPs"); else, when the share or the part is the
    headline's claim, that part; else none: a share next to a tally may say something else of
    the same group ("More than half of our members are over 60" beside "Of those 840
    members, 120 joined this year")."""
    skip = frozenset(group)
    said = predicate_words(doc, sentence_start(doc, p), sentence_end(doc, p), skip=skip)
    tied = [
        a for a in parts if said & predicate_words(doc, a.q.start, sentence_end(doc, a), skip=skip)
    ]
    if tied or by_words:  # a group matched only loosely needs the words to tie it
        return tied[0] if tied else None
    if p.sent == 0:
        return parts[0]
    return next((a for a in parts if a.sent == 0), None)  # the counts are the headline's


#: "58 per cent full", "94 percent occupied", "at 80% of capacity": a share of a capacity.
_FULL = re.compile(
    r"\s*(?:full|occupied|booked|sold|utili[sz]ed|of (?:its |their |the )?(?:total |combined "
    r"|full )?capacity)\b",
    re.I,
)
#: "against a combined capacity of 310 billion litres", "a 55,000-capacity stadium".
_CAPACITY_BEFORE = re.compile(r"\bcapacity (?:of|for)\s+(?:about |around |some |roughly )?$", re.I)
_CAPACITY_AFTER = re.compile(r"[\s-]capacity\b", re.I)


def _fill_level(doc: Doc, p: Entry, ledger: list[Entry]) -> Finding | None:
    """ "Reservoirs ... are 58 per cent full" and "its 14 reservoirs hold 141 billion litres,
    against a combined capacity of 310 billion litres": a fill level held against the
    amount and the capacity the article gives, when the article gives one such pair and
    the two sentences name the same holder ("reservoirs")."""
    text = doc_text(doc)
    if p.q.unit != "percent" or not _FULL.match(text, p.q.end):
        return None
    pairs = [
        (held, cap)
        for cap in ledger
        if cap.sent != p.sent
        and not cap.is_rate
        and (
            _CAPACITY_BEFORE.search(text, max(0, cap.q.start - 40), cap.q.start)
            or _CAPACITY_AFTER.match(text, cap.q.end)
        )
        for held in ledger
        if held.sent == cap.sent
        and held is not cap
        and held.q.unit == cap.q.unit
        and held.q.end <= cap.q.start
        and not held.is_rate
    ]
    if len(pairs) != 1 or not same_setting(p, pairs[0][1]):
        return None
    held, cap = pairs[0]
    share = (held.iv / cap.iv).scale(100.0)
    skip = frozenset(("capacity", "cent", "percent"))
    said = predicate_words(doc, sentence_start(doc, p), sentence_end(doc, p), skip=skip)
    told = predicate_words(doc, sentence_start(doc, cap), sentence_end(doc, cap), skip=skip)
    if share.meets(p.iv) or not said & told:
        return None
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{p.q.text} full does not match {held.q.text} against a capacity of {cap.q.text}.",
        f"{held.q.text} / {cap.q.text} = {_share(held, cap, 100.0)}; {p.q.text} allows {p.iv}%.",
        p,
        held,
        cap,
    )


#: What a share may be "of" and still name no group of its own: "46% of everything we
#: added", "a third of the total".
_OF_ALL = re.compile(r"\s+of\s+(?:everything|all\b|the total\b)", re.I)


def _said_of_a_tally(doc: Doc, p: Entry, ledger: list[Entry], found: list[Tally]) -> Finding | None:
    """ "Support is at 47%", and far below, "Trentham Research interviewed 1,520 adults ...
    Of these, 582 said they supported the merger": a share that names no group, said of
    what its clause's subject names, held against the one part the article counts out of a
    whole in the same word (support, supported; opposition, opposed; originals).

    The subject is a common noun that is not itself narrowed to a subgroup ("among women");
    the part's own clause (up to the next figure) must use the word; exactly one part may.
    """
    text = doc_text(doc)
    if p.scope.hedged or WIDER.search(sentence_text(doc, p)):
        return None
    if p.q.counted is not None and not _OF_ALL.match(text, p.q.end):
        return None  # "61% of those aged 65 and over": a group of its own
    if any(e.sent == p.sent and e.bare and not e.is_rate for e in ledger):
        return None  # its sentence gives counts: not a share of counts elsewhere
    subj = _share_subject(doc, p)
    if subj is None:
        return None
    subject = str(subj.lemma_).lower()
    hits = [
        t
        for t in found
        if p.sent not in (t.part.sent, t.whole.sent)
        and not _has_own_share(text, t.part, ledger)
        and _clause_says(doc, t.part, ledger, subject)
        and same_setting(p, t.whole)
        and not (p.start is not None and t.whole.start is None)  # "in 2021, was 48%"
    ]
    if len({id(t.part) for t in hits}) != 1:
        return None
    part, whole = hits[0].part, hits[0].whole
    if _any_part_gives(p, whole, [part], ledger):
        return None
    scale = 100.0 if p.q.unit == "percent" else 1.0
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{p.q.text} does not match {part.q.text} out of {whole.q.text}, "
        f"the counts the article gives for what '{subject}' names.",
        f"{part.q.text} / {whole.q.text} = {_share(part, whole, scale)}; "
        f"{p.q.text} allows {p.iv}{'%' if scale == 100 else ''}.",
        p,
        part,
        whole,
    )


def _share_subject(doc: Doc, p: Entry) -> Token | None:
    """The common noun that is the subject of the share's clause ("Support is at 47%":
    Support; "Originals made up 46%": Originals; "The cuts ... amount to about a third":
    cuts), or None when the share is itself the subject, the subject is a pronoun or name,
    or it is narrowed to a subgroup ("Support among women")."""
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return None
        if tok.head.i == tok.i:
            break  # the clause's root, whatever the tagger called it ("amount to")
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.pos_ == "NOUN" or subj.lower_ in _PART_WORDS):
        return None  # "Turnout was 71%": a rate noun the tagger took for a name
    if any(c.lower_ in ("among", "in", "outside") for c in subj.children):
        return None
    return subj


def _clause_says(doc: Doc, part: Entry, ledger: list[Entry], word: str) -> bool:
    """Whether the part's own clause (to the next figure of its sentence, or its end) has a
    content word of the same stem as ``word`` ("supported" for support, "opposed" for
    opposition)."""
    end = min(
        (e.q.start for e in ledger if e.sent == part.sent and e.q.start > part.q.end),
        default=sentence_end(doc, part),
    )
    span = doc.char_span(part.q.end, end, alignment_mode="expand")
    if span is None:
        return False
    words = (word, *_PART_WORDS.get(word, ()))
    return any(
        t.pos_ in ("NOUN", "VERB", "ADJ")
        and any(_same_stem(str(t.lemma_).lower(), w) for w in words)
        for t in span
    )


#: Rates whose part is named in words of another stem: turnout is the share of voters who
#: voted ("2.9 million ballots were cast"), mortality the share who died. Rates whose part
#: shares their stem (support, supported; occupancy, occupied) need no entry.
_PART_WORDS: dict[str, tuple[str, ...]] = {
    "turnout": ("ballot", "vote"),
    "mortality": ("death", "die"),
    "fatality": ("death", "die"),
}


def _same_stem(a: str, b: str) -> bool:
    """ "support" and "support", "opposition" and "oppose", "approval" and "approve": words
    sharing a stem of five letters or more, most of the shorter word."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= 0.6 * min(len(a), len(b))


def _deed_counted_elsewhere(doc: Doc, p: Entry, ledger: list[Entry]) -> Finding | None:
    """ "With roughly one in three applications funded" in a quote, and elsewhere "received
    412 applications" and "funds 86 projects": a share of a group said to have had a deed
    done (a participle on the group, or the verb the share is subject of), with no count
    in its own sentence, is the share the count of that deed makes of the count of the
    group. The article must count the deed once (one value) and the group once, larger,
    in the deed's unit and in the share's place and time ("of these young people": the
    largest count of people just before); the part may count the group in another word
    (funded applications become projects)."""
    group = group_of(p)
    if group is None or p.scope.hedged or WIDER.search(sentence_text(doc, p)):
        return None
    if any(e.sent == p.sent and e is not p and not e.is_rate for e in ledger):
        return None  # its sentence gives counts or other shares ("Women make up 46%,
        # children 38%"): a breakdown or a share of counts of its own, not of a deed
    deeds = deeds_of(doc, p, share=True)
    if not deeds:
        return None
    others = [
        e
        for e in ledger
        if e.sent != p.sent
        and e.bare
        and not e.is_rate
        and e.q.unit not in SHARE_UNITS
        and same_setting(p, e)
        and not (p.start is not None and e.start is None)  # "Last year 61% of pupils"
    ]
    text = doc_text(doc)
    others = [e for e in others if not is_age(text, e)]  # "Mikael Orr, 45": no group
    parts = [e for e in others if deeds & deeds_of(doc, e) and not _after_of(text, e)]
    if len({(a.iv, a.q.unit) for a in parts}) != 1:
        return None
    part = parts[0]
    bigger = [e for e in others if e.q.unit == part.q.unit and e.iv.lo > part.iv.hi]
    wholes = [e for e in bigger if counts_group(e, group) and not _has_own_share(text, e, ledger)]
    if not wholes and _OF_THEM.match(text, p.q.end):
        wholes = _people_pointed_at(p, bigger)
    if len({w.iv for w in wholes}) != 1:
        return None
    whole = wholes[0]
    scale = 100.0 if p.q.unit == "percent" else 1.0
    if (part.iv / whole.iv).scale(scale).meets(p.iv) or _any_part_gives(p, whole, parts, ledger):
        return None
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{p.q.text} does not match {part.q.text} out of {whole.q.text}, the counts the "
        f"article gives for the group and for what was done to it ({', '.join(sorted(deeds))}).",
        f"{part.q.text} / {whole.q.text} = {_share(part, whole, scale)}; "
        f"{p.q.text} allows {p.iv}{'%' if scale == 100 else ''}.",
        p,
        part,
        whole,
    )


def _people_pointed_at(p: Entry, others: list[Entry]) -> list[Entry]:
    """ "5,400 volunteers completed the training. The oldest graduate was 51 ... 'Two out
    of three of these young people signed a contract'": "these" points back to the
    group of people the two sentences before count, the largest such count (an age or
    a subgroup said of it is smaller)."""
    near = [
        e
        for e in others
        if 0 < p.sent - e.sent <= 2 and e.q.unit is None and counts_people(e.q.counted)
    ]
    return [max(near, key=lambda e: e.iv.hi)] if near else []


#: "22 of 30 defendants", "36 out of the 48": the figure after "of" is a tally's whole.
_OF_BEFORE = re.compile(r"\b(?:of|out of)\s+(?:the\s+)?$", re.I)


def _after_of(text: str, e: Entry) -> bool:
    """Whether the figure is the whole of a tally ("22 of 30 defendants were convicted"):
    what the clause's verb did was done to the part, not to all of them."""
    return _OF_BEFORE.search(text, max(0, e.q.start - 12), e.q.start) is not None
