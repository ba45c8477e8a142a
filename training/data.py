"""Readers for the research corpora in ``../shared/data`` and the fixed splits.

Nothing here copies data: the corpora are read in place. Splits are fixed by
hashing ids, so every run (and every machine) gets the same ones.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from claimscope.contract.model import TECHNIQUE_LABELS

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
#: Derived files (sentence boundaries, checkpoints): outside the repository, never committed.
CACHE = Path(os.environ.get("CLAIMSCOPE_TRAINING_CACHE", "/tmp/claimscope-training"))

TECHNIQUES = TECHNIQUE_LABELS

#: Transcripts dated on or after this day are the held-out-by-date check-worthiness set:
#: later than every debate in the ClaimBuster/CheckThat! training data.
HELDOUT_FROM = "20170101"


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    return Path(path or os.environ.get("CLAIMSCOPE_DATA") or DEFAULT_DATA)


# -- check-worthiness ------------------------------------------------------------------
_GLUED = re.compile(r"^(.*)\t(Yes|No)(\d+)$")


def read_checkworthiness(path: Path) -> list[tuple[str, str, int]]:
    """``(sentence_id, text, label)`` rows; one line of the train file holds two records."""
    rows: list[tuple[str, str, int]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.reader(fh, delimiter="\t"):
            if rec[0] == "Sentence_id":
                continue
            if len(rec) == 5:  # "id  text  No<id>  text  label"
                m = re.match(r"^(Yes|No)(\d+)$", rec[2])
                assert m, rec
                rows.append((rec[0], rec[1], int(m.group(1) == "Yes")))
                rows.append((m.group(2), rec[3], int(rec[4] == "Yes")))
                continue
            assert len(rec) == 3, rec
            rows.append((rec[0], rec[1], int(rec[2] == "Yes")))
    return rows


def checkworthiness_split(split: str, root: Path | None = None) -> list[tuple[str, str, int]]:
    root = data_dir(root) / "checkworthiness"
    return read_checkworthiness(root / f"CT24_checkworthy_english_{split}.tsv")


@dataclass
class Transcript:
    name: str
    sentences: list[str]
    labels: list[int]


def transcripts(root: Path | None = None, *, heldout: bool = True) -> list[Transcript]:
    """CheckThat! 2020 task 5 transcripts; ``heldout`` keeps those from 2017 on."""
    folder = data_dir(root) / "ct20-t5-train"
    out = []
    for f in sorted(folder.glob("*.tsv")):
        if (f.name[:8] >= HELDOUT_FROM) != heldout:
            continue
        sents, labels = [], []
        with f.open(encoding="utf-8", newline="") as fh:
            for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(rec) < 4:
                    continue
                sents.append(rec[2])
                labels.append(int(rec[3].strip() == "1"))
        out.append(Transcript(f.stem, sents, labels))
    return out


# -- PTC ---------------------------------------------------------------------------------
@dataclass
class PtcArticle:
    id: str
    text: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # technique, start, end


def ptc_split_of(article_id: str) -> str:
    """``dev`` (15%, never tuned on), ``tune`` (8%, thresholds), or ``train``."""
    h = int(hashlib.sha1(f"ptc-split:{article_id}".encode()).hexdigest(), 16) % 100
    return "dev" if h < 15 else "tune" if h < 23 else "train"


def read_ptc(folder: Path) -> list[PtcArticle]:
    """Articles of a PTC-layout folder (``articles/`` and ``*-task-flc-tc.labels``)."""
    arts: dict[str, PtcArticle] = {}
    for f in sorted((folder / "articles").glob("article*.txt")):
        aid = f.stem.removeprefix("article")
        arts[aid] = PtcArticle(aid, f.read_text(encoding="utf-8"))
    for lab in sorted(folder.glob("*-task-flc-tc.labels")):
        for line in lab.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            aid, tech, s, e = line.split("\t")
            if aid in arts:
                arts[aid].spans.append((tech, int(s), int(e)))
    return list(arts.values())


def ptc_articles(split: str | None = None, root: Path | None = None) -> list[PtcArticle]:
    arts = read_ptc(data_dir(root) / "ptc-train")
    return [a for a in arts if split is None or ptc_split_of(a.id) == split]


# -- sentences ---------------------------------------------------------------------------
def article_sentences(text: str) -> list[tuple[int, int]]:
    """The same sentences the ``sentences`` layer gives (spaCy parser + line breaks)."""
    from claimscope.evaluation.techniques import sentence_bounds

    return sentence_bounds(text)


def sentences_cached(art: PtcArticle) -> list[tuple[int, int]]:
    path = CACHE / "sentences" / f"{art.id}.json"
    if path.exists():
        return [tuple(x) for x in json.loads(path.read_text())]  # type: ignore[misc]
    sents = article_sentences(art.text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(sents))
    return sents
