"""kb review: the editors' queue lists drafts, review entries, disagreeing claims, missing coordinates, broken merges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import copy_records
from generator.cli import cli
from generator.records.model import Person, Place, Review, SourceClaim, Text
from generator.records.store import Store
from generator.review import ReviewItem, review_queue

CLASH = "2022-10-17-jasim-armed-clash"


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    copy_records(tmp_path)
    store = Store.load(tmp_path)
    store.save(Person(id="mahmoud-al-masri", name=Text(en="Mahmoud al-Masri"),
                      review=[Review(field="name", reason="“Mahmoud al-Masri” may be ahmad-al-masri",
                                     candidates=["husam-luqa"])]))
    store.save(Place(id="tseel", name=Text(ar="تسيل"), kind="town", parent="daraa-governorate"))
    # a merged record whose target is gone (written by hand, so the store never checked it)
    (tmp_path / "actors/people/old-name.yaml").write_text(
        "id: old-name\nstatus: merged\nmerged_into: nobody-here\nname: {en: Old Name}\n", encoding="utf-8")
    return tmp_path


def test_queue_contents(kb: Path) -> None:
    store = Store.load(kb)
    clash = store.get("event", CLASH)
    # two sources that disagree, and no review entry saying so
    store.save(clash.model_copy(update={"sources": [
        clash.sources[0], SourceClaim(source="ain-al-furat-2022-10-17-c4df66b4", fatalities=3)]}))
    items = review_queue(Store.load(kb))
    by_record = {}
    for item in items:
        by_record.setdefault((item.kind, item.id), []).append(item.reason)
    assert by_record[("person", "mahmoud-al-masri")] == [
        "draft: not reviewed yet", "name: “Mahmoud al-Masri” may be ahmad-al-masri"]
    assert by_record[("place", "tseel")] == ["coordinates: missing (the map cannot show this place)",
                                             "draft: not reviewed yet"]
    assert by_record[("person", "old-name")] == [
        "merged_into: nobody-here does not exist (restore it or point at the survivor)"]
    mahmoud = next(i for i in items if i.id == "mahmoud-al-masri" and i.candidates)
    assert mahmoud.candidates == ["husam-luqa"]
    assert mahmoud.path == Path("actors/people/mahmoud-al-masri.yaml")
    assert ("event", CLASH) not in by_record        # reviewed, claims agree
    assert [i.kind for i in items] == sorted((i.kind for i in items),
                                             key=["event", "person", "organization", "place", "source"].index)


def test_conflicting_claims_are_listed(kb: Path) -> None:
    store = Store.load(kb)
    clash = store.get("event", CLASH)
    store.save(clash.model_copy(update={"sources": [
        clash.sources[0].model_copy(update={"fatalities": 20})]}))
    items = [i for i in review_queue(Store.load(kb)) if i.id == CLASH]
    assert [i.reason for i in items] == ["fatalities: claims 20 fall outside low/high 3-3"]


def test_kb_review_command_groups_by_record(kb: Path) -> None:
    result = CliRunner().invoke(cli, ["review", "--root", str(kb)])
    assert result.exit_code == 0, result.output
    assert "person mahmoud-al-masri  (actors/people/mahmoud-al-masri.yaml)\n  - draft: not reviewed yet\n" in result.output
    assert "  - name: “Mahmoud al-Masri” may be ahmad-al-masri  [candidates: husam-luqa]" in result.output


def test_kb_review_json(kb: Path) -> None:
    result = CliRunner().invoke(cli, ["review", "--json", "--root", str(kb)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"kind": "place", "id": "tseel", "path": "places/tseel.yaml",
            "reason": "draft: not reviewed yet", "candidates": []} in data
    assert all(set(item) == {"kind", "id", "path", "reason", "candidates"} for item in data)


def test_item_is_plain_data() -> None:
    item = ReviewItem("place", "x", Path("places/x.yaml"), "draft: not reviewed yet")
    assert item.as_json()["path"] == "places/x.yaml"
