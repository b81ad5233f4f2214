"""Arabic: ranks and titles, personal names, their roles and the sources that speak."""

from __future__ import annotations

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

# The first word of a compound given name (عبد الرحمن, عبد الله): with the next word it is one name.
COMPOUND_NAME_HEADS = frozenset({"عبد"})

# Words that join the next word into one part of a name: عبد الرحمن، أبو علي، بن علي، آل سعود; and the pilgrim's
# title inside a family name, written short (محمد خالد حج عمر: the family is حج عمر).
NAME_JOIN_NEXT = ("عبد", "أبو", "ابو", "بو", "أم", "ام", "بن", "ابن", "بنت", "آل", "حج")   # (بو: أبو as spoken)

# "son of", "daughter of" inside a name's chain ("أحمد غالب بايقال ابن محمد"): the father's name follows.
FATHER_OF = ("بن", "ابن", "بنت")

# Given names of two letters: a part of a name (other two-letter words end one).
SHORT_GIVEN_NAMES = ("طه",)
# A title of two letters that ends a family name after a name word (سامر خير بك): a part of the name there.
SHORT_FAMILY_ENDINGS = ("بك",)

# Words that join the word before them into one part of a name: نور الدين، عبد الله، زين العابدين، محمد خير.
NAME_JOIN_PREVIOUS = ("الدين", "الله", "العابدين", "خير")

# A kunya opens with these (أبو علي): a name by itself.
KUNYA_HEADS = ("أبو", "ابو", "أم", "ام")
# أبو after a preposition or a noun it belongs to (مسجد أبي بكر، عن أبي محمد): the head of the name, not "my father".
GENITIVE_KUNYA_HEADS = ("أبي", "ابي")
# ... of which "mother" is also the everyday word ("أم مريضة بالسرطان"): a name only before an attested given name.
MOTHER_HEADS = ("أم", "ام")

# Words right before a personal name (a relation, a role, a title): one person follows (الشاب X).
# A given name written with a hamza on the alif before its lam (إلياس، ألفت، آلاء): folded, it opens like the article
# (الياس), so these letters as written tell it from a family name with the article.
HAMZA_LAM = ("إل", "أل", "آل")

# Titles that are also common family names: after a given name and a father's, the name's family name, whatever follows
# ("اعتُقل حامد إبراهيم الحاج وجاسم ..."، "الشاب حسن رجب الحاج معين أمام محله"); before a name, a title.
TITLE_FAMILY_NAMES = ("الحاج", "الشيخ")

NAME_INTRODUCERS = (
    "يدعى", "يُدعى", "المدعو", "المدعوة", "يلقب", "الملقب", "الملقب بـ", "يعرف باسم", "المعروف بـ",
    "اسمه", "اسمها",   # "قيادي بارز اسمه X": named
    "المعروف", "المعروفة", "المكنى", "الشاب", "الشابة", "المدني", "المدنية", "الطفل",
    "الطفلة", "المدرس", "المعلم", "المواطن", "المواطنة", "السيدة", "الشيخ", "الحاج", "الدكتور",
    "الطبيب", "القيادي", "الناشط", "الإعلامي", "المختار", "الرجل", "المهندس", "المحامي", "الصحفي",
    "المطران", "القس", "الممرض", "المسعف", "المتطوع", "الشهيد", "القتيل", "الضحية", "الفتى", "الفتاة",
    "الشابة", "الرئيس", "المقاتل", "المجند", "المعتقل", "الأسير", "الموقوف", "المختطف", "المصاب", "المصابة",
    "الجريح", "الجريحة", "المغدور", "المخطوف", "المسن", "المسنة", "العجوز", "الطالب", "الطالبة", "الرضيع",
    "الرضيعة", "اليافع", "النازح", "النازحة", "اللاجئ", "اللاجئة", "السائق", "المزارع", "الراعي", "العامل",
    "العاملة", "التاجر", "الجندي", "العسكري", "المنشق", "الضابط", "العنصر", "الصيدلاني", "الأستاذ", "الأستاذة",
    "الحقوقي", "الناشطة", "الإعلامية", "الصحفية", "الطبيبة", "المعلمة", "المحامية", "الحاجة", "المتهم", "المتهمة",
    "المشتبه به", "الجاني", "القاتل", "الجد", "الجدة",
    # a family's members listed by their place in it: "الأب X، والأم Y، والابنة Z"
    "الأب", "الأم", "الابن", "الابنة", "الزوج", "الزوجة",
)

