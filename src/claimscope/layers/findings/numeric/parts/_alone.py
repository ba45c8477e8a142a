"""The total a figure marked "alone" ("In February alone", "Kansanshi alone") or said of
one place ("In Germany, 1,400 positions") belongs to. Apart because it is the one
reading that finds a whole by the scope of its figure: a time, a member or a place.
"""

from __future__ import annotations

import calendar
import math
from datetime import date
from typing import TYPE_CHECKING

from claimscope.layers._quantities.periods import find_periods
from claimscope.layers.findings._ledger import (
    PEOPLE,
    Entry,
    Span3,
    months_between,
    same_thing,
)
from claimscope.layers.findings._lexicon import canonical, counts_people
from claimscope.layers.findings.numeric._book import publication_end
from claimscope.layers.findings.numeric._pairing import (
    actions_clash,
    far_apart,
    period_contains,
    period_within,
    unrelated_money,
)
from claimscope.layers.findings.numeric._wording import group_of_part
from claimscope.layers.findings.numeric.parts._not_parts import level

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimscope.layers.base import Draft


def alone_whole(
    part: Entry,
    word: Token,
    ledger: list[Entry],
    marked: dict[int, Token],
    draft: Draft,
) -> Entry | None:
    """The total a figure marked "alone" is a part of: the figure of the same kind (same
    thing, or the same deed, in the same unit and mood) whose scope is wider. A part
    narrowed to a time ("In February alone") belongs to the shortest total whose period
    holds it, or, when its own time is not dated ("During that week alone"), to the
    nearest dated total before it, unless a time named in between falls outside that
    total; a part narrowed to a place or group ("The Alentejo region alone") to the first
    total of its kind not said to be about another place."""
    pub_end = publication_end(draft)
    text, pub = draft.text, _published(draft)
    group = group_of_part(text, part)
    kind = [
        w
        for w in ledger
        if _may_hold(part, w, marked)
        and (_same_kind(part, w) or _holds_group(group, part, w))
        and not unrelated_money(part, w)  # "Fourth-quarter orders alone came to €640m"
        and not _narrower(w, part)
    ]
    if _timed(word):
        if part.start is not None and part.end is not None and not part.open_end:
            holding = [w for w in kind if period_contains(w, part, ledger, pub_end)]
            if not holding:
                holding = _sole_holder(part, ledger, marked, pub_end)
            return min(holding, key=_length, default=None)
        span = TIME_NOUNS.get(str(word.lemma_).lower(), 0.0)  # "that week": a week
        dated = [w for w in kind if w.start is not None and w.end is not None and _length(w) > span]
        before = [w for w in dated if w.q.start < part.q.start]
        if not before or _other_time_between(text, before[-1], part, pub):
            return None
        return before[-1]
    wider = [
        w
        for w in kind
        if (not w.place or w.scope.across or bool(w.words & _WIDE))
        and (period_within(part, w) or _month_rounded(part, w))
        and (part.start is None or w.start is not None)  # "in 2019, the auction alone"
    ]
    return wider[0] if wider else None


def member_alone(e: Entry, marked: dict[int, Token]) -> bool:
    """Whether the figure is marked as one member's share ("Kansanshi alone", "The capital
    alone"), not a time's: it narrows its group to one member, so a figure for all members
    over a shorter time is no part of it, whichever is larger."""
    word = marked.get(id(e))
    return word is not None and not _timed(word)


def _month_rounded(part: Entry, whole: Entry) -> bool:
    """ "since the start of October" against "since October 2", both to the same end: a
    part whose start is the first of the month the whole starts in rounds that start to
    its month, so it runs over the whole's period."""
    ps, ws = part.start, whole.start
    return (
        ps is not None
        and ws is not None
        and ps.day == 1
        and (ps.year, ps.month) == (ws.year, ws.month)
        and part.end == whole.end
        and part.open_end == whole.open_end
    )


