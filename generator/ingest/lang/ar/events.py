"""Arabic: event triggers, victims and perpetrators, and the shapes of a clause (tolls: `tolls.py`)."""

from __future__ import annotations

from .. import common as C
from ..common import ACTION, BATTLES, EXPLOSIONS, INJURE, KILL, SHOOT, STRATEGIC, VAC, WEAPON
from .numbers import TIME_NOUN

# The number words that count a plural noun (three to ten), as the matching text spells them (ة → ه, أ → ا).
_THREE_TO_TEN = ("ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره")

# Trigger entries written as regexes, named so that TRIGGER_STEMS can give the word each match contains.
_AIR_FORCE_OF = (r"[وف]?(?:ب|ل|لل)?(?:ال)?طيران\s+(?:ال)?(?:روسي|سوري|تركي|إسرائيلي|اسرائيلي|أمريكي|امريكي|النظام"
                 r"|الاحتلال|التحالف)[^\s]*")
_WARPLANES_OF = r"[وف]?(?:ب|ل)?(?:ال)?طائرات\s+(?:ال)?[^\s]+\s+الحربي[^\s]*"
# the planes of a state ("قصفت الطائرات الروسية أطراف مدينة إدلب"): an air strike
_PLANES_OF = (r"[وف]?(?:ب|ل)?(?:ال)?طائرات\s+(?:ال)?(?:روسي|سوري|تركي|إسرائيلي|اسرائيلي|أمريكي|امريكي|التحالف|النظام)"
              r"[^\s]*")
# the passive of arresting ("قُبض على الشاب X"، "قبل أن يُقبض عليه"; not "قبض المال"), besides "القبض على"
_ARRESTED = r"(?<!\S)[وف]?(?:قبض|يقبض|تقبض)\s+(?:على|عليه|عليها|عليهما|عليهم)(?!\S)"
# engineers who "dealt with" a bomb ("تعاملت وحدات الهندسة في الجيش مع عبوتين ناسفتين وفجرتهما"): made safe (the verb
# only: the noun is also "how to deal with mines" of an awareness session)
_DEALT_WITH_BOMB = (r"(?<!\S)[وف]?تعامل(?:ت|وا)?"
                    r"(?=\s+(?:[^\s]+\s+){,8}?مع\s+[وف]?(?:ال)?(?:عبو|لغم|ألغام|مفخخ|قنبل|سيار\S*\s+مفخخ))")
# a liquidation ("قامت بتصفية 15 شخصاً"): a killing; not the settling of scores (تصفية حسابات), a motive
_LIQUIDATION = r"[وف]?(?:ب|ل)?تصفي[ةه](?!\s+(?:ال)?حساب)"
# Of wounds or of torture, within a few words after a death word ("توفي شاب متأثراً بجراحه"، "وفاة X متأثراً بإصابته"،
# "توفي X متأثراً بالتعذيب الذي تعرض له"): not of an illness, grief or the heat ("متأثراً بمرض عضال"، "متأثرة بحزنها"،
# "متأثراً بإصابته بفيروس كورونا").
_OF_WOUNDS = (r"(?=(?:\s+[^\s]+){,6}?\s+متأثر\S*\s+(?:ب|ل)?(?:ال)?(?:جراح|جروح|إصاب|اصاب|تعذيب)\S*(?!\S)"
              r"(?!\s+ب?(?:ال)?(?:فيروس|مرض|كورونا)))")
_DIED = r"[وف]?توف(?:ي|يت|يا|وا|يتا)"
_DEATH = r"[وف]?(?:ب|ل)?وفا(?:ة|ت[\u0621-\u064a]*)"
_PARTED_LIFE = r"[وف]?فارق(?:ت|ا|وا)?\s+[^\s]+\s+(?:ال|لل)حياة"
_FELL_VICTIM = r"[وف]?راح(?:ت)?\s+ضحي[ةه]"
_THEN_PARTED_LIFE = r"(?:[وف]?ل|(?<=قبل\sأن\s))(?:ي|ت)فارق(?:ا|ان|وا)?\s+(?:ال|لل)حياة"
# ... or of a violent cause told after it ("توفيت طفلة إثر سقوط قذيفة على منزلها"، "توفي رجل جراء انفجار لغم"): not of an
# illness ("إثر نوبة قلبية")
_OF_VIOLENCE = (r"(?=(?:\s+[^\s]+){,8}?\s+(?:[وف]?(?:إثر|اثر|جراء|جرّاء|نتيجة|بسبب)\s+(?:[^\s]+\s+){0,2}?(?:سقوط\s+(?:قذيف|صاروخ|قنبل)|انفجار|قصف"
                r"|رصاص|إطلاق|اطلاق|استهداف|غار|قذيف|لغم|عبو|هجوم|اعتداء|طلق|تعذيب)|ب(?:انفجار|قصف|رصاص|طلق|قذيف|لغم|عبو)))")
