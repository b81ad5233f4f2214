"""Date phrases: finding, resolving against the publication date, background."""

from __future__ import annotations

from datetime import date

import pytest

from generator.ingest.dates import (
    ABSOLUTE, AGO, MONTH, SINCE_WEEKDAY, TODAY, YEAR, DateMatch, find_dates, is_background, resolve,
)

# The seed article was published on Monday 2022-10-17.
PUBLISHED = date(2022, 10, 17)
SEED = (
    'تجددت الاشتباكات، اليوم الإثنين، بين خاليا تنظيم "داعش" ومقاتلين محليين في مدينة جاسم. '
    "وقبل يومين أعلنت قناة سما الموالية مقتل عبد الرحمن العراقي. "
    "والذين رفضوا الانضمام لأجهزة النظام عقب تسوية تموز 2018. "
    "وسبق أن أطلق نظام الأسد سراح العشرات مطلع العام 2020 من سجونه بعد اعتقالهم في شهر "
    "آب/أغسطس 2018. في المركز الثقافي قبل شهر."
)


def only(text: str, language: str = "ar") -> DateMatch:
    matches = find_dates(text, language)
    assert len(matches) == 1, matches
    return matches[0]


def day_of(text: str, published: date | None = PUBLISHED, language: str = "ar") -> date | None:
    return resolve(only(text, language), published).date


def test_seed_dates() -> None:
    found = [(m.text, m.background) for m in find_dates(SEED, "ar")]
    assert found == [
        ("اليوم الإثنين", False),
        ("قبل يومين", False),
        ("تموز 2018", True),
        ("العام 2020", True),
        ("شهر آب/أغسطس 2018", False),
        ("قبل شهر", False),
    ]


def test_seed_today_monday() -> None:
    match = only("تجددت الاشتباكات، اليوم الإثنين، بين")
    assert match.kind == TODAY
    resolved = resolve(match, PUBLISHED)
    assert (resolved.date, resolved.precision, resolved.flags) == (date(2022, 10, 17), "day", [])


def test_seed_two_days_ago() -> None:
    match = only("وقبل يومين أعلنت قناة سما")
    assert match.kind == AGO and match.amount == 2
    assert resolve(match, PUBLISHED).date == date(2022, 10, 15)


def test_seed_settlement_is_background() -> None:
    match = only("رفضوا الانضمام لأجهزة النظام عقب تسوية تموز 2018")
    assert (match.kind, match.background) == (MONTH, True)
    assert is_background("", match)


def test_old_month_is_background_given_publication() -> None:
    match = only("بعد اعتقالهم في شهر آب/أغسطس 2018")
    assert not match.background
    assert is_background("", match, PUBLISHED)
    resolved = resolve(match, PUBLISHED)
    assert (resolved.date, resolved.date_end, resolved.precision) == (date(2018, 8, 1), date(2018, 8, 31), "month")


@pytest.mark.parametrize("text, expected", [
    ("اليوم الأربعاء", date(2022, 10, 12)),        # weekday wins, flagged below
    ("أمس الأحد", date(2022, 10, 16)),
    ("مساء أمس", date(2022, 10, 16)),
    ("يوم أمس", date(2022, 10, 16)),
    ("أول أمس السبت", date(2022, 10, 15)),
    ("أول من أمس", date(2022, 10, 15)),
    ("يوم الأحد الماضي", date(2022, 10, 16)),
    ("السبت الفائت", date(2022, 10, 15)),
    ("الإثنين الماضي", date(2022, 10, 10)),           # strictly before publication
    ("يوم الإثنين", date(2022, 10, 17)),              # on or before publication
    ("مساء الخميس", date(2022, 10, 13)),
    ("فجر اليوم", date(2022, 10, 17)),
    ("صباح اليوم", date(2022, 10, 17)),
    ("قبل يومين", date(2022, 10, 15)),
    ("قبل ثلاثة أيام", date(2022, 10, 14)),
    ("قبل ٣ أيام", date(2022, 10, 14)),
    ("قبل أسبوع", date(2022, 10, 10)),
    ("26 أكتوبر/تشرين الأول", date(2021, 10, 26)),    # after publication: previous year
    ("12 أكتوبر/تشرين الأول", date(2022, 10, 12)),
    ("١٢ تشرين الأول ٢٠٢٢", date(2022, 10, 12)),
    ("في 3 من شهر أيلول", date(2022, 9, 3)),
    ("12/10/2022", date(2022, 10, 12)),
])
def test_arabic_resolution(text: str, expected: date) -> None:
    assert day_of(text) == expected


