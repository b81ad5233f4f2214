"""Arabic: actors: local fighters, the words that attribute an act to a group or hedge it, a group's parent and
backer, and the words after which an organization named is no party of the act (whose place it is, what a protest is
against). Split from `places.py`."""

from __future__ import annotations

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

# A perpetrator named only as suspected is not identified (tests/realnews/README.md, settled rule 1): "مسلحون
# يرجح انتماؤهم لتنظيم داعش"، "يعتقد أنها تابعة للتحالف"، "يشتبه بأنهم من خلايا داعش": the hedge word and at
# most three words before the name.
HEDGED_ACTOR = (r"(?<!\w)[وف]?(?:يرجح|ترجح|يرج|المرجح|مرجح|يعتقد|تعتقد|المعتقد|يشتبه|تشتبه|مشتبه|المشتبه|يحتمل"
                r"|المحتمل|محتمل|يظن|يفترض|المفترض|يزعم)\w*\s+(?:\S+\s+){0,3}?(?:لل|لـ?|ب|من\s+)?$"
                r"|(?<!\w)على\s+(?:ال)?(?:أرجح|ارجح)\s+(?:\S+\s+){0,3}?(?:لل|لـ?|ب|من\s+)?$")

# Arabic names a suspected place before its owner ("مقر يشتبه بأنه لخلايا داعش"): no word after the name
# makes the hedge about a place (English: "a suspected IS hideout").
HEDGED_PLACE_AFTER = r"(?!)"

# The organization a source belongs to is a source too ("أفادت وزارة الداخلية التابعة للحكومة السورية"):
# a reporting verb, the source's name (up to four words) and a parent link right before the organization.
SOURCE_PARENT = (r"(?<!\w)[وف]?(?:أفاد|أفادت|افادت|قال|قالت|ذكر|ذكرت|أعلن|أعلنت|اعلنت|أكد|أكدت|أوضح|أوضحت|نقل|نقلت"
                 r"|بحسب|حسب|وفق|وفقا|وفقاً)\s+(?:\S+\s+){1,4}(?:(?:ال)?(?:تابع|مرتبط)[ةه]?\s*(?:لل|لـ?)?|في\s+حكومة)\s*$")

# A parent relation after an organization's name: the second one is not an actor.
PARENT_LINKS = ("التابع", "التابعة", "التابعين", "تابع", "تابعة", "تابعاً", "تابعا", "المرتبط", "المرتبطة", "المدعوم", "المدعومة",
                       "إدارياً", "إداريا", "عسكرياً", "عسكريا", "مباشرة")

# A sponsor named right after "backed by" / "المدعومة من" supports the group; it is not an actor of the event
# ("backed by members of X" names people who took part: that stays an actor).
# Officers who are not (or no longer) in the state's army.
DEFECTOR = r"منشق|انشق|سابق|متقاعد|الجيش الحر|المعارض|الفصائل|الروسي|روسي|إيراني|الإيراني|التركي"

BACKER = r"(?:ال)?مدعوم[ةه]?\s+(?:من\s+(?:قبل\s+)?|ب)(?:قوات\s+)?$"

