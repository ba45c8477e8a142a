"""The shared encoder's plumbing, without the trained model: windows, spans, heads."""

from __future__ import annotations

import numpy as np
import pytest

from claimscope.models.encoder import (
    Encoder,
    SentenceStates,
    _span_runs,
    _word_bounds,
    chunk_sentences,
    find_techniques,
)


@pytest.fixture(scope="module")
def tiny_tokenizer():
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    vocab = {"[UNK]": 0, "the": 1, "un": 2, "##believ": 3, "##able": 4, "cat": 5, ".": 6, "sat": 7}
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    return tok


def test_encoder_windows_keep_offsets_absolute(tiny_tokenizer) -> None:
    text = "Intro.\r\nThe cat sat. 🙂 The unbelievable cat."
    start = text.index("The unbelievable")
    chunks = chunk_sentences(tiny_tokenizer, text, [(0, 6), (start, len(text))])
    assert [c.sentence for c in chunks] == [0, 1]
    for chunk in chunks:
        assert chunk.ids[0] == 101 and chunk.ids[-1] == 102
        for a, b in chunk.offsets:
            assert text[a:b].strip() == text[a:b]
    pieces = [text[a:b] for a, b in chunks[1].offsets]
    assert pieces[:4] == ["The", "un", "believ", "able"]


def test_encoder_windows_never_split_a_word(tiny_tokenizer) -> None:
    text = " ".join(["unbelievable"] * 10)
    chunks = chunk_sentences(tiny_tokenizer, text, [(0, len(text))], max_tokens=7)
    assert all(len(c.ids) <= 7 for c in chunks)
    # Each word is three pieces: a 5-piece window holds one whole word, never a part.
    assert all(len(c.offsets) % 3 == 0 for c in chunks)
    assert sum(len(c.offsets) for c in chunks) == 30


def test_encoder_empty_sentence_list_gives_no_windows(tiny_tokenizer) -> None:
    assert chunk_sentences(tiny_tokenizer, "", []) == []


def _states(tags: list[tuple[float, float, float]], chunks: list[int]) -> SentenceStates:
    n = len(tags)
    return SentenceStates(
        states=np.zeros((n, 4), dtype=np.float32),
        offsets=np.array([(i * 4, i * 4 + 3) for i in range(n)], dtype=np.int64),
        sentence=np.zeros(n, dtype=np.int64),
        chunk=np.array(chunks, dtype=np.int64),
        sentence_means=np.zeros((1, 4), dtype=np.float32),
        tags=np.array(tags, dtype=np.float32),
    )


def test_encoder_span_runs_split_at_new_begin_and_window() -> None:
    o, b, i = (0.9, 0.05, 0.05), (0.1, 0.8, 0.1), (0.1, 0.1, 0.8)
    st = _states([o, b, i, i, b, i, o, i, i], [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert _span_runs(st, 0.5) == [(1, 4), (4, 6), (7, 8), (8, 9)]


def test_encoder_word_bounds_grow_to_whole_words() -> None:
    text = "a reckless plan"
    assert _word_bounds(text, 4, 8) == (2, 10)
    assert _word_bounds(text, 2, 10) == (2, 10)


def test_encoder_span_runs_join_small_gaps_inside_one_window() -> None:
    o, i = (0.9, 0.05, 0.05), (0.1, 0.1, 0.8)
    st = _states([i, i, o, i, o, o, o, i, i], [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert _span_runs(st, 0.5, max_gap=1) == [(0, 4), (7, 8), (8, 9)]
    assert _span_runs(st, 0.5, max_gap=3) == [(0, 8), (8, 9)]


def test_encoder_word_bounds_keep_hyphenated_and_possessive_words_whole() -> None:
    text = "effects of Kyiv’s post-war policy"
    start = text.index("post")
    assert text[slice(*_word_bounds(text, start, start + 5))] == "post-war"
    assert text[slice(*_word_bounds(text, text.index("Kyiv"), text.index("Kyiv") + 4))] == "Kyiv’s"
    assert text[slice(*_word_bounds(text, 0, 7))] == "effects"


def _fake_encoder(peak: float | None) -> Encoder:
    enc = object.__new__(Encoder)
    enc.heads = {
        "tc_w1": np.zeros((8, 2), dtype=np.float32),
        "tc_b1": np.zeros(2, dtype=np.float32),
        "tc_w2": np.zeros((2, 2), dtype=np.float32),
        "tc_b2": np.array([1.0, 0.0], dtype=np.float32),
    }
    enc.labels = ["Loaded_Language", "Doubt"]
    enc.calibration = {"techniques": {"span_threshold": 0.4, "max_gap": 0, "span_peak": peak}}
    return enc


def test_encoder_span_peak_drops_runs_never_sure_of_themselves() -> None:
    o, weak, sure = (0.9, 0.05, 0.05), (0.5, 0.1, 0.4), (0.05, 0.15, 0.8)
    st = _states([weak, weak, o, weak, sure, o], [0] * 6)
    text = " ".join(["abc"] * 6)
    assert len(find_techniques(_fake_encoder(None), text, st)) == 2
    (kept,) = find_techniques(_fake_encoder(0.7), text, st)
    assert (kept.start, kept.end) == (12, 19)
    assert kept.technique == "Loaded_Language"
