"""Properties of the shipped gazetteer (generator/data/gazetteer.json) and of
the matching rules that its fields drive."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from generator.ingest.lexicon import DATA_DIR, GAZETTEER_FILE, Lexicon, LexiconDataError
from generator.ingest.normalise import fold

TOWN_LEVEL = ("city", "town", "village", "neighbourhood")
# A neighbourhood may carry a road's name (حي طريق السد); a town or village may not.
LANDMARK_WORDS_AR = ("دوار", "ساحة", "طريق", "حاجز", "مشفى", "مستشفى", "مفرق", "سجن", "مطار", "معبر", "مدرسة")
LANDMARK_WORDS_EN = ("roundabout", "square", "checkpoint", "hospital", "prison", "airport", "crossing")


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads((DATA_DIR / GAZETTEER_FILE).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.default()


def test_credits_name_every_source_and_licence(data: dict) -> None:
    sources = {s["name"]: s["licence"] for s in data["about"]["sources"]}
    assert sources["GeoNames"] == "CC BY 4.0"
    assert sources["OpenSyria Data Geography"] == "CC BY 4.0"
    credit = next(s["credit"] for s in data["about"]["sources"] if s["name"] == "OpenSyria Data Geography")
    assert "OCHA" in credit and "CC BY 3.0 IGO" in credit


def test_every_governorate_has_districts_and_subdistricts(lexicon: Lexicon) -> None:
    places = lexicon.entries("place")
    governorates = {e.id for e in places if e.place_kind == "governorate"}
    with_districts = {e.parent for e in places if e.place_kind == "district"}
    assert with_districts == governorates
    subdistricts = [e for e in places if e.place_kind == "subdistrict"]
    assert len(subdistricts) >= 270
    assert all(lexicon.get(e.parent).place_kind == "district" for e in subdistricts)
    assert all(e.pcode and re.match(r"^SY\d{6}$", e.pcode) for e in subdistricts)


def test_every_governorate_has_its_centroid_inside_syria(lexicon: Lexicon) -> None:
    """An incident placed only at its governorate is mapped at the governorate's centroid (OpenSyria)."""
    governorates = [e for e in lexicon.entries("place") if e.place_kind == "governorate"]
    assert len(governorates) == 14
    for governorate in governorates:
        assert governorate.lat is not None and governorate.lon is not None, governorate.id
        assert 32.3 < governorate.lat < 37.4 and 35.6 < governorate.lon < 42.4, governorate.id


def test_admin_chain_of_a_town_runs_through_its_subdistrict(lexicon: Lexicon) -> None:
    chain = [e.place_kind for e in lexicon.places_containing("al-hasakah")]
    assert chain == ["subdistrict", "district", "governorate", "country"]


def test_most_towns_know_their_district(lexicon: Lexicon) -> None:
    towns = [e for e in lexicon.entries("place") if e.place_kind in ("city", "town", "village")]
    located = [e for e in towns if any(p.place_kind in ("district", "subdistrict") for p in lexicon.places_containing(e.id))]
    assert len(located) / len(towns) >= 0.9


def test_no_landmark_is_a_populated_place(lexicon: Lexicon) -> None:
    for entry in lexicon.entries("place"):
        if entry.place_kind not in ("city", "town", "village"):
            continue
        first_ar = fold(entry.name_ar or "").split()[:1]
        first_en = (entry.name_en or "").casefold().split()[:1]
        assert not {fold(w) for w in LANDMARK_WORDS_AR} & set(first_ar), entry.id
        assert not set(LANDMARK_WORDS_EN) & set(first_en), entry.id


def test_sites_lie_in_their_town(lexicon: Lexicon) -> None:
    """A landmark is the detail of its town; one outside any known town (a prison) keeps its district."""
    for entry in lexicon.entries("place"):
        if entry.place_kind == "site":
            assert lexicon.get(entry.parent).place_kind in TOWN_LEVEL + ("district", "subdistrict"), entry.id


def test_same_named_places_are_indexed(data: dict, lexicon: Lexicon) -> None:
    homonyms = data["homonyms"]
    assert homonyms
    for name, ids in homonyms.items():
        assert len(ids) == len(set(ids)) >= 2, name
    qabasin = {e.id for e in lexicon.same_named("qabbasin")}
    assert "kabbasin" in qabasin
    assert lexicon.same_named("jasim") == []


