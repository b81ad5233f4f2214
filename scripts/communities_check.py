"""Are the villages drafts were taken for the right ones? (docs/gazetteer.md, "Session 16")

`kb eval` counts an incident's place right when a name agrees with the gold, so a village of OCHA's
community list with the right name in the wrong governorate would pass. This counts, over the pairs of
gold and extracted incidents `kb eval` aligns, those whose place is such a community (`needs_place_noun`),
by whether the place agrees with the gold and whether the community lies in the gold's governorate.

    .venv/bin/python scripts/communities_check.py tests/realnews dev
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest.evaluation.align import align, place_match  # noqa: E402
from generator.ingest.evaluation.gold import split_of  # noqa: E402
from generator.ingest.evaluation.run import corpus_items, prediction  # noqa: E402
from generator.ingest.lexicon import Lexicon  # noqa: E402


def governorate(lex: Lexicon, place_id: str) -> str | None:
    return next((e.id for e in [lex.get(place_id), *lex.ancestors(place_id)] if e.place_kind == "governorate"), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("part", choices=("dev", "test"))
    args = parser.parse_args(argv)
    lex = Lexicon.default()
    counts: Counter[tuple[bool, bool]] = Counter()
    for item in corpus_items(args.corpus, keep=lambda g: split_of(g.url) == args.part):
        events = [e for _, found in item.articles for e in found]
        predicted = [prediction(e) for e in events]
        for g, p in align(item.gold.events, predicted):
            place = events[p].place
            if place is None or not place.lexicon_id or not lex.get(place.lexicon_id).needs_place_noun:
                continue
            gold = item.gold.events[g]
            counts[(place_match(gold, predicted[p], item.gold.index),
                    governorate(lex, place.lexicon_id) == gold.get("governorate"))] += 1
    for (named, inside), count in sorted(counts.items(), reverse=True):
        print(f"{'name agrees' if named else 'name differs'}, {'in' if inside else 'outside'} the gold's governorate: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
