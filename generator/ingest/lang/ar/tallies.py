"""Arabic: statistics and tallies (totals over a period, tolls of many incidents) and incidents spoken of
in general: sentences that make no incident."""

from __future__ import annotations

from .tolls import ONE_PERSON_NOUNS

# Fighting that goes on over days and places: "the toll of the clashes rose to N, namely A civilians,
# B fighters and C members of X" is a monitor's running tally, not the toll of one incident.
ONGOING_FIGHTING = ("الاشتباكات", "المعارك", "المواجهات", "الاقتتال")

# Words that speak of incidents in general, as recurring ("وتكررت حوادث تفجير صالات الأفراح في ريف درعا"):
# a sentence with one and no day of its own is background.
RECURRING = ("تكرر*", "تتكرر*", "يتكرر*", "متكرر*", "تزايد*", "تتزايد*", "يتزايد*",
             # a habit, not an occurrence: "يستهدفان بشكل شبه يومي عدة قرى"، "بصورة يومية"
             "شبه يومي*", "بشكل يومي", "بصورة يومية",
             # a pattern, not an occurrence: "تشهد المنطقة هجمات ممنهجة بالطائرات المسيّرة"
             "ممنهج*",
             # a habit told in the present with its usual result ("تقصف القرى بالمدفعية ما يسفر عن وقوع شهداء"،
             # "وتعتدي على المناطق الآمنة بالقذائف، ما يؤدي إلى مقتل المدنيين"), or as going on without end
             # ("بشكل مستمر"، "بين الحين والآخر")
             "ما يسفر عن", "مما يسفر عن", "ما يؤدي إلى", "مما يؤدي إلى", "ما يؤدي الى", "مما يؤدي الى",
             "بشكل مستمر", "بشكل متواصل", "بين الحين والآخر", "بين الحين والاخر")

# A trend of incidents named before the first event word ("تشهد المحافظة تصاعداً في عمليات الاغتيال"): with no day of
# its own the sentence speaks of incidents in general. After the event word it is the incident's backdrop ("قُتل عنصر
# ..., وسط تصاعد الهجمات"), and the incident stays.
TREND = ("تصاعد*", "ازدياد*", "ارتفاع وتير*", "موج* من")

# The month or year of the date before ("وفي نفس الشهر"، "في العام ذاته"): a period, so with no day of its own
# the sentence is background or a tally, like one dated by a month.
SAME_PERIOD = ("نفس الشهر", "الشهر ذاته", "الشهر نفسه", "ذات الشهر", "نفس العام", "العام ذاته", "العام نفسه",
               "ذات العام", "نفس السنة", "السنة ذاتها", "السنة نفسها")

# Many incidents named as one ("شهدت دمشق وريفها العديد من الانفجارات"): with no day and no toll of its own
# the sentence speaks of incidents in general.
MANY_INCIDENTS = ("العديد من", "الكثير من", "عشرات من", "سلسلة من")

