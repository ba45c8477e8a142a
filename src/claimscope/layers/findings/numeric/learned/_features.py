"""What a learned second look reads about two figures: how their nouns, holders, places,
periods and rates relate, how far apart and how worded they are.

The features are generic on purpose. The rules tie two figures by named constructions,
which a new article words differently; the model weighs the same kinds of evidence
softly (the same noun's head, the same paragraph, "every" beside the range), and learns
from the project's benchmark how much each counts. Every feature is a string, so the
shipped model is a plain JSON of weights (``claimscope.models.linear``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from claimscope.contract.model import Span
from claimscope.layers.findings._ledger import Entry, Span3, same_thing
from claimscope.layers.findings._ledger.events import EVENT_OF
from claimscope.layers.findings._lexicon import canonical, counts_people, singular
from claimscope.layers.findings.numeric._other_shares import names_its_thing
from claimscope.layers.findings.numeric._pairing import comparable, period_within

__all__ = [
    "HEDGES",
    "Context",
    "bucket",
    "cue_features",
    "log_ratio_bucket",
    "pair_features",
    "people_and_things",
    "period_relation",
    "relation",
    "shared_words",
]


def people_and_things(text: str, a: Entry, b: Entry) -> bool:
    """One figure counts people and the other, in its own words, something that is neither
    people nor an event of theirs: "employs about 450 people" and "between 1,100 and 1,500
    new bookings" a week are no one measure. "Visitors" against "visits", "deaths" or
    "tickets" may be, and a noun the extractor lent a bare figure says nothing."""
    if counts_people(a.q.counted) == counts_people(b.q.counted):
        return False
    person, thing = (a, b) if counts_people(a.q.counted) else (b, a)
    head = [singular(w) for w in (thing.q.counted or "").lower().split()[-1:]]
    if not head or EVENT_OF.get(head[0]) or head[0] in _PER_PERSON or _PERSONAL.search(head[0]):
        return False  # an event of people, one a person, or a person by its ending
    who = singular((person.q.counted or "").lower().split()[-1])
    if head[0][:5] == who[:5]:
        return False  # "310 offenders a day" and "19,400 offences": the deed of the doer
    return names_its_thing(text, a) and names_its_thing(text, b)


#: What is counted one a person, often in place of people: "1.1 million passenger journeys",
#: "9,000 tickets" for a crowd, "420 places" for pupils, "310 referrals", "52 jobs".
_PER_PERSON = frozenset(
    [
        "journey",
        "trip",
        "ride",
        "visit",
        "stay",
        "ticket",
        "place",
        "bed",
        "seat",
        "appointment",
        "referral",
        "registration",
        "signature",
        "job",
        "post",
        "vacancy",
        "role",
        "entry",
    ]
)


#: Endings of nouns for people the lexicon may not hold: "newcomers", "claimants",
#: "learners", "trainees".
_PERSONAL = re.compile(r"(?:er|or|ist|ant|ent|ee|ian|man|men|comer)$")


#: Words in a figure's sentence that say it is a plan, a limit or a guess, not a count.
HEDGES = re.compile(
    r"\b(?:expect\w*|forecast\w*|target\w*|could|would|may|might|plan\w*|aim\w*|capacity|"
    r"up to|estimat\w*|project\w*|goal|budget\w*|cap|limit)\b"
)
_QUOTES = ('"', "\u201c")
#: Words too common to tie two sentences together.
_COMMON = frozenset(
    """about after also and are been before being between but could did down during each
    every for from had has have her his how into its last more most much not now off only
    other our out over said says same she since some than that the their them then there
    these they this those through under until were what when where which while who will
    with would year years month months week weeks day days per cent percent total""".split()  # noqa: SIM905
)
_CLOSES = ("\u201d",)


@dataclass(frozen=True)
class Context:
    """The article as the features need it: text, sentences, paragraph starts."""

    text: str
    sentences: Sequence[Span]
    paragraphs: Sequence[int]
    #: The publication date: where a period "since March" ends.
    published: Span3 | None = None

    @classmethod
    def of(cls, text: str, sentences: Sequence[Span], published: Span3 | None = None) -> Context:
        starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
        return cls(text, sentences, starts, published)

    def bounds(self, e: Entry) -> tuple[int, int]:
        """Where the figure's sentence starts and ends."""
        if 0 <= e.sent < len(self.sentences):
            s = self.sentences[e.sent]
            return s.start, s.end
        return max(0, e.q.start - 100), min(len(self.text), e.q.end + 100)

    def sentence(self, e: Entry) -> str:
        start, end = self.bounds(e)
        return self.text[start:end].lower()

    def before(self, e: Entry, width: int) -> str:
        """Up to ``width`` characters before the figure, within its sentence."""
        start, _ = self.bounds(e)
        return self.text[max(start, e.q.start - width) : e.q.start]

    def after(self, e: Entry, width: int) -> str:
        """Up to ``width`` characters after the figure, within its sentence."""
        _, end = self.bounds(e)
        return self.text[e.q.end : min(end, e.q.end + width)]

    def window(self, e: Entry, width: int = 40) -> str:
        return self.text[max(0, e.q.start - width) : e.q.end + width].lower()

    def paragraph(self, e: Entry) -> int:
        return bisect_right(self.paragraphs, e.q.start)

    def quoted(self, e: Entry) -> bool:
        """Inside a quotation: an odd number of opening marks before it in its paragraph."""
        start = self.paragraphs[self.paragraph(e) - 1]
        before = self.text[start : e.q.start]
        opens = sum(before.count(q) for q in _QUOTES) - sum(before.count(q) for q in _CLOSES)
        return opens % 2 == 1


