"""Shapes of named victims and persons read on the dev part in session 15 (generator/ingest/extract/people.py,
arabic_people.py, arabic_names.py, english_people.py, english.py; words in lang/ar/people.py, lang/en/people.py).
Every sentence is written for its test, and each test fails on the code before its rule."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def people(text: str, language: str = "ar") -> list[tuple[str, str]]:
    """(name, role) of everyone the article's events carry, in event order."""
    art = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 5, 8))
    return [(p.name, p.role) for event in extract(art) for p in event.people]


def test_the_leader_a_detainee_criticised_is_only_mentioned() -> None:
    found = people("اعتقلت الهيئة الناشط \"سامر الحمود\" في مدينة بنش، بعد انتقاده زعيم الهيئة \"أبو محمد الشامي\" "
                   "على وسائل التواصل.")
    assert found == [("سامر الحمود", "detained"), ("أبو محمد الشامي", "mentioned")]


def test_a_mother_and_her_son_name_nobody() -> None:
    # أم before a relation word with a pronoun is "a mother", not the head of a kunya
    assert people("قُتل مدنيان اثنان بانفجار سيارة مفخخة في مدينة القامشلي، هما أم وابنها.") == []


def test_a_verb_of_naming_ends_the_noun_before_it() -> None:
    # سيدة is also a given name: "سيدة تدعى" (a woman called) is no name, the quoted words are
    found = people("قُتلت سيدة تدعى \"سعاد الحلبي\" في قصف على بلدة كفرنبل.")
    assert found == [("سعاد الحلبي", "killed")]


def test_a_building_named_after_a_martyr_names_no_victim() -> None:
    found = people("وأصيب ثلاثة مدنيين بجروح في قصف جوي استهدف مشفى \"الشهيد سامر الخطيب\" في بلدة كفرنبل صباح اليوم.")
    assert found == []
    assert people("استهدف القصف مدرسة الشهيد سامر الخطيب في بلدة كفرنبل، ما أدى لإصابة طفلين.") == []


def test_a_name_before_his_saying_is_the_source() -> None:
    # the verb that credits him stands too far back to be read: "قوله" right after the name says he spoke
    found = people("ونقلت وكالة الأنباء الرسمية في تقرير مطول لها مساء اليوم الأحد عن قائد شرطة محافظة درعا العميد "
                   "سامر الخطيب قوله إن مسلحين أطلقوا النار على عنصر شرطة في بلدة نوى ما أدى إلى مقتله.")
    assert found == [("سامر الخطيب", "spokesperson")]


def test_in_addition_to_after_a_comma_adds_the_last_name_of_a_list() -> None:
    found = people("أصيب خمسة مدنيين بقصف على بلدة كفرنبل، هم سامر الأحمد وهالة الحلبي وفادي كوسا، بالإضافة إلى "
                   "جود كوسا.")
    assert ("جود كوسا", "injured") in found and len(found) == 4


def test_two_words_the_index_lacks_between_names_of_a_list_are_a_name() -> None:
    found = people("قُتل أربعة أطفال بقصف على بلدة كفرنبل، هم هالة عدنان الأحمد وجينا بارسيان وسامر نعيم ومروان الحلبي.")
    assert ("جينا بارسيان", "killed") in found and len(found) == 4


def test_english_the_victims_are_a_title_and_a_name() -> None:
    found = people("Gunmen attacked a house in Nawa on Monday, killing two men. Local sources reported that the victims "
                   "are Mayor Samir Haddad and his son Karim.", "en")
    assert ("Samir Haddad", "killed") in found


def test_english_names_listed_after_the_dead_identified_as_follows_are_all_victims() -> None:
    found = people("A bomb hit a bus in Nawa on Monday, killing three soldiers. The deceased were identified as follows: "
                   "Samir Haddad from the town of Nawa, Youssef al-Hamdan from the village of Inkhil, and Omar Nasser "
                   "from Homs governorate.", "en")
    assert found == [("Samir Haddad", "killed"), ("Youssef al-Hamdan", "killed"), ("Omar Nasser", "killed")]


def test_english_a_name_written_again_without_its_article_is_the_same_person() -> None:
    found = people("A bomb hit a bus in Nawa on Monday, killing Samir al-Haddad and another soldier. The deceased were "
                   "identified as follows: Samir Haddad from the town of Nawa, and Omar Nasser from Homs governorate.", "en")
    assert found == [("Samir al-Haddad", "killed"), ("Omar Nasser", "killed")]


def test_a_relative_after_a_birth_rank_is_named_in_full_when_her_name_opens_like_a_preposition() -> None:
    # بيلسان is not in the index and opens with ب: after the relation word and the birth rank it is no preposition
    found = people("قُتلت الطفلتان ريم ولمى، فيما أُصيبت شقيقتهما الصغرى بيلسان سالم الحسن 5 أعوام بجروح بليغة في القصف "
                   "على بلدة نوى.")
    assert ("بيلسان سالم الحسن", "injured") in found and ("سالم الحسن", "injured") not in found


