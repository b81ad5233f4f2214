"""Arabic: what a sentence says a named person did or had done to them, read around the name: the incident referred
back to, the dead mourned or buried, an attempt's target, a reaction, a ruler's era, another incident, a source's
speech, a relative or a witness (the names themselves, ranks and titles are in `people.py`)."""

from __future__ import annotations

from .events import INCIDENT_NOUN_PATTERN as _INCIDENT_NOUNS
from .people import FAMILY_NOUN_PATTERN

# A definite noun that refers back to the incident just reported, as the subject of its outcome ("أسفر الهجوم عن
# مقتل X") or after a casualty word ("قُتلا بالكمين الذي ..."): a sentence with it that names victims continues
# that incident, wherever it says the wounded or the bodies were taken; not when a place follows the noun ("جراء
# القصف التركي على قرية X" is the shelling of another place). Matched on the text as written.
_OUTCOME_VERBS = r"(?:أدى|أدت|أسفر|أسفرت|تسبب|تسببت|خلف|خلفت)"

_NO_PLACE_AFTER = r"(?!\w)(?!(?:\s+\S+){0,2}?\s+(?:على|في|ضد|قرب)\s)"

INCIDENT_REFERENCE = (r"(?<!\w)" + _OUTCOME_VERBS + r"\s+(?:هذا\s+|هذه\s+)?" + _INCIDENT_NOUNS + _NO_PLACE_AFTER
                      + r"|(?<!\w)[وف]?(?:ب|في\s+|جراء\s+|إثر\s+|خلال\s+|نتيجة\s+)" + _INCIDENT_NOUNS + _NO_PLACE_AFTER)

# What the English pack finds right after a name ("X was shot"): Arabic says it with a casualty or attack word before
# the name, which the sentence's hits read. Never matches.
HARMED_AFTER = r"(?!)"
# ... and a person taken to a hospital after the name ("X was taken to a hospital"): Arabic puts the verb first
# ("ونُقل المصاب X إلى المشفى"), which the sentence's other readers take. Never matches.
TAKEN_TO_HOSPITAL_AFTER = r"(?!)"
BODY_OF_BEFORE = r"(?!)"

# The funeral or burial of the dead told before ("وشُيّع جثمانه ظهر اليوم في قريته"، "ووري الثرى في مسقط رأسه"، "ودُفن
# في مقبرة البلدة"، "تشييع جثمان الشاب"): a burial verb with the dead as a pronoun, or "the body of" the one told of;
# not a funeral where people were killed ("قُتل شخصان خلال جنازة": an incident of its own).
BURIAL = (r"(?<!\w)[وف]?(?:تم\s+)?(?:(?:شُيّع|شُيِّع|شيّع|شُيع|شيع|شُيّعت|شيعت|تشييع|يُشيّع|يشيع)\s+(?:\S+\s+){0,3}?"
          r"(?:جثمان|جثامين)(?:ه|ها|هما|هم)?(?!\w)"
          r"|(?:ووري|وُوري|ووريت|وُوريت)(?:\s+(?:جثمان|جثة)(?:ه|ها|هما|هم))?\s+الثرى"
          r"|(?:دُفن|دفن|دُفنت|دفنت|دفنوه|دفنوها)\s+(?:في|ب)\S*)")

# A sentence that mourns the dead or gives the victims' names (نعت صفحات ... ثلاثة قتلى وهم: X، Y؛ نشرت الشبكة أسماء
# الضحايا): it names the dead of an incident already reported, it reports none of its own. Not a funeral (تشييع): a
# blast during a funeral is an incident of its own.
VICTIMS_NAMED = (r"(?<!\w)[وف]?(?:نعت|نعى|نعوا|تنعى|ينعى|نعا(?:ه|ها|هم|هما)|نعت(?:ه|ها|هم|هما))(?!\w)"
                 r"|(?<!\w)أسماء\s+(?:ال)?(?:ضحايا|قتلى|شهداء|مصابين|جرحى)(?!\w)")

