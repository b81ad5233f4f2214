"""The learned event filter (generator/ingest/extract/event_filter.py) and its training script."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
import random
import sys
from pathlib import Path

import pytest

from generator.ingest.article import Article
from generator.ingest.evaluation.gold import GoldArticle
from generator.ingest.extract import default_options, drafted, extract
from generator.ingest.extract.event_filter import feature_rows, kept
from generator.ingest.extract.filter_weights import FEATURES, WEIGHTS_FILE, FilterWeights

ROOT = Path(__file__).resolve().parent.parent

# Written for the test: a town's incident, then a separate one placed only at the governorate.
TWO_INCIDENTS = ("A mortar shell killed two civilians in the town of Jasim on Monday, local sources said.\n\n"
                 "Separately, gunmen shot dead a man in Daraa province on Sunday.")


def two_incidents() -> Article:
    return Article(text=TWO_INCIDENTS, archived=TWO_INCIDENTS, language="en", origin="test",
                   published=dt.date(2024, 3, 5))


def weights_against(feature: str, threshold: float = 0.5) -> FilterWeights:
    """Weights that keep every draft except those with `feature`."""
    return FilterWeights(tuple(-10.0 if name == feature else 0.0 for name in FEATURES), 5.0, threshold)


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    weights = FilterWeights((2.0, -1.0) + (0.0,) * (len(FEATURES) - 2), -0.5, 0.5)
    row = (1.0, 0.5) + (0.0,) * (len(FEATURES) - 2)
    assert weights.probability(row) == pytest.approx(1 / (1 + pow(2.718281828459045, -1.0)))


def test_a_later_draft_the_weights_reject_is_dropped_and_one_they_accept_kept() -> None:
    options = dataclasses.replace(default_options(), event_filter=None)
    drafts, events = drafted(two_incidents(), options)
    assert [e.place.hint for e in events] == ["city", "governorate"]
    dropping = dataclasses.replace(options, event_filter=weights_against("place_governorate"))
    assert kept(drafts, events, two_incidents(), dropping) == events[:1]
    keeping = dataclasses.replace(options, event_filter=weights_against("seat_city"))
    assert kept(drafts, events, two_incidents(), keeping) == events


def test_the_first_draft_is_kept_whatever_the_weights() -> None:
    options = dataclasses.replace(default_options(), event_filter=weights_against("place_town", threshold=1.0))
    assert len(extract(two_incidents(), options)) == 1


def test_feature_rows_describe_the_drafts() -> None:
    options = dataclasses.replace(default_options(), event_filter=None)
    drafts, events = drafted(two_incidents(), options)
    town, governorate = (dict(zip(FEATURES, row)) for row in feature_rows(drafts, events, two_incidents(), options))
    assert (town["place_town"], town["place_governorate"], town["new_incident_cue"]) == (1.0, 0.0, 0.0)
    assert (governorate["place_governorate"], governorate["new_incident_cue"], governorate["same_day_as_first"]) \
        == (1.0, 1.0, 0.0)


def test_the_shipped_weights_are_for_the_features_of_the_code() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES and set(data["weights"]) == set(FEATURES)
    assert 0.0 <= FilterWeights.shipped().threshold < 1.0


def test_weights_for_another_feature_set_do_not_load() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="retrain"):
        FilterWeights.from_json(data)


def training_script():
    spec = importlib.util.spec_from_file_location("train_event_filter", ROOT / "scripts" / "train_event_filter.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module      # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_training_script_learns_a_synthetic_set() -> None:
    script = training_script()
    rng = random.Random(0)
    samples = []
    for n in range(60):          # spurious later drafts have the first feature on, real ones off
        labels = [True] + [rng.random() < 0.7 for _ in range(3)]
        rows = [tuple([float(not label)] + [rng.random() for _ in FEATURES[1:]]) for label in labels]
        gold = GoldArticle(article=f"x-{n}", path=Path(f"x-{n}"), language="en", published=None,
                           events=[{}] * sum(labels))
        samples.append(script.ArticleSample(gold, n % 3, rows, labels, [{"n": i} for i in range(len(rows))]))
    weights = script.fit(samples)
    assert weights.weights[0] < 0 < weights.threshold
    kept_labels = [s.labels[int(p["n"])] for s in samples for p in script.filtered(s, weights)]
    assert all(kept_labels) and len(kept_labels) == sum(sum(s.labels) for s in samples)
