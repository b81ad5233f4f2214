"""Arabic: how a sentence stands to the incident told before it: the same incident named again or told by a source,
where its victims were taken, another incident (a separate one, a second one joined in the same sentence), an earlier
one recalled, an aside."""

from __future__ import annotations

# An incident already reported, named again as what broke out after a cause ("واندلعت هذه الاشتباكات على خلفية
# اعتقال ..."): the noun is no event of the sentence, the cause after it is (matched on the text as written:
# the verb and demonstrative before the noun, the cause word after it).
BACK_REFERENCE_BEFORE = (r"(?<!\w)[وف]?(?:اندلع|اندلعت|بدأ|بدأت|جاء|جاءت|تأتي|يأتي|وقع|وقعت)\s+"
                         r"(?:(?:هذه|هذا|تلك|ذلك)\s+)?$")

BACK_REFERENCE = r"^\S*\s+(?:\S+\s+){0,2}?(?:على\s+خلفية|إثر|اثر|عقب|بعد|بسبب|نتيجة)(?!\w)"

# Where the wounded or the dead were taken ("نُقل المصابون إلى مشفى مدينة X"، "وصلت الجثث إلى مستشفى X"): a
# place after these is no scene of an incident (matched on the text before the place, as written).
_TAKEN_TO = r"نقل|نُقل|نقلت|نُقلت|نقلوا|إسعاف|أسعف|أُسعف|تحويل|حُوّل|حول"   # verbs of carrying the hurt or the dead
DESTINATION_BEFORE = (r"(?<!\w)[وف]?(?:" + _TAKEN_TO + r"|وصل|وصلت)\S*\s+"
                      r"(?:\S+\s+){0,6}?(?:إلى|الى)\s+(?:\S+\s+){0,5}[\"“«]?$"
                      # "لـ" glued to a city or a hospital: "وتم تحويلها لمدينة دمشق للعلاج"، "أُسعف لمشفى X" (not after
                      # وصل: "وصلت دورية لمدينة X" arrived there)
                      r"|(?<!\w)[وف]?(?:" + _TAKEN_TO + r")\S*\s+(?:\S+\s+){0,6}?"
                      r"لل?(?:مدينة|محافظة|عاصمة|مشفى|مستشفى|مشافي)\s+(?:\S+\s+){0,4}[\"“«]?$"
                      r"|(?<!\w)[وفب]?(?:ال)?(?:مشفى|مستشفى|مشافي|مستشفيات)\s+(?:\S+\s+){0,4}[\"“«]?$"
                      # the hospital's town glued to ب after a death or a transfer ("توفي ... في المشفى الوطني بمدينة X"),
                      # not after a strike on the hospital ("قصفت الطائرات مشفى الرحمة بدركوش": the scene)
                      r"|(?<!\w)[وف]?(?:توفي|توفيت|فارق|" + _TAKEN_TO + r")\S*\s+(?:\S+\s+){0,8}?(?:في\s+)?[وفب]?(?:ال)?"
                      r"(?:مشفى|مستشفى)\s+(?:\S+\s+){0,3}ب$"
                      # where the attackers fled ("ولاذوا بالفرار باتجاه قرية X"): the idiom is the attackers'; not هربا
                      # or فرّوا, which victims do too ("بعدما هربا باتجاه قرية X"، "عائلات نازحة فروا نحو بلدة X")
                      r"|(?<!\w)[وف]?(?:لاذ|لاذوا|لاذا)\s+بالفرار\s+(?:\S+\s+){0,2}?(?:باتجاه|نحو)\s+"
                      r"(?:(?:ال)?(?:قرية|بلدة|مدينة|منطقة|ريف)\s+)?$")

# Said anywhere in a sentence, these make it another incident ("أصيب X ... في حادثة منفصلة لم تُعرف دوافعها").
SEPARATE_INCIDENT = ("في حادثة منفصلة", "في حادث منفصل")

