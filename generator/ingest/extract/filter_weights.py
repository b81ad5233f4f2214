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
CUE_LISTS = {"new_incident_cue": ("NEW_INCIDENT",), "earlier_cue": ("LAST_WEEK", "LAST_MONTH", "RECURRING"),
             "background_cue": ("BACKGROUND_CUES",), "attribution_cue": ("ATTRIBUTION",)}

FEATURES = (
    "place_town",              # the place level (none of the three: no place)
    "place_district",
    "place_governorate",
    "seat_city",               # a city that gives its name to its governorate (its name may stand for it)
    "same_place_as_first",     # the article's first draft has the same place
    "other_same_or_finer",     # another draft of the article has the same place or one inside it
    "copy_of_earlier",         # an earlier draft has its type, its date (or none) and its place, or one holding it
    "shares_sentence",         # another draft starts in the same sentence (a list of places)
    "own_day",                 # one of its sentences gives a day of its own
    "same_day_as_first",       # dated, and the first draft has the same date
    "days_before_published",   # (publication date - date) / DAYS_CAP, within 0..1 (0 without either)
    "days_before_lead",        # (the first draft's date - date) / DAYS_CAP, within 0..1
    "position",                # where its first sentence starts in the body, 0..1
    "drafts_in_article",       # (drafts - 1) / (DRAFTS_CAP - 1), capped at 1
    "type_battles",
    "type_explosions",
    "type_civilians",          # the other types (protests, riots, strategic developments): none of the three
    "casualty_word",           # a word of killing or wounding in its sentences
    "has_toll",                # fatalities or injured stated
    "toll_as_other",           # its fatalities equal another draft's
    "has_people",              # it names a person
    "sentences",               # sentences that filled it / SENTENCES_CAP, capped at 1
    *CUE_LISTS,
    "arabic",
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
