"""Rules of session 28 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted  # the same article builder
from test_probes_session23 import named, summary


def english_people(text: str) -> list[list[tuple[str, str]]]:
    """The (name, role) pairs of each incident of an English article whose whole text is `text`."""
    return [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")]


def test_arrived_dead_is_a_death() -> None:
    # the participle: the young man reached the hospital dead, an incident of its own
    assert named("وصل الشاب فادي سليم الحوراني إلى مشفى بلدة طفس مفارقاً الحياة إثر إصابته بطلق ناري.") \
        == [[("فادي سليم الحوراني", "killed")]]
    # (a hospital's town is where the dead were taken, not the scene)
    assert summary("وصل شابان إلى مشفى بلدة طفس مفارقين للحياة جراء إصابتهما بطلقات نارية.") == [(None, 2, None)]
    # the noun of "life's ironies" is no death
    assert summary("ومن مفارقات الحياة في بلدة طفس أن شاباً عاد إلى بيته اليوم بعد عشرين عاماً من الغربة.") == []


def test_the_death_of_a_person_of_his_wounds_told_by_a_noun_hurt_no_one_else() -> None:
    # "وفاة X متأثراً بإصابته": the wound is the dead man's own
    assert summary("أعلنت مصادر محلية وفاة الشاب فادي سليم الحوراني متأثراً بإصابته برصاص مجهولين في بلدة طفس.") \
        == [("طفس", 1, None)]
    # a death of an illness is no incident, nor one with no cause told ("وفاة والده" may be of old age)
    assert summary("أعلن ناشطون في بلدة الحراك وفاة الشيخ فادي سليم الحوراني متأثراً بمرض عضال عن عمر 70 عاماً.") == []
    assert summary("أعلنت مصادر محلية وفاة والد الشاب فادي سليم الحوراني في بلدة طفس.") == []


def test_a_two_word_name_right_after_the_act_ends_at_a_comma() -> None:
    # a given name and a family name the index lacks, after the act's verb, then a comma
    assert named("اغتال مسلحون صباح اليوم وسام الجراونة، وأصابوا شقيقه في بلدة أم ولد بريف درعا.") \
        == [[("وسام الجراونة", "killed")]]
    # after a comma the act no longer governs; a direction is no family name
    assert named("قصفت قوات النظام، صباح اليوم، بلدة جميل الشمالية، ما أدى لمقتل طفل.") == [[]]
    assert named("قصفت قوات النظام صباح اليوم جميل الشمالية، ما أدى لمقتل طفل.") == [[]]


def test_a_chain_of_three_names_ends_at_a_comma() -> None:
    # (after a quoted group's name the chain is read without an introducer right before it)
    assert named("اغتيل العنصر السابق بجيش “المعتز بالله” وسام خالد الجراونة، في بلدة المزيريب بريف درعا.") \
        == [[("وسام خالد الجراونة", "killed")]]


def test_named_after_his_name_word() -> None:
    assert named("قتل قيادي بارز اسمه وسام الجراونة بهجوم على حاجز في بلدة المزيريب.") \
        == [[("وسام الجراونة", "killed")]]


def test_a_family_name_with_bu_for_abu() -> None:
    assert named("أصيب عدد من سكان قرية العبوش وهم سامر خلف الحسن، وشيرين ياسين بو علي، بقصف مدفعي.") \
        == [[("سامر خلف الحسن", "injured"), ("شيرين ياسين بو علي", "injured")]]


def test_kurdish_letters_in_an_english_name() -> None:
    assert english_people("Gunmen kidnapped the civilian Rêzan Şêxo (35) as he worked in his field in the village "
                          "of Kafr Safra in Afrin on Monday.") == [[("Rêzan Şêxo", "abducted")]]
    # in every name pattern: brothers sharing a family name, a kunya in quotation marks
    assert english_people("A Turkish drone killed the brothers Rêzan and Şêxo Hesen in the village of Tal Tamr on "
                          "Monday.") == [[("Rêzan Hesen", "killed"), ("Şêxo Hesen", "killed")]]
    assert english_people('Gunmen killed "Abu Şêxo" in the village of Tal Tamr on Monday.') == [[("Abu Şêxo", "killed")]]
    # a body named with the letters is no person
    assert english_people("A drone struck a car near the town of Qamishli on Monday, wounding its driver. "
                          "Rojava Asayîş said the driver was a civilian.") == [[]]


def test_an_age_in_years_old_after_an_english_name() -> None:
    assert english_people("Two civilians were killed in the explosion in the city of Manbij on Tuesday. "
                          "Karim Adel Hamdo, 27 years old, worked at a bakery near the market.") \
        == [[("Karim Adel Hamdo", "killed")]]


def test_arrests_told_after_an_incident_of_another_kind_are_an_incident_of_their_own() -> None:
    # whatever opens the sentence (not only "following the attack")
    text = ("قتل قيادي في قوى الأمن الداخلي بانفجار عبوة ناسفة في بلدة مركدة صباح اليوم. "
            "واعتقلت قوى الأمن لاحقاً ثلاثة مشتبه بهم من أبناء البلدة، بحسب مصادر محلية.")
    assert [(e.type, e.sub_type) for e in extracted(text)] \
        == [("explosions_remote_violence", "remote_explosive_landmine_ied"), ("strategic_developments", "arrests")]
    text = ("Gunmen killed three soldiers in an ambush near the town of Dahla on Monday. "
            "Two suspects were arrested by the security forces.")
    assert [e.sub_type for e in extracted(text, "en")] == ["armed_clash", "arrests"]
    # arrests that tell casualties of their own ("during the raid, a man was killed") stay with the incident told
    text = ("قتل قيادي في قوى الأمن الداخلي بانفجار عبوة ناسفة في بلدة مركدة صباح اليوم. "
            "واعتقلت قوى الأمن عدة أشخاص من البلدة، وقتل شاب خلال المداهمة.")
    assert len(extracted(text)) == 1


def test_an_arrest_joined_after_a_killing_in_one_sentence_is_an_incident_of_its_own() -> None:
    text = "قُتل شاب برصاص مجهولين في مدينة الباب مساء أمس، وألقت الشرطة القبض على القاتل."
    assert [(e.place.name, e.sub_type) for e in extracted(text)] == [("الباب", "attack"), ("الباب", "arrests")]
    text = "A young man was shot dead in the town of Jableh on Monday, and police arrested the gunman."
    assert [(e.place.name, e.sub_type) for e in extracted(text, "en")] == [("Jableh", "attack"), ("Jableh", "arrests")]
    # not after "، في" (a place, no second act), nor when the arrest tells a casualty of its own: one incident, the
    # killing's type
    text = "قُتل شاب برصاص مجهولين، في مدينة الباب مساء أمس، وألقت الشرطة القبض على القاتل بعد إصابته."
    assert [e.type for e in extracted(text)] == ["violence_against_civilians"]
    # an arrest "for killing them" (لقتلهم) told first is the act
    text = "أعلن الأمن العام أنه اعتقل عناصر لقتلهم مواطنين في مدينة الباب."
    assert [e.sub_type for e in extracted(text)] == ["arrests"]


def test_arrests_after_an_incident_told_as_background_or_during_a_new_operation() -> None:
    # the victim's arrest of last year is background, no incident of today
    text = ("قتل شاب برصاص مجهولين في مدينة الباب صباح اليوم. "
            "وكانت الشرطة العسكرية قد اعتقلت الشاب العام الماضي بتهمة التعامل مع جهة معادية.")
    assert [e.sub_type for e in extracted(text)] == ["attack"]
    # "following the attack" opens arrests of their own, even made "during a campaign" (a new one)
    text = ("قتل عنصران من الأمن العام بهجوم مسلح على حاجز في بلدة الصنمين صباح اليوم. "
            "وعقب الهجوم، اعتقلت قوى الأمن ستة أشخاص خلال حملة مداهمات في البلدة.")
    assert [(e.place.name if e.place else None, e.sub_type) for e in extracted(text)] \
        == [("الصنمين", "armed_clash"), ("الصنمين", "arrests")]


def test_arrests_told_with_no_place_are_where_the_incident_they_followed_was() -> None:
    text = ("قتل قيادي في قوى الأمن الداخلي بانفجار عبوة ناسفة في بلدة مركدة صباح اليوم. "
            "واعتقلت قوى الأمن لاحقاً ثلاثة مشتبه بهم، بحسب مصادر محلية.")
    assert [e.place.name if e.place else None for e in extracted(text)] == ["مركدة", "مركدة"]


def test_an_arrest_for_a_killing_is_an_arrest() -> None:
    assert [e.sub_type for e in extracted(
        "المتهم بقتل شاب في مدينة الباب الأسبوع الماضي ألقت الشرطة العسكرية القبض عليه صباح اليوم.")] == ["arrests"]
    assert [e.sub_type for e in extracted(
        "The suspect in last week's killing of a shop owner in the town of Jableh was arrested by police on Monday.",
        "en")] == ["arrests"]


def test_an_arrest_demanded_is_none_made() -> None:
    text = ("Gunmen shot dead two brothers in the town of Kafr Nabl on Monday. "
            "Their relatives demanded that the killers be arrested and tried.")
    assert [e.sub_type for e in extracted(text, "en")] == ["attack"]