# Sentences that state totals over a period: never an event.
STATISTICS = (
    "منذ مطلع العام", "منذ بداية العام", "منذ مطلع الشهر", "منذ بداية الشهر", "منذ مطلع السنة",
    "منذ بداية السنة", "إحصائي*", "إحصاء*", "وثق*", "حصيلة شهر", "خلال شهر",
    "خلال العام", "منذ مطلع عام", "منذ بداية عام", "أكثر من \\d+ عملية",
    # a span from a start that is no time of the day ("منذ بداية 2024"، "منذ بدء العام"، "منذ سقوط النظام"، "منذ عام 2011")
    r"[وف]?منذ\s+(?:مطلع|بداي[ةه]|بدء|أول|اول)\s+(?:\d{4}|شهر|سن[ةه]|العام|السن[ةه]|الحرب|الثور[ةه]|الأزم[ةه]|الازم[ةه]|النزاع|الصراع)",
    # the dead counted from the start of a campaign of days, the span right after their count ("مقتل أكثر من 300
    # شخص منذ بدء التصعيد"; not a span told after the incident: "وهو ثاني طفل يُقتل منذ بدء التصعيد")
    r"\d+\s+(?:[^\s،,.]+\s+){0,2}?منذ\s+(?:بداي[ةه]|بدء|انطلاق)\s+(?:التصعيد|الحمل[ةه]|المعارك|الأحداث|الاحداث"
    r"|العدوان|الهجم[ةه]|العملي(?:[ةه]|ات)\s+العسكري[ةه])(?![\u0621-\u064a])",
    r"[وف]?منذ\s+سقوط\s+(?:ال)?نظام", r"[وف]?منذ\s+(?:عام\s+)?\d{4}",
    # a whole period ("طيلة عام 2023"، "على مدار العام"، "في النصف الأول من العام"، "في الأشهر الستة الأولى")
    r"[وف]?(?:طيل[ةه]|طوال|على\s+مدار|على\s+مدى)\s+(?:عام|سن[ةه]|شهر|[أا]شهر|سنوات|العام|السن[ةه]|الشهر|الأشهر|الاشهر)",
    r"(?:النصف|الربع|الثلث)\s+(?:الأول|الاول|الثاني|الثالث|الرابع|الأخير|الاخير)\s+من",
    r"(?:الأشهر|الاشهر|الشهور)\s+(?:\S+\s+)?(?:الأولى|الاولى)", "خلال السنة", "خلال السنه",
    # one period's share of a tally ("خلال الأسبوع الماضي وحده"، "في شهر أيار وحده"، "في عام 2023 وحده")
    r"(?:[أا]سبوع|شهر|عام|سن[ةه]|\d{4}|الماضي[ةه]?|الجاري[ةه]?|الحالي[ةه]?|المنصرم[ةه]?|الفائت[ةه]?)\s+(?:\S+\s+)?وحد(?:ه|ها)(?!\w)",
    # a monthly or yearly count ("الحصيلة الشهرية"، "تقريرها السنوي")
    r"(?:حصيل[ةه]|الحصيل[ةه]|تقرير\S*|التقرير|إحصائي[ةه]|الإحصائي[ةه])\s+(?:ال)?(?:شهري|أسبوعي|اسبوعي|سنوي|نصف\s+سنوي)\S*",
    # the count of the dead under torture or in the prisons of a side ("ارتفع عدد الذين قتلوا تحت التعذيب في سجون
    # الفصائل إلى 184"، "حصيلة ضحايا التعذيب"): deaths of many detainees over years (not "عدد من", some of them, nor a
    # count of the detainees held: "عدد الموقوفين في سجون الأمن العام")
    r"(?:عدد(?!\s+(?:\S+\s+)?من)|حصيل[ةه])\s+(?:\S+\s+){0,2}?(?:الذين\s+)?(?:قتلوا|قضوا|توفوا|ماتوا|استشهدوا|(?:ال)?ضحايا"
    r"|(?:ال)?قتلى|(?:ال)?وفيات|(?:ال)?شهداء)\s+(?:\S+\s+){0,3}?(?:تحت\s+(?:وطأ[ةه]\s+)?(?:ال)?تعذيب|(?:ال)?تعذيب"
    r"|في\s+(?:ال)?(?:سجون|معتقلات)(?![\u0621-\u064a]))",
)

# A person's state since a year ("الشاب X المعتقل منذ عام 2020"، "المنشق عن جيش النظام منذ 2012"، "الذي اختطف منذ
# 2013"): the span describes the person, it counts no tally (matched on the text as written, around the span).
PERSON_SINCE = (r"(?<![\u0621-\u064a])(?:[وف]?ال(?:معتقل|منشق|مختفي|نازح|مهجر|مهجّر|مقيم|مختطف|مخطوف|مفقود|موقوف|مطلوب"
                r"|مغيب|مغيّب|محتجز|أسير|اسير|مسجون|لاجئ|ملاحق|متواري)[ةه]?|[وف]?(?:الذي|التي)\s+(?:كان\s+|كانت\s+)?(?:اعتقل|اُعتقل"
                r"|اختطف|اُختطف|خطف|فقد|اختفى|اختفت|غيب|غُيب|انشق|انشقت|نزح|نزحت|هجر|لجأ|لجأت|يقيم|تقيم|يعيش|تعيش))"
                # one person's, singular, a participle or a relative clause ("الذي اختطف منذ 2013"): a verb with many
                # after it ("واختطف العشرات منذ عام 2023") or a plural ("المعتقلين منذ 2011") counts many, a tally
                r"(?![\u0621-\u064a])(?:\s+\S+){0,4}?\s+منذ\s+(?:عام\s+|العام\s+|سن[ةه]\s+)?\d{4}",)

