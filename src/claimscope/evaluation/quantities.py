"""Scoring the quantities layer against NewsQuant (Almasian et al., EMNLP 2023).

NewsQuant is a JSON list of sentences, each ``{"text", "quantities": [{"value", "unit",
"normalized_unit", "change", "referred_concepts"}]}``; a value is ``"6.0"`` or a range
``"7-9"``. Matching rules, stated once here and printed with every score:

* **value**: a predicted and a gold quantity of the same sentence match when their values are
  equal to within 0.1% (a gold range ``a-b`` needs a predicted range with the same two ends,
  in either order: NewsQuant writes "from 4.8 to 4.7" as ``4.8-4.7``, claimscope low to high).
  Pairs are matched one to one, in reading order.
* **from-to pairs**: NewsQuant annotates "fell from $2,415 to $2,315" (or "to 138 lots from
  212 lots") as one range; claimscope keeps the two figures apart on purpose, as the before
  and after of a change. When no single prediction matches a gold range, two adjacent
  predictions joined by "from X to Y" / "to Y from X" with those two values stand for it and
  count as ONE prediction (a difference of representation, like unit aliasing).
* **value+unit**: a value match whose unit also agrees. The gold ``normalized_unit`` is mapped
  onto claimscope's unit names (``percentage`` -> ``percent``, ``dollar`` -> ``USD``,
  ``kilometre`` -> ``km``, ``X per Y`` -> unit X with rate Y, and a predicted ``GBP per
  tonne`` is held by its ``GBP``); a bare count (claimscope unit
  null) agrees when the head word of the gold unit is the head of ``counted``
  (``criminal case`` ~ ``case``, plurals folded), and gold ``-`` agrees with a prediction that
  has neither unit nor counted noun.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from claimscope.contract.model import Article, Quantity
from claimscope.errors import InputError

__all__ = [
    "MATCHING_RULE",
    "GoldQuantity",
    "GoldSentence",
    "QuantityScores",
    "evaluate_quantities",
    "read_newsquant",
    "score_sentences",
]

MATCHING_RULE = (
    "value: equal within 0.1% (ranges: both ends, either order), one to one per sentence; "
    "an adjacent 'from X to Y' / 'to Y from X' pair of predictions stands for a gold range "
    "X-Y none matches alone, counted as one prediction; value+unit: the "
    "gold normalized_unit mapped to claimscope units (percentage->percent, dollar->USD, "
    "'X per Y'->X with rate Y) equals the predicted unit or its X in 'X per Y', or for a "
    "bare count the gold head word is the head of the predicted counted noun; gold '-' "
    "needs no unit and no counted"
)

_ALIASES = {
    "percentage": "percent",
    "percent": "percent",
    "dollar": "USD",
    "us dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "british pound": "GBP",
    "chinese yuan": "CNY",
    "japanese yen": "JPY",
    "indian rupee": "INR",
    "russian ruble": "RUB",
    "shekel": "ILS",
    "malaysian ringgit": "MYR",
    "cent": "USD-cent",
    "kilometre": "km",
    "metre": "m",
    "centimetre": "cm",
    "millimetre": "mm",
    "micrometre": "µm",
    "kilogram": "kg",
    "gram": "g",
    "litre": "l",
    "millilitre": "ml",
    "mile per hour": "mph",
    "kilometre per hour": "km/h",
    "horsepower": "hp",
    "gigabyte": "GB",
    "terabyte": "TB",
    "megabyte": "MB",
    "hertz": "Hz",
    "gigahertz": "GHz",
    "megahertz": "MHz",
    "watt": "W",
    "kilowatt": "kW",
    "megawatt": "MW",
    "gigawatt": "GW",
    "square metre": "m2",
    "square foot": "ft2",
    "square kilometre": "km2",
    "square mile": "mi2",
    "kilopound per square inch": "ksi",
    "pound-force per square inch": "psi",
    "pound": "lb",
    "tonne": "tonne",
    "ton": "ton",
    "knot": "knot",
    "barrel per day": "barrel per day",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "kilowatt hour": "kWh",
    "gigaton": "gigatonne",
    "metric ton": "tonne",
    "kilohertz": "kHz",
    "hong kong dollar": "HKD",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "new zealand dollar": "NZD",
    "singaporean dollar": "SGD",
    "singapore dollar": "SGD",
    "south african rand": "ZAR",
    "megabit per second": "Mbps",
    "megapascal": "MPa",
    "foot pound-force": "lb-ft",
    "part per million": "ppm",
    "decibel": "dB",
    "megapixel": "megapixel",
}


@dataclass(frozen=True)
class GoldQuantity:
    low: float
    high: float
    is_range: bool
    unit: str


@dataclass(frozen=True)
class GoldSentence:
    text: str
    quantities: tuple[GoldQuantity, ...]


@dataclass(frozen=True)
class QuantityScores:
    """Precision, recall and F1 for values and for values with units."""

    sentences: int
    gold: int
    predicted: int
    value_matched: int
    unit_matched: int

    def _prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.predicted if self.predicted else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def value(self) -> tuple[float, float, float]:
        return self._prf(self.value_matched)

    @property
    def value_unit(self) -> tuple[float, float, float]:
        return self._prf(self.unit_matched)


def _parse_value(raw: str) -> tuple[float, float, bool] | None:
    raw = raw.strip().replace(",", "")
    body = raw[1:] if raw.startswith("-") else raw
    if "-" in body:
        a, b = body.split("-", 1)
        try:
            ends = sorted((float(a), float(b)))
            return ends[0], ends[1], True
        except ValueError:
            return None
    try:
        v = float(raw)
    except ValueError:
        return None
    return v, v, False


def read_newsquant(path: Path) -> list[GoldSentence]:
    """Read NewsQuant's JSON; quantities whose value is not a number are left out.

    Raises:
        InputError: the file is missing, not JSON, or not in NewsQuant's layout.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{path}: cannot read NewsQuant JSON ({err})") from err
    if not isinstance(data, list):
        raise InputError(f"{path}: NewsQuant JSON must be a list of sentences")
    out: list[GoldSentence] = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(f"{path}: record {i} has no 'text'")
        golds = []
        for q in item.get("quantities") or []:
            parsed = _parse_value(str(q.get("value", "")))
            if parsed is not None:
                golds.append(GoldQuantity(*parsed, str(q.get("normalized_unit") or "-")))
        out.append(GoldSentence(item["text"], tuple(golds)))
    return out


