"""Shapes of a toll read in session 13 (generator/ingest/extract/counts.py, arabic_counts.py, english.py); each
sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def counts(text: str, language: str = "ar") -> list[tuple[int | None, int | None]]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [(e.fatalities, e.injured) for e in extract(article)]


def test_did_not_cause_any_casualties_is_zero() -> None:
    assert counts("A drone struck a farm near Tafas on Tuesday, but it did not cause any casualties.", "en") == [(0, 0)]


def test_the_one_person_and_a_count_with_him() -> None:
    assert counts("A drone hit a car near Tafas on Tuesday, killing the driver and two men travelling with him.",
                  "en") == [(3, None)]


def test_another_before_the_casualty_word_is_one() -> None:
    assert counts("Three soldiers were killed and another wounded when a roadside bomb hit their patrol in Tafas "
                  "on Tuesday.", "en") == [(3, 1)]


def test_the_whole_toll_told_again_adds_nobody() -> None:
    text = ("A drone struck a car near Tafas on Tuesday, killing two men and wounding another person nearby.\n"
            "The drone struck the car, killing two men and wounding another person nearby, a local source told "
            "the agency.")
    assert counts(text, "en") == [(2, 1)]


def test_one_person_and_a_relative_of_hers_are_two() -> None:
    assert counts("قُتلت سيدة وابنها بقصف مدفعي على منزلهما في بلدة طفس، اليوم الثلاثاء.") == [(2, None)]
    assert counts("أصيب رجل وزوجته بجروح بانفجار قنبلة يدوية في بلدة طفس، اليوم الثلاثاء.") == [(0, 2)]


def test_another_after_an_injury_noun_is_one() -> None:
    assert counts("أسفر انفجار لغم أرضي في بلدة طفس، اليوم الثلاثاء، عن مقتل شاب وإصابة آخر بجروح.") == [(1, 1)]


def test_a_victim_noun_with_an_age_after_the_time_words_is_one() -> None:
    assert counts("قُتل صباح اليوم الثلاثاء شاب يبلغ من العمر 19 عاماً بانفجار لغم أرضي في بلدة طفس.") == [(1, None)]
    assert counts("استشهد مساء أمس طفل يبلغ من العمر 12عاماً بانفجار لغم في محيط بلدة طفس.") == [(1, None)]


def test_another_beside_the_sentences_own_dead_adds_nobody_to_the_toll_before() -> None:
    text = ("أفادت مصادر محلية أن شاباً قُتل وأصيب آخر بإطلاق نار في بلدة طفس اليوم الثلاثاء.\n"
            "وأطلق مسلحون مجهولون النار على الشاب في بلدة طفس اليوم الثلاثاء، ما أدى إلى مقتله وإصابة آخر كان برفقته.")
    assert counts(text) == [(1, 1)]
    # "also another" in a sentence of its own adds one
    assert counts("قُتل عنصران بهجوم على حاجز في بلدة طفس اليوم الثلاثاء.\nكما أصيب آخر بجروح.") == [(2, 1)]


def test_the_executed_are_the_dead() -> None:
    assert counts("Gunmen executed 12 prisoners in the village of Tafas on Tuesday.", "en") == [(12, None)]
    assert counts("Rebels carried out the execution of 50 fighters in the village of Tafas on Tuesday.", "en") == [(50, None)]
    assert counts("اقتحم مسلحون قرية طفس اليوم الثلاثاء وأعدموا ميدانياً 13 شخصاً.") == [(13, None)]
    assert counts("نفذ مسلحون اليوم الثلاثاء إعدامات ميدانية طالت 12 مواطناً في بلدة طفس.") == [(12, None)]


def test_a_count_after_an_abduction_word_is_of_the_abducted() -> None:
    assert counts("قتل التنظيم اليوم الثلاثاء شاباً عمره 19 عاماً كان قد خطفه مع 36 شخصاً من بلدة طفس.") == [(1, None)]
    assert counts("Gunmen killed a young man in Tafas on Tuesday whom they had abducted along with 36 others.",
                  "en") == [(1, None)]


def test_the_tallys_source_going_on_is_more_of_the_tally() -> None:
    text = ("ووثق المكتب خلال شهر آذار مقتل 31 شخصاً في محافظة درعا، بينهم 12 في عمليات اغتيال.\n"
            "وأشار المكتب إلى أن من بين القتلى 9 عناصر سابقين في فصائل المعارضة.")
    assert counts(text) == []
    text = ("The monitor documented 31 deaths in Daraa province during March, 12 of them in assassinations.\n"
            "The monitor added that among the dead were 9 former opposition fighters.")
    assert counts(text, "en") == []


def test_a_tally_broken_down_place_by_place_is_no_incident() -> None:
    text = ("قتل مسلحون مجهولون 3 أشخاص في بلدة طفس اليوم الثلاثاء.\n"
            "وفي محافظة درعا وحدها، قُتل 52 شخصاً، مع تسجيل 30 حالة اغتيال.\n"
            "وفي حمص، لقي 21 شخصاً مصرعهم، بينهم 4 نساء.")
    assert counts(text) == [(3, None)]
    text = ("Unknown gunmen killed 3 people in the town of Tafas on Tuesday.\n"
            "In Daraa province alone, 52 people were killed, with 30 assassinations recorded.\n"
            "In Homs, 21 people lost their lives, four of them women.")
    assert counts(text, "en") == [(3, None)]


def test_a_count_and_one_person_after_it() -> None:
    assert counts("قتل 4 أطفال وامرأة اليوم الثلاثاء بقصف صاروخي على بلدة طفس.") == [(5, None)]
    assert counts("Three soldiers and a civilian were killed in shelling on the town of Tafas on Tuesday.", "en") == [(4, None)]
    # one of them, not one more
    assert counts("قتل 4 أشخاص بينهم طفل وامرأة اليوم الثلاثاء بقصف صاروخي على بلدة طفس.") == [(4, None)]


def test_one_person_with_tanween_and_a_count() -> None:
    assert counts("قُتل شخصٌ مدنيٌ واثنان آخران من عناصر الأمن العام اليوم الثلاثاء جراء اشتباكات في بلدة طفس.") == [(3, None)]


def test_no_other_wounded_found_is_zero_injured() -> None:
    assert counts("انفجر لغم أرضي في بلدة طفس اليوم الثلاثاء ما أدى إلى مقتل شابين، وأكد الدفاع المدني عدم وجود "
                  "مصابين آخرين.") == [(2, 0)]
    assert counts("A landmine exploded in Tafas on Tuesday, killing two young men; no one else was injured.",
                  "en") == [(2, 0)]


def test_a_toll_of_incidents_in_other_places_or_two_scattered_ones() -> None:
    assert counts("استشهد خمسة أشخاص اليوم الثلاثاء في مناطق أخرى من محافظة درعا نتيجة انفجارات مشابهة.") == [(None, None)]
    assert counts("قُتل مراهق وأُصيب شابان آخران يوم الثلاثاء في واقعتي إطلاق نار متفرقتين بمحافظة درعا.") == [(None, None)]


def test_confirmed_that_none_were_hurt_is_no_casualties() -> None:
    assert counts("سقطت قذيفة على منزل في بلدة طفس اليوم الثلاثاء، وتأكدت فرق الدفاع المدني من عدم وقوع إصابات.") == [(0, 0)]


def test_an_unconfirmed_higher_toll_is_a_claim_not_the_toll() -> None:
    text = ("قُتل شابان بإطلاق نار على مقهى في بلدة طفس اليوم الثلاثاء.\n"
            "فيما تناقلت مصادر محلية أن عدد القتلى وصل إلى خمسة أشخاص دون تأكيد رسمي.")
    assert counts(text) == [(2, None)]


def test_as_well_as_adds_nobody() -> None:
    text = ("Gunmen killed a young man in the town of Tafas on Tuesday.\n"
            "His family received a video showing him being killed as well as images of his body.")
    assert counts(text, "en") == [(1, None)]


def test_one_victim_noun_after_the_date_words_is_one() -> None:
    assert counts("قُتل اليوم الثلاثاء طفل بانفجار لغم أرضي في بلدة طفس.") == [(1, None)]
    assert counts("استشهد اليوم الثلاثاء شاب، متأثراً بجراحه، إثر انفجار لغم في بلدة طفس.") == [(1, None)]


def test_fell_victim_to_it_counts_the_dead() -> None:
    assert counts("وقعت مجزرة بقصف على بلدة طفس اليوم الثلاثاء راح ضحيتها 14 امرأة ورجل واحد.") == [(15, None)]
    assert counts("A massacre in shelling on the town of Tafas on Tuesday claimed the lives of 14 women and one man.",
                  "en") == [(15, None)]


def test_a_count_of_killed_and_wounded_together_after_fell_victim_is_neither() -> None:
    assert counts("ارتكبت الطائرات مجزرة في بلدة طفس اليوم الثلاثاء راح ضحيتها قرابة 40 مدنياً بين قتيل وجريح.") \
        == [(None, None)]