# A tally's opener that needs no comma before it: the result of the incident ("... في بلدة X بريف درعا الغربي لتضاف
# عملية الاغتيال هذه لسلسلة من الاغتيالات منذ مطلع الشهر"، "ليرتفع عدد القتلى ...").
TALLY_TAIL_BARE = r"ل(?:يرتفع|ترتفع|يصل|تصل|يصبح|تصبح|يبلغ|تبلغ|تضاف|يضاف)(?!\S)"   # not «لينضم»: he joined

# Right after a comma (or with none: TALLY_TAIL_BARE), what opens the tally an incident's sentence ends on ("قُتل X في
# طفس، ليرتفع عدد القتلى منذ مطلع الشهر إلى 23"، "... وهو القتيل الثامن عشر خلال الشهر الجاري"، "في حادثة هي الرابعة من
# نوعها منذ بداية الشهر"): with a span of statistics or a period in it, the rest of the sentence is that tally
# (`tallies.tally_tails`).
TALLY_TAIL = (r"[وف]?ب?ذلك\s+(?:يرتفع|ترتفع|يصل|تصل|يصبح|تصبح|يبلغ|تبلغ)", TALLY_TAIL_BARE,
              r"[وف]?(?:هو|هي)\s+(?:ال)?(?:قتيل|ضحي[ةه]|حادث[ةه]|عملي[ةه]|جريم[ةه]|هجوم)",
              r"في\s+(?:حادث[ةه]|عملي[ةه]|جريم[ةه]|هجوم|اعتداء)\s+(?:هي|هو)",
              # "ما يرفع عدد ..."، "في حين بلغت حصيلة ..."، "وتشير الإحصائيات ..."، "ووفقاً لإحصائيات المرصد ..."، "وتجدر
              # الإشارة إلى أن المرصد وثّق ..."، "وتأتي هذه الحادثة ضمن سلسلة ..."
              r"(?:ما|مما)\s+(?:يرفع|رفع)(?!\S)", r"في\s+حين\s+(?:بلغ|وصل|ارتفع)\S*", r"و(?:تشير|يشير)(?!\S)",
              r"[وف]?(?:وفقا|وفقاً|بحسب|حسب)\s+(?:ل)?(?:ال)?(?:إحصائي|احصائي|توثيق|أرقام|ارقام)\S*",
              r"[وف]?تجدر\s+(?:ال)?(?:إشار|اشار)\S*", r"و(?:تأتي|يأتي|تاتي|ياتي)\s+(?:هذه|هذا)(?!\S)",
              # a span that opens the tally ("، ومنذ مطلع 2024 قُتل 92 شخصاً"، "، وخلال أيام العيد قُتل شخصان آخران")
              r"و(?:منذ|خلال)(?!\S)")

# What a documenting verb ("وثّق"، counted with STATISTICS) documents when it is one person's death, wound or arrest
# ("وثّق المكتب مقتل الشاب X برصاص قناص"): one incident, no tally (matched on the text as written, after the verb).
DOCUMENTED_ONE_AFTER = (r"^\S*\s+(?:[^\s،,.]+\s+){0,6}?(?:مقتل|استشهاد|إصابة|اصابة|اعتقال|وفاة|إعدام|اعدام|اغتيال)\s+"
                        r"(?:ال)?(?:شاب|شابة|طفل|طفلة|مواطن|مواطنة|سيدة|امرأة|رجل|مدني|عنصر|فتى|فتاة|مسن|مسنة|معتقل"
                        r"|قيادي|ناشط|ناشطة|صحفي|صحفية|طبيب|طبيبة|ممرض|ممرضة|مزارع|راعي)(?!\w)"
                        # ... or the names of an incident's dead ("ووثّق المرصد أسماء قتلى التفجير في اعزاز، وهم:")
                        r"|^\S*\s+(?:[^\s،,.]+\s+){0,3}?أسماء\s+(?:ال)?(?:قتلى|ضحايا|شهداء|مصابين|جرحى)(?!\w)")

