"""``percentage_mismatch`` by the learned second look: a stated share ("around 35%",
"nearly a third") that its part and whole do not give, when no rule tied the three.

Any share can be set against any two counts of an article, and almost every such triple
fails the arithmetic: a previous attempt that proposed them all found under one real
conflict in a hundred candidates. So the text must link the three first, as a reader
links them, and the model only weighs how well:

* the share to its part: set off right after it ("412,000 ..., around 35% of"), set off
  before it ("Almost half of the participants, 410 in all"), in its clause, in a sentence
  restating the part's ("That is almost one in five"), or naming the part's group from a
  sentence of its own ("Nearly four in ten reservists" against "Of those, 1,150");
* the part to its whole: "of the", "out of", "Of the W ..., P", "of those" after a count
  the sentence before, the share's own "of the W", or the share's "of <noun>" counting
  the whole's noun.

A triple is barred when its share is borne out by another pair the text offers (the part
against another whole, another part against the whole, two counts of the share's
sentence), or when the pair already has a share of its own that agrees: then the share
speaks of something else.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._shares import a_change, counts_group, group_of, wider_at
from claimscope.layers.findings.numeric._wording import LEADING_OF, SHARE_UNITS
from claimscope.layers.findings.numeric.learned._candidate import Candidate
from claimscope.layers.findings.numeric.learned._features import (
    Context,
    pair_features,
    shared_words,
)
from claimscope.layers.findings.numeric.percentages._found import fmt_share
from claimscope.layers.findings.numeric.percentages._in_sentence import of_between
from claimscope.layers.findings.numeric.percentages._pointing_back import RESTATING

__all__ = ["share_candidates"]

_APPROX = (
    r"(?:(?:about|some|roughly|nearly|almost|around|just|only|barely|close to|more than|"
    r"over|under|less than|well over|well under|just over|just under|an estimated|fully)\s+)*"
)
#: Between a part and the share set off after it: "412,000 customers, around 35%",
#: "1,210 of them - nearly half", "386 were smoke-free, or roughly two in five".
_SET_OFF = re.compile(
    r"(?:,|\(|\u2014|\u2013|\s-|\bor|\bthat is|\bi\.e\.|\bwhich is|\brepresenting|"
    r"\bequivalent to|\baccounting for|\bamounting to)\s*" + _APPROX + r"$",
    re.I,
)
#: From a share to the part set off after it: "Almost half of the participants, 410 in
#: all", "a third of the accused - 520 men".
_PART_AFTER = re.compile(
    r"^[^.;:\d]{0,70}?(?:,|\u2014|\u2013|\s-|\()\s*" + _APPROX + r"$",
    re.I,
)
#: After a share set off from a count, words that say the share is *of* that count: "3,884
#: homes, 50% empty", "1,200 staff, 30 percent of them women", "900 pupils, 12% eligible".
#: A share that restates the count as part of a whole ends there ("..., or 75%."), names
#: the whole ("nearly a third of the region's exports") or goes on with a preposition.
_OF_THE_COUNT = re.compile(
    r"\s+(?:of (?:them|those|these|whom|which)\b|(?!(?:"
    r"of|or|and|but|while|whereas|as|than|in|on|at|by|for|from|to|into|with|within|without|"
    r"over|under|above|below|across|among|around|about|after|before|during|since|until|"
    r"through|between|against|up|down|per|each|every|a|an|the|this|that|these|those|its|"
    r"their|his|her|our|all|last|next|more|less|fewer|higher|lower)\b)[a-z]+\b)"
)
#: A clause break: a count across it belongs to another statement.
_BREAK = re.compile(r"[;:.]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b", re.I)
#: A count taken out of a whole said before: "1,150 of them", "Of those, 1,150".
_OF_THEM_AFTER = re.compile(r"^\s+(?:out )?of (?:them|those|these|whom|which)\b", re.I)
_OF_THEM_BEFORE = re.compile(
    r"\b(?:of|among) (?:them|those|these)\b[^.;:\d]{0,50},?\s*(?:only |just |some |about )?$",
    re.I,
)
#: "out of 312", "applications out of 312": news writes "P out of W" as often as "P of W".
_WHICH = re.compile(r"^[^\d.;]{0,40}?,? of (?:which|whom)\b", re.I)
_OUT_OF = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,3}out of\s+(?:the\s+|its\s+|a total of\s+)?$", re.I)
#: Words by the share that say what it is of: a whole, a total, a body.
_SHARE_CUES = {
    "of_total": re.compile(r"^\s*of (?:the |its |their |all )?(?:\w+'s )?(?:total|overall)", re.I),
    "of_all": re.compile(r"^\s*of (?:all|every)\b", re.I),
    "of_them": re.compile(r"^\s*of (?:them|those|these)\b", re.I),
    "of_our": re.compile(r"^\s*of (?:our|my|your)\b", re.I),
}
_BEFORE_CUES = {
    "share_word": re.compile(r"\b(?:share|proportion|percentage|rate|fraction)\b", re.I),
    "made_up": re.compile(
        r"\b(?:made up|make up|makes up|accounted for|account for|accounts for)\b", re.I
    ),
    "only": re.compile(r"\b(?:only|just|barely|fewer than|less than)\s*$", re.I),
}
#: A share farther than this from its part's arithmetic, as a ratio, reads another whole.
_FAR = 3.0


def _scale(s: Entry) -> float:
    return 100.0 if s.q.unit == "percent" else 1.0


def _ratio(part: Entry, whole: Entry, s: Entry) -> Interval:
    return (part.iv / whole.iv).scale(_scale(s))


def _fits(part: Entry, whole: Entry, s: Entry) -> bool:
    """Whether ``part`` out of ``whole`` gives the share, its rounding allowed."""
    return part is not whole and whole.iv.lo > 0 and _ratio(part, whole, s).meets(s.iv)


def _sentence_head(ctx: Context, e: Entry) -> str:
    start, _ = ctx.bounds(e)
    return ctx.text[start : e.q.start]


def _part_links(ctx: Context, s: Entry, part: Entry, counts: list[Entry]) -> set[str]:
    """How the text ties the share to the part."""
    links: set[str] = set()
    text = ctx.text
    if part.sent == s.sent:
        if part.q.end <= s.q.start:
            gap = text[part.q.end : s.q.start]
            nearest = not any(
                c is not part
                and part.q.end <= c.q.start
                and c.q.end <= s.q.start
                and c.q.unit == part.q.unit
                for c in counts
            )
            if len(gap) <= 80 and not _BREAK.search(gap):
                if nearest and _SET_OFF.search(gap) and not _OF_THE_COUNT.match(text, s.q.end):
                    links.add("set_off")
                elif nearest:
                    links.add("clause")
        elif _PART_AFTER.match(text[s.q.end : part.q.start]):
            links.add("before_part")
        if not links:
            links.add("sentence")
    elif s.sent == part.sent + 1 and RESTATING.match(text, ctx.bounds(s)[0], s.q.start):
        links.add("restating")
    return links


def _whole_links(
    ctx: Context, s: Entry, part: Entry, whole: Entry, counts: list[Entry]
) -> set[str]:
    """How the text ties the part (or the share) to the whole."""
    text = ctx.text
    links: set[str] = set()
    if part.sent == whole.sent:
        if of_between(text, part.q.end, whole.q.start) or (
            whole.q.start > part.q.end and _OUT_OF.match(text[part.q.end : whole.q.start])
        ):
            links.add("of_tally")
        if whole.q.end <= part.q.start:
            opener = _sentence_head(ctx, whole).lower().lstrip(" \"'\u201c\u2018")
            tail = text[whole.q.end : part.q.start]
            if opener in (*LEADING_OF, "of ", "among ") and "," in tail and len(tail) < 140:
                links.add("opened")
            if _WHICH.match(tail):
                links.add("of_which")
    if 0 <= part.sent - whole.sent <= 3 and whole.q.end <= part.q.start:
        head = _sentence_head(ctx, part)
        pronoun = _OF_THEM_AFTER.match(text[part.q.end : part.q.end + 30]) or (
            part.sent != whole.sent and _OF_THEM_BEFORE.search(head)
        )
        if pronoun:
            nearest = not any(
                c is not whole
                and c.q.unit == whole.q.unit
                and whole.q.end <= c.q.start
                and c.q.end <= part.q.start
                and c.iv.lo > part.iv.hi
                for c in counts
            )
            links.add("pronoun" if nearest else "pronoun_far")
    if s.sent == whole.sent and of_between(text, s.q.end, whole.q.start):
        links.add("share_of")
    group = group_of(s)
    if group is not None and counts_group(whole, group):
        links.add("share_noun")
    hp, hw = _head(part), _head(whole)
    if (hp is not None and hp == hw) or (part.q.unit is not None and (hp is None or hw is None)):
        links.add("same_noun")  # one noun counted, or one measure ("hectolitres") and no clash
    return links


#: Links that state a part out of its whole outright.
_TALLY = frozenset(("of_tally", "opened", "of_which", "pronoun", "pronoun_far"))


def _borne_out(
    s: Entry, part: Entry, whole: Entry, counts: list[Entry], shares: list[Entry]
) -> bool:
    """Whether the text offers a reading nearby in which the share holds, or the pair
    already has a share of its own that agrees: then this triple is not the conflict."""
    near = (s.sent, part.sent)
    for c in counts:
        if c.q.unit != part.q.unit:
            continue
        if c is not whole and min(abs(c.sent - x) for x in near) <= 1 and _fits(part, c, s):
            return True  # the part against another whole nearby gives the share
        if c is not part and c.sent in near and _fits(c, whole, s):
            return True  # another part of the share's or the part's sentence gives it
        if c.sent == s.sent and any(
            d.sent == s.sent and d.q.unit == c.q.unit and _fits(c, d, s) for d in counts
        ):
            return True  # two counts of the share's own sentence give it
    rest = (whole.iv - part.iv) / whole.iv
    if part.sent == s.sent and rest.scale(_scale(s)).meets(s.iv):
        return True  # "all but 2,600 of the 86,000, 97%": the rest's share
    return any(
        o is not s and o.q.unit in ("percent", "fraction") and _fits(part, whole, o) for o in shares
    )


def _head(e: Entry) -> str | None:
    words = canonical(e.q.counted or "").split()
    return words[-1] if words else None


def _bucket(x: float, edges: tuple[float, ...], names: tuple[str, ...]) -> str:
    return next((n for e, n in zip(edges, names, strict=False) if x < e), names[-1])


def share_candidates(ctx: Context, ledger: list[Entry]) -> Iterator[Candidate]:
    """Each (share, part, whole) the text links whose arithmetic fails the share."""
    shares = [
        p
        for p in ledger
        if p.q.unit in ("percent", "fraction")
        and not p.is_rate
        and p.q.per is None
        and p.q.value is not None
        and 0 < p.q.value < _scale(p)
        and not a_change(ctx.text, p)
        and not wider_at(ctx.text, p)
    ]
    counts = [
        e
        for e in ledger
        if e.bare
        and not e.is_rate
        and not e.gap
        and e.iv.lo >= 2  # "one", "a" and the like are no tallies
        and e.q.unit not in SHARE_UNITS
    ]
    # Counts by size: a share reaches only the wholes within _FAR of part / share, so each
    # (share, part) looks at that slice, not at every count (tables hold hundreds).
    by_size = sorted(range(len(counts)), key=lambda k: counts[k].iv.mid)
    sizes = [counts[k].iv.mid for k in by_size]
    for s in shares:
        stated = s.q.value / _scale(s)  # type: ignore[operator]
        for part in counts:
            low = part.iv.mid / (stated * _FAR) * (1 - 1e-9)
            high = part.iv.mid * _FAR / stated * (1 + 1e-9)
            reach = sorted(by_size[bisect_left(sizes, low) : bisect_right(sizes, high)])
            own_links = _part_links(ctx, s, part, counts)  # the same for every whole
            anywhere = "set_off" in own_links
            far: _Far | None = None
            for whole in (counts[k] for k in reach):
                if whole is part or whole.q.unit != part.q.unit:
                    continue
                if not (anywhere or _placed(s, part, whole)):
                    continue
                if not part.iv.hi < whole.iv.lo or _fits(part, whole, s):
                    continue
                if not stated / _FAR < part.iv.mid / whole.iv.mid < stated * _FAR:
                    continue
                whole_links = _whole_links(ctx, s, part, whole, counts)
                if own_links:
                    part_links = set(own_links)
                else:
                    far = far or _Far.of(s, part, counts)
                    part_links = far.links(whole, whole_links)
                if not _admitted(part_links, whole_links):
                    continue
                if _borne_out(s, part, whole, counts, shares):
                    continue
                feats = _features(ctx, s, part, whole, part_links, whole_links, shares, counts)
                yield Candidate(
                    "percentage_mismatch",
                    (s, part, whole),
                    s,
                    feats,
                    partial(_finding, s, part, whole, _said(part_links, whole_links)),
                )


def _placed(s: Entry, part: Entry, whole: Entry) -> bool:
    """Whether ``whole`` stands where ``_admitted`` can take it from when the share is not
    set off right after its part: every other admitting link (``_TALLY`` and "share_of",
    which the far links need too) ties a whole in the part's sentence or up to three
    before it, or in the share's sentence. A pure shortcut: it leaves out no candidate."""
    return 0 <= part.sent - whole.sent <= 3 or whole.sent == s.sent