# Words opening a sentence about another incident of the article, not the one before it.
NEW_INCIDENT = SEPARATE_INCIDENT + (
    "في حادثة أخرى", "في حادث آخر", "في هجوم آخر", "في سياق منفصل",
    "في سياق آخر", "في وقت سابق", "من جهة أخرى", "من جهة ثانية", "في تطور آخر", "في غضون ذلك",
    "قبل أيام", "منذ أيام", "قبل أسابيع", "منذ أسابيع",
    # "in the same context", "in a related context": the next incident of a roundup ("وفي السياق نفسه وُجدت
    # جثة ..."); not before a speech verb ("وفي السياق ذاته، قال مصدر ...": `MARKED_SPEECH`)
    "في السياق نفسه", "في السياق ذاته", "في ذات السياق", "في نفس السياق", "في سياق متصل", "في سياق مماثل",
    "في سياق مشابه",
    # "in a similar incident": another incident of the same kind ("وفي حادثة مماثلة، قُتل الشاب X في حي Y")
    "في حادثة مماثلة", "في حادثة مشابهة", "في حادث مماثل", "في حادث مشابه",
    # an unnamed other place ("وفي قرية مجاورة، قُتل طفل"): another incident
    "في قرية مجاورة", "في بلدة مجاورة", "في قرية أخرى", "في بلدة أخرى",
)

# What joins a second incident at another place to the first inside one sentence ("... في منطقة الكسوة، في حين أصيب
# شاب ... في مدينة جرمانا"، "بالتزامن مع تفجير استهدف صالة في مدينة X"، "... في طفس، وفي بلدة X أُصيب ..."): with a
# casualty word and a town on each side, two incidents (`two_incidents.py`; a monitor's tally that goes on by
# governorate with "، وفي X" names no town).
SECOND_INCIDENT = (r"(?<=[،,])\s*(?:و?في\s+حين|و?بينما|بالتزامن\s+مع|تزامنا\s+مع|بالإضافة\s+إلى|إضافة\s+إلى"
                   r"|بالوقت\s+الذي|في\s+الوقت\s+الذي|وفي)(?!\w)",)

# A comma before a second casualty verb with "و" ("قُتلت طفلة بقصف على قرية X، وأُصيب راعٍ بغارة على قرية Y"): a
# joiner as SECOND_INCIDENT's, matched on the text as written (the verb stays in the second half).
SECOND_INCIDENT_CASUALTY = (r"[،,]\s*(?=و(?:[أا]ُ?صيب|قُ?تل|استُ?شهد|جُ?رح|لقي|لقيت|قضى|قضت)[\u064b-\u0652]*(?![\u0621-\u064a]))")

# A sentence that opens by crediting a source ("وقال مصدر محلي إن ..."، "وبحسب موقع ..."، "مضيفاً أن ..."، "ونقلت
# الوكالة عن ..."), matched on the text as written: with nothing new of its own it tells the incident before again.
SOURCE_OPENING = (r"^[\s\"“«(-]*(?:من\s+جانب(?:ه|ها|هم)\s*[،,]?\s*)?[وف]?(?:قال|قالت|كشف|كشفت|[أا]فاد|[أا]فادت|ذكر|ذكرت|[أا]كد|[أا]كدت|[أا]وضح|[أا]وضحت|[أا]ضاف|[أا]ضافت"
                  r"|بحسب|حسب|وفق|وفقا|وفقاً|مضيفا|مضيفاً|مضيفة|مشيرا|مشيراً|مشيرة|[أا]شار|[أا]شارت|لفت|لفتت"
                  r"|[أا]علن|[أا]علنت|نقل(?:ت)?\s+(?:\S+\s+){1,8}?عن)(?!\w)")

# The act just told again by its definite noun as the subject (English: "The fighting erupted ..."): Arabic puts the
# verb first ("واندلعت الاشتباكات", "وتجددت الاشتباكات": renewed, another round), so no pattern is kept.
ACT_TOLD_AGAIN_OPENING = r"(?!)"

# Another account of the incident just told ("أوردت صفحات محلية رواية أخرى تفيد بأن ..."): the same incident.
OTHER_ACCOUNT = ("رواية أخرى", "رواية ثانية", "رواية مغايرة", "رواية مختلفة", "رواية مناقضة")

# A group's claim of the incident just told ("وتبنى تنظيم الدولة العملية، قائلاً إن عناصره قتلوا عنصرين"، "أعلنت
# مسؤوليتها عن الهجوم"): the same incident, its toll the claimant's word (matched on folded text).
CLAIMED_INCIDENT = (r"(?<![\u0621-\u064a])[وف]?(?:تبني|تبنت|يتبني|تتبني|اعلن[\u0621-\u064a]*\s+مسووليت[\u0621-\u064a]*\s+عن)"
                    r"\s+(?:\S+\s+){0,4}?ال(?:عمليه|هجوم|تفجير|استهداف|اغتيال|كمين|حادثه)(?![\u0621-\u064a])",)
# (the definite noun: "تبنى التنظيم عملية اغتيال عنصر" tells a claimed attack of its own)