# (An incident's noun after a documenting verb is a trigger word in Arabic: بهجوم، بانفجار، بقصف.)
INCIDENT_NOUN = r"(?!)"

# A superlative before a span of statistics ("الهجوم الأعنف منذ سقوط النظام"، "الأكثر دموية منذ بداية العام"، "الأول من
# نوعه منذ"): the span compares the incident with the others, it is no tally (matched on the text as written).
# "أكثر من 100" is a count: the comparatives count only with the article ("الأكثر دموية").
SUPERLATIVE_BEFORE = (r"(?<!\w)(?:ال(?:أعنف|اعنف|أكثر|اكثر|أكبر|اكبر|أسوأ|اسوأ|أشد|اشد|أعلى|اعلى|أدمى|ادمى)"
                      r"|(?:ال)?(?:أول|اول|أولى|اولى))(?!\w)")

# Right before a date: the verb of a source that spoke that day and its subject ("أفادت الرابطة، اليوم الثلاثاء"،
# "وثق المرصد يوم الإثنين"), matched on the text as written.
SPEECH_DAY_BEFORE = (r"(?<!\w)[وف]?(?:قال|قالت|أفاد|أفادت|افاد|افادت|أعلن|أعلنت|اعلن|اعلنت|ذكر|ذكرت|وثق|وثقت|وثّق|وثّقت"
                     r"|أكد|أكدت|اكد|اكدت|نشر|نشرت)\s+(?:(?:[^\s،,.]+\s*[،,]?\s+){0,3}?(?:في\s+)?"
                     # a longer source set off by commas before the day ("وثّق المرصد السوري لحقوق الإنسان، اليوم، مقتل"),
                     # not what the source said ("قالت مصادر محلية إن مسلحين اغتالوا الشاب، مساء الإثنين")
                     r"|(?:(?!(?:أن|إن|بأن|أنه|إنه)\s)[^\s،,.]+\s+){3,5}?[^\s،,.]+\s*[،,]\s*)$")

# Right after a date: the verb of the source that spoke that day. Arabic news puts the verb first (SPEECH_DAY_BEFORE).
SPEECH_DAY_AFTER = r"(?!)"

# Places in the plural ("غارات استهدفت مدناً وبلدات في محافظة إدلب"، "قرى"، "بلدتي"): what a monitor documents there is
# the toll of several incidents, not of one.
SEVERAL_PLACES = (r"(?<![\u0621-\u064a])[وب]?(?:ال)?(?:مدن|بلدات|قرى|مناطق|أحياء|بلدتي|قريتي|مدينتي)[\u064b\u064dا]*"
                  r"(?![\u0621-\u064a])")

# Between the day a source spoke and a later date: words that open a clause of an earlier happening ("بعد أن اختطفه
# مسلحون يوم السبت"، "وكان قد أفرج عنه يوم الجمعة"، "الذي اعتقل"): that date is not the incident's.
EARLIER_CLAUSE = r"(?<!\w)(?:بعد|منذ|عقب|الذي|التي|الذين)(?!\w)|(?<!\w)[وف]?(?:كان|كانت|كانوا|كانا)\s+قد(?!\w)"

