"""The shared spaCy pipeline: sentence starts the parser alone gets wrong."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_nlp_line_break_starts_a_sentence(real_nlp):
    doc = real_nlp("Harbour strike\nDockers walked out on Monday.")
    assert [s.text.strip() for s in doc.sents] == [
        "Harbour strike",
        "Dockers walked out on Monday.",
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "dateline",
    ["KHULNA, Bangladesh, Sept 22 (Wire) - ", "MUNICH, July 18 (Wire) \u2013 ", "KILIFI, Kenya - "],
)
def test_nlp_wire_dateline_is_a_sentence_of_its_own(real_nlp, dateline):
    doc = real_nlp(f"Title\n\n{dateline}Weekly dengue cases have stayed between 800 and 1,200.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1] == "Weekly dengue cases have stayed between 800 and 1,200."
    assert sents[-2] == dateline.strip()


@pytest.mark.model
def test_nlp_dash_inside_a_sentence_is_no_dateline(real_nlp):
    doc = real_nlp("The UN - which met on Monday - said so.")
    assert len(list(doc.sents)) == 1


@pytest.mark.model
def test_nlp_default_name_and_no_name_are_one_pipeline():
    """A layer calling ``load_nlp()`` shares the pipeline's copy: a second copy cost a
    model load (0.7 s) and its memory."""
    from claimscope.nlp import DEFAULT_MODEL, load_nlp

    assert load_nlp() is load_nlp(DEFAULT_MODEL)


@pytest.mark.parametrize(
    "text",
    [
        "The hottest day was Sunday at 36C. Temperatures will fall this week.",
        "Sales reached $12m. Prices fell on Monday.",
    ],
)
def test_nlp_full_stop_after_a_glued_unit_ends_the_sentence(real_nlp, text):
    assert len(list(real_nlp(text).sents)) == 2
