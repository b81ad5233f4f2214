"""The spellings of each part of an Arabic name, ranked as English-language Syrian news writes them,
and the three whole-name spellings composed from them.

`romanisation.romanisations` gives each part of a personal name (محمد, عبد الرحمن, الزعبي) its
attested spellings from the romaniser's index; this module ranks them by how many English-language
news outlets used each spelling (`generator/data/name_spellings_news.tsv`, counted by
`scripts/count_news_spellings.py` from pages that are not the scored name pairs' sources; see
docs/names.md), the index's own counts weighing as much as `INDEX_WEIGHT` outlets, and composes:

1. the best spelling of every part;
2. and 3. the same with the runner-up spelling of the most contested part, then of the second
   most contested part (a part is contested when its runner-up weighs nearly as much as its
   best: Mohammad / Muhammad / Mohammed), so that the three spellings cover two parts' doubts
   instead of spending all three on one.

Everything here works on spellings already in the site's convention and on their
`latin_style.spelling_key`s, which the caller gives; this module holds no spelling rules.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "data" / "name_spellings_news.tsv"
# The index's spellings of a part weigh as much as this many outlets seen in the news, shared in
# the index's proportions: one outlet's odd spelling (Zo'bi) does not outrank the usual one on its
# own, while a spelling several outlets agree on does. Measured on half a of the name pairs: 4 and
# 8 give the same agreement, 2 three first spellings fewer (docs/names.md, sessions 6 and 7).
INDEX_WEIGHT = 4.0
# A spelling the news used but the index lacks is offered when at least this many outlets used it.
MIN_NEWS_ONLY = 2


@dataclass(frozen=True)
class PartSpelling:
    """One spelling of one name part: in the site's convention, its spelling key, and its evidence."""

    latin: str
    key: str
    index_count: int = 0
    news_count: int = 0
    weight: float = 0.0


def table_key(part: str) -> str:
    """The table's key of an Arabic name part (the romaniser's lookup key): its article dropped, since
    whether al- is written is the site's convention, not the news's."""
    return part[2:] if part.startswith("ال") and len(part) > 3 and " " not in part else part


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[str, int], ...]]:
    rows = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    table: dict[str, list[tuple[str, int]]] = {}
    for row in csv.DictReader(rows, delimiter="\t"):
        table.setdefault(row["arabic"], []).append((row["latin"], int(row["count"])))
    return {part: tuple(spellings) for part, spellings in table.items()}


def news_spellings(part_key: str) -> tuple[tuple[str, int], ...]:
    """(Latin spelling without its article, how many names in the news used it) for one part's lookup key."""
    return _table().get(table_key(part_key), ())


def ranked(attested: Sequence[PartSpelling], news: Sequence[PartSpelling]) -> list[PartSpelling]:
    """One part's spellings, best first: the index's (`attested`, merged by key) with the news's counts,
    plus the news's own spellings that enough names used."""
    news_by_key = {spelling.key: spelling for spelling in news}
    merged = {s.key: PartSpelling(s.latin, s.key, s.index_count, news_by_key[s.key].news_count if s.key in news_by_key
                                  else 0) for s in attested}
    for spelling in news:
        if spelling.key not in merged and spelling.news_count >= MIN_NEWS_ONLY:
            merged[spelling.key] = spelling
    index_total = sum(s.index_count for s in merged.values()) or 1
    weighed = [PartSpelling(s.latin, s.key, s.index_count, s.news_count,
                            s.news_count + INDEX_WEIGHT * s.index_count / index_total) for s in merged.values()]
    return sorted(weighed, key=lambda s: (-s.weight, -s.index_count))


def _doubt(spellings: Sequence[PartSpelling]) -> float:
    """How contested a part is: its runner-up's weight against its best's (0 when it has one spelling)."""
    if len(spellings) < 2 or spellings[0].weight <= 0:
        return 0.0
    return spellings[1].weight / spellings[0].weight


def three_spellings(parts: Sequence[Sequence[PartSpelling]]) -> list[str]:
    """The whole name's spellings: every part's best, then the runner-up of the most contested part, then of
    the second most contested (fewer when fewer parts have a second spelling)."""
    best = [spellings[0].latin for spellings in parts]
    out = [" ".join(best)]
    # on a tie the later part goes first: family names vary more than given names
    doubts = sorted(((_doubt(spellings), i) for i, spellings in enumerate(parts) if len(spellings) > 1),
                    reverse=True)
    for _, i in doubts[:2]:
        other = list(best)
        other[i] = parts[i][1].latin
        out.append(" ".join(other))
    return out
