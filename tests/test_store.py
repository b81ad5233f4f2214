"""The record store: load, save and load again gives the same records; hand-written comments survive."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import copy_records
from generator.cli import cli
from generator.records import yamlio
from generator.records.model import KINDS, Event, Text
from generator.records.store import Store, record_data

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    copy_records(tmp_path)
    return tmp_path


def snapshot(store: Store) -> dict[str, dict[str, dict]]:
    return {kind: {rid: e.record.model_dump() for rid, e in entries.items()} for kind, entries in store.by_kind.items()}


def test_sample_loads_every_kind(kb: Path) -> None:
    store = Store.load(kb)
    assert store.problems == []
    assert {kind: len(entries) for kind, entries in store.by_kind.items()} == {
        "event": 2, "person": 3, "organization": 12, "place": 9, "source": 1}
    event = store.get("event", "2022-10-17-jasim-armed-clash")
    assert isinstance(event, Event)
    assert event.fatalities.best == 3 and event.place == "jasim"


def test_round_trip_gives_the_same_records_and_rewrites_nothing(kb: Path) -> None:
    first = Store.load(kb)
    before = {p: p.read_bytes() for p in kb.rglob("*.yaml")}
    written = [first.save(entry.record) for kind in KINDS for entry in list(first.entries(kind))]
    assert not any(written), "saving unchanged records must not touch their files"
    assert {p: p.read_bytes() for p in kb.rglob("*.yaml")} == before
    assert snapshot(Store.load(kb)) == snapshot(first)


def test_hand_written_comment_and_key_order_survive_a_machine_edit(kb: Path) -> None:
    path = kb / "places/jasim.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("kind: city", "kind: city   # a city since 2010, per the census")
    text = text.replace("id: jasim\n", "id: jasim\n# Checked against the 1:50,000 map by Rania.\n")
    path.write_text(text, encoding="utf-8")
    store = Store.load(kb)
    place = store.get("place", "jasim")
    place.aliases.en.append("Jaasim")
    assert store.save(place)
    saved = path.read_text(encoding="utf-8")
    assert "# Checked against the 1:50,000 map by Rania." in saved
    assert "kind: city   # a city since 2010, per the census" in saved
    assert "Jaasim" in saved
    assert Store.load(kb).get("place", "jasim").aliases.en == ["Jassim", "Jassem", "Jasem", "Jaasim"]
    keys = [line.split(":")[0] for line in saved.splitlines() if line and not line.startswith((" ", "#"))]
    assert keys == ["id", "status", "name", "aliases", "kind", "parent", "coordinates", "geonames"]


def test_new_record_file_is_written_whole_with_the_schema_comment(kb: Path) -> None:
    store = Store.load(kb)
    event = store.get("event", "2022-10-17-jasim-armed-clash").model_copy(
        update={"id": "2022-10-18-jasim-armed-clash", "title": Text(en="Second day <b>of</b> clashes")})
    store.save(event)
    path = kb / "events/2022/2022-10-18-jasim-armed-clash.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/event.schema.json\n")
    assert not list(path.parent.glob(".*.tmp")), "no temporary file left behind"
    data, _ = yamlio.parse(text)
    assert Event.model_validate(data) == event


@pytest.mark.parametrize("text", ["a: &x hello\nb: *x\n", "a: [&x hello, *x]\n", "&x key: 1\n*x : 2\n"])
def test_an_alias_of_a_text_is_refused_like_any_other(text: str) -> None:
    """Text scalars take a shortcut past PyYAML's general path (records/yamlio.py): an alias of one
    is refused all the same, on the line of the value it repeats."""
    with pytest.raises(yamlio.YamlProblem, match="anchors and aliases") as err:
        yamlio.parse(text)
    assert err.value.line == 1


@pytest.mark.parametrize("text, line", [("a: &x {c: 1}\nb: *x\n", 1), ("a: &x [1, 2]\nb: *x\n", 1),
                                        ("a: &x [*x]\n", 1), ("&r {a: *r}\n", 1),
                                        ("a: 1\nb:\n  - &m {c: 2}\n  - *m\n", 3)])
def test_an_alias_of_a_mapping_or_list_is_refused_even_inside_itself(text: str, line: int) -> None:
    """Mappings and lists go straight to the record constructors (records/yamlio.py `construct_child`), each
    marked seen before its items are read: an alias of one is refused, one that holds itself too."""
    with pytest.raises(yamlio.YamlProblem, match="anchors and aliases") as err:
        yamlio.parse(text)
    assert err.value.line == line


def test_explicit_collection_tags_keep_their_lines_and_merge_keys_are_refused() -> None:
    data, lines = yamlio.parse("a: !!map {c: 1}\nb: !!seq\n  - 2\nd: !!set {x}\n")
    assert data == {"a": {"c": 1}, "b": [2], "d": {"x"}}
    assert [lines.line_of(data, path) for path in (("a", "c"), ("b", 0), ("d",))] == [1, 3, 4]
    with pytest.raises(yamlio.YamlProblem, match="merge"):
        yamlio.parse("base: {x: 1}\nother:\n  <<: {y: 2}\n")


def test_texts_keep_their_lines_and_tags() -> None:
    data, lines = yamlio.parse("a: x\nb:\n  - y\n  - !!str 12\nc: 'z'\n")
    assert data == {"a": "x", "b": ["y", "12"], "c": "z"}
    assert [lines.line_of(data, path) for path in (("a",), ("b", 1), ("c",))] == [1, 4, 5]


def test_archive_file_beside_its_record_linked_or_missing(kb: Path, tmp_path_factory) -> None:
    """A text beside its record is found with one `lstat` (records/folders.py `beside`); a link to a
    file outside the knowledge base and a missing text give None, as the general path decides."""
    name = "ain-al-furat-2022-10-17-c4df66b4"
    text = kb / "sources/2022" / f"{name}.txt"
    assert Store.load(kb).archive_file(name) == text
    outside = tmp_path_factory.mktemp("outside") / "article.txt"
    outside.write_text("elsewhere", encoding="utf-8")
    text.unlink()
    assert Store.load(kb).archive_file(name) is None
    text.symlink_to(outside)
    assert Store.load(kb).archive_file(name) is None


def test_write_if_changed_is_atomic_and_skips_identical_content(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.yaml"
    assert yamlio.write_if_changed(target, "x: 1\n")
    mtime = target.stat().st_mtime_ns
    assert not yamlio.write_if_changed(target, "x: 1\n")
    assert target.stat().st_mtime_ns == mtime
    assert yamlio.write_if_changed(target, "x: 2\n")
    assert target.read_text() == "x: 2\n"
    assert [p.name for p in target.parent.iterdir()] == ["b.yaml"]


def test_written_files_get_the_usual_mode_and_keep_their_own(tmp_path: Path) -> None:
    """New files are 0666 less the umask (not the 0600 of a temporary file); rewrites keep the mode."""
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        assert yamlio.write_if_changed(fresh, "{}\n")
        assert fresh.stat().st_mode & 0o777 == 0o644
        private = tmp_path / "private.yaml"
        private.write_text("a: 1\n")
        private.chmod(0o600)
        assert yamlio.write_if_changed(private, "a: 2\n")
        assert private.stat().st_mode & 0o777 == 0o600 and private.read_text() == "a: 2\n"
    finally:
        os.umask(old)


def test_record_data_keeps_contract_order_and_empty_fields_an_editor_fills(kb: Path) -> None:
    event = Store.load(kb).get("event", "2022-10-15-jasim-8th-brigade-withdrawal")
    data = record_data(event)
    assert list(data)[:4] == ["id", "status", "title", "date"]
    assert data["injured"] is None and data["people"] == []
    assert "merged_into" not in data and "review" not in data


def test_schemas_validate_every_sample_record(kb: Path) -> None:
    result = CliRunner().invoke(cli, ["schema", "--root", str(kb)])
    assert result.exit_code == 0, result.output
    store = Store.load(kb)
    for kind in KINDS:
        schema = json.loads((kb / "schemas" / f"{kind}.schema.json").read_text())
        for entry in store.entries(kind):
            data, _ = yamlio.load_file(entry.path)
            jsonschema.validate(json.loads(json.dumps(data, default=str)), schema)
    bad = {"id": "x", "type": "battles", "sub_type": "armed_clash", "sources": [{"source": "s"}], "colour": "red"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json.loads((kb / "schemas/event.schema.json").read_text()))


def test_every_record_file_in_the_repository_carries_the_schema_comment() -> None:
    for kind in KINDS.values():
        for path in (REPO / kind.folder).rglob("*.yaml"):
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# yaml-language-server: $schema=") and first.endswith(f"/{kind.name}.schema.json"), path


def test_committed_schemas_are_up_to_date(tmp_path: Path) -> None:
    from generator.records.schema import write_schemas

    write_schemas(tmp_path)
    for path in (tmp_path / "schemas").iterdir():
        assert path.read_text() == (REPO / "schemas" / path.name).read_text(), f"run `kb schema`: {path.name} is stale"