@dataclass(frozen=True)
class _Far:
    """Ties of a share to a part in another sentence. A share with no count of its own
    ("Nearly four in ten reservists ignored call-up") is of a tally the article states
    ("4,800 reservists ... Of those, 1,150"), when it names the tally's group or talks of
    what the tally's sentence does; a share said of its whole ("about a third of the
    2,300 people") takes a part from elsewhere ("cut 540 jobs") when its own sentence
    gives none. What depends only on the share and the part is read once per pair: a
    table's hundreds of wholes made this the generator's main cost."""

    apart: bool
    own: list[Entry] = field(default_factory=list)
    group: list[str] | None = None
    part_named: bool = False
    talks: bool = False
    near: bool = False

    @classmethod
    def of(cls, s: Entry, part: Entry, counts: list[Entry]) -> _Far:
        if part.sent == s.sent:
            return cls(apart=False)
        group = group_of(s)
        return cls(
            apart=True,
            own=[c for c in counts if c.sent == s.sent],
            group=group,
            part_named=group is not None and counts_group(part, group),
            talks=not any(f == "shared=0" for f in shared_words(s, part)),
            near=abs(part.sent - s.sent) <= 2 or part.sent == 0,
        )

    def links(self, whole: Entry, whole_links: set[str]) -> set[str]:
        if not self.apart:
            return set()
        named = self.group is not None and (self.part_named or counts_group(whole, self.group))
        links = set()
        if not self.own and whole_links & _TALLY and (named or self.talks):
            links.add("tally" if named else "tally_words")
        if self.own == [whole] and "share_of" in whole_links and (self.near or named or self.talks):
            links.add("elsewhere")
        return links


