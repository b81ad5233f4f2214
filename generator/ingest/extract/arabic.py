"""The passes of extraction that Arabic does its own way: clitics, the shape of a casualty word,
and name chains (`find_people` comes from `arabic_people.py`, `person_spans` from `arabic_name_spans.py`). Each has an
English counterpart of the same name in `english.py`; the words are in `ingest/lang/ar/`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang import ar
from ..lexicon import Lexicon, LexiconMatch
from ..mentions import Mention
from ..name_index import NameIndex
from ..normalise import fold, normalise
from .arabic_name_spans import opens_with_given_name, person_spans  # noqa: F401  (the pack's name passes)
from .arabic_counts import referred_count, singular  # noqa: F401  (the pack's count passes)
from .arabic_people import find_people  # noqa: F401
from .arabic_sources import is_source  # noqa: F401  (the pack's people pass)
from .model import Clause, Hit

if TYPE_CHECKING:
    from .options import LanguagePack

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_QUOTES = re.compile(r"[\"“”«»]")
_PLACE_KIND_WORDS = frozenset(fold(w) for w in list(ar.PLACE_KINDS) + ["محافظة", "ريف", "مخيم"])
_NAME_STOPWORDS = frozenset(fold(w) for w in ar.NAME_STOPWORDS)


def _is_regex(entry: str) -> bool:
    return "\\" in entry         # already a regex (digits etc.)


# A regex entry's escapes (`\S`, `\d`, `\b`): kept as written when the entry is folded, since folding
# lowercases Latin letters (`\S` would become `\s`).
_ESCAPE = re.compile(r"\\.")


def _fold_regex(entry: str) -> str:
    """A regex entry matched against folded text: its letters folded, its escapes and quantifiers
    (`{0,5}`) as written."""
    out, last = [], 0
    for escape in _ESCAPE.finditer(entry):
        out += [fold(entry[last:escape.start()]), escape.group()]
        last = escape.end()
    return "".join(out) + fold(entry[last:])


def _stem(word: str) -> str:
    """The folded letters of an entry's word that every match of it holds (`*` is any ending)."""
    return fold(word.rstrip("*"))


# The proclitics a word list's first word may carry (و/ف, ب/ل/ك, ال); a stem that starts with ال takes
# fewer of them, always a part of these.
_FIRST_PROCLITICS = r"(?:[وف]?(?:لل|[بلك]?(?:ال)?))?"


def compile_words(entries: tuple[str, ...]) -> re.Pattern[str]:
    """One regex over folded text for Arabic entries (`*` = any ending, proclitics allowed)."""
    alternatives, regexes = [], []
    for entry in entries:
        if _is_regex(entry):
            regexes.append(_fold_regex(entry))
            alternatives.append(regexes[-1])
            continue
        words = []
        for index, word in enumerate(entry.split()):
            if word == "~":            # up to eight words in between
                words.append(r"(?:\S+\s+){0,8}?")
                continue
            star = word.endswith("*")
            stem = re.escape(_stem(word))
            prefix = _FIRST_PROCLITICS if index == 0 else r"(?:ال|لل|ب|ل)?"
            if stem.startswith("ال"):
                prefix = r"(?:[وف]?[بلك]?)?" if index == 0 else ""
            words.append(prefix + stem + (r"\w*" if star else ""))
        alternatives.append(r"\s+".join(words).replace(r"{0,8}?\s+", "{0,8}?"))
    # A word ends at anything but a letter: a digit written on it ("مقتل7 مدنيين") is the next word.
    return re.compile(r"(?<![^\W\d_])" + _first_words_lookahead(entries, regexes) + "(?:" + "|".join(alternatives)
                      + r")(?![^\W\d_])")


