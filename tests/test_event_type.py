"""The ACLED type of an incident from its own clause (generator/ingest/extract/event_type.py);
sentences written for each rule."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def types(text: str, language: str = "en") -> list[tuple[str, str, bool]]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 21))
    return [(e.type, e.sub_type, e.civilian_targeting) for e in extract(article)]


ATTACK = ("violence_against_civilians", "attack", True)


def test_fighters_who_kill_civilians_do_not_make_a_battle() -> None:
    assert types("Pro-government fighters killed four members of a family in Tafas on Monday.") == [ATTACK]
    assert types("Four civilians were shot dead in Tafas on Monday by members of a local militia.") == [ATTACK]
    assert types("قُتل أربعة مدنيين، أمس الاثنين، برصاص عناصر من ميليشيا محلية في مدينة طفس.", "ar") == [ATTACK]


def test_fighters_who_are_killed_make_a_battle() -> None:
    assert types("Two soldiers were killed in clashes with gunmen in Tafas on Monday.") == \
        [("battles", "armed_clash", False)]


def test_an_explosion_or_a_bombing_of_unnamed_means_is_a_remote_explosive() -> None:
    for text, language in (("قُتل شاب، اليوم الثلاثاء، بانفجار في سوق بلدة داعل.", "ar"),
                           ("A bombing killed a young man in the market of the town of Da'el on Tuesday.", "en")):
        [event] = extract(Article(text=text, archived=text, language=language, origin="test",
                                  published=dt.date(2023, 3, 14)))
        assert (event.type, event.sub_type) == ("explosions_remote_violence", "remote_explosive_landmine_ied")


def test_a_place_name_holding_a_trigger_word_is_no_trigger() -> None:
    # الغارية is a town; غارة (an air raid) is a trigger word
    text = "أطلق مسلحون مجهولون النار على شابين قرب بلدة الغارية الشرقية، ما أدى إلى إصابتهما، اليوم الثلاثاء."
    [event] = extract(Article(text=text, archived=text, language="ar", origin="test", published=dt.date(2023, 3, 14)))
    assert event.type == "violence_against_civilians" and event.injured == 2


def test_gunfire_at_someone_is_an_attack_that_names_no_one_killed() -> None:
    text = "أطلق مسلحون مجهولون، اليوم الثلاثاء، النار على الشاب خالد سمير الأحمد في مدينة طفس."
    [event] = extract(Article(text=text, archived=text, language="ar", origin="test", published=dt.date(2023, 3, 14)))
    assert (event.type, event.sub_type, event.fatalities) == ("violence_against_civilians", "attack", None)
    assert [p.role for p in event.people if p.name == "خالد سمير الأحمد"] != ["killed"]


def test_an_execution_is_a_killing() -> None:
    for text, language in (("أعدم تنظيم داعش، اليوم الثلاثاء، شاباً وسط قرية في ريف دير الزور.", "ar"),
                           ("Militants executed a young man in a village near Deir ez-Zor on Tuesday.", "en")):
        [event] = extract(Article(text=text, archived=text, language=language, origin="test",
                                  published=dt.date(2023, 3, 14)))
        assert event.type == "violence_against_civilians" and event.date == dt.date(2023, 3, 14)


CLASH = ("battles", "armed_clash", False)


def test_targeting_someone_is_an_attack_of_its_own() -> None:
    # "استهدف" with no weapon and no casualty word: an event, an attack unless the target is armed
    assert types("استهدف مسلحون مجهولون، مساء أمس، منزل مدرس في بلدة داعل بالأسلحة الرشاشة.", "ar") == [ATTACK]


def test_a_patrol_checkpoint_or_military_position_hit_makes_a_battle() -> None:
    assert types("استهدف مسلحون مجهولون دورية لقوات النظام في مدينة طفس.", "ar") == [CLASH]
    assert types("أطلق مسلحون مجهولون النار على حاجز لقوات النظام في بلدة داعل.", "ar") == [CLASH]
    assert types("Unknown gunmen opened fire on a regime checkpoint in Tafas on Monday.") == [CLASH]


def test_a_checkpoint_where_someone_was_shot_is_no_target() -> None:
    assert types("Unknown gunmen opened fire on Samir Haddad near a military checkpoint in Tafas on Monday, "
                 "killing him.") == [ATTACK]
    assert types("أطلق مسلحون مجهولون النار على سمير حداد قرب حاجز لقوات النظام في مدينة طفس، ما أدى لمقتله.",
                 "ar") == [ATTACK]


def test_a_suicide_drone_is_a_drone_strike() -> None:
    assert types("قُتل مدني بطائرة مسيّرة انتحارية استهدفت سيارته في ريف حلب الغربي.", "ar") == \
        [("explosions_remote_violence", "air_drone_strike", True)]
    assert types("انفجر انتحاري بحزام ناسف في سوق مدينة الباب.", "ar")[0][1] == "suicide_bomb"


def test_clashes_named_again_as_breaking_out_after_a_cause_take_the_type_of_the_cause() -> None:
    text = ("اندلعت اشتباكات عنيفة في مدينة طفس، اليوم الثلاثاء.\n\n"
            "واندلعت هذه الاشتباكات على خلفية اعتقال قوات النظام شاباً من المدينة، يوم الأحد الماضي.")
    assert [t[:2] for t in types(text, "ar")] == [("battles", "armed_clash"), ("strategic_developments", "arrests")]


def test_a_fighter_only_among_the_victims_does_not_make_a_battle() -> None:
    assert types("أقدم مجهولون على قتل شخص داخل محله في بلدة داعل، أمس الاثنين، وأصيب ثلاثة آخرون منهم قيادي "
                 "في فصيل محلي.", "ar") == [ATTACK]
    assert types("Unknown gunmen killed a person in a shop in Da'el on Monday and wounded three others, including a "
                 "commander of a local faction.") == [ATTACK]
    # fighters named as the victims, with a subset of them, are still fighters
    assert types("قُتل ثلاثة عناصر من قوات النظام، بينهم ضابط، أمس الاثنين، في بلدة داعل.", "ar")[0][0] == "battles"


def test_a_shooting_told_next_to_an_explosion_stays_a_shooting() -> None:
    text = ("أطلق مسلحون مجهولون النار على شاب في بلدة داعل، أمس الاثنين، ما أدى إلى مقتله.\n\n"
            "ووقع الهجوم بعد ساعات من انفجار عبوة ناسفة في البلدة دون إصابات.")
    assert types(text, "ar")[0] == ATTACK
    # a killing whose means the lead does not name is the explosion told after it
    text = ("قُتل شاب في بلدة داعل، أمس الاثنين.\n\n"
            "وقالت مصادر محلية إن عبوة ناسفة انفجرت بالشاب أثناء مروره في البلدة.")
    assert types(text, "ar")[0][:2] == ("explosions_remote_violence", "remote_explosive_landmine_ied")


def test_a_warplane_is_an_air_strike() -> None:
    assert types("قُتل ثلاثة مدنيين، أمس الاثنين، باستهداف طائرة حربية روسية سوقاً شعبياً في مدينة طفس.", "ar")[0][:2] \
        == ("explosions_remote_violence", "air_drone_strike")
