"""``part_exceeds_whole`` by the learned second look: a figure the text marks as part of
another ("alone", "of those ...", "including", a narrower place or a sub-period) that is
larger than it, when no rule tied the two.

Any larger figure in the same unit could be called a part of a smaller one, so the
candidates are gated first, by wording a reader relies on too: something must say the
larger figure is a part (a cue, a period inside the other's, a place the other lacks),
and nothing may say the two count different things or different times (an age, "up
from", "a year earlier", a figure with its own whole beside it, a larger figure in its
own sentence that is its whole). The model then weighs what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import fmt
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import canonical, counts_people
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._pairing import FAR_APART, comparable, days_between
from claimscope.layers.findings.numeric.learned._candidate import Candidate, vetoed
from claimscope.layers.findings.numeric.learned._features import (
    HEDGES,
    Context,
    people_and_things,
    period_relation,
    relation,
    shared_words,
)

__all__ = ["part_candidates"]

_ALONE = re.compile(r"\balone\b", re.I)
#: "38 of the 142", "40 of those", "120 of last year's": the figure is taken from a group.
_OF_AFTER = re.compile(
    r"^\s+(?:out )?of (?:the|those|them|these|its|their|whom|which|(?:last|this) \w+'s|\w+'s)\b",
    re.I,
)
#: "Of those who fell ill, 94", "Among them were 40", "The bulk of the cuts, 910": the
#: group named first. "At the start of the year the figure was 21,500" names a time.
_OF_BEFORE = re.compile(
    r"\b(?:of|among) (?!(?:the|this|that|its|their) (?:year|month|week|day|quarter|period|"
    r"season|decade|century|morning|afternoon|evening|night)\b)"
    r"(?:the|those|them|these|whom|which|its|their)\b(?: [^.;:\d,]{1,80})?"
    r"(?:,|\b(?:were|was|are|is|came|come))\s*$",
    re.I,
)
#: Digits: a figure between another figure and a cue word ("14 points, including 9,870 at
#: North Gate alone") leaves the cue to the nearer figure.
_DIGIT = re.compile(r"\d")
#: "8,400 of them", "Of those, 96": the part points back at a group just named, by a
#: bare pronoun. "Of those rescued, 131" and "23 of those killed" name their group in words
#: and may reach past a nearer figure.
_THEM_AFTER = re.compile(
    r"^\s+(?:out )?of (?:them|whom|which|(?:those|these)(?![ \t]+[a-z]))", re.I
)
_THEM_BEFORE = re.compile(r"\b(?:of|among) (?:them|those|these)\s*,?\s*$", re.I)
_INCLUDING = re.compile(r"\b(?:including|includ(?:es|ed)|among them|such as)\b[^.;\d]{0,40}$", re.I)
_WHERE = re.compile(r"\b(?:where|in which|whose)\b[^.;\d]{0,60}$", re.I)
_ACCOUNT = re.compile(
    r"\b(?:accounted for|came from|made up|were in|was in|went to|from the)\b", re.I
)
_SHARE = re.compile(
    r"\b(?:share|biggest|largest|most|majority|half|worst-hit|hardest-hit|single)\b", re.I
)
#: "of the 48 drones", "out of 510": the figure is a whole something is taken from.
_GROUP_OF = re.compile(r"\b(?:of|among|out of) (?:the |its |their |all )?$", re.I)
_TOTAL = re.compile(
    r"\b(?:total(?:led|ed|ing)?|total of|in all|altogether|overall|combined|across)\b", re.I
)
_WHOLE = re.compile(
    r"\b(?:total|in all|overall|altogether|combined|across|nationwide|countrywide|whole|"
    r"entire|all (?:the )?\w+|every|between them)\b",
    re.I,
)
_PRIOR = re.compile(
    r"\b(?:a year earlier|the year before|previous year|last year|in 20\d\d|compared with|"
    r"compared to|down from|up from|than)\b",
    re.I,
)
#: "38 of the 142 people": a part of a whole stated with it.
_OWN_WHOLE = re.compile(
    r"^\s+(?:out )?of (?:the |its |their |all |(?:last|this) \w+'s |\w+'s )?[^.;:\d]{0,25}\d",
    re.I,
)
#: "up from 34", "than the 1,080", "compared with 2,310": another time's figure.
_PRIOR_BEFORE = re.compile(
    r"(?:\b(?:up|down|rose|fell|rising|falling|increased?|decreased?|climbed|dropped|jumped) "
    r"from (?:the |a |an )?(?:\w+ of )?|\bthan (?:the |a |an )?|\bcompared (?:with|to) "
    r"(?:the |a |an )?|\bclose to (?:the )?|\bafter (?:the )?|\bversus |\bvs\.? )$",
    re.I,
)
_PRIOR_AFTER = re.compile(
    r"^[^.;]{0,40}\b(?:a year (?:earlier|before|ago)|the year before|(?:the )?previous "
    r"(?:year|month|week|quarter|season|winter|summer)|(?:the )?same (?:period|time|months?|"
    r"quarter|week) (?:of|in|a|last))",
    re.I,
)
_AGE_BEFORE = re.compile(r"(?:\baged?\s*(?:between\s*)?|\bage of\s*|[A-Z][a-z]+,\s*)$", re.I)
_AGE_AFTER = re.compile(r"^(?:,|\s*(?:-|\u2013)?\s*years?[ -]old|\s*and the oldest)", re.I)
_AGE_WORD = re.compile(r"\bage[ds]?\b", re.I)

#: Cues that say outright that a figure is a part.
_PART = frozenset(("alone", "of_after", "of_before", "including", "where"))
_STRONG = frozenset(("alone", "of_after", "of_before", "including"))
#: How the finding names the cue that made the figure a part.
_SAID = {
    "alone": '"alone" beside it',
    "of_after": '"of the ..." after it',
    "of_before": '"of those ..." before it',
    "including": '"including" before it',
    "where": '"where ..." before it',
}
#: A part more than ``FAR_APART`` times its whole measures something else, as the rules
#: hold.
_SCALE_APART = FAR_APART


def _cues(ctx: Context, e: Entry) -> set[str]:
    """What the words around a figure say of it: a part, a whole, a share of something."""
    before, after = ctx.before(e, 90), ctx.after(e, 90)
    near_before = _DIGIT.split(before[-60:])[-1]
    near_after = _DIGIT.split(after[:60])[0]
    cues = set()
    if _ALONE.search(near_before) or _ALONE.search(near_after):
        cues.add("alone")
    if _OF_AFTER.match(after):
        cues.add("of_after")
    if _OF_BEFORE.search(before):
        cues.add("of_before")
    if _INCLUDING.search(before):
        cues.add("including")
    if _WHERE.search(before):
        cues.add("where")
    if _ACCOUNT.search(before[-40:] + " " + after[:40]):
        cues.add("account")
    if _GROUP_OF.search(before):
        cues.add("group_of")
    if _TOTAL.search(before[-40:] + " " + after[:30]):
        cues.add("total_word")
    if _SHARE.search(ctx.sentence(e)):
        cues.add("share_word")
    return cues


def _bars(ctx: Context, e: Entry) -> set[str]:
    """What bars a figure from any part-whole pair: its own whole beside it, another
    time's figure, an age, a sign that makes it a difference."""
    before, after = ctx.before(e, 60), ctx.after(e, 60)
    bars = set()
    if e.q.text[:1] in ("+", "\u2212") or before.endswith(("+", "\u2212")):
        bars.add("signed")  # "Change: +357": a difference, neither a part nor a whole
    if _OWN_WHOLE.match(after):
        bars.add("own_whole")
    if _PRIOR_BEFORE.search(before[-35:]) or _PRIOR_AFTER.match(after):
        bars.add("prior")
    if e.q.counted is None and e.q.unit is None:
        told_age = _AGE_BEFORE.search(before[-25:]) and _AGE_AFTER.match(after)
        if told_age or _AGE_WORD.search(before[-30:]):
            bars.add("age")
    return bars


