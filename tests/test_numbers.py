"""Counts: digits, Arabic and English number words, duals, vague words."""

from __future__ import annotations

import pytest

from generator.ingest.numbers import CountMatch, find_counts, parse_number_word

# Sentences of the seed article (Ain al-Furat, 2022-10-17).
SEED_LEAD = ('تجددت الاشتباكات، اليوم الإثنين، بين خاليا تنظيم "داعش" ومقاتلين محليين في مدينة '
             'جاسم بدرعا، مما أسفر عن مقتل ثلاثة عناصر بينهم قيادي بارز في التنظيم.')
SEED_SECOND = ('وقال موقع "تجمع أحرار حوران" إنَّ قيادياً في تنظيم "داعش" في الجنوب السوري، يدعى '
               '"عبد الرحمن العراقي"، قتل مع عنصرين كانا برفقته ضمن أحد منازل مدينة جاسم')


def values(text: str, language: str = "ar") -> list[tuple[int | None, str | None]]:
    return [(c.value, c.vague) for c in find_counts(text, language)]


@pytest.mark.parametrize("text, expected", [
    ("مقتل ثلاثة عناصر", [(3, None)]),
    ("قتل مع عنصرين كانا برفقته", [(2, None)]),
    ("سقوط قتيلين", [(2, None)]),
    ("إصابة شخصين", [(2, None)]),
    ("مقتل ٣ أشخاص", [(3, None)]),
    ("خمسة عشر مدنياً", [(15, None)]),
    ("إحدى عشرة امرأة", [(11, None)]),
    ("اثنا عشر عنصراً", [(12, None)]),
    ("ثلاثة وعشرين شخصاً", [(23, None)]),
    ("مئة وخمسين", [(150, None)]),
    ("ثلاثة آلاف", [(3000, None)]),
    ("وثلاثة جرحى", [(3, None)]),
    ("عشرات المدنيين", [(None, "tens")]),
    ("أطلق سراح العشرات من قادة", [(None, "tens")]),
    ("عدة أشخاص", [(None, "several")]),
    ("بضعة عناصر", [(None, "several")]),
    ("عدد من المدنيين", [(None, "a-number")]),
    ("ثلاثة مدنيين", [(3, None)]),
    ("مقتل مدنيين اثنين", [(2, None)]),
    ("مقتل مدنيَّيْن", [(2, None)]),
    ("مقتل مدنيين", [(None, "dual-or-plural")]),
    ("يوم الأحد", []),
    ("أحد العناصر", [(1, None)]),
])
def test_arabic_counts(text: str, expected: list) -> None:
    assert values(text) == expected


def test_count_offsets_point_at_the_words() -> None:
    text = "أسفر عن مقتل ثلاثة عناصر"
    [count] = find_counts(text, "ar")
    assert text[count.start:count.end] == "ثلاثة"


def test_three_killed_among_them_a_commander_is_three() -> None:
    text = "مما أسفر عن مقتل ثلاثة عناصر بينهم قيادي بارز في التنظيم"
    assert values(text) == [(3, None)]


def test_seed_lead_counts() -> None:
    # مقاتلين محليين is "local fighters": a plural, so no number is claimed
    assert values(SEED_LEAD) == [(None, "dual-or-plural"), (3, None)]


def test_seed_second_paragraph_counts() -> None:
    assert values(SEED_SECOND) == [(2, None), (1, None)]


@pytest.mark.parametrize("text, expected", [
    ("three killed", [(3, None)]),
    ("twenty-three people", [(23, None)]),
    ("two hundred and five", [(205, None)]),
    ("a dozen fighters", [(12, None)]),
    ("two dozen fighters", [(24, None)]),
    ("dozens of people", [(None, "dozens")]),
    ("a number of civilians", [(None, "a-number")]),
    ("several civilians", [(None, "several")]),
    ("1,200 people", [(1200, None)]),
    ("a couple of men", [(2, None)]),
    ("three and four", [(3, None), (4, None)]),
])
def test_english_counts(text: str, expected: list) -> None:
    assert values(text, "en") == expected


@pytest.mark.parametrize("text, value", [
    ("خمسة عشر", 15), ("ثلاثة وعشرين", 23), ("٣", 3), ("twenty-three", 23),
    ("two dozen", 24), ("عنصرين", 2), ("عشرات", None), ("ثلاثة عناصر", None),
])
def test_parse_number_word(text: str, value: int | None) -> None:
    assert parse_number_word(text) == value


def test_count_match_is_a_plain_value() -> None:
    assert CountMatch(3, 0, 5) == CountMatch(3, 0, 5, None)


def test_english_ordinals_are_not_counts() -> None:
    assert values("One 5th Corps fighter and the 21st Brigade lost 3 men", "en") == [(1, None), (3, None)]


def test_vague_phrase_after_a_clitic_and_longest_first() -> None:
    assert values("وقتل عشرات وبعشرات العناصر") == [(None, "tens"), (None, "tens")]
    assert values("a number of people and dozens of others", "en") == [(None, "a-number"), (None, "dozens")]


def test_a_run_of_thousands_of_digits_is_no_count_and_no_crash() -> None:
    # Python refuses int() of more than 4,300 digits: such a run (or a phone number) is no count of people
    assert find_counts("قتل " + "9" * 5000 + " شخصاً", "ar") == []
    assert find_counts("Gunmen killed " + "7" * 5000 + " people", "en") == []
    assert [c.value for c in find_counts("قتل 12 شخصاً", "ar")] == [12]
