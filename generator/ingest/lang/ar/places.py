"""Arabic: places: place nouns, the cues that make a place the scene or not (the actors' words are in `actors.py`)."""

from __future__ import annotations

from .people import CORRESPONDENT_NOUNS, HEADMAN_PLACE_WORDS, NOT_FAMILY_NAMES

# Rank words that are also the first word of unit names: a lexicon alias may
# start with one only when more words follow it.
AMBIGUOUS_RANK_UNIT_WORDS: tuple[str, ...] = ("اللواء", "لواء")

# Between a neighbourhood or landmark and the town that holds it ("حي الخالدية بحمص"، "حي X في مدينة حمص").
TOWN_AFTER_DETAIL = r"\s*[،,]?\s*(?:ب|في\s+|بمدينة\s+|في\s+مدينة\s+)?"

# Words that read as a proclitic and a Syrian place's name but are one word naming something else:
# لبنان (Lebanon) is not ل + بنان.
CLITIC_LOOKALIKES: tuple[str, ...] = ("لبنان",)

# Nouns that introduce a place name and so settle the ambiguity above.
PLACE_NOUNS: tuple[str, ...] = (
    "مدينة", "بلدة", "قرية", "حي", "مخيم", "محافظة", "منطقة", "ناحية", "ريف", "مدينتي",
    "بلدتي", "قريتي", "في", "من", "إلى", "قرب", "بين", "أطراف", "محيط", "على",
    "داخل", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "أهالي",
    "أبناء", "مدن", "بلدات", "قرى",
)

# A governorate's seat named as the city ("مدينة درعا"): the city, also beside a town of its governorate (searched in
# the name as matched and the few characters around it).
SEAT_AS_CITY = r"(?<![\u0621-\u064a])[وفب]?(?:ال)?مدينة(?![\u0621-\u064a])"

# Where a source or a correspondent is: "مصدر محلي من درعا"، "مراسلنا في الرقة"، "مصادر من مدينة حماة"، "مراسل بلدي
# نيوز في الرقة" (the outlet's name between): a place that places nothing, not even when the sentence retells the
# incident (`place.scene_named`); one of the origin cues below.
SOURCE_PLACE_BEFORE = (r"(?<!\w)(?:مصدر|مصادر|مراسل|مراسلنا|مراسلها|مراسله|مراسلة)\s+(?:\S+\s+){0,3}?(?:من\s+|في\s+|ب)"
                       r"(?:(?:مدينة|بلدة|قرية|ريف|محافظة)\s+)?$")

# Origin cues: a place after them is where victims come from, not where the event happened.
ORIGIN = (r"(?:من\s+)?(?:أبناء|ابناء|أهالي|اهالي|ابن|أبن|نازحي|مهجري|مهجّري)\s+(?:\S+\s+)?$"
          # the town that mourns its dead: "نعت مدينة X كلاً من ..."
          r"|(?<!\w)[وف]?(?:نعت|نعى|تنعى|ينعى)\s+(?:\S+\s+)?$"
          # where victims live: "وهو من سكان بلدة X"، "المقيمين في X"
          r"|(?<!\w)من\s+سكان\s+(?:\S+\s+)?$|(?<!\w)(?:ال)?مقيم[\w\u064b-\u0652]*\s+(?:في\s+|ب)(?:\S+\s+)?$"
          # the village a headman is the headman of: "جثة مختار بلدة X"
          r"|(?<!\w)[وبل]?مختار\s+(?:" + "|".join(HEADMAN_PLACE_WORDS) + r")\s+$"
          # "ينحدر من"، also with its subject between: "وينحدر زينو من ريف دمشق"، "وينحدر القتيل X Y Z، من بلدة نمر"
          # ("يتحدّر من"، "المتحدرة من": the same verb's other form, with or without its shadda)
          r"|(?<!\w)[وف]?(?:ينحدر|تنحدر|ينحدرون|ينحدران|تنحدران|المنحدر|المنحدرة|المنحدرين|المنحدران"
          r"|[يت]تحدّ?ر(?:ون|ان)?|المتحدّ?ر(?:[ةه]|ين|ان)?)\s+(?:[^\s،,.:؛]+\s+){0,5}?(?:[^\s،,.:؛]+[،,]\s+)?"
          r"(?:أصلا\s+|أصلاً\s+)?من\s+(?:\S+\s+)?[\"“«]?$"
          r"|(?<!\w)(?:و?(?:هو|هي|هم|هما)|[أا]نه|[أا]نها|[أا]نهم|[أا]نهما)\s+من\s+(?:\S+\s+)?[\"“«]?$"
          # where the displaced fled from: "وهو نازحٌ من مدينة تدمر"، "المهجّرين من ريف حمص"
          r"|(?<!\w)[وف]?(?:ال)?(?:نازح|مهج[ّ]?ر)(?:[ةه]|ين|ون|ان)?[\u064b-\u0652]*\s+من\s+(?:(?:مدينة|بلدة|قرية|ريف|محافظة)\s+)?$"
          # where travellers set out from: "قافلة متجهة من مدينة كوباني إلى ..."، "سيارة قادمة من درعا" ...
          r"|(?<!\w)[وف]?(?:ال)?(?:متجه|متوجه|قادم|آت|عائد)(?:[ةه]|ين|ون)?[\u064b-\u0652]*\s+من\s+(?:(?:مدينة|بلدة|قرية)\s+)?$"
          # ... or where they were crossing to: "أثناء عبورهما من السويداء باتجاه (العاصمة) دمشق" (not where they crossed
          # from: "أثناء عبورها من بلدة X" is as often "while passing through X"; nor where fire was aimed: "صواريخ
          # أطلقت من X باتجاه مدينة Y" hit Y)
          r"|(?<!\w)[وفل]?عبور(?:ه|ها|هما|هم)?\s+من\s+[^\s،,.]+(?:\s+[^\s،,.]+)?\s+(?:باتجاه|نحو|إلى|الى)\s+"
          r"(?:\(?(?:العاصمة|مدينة|محافظة)\)?\s+)?$"
          # where a source or a correspondent is (SOURCE_PLACE_BEFORE)
          r"|" + SOURCE_PLACE_BEFORE +
          # where the media or activists who report it are: "وسائل إعلام ناشطة في حمص"، "ناشطون من ريف إدلب"
          r"|(?<!\w)[وف]?(?:وسائل\s+(?:ال)?[إا]علام|(?:ال)?ناشطون|(?:ال)?ناشطين|(?:ال)?نشطاء|(?:ال)?[إا]علاميون|(?:ال)?[إا]علاميين"
          r"|شبكات|صفحات)\s+(?:\S+\s+)?(?:من\s+|في\s+|ب)(?:(?:مدينة|بلدة|قرية|ريف|محافظة)\s+)?$")