def _first_words_lookahead(entries: tuple[str, ...], regexes: list[str]) -> str:
    """A lookahead for what every match of a list starts with: proclitics and the stem of one entry's first
    word, or one of its entries written as a regex (`regexes`); "" for a list of one entry, or with an
    entry that starts with "~". Without it, the regex tries each entry with each choice of proclitics at
    every place of the text; with it, a place is passed over after one test of the stems: the same
    matches, about four times faster over a whole article."""
    stems = literal_stems(tuple(entry for entry in entries if not _is_regex(entry)))
    if stems is None or len(stems) < 2:
        return ""
    unique = sorted(set(stems), key=lambda stem: (-len(stem), stem))
    return "(?=" + "|".join([f"{_FIRST_PROCLITICS}(?:{'|'.join(map(re.escape, unique))})", *regexes]) + ")"


# A match of a word list starts at most this many characters (proclitics: و/ف, ب/ل/ك, ال) before the
# stem of its first word (the prefixes of `compile_words`); `stems.matches_at_stems` relies on it.
STEM_REACH = 4


def stem_text(text: str) -> str:
    """The text a list's stems are looked for in: the folded matching text itself."""
    return text


def literal_stems(entries: tuple[str, ...]) -> tuple[str, ...] | None:
    """A piece of folded text every match of each entry contains (the stem of its first word), so that
    a word list none of whose stems is in an article need not be run over it; None when an entry is a
    regex. The stems are `_stem`, which `compile_words` escapes, so the test never hides a match."""
    stems = []
    for entry in entries:
        if not isinstance(entry, str) or _is_regex(entry):
            return None
        first = next(iter(entry.split()), "")
        stem = _stem(first) if first != "~" else ""   # "~ X": a match may start words before X's stem
        if not stem:
            return None
        stems.append(stem)
    return tuple(stems)


def matching_text(text: str) -> tuple[str, tuple[int, ...]]:
    """The folded text word lists are matched in, and the body offset of each of its characters."""
    norm = normalise(text)
    return norm.text, tuple(norm.origins)


def match_key(text: str) -> str:
    return fold(text)


def spelling_key(name: str) -> str | None:
    """No looser key for Arabic: folding already unifies its spellings (hamza, ta marbuta, alef maqsura), and a
    letter more or less is another name (الشدادي / الشدادة)."""
    return None


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
    """A noun naming an incident already reported as what broke out after a cause ("واندلعت هذه
    الاشتباكات على خلفية اعتقال ...") is no event of this sentence; the cause is."""
    text = clause.a.text
    before, after = clause.pack.cue("BACK_REFERENCE_BEFORE"), clause.pack.cue("BACK_REFERENCE")
    return [h for h in clause.hits
            if not (before.search(clause.before(h.start, 25)) and after.search(text[h.start:min(clause.end, h.end + 40)]))]


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
    """The place's own name: "بلدة صيدا" → "صيدا", "بلدة “المزيريب" → "المزيريب" (the quotation marks outlets put
    around a place name are no part of it)."""
    words = surface.split()
    while len(words) > 1 and (fold(words[0]) in _PLACE_KIND_WORDS
                              or fold(words[0])[1:] in _PLACE_KIND_WORDS and words[0][0] in "وفب"):
        words = words[1:]
    return " ".join(words).strip(_PLACE_QUOTES)


_PLACE_QUOTES = "\"“”«»'‘’()"
_NAMES_LIKE_ADJECTIVES = frozenset(fold(w) for w in ar.PLACE_NAMES_LIKE_ADJECTIVES)


# A pronoun on the end of a word, as written ("وابنه"، "منزلها"): no village's name ends so (ة is no ه before folding).
_PRONOUN_ENDING = re.compile("(?:" + "|".join(ar.RELATIVE_PRONOUNS) + ")$")


def may_name_listed_village(name: str, pack: "LanguagePack", names: NameIndex) -> bool:
    """Whether a bare word joined to a town of a list may be a village of OCHA's list (`extract/list_villages.py`):
    not a given name ("وخالد من الدرباسية") nor a word with a pronoun on it ("وابنه")."""
    return not _PRONOUN_ENDING.search(name.split()[-1]) and not opens_with_given_name(name, pack, names)


