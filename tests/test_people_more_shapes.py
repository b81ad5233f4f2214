"""More shapes of named people in real-news-like sentences (generator/ingest/extract/arabic_people.py,
english_people.py, people.py; session 10). Every sentence is written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def people(text: str, language: str = "ar") -> list[tuple[str, str]]:
    """(name, role) of everyone the article's events carry, in event order."""
    art = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 5, 8))
    return [(p.name, p.role) for event in extract(art) for p in event.people]


def test_a_verb_of_origin_residence_or_work_after_a_name_ends_it() -> None:
    found = people("أسفر الهجوم عن مقتل اثنين بينهم ضابط برتبة ملازم أول يدعى سامر العبد الله ينحدر من مدينة حماة.")
    assert found == [("سامر العبد الله", "killed")]
    found = people("قُتل شاب يدعى ماهر العبد الله يعمل في محل للخضار برصاص مجهولين في مدينة نوى.")
    assert found == [("ماهر العبد الله", "killed")]


def test_a_quoted_name_after_in_addition_to_continues_the_list_of_quoted_names() -> None:
    # the given name of the third name is not in the index: the list, not the index, makes it a name
    found = people("قُتل أربعة أشخاص في مدينة شهبا، هم الأخوان “خالد سليم العمر” و”ماهر سليم العمر”، إضافة إلى "
                   "“زيدون يُوسُف العمر” و”نادر أنور الحسن”.")
    assert ("زيدون يُوسُف العمر", "killed") in found and ("نادر أنور الحسن", "killed") in found
    assert not any(name.startswith("يُوسُف") or name.startswith("يوسف") for name, _ in found)


def aliases(text: str) -> list[tuple[str, tuple[str, ...]]]:
    art = Article(text=text, archived=text, language="ar", origin="test", published=dt.date(2023, 5, 8))
    return [(p.name, p.aliases) for event in extract(art) for p in event.people]


def test_a_nickname_after_known_by_the_title_or_the_kunya_is_an_alias() -> None:
    # "المعروف بلقب" / "المعروف بكنية": the nickname or kunya is the named victim's alias, not a second victim
    found = aliases("تعرضت دورية لإطلاق نار في بانياس، ما أدى إلى استشهاد “سامر عبدالقادر خليل”، المعروف بلقب "
                    "“أبو علي حمص”، وإصابة آخرين.")
    assert found == [("سامر عبدالقادر خليل", ("أبو علي حمص",))]
    found = aliases("قُتل الشاب سامر الخليل المعروف بكنية أبو علي برصاص مجهولين في مدينة نوى.")
    assert found == [("سامر الخليل", ("أبو علي",))]


def test_a_given_name_alone_after_a_full_name_is_that_person() -> None:
    found = aliases("قُتل الأخوان “ياسر محمد الحسن” و”صقر محمد الحسن” في اشتباك في مدينة شهبا. وكان الأخوان “ياسر” "
                    "و”صقر” مقيمين في السويد.")
    assert found == [("ياسر محمد الحسن", ()), ("صقر محمد الحسن", ())]
    # a given name named before a full name that opens with it is another person (a son and his father)
    found = people("Gunmen killed six people in the village of Kafr Zeitoun on Monday, local sources said. The victims "
                   "were killed, among them Samer Fares, his son Ibrahim, and the father Ibrahim Fares.", language="en")
    assert [name for name, _ in found] == ["Samer Fares", "Ibrahim", "Ibrahim Fares"]


def test_english_he_opening_a_new_incident_is_the_one_person_the_sentence_before_named() -> None:
    text = ("Two former rebels were killed on Monday while several soldiers were killed in an attack on a checkpoint "
            "near the city of Jasem. One of the ex-rebels who was killed was a commander named Khaled Zeitoun. He was "
            "shot dead by unknown assailants as he left his house in Tafas on Monday evening.")
    events = extract(Article(text=text, archived=text, language="en", origin="test", published=dt.date(2023, 5, 8)))
    assert [(e.place.lexicon_id, [(p.name, p.role) for p in e.people]) for e in events] == [
        ("jasim", []), ("tafas", [("Khaled Zeitoun", "killed")])]
    # a sentence before that names two people gives the pronoun no one person: nobody moves
    text = ("Gunmen killed Samer Fares and Khaled Zeitoun near the city of Jasem on Monday. He was shot dead in Tafas "
            "on Monday evening.")
    events = extract(Article(text=text, archived=text, language="en", origin="test", published=dt.date(2023, 5, 8)))
    assert [p.name for p in events[0].people] == ["Samer Fares", "Khaled Zeitoun"]
