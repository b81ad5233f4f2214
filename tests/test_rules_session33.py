"""Rules of session 33 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted
from test_probes_session23 import named, summary


def test_an_age_glued_to_its_year_word_is_no_toll() -> None:
    # "(٢٣عاماً)": no space between the age and the word for years, in either digits
    text = "أصيبت المواطنة هدى الخليل (٢٣عاماً) بجروح نتيجة قصف مدفعي على بلدة النعيمة."
    assert summary(text) == [("النعيمة", 0, 1)]
    assert summary(text.replace("٢٣", "23")) == [("النعيمة", 0, 1)]


def test_a_name_after_a_comma_that_follows_a_noun_of_one_victim() -> None:
    assert named("وذكرت المصادر أن المواطنة، فطومة الخليل أصيبت بجروح نتيجة قصف مدفعي على بلدة النعيمة.") \
        == [[("فطومة الخليل", "injured")]]
    # no name after the comma: nobody is named
    assert named("قُتل الشاب، وأصيب آخر بجروح جراء قصف مدفعي على بلدة النعيمة.") == [[]]


def test_a_source_between_the_noun_of_the_dead_and_their_names_is_not_one_of_them() -> None:
    text = ("قُتل ثلاثة شبان برصاص مجهولين قرب بلدة المزيريب غربي درعا. والقتلى هم، وفقاً للتجمع، “سامر خليل العبيد”"
            " وهو عنصر سابق في فصائل المعارضة، والشابان “حذيفة حسن المنظوري”، “محمود الغوراني”.")
    assert named(text) == [[("سامر خليل العبيد", "killed"), ("حذيفة حسن المنظوري", "killed"), ("محمود الغوراني", "killed")]]
    # a source named in apposition after "according to" is still the source
    assert ("سامر خليل العبيد", "killed") not in named(
        "قُتل ثلاثة شبان برصاص مجهولين قرب بلدة المزيريب، وفقاً لمدير المركز، “سامر خليل العبيد”.")[0]


def test_an_rpg_written_in_latin_letters_is_a_weapon_of_a_fight() -> None:
    text = "قُتل عنصر من قوات النظام إثر استهداف حاجز عسكري في بلدة أم المياذن شرقي درعا، بقذيفة (RPG)."
    assert [(e.type, e.sub_type) for e in extracted(text)] == [("battles", "armed_clash")]


def test_the_other_sides_reply_is_an_incident_of_its_own() -> None:
    text = ("هاجم مسلحون مجهولون حاجزاً لقوات النظام في بلدة أم المياذن شرقي درعا، ما أدى لمقتل عنصر.\n\n"
            "وردّت قوات النظام بقصف منازل المدنيين في بلدة أم المياذن بالرشاشات الثقيلة، ما أدى لإصابة امرأة.")
    assert [(e.sub_type, e.fatalities, e.injured) for e in extracted(text)] \
        == [("armed_clash", 1, None), ("shelling_artillery_missile_attack", 0, 1)]
    text = ("Gunmen attacked an army checkpoint in the town of Jasim on Sunday, killing a soldier. "
            "The army responded by shelling the town, wounding a woman.")
    assert [(e.sub_type, e.fatalities, e.injured) for e in extracted(text, "en")] \
        == [("armed_clash", 1, None), ("shelling_artillery_missile_attack", 0, 1)]


def test_the_names_of_the_dead_are_no_person_and_the_wounded_after_them_keeps_his_role() -> None:
    text = ("قُتل ثلاثة عناصر وأصيب آخر بهجوم على حاجز في بلدة المسيفرة. ووثقت مصادرنا أسماء العناصر القتلى وهم"
            " “سامر مطيري، حسن أحمد دوبا”، أما المصاب فهو “عطاف سطوف”.")
    assert named(text) == [[("سامر مطيري", "killed"), ("حسن أحمد دوبا", "killed"), ("عطاف سطوف", "injured")]]
    # Asma is still a given name after a word that introduces a person
    assert named("قُتلت الشابة أسماء خليل العبيد برصاص مجهولين في بلدة المسيفرة.") == [[("أسماء خليل العبيد", "killed")]]


def test_an_area_named_as_the_scene_outranks_a_town_the_victim_comes_from_elsewhere() -> None:
    text = "عثر مواطنون في محافظة درعا، على جثة شاب من السويداء، مقتولاً بظروف غامضة."
    assert [e.place.lexicon_id if e.place else None for e in extracted(text)] == ["daraa-governorate"]
    # a town the area holds stays the place: the victim's town in the area named
    text = "عثر مواطنون في محافظة درعا، على جثة شاب من بلدة الحراك، مقتولاً بظروف غامضة."
    assert [e.place.lexicon_id if e.place else None for e in extracted(text)] == ["al-harak"]
    # nor an area whose governorate has a village of the name that OCHA lists (the gazetteer's own is elsewhere)
    text = "اعتقلت قوة إسرائيلية، صباح اليوم، راعيين من أهالي قرية الحميدية في ريف القنيطرة، أثناء رعيهما الأغنام."
    assert [e.place.name if e.place else None for e in extracted(text)] == ["الحميدية"]


def test_an_english_name_with_its_year_of_birth_is_a_victims() -> None:
    text = ("Three SDF fighters were killed in clashes in the village of Jurdi on Sunday. The fallen are Demhat Qamişlo"
            " (Tamir Ahmed Ibrahim, born 1998 in Qamishlo) and Baran Dêrik (Ciwan Remadan Murad, born 1999 in Dêrik).")
    assert [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")] \
        == [[("Tamir Ahmed Ibrahim", "killed"), ("Ciwan Remadan Murad", "killed")]]


def test_the_one_person_told_of_before_dies_in_a_later_sentence() -> None:
    for later in ("He died instantly.", "The ex-fighter died instantly.", "The man was killed instantly."):
        text = f"Unknown gunmen opened fire on a former fighter in Hawayij village this morning. {later}"
        assert [e.fatalities for e in extracted(text, "en")] == [1], later
    # not a wound told again: the lead's count of the wounded stays
    text = "Three civilians were wounded by shelling on the town of Jasim on Sunday. He was wounded in the leg."
    assert [(e.fatalities, e.injured) for e in extracted(text, "en")] == [(0, 3)]


def test_a_dot_that_breaks_an_arabic_word_of_violence_is_read_through() -> None:
    from generator.ingest.normalise import fold, normalise
    assert fold("لمقتـ.ـل") == fold("لمقـ ـتل") == fold("لمقتل")
    assert fold("3.5 كم") == "3.5 كم" and fold("درعا. وقتل") == "درعا. وقتل" and fold("لـ قوات") == "ل قوات"
    for written in ("أدى لمقتـ.ـل أربعة", "أدى لمقـ ـتل أربعة"):
        folded = normalise(written)
        start = folded.text.index("اربعه")
        assert folded.to_original(start, start + 5) == (13, 18)   # offsets still point at the text as written
    text = "أدى الهجـ.ـوم على دورية في بلدة النعيمة بريف درعا إلى مقتـ.ـل أربعة عناصر وإصـ.ـابة اثنين بجـ.ـروح."
    assert summary(text) == [("النعيمة", 4, 2)]
