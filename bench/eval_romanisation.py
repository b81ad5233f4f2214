"""How often the romaniser spells a name as English outlets do.

Reads tests/data/name_pairs.tsv (Arabic and English spellings of the same
people from reports in both languages, see tests/data/README.md) and prints,
for each romaniser, the share of names whose first spelling agrees with the
English outlet's, and whose three spellings include it. Agreement is equality
of `latin_style.spelling_key` (case, accents, apostrophes, hyphens, spaces,
the article's form and presence and the form of عبد compounds ignored). The
last lines say what name resolution does with the English spellings: the
share that find the Arabic name across scripts, through the looser keys of
`names.name_keys` (`normalise.fold_latin_name`: also a/e/i, o/u and doubled
letters folded; each spelling with and without its articles), and the share
that only the consonant skeleton brings to an editor as a candidate (people
are never merged on it). The
halves are a frozen split of the pairs by the first hex digit of sha1(Arabic
name): change the romaniser while reading half a (even digits) only, and
score half b (odd digits) once, at the end; they also show how much the
figures move between two samples of about 100. `--half a` prints half a
only (the figures to tune on; half b is neither scored nor shown).

The last figure is a ceiling, not a romaniser: outlets disagree with each
other (محمد is Mohammad, Muhammad, Mohammed or Mohamed), so no spelling can
agree with every outlet. For the names whose every part was used by at
least `--votes` outlets in the news table, it is the agreement the best
possible guess would expect against an outlet drawn like the table's: the
product of each part's share of its most used spelling (first), and the sum
of the three most likely whole spellings (any of three), parts taken as
independent.

    .venv/bin/python bench/eval_romanisation.py
    .venv/bin/python bench/eval_romanisation.py --half a
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import heapq
import itertools
import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz

from generator.ingest import romanisation
from generator.ingest.latin_style import spelling_key
from generator.ingest.names import FUZZY_CANDIDATE_SCORE, name_keys
from generator.ingest.part_spellings import news_spellings

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "name_pairs.tsv"

Romaniser = Callable[[str], Sequence[str]]


def load_pairs(path: Path = PAIRS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def half(pair: dict[str, str]) -> str:
    """The frozen split: "a" (tune on it) when the first hex digit of sha1(Arabic name) is even, "b" (held out:
    score it only once a change is decided on "a") when odd."""
    return "a" if int(hashlib.sha1(pair["arabic"].encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "b"


def agreement(pairs: list[dict[str, str]], romaniser: Romaniser) -> dict[str, float]:
    """Shares of pairs agreeing on the first spelling and on any of the first three."""
    first = top3 = 0
    for pair in pairs:
        keys = [spelling_key(s) for s in list(romaniser(pair["arabic"]))[:romanisation.CANDIDATES]]
        english = spelling_key(pair["english"])
        first += keys[:1] == [english]
        top3 += english in keys
    n = len(pairs) or 1
    return {"first": first / n, "top3": top3 / n}


def matching(pairs: list[dict[str, str]]) -> dict[str, float]:
    """Shares of English names that resolution meets through the candidates, then through the skeleton."""
    met = skeleton_only = 0
    for pair in pairs:
        arabic, english = name_keys(pair["arabic"], "person"), name_keys(pair["english"], "person")
        if {key for key, _ in english.latin} & {key for key, _ in arabic.romanised}:
            met += 1
        elif fuzz.ratio(english.skeleton, arabic.skeleton) >= FUZZY_CANDIDATE_SCORE:
            skeleton_only += 1
    n = len(pairs) or 1
    return {"match": met / n, "skeleton": skeleton_only / n}


def outlet_ceiling(pairs: list[dict[str, str]], votes: int) -> tuple[list[dict[str, str]], float, float]:
    """(pairs counted, expected first-spelling agreement, expected any-of-three agreement) of the best guess
    against outlets spelling each part as the news table's outlets did; only names whose every part has at
    least `votes` outlet votes are counted, since a part with fewer says nothing about outlets' spread."""
    from arabic_name_romanizer.normalize import lookup_key, normalize_arabic, split_units
    counted: list[dict[str, str]] = []
    firsts: list[float] = []
    threes: list[float] = []
    for pair in pairs:
        shares: list[list[float]] = []
        for unit in split_units(normalize_arabic(pair["arabic"])):
            counts: Counter[str] = Counter()
            for latin, n in news_spellings(lookup_key(unit)):
                counts[spelling_key(latin)] += n
            total = sum(counts.values())
            if total < votes:
                break
            shares.append(sorted((n / total for n in counts.values()), reverse=True)[:3])
        else:
            if shares:
                products = (math.prod(choice) for choice in itertools.product(*shares))
                best = heapq.nlargest(3, products)
                counted.append(pair)
                firsts.append(best[0])
                threes.append(sum(best))
    n = len(firsts) or 1
    return counted, sum(firsts) / n, sum(threes) / n


