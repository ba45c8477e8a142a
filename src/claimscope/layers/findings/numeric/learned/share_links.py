"""How the text ties a share to its part and its part to its whole, for the learned
share check (``percentages``): the links a reader follows before any arithmetic, and
which of them admit a (share, part, whole) triple at all."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimscope.layers.findings._ledger import Entry
from claimscope.layers.findings._lexicon import canonical
from claimscope.layers.findings.numeric._shares import counts_group, group_of
from claimscope.layers.findings.numeric._wording import LEADING_OF
from claimscope.layers.findings.numeric.learned._features import Context, shared_words
from claimscope.layers.findings.numeric.percentages._in_sentence import of_between
from claimscope.layers.findings.numeric.percentages._pointing_back import RESTATING

__all__ = [
    "TALLY",
    "FarLinks",
    "admitted",
    "head_noun",
    "links_to_part",
    "links_to_whole",
    "placed",
    "sentence_head",
]

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
_WHICH = re.compile(r"^[^\d.;]{0,40}?,? of (?:which|whom)\b", re.I)
#: "out of 312", "applications out of 312": news writes "P out of W" as often as "P of W".
_OUT_OF = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,3}out of\s+(?:the\s+|its\s+|a total of\s+)?$", re.I)


def sentence_head(ctx: Context, e: Entry) -> str:
    start, _ = ctx.bounds(e)
    return ctx.text[start : e.q.start]


def links_to_part(ctx: Context, s: Entry, part: Entry, counts: list[Entry]) -> set[str]:
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


def links_to_whole(
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
            opener = sentence_head(ctx, whole).lower().lstrip(" \"'\u201c\u2018")
            tail = text[whole.q.end : part.q.start]
            if opener in (*LEADING_OF, "of ", "among ") and "," in tail and len(tail) < 140:
                links.add("opened")
            if _WHICH.match(tail):
                links.add("of_which")
    if 0 <= part.sent - whole.sent <= 3 and whole.q.end <= part.q.start:
        head = sentence_head(ctx, part)
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
    hp, hw = head_noun(part), head_noun(whole)
    if (hp is not None and hp == hw) or (part.q.unit is not None and (hp is None or hw is None)):
        links.add("same_noun")  # one noun counted, or one measure ("hectolitres") and no clash
    return links


#: Links that state a part out of its whole outright.
TALLY = frozenset(("of_tally", "opened", "of_which", "pronoun", "pronoun_far"))


def head_noun(e: Entry) -> str | None:
    words = canonical(e.q.counted or "").split()
    return words[-1] if words else None


def placed(s: Entry, part: Entry, whole: Entry) -> bool:
    """Whether ``whole`` stands where ``admitted`` can take it from when the share is not
    set off right after its part: every other admitting link (``TALLY`` and "share_of",
    which the far links need too) ties a whole in the part's sentence or up to three
    before it, or in the share's sentence. A pure shortcut: it leaves out no candidate."""
    return 0 <= part.sent - whole.sent <= 3 or whole.sent == s.sent


@dataclass(frozen=True)
class FarLinks:
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
    def of(cls, s: Entry, part: Entry, counts: list[Entry]) -> FarLinks:
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
        if not self.own and whole_links & TALLY and (named or self.talks):
            links.add("tally" if named else "tally_words")
        if self.own == [whole] and "share_of" in whole_links and (self.near or named or self.talks):
            links.add("elsewhere")
        return links


def admitted(part_links: set[str], whole_links: set[str]) -> bool:
    """A link each way, and a strong one somewhere. Only a share set off right after its
    part may take a whole by its noun alone ("14,200 hectolitres, nearly a third of the
    region's total exports" and "exported 92,000 hectolitres"); a share merely in the
    part's clause or sentence, set off before it or restating it needs the whole stated
    outright: on the benchmark the looser pairings were almost never the conflict."""
    if not part_links or not whole_links:
        return False
    if part_links & {"set_off", "tally", "tally_words", "elsewhere"}:
        return True
    return bool(whole_links & (TALLY | {"share_of"}))
