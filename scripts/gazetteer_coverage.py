"""Coverage of the gazetteer: the share of incident places of a gold corpus it has.

Reads only the place fields of the gold files (`place`, `place_names`,
`governorate` of each event, and `url` for the frozen split), never the
article texts. An incident place counts as covered when one of its
`place_names`, as written, is found by the gazetteer's matcher as a place:

- at town level (city, town, village, neighbourhood, site, subdistrict)
  inside the gold governorate, when the gold place is a town or village;
- anywhere inside the gold governorate (the governorate itself included),
  when the gold place is the governorate.

It prints the share for the whole corpus and for its frozen `test` part
(first hex digit of sha1(url) 0-4) and `dev` part, per event and per
distinct place, with the share of covered places that have coordinates and
the names not found. Run from the repository root:

    .venv/bin/python scripts/gazetteer_coverage.py tests/realnews
    .venv/bin/python scripts/gazetteer_coverage.py tests/realnews --data-dir /tmp/old-data

`--data-dir` is a folder holding a gazetteer.json and an actors.yaml (for
example the files of another commit, to compare before and after).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest.lexicon import PLACE, Lexicon  # noqa: E402

TEST_DIGITS = "01234"
TOWN_LEVEL = frozenset({"city", "town", "village", "neighbourhood", "site", "subdistrict"})
_ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True)
class IncidentPlace:
    """The place of one gold event."""

    article: str
    part: str
    place: str
    governorate: str | None
    names: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    covered: bool
    with_coordinates: bool


def part_of(url: str) -> str:
    return "test" if hashlib.sha1(url.encode("utf-8")).hexdigest()[0] in TEST_DIGITS else "dev"


def incident_places(corpus: Path) -> list[IncidentPlace]:
    found = []
    for path in sorted(corpus.glob("*.gold.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        part = part_of(str(gold.get("url") or ""))
        for event in gold.get("events") or []:
            if not event.get("place"):
                continue
            names = tuple(str(n) for n in event.get("place_names") or [] if str(n).strip())
            found.append(IncidentPlace(path.name, part, event["place"], event.get("governorate"), names))
    return found


def _language(name: str) -> str:
    return "ar" if _ARABIC.search(name) else "en"


def _within(lexicon: Lexicon, entry_id: str, governorate: str | None) -> bool:
    if governorate is None:
        return True
    return entry_id == governorate or any(e.id == governorate for e in lexicon.places_containing(entry_id))


def judge(lexicon: Lexicon, incident: IncidentPlace) -> Verdict:
    governorate_level = incident.place == incident.governorate
    best: Verdict | None = None
    for name in incident.names:
        found = [lexicon.get(m.entry_id) for m in lexicon.find(name, _language(name)) if m.kind == PLACE and not m.adjective]
        # a village only OCHA's community list has is never looked for in text, only taken as a draft's name
        for entry in [*found, *lexicon.communities(name, _language(name))]:
            if not governorate_level and entry.place_kind not in TOWN_LEVEL:
                continue
            if not _within(lexicon, entry.id, incident.governorate):
                continue
            verdict = Verdict(True, entry.lat is not None)
            if verdict.with_coordinates:
                return verdict
            best = best or verdict
    return best or Verdict(False, False)


def _share(count: int, total: int) -> str:
    return f"{count}/{total} = {count / total:.2f}" if total else "0/0"


def report(lexicon: Lexicon, incidents: Iterable[IncidentPlace]) -> str:
    incidents = list(incidents)
    verdicts = {i: judge(lexicon, i) for i in incidents}
    lines = [f"gazetteer: {len(lexicon.entries(PLACE))} places"]
    for label, part in (("all", None), ("test (sha1 0-4)", "test"), ("dev", "dev")):
        chosen = [i for i in incidents if part is None or i.part == part]
        covered = [i for i in chosen if verdicts[i].covered]
        located = [i for i in covered if verdicts[i].with_coordinates]
        distinct = {(i.place, i.governorate) for i in chosen}
        distinct_covered = {(i.place, i.governorate) for i in covered}
        lines.append(f"{label:16} events covered {_share(len(covered), len(chosen))}; "
                     f"with coordinates {_share(len(located), len(chosen))}; "
                     f"distinct places covered {_share(len(distinct_covered), len(distinct))}")
    missing = sorted({(i.place, " | ".join(i.names)) for i in incidents if not verdicts[i].covered})
    lines.append(f"not covered ({len(missing)} distinct):")
    lines.extend(f"  {place}: {names}" for place, names in missing)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder of *.gold.yaml files (e.g. tests/realnews)")
    parser.add_argument("--data-dir", type=Path, help="folder with gazetteer.json and actors.yaml "
                                                      "(default: the shipped generator/data)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus}: not a folder")
    incidents = incident_places(args.corpus)
    if not incidents:
        parser.error(f"{args.corpus}: no gold file with an event place")
    print(report(Lexicon.load(args.data_dir), incidents))
    return 0


if __name__ == "__main__":
    sys.exit(main())
