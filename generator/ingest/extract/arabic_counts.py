"""How many people an Arabic casualty word names: one for a word that governs a named or described person
(قُتل الشاب), two for a dual verb or pronoun (قُتلا، مقتلهما), and the people a casualty word of a later clause
refers back to (جثته، إصابة الشبان الثلاثة). Passes of the Arabic pack, re-exported by `arabic.py`."""

from __future__ import annotations

import re

from ..lang import ar
from ..normalise import fold
from ..numbers import parse_number_word
from .model import Clause, Hit

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")

# Words after a casualty word that make it govern one person (قُتل الشاب، قُتل العميد).
_ONE_PERSON_NOUNS = frozenset(fold(w) for w in ar.OFFICER_RANKS + ar.ONE_PERSON_NOUNS)
_ONE_PERSON_WORDS = frozenset(fold(w) for w in ar.NAME_INTRODUCERS) | _ONE_PERSON_NOUNS


def singular(clause: Clause, hit: Hit) -> int | None:
    """1 when a casualty word governs one named or described person (قُتل الشاب); 2 for a dual verb."""
    word = clause.a.text[hit.start:hit.end]
    if fold(word).endswith(("تلا", "يبا")) or "تلتا" in fold(word):   # dual verb forms: قُتلا، أصيبا
        return 2
    if fold(word).endswith(_DUAL_CASUALTY_ENDINGS):   # a dual noun of the dead or hurt: سقط قتيلان، جريحين
        return 2
    pronoun = _pronoun_count(word)
    if pronoun is None and " " in word.strip():   # "لقي حتفه", "فقدان شخص لحياته": the object carries the pronoun
        pronoun = _pronoun_count(word.split()[-1])
    if pronoun is None:
        pronoun = _object_count(word)
    if pronoun is not None:
        return pronoun + _companions(clause, hit)
    inside = fold(word).split()
    if len(inside) == 3 and inside[1] in _ONE_PERSON_WORDS:
        return 1 + _relatives_after(clause, hit.end)   # "فارق شاب الحياة": the one person inside the words
    after = hit.end
    for d in clause.dates:   # "قُتل اليوم الثلاثاء طفل": the victim's noun after the date words
        if 0 <= d.match.start - after <= 2:
            after = d.match.end
    following = clause.a.text[after:min(clause.end, after + 30)].split()
    if following and _one_person(fold(following[0]).strip(_TRAILING_PUNCTUATION)):   # "ما أدى لمقتل طفل."
        return 1 + _relatives_after(clause, clause.a.text.find(following[0], after) + len(following[0]))
    if following and fold(following[0]).strip(_TRAILING_PUNCTUATION) in _ONE_OTHER:
        return 1    # "مقتل شاب وإصابة آخر"
    kin = clause.pack.cue("KIN_VICTIM_AFTER").match(clause.a.text, after, clause.end)
    if kin:
        return 2 if kin.group("two") else 1    # "مقتله وإصابة زوجته"، "وأصيب طفلاه"، "وأصيب ثالث"
    victim = _object_after_perpetrator(clause, after)
    if victim is not None:
        return 1 + _relatives_after(clause, victim)   # "اغتال مسلحون مجهولون شاباً"، "قتلت قوات النظام مدنياً وطفله"
    if _VICTIM_WITH_AGE.match(clause.a.text, hit.end, clause.end):
        return 1    # "استشهد مساء أمس شاب يبلغ من العمر 17 عاماً": time words before the one victim
    if fold(word) in (fold("جثة"), fold("جثه")) or "جث" in fold(word):
        return 1
    if fold(word) in _SINGULAR_PARTICIPLES:
        return 1    # "عُثر على سيدة مقتولة خنقاً"، "وُجد الشاب مقتولاً": the participle of one person
    if fold(word).startswith(("اصيب", "قتل")) and following and fold(following[0]).startswith(("ضابط", "عنصر", "مدني", "شاب")):
        return 1
    if fold(word) in _SINGULAR_VERBS and _SUBJECT_BEFORE.search(fold(clause.a.text[max(clause.start, hit.start - 60):hit.start])):
        return 1    # "إن سائق السيارة قُتل": the one person before the verb
    return None


