"""Shapes of named people read on the dev part in session 13 (generator/ingest/extract/arabic_names.py,
arabic_people.py, arabic.py, english_people.py; words in lang/ar/people.py, lang/en/people.py). Every sentence is
written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def people(text: str, language: str = "ar") -> list[tuple[str, str]]:
    """(name, role) of everyone the article's events carry, in event order."""
    art = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 5, 8))
    return [(p.name, p.role) for event in extract(art) for p in event.people]


def test_the_short_pilgrim_title_inside_a_family_name_joins_the_next_word() -> None:
    # "حج عمر" is the family name: the chain does not end at the two-letter word
    found = people("وأسفر القصف عن مقتل رجل يدعى خالد نزار حج عمر (35 عاماً) من سكان البلدة.")
    assert found == [("خالد نزار حج عمر", "killed")]


def test_a_family_name_opening_like_a_preposition_ends_a_name_before_punctuation() -> None:
    # باكير reads like ب + a noun ("بإطلاق"), but after a rank and a given name, right before a colon, it is the family name
    found = people("قُتل شاب برصاص مجهولين في مدينة نوى أمس. وقال العقيد مازن باكير: إن التحقيق جار.")
    assert ("مازن باكير", "spokesperson") in found
    # a preposition on a noun still ends the name it follows
    assert people("قُتل الشاب سامر الحسن بإطلاق نار في مدينة نوى أمس.") == [("سامر الحسن", "killed")]


def test_by_the_name_after_introduced_himself_is_no_given_name() -> None:
    found = people("وظهر في التسجيل المصور الذي نشره التنظيم شاب مختطف عرّف عن نفسه باسم سامر عدنان أبو خليل من "
                   "قرية الحويجة، ثم قُتل.")
    assert found == [("سامر عدنان أبو خليل", "killed")]


def test_a_name_after_a_title_between_commas_is_the_speaker_when_what_he_said_follows() -> None:
    found = people("نفذت قوات الأمن عملية في ريف إدلب. وأكد قائد الشرطة في المحافظة، العقيد مازن فؤاد الحسن، أن "
                   "العملية استهدفت خلية متورطة في اغتيالات طالت شخصين في مدينة سرمدا.")
    assert found == [("مازن فؤاد الحسن", "spokesperson")]
    found = people("نفذت قوات الأمن عملية في ريف إدلب. وقال قائد الشرطة في محافظة إدلب، العقيد مازن الحسن: "
                   "\"استهدفنا خلية متورطة في اغتيالات طالت شخصين\".")
    assert found == [("مازن الحسن", "spokesperson")]


def test_relatives_listed_after_a_colon_or_a_comma_are_named_in_full_whatever_the_index_knows() -> None:
    # the girls' given names are not in the index: the relation word and the father's name make them names
    found = people("اقتحم مسلحون منزل المواطن سالم نزار الحسن، ما أسفر عن مقتل ابنتيه: زنوبيا سالم الحسن البالغة من "
                   "العمر 12 عاماً، وريم سالم الحسن 9 أعوام.")
    assert ("زنوبيا سالم الحسن", "killed") in found and ("ريم سالم الحسن", "killed") in found
    assert ("سالم الحسن", "killed") not in found
    found = people("أطلق مسلحون النار على منزل المواطن سالم نزار الحسن، ما أسفر عن مقتل طفليه، زنوبيا سالم الحسن "
                   "(12 عاماً) وريم سالم الحسن (9 أعوام).")
    assert ("زنوبيا سالم الحسن", "killed") in found and ("ريم سالم الحسن", "killed") in found


def test_a_relative_named_after_the_relation_word_and_a_birth_rank_needs_only_the_fathers_name_attested() -> None:
    found = people("قُتل الشاب أحمد الحسن، فيما أصيبت شقيقته الصغرى رواسي سالم الحسن بجروح في القصف على بلدة نوى.")
    assert ("رواسي سالم الحسن", "injured") in found
    # an adjective after a relation word is no name
    assert people("وأطلق النار على ابنة اخيه الصغيرة في قدمها في بلدة نوى.") == []


def test_a_name_follows_its_role_and_the_group_the_role_is_held_in() -> None:
    # the family name is not in the index and no comma ends it: the introducer reaches over "(former) in <group>"
    found = people("اغتال مجهولون أمس القيادي السابق في الجيش الحر مازن الزعبول قائد كتيبة المدفعية قرب بلدة نوى.")
    assert found == [("مازن الزعبول", "killed")]
    found = people("اغتال مجهولون أمس القيادي في هيئة تحرير الشام مازن الزعبول قرب بلدة نوى.")
    assert found == [("مازن الزعبول", "killed")]


def test_english_al_before_a_family_name_is_part_of_the_name() -> None:
    found = people("Coalition forces arrested Khaled Ahmed Mustafa Al Hamad in a raid near Raqqa.", "en")
    assert found == [("Khaled Ahmed Mustafa Al Hamad", "detained")]


