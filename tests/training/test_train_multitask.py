"""The class-weighting options of the multi-task training (needs the ``[train]`` extra)."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from training.train_multitask import PtcChunk, PtcLoss, label_weights, tag_loss  # noqa: E402


def _chunk(*labels: int) -> PtcChunk:
    return PtcChunk(ids=[101, 5, 102], tags=[-100, 1, -100], spans=[(1, 2, y) for y in labels])


def test_train_multitask_label_weights_favour_rare_labels_and_average_one() -> None:
    chunks = [_chunk(0, 0, 0, 0, 0, 0, 0), _chunk(1)]
    assert label_weights(chunks, 3, 0.0) is None
    w = label_weights(chunks, 3, 0.5)
    assert w is not None
    assert w[1] > w[0]
    counts = torch.tensor([8.0, 2.0, 1.0])  # one smoothing count each
    assert float((w * counts).sum() / counts.sum()) == pytest.approx(1.0)


def test_train_multitask_neutral_tag_loss_is_plain_cross_entropy() -> None:
    torch.manual_seed(0)
    logits = torch.randn(2, 5, 3)
    tags = torch.tensor([[-100, 0, 1, 2, -100], [-100, 0, 0, 2, -100]])
    plain = torch.nn.functional.cross_entropy(logits.reshape(-1, 3), tags.reshape(-1))
    assert torch.equal(tag_loss(logits, tags, PtcLoss()), plain)
    # Focal with gamma 0 reduces to the (weighted) cross-entropy as well.
    focal = tag_loss(logits, tags, PtcLoss(tag_weight=2.0, tag_gamma=1e-12))
    weighted = tag_loss(logits, tags, PtcLoss(tag_weight=2.0))
    assert float(focal) == pytest.approx(float(weighted), rel=1e-6)


def test_train_multitask_focal_tag_loss_discounts_easy_tokens() -> None:
    tags = torch.tensor([[0, 1]])
    easy = torch.tensor([[[8.0, 0.0, 0.0], [0.0, 8.0, 0.0]]])
    hard = torch.tensor([[[0.5, 0.0, 0.0], [0.0, 0.5, 0.0]]])
    ratio_ce = tag_loss(easy, tags, PtcLoss()) / tag_loss(hard, tags, PtcLoss())
    how = PtcLoss(tag_gamma=2.0)
    ratio_focal = tag_loss(easy, tags, how) / tag_loss(hard, tags, how)
    assert float(ratio_focal) < float(ratio_ce)
