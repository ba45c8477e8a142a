"""Whether a whole counts the group a share names: by its noun, by another noun for people
or a body of people ("a third of the workforce"), by what its members did ("members who
responded", "2,750 responses"), or by the label of its key-figures line; and words of one
stem, which these matches and the subject readings use.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.layers.findings._ledger import Entry, doc_text
from claimscope.layers.findings._lexicon import canonical, counts_people
from claimscope.layers.findings.numeric._shares import counts_group, elliptical_group

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: A key-figures line's label before its figure: "- Registered to vote abroad: ".
_LABEL = re.compile(r"^[ \t]*(?:[-–—•*][ \t]*)?(?P<label>[A-Za-z][^:\n\d]{0,80}):[ \t]*$")


def label_names(text: str, e: Entry, group: list[str]) -> bool:
    """Whether the label of the figure's line names the group: every word of the group
    shares its stem with a word of the label ("registered voters" in "Registered to vote
    abroad: 1.2 million")."""
    start = text.rfind("\n", 0, e.q.start) + 1
    m = _LABEL.match(text[start : e.q.start])
    if m is None:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group("label"))]
    return all(any(stem_match(g, w) for w in words) for g in group)


def stem_match(a: str, b: str) -> bool:
    """ "voter" and "vote", "registered" and "registered": the same word, or one the other
    with an ending added, or words sharing a long stem (see ``same_stem``)."""
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 4 and long_.startswith(short)) or same_stem(a, b)


def group_fits(doc: Doc, p: Entry, group: list[str], whole: Entry) -> str | None:
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
    if done is not None and same_stem(done, head[0]):
        return "loose"
    named = measured(whole) and named_just_before(doc_text(doc), whole, group[-1])
    return "loose" if named else None  # "exported 92,000 hectolitres of wine": exports


def measured(e: Entry) -> bool:
    """Whether a figure is an amount with no count noun of its own, or an amount in a unit
    whose noun names only its stuff ("92,000 hectolitres of wine", "£820m"): such a figure
    is named by the deed or word written before it ("exported", "revenue of"), not by its
    noun, so "a third of exports" may be a share of it."""
    return e.q.counted is None or (e.q.unit is not None and e.q.unit not in _NOT_AMOUNTS)


#: Units whose figure is no amount of a stuff: a share of a rate or a level is no share
#: of it ("a third of prices").
_NOT_AMOUNTS = frozenset(("percent", "fraction", "percentage point"))


def named_just_before(text: str, e: Entry, noun: str) -> bool:
    """Whether the words right before a figure, back to the figure or clause before it,
    name it by ``noun`` or a word of its stem ("reported revenue of £820m", "exported
    92,000 hectolitres" for exports)."""
    lead = re.split(r"[\d;:.]", text[max(0, e.q.start - 40) : e.q.start])[-1]
    return any(stem_match(noun, w.lower()) for w in re.findall(r"[A-Za-z]+", lead))


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


def same_stem(a: str, b: str) -> bool:
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
