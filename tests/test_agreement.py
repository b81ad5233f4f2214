"""scripts/agreement.py: a second reading of an article scored against the first like the extractor is."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from generator.ingest.evaluation.gold import split_of
from generator.ingest.evaluation.scores import metric

ROOT = Path(__file__).resolve().parent.parent
DEV_URL = "https://example.org/news/0"
TEST_URL = "https://example.org/news/2"

# Written for the test: a two-incident article's gold (town ids in the ids file below).
IDS = {
    "places": {
        "alpha": {"en": ["Alpha"], "ar": ["ألفا"], "parent": "north-governorate"},
        "beta": {"en": ["Beta"], "ar": ["بيتا"], "parent": "north-governorate"},
    },
    "organizations": {"town-guard": {"en": ["Town Guard"], "ar": ["حرس البلدة"]}},
}
FIRST = {
    "article": "x-01-two-incidents.txt", "url": DEV_URL, "published": "2024-05-06",
    "published_in_file": False, "language": "en", "outlet": "Example News",
    "events": [
        {"incident_key": "alpha-2024-05-05-shooting", "date": "2024-05-05", "date_end": None,
         "date_precision": "day", "place": "alpha", "place_names": ["Alpha"],
         "type": "violence_against_civilians", "sub_type": "attack", "fatalities": 2, "injured": 1,
         "civilian_targeting": True,
         "people": [{"name": {"en": "Sami Haddad"}, "role": "killed"}], "organizations": []},
        {"incident_key": "beta-2024-05-06-clash", "date": "2024-05-06", "date_end": None,
         "date_precision": "day", "place": "beta", "place_names": ["Beta"],
         "type": "battles", "sub_type": "armed_clash", "fatalities": 3, "injured": None,
         "civilian_targeting": False, "people": [], "organizations": ["town-guard"]},
    ],
    "persons": [{"name": {"en": "Sami Haddad"}, "role": "killed"},
                {"name": {"en": "Rami Nasser"}, "role": "spokesperson"}],
}


def load_script():
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "scripts" / "agreement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_readings(tmp_path: Path, second: dict) -> tuple[Path, Path]:
    first_dir, second_dir = tmp_path / "first", tmp_path / "second"
    for folder, gold in ((first_dir, FIRST), (second_dir, second)):
        folder.mkdir()
        (folder / "x-01-two-incidents.gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    (first_dir / "ids.yaml").write_text(yaml.safe_dump(IDS, allow_unicode=True), encoding="utf-8")
    return first_dir, second_dir


def scores_of(tmp_path: Path, second: dict):
    agreement = load_script()
    return agreement.agreement(agreement.paired_readings(*write_readings(tmp_path, second)))


def test_the_fixture_urls_fall_in_their_parts() -> None:
    assert (split_of(DEV_URL), split_of(TEST_URL)) == ("dev", "test")


def test_identical_readings_agree_on_every_row(tmp_path: Path) -> None:
    for scores in scores_of(tmp_path, FIRST).values():
        for row in ("event precision", "event recall", "date (matched)", "type (matched)",
                    "place (matched)", "fatalities (matched)", "injured (matched)",
                    "named victims recall", "persons in article precision", "persons in article recall",
                    "organizations precision", "organizations recall"):
            assert metric(scores, row) == 1.0, row


def test_a_dropped_event_lowers_recall_and_swapped_precision(tmp_path: Path) -> None:
    second = copy.deepcopy(FIRST)
    del second["events"][1]
    scores = scores_of(tmp_path, second)
    assert metric(scores["second vs first"], "event recall") == 0.5
    assert metric(scores["second vs first"], "event precision") == 1.0
    assert metric(scores["first vs second"], "event precision") == 0.5
    assert metric(scores["second vs first"], "organizations recall") == 0.0


def test_a_changed_toll_lowers_fatalities_only(tmp_path: Path) -> None:
    second = copy.deepcopy(FIRST)
    second["events"][1]["fatalities"] = 4
    scores = scores_of(tmp_path, second)["second vs first"]
    assert metric(scores, "fatalities (matched)") == 0.5
    assert metric(scores, "event recall") == 1.0
    assert metric(scores, "injured (matched)") == 1.0


def test_a_person_only_named_counts_in_the_persons_of_the_article(tmp_path: Path) -> None:
    second = copy.deepcopy(FIRST)
    second["persons"] = second["persons"][:1]
    scores = scores_of(tmp_path, second)["second vs first"]
    assert metric(scores, "persons in article recall") == 0.5
    assert metric(scores, "named victims recall") == 1.0


def test_a_test_part_article_is_refused(tmp_path: Path) -> None:
    second = {**copy.deepcopy(FIRST), "url": TEST_URL}
    with pytest.raises(SystemExit, match="test-part"):
        scores_of(tmp_path, second)
