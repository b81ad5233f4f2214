"""Word lists of the extractor: event triggers, roles, cues (Arabic and English).

Arabic entries are written in ordinary spelling; `extract` folds them
(`normalise.fold`) and lets proclitics (و ف ب ل ك ال) stick to the first
word. An Arabic entry ending in `*` matches any ending (اشتباك* → اشتباكات);
English entries are regular expressions matched case-insensitively on word
boundaries. Logic lives in `extract.py`; only words live here.
"""

from __future__ import annotations

# ------------------------------------------------------------------ page clean-up

# Lines that mark breaking news (compared case-folded, punctuation removed).
# A marker may also open the title line: "عاجل | title", "BREAKING: title".
BREAKING_MARKERS = frozenset({"عاجل", "خاص", "breaking", "breaking news", "urgent", "exclusive", "عاجل جدا"})
# A line that starts the trailing boilerplate: it and everything after it are dropped.
TRAILING_BOILERPLATE = frozenset({
    "أخبار متعلقة", "اخبار متعلقة", "أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "اقرأ أيضا",
    "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضاً", "شارك المقال", "شارك", "تابعونا على تلغرام", "تابعونا",
    "المزيد من الأخبار", "related news", "related", "related articles", "read also", "read more",
    "see also", "share this article", "share", "more news", "follow us",
})
# Labels before a credit ("By our correspondent", "المصدر: وكالات").
CREDIT_LABELS = ("by ", "المصدر:", "المصدر :", "source:", "credit:")

# ------------------------------------------------------------------ event triggers
# (pattern, class, type, sub_type). Classes, strongest first when a clause
# has several: "weapon" (the means decides the ACLED sub-type), "action"
# (what happened), "kill" / "injure" (a casualty without a stated means:
# the victim decides between attack and armed clash).

WEAPON, ACTION, KILL, INJURE = "weapon", "action", "kill", "injure"
EXPLOSIONS = "explosions_remote_violence"
BATTLES = "battles"
VAC = "violence_against_civilians"
STRATEGIC = "strategic_developments"
PROTESTS = "protests"

ARABIC_TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    ("عبو* ناسف*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("عبو*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
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
    ("اشتباك*", ACTION, BATTLES, "armed_clash"),
    ("اشتبك*", ACTION, BATTLES, "armed_clash"),
    ("معارك", ACTION, BATTLES, "armed_clash"),
    ("مواجهات", ACTION, BATTLES, "armed_clash"),
    ("كمين*", ACTION, BATTLES, "armed_clash"),
    ("هجوم* مسلح*", ACTION, BATTLES, "armed_clash"),
    ("هاجم*", ACTION, BATTLES, "armed_clash"),
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
    ("استشهاد", KILL, VAC, "attack"),
    ("استشهد*", KILL, VAC, "attack"),
    ("جث*", KILL, VAC, "attack"),
    ("برصاص", KILL, VAC, "attack"),
    ("إصاب*", INJURE, VAC, "attack"),
    ("أصيب*", INJURE, VAC, "attack"),
    ("جرح*", INJURE, VAC, "attack"),
    ("جريح*", INJURE, VAC, "attack"),
)