# Contexts that make an organization the object of a purpose, an accusation or an agreement's terms, not a
# party to the event: "بحثاً عن خلايا داعش", "accusing them of supporting X", "يقضي بانسحاب الفرقة الرابعة".
NOT_PARTY = (r"(?:بحثا|بحثاً|للبحث|البحث)\s+عن\s+(?:\S+\s+){0,2}$|(?:بتهمة|بتهم|بحجة|بذريعة)\s+(?:\S+\s+){0,3}$"
                    r"|(?:يقضي|تقضي|ينص|تنص)\s+(?:على\s+)?(?:\S+\s+){0,2}$|\s(?:يقضي|تقضي)\s+\S*$"
                    # what people demand to leave: "طالبوا بخروج ميليشيا فاطميون"
                    r"|(?:طالب\w*|يطالب\w*|مطالب\w*|للمطالبة|المطالبة)\s+(?:\S+\s+){0,2}ب?(?:خروج|طرد|رحيل|إخراج|اخراج|انسحاب)"
                    r"\s+(?:\S+\s+)?$"
                    # who a source is close to is no party: "قالت وسائل إعلام (رسمية و)مقربة من النظام"
                    r"|(?:إعلام|اعلام|وسائل|مواقع|صفحات|شبكات|حسابات|مصادر|معرفات)\s+(?:\S+\s+){0,3}"
                    r"(?:ال)?(?:مقر[\u064b-\u0652]*ب|موالي|موال|تابع|محسوب)[ةه]?\s+(?:من\s+|على\s+|لل|ل)$"
                    # whose ally or patron a group is: "فصائل موالية لتركيا"، "المجموعات المقربة من النظام"
                    r"|(?<!\w)(?:ال)?(?:موالي|موال|مقر[\u064b-\u0652]*ب)(?:[ةه]|ين|ون)?\s+(?:من\s+|لل|لـ?)$"
                    # who leads the organization just named: "قسد التي تقودها وحدات حماية الشعب"
                    r"|(?<!\w)(?:التي|الذي)\s+(?:تقودها|يقودها|تتزعمها|يتزعمها|يقوده|تقوده)\s+$"
                    # who runs or speaks for a source: "وكالة سانا التي تديرها الحكومة"، "الناطقة باسم النظام"
                    r"|(?<!\w)(?:التي|الذي)\s+(?:تديرها|يديرها|تديره|يديره|تملكها|يملكها)\s+$"
                    r"|(?<!\w)(?:ال)?ناطق[ةه]\s+(?:باسم|بلسان)\s+$"
                    # who left the ordnance that went off: "انفجار قنبلة من مخلفات قصف قوات النظام"
                    r"|(?<!\w)[وبل]?(?:ال)?مخل[\u064b-\u0652]*فات\s+(?:\S+\s+){0,3}(?:لل|لـ?)?$"
                    # whose side a victim was on: "أحد عملاء قوات الأسد", "المتعاونين مع قسد"
                    r"|(?<!\w)[وب]?(?:عملاء|عميل|عميلا|عميلاً)\s+(?:لـ?|لل)?$"
                    r"|(?<!\w)(?:ال)?(?:متعاون|متعامل)(?:ين|ون)?\s+مع\s+$")

# An organization that only says whose a place is ("في أبرز معاقل الميليشيات الإيرانية"، "قرب حاجز لقوات
# الأسد"، "المنطقة التي تضم مقرات للنظام"، "الخاضعة لسيطرة قسد"): where it happened, not who took part.
# (A target stays a party: "استهدفت موقعاً لقسد" has no place preposition before the place noun.)
LOCATION_OWNER = (r"(?:(?<!\w)[وف]?(?:في|قرب|بالقرب\s+من|عند|داخل|بمحيط|محيط|أمام|ضمن|إلى|الى)\s+|(?<!\w)ب|"
                  r"(?<!\w)(?:التي|الذي)\s+(?:تضم|يضم|تحوي|يحوي|تتبع|يتبع)\s+)"
                  r"(?:(?:أبرز|أحد|احد|إحدى|احدى|أكبر|اكبر)\s+)?(?:ال)?"
                  r"(?:معاقل|معقل|مقرات|مقر|مقار|حاجز|حواجز|نقطة|نقاط|مواقع|موقع|ثكنة|ثكنات|مستودع|مستودعات|مطار)"
                  r"(?:\s+\S+){0,2}\s+(?:لل|لـ?|تابع[ةه]?\s+(?:لل|لـ?))?\s*$"
                  r"|(?:(?:مناطق|منطقة)\s+(?:سيطرة|نفوذ)|(?:ال)?(?:خاضع[ةه]?|واقع[ةه]?\s+تحت)\s+(?:لـ?)?(?:سيطرة|نفوذ)?"
                  r"|تحت\s+(?:سيطرة|نفوذ)|(?<!\w)[تي]خضع\s+ل(?:سيطرة|نفوذ)(?:\s+مشترك[ةه]?\s+بين)?"
                  # "المناطق التي تحتلها القوات التركية"، "المسيطر عليها من قبل قسد"، "في مناطق قوات الأسد"
                  r"|(?<!\w)(?:التي|الذي)\s+(?:تحتلها|يحتلها|تحتله|يحتله|تسيطر\s+عليها|يسيطر\s+عليها|يسيطر\s+عليه|تسيطر\s+عليه)"
                  r"|(?<!\w)(?:ال)?(?:مسيطر|محتل)[ةه]?\s+(?:عليها\s+|عليه\s+)?(?:من\s+(?:قبل\s+)?|ب)"
                  r"|(?<!\w)[وف]?(?:في|ب|داخل|إلى|الى)\s*(?:ال)?مناطق)\s*$")

# In a protest, the organization protested against is no party to it ("وقفة احتجاجية ضد النظام").
PROTEST_TARGET = (r"(?<!\w)(?:ضد|ضدّ|رفضا\s+ل|رفضاً\s+ل|تنديدا\s+ب|تنديداً\s+ب)\s*"
                  r"(?:(?:ممارسات|سياسات?|حكم|هجمات|جرائم|انتهاكات|اعتداءات|قصف)\s+)?(?:ال)?(?:احتلال\s+)?$")
