"""Folding, offset maps, clitics and Latin transliteration keys."""

from __future__ import annotations

import pytest

from generator.ingest.normalise import fold, fold_latin_name, normalise, normalise_latin, split_clitics


@pytest.mark.parametrize("text, folded", [
    ("أحمد", "احمد"),
    ("إلى", "الي"),
    ("آذار", "اذار"),
    ("ٱلله", "الله"),
    ("مدرسة", "مدرسه"),
    ("مؤتمر", "موتمر"),
    ("رئيس", "رييس"),
    ("قُتِلَ", "قتل"),
    ("القـــوات", "القوات"),
    ("٢٠٢٢", "2022"),
    ("۱۵", "15"),
    ("a\u00a0b\u2009c", "a b c"),
    ("Jasim", "jasim"),
    ('تنظيم "داعش"', "تنظيم داعش"),
    ("«جاسم»", "جاسم"),
    ("ﻻ", "لا"),
    ("Dar'a", "dar'a"),
    ("'داعش'", "داعش"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_equals_normalise_text() -> None:
    text = 'تجددت الاشتباكات، اليومَ الإثنين، بين خلايا تنظيم "داعش" في «جاسم» ٣'
    assert fold(text) == normalise(text).text


def test_offsets_map_back_to_the_original_word() -> None:
    text = "قُتِلَ في «جاسم» أمس"
    norm = normalise(text)
    start = norm.text.index("جاسم")
    o_start, o_end = norm.to_original(start, start + len("جاسم"))
    assert text[o_start:o_end] == "جاسم"


def test_offsets_include_trailing_diacritics() -> None:
    text = "مدنيَّيْن اثنين"
    norm = normalise(text)
    o_start, o_end = norm.to_original(0, len("مدنيين"))
    assert text[o_start:o_end] == "مدنيَّيْن"


def test_split_clitics_preposition() -> None:
    assert split_clitics("بدرعا") == ["بدرعا", "درعا"]


def test_split_clitics_lam_article_merge() -> None:
    candidates = split_clitics("للأمن")
    assert candidates[0] == "للامن"
    assert "الامن" in candidates and "امن" in candidates


def test_split_clitics_conjunction_preposition_article() -> None:
    candidates = split_clitics("وبالجيش")
    assert "الجيش" in candidates and "جيش" in candidates


def test_split_clitics_keeps_short_words() -> None:
    assert split_clitics("في") == ["في"]


@pytest.mark.parametrize("variants", [
    ["Jasim", "Jassim", "Jassem", "Jasem"],
    ["Daraa", "Deraa", "Dar'a", "Dara'a", "Dar‘a"],
    ["Nawa", "Nawá"],
    ["Abdul Rahman", "Abd al-Rahman", "Abdel Rahman", "Abdulrahman"],
    ["al-Harak", "Al-Harak", "el-Harak", "Al Harak"],
    ["Sheikh Miskin", "Shaykh Miskin"],
    ["Khirbet Ghazaleh", "Khirbat Ghazala"],
    ["Busra al-Sham", "Bosra ash-Sham"],
])
def test_fold_latin_name_variants_compare_equal(variants: list[str]) -> None:
    keys = {fold_latin_name(v) for v in variants}
    assert len(keys) == 1, keys


def test_fold_latin_name_keeps_different_names_apart() -> None:
    assert fold_latin_name("Nawa") != fold_latin_name("Inkhil")
    assert fold_latin_name("Tafas") != fold_latin_name("Tasil")


def test_fold_latin_name_matches_the_text_key() -> None:
    for name in ["Jassem", "Dar'a", "Abdel Rahman", "el-Harak"]:
        assert normalise_latin(name).text.strip() == fold_latin_name(name)


def test_latin_offsets_cover_merged_letters() -> None:
    text = "clashes in Deraa today"
    norm = normalise_latin(text)
    start = norm.text.index("dara")
    o_start, o_end = norm.to_original(start, start + 4)
    assert text[o_start:o_end] == "Deraa"


def test_latin_key_makes_each_run_of_white_space_one_space_with_its_first_offset() -> None:
    text = "Tafas\n\nand  Jassim\tnear Nawa"
    norm = normalise_latin(text)
    assert norm.text == "tafas and jasam nar nawa"
    assert [text[norm.to_original(i, i + 1)[0]] for i, c in enumerate(norm.text) if c == " "] == ["\n", " ", "\t", " "]
    assert norm.to_original(norm.text.index("nawa"), len(norm.text)) == (text.index("Nawa"), len(text))
