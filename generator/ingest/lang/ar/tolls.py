"""Arabic: tolls and their cues (how many were killed or injured, and when a count is no toll)."""

from .people import RELATIVES as _RELATIVES
from .people_lists import RELATIVE_DUALS as _RELATIVE_DUALS

# Words that add victims to a toll already given for the event ("Two of his companions were also killed",
# "كما قُتل"); a subset marker (بينهم، "among them") or a toll update ("the death toll rose to") never adds.
# («كما» with no article nor preposition on it: «الكمأ» is the truffle, «لكما» "to you two")
ADDITIVE = ("أيضا", "أيضاً", r"[وف]?كما(?!\w)", "آخرين", "آخرون", "آخر", "إضافة", "بالإضافة")

# "The toll rose to N": N is the toll of the casualty word before, however far the words between.
ROSE_TO = ("ارتفع* ~ إلى", "ارتفاع ~ إلى", "وصل* ~ إلى",
           # "ارتفع عدد القتلى بانفجار ... في مدينة X، مساء أمس الاثنين، إلى 11": a long subject
           "ارتفع* عدد ~ ~ إلى", "ارتفع* حصيل* ~ ~ إلى", "ارتفاع عدد ~ ~ إلى", "ارتفاع حصيل* ~ ~ إلى",
           # the present tense ("ما يرفع حصيلة القتلى إلى خمسة"، "وبذلك يرتفع عدد القتلى إلى ...")
           "يرتفع* ~ إلى", "ترتفع* ~ إلى", "يرفع* ~ إلى", "ترفع* ~ إلى")

# The writer's own sum after another death is told ("ما يرفع حصيلة القتلى إلى خمسة"، "وبذلك يرتفع عدد القتلى إلى
# خمسة"): the toll of the incident now, even when a source's word opened the sentence (matched on folded text).
TOLL_NOW = (r"(?:ما|مما)\s+(?:يرفع|رفع)|(?:بذلك|وبذلك)\s+(?:يرتفع|ترتفع|ارتفع|ارتفعت)|ل(?:يرتفع|ترتفع)\s",)

# Another source's word on the same incident ("ومن جانبه، ذكر المرصد أن الحصيلة ارتفعت إلى ..."): its toll is a
# claim of its own, not an update of the toll reported first.
OTHER_SOURCE = ("من جانبه", "من جانبها", "من جهته", "من جهتها", "بدوره", "بدورها", "في المقابل",
                # reports passed around, unconfirmed ("فيما تناقلت مصادر أن عدد القتلى وصل إلى خمسة دون تأكيد")
                "تناقل*", "دون تأكيد", "بدون تأكيد", "لم يتسن* التأكد", "غير مؤكد*")

# Two incidents in the dual, counted in both lists below.
_TWO_INCIDENTS = ("هجومين", "حادثتين", "حادثين", "عمليتين", "انفجارين", "تفجيرين", "واقعتين")

# A toll that says how many incidents it sums, a few ("في 4 حوادث منفصلة"، "في هجومين"، "4 جرائم قتل خلال أسبوع"):
# a roundup's lead, whose incidents are told after it one by one (no tally whose shares they are).
COUNTED_INCIDENTS = (r"(?<!\w)(?:(?:[2-9]|[٢-٩]|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع)\s+(?:حوادث|هجمات|عمليات|وقائع|جرائم)"
                     r"|" + "|".join((*_TWO_INCIDENTS, "جريمتين", "جريمتي")) + r")(?!\w)")

