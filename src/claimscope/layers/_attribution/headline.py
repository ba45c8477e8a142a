"""Title Case headlines, parsed again in sentence case.

spaCy reads a Title Case line as a run of proper nouns: "Leaked Memo Shows Port Strike ..."
comes out as a PERSON "Leaked Memo Shows Port" with no verb, so a cue and a source found
there are nonsense. The headline line is rewritten in sentence case (same length, same
offsets) and parsed on its own; a word keeps its capital only when the body capitalises it
mid-sentence too ("Ukraine", "March"), which is the body's own evidence that it is a name.
Only a Title Case headline pays for the extra parse, a few dozen tokens.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimscope.contract.model import Span

__all__ = ["is_title_case", "sentence_case", "sentence_cased_doc"]

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def is_title_case(line: str) -> bool:
    """Most longer words capitalised, as headline style guides do."""
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= max(2, 0.6 * len(words))


def _body_names(doc: Doc, body_start: int) -> frozenset[str]:
    """Words the body writes capitalised where no sentence starts: names, months, acronyms."""
    return frozenset(
        t.text for t in doc if t.idx >= body_start and t.text[:1].isupper() and not t.is_sent_start
    )


def sentence_case(line: str, names: frozenset[str]) -> str | None:
    """``line`` with every word lower-cased except the first, words after a colon, names
    in ``names`` and acronyms; None when lower-casing would change the length."""
    out = list(line)
    first = True
    for m in _WORD.finditer(line):
        word = m.group()
        after_colon = line[: m.start()].rstrip().endswith(":")
        keep = first or after_colon or word in names or word.isupper() or _inner_capital(word)
        first = False
        if keep:
            continue
        lowered = word.lower()
        if len(lowered) != len(word):
            return None
        out[m.start() : m.end()] = lowered
    return "".join(out)


def _inner_capital(word: str) -> bool:
    """ "McCain", "iPhone": the capitals are part of the name, not of the headline style."""
    return any(
        any(c.isupper() for c in part[1:]) and not part[1:].isupper() for part in word.split("-")
    )


def sentence_cased_doc(doc: Doc, headline: Span) -> Doc | None:
    """The headline line parsed again in sentence case, or None when it is not Title Case."""
    if not is_title_case(headline.text) or not doc.has_annotation("DEP"):
        return None
    cased = sentence_case(headline.text, _body_names(doc, headline.end))
    if cased is None or cased == headline.text:
        return None
    from claimscope.nlp import load_nlp

    return load_nlp()(cased)