# A place right after a person's noun, their name (if any) and "من" is where that person comes from ("على الشاب X Y من
# قرية Z أثناء تواجده في مدينة W"، "اختطف مسلحون المواطن X من دمشق في مدينة W"): it gives way to another village,
# town or city of the sentence, but stays the place when the sentence names none ("اعتقلت الدورية الشاب X من بلدة Z").
_HOME_WORD = r"(?:(?:مدينة|بلدة|قرية|ريف|حي|مخيم|منطقة)\s+)?"
_PERSON_NOUN = (r"(?:ال)?(?:شاب|شابة|طفل|طفلة|مواطن|مواطنة|رجل|فتى|فتاة|سيدة|مدني|مدنية|نازح|نازحة|مسن|مسنة|عنصر|مقاتل"
                r"|مجند|ضابط|طالب|طالبة|سائق|عامل|مزارع|راعي|ناشط|ناشطة|إعلامي|مختار|متطوع|مسعف)")
PERSON_ORIGIN = (r"(?<!\w)" + _PERSON_NOUN + r"\s+(?:[^\s،,.:؛()\d]+\s+){,4}من\s+" + _HOME_WORD + r"[\"“«]?$"
                 # several people, with "from" right after them or after their names: "بين شابين من درعا"، "المتطوعين X
                 # وY من مدينة Z" (not "قتل مدنيان أثناء خروجهما من مدينة X", where they were leaving)
                 r"|(?<!\w)" + _PERSON_NOUN + r"(?:ين|ان)\s+من\s+" + _HOME_WORD + r"[\"“«]?$"
                 r"|(?<!\w)ال" + _PERSON_NOUN + r"(?:ين|ان)\s+(?:[^\s،,.:؛()\d]+\s+){,4}من\s+" + _HOME_WORD
                 + r"[\"“«]?$"
                 # in brackets after a name: "X (من بلدة Y)"
                 r"|\(\s*من\s+" + _HOME_WORD + r"$")

# A town after these is a reference point for a place named before it ("قرية X جنوب شرقي القامشلي"); after a
# compass direction, never a place of the same list ("قرية Y شمال شرق X، وقرية Z"), as it may be after "near"
# ("قرب مدينة X وبلدة Y المجاورة": near both).
_COMPASS = r"[وب]?(?:جنوب|شمال|شرق|غرب)[يى]?(?:\s+(?:شرق|غرب)[يى]?)?"
_TOWN_WORD_REFERRED = r"\s+(?:(?:مدينة|بلدة|قرية|العاصمة(?:\s+السورية)?)\s+)?$"
DIRECTION_BEFORE = r"(?<!\w)(?:" + _COMPASS + r"|قرب|بالقرب من)" + _TOWN_WORD_REFERRED
COMPASS_BEFORE = r"(?<!\w)" + _COMPASS + _TOWN_WORD_REFERRED

