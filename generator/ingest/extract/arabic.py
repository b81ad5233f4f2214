"""The passes of extraction that Arabic does its own way: clitics, the shape of a casualty word,
and name chains. Each has an English counterpart of the same name in `english.py`; the words are
in `ingest/lang/ar.py`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang import ar
from ..lexicon import Lexicon, LexiconMatch
from ..mentions import Mention
from ..names import GIVEN_NAME_WORDS
from ..normalise import fold, normalise
from .model import Clause, Hit

if TYPE_CHECKING:
    from .options import LanguagePack

# Words a personal name has at most (a rank, kunya or introducer before it).
MAX_NAME_WORDS = 4
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_QUOTED = re.compile(r"[\"“«]([^\"”»]{3,60})[\"”»]")
_QUOTES = re.compile(r"[\"“”«»]")
_PLACE_KIND_WORDS = frozenset(fold(w) for w in list(ar.PLACE_KINDS) + ["محافظة", "ريف", "مخيم"])
_NAME_STOPWORDS = frozenset(fold(w) for w in ar.NAME_STOPWORDS)
# Stop words written with ى (على، لدى) whose folded form is also a name written with ي (علي).
_ALEF_MAQSURA_STOPWORDS = frozenset(fold(w) for w in ar.NAME_STOPWORDS if w.endswith("ى"))
_STOPWORDS = _NAME_STOPWORDS | frozenset(fold(w) for w in ar.NAME_INTRODUCERS)
# Words after a casualty word that make it govern one person (قُتل الشاب، قُتل العميد).
_ONE_PERSON_WORDS = frozenset(fold(w) for w in ar.NAME_INTRODUCERS) | frozenset(
    fold(w) for w in ar.OFFICER_RANKS + ar.ONE_PERSON_NOUNS)


def compile_words(entries: tuple[str, ...]) -> re.Pattern[str]:
    """One regex over folded text for Arabic entries (`*` = any ending, proclitics allowed)."""
    alternatives = []
    for entry in entries:
        if "\\" in entry:          # already a regex (digits etc.)
            alternatives.append(fold(entry.replace("\\d", "0")).replace("0", r"\d"))
            continue
        words = []
        for index, word in enumerate(entry.split()):
            if word == "~":            # up to eight words in between
                words.append(r"(?:\S+\s+){0,8}?")
                continue
            star = word.endswith("*")
            stem = re.escape(fold(word.rstrip("*")))
            prefix = r"(?:[وف]?(?:لل|[بلك]?(?:ال)?))?" if index == 0 else r"(?:ال|لل|ب|ل)?"
            if stem.startswith("ال"):
                prefix = r"(?:[وف]?[بلك]?)?" if index == 0 else ""
            words.append(prefix + stem + (r"\w*" if star else ""))
        alternatives.append(r"\s+".join(words).replace(r"{0,8}?\s+", "{0,8}?"))
    # A word ends at anything but a letter: a digit written on it ("مقتل7 مدنيين") is the next word.
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(alternatives) + r")(?![^\W\d_])")


def matching_text(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded text word lists are matched in, and the body offset of each of its characters."""
    norm = normalise(text)
    return norm.text, tuple(norm.origins)


def match_key(text: str) -> str:
    return fold(text)


def cue_text(before: str) -> str:
    """The text a cue pattern is matched in: without quotation marks (المدعومة من "إيران")."""
    return _QUOTES.sub("", before)


def clitic_false_friend(text: str, match: LexiconMatch, lex: Lexicon) -> bool:
    """"فرقه" (its teams) is not ف + الرقة: a name whose own form has the article,
    matched without it right after a clitic letter, is a false friend."""
    if match.start == 0 or not _ARABIC_WORD.match(text[match.start - 1]):
        return False
    if text[max(0, match.start - 2):match.start] == "لل" and (match.start < 3 or not _ARABIC_WORD.match(text[match.start - 3])
                                                          or text[match.start - 3] in "وف"):
        return False   # للأمن العسكري: ل + ال merge into لل, the article is there
    own = fold(lex.get(match.entry_id).name_ar or "")
    return own.startswith("ال") and fold(match.surface) == own[2:]


def event_hits(clause: Clause) -> list[Hit]:
    return clause.hits