# Several incidents counted together ("قُتل ستة عناصر في هجومين منفصلين", "بانفجارين"): the count is the
# sum of several incidents' tolls, no one incident's toll.
SEVERAL_INCIDENTS = (*_TWO_INCIDENTS, "هجمات متفرق*", "هجمات منفصل*",
                     "حوادث متفرق*", "حوادث منفصل*", "عمليات متفرق*", "عدة هجمات", "عدة حوادث",
                     # scattered places, various circumstances ("على مناطق متفرقة من جبل الزاوية"، "قضوا في ظروف
                     # مختلفة بعدة مناطق سورية"): the toll of several incidents
                     "مناطق متفرق*", "مواقع متفرق*", "أماكن متفرق*", "ظروف مختلف*", "ظروف متفرق*", "ظروف متعدد*",
                     # other places ("استشهد خمسة أشخاص في مناطق أخرى"), two occurrences ("في واقعتي إطلاق نار
                     # متفرقتين")
                     "في مناطق أخرى", "في مناطق اخرى", "واقعتي*",
                     r"(?:عد[ةه]\s+)?(?:مناطق|محافظات)\s+سوري[ةه](?!\w)",
                     # "a series of": سلسلة هجمات، سلسلة حوادث إطلاق نار
                     "سلسلة حوادث", "سلسلة هجمات", "سلسلة عمليات", "سلسلة تفجيرات", "سلسلة اغتيالات",
                     # the scattered ones named by their means between ("حوادث إطلاق نار متفرقة")
                     "حوادث ~ متفرق*", "هجمات ~ متفرق*", "حوادث ~ منفصل*", "هجمات ~ منفصل*",
                     # different ones ("في ثلاث حوادث مختلفة")
                     "حوادث ~ مختلف*", "هجمات ~ مختلف*", "حوادث ~ متعدد*", "هجمات ~ متعدد*",
                     # villages and towns of a region, none named ("قصف قرى وبلدات ريف إدلب الجنوبي"): several places
                     r"(?:قرى|بلدات|مدن)\s+و(?:ال)?(?:قرى|بلدات|مدن)\s+(?:في\s+)?[بف]?(?:ال)?(?:ريف|منطق[ةه]|محافظ[ةه]|جبل|سهل)(?!\w)")

# Killed and wounded counted together ("60 بين قتيل وجريح"): the count is neither toll.
COMBINED_CASUALTIES = ("قتيل* وجريح*", "قتلى وجرحى", "قتيل* ومصاب*", "قتلى ومصابين", "القتلى والجرحى",
                       "مقتل وإصابة", "مصرع وإصابة", "مقتل وجرح",
                       # "16 عنصراً تعرضوا للقتل والإصابة": the nouns of both after a verb of undergoing
                       "قتل والإصاب*", "قتل والجرح", "قتل أو الإصاب*")

# After "no casualties": none other ("لم يسفر عن إصابات أخرى") or none among some ("في صفوف المدنيين") leaves the toll
# told before as it is.
_NONE_ELSE = r"(?!\s+(?:أخرى|اخرى|آخرين|اخرين|إضافية|في\s+صفوف))"

# "No casualties": the counts are zero, not unknown.
_NONE_NOUNS = r"(?:إصابات|ضحايا|(?:خسائر|أضرار)\s+بشرية)"
NO_CASUALTIES = (
    # "دون وقوع إصابات"، "دون تسجيل أي أضرار بشرية"، "لم يتم تسجيل إصابات"، "وتأكدت من عدم وقوع إصابات": none happened,
    # none recorded, none found
    r"[وف]?(?:دون|عدم|لم\s+يتم)\s+(?:وقوع|تسجيل)\s+(?:أي\s+)?" + _NONE_NOUNS + _NONE_ELSE,
    r"[وف]?(?:دون|لم\s+[تي]سجل)\s+(?:أي\s+)?" + _NONE_NOUNS + _NONE_ELSE,
    # "لم يسفر عن إصابات"، "دون أن تسفر عن وقوع إصابات", "لم يؤدِّ إلى سقوط أي ضحايا", "لم ينجم عنه إصابات": a verb of
    # result, negated
    r"[وف]?(?:دون\s+أن|لم)\s+[يت](?:سفر|ؤد[يى]?|وقع|خلف|نجم)\s+(?:[^\s]+\s+)?(?:عن\s+|إلى\s+)?(?:وقوع\s+|سقوط\s+)?(?:أي\s+)?"
    + _NONE_NOUNS + _NONE_ELSE,
    # "واقتصرت الأضرار على الماديات": the damage was confined to property, nobody was hurt
    r"[وف]?[اتي]قتصرت?\s+(?:ال)?(?:أضرار|خسائر)\s+على\s+(?:ال)?(?:ماديات|مادية|أضرار\s+(?:ال)?مادية)",
    # "أن الأضرار اقتصرت على الماديات": the same with the noun first
    r"(?:ال)?(?:أضرار|خسائر)\s+[اتي]قتصرت?\s+على\s+(?:ال)?(?:ماديات|مادية|أضرار\s+(?:ال)?مادية)",
)

