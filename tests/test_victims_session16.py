"""Shapes of named victims and persons read on one half of the dev part in session 16 (devA; devB held and only
scored): generator/ingest/extract/arabic_people.py, arabic_names.py, words in lang/ar/people.py. Every sentence is
written for its test, and each test fails on the code before its rule."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def people(text: str, language: str = "ar") -> list[tuple[str, str]]:
    """(name, role) of everyone the article's events carry, in event order."""
    art = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 5, 8))
    return [(p.name, p.role) for event in extract(art) for p in event.people]


def test_one_word_after_a_verb_of_naming_is_the_whole_name() -> None:
    # a given name the index lacks, alone after يُدعى and before a comma; the noun before the verb gives the role
    found = people("قُتل شاب برصاص مجهولين في بلدة كفرنبل مساء الجمعة. وأفاد ناشطون أن القتيل يُدعى هفال، وهو من "
                   "أبناء البلدة.")
    assert found == [("هفال", "killed")]
    # an attested given name before its father's name is read as before
    assert people("قُتل شاب يُدعى سامر خليل برصاص مجهولين في بلدة كفرنبل.") == [("سامر خليل", "killed")]


def test_a_noun_and_its_adjective_after_a_name_and_a_comma_describe_it() -> None:
    found = people("قُتل سامر خليل الأحمد، ناشط إعلامي، برصاص مجهولين قرب مدينة الباب مساء الجمعة.")
    assert found == [("سامر خليل الأحمد", "killed")]


def test_the_feminine_verb_of_naming_identifies_a_victim() -> None:
    # تُدعى names the wife of the man killed with her, in a sentence without a casualty word of its own
    found = people("قُتل رجل وزوجته برصاص مسلحين قرب مدينة الباب مساء الجمعة. وأفادت مصادر محلية أن الزوجة تُدعى "
                   "سعاد خالد الحلبي.")
    assert found == [("سعاد خالد الحلبي", "killed")]
