"""Rules of session 28 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted  # the same article builder
from test_probes_session23 import named, summary


def test_arrived_dead_is_a_death() -> None:
    # the participle: the young man reached the hospital dead, an incident of its own
    assert named("وصل الشاب فادي سليم الحوراني إلى مشفى بلدة طفس مفارقاً الحياة إثر إصابته بطلق ناري.") \
        == [[("فادي سليم الحوراني", "killed")]]
    # (a hospital's town is where the dead were taken, not the scene)
    assert summary("وصل شابان إلى مشفى بلدة طفس مفارقين للحياة جراء إصابتهما بطلقات نارية.") == [(None, 2, None)]


def test_the_death_of_a_person_of_his_wounds_told_by_a_noun_hurt_no_one_else() -> None:
    # "وفاة X متأثراً بإصابته": the wound is the dead man's own
    assert summary("أعلنت مصادر محلية وفاة الشاب فادي سليم الحوراني متأثراً بإصابته برصاص مجهولين في بلدة طفس.") \
        == [("طفس", 1, None)]
    # a death with no cause told is no incident ("وفاة والده" may be of old age)
    assert summary("أعلنت مصادر محلية وفاة والد الشاب فادي سليم الحوراني في بلدة طفس.") == []


def test_a_person_taken_to_hospital_is_one_of_the_wounded() -> None:
    text = ("A civilian was killed and another was injured on Wednesday when a drone struck their car near the town "
            "of Derbasiyah. A medical source said that Karim Adel Hamdo, 33, died at the scene, while Sipan Ali "
            "Youssef was taken to a hospital in Qamishli.")
    assert [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")] \
        == [[("Karim Adel Hamdo", "killed"), ("Sipan Ali Youssef", "injured")]]
    # taken to hospital, then dead there: one of the dead
    text = ("A man was killed on Tuesday when gunmen opened fire on his car in the town of Derbasiyah. "
            "Karim Adel Hamdo was taken to a hospital in Qamishli where he died of his wounds.")
    assert [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")] == [[("Karim Adel Hamdo", "killed")]]


def test_a_sentence_opening_on_a_name_and_an_age_describes_the_victim() -> None:
    # its own year is the man's past, not another incident
    text = ("Gunmen shot dead a former rebel commander in the town of Inkhil on Tuesday. "
            "Ziad Kamal al-Hourani, 44, had joined a settlement deal in 2018.")
    assert [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")] == [[("Ziad Kamal al-Hourani", "killed")]]
    # a name that does not open the sentence stays mentioned
    text = ("Gunmen shot dead a former rebel commander in the town of Inkhil on Tuesday. "
            "In 2018 he served under Ziad Kamal al-Hourani, 44, in a rebel brigade.")
    assert [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")] \
        == [[("Ziad Kamal al-Hourani", "mentioned")]]


def test_a_two_word_name_right_after_the_act_ends_at_a_comma() -> None:
    # a given name and a family name the index lacks, after the act's verb, then a comma
    assert named("اغتال مسلحون صباح اليوم وسام الجراونة، وأصابوا شقيقه في بلدة أم ولد بريف درعا.") \
        == [[("وسام الجراونة", "killed")]]
    # after a comma the act no longer governs: a town's adjective is no family name
    assert named("قصفت قوات النظام، صباح اليوم، بلدة جميل الشمالية، ما أدى لمقتل طفل.") == [[]]


def test_a_chain_of_three_names_ends_at_a_comma() -> None:
    # (after a quoted group's name the chain is read without an introducer right before it)
    assert named("اغتيل العنصر السابق بجيش “المعتز بالله” وسام خالد الجراونة، في بلدة المزيريب بريف درعا.") \
        == [[("وسام خالد الجراونة", "killed")]]


def test_named_after_his_name_word() -> None:
    assert named("قتل قيادي بارز اسمه وسام الجراونة بهجوم على حاجز في بلدة المزيريب.") \
        == [[("وسام الجراونة", "killed")]]


def english_people(text: str) -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")]


def test_a_family_name_with_bu_for_abu() -> None:
    assert named("أصيب عدد من سكان قرية العبوش وهم سامر خلف الحسن، وشيرين ياسين بو علي، بقصف مدفعي.") \
        == [[("سامر خلف الحسن", "injured"), ("شيرين ياسين بو علي", "injured")]]


def test_kurdish_letters_in_an_english_name() -> None:
    assert english_people("Gunmen kidnapped the civilian Rêzan Şêxo (35) as he worked in his field in the village "
                          "of Kafr Safra in Afrin on Monday.") == [[("Rêzan Şêxo", "abducted")]]


def test_an_age_in_years_old_after_an_english_name() -> None:
    assert english_people("Two civilians were killed in the explosion in the city of Manbij on Tuesday. "
                          "Karim Adel Hamdo, 27 years old, worked at a bakery near the market.") \
        == [[("Karim Adel Hamdo", "killed")]]


def test_the_dead_and_wounded_of_the_past_weeks_are_background() -> None:
    # the casualties "of the past period" are no toll of the report's incident: its wounded alone, none killed
    text = ("أصيب طفلان بانفجار من مخلفات الحرب في قرية حربنفسه جنوبي حماة صباح اليوم. "
            "وكان العديد من المدنيين سقطوا بين قتيل وجريح في مناطق ريف حماة بالفترة الماضية، جراء انفجار الألغام.")
    assert summary(text) == [("حربنفسه", 0, 2)]


def test_arrests_told_after_an_incident_of_another_kind_are_an_incident_of_their_own() -> None:
    # whatever opens the sentence (not only "following the attack")
    text = ("قتل قيادي في قوى الأمن الداخلي بانفجار عبوة ناسفة في بلدة مركدة صباح اليوم. "
            "وذكرت مصادر محلية أن قوى الأمن اعتقلت عدة أشخاص من البلدة على ذمة التحقيق في الحادثة.")
    assert [(e.type, e.sub_type) for e in extracted(text)] \
        == [("explosions_remote_violence", "remote_explosive_landmine_ied"), ("strategic_developments", "arrests")]
    text = ("Gunmen killed three soldiers in an ambush near the town of Dahla on Monday. "
            "Two suspects were arrested by the security forces.")
    assert [e.sub_type for e in extracted(text, "en")] == ["armed_clash", "arrests"]
    # arrests that tell casualties of their own ("during the raid, a man was killed") stay with the incident told
    text = ("قتل قيادي في قوى الأمن الداخلي بانفجار عبوة ناسفة في بلدة مركدة صباح اليوم. "
            "واعتقلت قوى الأمن عدة أشخاص من البلدة، وقتل شاب خلال المداهمة.")
    assert len(extracted(text)) == 1


def test_an_arrest_after_a_killing_in_one_sentence_does_not_type_it() -> None:
    # the killing told first is the act; an arrest "for killing them" (لقتلهم) told first is the act
    text = "قُتل شاب برصاص مجهولين في مدينة الباب مساء أمس، وألقت الشرطة القبض على القاتل."
    assert [e.type for e in extracted(text)] == ["violence_against_civilians"]
    text = "A young man was shot dead in the town of Jableh on Monday, and police arrested the gunman."
    assert [e.type for e in extracted(text, "en")] == ["violence_against_civilians"]
    text = "أعلن الأمن العام أنه اعتقل عناصر لقتلهم مواطنين في مدينة الباب."
    assert [e.sub_type for e in extracted(text)] == ["arrests"]