# No word yet on casualties ("دون ورود أنباء عن وقوع إصابات"، "ولا أنباء عن ضحايا"): the toll is unknown, not
# zero, and the casualty word in it tells of no one hurt.
UNREPORTED_CASUALTIES = (r"(?:[وف]?(?:دون|بدون|لا)|[وف]?لم\s+[تي]رد)\s+(?:ورود\s+)?(?:أي\s+)?(?:أنباء|معلومات)\s+(?:عن|حول)\s+"
                         r"(?:وقوع\s+|سقوط\s+)?(?:أي\s+)?(?:إصابات|ضحايا|خسائر\s+بشرية|قتلى|جرحى)",)

# A sentence that opens with "killed and wounded" as two verbs before their count ("قُتل وجُرح نحو 15 مدنياً"):
# the count is of both together, neither toll (matched on the text as written; "مدنياً قُتل وأصيب آخر" counts each).
COMBINED_OPENING = (r"^[\s\"“«(-]*[وف]?ق[\u064b-\u0652]*ت[\u064b-\u0652]*ل[\u064b-\u0652]*(?:ت[\u064b-\u0652]*)?\s+"
                    r"و(?:ج[\u064b-\u0652]*ر[\u064b-\u0652]*ح|[أا][\u064b-\u0652]*ص[\u064b-\u0652]*ي[\u064b-\u0652]*ب)"
                    r"[\u064b-\u0652]*(?:ت[\u064b-\u0652]*)?(?!\S)")

# Nobody (else) hurt, said of the wounded only ("وتأكدت من عدم وجود مصابين آخرين"): no injured, the dead stay.
NO_INJURED = (r"عدم\s+وجود\s+(?:أي\s+)?(?:مصابين|إصابات|جرحى)",)

NO_DEATHS = ("دون وقوع قتلى", "دون سقوط قتلى", "لم يسفر عن قتلى", "دون وقوع ضحايا")

# The target survived ("نجا القيادي من محاولة اغتيال"، "نجاة مسؤول من عبوة ناسفة"): with no death told, nobody died.
# One attempt of this incident: not a history ("نجا من عدة محاولات"، "من محاولة اغتيال سابقة"، "كان قد نجا").
SURVIVED = (r"(?<!قد\s)(?<!\S)[وف]?(?:نجا|نجت|نجيا|نجتا|نجوا|نجاة)\s+(?:\S+\s+){0,10}?من\s+(?:محاولة|الموت|(?:ال)?(?:اغتيال|"
            r"انفجار|تفجير|هجوم|استهداف|عبوة|كمين|رصاص))(?![^.،\n]{0,25}(?<!\S)(?:سابق\S*|(?:قبل|منذ)\s+(?:\S+\s+)?"
            r"(?:أيام|أسابيع|أشهر|شهر|شهرين|سنة|سنوات|عام|أعوام)|(?:العام|الشهر)\s+الماضي|عام\s+\d))",
            # unhurt ("دون أن يصاب بأذى"، "لم يصب بأذى")
            r"(?:دون\s+أن\s+[يت]صاب|لم\s+[يت]صب)\s+(?:أحد\s+)?بأذى",)
# Beside a survivor, words of someone dead or missing that no casualty word counts ("سقوط ضحيتين"، "ما أدى لموت سائقه"،
# "لا يزال مصير مرافقه مجهولاً"; not the death survived, "نجا من الموت"): the survivor then tells nothing of the toll
# (`draft.only_survivors` reads `DEATH_WORDS` too: وفاة، مصرع، فارق الحياة).
NOT_ALL_SURVIVED = (r"(?<![\u0621-\u064a])(?<!من\s)[وفل]?(?:ال)?(?:موت|ضحي[ةه]|ضحيت\S*|ضحايا|حتف\S*|جث[ةه]|جثث"
                    r"|جثما\S*|قتلى|قتيل\S*|شهيد\S*|استشهاد)(?![\u0621-\u064a])",
                    r"مصير\S*\s+(?:\S+\s+){0,3}?(?:مجهول\S*|غير\s+معروف\S*)")

# Subset markers: a count after them is part of an earlier count (بينهم قيادي; "5 مدنيين وهم نازحان و3 أطفال قُتلوا":
# who the counted were, before their verb).
SUBSET = ("بينهم", "بينهن", "منهم", "منهن", "بينها", "من بينهم", "بينهما", "وهم", "وهن")

