"""Shares said of something the article counts elsewhere, tied to the counts by a word
rather than by the group's noun: a fill level against an amount and a capacity ("58 per
cent full"), a clause's subject against the part's verb ("Support is at 47%", "582 said
they supported"), and a deed done to a group ("one in three applications funded",
"funds 86 projects").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, doc_text
from claimscope.layers.findings._lexicon import counts_people
from claimscope.layers.findings.numeric._book import numeric_finding
from claimscope.layers.findings.numeric._shares import (
    WIDER,
    Tally,
    counts_group,
    deeds_of,
    group_of,
    predicate_words,
    same_setting,
    sentence_end,
    sentence_start,
    sentence_text,
)
from claimscope.layers.findings.numeric._wording import SHARE_UNITS, is_age
from claimscope.layers.findings.numeric.percentages._elsewhere import OF_THEM
from claimscope.layers.findings.numeric.percentages._found import (
    any_part_gives,
    counts_in_setting,
    fmt_share,
    has_own_share,
)
from claimscope.layers.findings.numeric.percentages._groups import same_stem

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: "58 per cent full", "94 percent occupied", "at 80% of capacity": a share of a capacity.
_FULL = re.compile(
    r"\s*(?:full|occupied|booked|sold|utili[sz]ed|of (?:its |their |the )?(?:total |combined "
    r"|full )?capacity)\b",
    re.I,
)


#: "against a combined capacity of 310 billion litres", "a 55,000-capacity stadium".
_CAPACITY_BEFORE = re.compile(r"\bcapacity (?:of|for)\s+(?:about |around |some |roughly )?$", re.I)


_CAPACITY_AFTER = re.compile(r"[\s-]capacity\b", re.I)


def fill_level(doc: Doc, p: Entry, ledger: list[Entry]) -> Finding | None:
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
        f"{held.q.text} / {cap.q.text} = {fmt_share(held, cap, 100.0)}; {p.q.text} allows {p.iv}%.",
        p,
        held,
        cap,
    )


#: What a share may be "of" and still name no group of its own: "46% of everything we
#: added", "a third of the total".
_OF_ALL = re.compile(r"\s+of\s+(?:everything|all\b|the total\b)", re.I)


def said_of_a_tally(doc: Doc, p: Entry, ledger: list[Entry], found: list[Tally]) -> Finding | None:
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
    subj = share_subject(doc, p)
    if subj is None:
        return None
    subject = str(subj.lemma_).lower()
    # "Desk audits ... were 70 percent of the total": the subject's modifiers narrow it to
    # a kind, which a part counted as plain "audits" does not name
    kinds = [
        str(c.lemma_).lower()
        for c in subj.children
        if c.dep_ in ("compound", "amod") or (c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))
    ]
    hits = [
        t
        for t in found
        if p.sent not in (t.part.sent, t.whole.sent)
        and not has_own_share(text, t.part, ledger)
        and _clause_says(doc, t.part, ledger, subject)
        and all(_clause_says(doc, t.part, ledger, k) for k in kinds)
        and same_setting(p, t.whole)
        and not (p.start is not None and t.whole.start is None)  # "in 2021, was 48%"
    ]
    if len({id(t.part) for t in hits}) != 1:
        return None
    part, whole = hits[0].part, hits[0].whole
    if any_part_gives(p, whole, [part], ledger):
        return None
    scale = 100.0 if p.q.unit == "percent" else 1.0
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{p.q.text} does not match {part.q.text} out of {whole.q.text}, "
        f"the counts the article gives for what '{subject}' names.",
        f"{part.q.text} / {whole.q.text} = {fmt_share(part, whole, scale)}; "
        f"{p.q.text} allows {p.iv}{'%' if scale == 100 else ''}.",
        p,
        part,
        whole,
    )


def share_subject(doc: Doc, p: Entry) -> Token | None:
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
        below = tok
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            if below.dep_ == "dobj" and str(tok.lemma_).lower() not in _LEVEL_VERBS:
                return None  # "The council has offered 4.5 per cent": what it offered, a
                # figure of its own, no level of what the subject names
            break
    else:
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.pos_ == "NOUN" or subj.lower_ in _PART_WORDS):
        return None  # "Turnout was 71%": a rate noun the tagger took for a name
    if any(c.lower_ in ("among", "in", "outside") for c in subj.children):
        return None
    return subj


#: Verbs whose object is the level their subject stands at: "Originals made up 46%",
#: "Support reached 47%", "Renewables represent 38%".
_LEVEL_VERBS = frozenset(
    ("make", "reach", "hit", "top", "total", "represent", "comprise", "account", "touch")
)


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
        and any(same_stem(str(t.lemma_).lower(), w) for w in words)
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


def deed_counted_elsewhere(doc: Doc, p: Entry, ledger: list[Entry]) -> Finding | None:
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
        for e in counts_in_setting(p, ledger)
        if e.q.unit not in SHARE_UNITS
        and not (p.start is not None and e.start is None)  # "Last year 61% of pupils"
    ]
    text = doc_text(doc)
    others = [e for e in others if not is_age(text, e)]  # "Mikael Orr, 45": no group
    parts = [e for e in others if deeds & deeds_of(doc, e) and not _after_of(text, e)]
    if len({(a.iv, a.q.unit) for a in parts}) != 1:
        return None
    part = parts[0]
    bigger = [e for e in others if e.q.unit == part.q.unit and e.iv.lo > part.iv.hi]
    wholes = [e for e in bigger if counts_group(e, group) and not has_own_share(text, e, ledger)]
    if not wholes and OF_THEM.match(text, p.q.end):
        wholes = _people_pointed_at(p, bigger)
    if len({w.iv for w in wholes}) != 1:
        return None
    whole = wholes[0]
    scale = 100.0 if p.q.unit == "percent" else 1.0
    if (part.iv / whole.iv).scale(scale).meets(p.iv) or any_part_gives(p, whole, parts, ledger):
        return None
    return numeric_finding(
        "percentage_mismatch",
        "warning",
        f"{p.q.text} does not match {part.q.text} out of {whole.q.text}, the counts the "
        f"article gives for the group and for what was done to it ({', '.join(sorted(deeds))}).",
        f"{part.q.text} / {whole.q.text} = {fmt_share(part, whole, scale)}; "
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