def unknown_places(clause: Clause) -> list[Mention]:
    """Names after "مدينة/بلدة/قرية" (in quotation marks or not), in text order, that may be places the
    gazetteer does not know: draft places. A first word that heads compound place names (تل، كفر، أم،
    السيدة) takes the next word with it (تل شاير، السيدة زينب); a name may end in an ال word (دير الزور).
    A name in quotation marks or brackets is the quoted words (قرية "خربة الحمام"، قرية (أبو الورد)), and an
    unquoted second word is part of the name when a comma or full stop ends it, or the area the place lies in
    (بلدة كركي لكي، بريف القامشلي; قرية حرف بنمرة بريف بانياس)."""
    text = clause.text
    kinds = ar.PLACE_KINDS
    heads = "|".join(ar.PLACE_NAME_HEADS)
    regex = clause.pack.memo("unknown-place", lambda: re.compile(
        r"(?<!\w)[وفبل]?(?:(?:" + "|".join(kinds) + r")\s+)?(" + "|".join(kinds) + r")[\u064b-\u0652]*\s+[\"“”«»(]?((?:(?:" + heads + r")\s+)?[\u0621-\u0652]+"
        r"(?:\s+ال[\u0621-\u0652]+)?)"
        r"(?:(?P<quoted>(?:\s+[\u0621-\u0652]+){1,2})(?=[\"”»)])|(?P<closed>\s+[\u0621-\u0652]+)"
        r"(?=\s*[،,.؛]|\s+(?:ب|في\s+)(?:ريف|محافظة|منطقة|ناحية)(?!\w)))?"))
    not_names = clause.pack.memo("not-place-names", lambda: {fold(w) for w in ar.NOT_PLACE_NAME})
    out = []
    for m in regex.finditer(text):
        words = m.group(2).split()
        quoted = text[m.start(2) - 1:m.start(2)] in "\"“”«»(" and m.group("quoted")
        extra = (m.group("quoted") if quoted else m.group("closed") if len(words) == 1 else None) or ""
        def name_word(w: str) -> bool:
            return not (fold(w) in _NAME_STOPWORDS or fold(w) in not_names or _adverb(w) or _and_its(w)
                        or _preposition_phrase(w, clause))

        if extra and all(name_word(w) for w in extra.split()):
            words += extra.split()
        if len(words) > 1 and (fold(words[-1]) in not_names or _adverb(words[-1])) \
                and not _paired_village(words, m.group(1)):
            words = words[:-1]     # "قرية X الحدودية"، "بلدة X اليوم": no part of the name
        elif len(words) == 2 and not extra and words[-1] in ar.PLACE_NAME_HEADS:
            # a head word ending the name heads its last part: "قرية دوير الشيخ سعد بطرطوس"
            after = re.match(r"\s+([\u0621-\u064a]{3,})(?![\u0621-\u064a])", text[m.end(2):])
            if after and name_word(after.group(1)):
                words.append(after.group(1))
        elif not extra and (more := _word_of_longer_name(clause, words, text, m.end(2))) is not None \
                and more not in ar.NAME_STOPWORDS and fold(more) not in not_names and not _adverb(more) \
                and not _preposition_phrase(more, clause):
            words.append(more)   # "قرية حوش السيد علي غربي مدينة القصير": a village of that longer name
        kind, start = kinds[m.group(1)], m.start(2)   # of two place words ("محور بلدة X"), the second says what X is
        name = " ".join(words)
        named_like_adjective = fold(words[0]) in not_names and fold(words[0]) not in _NAMES_LIKE_ADJECTIVES
        if fold(words[0]) in _NAME_STOPWORDS or named_like_adjective or len(name) < 3 or fold(words[0]).startswith("لل"):
            continue   # (ل and the article, "for the": "مخيم للنازحين" is a camp for the displaced, no name)
        out.append(Mention("place", name, "ar", None, clause.start + start, kind))
    return sorted(out + _first_between(clause, heads, not_names), key=lambda d: d.start)