# Between a place and a larger one that holds it or lies near it ("مورك بحماة"، "مورك بريف حماة"، "مورك، في محافظة
# حماة"، "بصرى الشام شرقي درعا"): the larger one only says where the first lies (after a comma only as a governorate,
# a countryside or a direction: "من أبناء المزيريب، في طفس" ends the aside, Tafas is the scene).
LARGER_PLACE_JOIN = (r"\s*(?:ب|في\s+|" + _COMPASS + r"\s+)?(?:ريف\s+|محافظة\s+|ريف\s+محافظة\s+)?"
                     r"|\s*[،,]\s*(?:(?:ب|في\s+)(?:ريف\s+|محافظة\s+|ريف\s+محافظة\s+)|" + _COMPASS + r"\s+)")

# A town after these lies around a place named before it ("منطقة X على أطراف مدينة Y"، "قرية X في محيط بلدة Y"):
# Y is a reference point, and X, a place the gazetteer lacks, the scene.
OUTSKIRTS_BEFORE = (r"(?<!\w)(?:على\s+|عند\s+|في\s+)?(?:أطراف|اطراف|محيط|ضواحي|تخوم)\s+"
                    r"(?:(?:مدينة|بلدة|قرية|العاصمة(?:\s+السورية)?)\s+)?$")

# The article written before a place name the gazetteer holds without it: Arabic names are matched with and
# without ال (ingest/lexicon.py), so nothing.
NAME_ARTICLE_BEFORE = r"(?!)"

# From the end of an area the gazetteer lacks to the end of the countryside it lies in ("منطقة جبال X بريف
# اللاذقية"، "منطقة "وادي X" بالريف الشرقي لحماة"، "منطقة X في ريف محافظة حماة"): the area, not the governorate,
# is the scene.
AREA_IN_COUNTRYSIDE = (r"^[\"”»)]?\s*[،,]?\s*(?:ب|في\s+)(?:ريف\s+(?:محافظة\s+)?|الريف\s+(?:ال)?(?:شرقي|غربي|شمالي|جنوبي|أوسط)"
                       r"(?:\s+(?:ال)?(?:شرقي|غربي))?\s+لـ?\s*)[^،,.\s]+(?:\s+[^،,.\s]+)?$")

# After a town the gazetteer lacks, these place it beside the city named before, "the city" standing for that
# city's name ("وفي دير الزور، قُتل شخصان ... في بلدة X شرقي المدينة"، "قرية X بريف المدينة"): the town, outside the
# city, is the scene; a neighbourhood "وسط المدينة" is inside it and stays with the city.
CITY_REFERRED_AFTER = (r"^[\s،,]*(?:[وب]?(?:جنوب|شمال|شرق|غرب)[يى]?(?:\s+(?:شرق|غرب)[يى]?)?|قرب|بالقرب\s+من"
                       r"|(?:في\s+|ب)ريف|(?:على\s+|ب)[أا]طراف|(?:في\s+|ب)محيط)\s+المدينة(?!\s*[\u0621-\u064a])")

# A town after these is a neighbour of a place named before it ("مدينة انخل المجاورة لجاسم").
REFERENCE_BEFORE = r"(?<!\w)(?:ال)?(?:مجاور|محاذي|قريب)[ةه]?\s+(?:من\s+|ل|لـ)?\s*(?:(?:مدينة|بلدة|قرية)\s+)?$"

# Words that introduce the scene of an event right before a place name; a landmark named after the
# town may stand between (قرب مفرق قرية X، عند مدخل بلدة X).
LOCATION_CUE = (r"(?<!\w)(?:قرب|بالقرب من|في|عند|داخل|بمحيط|محيط|على)\s+(?:(?:مفرق|مدخل|أطراف|اطراف|حاجز)\s+)?"
                r"(?:(?:مدينة|بلدة|قرية)\s+)?[\"“«]?$")

ROAD_BEFORE = (r"(?:طريق|أوتوستراد|اوتوستراد|أتستراد|الطريق الدولي|الأوتوستراد الدولي)\s+[\"“«]?"
               r"(?:\S+\s*[-–]\s*)?$")
# A road named by the villages at its ends ("على طريق قرية X وقرية Y"): the two names are no list of scenes.
ROAD_ENDS_BEFORE = r"(?<!\w)(?:ال)?طريق\s+[\"“«]?(?:(?:مدينة|بلدة|قرية)\s+)?$"

# "Between X and Y" (بين بلدتي X و Y، على الطريق بين X - Y): the incident is placed at X, the first.
BETWEEN_BEFORE = r"(?<!\w)بين\s+(?:(?:مدينتي|بلدتي|قريتي|محافظتي|مدينة|بلدة|قرية)\s+)?[\"“«]?$"

BETWEEN_JOINER = r"^\s*[\"”»]?\s*(?:[-–]|و)\s*[\"“«]?(?:(?:مدينة|بلدة|قرية)\s+)?$"

