"""Language data for the ingest layer: Arabic and English word lists and patterns.

Logic modules (normalise, numbers, dates, lexicon, extract) import from here so
that the words live in one place and the code stays language-neutral. All
Arabic entries are written in their ordinary spelling; modules fold them with
`normalise.fold` before use, so hamza, alef and ta-marbuta variants need not be
listed twice.
"""

from __future__ import annotations

# ---------------------------------------------------------------- normalise

# Arabic proclitics in the order they attach: conjunction, then preposition,
# then the article. ل + ال is written لل (the alef drops), handled in code.
CONJUNCTION_CLITICS: tuple[str, ...] = ("و", "ف")
PREPOSITION_CLITICS: tuple[str, ...] = ("ب", "ل", "ك")
ARTICLE = "ال"
# A stem shorter than this is not a word worth matching (avoids "و" + "ل" noise).
MIN_STEM_LENGTH = 2

# Double quotes and guillemets are removed when folding, so that a quoted name
# (تنظيم "داعش") matches the unquoted alias. Single quotes and apostrophes
# are removed only where they are not inside a Latin word (Dar'a, Daraa's).
DOUBLE_QUOTES = "\"“”„‟«»‹›〝〞＂"
SINGLE_QUOTES = "'‘’‚‛`´"

# Latin transliteration keys (fold_latin_name): the Arabic article in its
# assimilated spellings (ash-Sham, ar-Rahman), folded to "al".
LATIN_ARTICLES: tuple[str, ...] = (
    "al", "el", "il", "ul", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az",
)
# "Abdul", "Abdel", "Abdol" written as one word before the next name.
LATIN_ABD_PREFIXES: tuple[str, ...] = ("abdul", "abdel", "abdal", "abdol", "abdil")

# ------------------------------------------------------------------ numbers

# Arabic cardinal words, masculine and feminine forms, in ordinary spelling.
ARABIC_UNITS: dict[int, tuple[str, ...]] = {
    1: ("واحد", "واحدة", "أحد", "إحدى"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين", "اثنا", "اثنتا"),
    3: ("ثلاثة", "ثلاث"),
    4: ("أربعة", "أربع"),
    5: ("خمسة", "خمس"),
    6: ("ستة", "ست"),
    7: ("سبعة", "سبع"),
    8: ("ثمانية", "ثماني", "ثمان"),
    9: ("تسعة", "تسع"),
}
ARABIC_TEN: tuple[str, ...] = ("عشرة", "عشر")
# In teens the unit comes first and عشر/عشرة second: خمسة عشر، إحدى عشرة.
ARABIC_TEEN_TEN: tuple[str, ...] = ("عشر", "عشرة")
ARABIC_TENS: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين"),
    40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"),
    90: ("تسعون", "تسعين"),
}
ARABIC_HUNDREDS: dict[int, tuple[str, ...]] = {
    100: ("مئة", "مائة"),
    200: ("مئتان", "مئتين", "مائتان", "مائتين"),
    300: ("ثلاثمئة", "ثلاثمائة"),
    400: ("أربعمئة", "أربعمائة"),
    500: ("خمسمئة", "خمسمائة"),
    600: ("ستمئة", "ستمائة"),
    700: ("سبعمئة", "سبعمائة"),
    800: ("ثمانمئة", "ثمانمائة", "ثمانيمئة"),
    900: ("تسعمئة", "تسعمائة"),
}
ARABIC_THOUSAND: dict[int, tuple[str, ...]] = {
    1000: ("ألف",),
    2000: ("ألفان", "ألفين"),
}
# Clitics a number word may carry (وثلاثة، بخمسة), longest first.
NUMBER_CLITICS: tuple[str, ...] = ("وب", "ول", "فب", "و", "ف", "ب", "ل", "ك")
# The conjunction that joins compound numbers: ثلاثة وعشرين.
ARABIC_NUMBER_JOINER = "و"

