"""Plain text is kept exactly; HTML is recognised only when the document opens like HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimscope.errors import InputError
from claimscope.ingest.decode import decode_bytes
from claimscope.ingest.text import article_from_string, article_from_text, looks_like_html

ARTICLES = Path(__file__).parents[1] / "fixtures" / "articles"

# Text with the characters that break naive pipelines: CRLF, lone CR, NBSP, curly quotes,
# combining accents, astral characters (emoji, which are two UTF-16 units), BOMs, tabs.
_tricky = st.sampled_from(
    ["\r\n", "\r", "\n", "\u00a0", "“", "”", "‘", "’", "\u0301", "🚢", "𝔘", "\ufeff", "\t", " "]
)
texts = st.lists(st.one_of(st.text(min_size=1, max_size=8), _tricky), min_size=1).map("".join)


@given(texts.filter(lambda t: t.strip() and not looks_like_html(t)))
def test_text_article_from_string_keeps_any_text_exactly(text):
    assert article_from_string(text).text == text


@given(texts.filter(lambda t: t.strip()))
def test_text_utf8_round_trip_through_decode_is_exact(text):
    data = text.encode("utf-8", "surrogatepass")
    try:
        decoded = decode_bytes(data).text
    except InputError:  # control characters and NULs are refused as binary, never altered
        return
    assert article_from_text(decoded).text == text


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.name)
def test_text_fixture_files_kept_byte_for_byte(path):
    data = path.read_bytes()
    article = article_from_text(decode_bytes(data).text)
    assert article.text.encode("utf-8") == data


def test_text_crlf_fixture_offsets_are_code_points():
    text = article_from_text(decode_bytes((ARTICLES / "crlf_quotes_nbsp.txt").read_bytes()).text)
    start = text.text.index("1\u00a0200 containers")
    assert text.text[start : start + 16] == "1\u00a0200 containers"
    assert "\r\n" in text.text


def test_text_empty_refused():
    with pytest.raises(InputError, match="empty") as info:
        article_from_text(" \r\n\t ")
    assert info.value.code == "input.empty"


def test_text_size_cap():
    with pytest.raises(InputError, match="over the cap of 10") as info:
        article_from_string("x" * 11, max_chars=10)
    assert info.value.code == "input.size"


def test_text_metadata_published_normalised():
    article = article_from_text("Body.", published="2024-03-05T10:00:00Z", outlet="Gazette")
    assert (article.published, article.outlet) == ("2024-03-05", "Gazette")


def test_text_bad_published_refused():
    with pytest.raises(InputError, match="not an ISO date"):
        article_from_text("Body.", published="last Tuesday")


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("\ufeff  <html lang='en'><body>x</body></html>", True),
        ("<!-- saved page --><html><body>x</body></html>", True),
        ("Use <b> tags for bold, the guide says.", False),
        ("Headline\n<html> is a tag name", False),
    ],
)
def test_text_looks_like_html(text, html):
    assert looks_like_html(text) is html
