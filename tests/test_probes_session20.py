"""Rules found in session 20 by phrasing probes (sentences written for the probe, in the shapes local outlets
use) and checked on the corpus after; each sentence written for its test."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest.article import Article
from generator.ingest.extract import extract


def incidents(text: str, language: str = "ar") -> list[tuple[str | None, int | None, list[tuple[str, str]]]]:
    """(place, killed, people) of each incident."""
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [(e.place.name if e.place else None, e.fatalities, [(p.name, p.role) for p in e.people])
            for e in extract(article)]


def test_a_documented_death_of_one_person_is_an_incident() -> None:
    assert incidents("وثّق تجمع محلي مقتل الشاب سامر خالد العلي برصاص قناص في مدينة بصرى الشام.") \
        == [("بصرى الشام", 1, [("سامر خالد العلي", "killed")])]
    assert incidents("A local monitor documented the killing of a young man, Samer Khaled al-Ali, by sniper fire in "
                     "Busra al-Sham on Monday.", "en") == [("Busra al-Sham", 1, [("Samer Khaled al-Ali", "killed")])]
    assert incidents("A local monitor documented the killing of Samer al-Ali in Tafas.", "en") \
        == [("Tafas", 1, [("Samer al-Ali", "killed")])]


def test_a_documented_count_stays_a_tally() -> None:
    assert incidents("وثّق مكتب التوثيق مقتل 40 شخصاً في محافظة درعا خلال شهر آذار.") == []
    assert incidents("A local monitor documented the killing of 40 people in Daraa since the beginning of the year.",
                     "en") == []


@pytest.mark.parametrize("by", ["بهجوم", "بطلق ناري", "بنيران", "بضربة جوية", "بحادث"])
def test_what_a_victim_was_killed_by_ends_the_name(by: str) -> None:
    found = incidents(f"قُتل عنصر من قوات النظام يدعى سامر حسن إبراهيم {by} في ريف درعا.")
    assert [people for *_, people in found] == [[("سامر حسن إبراهيم", "killed")]]


@pytest.mark.parametrize("text", [
    "A young man, Omar Mohammed al-Hassan, 25, was shot dead by unknown gunmen in the town of Yadudah on Monday.",
    "Gunmen shot dead Omar al-Hassan (25) in the town of Yadudah on Monday.",
    "Gunmen shot dead a man, 25, in the town of Yadudah on Monday."])
def test_an_english_age_after_a_name_or_a_persons_noun_is_no_toll(text: str) -> None:
    assert [killed for _, killed, _ in incidents(text, "en")] == [1]


def test_an_english_count_after_a_place_between_commas_stays_a_toll() -> None:
    assert [killed for _, killed, _ in incidents("In Daraa, 5 people were killed on Monday.", "en")] == [5]


def test_three_english_name_words_after_a_given_name_are_a_name_whatever_town_one_is_named_like() -> None:
    # Jassem is also a town of the gazetteer (Jasim, doubled or not)
    assert incidents("The body of Ahmed Suleiman al-Jassem was found on Monday near the town of Nawa.", "en") \
        == [("Nawa", 1, [("Ahmed Suleiman al-Jassem", "killed")])]


def tolls(text: str, language: str) -> list[tuple[str | None, int | None, int | None]]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [(e.place.name if e.place else None, e.fatalities, e.injured) for e in extract(article)]


def test_a_comma_and_a_second_casualty_verb_at_another_town_open_a_second_incident() -> None:
    assert tolls("قُتلت امرأة بقصف مدفعي على بلدة سرمين، وأُصيب طفلان بغارة جوية على مدينة بنش.", "ar") \
        == [("سرمين", 1, None), ("بنش", 0, 2)]
    assert tolls("A woman was killed in artillery shelling on the town of Sarmin, and two children were injured in an "
                 "airstrike on the town of Binnish.", "en") == [("Sarmin", 1, None), ("Binnish", 0, 2)]
    # with no place of its own, the second verb tells more of the first incident
    assert tolls("قُتل شاب برصاص مجهولين في مدينة طفس، وأصيب آخر بجروح.", "ar") == [("طفس", 1, 1)]


@pytest.mark.parametrize("text", ["A man was killed in Tafas on Monday, and two others were injured.",
                                  "A man was killed in Tafas on Monday and two others were wounded."])
def test_others_with_a_casualty_word_of_their_own_are_not_added_to_the_dead(text: str) -> None:
    assert tolls(text, "en") == [("Tafas", 1, 2)]


def test_others_told_with_the_dead_are_added_to_them() -> None:
    assert tolls("قُتل القيادي سامر العلي، وأربعة آخرين من عناصره، وأصيب ثلاثة بهجوم في طفس.", "ar") == [("طفس", 5, 3)]


def test_womens_given_names_of_rural_syria_open_names_in_a_list() -> None:
    found = incidents("أصيب أربعة مدنيين بقصف على بلدة تل تمر، وهم سامر محمود الخضر، ووضحة خلف العلي، وعمشة ياسين الحمد.")
    assert found == [("تل تمر", 0, [("سامر محمود الخضر", "injured"), ("وضحة خلف العلي", "injured"),
                                   ("عمشة ياسين الحمد", "injured")])]


def test_the_passive_of_assassinate_is_a_killing_of_its_subject() -> None:
    assert incidents("اغتيل عنصر سابق يدعى سامر خالد العلي في مدينة الصنمين.") \
        == [("الصنمين", 1, [("سامر خالد العلي", "killed")])]


def test_the_bullets_of_a_wound_kill_none_of_the_wounded_listed_after_it() -> None:
    found = incidents("أصيب ثلاثة شبان بجروح برصاص مجهولين في مدينة طفس، وهم كل من: سامر خالد العلي، وعمر حسن الكيلاني، "
                      "وأحمد علي الخطيب.")
    assert found == [("طفس", None, [("سامر خالد العلي", "injured"), ("عمر حسن الكيلاني", "injured"),
                                   ("أحمد علي الخطيب", "injured")])]
    # the same bullets after a killing word kill
    assert incidents("قُتل شاب برصاص مجهولين في مدينة طفس، وهو سامر خالد العلي.") \
        == [("طفس", 1, [("سامر خالد العلي", "killed")])]


def test_a_brothers_given_name_alone_takes_the_fathers_and_family_names_of_the_next() -> None:
    assert incidents("قُتل الشقيقان سامر وعمر عبد الكريم العلي برصاص مجهولين في مدينة طفس.") \
        == [("طفس", 2, [("سامر عبد الكريم العلي", "killed"), ("عمر عبد الكريم العلي", "killed")])]


@pytest.mark.parametrize(("text", "toll"), [
    ("قُتل عنصران وأصيب ثالث جراء استهداف مسيّرة لسيارة عسكرية قرب مدينة القامشلي.", (2, 1)),
    ("قُتل مدني وأصيب طفلاه بانفجار لغم قرب مدينة الشدادي.", (1, 2)),
    ("هاجم مسلحون منزل مواطن في بلدة المزيريب، ما أدى إلى مقتله وإصابة زوجته.", (1, 1)),
    ("قُتلت امرأة وأصيب زوجها بجروح خطيرة بقصف على بلدة المزيريب.", (1, 1))])
def test_a_relative_or_the_next_of_a_count_after_a_casualty_word_is_counted(text: str, toll: tuple[int, int]) -> None:
    assert [(killed, injured) for _, killed, injured in tolls(text, "ar")] == [toll]


def test_the_home_of_the_dead_named_in_full_after_its_verb_is_no_second_incident() -> None:
    assert incidents("قُتل شاب وأصيب آخر برصاص مجهولين قرب مدينة الصنمين.\n\nوينحدر القتيل سامر خالد العلي من بلدة نمر.") \
        == [("الصنمين", 1, [("سامر خالد العلي", "killed")])]


def test_another_wounded_at_a_village_the_gazetteer_lacks_is_a_second_incident() -> None:
    assert tolls("قُتل شاب برصاص مجهولين في بلدة تل الزنبق، وأصيب آخر في بلدة البرقوقة.", "ar") \
        == [("تل الزنبق", 1, None), ("البرقوقة", 0, 1)]
    assert tolls("A young man was shot dead in Tafas, and another was wounded in Nawa.", "en") \
        == [("Tafas", 1, None), ("Nawa", 0, 1)]


@pytest.mark.parametrize(("text", "language", "toll"), [
    ("قُتلت السيدة فاطمة أحمد العلي وطفلتها بقصف على مدينة الأتارب.", "ar", (2, None)),
    ("قُتلت السيدة فاطمة أحمد العلي (45 عاماً) وطفلتها، جراء قصف على مدينة الأتارب.", "ar", (2, None)),
    ("أصيب المواطن سامي علي الحريري ونجلاه محمد وأحمد بجروح إثر سقوط قذيفة على منزلهم في مدينة الحراك.", "ar", (0, 3)),
    ("Fatima al-Ali and her daughter were killed by shelling on al-Atarib.", "en", (2, None)),
    ("أصيب المواطن سامي علي الحريري ونجلاه بجروح إثر سقوط قذيفة على منزلهم في مدينة الحراك.", "ar", (0, 3)),
    # a relative named after the word is counted once, as a person of their own
    ("قُتل الشاب سامر العلي وشقيقه عمر برصاص مجهولين في بلدة المزيريب.", "ar", (2, None)),
    ("Samer al-Ali and his brother Omar al-Ali were killed by gunmen in Tafas.", "en", (2, None))])
def test_an_unnamed_relative_after_a_name_is_counted(text: str, language: str, toll: tuple) -> None:
    assert [(killed, injured) for _, killed, injured in tolls(text, language)] == [toll]


def test_the_wounded_carried_to_hospital_after_the_verb_are_no_sources() -> None:
    found = incidents("أصيب أربعة أشخاص بإطلاق نار في بلدة الصبورة.\n\nأما المصابون فقد نقل إلى المستشفى الوطني في حماة "
                      "كل من سامر خالد العلي (26 عامًا)، وعمر حسن الكيلاني (15 عامًا).")
    assert found == [("الصبورة", 0, [("سامر خالد العلي", "injured"), ("عمر حسن الكيلاني", "injured")])]
    # quoting with عن is reporting
    assert incidents("ونقل الناشط سامر العلي عن مصادر محلية أن شاباً قُتل في بلدة الصبورة.") \
        == [("الصبورة", 1, [("سامر العلي", "spokesperson")])]