# A pronoun on a casualty word counts the person it points at: مقتله / إصابته = 1, مقتلهما = 2.
PRONOUN_COUNTS = {"هما": 2, "ها": 1, "ه": 1, "هم": None}

# Companions named after "مع" with a dual possessive: إصابته مع طفليه = 1 + 2.
DUAL_POSSESSIVE = ("طفليه", "طفليها", "ولديه", "ولديها", "ابنيه", "ابنيها", "ابنتيه", "شقيقيه", "مرافقيه",
                          "زوجتيه", "حفيديه")

# A count before its casualty word must stand this close to it ("عنصران ... قُتلا"), with no comma between.
MAX_COUNT_BEFORE = 40

COMMA_ENDS_COUNT_BEFORE = True
# A subset set off by commas between a count and its casualty word ("لقي خمسة أشخاص، بينهم طفلان، مصرعهم"): no comma
# that ends the count.
SUBSET_ASIDE = r"[،,]\s*(?:و?(?:من\s+)?بينهم|منهم|بينهن|منهن)\s[^،,]{1,40}[،,]"
# Right after a count, what makes it a part of the count before it ("ستة أطفال، أربعة منهم من عائلة واحدة"، "6 مدنيين، 4 من
# عائلة واحدة"): no count of its own to add. Told of a family, only after a comma ("قتل 3 مدنيين و2 من عائلة واحدة": five).
SUBSET_AFTER = (r"^\s*(?:منهم|منهما|منهن|(?P<family>من\s+(?:نفس\s+(?:ال)?عائل[ةه]|(?:عائل[ةه]|أسر[ةه])\s+واحد[ةه]"
                r"|(?:ال)?(?:عائل[ةه]|أسر[ةه])\s+(?:ذاتها|نفسها))))(?![\u0621-\u064a])")

# English-only shapes of a count (see en.py): Arabic has none of these.
GERUND_ENDING = None

SECOND_VERB = None

# A count right before a casualty noun of the other kind is that noun's: "ارتقى طفل شهيداً وسقط 4 مصابين" (not a
# count before a verb: "قُتل طفلان وأُصيب آخر", the verb's subject follows it).
OTHER_CASUALTY_SUBJECT = r"\s*"
OTHER_CASUALTY_NOUNS = frozenset({"مصابين", "مصابون", "مصابا", "مصاباً", "جرحى", "جريح", "جريحا", "جريحاً", "إصابة",
                                  "إصابات", "اصابة", "اصابات", "قتلى", "قتيل", "قتيلا", "قتيلاً", "شهداء", "شهيدا",
                                  "شهيداً"})

PASSIVE_AUXILIARY = None
INTRANSITIVE_DEATH = r"(?!)"   # no passive subject is read in Arabic (PASSIVE_AUXILIARY)

# One person joined by "و" right before a count ("مقتل قيادي و7 من عناصره"، "امرأة و3 من أولادها"), also with what
# force they serve in between ("قُتل قيادي في “قوات سوريا الديمقراطية” واثنان من عناصرها"): the toll is the count and
# one (matched on the text before the count, as written; a dual or plural noun is no one person).
ONE_AND_COUNT = (r"(?<![\u0621-\u064a])[وفب]?(?:ال)?(?:امرأة|امرأه|سيدة|رجل|طفل|طفلة|شاب|فتاة|قيادي|قائد|ضابط|عنصر|مدني"
                 r"|مدنية|مقاتل|جندي|مختار|شرطي|سائق|شخص)[\u064b-\u0652]*\s+(?:[\u0621-\u064a]+[\u064b-\u0652]*\s+"
                 # ... or its name in up to four words after a title ("القيادي أبو خالد الشرقية وثلاثة من مرافقيه")
                 r"|(?<=القيادي\s)(?:[\u0621-\u064a]+\s+){2,4}"
                 r"|(?:في|من|ب)\s*(?:[^\s،,.:؛]+\s+){1,6})?و\s*$"
                 # ... or right after a casualty word, any such noun with the article, an adjective and a name of two to
                 # four words ("قُتل الشاب محمد أحمد الحريري وثلاثة من أقاربه"، "مقتل القائد العسكري أبو خالد الحمصي
                 # وثلاثة من مرافقيه"; not the shooters: "برصاص الشاب X Y Z وثلاثة من أقاربه"، "على أيدي ...")
                 r"|(?<![\u0621-\u064a])(?:ق[\u064b-\u0652]*ت[\u064b-\u0652]*ل|مقتل|أ?[\u064b-\u0652]*صيب|إصابة|اصابة"
                 r"|استشهد|استشهاد)[\u0621-\u064a\u064b-\u0652]*\s+"
                 r"[وفب]?ال(?:امرأة|سيدة|رجل|طفل|طفلة|شاب|فتاة|قائد|ضابط|عنصر|مدني|مدنية|مقاتل"
                 r"|جندي|مختار|شرطي|سائق)[\u064b-\u0652]*(?:\s+ال[\u0621-\u064a]+)?"
                 r"(?:\s+[\u0621-\u064a“”\"«»]+){2,4}\s+و\s*$")

