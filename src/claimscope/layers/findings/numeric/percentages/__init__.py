"""``percentage_mismatch``: a share stated next to its part and whole that does not match.

"About a third" of 1,000 is 300–370; the stated share's rounding and approximator set the
tolerance.

The check tries the readings in order, in one module each: ``_in_sentence`` (part and
whole in the share's own sentence), ``_votes`` (a share of a body "voting in favour", its
size in the sentence, against the votes for of the vote's tally), ``_pointing_back`` (a
part or whole reached through "of them", an appositive, "That is" or a definite subject),
``_totals`` (a share "of the total", of a named whole or of a period's total), and when
none holds, ``_elsewhere`` (counts of the share's group given elsewhere in the article)
and ``_said_of`` (counts tied to the share by a word: a capacity, the subject's verb, a
deed done to the group). ``_groups`` says whether a whole counts the group a share names;
``_found`` holds the pieces every reading uses: the count a share is set off after, the
share worded, whether any part gives it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimscope.contract.model import Finding
from claimscope.layers.findings._ledger import Entry, doc_text, same_thing
from claimscope.layers.findings.base import check
from claimscope.layers.findings.numeric._book import READS, book_of, numeric_finding
from claimscope.layers.findings.numeric._shares import (
    Tally,
    group_of,
    sentence_start,
    shares,
    wider_at,
)
from claimscope.layers.findings.numeric._wording import SHARE_UNITS
from claimscope.layers.findings.numeric.percentages._elsewhere import (
    SPEAKERS_CIRCLE,
    counted_elsewhere,
    drawn_count_set_off,
    drawn_part_elsewhere,
    pointed_share_of_all,
    whole_counted_elsewhere,
)
from claimscope.layers.findings.numeric.percentages._found import fmt_share
from claimscope.layers.findings.numeric.percentages._groups import group_fits
from claimscope.layers.findings.numeric.percentages._in_sentence import part_and_whole
from claimscope.layers.findings.numeric.percentages._pointing_back import (
    RESTATING,
    anaphoric_share,
    appositive_to_tally,
    described_again,
    part_named_by_subject,
    restated_counts,
    restating_share,
)
from claimscope.layers.findings.numeric.percentages._said_of import (
    deed_counted_elsewhere,
    fill_level,
    said_of_a_tally,
)
from claimscope.layers.findings.numeric.percentages._totals import (
    share_of_a_named_whole,
    share_of_a_period,
    share_of_the_total,
)
from claimscope.layers.findings.numeric.percentages._votes import share_voting_for

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.layers.base import Draft


__all__ = ["check_percentages"]


#: "all but 2,600 of the 86,000": the figure is what is left out, the group less it is meant.
_ALL_BUT = re.compile(r"\ball (?:but|except)\s+(?:about |some |around |nearly |almost )?$", re.I)


#: Between a part and a share set off as its own: "2.1 million of the 4.8 million members
#: - some 58% -", "412 (about 35%)", "1,210 of them, or roughly half".
_SET_OFF = re.compile(
    r"(?:,|\(|\u2014|\u2013|\s-|\bor|\bthat is|\bwhich is|\brepresenting)\s*"
    r"(?:(?:about|some|roughly|nearly|almost|around|just|over|under|more than|less than)\s+)*$",
    re.I,
)


def _set_off_after(text: str, part: Entry, p: Entry) -> bool:
    """Whether the share ``p`` is set off right after ``part``'s noun phrase, as its own."""
    if p.q.start < part.q.end or p.sent != part.sent:
        return False
    gap = text[part.q.end : p.q.start]
    return len(gap) <= 80 and _SET_OFF.search(gap) is not None


#: A place ranked among its peers, and a clause on it that gives the share: "The highest
#: support was recorded in the Tavar province, where ...", "Turnout was lowest in the
#: Southern Islands, with ...". The share is that one place's, and counts the article
#: gives elsewhere, for all places, are not its part and whole.
_RANKED_PLACE = re.compile(
    r"\b(?:highest|lowest|strongest|weakest|biggest|largest|smallest)\b[^.;:\n]*?"
    r"\b(?:in|at)\s+(?:the\s+)?[A-Z][^.;:\n]*?,\s+(?:where|with)\b[^.;:\n]*$"
)


