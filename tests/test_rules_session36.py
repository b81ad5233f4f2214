"""Rules of session 36 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Overrides
from generator.ingest.extract import extract
from generator.ingest.readers import read_text
from test_probes_session21 import extracted


def _people(text: str, language: str = "ar") -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extracted(text, language)]


def _page_people(page: str) -> list[list[tuple[str, str]]]:
    """The (name, role) pairs of each incident of a saved page, read as `kb ingest` reads a .txt file."""
    article = next(read_text(page.encode("utf-8"), "page.txt", Overrides(published=dt.date(2023, 3, 14), language="ar")))
    return [[(p.name, p.role) for p in e.people] for e in extract(article)]


def test_a_credit_line_of_outlet_reporter_and_place_names_no_person() -> None:
    body = "قتل الشاب محمد أحمد العلي برصاص مجهولين في بلدة الحراك بريف درعا الشرقي، اليوم الأحد."
    for credit in ("شبكة الخبر - سامر الحلبي - درعا", "موقع الجنوب- عبد الله الخالد- دير الزور"):
        assert _page_people(f"مقتل شاب في درعا\n\n{credit}\n\n{body}") == [[("محمد أحمد العلي", "killed")]]
    # three dashed parts after the body's first paragraph are no credit line
    assert _page_people(f"مقتل شاب في درعا\n\n{body}\n\nالشاب سامر الحلبي - الحراك - درعا") \
        == [[("محمد أحمد العلي", "killed"), ("سامر الحلبي", "killed")]]


def test_quoted_words_after_a_correspondent_name_the_outlet() -> None:
    lead = "قتل عنصران من قوات النظام في ريف دير الزور اليوم. "
    assert _people(lead + 'وقال مراسل "نداء الشرق" إن مسلحين تسللوا إلى النقطة.') == [[]]
    assert _people(lead + 'وأفادت مراسلة “رهف الجنوب” بأن مسلحين تسللوا إلى النقطة.') == [[]]
    # unquoted words after a correspondent may be the correspondent's name
    assert _people(lead + "وقال مراسل عنب بلدي أحمد الخالد إن مسلحين تسللوا إلى النقطة.") \
        == [[("أحمد الخالد", "spokesperson")]]


def test_a_village_in_the_yarmouk_basin_is_the_community_of_daraa() -> None:
    # «حوض اليرموك» is a region of Daraa's west, not the Yarmouk camp of Damascus: the village named in it is the
    # community of that name in Daraa governorate, with its map point
    [event] = extracted("تعرضت قرية بيت أرة في منطقة حوض اليرموك بريف درعا الغربي لقصف مدفعي، ما أدى إلى مقتل شاب.")
    assert event.place is not None and event.place.lexicon_id == "beit-ara"
