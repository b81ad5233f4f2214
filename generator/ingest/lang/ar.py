"""Arabic: every word and pattern the ingester matches in Arabic text.

Entries are written in ordinary spelling; the matchers fold them
(`normalise.fold`), so hamza, alef and ta-marbuta variants need not be listed
twice, and let proclitics (و ف ب ل ك ال) stick to the first word. An entry
ending in `*` matches any ending (اشتباك* → اشتباكات); `~` stands for up to
eight words. Only words live here: the passes that use them are in
`generator/ingest/extract/` (the Arabic-only ones in `extract/arabic.py`),
`numbers.py`, `dates/`, `lexicon.py`, `normalise.py` and `names.py`.
"""

from __future__ import annotations

from .common import ACTION, BATTLES, EXPLOSIONS, INJURE, KILL, SHOOT, STRATEGIC, VAC, WEAPON

# ------------------------------------------------------------------ page clean-up

# Lines that mark breaking news (compared case-folded, punctuation removed).
# A marker may also open the title line: "عاجل | title".
BREAKING_MARKERS = frozenset({"عاجل", "خاص", "عاجل جدا"})
# A line that starts the trailing boilerplate: it and everything after it are dropped.
TRAILING_BOILERPLATE = frozenset({
    "أخبار متعلقة", "اخبار متعلقة", "أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "اقرأ أيضا",
    "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضاً", "شارك المقال", "شارك", "تابعونا على تلغرام", "تابعونا",
    "المزيد من الأخبار",
})

# Words of a page's header line that says when it was published (ingest/published.py),
# lower case; matched as substrings of a header line only.
PUBLICATION_CUES: tuple[str, ...] = ("تاريخ النشر", "نشر بتاريخ", "نشر في", "نُشر في", "تم النشر", "آخر تحديث", "تاريخ:")

# Labels before a credit ("المصدر: وكالات").
CREDIT_LABELS = ("المصدر:", "المصدر :")

# Arabic cardinal words, masculine and feminine forms, in ordinary spelling.
UNITS: dict[int, tuple[str, ...]] = {
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

TEN: tuple[str, ...] = ("عشرة", "عشر")

# In teens the unit comes first and عشر/عشرة second: خمسة عشر، إحدى عشرة.
TEEN_TEN: tuple[str, ...] = ("عشر", "عشرة")

TENS: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين"),
    40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"),
    90: ("تسعون", "تسعين"),
}