@check("numeric_percentages", kinds=("percentage_mismatch",), reads=READS)
def check_percentages(doc: Doc, draft: Draft) -> list[Finding]:
    """ "300 of the 1,000 residents, or 45%": a share against its part and whole."""
    book = book_of(doc, draft)
    ledger = book.entries
    out: list[Finding] = []
    said = shares(doc, ledger)
    baselines = {id(c.before) for c in book.changes}
    reached = {id(c.before): c.after for c in book.changes}
    for p in said:
        if wider_at(doc_text(doc), p):
            continue  # "410 were upheld, 58% nationally": a share of another population
        if _retold_below(doc_text(doc), p, said, ledger):
            continue  # "clears 95% of new cases" over "resolved 23,560, 95 percent of ...":
            # the body's share is checked where it stands, with its own counts
        same_sent = [
            e
            for e in ledger
            if e.sent == p.sent and e.q.unit not in SHARE_UNITS and not e.is_rate and e is not p
        ]
        alone = not any(e is not p and e.sent == p.sent for e in said)
        found = (
            _nearer_tally(doc, p, part_and_whole(doc, p, same_sent), book.tallies, alone)
            or share_voting_for(doc, p, ledger, same_sent)
            or (anaphoric_share(doc, p, ledger, same_sent) if alone else None)
            or share_of_the_total(doc, p, ledger, same_sent, baselines, reached)
            or (appositive_to_tally(doc, p, book.tallies) if alone else None)
            or share_of_a_period(doc, p, ledger, same_sent)
            or (restating_share(doc, p, ledger, same_sent, book.tallies) if alone else None)
            or (restated_counts(doc, p, ledger, same_sent) if alone else None)
            or part_named_by_subject(doc, p, ledger, same_sent)
            or share_of_a_named_whole(doc, p, ledger, baselines)
        )
        if found is None:
            if _RANKED_PLACE.search(doc_text(doc), sentence_start(doc, p), p.q.start):
                continue  # "highest in the Tavar province, where 94.2 percent": one place's
            if SPEAKERS_CIRCLE.match(doc_text(doc), p.q.end):
                continue  # "Half of the people I know who left": an anecdote's own circle
            elsewhere = (
                counted_elsewhere(doc, p, ledger, book.tallies)
                or whole_counted_elsewhere(doc, p, ledger)
                or drawn_part_elsewhere(doc, p, ledger)
                or drawn_count_set_off(doc, p, ledger)
                or fill_level(doc, p, ledger)
                or said_of_a_tally(doc, p, ledger, book.tallies)
                or deed_counted_elsewhere(doc, p, ledger)
                or pointed_share_of_all(doc, p, ledger, baselines)
            )
            out.extend([elsewhere] if elsewhere is not None else [])
            continue
        if _nearer_share(ledger, p, found[1]) or _names_another_group(doc, p, *found, ledger):
            continue
        if _pair_has_its_share(doc_text(doc), ledger, p, *found):
            continue  # "33 percent was higher than in 2023, when 362 of 1,180 passed, or 31
            # percent": the pair is told with its own share, of another time
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
                    f"{part.q.text} out of {whole.q.text} is {fmt_share(part, whole, scale)}, "
                    f"which fits {stated}.",
                    f"{part.q.text} / {whole.q.text} = {fmt_share(part, whole, scale)}; {allows}",
                    p,
                    part,
                    whole,
                )
            )
            continue
        if ((whole.iv - part.iv) / whole.iv).scale(scale).meets(p.iv) and (
            _ALL_BUT.search(doc_text(doc), max(0, part.q.start - 20), part.q.start)
            or not _set_off_after(doc_text(doc), part, p)
        ):
            continue  # "all but 2,600 of the 86,000 customers, 97%", "cancelled 131 of them,
            # and operated 97.0 percent": the rest's share; but "2.1 million of the 4.8
            # million members - some 58% -" is set off as the part's own share
        inverted = part.iv.lo > whole.iv.hi and p.iv.hi <= scale
        if inverted:
            # "24,000 students, 30% from abroad; of the 7,200 foreign ...": a part larger
            # than its whole means the roles were read the wrong way round; the check is
            # worded the right way round, and only as a note, for the reading is unsure
            part, whole = whole, part
            if (part.iv / whole.iv).scale(scale).meets(p.iv):
                continue
        out.append(
            numeric_finding(
                "percentage_mismatch",
                "info" if inverted else "warning",
                f"{stated} does not match {part.q.text} out of {whole.q.text}.",
                f"{part.q.text} / {whole.q.text} = {fmt_share(part, whole, scale)}; {allows}",
                p,
                part,
                whole,
            )
        )
    return out