# A sentence that opens by saying when or where the incident just told took place ("ووقع الاستهداف يوم الاثنين في بلدة
# X"، "ونُفّذ الهجوم فجر الأحد"): its day and place are the incident's (matched on the text as written).
INCIDENT_TOLD_WHEN = (r"^[\s\"“«(-]*[وف]?(?:وقع|جرى|جرت|حصل|حدث|ن[\u064b-\u0652]*ف[\u064b-\u0652]*ذ)[\u064b-\u0652]*ت?[\u064b-\u0652]*\s+"
                      r"ال(?:" + "|".join(noun.replace("ة", "[ةه]") for noun in (
                          "هجوم", "استهداف", "انفجار", "تفجير", "حادثة", "حادث", "عملية", "كمين", "اغتيال", "قصف",
                          "غارة", "ضربة", "اشتباك", "اشتباكات", "جريمة", "اعتداء")) + r")(?![\u0621-\u064a])"
                      # (not told by another event, after or before which it came: "ووقع الانفجار بعد ساعات من اجتماع
                      # عُقد يوم الأحد في بلدة X")
                      r"(?![^.]*?(?<![\u0621-\u064a])(?:بعد|قبل|عقب|إثر|اثر)(?![\u0621-\u064a]))")

# The same context or a related one ("وفي سياق متصل"): a claim told after them is the incident's, though they open the
# next incident of a roundup otherwise (matched on folded text).
RELATED_CONTEXT = (r"في\s+(?:(?:ذات|نفس)\s+السياق|السياق\s+(?:نفسه|ذاته)|سياق\s+متصل)",)

# Someone hurt while covering the events just told ("أصيب مصور القناة خلال تغطيته للأحداث في المدينة"): more
# of that incident, even after "meanwhile" (matched on folded text).
COVERING_INCIDENT = (r"(?:اثناء|خلال)\s+(?:قيام[^\s]*\s+ب)?تغطي[^\s]*\s+(?:لل|ال)(?:احداث|اشتباكات|معارك|مواجهات|هجوم|قصف)",)

# A sentence that opens with what followed the incident ("وعقب الهجوم، شنت القوات حملة مداهمات أسفرت عن اعتقال
# ستة أشخاص"): arrests told after it are an incident of their own (matched on the text as written).
# Also after a source ("وأضاف مراسلنا أنه عقب الهجوم، ...") and hours later ("وبعد ساعات من الهجوم").
AFTER_INCIDENT_OPENING = (r"^[\s\"“«(-]*(?:[وف]?(?:قال|قالت|[أا]ضاف|[أا]ضافت|ذكر|ذكرت|[أا]فاد|[أا]فادت)\s+(?:\S+\s+){0,4}?"
                          r"(?:[أا]ن|[إا]ن)(?:ه|ها)?\s+)?[وف]?(?:(?:عقب|إثر|اثر|بعد)\s+(?:ذلك\s+)?" + "ال(?:" + "|".join(
    noun.replace("ة", "[ةه]") for noun in ("هجوم", "استهداف", "انفجار", "تفجير", "حادثة", "حادث", "عملية", "كمين",
                                          "اغتيال", "اشتباكات", "جريمة", "اعتداء")) + r")|(?:بعد|عقب)\s+ساعات)(?!\w)")

# The attackers of the incident told before, as the subject of a later act ("وأضاف أن المهاجمين اعتقلوا عنصراً آخر"):
# more of that incident.
ATTACKERS = (r"(?<![\u0621-\u064a])[وف]?ال(?:مهاجم(?:ين|ون)|مسلح(?:ين|ون)|جناة|خاطف(?:ين|ون))(?![\u0621-\u064a])",)

# What joins a second act of the same sentence to the first ("قُتل شاب برصاص مجهولين، وألقت الشرطة القبض على القاتل"),
# on the text as written.
SECOND_ACT_JOINER = r"[،,]\s*[وف](?!ي(?!\S))|(?<!\S)(?:فيما|بينما|في\s+حين|بالتزامن\s+مع|تزامنا\S?\s+مع)(?!\S)"

# An act told as done during the operation told before, named with the article ("ورصد المرصد اعتقال 3 أشخاص خلال
# الحملة"; not "خلال حملة مداهمات", a new one): more of it. (On folded text: أثناء is written اثناء.)
DURING_OPERATION = (r"(?<![\u0621-\u064a])(?:خلال|اثناء|في\s+اثناء)\s+ال(?:حمل[ةه]|مداهم[ةه]|مداهمات|عملي[ةه]|اشتباكات"
                    r"|هجوم)(?![\u0621-\u064a])",)

