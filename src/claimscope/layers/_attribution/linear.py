"""The shipped linear models: feature weights in JSON, scored with dict look-ups.

Logistic regression over sparse string features is all the three decisions need; keeping
the weights as plain JSON keeps inference free of scikit-learn and of any binary format.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from claimscope.errors import ConfigError
from claimscope.models import model_file

__all__ = ["MODEL_NAME", "AttributionModel", "LinearModel", "load_model"]

MODEL_NAME = "attribution-v1"


@dataclass(frozen=True)
class LinearModel:
    """``sigmoid(bias + sum of the weights of the features present)``."""

    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5

    def logit(self, feats: Iterable[str]) -> float:
        w = self.weights
        return self.bias + sum(w.get(f, 0.0) for f in feats)

    def prob(self, feats: Iterable[str]) -> float:
        z = self.logit(feats)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinearModel:
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data.get("threshold", 0.5)),
        )

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, "threshold": self.threshold, "weights": dict(self.weights)}


@dataclass(frozen=True)
class AttributionModel:
    """The cue tagger, the content chooser and the source chooser."""

    cue: LinearModel
    content: LinearModel
    source: LinearModel


@functools.cache
def load_model(name: str = MODEL_NAME) -> AttributionModel:
    """The shipped model, its checksum checked against ``meta.json`` (cached per process).

    Raises:
        ConfigError: the model folder or its weights are missing or altered.
    """
    try:
        data = json.loads(model_file(name, "weights").read_bytes())
    except (OSError, ValueError) as err:
        raise ConfigError(
            f"attribution model {name!r} is unreadable ({err}); reinstall claimscope "
            "or rebuild it with 'python -m training.train_attribution'",
            code="config.model",
        ) from err
    return AttributionModel(
        cue=LinearModel.from_dict(data["cue"]),
        content=LinearModel.from_dict(data["content"]),
        source=LinearModel.from_dict(data["source"]),
    )