def _holds_group(group: str | None, part: Entry, w: Entry) -> bool:
    """Whether a plain count is the total of the group a part "alone" is counted out of:
    its clause names that group's noun ("2,150 homes were granted planning permission"
    for "2,600 of last year's permissions"), though it counts the group by another noun."""
    return (
        group is not None
        and part.q.unit is None
        and w.q.unit is None
        and w.q.counted is not None
        and group in w.words
    )


def wide_whole(part: Entry, ledger: list[Entry], marked: dict[int, Token]) -> Entry | None:
    """ "will cut 1,150 jobs worldwide" and "In Germany, 1,400 positions are to be
    eliminated": a figure said of one place is a part of the figure of its kind said of
    all places ("worldwide", "nationwide", "across the region") that names none, for the
    same period and in the same mood."""
    if not part.place or part.is_rate or level(part) or part.words & _WIDE:
        return None
    wide = [
        w
        for w in ledger
        if _may_hold(part, w, marked)
        and not w.place
        and (w.scope.across or bool(w.words & _EVERYWHERE))
        and w.q.counted is not None
        and same_thing(part, w)
        and period_within(part, w)
        and (part.start is None) == (w.start is None)
        and not far_apart(part.iv, w.iv)
    ]
    return wide[0] if len(wide) == 1 else None


def _may_hold(part: Entry, w: Entry, marked: dict[int, Token]) -> bool:
    """Whether ``w`` could be the total a part "alone" belongs to: another plain total
    (no rate, level, maximum or other "alone" part) in the part's unit and mood."""
    return (
        w is not part
        and id(w) not in marked
        and not w.is_rate
        and not level(w)
        and not w.scope.peak
        and w.q.unit == part.q.unit
        and w.scope.hedged == part.scope.hedged
    )


def _sole_holder(
    part: Entry, ledger: list[Entry], marked: dict[int, Token], pub_end: Span3 | None
) -> list[Entry]:
    """ "189 drink-driving detections in 2024" and "Between June and August last year
    alone, 221 motorists were caught over the limit": when no total of the part's own words
    holds its period, the one total in its unit whose period does, counting people as the
    part does and of its order of size, is the whole "alone" points to."""
    holders = [
        w
        for w in ledger
        if _may_hold(part, w, marked)
        and not w.gap
        and w.q.counted is not None
        and math.isfinite(w.iv.hi)  # "at least three fatal collisions": a floor, no total
        and _alike_counts(part, w)
        and not far_apart(part.iv, w.iv)
        # a whole guessed by unit and period alone that the part would double is no whole
        # of it ("212,000 homes visited in April" against "48,600 cases since January")
        and part.iv.lo <= 2 * w.iv.hi
        and not actions_clash(part, w)  # "58 detained in November" against "32 pardoned"
        and not (part.deed and w.deed and part.deed != w.deed)
        and period_contains(w, part, ledger, pub_end)
    ]
    return holders if len(holders) == 1 else []


def _alike_counts(part: Entry, whole: Entry) -> bool:
    """Whether two counts with different nouns may count one thing: both people, or people
    something was done to against a noun of that deed ("221 motorists were caught" and
    "189 drink-driving detections", "40 patients were admitted" and "35 admissions"): a
    count of people under a verb counts events, as the -ion noun does."""
    people = counts_people(part.q.counted), counts_people(whole.q.counted)
    if people[0] == people[1]:
        return True
    persons, other = (part, whole) if people[0] else (whole, part)
    head = (other.q.counted or "").lower().split()[-1:]
    return persons.deed is not None and bool(head) and head[0].endswith(_EVENT_SUFFIXES)


#: Endings of nouns that name a deed done ("detection", "admission", "referral").
_EVENT_SUFFIXES = ("tion", "tions", "sion", "sions", "ral", "rals", "val", "vals")


def _other_time_between(text: str, whole: Entry, part: Entry, pub: date | None) -> bool:
    """Whether a time named between a total and an undated part falls outside the total's
    period ("120 patients in January. Last summer brought a heatwave. During that week
    alone, ..."): the part's "that week" then points to it, not into the total."""
    if whole.start is None or whole.end is None:
        return True
    for p in find_periods(text[whole.q.end : part.q.start], whole.q.end, pub):
        first, last = _iso(p.first), _iso(p.last)
        if first is None or last is None:
            continue
        if _before(first, whole.start) or _before(whole.end, last):
            return True
    return False


