"""The shared sentence encoder: one ONNX Runtime pass per sentence, three numpy heads.

The ``claims`` and ``techniques`` layers both need the encoder's output for the same
sentences, so it is computed once per article here (``encode_article``, cached) and the
two layers read from it. Training (``training/``) imports ``chunk_sentences`` from this
module, so the model sees exactly the token windows it was trained on.

Heads (weights in ``heads.npz`` beside ``model.onnx``):

* check-worthiness: mean of the sentence's token states -> one logit -> calibrated
  probability (``>= 0.5`` means "a fact-checker would check this");
* technique spans: each token state joined with its window's mean -> O / B / I;
* technique labels: a span's mean state joined with its sentence's mean -> 14 labels;
  a found span may also get the runner-up label, and hyperbole cues raise Exaggeration
  (``span_labels``, calibrated on the PTC tune articles).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from claimscope.models.hyperbole import has_hyperbole_cue

if TYPE_CHECKING:
    from tokenizers import Tokenizer

__all__ = [
    "EXAGGERATION",
    "MAX_TOKENS",
    "ArticleEncoding",
    "Chunk",
    "Encoder",
    "SpanTechnique",
    "article_states",
    "checkworthiness_scores",
    "chunk_sentences",
    "encode_article",
    "encode_states",
    "find_techniques",
    "plain_tokenizer",
    "rank_labels",
    "span_labels",
]

FloatArray = npt.NDArray[np.float32]

#: Longest window the encoder sees, [CLS] and [SEP] included; longer sentences are cut
#: into several windows at word boundaries.
MAX_TOKENS = 128
_CLS, _SEP = 101, 102
_BATCH = 16
#: The label whose logit the hyperbole cues raise.
EXAGGERATION = "Exaggeration,Minimisation"


def plain_tokenizer(tokenizer: Tokenizer) -> Tokenizer:
    """The tokenizer without padding or truncation: ``chunk_sentences`` does both."""
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


@dataclass(frozen=True)
class Chunk:
    """One encoder window: part (or all) of one sentence."""

    sentence: int
    ids: tuple[int, ...]  # with [CLS] and [SEP]
    offsets: tuple[tuple[int, int], ...]  # absolute character offsets of ids[1:-1]


def chunk_sentences(
    tokenizer: Tokenizer,
    text: str,
    sentences: Sequence[tuple[int, int]],
    *,
    max_tokens: int = MAX_TOKENS,
) -> list[Chunk]:
    """Word pieces of each sentence, cut into windows of at most ``max_tokens``."""
    chunks: list[Chunk] = []
    if not sentences:
        return chunks
    encodings = tokenizer.encode_batch([text[s:e] for s, e in sentences], add_special_tokens=False)
    room = max_tokens - 2
    for i, ((start, _end), enc) in enumerate(zip(sentences, encodings, strict=True)):
        ids = enc.ids
        offs = [(start + a, start + b) for a, b in enc.offsets]
        words = enc.word_ids
        pos = 0
        while pos < len(ids) or (pos == 0 and not ids):
            stop = min(pos + room, len(ids))
            if stop < len(ids):
                # Back off to a word start so a word is never split across windows.
                cut = stop
                while cut > pos + 1 and words[cut] is not None and words[cut] == words[cut - 1]:
                    cut -= 1
                stop = cut
            chunks.append(Chunk(i, (_CLS, *ids[pos:stop], _SEP), tuple(offs[pos:stop])))
            if not ids:
                break
            pos = stop
    return chunks


@dataclass(frozen=True)
class SpanTechnique:
    """A technique span found by the encoder: character offsets, label and score."""

    start: int
    end: int
    technique: str
    score: float


@dataclass(frozen=True)
class ArticleEncoding:
    """What the encoder says about one article's sentences."""

    checkworthiness: tuple[float, ...]  # one per sentence, in input order
    techniques: tuple[SpanTechnique, ...]


