"""Arabic: the sides of an act: who was hit (civilians, fighters, what belongs to a force) and who did it (the
perpetrator's words before or after a fighter noun). Split from `events.py`."""

from __future__ import annotations

# Victim words: who was hit decides attack (civilians) or armed clash (fighters).
CIVILIAN = (
    "مدني*", "المدني*", "طفل*", "أطفال", "امرأة", "نساء", "سيدة", "الشاب*", "شاب*", "رجل", "مواطن*",
    "مختار", "مدرس*", "معلم*", "طبيب*", "متظاهر*", "محتج*", "فتاة", "طالب*", "مزارع*", "عامل*",
    "نازح*", "النازحين",
)

FIGHTER = (
    "عنصر*", "عناصر", "مقاتل*", "جندي*", "جنود", "ضابط*", "ضباط", "مسلح*", "قيادي*", "عسكري*",
    "أمير", "العميد", "عميد", "المقدم", "الملازم", "النقيب", "الرائد", "العقيد", "قائد*",
    # members of a force ("قُتل أحد أفراد الأمن العام"): not أفراد alone, which may be a family's
    "أفراد الأمن*", "أفراد الشرط*", "أفراد الجيش", "أفراد قوات*", "أفراد القوات", "أفراد الحاجز", "أفراد الدوري*",
)

# What belongs to an armed force when it is what was hit ("استهدف مسلحون دورية للأمن العسكري"، "حاجزاً
# لقوات النظام"): the victims are fighters, as with FIGHTER.
MILITARY_TARGET = ("دوري*", "حاجز*", "حواجز", "مواقع قوات*", "مواقع عسكري*", "نقط* عسكري*", "ثكن*", "مقر* عسكري*",
                   "سيار* عسكري*", "آلي* عسكري*", "عربة عسكري*", "عربات عسكري*")

# A place word before such a noun makes it where it happened, not what was hit ("قرب حاجز للنظام").
NEAR_BEFORE = r"(?<!\w)[وف]?(?:قرب|بالقرب\s+من|عند|أمام|بجانب|بجوار|مقابل)\s+(?:\S+\s+)?$"

# Words before a fighter noun that make the fighters the ones who shot, not the ones shot
# ("برصاص عناصر من الميليشيا", "على يد مسلحين من الفصيل"); or the verb of their act right before them, its subject
# ("أطلق مسلحون الرصاص على شابين"، "لاحقت عناصر الدورية شابين"): only verbs whose passive is written otherwise or
# hits no person (not قتل، اختطف، استهدف: «قتل عنصران» is two fighters killed).
PERPETRATOR_BEFORE = (r"(?:على\s+يد|من\s+قبل|برصاص|بنيران|بإطلاق\s+نار\s+من)\s+(?:\S+\s+){0,2}$"
                      r"|(?<!\w)[وف]?(?:أطلق|اطلق|اقتحم|لاحق|داهم|هاجم|اغتال)ت?\s+$")

# After a fighter noun, the active plural of a verb of attacking with up to six words between ("إن مسلحين يستقلون
# سيارات، داهموا الخيمة وفتحوا النار"): the fighters did it (Arabic mostly puts the verb first: "قتل مسلحون ...").
# Not قتلوا، اختطفوا، استهدفوا, which unvocalised may be passive ("عناصر قُتلوا").
PERPETRATOR_AFTER = (r"^(?:\s+[^\s.]+){0,6}?\s+[وف]?(?:داهم|اقتحم|أطلق|اطلق|هاجم|فتح|أقدم|اقدم)(?:وا|ا)"
                     r"(?![\u0621-\u064a])")

# Unknown perpetrators: no organization is named for them.
UNKNOWN_PERPETRATOR = ("مجهول*", "مسلحين مجهولين", "مسلحون مجهولون")

# Perpetrator phrases: fighter words inside them are not victims ("برصاص مسلحين").
PERPETRATOR = ("برصاص", "بنيران", "أطلق* النار", "مسلح* مجهول*", "اغتال* مسلح*", "هاجم*", "نفذ*", "شن*",
               # gunmen in the nominative after the verb are its subject ("استهدف مسلحون سيارة"); not "استُهدف مسلح"
               "استهدف مسلحون", "استهدف مسلحو")