def _word_of_longer_name(clause: Clause, words: list[str], text: str, end: int) -> str | None:
    """The word after a draft's name when the name with it is a place of the gazetteer or of OCHA's community list
    (the word may be a given name, «علي», that ends no name there; the caller still refuses a word that is no part
    of a name, as written, not folded, since «علي» folds like «على»: «جب السكر غربي» and «المشرفة قرب» are villages,
    «قرية جب السكر غربي مدينة X» one west of X and «قرية المشرفة قرب مدينة حمص» one near Homs)."""
    after = re.match(r"\s+([\u0621-\u064a]{2,})(?![\u0621-\u064a])", text[end:])
    if after is None:
        return None
    longer, lex = " ".join([*words, after.group(1)]), clause.a.options.lexicon
    return after.group(1) if lex.lookup(longer, "ar") or lex.communities(longer, "ar") else None


def _first_between(clause: Clause, heads: str, not_names: set[str]) -> list[Mention]:
    """"بين قريتي X وY": X, the first of the two (its compound head or ال word with it, not "وY")."""
    regex = clause.pack.memo("between-dual", lambda: re.compile(
        ar.BETWEEN_DUAL_BEFORE + r"(" + "|".join(ar.BETWEEN_DUAL_KINDS) + r")[\u064b-\u0652]*\s+[\"“«]?((?:(?:" + heads
        + r")\s+)?[\u0621-\u0652]+(?:\s+ال[\u0621-\u0652]+)?)"))
    return [Mention("place", m.group(2), "ar", None, clause.start + m.start(2), ar.BETWEEN_DUAL_KINDS[m.group(1)])
            for m in regex.finditer(clause.text)
            if fold(m.group(2).split()[0]) not in _NAME_STOPWORDS | not_names and len(m.group(2)) >= 3]


_PAIRED_SIDES = frozenset(fold(w) for w in ("الشرقية", "الغربية", "الشمالية", "الجنوبية"))
_MASCULINE_SIDES = frozenset(fold(w) for w in ("الشرقي", "الغربي", "الشمالي", "الجنوبي"))


def _paired_village(words: list[str], kind_word: str) -> bool:
    """"قرية الغارية الغربية"، "بلدة الغور الشرقية": a village of a pair named by its side (X الشرقية and X
    الغربية); the side is part of its name after a place word when the name has the article. A masculine
    side after a feminine place word cannot describe the place word, so it is the name's ("بلدة الدير
    الشرقي")."""
    if len(words) != 2 or not words[0].startswith("ال") or kind_word not in ("قرية", "بلدة", "مدينة"):
        return False
    side = fold(words[-1])
    return side in _MASCULINE_SIDES or side in _PAIRED_SIDES and kind_word != "مدينة"


def _and_its(word: str) -> bool:
    """"وأطرافها"، "وريفها": "and its outskirts", the place's surroundings, no part of its name."""
    return word.startswith("و") and word.endswith(("ها", "هما", "هم"))


_DAY_PARTS = frozenset(fold(w) for w in ar.DAY_PARTS + ar.TODAY + ar.YESTERDAY)


def _adverb(word: str) -> bool:
    """A word that says when rather than where (صباحاً، مساء، أمس): no part of a place's name."""
    return word.endswith(("ً", "ٌ", "ٍ")) or fold(word) in _DAY_PARTS or fold(word).removesuffix("ا") in _DAY_PARTS


def _preposition_phrase(word: str, clause: Clause) -> bool:
    """A word that is a preposition and its noun (مخيم X للنازحين، بلدة X بدرعا): no part of a place's name."""
    folded = fold(word)
    return folded.startswith("لل") or (folded[:1] in "بل" and bool(clause.a.options.lexicon.lookup(word[1:], "ar")))


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