def _place(a: Entry, b: Entry) -> str:
    pa, pb = a.place | a.scope.names, b.place | b.scope.names
    if not pa and not pb:
        return "none"
    if pa == pb:
        return "eq"
    if not pb:
        return "a_only"
    if not pa:
        return "b_only"
    return "a_narrower" if pa > pb else "b_narrower" if pa < pb else "clash"


def _nouns(a: Entry, b: Entry) -> str:
    ca = canonical(a.q.counted or "").split()
    cb = canonical(b.q.counted or "").split()
    if not ca or not cb:
        return "both_none" if not ca and not cb else "one_none"
    if ca == cb:
        return "eq"
    if ca[-1] == cb[-1]:
        return "head_eq"
    if set(ca) & set(cb):
        return "overlap"
    people = counts_people(a.q.counted) + counts_people(b.q.counted)
    return ("diff", "diff_half_people", "diff_people")[people]


def _bucket(x: float, edges: tuple[float, ...]) -> str:
    return next((f"<={e:g}" for e in edges if x <= e), f">{edges[-1]:g}")


def _larger_beside(e: Entry, ledger: list[Entry], *, before: bool = False) -> bool:
    """A larger figure in ``e``'s unit in its own sentence (earlier, with ``before``)."""
    return any(
        c is not e
        and c.sent == e.sent
        and c.q.unit == e.q.unit
        and c.iv.lo > e.iv.hi
        and (not before or c.q.end <= e.q.start)
        for c in ledger
    )