def test_the_capture_of_a_named_person_makes_him_one_of_the_detained() -> None:
    found = people("Coalition forces arrested two men in a raid near Raqqa on Monday. \"The raid achieved the capture of "
                   "Khaled Ahmed Mustafa Al Hamad and Omar Ibrahim Saleh,\" the coalition said.", "en")
    assert found == [("Khaled Ahmed Mustafa Al Hamad", "detained"), ("Omar Ibrahim Saleh", "detained")]


def test_a_named_person_in_the_grip_of_a_force_is_one_of_the_detained() -> None:
    found = people("اندلعت اشتباكات بين قوات الأمن ومسلحين في مدينة نوى أمس، وقع خلالها سامر الحسن في قبضة الدورية.")
    assert found == [("سامر الحسن", "detained")]


def test_names_after_a_plural_noun_that_says_their_role_are_identified_in_a_sentence_without_an_event() -> None:
    found = people("اعتقلت قوات الأمن ثلاثة أشخاص في مدينة نوى أمس. ووفق البيان، فإن المعتقلين هم: سامر عايش الحسن، "
                   "ومازن خالد العلي.")
    assert found == [("سامر عايش الحسن", "detained"), ("مازن خالد العلي", "detained")]


def test_english_an_ayn_written_as_an_opening_quote_after_al_is_part_of_the_name() -> None:
    found = people("Gunmen shot dead Khaled Ahmed al-‘Umari in the town of Nawa on Monday.", "en")
    assert found == [("Khaled Ahmed al-‘Umari", "killed")]


def test_a_singular_copula_names_one_person_and_the_words_after_the_comma_describe_them() -> None:
    found = people("أعدم التنظيم أحد المختطفين، هو سامر عدنان الحسن، طالب جامعي يبلغ من العمر 20 عاماً، في بادية تدمر أمس.")
    assert [name for name, _ in found] == ["سامر عدنان الحسن"]


def test_a_nationality_between_a_role_and_the_name_does_not_end_the_introducer() -> None:
    # جهاد is also an everyday word ("jihad"): only a word that introduces a person makes it a given name
    found = people("قُتل المهندس الأردني جهاد سالم بقصف على مدينة الرقة أمس.")
    assert found == [("جهاد سالم", "killed")]


def test_a_kunya_in_brackets_after_an_alias_cue_is_the_names_alias() -> None:
    art = Article(text="قُتل القيادي \"سامر رياض\" الملقب (أبو رياض) بانفجار عبوة في مدينة الحسكة أمس.",
                  archived="", language="ar", origin="test", published=dt.date(2023, 5, 8))
    found = [(p.name, p.role, p.aliases) for event in extract(art) for p in event.people]
    assert found == [("سامر رياض", "killed", ("أبو رياض",))]


def test_an_office_and_its_body_after_a_speech_verb_is_no_name() -> None:
    found = people("قُتل شاب بانفجار في مدينة الرقة أمس. وقال وزير الخارجية التركي، كنان يلدز، إن المهاجمين دخلوا عبر "
                   "الحدود.")
    assert found == [("كنان يلدز", "spokesperson")]


def test_a_limb_lost_makes_the_person_one_of_the_injured() -> None:
    found = people("انفجرت عبوة ناسفة بسيارة في مدينة عفرين أمس. وقال مصدر إن القيادي سامر الحسن بُترت ساقه إثر الانفجار.")
    assert found == [("سامر الحسن", "injured")]



def test_the_fallen_ruler_is_only_mentioned() -> None:
    found = people("قُتل شاب برصاص مجهولين في مدينة نوى أمس، في أول حادثة من نوعها منذ سقوط سامر الحسن.")
    assert found == [("سامر الحسن", "mentioned")]


def test_a_quoted_kunya_after_a_place_word_names_a_place() -> None:
    assert people('قُتل شخصان إثر انفجار لغم أرضي بالقرب من منطقة "أبو سلمى" بريف حماة الشرقي أمس.') == []


def test_a_given_name_the_index_lacks_alone_after_a_plural_introducer_is_a_name_when_an_age_follows() -> None:
    found = people("أدى القصف إلى مقتل الطفلتين زنوبيا (11 عاماً) وشقيقتها سلمى في بلدة الحراك.")
    assert ("زنوبيا", "killed") in found
    # without an age, a plural noun and a word still name nobody
    assert people("قُتل ثلاثة أشخاص في بلدة الحراك أمس، وراقب الشبان مدخل القرية.") == []


def test_english_a_name_with_its_own_clause_before_according_to_is_not_the_source() -> None:
    found = people("A shell hit a house in the town of Nawa on Monday. The driver and a child called Khaled Ahmed Saleh, "
                   "11, were among the injured, according to a witness.", "en")
    assert found == [("Khaled Ahmed Saleh", "injured")]
    # one apposition still stands between a source and its verb
    found = people("A shell hit a house in the town of Nawa on Monday, killing two. Khaled Ahmed Saleh, a resident of "
                   "the town, told reporters the house was empty.", "en")
    assert ("Khaled Ahmed Saleh", "spokesperson") in found