def _nearer_tally(
    doc: Doc, p: Entry, found: tuple[Entry, Entry] | None, tallied: list[Tally], alone: bool
) -> tuple[Entry, Entry] | None:
    """ "Of the 9,200 refused applicants, 5,900 appealed, and the tribunal upheld 2,700 of
    those appeals, nearly half": a share set off right after a tallied part is that part's
    share, not the share of a pair the sentence tells before it."""
    if found is None or not alone:
        return found
    nearer = appositive_to_tally(doc, p, tallied)
    if (
        nearer is not None
        and nearer[0] is not found[1]  # "31,200 of those 96,000 calls - one in five"
        and found[0].q.end < nearer[0].q.end <= p.q.start
    ):
        return nearer
    return found


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
    if described_again(doc, p, ledger) and RESTATING.match(
        doc_text(doc), sentence_start(doc, p), p.q.start
    ):
        return False
    if p.q.end > part.q.start and not _of_plural(doc, p):
        return False
    return group_fits(doc, p, group, whole) is None and not same_thing(p, whole)


def _of_plural(doc: Doc, p: Entry) -> bool:
    """Whether the share is "of" a plural noun ("46% of their entries"), as the parse
    reads it."""
    span = doc.char_span(p.q.start, p.q.end, alignment_mode="expand")
    if span is None:
        return False
    of = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun is not None and noun.tag_ in ("NNS", "NNPS")


def _nearer_share(ledger: list[Entry], p: Entry, whole: Entry) -> bool:
    """ "put the share at 18% and said about 41% of its 13,200 sites": another share sits
    between this one and the whole, and the whole is that share's."""
    lo, hi = sorted((p.q.end, whole.q.start))
    return any(
        e is not p and e.sent == p.sent and e.q.unit in SHARE_UNITS and lo <= e.q.start < hi
        for e in ledger
    )


#: From the end of a part-and-whole pair to a share told as its restatement: the whole's
#: noun, then "or" ("362 of 1,180 applications, or 31 percent").
_THEN_OR = re.compile(
    r"(?:\s+[a-z-]+){0,3}\s*,?\s+(?:or|that is|i\.e\.)\s+"
    r"(?:about |some |roughly |nearly |almost |around |just over |just under )?$",
    re.I,
)


def _pair_has_its_share(
    text: str, ledger: list[Entry], p: Entry, part: Entry, whole: Entry
) -> bool:
    """Whether the pair is followed by a share of its own, told as its restatement ("when
    the board approved 362 of 1,180 applications, or 31 percent"): that share is the
    pair's, and a share earlier in the sentence ("The approval rate of 33 percent was
    higher than in 2023, when ...") is of something else."""
    end = max(part.q.end, whole.q.end)
    if p.q.start >= end:
        return False
    return any(
        e is not p
        and e.sent == p.sent
        and e.q.unit == p.q.unit
        and e.q.start >= end
        and _THEN_OR.fullmatch(text, end, e.q.start) is not None
        for e in ledger
    )


def _retold_below(text: str, p: Entry, said: list[Entry], ledger: list[Entry]) -> bool:
    """Whether a share of the headline is told again, with the same value, in a body
    sentence that gives its counts: the headline only repeats it, and a part the headline's
    noun happens to name ("6,200 of last year's new cases") is not the one the body gives
    it. A body share with no count beside it ("roughly half of the potholes") leaves the
    headline's to be paired."""
    headline_end = text.find("\n")
    if headline_end < 0 or p.q.start >= headline_end:
        return False
    return any(
        o.q.start > headline_end
        and o.q.unit == p.q.unit
        and o.iv.lo <= p.iv.hi
        and p.iv.lo <= o.iv.hi
        and any(e.sent == o.sent and e.bare and e.q.counted and e is not o for e in ledger)
        for o in said
    )
