"""Name helpers of the gazetteer build (scripts/build_gazetteer.py): Latin
display forms, ids, consonant skeletons across scripts and the filtering of
GeoNames alternate names. Development time only.
"""

from __future__ import annotations

import math
import re
import unicodedata
from difflib import SequenceMatcher

from generator.ingest.normalise import fold, fold_latin_name

# An alternate name is kept only when its consonants resemble the main name's:
# GeoNames lists old names, neighbouring places and plain errors as well.
MIN_SKELETON_SIMILARITY = 0.5
# A name matched across scripts must be this close in consonants.
MIN_CROSS_SCRIPT_SIMILARITY = 0.75

_AR_SKELETON = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "و": "", "ي": "", "ا": "", "ء": "", " ": " ",
})
_LATIN_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("th", "t"), ("dh", "d"),
                   ("ch", "s"), ("q", "k"), ("c", "k"))
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a ]+$")
_LATIN_ONLY = re.compile(r"^[A-Za-z][A-Za-z' \-]+$")
_LATIN_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|ad|at|az|adh|ath)[ -]", re.IGNORECASE)


def ascii_name(name: str) -> str:
    """"Dar‘ā" → "Dara", "Aş Şanamayn" → "As Sanamayn": no marks, no ayn signs."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return re.sub(r"[‘’ʿʾ`´]", "", plain).strip()


def display_name(name: str) -> str:
    """English display form: "Al Ḩasakah" → "Al-Hasakah", "Buşrá ash Shām" → "Busra al-Sham"."""
    words = ascii_name(name).replace("-", " ").split()
    text = ""
    for i, word in enumerate(words):
        if _LATIN_ARTICLE.match(word + " ") and i + 1 < len(words):
            word = "Al-" if i == 0 else "al-"
        elif text.endswith("-"):
            word = word[:1].upper() + word[1:]
        text += word if not text or text.endswith("-") else " " + word
    return text


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_name(text).lower().replace("'", "")).strip("-")


def latin_skeleton(name: str) -> str:
    key = _LATIN_ARTICLE.sub("", ascii_name(name).lower())
    for digraph, single in _LATIN_DIGRAPHS:
        key = key.replace(digraph, single)
    key = re.sub(r"h\b", "", key)
    key = re.sub(r"[aeiouyw'\-]", "", key)
    return re.sub(r"(.)\1+", r"\1", key).replace(" ", "")


def arabic_skeleton(name: str) -> str:
    key = fold(name)
    key = re.sub(r"^ال", "", key)
    key = re.sub(r"\bال", "", key)
    key = re.sub(r"ه\b", "", key)
    return re.sub(r"(.)\1+", r"\1", key.translate(_AR_SKELETON)).replace(" ", "")


def similarity(skeleton_a: str, skeleton_b: str) -> float:
    return SequenceMatcher(None, skeleton_a, skeleton_b).ratio()


def resembles(skeleton_a: str, skeleton_b: str) -> bool:
    return similarity(skeleton_a, skeleton_b) >= MIN_SKELETON_SIMILARITY


def arabic_key(name: str) -> str:
    """The key two Arabic spellings of one name share: folded, single spaces, no article."""
    return re.sub(r"\bال", "", re.sub(r"\s+", " ", fold(name)).strip())


def latin_key(name: str) -> str:
    return fold_latin_name(name)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


# ------------------------------------------------- GeoNames alternate names

def _plausible_latin(alternate: str) -> bool:
    """A transliteration, not a code (QHS), a lowercase skeleton (jasm) or a
    mangled form (KhIums, Kh'oms)."""
    return (bool(_LATIN_ONLY.match(alternate)) and not alternate.islower()
            and not re.search(r"[a-z][A-Z]|[A-Z]{2}|'[A-Z]", alternate))


def latin_alternates(city: dict) -> list[str]:
    return sorted({a for a in (ascii_name(x) for x in city["alternatenames"] + [city["name"]])
                   if _plausible_latin(a)})


def english_aliases(city: dict, name_en: str, name_ar: str | None, dropped: set[str]) -> list[str]:
    """GeoNames Latin alternates that sound like the Arabic name (or, without
    one, the English name), one per transliteration key."""
    reference = arabic_skeleton(name_ar) if name_ar else latin_skeleton(name_en)
    seen = {fold_latin_name(name_en)}
    aliases = []
    for alternate in latin_alternates(city):
        key = fold_latin_name(alternate)
        if alternate in dropped or key in seen or not resembles(latin_skeleton(alternate), reference):
            continue
        seen.add(key)
        aliases.append(alternate)
    return aliases


def arabic_alternates(city: dict, name_en: str, dropped: set[str]) -> list[str]:
    """GeoNames Arabic alternates that sound like one of the Latin names."""
    references = {latin_skeleton(name_en)} | {latin_skeleton(a) for a in latin_alternates(city)}
    found = []
    for alternate in city["alternatenames"]:
        alternate = alternate.strip()
        if alternate in dropped or not _ARABIC_ONLY.match(alternate) or alternate in found:
            continue
        skeleton = arabic_skeleton(alternate)
        if any(resembles(skeleton, ref) for ref in references):
            found.append(alternate)
    return found


def is_everyday_word(name: str, everyday_words: frozenset[str]) -> bool:
    """The name is an everyday word (جديدة "new", الثورة "the revolution");
    `everyday_words` holds `arabic_key`s."""
    return arabic_key(name) in everyday_words


def ordinary_names(names: list[str], everyday_words: frozenset[str]) -> list[str]:
    """The Arabic names that are not everyday words: only those become aliases."""
    return [n for n in names if not is_everyday_word(n, everyday_words)]


def pick_arabic_name(candidates: list[str], name_en: str, everyday_words: frozenset[str] = frozenset()) -> str | None:
    """The Arabic alternate that best fits the English name: same number of
    words (articles aside), with the article when the English has one, the
    longer one, and between equals not an everyday word (الطبقة, not الثورة)."""
    if not candidates:
        return None
    words_en = [w for w in ascii_name(name_en).split() if not _LATIN_ARTICLE.match(w + " ")]
    has_article = bool(_LATIN_ARTICLE.match(ascii_name(name_en) + " "))

    def score(candidate: str) -> tuple[int, int, int, bool]:
        return (abs(len(candidate.split()) - len(words_en)),
                0 if candidate.startswith("ال") == has_article else 1,
                -len(candidate), is_everyday_word(candidate, everyday_words))
    return min(candidates, key=score)


def merge_aliases(language: str, name: str | None, *lists: list[str]) -> list[str]:
    """Aliases without repeats (after folding) and without the name itself.
    English spellings are kept even when they share a matching key (Jassim,
    Jassem): readers and search use them."""
    key = fold if language == "ar" else str.casefold
    seen = {key(name)} if name else set()
    merged = []
    for alias in (a for lst in lists for a in lst):
        if key(alias) not in seen:
            seen.add(key(alias))
            merged.append(alias)
    return merged