# ... or died under torture or in detention ("توفي الشاب X تحت التعذيب"، "استشهد تحت وطأة التعذيب"، "أبلغت عائلته بوفاته
# أثناء الاعتقال في سجن صيدنايا"): a killing in custody; not a death in prison told alone ("توفي في السجن" may be of
# illness)
_IN_CUSTODY = (r"(?=(?:\s+[^\s]+){,8}?\s+(?:تحت\s+(?:وطأ[ةه]\s+)?(?:ال)?تعذيب|(?:أثناء|اثناء|خلال|في)\s+(?:فترة\s+)?"
               r"(?:ال)?(?:اعتقال|احتجاز)\S*(?!\S)))")
# the dead between the verb, or its noun, and "his life" ("فقد طفلان حياتهما"، "أدى إلى فقدان 3 أشخاص حياتهم"); after
# the noun, the dead may be named with where they came from before "لحياته" ("تسبب لغم بفقدان الطفل X من بلدة Y لحياته")
_LOST_LIFE = (r"[وف]?(?:ب|ل)?فقد(?:ت|ا|تا|وا|ان)?(?=(?:\s+[^\s]+){1,3}(?:\s*\(\s*\d+\s*(?:عام|سن)\S*\s*\))?"
              r"\s+حيات)"
              r"|[وف]?(?:ب|ل)?فقدان(?=(?:\s+[^\s،,.:؛]+){1,12}\s+لحيات)")
# أوقف of people: "أوقفت خلالها 4 أشخاص"، "أوقفت الدورية مطلوبين" (not "أوقف إطلاق النار", a ceasefire, nor "3 سيارات"
# stopped, nor "أوقف عنصر من الشرطة الشاب X", where the word after the verb is its subject)
_PEOPLE_STOPPED = r"(?:أشخاص|شخص|شخصين|شبان|شاب\S*|مطلوب\S*|المدعو|مشتب\S*|متهم\S*|عناصر|مواطن\S*)"
_STOPPED_PEOPLE = (r"[وف]?أوقف(?:ت|وا)?(?:ها|هم)?(?=\s+(?:خلال\S*\s+|ال\S+\s+)?(?:(?:\d+|[٠-٩]+|عدد[اً]*(?:\s+من)?)\s+)?"
                   + _PEOPLE_STOPPED + r"(?!\S))")

TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    ("عبو* ناسف*", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    # not "عبو*": the family names عبود and العبود are no explosive device
    ("عبوة", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("عبوات", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("عبوتين", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("عبوتان", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
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
    (r"RPG", WEAPON, BATTLES, "armed_clash"),   # written in Latin letters («بقذائف RPG»)
    ("رمان* يدوي*", WEAPON, EXPLOSIONS, "grenade"),
    ("غار*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("مسير*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("طائر* مسير*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    # a "suicide" drone (مسيّرة انتحارية) is a drone strike, not a suicide bombing
    ("مسير* انتحاري*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("طائر* مسير* انتحاري*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("طائرات حربي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("طائر* حربي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    # the air force that struck ("قصف الطيران الحربي"، "عاود الطيران الروسي قصفه"، "طائرات النظام الحربية"، "سلاح الجو
    # الروسي"): an air strike, not shelling
    ("طيران* حربي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    (_AIR_FORCE_OF, WEAPON, EXPLOSIONS, "air_drone_strike"),
    (_WARPLANES_OF, WEAPON, EXPLOSIONS, "air_drone_strike"),
    (_PLANES_OF, WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("سلاح الجو", WEAPON, EXPLOSIONS, "air_drone_strike"),
    # helicopters shelling ("قصفت مروحيات الاحتلال سيارة"، "في قصف طائرات مروحية") and the barrel bombs they drop: an air
    # strike, not shelling; not a helicopter that lands, drops leaflets or aid, crashes, is hit or carries the wounded,
    # nor a barrel planted, home-made, left over or found unexploded
    ("قصف* مروحي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("قصف* طائر* مروحي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    (r"[وف]?(?:ب|ال|بال)?(?:براميل|برميل)\s+(?:ال)?متفجر\S*"
     r"(?!\s+(?:\S+\s+)?(?:(?:ال)?(?:مزروع|محلي)|لم\s+ينفجر|غير\s+منفجر|من\s+(?:ال)?مخلفات))",
     WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("قصف جوي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("ضرب* جوي*", WEAPON, EXPLOSIONS, "air_drone_strike"),
    ("قصف*", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("قذائف", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("قذيف*", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("صاروخ*", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("صواريخ", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("مدفعي*", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    ("المدافع", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),   # "بالمدافع الثقيلة": cannon
    ("هاون", WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    # an explosion or a bombing whose means no weapon word names: ACLED's remote explosive
    ("انفجار*", ACTION, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("انفجر*", ACTION, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("تفجير*", ACTION, EXPLOSIONS, "remote_explosive_landmine_ied"),
    ("اشتباك*", ACTION, BATTLES, "armed_clash"),
    ("اشتبك*", ACTION, BATTLES, "armed_clash"),
    ("معارك", ACTION, BATTLES, "armed_clash"),
    ("مواجهات", ACTION, BATTLES, "armed_clash"),
    ("كمين*", ACTION, BATTLES, "armed_clash"),
    ("هجوم* مسلح*", ACTION, BATTLES, "armed_clash"),
    ("هاجم*", ACTION, BATTLES, "armed_clash"),
    ("استهدف*", ACTION, VAC, "attack"),
    ("أطلق* ~ النار", SHOOT, VAC, "attack"),
    ("إطلاق النار", SHOOT, VAC, "attack"),
    ("إطلاق نار", SHOOT, VAC, "attack"),
    ("أطلق* ~ الرصاص", SHOOT, VAC, "attack"),
    ("إطلاق الرصاص", SHOOT, VAC, "attack"),
    ("طلق* ناري*", SHOOT, VAC, "attack"),   # "تعرض رجل وزوجته لطلق ناري": a shot, the means whatever it caused
    ("إعدام*", ACTION, VAC, "attack"),
    ("أعدم*", ACTION, VAC, "attack"),
    ("اغتيال*", ACTION, VAC, "attack"),
    ("اغتال*", ACTION, VAC, "attack"),
    ("يغتال*", ACTION, VAC, "attack"),
    ("اغتيل*", KILL, VAC, "attack"),     # the passive: its subject is the dead ("اغتيل عنصر سابق يدعى X")
    # a stabbing ("طعن مجهولون شاباً"، "قتله طعناً") and a throat cut ("ذبح مسلحون راعياً"): a killing's means
    ("طعن*", ACTION, VAC, "attack"),
    ("ذبح*", ACTION, VAC, "attack"),
    # strangled ("مقتولة خنقاً"، "خنقها"); not the word's figure ("خنقت أزمة المحروقات المدينة"، "خنق الأهالي بالحصار")
    ("خنقا", ACTION, VAC, "attack"),
    ("خنقه", ACTION, VAC, "attack"),
    ("خنقها", ACTION, VAC, "attack"),
    ("خنقهم", ACTION, VAC, "attack"),
    ("مخنوق*", ACTION, VAC, "attack"),
    (_LIQUIDATION, ACTION, VAC, "attack"),   # a liquidation: a killing
    ("اختطاف*", ACTION, VAC, "abduction_forced_disappearance"),
    ("اختطف*", ACTION, VAC, "abduction_forced_disappearance"),
    ("خطف*", ACTION, VAC, "abduction_forced_disappearance"),
    # hostages held ("احتجز مسلحون المحافظ رهينة"، "احتجاز رهائن"; in a release, the taking it ends, as the corpus codes
    # an abduction told with its release): not a swap of prisoners and hostages, nor a town "held hostage" to
    # lawlessness (رهينة للفلتان، أخذ الفلتان الأهالي رهائن)
    ("احتجز* ~ رهين*", ACTION, VAC, "abduction_forced_disappearance"),
    ("احتجز* ~ رهائن", ACTION, VAC, "abduction_forced_disappearance"),
    ("احتجاز ~ رهين*", ACTION, VAC, "abduction_forced_disappearance"),
    ("احتجاز ~ رهائن", ACTION, VAC, "abduction_forced_disappearance"),
    # led away by gunmen ("اقتاد مسلحون مجهولون الشاب X إلى جهة مجهولة"); not by a patrol ("واقتادت الدورية
    # المعتقلين"), which is more of an arrest
    ("اقتاد* مسلح*", ACTION, VAC, "abduction_forced_disappearance"),
    ("اقتاد* مجهول*", ACTION, VAC, "abduction_forced_disappearance"),
    ("اقتاد* ملثم*", ACTION, VAC, "abduction_forced_disappearance"),
    ("اقتاد* عصاب*", ACTION, VAC, "abduction_forced_disappearance"),
    ("اقتاد* تحت تهديد*", ACTION, VAC, "abduction_forced_disappearance"),   # "واقتادوه تحت تهديد السلاح": at gunpoint
    ("استعاد* السيطرة", ACTION, BATTLES, "government_regains_territory"),
    ("استعاد*", ACTION, BATTLES, "government_regains_territory"),
    ("أعاد* السيطرة", ACTION, BATTLES, "government_regains_territory"),
    ("اعتقال*", ACTION, STRATEGIC, "arrests"),
    ("اعتقل*", ACTION, STRATEGIC, "arrests"),
    ("يعتقل*", ACTION, STRATEGIC, "arrests"),
    ("تعتقل*", ACTION, STRATEGIC, "arrests"),
    ("دهم واعتقال", ACTION, STRATEGIC, "arrests"),
    # "ألقت الدورية القبض على X"، "تم القبض عليه": the everyday words for an arrest besides اعتقل (not القبضة,
    # a grip); "توقيف" a detention
    ("القبض على", ACTION, STRATEGIC, "arrests"),
    ("القبض علي*", ACTION, STRATEGIC, "arrests"),
    (_ARRESTED, ACTION, STRATEGIC, "arrests"),
    ("توقيف*", ACTION, STRATEGIC, "arrests"),
    (_STOPPED_PEOPLE, ACTION, STRATEGIC, "arrests"),
    # a bomb or mine made safe ("فككت فرق الهندسة عبوة ناسفة"، "إبطال مفعول لغم"): not a cell dismantled (تفكيك خلية)
    (r"(?:[وف]?(?:ب|ل)?تفكيك|[وف]?فكك\w*|[وف]?(?:ب|ل)?إبطال\s+مفعول|[وف]?أبطل\w*\s+مفعول)"
     r"(?=\s+(?:[^\s]+\s+){,2}?[وف]?(?:ال)?(?:عبو|لغم|ألغام|مفخخ|قنبل|سيار[^\s]*\s+مفخخ))", ACTION, STRATEGIC,
     C.DISRUPTED),
    (_DEALT_WITH_BOMB, ACTION, STRATEGIC, C.DISRUPTED),
    # an aircraft or drone brought down ("أسقطت الدفاعات الجوية طائرة مسيرة"، "إسقاط مسيرة"): a weapon stopped
    (r"(?:[وف]?(?:أسقط|اسقط)[^\s]*|[وف]?(?:ب|ل)?(?:إسقاط|اسقاط))(?=\s+(?:[^\s]+\s+){,5}?[وف]?(?:ال)?(?:طائر|طيار|مسير|درون))",
     ACTION, STRATEGIC, C.DISRUPTED),
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
    ("مقتلهم", KILL, VAC, "attack"),     # "ما أدى إلى مقتلهم": the people named or counted before
    ("مقتلهن", KILL, VAC, "attack"),
    ("قتيل*", KILL, VAC, "attack"),
    ("مقتول*", KILL, VAC, "attack"),    # found killed ("عُثر على سيدة مقتولة خنقاً"، "وُجد مقتولاً")
    ("قتل*", KILL, VAC, "attack"),
    ("يقتل*", KILL, VAC, "attack"),
    ("لقي* حتف*", KILL, VAC, "attack"),
    ("لقي* مصرع*", KILL, VAC, "attack"),
    # the dead counted between verb and object, however many words name them ("لقي 18 من قوات النظام والمسلحين
    # الموالين له مصرعهم"): the verb, so that the count right after it is its own
    (r"[وف]?لقي(?:ت|ا|تا|وا)?(?=\s+\d|\s+[^\s]+\s+من\s)(?=(?:\s+[^\s]+){2,10}?\s+(?:مصرع|حتف))", KILL, VAC, "attack"),
    # the dead named or counted between verb and object: "لقي 6 مدنيين مصرعهم", "لقي شاب حتفه"
    ("مصرع*", KILL, VAC, "attack"),
    ("حتف*", KILL, VAC, "attack"),
    ("فقد* حيات*", KILL, VAC, "attack"),
    ("أود* ~ بحيا*", KILL, VAC, "attack"),        # "أودى (الانفجار) بحياة شابين", "أودت بحياته"
    ("فارق* الحياة", KILL, VAC, "attack"),
    # the imperfect after لـ or "before": the one taken to hospital then died ("نُقل إلى المشفى ليفارق الحياة"،
    # "قبل أن تفارق الحياة"; not after another word: "كاد أن يفارق الحياة", he nearly died, "يخشى أن", it is feared)
    (_THEN_PARTED_LIFE, KILL, VAC, "attack"),
    # arrived dead ("وصل إلى المشفى مفارقاً الحياة"، "مفارقين للحياة"): the participle, not the noun of "life's ironies"
    # (من مفارقات الحياة)
    (r"[وف]?مفارق(?:ا|ين|ان|ة|تين)?\s+(?:ال|لل)حياة", KILL, VAC, "attack"),
    # fell victim to it ("ارتكبوا مجزرة راح ضحيتها 8 مدنيين"، "هجوم ذهب ضحيته شابان"): the dead counted after it
    ("راح* ضحيت*", KILL, VAC, "attack"),
    ("ذهب* ضحيت*", KILL, VAC, "attack"),
    # the dead between the verb, or its noun, and "his life" ("فقد طفلان حياتهما"، "وفقدت طفلة حياتها"، "أدى إلى
    # فقدان 3 أشخاص حياتهم")
    (_LOST_LIFE, KILL, VAC, "attack"),
    # died of wounds ("توفي شاب متأثراً بجراحه") or at once ("إصابته ووفاته على الفور"), a death an attack caused
    # ("ما تسبب بوفاة 4 أطفال"، "أدى إلى وفاة"): not a death alone ("وفاة والده" may be of old age)
    (r"[وف]?توف(?:ي|يت|يا|وا|يتا)" + _OF_WOUNDS, KILL, VAC, "attack"),
    (r"[وف]?(?:ب|ل)?وفا(?:ة|ت[\u0621-\u064a]*)" + _OF_WOUNDS, KILL, VAC, "attack"),   # "أعلنت مصادر وفاة X متأثراً بجراحه"
    (_DIED + _IN_CUSTODY, KILL, VAC, "attack"),
    (_DIED + _OF_VIOLENCE, KILL, VAC, "attack"),
    # the dead between the verb and "life" ("فارق شاب الحياة"), fallen dead ("سقط قتيلان"), fell victim with no pronoun
    # ("راح ضحية القصف طفلان")
    (_PARTED_LIFE, KILL, VAC, "attack"),
    (_FELL_VICTIM, KILL, VAC, "attack"),
    (_DEATH + _IN_CUSTODY, KILL, VAC, "attack"),
    (r"[وف]?وفات(?:ه|ها|هما|هم)(?=\s+على\s+الفور)", KILL, VAC, "attack"),
    (r"[وف]?(?:ما\s+)?(?:تسبب[^\s]*\s+ب?|(?:أد|أفض)(?:ى|ت)\s+(?:إلى|الى)\s+|أسفر[^\s]*\s+عن\s+)وفا(?:ة|ت\w*)", KILL, VAC,
     "attack"),   # ("اعتداء بالضرب أفضى إلى وفاته": led to his death)
    # "قضى 4 مدنيين"، "قضى إثر الانفجار شخصان"، "قضوا جراء القصف": died, when a count, a victim or a cause
    # follows within a few words ("قضى سنوات في السجن", "قضت المحكمة" are no deaths)
    (r"قض(?:ى|وا|يا)(?=(?:\s+[^\s]+){,4}?\s+(?:\d|مدني|شخص|أشخاص|طفل|أطفال|عنصر|عناصر|جراء|إثر|اثر|نتيجة"
     r"|على الفور|بانفجار|بقصف|برصاص"
     # a count in words, not of years, months or days ("قضى أربعة من جامعي الكمأة", not "قضى سبع سنوات في السجن")
     r"|(?:اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر)[\u0621-\u064a]*(?![\u0621-\u064a])(?!\s+" + TIME_NOUN + r"))"
     # ... or burned or strangled to death, the victim named between ("قضى المواطن X Y Z (45 عاماً) حرقاً")
     r"|(?:\s+[^\s]+){,8}?\s+(?:حرقا|خنقا)"
     # ... or under torture, no span of time before it ("قضى الشاب X تحت التعذيب", not "قضى X ثلاث سنوات تحت التعذيب")
     r"|(?:\s+(?![^\s]*(?:عام|سنو|سن[ةه]|سنين|شهر|شهور|يوم|أيام|ايام|أسبوع|اسبوع|أسابيع|ساع))[^\s]+){,6}?\s+تحت\s+"
     r"(?:ال)?تعذيب)", KILL, VAC, "attack"),
    # "أدى إلى ارتقاء 14 شهيداً"، "ارتقى ثلاثة مدنيين"، "الذين ارتقوا نتيجة القصف": died as martyrs, when a count,
    # a victim or a cause follows within a few words ("الارتقاء بالخدمات" is no death)
    (r"[وف]?ارتق(?:اء|ى|وا|يا|ت)(?=(?:\s+[^\s]+){,4}?\s+(?:\d|شهيد|شهداء|مدني|شخص|أشخاص|طفل|أطفال|عنصر|عناصر|جراء|إثر|اثر"
     r"|نتيجة|بانفجار|بقصف|برصاص|اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر))", KILL, VAC, "attack"),
    ("استشهاد", KILL, VAC, "attack"),
    ("استشهد*", KILL, VAC, "attack"),
    ("جث*", KILL, VAC, "attack"),
    ("برصاص", KILL, VAC, "attack"),
    # the dead and the wounded named as nouns ("سقوط 4 شهداء و20 مصاباً"، "سقوط أربعة شهداء"); not the honorific
    # الشهيد before a name or in a place's name (ساحة الشهداء), so the martyrs only after a count or in the dual
    (r"(?<=\d\s)شهداء|(?<=\d\s)شهيدا|" + "|".join(rf"(?<=(?<![\u0621-\u064a]){word}\s)شهداء" for word in _THREE_TO_TEN),
     KILL, VAC, "attack"),
    # the toll of the martyrs ("ارتفعت حصيلة شهداء الهجوم ... إلى 25"): the dead, counted after "rose to"
    (r"[وف]?(?:ب|ل)?(?:حصيلة|عدد)\s+(?:ال)?شهداء", KILL, VAC, "attack"),
    ("شهيدين", KILL, VAC, "attack"),
    ("شهيدان", KILL, VAC, "attack"),
    ("مصابين", INJURE, VAC, "attack"),
    ("مصابون", INJURE, VAC, "attack"),
    ("مصابا", INJURE, VAC, "attack"),
    ("مصابان", INJURE, VAC, "attack"),
    ("إصاب*", INJURE, VAC, "attack"),
    ("أصيب*", INJURE, VAC, "attack"),
    ("جرح*", INJURE, VAC, "attack"),
    ("جريح*", INJURE, VAC, "attack"),
)

# The word every match of a regex trigger contains (as written): the trigger is run only on an article that has
# it, as a word entry is run only where its first word's stem is (extract/stems.py).
TRIGGER_STEMS: dict[str, str] = {_AIR_FORCE_OF: "طيران", _WARPLANES_OF: "طائرات", _PLANES_OF: "طائرات", _LIQUIDATION: "تصفي",
                                 _LOST_LIFE: "فقد", _STOPPED_PEOPLE: "أوقف",
                                 _DIED + _IN_CUSTODY: "توف", _DEATH + _IN_CUSTODY: "وفا", _DIED + _OF_VIOLENCE: "توف",
                                 _PARTED_LIFE: "فارق", _FELL_VICTIM: "راح",
                                 _THEN_PARTED_LIFE: "فارق", _ARRESTED: "قبض", _DEALT_WITH_BOMB: "تعامل"}

# An attack with arms by one side ("قتل شخصان في هجوم مسلح استهدف مقهى"، "هاجم مسلحون منزل العائلة"), not a fight
# between two: an attack on people, unless fighters or a military target were hit (`event_type.attacks_people`).
# Its adjective مسلح ("armed") is no fighter hit.
ARMED_ATTACK = ("هجوم* مسلح*", "هاجم*")

FORCE = ("أطلق* النار", "إطلاق النار", "إطلاق نار", "بنيران", "الرصاص الحي")

# Explosive remnants of war: nobody aimed them at the people they hit (no civilian targeting).
LEFTOVER = ("مخلفات الحرب", "من مخلفات", "مخلفات حربي*", "المخلفات الحربي*", "غير منفجر*")
# A landmine, whoever laid it: coding rule 2 of tests/realnews/README.md counts it, like a remnant, as aimed at nobody.
LANDMINE = ("لغم*", "ألغام", "الألغام")

# A death under torture, the death word right before it ("قُتلا تحت التعذيب في معتقلات النظام"، "اعتقال الشابين
# وقتلهم تحت التعذيب"): the detainee's death is the incident (violence against a civilian), not the arrest told with
# it; not a death feared or threatened ("مخاوف من قتله تحت التعذيب"، `UNREAL_BEFORE`), nor the nouns of death in
# general ("حالات الموت تحت التعذيب"، "نجا من الموت تحت التعذيب"، "بعد مقتل والده تحت التعذيب"), but for "وفاة" and
# a noun of the one who died. The torture may be told as its weight or as what was done to him ("استشهد تحت وطأة
# التعذيب"، "لقي حتفه جراء تعرضه للتعذيب"، "فارق الحياة تحت التعذيب"، "توفي متأثراً بالتعذيب").
UNDER_TORTURE = (r"[وف]?(?:ب|ل)?(?:قتل|قُتل|توفي|مات|ماتوا|قضى|قضوا|قضيا|استشهد|لقي|لقوا|لقيا|فارق"
                 # the noun of death of a person it names ("وفاة شاب من أبناء درعا تحت التعذيب")
                 r"|وفا[ةه]\s+(?:ال)?(?:شاب|شابة|معتقل|معتقلة|مواطن|مواطنة|رجل|سيدة|امرأة|طفل|مدني|ناشط))\S*"
                 r"\s+(?:\S+\s+){0,6}?(?:(?:تحت|جراء|نتيجة|بسبب|إثر|اثر)\s+(?:وطأ[ةه]\s+)?(?:تعرض\S*\s+)?(?:ل|لل|ال)?تعذيب"
                 # not torture someone is accused of ("أثناء اعتقال سجان متهم بالتعذيب")
                 r"|(?:متأثر\S*\s+)?(?<!متهم\s)(?<!متهمين\s)(?<!متورط\s)(?<!المتهم\s)بالتعذيب)",)

# Words that make a clause a claim, denial or plan rather than an occurrence.
DENIAL = ("نفى", "نفت", "نفاه", "ينفي", "تنفي", "نفي", "ادعاء", "إعلان مقتل", "شائعات", "مزاعم")

# Cues that list the dead ("among the dead were ...").
AMONG_DEAD = ("من بين القتلى", "بين القتلى", "من القتلى", "ومن بين القتلى", "من بين الضحايا",
              # the dead counted before, with their number ("ومن بين الأربعة المقتولين X"، "بين الضحايا الثلاثة")
              r"[وف]?(?:من\s+)?بين\s+ال\S+\s+(?:ال)?(?:مقتولين|قتلى|ضحايا|شهداء)(?!\S)",
              r"[وف]?(?:من\s+)?بين\s+(?:ال)?(?:مقتولين|قتلى|ضحايا|شهداء)\s+ال\S+")

# Cues that list the hurt ("ومن بين المصابين X").
AMONG_HURT = ("من بين المصابين", "بين المصابين", "من بين الجرحى", "بين الجرحى", "من المصابين", "من الجرحى")

# The nouns of an incident. With the article they name an incident already reported, in two rules: before a
# sentence's casualty word (INCIDENT_AGAIN: "الاستهداف أدى لمقتل ..."، "وأسفر الهجوم عن ...") the sentence is
# about the incident before it, whatever other place it names (a hospital's town, a road); and a sentence that
# names victims "of" it (INCIDENT_REFERENCE in people.py: "قُتلا بالكمين الذي ...") continues that incident.
INCIDENT_NOUNS = ("هجوم", "استهداف", "كمين", "انفجار", "تفجير", "حادثة", "حادث", "قصف", "اشتباكات", "اشتباك",
                  "عملية", "غارة", "اعتداء", "جريمة", "اغتيال")

INCIDENT_AGAIN = tuple("ال" + noun for noun in INCIDENT_NOUNS)

# The same nouns with the article, as a pattern on the text as written (ة or ه at the end).
INCIDENT_NOUN_PATTERN = "ال(?:" + "|".join(noun.replace("ة", "[ةه]") for noun in INCIDENT_NOUNS) + ")"

DETAIL = AMONG_DEAD + ("من بين المصابين", "بين الجرحى", "حصيلة", "ارتفعت حصيلة", "وأوضح*", "وأضاف*")

# The detail cues that only say someone went on speaking: such a sentence may report another incident of a
# roundup ("وأضاف أن بلدة X تعرضت للقصف أيضاً، ما أدى إلى مقتل 7").
DETAIL_SPEECH = ("وأوضح*", "وأضاف*")

# A means of harm read as a killing word ("قُتل برصاص"، "شاب برصاص مجهولين") that follows a wounding word, with only
# the wound between ("أصيب ثلاثة شبان بجروح برصاص مجهولين"): the wound's means, no one killed. The means word, and
# what may stand between the wounding word and it.
WOUND_MEANS = r"[وف]?(?:برصاص|بنيران)"
WOUND_MEANS_BETWEEN = r"^(?:\s+[^\s،,.]+){0,3}?\s+(?:ب?جروح|بإصابات|بإصابة)?(?:\s+[^\s،,.]+)?\s*$"

# A nationality adjective names an actor after a force, weapon or person (folded word: ضابط روسي).
ACTOR_NOUN_BEFORE_ADJECTIVE = (r"^[وف]?(?:لل|[بلك]?(?:ال)?)(?:طا[ئي]ر|طيران|مسير|ضابط|قوات|قوه|جنود|جندي|دوري|عسكري|مقاتل|غار"
                               r"|صاروخ|قصف|مستشار|خبير|عناصر|عنصر|مدفعي|حربي|احتلال)")  # matched on folded words (ئ → ي)

# An organization after these (and after the casualty word) is the side of the dead: "مقتل ثلاثة عناصر من الأمن العسكري".
VICTIM_SIDE_BEFORE = r"(?:عناصر|عنصر\w*|مقاتل\w*|جنود|ضباط|من)\s*(?:من\s+)?(?:صفوف\s+)?\S{0,3}$"

# Aircraft seen flying, not striking ("رصدت تحليق أربع طائرات مسيّرة فوق المنطقة"، "حلّق الطيران الحربي في أجواء
# المدينة"): matched on the text before the aircraft word, as written.
AIRCRAFT_FLIGHT = r"(?<!\w)[وف]?(?:ب|ل)?(?:تحليق|حلق|حلّق|حلقت|حلّقت|يحلق|تحلق)\s+(?:\S+\s+){0,3}$"
AIRCRAFT_FLYING = r"\s+(?:\S+\s+){0,2}?(?:تحلق|تحلّق|حلقت|حلّقت|يحلق|يحلّق)(?!\w)"

# An arrest sought, not made ("بدأت الجهات الأمنية عمليات ملاحقة لتعقب المهاجمين والقبض عليهم"، "وسط مطالبات بالقبض
# على القاتل"، "تعمل على ملاحقة السيارة لإلقاء القبض عليهم"): matched on the text before the arrest word, as written.
ARREST_SOUGHT = (r"(?:(?<!\w)[وف]?ل(?:إلقاء|القاء|الاعتقال|اعتقال)\s+"
                 r"|(?<!\w)[وف]?(?:ب|ل)?(?:ملاحق\w*|تعقب|مطالب\w*|يطالب\w*|تطالب\w*|طالب\w*|سعي\w*|تسعى|يسعى|توعد\w*"
                 r"|محاول\w*|بهدف|تهدف|يهدف|مذكر\w*|تعمل\s+على|يعمل\s+على)\s+(?:\S+\s+){0,5})[وف]?$")

# A weapon someone holds, not one used ("ألقت الشرطة القبض على القاتل وبحوزته قنبلة يدوية"، "ضُبطت بحوزتهم عبوات"):
# matched on the text before the weapon word, as written.
WEAPON_HELD = r"(?<!\w)[وف]?(?:ب|في\s+)حوز[ةت](?:ه|ها|هما|هم)?\s+(?:\S+\s+){0,2}$"

# A weapon used in a fight ("اشتباكات عنيفة استُخدمت فيها الأسلحة الرشاشة والقذائف"، "هجوماً برياً بغطاء من
# المدفعية"): the fight is the event, the weapon its means (matched on the text before the weapon word, as written).
WEAPON_IN_FIGHT = (r"(?<!\w)(?:[وف]?(?:ا|اُ)?ستُ?خدم\S*\s+(?:فيها|خلالها|فيه|خلاله)|[وف]?(?:ب|تحت\s+)غطاء(?:\s+من)?)"
                   r"\s+(?:\S+\s+){0,3}$")

# The act done to the victim told before, a pronoun ("وكان مسلحان أطلقا النار عليه قرب محله مساء الأحد"): the act
# the incident's victim died of, told again (not "ها", which stands for a town or a car as often as for a woman:
# "واستهدفها الطيران").
PRONOUN_VICTIM = (r"(?<!\w)(?:النار\s+(?:عليه|عليهما|عليهم)|[وف]?استهدف(?:وه|وهما|وهم|ه|هما|هم|ته|تهما|تهم)"
                  r"|[وف]?اغتال(?:وه|ه|وهما|وهم|ته)|[وف]?اختطف(?:وه|ه|وهما|وهم|ته))(?!\w)")

# The victim told before, as one beside whom or with whom someone of the sentence was ("وكان برفقته صديقه X"، "الذي
# كان يقف بالقرب منه"): that person is of the same incident.
COMPANION_PRONOUN = r"(?<![\u0621-\u064a])(?:برفقت|بصحبت|بجانب|بالقرب\s+من|قرب|مع)(?:ه|ها|هما|هم)(?![\u0621-\u064a])"

# Right before a weapon: it backed the forces that acted, it did not strike ("داهمت قوات قسد بإسناد من مروحيات
# التحالف منزلاً واعتقلت شابين": an arrest, not an air strike).
WEAPON_IN_SUPPORT = r"(?<!\w)[وف]?(?:بإسناد|باسناد|بمساندة|بمؤازرة|بدعم)\s+(?:جوي\s+)?(?:من\s+)?(?:\S+\s+){0,2}$"