def _admitted(part_links: set[str], whole_links: set[str]) -> bool:
    """A link each way, and a strong one somewhere. Only a share set off right after its
    part may take a whole by its noun alone ("14,200 hectolitres, nearly a third of the
    region's total exports" and "exported 92,000 hectolitres"); a share merely in the
    part's clause or sentence, set off before it or restating it needs the whole stated
    outright: on the benchmark the looser pairings were almost never the conflict."""
    if not part_links or not whole_links:
        return False
    if part_links & {"set_off", "tally", "tally_words", "elsewhere"}:
        return True
    return bool(whole_links & (_TALLY | {"share_of"}))


def _features(
    ctx: Context,
    s: Entry,
    part: Entry,
    whole: Entry,
    part_links: set[str],
    whole_links: set[str],
    shares: list[Entry],
    counts: list[Entry],
) -> list[str]:
    feats = [f"part_link={x}" for x in sorted(part_links)]
    feats += [f"whole_link={x}" for x in sorted(whole_links)]
    stated = s.q.value / _scale(s)  # type: ignore[operator]
    got = part.iv.mid / whole.iv.mid
    points = abs(stated - got) * 100
    feats.append(f"points={_bucket(points, (3, 5, 10, 20), ('<3', '<5', '<10', '<20', '20+'))}")
    off = abs(math.log(stated / got))
    feats.append(f"log_off={_bucket(off, (0.2, 0.4, 0.7), ('<0.2', '<0.4', '<0.7', '0.7+'))}")
    feats.append(f"stated={'above' if stated > got else 'below'}")
    feats.append(f"s_unit={s.q.unit}")
    feats.append(f"s_approx={s.q.approx}")
    gap_sp = abs(s.sent - part.sent)
    gap_pw = part.sent - whole.sent
    feats.append(f"s_part_sents={_bucket(gap_sp, (1, 2, 4), ('0', '1', '2-3', '4+'))}")
    feats.append(
        f"part_whole_sents={'after' if gap_pw < 0 else ''}"
        f"{_bucket(abs(gap_pw), (1, 2, 4), ('0', '1', '2-3', '4+'))}"
    )
    feats.append(f"same_paragraph={ctx.paragraph(s) == ctx.paragraph(whole)}")
    closer = any(
        c is not whole
        and c.q.unit == whole.q.unit
        and c.iv.lo > part.iv.hi
        and abs(c.sent - part.sent) < abs(whole.sent - part.sent)
        for c in counts
    )
    feats.append(f"whole_nearest={not closer}")
    hp, hw = _head(part), _head(whole)
    feats.append(
        "nouns="
        + (
            "both_none"
            if not hp and not hw
            else "one_none"
            if not hp or not hw
            else "eq"
            if hp == hw
            else "diff"
        )
    )
    group = group_of(s)
    feats.append(
        "group="
        + (
            "none"
            if group is None
            else "whole"
            if counts_group(whole, group)
            else "part"
            if counts_group(part, group)
            else "other"
        )
    )
    if same_thing(part, whole):
        feats.append("same_thing")
    after = ctx.text[s.q.end : s.q.end + 40]
    before = ctx.before(s, 40)
    feats += [f"s_cue={n}" for n, rx in _SHARE_CUES.items() if rx.match(after)]
    feats += [f"s_cue={n}" for n, rx in _BEFORE_CUES.items() if rx.search(before)]
    for side, e in (("s", s), ("part", part), ("whole", whole)):
        if e.sent == 0:
            feats.append(f"{side}_headline")
        if ctx.quoted(e):
            feats.append(f"{side}_quoted")
    n_shares = sum(o.sent == s.sent and o.q.unit in ("percent", "fraction") for o in shares)
    feats.append(f"shares_in_sentence={_bucket(n_shares, (2, 3), ('1', '2', '3+'))}")
    n_counts = sum(c.sent == s.sent for c in counts)
    feats.append(
        f"counts_in_sentence={_bucket(n_counts, (1, 2, 3, 4), ('0', '1', '2', '3', '4+'))}"
    )
    rivals = sum(
        c.q.unit == part.q.unit and c.sent == part.sent and c is not part and c is not whole
        for c in counts
    )
    feats.append(f"part_rivals={_bucket(rivals, (1, 2), ('0', '1', '2+'))}")
    feats += [
        f"pw_{f}"
        for f in pair_features(ctx, part, whole)
        if not f.startswith("a_") and not f.startswith("b_")
    ]
    return feats