# "Earlier" followed by a speech verb ("وفي وقت سابق من اليوم، قال مصدر ..."): it says when the source spoke, not
# that another incident happened (matched from the marker's start, on the text as written).
MARKED_SPEECH = (r"[وف]?في\s+(?:وقت\s+سابق(?:\s+من\s+\S+)?|(?:ذات\s+|نفس\s+)?(?:ال)?سياق(?:\s+\S+)?)[\s،,]*[وف]?"
                 r"(?:قال|قالت|[أا]فاد|[أا]فادت|ذكر|ذكرت|[أا]كد|[أا]كدت|[أا]علن|[أا]علنت)(?!\w)")

# An attack carried out again ("جددت القوات قصفها"، "لتعاود قصفها"، "مجدداً"): another occurrence, not the one before
# told again.
RENEWED = ("جدد*", "تجدد*", "عاود*", "تعاود*", "مجدد*")

# The day of the incident reported before ("في اليوم ذاته", "في يوم الثلاثاء نفسه"): its date, known or not
# from the publication date.
SAME_DAY = ("اليوم ذاته", "اليوم نفسه", "ذات اليوم", "نفس اليوم", "اليوم عينه", "الوقت ذاته", "الوقت نفسه",
            r"يوم\s+[^\s]+\s+(?:ذاته|نفسه)")

# Words ending in a dot that end no sentence (Arabic news writes none).
ABBREVIATIONS: tuple[str, ...] = ()

# Words opening a sentence that recalls an earlier occurrence as precedent ("وسبق أن جُرح 16 مدنياً"،
# "وسبقها محاولة أخرى"): background, never an incident of the report.
PRECEDENT = ("سبق أن", "سبق ان",
             # "(وذلك) بعد أسبوعين من مصرع عنصر ...": the incident weeks or months before this one
             r"(?:بعد|عقب)\s+(?:[^\s]+\s+)?(?:أسبوعين|أسابيع|شهر|شهرين|أشهر|شهور)\s+(?:من|على)")

# An earlier time left vague ("وقبل أيام نفذ مجهولون هجوماً على حواجز عسكرية"): an incident told as context of the
# reported one; with no casualty word of its own it is background (settled rule 5), with one it stays an incident
# (`NEW_INCIDENT`).
VAGUE_EARLIER = ("قبل أيام", "منذ أيام", "قبل أسابيع", "منذ أسابيع", "قبل بضعة أيام", "قبل عدة أيام")
# A sentence that opens on an earlier month or year with no date: in Arabic the date finder reads «العام الماضي» itself.
EARLIER_PERIOD_OPENING = r"(?!)"
# A sentence that opens by saying what the incident came after or within ("ويأتي الانفجار بعد أن هدد ..."، "وجاءت تلك
# الهجمات بعد محاولة ..."، "تأتي هذه الاعتقالات في إطار حملة ..."), on the text as written: what it tells is the cause
# or the context (what it came within, the group `within`, only when it gives no day of its own and no act of its own
# after its comma, `markers.told_as_cause`: "في إطار حملة، إذ اعتقلت ... يوم الأحد" tells another arrest; not "في سياق
# منفصل"; "وسط"، "ضمن" only before a word of a campaign or a state of affairs: they also say where, "وسط مدينة الباب").
COMES_AFTER_OPENING = (r"^[\s\"“«(-]*[وف]?(?:ي[أا]تي|ت[أا]تي|جاء|جاءت)\s+(?:\S+\s+){0,4}?"
                       r"(?:بعد|عقب|إثر|اثر|(?P<within>في\s+(?:إطار|اطار|سياق)(?!\s+(?:مختلف|منفصل|آخر))"
                       r"|ضمن\s+(?:ال)?(?:عملي|حمل|سلسل|جهود|خط[ةه])\S*"
                       r"|وسط\s+(?:ال)?(?:تصاعد|استمرار|حال[ةه]|توتر|انتشار|فلتان|غضب|ازدياد|تزايد|مخاوف)\S*))(?!\w)")
