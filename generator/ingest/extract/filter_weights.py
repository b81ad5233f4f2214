"""The weights of the learned event filter (`event_filter`): the features they were fitted on, read
from the JSON that `scripts/train_event_filter.py` writes."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

WEIGHTS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "event_filter.json"

# Word lists of the language packs whose presence in a draft's sentences is a feature.
CUE_LISTS = {"new_incident_cue": ("NEW_INCIDENT",), "attribution_cue": ("ATTRIBUTION",)}

FEATURES = (
    "place_town",              # the place level: a town or finer (neither: a district or no place)
    "place_governorate",       # a governorate, region or the country
    "seat_city",               # a city that gives its name to its governorate (its name may stand for it)
    "own_day",                 # one of its sentences gives a day of its own
    "same_day_as_first",       # dated, and the article's first draft has the same date
    "type_explosions",         # explosions and remote violence (shelling lists many places)
    "casualty_word",           # a word of killing or wounding in its sentences
    "has_toll",                # fatalities or injured stated
    "toll_as_other",           # its fatalities equal another draft's
    "has_people",              # it names a person
    *CUE_LISTS,                # "in a separate incident"; "according to", "said"
    "article_dated",
)


@dataclass(frozen=True)
class FilterWeights:
    """A fitted logistic regression: one weight per feature of `FEATURES`, the intercept, the threshold."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    @classmethod
    def from_json(cls, data: dict) -> "FilterWeights":
        """The weights of the JSON the training script writes; its feature names must be `FEATURES`."""
        names = tuple(data["features"])
        if names != FEATURES:
            raise ValueError(f"event filter weights were trained on features {names}, the code has {FEATURES}: "
                             "retrain with scripts/train_event_filter.py")
        return cls(tuple(float(data["weights"][name]) for name in FEATURES), float(data["bias"]),
                   float(data["threshold"]))

    @classmethod
    def shipped(cls) -> "FilterWeights":
        return cls.from_json(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")))

    def probability(self, row: Sequence[float]) -> float:
        """The probability that a draft with these feature values is a real, separate incident."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, row))
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0
