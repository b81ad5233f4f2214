"""Shapes of a toll read in session 13's second round (generator/ingest/extract/counts.py, frames.py, the toll
words of lang/ar and lang/en); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def counts(text: str, language: str = "ar") -> list[tuple[int | None, int | None]]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [(e.fatalities, e.injured) for e in extract(article)]


def test_damage_confined_to_property_with_the_noun_first_or_nothing_resulting_is_no_casualties() -> None:
    assert counts("انفجرت عبوة ناسفة بسيارة مدنية في بلدة طفس اليوم الثلاثاء، مشيرةً إلى أن الأضرار اقتصرت على "
                  "الماديات.") == [(0, 0)]
    assert counts("انفجرت عبوة ناسفة بسيارة مدنية في بلدة طفس اليوم الثلاثاء، ولم ينجم عنها إصابات بشرية.") == [(0, 0)]


def test_a_killing_named_as_the_cause_leaves_the_wounded_only_incident_its_zero_dead() -> None:
    assert counts("أُصيب ثلاثة عناصر من الشرطة بجروح اليوم الثلاثاء في اشتباكات بمدينة طفس اندلعت على خلفية مقتل "
                  "شاب من المدينة.") == [(0, 3)]
    assert counts("Three policemen were wounded in Tafas on Tuesday in clashes that broke out in retaliation for the "
                  "killing of a young man.", "en") == [(0, 3)]


def test_a_place_that_also_recorded_its_dead_after_a_tally_is_more_of_the_tally() -> None:
    text = ("قُتل شابان برصاص مسلحين مجهولين في بلدة طفس بريف درعا اليوم الثلاثاء.\n"
            "وفي محافظة درعا وحدها، قُتل 120 شخصاً منذ بداية العام، بحسب إحصائية محلية.\n"
            "وفي مدينة إنخل، قُتل 30 شخصاً.\n"
            "كما سجلت مدينة نوى سقوط 12 قتيلاً.")
    assert counts(text) == [(2, None)]


def test_one_person_and_his_aide_or_escort_are_two() -> None:
    assert counts("أسفرت غارة بطائرة مسيرة على سيارة قرب بلدة طفس اليوم الثلاثاء عن مقتل قيادي ومرافقه.") == [(2, None)]
    assert counts("أصيب ضابط ومساعده بجروح في انفجار عبوة ناسفة قرب بلدة طفس اليوم الثلاثاء.") == [(0, 2)]


def test_the_wound_the_dead_died_of_is_no_injured() -> None:
    assert counts("قُتل شاب جراء إصابته برصاصة طائشة خلال مشاجرة في بلدة طفس اليوم الثلاثاء.") == [(1, None)]
    assert counts("لقي رجل مصرعه إثر إصابته بطلق ناري في بلدة طفس اليوم الثلاثاء.") == [(1, None)]
    assert counts("قُتل شاب في بلدة طفس اليوم الثلاثاء، جرّاءَ إصابتِه برصاصةٍ طائشةٍ.") == [(1, None)]


def test_vague_others_are_no_count() -> None:
    assert counts("Gunmen attacked a checkpoint in Tafas on Tuesday, killing one soldier and injuring others.",
                  "en") == [(1, None)]
    assert counts("One soldier was killed and several others wounded in an attack on a checkpoint in Tafas on "
                  "Tuesday.", "en") == [(1, None)]


def test_the_titles_dead_do_not_fill_a_body_that_tells_of_wounded_only() -> None:
    text = ("مقتل قيادي في فصيل محلي بانفجار عبوة ناسفة في طفس\n\n"
            "أصيب شخصان، بينهم قيادي في فصيل محلي، اليوم الثلاثاء، بانفجار عبوة ناسفة في بلدة طفس بريف درعا.")
    assert counts(text) == [(0, 2)]


def test_a_casualty_word_with_him_or_her_as_its_object_counts_one() -> None:
    assert counts("A drone targeted an unidentified man on a motorcycle near Jasim, killing him immediately.",
                  "en") == [(1, None)]
    assert counts("Gunmen opened fire on a farmer near Jasim on Monday, wounding him in the leg.", "en")[0][1] == 1
    assert counts("Gunmen stormed a house in Jasim on Monday and killed her.", "en") == [(1, None)]


def test_one_person_and_a_count_of_their_men_with_the_force_named_between_them() -> None:
    assert counts("قتل قيادي في “قوات سوريا الديمقراطية” واثنان من عناصرها، يوم الخميس، إثر استهداف سيارتهم "
                  "في بلدة جاسم.") == [(3, None)]
    assert counts("قُتل قيادي في الفصيل و3 من عناصره بهجوم في بلدة جاسم أمس.") == [(4, None)]
    # a count of another casualty word stays that word's
    assert counts("قتل شاب في بلدة جاسم وأصيب 3 آخرون بانفجار عبوة أمس.") == [(1, 3)]


def test_martyrs_counted_in_words() -> None:
    assert counts("قصفت القوات مدينة جاسم مساء أمس، ما أدّى إلى سقوط أربعة شهداءَ من بينهم طفلٌ، وإصابةِ 15 شخصاً "
                  "بينهم أربعةُ أطفالٍ بجروح.") == [(4, 15)]
    assert counts("قصفت القوات مدينة جاسم مساء أمس، ما أدى إلى سقوط عشرة شهداء.") == [(10, None)]
    assert counts("خرجت مظاهرة في ساحة الشهداء بمدينة جاسم أمس.") in ([], [(None, None)])   # no dead


def test_the_dead_counted_between_the_verb_and_its_object_however_many_words_name_them() -> None:
    assert counts("لقي 18 من قوات النظام السوري والمسلحين الموالين له مصرعهم، يوم الأربعاء، إثر تعرضهم لهجوم "
                  "في بلدة جاسم.") == [(18, None)]
    assert counts("لقي ثلاثة من عناصر الفرقة الرابعة في الجيش السوري مصرعهم بانفجار لغم في بلدة جاسم أمس.") == [(3, None)]
    # the count inside a casualty phrase of several words is its toll
    assert counts("أعلنت قسد فقدان ثلاثة من مقاتليها لحياتهم وإصابة سبعة آخرين بتفجير في بلدة جاسم أمس.") == [(3, 7)]


def test_one_person_after_who_killed_them_is_the_active_verbs_victim() -> None:
    assert counts("اغتال مسلحون مجهولون شاباً في مدينة جاسم أمس.") == [(1, None)]
    assert counts("اغتال مسلحون مجهولون، مساء أمس، قائد مليشيا محلية في مدينة جاسم.") == [(1, None)]
    assert counts("قتل مسلحون مجهولون الشاب وزوجته في مدينة جاسم أمس.") == [(2, None)]
    # a count after them stays the toll
    assert counts("قتل مسلحون مجهولون 3 شبان في مدينة جاسم أمس.") == [(3, None)]


def test_a_units_number_is_no_count() -> None:
    assert counts("قتل عنصر من الفرقة 25 بانفجار في بلدة جاسم أمس.") == [(1, None)]
    assert counts("قتل 3 عناصر من اللواء 47 بانفجار في بلدة جاسم أمس.") == [(3, None)]



def test_both_counts_two() -> None:
    assert counts("Security forces foiled an attack in Tafas on Tuesday, killing both assailants.", "en") == [(2, None)]
    assert counts("Both men were killed by gunmen in Tafas on Tuesday.", "en") == [(2, None)]
    # "both" counts only the people it stands before: the toll of "both sides" clashing is their own count
    assert counts("Clashes between both sides in Tafas killed five people on Tuesday.", "en") == [(5, None)]


def test_a_birth_year_is_no_toll_and_no_date_of_the_report() -> None:
    assert counts("قُتل الشاب محمد أحمد الزعبي (مواليد 1995) برصاص مسلحين مجهولين في بلدة طفس اليوم الإثنين.") == [(1, None)]
    # a year is background: as a birth year it no longer makes the whole sentence an earlier incident
    assert counts("قُتل الشاب محمد أحمد الزعبي، من مواليد عام 1995، برصاص مسلحين مجهولين في بلدة طفس.") == [(1, None)]
    assert counts("Mohammad al-Zoubi (born 1995) was shot dead by gunmen in Tafas on Tuesday.", "en") == [(1, None)]
    # any other year still dates an earlier incident
    assert counts("قُتل الشاب محمد أحمد الزعبي في عام 1995 برصاص مسلحين مجهولين في بلدة طفس.") == []


def test_an_adverb_between_the_auxiliary_and_the_casualty_verb_keeps_the_subject_count() -> None:
    assert counts("Two young men were seriously injured by gunmen in Tafas on Tuesday.", "en") == [(0, 2)]
    assert counts("Three soldiers were critically wounded in Tafas on Tuesday.", "en") == [(0, 3)]


def test_one_of_the_places_is_no_count_of_people() -> None:
    assert counts("Two young men in one of the villages of Tafas were injured by gunmen on Tuesday.", "en") == [(0, 2)]
    assert counts("One of the soldiers was killed in Tafas on Tuesday.", "en") == [(1, None)]