def relation(x: object, y: object) -> str:
    """How two figures' values of one attribute (place, doer, verb) stand: neither has
    one, the same, different, or only one has it."""
    if not x and not y:
        return "none"
    if x == y:
        return "eq"
    return "clash" if x and y else "one"


def period_relation(a: Entry, b: Entry, *, sided: bool = False) -> str:
    """How two figures' periods stand; with ``sided``, which one alone has a period."""
    if a.start is None and b.start is None:
        return "none"
    if a.start is None or b.start is None:
        if not sided:
            return "one"
        return "one_a" if a.start is not None else "one_b"
    a_in, b_in = period_within(a, b), period_within(b, a)
    if a_in and b_in:
        return "same"
    return "a_in_b" if a_in else "b_in_a" if b_in else "disjoint"


def _sentence_gap(a: Entry, b: Entry) -> str:
    d = abs(a.sent - b.sent)
    return "0" if d == 0 else "1" if d == 1 else "2-3" if d <= 3 else "4-7" if d <= 7 else "8+"


def bucket(x: float, edges: tuple[float, ...], name: str) -> str:
    """``name<edge`` for the first edge ``x`` lies below, ``name>=last`` past them all."""
    return next((f"{name}<{e:g}" for e in edges if x < e), f"{name}>={edges[-1]:g}")


def log_ratio_bucket(x: float, y: float) -> str:
    """How far apart two magnitudes are, in coarse steps of their log ratio."""
    r = abs(math.log(max(abs(x), 1e-9) / max(abs(y), 1e-9)))
    for edge, name in ((0.1, "<0.1"), (0.25, "<0.25"), (0.5, "<0.5"), (1.0, "<1")):
        if r < edge:
            return name
    return ">=1"


def _content(words: frozenset[str]) -> set[str]:
    return {w for w in words if len(w) > 2 and w.isalpha() and w not in _COMMON}


def shared_words(a: Entry, b: Entry) -> list[str]:
    """How much the two figures' sentences talk about the same things: content words in
    common, and whether one figure's noun is named in the other's sentence."""
    wa, wb = _content(a.words), _content(b.words)
    if a.sent == b.sent:
        return ["shared=same_sentence"]
    n = len(wa & wb)
    feats = [f"shared={'0' if n == 0 else '1' if n == 1 else '2-3' if n <= 3 else '4+'}"]
    heads = [
        c.split()[-1] for c in (canonical(a.q.counted or ""), canonical(b.q.counted or "")) if c
    ]
    if len(heads) == 2 and (heads[1] in a.words or heads[0] in b.words):
        feats.append("noun_in_other")
    return feats


def pair_features(ctx: Context, a: Entry, b: Entry) -> list[str]:
    """How two figures relate, as ``name`` or ``name=value`` strings; ``a`` is the figure
    said to break the relation, ``b`` the one it breaks (a range, a whole)."""
    ca = canonical(a.q.counted or "").split()
    cb = canonical(b.q.counted or "").split()
    feats = [
        f"same_thing={same_thing(a, b)}",
        f"comparable={comparable(a, b)}",
        f"comparable_loose={comparable(a, b, unnamed=True)}",
        f"nouns_named={bool(ca) + bool(cb)}",
        f"sentences={_sentence_gap(a, b)}",
        f"same_paragraph={ctx.paragraph(a) == ctx.paragraph(b)}",
        f"place={relation(a.place, b.place)}",
        f"subject={relation(a.subject, b.subject)}",
        f"action={relation(a.action, b.action)}",
        f"deed={relation(a.deed, b.deed)}",
        f"names={relation(a.scope.names, b.scope.names)}",
        f"period={period_relation(a, b)}",
        f"per={relation(a.q.per, b.q.per)}",
        f"a_approx={a.q.approx}",
        f"b_approx={b.q.approx}",
        *shared_words(a, b),
    ]
    if a.thing is not None and a.thing == b.thing:
        feats.append("thing_equal")
    if ca and cb:
        feats.append(f"head_equal={ca[-1] == cb[-1]}")
        shared = len(set(ca) & set(cb)) / len(set(ca) | set(cb))
        feats.append(f"nouns_shared={'all' if shared == 1 else 'some' if shared else 'none'}")
    if a.scope.names and b.scope.names and a.scope.names & b.scope.names:
        feats.append("names_overlap")
    if a.scope.hedged != b.scope.hedged:
        feats.append("hedged_differs")
    if a.scope.norm != b.scope.norm:
        feats.append("norm_differs")
    for side, e in (("a", a), ("b", b)):
        flags = {
            "headline": e.sent == 0,
            "quoted": ctx.quoted(e),
            "other": e.scope.other,
            "peak": e.scope.peak,
            "average": e.scope.average,
            "past": e.past,
            "per": e.q.per is not None,
            "hedge_words": bool(HEDGES.search(ctx.sentence(e))),
        }
        feats.extend(f"{side}_{name}" for name, on in flags.items() if on)
    return feats


def cue_features(side: str, text: str, cues: Sequence[str]) -> list[str]:
    """``side_cue=word`` for each cue that stands as whole words in ``text``."""
    return [f"{side}_cue={c}" for c in cues if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text)]