# Nouns in the dual (= 2) whose plural is spelled differently (قتلى، عناصر،
# أشخاص ...): these alone count as two.
ARABIC_DUAL_NOUNS: tuple[str, ...] = (
    "قتيلين", "قتيلان", "قتيلتين", "قتيلتان",
    "جريحين", "جريحان", "جريحتين",
    "عنصرين", "عنصران",
    "شخصين", "شخصان",
    "طفلين", "طفلان", "طفلتين", "طفلتان",
    "شابين", "شابان",
    "رجلين", "رجلان",
    "امرأتين", "امرأتان",
    "سيدتين", "سيدتان",
    "جنديين", "جنديان",
    "ضابطين", "ضابطان",
    "شقيقين", "شقيقان", "شقيقتين",
    "أخوين", "أخوان",
    "قائدين", "قائدان",
    "معتقلين",
)
# Duals spelled like their plural (مدنيين = two civilians or civilians). They
# are reported as a vague "dual-or-plural" count unless the article marks the
# dual with diacritics (مدنيَّيْن) or اثنين follows.
ARABIC_DUAL_OR_PLURAL: tuple[str, ...] = (
    "مدنيين", "مدنيان", "مقاتلين", "مقاتلان", "قياديين", "قياديان", "مسلحين",
    "مسلحان", "عسكريين", "عسكريان", "مواطنين", "مواطنان",
)
# Words that confirm a dual: عنصرين اثنين.
ARABIC_DUAL_CONFIRMERS: tuple[str, ...] = ("اثنين", "اثنان", "اثنتين", "اثنتان")

# Vague quantities: value unknown, kind kept. Phrases are matched as whole
# words after clitics; longer phrases first.
ARABIC_VAGUE: dict[str, str] = {
    "عدد من": "a-number",
    "العشرات": "tens",
    "عشرات": "tens",
    "المئات": "hundreds",
    "مئات": "hundreds",
    "الآلاف": "thousands",
    "آلاف": "thousands",
    "عدة": "several",
    "بضعة": "several",
    "بضع": "several",
}
ENGLISH_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
ENGLISH_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
ENGLISH_MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000, "dozen": 12}
# Words that stand for "one" before a multiplier: a hundred, a dozen.
ENGLISH_ONE_BEFORE_MULTIPLIER: tuple[str, ...] = ("a", "an", "one")
ENGLISH_FIXED_PHRASES: dict[str, int] = {"a couple of": 2, "a pair of": 2}
# Endings that make digits an ordinal ("8th Brigade"): a name or a rank, never a count.
ENGLISH_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

# Longest phrases first: the matcher tries them in this order.
ENGLISH_VAGUE: dict[str, str] = {
    "a number of": "a-number",
    "scores of": "tens",
    "dozens of": "dozens",
    "dozens": "dozens",
    "hundreds of": "hundreds",
    "thousands of": "thousands",
    "several": "several",
    "a few": "several",
}

# -------------------------------------------------------------------- dates

