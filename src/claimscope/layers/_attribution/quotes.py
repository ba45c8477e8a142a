"""Quoted stretches of an article: straight and curly marks, nesting, multi-paragraph quotes.

News style opens every paragraph of a long quotation with a mark and closes only the last
one, so a paragraph that ends inside a quote continues into the next paragraph when that
one opens with a mark; otherwise the quote ends with its paragraph (an unbalanced mark
never swallows the rest of the article).

British style quotes with single marks ('...,' said X; ‘...,’ she added), which are also
apostrophes ("the company's", "o'clock", "rock 'n' roll", "'90s", "runnin'", "the
workers' union"), so a single mark counts only where it stands as a quotation mark would:

* it opens at the start of a paragraph or after a space or opening punctuation, before a
  letter or digit, and elides no word ('90s, 'n', 'em);
* its closing mark, of the same kind (' with ', ‘ with ’), stands after a letter or
  punctuation and before a space, punctuation or the paragraph's end, so an apostrophe
  inside a word (letter'letter) never closes. The first closing mark with punctuation just
  inside it (,' .' ?' !'), punctuation right after it or a reporting verb right after it
  closes the quotation. A bare mark before a space ("the workers' union") closes one only
  when the next quotation of the same kind opens before any such mark ('a disgrace' and
  'a shambles,' he said), or, for a curly ‘ (rarely an apostrophe), when none follows;
* a straight quotation holds two words or more, or one with a reporting verb after it.

An unclosed single mark is no quotation: unlike a double mark it is most likely an
apostrophe, so it never runs on to the paragraph's end. A long quotation whose paragraphs
open with a single mark is one quotation when it closes in a later paragraph. Single marks
inside a double quotation nest, as before; a paragraph whose double marks do not all lie
inside single quotations is read by its double marks alone, exactly as before.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["OPENERS", "SINGLE_MARKS", "Quote", "find_quotes"]

OPENERS = frozenset('"“«„')
_CLOSERS = frozenset('"”»“')
_DOUBLE_MARKS = OPENERS | _CLOSERS
#: Single opening marks and the closing mark each pairs with.
_SINGLE_PAIRS = {"'": "'", "‘": "’"}
SINGLE_MARKS = frozenset("'‘’")
#: What may stand right before an opening mark, besides a space or the paragraph start.
_BEFORE_OPEN = frozenset("([{—–-/:;")
#: Punctuation that, just inside a closing mark, shows it closes a quotation.
_INSIDE_CLOSE = frozenset(",.?!…—–-:;")
#: Punctuation that may follow a closing mark.
_AFTER_CLOSE = frozenset(',.?!…—–-:;)]}"”»')
#: Words an opening apostrophe elides: '90s, rock 'n' roll, 'em, 'til, 'tis.
_ELISION = re.compile(r"(?:\d\d?s?|n|em|til|tis|twas|cos|bout)(?![A-Za-z0-9])", re.IGNORECASE)
#: Reporting verbs that may follow a closing mark directly ('...' said the chair).
_REPORTING = frozenset(
    {
        "said",
        "says",
        "say",
        "added",
        "adds",
        "told",
        "tells",
        "asked",
        "asks",
        "replied",
        "replies",
        "insisted",
        "insists",
        "warned",
        "warns",
        "explained",
        "explains",
        "continued",
        "continues",
        "argued",
        "argues",
        "claimed",
        "claims",
        "wrote",
        "writes",
        "admitted",
        "admits",
        "declared",
        "noted",
        "notes",
        "recalled",
        "recalls",
        "conceded",
        "concedes",
        "urged",
        "urges",
        "according",
        "stressed",
        "stresses",
        "suggested",
        "suggests",
        "agreed",
        "agrees",
        "remarked",
        "announced",
        "confirmed",
        "confirms",
    }
)
_PRONOUNS = frozenset({"she", "he", "they", "i", "we", "it"})
_WORD = re.compile(r"[A-Za-z]+")


class Quote(NamedTuple):
    """A top-level quotation ``[start, end)`` including its marks."""

    start: int
    end: int


class _Open(NamedTuple):
    """A quotation still open at a paragraph's end: where it began, and its kind of mark."""

    at: int
    single: bool


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _scan(text: str, start: int, end: int, open_at: int | None) -> tuple[list[Quote], int | None]:
    """Quotes closed in one paragraph by double marks, and where a still-open quote began."""
    quotes: list[Quote] = []
    for i in range(start, end):
        ch = text[i]
        if open_at is None:
            if ch in OPENERS and ch != "”":
                open_at = i
        elif ch in _CLOSERS and i > open_at:
            if ch == "“" and text[open_at] == "“":
                continue  # a stray second opener: keep the first one open
            if ch == '"' and text[open_at] != '"' and text[open_at] != "„":
                continue
            quotes.append(Quote(open_at, i + 1))
            open_at = None
    return quotes, open_at


def _single_opens(text: str, i: int, start: int, end: int) -> bool:
    """A single mark at ``i`` stands where a quotation opens, and elides no word."""
    if text[i] not in _SINGLE_PAIRS or i + 1 >= end or not text[i + 1].isalnum():
        return False
    before = text[i - 1] if i > start else " "
    if not (before.isspace() or before in _BEFORE_OPEN or before in OPENERS):
        return False
    return _ELISION.match(text, i + 1, end) is None


def _closing_strength(text: str, j: int, end: int) -> int:
    """How surely the single mark at ``j`` closes a quotation: 0 not at all (inside a word,
    after a space, beside another single mark as in a '' double mark), 1 only by where it
    stands (a possessive looks the same), 2 with punctuation just inside or after it or a
    reporting verb right after it."""
    before = text[j - 1]
    after = text[j + 1] if j + 1 < end else " "
    if before.isspace() or after.isalnum() or SINGLE_MARKS & {before, after}:
        return 0
    if before in _INSIDE_CLOSE or after in _AFTER_CLOSE:
        return 2
    return 2 if _verb_follows(text, j + 1, end) else 1


