"""Exports: every format parses and agrees with the records; merged/retracted records are left out."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import REPO, copy_records
from generator.cli import cli
from generator.exports import ACLED_COLUMNS, FORMATS, UCDP_COLUMNS, render, render_atom, write_site_data
from generator.exports.columns import priogrid_gid
from generator.records.store import Store
from generator.settings import load_settings

ATOM = "{http://www.w3.org/2005/Atom}"

ACLED_ORDER = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
               "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region "
               "country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale "
               "notes fatalities tags timestamp").split()
UCDP_ORDER = ("id relid year active_year code_status type_of_violence conflict_dset_id conflict_new_id "
              "conflict_name dyad_dset_id dyad_new_id dyad_name side_a_dset_id side_a_new_id side_a "
              "side_b_dset_id side_b_new_id side_b number_of_sources source_article source_office source_date "
              "source_headline source_original where_prec where_coordinates where_description adm_1 adm_2 "
              "latitude longitude geom_wkt priogrid_gid country country_id region event_clarity date_prec "
              "date_start date_end deaths_a deaths_b deaths_civilians deaths_unknown best high low").split()

EXTRA_EVENTS = {
    # A shelling in a region without coordinates: borrows the governorate's point, geo_precision 3.
    "2023/2023-03-02-western-daraa-shelling.yaml": """\
id: 2023-03-02-western-daraa-shelling
status: draft
date: 2023-03-02
date_precision: month
type: explosions_remote_violence
sub_type: shelling_artillery_missile_attack
place: western-daraa-countryside
actors:
  - {id: syrian-arab-army, side: a}
fatalities: {best: 2, low: 1, high: 4}
civilian_targeting: true
tags: [shelling, daraa-west]
sources:
  - source: ain-al-furat-2022-10-17-c4df66b4
notes: 'A "quoted", comma, and <b>markup</b> text'
""",
    # Undated, no place: in every export, without coordinates.
    "undated/unknown-abduction.yaml": """\
id: unknown-abduction
status: draft
date: null
date_precision: unknown
type: violence_against_civilians
sub_type: abduction_forced_disappearance
title: {en: 'Abduction <script>alert(1)</script> & more', ar: خطف}
fatalities: {best: 0}
sources:
  - source: ain-al-furat-2022-10-17-c4df66b4
""",
    "2022/2022-10-17-jasim-duplicate.yaml": """\
id: 2022-10-17-jasim-duplicate
status: merged
merged_into: 2022-10-17-jasim-armed-clash
date: 2022-10-17
type: battles
sub_type: armed_clash
place: jasim
fatalities: {best: 100}
sources:
  - source: ain-al-furat-2022-10-17-c4df66b4
""",
    "2022/2022-10-18-jasim-retracted.yaml": """\
id: 2022-10-18-jasim-retracted
status: retracted
date: 2022-10-18
type: battles
sub_type: armed_clash
place: jasim
fatalities: {best: 50}
sources:
  - source: ain-al-furat-2022-10-17-c4df66b4
