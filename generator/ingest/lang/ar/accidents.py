"""Arabic: accidents and deaths of no violence, which make no incident (`extract/clauses.is_accident`)."""

from __future__ import annotations

# An accident, no act of violence (ACLED records none): a road accident, a drowning, a gas cylinder or heater that blew
# up, a building that fell, a fire that broke out, an electric shock, a weapon that went off while cleaned. With no act
# of violence outside these words the sentence makes no event (`clauses.is_accident`).
ACCIDENT = (r"[وف]?(?:ب|ل)?حادث\S*\s+(?:سير|مروري|مرور|تصادم|انقلاب|دهس)", "تصادم سيار*", "اصطدام سيار*", "انقلاب سيار*",
            "تصادم شاحن*", "انقلاب شاحن*", "انقلاب حافل*", "غرقا", "غرقاً", r"[وف]?(?:ب|ل)?غرق(?:ه|ها|هم)?(?!\S)",
            r"[وف]?(?:ب|ل)?انفجار\s+(?:أسطوان|اسطوان|جر[ةه]|قارور|خزان)\S*\s+(?:ال)?غاز",
            r"[وف]?(?:ب|ل)?انفجار\s+(?:مدفأ|مدفا|سخان|بابور)\S*", r"[وف]?(?:ب|ل)?(?:انهيار|سقوط)\s+(?:جدار|سقف|مبنى|بناء|بناي[ةه])\S*",
            r"[وف]?(?:اندلاع|اندلع|نشوب|نشب)\S*\s+(?:ال)?حريق", r"[وف]?(?:ب|ل)?صعق\S*\s+(?:ال)?كهرب\S*",
            r"[وف]?(?:ب)?(?:(?:طلق|رصاص[ةه]?)\s+ناري\S*\s+(?:\S+\s+){0,3}?)?(?:أثناء|اثناء|خلال)\s+(?:تنظيف|العبث\s+ب)\S*"
            r"\s+(?:ال)?سلاح\S*",
            # ... or a death of an illness, a fall or the cold ("فارق شاب الحياة إثر نوبة قلبية"، "راح ضحية البرد طفلان")
            r"[وف]?(?:إثر|اثر|جراء|بسبب|نتيجة)\s+(?:(?:نوب[ةه]|أزم[ةه]|ازم[ةه]|سكت[ةه])\s+قلبي[ةه]|جلط[ةه]|(?:ال)?مرض|سقوط(?:ه|ها)\s+من)",
            r"[وف]?(?:ضحي[ةه]|بسبب|جراء)\s+(?:ال)?(?:برد|صقيع|جوع|حريق)(?![\u0621-\u064a])", "صراع مع المرض",
            r"[وف]?(?:ب|ل)?(?:إصابت|اصابت)\S*\s+بجلط[ةه]")

# Who acts in an accident's words makes them an act of violence ("حادث دهس متعمد"، "قتلت الجندرما شاباً وغرق آخر"، "ألقاه
# مسلحون في النهر"، "أضرم مسلحون النار"): the sentence stays an incident.
NOT_ACCIDENT = (r"[وف]?(?:ال)?(?:مسلح|مجهول|جندرم|ميليشي|عصاب)\S*", r"[وف]?(?:ال)?تعذيب\S*", "حرس الحدود",
                r"متعمد\S*",
                # "on purpose" said of the act that ran the victims over, and a staged accident, not denied ("دهسهما
                # ... عمداً"، "حادث سير مفتعل"; not "لم يكن مفتعلاً"، "أزمة محروقات مفتعلة"، "يتجاوز السرعة عمداً")
                r"(?:دهس|صدم)\S*(?:\s+\S+){0,4}\s+عمدا(?!\S)",
                r"(?<!يكون\s)(?<!يكن\s)حادث\S*\s+(?:سير\s+|دهس\s+)?مفتعل\S*",
                r"[وف]?(?:أضرم|اضرم|ألقا|القا|رما)\S*")