def test_a_casualty_word_right_before_relatives_hits_them_and_not_the_man_named_before() -> None:
    found = people("اقتحم مسلحون منزل المواطن سالم نزار الحسن في بلدة نوى، وأطلقوا النار داخل المنزل، ما أسفر عن مقتل "
                   "طفلتيه.")
    assert found == [("سالم نزار الحسن", "target")]
    found = people("Gunmen stormed the house of Salem Nizar al-Hassan in Nawa on Monday, killing his two daughters.", "en")
    assert found == [("Salem Nizar al-Hassan", "target")]
    # his own death, with a pronoun for him, is still his
    assert people("استهدف مسلحون منزل المواطن سالم نزار الحسن في بلدة نوى، ما أدى لمقتله.") == [("سالم نزار الحسن", "killed")]


def test_english_a_long_apposition_opening_with_an_article_before_said_keeps_the_source() -> None:
    found = people("A roadside bomb hit an army truck near Nawa on Friday. Mohammed Al-Hariri, a local journalist who has "
                   "followed the armed groups of the region for years, said the explosion killed a soldier.", "en")
    assert found == [("Mohammed Al-Hariri", "spokesperson")]


def test_after_a_word_for_one_person_a_given_name_opening_with_waw_is_the_fathers() -> None:
    # وسام is a given name, not "and" + سام: اليافع introduces one person, so the chain goes on
    assert people("قُتل اليافع سامر وسام الشبلي برصاص مسلحين في بلدة المزرعة.") == [("سامر وسام الشبلي", "killed")]


def test_quoted_words_right_after_a_casualty_word_name_the_one_it_hit() -> None:
    # لوسي is not in the index: the casualty verb right before the quotation mark introduces the name
    found = people("قُتل ثلاثة مدنيين بقصف على بلدة كفرنبل، بينما أصيب 'لوسي بارسيان' بجروح.")
    assert found == [("لوسي بارسيان", "injured")]
    assert people("قُتل الشاب سامر الحسن \"بدم بارد\" في بلدة كفرنبل.") == [("سامر الحسن", "killed")]


def test_the_compound_given_name_muhammad_khair_counts_as_one_part() -> None:
    # given name, the father's compound name, the grandfather's and the family name: four parts, not five
    found = people("قُتل الشاب سامر محمد خير العلي الحسن بإطلاق نار مباشر في مدينة بصرى الشام.")
    assert found == [("سامر محمد خير العلي الحسن", "killed")]


def test_a_named_activist_who_denies_is_a_source() -> None:
    found = people("قُتل ثلاثة شبان برصاص مسلحين في بلدة زاكية. ونفى ناشط من المنطقة يدعى سامر الحسن في بث على "
                   "\"فيسبوك\" أن يكون عدد القتلى تسعة.")
    assert found == [("سامر الحسن", "spokesperson")]


def test_the_one_on_whose_orders_it_was_done_is_no_victim() -> None:
    found = people("انفجرت سيارة مفخخة في مدينة الباب ما أدى لإصابة 22 شخصاً، واتهمت مصادر محلية فصيلاً بتدبير الانفجار "
                   "بتعليمات من سامر الحسن.")
    assert found == [("سامر الحسن", "commander")]


def test_an_army_named_after_a_man_names_no_person() -> None:
    found = people("قُتل ثلاثة مدنيين في هجوم على بلدة الشجرة نفذه عناصر جيش خالد بن الوليد.")
    assert found == []
    assert people("قُتل الشاب سامر أبو جيش برصاص مسلحين في بلدة نوى.") == [("سامر أبو جيش", "killed")]


def test_a_word_cut_by_a_dot_between_tatweels_is_no_name() -> None:
    # outlets write "أمـ.ـنياً" for أمنياً to pass filters: "أمـ" is not the kunya head أم
    found = people("جـ.ـريمة حملت في طياتها تصعيداً أمـ.ـنياً خطيراً.. ضحايا وجرحـ.ـى بهـ.ـجوم استهدف عائلة بأكملها في "
                   "بلدة الصنمين.")
    assert found == []


def test_quoted_words_after_a_page_or_an_outlet_name_it() -> None:
    found = people("اعتقلت قوات الأمن الناشط الإعلامي سامر الحسن، المسؤول عن صفحة \"هنا الرقة\" على فيسبوك، أثناء تواجده "
                   "في مدينة الرقة.")
    assert found == [("سامر الحسن", "detained")]


def test_what_is_so_called_names_a_group_not_a_person() -> None:
    found = people("اعتقلت الهيئة \"أبو عمر كنصفرة\" المنضوي ضمن جماعة ما يُسمّى \"أنصار الحق\" الجمعة في مدينة إدلب.")
    assert found == [("أبو عمر كنصفرة", "detained")]
    found = people("اعتقلت الهيئة \"أبو عمر كنصفرة\" المنضوي ضمن جماعة ما يُسمّى أنصار الحق في مدينة إدلب.")
    assert found == [("أبو عمر كنصفرة", "detained")]


def test_english_a_byline_alone_on_its_line_and_a_photo_credit_name_nobody() -> None:
    assert people("Gunmen shot dead a man in Nawa on Monday.\nLina Haddad\n\nThe man was a teacher.", "en") == []
    assert people("Gunmen shot dead a man in Nawa on Monday. Clashes continued (Photo by Samir Haddad/NurPhoto via "
                  "Getty Images).", "en") == []
    # names one a line after a header are a list of the dead
    found = people("Gunmen shot dead two men in Nawa on Monday. The dead were:\nSamir Haddad\nOmar Nasser\n", "en")
    assert found == [("Samir Haddad", "killed"), ("Omar Nasser", "killed")]