def _anaphoric(ctx: Context, e: Entry) -> bool:
    """Whether ``e`` is taken out of a group by a pronoun ("96 of them", "Of those, 40")."""
    return bool(_THEM_AFTER.match(ctx.after(e, 40)) or _THEM_BEFORE.search(ctx.before(e, 90)))


def _antecedent(a: Entry, b: Entry, figures: list[Entry]) -> bool:
    """Whether ``b`` can be the group a pronoun takes ``a`` out of: it stands before ``a``,
    and no nearer figure of the unit between them could hold ``a``. "About 96,000 cases
    ... Just 8,400 of them" takes the 8,400 out of the 96,000, not out of the 7,300 a
    paragraph earlier; "took 96 of them" never points at the 23 firms named later."""
    if b.q.end > a.q.start:
        return False
    return not any(
        c is not a
        and c is not b
        and c.q.unit == a.q.unit
        and b.q.end <= c.q.start
        and c.q.end <= a.q.start
        and c.iv.hi >= a.iv.lo
        for c in figures
    )


def _much_longer(a: Entry, b: Entry) -> bool:
    """``a``'s stated period is half as long again as ``b``'s or more ("the first half"
    against "the first quarter"; not "since the start of October" against "since the
    protests began on October 2")."""
    if any(e.start is None or e.end is None or e.start.year is None for e in (a, b)):
        return False
    la, lb = (days_between(e.start, e.end) for e in (a, b) if e.start and e.end)
    return la is not None and lb is not None and la >= 1.5 * lb


def _admitted(
    a: Entry, b: Entry, cues_a: set[str], cues_b: set[str], period: str, place: str, nouns: str
) -> bool:
    """Something says ``a`` is a part of ``b``, and nothing that they count apart."""
    if a.sent == b.sent or period == "disjoint":
        return False  # one sentence: the rules read it; disjoint periods: no part
    if b.scope.peak or cues_b & _STRONG or cues_a & {"group_of", "total_word"}:
        return False  # the smaller figure is marked a part or a peak, the larger a whole
    if not (cues_a & _PART or period == "a_in_b" or place in ("a_only", "a_narrower")):
        return False
    strong = bool(cues_a & _STRONG) or period == "a_in_b"
    return strong or not nouns.startswith("diff") or same_thing(a, b)


def part_candidates(ctx: Context, ledger: list[Entry]) -> Iterator[Candidate]:
    """Each larger figure the text marks as part of a smaller one in the same unit."""
    figures = [e for e in ledger if not e.gap and e.bare and e.q.per is None]
    cues = {id(e): _cues(ctx, e) for e in figures}
    bars = {id(e): _bars(ctx, e) for e in figures}
    for e in figures:
        if cues[id(e)] & {"including", "of_before", "of_after"} and _larger_beside(
            e, figures, before=True
        ):
            bars[id(e)].add("whole_beside")  # "46 fell ill, including 11": 46 is its whole
    for a in figures:
        if bars[id(a)] or _larger_beside(a, figures):
            continue
        pronoun = _anaphoric(ctx, a)
        for b in figures:
            if a is b or b.q.unit != a.q.unit or bars[id(b)]:
                continue
            if b.q.unit is None and b.iv.hi <= 1:
                continue  # "a score of one": a single thing has no larger part
            if pronoun and not _antecedent(a, b, figures):
                continue
            if not a.iv.lo > b.iv.hi or a.iv.lo > _SCALE_APART * max(b.iv.hi, 1.0):
                continue
            period, place, nouns = period_relation(a, b, sided=True), _place(a, b), _nouns(a, b)
            if not _admitted(a, b, cues[id(a)], cues[id(b)], period, place, nouns):
                continue
            if period == "b_in_a" and _much_longer(a, b):
                # "1.9 million of the doses given in the first half" against the first
                # quarter's 1.15 million: over a much longer stretch, larger by right
                yield vetoed("part_exceeds_whole", (a, b))
                continue
            if people_and_things(ctx.text, a, b):
                continue  # not vetoed: whether two nouns count one thing is the model's doubt
            feats = _features(ctx, a, b, cues[id(a)], cues[id(b)], period, place, nouns)
            if _larger_beside(b, figures):
                feats.append("b_larger_beside")
            said = next((_SAID[c] for c in _SAID if c in cues[id(a)]), None)
            if said is None:
                said = "a period inside the other's" if period == "a_in_b" else "a narrower place"
            yield Candidate("part_exceeds_whole", (a, b), b, feats, partial(_finding, a, b, said))


