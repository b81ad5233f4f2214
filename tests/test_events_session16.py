"""Rules of how an article is cut into incidents, read in session 16 on one half of the dev part (words in
lang/ar/*.py, lang/en/*.py); each sentence written for its test, failing on the code before its rule."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def events(text: str, language: str = "ar") -> list:
    return extract(Article(text=text, archived=text, language=language, origin="test", published=dt.date(2024, 5, 14)))


def places(text: str, language: str = "ar") -> list[tuple[str, str | None]]:
    return [(e.sub_type, e.place.name if e.place else None) for e in events(text, language)]


def test_a_campaign_that_reached_a_list_of_villages_is_an_incident_in_each() -> None:
    text = ("نفذت قوات الأمن حملة اعتقالات اليوم الثلاثاء في ريف درعا الغربي طالت عدداً من الشبان.\n"
            "وقال مصدر محلي إن الحملة شملت قرى “طفس، المزيريب، اليادودة”، دون معرفة أعداد المعتقلين.")
    assert [name for sub_type, name in places(text) if sub_type == "arrests"][-3:] == ["طفس", "المزيريب", "اليادودة"]
    text = ("Security forces launched an arrest campaign in the western Daraa countryside on Tuesday. "
            "The campaign covered the villages of Tafas, Muzayrib and Yadudah, a local source said.")
    assert [name for sub_type, name in places(text, "en") if sub_type == "arrests"][-3:] \
        == ["Tafas", "Muzayrib", "Yadudah"]


def test_a_source_that_revealed_the_incident_tells_it_again() -> None:
    text = ("انفجر لغم أرضي اليوم الثلاثاء بسيارة في قرية رسم العبد بريف السلمية، ما أدى إلى وقوع إصابات.\n"
            "وكشف مصدر في شرطة حماة أن اللغم انفجر بالسيارة أثناء جمع الكمأة في محافظة حماة، ما أدى إلى إصابة 6 أشخاص.")
    assert len(events(text)) == 1


def test_an_incident_told_in_the_pluperfect_in_a_past_month_is_context() -> None:
    text = ("اعتقلت قوات الأمن اليوم الثلاثاء ثلاثة شبان في بلدة طفس.\n"
            "وفي سياق متصل، كانت قوات الأمن قد اعتقلت في العاشر من آذار الماضي شابين في بلدة المزيريب.")
    undated = extract(Article(text=text, archived=text, language="ar", origin="test", published=None))
    assert [e.place.name for e in undated] == ["طفس"]     # no publication date to tell its age


def test_a_toll_of_two_different_attacks_is_no_one_attacks_toll() -> None:
    text = ("Nine people were killed and 20 were injured in two different attacks in Tafas and Nawa on Tuesday. "
            "Sources said that a car bomb exploded near the market of Tafas.")
    assert [(e.fatalities, e.injured) for e in events(text, "en")][:1] == [(None, None)]


def test_what_an_incident_came_after_is_its_context() -> None:
    text = ("A car bomb killed four people near a market in Afrin on Tuesday. "
            "The explosion comes after Turkish forces on Monday shelled positions near Manbij.")
    assert [e.place.name for e in events(text, "en")] == ["Afrin"]
    text = ("هاجم مسلحون مجهولون حاجزاً للشرطة في مدينة شهبا اليوم الثلاثاء.\n"
            "وجاءت تلك الهجمات بعد محاولة دورية أمنية اعتقال شاب في قرية مجادل أمس الاثنين.")
    assert [e.place.name for e in events(text)] == ["شهبا"]



def test_another_account_of_the_incident_is_the_incident() -> None:
    text = ("Gunmen killed three civilians in an attack on the village of Tafas on Monday evening. "
            "At the same time, local pages gave another account, saying that gunmen attacked a checkpoint in Muzayrib "
            "and found a group of young men there.")
    assert [e.place.name for e in events(text, "en")] == ["Tafas"]
    text = ("قُتل ثلاثة مدنيين مساء أمس الاثنين في هجوم مسلح على قرية طفس.\n"
            "وفي الوقت نفسه، أوردت صفحات محلية رواية أخرى تفيد بأن مسلحين شنوا هجوماً على حاجز في بلدة المزيريب.")
    assert [e.place.name for e in events(text)] == ["طفس"]