# A city right after these is the name of a government or its forces (حكومة دمشق، قوات دمشق), or the seat of an
# official's title ("قال محافظ الرقة"، "مدير منطقة X") or of a source's department ("مصدر في مديرية صحة حمص"), not a
# place; a name right after a department word is what the department does ("رئيس قسم الإشارة", signals; "شعبة
# التجنيد"), even when a village is spelled so.
ACTOR_CITY_BEFORE = (r"(?<!\w)[وبل]?(?:حكومة|لحكومة|قوات|لقوات|سلطات|سلطة|لسلطة|نظام|استخبارات|لاستخبارات"
                     r"|محافظ|لمحافظ|نائب\s+محافظ|قسم|لقسم|شعبة|لشعبة"
                     # a body's branch named by its city ("أمين فرع درعا لحزب البعث"، "فرع حلب للهلال الأحمر")
                     r"|فرع|لفرع"
                     # the command of a city's police speaking ("مصدر في قيادة شرطة حمص"): the source, not the scene (a
                     # police station, مخفر شرطة X, is a scene)
                     r"|(?:قيادة|لقيادة|قائد|لقائد)\s+شرطة"
                     # a source in a city's health directorate ("مصدر طبي في مديرية صحة حمص"; not the directorate
                     # hit: "قرب مديرية صحة حماة")
                     r"|مصدر\S*\s+(?:طبي\S*\s+)?(?:في|من|ب)\s*مديرية\s+صحة)\s+$")

ACTOR_CITY_AFTER = r"(?!)"

# A dual place word that is also a town's name ("القريتين", the two villages; the town al-Qaryatayn) followed by a
# dual adjective ("في القريتين الواقعتين"، "أبناء القريتين المذكورتين") is the two places named before, not the town.
# Matched on the place's own words and what follows them.
DUAL_NOUN_NAME = r"^[وبفل]?(?:ال|لل)?(?:قريتين|بلدتين|مدينتين)\s+ال[\u0621-\u064a]+(?:تين|تان)(?![\u0621-\u064a])"

# A place right after these is where someone came from or fired from ("مسلحون انطلقوا من قرية X"، "انطلاقاً من قرية X"):
# it does not outrank where the force hit is stationed (`place.event_place`).
CAME_FROM_BEFORE = r"(?<!\w)(?<!القرب\s)(?<!مقربة\s)من\s+(?:(?:قرية|بلدة|مدينة|منطقة|مزرعة)\s+)?$"

# A place after these says where a force operates or is stationed ("قوات معارضة عاملة في إدلب"، "المتمركزة في
# ريف حلب"، "المتمركزة في معسكر X وبلدة Y": the second of a list too), not where the event happened: it gives way
# to another place of the clause.
OPERATING_IN_BEFORE = (r"(?<!\w)(?:ال)?(?:عامل|منتشر|متمركز|متواجد|مرابط)(?:[ةه]|ين|ون)?\s+(?:(?:في\s+)+|ب)"
                       r"(?:(?:[^\s،,.]+\s+){1,3}و)?(?:(?:محافظة|مدينة|بلدة|قرية|ريف|منطقة)\s+)?$")

# A place inside a military council's name (مجلس دير الزور العسكري، مجلس منبج العسكري) names the
# council, not the scene: both cues must match, the one before the name and the one after it.
COUNCIL_NAME_BEFORE = r"(?<!\w)[وبلف]?(?:ل|ال)?مجلس\s+$"

COUNCIL_NAME_AFTER = r"^\s*العسكري(?!\w)"

# A village or town name right after these is the landmark's own name (دوار الروضة، ساحة الكرامة), not the
# village; a school or hospital named after a town (مدرسة بلدة جلين، مشفى صلخد) is in that town.
LANDMARK_NAME_BEFORE = r"(?<!\w)[وفب]?(?:ال)?(?:دوار|ساحة|شارع)\s+[\"“«]?$"

LANDMARK_NAME_AFTER = r"(?!)"

# A place name that is part of an outlet's name (موقع "درعا 24"، شبكة "دير الزور 24"، مراسل "حلب اليوم"، "مركز إدلب
# الإعلامي"، also after other quoted words of the name: لشبكة "أخبار حلب") is no place of the event.
OUTLET_NAME_BEFORE = (r"(?<!\w)[وبلف]{0,2}(?:موقع|شبكة|صفحة|وكالة|إذاعة|اذاعة|قناة|تلفزيون|راديو|منصة|صحيفة|جريدة|مجلة"
                      r"|" + "|".join(CORRESPONDENT_NOUNS) + r")\s+(?:[\"“«](?:[^\s\"”»]+\s+){0,2})?$")

OUTLET_NAME_AFTER = r"^\s*[-–]?\s*24(?!\d)|^\s+(?:ال)?[إا](?:علامي|خباري)[ةه]?(?!\w)"

# An outlet named like a town that is told something (English only: "sources told Al Mayadeen").
OUTLET_TOLD_BEFORE = r"(?!)"
OUTLET_TOLD_AFTER = r"(?!)"

# A place name followed by a family name is part of a person's name (Arabic: see `needs_context`).
PERSON_NAME_AFTER = r"(?!)"
# Right after a casualty word, a town named like a given name and followed by a family name is the person hit ("قُتل
# جاسم الجديع"): a town would follow a preposition or a place word. Not a direction or part after it (جاسم الشمالية).
FAMILY_NAME_AFTER = (r"^\s+(?!(?:" + "|".join(NOT_FAMILY_NAMES) + r")(?![\u0621-\u064a]))ال[\u0621-\u064a]{3,}"
                     r"(?![\u0621-\u064a])")