def _features(
    ctx: Context,
    a: Entry,
    b: Entry,
    cues_a: set[str],
    cues_b: set[str],
    period: str,
    place: str,
    nouns: str,
) -> list[str]:
    feats = [f"a_cue={c}" for c in sorted(cues_a)]
    feats += [f"b_partcue={c}" for c in sorted(cues_b - {"share_word"})]
    feats += [f"period={period}", f"place={place}", f"noun={nouns}", *shared_words(a, b)]
    thing = "none" if a.thing is None or b.thing is None else "eq" if a.thing == b.thing else "diff"
    feats.append(f"thing={thing}")
    gap = a.sent - b.sent
    where = "after" if gap > 0 else "before"
    feats.append(f"sentences={where}{'1-3' if abs(gap) <= 3 else '4+'}")
    feats += [f"a_sent={_bucket(a.sent, (0, 1, 3))}", f"b_sent={_bucket(b.sent, (0, 1, 3))}"]
    for name, x, y in (
        ("subject", a.subject, b.subject),
        ("action", a.action, b.action),
        ("deed", a.deed, b.deed),
    ):
        feats.append(f"{name}={relation(x, y)}")
    flags = {
        "same_thing": same_thing(a, b),
        "comparable": comparable(a, b),
        "comparable_loose": comparable(a, b, unnamed=True),
        "b_whole_cue": bool(
            _WHOLE.search(ctx.before(b, 60) + ctx.text[b.q.start : b.q.end] + ctx.after(b, 60))
        ),
        "b_across": b.scope.across,
        "hedged_diff": a.scope.hedged != b.scope.hedged,
        "norm_any": bool(a.scope.norm or b.scope.norm),
        "average_any": a.scope.average or b.scope.average,
        "other_any": a.scope.other or b.scope.other,
        "peak_b": b.scope.peak,
        "a_hedge": bool(HEDGES.search(ctx.sentence(a))),
        "b_hedge": bool(HEDGES.search(ctx.sentence(b))),
        "a_prior": bool(_PRIOR.search(ctx.before(a, 30) + " " + ctx.after(a, 30))),
        "b_prior": bool(_PRIOR.search(ctx.before(b, 30) + " " + ctx.after(b, 30))),
        "a_atleast": a.q.approx in (">=", ">"),
        "b_atmost": b.q.approx in ("<=", "<"),
    }
    feats += [name for name, on in flags.items() if on]
    exact = a.q.approx == "=" and b.q.approx == "="
    feats.append(f"approx={'eq' if exact else 'some'}")
    feats.append(f"ratio={_bucket(a.iv.lo / max(b.iv.hi, 1e-9), (1.1, 1.25, 1.5, 2, 3, 5))}")
    unit = a.q.unit
    feats.append(f"unit={'none' if unit is None else 'money' if unit.isupper() else 'other'}")
    return feats


def _finding(part: Entry, whole: Entry, said: str, score: float, model: str) -> Finding:
    p = part.q.value if part.q.value is not None else part.iv.mid
    w = whole.q.value if whole.q.value is not None else whole.iv.mid
    share = (p - w) / w * 100 if w else 0.0
    return numeric_finding(
        "part_exceeds_whole",
        "warning",
        f"{part.q.text} reads as part of the {whole.q.text} the article also reports, yet is "
        "larger.",
        f"'{part.q.text}' ({said}) reads as a part of '{whole.q.text}', but {fmt(p)} exceeds "
        f"{fmt(w)} by {fmt(p - w)} ({share:.0f}%), beyond rounding (part {part.iv}, whole "
        f"{whole.iv}). No rule ties the two figures: the learned pair model ({model}) judged "
        f"them the same measure (score {score:.2f}); check that the part belongs to that whole.",
        part,
        whole,
    )
