"""Arrests read in session 14 (generator/ingest/extract/clauses.py `event_hits`, the arrest words and cues of
lang/ar/events.py and lang/en/events.py); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def kinds(text: str, language: str = "ar") -> list[tuple[str, str]]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [(e.type, e.sub_type) for e in extract(article)]


ARREST = ("strategic_developments", "arrests")


def test_the_everyday_words_for_an_arrest_make_one() -> None:
    assert kinds("ألقت دورية للأمن الداخلي القبض على شاب في بلدة طفس بريف درعا اليوم الثلاثاء.") == [ARREST]
    assert kinds("تم القبض عليه في بلدة طفس بريف درعا اليوم الثلاثاء بعد مطاردة قصيرة.") == [ARREST]
    assert kinds("أعلنت الشرطة توقيف شخصين في بلدة طفس بريف درعا اليوم الثلاثاء.") == [ARREST]


def test_a_grip_is_no_arrest() -> None:
    assert kinds("تعيش بلدة طفس بريف درعا تحت قبضة أمنية مشددة منذ أشهر، ويشكو الأهالي من القبضة الأمنية.") == []


def test_a_weapon_someone_holds_is_not_the_means_of_the_event() -> None:
    assert kinds("اعتقلت دورية للأمن الداخلي شاباً في بلدة طفس اليوم الثلاثاء وبحوزته قنبلة يدوية.") == [ARREST]
    assert kinds("Police arrested a young man in Tafas on Tuesday who was carrying a hand grenade.", "en") == [ARREST]


def test_an_arrest_sought_is_none_made() -> None:
    assert kinds("بدأت الأجهزة الأمنية في بلدة طفس اليوم الثلاثاء عمليات ملاحقة لتعقب المطلوبين واعتقالهم.") == []
    assert kinds("Police in Tafas launched a campaign on Tuesday aimed at arresting wanted men.", "en") == []


def test_a_person_shot_stabbed_or_hit_by_gunfire_is_an_attack() -> None:
    attack = ("violence_against_civilians", "attack")
    assert kinds("A young man was shot in the leg by gunmen in Tafas on Tuesday.", "en") == [attack]
    assert kinds("A shooting in Tafas on Tuesday left a man in critical condition.", "en") == [attack]
    assert kinds("A man was stabbed in Tafas on Tuesday.", "en") == [attack]
    assert kinds("طعن مجهولون شاباً في بلدة طفس اليوم الثلاثاء.") == [attack]
    assert kinds("ذبح مجهولون راعياً في بلدة طفس اليوم الثلاثاء.") == [attack]


def test_shot_dead_still_counts_the_dead() -> None:
    article = Article(text="A farmer was shot dead by gunmen in Tafas on Tuesday.", archived="", language="en",
                      origin="test", published=dt.date(2023, 3, 14))
    assert [e.fatalities for e in extract(article)] == [1]


DISRUPTED = ("strategic_developments", "disrupted_weapons_use")


def test_a_bomb_made_safe_is_disrupted_weapons_use_not_an_explosion() -> None:
    assert kinds("فككت فرق الهندسة عبوة ناسفة زرعت قرب مدرسة في بلدة طفس اليوم الثلاثاء.") == [DISRUPTED]
    assert kinds("قامت فرق الهندسة بتفكيك سيارة مفخخة في مدينة طفس اليوم الثلاثاء.") == [DISRUPTED]
    assert kinds("Army engineers defused an explosive device planted near a school in Tafas on Tuesday.", "en") \
        == [DISRUPTED]


def test_a_blast_while_defusing_is_an_explosion_and_a_cell_dismantled_no_bomb() -> None:
    ied = ("explosions_remote_violence", "remote_explosive_landmine_ied")
    assert kinds("أصيب شخصان في بلدة طفس اليوم الثلاثاء أثناء تفكيك عبوة ناسفة كانت مزروعة داخل سيارة.") == [ied]
    assert kinds("أسفرت العملية الأمنية في بلدة طفس اليوم الثلاثاء عن تفكيك خلية واعتقال أفرادها.") == [ARREST]


def tolls(text: str, language: str = "ar") -> list[tuple[int | None, int | None]]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [(e.fatalities, e.injured) for e in extract(article)]


def test_the_assassinated_are_dead() -> None:
    assert tolls("اغتال مسلحون مجهولون شابين في بلدة طفس اليوم الثلاثاء.") == [(2, None)]
    assert tolls("Gunmen assassinated two young men in Tafas on Tuesday.", "en") == [(2, None)]


def test_an_attempt_or_an_involvement_counts_no_dead() -> None:
    # (since session 29 a survivor makes the toll 0, as the corpus's gold codes it: nobody died)
    assert tolls("نجا شاب من محاولة اغتيال في بلدة طفس اليوم الثلاثاء.") == [(0, None)]
    assert tolls("A young man survived an assassination attempt in Tafas on Tuesday.", "en") == [(0, None)]
    assert tolls("اعتقلت قوات الأمن في بلدة طفس اليوم الثلاثاء ثلاثة أشخاص متورطين في اغتيال شابين.") \
        == [(None, None)]
    assert tolls("Police arrested three men in Tafas on Tuesday who were involved in the assassination of two "
                 "young men.", "en") == [(None, None)]


def test_the_everyday_english_words_of_violence_make_events_with_their_counts() -> None:
    assert kinds("Gunmen targeted a civilian car in Tafas on Tuesday.", "en") != []
    assert kinds("Skirmishes broke out between two families in Tafas on Tuesday.", "en") \
        == [("battles", "armed_clash")]
    assert kinds("An exchange of fire between the army and gunmen took place in Tafas on Tuesday.", "en") \
        == [("battles", "armed_clash")]
    assert kinds("A sticky bomb went off under a car in Tafas on Tuesday.", "en") \
        == [("explosions_remote_violence", "remote_explosive_landmine_ied")]
    assert kinds("Regime helicopters dropped barrel bombs on Tafas on Tuesday.", "en") \
        == [("explosions_remote_violence", "air_drone_strike")]
    assert tolls("Three civilians perished in Tafas on Tuesday when their house collapsed after shelling.", "en") \
        == [(3, None)]
    assert tolls("Four people were massacred in Tafas on Tuesday.", "en") == [(4, None)]
    assert tolls("A man sustained gunshot wounds in Tafas on Tuesday.", "en") == [(0, 1)]


def test_targeted_as_an_adjective_makes_no_event() -> None:
    assert kinds("The government describes its strikes in the province as targeted attacks on armed groups.",
                 "en") == []


def test_a_ruler_whose_government_was_targeted_is_no_victim() -> None:
    article = Article(text="Security forces targeted remnants of former President Bashar al-Assad's government in "
                      "Tafas on Tuesday, killing six people.", archived="", language="en", origin="test",
                      published=dt.date(2023, 3, 14))
    roles = {p.name: p.role for e in extract(article) for p in e.people}
    assert roles.get("Bashar al-Assad") in (None, "mentioned")


def test_people_of_one_each_joined_by_and_are_counted_together() -> None:
    assert tolls("قُتل طفل وامرأة في بلدة طفس اليوم الثلاثاء.") == [(2, None)]
    assert tolls("قُتل شاب وطفل وامرأة بقصف على بلدة طفس اليوم الثلاثاء.") == [(3, None)]
    assert tolls("A child and a woman were killed in Tafas on Tuesday.", "en") == [(2, None)]
    assert tolls("Shelling killed a man, a woman and a child in Tafas on Tuesday.", "en") == [(3, None)]
    assert tolls("قُتل شاب وأصيب آخر في بلدة طفس اليوم الثلاثاء.") == [(1, 1)]


def test_an_aircraft_brought_down_is_disrupted_weapons_use_unless_a_weapon_was_used_besides() -> None:
    assert kinds("أسقطت قوات المجلس العسكري طائرة مسيرة تركية فوق قرية طفس اليوم الثلاثاء.") == [DISRUPTED]
    assert kinds("Air defences shot down a Turkish drone over Tafas on Tuesday.", "en") == [DISRUPTED]
    assert kinds("قصفت القوات الحكومية عبر الطائرات المسيرة قرية طفس اليوم الثلاثاء، فيما أسقطت الفصائل مسيرة في "
                 "قرية إنخل.")[0] == ("explosions_remote_violence", "air_drone_strike")


def test_a_toll_over_different_incidents_is_no_incident_s_toll() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين في بلدة طفس اليوم الثلاثاء.\n"
            "ومع هذه الجريمة ارتفعت حصيلة ضحايا يوم الثلاثاء في محافظة درعا، إلى أربعة قتلى، ومصابين اثنين، في "
            "ثلاث حوادث مختلفة.")
    assert tolls(text) == [(1, None)]


def test_the_count_before_an_intransitive_death_verb_is_its_toll_across_a_subset() -> None:
    assert tolls("Five people, including two children, lost their lives when a mine exploded in Tafas on Tuesday.",
                 "en") == [(5, None)]
    assert tolls("Two soldiers killed three gunmen in Tafas on Tuesday.", "en") == [(3, None)]


def test_a_subset_set_off_by_commas_does_not_end_the_count_before_its_casualty_word() -> None:
    assert tolls("لقي خمسة أشخاص، بينهم طفلان، مصرعهم بانفجار لغم في بلدة طفس اليوم الثلاثاء.") == [(5, None)]


def test_fatally_shot_is_killed_and_an_adverb_keeps_was_shot_an_event() -> None:
    assert tolls("In another incident, a young man was fatally shot in Tafas on Tuesday.", "en") == [(1, None)]
    assert kinds("A young man was reportedly shot in Tafas on Tuesday.", "en") == [("violence_against_civilians",
                                                                                  "attack")]
