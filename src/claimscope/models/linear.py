"""Linear models shipped as plain JSON: feature weights scored with dict look-ups.

Logistic regression over sparse string features is all the attribution choices and the
numeric-warning verifier need; keeping the weights as JSON keeps inference free of
scikit-learn and of any binary format.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["LinearModel"]


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