def _iso(raw: str | None) -> tuple[int | None, int, int] | None:
    """ "2025-07-07" or "--07-07" as (year, month, day)."""
    if raw is None or len(raw) < 7:
        return None
    year, month, day = raw.rsplit("-", 2) if not raw.startswith("--") else ("", *raw[2:].split("-"))
    return (int(year) if year else None, int(month), int(day))


def _before(a: tuple[int | None, int, int] | Span3, b: tuple[int | None, int, int] | Span3) -> bool:
    """Whether date ``a`` comes before ``b``; without both years, by month and day alone."""
    ya, ma, da = (a.year, a.month, a.day) if isinstance(a, Span3) else a
    yb, mb, db = (b.year, b.month, b.day) if isinstance(b, Span3) else b
    if ya is None or yb is None:
        return (ma, da) < (mb, db)
    return (ya, ma, da) < (yb, mb, db)


def _published(draft: Draft) -> date | None:
    try:
        return date.fromisoformat((draft.article.published or "")[:10])
    except ValueError:
        return None


def _narrower(w: Entry, part: Entry) -> bool:
    """Whether ``w`` counts a narrower kind of the part's thing, its noun carrying words
    the part's lacks ("11% of commuting trips" for "The bridge alone accounted for 14% of
    the trips counted"): a subgroup is no whole of the wider count."""
    pw = canonical(w.q.counted or "").split()
    pp = canonical(part.q.counted or "").split()
    if not pw or not pp or pw[-1] != pp[-1]:
        return False
    return set(pw[:-1]) > set(pp[:-1])


def _same_kind(part: Entry, whole: Entry) -> bool:
    """Two figures of one kind: the same thing, or the same deed ("hospitals admitted 2,910
    people" and "admitted 2,450 patients", "wardens issued 6,100 tickets" and "4,850
    penalty charge notices issued") on things of the same sort (people or not)."""
    if actions_clash(part, whole):
        return False  # "58 people were detained" and "32 people have been pardoned"
    if same_thing(part, whole):
        return True
    if part.deed is None or part.deed != whole.deed:
        return False
    return _people(part) == _people(whole)


def _people(e: Entry) -> bool:
    return e.q.counted is not None and e.q.counted.lower().split()[-1] in PEOPLE


def _timed(word: Token) -> bool:
    """Whether the word "alone" follows names a time ("February", "that week", "the final
    quarter", "opening day") rather than a place or group."""
    return word.ent_type_ in ("DATE", "TIME") or str(word.lemma_).lower() in TIME_NOUNS


#: Words for a time a part "alone" may be narrowed to, with how many months each spans.
TIME_NOUNS: dict[str, float] = {
    "day": 1 / 30,
    "night": 1 / 30,
    "weekend": 1 / 10,
    "week": 1 / 4,
    "month": 1.0,
    "quarter": 3.0,
    "season": 3.0,
    "term": 3.0,
    "summer": 3.0,
    "winter": 3.0,
    "spring": 3.0,
    "autumn": 3.0,
    "fall": 3.0,
    "half": 6.0,
    "year": 12.0,
    **{m.lower(): 1.0 for m in calendar.month_name[1:]},
    **{d.lower(): 1 / 30 for d in calendar.day_name},
}


def _length(e: Entry) -> float:
    """How many months a figure's period runs (a period with no end counts as long)."""
    if e.start is None or e.end is None or e.open_end:
        return math.inf
    return months_between(e.start, e.end) or math.inf


#: Words that say a figure holds for every place: the whole a place's own figure is of.
_EVERYWHERE = frozenset(("worldwide", "globally", "nationwide", "countrywide"))


#: Words that say a figure covers many places or groups at once: the whole a part "alone"
#: belongs to.
_WIDE = frozenset(
    (
        "across",
        "nationwide",
        "countrywide",
        "worldwide",
        "globally",
        "total",
        "overall",
        "altogether",
        "combined",
        "entire",
        "whole",
    )
)