# One person joined by "و" right after a count and its noun ("4 أطفال وامرأة"): the toll is the count and one
# (matched right after the count, as written; not after a subset marker: "بينهم طفل وامرأة" are of the count).
# (the count's noun may be the count itself, a dual: "امرأتان وطفلة"; what force they serve may stand between: "3 عناصر من
# قسد وطفل"; the one may be "a third": "عنصران من قوات النظام وثالث من الدفاع الوطني")
ONE_AFTER_COUNT = (r"(?:\s+[\u0621-\u064a]+[\u064b-\u0652]*)?(?:\s+من\s+(?:[^\s،,.:؛]+\s+){0,2}?[^\s،,.:؛]+)?\s+و(?:ال)?"
                   r"(?:امرأة|امرأه|سيدة|رجل|طفل|طفلة|شاب|فتاة|قيادي|قائد|ضابط|عنصر|مدني|مدنية|مقاتل|جندي|مختار|شرطي"
                   r"|سائق|ثالث|ثالثة)[\u064b-\u0652]*ا?(?![\u0621-\u064a])"
                   # (not a third whose own casualty verb follows: "قُتل شابان وثالث أصيب بجروح")
                   r"(?!\s+(?:[أا]صيب|جرح|اصيب|مصاب|جريح|في\s+حال)\S*)")

# What stands between two counts joined before one casualty word: "عنصرين ومدني".
COORDINATION = r"\s*[\u0621-\u0652]+\s+و\s*$|\s*[\u0621-\u0652]+\s*،\s*و?\s*$"

# Nouns right after a casualty word that make it govern one person (قُتل عنصر), besides the
# name introducers and OFFICER_RANKS.
ONE_PERSON_NOUNS = ("عنصر", "مدني", "مدنية", "شاب", "شابة", "طفل", "طفلة", "رجل", "امرأة", "سيدة", "فتاة", "فتى",
                    "مراهق", "مراهقة", "رضيع", "رضيعة", "مسن", "مسنة", "مواطن", "مواطنة", "ضابط", "جندي", "مقاتل",
                    "شرطي", "سائق", "راعي", "مزارع", "عامل", "طالب", "طالبة", "مختار", "شخص",
                    # "قُتل قيادي في الفصيل"، "قُتل أحد عناصر الحاجز": one person too
                    "قيادي", "قائد", "أحد", "ناشط", "صحفي", "طبيب", "ممرض", "ممرضة", "معلم", "معلمة", "موظف", "حارس",
                    # a trade or a state ("قُتل راعٍ بانفجار لغم"، "توفي معتقل تحت التعذيب"; راعٍ folds to راع)
                    "راع", "تاجر", "مدرس", "مدرسة", "محام", "محامي", "مهندس", "صيدلاني", "صراف", "إمام", "مسعف", "متطوع",
                    "عسكري", "معتقل", "معتقلة", "أسير", "لاجئ", "لاجئة", "نازح", "نازحة", "شهيد",
                    "مسلح",   # "قُتل مسلح وأصيب ثلاثة مدنيين"
                    # women of a trade ("مقتل صيدلانية وشقيقها")
                    "طبيبة", "صيدلانية", "محامية", "مهندسة", "موظفة", "ناشطة", "صحفية", "مزارعة", "عاملة",
                    "مراسل", "مراسلة", "إعلامي", "إعلامية")

