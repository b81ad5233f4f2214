"""How far two readings of the same articles agree, scored like the extractor (`kb eval`).

A second reader annotates articles of a gold corpus from their text alone, into gold files of the same
name in another folder (tests/agreement/). This script scores, on the articles that have a second reading,
with the scorer of `kb eval` (alignment, per-field accuracy, names):

- the second reading taken as the extracted events, against the first gold;
- the first gold taken as the extracted events, against the second reading (the direction swapped:
  precision and recall trade places, field accuracies do not change);
- the extractor against the first gold.

The agreement of two careful readings is the ceiling the extractor's scores are read against
(docs/extraction.md, "Session 9: how far two readings agree"). One command, from the repository root:

    .venv/bin/python scripts/agreement.py tests/realnews tests/agreement

A second reading of a test-part article is refused (the frozen part is never read).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest.evaluation.gold import (  # noqa: E402
    GOLD_SUFFIX, GoldArticle, IdIndex, load_gold_file, reading_as_prediction)
from generator.ingest.evaluation.scores import Scores, format_scores, score_article  # noqa: E402

FIRST_VS_SECOND = "first vs second"
SECOND_VS_FIRST = "second vs first"
EXTRACTOR_VS_FIRST = "extractor vs first"


def merged_index(folders: Iterable[Path]) -> IdIndex:
    """The place and organization ids of every folder's ids files (the second reader adds new places)."""
    places: dict[str, set[str]] = {}
    organizations: dict[str, set[str]] = {}
    for folder in folders:
        index = IdIndex.load(folder)
        for into, part in ((places, index.places), (organizations, index.organizations)):
            for key, names in part.items():
                into.setdefault(key, set()).update(names)
    return IdIndex(places=places, organizations=organizations)


def paired_readings(first: Path, second: Path) -> list[tuple[GoldArticle, GoldArticle]]:
    """(first gold, second reading) of every article the second folder has a gold file for, in name order.

    Only those first gold files are opened."""
    index = merged_index([first, second])
    pairs = []
    for path in sorted(second.glob(f"*{GOLD_SUFFIX}")):
        twin = first / path.name
        if not twin.exists():
            raise SystemExit(f"{path}: no first gold {twin}")
        for reading in load_gold_file(path, index):
            if reading.part == "test":
                raise SystemExit(f"{path}: a test-part article is never read")
            gold = next(g for g in load_gold_file(twin, index) if g.key == reading.key)
            pairs.append((gold, reading))
    return pairs


def score_reading(against: GoldArticle, reading: GoldArticle, scores: Scores) -> None:
    """Add one article's comparison of `reading`, taken as extracted events, with `against`."""
    score_article(against, [reading_as_prediction(e) for e in reading.events], scores,
                  persons=reading.persons or [])


def agreement(pairs: list[tuple[GoldArticle, GoldArticle]]) -> dict[str, Scores]:
    """The scores of the second reading against the first and of the first against the second."""
    second_vs_first, first_vs_second = Scores(), Scores()
    for gold, reading in pairs:
        score_reading(gold, reading, second_vs_first)
        score_reading(reading, gold, first_vs_second)
    return {SECOND_VS_FIRST: second_vs_first, FIRST_VS_SECOND: first_vs_second}


def extractor_scores(first: Path, pairs: list[tuple[GoldArticle, GoldArticle]]) -> Scores:
    """The extractor against the first gold on the same articles (the others are not extracted)."""
    from generator.ingest.evaluation.run import corpus_items, predictions

    keys = {gold.key for gold, _ in pairs}
    scores = Scores()
    for gold, predicted in predictions(corpus_items(first, keep=lambda g: g.key in keys)):
        score_article(gold, list(predicted), scores)
    return scores


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="the corpus folder of the first gold (tests/realnews)")
    parser.add_argument("second", type=Path, help="the folder of the second reading (tests/agreement)")
    parser.add_argument("--no-extractor", action="store_true", help="skip extracting the articles")
    parser.add_argument("--errors", action="store_true",
                        help="also list every disagreement of the second reading with the first")
    args = parser.parse_args(argv)
    pairs = paired_readings(args.first, args.second)
    columns: Mapping[str, Scores] = agreement(pairs)
    if not args.no_extractor:
        columns = {**columns, EXTRACTOR_VS_FIRST: extractor_scores(args.first, pairs)}
    print(format_scores(columns))
    if args.errors:
        for line in columns[SECOND_VS_FIRST].errors:
            print(f"{SECOND_VS_FIRST}: {line}")


if __name__ == "__main__":
    main()