# A sentence that opens by naming the dead of an incident told before ("وعُرف من قتلى الكمين: X من ريف جبلة، ..."،
# "والضحايا في تفجير الباب هم: ..."): more of that incident, whatever towns it names (where the dead come from).
DEAD_NAMED_OPENING = (r"^[\s\"“«(-]*[وف]?ع[\u064b-\u0652]*ر[\u064b-\u0652]*ف[\u064b-\u0652]*\s+من\s+(?:بين\s+)?(?:ال)?"
                      r"(?:قتلى|ضحايا|شهداء|مصابين|جرحى)(?!\w)"
                      r"|^[\s\"“«(-]*[وف]?(?:ال)?(?:ضحايا|ضحية|الضحيتان|ضحيتين|قتلى|قتيل|قتيلان|قتيلين|شهداء|شهيد)"
                      r"\s+(?:\S+\s+){0,4}?(?:هم|هما|هو|هي)(?!\w)")

# Anywhere in a sentence, the dead told before identified by the definite noun for them and a copula or a verb of
# naming ("وتبيّن أن القتيل هو المدعو X"، "فإن القتيل يدعى X"، "إن القتيلين هما X وY"): the sentence names the dead of the
# incident before it, whatever day (when they went missing) or town (where they came from, where they were taken) it
# tells of them.
DEAD_IDENTIFIED = (r"(?<!\w)[وف]?ال(?:قتيل|قتيلة|قتيلان|قتيلين|ضحية|ضحيتان|ضحيتين|شهيد|شهيدان|شهيدين|مغدور)"
                   r"\s+(?:\S+\s+){0,2}?(?:هو|هي|هما|يدعى|يُدعى|ويدعى|تدعى|تُدعى|وتدعى)(?!\w)")

# An event word with the article, matched on the five characters before it and its first two ("والجثة"، "الانفجار"):
# it refers to what was told before.
DEFINITE_EVENT_WORD = r"ال$"

# An attempt word before an assassination or attack word (محاولة اغتيال، حاول اغتيال، نجا من محاولة اغتيال): the
# person it names is its target, not one of the dead, unless a casualty word says otherwise (matched on the text
# before the word, as written).
ATTEMPT_BEFORE = r"(?<!\w)[وف]?(?:حاول\S*|محاول\S*|نجا|نجت|نجاة|ينجو|تنجو)\s+(?:\S+\s+){0,4}$"

ATTEMPT_AFTER = r"(?!)"

# Between a casualty word and a later name it does not govern (extract/people.py, "مقتل الشاب Y" governs Y):
# punctuation, or a conjunction; or "with" ("X قُتل مع ابنه Y": the word hits both, X too).
NOT_GOVERNED = r"[،,.:;؛\n]|(?<!\S)(?:و|أو)\s*$|(?<!\S)مع(?!\S)"

# Between an injury word and a death word of the same person ("إصابته ووفاته"، "أصيب بجروح ثم توفي لاحقاً").
THEN_DIED_LINK = r"(?:\s*\S{0,12}\s+)?(?:و|ثم)?\s*(?:(?:لاحقا|لاحقاً)\s+)?"

# A death of wounds later in the sentence of an injury, with no one named between: the person hurt died of it ("أصيب
# الشاب X بجروح ... وتوفي لاحقاً متأثراً بجراحه"). Matched on the text as written.
DIED_OF_WOUNDS = (r"(?<!\w)[وف]?(?:توف[يى]|توفيت|فارق|فارقت)(?:\s+الحياة)?\s+(?:\S+\s+){0,2}?"
                  r"(?:لاحقا|لاحقاً|متأثرا|متأثراً|متأثرة|متأثرةً|بعد\s+ساعات|بعد\s+وصوله|بعد\s+وصولها)")