_ONE_OTHER = frozenset(fold(w) for w in ar.ONE_OTHER)
_DUAL_CASUALTY_ENDINGS = ("قتيلان", "قتيلين", "جريحان", "جريحين", "شهيدان", "شهيدين")
_TRAILING_PUNCTUATION = "،,.؛:"   # after the one victim's noun ("ما أدى لمقتل طفل."، "وإصابة آخر؛")
_SINGULAR_PARTICIPLES = frozenset(fold(w) for w in ("مقتول", "مقتولة", "مقتولاً", "مقتولا"))
_PERPETRATORS = frozenset(fold(w) for w in ar.PERPETRATOR_SUBJECTS)
_WORD_WITHOUT_STOPS = re.compile(r"[^\s،,.]+")


def _one_person(key: str) -> bool:
    """A noun of one person, also in the accusative ("تم قتل شخصاً")."""
    return key in _ONE_PERSON_WORDS or key.endswith("ا") and key[:-1] in _ONE_PERSON_WORDS


def _object_after_perpetrator(clause: Clause, start: int) -> int | None:
    """Where the one person an active casualty verb kills ends, when who did it stands between them ("اغتال
    مسلحون مجهولون، مساء أمس، شاباً": the end of شاباً); None when no perpetrator follows the verb or no one
    person follows them within six words (a date's words not counted: "مساء أمس الاثنين 8 آب")."""
    dated = [(d.match.start, d.match.end) for d in clause.dates]
    words = [w for w in _WORD_WITHOUT_STOPS.finditer(clause.a.text, start, min(clause.end, start + 100))
             if not any(s <= w.start() < e for s, e in dated)]
    if not words or fold(words[0].group()) not in _PERPETRATORS:
        return None
    for word in words[1:7]:
        key = fold(word.group())
        if _one_person(key):
            return word.end()
        if key.removeprefix("و") in _KIN_IN_CONSTRUCT:
            return None    # "زوجة المواطن X وابنتها": the one person is whose relatives were killed, not a victim
    return None


# A relative's or a family's noun before its possessor ("زوجة المواطن"، "والدة الشاب"، "نجلي المختار"، "عائلة").
_KIN_IN_CONSTRUCT = frozenset(fold(stem) + ending for stem in (*ar.RELATIVES, "عائلة", "أسرة", "أفراد")
                              for ending in ("", "ه", "ي", "ا"))


_SINGULAR_VERBS = frozenset(fold(w) for w in ar.SINGULAR_CASUALTY_VERBS)
_SUBJECT_BEFORE = re.compile(ar.SUBJECT_BEFORE_VERB.format(
    nouns="|".join(sorted((re.escape(w) for w in _ONE_PERSON_WORDS), key=len, reverse=True))))
_VICTIM_WITH_AGE = re.compile(ar.VICTIM_WITH_AGE)
_COMPANION = re.compile(ar.COMPANION_AFTER_ONE)
_COMPANIONS = re.compile(ar.COMPANIONS_AFTER_ONE)
_KIN_COUNTED = re.compile(ar.KIN_COUNTED_AFTER)
_QUALIFIER = re.compile(ar.ONE_PERSON_QUALIFIER)


# A word of hurt after a person's noun ("وشخص ثالث أصيب"): that person is told hurt, not of the dead before (folded).
_HURT_STEMS = ("اصيب", "جرح", "مصاب")


def _relatives_after(clause: Clause, end: int) -> int:
    """Relatives named right after the one person's noun that ends at `end`, each in turn: "سيدة وابنها" 1, "امرأة
    وطفليها" 2, "رجل وزوجته وأطفالهما الثلاثة" 4, "ضابط برتبة عقيد وسائقه" 1; or more people of one each, joined by و:
    "طفل وامرأة" 1, "شاب وطفل وامرأة" 2; or both: "رجل وابنه وشاب ثالث" 2."""
    text = clause.a.text
    qualifier = _QUALIFIER.match(text, end, clause.end)
    if qualifier and (_COMPANIONS.match(text, qualifier.end(), clause.end) or _COMPANION.match(text, qualifier.end(), clause.end)):
        end = qualifier.end()
    more, end = companions_run(clause, end)
    # after relatives, a noun of one person only ("وشاب ثالث"; not "ويدعى الأب", the man named), not one hurt
    # ("وشخص ثالث أصيب بجروح")
    people = _ONE_PERSON_NOUNS if more else _ONE_PERSON_WORDS
    words = clause.a.text[end:min(clause.end, end + 40)].split()
    for at, word in enumerate(words):
        key = fold(word).strip("،,.")
        if not (key.startswith("و") and key[1:] in people):
            break
        if more and any(fold(w).startswith(_HURT_STEMS) for w in words[at + 1:at + 3]):
            break
        more += 1
        if word[-1] in "،,.":
            break
    return more