def test_weekday_mismatch_prefers_the_weekday() -> None:
    resolved = resolve(only("اليوم الأربعاء"), PUBLISHED)
    assert resolved.date == date(2022, 10, 12)
    assert resolved.flags == ["weekday-mismatch"]


def test_matching_weekday_has_no_flag() -> None:
    assert resolve(only("أمس الأحد"), PUBLISHED).flags == []


def test_absolute_weekday_mismatch_moves_to_nearest_weekday() -> None:
    resolved = resolve(only("الأحد 17 تشرين الأول 2022"), PUBLISHED)
    assert resolved.date == date(2022, 10, 16)
    assert "weekday-mismatch" in resolved.flags


def test_since_friday_is_a_span_to_publication() -> None:
    match = only("منذ يوم الجمعة")
    assert match.kind == SINCE_WEEKDAY
    resolved = resolve(match, PUBLISHED)
    assert (resolved.date, resolved.date_end, resolved.precision) == (date(2022, 10, 14), date(2022, 10, 17), "days")


def test_year_boundary() -> None:
    assert day_of("28 كانون الأول", date(2023, 1, 3)) == date(2022, 12, 28)
    assert day_of("December 28", date(2023, 1, 3), "en") == date(2022, 12, 28)


def test_month_pair_mismatch_is_flagged() -> None:
    assert "month-pair-mismatch" in only("آب/أيلول 2018").flags


def test_no_publication_date_never_guesses() -> None:
    for text in ["اليوم الإثنين", "قبل يومين", "يوم الأحد الماضي", "منذ يوم الجمعة"]:
        resolved = resolve(only(text), None)
        assert (resolved.date, resolved.precision, resolved.flags) == (None, "unknown", ["no-date-anchor"])


def test_absolute_date_without_year_or_publication() -> None:
    resolved = resolve(only("26 تشرين الأول"), None)
    assert (resolved.date, resolved.precision, resolved.flags) == (None, "unknown", ["no-year"])


def test_absolute_date_with_year_needs_no_publication() -> None:
    assert day_of("26 تشرين الأول 2022", None) == date(2022, 10, 26)


@pytest.mark.parametrize("text", [
    "عقب تسوية تموز 2018", "مطلع العام 2020", "منذ بداية العام", "منذ مطلع العام الجاري",
])
def test_arabic_background(text: str) -> None:
    assert only(text).background


@pytest.mark.parametrize("text", ["الاثنين معا", "خامس", "قبل أن يغادر", "بعد يوم من مشاركتهم"])
def test_arabic_non_dates(text: str) -> None:
    assert find_dates(text, "ar") == []


@pytest.mark.parametrize("text, expected", [
    ("today", date(2022, 10, 17)),
    ("yesterday", date(2022, 10, 16)),
    ("the day before yesterday", date(2022, 10, 15)),
    ("on Sunday", date(2022, 10, 16)),
    ("on Monday", date(2022, 10, 17)),            # published on a Monday: that day
    ("last Thursday", date(2022, 10, 13)),
    ("two days ago", date(2022, 10, 15)),
    ("a week ago", date(2022, 10, 10)),
    ("October 12", date(2022, 10, 12)),
    ("October 26", date(2021, 10, 26)),
    ("26 October 2022", date(2022, 10, 26)),
    ("Oct. 12", date(2022, 10, 12)),
    ("Monday, October 17, 2022", date(2022, 10, 17)),
    ("May 5", date(2022, 5, 5)),
])
def test_english_resolution(text: str, expected: date) -> None:
    assert day_of(text, language="en") == expected