# The death of the one wounded told right after the injury: its verb with no subject of its own, then "later", "of his
# wounds" or "of them" ("أصيب شاب ...، وفارق الحياة لاحقاً"، "بجروح خطيرة توفي على إثرها"); not a death told as
# earlier ("وكان والده قد فارق الحياة") nor another person's, named after it ("توفي على إثرها عنصر آخر"، "وفارقت الحياة
# لاحقاً والدته"). Matched on the text as written.
DIED_OF_OWN_WOUNDS = (r"(?<!\w)(?<!قد\s)[وف]?(?:توف[يى]|توفيت|فارق|فارقت)(?:\s+الحياة)?\s+"
                      r"(?:لاحقا|لاحقاً|متأثرا|متأثراً|متأثرة|متأثرةً|(?:على\s+)?[إا]ثرها)(?!\w)"
                      # then no subject of its own: punctuation, the wounds, where or when
                      r"(?=\s*(?:[.،,؛:]|$)|\s+[وف]?(?:في|داخل|بعد|عقب|أثناء|اثناء|خلال|إثر|اثر|نتيجة|جراء|على)(?!\w)"
                      r"|\s+[وف]?(?:متأثر|بجراح|بإصاب|باصاب)\S*)")

# A death of wounds anywhere in a sentence ("حيث توفي العنصران صباح الجمعة متأثرين بإصابتهما"): the incident that
# wounded them, told on, whatever later day it names (`dates.another_unresolved_day`). Matched on the text as written.
DEATH_OF_EARLIER_WOUNDS = r"متأثر\S*\s+(?:ب|ل)?(?:ال)?(?:جراح|جروح|إصاب|اصاب)"

# The victim told before, named by a pronoun ("وعُثر اليوم الأحد على جثته"): the incident told on
# (`dates.another_unresolved_day`).
VICTIM_AGAIN = (r"(?<!\w)[وف]?(?:ب|ل)?(?:جثت|جثمان|رفات)(?:ه|ها|هما|هم)(?!\w)"
                # ... or the body of the one told before, named by a noun ("وعُثر على جثة الشاب")
                r"|(?<!\w)(?:ب|ل)?جث[ةه]\s+ال(?:شاب|رجل|طفل|طفلة|فتاة|سيدة|امرأة|مخطوف|مختطف|مفقود|ضحية)")

# Another victim than the one told before ("قُتل شاب آخر ... وسُلمت جثته لذويه"): his body or toll is no more of the
# incident told before (`dates.another_unresolved_day`).
ANOTHER_VICTIM = r"(?<!\w)(?:آخر|آخرين|آخرون|أخرى|ثان|ثانٍ)(?!\w)"
# ... right after the noun of one person ("أطلقوا النار على شاب آخر في بلدة X"): a source telling of him and then of
# another town tells another incident, whatever its toll (`same_incident.retells`).
OTHER_VICTIM_NOUN = (r"(?<!\w)(?:ال)?(?:شاب|رجل|طفل|شخص|مدني|عنصر|امرأة|سيدة|فتاة|طفلة)[اًٌ]*\s+(?:ال)?(?:آخر|أخرى|ثان)"
                     r"(?!\w)")

# A death word with no object: the person it follows died (توفي، فارق الحياة، قبل أن يفارق الحياة).
DIED_ALONE = r"[وف]?(?:ل?[يت])?(?:توف[يى]|فارق)"

# Before a casualty word that tells of no harm done in this incident (matched on the text before the word, as
# written): the killing an act answers or set it off (رداً على مقتل X، انتقاماً لمقتل X، على خلفية مقتل X), a threat
# (تهديد عناصر ... بالاعتقال), a killing someone is accused of or confessed to, or a death feared.
UNREAL_BEFORE = (r"(?<!\w)(?:ردا|رداً|ردًا|انتقاما|انتقاماً|انتقامًا|ثأرا|ثأراً|ثأرًا)\s+(?:على\s+)?$"
                 r"|(?<!\w)على\s+خلفية\s+$"
                 r"|(?<!\w)[وب]?(?:هدد|هددت|يهدد|تهدد|تهديد|التهديد|توعد|توعدت|يتوعد)\S*\s+(?:\S+\s+){0,4}$"
                 r"|(?<!\w)[وب]?(?:تهمة|بتهمة|بتهم|تهم|اتهام|متهم|المتهم|اتهامات|متورط|المتورط|تورط)\S*\s+(?:\S+\s+){0,3}$"
                 # a killing confessed to (اعترفا بارتكاب جريمة قتل، اعترافه بقتل): the detainees' crime, no harm here
                 r"|(?<!\w)[وف]?(?:اعترف|اعتراف|باعتراف)\S*\s+(?:\S+\s+){0,3}$"
                 # a death feared (وسط مخاوف ذويه من قتله تحت التعذيب)
                 r"|(?<!\w)[وف]?(?:مخاوف|خشية|يخشى|تخشى|خوفا|خوفاً|خوفًا)\s+(?:\S+\s+){0,3}$")