# Introducers that describe a victim: in a sentence without an event word, "الشاب X" is the victim of the
# event before it.
VICTIM_INTRODUCERS = ("الشاب", "الشابة", "الطفل", "الطفلة", "القتيل", "الضحية", "الشهيد", "الفتى", "الفتاة",
                      "المدني", "المدنية", "المواطن", "المواطنة", "المختطف", "المعتقل", "الموقوف", "الأسير",
                      "المصاب", "المصابة", "الجريح", "الجريحة", "المغدور", "المخطوف", "المسن", "المسنة", "العجوز",
                      "الطالب", "الطالبة", "الرضيع", "الرضيعة", "اليافع", "النازح", "النازحة", "اللاجئ", "اللاجئة")

# Words for a victim or a member of a family before one word in quotation marks or brackets: that word is a name
# (crime reports keep the family's name out: "توفي الأب “رمزي”، والأم “ميس”، والطفل “علي”").
ONE_WORD_NAME_NOUNS = VICTIM_INTRODUCERS + ("الأب", "الأم", "الابن", "الابنة", "الزوج", "الزوجة", "الشقيق",
                                            "الشقيقة", "الأخ", "الأخت", "الجد", "الجدة", "الوالد", "الوالدة")

# Offices before the body they hold office in and a name ("وزير الداخلية X"، "محافظ درعا X"، "قائد شرطة المدينة
# العميد X"): the name follows the genitive chain of ال words, places and organizations.
# A village's or a quarter's headman ("مختار بلدة X Y Z"; مختار alone is also a given name): the place after the
# office is one word when the gazetteer lacks it.
HEADMAN_PLACE_WORDS = ("بلدة", "قرية", "حي", "مدينة")
HEADMAN_OFFICES = tuple(f"مختار {word}" for word in HEADMAN_PLACE_WORDS)
OFFICE_TITLES = ("وزير", "محافظ", "قائد", "رئيس", "مدير", "نائب", "زعيم", "أمين عام", "أمين سر", "مسؤول", "سفير",
                 "مبعوث", "منسق", "عضو", "الوزير", "المحافظ") + HEADMAN_OFFICES

# Plural and dual introducers: a list of names follows (الشابين X وY، الشبان X، Y وZ).
PLURAL_INTRODUCERS = (
    "الشابين", "الشابان", "الشبان", "الطفلين", "الطفلان", "الشقيقين", "الشقيقان", "الأخوين", "الأخوان",
    "الشقيقتين", "الشقيقتان", "الأشقاء", "الشقيقات", "القياديين", "القياديان", "المدنيين", "المدنيان",
    "المواطنين", "المواطنان", "الطفلتين", "الطفلتان", "الفتيين", "الفتيان", "الفتاتين", "الفتاتان", "الشهيدين",
    "الشهيدان", "الضحيتين", "الضحيتان", "الضابطين", "الضابطان", "المجندين", "المجندان", "الناشطين", "الناشطان",
    "الزوجين", "الزوجان", "الأطفال", "الشابات", "المتهمين", "المتهمان", "الجناة",
    "العنصرين", "العنصران", "المدعوين", "الرجلين", "السيدتين", "الشابتين", "القتيلين", "القتيلان", "المصابين",
    "المصابان", "الجريحين", "الجريحان", "المعتقلين", "المعتقلان", "المختطفين", "المختطفان",
)

# Brothers and sisters: a one-word name in their list takes the family name of the last one
# (الشقيقان أحمد ومحمد الحسن → أحمد الحسن، محمد الحسن).
SIBLING_INTRODUCERS = ("الشقيقين", "الشقيقان", "الأخوين", "الأخوان", "الشقيقتين", "الشقيقتان", "الأشقاء",
                       "الشقيقات")

# Children of one parent: given names listed before one of these and the parent's name are each named by the
# parent's chain ("وهم محمد، خالد، رياض أبناء فايز الخلف" → محمد فايز الخلف ...).
CHILDREN_OF = ("أبناء", "ابناء", "ابنا", "ابني", "بنات", "ابنتا", "ابنتي", "أولاد", "اولاد")

# Words that open a list of names: عرف منهم، وهم كل من، كلاً من، بينهم: (a colon may follow). A pronoun
# used as a copula identifies the people just mentioned: "قُتل شاب ...، وهو X"، "والقتيلان هما X وY"، "أما
# المصاب فهو X". "عرف من" takes the noun for the victims in place of the pronoun ("عرف من القتلى X وY"), the
# noun giving their role.
NAME_LIST_OPENERS = (
    "عرف منهم", "عرف منها", "عرف منهما", "عرف منهن", "عرف من بينهم", "وهم كل من", "وهم", "وهما", "هم",
    "عرف من القتلى", "عرف من الضحايا", "عرف من الشهداء", "عرف من المصابين", "عرف من الجرحى",
    "عرف من المعتقلين", "عرف من المختطفين", "عرف من بين القتلى", "عرف من بين المصابين",
    "هما", "كل من", "كلا من", "كلاً من", "بينهم", "بينهما", "منهم", "من بينهم", "أسماؤهم", "وهي",
    "وهو", "هو", "هي", "فهو", "فهي", "فهما", "فهم",
)

