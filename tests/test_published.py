"""The publication date of a saved page (generator/ingest/published.py) and where it came from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.ingest.article import Overrides
from generator.ingest.published import date_in_file_name, date_of_line
from generator.ingest.readers import read_input

TODAY = dt.date(2026, 12, 1)
BODY = "قتل شاب برصاص مسلحين مجهولين، اليوم الجمعة، في بلدة الحراك بريف درعا الشرقي، وفق مصادر محلية.\n"


@pytest.mark.parametrize("name, expected", [
    ("articles/2023-08-04-daraa.txt", dt.date(2023, 8, 4)),
    ("daraa_2023_08_04.txt", dt.date(2023, 8, 4)),
    ("20230804-daraa.txt", dt.date(2023, 8, 4)),
    ("2023-02-30-daraa.txt", None),            # no such day
    ("2031-01-01-daraa.txt", None),            # after today
    ("12345678.txt", None),
    ("daraa.txt", None),
])
def test_date_in_file_name(name: str, expected: dt.date | None) -> None:
    assert date_in_file_name(name, TODAY) == expected


@pytest.mark.parametrize("line, language, expected", [
    ("4 August 2023", "en", dt.date(2023, 8, 4)),
    ("Published: 04/08/2023 10:15", "en", dt.date(2023, 8, 4)),
    ("الجمعة 4 آب 2023", "ar", dt.date(2023, 8, 4)),
    ("تاريخ النشر: ٤ آب ٢٠٢٣", "ar", dt.date(2023, 8, 4)),
    ("2023-08-04 10:22", "ar", dt.date(2023, 8, 4)),
    ("4 آب", "ar", None),                     # no year: never guessed
    ("فريق التحرير4 آب 2023آخر تحديث :", "ar", dt.date(2023, 8, 4)),   # glued to the words around it
    ("Published 4th August 2023", "en", dt.date(2023, 8, 4)),
    ("قتل شاب في 4 آب 2023 برصاص مجهولين في بلدة الحراك بريف درعا الشرقي", "ar", None),   # a sentence
])
def test_date_of_a_header_line(line: str, language: str, expected: dt.date | None) -> None:
    assert date_of_line(line, language, TODAY) == expected


def _read(path: Path, overrides: Overrides = Overrides()):
    [article] = read_input(str(path), overrides)
    return article


def test_a_header_line_dates_the_page_and_leaves_the_body(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("درعا 24 | مقتل شاب في الحراك\nالجمعة 4 آب 2023\n" + BODY, encoding="utf-8")
    article = _read(page)
    assert (article.published, article.published_from) == (dt.date(2023, 8, 4), "page-header")
    assert article.text == BODY.strip() and article.title == "مقتل شاب في الحراك"


def test_the_file_name_dates_a_page_without_a_header_date(tmp_path: Path) -> None:
    page = tmp_path / "2023-08-04-harak.txt"
    page.write_text(BODY, encoding="utf-8")
    assert (_read(page).published, _read(page).published_from) == (dt.date(2023, 8, 4), "file-name")


def test_the_flag_wins_and_says_so(tmp_path: Path) -> None:
    page = tmp_path / "2023-08-04-harak.txt"
    page.write_text("4 August 2023\n" + BODY, encoding="utf-8")
    article = _read(page, Overrides(published=dt.date(2023, 8, 5)))
    assert (article.published, article.published_from) == (dt.date(2023, 8, 5), "flag")


def test_a_page_without_a_date_stays_undated(tmp_path: Path) -> None:
    page = tmp_path / "harak.txt"
    page.write_text(BODY, encoding="utf-8")
    assert (_read(page).published, _read(page).published_from) == (None, None)