class Encoder:
    """An ONNX encoder session with its heads; build it with ``claimscope.models.load``."""

    def __init__(self, folder: os.PathLike[str] | str, meta: dict[str, Any]) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        folder = os.fspath(folder)
        options = ort.SessionOptions()
        # Two threads per process: batch workers run one process per core.
        options.intra_op_num_threads = int(os.environ.get("CLAIMSCOPE_ONNX_THREADS", "2"))
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(
            os.path.join(folder, meta["files"]["weights"]),
            options,
            providers=["CPUExecutionProvider"],
        )
        self.tokenizer = plain_tokenizer(
            Tokenizer.from_file(os.path.join(folder, meta["files"]["tokenizer"]))
        )
        with np.load(os.path.join(folder, meta["files"]["heads"])) as heads:
            self.heads = {k: heads[k].astype(np.float32) for k in heads.files}
        self.labels: list[str] = list(meta["labels"]["techniques"])
        self.calibration = meta["calibration"]
        self.max_tokens = int(meta.get("max_tokens", MAX_TOKENS))

    # -- the one encoder pass -------------------------------------------------------
    def hidden_states(self, chunks: Sequence[Chunk]) -> list[FloatArray]:
        """Last-layer token states of each chunk ([CLS] and [SEP] included)."""
        out: list[FloatArray | None] = [None] * len(chunks)
        order = sorted(range(len(chunks)), key=lambda i: len(chunks[i].ids))
        for b in range(0, len(order), _BATCH):
            idx = order[b : b + _BATCH]
            width = max(len(chunks[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(chunks[i].ids)
                ids[row, :n] = chunks[i].ids
                mask[row, :n] = 1
            (states,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            for row, i in enumerate(idx):
                out[i] = states[row, : len(chunks[i].ids)].astype(np.float32)
        return [s for s in out if s is not None]

    # -- heads ------------------------------------------------------------------------
    def checkworthiness(self, states: FloatArray) -> float:
        """Calibrated probability from the mean of a sentence's token states."""
        logit = float(states.mean(axis=0) @ self.heads["cw_w"] + self.heads["cw_b"][0])
        cal = self.calibration["checkworthiness"]
        z = cal["scale"] * (logit - cal["threshold"])
        return float(1.0 / (1.0 + np.exp(-z)))

    def tag_probs(self, states: FloatArray) -> FloatArray:
        """P(O), P(B), P(I) of each token state (the window's mean joins each token)."""
        mean = np.broadcast_to(states.mean(axis=0), states.shape)
        x = np.concatenate([states, mean], axis=1)
        return _softmax(x @ self.heads["tag_w"] + self.heads["tag_b"])

    def label_probs(self, span_states: FloatArray, sentence_states: FloatArray) -> FloatArray:
        """Probabilities of the 14 technique labels for one span."""
        x = np.concatenate([span_states.mean(axis=0), sentence_states.mean(axis=0)])
        h = np.tanh(x @ self.heads["tc_w1"] + self.heads["tc_b1"])
        return _softmax(h @ self.heads["tc_w2"] + self.heads["tc_b2"])


def _softmax(x: FloatArray) -> FloatArray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    out: FloatArray = (e / e.sum(axis=-1, keepdims=True)).astype(np.float32)
    return out


@dataclass(frozen=True)
class SentenceStates:
    """Every token state of an article, with its offsets and sentence."""

    states: FloatArray  # (tokens, dim), word pieces only
    offsets: npt.NDArray[np.int64]  # (tokens, 2)
    sentence: npt.NDArray[np.int64]  # (tokens,)
    chunk: npt.NDArray[np.int64]  # (tokens,)
    sentence_means: FloatArray  # (sentences, dim), over all of a sentence's states
    tags: FloatArray  # (tokens, 3)


def article_states(
    encoder: Encoder, text: str, sentences: Sequence[tuple[int, int]]
) -> SentenceStates:
    """Run the encoder once over ``sentences`` and gather the word-piece states."""
    chunks = chunk_sentences(encoder.tokenizer, text, sentences, max_tokens=encoder.max_tokens)
    hidden = encoder.hidden_states(chunks)
    dim = encoder.heads["cw_w"].shape[0]
    sums = np.zeros((len(sentences), dim), dtype=np.float32)
    counts = np.zeros(len(sentences), dtype=np.float32)
    parts: list[FloatArray] = []
    tags: list[FloatArray] = []
    offsets: list[tuple[int, int]] = []
    sent_ids: list[int] = []
    chunk_ids: list[int] = []
    for c, (chunk, states) in enumerate(zip(chunks, hidden, strict=True)):
        sums[chunk.sentence] += states.sum(axis=0)
        counts[chunk.sentence] += len(states)
        n = len(chunk.offsets)
        parts.append(states[1 : 1 + n])
        tags.append(encoder.tag_probs(states)[1 : 1 + n])
        offsets.extend(chunk.offsets)
        sent_ids.extend([chunk.sentence] * n)
        chunk_ids.extend([c] * n)
    means: FloatArray = (sums / np.maximum(counts, 1.0)[:, None]).astype(np.float32)
    empty = np.zeros((0, dim), dtype=np.float32)
    return SentenceStates(
        states=np.concatenate(parts) if parts else empty,
        offsets=np.array(offsets, dtype=np.int64).reshape(-1, 2),
        sentence=np.array(sent_ids, dtype=np.int64),
        chunk=np.array(chunk_ids, dtype=np.int64),
        sentence_means=means,
        tags=np.concatenate(tags) if tags else np.zeros((0, 3), dtype=np.float32),
    )


def checkworthiness_scores(encoder: Encoder, st: SentenceStates) -> tuple[float, ...]:
    cal = encoder.calibration["checkworthiness"]
    logits = st.sentence_means @ encoder.heads["cw_w"] + encoder.heads["cw_b"][0]
    z = cal["scale"] * (logits - cal["threshold"])
    return tuple(float(p) for p in 1.0 / (1.0 + np.exp(-z)))


def _span_runs(
    st: SentenceStates, threshold: float, *, max_gap: int = 0, split_at_begin: bool = True
) -> list[tuple[int, int]]:
    """Token index runs [i, j) predicted inside a technique span, within one window.

    Runs at most ``max_gap`` word pieces apart are joined: the tagger often leaves a
    comma or an article untagged inside one phrase.
    """
    inside = (st.tags[:, 1] + st.tags[:, 2]) >= threshold
    begins = (st.tags[:, 1] > st.tags[:, 2]) & (st.tags[:, 1] >= 0.5)
    runs: list[tuple[int, int]] = []
    i, n = 0, len(inside)
    while i < n:
        if not inside[i]:
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and inside[j]
            and st.chunk[j] == st.chunk[i]
            and not (split_at_begin and begins[j])
        ):
            j += 1
        if (
            runs
            and i - runs[-1][1] <= max_gap
            and st.chunk[runs[-1][0]] == st.chunk[i]
            and not (split_at_begin and begins[i])
        ):
            runs[-1] = (runs[-1][0], j)
        else:
            runs.append((i, j))
        i = j
    return runs


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whole words: a span never starts or ends inside a word, and a
    hyphen or apostrophe between letters ("post-Maidan", "Kyiv's") is inside one."""
    while _inside_word(text, start):
        start -= 1
    while _inside_word(text, end):
        end += 1
    return start, end


_JOINERS = frozenset("-'\u2019")


def _inside_word(text: str, i: int) -> bool:
    """Whether the boundary before ``text[i]`` falls inside a word."""
    if i <= 0 or i >= len(text):
        return False
    a, b = text[i - 1], text[i]
    if a.isalnum() and b.isalnum():
        return True
    if a in _JOINERS:
        return b.isalnum() and i >= 2 and text[i - 2].isalnum()
    if b in _JOINERS:
        return a.isalnum() and i + 1 < len(text) and text[i + 1].isalnum()
    return False


def find_techniques(
    encoder: Encoder, text: str, st: SentenceStates, *, threshold: float | None = None
) -> tuple[SpanTechnique, ...]:
    """Technique spans from the token tags, each labelled by the label head.

    ``threshold`` (on P(B) + P(I)) defaults to the one tuned at training time. A run
    whose most confident word piece stays below ``span_peak`` (calibrated, when set) is
    dropped: a low threshold then grows spans to their full phrase while stray tokens
    the tagger is only half sure of ("a country") no longer make spans of their own.
    """
    cal = encoder.calibration["techniques"]
    if threshold is None:
        threshold = float(cal["span_threshold"])
    found: list[SpanTechnique] = []
    runs = _span_runs(
        st,
        threshold,
        max_gap=int(cal.get("max_gap", 0)),
        split_at_begin=bool(cal.get("split_at_begin", True)),
    )
    peak = cal.get("span_peak")
    for i, j in runs:
        if j - i < int(cal.get("min_tokens", 1)):
            continue
        if peak is not None and float((st.tags[i:j, 1] + st.tags[i:j, 2]).max()) < peak:
            continue  # hysteresis: a run must be sure of itself somewhere, not just long
        start, end = _word_bounds(text, int(st.offsets[i, 0]), int(st.offsets[j - 1, 1]))
        probs = encoder.label_probs(st.states[i:j], st.sentence_means[st.sentence[i]][None, :])
        inside = float((st.tags[i:j, 1] + st.tags[i:j, 2]).mean())
        for k, p in span_labels(encoder, probs, text[start:end]):
            found.append(SpanTechnique(start, end, encoder.labels[k], inside * p))
    return tuple(found)


def span_labels(encoder: Encoder, probs: FloatArray, span_text: str) -> list[tuple[int, float]]:
    """The labels a found span is given, with their probabilities, most likely first.

    Two calibrated corrections of the label head (both off when ``meta.json`` lacks them):

    * ``exaggeration_cue_boost``: added to the Exaggeration logit of a span holding a
      hyperbole cue (``claimscope.models.hyperbole``), which the head otherwise mostly
      calls Loaded_Language;
    * ``second_label``: the runner-up label is also given when its probability reaches
      this, as PTC labels the same words with two techniques (SI merges overlapping
      spans, so the second label never changes SI; the layer lists both).
    """
    cal = encoder.calibration["techniques"]
    boost = float(cal.get("exaggeration_cue_boost", 0.0))
    if boost and has_hyperbole_cue(span_text):
        logits = np.log(np.maximum(probs, 1e-9))
        logits[encoder.labels.index(EXAGGERATION)] += boost
        probs = _softmax(logits)
    order = np.argsort(-probs, kind="stable")
    out = [(int(order[0]), float(probs[order[0]]))]
    second = cal.get("second_label")
    if second is not None and len(order) > 1 and probs[order[1]] >= float(second):
        out.append((int(order[1]), float(probs[order[1]])))
    return out


def rank_labels(encoder: Encoder, st: SentenceStates, span: tuple[int, int]) -> list[str]:
    """The 14 labels for a given span (the TC task), most likely first.

    The span's state is the mean over the word pieces it overlaps, across sentences.
    """
    start, end = span
    sel = (st.offsets[:, 0] < end) & (st.offsets[:, 1] > start)
    if not sel.any():
        if not len(st.offsets):
            return list(encoder.labels)
        sel = np.zeros(len(st.offsets), dtype=bool)  # between tokens: the nearest one
        sel[int(np.abs(st.offsets[:, 0] - start).argmin())] = True
    sentence = st.sentence_means[int(st.sentence[sel][0])][None, :]
    probs = encoder.label_probs(st.states[sel], sentence)
    return [encoder.labels[k] for k in np.argsort(-probs, kind="stable")]


@functools.lru_cache(maxsize=4)
def _encode_cached(name: str, text: str, sentences: tuple[tuple[int, int], ...]) -> Any:
    from claimscope.models import load

    encoder = load(name)
    st = article_states(encoder, text, sentences)
    return st, ArticleEncoding(
        checkworthiness_scores(encoder, st), find_techniques(encoder, text, st)
    )


def encode_article(
    text: str, sentences: Sequence[tuple[int, int]], *, model: str
) -> ArticleEncoding:
    """The shared pass for ``claims`` and ``techniques``, cached for the last articles."""
    _, enc = _encode_cached(model, text, tuple(sentences))
    return enc  # type: ignore[no-any-return]


def encode_states(text: str, sentences: Sequence[tuple[int, int]], *, model: str) -> SentenceStates:
    """The token states behind ``encode_article`` (same cache), for span classification."""
    st, _ = _encode_cached(model, text, tuple(sentences))
    return st  # type: ignore[no-any-return]