# Pronouns that stand as a copula between a noun and the names it introduces ("والقتيلان هما X وY"); with no
# noun of ROLE_NOUNS before it, the name after one must open with an attested given name ("وهو أكبر سجن").
COPULAS = ("هو", "هي", "هما", "هم", "هن", "فهو", "فهي", "فهما", "فهم", "وهو", "وهي", "وهما", "وهم")

# Nouns for the victims in general (they leave the role to the incident): a name after one is a victim, not the
# source a word before it credits ("وبحسب المصادر فالضحايا هم X وY").
VICTIMS_NOUNS = ("الضحايا", "الضحية", "الضحيتان", "الضحيتين")

# Copulas of one person ("قُتل أحد المختطفين، هو X، طالب جامعي"): the name after one is a single person, a comma after
# it opens a description, not the next name of a list.
SINGULAR_COPULAS = ("هو", "هي", "وهو", "وهي", "فهو", "فهي")

# Nouns for the victims (and the perpetrators) of an incident that say their role, before a name or a copula: "والمصاب هو X"، "القتيلان
# هما X وY"، "المعتقل X". A noun for victims in general (الضحية، الضحايا) leaves the role to the incident.
ROLE_NOUNS: dict[str, tuple[str, ...]] = {
    "killed": ("القتيل", "القتيلة", "القتيلان", "القتيلين", "القتلى", "الشهيد", "الشهيدة", "الشهيدان", "الشهيدين",
               "الشهداء", "المقتول", "المغدور", "المتوفى", "المتوفي"),
    "injured": ("المصاب", "المصابة", "المصابان", "المصابين", "المصابون", "الجريح", "الجريحة", "الجريحان",
                "الجريحين", "الجرحى"),
    "detained": ("المعتقل", "المعتقلة", "المعتقلان", "المعتقلين", "المعتقلون", "الموقوف", "الموقوفين",
                 "الموقوفون"),
    "abducted": ("المختطف", "المختطفة", "المختطفان", "المختطفين", "المختطفون", "المخطوف", "المخطوفين"),
    "perpetrator": ("المتهم", "المتهمة", "المتهمان", "المتهمين", "المتهمون", "المشتبه", "الجاني", "الجناة", "القاتل"),
}

# A noun for the perpetrator in apposition right after a name ("المدعو X، المتهم بإطلاق النار"), on the text after it.
ACCUSED_AFTER_NAME = r"^[\"”»']?\s*[،,]\s*(?:" + "|".join(ROLE_NOUNS["perpetrator"]) + r")(?!\w)"

# Death words that are not event triggers: they still make the person they govern one of the dead
# ("أدى إلى وفاتهما", "توفي الشاب X متأثراً بجراحه").
DEATH_WORDS = ("وفاة*", "وفات*", "توفي*", "فارق* الحياة", "أودى بحيا*", "أودت بحيا*", "مصرع*", "مقتول*", "راح ضحيت*",
               "فارق", "فارقت", "فارقا", "قضى", "قضت", "قضيا", "قضوا",
               # the imperfect after لـ or أن: "أُسعف إلى المشفى ليفارق الحياة"، "قبل أن تفارق الحياة"
               "يفارق* الحياة", "تفارق* الحياة", "يلفظ أنفاس*", "تلفظ أنفاس*", "لفظ* أنفاس*",
               # the participle: "أُسعف إلى المشفى مفارقاً الحياة"
               "مفارق* الحياة",
               # rose a martyr: "ارتقى الشاب X شهيداً" (the name stands between the verb and شهيداً, so the verb alone;
               # "ارتقى إلى رتبة" is a promotion, read only in a sentence about an incident, where it is rare)
               "ارتقى", "ارتقت", "ارتقوا", "ارتقيا")

# Words for the hurt that are not event triggers: a list under "أسماء المصابين:" names the injured.
INJURY_WORDS = ("مصاب*", "المصاب*")