def is_former(clause: Clause, start: int, end: int) -> bool:
    former = {fold(w) for w in ar.FORMER}
    text = clause.a.text
    near = re.findall(r"[\u0621-\u0652]+", text[max(clause.start, start - 25):start])[-2:]
    near += re.findall(r"[\u0621-\u0652]+", text[end:min(clause.end, end + 20)])[:2]
    return any(fold(w) in former for w in near)


# ------------------------------------------------------------------ places

def road_place(before: str, after: str, pack: "LanguagePack") -> bool:
    return bool(pack.cue("ROAD_BEFORE").search(before))


def place_name(surface: str, pack: "LanguagePack") -> str:
    """The place's own name: "بلدة صيدا" → "صيدا"."""
    words = surface.split()
    while len(words) > 1 and (fold(words[0]) in _PLACE_KIND_WORDS
                              or fold(words[0])[1:] in _PLACE_KIND_WORDS and words[0][0] in "وفب"):
        words = words[1:]
    return " ".join(words)


def unknown_place(clause: Clause) -> Mention | None:
    """A name after "مدينة/بلدة/قرية" that the gazetteer does not know: a draft place."""
    text = clause.text
    kinds = ar.PLACE_KINDS
    regex = clause.pack.memo("unknown-place", lambda: re.compile(
        r"(?<!\w)[وفب]?(" + "|".join(kinds) + r")\s+([\u0621-\u0652]+(?:\s+ال[\u0621-\u0652]+)?)"))
    matches = sorted(regex.finditer(text), key=lambda m: (kinds[m.group(1)] == "neighbourhood", m.start()))
    for m in matches:
        words = m.group(2).split()
        if len(words) == 2 and fold(words[1]) in {fold(w) for w in ar.NOT_PLACE_NAME}:
            words = words[:1]
        name = " ".join(words)
        if fold(words[0]) in _NAME_STOPWORDS or len(name) < 3:
            continue
        return Mention("place", name, "ar", None, clause.start + m.start(2), kinds[m.group(1)])
    return None


_PLACE_DETAIL = re.compile(r"(?<!\w)[وفب]?((?:حي|دوار|ساحة|شارع|سوق)\s+[\u0621-\u0652]+(?:\s+[\u0621-\u0652]+)?)")


def place_detail(text: str, pack: "LanguagePack") -> str | None:
    m = _PLACE_DETAIL.search(text)
    if not m:
        return None
    words = m.group(1).split()
    stops = _NAME_STOPWORDS | {fold(w) for w in ar.PLACE_KINDS}
    kept = [words[0]]
    for word in words[1:]:
        if fold(word) in stops or word.startswith(("ب", "بم")):
            break
        kept.append(word)
    return " ".join(kept) if len(kept) > 1 else None


# ------------------------------------------------------------------ counts

def singular(clause: Clause, hit: Hit) -> int | None:
    """1 when a casualty word governs one named or described person (قُتل الشاب); 2 for a dual verb."""
    word = clause.a.text[hit.start:hit.end]
    if fold(word).endswith(("تلا", "يبا")) or "تلتا" in fold(word):   # dual verb forms: قُتلا، أصيبا
        return 2
    pronoun = _pronoun_count(word)
    if pronoun is not None:
        return pronoun + _companions(clause, hit)
    following = clause.a.text[hit.end:min(clause.end, hit.end + 30)].split()
    if following and fold(following[0]).strip("،,") in _ONE_PERSON_WORDS:
        return 1
    if fold(word) in (fold("جثة"), fold("جثه")) or "جث" in fold(word):
        return 1
    if fold(word).startswith(("اصيب", "قتل")) and following and fold(following[0]).startswith(("ضابط", "عنصر", "مدني", "شاب")):
        return 1
    return None


def _pronoun_count(word: str) -> int | None:
    """مقتله / إصابته → 1, مقتلهما → 2 (a nominal casualty word with a pronoun suffix)."""
    folded = fold(word)
    if not folded.startswith(("مقتل", "اصاب", "استشهاد", "اغتيال", "اعتقال", "اختطاف", "خطف", "جرح")):
        return None
    for suffix, value in sorted(ar.PRONOUN_COUNTS.items(), key=lambda kv: -len(kv[0])):
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 4:
            return value
    return None


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