# A span of days, weeks or months ("خلال الأسبوع الماضي قُتل 9 أشخاص") or incidents counted in digits ("41 عملية
# ومحاولة اغتيال"، "24 جريمة قتل"، "52 هجوماً"): in a sentence without a day of its own, a tally of many incidents
# (with one, the incident's: "ثالث هجوم من نوعه خلال الأسبوع الماضي").
TALLY = ("خلال الأسبوع", "خلال الأسابيع", "خلال الأيام", "خلال الأشهر", "خلال الشهور", "خلال السنوات", "خلال الفترة",
         # a count of days ("594 قتيلاً خلال 4 أيام من الاشتباكات"، "خلال أيام الاشتباكات"): several days' dead
         r"[وف]?خلال\s+(?:\d+\s+)?(?:[أا]يام|[أا]سابيع|[أا]شهر|شهور)(?!\w)",
         r"\d+\s+(?:عملي[ةه]|هجوما|هجوم|حادث[ةه]|جريم[ةه]|حال[ةه]|محاول[ةه]|اعتداء|عمليات|هجمات|حوادث|جرائم)(?!\w)",
         # the incidents counted before, named again ("حصيلة القتلى جراء العمليات آنفة الذكر 97"، "الهجمات المذكورة")
         r"(?:العمليات|الهجمات|الحوادث|الاعتداءات|الجرائم|التفجيرات|الاستهدافات)\s+(?:(?:ال)?[آا]نف[ةه]?\s+الذكر"
         r"|(?:ال)?سالف[ةه]?\s+الذكر|المذكور[ةه])(?!\w)")

# A sentence that goes on with the tally before it ("وبالإضافة إلى إصابة 67 آخرين"، "ومقتل 13 مدنياً" with no verb of
# its own, "وأشار المكتب إلى أن ..."): with no day of its own it is more of that tally (matched on the text as written).
TALLY_GOES_ON = (r"^[\s\"“«(–-]*(?:و?(?:بال|ب)?[إا]ضاف[ةه]\s+(?:إلى|الى|ل)|و?علاو[ةه]\s+على"
                 r"|و(?:مقتل|إصابة|اصابة|جرح|سقوط|وفاة)(?!\S)"
                 # its source going on ("وأشار المكتب إلى أن من بين القتلى 20 مقاتلاً"): more of what it counted
                 r"|(?:وأشار|واشار|وأضاف|واضاف|وتابع|وأوضح|واوضح|ولفت|وبين|وبيّن)(?:ت)?\s+(?:\S+\s+){0,2}?"
                 r"(?:(?:إلى|الى)\s+)?(?:أن|ان)(?!\S)"
                 # a place or the counter that "also recorded" its dead or wounded ("كما سجلت اللاذقية سقوط 15 قتيلاً"، "وسجّلت
# الشبكة إصابة 27 شخصاً"): the tally's next line
                 r"|(?:كما\s+|و)(?:سجّ?لت|سجّ?ل|شهدت|شهد)\s+(?:\S+\s+){1,3}?(?:سقوط|مقتل|وفاة|إصابة|اصابة|جرح)\s+\d"
                 # the tally's wounded or dead "also" counted ("منذ مطلع العام 208 أشخاص، كما أصيب 176 آخرون"); not an
                 # incident's, told with its cause or means ("كما قتل 3 عناصر بهجوم على نقطة"، "كما أصيب 3 أطفال جراء
                 # الانفجار ذاته")
                 r"|كما\s+(?:أصيب|اصيب|أُصيب|جرح|جُرح|قتل|قُتل|لقي|سقط|توفي)\S*\s+(?:\S+\s+){0,4}?\d"
                 r"(?![^.؛]*(?:جراء|إثر|اثر|نتيج[ةه]|ذات|نفس|(?<!\S)[وف]?ب(?:ال)?(?:هجوم|قصف|انفجار|تفجير|رصاص|غار|استهداف"
                 r"|قذيف|لغم|عبو[ةه]|اشتباك))))")

# The number the tally before counted ("وبلغ عدد الشهداء المدنيين في المحافظة 145"، "وبلغت الحصيلة 40", "ووصل عدد
# القتلى إلى 619"، "وارتفع عدد الضحايا إلى 80": reached, rose to): more of that tally, unless the sentence names one
# incident again (extract/tallies.py, goes_on_with_tally).
TALLY_NUMBER_GOES_ON = (r"^[\s\"“«(–-]*و?(?:بلغ|وصل|ارتفع)(?:ت)?\s+(?:عدد|حصيل[ةه]|الحصيل[ةه])(?!\S)")

