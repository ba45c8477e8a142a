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
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import partial

from claimscope.contract.model import Finding
from claimscope.layers.findings._intervals import Interval
from claimscope.layers.findings._ledger import Entry, same_thing
from claimscope.layers.findings._lexicon import counts_people
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._shares import a_change, counts_group, group_of, wider_at
from claimscope.layers.findings.numeric._wording import SHARE_UNITS
from claimscope.layers.findings.numeric.learned._candidate import Candidate
from claimscope.layers.findings.numeric.learned._features import (
    Context,
    pair_features,
)
from claimscope.layers.findings.numeric.learned.share_links import (
    FarLinks,
    admitted,
    head_noun,
    links_to_part,
    links_to_whole,
    placed,
)
from claimscope.layers.findings.numeric.percentages._found import fmt_share

__all__ = ["share_candidates"]

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
#: "at around half the cost of conventional resurfacing": a size relative to another
#: thing's, no share of a whole.
_RELATIVE = re.compile(
    r"\s+(?:the\s+)?(?:cost|price|size|rate|speed|level|amount|value|weight|length|time|"
    r"distance|height|area|capacity)\s+(?:of|it)\b",
    re.I,
)
#: A share farther than this from its part's arithmetic, as a ratio, reads another whole.
_FAR = 3.0


def _scale(s: Entry) -> float:
    return 100.0 if s.q.unit == "percent" else 1.0


def _ratio(part: Entry, whole: Entry, s: Entry) -> Interval:
    return (part.iv / whole.iv).scale(_scale(s))


def _fits(part: Entry, whole: Entry, s: Entry) -> bool:
    """Whether ``part`` out of ``whole`` gives the share, its rounding allowed."""
    return part is not whole and whole.iv.lo > 0 and _ratio(part, whole, s).meets(s.iv)


def _borne_out(
    s: Entry,
    part: Entry,
    whole: Entry,
    counts: list[Entry],
    shares: list[Entry],
    caps: Sequence[Entry] = (),
) -> bool:
    """Whether the text offers a reading nearby in which the share holds, or the pair
    already has a share of its own that agrees: then this triple is not the conflict. A cap
    nearby ("no more than 2,950") is a whole at its limit: "84 percent" of the quota."""
    near = (s.sent, part.sent)
    if any(min(abs(c.sent - x) for x in near) <= 1 and _fits(part, _at_cap(c), s) for c in caps):
        return True
    for c in counts:
        if c.q.unit != part.q.unit or math.isinf(c.iv.hi):
            continue  # "more than 60,000" fits any share of a part below it: no reading
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


#: Things counted one a person: "42 percent of the cholera cases" is a share of patients.
_ONE_A_PERSON = frozenset(
    ("case", "admission", "death", "casualty", "fatality", "infection", "injury", "birth")
)


def _of_things_not_people(s: Entry, part: Entry, whole: Entry) -> bool:
    """ "in roughly half of fatal fires" against "251 people died ..., 85 of them": a share
    of things (fires) is no share of two counts of people (deaths)."""
    group = group_of(s)
    return (
        group is not None
        and not counts_people(group[-1])
        and group[-1] not in _ONE_A_PERSON
        and counts_people(whole.q.counted)
        and (part.q.counted is None or counts_people(part.q.counted))
    )


def _at_cap(c: Entry) -> Entry:
    """A cap ("no more than 2,950", "up to 900") as the count at its limit, which a share
    "of the quota" is taken of."""
    return replace(c, iv=Interval(c.iv.hi, c.iv.hi))


def _bucket(x: float, edges: tuple[float, ...], names: tuple[str, ...]) -> str:
    return next((n for e, n in zip(edges, names, strict=False) if x < e), names[-1])


#: "rose to 58.4 percent, up 6.3 percentage points from 52.1 percent": a share after a
#: change's "from" is its start, of another time than the counts told now.
_FROM_BASE = re.compile(
    r"\b(?:up|down|rose|fell|risen|fallen|increased|decreased|climbed|dropped)\b"
    r"(?:[^.;]|\.(?=\d)){0,40}"
    r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?$",
    re.I,
)


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
        and not _RELATIVE.match(ctx.text, p.q.end)
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
    caps = [
        e
        for e in ledger
        if e.q.approx in ("<=", "<")
        and not e.is_rate
        and e.q.unit not in SHARE_UNITS
        and e.q.high is not None
        and e.iv.lo == 0
    ]
    # Counts by size: a share reaches only the wholes within _FAR of part / share, so each
    # (share, part) looks at that slice, not at every count (tables hold hundreds).
    by_size = sorted(range(len(counts)), key=lambda k: counts[k].iv.mid)
    sizes = [counts[k].iv.mid for k in by_size]
    for s in shares:
        if _FROM_BASE.search(ctx.text, max(0, s.q.start - 60), s.q.start):
            continue  # another time's share; it still reads as a share beside the others
        stated = s.q.value / _scale(s)  # type: ignore[operator]
        for part in counts:
            low = part.iv.mid / (stated * _FAR) * (1 - 1e-9)
            high = part.iv.mid * _FAR / stated * (1 + 1e-9)
            reach = sorted(by_size[bisect_left(sizes, low) : bisect_right(sizes, high)])
            own_links = links_to_part(ctx, s, part, counts)  # the same for every whole
            anywhere = "set_off" in own_links
            far: FarLinks | None = None
            for whole in (counts[k] for k in reach):
                if whole is part or whole.q.unit != part.q.unit:
                    continue
                if not (anywhere or placed(s, part, whole)):
                    continue
                if not part.iv.hi < whole.iv.lo or _fits(part, whole, s):
                    continue
                if not stated / _FAR < part.iv.mid / whole.iv.mid < stated * _FAR:
                    continue
                whole_links = links_to_whole(ctx, s, part, whole, counts)
                if own_links:
                    part_links = set(own_links)
                else:
                    far = far or FarLinks.of(s, part, counts)
                    part_links = far.links(whole, whole_links)
                if not admitted(part_links, whole_links):
                    continue
                if _borne_out(s, part, whole, counts, shares, caps):
                    continue
                if _of_things_not_people(s, part, whole):
                    continue
                feats = _features(ctx, s, part, whole, part_links, whole_links, shares, counts)
                yield Candidate(
                    "percentage_mismatch",
                    (s, part, whole),
                    s,
                    feats,
                    partial(_finding, s, part, whole, _said(part_links, whole_links)),
                )


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
    hp, hw = head_noun(part), head_noun(whole)
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
