"""``claimscope.toml``: per-project defaults for the command line, read from the working folder.

    # claimscope.toml
    model = "en_core_web_sm"
    skip = ["techniques"]
    max_size = "10M"

Command-line options win over the file. Unknown keys are an error, not ignored:
a misspelt ``skp`` silently doing nothing is worse than a refusal.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimscope.errors import ConfigError

__all__ = ["CONFIG_FILE", "FileConfig", "load_config", "parse_size"]

CONFIG_FILE = "claimscope.toml"
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.I)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


@dataclass(frozen=True)
class FileConfig:
    """What ``claimscope.toml`` may set; None means "not set here"."""

    model: str | None = None
    skip: tuple[str, ...] | None = None
    only: tuple[str, ...] | None = None
    max_size: int | None = None


def parse_size(value: str | int) -> int:
    """``5000000``, ``"5M"``, ``"500k"``, ``"1.5MB"`` -> bytes (decimal units).

    Raises:
        ConfigError: not a size.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = _SIZE.match(str(value))
    if not match or float(match.group(1)) <= 0:
        raise ConfigError(f"bad size {value!r}; use bytes or a suffix, e.g. 5M or 500k")
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


def load_config(folder: Path | None = None) -> FileConfig:
    """Read ``claimscope.toml`` from ``folder`` (the working folder); defaults if absent.

    Raises:
        ConfigError: the file is not TOML, or holds an unknown key or a value of the wrong type.
    """
    path = (folder or Path.cwd()) / CONFIG_FILE
    if not path.is_file():
        return FileConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{path}: cannot read: {err}", code="config.file") from None
    unknown = sorted(set(data) - {"model", "skip", "only", "max_size"})
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting {unknown[0]!r}; known: model, skip, only, max_size",
            code="config.file",
        )
    return FileConfig(
        model=_string(path, data, "model"),
        skip=_names(path, data, "skip"),
        only=_names(path, data, "only"),
        max_size=parse_size(data["max_size"]) if "max_size" in data else None,
    )


def _string(path: Path, data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{path}: {key} must be a string", code="config.file")
    return value


def _names(path: Path, data: dict[str, Any], key: str) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key} must be a list of layer names", code="config.file")
    return tuple(value)
