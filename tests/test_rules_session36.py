"""Rules of session 36 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

import datetime as dt
import re

from generator.ingest.article import Overrides
from generator.ingest.extract import extract
from generator.ingest.lang import ar
from generator.ingest.readers import read_text
from test_probes_session21 import extracted


def _people(text: str, language: str = "ar") -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extracted(text, language)]


def _page_people(page: str) -> list[list[tuple[str, str]]]:
    """The (name, role) pairs of each incident of a saved page, read as `kb ingest` reads a .txt file."""
    article = next(read_text(page.encode("utf-8"), "page.txt", Overrides(published=dt.date(2023, 3, 14), language="ar")))
    return [[(p.name, p.role) for p in e.people] for e in extract(article)]


def test_a_credit_line_of_outlet_reporter_and_place_names_no_person() -> None:
    body = "قتل الشاب محمد أحمد العلي برصاص مجهولين في بلدة الحراك بريف درعا الشرقي، اليوم الأحد."
    for credit in ("شبكة الخبر - سامر الحلبي - درعا", "موقع الجنوب- عبد الله الخالد- دير الزور"):
        assert _page_people(f"مقتل شاب في درعا\n\n{credit}\n\n{body}") == [[("محمد أحمد العلي", "killed")]]
    # three dashed parts after the body's first paragraph are no credit line
    assert _page_people(f"مقتل شاب في درعا\n\n{body}\n\nالشاب سامر الحلبي - الحراك - درعا") \
        == [[("محمد أحمد العلي", "killed"), ("سامر الحلبي", "killed")]]


def test_quoted_words_after_a_correspondent_name_the_outlet() -> None:
    lead = "قتل عنصران من قوات النظام في ريف دير الزور اليوم. "
    assert _people(lead + 'وقال مراسل "نداء الشرق" إن مسلحين تسللوا إلى النقطة.') == [[]]
    assert _people(lead + 'وأفادت مراسلة “رهف الجنوب” بأن مسلحين تسللوا إلى النقطة.') == [[]]
    # unquoted words after a correspondent may be the correspondent's name
    assert _people(lead + "وقال مراسل عنب بلدي أحمد الخالد إن مسلحين تسللوا إلى النقطة.") \
        == [[("أحمد الخالد", "spokesperson")]]


def test_a_village_in_the_yarmouk_basin_is_the_community_of_daraa() -> None:
    # «حوض اليرموك» is a region of Daraa's west, not the Yarmouk camp of Damascus: the village named in it is the
    # community of that name in Daraa governorate, with its map point
    [event] = extracted("تعرضت قرية بيت أرة في منطقة حوض اليرموك بريف درعا الغربي لقصف مدفعي، ما أدى إلى مقتل شاب.")
    assert event.place is not None and event.place.lexicon_id == "beit-ara"


def test_gunmen_in_the_nominative_after_targeted_are_its_subject() -> None:
    # «استهدف مسلحون سيارة»: the gunmen did it, the dead woman is a civilian (not a clash between fighters)
    [event] = extracted("استهدف مسلحون سيارة مدنية في بلدة الكرك الشرقي، ما تسبب بمقتل امرأة.")
    assert (event.type, event.sub_type) == ("violence_against_civilians", "attack")
    # a military vehicle they hit makes it a clash with a force
    [event] = extracted("استهدف مسلحون سيارة عسكرية بين بلدتي الكرك وناحتة، ما أدى لوقوع خسائر في صفوف عناصرها.")
    assert (event.type, event.sub_type) == ("battles", "armed_clash")


def test_the_persons_own_wound_after_a_relatives_death() -> None:
    assert _people("استهدف مسلحون سيارة يستقلها صاحب محل يدعى (سامر خالد العبد) في بلدة الكرك، ما تسبب بمقتل زوجته"
                   " وتعرضه لإصابة بليغة.") == [[("سامر خالد العبد", "injured")]]
    assert _people("Gunmen opened fire on the car of Samer al-Abd, a grocer, in the town of Karak on Saturday,"
                   " killing his wife and wounding him.", "en") == [[("Samer al-Abd", "injured")]]
    # the relatives alone were hit: the person is the target
    assert _people("اقتحم مسلحون منزل المواطن سامر خالد العبد في بلدة الكرك، ما أسفر عن مقتل طفلتيه.") \
        == [[("سامر خالد العبد", "target")]]


def test_the_dead_named_inside_lost_his_life() -> None:
    # «بفقدان X لحياته»: the dead named between the noun and his life, with where he came from
    assert _people("تسبب لغم بفقدان الطفل سامر خالد العبد من قرية الكرك لحياته أثناء رعيه الأغنام.") \
        == [[("سامر خالد العبد", "killed")]]
    assert _people("تسبب لغم بفقدان الطفل سامر خالد العبد لحياته أثناء رعيه الأغنام في قرية الكرك.") \
        == [[("سامر خالد العبد", "killed")]]
    assert [e.fatalities for e in extracted("انفجر لغم في بلدة الكرك ما أدى إلى فقدان شخص لحياته.")] == [1]


def test_the_one_who_fired_at_the_victim_is_the_perpetrator() -> None:
    text = 'وأكد ناشطون مقتل شخص يدعى "سامر العبد الخالد"، جراء إطلاق رصاص عليه من قبل "خالد الحسن" في مدينة منبج.'
    [event] = extracted(text)
    assert [(p.name, p.role) for p in event.people] == [("سامر العبد الخالد", "killed"), ("خالد الحسن", "perpetrator")]
    assert event.fatalities == 1
    [event] = extracted("قُتل الشاب سامر العبد بإطلاق رصاص من قبل خالد الحسن في مدينة منبج بسبب قضية ثأر.")
    assert [(p.name, p.role) for p in event.people] == [("سامر العبد", "killed"), ("خالد الحسن", "perpetrator")]


def test_one_gunman_killed_is_one_dead() -> None:
    [event] = extracted("قُتل مسلح وأصيب ثلاثة مدنيين، اليوم الأحد، جراء اشتباكات وسط مدينة منبج.")
    assert (event.fatalities, event.injured) == (1, 3)


def test_the_countrysides_of_two_governorates_are_no_city() -> None:
    # «في ريفي الحسكة ودير الزور»: the countryside of each, not the city of either
    [event] = extracted("قتل عنصر من قوات قسد جراء استهداف حواجز لها من قبل مجهولين في ريفي الحسكة ودير الزور.")
    assert event.place is not None and event.place.lexicon_id == "hasakah-governorate"


def test_his_two_wives_killed_and_he_wounded() -> None:
    [event] = extracted("أطلق مسلحون النار على سامر خالد العبد في بلدة الكرك، ما أسفر عن مقتل زوجتيه وإصابته بجروح.")
    assert (event.fatalities, event.injured) == (2, 1)
    assert [(p.name, p.role) for p in event.people] == [("سامر خالد العبد", "injured")]


def test_the_toll_told_where_the_victims_live_is_the_incidents() -> None:
    # the lead tells a killing with no toll; the next sentence gives its toll, placed only where the family lives
    text = ("شهدت الأطراف الغربية من مدينة منبج جريمة قتل جديدة بحق عائلة نازحة، على يد مجهولين.\n\n"
            "وأضاف المصدر أن العصابة أطلقت النار على عائلة سامر خالد العبد المقيم في بلدة العريمة، ما أسفر عن مقتل"
            " زوجتيه وإصابته بجروح بليغة.")
    [event] = extracted(text, published=None)
    assert (event.place.name if event.place else None, event.fatalities, event.injured) == ("منبج", 2, 1)


def test_a_place_inside_an_outlets_quoted_name_is_no_place() -> None:
    # «لشبكة “نورث بالس”»: بالس is Maskanah's old name, here the outlet's
    text = ("قتل شاب ليلة أمس في مدينة حلب بانفجار قنبلة يدوية خلال مشاجرة في حي صلاح الدين.\n\n"
            "وأكدت مصادر محلية لشبكة “نورث بالس” أن القنبلة انفجرت بيده، بالإضافة لإصابة شخص آخر يدعى “سامر خالد”.")
    assert [e.place.lexicon_id if e.place else None for e in extracted(text)] == ["aleppo"]


def test_a_woman_of_a_trade_and_her_relatives_are_counted() -> None:
    [event] = extracted("هاجم مسلحون مجهولون منزلاً في مدينة منبج، ما أسفر عن مقتل صيدلانية وشقيقها وطفلها.")
    assert event.fatalities == 3


def test_a_rare_given_name_with_a_family_name_and_an_age_and_one_killed_with_his_son() -> None:
    # a rare given name opens a name when an attested family name and an age follow it; "قُتل مع ابنه Y": both dead
    text = ("ونقلت الوكالة عن أحد السكان أن عايش الخلف البالغ من العمر 50 عاماً قتل مع ابنه عبد القادر البالغ من العمر"
            " 20 عاماً، نتيجة استهداف سيارتهما بالرصاص في بلدة الكرك.")
    assert _people(text) == [[("عايش الخلف", "killed"), ("عبد القادر", "killed")]]
    # no age: a rare given name after "that" stays unread (عايش is also a word)
    assert _people("وقال أحد السكان إن عايش الخلف أكد مقتل شاب في بلدة الكرك.") == [[]]


def test_english_slain_gunmen_identified_by_name_are_the_dead() -> None:
    text = ("Army kills gunmen\n\nLate on Friday, the army killed four gunmen near the town of Shahba.\n\n"
            "The four were members of a local armed group known as Rijal al-Jabal al-Ahrar. The slain gunmen were"
            " identified as Samer Rashid, Nader Rizq, Maher Nasr and Zughayr al-Dubaisi.")
    [event] = extracted(text, "en", published=None)
    assert [(p.name, p.role) for p in event.people] == [("Samer Rashid", "killed"), ("Nader Rizq", "killed"),
                                                        ("Maher Nasr", "killed"), ("Zughayr al-Dubaisi", "killed")]
    # a place after "near" and before "checkpoint" is no person
    assert _people("Gunmen attacked the Sad al-Kharab checkpoint near Sad al-Kharab, killing a soldier.", "en") == [[]]


def test_where_a_victim_comes_from_after_a_comma_is_no_scene() -> None:
    # the subject of «ينحدر» may close with a comma before «من» (the cue is matched on the text before the place)
    origin = re.compile(ar.ORIGIN)
    assert origin.search("وينحدر السيد سامر خالد العبد، من قرية ")
    assert origin.search("وينحدر سامر العبد من بلدة ")
    assert not origin.search("وقُتل السيد سامر خالد العبد، من قرية ")
    # the comma closes the subject right before «من», not a clause of its own
    assert not origin.search("وينحدر الشاب من حمص، وخُطف من بلدة ")


def test_gunmen_before_their_verb_of_attacking_did_it() -> None:
    [event] = extracted("وقال مصدر إن مسلحين داهموا خيمة في بلدة الكرك صباح اليوم، وفتحوا النار عليها، مما أدى لمقتل"
                        " امرأة وإصابة طفلتها.")
    assert (event.type, event.sub_type) == ("violence_against_civilians", "attack")
    # soldiers who were killed (قُتلوا, unvocalised like the active) stay the ones hit
    [event] = extracted("وقال مصدر إن عناصر من الجيش قتلوا بانفجار عبوة ناسفة على طريق بلدة الكرك.")
    assert event.type != "violence_against_civilians"


def test_one_of_a_growing_number_of_similar_explosions_is_no_incident() -> None:
    text = ("A man was killed and his son injured on Wednesday when a landmine exploded near the village of Tal Kharab.\n\n"
            "The source noted that the incident is part of a growing number of similar explosions in the desert,"
            " particularly in eastern Homs, where landmines remain scattered and deadly.")
    assert len(extracted(text, "en")) == 1


def test_a_source_telling_the_whole_toll_again_on_an_unresolved_day_tells_the_incident() -> None:
    text = ("Three civilians were killed and nine others were injured in a mine explosion in the vicinity of Masyaf.\n\n"
            "SANA quoted a source as saying: A landmine exploded on Sunday evening near the town of Wadi al-Oyoun,"
            " killing three civilians and wounding nine others.")
    assert [(e.fatalities, e.injured) for e in extracted(text, "en", published=None)] == [(3, 9)]
    # the same toll for another kind of act or in another governorate is another incident
    other = ("Three civilians were killed and nine others were injured in a mine explosion in the vicinity of Masyaf.\n\n"
             "SANA quoted a source as saying: A car bomb exploded on Sunday evening in the town of Jasim in Daraa,"
             " killing three civilians and wounding nine others.")
    assert len(extracted(other, "en", published=None)) == 2


def test_where_travellers_were_crossing_to_is_no_scene() -> None:
    origin = re.compile(ar.ORIGIN)
    assert origin.search("أثناء عبورهما من السويداء باتجاه (العاصمة) ")
    # where they crossed from may be where they passed through; rockets fired from X towards a town hit it
    assert not origin.search("أطلقوا النار على سيارة أثناء عبورها من ")
    assert not origin.search("صواريخ أطلقتها الفصائل من منطقة عفرين باتجاه مدينة ")
    assert not origin.search("قصفت المدفعية باتجاه ")


def test_english_ordnance_left_behind_is_a_remnant() -> None:
    [event] = extracted("The ordnance left behind by the group in the town of Masyaf killed two farmworkers on Sunday.",
                        "en")
    assert (event.type, event.sub_type, event.civilian_targeting) \
        == ("explosions_remote_violence", "remote_explosive_landmine_ied", False)


def test_the_death_of_a_detainee_under_torture_is_the_incident() -> None:
    [event] = extracted("أكد ناشطون وفاة شاب من أبناء بلدة الكرك تحت التعذيب في سجون النظام، بعد عام من اعتقاله.")
    assert (event.type, event.sub_type, event.fatalities) == ("violence_against_civilians", "attack", 1)


def test_they_killed_her_is_one_dead() -> None:
    assert [e.fatalities for e in extracted("اقتحم مجهولون منزل امرأة في بلدة الكرك وقتلوها شنقاً بعد تقييد زوجها.")] == [1]
    assert [e.fatalities for e in extracted("اختطف مسلحون شابين من بلدة الكرك وأعدموهما رمياً بالرصاص.")] == [2]


def test_a_body_found_days_after_the_abduction_is_a_killing() -> None:
    [event] = extracted("عثر سكان على جثة شاب مدني قرب بلدة الكرك، وذلك بعد يومين من خطفه.")
    assert (event.sub_type, event.fatalities) == ("attack", 1)
    [event] = extracted("Residents found the body of a young man near the town of Karak on Friday, two days after his"
                        " abduction.", "en")
    assert (event.sub_type, event.fatalities) == ("attack", 1)
    # abducted, then found dead: the abduction told as the act
    [event] = extracted("اختطف مسلحون شاباً من بلدة الكرك، ثم عثر على جثته بعد يومين.")
    assert event.sub_type == "abduction_forced_disappearance"
    # a release days after the abduction, the released hurt: the abduction
    [event] = extracted("أفرج مسلحون مجهولون يوم الأحد عن شاب من بلدة الكرك بعد أسبوع من اختطافه، وقد أصيب بكسور في يديه.")
    assert event.sub_type == "abduction_forced_disappearance"


def test_about_a_week_ago_dates_the_incident() -> None:
    text = "وقُتل قيادي سابق في الفصائل منذ نحو أسبوع بعبوة ناسفة في مدينة نوى."
    [event] = extracted(text, published=dt.date(2021, 2, 1))
    assert event.date == dt.date(2021, 1, 25)
    [event] = extracted("قتل مسلحون شاباً قبل حوالي ثلاثة أيام قرب مدينة نوى.", published=dt.date(2021, 2, 1))
    assert event.date == dt.date(2021, 1, 29)


def test_an_everyday_given_name_and_father_before_a_family_name_after_the_act_and_its_day() -> None:
    assert _people("وقال سكان إن مسلحين مجهولين اغتالوا اليوم جهاد سلطان العبد مختار بلدة الكرك، باستهدافه بالرصاص.") \
        == [[("جهاد سلطان العبد", "killed")]]


def test_mends_after_the_reviews() -> None:
    # the gunmen identified by name stay the perpetrators, the list's next items too; a place ends a list of victims
    assert _people("Gunmen shot dead two civilians on Sunday in the town of Shahba. The attackers were identified as"
                   " Samer Rashid, Nader Rizq and Fawwaz Kanj.", "en") \
        == [[("Samer Rashid", "perpetrator"), ("Nader Rizq", "perpetrator"), ("Fawwaz Kanj", "perpetrator")]]
    assert _people("Two men were killed on Sunday in the countryside of Sweida. They were identified as Samer Rashid"
                   " and Nader Rizq, Jabal al-Arab.", "en") == [[("Samer Rashid", "killed"), ("Nader Rizq", "killed")]]
    # a person near whom a grenade was thrown; a shepherd from a village named X; the dead attacker
    assert _people("Unknown assailants threw a hand grenade near Ahmad al-Hariri in the town of Tafas on Sunday,"
                   " wounding him.", "en") == [[("Ahmad al-Hariri", "injured")]]
    assert _people("A landmine killed a shepherd from the village named Ahmad al-Khalaf on Sunday near Palmyra.", "en") \
        == [[("Ahmad al-Khalaf", "killed")]]
    # a name introduced as a place elsewhere in the article is no person ("near X")
    text = ("Gunmen attacked a checkpoint near the town of Sad al-Kharab on Sunday, killing a soldier.\n\n"
            "The group said its men were fired upon near Sad al-Kharab for no reason.")
    assert all(p.name != "Sad al-Kharab" for e in extracted(text, "en") for p in e.people)
    # rockets fired from X towards a town hit the town; a release after an abduction is the abduction
    [event] = extracted("قُتل طفلان يوم الأحد جراء سقوط صواريخ أطلقتها فصائل المعارضة من منطقة عفرين باتجاه مدينة"
                        " تل رفعت.")
    assert event.place is not None and event.place.lexicon_id == "tall-rifat"
    # the victim's brother who identified him is no perpetrator
    assert ("محمود الحسين", "perpetrator") not in _people("عثر الأهالي على جثة الشاب أحمد خالد الحسين مقتولاً بالرصاص قرب"
                                                           " قرية العريمة، وتم التعرف عليه من قبل محمود الحسين شقيق الضحية.")[0]
    # a killing told with «كما» after an abduction, placed where its victim comes from, is another incident
    text = ("اختطف مسلحون مجهولون الشاب محمود العلي من أمام منزله في مدينة الباب، مساء أمس السبت.\n\n"
            "كما قتل الشاب أحمد خالد الحسين، من أبناء بلدة قباسين، برصاص مجهولين.")
    assert len(extracted(text)) == 2
    # an arrest months after a death under torture: the arrest; «قتلاها» is "its dead", no count
    [event] = extracted("اعتقلت قوات النظام ثلاثة شبان من بلدة الجيزة اليوم، وذلك بعد أشهر من وفاة شاب من أبناء البلدة"
                        " تحت التعذيب في سجون النظام.")
    assert event.sub_type == "arrests"
    [event] = extracted("شيعت هيئة تحرير الشام قتلاها الذين سقطوا خلال المعارك مع قوات النظام في ريف حلب الغربي اليوم.")
    assert event.fatalities is None
    # a headline of three dashed parts is no credit line; a correspondent hit keeps the name
    page = "غارات روسية على إدلب\n\nقصف جوي روسي - ريف إدلب الجنوبي - مقتل طفلين\n\nاستهدفت طائرات حربية بلدة كفرنبل صباح اليوم."
    article = next(read_text(page.encode("utf-8"), "page.txt", Overrides(published=dt.date(2023, 3, 14), language="ar")))
    assert [e.fatalities for e in extract(article)] == [2]
    assert [p.name for e in extracted('أصيبت مراسلة "سارة أحمد العلي" بجروح جراء قصف على مدينة أريحا اليوم.')
            for p in e.people] == ["سارة أحمد العلي"]
    # the wounded who then died is killed
    assert _people("استهدف مسلحون سيارة سامر خالد العبد في بلدة الكرك، ما أدى لمقتل ابنه وإصابته بجروح بليغة قبل أن"
                   " يفارق الحياة في المشفى.") == [[("سامر خالد العبد", "killed")]]
