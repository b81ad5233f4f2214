"""Arabic: place names that are also everyday words or men's names, and the words around one that tell which it is."""

from __future__ import annotations

# Place names that are also everyday words or common personal names
# (عدوان = aggression, علما = "knowing that", الحراك = the movement, جاسم = a
# first name, Saida = Sidon in Lebanon). Their matches carry ambiguous=True
# unless a place noun stands right before them (بلدة عدوان، مدينة جاسم).
AMBIGUOUS_PLACE_NAMES: tuple[str, ...] = (
    "عدوان", "علما", "الحراك", "نصيب", "حيط", "تسيل", "الشجرة", "المزرعة", "الكرامة",
    "الطيبة", "العجمي", "صيدا", "جاسم", "الجيزة", "محجة", "الغارية", "نوى", "نوا",
    "البصيرة", "الرقة", "الباب", "التل", "الحولة", "السد",
)

# Those of them that are men's given names: a relative right before one (KIN_BEFORE_NAME) makes it the man, no place
# (زوجة جاسم: Jasim's wife; "ابن الرقة" stays a native of Raqqa).
PLACES_NAMED_LIKE_MEN: tuple[str, ...] = ("جاسم", "عدوان", "نصيب")
KIN_BEFORE_NAME: tuple[str, ...] = (
    "زوجة", "زوج", "أرملة", "ابن", "ابنة", "نجل", "نجلة", "شقيق", "شقيقة", "والد", "والدة", "أخ", "أخت", "عائلة",
)
KIN_OWNERS: tuple[str, ...] = ()   # the owner is a suffix (شقيقه), which no place word follows bare

# A place name that is also an everyday word (AMBIGUOUS_PLACE_NAMES) before a masculine relative pronoun, after a
# preposition or nothing: the everyday word, as towns take the feminine ("قرب التل الذي يفصل بين البلدتين": the hill;
# "في الرقة التي ..." stays the city; "في سوق الباب الذي ...": the market's pronoun, the town stays).
EVERYDAY_WORD_AFTER = r"^\s*(?:الذي|اللذين|اللذان)(?!\w)"
EVERYDAY_WORD_BEFORE = (r"(?:^|(?<![\u0621-\u064a])[وف]?(?:في|قرب|عند|على|من|إلى|الى|داخل|نحو|باتجاه|بالقرب\s+من)\s+"
                        r"|[،,.:]\s*)$")
# Those that are first of all everyday nouns (farm, dam, hill), before any relative pronoun right after "inside"
# ("داخل المزرعة التي يعمل بها": the farm he works on, not the village of al-Mazraa; "داخل الرقة التي ..." stays).
EVERYDAY_NOUNS_NAMING_PLACES = ("المزرعة", "السد", "التل")
INSIDE_BEFORE = r"(?<![\u0621-\u064a])[وف]?داخل\s+$"
RELATIVE_PRONOUN_AFTER = r"^\s*(?:التي|الذي|اللتين|اللذين|اللتان|اللذان)(?!\w)"
# (a place noun before the name keeps the place: "في بلدة المزرعة التي تتعرض للقصف")
PLACE_KIND_BEFORE = r"(?<![\u0621-\u064a])[وفب]?(?:ال)?(?:مدينة|بلدة|قرية|حي|منطقة|ناحية|مخيم)\s+[\"“«]?$"
