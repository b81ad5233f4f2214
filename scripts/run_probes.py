"""Phrasing probes: short articles written by the team in the shapes Syrian outlets use (a victim named in a
later sentence, siblings sharing a family name, a relative after a casualty word, a shelled list with a toll at
one place), each with what a careful coder would record, run through the extractor. Not a test (many fail on
purpose: they are the next rules to write) and not a corpus score: a list of shapes, OK or FAIL each
(docs/extraction.md, "Session 20").

    .venv/bin/python scripts/run_probes.py                 # every tests/probes/probes_*.txt
    .venv/bin/python scripts/run_probes.py --failures      # only the failures, with what came out

A file holds blocks: `=== <id> <language>`, then `EXPECT: <event> ;; <event> ...` (or `EXPECT: NONE`), then the
text. An event is `place|killed|injured|name:role,name:role`: `*` for any place, `?` for a count not checked,
`a/b` for alternatives of a place or a name. Only victim roles (killed, injured, detained, abducted) are compared.
A probe is published on the first date to the day its lead names, else on 14 March 2023 (`published_for`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest.article import Article, Overrides  # noqa: E402
from generator.ingest.dates import find_dates  # noqa: E402
from generator.ingest.extract import extract  # noqa: E402
from generator.ingest.mentions import ExtractedEvent  # noqa: E402
from generator.ingest.normalise import fold  # noqa: E402
from generator.ingest.readers import read_text  # noqa: E402

PROBES = ROOT / "tests" / "probes"
PUBLISHED = dt.date(2023, 3, 14)
MAX_TITLE_WORDS = 20   # a longer first line with no full stop is a lead whose stop was lost
VICTIM_ROLES = frozenset({"killed", "injured", "detained", "abducted"})


@dataclass(frozen=True)
class Expected:
    place: str
    killed: str
    injured: str
    people: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class Probe:
    id: str
    language: str
    text: str
    expected: tuple[Expected, ...]


def read(path: Path) -> list[Probe]:
    probes = []
    for block in re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        head, expect, text = block.split("\n", 2)
        probe_id, language = head.split()[:2]
        if not expect.startswith("EXPECT:"):
            raise SystemExit(f"{path}: probe {probe_id}: the line after its head must start with EXPECT:")
        events = []
        for event in ([] if expect[7:].strip() == "NONE" else expect[7:].split(";;")):
            place, killed, injured, names = ([p.strip() for p in event.split("|")] + [""] * 4)[:4]
            people = frozenset(tuple(n.strip().rsplit(":", 1)) for n in names.split(",") if n.strip())
            events.append(Expected(place, killed, injured, people))
        probes.append(Probe(probe_id, language, text.strip(), tuple(events)))
    return probes


def as_saved_page(probe: Probe) -> Article:
    """The probe's text read as `kb ingest` reads a saved .txt page (its title and trailing boilerplate taken off),
    published on the day its lead names (`published_for`)."""
    return next(read_text(probe.text.encode("utf-8"), f"probe {probe.id}",
                          Overrides(published=published_for(probe), language=probe.language)))


def published_for(probe: Probe) -> dt.date:
    """The first date to the day that the probe's lead (its first paragraph of more than 12 words after a title line) names
    ("on Saturday, November 2, 2019", "يوم الخميس 10 حزيران 2021"): a report of that day, as its writer meant; else
    `PUBLISHED` (a date without a year takes PUBLISHED's year, or the year before when it would fall after it)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", probe.text) if p.strip()]
    if len(paragraphs) > 1 and "\n" not in paragraphs[0].strip() and not re.search(r"[.!?؟]\s*$", paragraphs[0]) \
            and len(paragraphs[0].split()) <= MAX_TITLE_WORDS:
        paragraphs = paragraphs[1:]    # a title line: no lead
    lead = next((p for p in paragraphs if len(p.split()) > 12), "")
    for match in find_dates(lead, probe.language):
        if match.day is None or match.month is None:
            continue
        year = match.year or (PUBLISHED.year if (match.month, match.day) <= (PUBLISHED.month, PUBLISHED.day)
                              else PUBLISHED.year - 1)
        try:
            return dt.date(year, match.month, match.day)
        except ValueError:
            continue
    return PUBLISHED


def _key(text: str) -> str:
    return " ".join(fold(text).lower().replace("-", " ").replace(" city", "").split())


def _count_ok(expected: str, got: int | None) -> bool:
    return expected == "?" or int(expected or 0) == (got or 0)


def _matches(expected: Expected, event: ExtractedEvent) -> bool:
    place = event.place.name if event.place else ""
    victims = {(_key(p.name), p.role) for p in event.people if p.role in VICTIM_ROLES}
    return (expected.place == "*" or any(_key(alt) == _key(place) for alt in expected.place.split("/"))) \
        and _count_ok(expected.killed, event.fatalities) and _count_ok(expected.injured, event.injured) \
        and len(victims) == len(expected.people) \
        and all(any((_key(alt), role) in victims for alt in name.split("/")) for name, role in expected.people)


def passes(probe: Probe, events: list[ExtractedEvent]) -> bool:
    """Every expected event matches an event of its own, and no event is left over."""
    left = list(events)
    for expected in probe.expected:
        found = next((e for e in left if _matches(expected, e)), None)
        if found is None:
            return False
        left.remove(found)
    return not left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: tests/probes/probes_*.txt)")
    parser.add_argument("--failures", action="store_true", help="print only the failures, with what came out")
    args = parser.parse_args(argv)
    totals: dict[str, list[int]] = {}
    for path in args.files or sorted(PROBES.glob("probes_*.txt")):
        for probe in read(path):
            events = extract(as_saved_page(probe))
            ok = passes(probe, events)
            total = totals.setdefault(probe.language, [0, 0])
            total[0] += 1
            total[1] += ok
            if ok and args.failures:
                continue
            print(f"{'OK  ' if ok else 'FAIL'} {probe.id}")
            if not ok:
                for expected in probe.expected:
                    print("   expected:", expected.place, expected.killed, expected.injured, sorted(expected.people))
                for event in events:
                    print("   got:     ", event.place.name if event.place else None, event.fatalities, event.injured,
                          [(p.name, p.role) for p in event.people])
    print("\n" + ", ".join(f"{language}: {ok}/{n} pass" for language, (n, ok) in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