# A dateline: a city at the head of the text, followed by a dash or colon and the outlet (السويداء - حرية برس:).
DATELINE_AFTER = r"^\s*[-–—ـ:]"

# A sentence that names no place but refers back to the town named before it ("في البلدة ذاتها"،
# "وسط المدينة"): the incident is in that town. The group named says which kinds of place it refers to.
ANAPHORIC_PLACE = (r"(?<!\w)(?:[وف]?(?:في|داخل|وسط|أطراف|اطراف|مدخل|محيط)\s+|[وف]?ب)"
                   r"(?:(?P<city>المدينة)|(?P<town>البلدة)|(?P<village>القرية))(?!\w)")

# A part of "the city" named in a report whose title names a governorate's seat ("في سوق المدينة بمحافظة الحسكة"):
# the incident is in the city (`titles.merge_title`); not the city a body was taken to («إلى المشفى في المدينة»).
THE_CITY = (r"(?<![\u0621-\u064a])[وفب]?(?:وسط|سوق|أسواق|اسواق|أحياء|احياء|شوارع|شارع|مدخل|ساحة|داخل)\s+"
            r"المدينة(?![\u0621-\u064a])")

# Words before a place name that say what kind of place it is (for draft places).
PLACE_KINDS = {
    "مركز ناحية": "town", "مدينة": "city", "بلدة": "town", "قرية": "village", "حي": "neighbourhood", "مخيم": "site",
    "ناحية": "subdistrict", "منطقة": "region", "بادية": "region",
    # a front line named after the village it runs by ("استهدفت مسيرة محور كبانة بريف اللاذقية")
    "محور": "village",
}

# The first of two places after "between" and a place word in the dual ("على الطريق الواصل بين قريتي X وY"): X,
# a place the gazetteer lacks, is the incident's (Y is a reference, as for gazetteer places: BETWEEN_BEFORE).
BETWEEN_DUAL_KINDS = {"قريتي": "village", "بلدتي": "town", "مدينتي": "city"}
BETWEEN_DUAL_BEFORE = r"(?<!\w)بين\s+"

# First words of compound place names (تل شاير، كفر نوران، أم المياذن، السيدة زينب): a draft place
# after a place word takes the next word with them.
PLACE_NAME_HEADS = ("تل", "كفر", "أم", "ام", "دير", "عين", "رأس", "راس", "بيت", "خربة", "خربه", "مزرعة",
                    "السيدة", "أبو", "ابو", "بئر", "بير", "جب", "جبل", "وادي", "قصر", "تلة", "حوش", "مرج",
                    "جسر", "سيدي", "معرة", "نبع", "الشيخ", "خان", "برج", "حرف", "أشرفية", "اشرفية", "قلعة", "باب")

# Of those, the ones outlets also write joined to the next word (كفرتخاريم for كفر تخاريم, تلكلخ for
# تل كلخ): the gazetteer matches a compound name written either way (ingest/lexicon.py).
JOINABLE_NAME_HEADS = ("كفر", "تل", "دير", "عين", "بيت")

# Finer places inside a town: kept as place_detail.
PLACE_DETAIL = ("حي", "دوار", "طريق", "ساحة", "مدخل", "سوق", "شارع", "الأطراف", "أطراف", "محيط", "حاجز")

# Words after a place name that are not part of it (adjectives of direction, relative words).
NOT_PLACE_NAME = frozenset({
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الأوسط", "المجاورة", "المجاور", "الواقعة", "الواقع",
    "الشرقية", "الغربية", "الشمالية", "الجنوبية", "نفسها", "ذاتها", "القديمة", "الجديدة",
    "شرقي", "غربي", "شمالي", "جنوبي", "شرقا", "غربا", "شمالا", "جنوبا", "شرقاً", "غرباً", "شمالاً", "جنوباً",
    # where it lies from a place named before: "قرية X جنوبها"، "بلدة Y غربيها"
    "جنوبها", "شمالها", "شرقها", "غربها", "جنوبيها", "شماليها", "شرقيها", "غربيها",
    "جنوبه", "شماله", "شرقه", "غربه", "جنوبيه", "شماليه", "شرقيه", "غربيه",
    # "قرية X التابعة لمنطقة Y", "بلدة X الحدودية": what the place belongs to or lies by
    "التابعة", "التابع", "تابعة", "المحاذية", "المحاذي", "القريبة", "القريب", "الحدودية", "الحدودي",
    # who holds it: "قرية X الخاضعة لسيطرة قوات النظام"
    "الخاضعة", "الخاضع", "الواقعتين", "المسيطر",
    # adjectives and pronouns that follow a place word without naming a place ("في قرية صغيرة")
    "صغيرة", "كبيرة", "مجاورة", "قريبة", "واحدة", "أخرى", "اخرى", "ثانية", "هذه", "تلك", "التي", "الذي",
    # what kind of land an area is ("بكونه منطقة جبلية"، "في منطقة زراعية")
    "جبلية", "زراعية", "سكنية", "صحراوية", "نائية", "وعرة", "مفتوحة", "حدودية", "عسكرية", "مأهولة", "آهلة",
    # the event itself ("في منطقة التفجير"، "منطقة عمليات"): the area where it happened, named elsewhere
    "التفجير", "الانفجار", "الحادث", "الحادثة", "الاستهداف", "الهجوم", "الاشتباك", "الاشتباكات", "القصف",
    "عمليات", "العمليات",
    # alliances called an axis: "محور المقاومة"، "محور الممانعة" name no front line
    "المقاومة", "الممانعة", "الشر",
    # places named before ("القرى المذكورة"، "القرى المستهدفة"، "البلدات المحيطة")
    "المذكورة", "المذكور", "المذكورتين", "المستهدفة", "المستهدف", "المحيطة", "المحيط", "المعنية",
    # a direction or a line, no name ("في منطقة شمال هضبة الجولان"، "منطقة السياج"، "منطقة الحدود"، "منطقة الفصل")
    "شمال", "جنوب", "شرق", "غرب", "السياج", "الحدود", "الفصل",
})

