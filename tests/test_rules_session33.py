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
    # a source named in apposition after "according to" is still the source, also between the dead and their names
    assert ("سامر خليل العبيد", "killed") not in named(
        "قُتل ثلاثة شبان برصاص مجهولين قرب بلدة المزيريب، وفقاً لمدير المركز، “سامر خليل العبيد”.")[0]
    assert named("قُتل ثلاثة مدنيين برصاص مجهولين قرب بلدة المزيريب. والقتلى هم، بحسب المتحدث باسم التجمع، أبو محمود"
                 " الحوراني، ثلاثة مدنيين من أبناء البلدة.") == [[("أبو محمود الحوراني", "spokesperson")]]
    # ... and so is an activist or a relative named there (a correspondent's dead named there are left as before)
    assert named("قُتل ثلاثة شبان برصاص مجهولين في بلدة المزيريب. والقتلى هم، بحسب الناشط الإعلامي، أبو محمد الحوراني،"
                 " ثلاثة شبان من أبناء البلدة.") == [[("أبو محمد الحوراني", "spokesperson")]]


def test_an_rpg_written_in_latin_letters_is_a_weapon_of_a_fight() -> None:
    text = "قُتل عنصر من قوات النظام إثر استهداف حاجز عسكري في بلدة أم المياذن شرقي درعا، بقذيفة (RPG)."
    assert [(e.type, e.sub_type) for e in extracted(text)] == [("battles", "armed_clash")]


def test_the_names_of_the_dead_are_no_person_and_the_wounded_after_them_keeps_his_role() -> None:
    text = ("قُتل ثلاثة عناصر وأصيب آخر بهجوم على حاجز في بلدة المسيفرة. ووثقت مصادرنا أسماء العناصر القتلى وهم"
            " “سامر مطيري، حسن أحمد دوبا”، أما المصاب فهو “عطاف سطوف”.")
    assert named(text) == [[("سامر مطيري", "killed"), ("حسن أحمد دوبا", "killed"), ("عطاف سطوف", "injured")]]
    # Asma is still a given name, introduced or not
    assert named("قُتلت الشابة أسماء خليل العبيد برصاص مجهولين في بلدة المسيفرة.") == [[("أسماء خليل العبيد", "killed")]]
    assert named("أصيبت أسماء الزعبي بجروح جراء قصف مدفعي على بلدة النعيمة.") == [[("أسماء الزعبي", "injured")]]


def test_an_english_name_with_its_year_of_birth_in_brackets_marks_a_victim() -> None:
    text = ("Three SDF fighters were killed in clashes in the village of Jurdi on Sunday. The fallen are Demhat Qamişlo"
            " (Tamir Ahmed Ibrahim, born 1998 in Qamishlo) and Baran Dêrik (Ciwan Remadan Murad, born 1999 in Dêrik).")
    assert [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")] \
        == [[("Tamir Ahmed Ibrahim", "killed"), ("Ciwan Remadan Murad", "killed")]]
    # a year of birth in a biography makes no victim
    text = ("A car bomb killed five civilians in Azaz on Monday. The Islamic State commander Abu Omar al-Halabi, born in"
            " 1980, claimed the attack in a statement.")
    assert [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")] == [[("Abu Omar al-Halabi", "mentioned")]]


def test_the_one_person_told_of_before_dies_in_a_later_sentence() -> None:
    for later, dead in (("He died instantly.", 1), ("The ex-fighter died instantly.", 1), ("He was nearly killed.", None)):
        text = f"Unknown gunmen opened fire on a former fighter in Hawayij village this morning. {later}"
        assert [e.fatalities for e in extracted(text, "en")] == [dead], later
    # nor the dead of an earlier incident of the article identified by a participle with no auxiliary
    text = ("Gunmen shot dead a young man in al-Musayfirah town on Monday, October 2, 2023, while in a separate incident"
            " in al-Jiza town, gunmen opened fire on a man, wounding him. The wounded man was taken to a hospital. The"
            " young man killed in al-Musayfirah was identified as Hamza Nasser al-Kiwan, 24.")
    assert [(e.place.name, e.fatalities) for e in extracted(text, "en")] == [("al-Musayfirah", 1), ("al-Jiza", 0)]
    # nor one of the wounded told before who died of the wounds on a later day: not a death of a new incident
    text = ("Three civilians were wounded by shelling on the town of Ariha on Monday. She died of her wounds on Wednesday,"
            " the monitor said.")
    assert 1 not in [e.fatalities for e in extracted(text, "en") if e.place is None]
    # not a wound told again: the lead's count of the wounded stays
    text = "Three civilians were wounded by shelling on the town of Jasim on Sunday. He was wounded in the leg."
    assert [(e.fatalities, e.injured) for e in extracted(text, "en")] == [(0, 3)]


def test_a_dot_that_breaks_an_arabic_word_of_violence_is_read_through() -> None:
    from generator.ingest.normalise import fold, normalise
    assert fold("لمقتـ.ـل") == fold("لمقـ ـتل") == fold("لمقتل")
    assert fold("3.5 كم") == "3.5 كم" and fold("درعا.وقتل") == "درعا.وقتل" and fold("لـ قوات") == "ل قوات"
    for written in ("أدى لمقتـ.ـل أربعة", "أدى لمقـ ـتل أربعة"):
        folded = normalise(written)
        start = folded.text.index("اربعه")
        assert folded.to_original(start, start + 5) == (13, 18)   # offsets still point at the text as written
    text = "أدى الهجـ.ـوم على دورية في بلدة النعيمة بريف درعا إلى مقتـ.ـل أربعة عناصر وإصـ.ـابة اثنين بجـ.ـروح."
    assert summary(text) == [("النعيمة", 4, 2)]
