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
from generator.ingest.extract.communities import as_community
from generator.ingest.extract.nearby import places_named
from generator.ingest.lexicon import Lexicon, LexiconMatch
from generator.ingest.lexicon_data import DATA_DIR, PLACE, Entry, read
from generator.ingest.mentions import Mention

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from gazetteer_sources import AdminUnit, syrian_archive  # noqa: E402

PUBLISHED = dt.date(2025, 3, 4)


def _community(entry_id: str, name_ar: str, name_en: str, parent: str, lat: float = 35.1, lon: float = 36.7) -> Entry:
    return Entry(entry_id, PLACE, name_en, name_ar, place_kind="village", parent=parent, lat=lat, lon=lon,
                 pcode="C9999", needs_place_noun=True)


@pytest.fixture(scope="module")
def options() -> ExtractOptions:
    entries, homonyms = read(DATA_DIR)
    made_up = [_community("tall-al-qaranful", "تل القرنفل", "Qaranful", "hama-governorate"),
               _community("umm-al-rayhan-hama", "أم الريحان", "Umm al-Rayhan", "hama-governorate"),
               _community("umm-al-rayhan-idlib", "أم الريحان", "Umm al-Rayhan", "idlib-governorate", 35.93, 36.63)]
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


def test_a_part_word_of_a_community_is_no_part_of_the_news_name(tmp_path: Path) -> None:
    # "X فوقاني" / "X تحتاني": the news names the village X; but a part of the subdistrict's own seat keeps its word
    north = AdminUnit("sy-a-north", "hama-governorate", "sy-a", "North", "ناحية مركز الشمال", lat=35.0, lon=36.0)
    rows = [_row(9, "Upper Sawsan", "السوسن فوقاني", "الشمال"), _row(10, "Lower North", "شمال تحتاني", "الشمال")]
    path = tmp_path / "locations.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    found = {c.pcode: c for c in syrian_archive(path, [north])}
    assert (found["C9"].name_ar, found["C9"].aliases_ar) == ("السوسن فوقاني", ["السوسن"])
    assert (found["C10"].name_ar, found["C10"].aliases_ar) == ("شمال تحتاني", [])


def test_a_seat_found_by_one_name_takes_the_units_spelling_in_the_other_script() -> None:
    from gazetteer_places import Builder, PreviousIds

    builder = Builder(PreviousIds(), set())
    builder.add_manual({"id": "hama-governorate", "name": {"en": "Hama Governorate", "ar": "محافظة حماة"},
                        "aliases": {"en": [], "ar": []}, "kind": "governorate", "parent": "syria", "coordinates": None})
    near = AdminUnit("sy-1-a", "hama-governorate", None, "Shaddadah Subdistrict", "ناحية مركز الشدادي",
                     lat=35.0, lon=36.0)
    far = AdminUnit("sy-1-b", "hama-governorate", None, "Tamra Subdistrict", "ناحية التمرة", lat=35.5, lon=36.5)
    builder.add_admin_units([], [near, far])
    town = {"name": {"en": "Al-Shaddadah", "ar": "الشدادة"}, "aliases": {"en": ["Shaddadah"], "ar": []},
            "kind": "town", "coordinates": {"lat": 35.01, "lon": 36.01}, "geonames": 1, "population": 20000}
    other = {"name": {"en": "Tamra", "ar": "التمرة"}, "aliases": {"en": [], "ar": []},
             "kind": "town", "coordinates": {"lat": 35.9, "lon": 36.9}, "geonames": 2, "population": 20000}
    builder._add_populated(town, "hama-governorate", "test")
    builder._add_populated(other, "hama-governorate", "test")
    builder.add_subdistrict_seats()
    places = {p["name"]["en"]: p for p in builder.places()}
    # الشدادي has الشدادة's consonants, and the town lies by the subdistrict's middle: an alias
    assert places["Al-Shaddadah"]["aliases"]["ar"] == ["الشدادي"]
    # التمرة lies 60 km from its unit's middle: not that unit's seat, no alias from it
    assert places["Tamra"]["aliases"] == {"en": [], "ar": []}


def _lexicon_with(*made_up: Entry) -> Lexicon:
    entries, homonyms = read(DATA_DIR)
    return Lexicon([*entries, *made_up], homonyms)


ZAYZAFUN = Mention("place", "الزيزفون", "ar", within="hama-governorate")   # a made-up village name


def named(*ids: str) -> list[LexiconMatch]:
    """The article's names as its text matched them, one span each."""
    return [LexiconMatch(entry_id, "place", 10 * i, 10 * i + 5, entry_id) for i, entry_id in enumerate(ids)]


def test_of_several_communities_the_one_clearly_nearest_to_a_town_the_article_names() -> None:
    lex = _lexicon_with(_community("zayzafun-near", "الزيزفون", "Zayzafun", "hama-governorate", 35.16, 36.78),
                        _community("zayzafun-far", "الزيزفون", "Zayzafun", "hama-governorate", 35.40, 36.30))
    place, review = as_community(ZAYZAFUN, lex, named("hamah"))     # the near one lies 4 km from Hama, the other 50 km
    assert place.lexicon_id == "zayzafun-near"
    assert any("nearest to hamah" in text and "zayzafun-far" in text for field, text in review if field == "place")
    # the article names no town: nothing tells them apart
    assert as_community(ZAYZAFUN, lex, named())[0].lexicon_id is None
    # a governorate is no reference point: its middle is nowhere in particular
    assert as_community(ZAYZAFUN, lex, named("hama-governorate"))[0].lexicon_id is None


def test_communities_of_one_name_side_by_side_are_one_point_on_the_map() -> None:
    lex = _lexicon_with(_community("zayzafun-upper", "الزيزفون", "Upper Zayzafun", "hama-governorate", 35.40, 36.30),
                        _community("zayzafun-lower", "الزيزفون", "Lower Zayzafun", "hama-governorate", 35.41, 36.31))
    place, review = as_community(ZAYZAFUN, lex, named())
    assert place.lexicon_id == "zayzafun-lower"
    assert any("zayzafun-upper" in text and "check which" in text for field, text in review if field == "place")


def test_a_community_across_a_governorates_border_from_a_town_the_article_names() -> None:
    # the article says "south of Damascus"; OCHA lists the village in Rif Dimashq, 8 km from the city
    lex = _lexicon_with(_community("zayzafun-rif", "الزيزفون", "Zayzafun", "rif-dimashq-governorate", 33.45, 36.33))
    place, review = as_community(Mention("place", "الزيزفون", "ar", within="damascus"), lex, named("damascus"))
    assert place.lexicon_id == "zayzafun-rif"
    assert any("rif-dimashq-governorate" in text and "damascus" in text for field, text in review if field == "place")
    # 60 km away it is another village
    lex = _lexicon_with(_community("zayzafun-rif", "الزيزفون", "Zayzafun", "rif-dimashq-governorate", 33.0, 36.8))
    assert as_community(Mention("place", "الزيزفون", "ar", within="damascus"), lex, named("damascus"))[0].lexicon_id is None


def test_a_name_several_places_share_is_no_reference_point() -> None:
    matches = [LexiconMatch("hamah", "place", 0, 4, "حماة"),
               LexiconMatch("mreimin", "place", 10, 16, "مريمين"), LexiconMatch("mreimin-afrin", "place", 10, 16, "مريمين"),
               LexiconMatch("hts", "organization", 20, 24, "الهيئة")]
    assert places_named(matches) == ["hamah"]