HUNDREDS: dict[int, tuple[str, ...]] = {
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

THOUSAND: dict[int, tuple[str, ...]] = {
    1000: ("ألف",),
    2000: ("ألفان", "ألفين"),
}

# Clitics a number word may carry (وثلاثة، بخمسة), longest first.
NUMBER_CLITICS: tuple[str, ...] = ("وب", "ول", "فب", "و", "ف", "ب", "ل", "ك")

# The conjunction that joins compound numbers: ثلاثة وعشرين.
NUMBER_JOINER = "و"

# Nouns in the dual (= 2) whose plural is spelled differently (قتلى، عناصر،
# أشخاص ...): these alone count as two.
DUAL_NOUNS: tuple[str, ...] = (
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
DUAL_OR_PLURAL: tuple[str, ...] = (
    "مدنيين", "مدنيان", "مقاتلين", "مقاتلان", "قياديين", "قياديان", "مسلحين",
    "مسلحان", "عسكريين", "عسكريان", "مواطنين", "مواطنان",
)

# Words that confirm a dual: عنصرين اثنين.
DUAL_CONFIRMERS: tuple[str, ...] = ("اثنين", "اثنان", "اثنتين", "اثنتان")

# Vague quantities: value unknown, kind kept. Phrases are matched as whole
# words after clitics; longer phrases first.
VAGUE: dict[str, str] = {
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

# Filler words that may stand between a background cue and the date.
BACKGROUND_FILLERS: tuple[str, ...] = (
    "في", "من", "شهر", "عام", "العام", "سنة", "صيف", "شتاء", "ربيع", "خريف",
)

# Ranks before a person's name: the one table of ranks, longer ranks first (الملازم أول
# before الملازم). اللواء is both "major general" and "brigade": the lexicon matches it only
# as part of a brigade's name (اللواء الثامن، اللواء 15), and the extractor checks what follows it.
OFFICER_RANKS = ("العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم")
MILITARY_RANKS = ("الملازم أول", "المساعد أول", "الرقيب أول") + OFFICER_RANKS + (
    "المساعد", "الرقيب", "العريف", "المجند", "الفريق", "العماد", "اللواء")
# Ranks of a state army: a victim who carries one, with no force named, implies the army as side b
# (not اللواء, which is also "brigade").
STATE_RANKS = tuple(rank for rank in MILITARY_RANKS if rank != "اللواء")
# Ranks and titles left out of a person's matching key (name_keys.py).
RANKS = MILITARY_RANKS + ("الشيخ", "القيادي", "القائد")

# Rank words that are also the first word of unit names: a lexicon alias may
# start with one only when more words follow it.
AMBIGUOUS_RANK_UNIT_WORDS: tuple[str, ...] = ("اللواء", "لواء")

# Place names that are also everyday words or common personal names
# (عدوان = aggression, علما = "knowing that", الحراك = the movement, جاسم = a
# first name, Saida = Sidon in Lebanon). Their matches carry ambiguous=True
# unless a place noun stands right before them (بلدة عدوان، مدينة جاسم).
AMBIGUOUS_PLACE_NAMES: tuple[str, ...] = (
    "عدوان", "علما", "الحراك", "نصيب", "حيط", "تسيل", "الشجرة", "المزرعة", "الكرامة",
    "الطيبة", "العجمي", "صيدا", "جاسم", "الجيزة", "محجة", "الغارية", "نوى", "نوا",
    "البصيرة", "الرقة", "الباب", "التل", "الحولة", "السد",
)

# Nouns that introduce a place name and so settle the ambiguity above.
PLACE_NOUNS: tuple[str, ...] = (
    "مدينة", "بلدة", "قرية", "حي", "مخيم", "محافظة", "منطقة", "ناحية", "ريف", "مدينتي",
    "بلدتي", "قريتي", "في", "من", "إلى", "قرب", "بين", "أطراف", "محيط", "على",
    "داخل", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "أهالي",
    "أبناء", "مدن", "بلدات", "قرى",
)

TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    ("عبو* ناسف*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    # not "عبو*": the family names عبود and العبود are no explosive device
    ("عبوة", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("عبوات", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("عبوتين", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("عبوتان", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("لغم*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("ألغام", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("مفخخ*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("انتحاري*", WEAPON, EXPLOSIONS, "suicide_bomb"),
    ("قنبل* يدوي*", WEAPON, EXPLOSIONS, "grenade"),
    ("قنبل* عنقودي*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("قنابل عنقودي*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("ذخائر عنقودي*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("ذخير* غير منفجر*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("آر بي جي", WEAPON, BATTLES, "armed_clash"),
    ("رمان* يدوي*", WEAPON, EXPLOSIONS, "grenade"),
    ("غار*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("مسير*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("طائر* مسير*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("طائرات حربي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("قصف جوي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("ضرب* جوي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("قصف*", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("قذائف", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("قذيف*", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("صاروخ*", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("صواريخ", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("مدفعي*", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("هاون", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    # an explosion or a bombing whose means no weapon word names: ACLED's remote explosive
    ("انفجار*", ACTION, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("انفجر*", ACTION, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("تفجير*", ACTION, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("اشتباك*", ACTION, BATTLES, "armed_clash"),
    ("اشتبك*", ACTION, BATTLES, "armed_clash"),
    ("معارك", ACTION, BATTLES, "armed_clash"),
    ("مواجهات", ACTION, BATTLES, "armed_clash"),
    ("كمين*", ACTION, BATTLES, "armed_clash"),
    ("هجوم* مسلح*", ACTION, BATTLES, "armed_clash"),
    ("هاجم*", ACTION, BATTLES, "armed_clash"),
    ("أطلق* ~ النار", SHOOT, VAC, "attack"),
    ("إطلاق النار", SHOOT, VAC, "attack"),
    ("إطلاق نار", SHOOT, VAC, "attack"),
    ("أطلق* ~ الرصاص", SHOOT, VAC, "attack"),
    ("إطلاق الرصاص", SHOOT, VAC, "attack"),
    ("إعدام*", ACTION, VAC, "attack"),
    ("أعدم*", ACTION, VAC, "attack"),
    ("اغتيال*", ACTION, VAC, "attack"),
    ("اغتال*", ACTION, VAC, "attack"),
    ("يغتال*", ACTION, VAC, "attack"),
    ("اختطاف*", ACTION, VAC, "abduction_forced_disappearance"),
    ("اختطف*", ACTION, VAC, "abduction_forced_disappearance"),
    ("خطف*", ACTION, VAC, "abduction_forced_disappearance"),
    ("استعاد* السيطرة", ACTION, BATTLES, "government_regains_territory"),
    ("استعاد*", ACTION, BATTLES, "government_regains_territory"),
    ("أعاد* السيطرة", ACTION, BATTLES, "government_regains_territory"),
    ("اعتقال*", ACTION, STRATEGIC, "arrests"),
    ("اعتقل*", ACTION, STRATEGIC, "arrests"),
    ("يعتقل*", ACTION, STRATEGIC, "arrests"),
    ("تعتقل*", ACTION, STRATEGIC, "arrests"),
    ("دهم واعتقال", ACTION, STRATEGIC, "arrests"),
    ("انسحاب*", ACTION, STRATEGIC, "change_to_group_activity"),
    ("انسحب*", ACTION, STRATEGIC, "change_to_group_activity"),
    ("توصل* ~ اتفاق*", ACTION, STRATEGIC, "agreement"),
    ("توصل* ~ لاتفاق*", ACTION, STRATEGIC, "agreement"),
    ("وقع* اتفاق*", ACTION, STRATEGIC, "agreement"),
    ("أبرم* ~ اتفاق*", ACTION, STRATEGIC, "agreement"),
    ("أحرق*", ACTION, STRATEGIC, "looting_property_destruction"),
    ("إحراق", ACTION, STRATEGIC, "looting_property_destruction"),
    ("نهب", ACTION, STRATEGIC, "looting_property_destruction"),
    ("مقتل", KILL, VAC, "attack"),
    ("مقتله", KILL, VAC, "attack"),
    ("مقتلها", KILL, VAC, "attack"),
    ("مقتلهما", KILL, VAC, "attack"),
    ("قتيل*", KILL, VAC, "attack"),
    ("قتل*", KILL, VAC, "attack"),
    ("يقتل*", KILL, VAC, "attack"),
    ("لقي* حتف*", KILL, VAC, "attack"),
    ("لقي* مصرع*", KILL, VAC, "attack"),
    ("فقد* حيات*", KILL, VAC, "attack"),
    ("فارق* الحياة", KILL, VAC, "attack"),
    ("استشهاد", KILL, VAC, "attack"),
    ("استشهد*", KILL, VAC, "attack"),
    ("جث*", KILL, VAC, "attack"),
    ("برصاص", KILL, VAC, "attack"),
    ("إصاب*", INJURE, VAC, "attack"),
    ("أصيب*", INJURE, VAC, "attack"),
    ("جرح*", INJURE, VAC, "attack"),
    ("جريح*", INJURE, VAC, "attack"),
)

# Protest words: with a kill, injure or shooting word in the clause the event is
# "excessive force against protesters", otherwise a peaceful protest.
PROTEST = ("متظاهر*", "محتج*", "تظاهر*", "احتجاج*", "مظاهر*", "وقف* احتجاجي*")

FORCE = ("أطلق* النار", "إطلاق النار", "إطلاق نار", "بنيران", "الرصاص الحي")

# Victim words: who was hit decides attack (civilians) or armed clash (fighters).
CIVILIAN = (
    "مدني*", "المدني*", "طفل*", "أطفال", "امرأة", "نساء", "سيدة", "الشاب*", "شاب*", "رجل", "مواطن*",
    "مختار", "مدرس*", "معلم*", "طبيب*", "متظاهر*", "محتج*", "فتاة", "طالب*", "مزارع*", "عامل*",
    "نازح*", "النازحين",
)

FIGHTER = (
    "عنصر*", "عناصر", "مقاتل*", "جندي*", "جنود", "ضابط*", "ضباط", "مسلح*", "قيادي*", "عسكري*",
    "أمير", "العميد", "عميد", "المقدم", "الملازم", "النقيب", "الرائد", "العقيد", "قائد*",
)

# Explosive remnants of war: nobody aimed them at the people they hit (no civilian targeting).
LEFTOVER = ("مخلفات الحرب", "من مخلفات", "مخلفات حربي*", "المخلفات الحربي*", "غير منفجر*")

# Words that add victims to a toll already given for the event ("Two of his companions were also killed",
# "كما قُتل"); a subset marker (بينهم، "among them") or a toll update ("the death toll rose to") never adds.
ADDITIVE = ("أيضا", "أيضاً", "كما", "آخرين", "آخرون", "آخر", "إضافة", "بالإضافة")

# Words opening a sentence about another incident of the article, not the one before it.
NEW_INCIDENT = (
    "في حادثة أخرى", "في حادثة منفصلة", "في حادث منفصل", "في حادث آخر", "في هجوم آخر", "في سياق منفصل",
    "في سياق آخر", "في وقت سابق", "من جهة أخرى", "من جهة ثانية", "في تطور آخر", "في غضون ذلك",
    "قبل أيام", "منذ أيام", "قبل أسابيع", "منذ أسابيع",
)
# Fighting that goes on over days and places: "the toll of the clashes rose to N, namely A civilians,
# B fighters and C members of X" is a monitor's running tally, not the toll of one incident.
ONGOING_FIGHTING = ("الاشتباكات", "المعارك", "المواجهات", "الاقتتال")
# Words that speak of incidents in general, as recurring ("وتكررت حوادث تفجير صالات الأفراح في ريف درعا"):
# a sentence with one and no day of its own is background.
RECURRING = ("تكرر*", "تتكرر*", "يتكرر*", "متكرر*", "تزايد*", "تتزايد*", "يتزايد*")
# The day of the incident reported before ("في اليوم ذاته", "في يوم الثلاثاء نفسه"): its date, known or not
# from the publication date.
SAME_DAY = ("اليوم ذاته", "اليوم نفسه", "ذات اليوم", "نفس اليوم", "اليوم عينه", "الوقت ذاته", "الوقت نفسه",
            r"يوم\s+[^\s]+\s+(?:ذاته|نفسه)")
# Words ending in a dot that end no sentence (Arabic news writes none).
ABBREVIATIONS: tuple[str, ...] = ()
# Words opening a sentence that recalls an earlier occurrence as precedent ("وسبق أن جُرح 16 مدنياً"،
# "وسبقها محاولة أخرى"): background, never an incident of the report.
PRECEDENT = ("سبق أن", "سبق ان")
# Words opening an aside ("جدير بالذكر أن ...", "يُشار إلى أن ..."): background unless the aside is a detail
# of the incident (a list of the dead, a new toll).
ASIDE = ("جدير بالذكر", "الجدير بالذكر", "يذكر أن", "يذكر ان", "يشار إلى أن", "يشار الى ان", "تجدر الإشارة",
         "ومن الجدير بالذكر")
# "The toll rose to N": N is the toll of the casualty word before, however far the words between.
ROSE_TO = ("ارتفع* ~ إلى", "ارتفاع ~ إلى", "وصل* ~ إلى",
           # "ارتفع عدد القتلى بانفجار ... في مدينة X، مساء أمس الاثنين، إلى 11": a long subject
           "ارتفع* عدد ~ ~ إلى", "ارتفع* حصيل* ~ ~ إلى", "ارتفاع عدد ~ ~ إلى", "ارتفاع حصيل* ~ ~ إلى")
# Between two places of one list ("قصف بلدتي آفس وسرمين"، "طالت الغارات كفرنوران، والأتارب"):
# each place of a shelling or strike list is an incident of its own.
PLACE_LIST_JOINER = r"^\s*(?:،|,)?\s*(?:و|ثم)?\s*(?:(?:مدينة|بلدة|قرية|حي|مخيم)\s+)?$"
# Several incidents counted together ("قُتل ستة عناصر في هجومين منفصلين", "بانفجارين"): the count is the
# sum of several incidents' tolls, no one incident's toll.
SEVERAL_INCIDENTS = ("هجومين", "حادثتين", "حادثين", "عمليتين", "انفجارين", "تفجيرين", "هجمات متفرق*", "هجمات منفصل*",
                     "حوادث متفرق*", "حوادث منفصل*", "عمليات متفرق*", "عدة هجمات", "عدة حوادث")
# Killed and wounded counted together ("60 بين قتيل وجريح"): the count is neither toll.
COMBINED_CASUALTIES = ("قتيل* وجريح*", "قتلى وجرحى", "قتيل* ومصاب*", "قتلى ومصابين", "القتلى والجرحى")

# Words before a fighter noun that make the fighters the ones who shot, not the ones shot
# ("برصاص عناصر من الميليشيا", "على يد مسلحين من الفصيل").
PERPETRATOR_BEFORE = r"(?:على\s+يد|من\s+قبل|برصاص|بنيران|بإطلاق\s+نار\s+من)\s+(?:\S+\s+){0,2}$"

PERPETRATOR_AFTER = r"^(?!)"    # Arabic puts the verb first: "قتل مسلحون ..." (no fighter-then-verb cue)

# Unknown perpetrators: no organization is named for them.
UNKNOWN_PERPETRATOR = ("مجهول*", "مسلحين مجهولين", "مسلحون مجهولون")

# "No casualties": the counts are zero, not unknown.
NO_CASUALTIES = (
    "لم يسفر عن إصابات", "لم يسفر عن أي إصابات", "لم يسفر عن خسائر بشرية", "دون وقوع إصابات",
    "دون وقوع خسائر بشرية", "دون تسجيل إصابات", "لم تسجل إصابات", "دون إصابات",
    # "دون أن تسفر عن وقوع إصابات", "لم يؤدِّ إلى سقوط أي ضحايا": a verb of result, negated
    r"[وف]?(?:دون\s+أن|لم)\s+[يت](?:سفر|ؤد[يى]?|وقع|خلف)\s+(?:[^\s]+\s+)?(?:عن\s+|إلى\s+)?(?:وقوع\s+|سقوط\s+)?(?:أي\s+)?"
    r"(?:إصابات|ضحايا|خسائر\s+بشرية)",
)

NO_DEATHS = ("دون وقوع قتلى", "دون سقوط قتلى", "لم يسفر عن قتلى", "دون وقوع ضحايا")

# Sentences that state totals over a period: never an event.
STATISTICS = (
    "منذ مطلع العام", "منذ بداية العام", "منذ مطلع الشهر", "منذ بداية الشهر", "منذ مطلع السنة",
    "منذ بداية السنة", "إحصائي*", "إحصاء*", "وثق*", "حصيلة شهر", "خلال شهر",
    "خلال العام", "منذ مطلع عام", "منذ بداية عام", "أكثر من \\d+ عملية",
)

# Words that make a clause a claim, denial or plan rather than an occurrence.
DENIAL = ("نفى", "نفت", "نفاه", "ينفي", "تنفي", "نفي", "ادعاء", "إعلان مقتل", "شائعات", "مزاعم")

# Cues that list the dead ("among the dead were ...").
AMONG_DEAD = ("من بين القتلى", "بين القتلى", "من القتلى", "ومن بين القتلى", "من بين الضحايا")

# Cues that list the hurt ("ومن بين المصابين X").
AMONG_HURT = ("من بين المصابين", "بين المصابين", "من بين الجرحى", "بين الجرحى", "من المصابين", "من الجرحى")

# Words that make a sentence a detail of the event before it (the toll, the dead, the wounded).
# The incident named again with the article ("الاستهداف أدى لمقتل ...", "وأسفر الهجوم عن ..."): before the
# sentence's casualty word, the sentence is about the incident before it, whatever other place it names
# (a hospital's town, a road).
INCIDENT_AGAIN = ("الاستهداف", "الهجوم", "التفجير", "الانفجار", "الاعتداء", "الحادثة", "الحادث", "الكمين",
                  "الجريمة")
DETAIL = AMONG_DEAD + ("من بين المصابين", "بين الجرحى", "حصيلة", "ارتفعت حصيلة", "وأوضح*", "وأضاف*")

# Subset markers: a count after them is part of an earlier count (بينهم قيادي).
SUBSET = ("بينهم", "بينهن", "منهم", "منهن", "بينها", "من بينهم", "بينهما")

# A pronoun on a casualty word counts the person it points at: مقتله / إصابته = 1, مقتلهما = 2.
PRONOUN_COUNTS = {"هما": 2, "ها": 1, "ه": 1, "هم": None}

# Companions named after "مع" with a dual possessive: إصابته مع طفليه = 1 + 2.
DUAL_POSSESSIVE = ("طفليه", "طفليها", "ولديه", "ولديها", "ابنيه", "ابنيها", "ابنتيه", "شقيقيه", "مرافقيه",
                          "زوجتيه", "حفيديه")

# Perpetrator phrases: fighter words inside them are not victims ("برصاص مسلحين").
PERPETRATOR = ("برصاص", "بنيران", "أطلق* النار", "مسلح* مجهول*", "اغتال* مسلح*", "هاجم*", "نفذ*", "شن*")

# ------------------------------------------------------------------ personal names
# How a name is read is described in `extract/arabic_people.py`; the attested given and family
# names it checks words against are in `generator/data/person_names.tsv`.

# The first word of a compound given name (عبد الرحمن, عبد الله): with the next word it is one name.
COMPOUND_NAME_HEADS = frozenset({"عبد"})

# Words that join the next word into one part of a name: عبد الرحمن، أبو علي، بن علي.
NAME_JOIN_NEXT = ("عبد", "أبو", "ابو", "أم", "ام", "بن", "ابن", "بنت")
# Words that join the word before them into one part of a name: نور الدين، عبد الله، زين العابدين.
NAME_JOIN_PREVIOUS = ("الدين", "الله", "العابدين")
# A kunya opens with these (أبو علي): a name by itself.
KUNYA_HEADS = ("أبو", "ابو", "أم", "ام")

# Words right before a personal name (a relation, a role, a title): one person follows (الشاب X).
NAME_INTRODUCERS = (
    "يدعى", "يُدعى", "المدعو", "المدعوة", "يلقب", "الملقب", "الملقب بـ", "يعرف باسم", "المعروف بـ",
    "المعروف", "المعروفة", "المكنى", "الشاب", "الشابة", "المدني", "المدنية", "الطفل",
    "الطفلة", "المدرس", "المعلم", "المواطن", "المواطنة", "السيدة", "الشيخ", "الحاج", "الدكتور",
    "الطبيب", "القيادي", "الناشط", "الإعلامي", "المختار", "الرجل", "المهندس", "المحامي", "الصحفي",
    "المطران", "القس", "الممرض", "المسعف", "المتطوع", "الشهيد", "القتيل", "الضحية", "الفتى", "الفتاة",
    "الشابة", "الرئيس", "المقاتل", "المجند", "المعتقل", "الأسير", "الموقوف", "المختطف", "المصاب", "المصابة",
    "الجريح", "الجريحة", "المغدور", "المخطوف",
)
# Introducers that describe a victim: in a sentence without an event word, "الشاب X" is the victim of the
# event before it.
VICTIM_INTRODUCERS = ("الشاب", "الشابة", "الطفل", "الطفلة", "القتيل", "الضحية", "الشهيد", "الفتى", "الفتاة",
                      "المدني", "المدنية", "المواطن", "المواطنة", "المختطف", "المعتقل", "الموقوف", "الأسير",
                      "المصاب", "المصابة", "الجريح", "الجريحة", "المغدور", "المخطوف")
# Plural and dual introducers: a list of names follows (الشابين X وY، الشبان X، Y وZ).
PLURAL_INTRODUCERS = (
    "الشابين", "الشابان", "الشبان", "الطفلين", "الطفلان", "الشقيقين", "الشقيقان", "الأخوين", "الأخوان",
    "الشقيقتين", "الشقيقتان", "الأشقاء", "الشقيقات", "القياديين", "القياديان", "المدنيين", "المدنيان",
    "العنصرين", "العنصران", "المدعوين", "الرجلين", "السيدتين", "الشابتين", "القتيلين", "القتيلان", "المصابين",
    "المصابان", "الجريحين", "الجريحان", "المعتقلين", "المعتقلان", "المختطفين", "المختطفان",
)
# Brothers and sisters: a one-word name in their list takes the family name of the last one
# (الشقيقان أحمد ومحمد الحسن → أحمد الحسن، محمد الحسن).
SIBLING_INTRODUCERS = ("الشقيقين", "الشقيقان", "الأخوين", "الأخوان", "الشقيقتين", "الشقيقتان", "الأشقاء",
                       "الشقيقات")
# Words that open a list of names: عرف منهم، وهم كل من، كلاً من، بينهم: (a colon may follow). A pronoun
# used as a copula identifies the people just mentioned: "قُتل شاب ...، وهو X"، "والقتيلان هما X وY"، "أما
# المصاب فهو X".
NAME_LIST_OPENERS = (
    "عرف منهم", "عرف منها", "عرف منهما", "عرف منهن", "عرف من بينهم", "وهم كل من", "وهم", "وهما", "هم",
    "هما", "كل من", "كلا من", "كلاً من", "بينهم", "بينهما", "منهم", "من بينهم", "أسماؤهم", "وهي",
    "وهو", "هو", "هي", "فهو", "فهي", "فهما", "فهم",
)
# Pronouns that stand as a copula between a noun and the names it introduces ("والقتيلان هما X وY"); with no
# noun of ROLE_NOUNS before it, the name after one must open with an attested given name ("وهو أكبر سجن").
COPULAS = ("هو", "هي", "هما", "هم", "هن", "فهو", "فهي", "فهما", "فهم", "وهو", "وهي", "وهما", "وهم")
# Nouns for the victims of an incident that say their role, before a name or a copula: "والمصاب هو X"، "القتيلان
# هما X وY"، "المعتقل X". A noun for victims in general (الضحية، الضحايا) leaves the role to the incident.
ROLE_NOUNS: dict[str, tuple[str, ...]] = {
    "killed": ("القتيل", "القتيلة", "القتيلان", "القتيلين", "القتلى", "الشهيد", "الشهيدة", "الشهيدان", "الشهيدين",
               "الشهداء", "المقتول", "المغدور", "المتوفى", "المتوفي"),
    "injured": ("المصاب", "المصابة", "المصابان", "المصابين", "المصابون", "الجريح", "الجريحة", "الجريحان",
                "الجريحين", "الجرحى"),
    "detained": ("المعتقل", "المعتقلة", "المعتقلان", "المعتقلين", "المعتقلون", "الموقوف", "الموقوفين",
                 "الموقوفون"),
    "abducted": ("المختطف", "المختطفة", "المختطفان", "المختطفين", "المختطفون", "المخطوف", "المخطوفين"),
}
# Death words that are not event triggers: they still make the person they govern one of the dead
# ("أدى إلى وفاتهما", "توفي الشاب X متأثراً بجراحه").
DEATH_WORDS = ("وفاة*", "وفات*", "توفي*", "فارق* الحياة", "أودى بحيا*", "أودت بحيا*", "مصرع*", "مقتول*", "راح ضحيت*")
# Words for the hurt that are not event triggers: a list under "أسماء المصابين:" names the injured.
INJURY_WORDS = ("مصاب*", "المصاب*")
# Ordinals after a casualty word that point at one of the names listed before: "أطلقوا النار على X وY،
# ما أدى لمقتل الأول وإصابة الثاني".
ORDINALS = {"الأول": 1, "الأولى": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4}

# An age right after a name ("X (34 عاماً)"، "X، 34 عاماً،"، "X البالغ من العمر 34 عاماً"): news gives the ages
# of the people an incident hit (matched on the text after the name, before folding).
AGE_AFTER = (r"^[\s\"”»']*(?:\(\s*(?:\d{1,2}|[٠-٩]{1,2})\s*(?:عاما|عاماً|سنة|عام)?\s*\)|[،,]\s*(?:\d{1,2}|[٠-٩]{1,2})"
             r"\s*(?:عاما|عاماً|سنة|عام)|[،,]?\s*(?:ال)?بالغ[ةه]?\s+من\s+العمر|[،,]?\s*(?:ذو|ذات)\s+ال(?:\d{1,2}|[٠-٩]{1,2}))")
# Between two names of one list ("X (30 عاماً) وY"، "X وشقيقه Y"): the second shares the first one's cue.
LIST_LINK = (r"^[\s\"”»']*(?:\([^()]{1,20}\)\s*)?(?:[،,]\s*و?|و)(?:(?:شقيق|أخ|ابن|ابنة|زوج|نجل|صديق|رفيق|قريب)[\u0621-\u064a]{0,3}"
             r"(?:\s+(?:عم|خال)[\u0621-\u064a]{0,3})?)?\s*[\"“«]?\s*$")
# The end of a list's header line that announces names without a casualty word ("والضحايا هم:"، "أسماؤهم:"): the
# people on its lines are the victims of the incident reported.
NAMES_HEADER = r"(?:هم|هما|هن|وهم|وهما|أسماؤهم|أسماءهم|أسماء\s+\S+|كل\s+من|التالية|كالتالي|كالآتي)\s*$"

# A definite noun that refers back to the incident just reported, as the subject of its outcome ("أسفر الهجوم عن
# مقتل X") or after a casualty word ("قُتلا بالكمين الذي ..."): a sentence with it that names victims continues
# that incident, wherever it says the wounded or the bodies were taken; not when a place follows the noun ("جراء
# القصف التركي على قرية X" is the shelling of another place). Matched on the text as written.
_INCIDENT_NOUNS = r"ال(?:هجوم|استهداف|كمين|انفجار|تفجير|حادث[ةه]?|قصف|اشتباكات|اشتباك|عملية|غارة|اعتداء|جريمة|اغتيال)"
_OUTCOME_VERBS = r"(?:أدى|أدت|أسفر|أسفرت|تسبب|تسببت|خلف|خلفت)"
_NO_PLACE_AFTER = r"(?!\w)(?!(?:\s+\S+){0,2}?\s+(?:على|في|ضد|قرب)\s)"
INCIDENT_REFERENCE = (r"(?<!\w)" + _OUTCOME_VERBS + r"\s+(?:هذا\s+|هذه\s+)?" + _INCIDENT_NOUNS + _NO_PLACE_AFTER
                      + r"|(?<!\w)[وف]?(?:ب|في\s+|جراء\s+|إثر\s+|خلال\s+|نتيجة\s+)" + _INCIDENT_NOUNS + _NO_PLACE_AFTER)

# An attempt word before an assassination or attack word (محاولة اغتيال، حاول اغتيال، نجا من محاولة اغتيال): the
# person it names is its target, not one of the dead, unless a casualty word says otherwise (matched on the text
# before the word, as written).
ATTEMPT_BEFORE = r"(?<!\w)[وف]?(?:حاول\S*|محاول\S*|نجا|نجت|نجاة|ينجو|تنجو)\s+(?:\S+\s+){0,4}$"
ATTEMPT_AFTER = r"(?!)"

# Speech verbs: a name may follow them directly ("وقال يمان العبود، مراسل ...").
SPEECH_VERBS = ("قال", "قالت", "صرح", "صرحت", "أكد", "أكدت", "أوضح", "أوضحت", "أضاف", "أضافت", "أفاد", "أفادت")
# Words before a name-shaped place, street or building (مدرسة عمر بن الخطاب، جبل الشيخ، دوار X): what
# follows them is not a person.
NAMED_AFTER = ("جبل", "تل", "وادي", "دوار", "ساحة", "شارع", "مسجد", "جامع", "مدرسة", "مشفى", "مستشفى", "سوق",
               "كلية", "جامعة", "معهد", "مركز", "حديقة", "مقبرة", "مقام", "كنيسة", "جسر", "حاجز", "مخيم",
               "ضريح", "مزار", "كتيبة", "لواء", "تجمع", "حركة", "عملية", "معركة", "شركة", "مؤسسة", "جمعية")
# Words between a full name and its alias (a kunya or a nickname): "X المعروف بـ"أبو علي"".
ALIAS_CUES = ("المعروف", "المعروفة", "الملقب", "الملقبة", "المكنى", "المكناة", "الشهير", "يلقب", "ويلقب",
              "ويعرف", "يعرف", "الملقب بـ", "المعروف بـ", "المعروف باسم", "الملقب باسم", "ويكنى", "يكنى")
# Everyday words of news text that the name index also lists as given names (أمين = secretary,
# سلام = peace, نظام = regime, فجر = dawn): they never open a name by themselves.
NOT_GIVEN_NAMES = (
    "أمين", "سلام", "نظام", "فجر", "صباح", "ظهر", "عصر", "مساء", "نور", "أمل", "ملك", "بين", "حاج", "شاه", "خان",
    "مي", "بي", "مير", "ولد", "ولي", "سيد", "عالم", "دنيا", "حياة", "قاضي", "مفتي", "بابا", "بو", "أم", "ابن",
    "بن", "أبو", "عبد", "نصر", "فتح", "عون", "غالب", "طالب", "عابد", "مسلم", "مؤمن", "مجاهد", "قائد", "مدني",
    "بيان", "حكم", "لما", "شام", "وادي", "جبل", "أهل", "خمسة", "سنة", "ساحة", "مجلس", "مركز", "دار", "باب",
    "مختار", "رائد", "شاهد", "جهاد", "إسلام", "أمير", "شيخ", "حرب", "شهيد", "مدير", "وزير", "رئيس", "نائب",
    "عيد", "جمعة", "خميس", "سبت", "شعبان", "رمضان", "رجب", "صفر", "محرم", "وطن", "ثورة", "حرية", "عدالة",
    "كرامة", "نجاح", "صبر", "أمان", "أكبر", "أصغر", "صاحب", "نجاة",
)

IDENTIFIED_AS = ("يدعى", "يُدعى", "المدعو", "المدعوة", "تعرف على", "هويته", "هويتها", "ويدعى")

FORMER = ("سابق", "سابقا", "سابقاً", "السابق", "السابقين", "سابقين")

JOINED = ("انضم*", "التحق*", "ينتسب*", "المنضم*")

# Words before a name that make the person the commander of the acting group ("تابعة للضابط X").
COMMANDER_CUES = ("بقيادة", "يقودها", "يتزعمها", "بزعامة", "يقوده", "يتزعمه", "تابعة", "التابعة", "التابع",
                  "تابع", "يترأسها", "يرأسها", "برئاسة")

# A name stops at these words (prepositions, time words, verbs that follow names).
NAME_STOPWORDS = frozenset({
    "في", "من", "على", "إلى", "الى", "عن", "مع", "قرب", "بعد", "قبل", "أمس", "اليوم", "برصاص", "بانفجار",
    "وهو", "وهي", "وكان", "كان", "قائد", "أحد", "الذي", "التي", "يوم", "مساء", "صباح", "فجر", "أثناء",
    "خلال", "بين", "بينهم", "إثر", "اثر", "جراء", "حيث", "عند", "لدى", "داخل", "خارج", "أمام", "عقب",
    "ضمن", "وذلك", "كما", "فيما", "بينما", "ما", "أن", "إن", "انه", "أنه", "قد", "لم", "لا", "عنصر",
    "عناصر", "ضابط", "رئيس", "مسؤول", "برتبة", "مرافقيه", "مرافقي", "وهما", "آخرون", "آخرين",
    "بجروح", "بإطلاق", "بسبب", "نتيجة", "بحسب", "وفق", "وفقا", "حسب", "أيضا", "أيضاً", "إضافة",
    "ومن", "وفي", "منزله", "منزلها", "سيارته", "عمله", "أبناء", "بلدة", "مدينة", "قرية", "حي",
    "هو", "هي", "هما", "هم", "هن", "فهو", "فهي", "فهما", "فهم", "أما", "وأما", "تحت", "دون", "وسط", "حول", "منذ",
    "حتى",
})

# Roles, relations and descriptions that end a personal name besides the stop words above
# ("X مراسل روزنة", "X المنحدر من").
NAME_END_WORDS = frozenset({
    "مراسل", "مدير", "الرئيس", "الرئيسة", "عضو", "الناطق", "المتحدث", "زعيم", "أمير", "نائب", "النائبة",
    "الموظف", "الموظفة", "العامل", "المقيم", "المنحدر", "المنحدرة", "المنحدران", "البالغ", "البالغة",
    "الملقب", "الملقبة", "المعروف", "المعروفة", "المكنى", "القيادي", "القائد", "المسؤول", "مختار", "الذين",
    "أنها", "إنه", "إنها", "منزل", "محل", "عاما", "عاماً", "سنة", "سنوات", "مواليد", "نجل", "شقيق", "شقيقه",
    "والد", "والده", "زوج", "زوجة", "ابنة", "قريب", "صديق", "مرافق", "برفقة", "رفقة", "ثم", "بعدما", "عندما",
    "متأثرا", "متأثراً", "بجراح", "بجراحه", "ذلك", "هذا", "هذه", "كل", "جميع", "نحو", "حوالي", "قرابة",
    "أكثر", "أقل", "العضو", "المدير", "الضابط", "العنصر", "الطالب", "المهندس", "أحد", "إحدى", "وأحد",
    "أو", "عليه", "عليها", "عليهم", "إليه", "فيه", "منه", "عنه", "له", "لها", "به", "بها", "لكن",
})

# Words before a name that make the person a source of the report, not a victim: "قال X"، "بحسب X"
# (matched folded, with و/ف/ل before them). After a name only SOURCE_AFTER count: "X، قال"، "X مراسل
# روزنة"; "قُتل X، بحسب مصادر محلية" credits the sources, not X.
SOURCE_CUES = (
    "قال", "قالت", "يقول", "تقول", "صرح", "صرحت", "أكد", "أكدت", "أوضح", "أوضحت", "أفاد", "أفادت", "ذكر",
    "ذكرت", "أشار", "أشارت", "نقل", "نقلت", "نقلا", "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "شهادة", "أضاف",
    "أضافت", "لفت", "أعلن", "أعلنت", "تحدث", "روى", "كتب", "غرد", "الناطق", "المتحدث", "ناطق", "متحدث",
    "مراسل", "مراسلة", "مراسلنا", "لمراسل", "حديث", "تصريح", "تصريحات", "أفادنا",
)
SOURCE_AFTER = ("قال", "قالت", "يقول", "تقول", "صرح", "صرحت", "أكد", "أكدت", "أوضح", "أوضحت", "أفاد", "أفادت",
                "أضاف", "أضافت", "لفت", "تحدث", "الناطق", "المتحدث", "مراسل", "مراسلة")

# Words that open what a source said ("قال المصدر إن X قتل"): a name after them is not the source.
COMPLEMENTIZERS = ("إن", "أن", "بأن", "إنه", "أنه", "بأنه", "إنها", "أنها", "بأنها", "فإن")

# Local fighters: an unnamed armed group of the place's own people.
LOCAL_FIGHTERS = (
    "مقاتلين محليين", "مقاتلون محليون", "مسلحين محليين", "مسلحون محليون", "مجموعة محلية",
    "مجموعات محلية", "مجموعات محلي*", "أبناء المدينة", "أبناء البلدة", "أهالي المدينة", "مقاتل* محلي*",
    "الفصائل المحلية", "شبان محليين",
)

# Attribution contexts: an organization named right after these words is a
# source of the report, not an actor of the event.
ATTRIBUTION = (
    "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "أفاد", "أفادت", "قال", "قالت", "ذكر", "ذكرت", "نقل",
    "نقلت", "أعلن", "أعلنت", "أكد", "أكدت", "أوضح", "أوضحت", "مراسل", "لـ", "مصدر", "مصادر",
)

# A parent relation after an organization's name: the second one is not an actor.
PARENT_LINKS = ("التابع", "التابعة", "التابعين", "تابع", "تابعة", "تابعاً", "تابعا", "المرتبط", "المرتبطة", "المدعوم", "المدعومة",
                       "إدارياً", "إداريا", "عسكرياً", "عسكريا", "مباشرة")

# A sponsor named right after "backed by" / "المدعومة من" supports the group; it is not an actor of the event
# ("backed by members of X" names people who took part: that stays an actor).
# Officers who are not (or no longer) in the state's army.
DEFECTOR = r"منشق|انشق|سابق|متقاعد|الجيش الحر|المعارض|الفصائل|الروسي|روسي|إيراني|الإيراني|التركي"

BACKER = r"(?:ال)?مدعوم[ةه]?\s+(?:من\s+(?:قبل\s+)?|ب)$"

# Contexts that make an organization the object of a purpose, an accusation or an agreement's terms, not a
# party to the event: "بحثاً عن خلايا داعش", "accusing them of supporting X", "يقضي بانسحاب الفرقة الرابعة".
NOT_PARTY = (r"(?:بحثا|بحثاً|للبحث|البحث)\s+عن\s+(?:\S+\s+){0,2}$|(?:بتهمة|بتهم|بحجة|بذريعة)\s+(?:\S+\s+){0,3}$"
                    r"|(?:يقضي|تقضي|ينص|تنص)\s+(?:على\s+)?(?:\S+\s+){0,2}$|\s(?:يقضي|تقضي)\s+\S*$"
                    # who a source is close to is no party: "قالت وسائل إعلام مقربة من النظام"
                    r"|(?:إعلام|اعلام|وسائل|مواقع|صفحات|شبكات|حسابات|مصادر|معرفات)\s+(?:\S+\s+)?"
                    r"(?:ال)?(?:مقر[\u064b-\u0652]*ب|موال|تابع|محسوب)[ةه]?\s+(?:من\s+|على\s+|ل)$")

# Origin cues: a place after them is where victims come from, not where the event happened.
ORIGIN = (r"(?:من\s+)?(?:أبناء|ابناء|أهالي|اهالي|ابن|أبن)\s+(?:\S+\s+)?$"
          r"|(?<!\w)(?:ينحدر|تنحدر|ينحدرون|المنحدر|المنحدرة|المنحدرين)\s+(?:أصلا\s+|أصلاً\s+)?من\s+(?:\S+\s+)?[\"“«]?$"
          r"|(?<!\w)(?:و?(?:هو|هي|هم|هما)|[أا]نه|[أا]نها|[أا]نهم|[أا]نهما)\s+من\s+(?:\S+\s+)?[\"“«]?$"
          # where a source or a correspondent is: "مصدر محلي من درعا"، "مراسلنا في الرقة"
          r"|(?<!\w)(?:مصدر|مصادر|مراسل|مراسلنا|مراسلها|مراسله|مراسلة)\s+(?:\S+\s+)?(?:من\s+|في\s+|ب)$")

# A town after these is a reference point for a place named before it ("قرية X جنوب شرقي القامشلي").
DIRECTION_BEFORE = (r"(?<!\w)(?:[وب]?(?:جنوب|شمال|شرق|غرب)[يى]?(?:\s+(?:شرق|غرب)[يى]?)?|قرب|بالقرب من)\s+"
                    r"(?:(?:مدينة|بلدة|قرية)\s+)?$")

# Words that introduce the scene of an event right before a place name; a landmark named after the
# town may stand between (قرب مفرق قرية X، عند مدخل بلدة X).
LOCATION_CUE = (r"(?<!\w)(?:قرب|بالقرب من|في|عند|داخل|بمحيط|محيط|على)\s+(?:(?:مفرق|مدخل|أطراف|اطراف|حاجز)\s+)?"
                r"(?:(?:مدينة|بلدة|قرية)\s+)?[\"“«]?$")

ROAD_BEFORE = (r"(?:طريق|أوتوستراد|اوتوستراد|أتستراد|الطريق الدولي|الأوتوستراد الدولي)\s+[\"“«]?"
               r"(?:\S+\s*[-–]\s*)?$")

# "Between X and Y" (بين بلدتي X و Y، على الطريق بين X - Y): the incident is placed at X, the first.
BETWEEN_BEFORE = r"(?<!\w)بين\s+(?:(?:مدينتي|بلدتي|قريتي|محافظتي|مدينة|بلدة|قرية)\s+)?[\"“«]?$"
BETWEEN_JOINER = r"^\s*[\"”»]?\s*(?:[-–]|و)\s*[\"“«]?(?:(?:مدينة|بلدة|قرية)\s+)?$"

# A city right after these is the name of a government or its forces (حكومة دمشق، قوات دمشق), not a place.
ACTOR_CITY_BEFORE = r"(?<!\w)[وبل]?(?:حكومة|لحكومة|قوات|لقوات|سلطات|نظام|استخبارات|لاستخبارات)\s+$"
ACTOR_CITY_AFTER = r"(?!)"

# A place after these is where the wounded or the dead were taken (نُقلوا إلى مشفى الحكمة بالقامشلي), not the scene.
DESTINATION_BEFORE = (r"(?<!\w)(?:إلى|الى|لـ?)\s*(?:أحد\s+|احد\s+|إحدى\s+|احدى\s+)?(?:ال)?(?:مشفى|مستشفى|مشافي|مستشفيات|مشفيات|المشفى|المستشفى)"
                      r"(?:\s+\S+){0,3}\s+(?:في\s+|ب)?\S{0,2}$")

# A village or town name right after these is the landmark's own name (دوار الروضة، ساحة الكرامة), not the
# village; a school or hospital named after a town (مدرسة بلدة جلين، مشفى صلخد) is in that town.
LANDMARK_NAME_BEFORE = r"(?<!\w)[وفب]?(?:ال)?(?:دوار|ساحة|شارع)\s+[\"“«]?$"
LANDMARK_NAME_AFTER = r"(?!)"

# A place name followed by a family name is part of a person's name (Arabic: see `needs_context`).
PERSON_NAME_AFTER = r"(?!)"

# A dateline: a city at the head of the text, followed by a dash or colon and the outlet (السويداء - حرية برس:).
DATELINE_AFTER = r"^\s*[-–—ـ:]"

# Words before a place name that say what kind of place it is (for draft places).
PLACE_KINDS = {
    "مركز ناحية": "town", "مدينة": "city", "بلدة": "town", "قرية": "village", "حي": "neighbourhood", "مخيم": "site",
    "ناحية": "subdistrict", "منطقة": "region", "بادية": "region",
}

# First words of compound place names (تل شاير، كفر نوران، أم المياذن، السيدة زينب): a draft place
# after a place word takes the next word with them.
PLACE_NAME_HEADS = ("تل", "كفر", "أم", "ام", "دير", "عين", "رأس", "راس", "بيت", "خربة", "خربه", "مزرعة",
                    "السيدة", "أبو", "ابو", "بئر", "بير", "جب", "جبل", "وادي", "قصر", "تلة", "حوش", "مرج",
                    "جسر", "سيدي", "معرة", "نبع")

# Finer places inside a town: kept as place_detail.
PLACE_DETAIL = ("حي", "دوار", "طريق", "ساحة", "مدخل", "سوق", "شارع", "الأطراف", "أطراف", "محيط", "حاجز")

# Words after a place name that are not part of it (adjectives of direction, relative words).
NOT_PLACE_NAME = frozenset({
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الأوسط", "المجاورة", "المجاور", "الواقعة", "الواقع",
    "الشرقية", "الغربية", "الشمالية", "الجنوبية", "نفسها", "ذاتها", "القديمة", "الجديدة",
    # adjectives and pronouns that follow a place word without naming a place ("في قرية صغيرة")
    "صغيرة", "كبيرة", "مجاورة", "قريبة", "واحدة", "أخرى", "اخرى", "ثانية", "هذه", "تلك", "التي", "الذي",
})

LOCAL_FIGHTERS_NAME = "مقاتلون محليون من {place}"

# ------------------------------------------------------------------ shapes of a clause

# A place name right after these is the name of a neighbourhood (حي الثورة), not the town of that name.
NEIGHBOURHOOD_BEFORE = r"(?<!\w)[وفب]?حي\s+$"
# Words before a city's name that make it its governorate: "ريف حلب" is Aleppo's countryside,
# "محافظة حمص" the governorate, not the city.
GOVERNORATE_BEFORE = r"(?<!\w)[وفبل]?(?:ريف|محافظة|لمحافظة|محافظتي)\s+[\"“«]?$"
GOVERNORATE_AFTER = r"(?!)"
# A count before its casualty word must stand this close to it ("عنصران ... قُتلا"), with no comma between.
MAX_COUNT_BEFORE = 40
COMMA_ENDS_COUNT_BEFORE = True
# English-only shapes of a count (see en.py): Arabic has none of them.
GERUND_ENDING = None
SECOND_VERB = None
OTHER_CASUALTY_SUBJECT = None
PASSIVE_AUXILIARY = None
# What stands between two counts joined before one casualty word: "عنصرين ومدني".
COORDINATION = r"\s*[\u0621-\u0652]+\s+و\s*$|\s*[\u0621-\u0652]+\s*،\s*و?\s*$"
# Nouns right after a casualty word that make it govern one person (قُتل عنصر), besides the
# name introducers and OFFICER_RANKS.
ONE_PERSON_NOUNS = ("عنصر", "مدني", "شاب", "طفل", "رجل", "ضابط", "جندي", "مقاتل")
# A nationality adjective names an actor after a force, weapon or person (folded word: ضابط روسي).
ACTOR_NOUN_BEFORE_ADJECTIVE = (r"^(?:ال)?(?:طائر|طيران|مسير|ضابط|قوات|قوه|جنود|جندي|دوري|عسكري|مقاتل|غار|صاروخ|قصف"
                               r"|مستشار|خبير|عناصر|عنصر|مدفعي|الطائرات|حربي)")
# An organization after these (and after the casualty word) is the side of the dead: "مقتل ثلاثة عناصر من الأمن العسكري".
VICTIM_SIDE_BEFORE = r"(?:عناصر|عنصر\w*|مقاتل\w*|جنود|ضباط|من)\s*(?:من\s+)?(?:صفوف\s+)?\S{0,3}$"