def companions_run(clause: Clause, end: int) -> tuple[int, int]:
    """The relatives or companions told one after another from `end` ("وزوجته وابنته" 2, "وطفليها" 2, "وأطفالهما
    الثلاثة" 3): how many people they add, and where they end."""
    text, more = clause.a.text, 0
    while True:
        if m := _COMPANIONS.match(text, end, clause.end):
            more += 2
        elif m := _COMPANION.match(text, end, clause.end):
            more += 1
        elif (m := _KIN_COUNTED.match(text, end, clause.end)) and (counted := parse_number_word(m.group("count"))):
            more += counted
        else:
            return more, end
        end = m.end()


# Casualty nouns that take the victims' pronoun: مقتله، إصابتهما، (لقي) حتفه، (فقد) حياتهما، (إصابته و)وفاته.
_PRONOUN_STEMS = ("مقتل", "اصاب", "استشهاد", "اغتيال", "اعتقال", "اختطاف", "خطف", "جرح", "حتف", "مصرع", "حيات", "وفات")


def _pronoun_count(word: str) -> int | None:
    """مقتله / إصابته → 1, مقتلهما → 2 (a nominal casualty word with a pronoun suffix)."""
    # لمقتلهما، لحياته، ووفاته
    folded = re.sub(r"^(?:[وف]?[لب](?=" + "|".join(_PRONOUN_STEMS) + r")|[وف](?=وفات))", "", fold(word))
    stem = next((stem for stem in _PRONOUN_STEMS if folded.startswith(stem)), None)
    if stem is None:
        return None
    for suffix, value in sorted(ar.PRONOUN_COUNTS.items(), key=lambda kv: -len(kv[0])):
        if folded.endswith(suffix) and len(folded) - len(suffix) >= len(stem):
            return value
    return None


# An active casualty verb of a plural or feminine subject with the victims' pronoun as its object: "وقتلوها شنقاً"،
# "اغتالوه"، "أعدموهما" (folded); not the bare "قتله", also a noun whose pronoun is the killer ("بعد قتله شقيق الفتاة"),
# nor "قتلاها", also the plural noun "its dead".
_OBJECT_VERB = re.compile(r"^[وف]?(?:قتل|اغتال|اعدم|ذبح|خنق|طعن)(?:و|ت)(ه|ها|هما)$")


def _object_count(word: str) -> int | None:
    """قتلوها / اغتالوه → 1, أعدموهما → 2."""
    m = _OBJECT_VERB.match(fold(word))
    return None if m is None else 2 if m.group(1) == "هما" else 1


def _companions(clause: Clause, hit: Hit) -> int:
    """People hit together with the one the pronoun names: إصابته مع طفليه → 2 more."""
    after = clause.a.text[hit.end:min(clause.end, hit.end + 25)]
    m = re.match(r"\s+مع\s+(\S+)", after)
    if not m:
        return 0
    word = fold(m.group(1).strip("،,."))
    if word in {fold(w) for w in ar.DUAL_POSSESSIVE}:
        return 2
    counts = [c for c in clause.counts if hit.end < c.start <= hit.end + 25 and c.value is not None]
    return counts[0].value if counts else 0


# Pronoun endings of a casualty word and the number of people they refer to (0: two or more): مقتلهما، جثته.
_REFERRING_SUFFIXES = (("هما", 2), ("هم", 0), ("هن", 0), ("ها", 1), ("ه", 1))
_PLURAL_PERSONS = frozenset(fold(w) for w in ar.PLURAL_INTRODUCERS)
_ONE_PERSON = frozenset(fold(w) for w in ar.VICTIM_INTRODUCERS)


def referred_count(clause: Clause, hit: Hit) -> int | None:
    """How many people named before a casualty word of a later clause refers to: a pronoun on it (مقتلهما → 2,
    جثته → 1, إصابتهم → 0 for two or more) or the noun after it (إصابة الشبان الثلاثة → 0, مقتل الشاب → 1);
    None when it refers to nobody named before."""
    text = clause.a.text
    end = hit.end
    while end < clause.end and _ARABIC_WORD.match(text[end]):
        end += 1
    word = re.sub(r"[\u064b-\u0652\u0640]", "", text[hit.start:end])
    for suffix, count in _REFERRING_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return count
    after = re.findall(r"[\u0621-\u0652]+", text[end:min(clause.end, end + 25)])[:1]
    noun = fold(after[0]) if after else ""
    if noun in _PLURAL_PERSONS:
        return 0
    return 1 if noun in _ONE_PERSON else None