# Before a name: the person reacts to the incident, visits or attends (أدان عضو مجلس الشعب X مقتل الشاب، زيارة المحافظ
# X، بحضور الشيخ X): the subject of that word, only mentioned, whatever casualty word comes after. A title may stand
# between, but no preposition (دعا الأهالي إلى الإفراج عن X: X is the detainee) nor a noun for the victim or its family
# (زار وفد عائلة الشاب X). The one criticised is only mentioned too (اعتقلته بعد انتقاده زعيم الهيئة X). Matched on
# the text as written.
REACTOR_BEFORE = (r"(?<!\w)[وف]?(?:أدان|أدانت|ادان|دان|دانت|استنكر|استنكرت|ندد|نددت|زار|زارت|زيارة|بزيارة|بحضور|"
                  r"حضور|توعد|توعدت|تعهد|تعهدت|عزى|عزت|دعا|دعت|اتهم|اتهمت|انتقد|انتقدت|[لب]?انتقاد\S*)"
                  r"\s+(?:(?!(?:عن|على|في|من|إلى|الى|مع|ب\S*|ل\S*|عائل\S*|أسر\S*|ذوي|أهل\S*|اهل\S*|والد\S*|منزل\S*|"
                  r"قبر|ضريح|جثمان|جثة|جنازة|تشييع|عزاء|ضحي\S*|قتيل\S*|مصاب\S*)\s)\S+\s+){0,5}[\"“«(]?$")

# Right after a name (English only: "Governor X condemned the killing").
REACTOR_AFTER = r"(?!)"

# Before a name: the ruler of a period or a regime (في عهد الرئيس السابق X، نظام X، حقبة X، منذ سقوط X): only mentioned, whatever
# casualty word the clause has ("اعتقال ضابط سابق في عهد الرئيس السابق X"). Only ال words may stand between (titles).
ERA_BEFORE = r"(?<!\w)[وبلف]?(?:عهد|حقبة|نظام|زمن|سقوط|رحيل)\s+(?:ال\S+\s+){0,3}[\"“«(]?$"
# Arabic puts the ruler after the word for his rule ("نظام بشار الأسد": ERA_BEFORE); nothing follows the name.
ERA_AFTER = r"(?!)"

# The opening of a sentence that tells of another incident ("وفي حادثة أخرى"): when it makes no event of its own, its
# names are not the victims of the incident before it.
ANOTHER_INCIDENT = (r"[\s\"“«]*[وف]?(?:في|ب)\s*(?:حادث[ةه]?|حادثه|هجوم|جريمة|عملية|استهداف)\s+(?:أخرى|اخرى|آخر|اخر|منفصل[ةه]?|"
                    r"مشابه[ةه]?|ثان[يية]*)")

# Right after a name: what the person said follows ("...، العميد X، أن ..."، "العقيد X: ..."), so a speech verb two commas
# back is the name's own (matched on the text after the name, as written).
SAYS_AFTER = r"[\s\"”»']*(?:[،,]\s*(?:أن|إن|بأن|أنه|إنه)(?!\w)|:)"

# Right after a name: the person speaks ("المقدم X، في بيان، إن ...").
SOURCE_AFTER_PHRASE = r"[\s\"”»']*[،,]?\s*(?:في|خلال|ضمن|عبر)\s+(?:بيان|تصريح|حديث|مؤتمر|منشور|تغريدة|كلمة|اتصال|لقاء)"