def _package(country: str | None) -> Romaniser:
    from arabic_name_romanizer import Transliterator
    transliterator = Transliterator()

    def spellings(arabic: str) -> list[str]:
        return [c.text for c in transliterator.transliterate(arabic, top_k=3, country=country)]
    return spellings


def _optional(name: str) -> Romaniser | None:
    """Character-by-character romanisers, when installed (they are not dependencies of the project)."""
    try:
        if name == "uroman":
            import uroman
            engine = uroman.Uroman()
            return lambda arabic: [engine.romanize_string(arabic, lcode="ara")]
        from anyascii import anyascii
        return lambda arabic: [anyascii(arabic)]
    except ImportError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description="Agreement of the romaniser with English outlets' spellings.")
    parser.add_argument("--half", choices=("a", "b"), help="score one half of the pairs only")
    parser.add_argument("--votes", type=int, default=3, help="outlet votes a part needs for the ceiling")
    arguments = parser.parse_args()
    only = arguments.half
    pairs = [p for p in load_pairs() if only is None or half(p) == only]
    start = time.perf_counter()
    romanisation.romanise("محمد")
    load = time.perf_counter() - start
    start = time.perf_counter()
    romanisation.warm(p["arabic"] for p in pairs)
    batch = (time.perf_counter() - start) / len(pairs)
    systems: list[tuple[str, Romaniser | None]] = [
        ("romanisation.romanisations (site)", romanisation.romanisations),
        ("arabic-name-romanizer, country SY", _package("SY")),
        ("arabic-name-romanizer, no country", _package(None)),
        ("uroman", _optional("uroman")),
        ("anyascii", _optional("anyascii")),
    ]
    parts = ({"all": pairs, "half a": [p for p in pairs if half(p) == "a"],
              "half b": [p for p in pairs if half(p) == "b"]} if only is None else {f"half {only}": pairs})
    print(", ".join(f"{part}: {len(rows)} pairs" for part, rows in parts.items()) + "\n")
    print(f"{'romaniser':38} " + " ".join(f"{part + ': first/top3':>18}" for part in parts) + f" {'ms/name':>8}")
    for label, romaniser in systems:
        if romaniser is None:
            print(f"{label:38} (not installed)")
            continue
        start = time.perf_counter()
        scores = {part: agreement(rows, romaniser) for part, rows in parts.items()}
        per_name = (time.perf_counter() - start) / (sum(len(rows) for rows in parts.values()) or 1) * 1000
        print(f"{label:38} " + " ".join(f"{score['first']:11.3f}/{score['top3']:.3f}" for score in scores.values())
              + f" {per_name:8.2f}")
    found = matching(pairs)
    print(f"\nEnglish names meeting the Arabic record through the candidates: {found['match']:.3f}; "
          f"through the skeleton only (a candidate for review): {found['skeleton']:.3f}")
    counted, first, three = outlet_ceiling(pairs, arguments.votes)
    site = agreement(counted, romanisation.romanisations)
    print(f"\nCeiling set by outlets' disagreement ({len(counted)} names whose every part has >= "
          f"{arguments.votes} outlet votes): first {first:.3f}, any of three {three:.3f}; "
          f"the site's romaniser on those names: {site['first']:.3f} / {site['top3']:.3f}")
    print(f"\nfirst name (package load, index open): {load * 1000:.0f} ms; "
          f"batch of {len(pairs)} names (model included): {batch * 1000:.1f} ms a name")


if __name__ == "__main__":
    main()
