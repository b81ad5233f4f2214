"""Quality floors of extraction on the frozen `test` part of the real-news corpus (`kb eval tests/realnews`).

`tests/realnews` holds real articles from local and international outlets with
the team's gold; its `test` part (sha1 of the URL starting with 0-4) is never
read while rules are written, only scored. Floors sit a little under what was
measured when they were set (docs/extraction.md gives the figures, the
command and the failures left). Raise them when extraction gets better;
never lower one without saying why in the commit message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest.evaluation.run import cluster_scores, corpus_items, predictions
from generator.ingest.evaluation.scores import Scores, metric, score_by_part

CORPUS = Path(__file__).parent / "realnews"

# Keys are the rows `kb eval` prints.
FLOORS = {
    "event precision": 0.75,
    "event recall": 0.72,                       # 0.716 on 1,123 articles at session 19's close, 0.740 at session 20's
                                                # (place lists: a second group, campaigns, the first valid opener)
    "date (matched)": 0.89,
    "place (matched)": 0.84,                    # 0.854 -> 0.867 in session 20 (a seat named bare gives way to a town)
    "place with coordinates (matched)": 0.72,   # 0.495 before OCHA's communities (session 16), 0.740 after,
                                                # 0.753 with the communities chosen by the map (session 17)
    "map point in gold governorate": 0.97,      # 0.988: a point on the map in the wrong governorate is worse than none
    "type (matched)": 0.89,
    "fatalities (matched)": 0.73,
    "injured (matched)": 0.81,                  # 0.842 on 970 articles; 0.828 with the fourteenth collection
                                                # (session 17), whose test part scored 0.667 blind
    "named victims recall": 0.56,               # 0.551 with the fifteenth collection; 0.586 on 1,123 articles after
                                                # session 19 (a mourned person is the incident's dead: 0.556 -> 0.587)
    "persons in article precision": 0.86,       # 0.885 and 0.821 on 1,018 articles; 0.878 and 0.806 with the
    "persons in article recall": 0.79,          # fifteenth (session 18), whose test part scored 0.739 and 0.567 blind
}
# Numbers of statistics paragraphs taken as an incident's toll: the target is none. 5 since the eighth collection
# (session 10), whose test part brought one, measured blind before any rule of that session (the other test
# articles still give 4); 6 since the ninth (session 12), whose test part brought one more, measured blind in
# the same way (the other test articles still give 5); 7 since the thirteenth (session 16), whose test part brought
# one more, measured blind (two on the code of the session's start, one on its close); 8 since the twenty-seventh
# (session 40), whose test part brought one more, measured blind on the code of the session's start (the other test
# articles still give 7); 9 since the twenty-ninth (session 42), whose test part brought one more, measured blind on
# the code of the session's start (the other test articles still give 8).
MAX_STATISTICS_TOLLS = 9
# Incident merging after ingesting every article one at a time, in three shuffled orders (worst order).
CLUSTER_FLOOR = 0.93


@pytest.fixture(scope="module")
def items():
    return corpus_items(CORPUS)


@pytest.fixture(scope="module")
def test_part(items) -> Scores:
    return score_by_part(predictions(items))["test"]



def test_the_split_is_about_a_third(items) -> None:
    parts = [item.gold.part for item in items]
    assert len(parts) >= 120 and 0.25 <= parts.count("test") / len(parts) <= 0.45


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor(test_part: Scores, name: str) -> None:
    value = metric(test_part, name)
    assert value >= FLOORS[name], f"{name} on the test part fell to {value:.3f} (floor {FLOORS[name]})"


def test_statistics_are_not_tolls(test_part: Scores) -> None:
    assert test_part.statistics_tolls <= MAX_STATISTICS_TOLLS


def test_incidents_cluster_in_any_order(items) -> None:
    worst = min(c.bcubed_f1 for c in cluster_scores(items)["test"])
    assert worst >= CLUSTER_FLOOR, f"B-cubed F1 of incident merging (test part) fell to {worst:.3f}"
