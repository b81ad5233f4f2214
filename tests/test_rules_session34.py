"""Rules of session 34 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _kinds(text: str, language: str = "ar") -> list[tuple[str, str]]:
    return [(e.type, e.sub_type) for e in extracted(text, language)]


def test_helicopters_and_barrel_bombs_are_an_air_strike() -> None:
    air = [("explosions_remote_violence", "air_drone_strike")]
    assert _kinds("ألقت مروحيات النظام براميل متفجرة على بلدة الهبيط جنوبي إدلب.") == air
    assert _kinds("قتل خمسة مدنيين بقصف بالبراميل المتفجرة على بلدة كفرزيتا.") == air
    assert _kinds("قصفت مروحيات تابعة لسلاح جو الاحتلال سيارة مدنية في بلدة عين التينة بريف القنيطرة.") == air
    # shelling is still shelling, and helicopters backing a raid strike nothing
    assert _kinds("قتل خمسة مدنيين بقصف مدفعي على بلدة كفرزيتا.") \
        == [("explosions_remote_violence", "shelling_artillery_missile_attack")]
    assert _kinds("داهمت قوات قسد بإسناد من مروحيات التحالف منزلاً في بلدة الشحيل واعتقلت شابين.") \
        == [("strategic_developments", "arrests")]
