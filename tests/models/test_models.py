"""Loading shipped models: lazily, from the package folder, checksummed, never the network."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import claimscope.models as models
from claimscope.errors import ConfigError


def test_models_missing_model_is_config_error() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        models.load("no-such-model-v1")


def test_models_altered_weights_fail_the_checksum(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "toy-v1"
    folder.mkdir()
    (folder / "model.onnx").write_bytes(b"not the weights")
    meta = {"files": {"weights": "model.onnx"}, "sha256": {"model.onnx": "0" * 64}}
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    monkeypatch.setattr(models, "MODELS_DIR", tmp_path)
    models.meta.cache_clear()
    try:
        with pytest.raises(ConfigError, match="sha256"):
            models.load("toy-v1")
    finally:
        models.meta.cache_clear()


def test_models_import_loads_nothing() -> None:
    code = (
        "import sys, claimscope, claimscope.models, claimscope.layers.claims, "
        "claimscope.layers.techniques; "
        "print(sorted(m for m in ('onnxruntime', 'torch', 'tokenizers') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_models_src_never_imports_torch() -> None:
    src = Path(models.__file__).resolve().parent.parent
    offenders = [
        str(p)
        for p in src.rglob("*.py")
        if "import torch" in p.read_text(encoding="utf-8")
        or "from torch" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


@pytest.mark.model
def test_models_default_encoder_loads_offline(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("network access while loading a model")

    monkeypatch.setattr(socket, "socket", refuse)
    models.load.cache_clear()
    encoder = models.load()
    info = models.meta(models.DEFAULT_ENCODER)
    assert len(info["labels"]["techniques"]) == 14
    assert encoder.session is not None
    total = sum(info["size_bytes"].values())
    assert total < 50_000_000


@pytest.mark.model
def test_models_card_is_up_to_date() -> None:
    root = Path(models.__file__).resolve().parent
    script = root.parent.parent.parent / "scripts" / "make_card.py"
    if not script.exists():
        pytest.skip("not a source checkout")
    folder = root / models.DEFAULT_ENCODER
    out = subprocess.run(
        [sys.executable, str(script), "--check", str(folder)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
