"""Rules of session 35 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted
from test_probes_session23 import summary


def _victims(text: str, language: str = "ar") -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extracted(text, language)]


def test_the_one_wounded_who_died_later_is_the_incidents_one_dead() -> None:
    wounded = "انفجرت عبوة ناسفة بسيارة رئيس بلدية الحراك أحمد خالد العلي صباح اليوم، ما أدى إلى إصابته بجروح بليغة.\n\n"
    assert summary(wounded + "ونُقل إلى مشفى درعا الوطني ليفارق الحياة قبيل وصوله متأثراً بإصابته.") == [("الحراك", 1, 0)]
    assert summary(wounded + "وتوفي لاحقاً متأثراً بجراحه في المشفى.") == [("الحراك", 1, 0)]
    assert _victims(wounded + "وتوفي لاحقاً متأثراً بجراحه في المشفى.") == [[("أحمد خالد العلي", "killed")]]
    english = "A roadside bomb wounded the head of the Hirak council, Ahmad al-Ali, in Daraa on Tuesday.\n\n"
    assert summary(english + "He later died of his wounds in hospital.", "en") == [("Hirak", 1, 0)]
    # more than one wounded: whose death it is is not told, the counts stay; nor a death told of another
    two = "انفجرت عبوة ناسفة بسيارة في بلدة الحراك صباح اليوم، ما أدى إلى إصابة شابين بجروح.\n\n"
    assert summary(two + "وتوفي لاحقاً متأثراً بجراحه في المشفى.") == [("الحراك", None, 2)]
    assert summary(wounded + "وكان والده قد فارق الحياة قبل عامين.")[0][2] == 1
    assert summary(english + "His father died years ago.", "en")[0][2] == 1


def test_an_english_official_of_a_town_shot_dead_is_one_dead() -> None:
    assert summary("The mayor of the town of Nawa in the western Daraa countryside was shot dead by unknown gunmen"
                   " outside his home on Monday.", "en") == [("Nawa", 1, None)]
    assert summary("BEIRUT (Reuters) - The head of the local council of Tafas was wounded by gunmen on Monday.", "en") \
        == [("Tafas", 0, 1)]
    # a count of the officials' people is theirs, and an official who speaks is no victim
    assert summary("The mayor of Nawa said three men were shot dead by unknown gunmen in Tafas on Monday.", "en") \
        == [("Tafas", 3, None)]


def test_an_english_name_that_reportedly_said_is_a_source() -> None:
    assert _victims("A man was shot dead in the town of Nawa on Monday, the hospital's director, Ahmad Ghazali,"
                    " reportedly said.", "en") == [[("Ahmad Ghazali", "spokesperson")]]
    assert _victims("A man was shot dead in the town of Nawa on Monday, the hospital's director, Ahmad Ghazali,"
                    " said.", "en") == [[("Ahmad Ghazali", "spokesperson")]]


def test_a_quoted_adjective_of_the_act_is_no_name() -> None:
    assert _victims("أفادت الوكالة بمقتل وجرح عدد من المواطنين باعتداء “إرهابي” استهدف حافلة ركاب في ريف الرقة.") == [[]]
    assert _victims("أفادت الوكالة بإصابة عدد من المدنيين بتفجير 'انتحاري' استهدف سوقاً في مدينة الباب.") == [[]]
    # a given name alone in quotes after a plural noun is still a name
    assert _victims("أصيب عدد من الأطفال بينهم “هاني” بانفجار لغم في قرية الكرك.") == [[("هاني", "injured")]]


def test_an_english_group_called_by_its_name_is_no_person() -> None:
    assert _victims("An ammunition depot belonging to a group called Faylaq al-Sham exploded in Idlib on Monday,"
                    " killing two.", "en") == [[]]
    assert _victims("Gunmen from a faction named Liwa al-Haqq killed a man in Idlib on Monday.", "en") == [[]]
    assert _victims("Gunmen killed a man called Ahmad Hamdan in Idlib on Monday.", "en") == [[("Ahmad Hamdan", "killed")]]


def test_the_one_dead_named_in_the_area_of_the_incidents_town_is_its_dead() -> None:
    lead = "The mayor of the town of Nahtah in Daraa province was shot dead by unknown gunmen on Thursday.\n\n"
    named = "Mamdouh Mafalani was heading to work in the eastern Daraa countryside when he was assassinated.\n\n"
    assert [(e.place.name if e.place else None, e.fatalities, [(p.name, p.role) for p in e.people])
            for e in extracted(lead + named, "en")] == [("Nahtah", 1, [("Mamdouh Mafalani", "killed")])]
    # another named dead at another town, or an incident that named its dead already, is another incident
    assert len(extracted(lead + "Khaled al-Ali was assassinated in the town of Tafas on Thursday.", "en")) == 2
    assert len(extracted("Gunmen shot dead Omar al-Hariri in the town of Nahtah on Thursday.\n\n" + named, "en")) == 2


def test_a_distance_in_kilometres_abbreviated_is_no_toll() -> None:
    assert summary("اغتال مسلحون مجهولون شاباً في بلدة المسيفرة ( 5 كلم شرق مدينة درعا) صباح اليوم.") \
        == [("المسيفرة", 1, None)]
    assert summary("قتل 5 أشخاص بانفجار لغم على بعد 3 كم من بلدة المسيفرة صباح اليوم.")[0][1] == 5


def test_a_listed_name_chain_whose_given_name_the_index_lacks_is_a_name() -> None:
    listed = _victims("قتل أربعة مدنيين بانفجار لغم في بادية جبل البشري وهم: ميزر العيسى الحماد، ودهام عبدالله العبد،"
                      " وإبراهيم العبد الحمزة، وعبدالله القدور المصطفى.")
    assert listed == [[("ميزر العيسى الحماد", "killed"), ("دهام عبدالله العبد", "killed"),
                       ("إبراهيم العبد الحمزة", "killed"), ("عبدالله القدور المصطفى", "killed")]]
    # a clan name between two family names, in quotes
    assert _victims("قتل 6 أشخاص بانفجار لغم في منطقة هريبشة، وإصابة “أحمد الإبراهيم السطام الفياض”.") \
        == [[("أحمد الإبراهيم السطام الفياض", "injured")]]
    # words after a list opener that are no name chain
    assert _victims("قتل أربعة مدنيين بانفجار لغم في بادية جبل البشري بينهم أربع سيدات.") == [[]]


def test_a_family_name_inside_a_longer_one_is_no_victim_named_again() -> None:
    text = ("قتل الشاب ميزر العيسى الحماد بانفجار لغم في بادية جبل البشري صباح اليوم.\n\n"
            "وفي تلك الأثناء، قتل نواف محي الحمادة بانفجار لغم أرضي آخر في منطقة هريبشة جنوب مدينة دير الزور.")
    assert len(extracted(text)) == 2


def test_mends_after_the_first_review() -> None:
    wounded = "أصيب الشاب محمد أحمد الزعبي بجروح خطيرة برصاص مجهولين في مدينة طفس صباح اليوم.\n\n"
    # a relative's death, or one nearly died, leaves the one wounded hurt
    assert summary(wounded + "وكان شقيقه توفي لاحقاً متأثراً بجراحه إثر هجوم مماثل في المدينة العام الماضي.")[0][2] == 1
    assert summary(wounded + "وقال ذووه إنه كاد أن يفارق الحياة هناك لولا إسعافه السريع.")[0][2] == 1
    english = "A man was wounded by gunmen in the town of Tafas on Monday.\n\n"
    assert summary(english + "His brother told the network that he died inside every time he saw the checkpoints.",
                   "en")[0][2] == 1
    # a second killing told with "also", or a killing of an earlier year, is no name for the incident's one dead
    lead = "اغتال مسلحون مجهولون شاباً في بلدة اليادودة بريف درعا الغربي صباح اليوم.\n\n"
    assert len(extracted(lead + "كما قتل الشاب خالد العلي برصاص مسلحين مجهولين في منطقة اللجاة بريف درعا الشمالي"
                                " الشرقي.")) == 2
    nawa = "Unknown gunmen shot dead a man in the town of Nawa in western Daraa on Monday.\n\n"
    events = extracted(nawa + "Last year, Khaled al-Ali, the man's brother, was shot dead in the Daraa countryside.",
                       "en")
    assert ("Khaled al-Ali", "killed") not in [(p.name, p.role) for p in events[0].people]
    # the unit a fighter belongs to, before "named", is no group naming itself
    assert _victims("A soldier from the Fourth Division named Ahmad Ali was shot dead in Daraa on Monday.", "en") \
        == [[("Ahmad Ali", "killed")]]
    # a quoted nickname the index lacks, in a list, is still a name
    assert ("ربحي", "injured") in _victims("أصيب الطفلان “ربحي” و“فادي” بانفجار لغم في قرية الكرك الشرقي بريف درعا.")[0]


def test_mends_after_the_second_review() -> None:
    wounded = "أصيب الشاب محمد أحمد الزعبي بجروح خطيرة برصاص مجهولين في مدينة طفس صباح اليوم.\n\n"
    # a death feared is no death; "but he died later" is
    assert summary(wounded + "ويخشى أن يفارق الحياة متأثراً بجراحه.")[0][2] == 1
    assert summary(wounded + "ونقل إلى المشفى الوطني، إلا أنه توفي لاحقاً متأثراً بجراحه.") == [("طفس", 1, 0)]
    # words of a group or a place after «وهم:» are no names
    assert _victims("قتل ثلاثة أشخاص بقصف صاروخي على مدينة تل رفعت، وهم: سكان الحي الشرقي، ونازح من عفرين.") == [[]]
    # a description and a nisba after a name are no part of it
    assert _victims("قتل الشاب محمد الخطيب المهجر الحمصي برصاص مجهولين في بلدة طفس.") != \
        [[("محمد الخطيب المهجر الحمصي", "killed")]]
    # an aside with "last year" leaves the victim a victim
    assert _victims("The victim, Khaled al-Ali, who returned from Lebanon last year, was shot dead outside his home in"
                    " Tafas on Monday.", "en") == [[("Khaled al-Ali", "killed")]]
    # the incident's own day told again is no other time
    lead = "The mayor of the town of Nahtah in Daraa province was shot dead by unknown gunmen on Thursday morning.\n\n"
    assert len(extracted(lead + "Mamdouh Mafalani was heading to work in the eastern Daraa countryside on Thursday"
                                " morning when he was assassinated.", "en")) == 1