# Of those, the ones that are also names of places: right after an indefinite place word a definite word is the
# place's name, not an adjective ("بلدة الجديدة"; "البلدة الجديدة" would be "the new town").
PLACE_NAMES_LIKE_ADJECTIVES = frozenset({"الجديدة"})

LOCAL_FIGHTERS_NAME = "مقاتلون محليون من {place}"

# A city named for its suburbs ("في إحدى ضواحي دمشق"): the town is named elsewhere; the city is not the scene.
# (The singular ضاحية begins the names of places: ضاحية قدسيا.)
SUBURB_BEFORE = r"(?<!\w)[وفب]?(?:ال)?ضواحي\s+(?:مدينة\s+|العاصمة\s+)?$"
SUBURB_AFTER = r"(?!)"

# Where the fire came from ("قصف أطلقته قوات النظام من قواعدها في قرية X"، "انطلاقاً من مواقعها في X"): not the
# scene, which is what was hit.
_FIRING_POSITIONS = r"(?:ال)?(?:مواقع|موقع|قواعد|قاعدة|نقاط|نقطة|مرابض|تمركزات|ثكنة)"
_TOWN_WORD = r"(?:(?:ال)?(?:قرية|بلدة|مدينة|منطقة)\s+)?"
FIRED_FROM_BEFORE = (r"(?<!\w)(?:من|انطلاقا\s+من|انطلاقاً\s+من)\s+" + _FIRING_POSITIONS
                     + r"(?:ها|هم|ه)?\s+(?:\S+\s+){0,3}?(?:في|ب)?\s*" + _TOWN_WORD + "$"
                     # "قصف صاروخي مصدره مواقع قسد وقوات النظام في محيط بلدة X": the source of the fire, named before
                     # its target (no comma between)
                     + r"|(?<!\w)مصدر(?:ه|ها)\s+" + _FIRING_POSITIONS
                     + r"\s+(?:[^\s،,.]+\s+){0,8}?(?:في|ب)\s*(?:(?:محيط|أطراف|اطراف)\s+)?" + _TOWN_WORD + "$")

# Between two places of one list ("قصف بلدتي آفس وسرمين"، "طالت الغارات كفرنوران، والأتارب"; "محيط مدينة X
# وقرية Y جنوبها، وبلدة Z غربها": where each lies from the one before): each place of a shelling or strike list is
# an incident of its own.
PLACE_LIST_JOINER = (r"^\s*(?:(?:جنوب|شمال|شرق|غرب)ي?(?:ها|ه)\s*)?(?:[،,]\s*(?:و|ثم)?|و|ثم)\s*"
                     r"(?:(?:مدينة|بلدة|قرية|حي|مخيم)\s+)?$")

# What opens a clause told at the place right before it ("قصف بلدات X وY وZ، حيث قُتل ثلاثة"): the casualties
# after it are that place's.
WHERE_AFTER_PLACE = (r"\s*[،,]\s*حيث\s+(?=[وف]?(?:قُ?تل|أُ?صيب|اُ?صيب|استُ?شهد|سقط|لقي|جُ?رح|ارتقى|قضى)"
                     r"[\u0621-\u064a\u064b-\u0652]*\s)")   # a casualty verb right after it: حيث is also a mere "as"

# (Names that are also words for a people or a faith are marked needs_context in the gazetteer: العراقي.)
DEMONYM = r"(?!)"

# A currency named after a country ("فدية قدرها 100 مليون ليرة سورية"): no place.
CURRENCY_BEFORE = r"(?<!\w)(?:ال)?(?:ليرة|ليرات|الليرات)\s+$"