# One person told before a singular casualty verb, after "that" ("قالت الوكالة إن سائق السيارة قُتل"، "أن عنصراً في
# الشرطة أصيب"): the verb counts that person. {nouns} is the folded one-person words; up to four words (of what,
# from where) between the noun and the verb. Matched on the folded text before the verb.
SUBJECT_BEFORE_VERB = r"(?<![\u0621-\u064a])[وف]?[اأإ]ن\s+(?:ال)?(?:{nouns})ا?(?:\s+[^\s،,.:]+){{0,4}}\s+$"
SINGULAR_CASUALTY_VERBS = ("قتل", "قتلت", "أصيب", "أصيبت", "استشهد", "استشهدت", "توفي", "توفيت", "جرح", "جرحت")

# A death added to the toll told before it ("مقتل امرأة و3 من أولادها، بالإضافة إلى مقتل شخصين آخرين"، "فضلاً عن
# مقتل ..."): its count adds to the toll (matched on the text before the casualty word, as written).
# The wound the dead died of, after the death word ("قُتل شاب جراء إصابته"، "فارق الحياة متأثراً بإصابته"): no one
# else hurt (matched on the text up to the injury word's end).
OWN_WOUND = (r"(?<!\S)(?:[وف]?(?:جراء|جرّاء|جرَّاء|إثر|اثر|نتيجة|بسبب)[\u064b-\u0652]*|متأثر\S*)\s+\S*"
             r"(?:إصابت|اصابت|جراح|جروح)[\u064b-\u0652]*(?:ه|ها|هما|هم)[\u064b-\u0652]*$")
# ... or after which they were killed, in the killing's own clause ("أقدموا على تصفية الشبان الثلاثة بعد إصابتهم"; not
# "قُتل سائق، ونُقل 5 ركاب إلى المشفى عقب إصابتهم": the wounded told after a comma are others).
OWN_WOUND_AFTER = r"(?<!\S)[وف]?(?:بعد|عقب)\s+(?:إصابت|اصابت)[\u064b-\u0652]*(?:ه|ها|هما|هم)[\u064b-\u0652]*$"
# An injury word with one person's pronoun ("إصابته"، "لإصابتها"، "جراحه"): in a clause that tells a death, the dead's
# own wound wherever it stands (matched on the text up to the injury word's end).
ONE_PERSON_WOUND = r"(?<!\S)\S{0,3}(?:إصابت|اصابت|جراح|جروح)[\u064b-\u0652]*(?:ه|ها)[\u064b-\u0652]*$"
PLUS_BEFORE = r"(?<!\w)(?:[وف]?(?:بال|ب)?(?:إضافة|اضافة)\s+(?:إلى|الى)?|فضلاً\s+عن|فضلا\s+عن|علاوة\s+على)\s*$"

# "and N others" after the one person a casualty word names ("قتل القيادي X، و أربعة آخرين كانوا برفقته"): the
# toll is N and that one (matched on the text around the count, as written).
AND_BEFORE_OTHERS = r"(?<!\w)و(?:\s*\S)?$"
OTHERS_AFTER = r"^\s+(?:آخرين|آخرون|اخرين|اخرون)(?!\w)"

# Who goes with a person at work ("مقتل قيادي ومرافقه"، "أصيب ضابط ومساعده"): one person more, as a relative is.
_AT_WORK = ("مرافق", "مرافقت", "مساعد", "مساعدت", "سائق", "حارس", "زميل", "زميلت", "نائب", "نائبت")

# A relative of the one person a casualty word names, right after that person's noun ("قُتلت سيدة وابنها"، "أصيب رجل
# وزوجته"، "امرأة وطفليها"): one more for a singular pronoun, two for a dual possessive (matched after the noun).
# (not the grandmother: "وجدته" is as often "found him": "أصيب طفل وجدته فرق الدفاع المدني تحت الأنقاض")
_AND_RELATIVES = tuple(word for word in _RELATIVES if word != "جدت")
COMPANION_AFTER_ONE = (r"[\s،,]*و(?:" + "|".join(sorted(_AND_RELATIVES + _AT_WORK, key=len, reverse=True))
                       + r")(?:ه|ها)(?![\u0621-\u064a])")
COMPANIONS_AFTER_ONE = (r"[\s،,]*و(?:" + "|".join(DUAL_POSSESSIVE) + r")(?![\u0621-\u064a])")
# Relatives or companions in the plural with their number after them ("وأطفالهما الثلاثة"، "ومرافقيه الأربعة"): that
# many more (the number read by `numbers.parse_number_word`, without its article).
KIN_COUNTED_AFTER = (r"[\s،,]*و(?:أطفال|اطفال|أولاد|اولاد|أبناء|ابناء|بنات|أشقاء|اشقاء|شقيقات|إخوت|اخوت|أحفاد|احفاد"
                     r"|مرافقي|عناصر)(?:ه|ها|هما|هم)\s+ال(?P<count>[\u0621-\u064a]+)")
