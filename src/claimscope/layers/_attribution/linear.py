"""The shipped attribution model: three linear models (see ``models/linear.py``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from claimscope.models import json_weights
from claimscope.models.linear import LinearModel

__all__ = ["MODEL_NAME", "AttributionModel", "LinearModel", "load_model"]

MODEL_NAME = "attribution-v1"


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
    data = json_weights(name, "attribution model", "python -m training.train_attribution")
    return AttributionModel(
        cue=LinearModel.from_dict(data["cue"]),
        content=LinearModel.from_dict(data["content"]),
        source=LinearModel.from_dict(data["source"]),
    )
