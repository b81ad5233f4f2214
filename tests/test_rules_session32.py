"""Rules of session 32 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from test_probes_session21 import extracted
from test_probes_session23 import named, summary

from generator.ingest.article import Article
from generator.ingest.extract import extract


def test_a_child_or_sibling_named_by_the_given_name_alone_takes_the_relatives_chain() -> None:
    # a man's two sons: each named by his own given name, the father's given name and the family name
    text = "أصيب المواطن ماهر يوسف العبيد ونجلاه خالد وعمر بجروح جراء قصف استهدف منزلهم في بلدة النعيمة."
    assert named(text) == [[("ماهر يوسف العبيد", "injured"), ("خالد ماهر العبيد", "injured"),
                            ("عمر ماهر العبيد", "injured")]]
    assert summary(text) == [("النعيمة", 0, 3)]
    son = [p for p in extracted(text)[0].people if p.name == "خالد ماهر العبيد"][0]
    assert "خالد" in son.aliases   # the name as the article writes it
    # one son, and a father named by two parts
    assert named("قُتل الشاب ماهر العبيد وابنه خالد برصاص مجهولين في بلدة النعيمة.") \
        == [[("ماهر العبيد", "killed"), ("خالد ماهر العبيد", "killed")]]
    # a sister shares all but the given name
    assert named("أصيب الشاب ماهر يوسف العبيد وشقيقته هدى بجروح جراء انفجار لغم في بلدة النعيمة.") \
        == [[("ماهر يوسف العبيد", "injured"), ("هدى يوسف العبيد", "injured")]]
    # her son does not carry his mother's names, and a son after a wife is the first man's
    assert named("قُتلت السيدة هدى يوسف العبيد وابنها خالد بقصف استهدف بلدة النعيمة.") \
        == [[("هدى يوسف العبيد", "killed"), ("خالد", "killed")]]
    assert ("خالد هدى العبيد", "injured") not in named(
        "قُتل الشاب ماهر يوسف العبيد، فيما أصيبت زوجته هدى سالم العبيد ونجله خالد بقصف على بلدة النعيمة.")[0]


def test_a_verb_of_undergoing_after_a_name_ends_it() -> None:
    assert named("وأضاف المصدر أن المواطن سامر خليل حمو تعرض للخطف ثلاث مرات في بلدة راجو.")[0] \
        == [("سامر خليل حمو", "abducted")]
    assert named("وقال المصدر إن الشاب سامر خليل حمو توفي متأثراً بجراحه في بلدة راجو.")[0] == [("سامر خليل حمو", "killed")]


def test_who_the_counted_were_before_their_verb_is_part_of_the_count() -> None:
    # "وهم" and the kinds of the dead between a count and its verb: the count is the toll
    assert summary("أفاد مراسلنا أن 6 مدنيين وهم امرأتان و 4 أطفال قُتلوا جراء غارات على بلدة كفرنبل.") \
        == [("كفرنبل", 6, None)]
    # a count of their own after the toll's verb stays the count of its own casualty word
    assert summary("قُتل 6 مدنيين جراء غارات على بلدة كفرنبل، وأصيب 4 آخرون بجروح.") == [("كفرنبل", 6, 4)]


def test_the_names_of_the_victims_of_an_act_told_at_another_town_are_its_own() -> None:
    text = ("قُتل طفل وأصيب آخرون بقصف جوي على بلدة كفرنبل جنوب إدلب.\n\n"
            "وفي ريف إدلب الغربي، قال المراسل إن امرأة تدعى (هدى سالم) قُتلت وأصيب آخرون بقصف مدفعي على قرية"
            " بداما، مشيراً إلى أن أسماء المصابين هي: محمد سالم وخالد سالم.")
    assert [(e.place.name if e.place else None, [p.name for p in e.people]) for e in extracted(text)] \
        == [("كفرنبل", []), ("بداما", ["هدى سالم", "محمد سالم", "خالد سالم"])]
    # mourners naming the dead, the town they came from before the strike told again: the incident before
    text = ("قُتل ثلاثة عناصر من قوات النظام بغارات إسرائيلية على محيط مطار دمشق الدولي ليل الجمعة.\n\n"
            "ونعت صفحات موالية القتلى، وهم: سامر العلي المنحدر من حي المخرم في مدينة حمص، وخالد الحسن، وذلك إثر"
            " استهداف الطيران الإسرائيلي محيط المطار.")
    assert len(extracted(text)) == 1
    # the act told before by its definite noun, at a village where it also fell or on a road to it: the names are of
    # the incident before
    lead = "قُتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة كفرنبل جنوب إدلب، صباح الأحد.\n\n"
    names = "مشيراً إلى أن أسماء القتلى هي: محمد سالم العلي وخالد سالم العلي وأحمد حسن الخلف."
    for second in ("وقال مراسلنا إن القصف المدفعي طال أيضاً قرية حاس المجاورة، ",
                   "وأوضح المراسل أن القذائف سقطت على الطريق الواصل إلى قرية حاس، ",
                   "وقال مراسلنا إن قصف الطيران الروسي طال أيضاً قرية حاس المجاورة، ",
                   "وأكد الدفاع المدني أن الغارات الروسية استهدفت أيضاً قرية حاس، "):
        assert summary(lead + second + names) == [("كفرنبل", 3, None)]
    # the dead told before by their definite noun, with where the fire came from or an area after the act's means
    for second in ("ونعت صفحات محلية القتلى الذين سقطوا بقصف مدفعي مصدره قرية جورين، ",
                   "ونعت صفحات محلية القتلى الذين قضوا بقصف مدفعي على منطقة جبل الزاوية، "):
        assert summary(lead + second + names) == [("كفرنبل", 3, None)]


def test_a_town_named_like_a_given_name_right_after_a_casualty_word_and_before_a_family_name_is_the_person() -> None:
    text = "وفي حادث منفصل، قُتل جاسم الحمود برصاص مجهولين قرب بلدة الطيانة بريف دير الزور."
    assert summary(text) == [("الطيانة", 1, None)]
    assert named(text) == [[("جاسم الحمود", "killed")]]
    # the town after a preposition or with a direction stays the town
    assert summary("قُتل شاب برصاص مجهولين في جاسم الغربية.") == [("جاسم", 1, None)]
    assert summary("قُتل شاب برصاص مجهولين في مدينة جاسم.") == [("جاسم", 1, None)]


def test_an_armys_bombing_is_shelling() -> None:
    def sub_types(text: str) -> list[str | None]:
        return [e.sub_type for e in extract(Article(text=text, archived=text, language="en", origin="t",
                                                    published=dt.date(2018, 3, 3)))]
    assert sub_types("Turkish army's bombing killed one civilian in the village of Kaxre on Friday.") \
        == ["shelling_artillery_missile_attack"]
    assert sub_types("The bombing by the Turkish army killed one civilian in the village of Kaxre on Friday.") \
        == ["shelling_artillery_missile_attack"]
    # forces' bombing is as often from the air: not shelling
    assert sub_types("Russian forces' bombing of the town of Ariha killed two civilians on Friday.") \
        != ["shelling_artillery_missile_attack"]
    # a bombing with no army is a bomb's
    assert sub_types("A bombing killed one civilian in the town of Azaz on Friday.") == ["remote_explosive_landmine_ied"]


def test_a_suburb_named_like_a_person_names_no_one() -> None:
    text = "أصيب شخص بانفجار عبوة ناسفة في سيارة في ضاحية يوسف العظمة بريف دمشق، وفق ما أفاد رئيس البلدية."
    assert all(name != "يوسف العظمة" for incident in named(text) for name, _ in incident)


def test_children_listed_by_given_name_and_age_after_a_count_and_a_colon() -> None:
    text = ("أقدم رجل على قتل زوجته، إضافة إلى أطفالهما الثلاثة: هالة (14 عامًا)، وريم (12 عامًا)، وجودي (5 سنوات)،"
            " في حي البياض بمدينة حماة.")
    assert named(text) == [[("هالة", "killed"), ("ريم", "killed"), ("جودي", "killed")]]
    # children who survived are named, not as the incident's dead
    assert named("قُتل رجل بقصف على منزله في مدينة حماة، فيما نجا أطفاله الثلاثة: هالة (14 عامًا)، وريم (12 عامًا)،"
                 " وجودي (5 سنوات).") == [[]]
    assert named("قُتل رجل بقصف على منزله في مدينة حماة، ونجا بأعجوبة من الانفجار أطفاله الثلاثة: هالة (14 عامًا)،"
                 " وريم (12 عامًا)، وجودي (5 سنوات).") == [[]]
    # ... but a man who once survived an attempt on his life and killed his children: they are the dead
    assert named("أقدم رجل نجا من محاولة اغتيال العام الماضي على قتل زوجته وأطفالهما الثلاثة: هالة (14 عامًا)، وريم"
                 " (12 عامًا)، وجودي (5 سنوات)، في مدينة حماة.") == [[("هالة", "killed"), ("ريم", "killed"),
                                                                    ("جودي", "killed")]]
    # without their ages, given names alone after the count are not read as a list of the dead
    assert named("قُتل رجل وأطفاله الثلاثة: وكانت العائلة قد نزحت من حماة إلى مدينة إدلب.") == [[]]


def test_a_relation_word_after_a_name_is_no_part_of_it() -> None:
    text = "قتل عنصر في قوات النظام يدعى أحمد علي طليقته ووالديها داخل منزلهم في بلدة السقيلبية."
    assert all("طليقته" not in name for incident in named(text) for name, _ in incident)


def test_a_count_of_zero_in_brackets_is_no_age() -> None:
    text = ("Three soldiers were killed on Thursday in an ambush near the town of Palmyra.\n\n"
            "Russian warplanes carried out air raids on the desert of Athriya in response.\n\nTotal Comments (0)\n")
    assert all(not e.people for e in extract(Article(text=text, archived=text, language="en", origin="t",
                                                     published=dt.date(2021, 5, 28))))


def test_an_everyday_word_named_like_a_village_before_an_adjective_of_a_country_is_no_place() -> None:
    text = ("وقالت الوكالة إن مواطنين قتلا جراء عدوان إسرائيلي عبر طائرة مسيرة استهدفت سيارة عند المدخل الشرقي لبلدة"
            " خان أرنبة.")
    assert [e.place.name for e in extracted(text) if e.place] == ["خان أرنبة"]
    # with its place word it is the village
    assert summary("قُتل شاب برصاص مجهولين في بلدة عدوان بريف درعا الغربي.") == [("عدوان", 1, None)]


def test_a_source_by_his_side_tells_an_earlier_incident_again() -> None:
    text = ("استهدفت طائرة مسيرة إسرائيلية سيارة عند مدخل بلدة خان أرنبة، ما أدى إلى مقتل شخصين وإصابة ثالث.\n\n"
            "وقصفت المدفعية الإسرائيلية بلدة الرفيد، ما أدى إلى إصابة أحد الأهالي.\n\n"
            "من جانبه، نقل تجمع أحرار حوران عن مصدر خاص قوله إن الاستهداف وقع عند مدخل بلدة خان أرنبة، ما أسفر عن"
            " إصابة شخص ومقتل شخصين.")
    assert summary(text) == [("خان أرنبة", 2, 1), ("الرفيد", 0, 1)]
    # a source telling of a person killed at another town than the last incident, which killed no one: its own
    text = text.rsplit("\n\n", 1)[0] + ("\n\nمن جانبه، قال مصدر محلي إن مسلحين مجهولين اعتدوا على الشاب أحمد حسن"
                                        " الخلف عند مدخل بلدة خان أرنبة مساءً، ما أدى إلى مقتله.")
    assert [(place, dead) for place, dead, _ in summary(text)][1:] == [("الرفيد", 0), ("خان أرنبة", 1)]


def test_an_outlet_named_like_a_town_that_is_told_is_no_place() -> None:
    def places(text: str) -> list[str | None]:
        return [e.place.lexicon_id if e.place else None for e in extract(Article(
            text=text, archived=text, language="en", origin="t", published=dt.date(2025, 5, 1)))]
    assert places("Sources tell Al Mayadeen that over 40 people were killed in clashes in Sahnaya on Wednesday.") \
        == ["sahnaya"]
    assert places("Over 40 people were killed in clashes in Sahnaya on Wednesday, local sources told Al Mayadeen.") \
        == ["sahnaya"]
    # the town itself stays a place, also after "told" when the phrase goes on
    assert places("Gunmen killed two men in the city of al-Mayadin on Wednesday.") == ["al-mayadin"]
    assert places("The SDF told Raqqa residents to stay indoors after gunmen killed two men in the city on Monday.") \
        == ["al-raqqah"]
    assert places("Local sources told Al Mayadeen television that gunmen killed two men in the town of Dhiban.") \
        == ["dhiban"]
    assert places("A local official told Al Mayadeen in an interview that gunmen killed two men in the town of Dhiban.") \
        == ["dhiban"]


def test_a_direction_or_a_line_after_a_place_word_names_no_place() -> None:
    text = ("رصدت قوة عسكرية محاولة عملية قنص في منطقة شمال هضبة الجولان، وقصفت طائرة مسيرة سيارة في القنيطرة.\n\n"
            "وواصلت القوات تفتيشات في منطقة السياج ووقف إطلاق النار.")
    assert all(e.place is None or e.place.name not in ("شمال", "السياج") for e in extracted(text))


def test_the_parents_of_those_told_before_are_two() -> None:
    assert summary("استشهد أربعة أطفال وأصيب والديهم بجروح خطيرة إثر انفجار لغم في مدينة كفرنبل.") \
        == [("كفرنبل", 4, 2)]
    assert summary("قُتل طفل وأصيب والداه بجروح إثر انفجار لغم في مدينة كفرنبل.") == [("كفرنبل", 1, 2)]


def test_one_person_in_the_accusative_after_a_casualty_word_is_one() -> None:
    assert summary("وأضاف المرصد أنه تم قتل شخصاً بعبوة ناسفة في بلدة الراعي بريف حلب.") == [("الراعي", 1, None)]
    text = ("قُتل 14 شخصاً في تفجير سيارة مفخخة بمدينة الباب.\n\n"
            "وأضاف المرصد أنه تم قتل شخصاً استهدف سيارة بعبوة ناسفة في بلدة الراعي بريف حلب.")
    assert summary(text) == [("الباب", 14, None), ("الراعي", 1, None)]


def test_a_source_telling_of_another_victim_at_another_town_tells_another_incident() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين في بلدة داعل مساء الاثنين.\n\n"
            "وقالت مصادر محلية إن مسلحين أطلقوا النار على شاب آخر في بلدة اليادودة، ما أدى إلى مقتله.")
    assert [p for p, _, _ in summary(text)] == ["داعل", "اليادودة"]
    text = ("Gunmen shot dead a young man in the town of Dael on Monday.\n\n"
            "Local sources said gunmen also shot dead another young man in the town of al-Yadudah.")
    assert [p for p, _, _ in summary(text, "en")] == ["Dael", "al-Yadudah"]
    # the other victim told after the town where the first came from: the incident before
    text = ("Gunmen shot dead a young man and wounded another in the town of Dael on Monday evening.\n\n"
            "Local sources said a young man from al-Yadudah was killed and another young man was wounded in the attack.")
    assert [p for p, _, _ in summary(text, "en")] == ["Dael"]


def test_a_person_taken_to_a_hospital_after_an_incident_is_its_wounded() -> None:
    def people(text: str) -> list[list[tuple[str, str]]]:
        return [[(p.name, p.role) for p in e.people] for e in extract(Article(
            text=text, archived=text, language="en", origin="t", published=dt.date(2024, 5, 6)))]
    lead = "A civilian was killed and another was wounded on Wednesday when a drone struck their car near Derbasiyah.\n\n"
    assert people(lead + "A medical source said Shiyar Ahmad Ali died at the scene, while Rezan Mahmoud Hassan was taken"
                         " to a hospital in Qamishli.") == [[("Shiyar Ahmad Ali", "killed"),
                                                             ("Rezan Mahmoud Hassan", "injured")]]
    # after an apposition; one who died after, or was taken there for another reason, is no wounded
    assert people(lead + "The driver, Rezan Mahmoud Hassan, was taken to a hospital in Qamishli.")[0][-1] \
        == ("Rezan Mahmoud Hassan", "injured")
    assert people(lead + "Rezan Mahmoud Hassan, 34, was taken to a hospital in Qamishli, but doctors could not save"
                         " him.")[0][-1] == ("Rezan Mahmoud Hassan", "killed")
    assert ("Rezan Mahmoud Hassan", "injured") not in people(
        lead + "Police said the owner of the land, Rezan Mahmoud Hassan, was taken to the hospital for questioning.")[0]
    # the body of a person taken to a hospital is no wounded
    assert ("Rezan Mahmoud Hassan", "injured") not in people(
        lead + "The body of Rezan Mahmoud Hassan was taken to a hospital in Qamishli.")[0]
