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


def english(text: str) -> list[tuple[str, str, int | None, int | None, list[tuple[str, str]]]]:
    """(type, place, fatalities, injured, people) of each event of an English article."""
    art = Article(text=text, archived=text, language="en", origin="test", published=dt.date(2023, 5, 8))
    return [(e.type, e.place.name if e.place else "", e.fatalities, e.injured, [(p.name, p.role) for p in e.people])
            for e in extract(art)]


def test_english_the_attack_happened_near_a_place_is_where_the_incident_took_place() -> None:
    # the definite noun and "happened" say where the strike already reported hit (told as a bombing, near another
    # town): no second incident, and the names given after it are of the first
    events = english("Four civilians were killed on Monday in a drone strike on a car near the town of Jasim. "
                     "A local radio added that the bombing happened near the town of Nawa. The dead were named as "
                     "Samer Khalil and Ahmad Hassan.")
    assert len(events) == 1
    assert events[0][4] == [("Samer Khalil", "killed"), ("Ahmad Hassan", "killed")]


def test_english_who_the_named_are_may_stand_between_the_header_and_the_names() -> None:
    found = english("Three civilians were killed on Monday in a drone strike on a car near the town of Jasim. On "
                    "Tuesday, a local outlet published the names of the three identified victims: two women, Hala "
                    "Khalil and Mona Hassan.")
    assert found[0][4] == [("Hala Khalil", "killed"), ("Mona Hassan", "killed")]


def test_english_another_spelling_in_brackets_between_two_names_of_a_list() -> None:
    found = english("Three civilians were killed on Monday in a drone strike on a car near the town of Jasim. The "
                    "victims were Hala Khalil (Khaleel) and Mona Hassan.")
    assert found[0][4] == [("Hala Khalil", "killed"), ("Mona Hassan", "killed")]


def test_english_a_victim_also_killed_is_one_of_the_toll_stated_before() -> None:
    # five were killed; three are named, the third "was also killed": still five
    found = english("Five civilians were killed on Monday in a drone strike on a car near the town of Jasim. On "
                    "Tuesday, a local outlet published the names of the victims: Hala Khalil and Mona Hassan. A young "
                    "man named Omar Saleh, a member of a youth group, was also killed.")
    assert found[0][2] == 5
    assert ("Omar Saleh", "killed") in found[0][4]


def test_english_a_town_that_opens_a_three_word_name_is_no_place() -> None:
    # Jasim is a town and a given name: followed by the father's and the family's names it is the man, and the
    # incident stays where the lead put it
    found = english("Two soldiers of the government forces were killed on Monday after their car was targeted in the "
                    "western countryside of Daraa. A local source told the outlet that both Jasim Khaled Daghman and "
                    "Omar Saleh Moussa were shot to death by unknown gunmen.")
    assert [(e[1], e[4]) for e in found] == [
        ("western countryside of Daraa", [("Jasim Khaled Daghman", "killed"), ("Omar Saleh Moussa", "killed")])]


def test_english_a_rank_makes_a_person_of_a_name_opening_with_a_town() -> None:
    # Sean is also a village of the gazetteer: after a rank the two words are a man's name
    found = english("Two civilians were killed on Monday in a drone strike on a car near the town of Jasim. The "
                    "coalition's spokesman Capt. Sean Miller said in a statement that its forces took no part.")
    assert found[0][4] == [("Sean Miller", "spokesperson")]


def test_a_name_between_commas_after_an_office_and_its_body() -> None:
    # a given name the index lacks: the office and the commas around the name introduce it
    found = people("قُتل شاب بانفجار عبوة ناسفة في مدينة جاسم يوم الخميس. وقال وزير الداخلية الأردني، هفال كوران، "
                   "أمس، إن التحقيق جار.")
    assert found == [("هفال كوران", "spokesperson")]
    # the office alone before a comma names nobody
    assert people("قُتل شاب بانفجار عبوة ناسفة في مدينة جاسم يوم الخميس. وقال وزير الداخلية الأردني، إن التحقيق "
                  "جار، ودعا إلى الهدوء.") == []


def test_english_a_witness_by_his_kunya_and_his_trade() -> None:
    found = english("Two civilians were killed on Monday in a drone strike on a car near the town of Jasim. \"The car "
                    "burned for an hour,\" Abu Omar, a vegetable seller in the nearby market, told reporters.")
    assert found[0][4] == [("Abu Omar", "spokesperson")]


def test_a_sentence_opening_with_and_opens_with_its_verb() -> None:
    # أظهر (showed) is also a given name: "وأظهر" opening a sentence is the verb, and the word after it no family name
    found = people("قُتل شاب بانفجار عبوة ناسفة في مدينة جاسم يوم الخميس. وأظهر تسجيل، نشره ناشطون على مواقع التواصل، "
                   "حجم الدمار في السوق.")
    assert found == []
    # inside a sentence a name after "و" is read as before
    assert people("قُتل سامر الحلبي وخالد محمد الحسن بانفجار عبوة ناسفة في مدينة جاسم يوم الخميس.") == [
        ("سامر الحلبي", "killed"), ("خالد محمد الحسن", "killed")]


def test_a_preposition_on_a_word_the_index_lacks_is_no_family_name() -> None:
    # عائدة (belonging) is also the given name Aida; "لقوات" is "to the forces", not her family name
    found = people("استهدفت طائرة مسيرة سيارة عسكرية عائدة لقوات \"الأمن\"، أثناء مرورها قرب بلدة تل تمر، ما أدى لمقتل "
                   "عنصرين.")
    assert found == []


def test_a_participle_before_its_adverb_ends_the_name() -> None:
    # العائد is also a family name: before "حديثاً" it is "who recently came back", said of the man named
    found = people("اعتقلت دورية ثلاثة مدنيين في بلدة الصالحية، بينهم سامر خالد الحسن العائد حديثاً من لبنان لزيارة "
                   "عائلته.")
    assert found == [("سامر خالد الحسن", "detained")]


def test_an_adjective_of_relation_between_an_introducer_and_the_quoted_name() -> None:
    # the first quoted word is a given name the index lacks: the introducer before the adjective vouches for it
    found = people("اختطف مسلحون المهندس الكردي “هفال جميل الحسن” من أهالي قرية كفرنبل يوم الخميس.")
    assert found == [("هفال جميل الحسن", "abducted")]
    # a preposition between them (إلى folds like an ال word ending in ي) is no adjective
    assert people("اختطف مسلحون شاباً من قرية كفرنبل يوم الخميس، واقتادوا الشاب إلى “جهة مجهولة”.") == []