# Strikes counted in times ("قصفت الأراضي السورية 109 مرات"): with a span they are counted over ("منذ بداية الحرب"),
# a tally of many incidents.
TIMES_COUNTED = (r"\d+\s+(?:مرات|مر[ةه])(?!\w)",)

# The incidents a tally counted, named again by a demonstrative ("إن تلك الضربات تسببت بمقتل 287"): right after the
# tally, more of it.
TALLY_REFERENCE = (r"(?:تلك|هذه)\s+(?:الضربات|الغارات|الهجمات|العمليات|الاعتداءات|التفجيرات|الاستهدافات|الاغتيالات"
                   r"|الجرائم|الحوادث)(?!\w)",)

# A span a running toll is counted over ("ارتفع عدد ضحايا الألغام منذ سقوط النظام إلى 150"): with "the toll
# rose to" it makes a tally. Not since a time of the day ("منذ صباح اليوم"): that is one incident's toll.
TALLY_SPAN = (r"منذ\s+(?!صباح|مساء|ليل|فجر|ظهر|عصر|يوم|أمس|الأمس|ساعات|ساع[ةه])[^\s]+", "الشهر الجاري", "العام الجاري",
              "الشهر الحالي", "العام الحالي", "هذا الشهر", "هذا العام")

# A sub-heading inside the body that opens the background ("حوادث متكررة"، "غارات سابقة"، "سياق من العنف"): the
# undated sentences under it tell earlier incidents, until the next sub-heading.
BACKGROUND_HEADING = ("متكرر*", "سابق*", "خلفي*", "سياق", "ليست الأولى", "ليس الأول")

# "At that time" ("وقالت مصادر وقتها إن ..."): a sentence with one and no day of its own tells more of the sentence
# before; after a background sentence it is background too.
THEN = ("وقتها", "حينها", "آنذاك", "وقتذاك", "حينذاك", "في حينه", "في ذلك الوقت", "في ذلك الحين")

# The source of the sentence before going on, with no subject of its own ("وأشار إلى أن انفجاراً آخر ..."، "وأضاف
# أن ..."): after a background sentence, with no day of its own, it tells more of that earlier incident (matched at
# the sentence's start; "وأضاف المصدر أن" names a source, maybe another).
SPEECH_GOES_ON = (r"^[\s\"“«(-]*(?:وأشار|واشار|وأضاف|واضاف|وتابع|وأوضح|واوضح|ولفت)(?:ت)?\s*[،,]?\s*"
                  r"(?:(?:إلى|الى)\s+)?(?:أن|ان|أنه|انه|أنها|انها)(?!\S)")

# What an earlier date is told with ("الأعنف منذ آذار 2017، حين قُتل 31 شخصاً ..."): the rest of the sentence after
# the background date tells that earlier incident (matched right after the date, as written).
WHEN_AFTER_BACKGROUND = r"(?:\s+\d{4})?\s*[،,]?\s*(?:حين|حينما|عندما|يوم)(?!\S)"

# A monitor's daily toll that lists its incidents after one verb ("استشهد 8 مواطنين، وهم 6 بينهم طفل جراء قصف
# على بلدة X، ورجل بقصف على قرية Y"، "استشهد 7 مواطنين، هم: 4 بقصف على X، وطفلان ..."): the opener of the list
# after the subtotal, and what stands between two of its items (each opens with its count or a person noun).
LISTED_TOLL_OPENER = r"[،,:]\s*و?هم\s*:?\s*(?=\d|[\u0621-\u064a])"
LISTED_TOLL_JOINER = r"\s*[،,]\s*و"
LISTED_TOLL_ONE = r"و?(?:" + "|".join(ONE_PERSON_NOUNS) + r")(?![\u0621-\u064a])"

# A sentence that opens with "in X," ("وفي حماة، لقي 43 شخصاً مصرعهم"): after a statistics sentence that opens the
# same way ("وفي محافظة حمص وحدها، قُتل 76 شخصاً"), with no day of its own, the next place of the tally's breakdown.
PLACE_BREAKDOWN = r"^[\s\"“«(–-]*و?في\s+(?:[^\s،,.]+\s+){0,3}?[^\s،,.]+\s*[،,]"