# Weekday numbers follow Python's date.weekday(): Monday 0 ... Sunday 6.
ARABIC_WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6, "الاحد": 6,
}
ENGLISH_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
ARABIC_MONTHS: dict[str, int] = {
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
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Word (optionally preceded by "شهر") that introduces a month: في شهر آب.
ARABIC_MONTH_WORD = "شهر"
ARABIC_YEAR_WORDS: tuple[str, ...] = ("عام", "العام", "سنة")

ARABIC_TODAY: tuple[str, ...] = ("اليوم",)
ARABIC_YESTERDAY: tuple[str, ...] = ("أمس", "الأمس", "البارحة", "يوم أمس")
ARABIC_DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("أول أمس", "أول من أمس", "أمس الأول")
# Parts of the day before اليوم / أمس / a weekday: they do not change the date.
ARABIC_DAY_PARTS: tuple[str, ...] = (
    "فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "ليلة", "منتصف ليل", "ظهيرة",
    "صبيحة", "فجر يوم", "صباح يوم", "ظهر يوم", "عصر يوم", "مساء يوم", "ليلة يوم",
)
ARABIC_DAY_WORD = "يوم"
# After a weekday: the most recent such day strictly before publication.
ARABIC_LAST: tuple[str, ...] = ("الماضي", "الفائت", "المنصرم", "السابق")
# A bare weekday name that is also an ordinary word (الاثنين = "the two")
# counts as a date only with يوم, a day part, or الماضي around it.
ARABIC_WEEKDAYS_NEED_CONTEXT: tuple[str, ...] = ("الاثنين", "الإثنين", "الأثنين")
ARABIC_AGO = "قبل"
ARABIC_SINCE = "منذ"
# Units of "قبل ثلاثة أيام" / "منذ أسبوع": word → (days per unit, count when
# the word itself carries it: the dual يومين = 2, a bare singular = 1).
ARABIC_TIME_UNITS: dict[str, tuple[int, int | None]] = {
    "يوم": (1, 1), "أيام": (1, None), "يوما": (1, None), "يومين": (1, 2), "يومان": (1, 2),
    "أسبوع": (7, 1), "أسابيع": (7, None), "أسبوعين": (7, 2), "أسبوعا": (7, None),
    "شهر": (30, 1), "أشهر": (30, None), "شهور": (30, None), "شهرين": (30, 2), "شهرا": (30, None),
}
ARABIC_LAST_WEEK: tuple[str, ...] = ("الأسبوع الماضي", "الأسبوع الفائت", "الأسبوع المنصرم")
# A day of the current or the previous month: يوم ٢٣ من الشهر الجاري، في العاشر من الشهر الماضي (digits only).
ARABIC_THIS_MONTH: tuple[str, ...] = ("الشهر الجاري", "الشهر الحالي", "هذا الشهر")
ARABIC_PREVIOUS_MONTH: tuple[str, ...] = ("الشهر الماضي", "الشهر الفائت", "الشهر المنصرم", "الشهر السابق")
ARABIC_LAST_MONTH: tuple[str, ...] = ("الشهر الماضي", "الشهر الفائت", "الشهر المنصرم")
# "since the start of the year": a background span, never an event date.
ARABIC_YEAR_START: tuple[str, ...] = (
    "منذ بداية العام", "منذ مطلع العام", "منذ بداية السنة", "منذ مطلع السنة",
    "منذ بداية العام الجاري", "منذ مطلع العام الجاري", "منذ بداية العام الحالي",
    "منذ مطلع العام الحالي", "منذ بداية هذا العام", "منذ مطلع هذا العام",
)
# Words that introduce a year: عام 2018، العام 2020.
ARABIC_YEAR_WORDS: tuple[str, ...] = ("عام", "العام", "سنة", "لعام")
# Optional words between a day and its month: 26 من شهر أكتوبر.
ARABIC_OF = "من"

ENGLISH_DAY_PARTS: tuple[str, ...] = (
    "morning", "afternoon", "evening", "night", "dawn", "noon",
)
ENGLISH_TODAY: tuple[str, ...] = (
    "today", "earlier today", "this morning", "this afternoon", "this evening", "tonight",
)
ENGLISH_YESTERDAY: tuple[str, ...] = ("yesterday", "last night")
ENGLISH_DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("the day before yesterday",)
ENGLISH_TIME_UNITS: dict[str, tuple[int, int | None]] = {
    "day": (1, 1), "days": (1, None), "week": (7, 1), "weeks": (7, None),
    "month": (30, 1), "months": (30, None),
}
ENGLISH_LAST_WEEK: tuple[str, ...] = ("last week", "the past week", "past week")
ENGLISH_LAST_MONTH: tuple[str, ...] = ("last month",)
ENGLISH_YEAR_START: tuple[str, ...] = (
    "since the start of the year", "since the beginning of the year",
    "since the start of this year", "since the beginning of this year",
    "since january",
)
# Words before a bare year that make it a date: in 2019, since 2011.
ENGLISH_YEAR_INTRO: tuple[str, ...] = ("in", "since", "during", "of", "early", "late", "mid")
ARABIC_YEAR_INTRO: tuple[str, ...] = ("في", "منذ", "خلال", "حتى")

# Words right before a date (a month, a year, a day) that make it background:
# the settlement of July 2018, the start of 2020, since July 2018.
ARABIC_BACKGROUND_CUES: tuple[str, ...] = (
    "تسوية", "التسوية", "اتفاق", "اتفاقية", "مطلع", "بداية", "أوائل", "أواخر",
    "نهاية", "منتصف", "إبان", "منذ", "أحداث", "انتفاضة", "معركة", "اجتياح", "حملة",
)
ENGLISH_BACKGROUND_CUES: tuple[str, ...] = (
    "settlement", "agreement", "deal", "start", "beginning", "early", "late",
    "end", "mid", "since", "during", "until", "uprising", "offensive", "campaign",
)
# Filler words that may stand between a background cue and the date.
ARABIC_BACKGROUND_FILLERS: tuple[str, ...] = (
    "في", "من", "شهر", "عام", "العام", "سنة", "صيف", "شتاء", "ربيع", "خريف",
)
ENGLISH_BACKGROUND_FILLERS: tuple[str, ...] = ("of", "in", "the", "since", "summer", "winter",
                                              "spring", "autumn", "fall")

# ------------------------------------------------------------------ lexicon

# Rank words that precede a person's name. اللواء is both "major general"
# and "brigade": the lexicon matches it only as part of a brigade's name
# (اللواء الثامن، اللواء 15); the extractor uses this list for persons.
ARABIC_RANKS: tuple[str, ...] = (
    "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم",
    "الملازم أول", "المساعد", "المساعد أول", "الرقيب", "الرقيب أول", "العريف",
    "المجند", "الفريق", "العماد", "الشيخ", "القيادي", "القائد",
)
ENGLISH_RANKS: tuple[str, ...] = (
    "general", "major general", "maj. gen.", "brigadier general", "brigadier",
    "brig. gen.", "colonel", "col.", "lieutenant colonel", "lt. col.", "major",
    "captain", "capt.", "lieutenant", "lt.", "first lieutenant", "sergeant",
    "sgt.", "corporal", "private", "commander", "sheikh",
)
# Rank words that are also the first word of unit names: a lexicon alias may
# start with one only when more words follow it.
AMBIGUOUS_RANK_UNIT_WORDS: tuple[str, ...] = ("اللواء", "لواء")

# Place names that are also everyday words or common personal names
# (عدوان = aggression, علما = "knowing that", الحراك = the movement, جاسم = a
# first name, Saida = Sidon in Lebanon). Their matches carry ambiguous=True
# unless a place noun stands right before them (بلدة عدوان، مدينة جاسم).
AMBIGUOUS_PLACE_NAMES_AR: tuple[str, ...] = (
    "عدوان", "علما", "الحراك", "نصيب", "حيط", "تسيل", "الشجرة", "المزرعة", "الكرامة",
    "الطيبة", "العجمي", "صيدا", "جاسم", "الجيزة", "محجة", "الغارية", "نوى", "نوا",
    "البصيرة", "الرقة", "الباب", "التل", "الحولة", "السد",
)
AMBIGUOUS_PLACE_NAMES_EN: tuple[str, ...] = (
    "Alma", "Saida", "Nasib", "Adwan", "Hayt", "Jasim", "Tell", "Al-Bab", "Bab",
)
# Nouns that introduce a place name and so settle the ambiguity above.
ARABIC_PLACE_NOUNS: tuple[str, ...] = (
    "مدينة", "بلدة", "قرية", "حي", "مخيم", "محافظة", "منطقة", "ناحية", "ريف", "مدينتي",
    "بلدتي", "قريتي", "في", "من", "إلى", "قرب", "بين", "أطراف", "محيط", "على",
    "داخل", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "أهالي",
    "أبناء", "مدن", "بلدات", "قرى",
)
ENGLISH_PLACE_NOUNS: tuple[str, ...] = (
    "town", "city", "village", "in", "near", "outside", "from", "to", "of", "between",
    "neighbourhood", "neighborhood", "camp", "countryside",
)


# A short quoted stretch is a name (an outlet, a group, an operation): موقع "حوران اليوم".
QUOTED_NAME = r"[\"“«]([^\"“”«»\n]{2,40})[\"”»]"
QUOTED_NAME_MAX_WORDS = 4

# Words of a page's header line that says when it was published (ingest/published.py),
# lower case; matched as substrings of a header line only.
PUBLICATION_CUES: tuple[str, ...] = (
    "published", "posted", "updated", "date:",
    "تاريخ النشر", "نشر بتاريخ", "نشر في", "نُشر في", "تم النشر", "آخر تحديث", "تاريخ:",
)
