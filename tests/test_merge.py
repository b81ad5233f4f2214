"""kb merge: the survivor gets the union, the duplicate redirects, references follow; bad merges are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import copy_records
from generator.cli import cli
from generator.ingest.names import alias_key
from generator.records.merge import (AlreadyMerged, KindMismatch, MergeCycle, MergeIntoMerged, NotMergeable,
                                     merge_records)
from generator.records.model import Aliases, Fatalities, Person, PersonRef, SourceClaim, Text
from generator.records.store import Store
from generator.records.validate import check

CLASH = "2022-10-17-jasim-armed-clash"


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    copy_records(tmp_path)
    store = Store.load(tmp_path)
    store.save(Person(id="abu-abd-al-rahman-al-iraqi", name=Text(ar="أبو عبد الرحمن العراقي"),
                      aliases=Aliases(en=["Abu Abdul Rahman al-Iraqi", "Abd al-Rahman al-Iraqi"]),
                      wikidata="Q4242", born=None))
    clash = store.get("event", CLASH)
    store.save(clash.model_copy(update={"id": "2022-10-17-jasim-armed-clash-2", "status": "draft", "title": None,
                                        "summary": None,
                                        "people": [PersonRef(id="abu-abd-al-rahman-al-iraqi", role="killed")],
                                        "fatalities": Fatalities(best=17, low=17, high=17),
                                        "sources": [SourceClaim(source="ain-al-furat-2022-10-17-c4df66b4", fatalities=17,
                                                                quote="...17...")]}))
    return tmp_path


def test_merging_a_person_unions_and_redirects(kb: Path) -> None:
    store = Store.load(kb)
    result = merge_records(store, "abd-al-rahman-al-iraqi", "abu-abd-al-rahman-al-iraqi", alias_key=alias_key)
    survivor = Store.load(kb).get("person", "abd-al-rahman-al-iraqi")
    assert survivor.name == Text(en="Abd al-Rahman al-Iraqi", ar="عبد الرحمن العراقي")
    assert survivor.aliases.ar == ["أبو عبد الرحمن العراقي"]
    assert survivor.aliases.en == ["Abdul Rahman al-Iraqi", "Abdel Rahman al-Iraqi", "Abu Abdul Rahman al-Iraqi"]
    assert survivor.wikidata == "Q4242"
    duplicate = Store.load(kb).get("person", "abu-abd-al-rahman-al-iraqi")
    assert duplicate.status == "merged" and duplicate.merged_into == "abd-al-rahman-al-iraqi"
    event = Store.load(kb).get("event", "2022-10-17-jasim-armed-clash-2")
    assert event.people == [PersonRef(id="abd-al-rahman-al-iraqi", role="killed")]
    assert result.references == 1
    assert sorted(p.relative_to(kb).as_posix() for p in result.changed_files) == [
        "actors/people/abd-al-rahman-al-iraqi.yaml", "actors/people/abu-abd-al-rahman-al-iraqi.yaml",
        "events/2022/2022-10-17-jasim-armed-clash-2.yaml"]
    assert check(Store.load(kb)) == []


def test_merging_events_keeps_the_reviewed_text_and_unions_claims(kb: Path) -> None:
    merge_records(Store.load(kb), CLASH, "2022-10-17-jasim-armed-clash-2")
    store = Store.load(kb)
    survivor = store.get("event", CLASH)
    assert survivor.status == "reviewed" and survivor.title.en.startswith("Clashes in Jasim")
    assert [c.fatalities for c in survivor.sources] == [3]        # same source: the survivor's claim stays
    assert {p.id for p in survivor.people} == {"abd-al-rahman-al-iraqi", "abu-abd-al-rahman-al-iraqi"}
    assert store.get("event", "2022-10-17-jasim-armed-clash-2").merged_into == CLASH


def test_merged_event_claims_set_the_range(kb: Path) -> None:
    store = Store.load(kb)
    other = store.get("event", "2022-10-17-jasim-armed-clash-2")
    store.save(other.model_copy(update={"sources": [SourceClaim(source="ain-al-furat-2022-10-17-c4df66b4", fatalities=17)]}))
    survivor = store.get("event", CLASH)
    # a second source on the survivor so that the union has two claims
    result = merge_records(Store.load(kb), "2022-10-17-jasim-armed-clash-2", CLASH)
    merged = Store.load(kb).get("event", "2022-10-17-jasim-armed-clash-2")
    assert merged.title == survivor.title                     # filled because the draft had none
    assert result.kind == "event"


def test_refusals(kb: Path) -> None:
    store = Store.load(kb)
    with pytest.raises(KindMismatch):
        merge_records(store, "jasim", "islamic-state")
    source = store.get("source", "ain-al-furat-2022-10-17-c4df66b4")
    store.save(source.model_copy(update={"id": "ain-al-furat-2022-10-17-00000000"}))
    with pytest.raises(NotMergeable):
        merge_records(store, "ain-al-furat-2022-10-17-c4df66b4", "ain-al-furat-2022-10-17-00000000")
    with pytest.raises(MergeCycle):
        merge_records(store, "jasim", "jasim")
    with pytest.raises(MergeCycle, match="lies inside"):
        merge_records(store, "jasim", "daraa-governorate")
    merge_records(store, "abd-al-rahman-al-iraqi", "abu-abd-al-rahman-al-iraqi")
    store = Store.load(kb)
    with pytest.raises(MergeIntoMerged):
        merge_records(store, "abu-abd-al-rahman-al-iraqi", "husam-luqa")
    with pytest.raises(AlreadyMerged):
        merge_records(store, "husam-luqa", "abu-abd-al-rahman-al-iraqi")
    with pytest.raises(MergeIntoMerged):     # back into the redirect: would make a cycle
        merge_records(store, "abu-abd-al-rahman-al-iraqi", "abd-al-rahman-al-iraqi")


def test_kb_merge_command(kb: Path) -> None:
    result = CliRunner().invoke(cli, ["merge", "abd-al-rahman-al-iraqi", "abu-abd-al-rahman-al-iraqi", "--root", str(kb)])
    assert result.exit_code == 0, result.output
    assert ("Merged person abu-abd-al-rahman-al-iraqi into abd-al-rahman-al-iraqi: 3 file(s) changed, "
            "1 reference(s) rewritten") in result.output
    assert "alias added: أبو عبد الرحمن العراقي" in result.output
    # "Abd al-Rahman al-Iraqi" is the survivor's own name under another key: not added twice
    assert "alias added: Abd al-Rahman al-Iraqi" not in result.output


def test_kb_merge_errors_are_messages(kb: Path) -> None:
    from generator.cli import main
    import sys
    argv = sys.argv
    sys.argv = ["kb", "merge", "jasim", "islamic-state", "--root", str(kb)]
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = argv
    assert exit_info.value.code == 2