def test_english_since_friday() -> None:
    resolved = resolve(only("since Friday", "en"), PUBLISHED)
    assert (resolved.date, resolved.date_end, resolved.precision) == (date(2022, 10, 14), date(2022, 10, 17), "days")


@pytest.mark.parametrize("text, kind", [
    ("since the settlement of July 2018", MONTH),
    ("in 2019", YEAR),
    ("since the start of the year", "year-start"),
])
def test_english_background(text: str, kind: str) -> None:
    match = only(text, "en")
    assert (match.kind, match.background) == (kind, True)


def test_lowercase_may_is_not_a_month() -> None:
    assert find_dates("they may 5 times", "en") == []


def test_offsets_are_in_the_original_text() -> None:
    text = "قُتِلَ مساءَ أمسِ السبت"
    match = only(text)
    assert text[match.start:match.end] == match.text == "مساءَ أمسِ السبت"
    assert match.kind != ABSOLUTE


def test_date_word_inside_a_quoted_name_is_not_a_date() -> None:
    text = 'نقل موقع "درعا اليوم" أن دورية اعتقلت شابين، أمس الأحد، في بلدة داعل.'
    assert day_of(text) == date(2022, 10, 16)
    english = 'The radio station "Syria Today" said the shelling began today.'
    assert [english[m.start:m.end] for m in find_dates(english, "en")] == ["today"]


def test_a_month_of_last_year_is_a_month_of_the_year_before_publication() -> None:
    match = only("وفي آذار من العام الفائت، عثر الأهالي على جثة في مدينة طفس")
    assert match.kind == MONTH
    assert resolve(match, PUBLISHED).date == date(2021, 3, 1) and resolve(match, PUBLISHED).precision == "month"


def test_a_month_followed_by_current_or_last_is_a_month() -> None:
    match = only("وحاول مجهولون مطلع أيلول الحالي اغتيال قيادي في مدينة طفس")
    assert (match.kind, match.background) == (MONTH, True)
    assert resolve(only("قتل 5 أشخاص خلال آب الماضي"), PUBLISHED).date == date(2022, 8, 1)


def test_a_day_of_a_month_followed_by_last_stays_a_day() -> None:
    match = only("انفجرت سيارة مفخخة في 28 نيسان الماضي")
    assert match.kind == ABSOLUTE and resolve(match, PUBLISHED).date == date(2022, 4, 28)


def test_a_month_as_a_span_is_a_month() -> None:
    # "since the start of October": the period of a tally, never a day
    assert only("شهدت المحافظة 25 عملية اغتيال منذ مطلع تشرين الأول الماضي").kind == MONTH
    assert only("قُتل 20 شخصاً خلال أيلول في ريف درعا").kind == MONTH
    assert only("25 assassinations since the start of October in Daraa", "en").kind == MONTH


@pytest.mark.parametrize("text, expected", [
    ("قُتل رجل في قصف على البلدة في الثاني من أيلول الماضي", date(2022, 9, 2)),
    ("وكانت الحادثة في الثالث عشر من تشرين الأول", date(2022, 10, 13)),
    ("انفجرت العبوة يوم الخامس والعشرين من شباط/فبراير 2021", date(2021, 2, 25)),
    ("عُثر على الجثة في الحادي والثلاثين من آب", date(2022, 8, 31)),
    ("أصيب طفل في العاشر من الشهر الجاري", date(2022, 10, 10)),
])
def test_an_ordinal_day_before_min_and_its_month(text: str, expected: date) -> None:
    assert day_of(text) == expected


@pytest.mark.parametrize("text", [
    "خلال الأسبوع الأول من آذار",           # a week of the month, not its first day
    "في النصف الثاني من أيار",
    "المؤتمر الأول من نوعه في المدينة",      # an ordinal without a month
    "في تشرين الأول من العام الماضي",       # the month's own name, then "of last year"
])
def test_an_ordinal_that_is_no_day_of_a_month(text: str) -> None:
    assert all(m.day is None for m in find_dates(text, "ar"))
