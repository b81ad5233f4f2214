"""Rules of session 26 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session23 import named, summary


def test_the_tail_of_a_kunya_that_names_a_mosque_or_a_unit_is_no_person() -> None:
    # "أبو بكر الصديق" names the mosque and the brigade; بكر الصديق after أبو/أبي is no victim of its own
    text = "قُتل الشاب أحمد محمد العلي برصاص مجهولين قرب مسجد أبي بكر الصديق في بلدة معربا بريف درعا."
    assert named(text) == [[("أحمد محمد العلي", "killed")]]
    assert summary(text) == [("معربا", 1, None)]
    text = "قُتل عنصران من لواء أبو بكر الصديق بغارة إسرائيلية قرب مدينة الكسوة بريف دمشق."
    assert named(text) == [[]]
    # a kunya after a noun that names no place or unit still opens a person's name
    text = "قُتل القيادي السابق أبو بكر الحوراني برصاص مجهولين في مدينة نوى بريف درعا."
    assert [name for name, _ in named(text)[0]] == ["أبو بكر الحوراني"]
