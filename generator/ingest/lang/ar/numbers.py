"""Arabic: numbers written in words, duals and vague quantities."""

from __future__ import annotations

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

# Definite plural nouns of people that a definite number word after them counts ("أدى إلى مقتل البنات الثلاث"، "قُتل
# الشبان الأربعة"; `numbers.arabic.find_arabic`). Not any noun: "الأيام الثلاثة الماضية" counts days, and "العناصر
# الأربعة" are as often the ones who shot.
DEFINITE_COUNTED_NOUNS: tuple[str, ...] = (
    "البنات", "الأبناء", "الأشقاء", "الشقيقات", "الإخوة", "الأخوة", "الأطفال", "الفتيات", "الشبان", "الشابات", "الرجال",
    "النساء", "الرعاة", "العمال", "الضحايا", "القتلى", "الجرحى", "المصابين", "المدنيين", "الأشخاص", "المعتقلين",
    "المختطفين", "المخطوفين", "الموقوفين")

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
    "شهيدين", "شهيدان", "مصابان",
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
    # the dead by what is left of them (plural جثث): «العثور على جثتين»
    "جثتين", "جثتان",
    # people by what they do or who they are (plural رعاة، أولاد، أنجال، فتيات; not guards or doctors, as often
    # people around an incident: "رغم وجود حارسين"، "محاولات طبيبين إسعافه")
    "راعيين", "راعيان", "ولدين", "ولدان", "نجلين", "نجلان", "فتاتين", "فتاتان", "شقيقتان",
    # ... and nominative duals, which no plural is spelled like (the plural is مزارعون، عاملون)
    "مزارعان", "عاملان", "ممرضان", "مسعفان", "متطوعان", "صحفيان", "ناشطان", "سائقان", "شرطيان",
)

# Duals spelled like their plural (مدنيين = two civilians or civilians). They
# are reported as a vague "dual-or-plural" count unless the article marks the
# dual with diacritics (مدنيَّيْن) or اثنين follows.
DUAL_OR_PLURAL: tuple[str, ...] = (
    "مدنيين", "مدنيان", "مقاتلين", "مقاتلان", "قياديين", "قياديان", "مسلحين",
    "مسلحان", "عسكريين", "عسكريان", "مواطنين", "مواطنان", "مصابين",
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

# An age, never a toll ("لقي حتفه في الـ16 من عمره"، "طفلة تبلغ من العمر 12 عاماً"،
# "(14 سنة)"، "(27) عاماً"، "(٢٣عاماً)"): a count inside one of these is someone's age or a span of years.
AGE: tuple[str, ...] = (r"\(?\d+\)?\s*(?:عاما|عام|سنة|سنوات|أعوام)", r"ال\d+\s+من\s+عمر\w*",
                        # the age in digits or in words: "البالغ من العمر خمسة عشر عاماً"، "بعمر ثلاثة أعوام"
                        r"(?:يبلغ|تبلغ|البالغ|البالغة|بلغ)\s+من\s+العمر\s+[^\s]+", r"بعمر\s+[^\s]+",
                        r"عمره\s+[^\s]+", r"عمرها\s+[^\s]+",
                        # a birth year: "(مواليد 1995)"، "من مواليد عام 1990"
                        r"(?:مواليد|تولد)\s*:?\s*(?:عام\s+|سنه\s+)?\d{4}")

# A number that counts something other than the people hit: "خمسة أشخاص من عائلة واحدة" are five, not one.
# Nouns of a span of time ("قضى أربعة أعوام في السجن"، "منذ ثلاثة أشهر"): a count before them counts no people.
TIME_NOUN = (r"(?:سنوات|سنة|سنين|أعوام|عاما|عاماً|أشهر|شهر|شهرا|شهراً|أيام|يوما|يوماً|ساعات|ساعة|أسابيع|أسبوعين"
             r"|دقائق|ليال|عقود)(?![\u0621-\u064a])")

# Animals a count may be of ("300 رأس من الأغنام").
LIVESTOCK = r"(?:ال)?(?:أغنام|اغنام|غنم|ماشي[ةه]|مواشي|أبقار|ابقار|بقر[ةه]?|إبل|ابل|جمال|ماعز)(?![\u0621-\u064a])"
NOT_PEOPLE_COUNT: tuple[str, ...] = (r"(?:عائلة|أسرة)\s+واحدة",
                                     # a span of time or a distance: "خلال 48 ساعة"، "على بعد 30 كم"
                                     r"(?:ال)?\d+\s+(?:ساع[ةه]|ساعات|دقيق[ةه]|دقائق|يوما|يوم|أيام|أسبوعا|أسابيع|شهرا|أشهر"
                                     r"|سنوات|أعوام|كم|كلم|كيلومتر\w*|كيلو|متر|مترا|أمتار)(?!\w)",
                                     # ... in words: "قضى سبع سنوات في السجن"، "منذ ثلاثة أيام"
                                     r"(?<![\u0621-\u064a])(?:اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر)[\u0621-\u064a]*\s+"
                                     + TIME_NOUN,
                                     # a unit's or a branch's number, part of its name: "الفرقة 25"، "اللواء 47"،
                                     # "الفرع 215"، "النقطة رقم 8"
                                     r"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:فرق[ةه]|لواء|فوج|كتيب[ةه]|فيلق|سرب|مفرز[ةه]|فرع|نقط[ةه]"
                                     r"|مخفر|قطاع)\s+(?:رقم\s+)?\d+",
                                     # livestock: "كما قتل المسلحون أكثر من 300 رأس من الأغنام"، "نفوق 40 من المواشي"
                                     r"(?:\d+|(?<![\u0621-\u064a])(?:اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ)"
                                     # ("رأس" alone may be a place's first word: "أصيب 2 رأس العين")
                                     r"[\u0621-\u064a]*)\s+(?:رأسا\S*|(?:(?:رأس|رؤوس)\s+)?(?:من\s+)?" + LIVESTOCK + r")",)
