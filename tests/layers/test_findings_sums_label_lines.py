"""Key-figures lines split by the label of the line above them (issue 4): "Books lent"
over "Novels lent", "Children's books lent", "Other books lent".

Short articles written for these tests: each planted list has a clean twin.
"""

from __future__ import annotations

import pytest

from claimscope.contract.model import Article

pytestmark = pytest.mark.model

PUBLISHED = "2025-02-04"

_REST = (
    "Riverside libraries: 2024 in figures\n\n"
    "The library service published its annual figures on Monday.\n\n"
    "LENDING\n"
    "- Books lent: {whole}\n"
    "- Novels lent: 96,500\n"
    "- Children's books lent: 71,200\n"
    "- Other books lent: 44,300\n"
    "- Members: 18,900\n"
)


def test_lines_closed_by_the_rest_must_add_up_to_the_line_above(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_REST.format(whole="236,000"), PUBLISHED)


def test_lines_closed_by_the_rest_that_add_up_are_clean(numeric_warnings, numeric_pipeline):
    text = _REST.format(whole="212,000")
    assert not numeric_warnings(text, PUBLISHED)
    found = numeric_pipeline.analyze(Article(text=text, published=PUBLISHED)).findings
    assert any(f.kind == "sum_mismatch" and f.severity == "info" for f in found)


_GROUPS = (
    "Ferry bookings in the first half\n\n"
    "Every booking is made through one of three routes: online, by phone or at the port.\n\n"
    "- Bookings taken, January to June: {whole}\n"
    "- Same period last year: 51,200\n"
    "- Taken online: 38,100\n"
    "- Taken by phone: 9,400\n"
    "- Taken at the port: 6,300\n"
)


def test_lines_the_text_says_cover_every_one_must_add_up(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_GROUPS.format(whole="61,800"), PUBLISHED)


def test_lines_the_text_says_cover_every_one_in_line_are_clean(numeric_warnings):
    assert not numeric_warnings(_GROUPS.format(whole="53,800"), PUBLISHED)


# Without a rest line or a statement that they cover all, the lines may name only some
# groups: fewer is fine, more than the whole is not.
_SOME = (
    "Animal shelter figures\n\n"
    "- Animals taken in: {whole}\n"
    "- Dogs taken in: 1,310\n"
    "- Cats taken in: 1,720\n"
    "- Volunteers: 240\n"
)


def test_open_lines_over_the_line_above_are_flagged(numeric_warnings):
    assert "sum_mismatch" in numeric_warnings(_SOME.format(whole="2,650"), PUBLISHED)


def test_open_lines_under_the_line_above_are_clean(numeric_warnings):
    assert not numeric_warnings(_SOME.format(whole="3,900"), PUBLISHED)


def test_a_line_among_siblings_is_no_whole_of_the_next(numeric_warnings):
    text = (
        "Animal shelter figures\n\n"
        "- Animals taken in at the shelters: 3,900\n"
        "- Dogs taken in: 2,310\n"
        "- Cats taken in: 1,150\n"
        "- Other animals taken in: 440\n"
    )
    assert not numeric_warnings(text, PUBLISHED)


def test_lines_sharing_a_noun_are_siblings_not_parts(numeric_warnings):
    text = (
        "Harbour traffic\n\n"
        "- North Quay: 41,000 tonnes\n"
        "- South Quay: 23,000 tonnes\n"
        "- East Quay: 22,000 tonnes\n"
    )
    assert not numeric_warnings(text, PUBLISHED)