def _same_value(gold: GoldQuantity, pred: Quantity) -> bool:
    def close(a: float, b: float | None) -> bool:
        return b is not None and abs(a - b) <= max(abs(a), 1e-9) * 1e-3

    if gold.is_range:
        return close(gold.low, pred.low) and close(gold.high, pred.high)
    return close(gold.low, pred.value)


def _head(word: str) -> str:
    word = word.strip().lower().split()[-1] if word.strip() else ""
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(suffix) and len(word) > 3:
            return word[: -len(suffix)] + repl
    return word


def _same_unit(gold: str, pred: Quantity) -> bool:
    gold = gold.strip().lower()
    if gold in ("-", ""):
        return pred.unit is None and pred.counted is None
    if gold.startswith("%"):
        return pred.unit in ("fraction", "percent")
    if gold == "count":
        return pred.unit is None
    base, _, per = gold.partition(" per ")
    mapped = _ALIASES.get(gold) or _ALIASES.get(base) or base
    if pred.unit is not None:
        # "GBP per tonne": a price per another unit than time is held, like gold "X per Y",
        # by its unit X
        if pred.unit == mapped or pred.unit.lower() == mapped.lower():
            return True
        if _head(pred.unit) == _head(base) or pred.unit.partition(" per ")[0] == mapped:
            return True
        return bool(per) and pred.per is not None and _ALIASES.get(base, base) == pred.unit
    if pred.counted is None:
        return False
    counted = [_head(w) for w in pred.counted.lower().split()]
    return _head(gold) in counted or _head(pred.counted) in [_head(w) for w in gold.split()]


def _match(
    text: str, golds: Sequence[GoldQuantity], preds: Sequence[Quantity]
) -> tuple[int, int, int]:
    """(value hits, unit hits, predictions merged away by from-to pairs)."""
    free = list(preds)
    value_hits = unit_hits = merged = 0
    for g in golds:
        pick = next((p for p in free if _same_value(g, p) and _same_unit(g.unit, p)), None)
        if pick is None:
            pick = next((p for p in free if _same_value(g, p)), None)
        else:
            unit_hits += 1
        if pick is None and g.is_range:
            pair = _from_to_pair(text, g, free)
            if pair is not None:
                value_hits += 1
                unit_hits += any(_same_unit(g.unit, p) for p in pair)
                merged += 1
                for p in pair:
                    free.remove(p)
            continue
        if pick is not None:
            value_hits += 1
            free.remove(pick)
    return value_hits, unit_hits, merged


_FROM_TO = re.compile(r"^\W*(?:[^\W\d]+\W+){0,2}?(?:up\s+)?(?P<word>to|from)\s+\W*$", re.IGNORECASE)
_OPENER = re.compile(r"\b(?P<word>from|to)\s+$", re.IGNORECASE)


def _from_to_pair(
    text: str, gold: GoldQuantity, free: Sequence[Quantity]
) -> tuple[Quantity, Quantity] | None:
    """Two neighbouring predictions read as one "from X to Y" (or "to Y from X") range.

    The text before the first must end in "from" (or "to") and the text between them,
    a repeated unit word or two aside, must be the other word.
    """
    ordered = sorted(free, key=lambda q: q.start)
    for a, b in pairwise(ordered):
        if a.value is None or b.value is None:
            continue
        if sorted((a.value, b.value)) != sorted((gold.low, gold.high)):
            continue
        opener = _OPENER.search(text[: a.start])
        gap = _FROM_TO.match(text[a.end : b.start] + _lead_words(b))
        if opener is None or gap is None:
            continue
        if {opener["word"].lower(), gap["word"].lower()} == {"from", "to"}:
            return a, b
    return None


def _lead_words(pred: Quantity) -> str:
    """ "up to " of "up to 900 sq ft": a prediction may start with its connecting words."""
    m = re.match(r"^(?:up\s+)?to\s+", pred.text, re.IGNORECASE)
    return m.group(0) if m else ""


def score_sentences(
    gold: Sequence[GoldSentence], predicted: Iterable[Sequence[Quantity]]
) -> QuantityScores:
    """Score predictions given in the same order as ``gold``."""
    n_gold = n_pred = v_hits = u_hits = 0
    for g, preds in zip(gold, predicted, strict=True):
        v, u, merged = _match(g.text, g.quantities, preds)
        n_gold += len(g.quantities)
        n_pred += len(preds) - merged
        v_hits += v
        u_hits += u
    return QuantityScores(len(gold), n_gold, n_pred, v_hits, u_hits)


def evaluate_quantities(
    path: Path,
) -> tuple[QuantityScores, list[GoldSentence], list[list[Quantity]]]:
    """Run the quantities layer (and what it requires) on every sentence of a NewsQuant file."""
    from claimscope.pipeline import Pipeline

    gold = read_newsquant(path)
    pipeline = Pipeline(only=["quantities"])
    preds = [
        list(a.quantities)
        for a in pipeline.pipe((Article(text=g.text), f"s{i}") for i, g in enumerate(gold))
    ]
    return score_sentences(gold, preds), gold, preds