def _said(part_links: set[str], whole_links: set[str]) -> str:
    part = {
        "set_off": "set off after the part",
        "before_part": "set off before the part",
        "clause": "in the part's clause",
        "sentence": "in the part's sentence",
        "restating": "restating the part's sentence",
        "tally": "naming the group the part is counted from",
        "tally_words": "told of what the part counts",
        "elsewhere": "said of the whole, the part given elsewhere",
    }
    whole = {
        "of_tally": '"of" the whole after the part',
        "opened": "the whole opening the part's sentence",
        "pronoun": '"of those" pointing back to the whole',
        "of_which": '"of which" after the whole',
        "pronoun_far": '"of those" pointing back to the whole',
        "share_of": "the share said of the whole",
        "share_noun": "the share's group counted by the whole",
    }
    a = next((part[k] for k in part if k in part_links), "near the part")
    b = next((whole[k] for k in whole if k in whole_links), "the whole's noun")
    return f"{a}; {b}"


def _finding(s: Entry, part: Entry, whole: Entry, said: str, score: float, model: str) -> Finding:
    scale = _scale(s)
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{s.q.text} does not match {part.q.text} out of {whole.q.text}.",
        f"{part.q.text} / {whole.q.text} = {fmt_share(part, whole, scale)}; {s.q.text} allows "
        f"{s.iv}{'%' if scale == 100 else ''} (the share {said}). No rule ties the three "
        f"figures: the learned pair model ({model}) judged them one share (score {score:.2f}); "
        "check that the share is of that part and whole.",
        s,
        part,
        whole,
    )
