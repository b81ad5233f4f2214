"""Rules of session 38 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _places(text: str, language: str = "ar") -> list[str | None]:
    return [e.place.name if e.place else None for e in extracted(text, language)]


def test_what_an_unplaced_incident_came_within_gives_its_place() -> None:
    # «وجاء ذلك ضمن حملة مداهمات في بلدة X»: the arrests told with no place were made in X
    lead = "اعتقلت قوات الأمن شابين من أبناء المنطقة يوم الأحد، واقتادتهما إلى جهة مجهولة.\n\n"
    assert _places(lead + "وجاء ذلك ضمن حملة مداهمات في بلدة الكسوة بريف دمشق.\n\nتفاصيل أخرى.") == ["الكسوة"]
    assert _places("Security forces arrested two young men on Sunday.\n\nThe arrests came as part of a campaign of "
                   "raids in the town of Tasil in western Daraa countryside.\n\nMore details.", "en") == ["Tasil"]
    # a place the incident has already is kept: the campaign may be wider than the arrest
    assert _places("اعتقلت قوات الأمن شابين في مدينة حمص يوم الأحد.\n\nوتأتي هذه الاعتقالات في إطار حملة أمنية تشنها "
                   "القوات في مدينة الرستن بريف حمص الشمالي.\n\nتفاصيل أخرى.") == ["حمص"]
    # what it came after is another incident's place, never this one's
    assert _places("اعتقلت قوات الأمن شابين من أبناء المنطقة يوم الأحد.\n\nوجاء ذلك بعد هجوم على حاجز في بلدة الكسوة "
                   "بريف دمشق.\n\nتفاصيل أخرى.") == [None]
