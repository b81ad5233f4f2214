"""Arabic words of lists of names and of relatives in them (read by `extract/arabic_names.py`, `arabic_lists.py`,
`arabic_kin.py`, `arabic_named_after.py`, `arabic_people.py` and `people.py`)."""

from .people import FAMILY_NOUN_PATTERN, RELATIVE_PRONOUNS, RELATIVES, YEARS

# --- unnamed relatives in a list of names (session 12, victims)
# Relatives as a group, with a pronoun for the name before them ("اعتقلت X وأولاده، وY"): they name nobody, and
# the list of names goes on after them.
UNNAMED_RELATIVES = ("أولاد", "أبناء", "أطفال", "عائلت", "أسرت", "أشقاء", "إخوت", "إخوان", "بنات", "أقارب")
# Two relatives with a pronoun for the person named before them ("X وطفليه Y وZ"، "X وشقيقيه Y وZ"، as the subject
# "أصيب X ونجلاه Y وZ"): the relation word in the dual is no part of the names after it, as in `RELATIVES`.
RELATIVE_DUALS = ("طفلي", "ابني", "شقيقي", "نجلي", "طفلتي", "ابنتي", "شقيقتي", "أخوي", "ولدي", "زوجتي",
                  "طفلا", "ابنا", "شقيقا", "نجلا", "طفلتا", "ابنتا", "شقيقتا", "أخوا", "ولدا", "زوجتا")
# "From among" and a noun for the victims open a list like "عرف من بين القتلى"; the noun's place may stand between
# it and a colon ("ومن بين المعتقلين في بلدة X: Y، Z").
# (with its "and" written: a proclitic on a word of two letters is not taken off it).
_AMONG_NOUNS = ("القتلى", "الضحايا", "المصابين", "الجرحى", "المعتقلين", "الموقوفين", "المختطفين", "المخطوفين")
AMONG_LIST_OPENERS = tuple(f"{and_}من بين {noun}" for noun in _AMONG_NOUNS for and_ in ("", "و"))
# Words at most between such an opener and the colon of its list.
MAX_WORDS_BEFORE_LIST_COLON = 4
# --- relatives (session 13, names)
# A relative's rank among the siblings, between the relation word and the name ("وشقيقتها الصغرى X").
BIRTH_ORDER = ("الصغرى", "الكبرى", "الأصغر", "الأكبر", "الصغير", "الكبير", "الوسطى", "الأوسط", "البكر")
# A family named by its head in a list of names ("اعتقلت X، وعائلة Y، وZ"): the head is the person named.
FAMILY_OF = ("عائلة", "أسرة")
# --- lists (session 15, victims)
# Words after a comma that add the last item to a list of names ("X، Y، بالإضافة إلى Z"), as `QUOTED_LIST_JOINER` does
# between quoted names.
LIST_ALSO = ("بالإضافة إلى", "بالاضافة الى", "بالإضافة الى", "إضافة إلى", "اضافة الى", "وكذلك", "كذلك")
# Right after a casualty word: relatives with a pronoun for a person named before it ("اقتحموا منزل المواطن X، ما أسفر
# عن مقتل طفلتيه"): the word hit them, and X is the target, not one of the dead.
KIN_AFTER_HIT = (r"[\s\"“«]*[وف]?(?:" + "|".join(sorted(RELATIVES + RELATIVE_DUALS + UNNAMED_RELATIVES, key=len, reverse=True))
                 + r")(?:" + "|".join(sorted(RELATIVE_PRONOUNS, key=len, reverse=True)) + r")(?!\w)")