# ------------------------------------------------------------------ actors

def _words_before(text: str) -> list[str]:
    return [fold(w) for w in re.findall(r"[\u0621-\u0652]+", text)]


def is_attribution(clause: Clause, match: LexiconMatch) -> bool:
    before = clause.a.text[max(clause.start, match.start - 25):match.start]
    before = re.sub(r"[\u0621-\u063f\u0641-\u064a]+$", "", before)   # an attached clitic (لفرع) is not لـ "told to"
    words = _words_before(before)[-3:]
    links = {fold(x) for x in ar.PARENT_LINKS}
    if len(words) >= 2 and words[-1] in (fold("لـ"), "ل") and words[-2] in links:
        return False   # "التابع لـ"هيئة تحرير الشام"": belonging to, not "told to"
    cues = {fold(w) for w in ar.ATTRIBUTION}
    return any(w in cues or w.lstrip("و") in cues for w in words)


def is_parent_link(clause: Clause, previous: LexiconMatch, match: LexiconMatch) -> bool:
    """"اللواء الثامن التابع للأمن العسكري": the second organization is the first one's parent."""
    between = clause.a.text[previous.end:match.start]
    if len(between) > 30:
        return False
    links = {fold(x) for x in ar.PARENT_LINKS}
    words = _words_before(between)
    return bool(words) and all(w in links for w in words) and words[0] in links


def adjective_names_actor(clause: Clause, match: LexiconMatch) -> bool:
    """A nationality adjective points at an actor when it qualifies a force, weapon or person (ضابط روسي)."""
    before = clause.a.text[max(clause.start, match.start - 25):match.start]
    words = re.findall(r"[\u0621-\u0652]+", before)
    if not words:
        return False
    return bool(clause.pack.cue("ACTOR_NOUN_BEFORE_ADJECTIVE").match(fold(words[-1])))


def is_victim_side(clause: Clause, mention: Mention, casualty: int) -> bool:
    """The organization the dead belonged to: "مقتل ثلاثة عناصر من الأمن العسكري"."""
    before = clause.a.text[max(clause.start, mention.start - 20):mention.start]
    return mention.start > casualty and bool(clause.pack.cue("VICTIM_SIDE_BEFORE").search(before))


# ------------------------------------------------------------------ people

def is_commander(clause: Clause, start: int) -> bool:
    """The leader of the acting group: "عصابة بقيادة المدعو X"."""
    words = _words_before(clause.a.text[max(clause.start, start - 70):start])[-3:]
    cues = {fold(w) for w in ar.COMMANDER_CUES}
    return any(w in cues or w.lstrip("و") in cues for w in words)


def identified_as(before: str, pack: "LanguagePack") -> bool:
    """"ويدعى القتيل X": the words right before the name give the name of someone already reported."""
    return any(fold(w) in fold(before[-20:]) for w in ar.IDENTIFIED_AS)


def name_words(text: str, start: int, limit: int = MAX_NAME_WORDS) -> tuple[str, int]:
    """The name starting at `start`: words up to a stop word or punctuation."""
    words, end = [], start
    for m in re.finditer(r"\S+", text[start:]):
        raw = m.group(0)
        word = raw.strip("\"“”«»،,.:؛")
        if not word or not _ARABIC_WORD.fullmatch(word):
            break
        if fold(word) in _STOPWORDS and not (words and word.endswith("ي") and fold(word) in _ALEF_MAQSURA_STOPWORDS):
            break   # علي inside a name is the given name Ali, not the preposition على
        if words and word.startswith("و") and fold(word[1:]) not in _STOPWORDS and len(words) >= 2:
            break   # "وعلاء": the next name begins
        words.append(word)
        end = start + m.start() + len(raw.rstrip("\"“”«»،,.:؛"))
        if raw != word or _name_units(words) >= limit:
            break
    return " ".join(words), end


def _name_units(words: list[str]) -> int:
    """Words of a name, counting a compound given name (عبد الرحمن, "servant of") as one."""
    return len(words) - sum(1 for w in words[:-1] if fold(w) in ar.COMPOUND_NAME_HEADS)


