"""The shipped gazetteer and actor lexicon, and name matching in text."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest.lexicon import Lexicon, LexiconDataError, UnknownEntry
from generator.records.vocab import ID_PATTERN, ORG_CATEGORIES, PLACE_KINDS


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.default()


def ids(lexicon: Lexicon, text: str, language: str = "ar") -> list[str]:
    return [m.entry_id for m in lexicon.find(text, language)]


def surfaces(lexicon: Lexicon, text: str, language: str = "ar") -> list[tuple[str, str]]:
    return [(m.entry_id, m.surface) for m in lexicon.find(text, language)]


# ------------------------------------------------------------ the data

def test_data_sizes(lexicon: Lexicon) -> None:
    assert len(lexicon.entries("organization")) >= 60
    assert 300 <= len(lexicon.entries("place")) <= 10000


def test_every_id_kind_and_category_is_valid(lexicon: Lexicon) -> None:
    import re
    for entry in lexicon.entries():
        assert re.match(ID_PATTERN, entry.id), entry.id
        if entry.kind == "place":
            assert entry.place_kind in PLACE_KINDS
        else:
            assert entry.category in ORG_CATEGORIES


def test_governorates_and_daraa_districts(lexicon: Lexicon) -> None:
    governorates = [e for e in lexicon.entries("place") if e.place_kind == "governorate"]
    assert len(governorates) == 14
    districts = {e.id for e in lexicon.entries("place") if e.parent == "daraa-governorate" and e.place_kind == "district"}
    assert districts == {"daraa-district", "izra-district", "al-sanamayn-district"}


def test_every_place_chain_ends_at_syria(lexicon: Lexicon) -> None:
    for entry in lexicon.entries("place"):
        if entry.id != "syria":
            assert lexicon.places_containing(entry.id)[-1].id == "syria", entry.id


def test_jasim_record(lexicon: Lexicon) -> None:
    jasim = lexicon.get("jasim")
    assert (jasim.name_en, jasim.name_ar, jasim.place_kind) == ("Jasim", "جاسم", "city")
    assert {"Jassim", "Jassem", "Jasem"} <= set(jasim.aliases_en)
    assert (jasim.lat, jasim.lon, jasim.geonames) == (32.99125, 36.06093, 165997)
    assert [e.id for e in lexicon.ancestors("jasim")] == ["izra-district", "daraa-governorate", "syria"]


def test_brigade_parent(lexicon: Lexicon) -> None:
    assert lexicon.get("8th-brigade").parent == "military-security"
    assert [e.id for e in lexicon.ancestors("4th-division")] == ["syrian-arab-army"]


def test_unknown_id(lexicon: Lexicon) -> None:
    with pytest.raises(UnknownEntry):
        lexicon.get("no-such-place")


def test_lookup_by_name(lexicon: Lexicon) -> None:
    assert [e.id for e in lexicon.lookup("Deraa", "en")] == ["daraa"]
    assert [e.id for e in lexicon.lookup("الأمن العسكري", "ar")] == ["military-security"]


# ----------------------------------------------------- Arabic matching

def test_clitic_preposition(lexicon: Lexicon) -> None:
    assert surfaces(lexicon, "في مدينة جاسم بدرعا") == [("jasim", "مدينة جاسم"), ("daraa", "درعا")]


def test_conjunction_clitic(lexicon: Lexicon) -> None:
    assert surfaces(lexicon, "مشاركة قوات النظام وروسيا") == [
        ("syrian-arab-army", "قوات النظام"), ("russian-armed-forces", "روسيا")]


def test_lam_and_article_merge(lexicon: Lexicon) -> None:
    assert surfaces(lexicon, "التابع إدارياً للأمن العسكري") == [("military-security", "أمن العسكري")]


def test_quoted_name(lexicon: Lexicon) -> None:
    assert surfaces(lexicon, 'عناصر تنظيم "داعش" في') == [("islamic-state", 'تنظيم "داعش')]


def test_eighth_brigade_but_not_major_general(lexicon: Lexicon) -> None:
    assert ids(lexicon, "مع مجموعة اللواء الثامن التابع") == ["8th-brigade"]
    assert ids(lexicon, "رئيس اللجنة الأمنية اللواء حسام لوقا") == []
    assert ids(lexicon, "قيادة اللواء 15 القريب من مدينة انخل") == ["15th-brigade", "inkhil"]


def test_longest_match_wins(lexicon: Lexicon) -> None:
    assert ids(lexicon, "ريف درعا الغربي") == ["western-daraa-countryside"]
    assert ids(lexicon, "تلفزيون سوريا") == ["syria-tv"]
    # each of many overlapping matches decided against its neighbours alone
    assert ids(lexicon, "ريف درعا الغربي ثم درعا، " * 50) == ["western-daraa-countryside", "daraa"] * 50


def test_inside_a_word_does_not_match(lexicon: Lexicon) -> None:
    assert ids(lexicon, "الدرعاوي") == []
    assert ids(lexicon, "جاسمين") == []


def test_nationality_adjective_is_flagged(lexicon: Lexicon) -> None:
    [match] = lexicon.find("بدعم روسي", "ar")
    assert (match.entry_id, match.adjective) == ("russian-armed-forces", True)
    [match] = lexicon.find("القوات الروسية", "ar")
    assert (match.entry_id, match.adjective) == ("russian-armed-forces", False)


def test_hamza_and_ta_marbuta_variants(lexicon: Lexicon) -> None:
    assert ids(lexicon, "الامن العسكري") == ["military-security"]
    assert ids(lexicon, "تنظيم الدوله الاسلاميه") == ["islamic-state"]


def test_ambiguous_place_names(lexicon: Lexicon) -> None:
    [person] = lexicon.find("قتل جاسم", "ar")
    assert person.ambiguous
    [place] = lexicon.find("في بلدة عدوان", "ar")
    assert (place.entry_id, place.ambiguous) == ("adwan", False)


@pytest.mark.parametrize(("text", "expected"), [
    # everyday words that are also (parts of) place names: no place in plain prose
    ("ارتكبت قوات النظام مجزرة جديدة في ريف حمص", ["homs-governorate"]),
    ("خرج المتظاهرون في ذكرى الثورة السورية", []),
    ("احترقت السيارة الحمراء بعد انفجار العبوة", []),
    ("قالت مصادر إن المزرعة تعرضت للقصف", []),
    ("اعتدى عناصر من رجال الكرامة على الحاجز", []),
    ("نشرت مواقع التواصل مقاطع فيديو وصور للقصف", []),        # "and pictures": a bare "and" is no preposition
    ("كان القبو مليئاً بالأهالي أثناء الزيارة", []),
    ("قال محمد الحسن والعراقي إن القصف توقف", []),
    # the same places named as places
    ("قتل شاب برصاص مجهولين في بلدة جديدة يابوس", ["judaydat-yabus"]),
    ("قتل مدني في مدينة الطبقة", ["al-tabqa"]),
    ("سقطت قذيفة على قرية الحمراء", ["al-hamra"]),
    ("اشتباكات في بلدة المزرعة", ["al-mazraah"]),
    ("سقطت قذيفة على قرية صور بريف دير الزور", ["sur", "deir-ez-zor-governorate"]),
    ("سقطت قذيفة على قرية الحمراء وبالزيارة", ["al-hamra", "al-ziyarah"]),
])
def test_everyday_words_are_places_only_as_places(lexicon: Lexicon, text: str, expected: list[str]) -> None:
    places = [m.entry_id for m in lexicon.find(text, "ar") if m.kind == "place"]
    assert places == expected


def test_seed_entities(lexicon: Lexicon) -> None:
    text = ("وأضاف أن مجموعات الريف الغربي التي كانت منضوية ضمن اللجان المركزية، مع مجموعة "
            "اللواء الثامن التابع إدارياً للأمن العسكري انسحبت قبل يومين من مدينة جاسم")
    assert ids(lexicon, text) == ["central-committees", "8th-brigade", "military-security", "jasim"]


# ---------------------------------------------------- English matching

@pytest.mark.parametrize("text, expected", [
    ("clashes in Jassem", ["jasim"]),
    ("clashes in Deraa's east", ["daraa"]),
    ("in Dar'a city", ["daraa"]),
    ("in Nawá", ["nawa"]),
    ("in al-Sanamayn", ["al-sanamayn"]),
    ("in Sanamayn", ["al-sanamayn"]),
    ("ISIS cells", ["islamic-state"]),
    ("the Syrian Observatory for Human Rights said", ["sohr"]),
    ("Russian forces", ["russian-armed-forces"]),
    ("western Daraa countryside", ["western-daraa-countryside"]),
])
def test_english_names(lexicon: Lexicon, text: str, expected: list[str]) -> None:
    assert ids(lexicon, text, "en") == expected


def test_english_offsets_cover_the_spelling(lexicon: Lexicon) -> None:
    assert surfaces(lexicon, "gunmen in Deraa today", "en") == [("daraa", "Deraa")]


def test_acronyms_need_capitals(lexicon: Lexicon) -> None:
    assert ids(lexicon, "the sdf said", "en") == []
    assert ids(lexicon, "the SDF said", "en") == ["syrian-democratic-forces"]


def test_capitalised_names_need_a_capital(lexicon: Lexicon) -> None:
    assert ids(lexicon, "tell him now", "en") == []


# ------------------------------------------------------- data errors

def test_bare_rank_alias_is_refused(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.json").write_text('{"places": []}\n', encoding="utf-8")
    (tmp_path / "actors.yaml").write_text(
        "organizations:\n- id: x\n  name: {en: X, ar: اللواء}\n  category: state_forces\n", encoding="utf-8")
    with pytest.raises(LexiconDataError, match="bare rank word"):
        Lexicon.load(tmp_path)


def test_missing_parent_is_refused(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.json").write_text(
        '{"places": [{"id": "a", "name": {"en": "A", "ar": "ا"}, "kind": "village", "parent": "nowhere"}]}\n',
        encoding="utf-8")
    (tmp_path / "actors.yaml").write_text("organizations: []\n", encoding="utf-8")
    with pytest.raises(LexiconDataError, match="parent 'nowhere'"):
        Lexicon.load(tmp_path)


def test_a_compound_place_name_matches_written_joined_or_apart() -> None:
    lexicon = Lexicon.default()
    assert [e.id for e in lexicon.lookup("كفرتخاريم", "ar")] == [e.id for e in lexicon.lookup("كفر تخاريم", "ar")]
    assert [e.id for e in lexicon.lookup("تل كلخ", "ar")] == [e.id for e in lexicon.lookup("تلكلخ", "ar")] != []


def test_a_word_that_only_looks_like_a_proclitic_and_a_village_is_no_village(lexicon: Lexicon) -> None:
    # لبنان is Lebanon, not ل + the village بنان; the village itself is still found
    assert ids(lexicon, "أطلقوا النار على مهربين قادمين من لبنان ولبنان ليس بعيداً") == []
    assert ids(lexicon, "قُتل شاب في قرية بنان") == ["banan"]


def test_a_since_that_is_no_date_is_refused(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.json").write_text('{"places": []}\n', encoding="utf-8")
    (tmp_path / "actors.yaml").write_text(
        "organizations:\n- id: x\n  name: {en: X, ar: س}\n  category: state_forces\n  since: December 2024\n",
        encoding="utf-8")
    with pytest.raises(LexiconDataError, match=r"^actors.yaml: x: since 'December 2024' is not a date \(write it as 2024-12-08\)$"):
        Lexicon.load(tmp_path)