def test_nisba_villages_need_a_place_word(data: dict) -> None:
    flagged = {p["name"]["ar"] for p in data["places"] if p.get("needs_context")}
    assert "الراعي" in flagged
    # every village named like a nisba (one word, ال...ي), hand-written ones too: "وعباس محمد العجمي" is a name
    nisba = re.compile(r"^ال\S{3,}ي$")
    assert [p["id"] for p in data["places"] if p["kind"] == "village" and nisba.match(fold(p["name"].get("ar") or ""))
            and not p.get("needs_context")] == []


def test_needs_context_place_only_after_a_place_word(lexicon: Lexicon) -> None:
    assert [m.entry_id for m in lexicon.find("قتل الشاب محمد الراعي أمس", "ar")] == []
    assert [m.entry_id for m in lexicon.find("سيطرت القوات على بلدة الراعي", "ar")] == ["al-rai"]
    assert [m.entry_id for m in lexicon.find("انفجار في الراعي", "ar")] == ["al-rai"]


def _everyday_key(name: str) -> str:
    """The build's comparison of everyday words: folded, without the article."""
    return re.sub(r"\bال", "", " ".join(fold(name).split()))


def test_everyday_words_are_no_aliases_and_need_a_place_word(data: dict) -> None:
    manual = yaml.safe_load((DATA_DIR / "gazetteer_manual.yaml").read_text(encoding="utf-8"))
    everyday = {_everyday_key(w) for w in manual["everyday_word_names"]}
    assert {"جديده", "ثوره", "حمراء"} <= everyday
    hand_written = {p["id"] for p in manual["places"]}
    for place in data["places"]:
        if place["id"] in hand_written:
            continue
        assert not everyday & {_everyday_key(a) for a in place["aliases"]["ar"]}, place["id"]
        if place["name"]["ar"] and _everyday_key(place["name"]["ar"]) in everyday:
            assert place.get("needs_context") is True, place["id"]
    tabqa = next(p for p in data["places"] if p["id"] == "al-tabqa")
    assert tabqa["name"]["ar"] == "الطبقة"


def test_names_matched_across_scripts_are_marked(data: dict) -> None:
    matched = [p for p in data["places"] if p.get("ar_matched")]
    assert matched
    assert all(p["name"]["ar"] and p["name"]["en"] for p in matched)


def test_homonyms_naming_an_unknown_place_are_refused(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.json").write_text(
        '{"places": [{"id": "a", "name": {"en": "A", "ar": "ا"}, "kind": "village", "parent": null}],\n'
        ' "homonyms": {"ا": ["a", "b"]}}\n', encoding="utf-8")
    (tmp_path / "actors.yaml").write_text("organizations: []\n", encoding="utf-8")
    with pytest.raises(LexiconDataError, match="homonyms: ا: 'b' is not in the lexicon"):
        Lexicon.load(tmp_path)


def test_broken_gazetteer_file_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.json").write_text('{"places": [\n{"id": "a",}\n]}\n', encoding="utf-8")
    (tmp_path / "actors.yaml").write_text("organizations: []\n", encoding="utf-8")
    with pytest.raises(LexiconDataError, match=r"^gazetteer\.json:2: "):
        Lexicon.load(tmp_path)


def test_a_foreign_city_in_a_dateline_is_no_syrian_place(lexicon: Lexicon) -> None:
    """Erbil (Iraq) heads the datelines of Kurdish outlets; GeoNames' alias Aarbil of Irbin had matched it."""
    assert lexicon.lookup("Erbil", "en") == []
    assert [e.id for e in lexicon.lookup("Irbin", "en")] == ["irbin"]


def test_the_euphrates_dams_are_sites_with_coordinates(lexicon: Lexicon) -> None:
    for name, dam in (("سد تشرين", "tishreen-dam"), ("Euphrates Dam", "tabqa-dam"), ("سد البعث", "baath-dam")):
        [entry] = lexicon.lookup(name, "ar" if name[0] > "z" else "en")
        assert (entry.id, entry.place_kind) == (dam, "site") and entry.lat is not None
