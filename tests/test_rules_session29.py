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


def test_a_survivor_beside_a_death_a_missing_person_or_an_earlier_attempt_tells_no_toll() -> None:
    # (mended after the review: each of these was 0 dead)
    assert summary("نجا مدير ناحية طفس من محاولة اغتيال بعبوة ناسفة، وأسفر الانفجار عن وفاة سائقه.") \
        == [("طفس", None, None)]
    assert summary("نجا القيادي أحمد العلي من محاولة اغتيال في بلدة طفس، فيما لا يزال مصير مرافقه مجهولاً.") \
        == [("طفس", None, None)]
    assert summary("هاجم مسلحون مجهولون منزل عضو لجنة المصالحة في بلدة طفس بالقنابل، علماً أن العضو نجا من محاولة "
                   "اغتيال سابقة.") == [("طفس", None, None)]
    assert summary("Gunmen ambushed a patrol near the town of Tafas on Monday and fled. The attackers escaped the "
                   "ambush site before reinforcements arrived.", "en") == [("Tafas", None, None)]


def test_no_other_human_losses_keeps_the_dead_told() -> None:
    assert summary("قُتل سائق بانفجار عبوة ناسفة بسيارته في بلدة طفس، دون وقوع أي أضرار بشرية أخرى.")[0][1] == 1
    # none among the civilians: the soldiers' dead stay
    assert summary("انفجرت عبوة ناسفة بسيارة عسكرية في بلدة طفس، ما أدى لمقتل عنصرين، دون تسجيل إصابات في صفوف "
                   "المدنيين.")[0][1] == 2
    assert summary("انفجرت عبوة ناسفة بسيارة في بلدة طفس، ودون وقوع إصابات.") == [("طفس", 0, 0)]


def test_a_wound_with_another_persons_pronoun_is_that_persons() -> None:
    assert summary("قُتل شاب برصاص مسلحين مجهولين في بلدة طفس، ونُقل شقيقه إلى المشفى لإصابته بطلق ناري في قدمه.") \
        == [("طفس", 1, 1)]
    assert summary("قتل مسلحون مجهولون شاباً في بلدة طفس، وأطلقوا النار على صديقه ما أدى لإصابته.") == [("طفس", 1, 1)]


def test_a_roundups_next_killing_or_a_town_someone_was_taken_from_is_no_retelling_at_the_seat() -> None:
    assert summary("قُتل شاب برصاص مسلحين مجهولين في درعا مساء الجمعة. وفي بلدة طفس، قُتل رجل خمسيني برصاص مسلحين "
                   "مجهولين.") == [("درعا", 1, None), ("طفس", 1, None)]
    assert summary("قُتل شاب برصاص مسلحين مجهولين في حماة مساء الجمعة. وأفاد مراسلنا بأن مسلحين قتلوا الشاب بعد خطفه "
                   "من مدينة السلمية.")[0][0] == "حماة"