ENGLISH_TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    (r"improvised explosive devices?|ieds?|roadside bombs?|explosive devices?|landmines?|land mines?|car bombs?"
     r"|booby[- ]trapped|bombs? planted", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    (r"suicide (?:bomb\w*|attack\w*)", WEAPON, EXPLOSIONS, "suicide_bomb"),
    (r"rpgs?|rocket-propelled grenades?", WEAPON, BATTLES, "armed_clash"),
    (r"cluster (?:bomb|munition)s?|unexploded (?:ordnance|munitions?|bombs?|shells?)",
     WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    (r"(?:hand )?grenades?", WEAPON, EXPLOSIONS, "grenade"),
    (r"air ?strikes?|drones?|warplanes?|air raids?|aerial (?:bombardment|attack)s?|helicopters?",
     WEAPON, EXPLOSIONS, "air_drone_strike"),
    (r"shell(?:ing|ed|s)?|artillery|mortars?|rockets?|missiles?|bombardment|bombarded",
     WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    (r"clash(?:es|ed)?|fighting|firefights?|gunfights?|battles?|ambush(?:ed|es)?|fought|attacked",
     ACTION, BATTLES, "armed_clash"),
    (r"assassinat(?:ed|ion|ions|e)", ACTION, VAC, "attack"),
    (r"abduct(?:ed|ion|s)?|kidnap(?:ped|ping|s)?", ACTION, VAC, "abduction_forced_disappearance"),
    (r"arrest(?:ed|s|ing)?|detain(?:ed|s)?|detention|raids? and arrests?", ACTION, STRATEGIC, "arrests"),
    (r"(?:retook|retakes?|retaken|retaking|recaptur(?:ed|es?|ing)|took back|taken back|regain(?:ed|s)? control|"
     r"restored (?:its )?control|re-?took control)", ACTION, BATTLES, "government_regains_territory"),
    (r"withdr(?:ew|awn|awal)", ACTION, STRATEGIC, "change_to_group_activity"),
    (r"(?:reached|signed|struck|concluded) an? (?:[\w-]+ ){0,3}(?:agreement|deal|truce|ceasefire)", ACTION, STRATEGIC, "agreement"),
    (r"burn(?:ed|t)|torched|looted|looting", ACTION, STRATEGIC, "looting_property_destruction"),
    (r"killed|killing|dead|died|death toll|shot dead|body|bodies|slain|lost (?:his|her|their) li(?:fe|ves)",
     KILL, VAC, "attack"),
    (r"injur(?:ed|ies|ing)|wounded|wounding|hurt", INJURE, VAC, "attack"),
)

# Weapon sub-types from the most telling to the least: "قصف نفذته طائرات مسيّرة" is a drone strike.
# A direct-fire weapon (an RPG, "قذيفة آر بي جي") makes a battle, and tells more than its shell word.
WEAPON_PRIORITY = ("suicide_bomb", "air_drone_strike", "remote_explosive_landmine_ied", "grenade",
                   "chemical_weapon", "armed_clash", "shelling_artillery_missile_attack")

# Lexicon organizations that are never an event's actor: outlets, monitors,
# civilians as a category, and "unknown gunmen" (README of the corpus: no organization).
NON_ACTOR_CATEGORIES = frozenset({"media", "monitor", "civilians"})
NON_ACTOR_IDS = frozenset({"unidentified-armed-group"})

# Protest words: with a kill, injure or shooting word in the clause the event is
# "excessive force against protesters", otherwise a peaceful protest.
ARABIC_PROTEST = ("متظاهر*", "محتج*", "تظاهر*", "احتجاج*", "مظاهر*", "وقف* احتجاجي*")
ENGLISH_PROTEST = (r"protest(?:ers?|s|ed)?|demonstrat(?:ors?|ion|ions|ed)",)
ARABIC_FORCE = ("أطلق* النار", "إطلاق النار", "إطلاق نار", "بنيران", "الرصاص الحي")
ENGLISH_FORCE = (r"opened fire|live (?:fire|ammunition)|fired on|shot at",)

# Victim words: who was hit decides attack (civilians) or armed clash (fighters).
ARABIC_CIVILIAN = (
    "مدني*", "المدني*", "طفل*", "أطفال", "امرأة", "نساء", "سيدة", "الشاب*", "شاب*", "رجل", "مواطن*",
    "مختار", "مدرس*", "معلم*", "طبيب*", "متظاهر*", "محتج*", "فتاة", "طالب*", "مزارع*", "عامل*",
    "نازح*", "النازحين",
)
ENGLISH_CIVILIAN = (
    r"civilians?|child(?:ren)?|boys?|girls?|wom[ae]n|m[ae]n|teachers?|farmers?|residents?|mukhtar|doctors?"
    r"|students?|shepherds?|truffle (?:hunters?|gatherers?|pickers?)|workers?|protesters?|villagers?"
    r"|displaced(?: people| persons| families)?|refugees?",
)
ARABIC_FIGHTER = (
    "عنصر*", "عناصر", "مقاتل*", "جندي*", "جنود", "ضابط*", "ضباط", "مسلح*", "قيادي*", "عسكري*",
    "أمير", "العميد", "عميد", "المقدم", "الملازم", "النقيب", "الرائد", "العقيد", "قائد*",
)
ENGLISH_FIGHTER = (
    # a member of a council or assembly is a civilian office holder, not a fighter
    r"members?(?! of (?:the |a |an )?(?:local |municipal |town |city |village |provincial )?(?:council|parliament|assembly|board))"
    r"|fighters?|soldiers?|troops?|officers?|gunmen|militants?|militiamen|commanders?|personnel|cell leaders?"
    r"|lieutenants?|colonels?|generals?|brigadiers?|captains?|majors?|recruits?|conscripts?",
)
# Explosive remnants of war: nobody aimed them at the people they hit (no civilian targeting).
ARABIC_LEFTOVER = ("مخلفات الحرب", "من مخلفات", "مخلفات حربي*", "المخلفات الحربي*", "غير منفجر*")
ENGLISH_LEFTOVER = (r"left ?over|unexploded|remnants? of (?:the )?war|war remnants?",)
# Words that add victims to a toll already given for the event ("Two of his companions were also killed",
# "كما قُتل"); a subset marker (بينهم، "among them") or a toll update ("the death toll rose to") never adds.
ARABIC_ADDITIVE = ("أيضا", "أيضاً", "كما", "آخرين", "آخرون", "آخر", "إضافة", "بالإضافة")
ENGLISH_ADDITIVE = (r"also|others?|another|as well",)
# Unknown perpetrators: no organization is named for them.
ARABIC_UNKNOWN_PERPETRATOR = ("مجهول*", "مسلحين مجهولين", "مسلحون مجهولون")
ENGLISH_UNKNOWN_PERPETRATOR = (r"unknown (?:gunmen|assailants|attackers|persons?)|unidentified (?:gunmen|\w+)",)

# "No casualties": the counts are zero, not unknown.
ARABIC_NO_CASUALTIES = (
    "لم يسفر عن إصابات", "لم يسفر عن أي إصابات", "لم يسفر عن خسائر بشرية", "دون وقوع إصابات",
    "دون وقوع خسائر بشرية", "دون تسجيل إصابات", "لم تسجل إصابات", "دون إصابات",
)
ENGLISH_NO_CASUALTIES = (r"no (?:one|body) was (?:hurt|injured|killed)|no casualties|without casualties|caus\w+ no casualties",)
ARABIC_NO_DEATHS = ("دون وقوع قتلى", "دون سقوط قتلى", "لم يسفر عن قتلى", "دون وقوع ضحايا")
ENGLISH_NO_DEATHS = (r"no (?:one|body) was killed|no deaths|no fatalities|without fatalities",)

# Sentences that state totals over a period: never an event.
ARABIC_STATISTICS = (
    "منذ مطلع العام", "منذ بداية العام", "منذ مطلع الشهر", "منذ بداية الشهر", "منذ مطلع السنة",
    "منذ بداية السنة", "إحصائي*", "إحصاء*", "وثق*", "يرتفع عدد", "ارتفع عدد", "حصيلة شهر", "خلال شهر",
    "خلال العام", "منذ مطلع عام", "منذ بداية عام", "أكثر من \\d+ عملية",
)
ENGLISH_STATISTICS = (
    r"since the (?:start|beginning) of (?:the|this) (?:year|month)|so far this (?:year|month)|statistics"
    r"|documented|this year alone|in total|since january|since the start of 20\d\d"
    r"|since the (?:start|beginning|outbreak) of the (?:\w+ )?(?:season|war|conflict|campaign|revolution|offensive)",
)
# After a definite event noun, these make it a back-reference: "The fighting erupted after ...".
ENGLISH_BACK_REFERENCE = r"\s+(?:\w+\s+)?(?:erupted|began|broke out|started|came|followed|was triggered)\s+(?:\w+\s+)?(?:after|when|because|following)\b"
# Words that make a clause a claim, denial or plan rather than an occurrence.
ARABIC_DENIAL = ("نفى", "نفت", "نفاه", "ينفي", "تنفي", "نفي", "ادعاء", "إعلان مقتل", "شائعات", "مزاعم")
ENGLISH_DENIAL = (r"denied|denies|rumou?rs?|claims? that|falsely",)

# Roles of people from the words that govern them.
ROLE_OF_CLASS = {KILL: "killed", INJURE: "injured"}
# Territory taken back by a non-state group is coded as its overtaking territory.
REGAINS = "government_regains_territory"
NON_STATE_OVERTAKES = "non_state_actor_overtakes_territory"
STATE_CATEGORIES = frozenset({"state_forces"})
# A past participle right after these nouns is a state, not an event: "families of people detained since 2011".
ENGLISH_STATE_NOUNS = r"(?:people|persons|those|individuals|relatives|men|women|prisoners|detainees|civilians|others)"
ROLE_OF_SUB_TYPE = {"arrests": "detained", "abduction_forced_disappearance": "abducted"}
# Cues that list the dead ("among the dead were ...").
ARABIC_AMONG_DEAD = ("من بين القتلى", "بين القتلى", "من القتلى", "ومن بين القتلى", "من بين الضحايا")
ENGLISH_AMONG_DEAD = (r"among the dead|the dead include|the dead included|among those killed|among the victims",)
# Words that make a sentence a detail of the event before it (the toll, the dead, the wounded).
ARABIC_DETAIL = ARABIC_AMONG_DEAD + ("من بين المصابين", "بين الجرحى", "حصيلة", "ارتفعت حصيلة", "وأوضح*", "وأضاف*")
ENGLISH_DETAIL = ENGLISH_AMONG_DEAD + (r"the wounded|death toll|toll rose|the victims",)
# Subset markers: a count after them is part of an earlier count (بينهم قيادي).
ARABIC_SUBSET = ("بينهم", "بينهن", "منهم", "منهن", "بينها", "من بينهم", "بينهما")
ENGLISH_SUBSET = (r"among them|including|of whom|of them|among whom",)
# Auxiliaries between a subject count and its passive casualty verb: "Two fighters of X were killed".
ENGLISH_PASSIVE_AUXILIARY = r"(?:were|was|have been|has been|had been)\s+(?:also\s+|reportedly\s+|later\s+)?"
# How far (characters) a subject count may stand before its passive verb.
ENGLISH_PASSIVE_SUBJECT_SPAN = 100

# A pronoun on a casualty word counts the person it points at: مقتله / إصابته = 1, مقتلهما = 2.
ARABIC_PRONOUN_COUNTS = {"هما": 2, "ها": 1, "ه": 1, "هم": None}
# Companions named after "مع" with a dual possessive: إصابته مع طفليه = 1 + 2.
ARABIC_DUAL_POSSESSIVE = ("طفليه", "طفليها", "ولديه", "ولديها", "ابنيه", "ابنيها", "ابنتيه", "شقيقيه", "مرافقيه",
                          "زوجتيه", "حفيديه")
# Perpetrator phrases: fighter words inside them are not victims ("برصاص مسلحين").
ARABIC_PERPETRATOR = ("برصاص", "بنيران", "أطلق* النار", "مسلح* مجهول*", "اغتال* مسلح*", "هاجم*", "نفذ*", "شن*")
ENGLISH_PERPETRATOR = (r"(?:by|from) (?:unknown |unidentified |masked )?gunmen|gunmen (?:opened|shot|killed|attacked)|unknown gunmen|unidentified gunmen",)

# Words before a personal name (descriptors of a victim or a role).
# The first word of a compound given name (عبد الرحمن, عبد الله): with the next word it is one name.
ARABIC_COMPOUND_NAME_HEADS = frozenset({"عبد"})

ARABIC_NAME_INTRODUCERS = (
    "يدعى", "يُدعى", "المدعو", "المدعوة", "يلقب", "الملقب", "الملقب بـ", "يعرف باسم", "المعروف بـ",
    "المعروف", "المعروفة", "المكنى", "الشاب", "الشابين", "الشابة", "المدني", "المدنية", "الطفل",
    "الطفلة", "المدرس", "المعلم", "المواطن", "المواطنة", "السيدة", "الشيخ", "الحاج", "الدكتور",
    "الطبيب", "القيادي", "الناشط", "الإعلامي", "المختار", "الشقيقين", "الرجل",
)
ENGLISH_NAME_INTRODUCERS = (r"named|called|known as|nicknamed|identified as",)
# "identified him as X", "named one of the victims as X": the name of someone the report already mentioned.
ENGLISH_IDENTIFIED_AS = r"(?:named|identified|gave the name of)\s+(?:(?:him|her|them|the (?:man|woman|victim|dead man|detainee)|one of (?:the|them|those) ?\w*)\s+)?as"
ARABIC_IDENTIFIED_AS = ("يدعى", "يُدعى", "المدعو", "المدعوة", "تعرف على", "هويته", "هويتها", "ويدعى")
# Nouns before an appositive name: "a former fighter, X, was killed", "X, a local commander".
ENGLISH_APPOSITION_NOUNS = (r"civilian|commander|member|officer|fighter|leader|mukhtar|man|woman|resident|teacher|"
                            r"farmer|activist|doctor|driver|shepherd|soldier|cousins|brothers|men|sons|settlement|"
                            r"nephew|son|brother|father|youth|youths|teenager|boy|girl|student|engineer")
ENGLISH_APPOSITION_ADJECTIVES = r"(?:(?:former|local|young|senior|prominent|retired|well-known|\d+-year-old)\s+)*"
# Verbs that take a victim right after them: "gunmen shot dead X", "forces arrested X".
ENGLISH_VICTIM_VERBS = (r"killed|shot dead|shot and killed|assassinated|executed|abducted|kidnapped|detained|arrested|"
                        r"wounded|injured|targeted|the killing of|the assassination of|the arrest of|the abduction of")
# Past affiliation: "a former FSA fighter", "عنصر سابق في الجيش الحر" is no longer a member (nor an actor),
# unless the clause says he joined another force ("who had joined Military Security").
ENGLISH_FORMER = r"\b(?:former|ex-|erstwhile)\s*(?:[A-Za-z-]+\s+){0,4}$"
ARABIC_FORMER = ("سابق", "سابقا", "سابقاً", "السابق", "السابقين", "سابقين")
ENGLISH_JOINED = (r"(?<!not )(?<!never )join(?:ed|ing|s)?",)
ARABIC_JOINED = ("انضم*", "التحق*", "ينتسب*", "المنضم*")
# Words before a name that make the person the commander of the acting group.
ENGLISH_COMMANDER_CUES = r"(?:led|headed|commanded) by (?:(?:a|the) (?:man|commander|leader) (?:known as|named|called) )?$"
ARABIC_COMMANDER_CUES = ("بقيادة", "يقودها", "يتزعمها", "بزعامة", "يقوده", "يتزعمه")
# A name stops at these words (prepositions, time words, verbs that follow names).
ARABIC_NAME_STOPWORDS = frozenset({
    "في", "من", "على", "إلى", "الى", "عن", "مع", "قرب", "بعد", "قبل", "أمس", "اليوم", "برصاص", "بانفجار",
    "وهو", "وهي", "وكان", "كان", "قائد", "أحد", "الذي", "التي", "يوم", "مساء", "صباح", "فجر", "أثناء",
    "خلال", "بين", "بينهم", "إثر", "اثر", "جراء", "حيث", "عند", "لدى", "داخل", "خارج", "أمام", "عقب",
    "ضمن", "وذلك", "كما", "فيما", "بينما", "ما", "أن", "إن", "انه", "أنه", "قد", "لم", "لا", "عنصر",
    "عناصر", "ضابط", "رئيس", "مسؤول", "برتبة", "مرافقيه", "مرافقي", "وهما", "آخرون", "آخرين",
    "بجروح", "بإطلاق", "بسبب", "نتيجة", "بحسب", "وفق", "وفقا", "حسب", "أيضا", "أيضاً", "إضافة",
    "ومن", "وفي", "منزله", "منزلها", "سيارته", "عمله", "أبناء", "بلدة", "مدينة", "قرية", "حي",
})
# Local fighters: an unnamed armed group of the place's own people.
ARABIC_LOCAL_FIGHTERS = (
    "مقاتلين محليين", "مقاتلون محليون", "مسلحين محليين", "مسلحون محليون", "مجموعة محلية",
    "مجموعات محلية", "مجموعات محلي*", "أبناء المدينة", "أبناء البلدة", "أهالي المدينة", "مقاتل* محلي*",
    "الفصائل المحلية", "شبان محليين",
)
ENGLISH_LOCAL_FIGHTERS = (r"local (?:gunmen|fighters|armed groups?|groups|militiamen|men)",)
LOCAL_FIGHTERS_NAME = {"ar": "مقاتلون محليون من {place}", "en": "{place} local fighters"}

# Attribution contexts: an organization named right after these words is a
# source of the report, not an actor of the event.
ARABIC_ATTRIBUTION = (
    "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "أفاد", "أفادت", "قال", "قالت", "ذكر", "ذكرت", "نقل",
    "نقلت", "أعلن", "أعلنت", "أكد", "أكدت", "أوضح", "أوضحت", "مراسل", "لـ", "مصدر", "مصادر",
)
ENGLISH_ATTRIBUTION = (r"according to|told|said|reported|reports?|cited|quoted|announced|sources? (?:in|from|at)",)
# A parent relation after an organization's name: the second one is not an actor.
ARABIC_PARENT_LINKS = ("التابع", "التابعة", "التابعين", "تابع", "تابعة", "تابعاً", "تابعا", "المرتبط", "المرتبطة", "المدعوم", "المدعومة",
                       "إدارياً", "إداريا", "عسكرياً", "عسكريا", "مباشرة")
ENGLISH_PARENT_LINKS = (r"affiliated (?:with|to)|linked to|part of|backed by|subordinate to",)
# A sponsor named right after "backed by" / "المدعومة من" supports the group; it is not an actor of the event
# ("backed by members of X" names people who took part: that stays an actor).
# Ranks of a state army: a victim who carries one, with no force named, implies the army as side b.
# (Not اللواء, which is also "brigade", nor Sheikh or Commander.)
ARABIC_STATE_RANKS = ("العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "الملازم أول", "المساعد",
                      "المساعد أول", "الرقيب", "الرقيب أول", "العريف", "المجند", "الفريق", "العماد")
ENGLISH_STATE_RANKS = ("Brigadier General", "Brigadier", "Colonel", "Lieutenant Colonel", "Major", "Captain",
                       "Lieutenant", "First Lieutenant", "Sergeant", "Corporal", "Major General", "Brig. Gen.",
                       "Col.", "Lt.", "Capt.", "Maj. Gen.")
IMPLIED_STATE_FORCE = "syrian-arab-army"
# Officers who are not (or no longer) in the state's army.
ARABIC_DEFECTOR = r"منشق|انشق|سابق|متقاعد|الجيش الحر|المعارض|الفصائل|الروسي|روسي|إيراني|الإيراني|التركي"
ENGLISH_DEFECTOR = r"defect\w*|former|retired|ex-|rebel|opposition|Free Syrian Army|FSA|Russian|Iranian|Turkish"
SPONSOR_CATEGORIES = frozenset({"external_forces"})
ARABIC_BACKER = r"(?:ال)?مدعوم[ةه]?\s+(?:من\s+(?:قبل\s+)?|ب)$"
ENGLISH_BACKER = r"\b(?:backed|supported|sponsored) by\s+(?:the\s+)?$"
# Contexts that make an organization the object of a purpose, an accusation or an agreement's terms, not a
# party to the event: "بحثاً عن خلايا داعش", "accusing them of supporting X", "يقضي بانسحاب الفرقة الرابعة".
ARABIC_NOT_PARTY = (r"(?:بحثا|بحثاً|للبحث|البحث)\s+عن\s+(?:\S+\s+){0,2}$|(?:بتهمة|بتهم|بحجة|بذريعة)\s+(?:\S+\s+){0,3}$"
                    r"|(?:يقضي|تقضي|ينص|تنص)\s+(?:على\s+)?(?:\S+\s+){0,2}$|\s(?:يقضي|تقضي)\s+\S*$")
ENGLISH_NOT_PARTY = (r"\b(?:in search of|searching for|looking for|hunting for|accus\w+ (?:\w+ )?of|on charges of|"
                     r"suspected of|stipulat\w+|providing for|in exchange for)\s+(?:\w+\s+){0,3}$")
# Origin cues: a place after them is where victims come from, not where the event happened.
ARABIC_ORIGIN = r"(?:من\s+)?(?:أبناء|ابناء|أهالي|اهالي|ابن|أبن)\s+(?:\S+\s+)?$"
ENGLISH_ORIGIN = r"\b(?:natives? of|(?:a|the) native of|hails? from|originally from|residents? of|from the (?:town|village|city) of)\s+(?:the\s+)?$"
# A place inside a road's name ("the Damascus-Deraa highway", "طريق دمشق - درعا") is not where the event was.
ENGLISH_ROAD_AFTER = r"^\s*-\s*[A-Z][\w'-]*(?:\s+al-[\w'-]+)?\s+(?:highway|motorway|road)\b|^\s+(?:highway|motorway)\b"
ENGLISH_ROAD_BEFORE = r"\b[A-Z][\w'-]*\s*-\s*$"
# Words that introduce the scene of an event right before a place name.
ARABIC_LOCATION_CUE = r"(?<!\w)(?:قرب|بالقرب من|في|عند|داخل|بمحيط|محيط)\s+(?:(?:مدينة|بلدة|قرية)\s+)?$"
ENGLISH_LOCATION_CUE = r"\b(?:near|in|at|outside|close to)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$"
ARABIC_ROAD_BEFORE = r"(?:طريق|أوتوستراد|اوتوستراد|أتستراد|الطريق الدولي|الأوتوستراد الدولي)\s+(?:\S+\s*[-–]\s*)?$"

# Words before a place name that say what kind of place it is (for draft places).
ARABIC_PLACE_KINDS = {
    "مدينة": "city", "بلدة": "town", "قرية": "village", "حي": "neighbourhood", "مخيم": "site",
    "ناحية": "subdistrict", "منطقة": "region", "بادية": "region",
}
ENGLISH_PLACE_KINDS = {"city": "city", "town": "town", "village": "village", "neighbourhood": "neighbourhood",
                       "neighborhood": "neighbourhood", "district": "district", "camp": "site"}
# Finer places inside a town: kept as place_detail.
ARABIC_PLACE_DETAIL = ("حي", "دوار", "طريق", "ساحة", "مدخل", "سوق", "شارع", "الأطراف", "أطراف", "محيط", "حاجز")
ENGLISH_PLACE_DETAIL = (r"(?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?:neighbou?rhood|district|roundabout|road|square|market)",)
# Words after a place name that are not part of it (adjectives of direction, relative words).
ARABIC_NOT_PLACE_NAME = frozenset({
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الأوسط", "المجاورة", "المجاور", "الواقعة", "الواقع",
    "الشرقية", "الغربية", "الشمالية", "الجنوبية", "نفسها", "ذاتها", "القديمة", "الجديدة",
})
