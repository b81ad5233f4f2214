"""Villages only OCHA's community list has (`needs_place_noun`): never looked for in text, but a draft place
named after its place word is that village once the incident is cut (generator/ingest/extract/communities.py),
and how the gazetteer build reads the Syrian Archive's export of that list (scripts/gazetteer_sources.py).

The villages تل القرنفل and أم الريحان are made up and added to the shipped gazetteer for these tests."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from generator.ingest.article import Article
from generator.ingest.extract import ExtractOptions, extract
from generator.ingest.lexicon import Lexicon
from generator.ingest.lexicon_data import DATA_DIR, PLACE, Entry, read

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from gazetteer_sources import AdminUnit, syrian_archive  # noqa: E402

PUBLISHED = dt.date(2025, 3, 4)


def _community(entry_id: str, name_ar: str, name_en: str, parent: str) -> Entry:
    return Entry(entry_id, PLACE, name_en, name_ar, place_kind="village", parent=parent, lat=35.1, lon=36.7,
                 pcode="C9999", needs_place_noun=True)


@pytest.fixture(scope="module")
def options() -> ExtractOptions:
    entries, homonyms = read(DATA_DIR)
    made_up = [_community("tall-al-qaranful", "تل القرنفل", "Qaranful", "hama-governorate"),
               _community("umm-al-rayhan-hama", "أم الريحان", "Umm al-Rayhan", "hama-governorate"),
               _community("umm-al-rayhan-idlib", "أم الريحان", "Umm al-Rayhan", "idlib-governorate")]
    homonyms = {**homonyms, "ام الريحان": ("umm-al-rayhan-hama", "umm-al-rayhan-idlib")}
    return ExtractOptions.load(lexicon=Lexicon([*entries, *made_up], homonyms))


def place_of(text: str, options: ExtractOptions, language: str = "ar"):
    event = extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED),
                    options)[0]
    return event.place, event.review


def test_a_community_is_never_looked_for_in_text(options: ExtractOptions) -> None:
    lex = options.lexicon
    assert [m.entry_id for m in lex.find("قتل شاب في تل القرنفل أمس", "ar")] == []
    assert lex.lookup("تل القرنفل", "ar") == []
    # a draft may spell it with or without its article
    assert [e.id for e in lex.communities("أم الريحان", "ar")] == ["umm-al-rayhan-hama", "umm-al-rayhan-idlib"]
    assert [e.id for e in lex.communities("ام ريحان", "ar")] == []
    assert [e.id for e in lex.communities("Qaranful", "en")] == ["tall-al-qaranful"]


def test_a_draft_village_in_the_area_of_one_community_of_its_name_is_that_community(options: ExtractOptions) -> None:
    place, review = place_of("قُتل شاب برصاص مسلحين مجهولين، أمس، في قرية تل القرنفل بريف حماة الشمالي.", options)
    assert (place.name, place.lexicon_id) == ("تل القرنفل", "tall-al-qaranful")
    assert not [r for r in review if r[0] == "place"]
    place, _ = place_of("قُتل شاب برصاص مسلحين مجهولين، أمس، في قرية أم الريحان بريف إدلب.", options)
    assert place.lexicon_id == "umm-al-rayhan-idlib"


def test_a_draft_village_outside_the_area_of_the_community_of_its_name_stays_a_draft(options: ExtractOptions) -> None:
    place, _ = place_of("قُتل شاب برصاص مسلحين مجهولين، أمس، في قرية تل القرنفل بريف إدلب.", options)
    assert (place.name, place.lexicon_id) == ("تل القرنفل", None)


def test_a_draft_village_in_no_area(options: ExtractOptions) -> None:
    # one community of the name in all Syria: that one, with a review saying it is a guess
    place, review = place_of("قُتل شاب برصاص مسلحين مجهولين في قرية تل القرنفل، أمس.", options)
    assert place.lexicon_id == "tall-al-qaranful"
    assert any(field == "place" and "guess" in text for field, text in review)
    # two communities of the name: the draft stays as it is
    place, _ = place_of("قُتل شاب برصاص مسلحين مجهولين في قرية أم الريحان، أمس.", options)
    assert (place.name, place.lexicon_id) == ("أم الريحان", None)


def test_english_a_draft_named_as_the_community_is_spelled(options: ExtractOptions) -> None:
    place, _ = place_of("A young man was shot dead on Monday in the village of Qaranful in the Hama countryside.",
                        options, language="en")
    assert place.lexicon_id == "tall-al-qaranful"


def test_a_draft_with_the_consonants_of_one_community_of_the_governorate_is_that_community(
        options: ExtractOptions) -> None:
    # OCHA writes "Qaranful"; the article "Al-Qarnafoul": the same consonants (q = k, vowels and article aside)
    place, review = place_of("A young man was shot dead on Monday in the village of Al-Qarnafoul in the Hama countryside.",
                             options, language="en")
    assert place.lexicon_id == "tall-al-qaranful"
    assert any(field == "place" and "same consonants" in text for field, text in review)
    # an Arabic spelling with other long vowels
    place, _ = place_of("قُتل شاب برصاص مسلحين مجهولين، أمس، في قرية تل القرنفول بريف حماة الشمالي.", options)
    assert place.lexicon_id == "tall-al-qaranful"
    # not in another governorate
    place, _ = place_of("A young man was shot dead on Monday in the village of Al-Qarnafoul in the Idlib countryside.",
                        options, language="en")
    assert place.lexicon_id is None


def _row(row_id: int, en: str, ar: str, subdistrict_ar: str, lat: float | None = 35.0) -> dict:
    return {"id": row_id, "search_name_en": f"{en} - X - Y --- ((({row_id})))",
            "search_name_ar_short": f"{ar} ((({row_id})))", "search_name_ar": f"{ar} - {subdistrict_ar} - ي --- ((({row_id})))",
            "closest_geonames_post_code": f"C{row_id}", "lat": lat, "lon": 36.0 if lat is not None else "",
            "sa_loc_only": "FALSE"}


def test_the_syrian_archive_export_is_read_with_names_variants_and_subdistricts(tmp_path: Path) -> None:
    north = AdminUnit("sy-a-north", "hama-governorate", "sy-a", "North", "ناحية الشمال", lat=35.0, lon=36.0)
    south = AdminUnit("sy-b-south", "idlib-governorate", "sy-b", "South", "مركز الجنوب", lat=36.0, lon=36.5)
    rows = [_row(1, "Um Hartein (North)", "أم حارتين", "الشمال"),
            _row(2, "Bali", "بالي_كوي", "الجنوب"),
            _row(3, "Abin", "ابين- عفرين", "غير معروفة", lat=35.9),
            _row(4, "Deir Hanna / Qerdaha", "دير حنا / القرداحة", "الشمال"),
            _row(5, "Wadi X", "وادي س", "الشمال", lat=None),
            {**_row(6, "Roundabout", "دوار", "الشمال"), "sa_loc_only": "TRUE"},
            _row(7, "Tall Shuwayr North", "تل الشوير الشمال", "الشمال"),
            _row(8, "Tahin Kabir", "طاحن كبيرة", "الشمال")]
    path = tmp_path / "locations.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    found = {c.pcode: c for c in syrian_archive(path, [north, south])}
    assert sorted(found) == ["C1", "C2", "C3", "C4", "C7", "C8"]   # no point, or the archive's own site: left out
    assert (found["C1"].name_ar, found["C1"].name_en, found["C1"].subdistrict) == ("أم حارتين", "Um Hartein", "sy-a-north")
    assert (found["C2"].name_ar, found["C2"].aliases_ar, found["C2"].governorate) == ("بالي", ["كوي"], "idlib-governorate")
    # a subdistrict no unit is named: none, and the governorate of the nearest unit
    assert (found["C3"].name_ar, found["C3"].subdistrict, found["C3"].governorate) == ("ابين", None, "idlib-governorate")
    assert (found["C4"].name_ar, found["C4"].aliases_ar, found["C4"].name_en) == ("دير حنا", [], "Deir Hanna")
    # the word OCHA adds to tell same-named communities apart (their subdistrict, their size) is no part of the
    # name the news writes
    assert (found["C7"].name_ar, found["C7"].aliases_ar) == ("تل الشوير الشمال", ["تل الشوير"])
    assert (found["C8"].name_ar, found["C8"].aliases_ar) == ("طاحن كبيرة", ["طاحن"])
