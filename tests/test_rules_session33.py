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