# A relation word without a pronoun right before a name, with at most two ال words or an office between (نجل القيادي X، شقيق
# العميد X، الشقيقان أحمد ومحمد أبناء X): X names the relative's kin, not the person the casualty word hit ("قُتل نجل
# القيادي X"); not "ابنة العائلة X", the family's own daughter.
RELATIVE_OF = (r"(?<!\S)[وبل]?(?:شقيق|شقيقة|ابن|ابنة|نجل|نجلة|والد|والدة|زوج|زوجة|أخ|أخت|عم|خال|صهر|قريب|حفيد|أرملة"
               r"|أبناء|ابنا|ابني|نجلا|نجلي|بنات|شقيقا|شقيقي)"
               r"\s+(?!" + FAMILY_NOUN_PATTERN + r")(?:(?:ال\S+\s+){0,2}"
               # ... or the kin's office: "نجل مختار بلدة المسيفرة X"
               r"|(?:مختار|رئيس|قائد|مدير|عضو|إمام)\s+(?:[^\s،,.]+\s+){1,2})"
               # ... and where that kin serves: "شقيق القيادي السابق في فصائل المعارضة X"
               r"(?:(?:في|لدى)\s+[^\s،,.]+\s+(?:ال[^\s،,.]+\s+)?)?[\"“«(]?$")

# After a given name alone and a comma: a witness who gives only a first name ("قال X، أحد سكان قرية مجاورة"،
# "X، أحد أقارب الضحايا"، "X، شاهد عيان"). Matched on the text after the name.
WITNESS_AFTER = (r"^\s*[،,]\s*(?:(?:أحد|إحدى|احد|احدى)\s+(?:سكان|أهالي|اهالي|أقارب|اقارب|الشهود|شهود|جيران|ذوي)"
                 r"|(?:شاهد|شاهدة)\s+عيان)(?!\w)")

# By the hand of one called X ("على يد شاب يُدعى X"، "برصاص عنصر في الأمن العسكري يدعى X"): X is the perpetrator (matched
# on the text up to the name). Only with the word that names him, a relative or a group: after "على يد" a group ("على
# يد داعش X") may stand before the victim's name, and "من قبل" is also "before".
BY_THE_HAND_OF = (r"(?<!\S)(?:على\s+(?:يد|أيدي)|[وف]?(?:ب|ل)?رصاص|بيد|بسلاح|من\s+قبل)\s+"
                  r"(?:(?:[^\s،,.]+\s+){0,5}?(?:يُدعى|يدعى|المدعو|المدعوة|تُدعى|تدعى)"
                  # ... or right after it a relative ("برصاص زوجها X"، "على يد ابن عمه X"; not "برصاص مجهولين مع شقيقه X",
                  # a co-victim), or the men of a group named by its head ("برصاص عناصر مجموعة X"، "مسلحين ينتمون
                  # لمجموعة القيادي السابق X"): X did it, or led who did
                  r"|(?:زوج|زوجت|شقيق|شقيقت|ابن\s+عم|ابن\s+خال|ابن\s+أخ|ابن\s+اخ|والد|طليق|طليقت|صهر|جار|عم|خال|ابن|ابنت|أخ|اخ"
                  r"|أخت|اخت)(?:ه|ها|هما|هم)"
                  r"|(?:(?:عناصر|مسلحين|مسلحي|أفراد|افراد|ينتمون|تابعين|يتبعون)\s+){0,2}(?:ل|ل?ل)?(?:مجموع[ةه]|عصاب[ةه]|ميليشيا"
                  r"|ميلشيا)(?:\s+(?:القيادي|المدعو|السابق|الأمني|الامني)){0,3})\s+[\"“«]?$"
                  # who the perpetrators follow ("الخاطفين يتبعون للمدعو X"، "ينتمون لعصابة X")
                  r"|(?<!\S)(?:يتبع|تتبع|يتبعون|يتبعان|تابع|تابعين|التابع|التابعين|ينتمي|ينتمون|المنتمين)\s+(?:ل|لل)"
                  r"(?:مدعو|مدعوة|مجموع[ةه]|عصاب[ةه])(?:\s+(?:القيادي|المدعو|السابق)){0,3}\s+$"
                  # fire (at the victim) by one named right after it ("جراء إطلاق رصاص عليه من قبل "X""، "بإطلاق رصاص
                  # من قبل X"); not "التعرف عليه من قبل X", nor "من قبل" alone, also "before"
                  r"|(?<!\S)(?:رصاص|الرصاص|النار|نار)(?:\s+(?:عليه|عليها|عليهما|عليهم))?\s+من\s+قبل\s+[\"“”«]?$")