""",
}
# The sample's events (whatever their ids), then the ones this test adds.
SAMPLE = sorted(e.id for e in Store.load(REPO).records("event") if e.status in ("draft", "reviewed"))
SOURCE = sorted(s.id for s in Store.load(REPO).records("source"))[0]
CLASH = next(i for i in SAMPLE if i.endswith("jasim-armed-clash"))
EXPORTED = set(SAMPLE) | {"2023-03-02-western-daraa-shelling", "unknown-abduction"}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_records(tmp_path_factory.mktemp("kb"))
    for relative, text in EXTRA_EVENTS.items():
        path = root / "events" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("ain-al-furat-2022-10-17-c4df66b4", SOURCE), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def store(kb: Path) -> Store:
    store = Store.load(kb)
    assert not store.problems, store.problems
    return store


@pytest.fixture(scope="module")
def settings(kb: Path):
    return load_settings(kb)


def exported(store: Store) -> list:
    return [e for e in store.records("event") if e.status in ("draft", "reviewed")]


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_acled_columns_are_acleds_31_in_order(store: Store, settings) -> None:
    assert [c.name for c in ACLED_COLUMNS] == ACLED_ORDER
    header = next(csv.reader(io.StringIO(render("csv", store, settings))))
    assert header == ACLED_ORDER


def test_ucdp_columns_are_geds_in_order(store: Store, settings) -> None:
    assert [c.name for c in UCDP_COLUMNS] == UCDP_ORDER
    header = next(csv.reader(io.StringIO(render("ucdp", store, settings))))
    assert header == UCDP_ORDER


def test_acled_csv_agrees_with_the_records(store: Store, settings) -> None:
    table = rows(render("csv", store, settings))
    assert {r["event_id_cnty"] for r in table} == EXPORTED
    assert len(table) == len(exported(store))
    assert sum(int(r["fatalities"]) for r in table) == sum(e.fatalities.best or 0 for e in exported(store))
    by_id = {r["event_id_cnty"]: r for r in table}
    clash = by_id[CLASH]
    assert clash["event_type"] == "Battles" and clash["sub_event_type"] == "Armed clash"
    assert clash["actor1"] == "Jasim local fighters" and clash["actor2"] == "Islamic State"
    assert clash["interaction"] == "24" and clash["time_precision"] == "1"
    assert clash["admin1"] == "Daraa Governorate" and clash["country"] == "Syria" and clash["iso"] == "760"
    assert (float(clash["latitude"]), float(clash["longitude"])) == (32.99125, 36.06093)
    shelling = by_id["2023-03-02-western-daraa-shelling"]
    assert shelling["geo_precision"] == "3" and shelling["latitude"] == "32.75"  # the governorate's point
    assert shelling["time_precision"] == "3" and shelling["civilian_targeting"] == "Civilian targeting"
    assert shelling["notes"] == "shelling artillery missile attack Western Daraa countryside 2023-03-02"  # made title
    undated = by_id["unknown-abduction"]
    assert undated["event_date"] == "" and undated["latitude"] == "" and undated["time_precision"] == ""
    assert list(by_id) == sorted(EXPORTED - {"unknown-abduction"}) + ["unknown-abduction"]


def test_ucdp_csv_agrees_with_the_records(store: Store, settings) -> None:
    table = rows(render("ucdp", store, settings))
    assert {r["id"] for r in table} == EXPORTED
    best = sum(int(r["best"]) for r in table if r["best"])
    assert best == sum(e.fatalities.best or 0 for e in exported(store))
    by_id = {r["id"]: r for r in table}
    assert by_id["2023-03-02-western-daraa-shelling"]["type_of_violence"] == "1"  # state forces
    assert by_id[CLASH]["type_of_violence"] == "2"
    assert by_id["unknown-abduction"]["type_of_violence"] == "3"
    assert by_id["2023-03-02-western-daraa-shelling"]["date_prec"] == "4"
    assert by_id["2023-03-02-western-daraa-shelling"]["low"] == "1"
    assert by_id[CLASH]["geom_wkt"] == "POINT (36.06093 32.99125)"


def test_priogrid_cells() -> None:
    assert priogrid_gid(-89.75, -179.75) == 1
    assert priogrid_gid(89.75, 179.75) == 259200
    assert priogrid_gid(32.99125, 36.06093) == 245 * 720 + 432 + 1


def test_geojson_is_a_valid_feature_collection(store: Store, settings) -> None:
    data = json.loads(render("geojson", store, settings))
    assert data["type"] == "FeatureCollection"
    assert {f["id"] for f in data["features"]} == EXPORTED
    places = store.by_kind["place"]
    for feature in data["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is None:
            continue
        assert geometry["type"] == "Point" and len(geometry["coordinates"]) == 2
        lon, lat = geometry["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        event = store.get("event", feature["id"])
        place = places[event.place].record
        while place.coordinates is None:
            place = places[place.parent].record
        assert (lon, lat) == (place.coordinates.lon, place.coordinates.lat)  # lon/lat order, RFC 7946
    assert sum(f["properties"]["fatalities_best"] or 0 for f in data["features"]) == 5
    no_point = [f["id"] for f in data["features"] if f["geometry"] is None]
    assert no_point == ["unknown-abduction"]


def test_json_dump_has_every_exported_record(store: Store, settings) -> None:
    data = json.loads(render("json", store, settings))
    assert {e["id"] for e in data["events"]} == EXPORTED
    assert len(data["places"]) == len(list(store.records("place")))
    assert len(data["sources"]) == len(list(store.records("source")))
    assert {"people", "organizations"} <= set(data)
    clash = next(e for e in data["events"] if e["id"] == CLASH)
    assert clash["fatalities"] == {"best": 3, "low": 3, "high": 3} and clash["date"] == "2022-10-17"


def test_exports_are_deterministic(kb: Path, settings) -> None:
    for name in FORMATS:
        assert render(name, Store.load(kb), settings) == render(name, Store.load(kb), settings)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_atom_feed_is_valid_atom(store: Store, settings, language: str) -> None:
    text = render_atom(store, settings, language, title="KB & <friends>", site_url="https://example.org/kb/")
    root = etree.fromstring(text.encode("utf-8"))
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    for required in ("id", "title", "updated"):
        assert len(root.findall(f"{ATOM}{required}")) == 1, required
    assert root.find(f"{ATOM}author/{ATOM}name") is not None  # entries have no author of their own
    prefix = "" if language == "en" else "ar/"
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"https://example.org/kb/{prefix}feed.xml"
    entries = root.findall(f"{ATOM}entry")
    assert {e.findtext(f"{ATOM}id").rsplit("/", 2)[-2] for e in entries} == EXPORTED
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{required}")) == 1
        assert entry.findtext(f"{ATOM}updated").endswith("Z")
        link = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert link.startswith(f"https://example.org/kb/{prefix}incidents/")
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert titles[-1].startswith("Abduction <script>" if language == "en" else "خطف")  # undated last, text kept as text
    assert entries[0].findtext(f"{ATOM}id").endswith("/2023-03-02-western-daraa-shelling/")  # newest first


def test_site_data_files(store: Store, settings, tmp_path: Path) -> None:
    written = write_site_data(store, settings, tmp_path, site_url="https://example.org/")
    names = sorted(p.relative_to(tmp_path).as_posix() for p in written)
    assert names == sorted(["data/incidents-acled.csv", "data/incidents-ucdp-ged.csv", "data/incidents.geojson",
                            "data/records.json", "data/map-config.json", "data/labels.json",
                            "feed.xml", "ar/feed.xml"])
    before = {p: p.stat().st_mtime_ns for p in written}
    write_site_data(store, settings, tmp_path, site_url="https://example.org/")
    assert before == {p: p.stat().st_mtime_ns for p in written}  # unchanged files are not rewritten


def test_export_command(kb: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "geojson", "--root", str(kb)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["type"] == "FeatureCollection"
    out = tmp_path / "out.csv"
    result = runner.invoke(cli, ["export", "--format", "csv", "--out", str(out), "--root", str(kb)])
    assert result.exit_code == 0, result.output
    assert rows(out.read_text(encoding="utf-8"))[0]["event_id_cnty"] == SAMPLE[0]
    result = runner.invoke(cli, ["export", "--format", "atom", "--language", "ar", "--root", str(kb)])
    assert etree.fromstring(result.output.encode()).tag == f"{ATOM}feed"


def test_json_documents_hold_one_item_per_line_and_parse_back():
    from generator.exports.facts import json_document

    data = {"format": "x", "version": 1, "events": [{"id": "a", "t": "<ب>"}, {"id": "b"}], "people": []}
    text = json_document(data)
    assert json.loads(text) == data
    assert text.splitlines()[3:5] == ['{"id":"a","t":"<ب>"},', '{"id":"b"}']
