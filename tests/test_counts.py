"""The killed and injured of a sentence (generator/ingest/extract/counts.py); sentences written for each rule."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def counts(text: str, language: str = "ar") -> list[tuple[int | None, int | None]]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [(e.fatalities, e.injured) for e in extract(article)]


def test_killed_and_wounded_counted_together_is_neither_toll() -> None:
    assert counts("ارتفعت حصيلة القصف على مدينة طفس، اليوم الثلاثاء، إلى 60 قتيلاً وجريحاً.") == [(None, None)]
    assert counts("The shelling of Tafas on Tuesday left 60 killed and wounded.", "en") == [(None, None)]


def test_killed_and_wounded_as_two_nouns_after_a_verb_of_undergoing_is_neither_toll() -> None:
    assert counts("تعرض 16 عنصراً من الأمن العام للقتل والإصابة بهجوم على حاجز في مدينة طفس، اليوم الثلاثاء.") == [(None, None)]
    # each noun with its own count
    assert counts("أسفر الهجوم على حاجز في مدينة طفس، اليوم الثلاثاء، عن مقتل 6 عناصر وإصابة 10 آخرين.") == [(6, 10)]


def test_a_digit_written_on_the_casualty_word_is_its_count() -> None:
    assert counts("أسفر القصف على مدينة طفس، اليوم الثلاثاء، عن مقتل7 مدنيين وإصابة 20 آخرين.") == [(7, 20)]


def test_the_toll_rose_to_a_count_far_from_the_casualty_word() -> None:
    text = ("قال مدير المستشفى إن حصيلة قتلى القصف على عدة مواقع بمحيط مدينة طفس، اليوم الثلاثاء، "
            "ارتفعت إلى 14 شخصاً، إضافة لإصابة 43 آخرين.")
    assert counts(text) == [(14, 43)]
    assert counts("The death toll of the strikes on several sites near Tafas on Tuesday rose to 14.", "en") == [(14, None)]


def test_named_victims_are_the_count_when_no_toll_is_stated() -> None:
    assert counts("أسفر الهجوم على حاجز في بلدة اليادودة، اليوم الثلاثاء، عن مقتل كل من خالد سمير الأحمد "
                  "ورامي عادل الحسن، وإصابة أنس محمود العلي.") == [(2, 1)]
    assert counts("Khaled Samir al-Ahmad and Rami Adel al-Hassan were killed near Tafas on Tuesday.",
                  language="en") == [(2, None)]


def test_a_running_tally_of_ongoing_fighting_is_nobodys_toll() -> None:
    text = ("مقتل 40 شخصاً في معارك بريف حماة\n\n"
            "ارتفعت حصيلة قتلى المعارك المستمرة في ريف حماة الشمالي إلى 40 شخصاً، هم: 12 مدنياً "
            "(بينهم 3 أطفال)، و20 عنصراً من قوات النظام، و8 من مقاتلي الفصائل، بحسب المرصد.\n\n"
            "وقصفت قوات النظام، اليوم الثلاثاء، بلدة كفرزيتا بالمدفعية، ما أدى إلى مقتل مدنيين اثنين.")
    assert counts(text) == [(2, None)]
    text = ("The toll of the fighting in northern Hama has risen to 40: 12 civilians, 20 soldiers and 8 "
            "rebels, the monitor said.\n\nRegime artillery shelled the town of Kafr Zita on Tuesday, "
            "killing two civilians.")
    assert counts(text, "en") == [(2, None)]


def test_a_negated_verb_of_result_means_no_casualties() -> None:
    assert counts("انفجرت عبوة ناسفة في مدينة طفس، اليوم الثلاثاء، دون أن تسفر عن وقوع إصابات.") == [(0, 0)]
    assert counts("قصفت قوات النظام بلدة داعل، اليوم الثلاثاء، ولم يؤد القصف إلى سقوط أي ضحايا.") == [(0, 0)]


def test_departed_life_is_a_death() -> None:
    assert counts("انفجرت سيارة مفخخة في مدينة طفس، اليوم الثلاثاء، حيث فارق الحياة 6 مواطنين، "
                  "وأصيب 20 آخرون.") == [(6, 20)]


def test_a_toll_broken_down_as_a_subset_is_the_incidents_toll() -> None:
    text = ("ارتفعت حصيلة قتلى الاشتباكات التي شهدتها مدينة طفس غربي درعا، أمس الاثنين، إلى عشرة قتلى، "
            "بينهم سبعة عناصر من قوات النظام وثلاثة من أبناء المدينة.")
    assert counts(text) == [(10, None)]


def test_a_count_of_several_incidents_together_is_no_incidents_toll() -> None:
    assert counts("قُتل خمسة عناصر من قوات النظام، اليوم الثلاثاء، في هجومين منفصلين بريف درعا الغربي.") == [(None, None)]
    assert counts("Five soldiers were killed on Tuesday in two separate attacks in the western Daraa countryside.",
                  "en") == [(None, None)]


def test_a_dual_pronoun_on_a_casualty_word_with_a_clitic_counts_two() -> None:
    assert counts("أقدم مسلحون مجهولون، اليوم الثلاثاء، على إطلاق النار على شابين في بلدة داعل، ما أدى لمقتلهما.") \
        == [(2, None)]


def test_the_larger_of_two_tolls_read_from_casualty_words_wins() -> None:
    assert counts("قُتل شاب وشقيقه، اليوم الثلاثاء، بإطلاق نار مباشر عليهما في بلدة داعل، ما أدى لمقتلهما على الفور.") \
        == [(2, None)]


def test_martyrs_and_wounded_named_as_nouns_are_the_counts() -> None:
    assert counts("انفجرت سيارة مفخخة في مدينة طفس، ما تسبب بسقوط 3 شهداء و12 مصاباً.") == [(3, 12)]
    assert counts("سقط شهيدان ومصابان بقصف مدفعي على مدينة طفس.") == [(2, 2)]
    # the honorific in a square's name is no casualty
    assert counts("تظاهر العشرات في ساحة الشهداء بمدينة طفس، اليوم الثلاثاء.") == [(None, None)]


def test_a_toll_read_from_the_casualty_word_counts_every_victim_the_sentence_names() -> None:
    assert counts("هاجم مسلحون سيارة في مدينة طفس، ما أدى لمقتل المدعو سمير حداد، والمدعو خالد يوسف الحلبي.") == \
        [(2, None)]
    # a count the sentence states is kept
    assert counts("قُتل ثلاثة أشخاص بينهم المدعو سمير حداد في مدينة طفس، اليوم الثلاثاء.") == [(3, None)]


def test_one_person_named_by_a_bare_noun_is_one() -> None:
    assert counts("قُتل شخص وأصيبت امرأة بجروح، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.") == [(1, 1)]
    assert counts("أصيبت طفلة بجروح، اليوم الثلاثاء، بقصف مدفعي على بلدة داعل.") == [(0, 1)]


def test_others_hurt_with_a_victim_add_nobody_to_the_dead() -> None:
    # "آخرين" belongs to the wounded: the second sentence restates the one killed
    assert counts("قُتل شخص وأصيب آخرون، اليوم الثلاثاء، بقصف طائرة مسيّرة على مدينة طفس.\n\n"
                  "وقال مراسلنا إن الطائرة استهدفت محيط المدينة، ما أسفر عن مقتل عنصر وإصابة آخرين.") == [(1, None)]


def test_a_toll_that_rose_replaces_the_first_toll() -> None:
    assert counts("قُتل خمسة مدنيين وأصيب تسعة آخرون، اليوم الثلاثاء، بغارة جوية على سوق مدينة طفس.\n\n"
                  "وارتفعت حصيلة الغارة على سوق المدينة إلى 9 قتلى و30 جريحاً.") == [(9, 30)]
    assert counts("An air strike on a market in Tafas killed five civilians on Tuesday.\n\n"
                  "The death toll of the strike on the market rose to nine.", "en") == [(9, None)]


def test_another_sources_higher_toll_is_its_claim_not_an_update() -> None:
    assert counts("قُتل 14 شخصاً، اليوم الثلاثاء، بغارات جوية على محيط مدينة طفس.\n\n"
                  "ومن جانبه، ذكر المرصد أن حصيلة قتلى الغارات ارتفعت إلى 25 شخصاً.") == [(14, None)]


def test_the_writers_own_sum_after_a_source_is_the_toll_now() -> None:
    # present tense, after a source's word that tells one more death
    assert counts("قُتل عنصران في اشتباكات في مدينة طفس، اليوم الثلاثاء.\n\n"
                  "من جهتها، أفادت شبكة محلية بأن شاباً من المدينة قضى نتيجة الاشتباكات، ما يرفع حصيلة القتلى "
                  "إلى أربعة.") == [(4, None)]
    assert counts("قُتل عنصران في اشتباكات في مدينة طفس، اليوم الثلاثاء.\n\n"
                  "وقضى شاب آخر متأثراً بجراحه. وبذلك يرتفع عدد القتلى إلى ثلاثة.") == [(3, None)]
    assert counts("Two fighters were killed in clashes in Tafas on Tuesday.\n\n"
                  "For its part, a local network said a young man died of his wounds, bringing the death toll "
                  "to three.", "en") == [(3, None)]
    # the source's own higher toll stays its claim
    assert counts("قُتل عنصران في اشتباكات في مدينة طفس، اليوم الثلاثاء.\n\n"
                  "من جهته، قال المرصد إن عدد القتلى ارتفع إلى خمسة.") == [(2, None)]


def test_the_toll_of_the_martyrs_that_rose_is_the_dead() -> None:
    assert counts("ارتفعت حصيلة شهداء الهجوم الذي استهدف سوق مدينة طفس، اليوم الثلاثاء، إلى 12 شخصاً مقابل "
                  "سقوط 30 جريحاً.") == [(12, 30)]
    # the martyrs named without a toll make no count
    assert counts("أصيب ثلاثة مدنيين بقصف على مدينة طفس، اليوم الثلاثاء، قرب مقبرة الشهداء.") == [(0, 3)]


def test_deaths_told_by_lost_life_died_of_wounds_or_a_caused_death_are_the_dead() -> None:
    # the dead between the verb and "his life"
    assert counts("فقد طفلان حياتهما نتيجة انفجار لغم في بلدة طفس، اليوم الثلاثاء.") == [(2, None)]
    assert counts("أصيبت امرأة وفقدت طفلة حياتها جراء قصف استهدف بلدة طفس، اليوم الثلاثاء.") == [(1, 1)]
    # died of wounds, died at once, a death the blast caused
    assert counts("توفي شاب متأثراً بجراح أصيب بها إثر تعرضه لطلق ناري في بلدة طفس، اليوم الثلاثاء.") == [(1, None)]
    assert counts("أطلق مسلحون النار على شابين في بلدة طفس، اليوم الثلاثاء، مما أدى إلى وفاتهما على الفور.") == [(2, None)]
    assert counts("انفجر لغم في بلدة طفس، اليوم الثلاثاء، ما تسبب بوفاة 3 أطفال.") == [(3, None)]
    assert counts("An ambush on a patrol in the town of Tafas on Tuesday resulted in the deaths of at least 9 "
                  "soldiers.", "en") == [(9, None)]
    # lost hope, a death of old age: no toll, no incident
    assert counts("فقد الأهالي الأمل في الحياة في بلدة طفس، اليوم الثلاثاء.") == []
    assert counts("أعلنت العائلة وفاة والدها في بلدة طفس، اليوم الثلاثاء، بعد مرض.") == []


def test_a_death_added_after_in_addition_to_adds_to_the_toll() -> None:
    assert counts("أسفر الهجوم على منزل في بلدة طفس، اليوم الثلاثاء، عن مقتل امرأة و3 من أولادها، وإصابة رجل، "
                  "بالإضافة إلى مقتل شخصين آخرين.") == [(6, 1)]
    assert counts("Gunmen killed a woman in the town of Tafas on Tuesday, in addition to the killing of two other "
                  "people.", "en") == [(3, None)]
    # the wounded added after it (as often hurt elsewhere) add nothing
    assert counts("أصيب طفل بقصف على بلدة طفس، اليوم الثلاثاء، بالإضافة إلى إصابة رجل بجروح طفيفة.") == [(0, 1)]


def test_one_named_victim_and_n_others_are_n_and_one() -> None:
    assert counts("قتل القيادي السابق في الفصيل “أحمد العلي”، و ثلاثة آخرين كانوا برفقته، في بلدة طفس، "
                  "اليوم الثلاثاء.") == [(4, None)]
    assert counts("قتل الشاب أحمد العلي وثلاثة آخرون كانوا برفقته في بلدة طفس، اليوم الثلاثاء.") == [(4, None)]
    assert counts("Gunmen killed Ahmad al-Ali and three others in the town of Tafas on Tuesday.", "en") == [(4, None)]
    # the others hurt, or counted with the first: no one more
    assert counts("أسفر الهجوم على بلدة طفس، اليوم الثلاثاء، عن مقتل عنصر وإصابة ثلاثة آخرين.") == [(1, 3)]
    assert counts("قتل ثلاثة آخرون بقصف على بلدة طفس، اليوم الثلاثاء.") == [(3, None)]


def test_the_injury_of_one_is_one_hurt_and_no_one_dead() -> None:
    assert counts("Gunmen opened fire on a checkpoint in the town of Tafas on Tuesday.\n\n"
                  "The attack resulted in the injury of a member of the forces.", "en") == [(0, 1)]


def test_an_age_is_not_a_toll() -> None:
    assert counts("قتل الشاب سامر العلي في الـ19 من عمره برصاص مجهولين في بلدة طفس اليوم الثلاثاء.") == [(1, None)]
    assert counts("أصيبت طفلة تبلغ من العمر 9 أعوام بانفجار لغم في بلدة طفس اليوم الثلاثاء.") == [(0, 1)]
    assert counts("قتلت امرأة برصاص قناص في بلدة طفس اليوم الثلاثاء.") == [(1, None)]
    assert counts("A 17-year-old boy was killed by a landmine near Tafas on Tuesday.", "en") == [(1, None)]


def test_the_dead_counted_between_verb_and_object() -> None:
    assert counts("لقي 6 مدنيين مصرعهم وأصيب آخرون بقصف مدفعي على بلدة طفس اليوم الثلاثاء.") == [(6, None)]
    assert counts("لقي ثلاثة عناصر من الشرطة حتفهم بانفجار عبوة ناسفة في بلدة طفس اليوم الثلاثاء.") == [(3, None)]


def test_a_life_lost_or_claimed_is_a_death() -> None:
    assert counts("أدى انفجار عبوة ناسفة في بلدة طفس، اليوم الثلاثاء، إلى فقدان شخص لحياته وإصابة اثنين آخرين.") == [(1, 2)]
    assert counts("أودى انفجار لغم بحياة ثلاثة أطفال في بلدة طفس اليوم الثلاثاء.") == [(3, None)]


def test_one_count_is_one_toll() -> None:
    assert counts("أعلن التلفزيون السوري، اليوم الثلاثاء، مقتل 5 مدنيين وإصابة آخرين جراء انفجار في مدينة طفس.") == [(5, None)]
    assert counts("أسفر انفجار سيارة مفخخة في مدينة طفس، اليوم الثلاثاء، عن مقتل وإصابة 17 شخصاً.") == [(None, None)]


def test_others_wounded_are_not_more_dead() -> None:
    text = ("قتل 5 عمال وأصيب 9 آخرون بانفجار مستودع ذخيرة في مدينة طفس اليوم الثلاثاء.\n\n"
            "وكان التلفزيون الرسمي قد أعلن مقتل 5 مدنيين وإصابة آخرين جراء الانفجار.")
    assert counts(text) == [(5, 9)]


def test_an_injured_only_incident_with_a_vague_count_has_no_dead() -> None:
    assert counts("أصيب عدد من المدنيين بانفجار عبوة ناسفة في بلدة طفس، اليوم الثلاثاء.") == [(0, None)]
    assert counts("Several civilians were wounded when a bomb exploded in Tafas on Tuesday.", "en") == [(0, None)]
    # nobody said who was hurt or killed: the tolls stay unknown
    assert counts("انفجرت عبوة ناسفة في بلدة طفس، اليوم الثلاثاء.") == [(None, None)]


def test_no_word_yet_on_casualties_leaves_the_tolls_unknown() -> None:
    assert counts("قصفت قوات النظام بلدة طفس بالصواريخ، اليوم الثلاثاء، دون ورود أنباء عن وقوع إصابات.") == [(None, None)]
    assert counts("Regime forces shelled Tafas on Tuesday, with no immediate reports of injuries.", "en") == [(None, None)]
    # someone said hurt: nobody said killed, 0 dead
    assert counts("قصفت قوات النظام بلدة طفس بالصواريخ، اليوم الثلاثاء، ما أدى لوقوع إصابات.") == [(0, None)]
    assert counts("Regime forces shelled Tafas on Tuesday, causing injuries.", "en") == [(0, None)]


def test_an_age_in_brackets_is_no_toll() -> None:
    assert counts("قتل الشاب خالد سمير الأحمد (27) عاماً برصاص مجهولين في بلدة طفس اليوم الثلاثاء.") == [(1, None)]


def test_one_family_is_no_count_of_the_dead() -> None:
    assert counts("لقي خمسة أشخاص من عائلة واحدة حتفهم بانفجار لغم في بلدة طفس اليوم الثلاثاء.") == [(5, None)]
    assert counts("Five members of one family were killed by a landmine in Tafas on Tuesday.", "en") == [(5, None)]


def test_martyred_is_killed() -> None:
    assert counts("Three civilians were martyred and four others injured in a landmine blast in Tafas on Tuesday.",
                  "en") == [(3, 4)]



def test_qada_followed_by_a_count_a_victim_or_a_cause_is_killed() -> None:
    assert counts("قضى جراء هذا القصف 3 مدنيين وأصيب عدد آخر بجروح في مدينة طفس، اليوم الثلاثاء.") == [(3, None)]
    assert counts("قضى مدنيان وأصيب خمسة آخرون، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.") == [(2, 5)]


def test_qada_of_years_or_of_a_court_is_no_death() -> None:
    assert counts("قضى القيادي سنوات في السجن قبل أن يعود إلى مدينة طفس.") == []
    assert counts("قضت المحكمة في مدينة طفس، اليوم الثلاثاء، بسجن المتهمين خمس سنوات.") == []


def test_martyrs_who_rose_are_the_dead() -> None:
    assert counts("انفجرت عبوتان ناسفتان بحافلة في مدينة طفس، اليوم الثلاثاء، ما أدى إلى ارتقاء أربعة عشر شهيداً "
                  "وإصابة 3 آخرين.") == [(14, 3)]
    assert counts("قصفت قوات النظام بلدة داعل، اليوم الثلاثاء، فارتقى ثلاثة مدنيين.") == [(3, None)]
    # "raising the level of services" is no death: the wounded alone, 0 dead
    assert counts("قصفت قوات النظام بلدة داعل، اليوم الثلاثاء، وأصيب مدنيان، بينما تعمل البلدية على الارتقاء "
                  "بواقع الخدمات.") == [(0, 2)]


def test_a_sentence_opening_with_killed_and_wounded_counts_them_together() -> None:
    assert counts("قُتل وجُرح نحو 15 مدنياً، اليوم الثلاثاء، جراء قصف مدفعي على مدينة طفس.") == [(None, None)]
    assert counts("قُتل وجُرح نحو 15 مدنياً، اليوم الثلاثاء، جراء قصف مدفعي على مدينة طفس.\n"
                  "وقال الدفاع المدني إن 4 مدنيين قُتلوا وأصيب 10 آخرون جراء القصف.") == [(4, 10)]
    # each verb with its own victim counts each
    assert counts("قُتل شاب وأصيب 3 آخرون بقصف مدفعي على مدينة طفس، اليوم الثلاثاء.") == [(1, 3)]
    assert counts("هاجم مسلحون حاجزاً في مدينة طفس، اليوم الثلاثاء، فقُتل عنصران وأصيب 3 آخرون.") == [(2, 3)]


def test_a_commander_or_one_of_the_members_is_one_person() -> None:
    assert counts("قُتل قيادي في فصيل محلي بانفجار عبوة ناسفة في مدينة طفس، اليوم الثلاثاء.") == [(1, None)]
    assert counts("قُتل أحد عناصر الحاجز بهجوم مسلح في مدينة طفس، اليوم الثلاثاء.") == [(1, None)]


def test_one_person_and_a_count_is_the_count_and_one() -> None:
    assert counts("A commander and seven of his men were killed in an ambush near Tafas on Tuesday.", "en") == [(8, None)]
    assert counts("Gunmen stormed a house in Tafas on Tuesday, killing a woman and three of her children.",
                  "en") == [(4, None)]
    assert counts("قُتل قيادي و7 من عناصره بكمين قرب مدينة طفس، اليوم الثلاثاء.") == [(8, None)]
    assert counts("اقتحم مسلحون منزلاً في مدينة طفس، اليوم الثلاثاء، ما أسفر عن مقتل امرأة و3 من أولادها.") == [(4, None)]
    # among the dead: a part of the toll, not one more
    assert counts("قُتل 5 أشخاص بينهم امرأة و3 أطفال بقصف على مدينة طفس، اليوم الثلاثاء.") == [(5, None)]
    assert counts("Shelling on Tafas on Tuesday killed five people, among them a woman and three children.",
                  "en") == [(5, None)]


def test_damage_confined_to_property_is_no_casualties() -> None:
    assert counts("انفجرت عبوة ناسفة بسيارة في حي المحطة بمدينة طفس، اليوم الثلاثاء، واقتصرت الأضرار على الماديات.") \
        == [(0, 0)]
    assert counts("انفجرت عبوة ناسفة في سوق مدينة طفس، اليوم الثلاثاء، حيث اقتصرت الخسائر على الأضرار المادية.") \
        == [(0, 0)]
    assert counts("A bomb exploded in a car in Tafas on Tuesday; the damage was limited to property.", "en") == [(0, 0)]


def test_material_damage_besides_casualties_keeps_the_toll() -> None:
    assert counts("انفجرت عبوة ناسفة في سوق مدينة طفس، اليوم الثلاثاء، ما أدى إلى مقتل شخصين وأضرار مادية كبيرة.") \
        == [(2, None)]
    assert counts("A bomb killed two people in Tafas on Tuesday and caused heavy material damage.", "en") == [(2, None)]


def test_a_toll_over_scattered_places_or_various_circumstances_is_no_incidents_toll() -> None:
    assert counts("قصفت قوات النظام، اليوم الثلاثاء، مناطق متفرقة من ريف درعا الغربي، ما أسفر عن مقتل 9 مدنيين.") \
        == [(None, None)]
    assert counts("قُتل 17 شخصاً، أمس الاثنين، في ظروف مختلفة بعدة مناطق سورية.") == [(None, None)]
    assert counts("Shelling killed nine civilians on Tuesday in scattered areas of the Daraa countryside.", "en") \
        == [(None, None)]
    assert counts("Seventeen people died on Monday in various circumstances, the monitor said.", "en") == [(None, None)]


def test_a_toll_at_one_town_with_several_shells_stays_its_toll() -> None:
    assert counts("قصفت قوات النظام، اليوم الثلاثاء، عدة مواقع في بلدة طفس، ما أسفر عن مقتل 9 مدنيين.") == [(9, None)]
    assert counts("Shelling hit several sites in Tafas on Tuesday, killing nine civilians.", "en") == [(9, None)]


def test_a_span_of_time_or_a_distance_is_no_toll() -> None:
    assert counts("قُتل مدني، اليوم الثلاثاء، بعد 48 ساعة من خطفه في بلدة طفس.") == [(1, None)]
    assert counts("أصيب عدد من المدنيين، اليوم الثلاثاء، بقصف مدفعي على بلدة طفس (30 كم عن مدينة درعا).") \
        == counts("أصيب عدد من المدنيين، اليوم الثلاثاء، بقصف مدفعي على بلدة طفس.")
    assert counts("A civilian was killed in Tafas on Tuesday, 48 hours after he was abducted.", "en") == [(1, None)]
    assert counts("Civilians were wounded on Tuesday by shelling on Tafas, 30 km from Daraa.", "en") \
        == counts("Civilians were wounded on Tuesday by shelling on Tafas.", "en")


def test_an_age_in_words_is_no_toll() -> None:
    assert counts("قُتل الطفل أحمد البالغ من العمر خمسة عشر عاماً، اليوم الثلاثاء، بانفجار لغم قرب بلدة طفس.") \
        == [(1, None)]
    assert counts("قُتل طفل بعمر ثلاثة أعوام، اليوم الثلاثاء، بانفجار لغم قرب بلدة طفس.") == [(1, None)]
    assert counts("A fifteen-year-old boy was killed by a landmine near Tafas on Tuesday.", "en") == [(1, None)]
    assert counts("A boy aged fifteen was killed by a landmine near Tafas on Tuesday.", "en") == [(1, None)]
    assert counts("قُتل ثلاثة أطفال، اليوم الثلاثاء، بانفجار لغم قرب بلدة طفس.") == [(3, None)]
