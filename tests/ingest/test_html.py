"""HTML ingest: main text with the title first, metadata from the page, errors as InputError."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimscope.errors import InputError
from claimscope.ingest.html import article_from_html, decode_html

PAGES = Path(__file__).parents[1] / "fixtures" / "html"


def _page(name: str):
    return article_from_html(decode_html((PAGES / f"{name}.html").read_bytes()))


def test_html_title_first_then_blank_line_then_body():
    article = _page("harbour_strike")
    assert article.title == "Harbour strike enters third week"
    head, blank, body = article.text.split("\n", 2)
    assert (head, blank) == (article.title, "")
    assert body.startswith("Dock workers at the northern terminal")


def test_html_h1_repeating_the_title_is_not_duplicated():
    assert _page("harbour_strike").text.count("Harbour strike enters third week") == 1


def test_html_boilerplate_left_out():
    text = _page("harbour_strike").text
    for junk in ("cookies", "Related stories", "Sign up", "All rights reserved", "Subscribe"):
        assert junk not in text


def test_html_comments_left_out():
    text = _page("clinic_waiting").text
    assert "Reader comments" not in text
    assert "my mother waited a month" not in text
    assert text.rstrip().endswith("The board will publish a full recruitment plan in the spring.")


def test_html_metadata_from_page():
    article = _page("harbour_strike")
    assert article.published == "2024-03-05"
    assert article.outlet == "The Coastal Gazette"
    assert article.url == "https://coastal-gazette.example/news/2024/03/05/harbour-strike"
    assert article.language == "en"


def test_html_date_not_guessed_from_body_text():
    # The page says "next autumn", "2022" and "December" in its text but has no date metadata.
    assert _page("malformed_unclosed").published is None


def test_html_sloppy_markup_still_extracted():
    text = _page("malformed_unclosed").text
    assert "about 600 homes" in text
    assert "temporary barriers would be installed by December." in text
    assert "Front page" not in text


def test_html_explicit_metadata_wins():
    html = (PAGES / "budget_vote.html").read_text("utf-8")
    article = article_from_html(html, title="Budget passes", published="2024-07-01", outlet="X")
    assert article.text.startswith("Budget passes\n\n")
    assert (article.published, article.outlet) == ("2024-07-01", "X")


def test_html_without_article_text_refused():
    with pytest.raises(InputError, match="no article text") as info:
        article_from_html("<html><head><script>var a = 1;</script></head><body> </body></html>")
    assert info.value.code == "input.html"


def test_html_unparseable_refused():
    with pytest.raises(InputError) as info:
        article_from_html("<html>\x00\x00")
    assert info.value.code == "input.html"


def test_html_decode_uses_meta_charset():
    page = '<html><head><meta charset="windows-1251"></head><body><p>Привет</p></body></html>'
    assert "Привет" in decode_html(page.encode("cp1251"))


def test_html_decode_prefers_http_charset():
    page = "<html><body><p>café</p></body></html>".encode("latin-1")
    assert "café" in decode_html(page, declared="iso-8859-1")