# A list opened by a plural or dual place word ("استهدفت بلدات وقرى البارة، وإحسم، وبلشون"، "أطراف
# بلدتي "بينين"، و"الرويحة"، وأطراف بلدة "سرجة""): its names are places, also those the gazetteer
# lacks. The opener, what joins two names, what may stand before a name (the outskirts, a place word),
# one name, and words that end the list where a name would stand.
PLACE_LIST_OPENER = (r"(?<![\u0621-\u064a])[وب]?(?:ال)?(?:بلدات|قرى|مدن|بلدتي|قريتي|مدينتي)"
                     # "قرى ومدن منها: X-Y-Z", "قرى عدة أبرزها X وY": the list told as some of them
                     r"(?:\s+و(?:ال)?(?:بلدات|قرى|مدن|مزارع))?(?:\s+عدة)?\s+(?:(?:مثل|منها|أبرزها)\s*:?\s*)?"
                     # the places told after the shelling they underwent ("القرى التي تعرضت للقصف في ريف حلب هي: X، Y";
                     # not "القرى التي ينحدر منها المقاتلون هي": where people come from)
                     r"(?:(?:التي|اللواتي)\s+(?:[^\s:،,.]+\s+){0,3}?[^\s:،,.]*(?:تعرض|قصف|استهدف|استهداف|طال|شمل|غارات"
                     r"|هجوم|هجمات)[^\s:،,.]*\s+(?:[^\s:،,.]+\s+){0,5}?و?هي\s*:?\s*)?"
                     # "each of" right after a shelling verb and its subject ("قصفت قوات النظام كلاً من X وY"،
                     # "تعرضت كلاً من قرية X وY لقصف"); not after a word of the toll ("أدى لمقتل كل من X وY": people)
                     r"|(?<![\u0621-\u064a])[وف]?(?:قصف|استهدف|تعرض|طال|شمل)[\u0621-\u064a]*\s+"
                     r"(?:(?![وفب]?(?:أد|أسفر|ما\b|مقتل|لمقتل|إصاب|لإصاب|استشهاد|جرح))[^\s]+\s+){0,8}?"
                     r"كل[\u064b-\u0652ا]*\s+من\s+"
                     # "in each of" ("حملة اعتقالات في كل من مدينة X، وY")
                     r"|(?<![\u0621-\u064a])في\s+كل[\u064b-\u0652ا]*\s+من\s+"
                     # what the shelling covered ("وشمل القصف مدينة X وبلدة Y")
                     r"|(?<![\u0621-\u064a])[وف]?(?:شمل|طال)[\u0621-\u064a]*\s+(?:ال)?(?:قصف|غارات|استهداف)[\u0621-\u064a]*\s+")
# A name of a place list told again bare is a place only right after "in" ("وفي "بليون"، استشهد طفلان"، "ببلشون"):
# a list's loose words (verbs, adjectives) are not looked for elsewhere.
LISTED_PLACE_BEFORE = r"(?:(?<!\w)[وف]?في\s+|(?<!\w)[وف]?ب)[\"“«]?\s*$"

# A list goes on past the area of its first group when a comma and a second opener follow ("قرى X وY بجبل
# الزاوية جنوبي إدلب، وبلدتي Z وW غربي حلب"): what may stand between the last name and that opener.
PLACE_LIST_NEXT_GROUP = (r"\s+(?:(?:ب|في\s+)[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\s+)?"
                         r"(?:(?:شرقي|غربي|شمالي|جنوبي|شرق|غرب|شمال|جنوب)\s+|بريف\s+)[\u0621-\u064a]+"
                         r"(?:\s+(?:الشرقي|الغربي|الشمالي|الجنوبي))?\s*[،,]\s*")
# Or after the area of the next group and a colon ("هي: (X، Y) وفي ريف الرقة: (Z، W) وريف الحسكة: V"): its names follow
# with no opener.
PLACE_LIST_NEXT_AREA = (r"\s*[،,]?\s*و(?:في\s+)?(?:ريف|محافظة|منطقة)\s+[\u0621-\u064a]+"
                        r"(?:\s+(?:الشرقي|الغربي|الشمالي|الجنوبي))?\s*:\s*")
# a comma, "و", or a dash between bare names ("أريحا-احسم-بلشون")
PLACE_LIST_SEPARATOR = r"\s*(?:[،,]\s*و?|و|[-–]\s*)"
# (a plural place word after "each of": "استهدفت كلاً من بلدات X، Y")
PLACE_LIST_ITEM_PREFIX = (r"(?:(?:أطراف|اطراف|محيط)(?:\s+|\s*[-–]\s*))?"
                          r"(?:(?:مدينة|بلدة|قرية|بلدتي|قريتي|مدينتي|بلدات|قرى|مدن)\s+)?")