# Words that make the person they speak of one of the injured, and no event: still receiving treatment ("بينما
# صديقه X ما يزال يتلقى العلاج").
HURT_WORDS = ("يتلقى العلاج", "تتلقى العلاج", "يتلقيان العلاج", "يتلقون العلاج", "يخضع للعلاج", "تخضع للعلاج",
              # a limb lost ("قُطعت قدمه"، "بُترت ساقه"): the person was wounded
              "قطعت قدم*", "قطعت ساق*", "قطعت يد*", "بترت قدم*", "بترت ساق*", "بترت يد*", "بتر قدم*", "بتر ساق*",
              "بتر يد*")

# Words of detention that are not event triggers: the person they speak of is one of the detained ("وقع X في قبضة
# الأمن"، "X بات في قبضة الدورية").
DETENTION_WORDS = ("في قبضة",)

# Ordinals after a casualty word that point at one of the names listed before: "أطلقوا النار على X وY،
# ما أدى لمقتل الأول وإصابة الثاني".
ORDINALS = {"الأول": 1, "الأولى": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4}

# An age right after a name ("X (34 عاماً)"، "X، 34 عاماً،"، "X البالغ من العمر 34 عاماً"): news gives the ages
# of the people an incident hit (matched on the text after the name, before folding).
# (عاماً، عامًا، عاما، سنة: the tanween written before or after the alif, or not at all)
YEARS = r"(?:عام[\u064b-\u0652]*ا?[\u064b-\u0652]*|أعوام|سن[ةه]|سنوات)"
AGE_AFTER = (r"^[\s\"”»']*(?:\(\s*(?:\d{1,2}|[٠-٩]{1,2})\s*" + YEARS + r"?\s*\)|[،,]\s*(?:\d{1,2}|[٠-٩]{1,2})"
             r"\s*" + YEARS + r"|[،,]?\s*(?:ال)?بالغ[ةه]?\s+من\s+العمر|[،,]?\s*(?:ذو|ذات)\s+ال(?:\d{1,2}|[٠-٩]{1,2}))")

# A kunya in quotation marks or brackets right after a name ("X Y الشحادات "أبو الليث""): the word before it ends the
# name, whatever the index knows of it.
KUNYA_AFTER = r"^\s*[\"“«(]\s*(?:أبو|ابو|أم|ام)\s"

# Relatives named after a person with a pronoun for that person ("X وشقيقه Y"، "X وطفلها Y"، "X ووالده Y"): the
# relation word is no part of the name that follows it, which may be a given name alone.
RELATIVES = ("شقيق", "شقيقت", "أخ", "أخت", "ابن", "ابنت", "ابنة", "زوج", "زوجت", "نجل", "نجلت", "ولد", "طفل", "طفلت",
             "والد", "والدت", "صديق", "رفيق", "قريب", "قريبت", "عم", "عمت", "خال", "خالت", "جد", "جدت", "حفيد",
             "حفيدت", "صهر",
             "طليق", "طليقت")   # a former husband or wife ("قتل X طليقته": X killed his former wife)

# The family as a whole after a relation word: "وابنة العائلة X" is a daughter of the family named, not the
# relative of another named person.
FAMILY_NOUNS = ("العائلة", "الأسرة")
FAMILY_NOUN_PATTERN = r"(?:" + "|".join(FAMILY_NOUNS) + r")(?!\S)"

# Pronoun endings on a relation word that point at the person named before it (وشقيقه، وطفلها، ووالدهما).
RELATIVE_PRONOUNS = ("ه", "ها", "هما", "هم", "هن")

# Speech verbs: a name may follow them directly ("وقال يمان الحسين، مراسل ...").
SPEECH_VERBS = ("قال", "قالت", "صرح", "صرحت", "أكد", "أكدت", "أوضح", "أوضحت", "أضاف", "أضافت", "أفاد", "أفادت")

# Words before a name-shaped place, street or building (مدرسة عمر بن الخطاب، جبل الشيخ، دوار X): what
# follows them is not a person.
# Nouns of armed groups: quoted words right after one name the group, even after a word that introduces a person
# ("القيادي في فصيل "X Y" المعارض "Z W"": X Y is the faction, Z W the commander).
GROUP_NOUNS = ("فصيل", "جماعة", "تنظيم", "ميليشيا", "مليشيا", "فيلق", "حركة", "كتيبة", "تجمع",
               # an outlet or a page on a network ("المسؤول عن صفحة "هنا X" على فيسبوك")
               "صفحة", "صفحات", "قناة", "شبكة", "موقع", "حساب", "إذاعة", "صحيفة", "وكالة")
