"""Rules of session 29 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session23 import named, summary


def test_a_target_who_survived_makes_an_incident_with_no_dead() -> None:
    # the survivor told far from "من محاولة": nobody died (ACLED's 0), the wounded are not known
    assert summary("نجا عضو سابق في لجنة المصالحة بمدينة الصنمين شمالي محافظة درعا، من محاولة اغتيال "
                   "بعبوة ناسفة زرعها مجهولون بسيارته في مدينة الصنمين.") == [("الصنمين", 0, None)]
    assert summary("Gunmen opened fire on a car in the town of Tafas on Monday, and the driver, a former commander "
                   "of a local faction, survived the attack.", "en") == [("Tafas", 0, None)]
    # unhurt
    assert summary("أطلق مسلحون مجهولون النار على سيارة مختار بلدة المسيفرة دون أن يصاب بأذى.") \
        == [("المسيفرة", 0, None)]


def test_a_history_of_attempts_or_a_death_keeps_its_toll() -> None:
    # several attempts survived before are no toll of this attack
    assert summary("Gunmen attacked the house of a mayor in the town of Tafas on Monday. The mayor has survived "
                   "several assassination attempts.", "en") == [("Tafas", None, None)]
    # a companion killed: the survivor's escape tells nothing of the toll
    assert summary("نجا قيادي في فصيل محلي من محاولة اغتيال في مدينة الصنمين، فيما قُتل أحد مرافقيه.") \
        == [("الصنمين", 1, None)]


def test_no_human_losses_is_a_toll_of_none() -> None:
    assert summary("انفجرت عبوة ناسفة بسيارة مدنية في مدينة الصنمين، ولم يسفر الانفجار عن أضرار بشرية.") \
        == [("الصنمين", 0, 0)]
    assert summary("سقطت قذيفة صاروخية على حي سكني في مدينة الصنمين، دون وقوع أي أضرار بشرية.") \
        == [("الصنمين", 0, 0)]


def test_a_wound_with_the_dead_persons_pronoun_hurt_no_one_else() -> None:
    assert summary("قُتل سائق شاحنة في بلدة نصيب، بعد أن أطلق مسلحون النار عليه ما أدى لإصابته في الرأس.") \
        == [("نصيب", 1, None)]
    assert summary("قُتلت امرأة في بلدة نصيب بعد إصابتها برصاص مجهولين.") == [("نصيب", 1, None)]
    # a relative hurt is another person
    assert summary("قُتلت امرأة وأصيب طفلها برصاص مجهولين في بلدة نصيب.") == [("نصيب", 1, 1)]


def test_a_seat_named_bare_stood_for_its_governorate_when_the_act_is_told_again_at_a_town() -> None:
    lead = "قُتل شاب في درعا مساء الجمعة برصاص مسلحين."
    again = " وأفادت مصادر محلية بأن الشاب سامر خالد العلي قُتل في أرض زراعية قرب بلدة نوى."
    assert summary(lead + again) == [("نوى", 1, None)]
    # named as the city, the seat is the city
    assert summary("قُتل شاب في مدينة درعا مساء الجمعة برصاص مسلحين." + again)[0][0] == "درعا"
    # a toll of its own at the town is another incident
    assert summary(lead + " وقُتل ثلاثة شبان برصاص مسلحين في بلدة نوى.") == [("درعا", 1, None), ("نوى", 3, None)]


def test_the_one_by_whose_hand_is_the_perpetrator() -> None:
    assert named("قُتل الشاب سامر خالد العلي طعناً بسكين إثر شجار في مدينة الكسوة، على يد شاب يُدعى فادي سليم "
                 "الحوراني، لاذ بالفرار.") == [[("سامر خالد العلي", "killed"), ("فادي سليم الحوراني", "perpetrator")]]