# --- relatives named by their given name alone (session 32, names)
# News names a man's child by the child's given name, the father's given name and the family name, and a sibling by
# the given name and the rest of the sibling's chain: after "X وابنه محمد" / "X ونجلاه محمد وأحمد" each child is
# "محمد <X's given name> <X's family name>", after "X وشقيقته زينب" she is "زينب <X's chain after his given name>".
# Relation stems (before the pronoun) of a child, whose father the pronoun ه names, and of a sibling.
CHILD_RELATIVES = ("ابن", "ابنت", "ابنة", "نجل", "نجلت", "ولد", "طفل", "طفلت", "ابنا", "ابني", "نجلا", "نجلي", "ولدا",
                   "ولدي", "طفلا", "طفلي", "ابنتا", "ابنتي", "طفلتا", "طفلتي")
SIBLING_RELATIVES = ("شقيق", "شقيقت", "أخ", "أخت", "شقيقا", "شقيقي", "شقيقتا", "شقيقتي", "أخوا", "أخوي")
# The pronoun "his" on a relation word: the person named before it is the child's father.
FATHERS_PRONOUN = "ه"
# A verb of surviving before relatives counted and listed ("فيما نجا أطفاله الثلاثة: X (14 عامًا)، وY"): they are
# not the incident's victims, so the list is not read as one (`arabic_kin.relatives_named`).
SURVIVED_BEFORE_RELATIVES = (r"(?<![\u0621-\u064a])(?<!لم\s)[وف]?(?:نجا|نجت|نجيا|نجتا|نجوا|ينجو|تنجو)"
                             r"(?![\u0621-\u064a])")
# Nouns of an armed force right before a name it is named after ("عناصر جيش خالد بن الوليد"): no person. Not in
# `NAMED_AFTER`, whose words also end a name ("أبو جيش" is a family name).
FORCE_NAMED_AFTER = ("جيش",)

# Between two names of one list ("X (30 عاماً) وY"، "X وشقيقه Y"، "X وابنة العائلة Y"): the second shares the
# first one's cue.
LIST_LINK = (r"^[\s\"”»']*(?:\([^()]{1,20}\)\s*)?(?:[،,]\s*و?|و)(?:(?:" + "|".join(sorted(RELATIVES, key=len, reverse=True))
             + r")[\u0621-\u064a]{0,3}"
             r"(?:\s+(?:عم|خال)[\u0621-\u064a]{0,3}|\s+" + FAMILY_NOUN_PATTERN + r")?)?\s*[\"“«]?\s*$")

# The end of a list's header line that announces names without a casualty word ("والضحايا هم:"، "أسماؤهم:"): the
# people on its lines are the victims of the incident reported.
NAMES_HEADER = r"(?:هم|هما|هن|وهم|وهما|أسماؤهم|أسماءهم|أسماء\s+\S+|كل\s+من|التالية|كالتالي|كالآتي)\s*$"

# Between two quoted names of one list: a comma, و, "in addition to" or "likewise" ("“X”، إضافة إلى “Y”"): the
# second is introduced like the first; the first's age in brackets ("“X” (32 عاماً) و”Y”") or where the first is from
# ("“X” من أهالي قرية Y، “Z”"; not a quoted place: "من سكان مخيم “خان الشيح”") may stand between.
QUOTED_LIST_JOINER = (r"(?:\s*\(\s*[\d٠-٩]{1,3}\s*(?:" + YEARS + r"|أعوام|اعوام)?\s*\))?"
                      r"(?:\s+من\s+(?:أهالي|اهالي|أبناء|ابناء|سكان)\s+(?:[^\s،,.\"“”«»]+\s+){0,4}?"
                      r"[^\s،,.\"“”«»]+(?=\s*[،,]|\s+و))?"
                      r"[\s،,]*(?:و|(?:ب?ال)?[إا]ضافة\s+(?:إلى|الى|ل)|و?كذلك)?\s*")

# An age closing a quoted name ("الطفل "حيدر الرجوان 13 عاما""): no word of the name, which is the words before it.
AGE_IN_QUOTES = r"\s*[،,]?\s*\(?\s*(?:\d{1,2}|[٠-٩]{1,2})\s*\)?\s*" + YEARS + r"?\s*$"