# What may stand between the one person's noun and a companion after it: the rank or the unit ("ضابط برتبة عقيد
# وسائقه"، "قيادي في الفرقة الرابعة ومرافقه"), up to three words.
ONE_PERSON_QUALIFIER = r"\s+(?:برتب[ةه]|في|من)(?:\s+[^\s،,.]+){1,3}?(?=[\s،,]*و)"

# Relatives counted two by a dual ending ("وطفلاه"، "طفليها").
_DUAL_KIN = r"(?:طفل|ابن|نجل|شقيق|ولد|طفلت|ابنت|شقيقت|والد|زوجت)"   # (والداه، والديهم: the parents; زوجتيه: his two wives)

# The same after a person's name ("قُتلت السيدة X وطفلتها"، "أصيب X وطفلاه"): one more, or two for a dual; a relative
# named after the word is a person of their own, counted as one.
COMPANION_AFTER_NAME = (r"(?:\s*\([^()]{1,20}\))?(?:(?P<two>" + COMPANIONS_AFTER_ONE + r"|[\s،,]*و" + _DUAL_KIN + r"اه?"
                        r"(?![\u0621-\u064a]))|" + COMPANION_AFTER_ONE + ")")

# Another person told between a death and a wound with a pronoun ("قُتل شاب، ونُقل شقيقه إلى المشفى لإصابته"، "وأسفر
# الانفجار أيضاً عن إصابته"): the pronoun is that person's, the wound no dead one's own (matched on the text as written).
# (not a relative's house or presence, "منزل والده"، "أمام زوجته"; not "آخر" as "the last": "آخر ساعات الليل")
ANOTHER_PERSON = (r"(?<![\u0621-\u064a])(?<!منزل\s)(?<!بيت\s)(?<!أمام\s)(?<!برفقة\s)(?<!عند\s)[وفل]?(?:"
                  + "|".join(sorted(_RELATIVES + _AT_WORK + _RELATIVE_DUALS, key=len, reverse=True))
                  + r")(?:ه|ها|هما)(?![\u0621-\u064a])|(?<![\u0621-\u064a])[وف]?(?:أيضا|أيضاً|ايضا)(?![\u0621-\u064a])"
                  r"|(?<![\u0621-\u064a])[وف](?:آخر|اخر)(?![\u0621-\u064a])")

# The person's own casualty told after a relative's ("ما تسبب بمقتل زوجته وتعرضه لإصابة بليغة"، "بمقتل طفله وإصابته"):
# "and" with the person's pronoun on the casualty noun or on the verb of undergoing before it (matched around the later
# casualty word, as written).
OWN_HIT_AFTER_KIN = (r"(?<![\u0621-\u064a])و(?:تعرض(?:ه|ها)\s+\S+|(?:إصابت|اصابت|جرح|اعتقال|اختطاف)(?:ه|ها))"
                     r"(?![\u0621-\u064a])")
# "Another" right after a casualty word ("وإصابة آخر بجروح"، "وأصيب آخر"): one person more.
ONE_OTHER = ("آخر", "اخر")

# A relative of someone told before, right after a casualty word ("ما أدى إلى مقتله وإصابة زوجته"، "قُتلت امرأة وأصيب
# زوجها"، "وأصيب طفلاه"), or the next of a count ("قُتل عنصران وأصيب ثالث"): one person, or two for a dual
# (matched right after the casualty word, as written).
KIN_VICTIM_AFTER = (r"\s+[\"“«]?(?:(?P<two>" + _DUAL_KIN + r"(?:اهما|اهم|اه|اها|يهما|يهم|يه|يها))"
                    r"|(?:" + "|".join(sorted(_RELATIVES, key=len, reverse=True)) + r")(?:ه|ها)"
                    r"|(?:ثالث|رابع|خامس|سادس)[ةه]?)(?![\u0621-\u064a])")