PLACE_LIST_ITEM = r"(?:(?:" + "|".join(PLACE_NAME_HEADS) + r")\s+)?[\u0621-\u064a]{3,}"
# A list led by a town of the gazetteer with no opener: none in Arabic, where the names of a list and the words after
# "و" are not told apart by their letters ("قُتل شاب في طفس وأصيب آخر").
PLACE_LIST_CLOSER = None
PERSON_AFTER_NAME = r"(?!)"
NOT_PLACE_LIST_ITEM = ("مما", "حيث", "كما", "على", "ضمن", "منها", "بين", "قرب", "وسط", "مناطق", "مواقع", "منازل",
                       "أراضي", "مزارع", "محيط", "أطراف", "بريف", "ريف", "جنوب", "شمال", "شرق", "غرب", "اليوم",
                       "أمس", "صباح", "مساء", "بالإضافة", "إضافة", "أخرى", "عدة", "بعض", "غيرها", "سواها",
                       # what closes the list: "بلدتي X وY، دون ورود أنباء"، "، ما أدى"، "، بحسب المراسل"
                       "دون", "بدون", "ما", "حسب", "بحسب", "وفق",
                       # what the places underwent ("تعرضت كلاً من قرية X وY، لقصف مدفعي")
                       "لقصف", "للقصف", "بقصف", "قصف", "لغارات", "بغارات", "لاستهداف", "باستهداف",
                       # the surroundings of a place named before ("على القرى المذكورة ومحيطها")
                       "محيطها", "محيطه", "محيطهما", "أطرافها", "أطرافه", "اطرافها", "ضواحيها", "المذكورة",
                       # a verb joined by و after the last name ("قرى X، Y، Z وأوقعت قتيلين"، "واعتقلت"، "وقصفتها")
                       "أوقعت", "أوقع", "اعتقلت", "اعتقل", "قصفت", "قصفتها", "قصفها", "أسفرت", "أسفر", "أدت", "أدى",
                       "خلفت", "تسببت", "استهدفت", "طالت", "شنت", "نفذت", "داهمت", "أصابت", "قتلت", "أصيب", "قتل",
                       "سقط", "سقطت", "دمرت", "أصيبت", "جرحت", "تسبب", "استشهد", "أحرقت", "ذلك", "نتج", "اندلعت",
                       "قضى", "لقي", "أسفر", "خلف")

# A campaign told before said to have reached a list of places ("وطالت الحملة قرى X وY وZ"، "الحملة شملت بلدات"):
# the campaign's act at each of them, an incident per place (settled rule 3).
CAMPAIGN_REACH = ("طال* الحمل*", "شمل* الحمل*", "امتد* الحمل*", "الحمل* طال*", "الحمل* شمل*", "الحمل* امتد*")

# A campaign of arrests or raids ("حملة اعتقالات في كل من X، Y، Z"): its list of places is an incident per place, as a
# shelling's is (settled rule 3).
ARREST_CAMPAIGN = ("حمل* اعتقال*", "حمل* دهم", "حمل* مداهم*", "حمل* أمني*", "حمل* تمشيط")

# A place name right after these is the name of a neighbourhood (حي الثورة), not the town of that name.
NEIGHBOURHOOD_BEFORE = r"(?<!\w)[وفب]?حي\s+$"

# Words before a city's name that make it its governorate: "ريف حلب" is Aleppo's countryside,
# "محافظة حمص" the governorate, not the city; "ريف مدينة القامشلي" is "ريف القامشلي" (and "ريف بلدة X" "ريف X"),
# and so is the countryside named by its side before the city: "بالريف الشرقي لحماة" is "بريف حماة الشرقي"; two
# countrysides ("في ريفي الحسكة ودير الزور") are two governorates.
GOVERNORATE_BEFORE = (r"(?<!\w)[وفبل]?(?:ريف(?:\s+(?:مدينة|بلدة))?|ريفي|محافظة|لمحافظة|محافظتي)\s+[\"“«]?$"
                      r"|(?<!\w)[وفبل]?ريفي\s+[^\s،,.]+(?:\s+[^\s،,.]+)?\s+و[\"“«]?$"
                      r"|(?<!\w)[وفب]?(?:ب|في\s+)?الريف(?:\s+ال(?:شمالي|جنوبي|شرقي|غربي|أوسط)){1,2}"
                      r"\s+ل(?:مدينة\s+|بلدة\s+)?[\"“«]?$")

# Directions before the name of a governorate's seat put a place outside the city, in the countryside
# around it: "غرب درعا", "شمال شرقي حلب" (before another town, "west of X" is X itself).
COUNTRYSIDE_BEFORE = r"(?<!\w)[وفبل]?(?:شرق|غرب|شمال|جنوب)[يى]?\s+[\"“«]?$"

GOVERNORATE_AFTER = r"(?!)"

# A city's neighbourhood named with a village or town word, or in a countryside ("قرية المزة بريف القنيطرة"، "بلدة برزة
# بريف حماة"): a village of that name, not the neighbourhood (`lexicon.Lexicon.find`). Matched on the text as written.
VILLAGE_OF_NAME_BEFORE = r"(?<!\w)[وفبل]?(?:ال)?(?:قرية|بلدة|مزرعة|قريتي|بلدتي|قرى|بلدات)\s+[\"“«]?$"
VILLAGE_OF_NAME_AFTER = r"[\"”»]?\s*[،,]?\s*(?:[وفب]|في\s+)?(?:ال)?ريف(?!\w)"