# A correspondent: quoted words right after one who reports (وقال مراسل "شبكة الخبر"، بحسب مراسل "X"، لمراسل "X", a
# SOURCE_CUES word before it) name the outlet; after one an event word hit they name the correspondent (قُتل مراسل "X"),
# and unquoted words after one may name the correspondent (مراسل عنب بلدي أحمد X), so the word is no NAMED_AFTER.
CORRESPONDENT_NOUNS = ("مراسل", "مراسلة", "مراسلو", "مراسلي")

NAMED_AFTER = ("جبل", "تل", "وادي", "دوار", "ساحة", "شارع", "طريق", "مسجد", "جامع", "مدرسة", "مشفى", "مستشفى", "سوق",
               "كلية", "جامعة", "معهد", "مركز", "حديقة", "مقبرة", "مقام", "كنيسة", "جسر", "حاجز", "مخيم",
               "ضريح", "مزار", "لواء", "عملية", "معركة", "شركة", "مؤسسة", "جمعية",
               # a road's bend named after a person or family ("قرب كوع X Y")
               "كوع", "منعطف",
               # a town, neighbourhood or suburb named like a person (بحي كرم اللوز، قرية الشيخ مسكين، ضاحية يوسف العظمة)
               "حي", "قرية", "بلدة", "مدينة", "ناحية", "ضاحية") + GROUP_NOUNS

# Words between a full name and its alias (a kunya or a nickname): "X المعروف بـ"أبو علي"".
# "What is called" before a verb of naming (ما يعرف باسم "ولاية X"، لما يسمى): a group's or a thing's name follows.
SO_CALLED = ("ما", "لما", "بما", "مما")
NAMING_VERBS = ("يعرف", "يدعى", "يسمى", "يلقب", "تعرف", "تدعى", "تسمى")

ALIAS_CUES = ("المعروف", "المعروفة", "الملقب", "الملقبة", "المكنى", "المكناة", "الشهير", "يلقب", "ويلقب",
              "ويعرف", "يعرف", "الملقب بـ", "المعروف بـ", "المعروف باسم", "الملقب باسم", "ويكنى", "يكنى")

# A given name that is also a noun in construct, before a plural noun of people ("ووثقت مصادرنا أسماء العناصر القتلى":
# the names of the members, not Asma al-Anasir; "أصيبت أسماء الزعبي" names Asma): the noun, no name.
NAMES_NOUN = "أسماء"
PEOPLE_PLURALS = ("العناصر", "الضحايا", "القتلى", "الشهداء", "المصابين", "الجرحى", "المعتقلين", "المختطفين", "المخطوفين",
                  "الموقوفين", "المدنيين", "الأشخاص", "الشبان", "المقاتلين", "الجنود", "الأطفال", "النساء", "العسكريين")

# Everyday words of news text that the name index also lists as given names (أمين = secretary,
# سلام = peace, نظام = regime, فجر = dawn): they never open a name by themselves.
NOT_GIVEN_NAMES = (
    "أمين", "سلام", "نظام", "فجر", "صباح", "ظهر", "عصر", "مساء", "نور", "أمل", "ملك", "بين", "حاج", "شاه", "خان",
    "مي", "بي", "مير", "ولد", "ولي", "سيد", "عالم", "دنيا", "حياة", "قاضي", "مفتي", "بابا", "بو", "أم", "ابن",
    "بن", "أبو", "عبد", "نصر", "فتح", "عون", "غالب", "طالب", "عابد", "مسلم", "مؤمن", "مجاهد", "قائد", "مدني",
    "بيان", "حكم", "لما", "شام", "وادي", "جبل", "أهل", "خمسة", "سنة", "ساحة", "مجلس", "مركز", "دار", "باب",
    "مختار", "رائد", "شاهد", "جهاد", "إسلام", "أمير", "شيخ", "حرب", "شهيد", "مدير", "وزير", "رئيس", "نائب",
    "عيد", "جمعة", "خميس", "سبت", "شعبان", "رمضان", "رجب", "صفر", "محرم", "وطن", "ثورة", "حرية", "عدالة",
    "كرامة", "نجاح", "صبر", "أمان", "أكبر", "أصغر", "صاحب", "نجاة", "قوى",
    # a tribe (قبيلة بني خالد), a province of an armed group (ولاية الشام), a verb that opens news sentences
    # (شهد ريف درعا): a name they open needs an introducer, like the other words here
    "بني", "بنو", "ولاية", "شهد",
    # adjectives and nouns of security news (فوضى أمنية كبيرة، قوى الأمن الداخلي)
    "أمنية", "قوى",
    # adjectives and nouns of news text (تصعيد عسكري متسارع، جيش عربي، حاكم المدينة)
    "عسكري", "كبير", "صغير", "عربي", "إسلامي", "حاكم", "معلم", "فلاح",
    # mourning: "حداداً على روح X" (on the soul of X), "رحمة" (mercy)
    "روح", "رحمة",
)