# Who did it, named right after an active casualty verb before its object ("اغتال مسلحون مجهولون شاباً"، "قتلت قوات
# النظام مدنياً"): the one person after them is the verb's victim (the words as folded: ة → ه).
PERPETRATOR_SUBJECTS = ("مسلحون", "مسلحين", "مسلحان", "مجهولون", "مجهولين", "ملثمون", "ملثمين", "عناصر", "قوات",
                        "دوريه", "خليه", "خلايا", "عصابه", "مقاتلو", "مقاتلون")

# A victim named by a noun with an age after the time words that follow a casualty word ("استشهد مساء أمس شاب يبلغ
# من العمر 17 عاماً"، "قُتل اليوم طفل (12 عاماً)"، "قتلوا أمس شاباً عمره 19 عاماً"): one person (matched right after the
# casualty word).
VICTIM_WITH_AGE = (r"\s+(?:\S+\s+){0,3}?[وف]?(?:" + "|".join(ONE_PERSON_NOUNS) + r")[\u064b-\u0652]*ا?[\u064b-\u0652]*\s+"
                   r"(?:(?:يبلغ|تبلغ|البالغ|البالغة)\s+(?:من\s+)?(?:العمر|عمره|عمرها)|(?:عمره|عمرها)\s|\(\s*\d)")

# Before an execution word: an attempt that failed ("نجا من محاولة اغتيال"): no one it counts died (matched on the text
# before the word, as written).
ATTEMPT_BEFORE = r"(?<!\w)[وفل]?(?:ب|ل)?(?:محاول[ةه]|محاولات|حاول\S*|يحاول\S*|نجا|نجت|نجاة)\s+(?:من\s+)?$"

# Executions: the executed are dead, so an execution word counts its victims as a casualty word does ("وأعدموا ميدانياً
# 13 شخصاً"، "إعدامات ميدانية طالت 12 مواطناً"); so do words that are no trigger but say who died.
EXECUTIONS = ("أعدم*", "إعدام*", "اعدام*",
              # the assassinated are dead too ("اغتال مسلحون شابين"); an attempt is no death (ATTEMPT_BEFORE)
              "اغتال*", "اغتيال*",
              # "fell victim to it" ("مجزرة راح ضحيتها 14 امرأة"): its count is the dead too
              "راح ضحيت*", "ذهب ضحيت*",
              # the liquidated ("قامت بتصفية 15 شخصاً"); not the settling of scores (تصفية حسابات)
              r"[وف]?(?:ب|ل)?تصفي[ةه](?!\s+(?:ال)?حساب)")

# The dead or hurt named with the article and their number, the ones told before (English "the two bodies"): no
# Arabic shape of it was seen adding a toll.
KNOWN_VICTIMS = (r"(?!)",)

# (Arabic tells the subject's count after its verb: no livestock joined before it, ANIMALS_JOINED in en/tolls.py.)
ANIMALS_JOINED = r"(?P<animals>(?!))"

# The one wounded told before died later, told in a sentence of its own with no subject or count ("ما أدى إلى إصابته
# بجروح بليغة. وتوفي لاحقاً متأثراً بجراحه"، "ونُقل إلى المشفى ليفارق الحياة هناك"): the verb of dying in the singular
# opening the sentence (also after «وقد»), after "where", after "but he", "that he" («إلا أنه توفي لاحقاً»، «لكنه فارق
# الحياة بعد ساعات»، «بأنه توفي»), or in the imperfect after لـ or «قبل أن» (the subject of the verb before it; not
# "كاد أن يفارق الحياة", he nearly died, nor "يخشى أن", it is feared), then later, of the wounds, there or hours after
# (`wounds.count_wounded_died_later`). Matched on the text as written.
WOUNDED_DIED_LATER = (r"(?:^\s*[وف]?(?:ثم\s+|قد\s+)?(?:توف[يى]|توفيت|فارق|فارقت)"
                      r"|(?<!\w)(?:حيث|(?:إلا\s+)?[أا]ن(?:ه|ها)|بأن(?:ه|ها)|لكن(?:ه|ها))\s+(?:قد\s+)?(?:توف[يى]|توفيت|فارق|فارقت)"
                      r"|(?<!\w)[وف]?ل(?:ي|ت)(?:توفى|فارق)|(?<!\w)قبل\s+أن\s+(?:ي|ت)(?:توفى|فارق))"
                      r"(?:\s+الحياة)?(?=(?:\s+\S+){0,6}?\s+[وف]?(?:لاحقا|لاحقاً|متأثر\S*|هناك|بعد\s+ساعات)(?!\w))")
