"""Rules of session 33 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

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