def person_spans(text: str, pack: "LanguagePack") -> list[tuple[int, int]]:
    """Spans of personal names after a kunya or an introducer (أبو، يدعى، المدعو)."""
    spans = []
    for m in re.finditer(r"(?<!\w)(?:أبو|ابو|يدعى|المدعو|المدعوة|الملقب)\s+", text):
        start = m.start() if m.group(0).startswith(("أبو", "ابو")) else m.end()
        name, end = name_words(text, start, limit=3 if start == m.start() else MAX_NAME_WORDS)
        if name:
            spans.append((start, end))
    return spans


def find_people(clause: Clause) -> list[tuple[int, str, str | None, list[str]]]:
    """(start, name, rank, aliases) of every personal name of the clause: quoted names after يدعى,
    kunyas, rank + name, a name after an introducer (الشاب، المدني), an appositive between commas."""
    text, base = clause.text, clause.start
    out: list[tuple[int, str, str | None, list[str]]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str, rank: str | None, aliases: list[str]) -> None:
        if len(name.split()) < 2 or any(s < end and start < e for s, e in taken):
            return
        if any(n.start < base + end and base + start < n.end for n in clause.names):
            return   # a place or organization, not a person
        taken.append((start, end))
        out.append((base + start, name, rank, aliases))

    # quoted names after يدعى / يلقب بـ / المعروف بـ, and kunyas
    for m in _QUOTED.finditer(text):
        name = m.group(1).strip()
        before = fold(text[max(0, m.start() - 15):m.start()])
        if any(fold(w) in before for w in ("يدعى", "يلقب", "الملقب", "المعروف", "يعرف باسم", "باسم", "المكنى", "المدعو")) \
                or fold(name).startswith(("ابو ", "ام ")):
            if _ARABIC_WORD.search(name) and len(name.split()) <= MAX_NAME_WORDS:
                add(m.start(1), m.end(1), name, None, [])
    # rank + name
    for rank in ar.MILITARY_RANKS:
        for m in re.finditer(r"(?<!\w)[وب]?" + rank + r"\s+", text):
            after = text[m.end():]
            if rank == "اللواء" and _is_unit_name(clause, base + m.start()):
                continue
            name, end = name_words(text, m.end())
            if name and not re.match(r"^\d", after):
                add(m.end(), end, name, rank, [f"{rank} {name}"])
    # introducers (الشاب، المدني، المدعو ...) and kunyas
    for intro in sorted(ar.NAME_INTRODUCERS, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)[وب]?" + re.escape(intro) + r"\s+", text):
            name, end = name_words(text, m.end())
            if name:
                add(m.end(), end, name, None, [])
                rest = text[end:end + 40]
                second = re.match(r"\s+و([\u0621-\u0652]+(?:\s+[\u0621-\u0652]+){1,3})", rest)
                if second and intro in ("الشابين", "الشقيقين"):
                    name2, end2 = name_words(text, end + second.start(1))
                    add(end + second.start(1), end2, name2, None, [])
    for m in re.finditer(r"(?<!\w)(?:أبو|ابو)\s+[\u0621-\u0652]+", text):
        name, end = name_words(text, m.start(), limit=3)
        if name:
            add(m.start(), end, name, None, [])
    # an appositive name between commas after a casualty word (… المزيريب، محمود سليمان الشرع، …)
    for m in re.finditer(r"،\s*([\u0621-\u0652]+(?:\s+[\u0621-\u0652]+){2,3})\s*،", text):
        words = m.group(1).split()
        if all(fold(w) not in _STOPWORDS for w in words) and not any(w.startswith(("ال", "ب", "و")) for w in words[:1]):
            if _looks_like_personal_name(words):
                add(m.start(1), m.end(1), m.group(1), None, [])
    return out


def _looks_like_personal_name(words: list[str]) -> bool:
    """Three or four words, the last a family name (often with ال), none a common noun of the event."""
    return fold(words[0]) in GIVEN_NAME_WORDS or (len(words) >= 3 and words[-1].startswith("ال"))


def _is_unit_name(clause: Clause, start: int) -> bool:
    """اللواء الثامن / اللواء 15: a brigade, not a major general."""
    after = clause.a.text[start:start + 30]
    if re.match(r"[وب]?اللواء\s+(?:\d|[٠-٩]|ال(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر))", after):
        return True
    return any(n.kind == "organization" and n.start <= start < n.end + 2 for n in clause.names)
