"""Shipped model weights and their model cards; ``load(name)`` opens one, once.

Each model lives in ``models/<name>/`` with its weights, ``meta.json`` (version,
labels, sha256 of every file, training command, dev scores) and ``CARD.md``. Loading
never touches the network: a missing or altered file is a ``ConfigError``. Nothing is
loaded at import time, so ``import claimscope`` stays free of ONNX Runtime.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimscope.errors import ConfigError

if TYPE_CHECKING:
    from claimscope.models.encoder import Encoder

__all__ = [
    "DEFAULT_ENCODER",
    "MODELS_DIR",
    "json_weights",
    "load",
    "meta",
    "model_file",
    "sha256_file",
]

MODELS_DIR = Path(__file__).resolve().parent
#: The shared encoder behind the ``claims`` and ``techniques`` layers.
DEFAULT_ENCODER = "claims-techniques-v1"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@functools.cache
def meta(name: str) -> dict[str, Any]:
    """The model's ``meta.json``.

    Raises:
        ConfigError: the model is not installed.
    """
    path = MODELS_DIR / name / "meta.json"
    if not path.is_file():
        raise ConfigError(
            f"model {name!r} is not installed (no {path}); reinstall claimscope or rebuild it "
            "with 'python -m training.build_all'",
            code="config.model",
        )
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


@functools.cache
def model_file(name: str, role: str) -> Path:
    """One file of a shipped model (``role`` as named in ``meta.json``), checksum verified.

    Every model loader goes through here, so no weights are read unchecked.

    Raises:
        ConfigError: the model, or that file, is missing or altered.
    """
    info = meta(name)
    file: str | None = info.get("files", {}).get(role)
    path: Path | None = MODELS_DIR / name / file if file else None
    if path is None or not path.is_file():
        raise ConfigError(f"model {name!r} lacks its {role} file {file}", code="config.model")
    if sha256_file(path) != info["sha256"][file]:
        raise ConfigError(
            f"model {name!r}: {file} does not match its sha256 in meta.json; reinstall claimscope",
            code="config.model",
        )
    return path


def json_weights(name: str, what: str, rebuild: str) -> Any:
    """The parsed JSON weights of a shipped linear model, checksum checked.

    Raises:
        ConfigError: the weights are missing, altered or not JSON; the message names
            ``what`` the model is and the ``rebuild`` command.
    """
    try:
        return json.loads(model_file(name, "weights").read_bytes())
    except (OSError, ValueError) as err:
        raise ConfigError(
            f"{what} {name!r} is unreadable ({err}); reinstall claimscope or rebuild it "
            f"with '{rebuild}'",
            code="config.model",
        ) from err


@functools.cache
def load(name: str = DEFAULT_ENCODER) -> Encoder:
    """Open the encoder model ``name`` from the package folder (cached per process).

    Raises:
        ConfigError: the model is missing, altered, or ONNX Runtime is not installed.
    """
    info = meta(name)
    folder = MODELS_DIR / name
    for role in info["files"]:
        model_file(name, role)
    try:
        from claimscope.models.encoder import Encoder
    except ModuleNotFoundError as err:  # onnxruntime or tokenizers missing
        raise ConfigError(
            f"model {name!r} needs {err.name}; install it with 'pip install {err.name}'",
            code="config.model",
        ) from err
    return Encoder(folder, info)
