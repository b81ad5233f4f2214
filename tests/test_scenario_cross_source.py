"""Issue 5 end to end: one clash told by three outlets in two languages becomes one incident.

The articles are in tests/scenario/ (see its README). Their events are built
by hand here, as the extractor would hand them over (names as they appear,
before resolution), and go through name resolution (`names`), incident
matching and absorbing (`incidents`) and the store, in all 24 orders of the
four articles. Whatever the order: one incident with three sources and
fatalities best 3, low 3, high 20; one person; one place; the Inkhil clash
of the same day apart; byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import itertools
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.ingest import incidents
from generator.ingest.names import NameIndex, add_alias, resolution_review, romanisation_review, romanise
from generator.records.model import (ActorRef, Event, Fatalities, Outlet, Person, PersonRef, Source, SourceClaim,
                                     Text)
from generator.records.store import Store

REPO = Path(__file__).resolve().parents[1]
SCENARIO = REPO / "tests" / "scenario"
RETRIEVED = dt.datetime(2026, 11, 25, 11, 0, tzinfo=dt.timezone.utc)
MONDAY = dt.date(2022, 10, 17)


@dataclass(frozen=True)
class Report:
    """One article and the single event the extractor finds in it."""

    file: str
    outlet_id: str
    outlet: dict
    language: str
    published: dt.date
    place: str                      # the place as the article names it
    actors: tuple[tuple[str, str], ...]   # (name as written, side)
    people: tuple[tuple[str, str], ...]   # (name as written, role)
    fatalities: int
    quote: str

    @property
    def text(self) -> str:
        return (SCENARIO / self.file).read_text(encoding="utf-8")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def source_id(self) -> str:
        return f"{self.outlet_id}-{self.published.isoformat()}-{self.sha256[:8]}"


REPORTS = (
    Report("01-jasim-ar-day1.txt", "ain-al-furat", {"ar": "شبكة عين الفرات"}, "ar", MONDAY, "جاسم",
           (("مقاتلين محليين من أبناء مدينة جاسم", "a"), ("تنظيم داعش", "b")),
           (("عبد الرحمن العراقي", "killed"),), 3,
           "وأسفرت الاشتباكات عن مقتل ثلاثة عناصر من التنظيم بينهم القيادي عبد الرحمن العراقي"),
    Report("02-jasim-ar-day2.txt", "ahrar-horan", {"ar": "تجمع أحرار حوران"}, "ar", MONDAY + dt.timedelta(days=1),
           "مدينة جاسم", (("أبناء مدينة جاسم", "a"), ("داعش", "b")),
           (("أبو عبد الرحمن العراقي", "killed"),), 17,
           "ارتفعت حصيلة الاشتباكات التي شهدتها مدينة جاسم يوم أمس الإثنين ... إلى 17 قتيلاً من التنظيم"),
    Report("03-jasim-en-day3.txt", "syria-monitor", {"en": "Syria Monitor Weekly"}, "en",
           MONDAY + dt.timedelta(days=2), "Jassem", (("sons of Jasim", "a"), ("Islamic State", "b")),
           (("Abdul Rahman al-Iraqi", "killed"),), 20,
           "Twenty Islamic State members were killed in clashes with local fighters in the town of Jassem"),
    Report("04-inkhil-ar-day1.txt", "ain-al-furat", {"ar": "شبكة عين الفرات"}, "ar", MONDAY, "انخل",
           (("تنظيم داعش", "b"),), (), 2,
           "قتل عنصران من تنظيم داعش اليوم الإثنين باشتباك مع مقاتلين محليين في مدينة انخل"),
)


def make_base(tmp_path: Path, person_known: bool) -> Path:
    """The sample knowledge base without events and sources; the commander known by his Arabic name only."""
    root = tmp_path / "kb"
    for folder in ("actors", "places", "schemas"):
        shutil.copytree(REPO / folder, root / folder)
    (root / "events").mkdir()
    (root / "sources").mkdir()
    person = root / "actors/people/abd-al-rahman-al-iraqi.yaml"
    if person_known:
        text = person.read_text(encoding="utf-8")
        text = text.replace("name: {en: Abd al-Rahman al-Iraqi, ar: عبد الرحمن العراقي}", "name: {ar: عبد الرحمن العراقي}")
        text = re.sub(r"aliases: .*\n", "", text)
        person.write_text(text, encoding="utf-8")
    else:
        person.unlink()
    return root


def ingest_by_hand(root: Path, reports: list[Report]) -> list[str]:
    """What the pipeline does with these reports, calling names + incidents as the lead will wire them."""
    store = Store.load(root)
    index = NameIndex.build(store)
    places = incidents.place_map(store)
    log: list[str] = []
    for report in reports:
        if any(s.sha256 == report.sha256 for s in store.records("source")):
            log.append(f"{report.file}: skipped, ingested before")
            continue
        source = Source(id=report.source_id, outlet=Outlet(name=Text(**report.outlet)), language=report.language,
                        published=report.published, retrieved=RETRIEVED, sha256=report.sha256,
                        text_file=f"{report.source_id}.txt")
        path = store.path_for(source)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.with_suffix(".txt").write_text(report.text, encoding="utf-8")
        store.save(source)
        review = []

        def resolve(kind: str, mention: str, field_name: str) -> str | None:
            found = index.resolve(mention, kind, report.language)
            if found.id:
                record = store.get(kind, found.id)
                if add_alias(record, mention, report.language):
                    store.save(record)
                    index.add(record)
                return found.id
            entry = resolution_review(field_name, mention, found)
            if entry:
                review.append(entry)
            return None

        place = resolve("place", report.place, "place")
        actors = [ActorRef(id=i, side=side) for name, side in report.actors
                  if (i := resolve("organization", name, "actors"))]
        people = []
        for name, role in report.people:
            pid = resolve("person", name, "people")
            if pid is None and not any(r.field == "people" and name in r.reason for r in review):
                english = romanise(name) if report.language == "ar" else name
                pid = re.sub(r"[^a-z0-9]+", "-", english.lower()).strip("-")
                person = Person(id=pid, name=Text(**{report.language: name},
                                                   **({"en": english} if report.language == "ar" else {})),
                                review=[romanisation_review("name.en", name, english)] if report.language == "ar" else [])
                store.save(person)
                index.add(person)
            if pid:
                people.append(PersonRef(id=pid, role=role))
        incoming = Event(id=f"{MONDAY.isoformat()}-{place}-armed-clash", date=MONDAY, date_precision="day",
                         type="battles", sub_type="armed_clash", place=place, geo_precision=1, actors=actors,
                         people=people, fatalities=Fatalities(best=report.fatalities, low=report.fatalities,
                                                              high=report.fatalities),
                         sources=[SourceClaim(source=source.id, fatalities=report.fatalities, quote=report.quote)],
                         review=review)
        published = {s.id: s.published_date for s in store.records("source")}
        match = incidents.find_match(incoming, store, places)
        if match.event_id:
            existing = store.get("event", match.event_id)
            combined, changes = incidents.absorb(existing, incoming, existing.status == "reviewed",
                                                 places=places, published=published)
            store.save(combined)
            log += [f"{report.file}: {c}" for c in changes]
        else:
            if (entry := match.review()) is not None:
                incoming = incoming.model_copy(update={"review": incoming.review + [entry]})
            base, number = incoming.id, 1
            while ("event", incoming.id) in store:
                number += 1
                incoming = incoming.model_copy(update={"id": f"{base}-{number}"})
            store.save(incidents.settle(incoming, published))
            log.append(f"{report.file}: new event {incoming.id}")
    return log


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file but the schemas and the tool's caches (`.cache/` holds stamps of the files, which differ
    between runs; tests/test_ingest_cache.py checks that the record cache changes no record)."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file() and p.parts[-2:][0] != "schemas"
            and p.relative_to(root).parts[0] != ".cache"}


def count(root: Path, folder: str) -> int:
    return len(list((root / folder).rglob("*.yaml")))


def check_outcome(root: Path, people_before: int, places_before: int,
                  person_id: str = "abd-al-rahman-al-iraqi") -> Store:
    store = Store.load(root)
    assert store.problems == []
    events = {e.id: e for e in store.records("event")}
    assert sorted(events) == ["2022-10-17-inkhil-armed-clash", "2022-10-17-jasim-armed-clash"]
    jasim = events["2022-10-17-jasim-armed-clash"]
    assert [c.source for c in jasim.sources] == [r.source_id for r in REPORTS[:3]]
    assert [c.fatalities for c in jasim.sources] == [3, 17, 20]
    assert jasim.fatalities == Fatalities(best=3, low=3, high=20)
    assert jasim.place == "jasim"
    assert jasim.people == [PersonRef(id=person_id, role="killed")]
    assert [(a.id, a.side) for a in jasim.actors] == [("islamic-state", "b"), ("jasim-local-fighters", "a")]
    reasons = {(r.field, r.reason) for r in jasim.review}
    assert ("fatalities", f"sources disagree: 3 ({REPORTS[0].source_id}), 17 ({REPORTS[1].source_id}), "
                          f"20 ({REPORTS[2].source_id})") in reasons
    kunya = [r for r in jasim.review if r.field == "people"]
    assert [r.candidates for r in kunya] == [[person_id]]
    assert "أبو عبد الرحمن العراقي" in kunya[0].reason
    inkhil = events["2022-10-17-inkhil-armed-clash"]
    assert inkhil.place == "inkhil" and [c.fatalities for c in inkhil.sources] == [2]
    assert len(list(store.records("person"))) == people_before   # nobody drafted twice
    assert person_id in {p.id for p in store.records("person")}
    assert len(list(store.records("place"))) == places_before    # Jasim / مدينة جاسم / Jassem: no place drafted
    return store


def test_all_24_orders_give_one_incident_and_identical_files(tmp_path: Path) -> None:
    snapshots = []
    for number, order in enumerate(itertools.permutations(REPORTS)):
        root = make_base(tmp_path / str(number), person_known=True)
        people, places = count(root, "actors/people"), count(root, "places")
        ingest_by_hand(root, list(order))
        store = check_outcome(root, people, places)
        person = store.get("person", "abd-al-rahman-al-iraqi")
        assert person.name == Text(ar="عبد الرحمن العراقي")                # the name is never touched
        assert person.aliases.en == ["Abdul Rahman al-Iraqi"] and person.aliases.ar == []
        snapshots.append(snapshot(root))
    assert len(snapshots) == 24
    assert all(s == snapshots[0] for s in snapshots[1:])


def test_reingesting_every_article_changes_nothing(tmp_path: Path) -> None:
    root = make_base(tmp_path, person_known=True)
    ingest_by_hand(root, list(REPORTS))
    before = snapshot(root)
    log = ingest_by_hand(root, list(reversed(REPORTS)))
    assert snapshot(root) == before
    assert log == [f"{r.file}: skipped, ingested before" for r in reversed(REPORTS)]


def test_a_new_commander_in_canonical_order_gives_identical_files(tmp_path: Path) -> None:
    """The person is not in the knowledge base: the run drafts him once. Which article drafts him
    depends on the order, so the pipeline sorts a batch canonically first; then shuffles agree."""
    rng = random.Random(5)
    snapshots = []
    for number in range(6):
        shuffled = list(REPORTS)
        rng.shuffle(shuffled)
        ordered = sorted(shuffled, key=lambda r: incidents.canonical_order(r.published, r.language, r.sha256))
        root = make_base(tmp_path / str(number), person_known=False)
        people, places = count(root, "actors/people"), count(root, "places")
        ingest_by_hand(root, ordered)
        # drafted from the Arabic report: the romaniser's first spelling names him
        store = check_outcome(root, people + 1, places, person_id="abdul-rahman-al-iraqi")
        person = store.get("person", "abdul-rahman-al-iraqi")
        assert person.status == "draft"
        assert person.name == Text(ar="عبد الرحمن العراقي", en="Abdul Rahman al-Iraqi")
        assert person.review[0].reason.startswith("machine romanisation")
        snapshots.append(snapshot(root))
    assert all(s == snapshots[0] for s in snapshots[1:])


# ---- the same scenario through the real `kb ingest` ----------------------------------
#
# Two ways to run it: each article on its own (`kb ingest FILE --published DAY`, one run
# per article, in different orders), and all four in one run. A single run has one
# `--published` for its plain-text inputs, so it gets the articles as HTML pages that
# carry their own date (`article:published_time`) and outlet (`og:site_name`).

def _page(report: Report) -> str:
    head, _, body = report.text.partition("\n\n")
    outlet, _, title = head.partition(" | ")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    return (f'<!doctype html><html lang="{report.language}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title>"
            f'<meta property="og:site_name" content="{html.escape(outlet)}">'
            f'<meta property="article:published_time" content="{report.published.isoformat()}">'
            f"</head><body><article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>")


def _pages(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for report in REPORTS:
        path = folder / report.file.replace(".txt", ".html")
        path.write_text(_page(report), encoding="utf-8")
        out[report.file] = path
    return out


def _invoke(*args: str):
    from click.testing import CliRunner

    from generator.cli import cli

    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


def _kb_ingest(root: Path, reports: list[Report]) -> None:
    """One `kb ingest` per article, in the order given."""
    for report in reports:
        _invoke("ingest", str(SCENARIO / report.file), "--published", report.published.isoformat(), "--root", str(root))


def _kb_ingest_once(root: Path, reports: list[Report], pages: dict[str, Path]) -> str:
    """All the articles in one `kb ingest`, in the order given."""
    return _invoke("ingest", *(str(pages[r.file]) for r in reports), "--root", str(root)).output


def records_snapshot(root: Path) -> dict[str, bytes]:
    """The record files, without the time each source was retrieved (it differs between runs)."""
    return {name: re.sub(rb"\nretrieved: [^\n]*", b"", data) for name, data in snapshot(root).items()}


def records_data(root: Path) -> dict[str, object]:
    """The records as data (separate runs may order a claim's keys differently: the round-trip
    writer merges a list into an existing file by position, so a claim sorted in before others
    takes over the key order of the one that was there)."""
    return {name: (yaml.safe_load(data) if name.endswith(".yaml") else data)
            for name, data in records_snapshot(root).items()}


def _extraction_gaps(tmp_path: Path) -> list[str]:
    """What extraction does not yet give (empty when it gives the events built by hand above):
    each article ingested alone must give one event with the place, toll and commander."""
    gaps = []
    for report in REPORTS:
        root = make_base(tmp_path / f"probe-{report.file}", person_known=True)
        known = {p.id for p in Store.load(root).records("person")}
        _kb_ingest(root, [report])
        events = list(Store.load(root).records("event"))
        if len(events) != 1:
            gaps.append(f"{report.file}: {len(events)} events, expected 1")
            continue
        event = events[0]
        wanted_place = "inkhil" if "inkhil" in report.file else "jasim"
        if event.place != wanted_place:
            gaps.append(f"{report.file}: place {event.place}, expected {wanted_place}")
        if event.sources[0].fatalities != report.fatalities:
            gaps.append(f"{report.file}: toll {event.sources[0].fatalities}, expected {report.fatalities} "
                        f"(“{report.quote.split()[0]} ...”)")
        wanted = [name for name, _ in report.people]
        if wanted and wanted[0].startswith("أبو"):
            drafted = sorted({p.id for p in Store.load(root).records("person")} - known)
            if drafted or not any(r.field == "people" for r in event.review):
                gaps.append(f"{report.file}: the kunya name “{wanted[0]}” is not extracted whole "
                            f"(people {[p.id for p in event.people]}, drafted {drafted or 'nobody'})")
        elif wanted and [p.id for p in event.people] != ["abd-al-rahman-al-iraqi"]:
            gaps.append(f"{report.file}: people {[p.id for p in event.people]}, expected the commander "
                        f"“{wanted[0]}”")
    return gaps


def test_real_kb_ingest_joins_the_reports_in_any_order(tmp_path: Path) -> None:
    """What the pipeline does with whatever extraction gives today: the three Jasim reports
    join one incident (their claims give its range), Inkhil stays apart, no place is drafted,
    and every order, in one run or in separate runs, writes the same files."""
    pages = _pages(tmp_path / "pages")
    rng = random.Random(17)
    snapshots = []
    for number in range(4):
        order = list(REPORTS)
        rng.shuffle(order)
        root = make_base(tmp_path / f"run-{number}", person_known=True)
        places = count(root, "places")
        if number < 2:
            _kb_ingest_once(root, order, pages)
        else:
            _kb_ingest(root, order)
        store = Store.load(root)
        assert store.problems == []
        events = {e.id: e for e in store.records("event")}
        assert sorted(events) == ["2022-10-17-inkhil-armed-clash", "2022-10-17-jasim-armed-clash"]
        jasim, inkhil = events["2022-10-17-jasim-armed-clash"], events["2022-10-17-inkhil-armed-clash"]
        assert [c.source.split("-2022-")[0] for c in jasim.sources] == \
            ["ain-al-furat", "horan-free-league", "syria-monitor-weekly"]
        claims = [c.fatalities for c in jasim.sources if c.fatalities is not None]
        assert jasim.fatalities == Fatalities(best=min(claims), low=min(claims), high=max(claims))
        assert 3 in claims and 17 in claims
        assert any(r.field == "fatalities" and r.reason.startswith("sources disagree: 3 (") for r in jasim.review)
        assert jasim.place == "jasim" and {a.id for a in jasim.actors} >= {"islamic-state", "jasim-local-fighters"}
        assert "abd-al-rahman-al-iraqi" in {p.id for p in jasim.people}
        assert inkhil.place == "inkhil" and [c.fatalities for c in inkhil.sources] == [2]
        assert count(root, "places") == places
        snapshots.append(records_snapshot(root) if number < 2 else records_data(root))
    assert snapshots[0] == snapshots[1]           # one run: byte-identical whatever the order
    assert snapshots[2] == snapshots[3]           # separate runs: the same records
    assert {k for k in snapshots[0] if k.startswith(("events/", "actors/", "places/"))} == \
        {k for k in snapshots[2] if k.startswith(("events/", "actors/", "places/"))}


def test_real_kb_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages")
    root = make_base(tmp_path / "kb", person_known=True)
    _kb_ingest_once(root, list(REPORTS), pages)
    before = snapshot(root)
    output = _kb_ingest_once(root, list(reversed(REPORTS)), pages)
    assert "4 skipped as already ingested" in output
    assert snapshot(root) == before


def test_real_kb_ingest_in_shuffled_orders(tmp_path: Path) -> None:
    """The whole scenario through `kb ingest`; each article alone must first give its event."""
    gaps = _extraction_gaps(tmp_path)
    assert not gaps, "extraction does not give the scenario's events: " + "; ".join(gaps)
    pages = _pages(tmp_path / "pages")
    rng = random.Random(5)
    snapshots = []
    for number in range(4):
        order = list(REPORTS)
        rng.shuffle(order)
        root = make_base(tmp_path / f"run-{number}", person_known=True)
        people, places = count(root, "actors/people"), count(root, "places")
        if number < 2:
            _kb_ingest_once(root, order, pages)
        else:
            _kb_ingest(root, order)
        store = Store.load(root)
        events = {e.id: e for e in store.records("event")}
        assert sorted(events) == ["2022-10-17-inkhil-armed-clash", "2022-10-17-jasim-armed-clash"]
        jasim = events["2022-10-17-jasim-armed-clash"]
        assert [c.fatalities for c in jasim.sources] == [3, 17, 20]
        assert jasim.fatalities == Fatalities(best=3, low=3, high=20)
        assert jasim.people == [PersonRef(id="abd-al-rahman-al-iraqi", role="killed")]
        kunya = [r for r in jasim.review if r.field == "people"]
        assert [r.candidates for r in kunya] == [["abd-al-rahman-al-iraqi"]]
        assert count(root, "actors/people") == people and count(root, "places") == places
        person = store.get("person", "abd-al-rahman-al-iraqi")
        assert person.name == Text(ar="عبد الرحمن العراقي") and person.aliases.en == ["Abdul Rahman al-Iraqi"]
        snapshots.append(records_snapshot(root) if number < 2 else records_data(root))
    assert snapshots[0] == snapshots[1] and snapshots[2] == snapshots[3]