def _verb_follows(text: str, i: int, end: int) -> bool:
    """A reporting verb comes next, alone or after a pronoun ('...' said X; '...' she said)."""
    word = _WORD.match(text, _first_visible(text, i, end), end)
    if word is None:
        return False
    if word.group().lower() in _PRONOUNS:
        word = _WORD.match(text, _first_visible(text, word.end(), end), end)
    return word is not None and word.group().lower() in _REPORTING


def _single_close(text: str, i: int, start: int, end: int) -> int | None:
    """Where the single quotation opened at ``i`` closes within ``[start, end)``."""
    opener = text[i]
    closer = _SINGLE_PAIRS[opener]
    weak: int | None = None
    for j in range(max(start, i + 2), end):
        if weak is not None and text[j] == opener and _single_opens(text, j, start, end):
            return weak  # 'a disgrace' and 'a shambles': the next quotation opens
        if text[j] != closer:
            continue
        strength = _closing_strength(text, j, end)
        if strength == 2:
            return j
        if strength == 1 and weak is None:
            weak = j
    # a straight mark before a space alone is as likely a possessive ("the workers' union")
    return weak if opener == "‘" else None


def _enough_words(text: str, start: int, end: int, stop: int) -> bool:
    """A straight-mark quotation holds at least two words, or one a reporting verb
    follows ('Yes,' she said); a curly one at least one."""
    if text[start] != "'" or len(text[start + 1 : end - 1].split()) >= 2:
        return True
    return _verb_follows(text, end, stop)


def _scan_single(
    text: str, start: int, end: int, carried: int | None
) -> tuple[list[Quote], int | None]:
    """Quotes of one paragraph with no top-level double marks, read by single marks.

    ``carried`` is where a single quotation opened in an earlier paragraph; this paragraph
    opens with the same mark (its opening mark is already skipped). Returns the quotes
    closed here and where a quotation still open at the paragraph's end began."""
    quotes: list[Quote] = []
    i = start
    if carried is not None:
        j = _single_close(text, carried, start, end)
        if j is None:
            return quotes, carried
        quotes.append(Quote(carried, j + 1))
        i = j + 1
    while i < end:
        if not _single_opens(text, i, start, end):
            i += 1
            continue
        j = _single_close(text, i, i, end)
        if j is not None and _enough_words(text, i, j + 1, end):
            quotes.append(Quote(i, j + 1))
            i = j + 1
            continue
        if j is None and _may_continue(text, i, start, end):
            return quotes, i  # may close in a paragraph that reopens with the same mark
        i += 1
    return quotes, None


def _may_continue(text: str, i: int, start: int, end: int) -> bool:
    """An unclosed quotation may go on into the next paragraph, as a long quotation does:
    it opens the paragraph or follows a colon, holds words, opens nothing else of its
    kind, and its paragraph ends a sentence ("'Allo 'Allo was on." is no quotation)."""
    rest = text[i:end].rstrip()
    lead = text[start:i].rstrip()
    return (
        (not lead or lead[-1] == ":")
        and len(rest.split()) >= 2
        and rest[-1] in _INSIDE_CLOSE
        and not any(_single_opens(text, j, start, end) for j in range(i + 1, end))
    )


def _outside(quotes: list[Quote], text: str, start: int, end: int) -> bool:
    """Some double mark of ``[start, end)`` lies outside every quote found."""
    k = 0
    for i in range(start, end):
        if text[i] not in _DOUBLE_MARKS:
            continue
        while k < len(quotes) and quotes[k].end <= i:
            k += 1
        if k >= len(quotes) or not quotes[k].start <= i:
            return True
    return False


def _scan_paragraph(
    text: str, start: int, end: int, state: _Open | None
) -> tuple[list[Quote], _Open | None]:
    """One paragraph's quotes: by single marks where its double marks allow, else by
    double marks exactly as before single marks were read."""
    if state is None or state.single:
        carried = state.at if state is not None else None
        found, still = _scan_single(text, start, end, carried)
        if not _outside(found, text, start, end) and (found or still is not None):
            return found, (_Open(still, True) if still is not None else None)
        if carried is not None:
            state = None  # the single quotation never closed: an apostrophe after all
    found, open_at = _scan(text, start, end, state.at if state is not None else None)
    return found, (_Open(open_at, False) if open_at is not None else None)


def _reopens(text: str, para: tuple[int, int], state: _Open) -> int | None:
    """Where the next paragraph reopens the quotation still open: its first visible
    character, when that is a mark of the same kind."""
    first = _first_visible(text, *para)
    if first >= para[1]:
        return None
    if state.single:
        if text[first] == text[state.at] and _single_opens(text, first, first, para[1]):
            return first
        return None
    return first if text[first] in OPENERS else None


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations in order; each spans its opening to its closing mark."""
    quotes: list[Quote] = []
    paragraphs = _paragraphs(text)
    state: _Open | None = None
    for k, (start, end) in enumerate(paragraphs):
        found, state = _scan_paragraph(text, start, end, state)
        quotes.extend(found)
        if state is None:
            continue
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        first = _reopens(text, nxt, state) if nxt is not None else None
        if nxt is not None and first is not None:
            # the next paragraph reopens the same quotation: skip its opening mark
            paragraphs[k + 1] = (first + 1, nxt[1])
            continue
        if not state.single:
            close = end
            while close > state.at + 1 and text[close - 1].isspace():
                close -= 1
            if close - state.at > 1:
                quotes.append(Quote(state.at, close))
        state = None
    return quotes