# Verbs and nouns of naming after which one word may be the whole name ("القتيل يُدعى X، وهو من ..."، "شاب يدعى X
# من"): people known by a given name alone, whether or not the name index lists it.
NAMED_BY_ONE_WORD = ("يدعى", "يُدعى", "ويدعى", "تدعى", "تُدعى", "وتدعى", "المدعو", "المدعوة")

IDENTIFIED_AS = NAMED_BY_ONE_WORD + ("تعرف على", "هويته", "هويتها",
                                     # "introduced himself by the name X" (عرّف عن نفسه باسم X): باسم is "by the
                                     # name", not the name باسم
                                     "نفسه باسم", "نفسها باسم")

FORMER = ("سابق", "سابقا", "سابقاً", "السابق", "السابقين", "سابقين")

# Words that open what follows a person's name: where, when or how the act happened to them ("اغتال مسلحون X Y في"،
# "استهدفوا X Y بعدة رصاصات"، "X Y صباح اليوم"), or what they said ("أكد رئيس المجلس X Y أن"): a family name with ال
# the index lacks may end right before them.
AFTER_NAME_WORDS = ("في", "قرب", "داخل", "أمام", "عند", "بالقرب", "برصاص", "أثناء", "خلال", "أن", "إن", "بأن", "فإن",
                    "برصاصة", "برصاصتين", "بالرصاص", "بطلق", "بطلقة", "بطلقات", "بعدة", "بعبوة", "بقذيفة", "بسكين",
                    "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "يوم", "أمس")

# Words with ال that follow a given name without being a family name: times and what is new or old ("اغتال مسلحون
# عمر الليلة في ..."، "قائد شرطة سلمى الجديد").
NOT_FAMILY_NAMES = ("الليلة", "اليوم", "الجديد", "الجديدة", "القديم", "القديمة", "السابق", "السابقة", "الماضي",
                    "الماضية", "الحالي", "الحالية", "الأخير", "الأخيرة", "المقبل", "المقبلة",
                    "البالغ", "البالغة",   # an age ("والطفل “علي” البالغ من العمر 3 سنوات")
                    # a direction after a village named like a person ("قصفت قوات النظام صباح اليوم جميل الشمالية،")
                    "الشمالي", "الشمالية", "الجنوبي", "الجنوبية", "الشرقي", "الشرقية", "الغربي", "الغربية",
                    "الأوسط", "الوسطى", "الفوقاني", "الفوقانية", "التحتاني", "التحتانية")

JOINED = ("انضم*", "التحق*", "ينتسب*", "المنضم*")

# Words before a name that make the person the commander of the acting group ("تابعة للضابط X").
COMMANDER_CUES = ("بقيادة", "يقودها", "يتزعمها", "بزعامة", "يقوده", "يتزعمه", "تابعة", "التابعة", "التابع",
                  "تابع", "يترأسها", "يرأسها", "برئاسة",
                  # the one who ordered it ("بتدبير الانفجار بتعليمات من X")
                  "بتعليمات", "بتوجيهات", "بأوامر", "بأمر")

# Nouns for a spokesperson before باسم ("المتحدث باسمه X"): باسمه there is "on its behalf", not the name باسمة.
SPOKESPERSON_NOUNS = ("المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "ناطق", "متحدثة", "ناطقة")

# Between a mourning verb and a name: an office and a comma, then a rank or two ("ونعى قائد الأمن الداخلي في محافظة حمص،
# العميد X، العنصرين"): the name is the one who mourns, in apposition to the office, not the dead (matched on the text as
# written; an institution that mourns, مديرية or محافظة, is no office).
MOURNER_BEFORE = (r"(?<!\w)[وف]?(?:نعى|نعت|ينعى|تنعى)\s+(?:"
                  + "|".join(sorted({title.removeprefix("ال") for title in OFFICE_TITLES + SPOKESPERSON_NOUNS}, key=len,
                                    reverse=True))
                  + r")(?=\s)(?:\s+[^\s،,.]+){0,7}?\s*[،,]\s*(?:(?:ال)?\S+\s+){0,3}$"
                  # the dead as a pronoun, the mourner after it ("ونعاه شقيقه X"، "نعته والدتها X")
                  r"|(?<!\w)[وف]?(?:نعا|نعت)(?:ه|ها|هم|هما)\s+(?:(?!و?هم\s|و?هما\s)[^\s،,.:]+\s+){0,3}$")

# A name stops at these words (prepositions, time words, verbs that follow names).
NAME_STOPWORDS = frozenset({
    "في", "من", "على", "إلى", "الى", "عن", "مع", "قرب", "بعد", "قبل", "أمس", "اليوم", "برصاص", "بانفجار",
    "وهو", "وهي", "وكان", "كان", "قائد", "أحد", "الذي", "التي", "يوم", "مساء", "صباح", "فجر", "أثناء",
    "خلال", "بين", "بينهم", "إثر", "اثر", "جراء", "حيث", "عند", "لدى", "داخل", "خارج", "أمام", "عقب",
    "ضمن", "وذلك", "كما", "فيما", "بينما", "ما", "لما", "بما", "مما", "أن", "إن", "فإن", "بأن", "انه", "أنه", "قد", "لم", "لا",
    "عنصر",
    "عناصر", "ضابط", "رئيس", "مسؤول", "برتبة", "مرافقيه", "مرافقي", "وهما", "آخرون", "آخرين",
    "بجروح", "بإطلاق", "بسبب", "نتيجة", "بحسب", "وفق", "وفقا", "حسب", "أيضا", "أيضاً", "إضافة",
    "ومن", "وفي", "منزله", "منزلها", "سيارته", "عمله", "أبناء", "بلدة", "مدينة", "قرية", "حي",
    "هو", "هي", "هما", "هم", "هن", "فهو", "فهي", "فهما", "فهم", "أما", "وأما", "تحت", "دون", "وسط", "حول", "منذ",
    "حتى", "كذلك", "وكذلك",   # "likewise" before the next name of a list: "مع استشهاد X، وكذلك Y"
    # what a victim was killed by, right after the name ("يدعى X بهجوم على حاجز")
    "بهجوم", "بهجمات", "بطلق", "بطلقة", "بطلقات", "بنيران", "بضربة", "بضربات", "بحادث", "بتفجير", "بشظايا", "بقذائف",
    "بطائرة", "بمسيرة", "بسلاح", "بعيار",
    "مقابل", "لقاء", "بدل",   # "in exchange for" ("استدرجت الضحية مقابل وعد القاتل لها"): وعد is a given name too
    "عائلة", "أسرة", "ذوو", "ذوي", "أقارب",   # "وأكدت عائلة X مقتله": the family speaks, it is no part of X's name
    # collective nouns for people, never a family name ("حفظ الأمن وسلامة الأهالي": سلامة is also a given name)
    "الأهالي", "الاهالي", "السكان", "الناس", "المدنيين", "المواطنين", "الأطفال", "النساء", "العائلات",
    *FAMILY_NOUNS,   # "وابن العائلة الكبير" (the family's eldest son) is no name of ابن and a family name
    # the dead or hurt, and a body, unnamed: "4- شهيد رابع لم تُعرف هويته" on a list of names is no name
    "شهيد", "شهيدة", "قتيل", "قتيلة", "جريح", "جريحة", "جثة", "مجهول", "مجهولة",
    # the life the dead named before it lost ("بفقدان الطفل X لحياته")
    "لحياته", "لحياتها", "لحياتهما", "لحياتهم", "حياته", "حياتها", "حياتهما", "حياتهم",
})

# Roles, relations and descriptions that end a personal name besides the stop words above
# ("X مراسل روزنة", "X المنحدر من").
NAME_END_WORDS = frozenset({
    "مراسل", "مدير", "الرئيس", "الرئيسة", "عضو", "الناطق", "المتحدث", "زعيم", "أمير", "نائب", "النائبة",
    "الأخير", "الأخيرة",     # "the latter": "بأن أحمد الأخير قتل" names no one
    "الموظف", "الموظفة", "العامل", "المقيم", "المنحدر", "المنحدرة", "المنحدران", "البالغ", "البالغة",
    "الملقب", "الملقبة", "المعروف", "المعروفة", "المكنى", "القيادي", "القائد", "المسؤول", "مختار", "الذين",
    "أنها", "إنه", "إنها", "منزل", "محل", "عاما", "عاماً", "سنة", "سنوات", "مواليد", "نجل", "شقيق", "شقيقه",
    "والد", "والده", "زوج", "زوجة", "ابنة", "قريب", "صديق", "مرافق", "برفقة", "رفقة", "ثم", "بعدما", "عندما",
    "متأثرا", "متأثراً", "بجراح", "بجراحه", "ذلك", "هذا", "هذه", "كل", "جميع", "نحو", "حوالي", "قرابة",
    "أكثر", "أقل", "العضو", "المدير", "الضابط", "العنصر", "الطالب", "المهندس", "أحد", "إحدى", "وأحد",
    "أو", "عليه", "عليها", "عليهم", "إليه", "فيه", "منه", "عنه", "له", "لها", "به", "بها", "لكن",
    "التابع", "التابعة", "التابعين", "التابعتين", "الحياة", "نحبه", "نحبها", "حتفه", "حتفها", "حتفهما", "حتفهم",
    "مصرعه", "مصرعها", "مصرعهما", "مصرعهم", "قتيلا", "قتيلاً", "قتيلين", "قوله", "قولها", "قولهم",
    "ضحية", "ضحيةً", "ضحايا",   # "سقطت المعلمة X Y ضحية عملية اغتيال"
    "نجا", "نجت",            # "survived" after its subject: "إن سليم نجا من الانفجار"
    # what the person underwent or met, said with a verb right after the name: "المواطن X Y Z تعرض للخطف"
    "تعرض", "تعرضت", "يتعرض", "تتعرض", "لقي", "لقيت", "توفي", "توفيت", "فارق", "فارقت",
    # where the person comes from, lives or works, said with a verb right after the name: "يدعى X Y ينحدر من"
    "ينحدر", "تنحدر", "ينتمي", "تنتمي", "يقيم", "تقيم", "يعمل", "تعمل",
})

# Words before a name that make the person a source of the report, not a victim: "قال X"، "بحسب X"
# (matched folded, with و/ف/ل before them). After a name only SOURCE_AFTER count: "X، قال"، "X مراسل
# روزنة"; "قُتل X، بحسب مصادر محلية" credits the sources, not X.
SOURCE_CUES = (
    "قال", "قالت", "يقول", "تقول", "صرح", "صرحت", "أكد", "أكدت", "أوضح", "أوضحت", "أفاد", "أفادت", "ذكر",
    "ذكرت", "أشار", "أشارت", "نقل", "نقلت", "نقلا", "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "شهادة", "أضاف",
    "أضافت", "لفت", "أعلن", "أعلنت", "تحدث", "روى", "كتب", "غرد", "الناطق", "المتحدث", "ناطق", "متحدث",
    "مراسل", "مراسلة", "مراسلنا", "لمراسل", "حديث", "تصريح", "تصريحات", "أفادنا",
    "نفى", "نفت",   # a source that denies ("ونفى ناشط يدعى X أن يكون عدد القتلى تسعة")
    "وصف", "وصفت",  # a source that describes the wounds ("ووصف مدير المشفى X إصابة المرأة بالخطيرة")
)

# Source cues that also mean "carried" when a noun for a victim follows them ("ونُقل الشاب X إلى المشفى"), or when a
# destination follows the name (CARRIED_TO_AFTER: "ونُقل X إلى المشفى"; a source is quoted with عن, "نقل عن X").
CARRIED_CUES = ("نقل", "نقلت")
CARRIED_TO_AFTER = r"\s*[،,]?\s*(?:إلى|الى)(?!\w)"

# Source words right after a name ("X، قال"، "X مراسل روزنة"); the nouns among them, after the name of someone an
# event word hit, say what the person did ("قُتل الإعلامي X، مراسل ...").
SOURCE_AFTER_NOUNS = ("الناطق", "المتحدث", "مراسل", "مراسلة")
SOURCE_AFTER = ("قال", "قالت", "يقول", "تقول", "صرح", "صرحت", "أكد", "أكدت", "أوضح", "أوضحت", "أفاد", "أفادت",
                "أضاف", "أضافت", "لفت", "تحدث", *SOURCE_AFTER_NOUNS,
                "قوله", "قولها", "قولهم")   # "نقلت الوكالة عن X قوله إن": his saying

# Words that open what a source said ("قال المصدر إن X قتل"): a name after them is not the source.
COMPLEMENTIZERS = ("إن", "أن", "بأن", "إنه", "أنه", "بأنه", "إنها", "أنها", "بأنها", "فإن")

# A sentence opening with a personal pronoun as the subject of a casualty word: Arabic marks the subject on the
# verb itself (وقُتل), so no opening tells it apart from another incident's.
PRONOUN_SUBJECT_OPENING = r"(?!)"

# A name's own casualty verb after it (English "X was killed and Y was wounded"): Arabic puts the verb first. "Their
# bodies were found in X" opening a new incident (English): not read in Arabic yet.
PREDICATE_BEFORE_VERB = NO_OBJECT_AFTER = r"(?!)"
BODIES_FOUND_OPENING = r"(?P<plural>(?!))"