# The word for a town or a village before the one place of what an incident came within ("ضمن حملة مداهمات في بلدة
# X"): the incident's place when nothing else gives one (`markers.places_within`).
WITHIN_PLACE_WORD = r"(?<![\u0621-\u064a])[وفب]?(?:ال)?(?:بلد[ةه]|قري[ةه]|مدين[ةه]|حي|مخيم)(?![\u0621-\u064a])"
# Right before an event word, a word of a campaign or a series that speaks of acts in general ("في إطار حملة مداهمات"،
# "عمليات اعتقال عشوائية"، "سلسلة الاغتيالات") or of an accusation ("في حين يتهمها أهالٍ باعتقال مدنيين"; on the text as
# written): no incident of its own.
GENERIC_ACTS_BEFORE = (r"(?<!\w)(?:ال)?(?:عمليات|حمل[ةه]|حملات|سلسل[ةه]|موج[ةه]|ظاهر[ةه]|تصاعد|انتشار|استمرار)"
                       r"(?:\s+\S+)?\s+$|(?<!\w)[وف]?(?:يتهم|تتهم|اتهم|اتهام|يتّهم|تتّهم)\S*(?:\s+\S+){0,2}\s+$")
# The pluperfect opening a sentence, after a marker and a comma or not ("وكان تفجير وقع ..."، "وفي سياق متصل، كانت قوات
# قد اعتقلت ..."), and a date's day of a past month ("في الرابع من آب الماضي"), on the text as written.
PLUPERFECT_OPENING = r"^[\s\"“«(-]*(?:[^،,.\n]{0,30}[،,]\s*)?[وف]?كان(?:ت|وا)?\s"
PAST_MONTH_DATE = r"(?:الماضي|الفائت|المنصرم)\s*$"

# Words opening an aside ("جدير بالذكر أن ...", "يُشار إلى أن ..."): background unless the aside is a detail
# of the incident (a list of the dead, a new toll).
ASIDE = ("جدير بالذكر", "الجدير بالذكر", "يذكر أن", "يذكر ان", "يشار إلى أن", "يشار الى ان", "تجدر الإشارة",
         "ومن الجدير بالذكر",
         # with a pronoun on "that" ("يُذكر أنه في 19 آب الماضي، قُتل ..."، "يشار إلى أنها ...")
         "يذكر أنه", "يذكر أنها", "يذكر أنهم", "يشار إلى أنه", "يشار إلى أنها", "يشار إلى أنهم")

# The means of a death told as an indefinite noun after ب ("قُتلت امرأة بقصف مدفعي على قرية X"، "بغارة جوية"): an act of
# the sentence's own (`same_incident`); not "بالقصف", a construct ("بقصف الطيران الروسي") nor "القصف المدفعي طال أيضاً
# قرية X", the act told before. Matched at the act word as written, with the word after it.
OWN_ACT_MEANS = r"[وف]?ب(?!ال)[\u0621-\u064a]+\s+(?!ال)"
# A noun of the dead with the article ("ونعت صفحات القتلى الذين سقطوا بقصف ..."): the dead told before; matched at the
# casualty word as written.
DEAD_TOLD_BEFORE = r"[وف]?(?:ب|ل)?ال"

# A casualty word that names no means ("قُتل"، "أصيب"; not "برصاص"): the half of a sentence told with it alone was hit by
# the act of the other half (`two_incidents.told_without_means`). Matched on the text as written.
BARE_CASUALTY = (r"[وف]?(?:ل|ب)?(?:قتل|قُتل|مقتل|قتلى|قتيل|أصيب|أُصيب|اصيب|إصابة|اصابة|إصابات|جرح|جُرح|جرحى|استشهد|استشهاد"
                 r"|توفي|وفاة)[\u0621-\u0652]*")

# A sentence that opens with the dead or the wounded taken somewhere ("ونُقل جثمان العنصر والمصابون إلى مشفى
# ..."، "وأُسعف الجرحى إلى ..."): more of the incident before it, wherever the hospital is (as written).
TAKEN_AWAY_OPENING = (r"^[\s\"“«(-]*[وف]?(?:تم\s+)?(?:نقل|نُقل|نقلت|نُقلت|إسعاف|اسعاف|أسعف|أُسعف|اسعف|وصل|وصلت|وصول)\S*\s+"
                      r"(?:\S+\s+){0,2}?[وفب]?(?:ال)?(?:جثمان|جثامين|جثة|جثث|مصاب|جرحى|جريح|قتلى|ضحايا)")

# A span of time after an act of the victim's past ("عُثر على جثته بعد يومين من خطفه"، "بعد عام من اعتقاله"): matched on
# the text before the act word.
DAYS_AFTER_BEFORE = r"(?<!\w)بعد\s+(?:\S+\s+){1,3}?من\s+$"
