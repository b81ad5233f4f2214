"""Arabic: weekdays, months, relative days and the cues that make a date background."""

from __future__ import annotations

# Weekday numbers follow Python's date.weekday(): Monday 0 ... Sunday 6.
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6, "الاحد": 6,
}

MONTHS: dict[str, int] = {
    # Levantine (Syriac) names
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12,
    # standard (Egyptian / Gulf) names and common spellings
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4,
    "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
    "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
}

# A day of the month told as an ordinal before "من" and its month: "في الأول من نيسان"، "العاشر من الشهر الماضي".
_ORDINAL_UNITS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
ORDINAL_DAYS: dict[str, int] = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    "العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30,
    **{f"{word} عشر": n for n, word in enumerate(_ORDINAL_UNITS[1:], 12)},
    **{f"{'الحادي' if n == 1 else word} والعشرين": 20 + n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    "الحادي والثلاثين": 31,
}
# Nouns before such an ordinal that make it a part of the month, not a day of it.
ORDINAL_NOT_DAY: tuple[str, ...] = ("الأسبوع", "النصف", "العشر", "الثلث", "الربع")

# Word (optionally preceded by "شهر") that introduces a month: في شهر آب.
MONTH_WORD = "شهر"

TODAY: tuple[str, ...] = ("اليوم",)

YESTERDAY: tuple[str, ...] = ("أمس", "الأمس", "البارحة", "يوم أمس")

DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("أول أمس", "أول من أمس", "أمس الأول")

# Parts of the day before اليوم / أمس / a weekday: they do not change the date.
DAY_PARTS: tuple[str, ...] = (
    "فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "ليلة", "منتصف ليل", "ظهيرة",
    "صبيحة", "فجر يوم", "صباح يوم", "ظهر يوم", "عصر يوم", "مساء يوم", "ليلة يوم",
)

DAY_WORD = "يوم"

# After a weekday: the most recent such day strictly before publication.
LAST: tuple[str, ...] = ("الماضي", "الفائت", "المنصرم", "السابق")

# A bare weekday name that is also an ordinary word (الاثنين = "the two")
# counts as a date only with يوم, a day part, or الماضي around it.
WEEKDAYS_NEED_CONTEXT: tuple[str, ...] = ("الاثنين", "الإثنين", "الأثنين")

AGO = "قبل"

SINCE = "منذ"

# "About" between قبل/منذ and the span ("منذ نحو أسبوع"، "قبل حوالي ثلاثة أيام"): the span is still the date's.
ABOUT: tuple[str, ...] = ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "ما يقرب من")

# Units of "قبل ثلاثة أيام" / "منذ أسبوع": word → (days per unit, count when
# the word itself carries it: the dual يومين = 2, a bare singular = 1).
TIME_UNITS: dict[str, tuple[int, int | None]] = {
    "يوم": (1, 1), "أيام": (1, None), "يوما": (1, None), "يومين": (1, 2), "يومان": (1, 2),
    "أسبوع": (7, 1), "أسابيع": (7, None), "أسبوعين": (7, 2), "أسبوعا": (7, None),
    "شهر": (30, 1), "أشهر": (30, None), "شهور": (30, None), "شهرين": (30, 2), "شهرا": (30, None),
}

LAST_WEEK: tuple[str, ...] = ("الأسبوع الماضي", "الأسبوع الفائت", "الأسبوع المنصرم")

# A day of the current or the previous month: يوم ٢٣ من الشهر الجاري، في العاشر من الشهر الماضي (digits only).
THIS_MONTH: tuple[str, ...] = ("الشهر الجاري", "الشهر الحالي", "هذا الشهر")

PREVIOUS_MONTH: tuple[str, ...] = ("الشهر الماضي", "الشهر الفائت", "الشهر المنصرم", "الشهر السابق")

LAST_MONTH: tuple[str, ...] = ("الشهر الماضي", "الشهر الفائت", "الشهر المنصرم")

# "since the start of the year": a background span, never an event date.
YEAR_START: tuple[str, ...] = (
    "منذ بداية العام", "منذ مطلع العام", "منذ بداية السنة", "منذ مطلع السنة",
    "منذ بداية العام الجاري", "منذ مطلع العام الجاري", "منذ بداية العام الحالي",
    "منذ مطلع العام الحالي", "منذ بداية هذا العام", "منذ مطلع هذا العام",
)

# After a month: this year's (تشرين الأول الحالي) or the most recent (آب الماضي), like a month without a year.
MONTH_RELATIVE: tuple[str, ...] = ("الحالي", "الجاري") + LAST

# A month of the year before publication: تشرين الثاني من العام الفائت.
LAST_YEAR: tuple[str, ...] = ("العام الماضي", "العام الفائت", "العام المنصرم", "العام السابق", "السنة الماضية",
                              "السنة الفائتة", "السنة السابقة")

# Words that introduce a year: عام 2018، العام 2020.
YEAR_WORDS: tuple[str, ...] = ("عام", "العام", "سنة", "لعام")

# Optional words between a day and its month: 26 من شهر أكتوبر.
OF = "من"

YEAR_INTRO: tuple[str, ...] = ("في", "منذ", "خلال", "حتى")

# Words right before a date (a month, a year, a day) that make it background:
# the settlement of July 2018, the start of 2020, since July 2018.
BACKGROUND_CUES: tuple[str, ...] = (
    "تسوية", "التسوية", "اتفاق", "اتفاقية", "مطلع", "بداية", "أوائل", "أواخر",
    "نهاية", "منتصف", "إبان", "منذ", "أحداث", "انتفاضة", "معركة", "اجتياح", "حملة",
)

# Words right before a date that make it the day a report or statement came out ("تقرير الشبكة الصادر اليوم
# الأحد"), not the day of an incident; fillers may stand between.
ISSUED_CUES: tuple[str, ...] = ("الصادر", "الصادرة", "صدر", "صدرت", "أصدرته", "أصدرتها")
ISSUED_FILLERS: tuple[str, ...] = ("في", "يوم", "مساء", "صباح")

# Filler words that may stand between a background cue and the date.
BACKGROUND_FILLERS: tuple[str, ...] = (
    "في", "من", "شهر", "عام", "العام", "سنة", "صيف", "شتاء", "ربيع", "خريف",
)

# A month as a span ("منذ مطلع تشرين الأول"، "خلال أيلول"): the words before its name; a sentence dated only by
# it is a tally or the background, not an incident.
MONTH_SPAN_OPENERS = ("منذ", "خلال")

MONTH_PARTS = ("مطلع", "بداية", "أول", "منتصف", "أواخر", "أوائل", "نهاية")

# The words before a birth year ("من مواليد عام 1995"، "(مواليد 1990)"، "تولد 1988"): the year is the person's age, no
# date of the report (matched on the text as written, right before the year).
BIRTH_YEAR_BEFORE = r"(?:مواليد|تولد|تولّد|المولود|المولودة)\s*:?\s*(?:في\s+)?(?:عام\s+|سنة\s+)?"
