"""Matching keys of names, and the aliases of records: how a name of a person, organization or place
is folded into the keys that `names.NameIndex` files it under (the rules are in `names.py`'s docstring).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..records.model import Aliases
from .lang import ar, en
from .normalise import fold, fold_latin_name, split_clitics
from .latin_style import without_articles
from .romanisation import is_arabic, romanisations, skeleton

# Kinds whose English names are transliterations, matched across scripts through
# the romaniser; organizations' English names are translations (Islamic State,
# not al-Dawla al-Islamiya), so the lexicon gives them in both languages.
TRANSLITERATED_KINDS = ("person", "place")

# A word stripped of its clitics must keep this many letters (بجاسم → جاسم).
MIN_CLITIC_STEM = 3

# ---- word lists (Arabic in ordinary spelling: folded before use) ------------

# Words before a place name that are not part of it.
ARABIC_PLACE_WORDS: tuple[str, ...] = (
    "مدينة", "بلدة", "قرية", "بلدات", "قرى", "مخيم", "حي", "ناحية", "منطقة", "مزرعة",
)
ENGLISH_PLACE_WORDS: tuple[str, ...] = (
    "the town of", "the city of", "the village of", "the area of", "town of", "city of",
    "village of", "area of", "the",
)
ENGLISH_PLACE_SUFFIXES: tuple[str, ...] = ("city", "town", "village")
# Words before a person's name besides ranks: "the so-called", the young man.
ARABIC_PERSON_WORDS: tuple[str, ...] = ("المدعو", "الشاب", "الطفل", "المواطن", "السيد")
ENGLISH_PERSON_WORDS: tuple[str, ...] = ("the", "mr", "mr.")
ARABIC_KUNYA_WORDS: tuple[str, ...] = ("أبو", "أبي", "أبا", "أم")
ENGLISH_KUNYA_WORDS: tuple[str, ...] = ("abu", "abou", "abo", "umm", "um", "om")

# Punctuation that separates the words of a name.
_PUNCT = re.compile(r"[()\[\]{},،;؛:!?؟/\\|]+")


# ---- keys ----------------------------------------------------------------------

def _folded_list(words: Iterable[str], latin: bool) -> list[list[str]]:
    """Phrases as lists of folded words, longest first."""
    out = {tuple((fold_latin_name(w) if latin else fold(w)).split()) for w in words}
    return [list(p) for p in sorted(out, key=lambda p: (-len(p), p)) if p]


def _strip_leading(tokens: list[str], phrases: list[list[str]]) -> list[str]:
    """Drop leading phrases (ranks, "town of") as long as a word remains."""
    changed = True
    while changed:
        changed = False
        for phrase in phrases:
            if len(tokens) > len(phrase) and tokens[:len(phrase)] == phrase:
                tokens = tokens[len(phrase):]
                changed = True
                break
    return tokens


class _Words:
    """The folded word lists, built once."""

    def __init__(self) -> None:
        self.ar_person = _folded_list(ar.RANKS + ARABIC_PERSON_WORDS, latin=False)
        self.ar_place = _folded_list(ARABIC_PLACE_WORDS, latin=False)
        self.en_person = _folded_list(en.RANKS + ENGLISH_PERSON_WORDS, latin=True)
        self.en_place = _folded_list(ENGLISH_PLACE_WORDS, latin=True)
        self.en_org = _folded_list(("the",), latin=True)
        self.en_place_suffixes = {fold_latin_name(w) for w in ENGLISH_PLACE_SUFFIXES}
        self.ar_kunya = {fold(w) for w in ARABIC_KUNYA_WORDS}
        self.en_kunya = {fold_latin_name(w) for w in ENGLISH_KUNYA_WORDS}


_WORDS: _Words | None = None


def _words_data() -> _Words:
    global _WORDS
    if _WORDS is None:
        _WORDS = _Words()
    return _WORDS


@dataclass(frozen=True)
class Keys:
    """The matching keys of one name."""

    arabic: tuple[tuple[str, int], ...] = ()      # (key, tier)
    latin: tuple[tuple[str, int], ...] = ()       # keys of a Latin name
    romanised: tuple[tuple[str, int], ...] = ()   # Latin keys of an Arabic name's romanisation
    kunya: tuple[str, ...] = ()                   # the name without its kunya word (أبو X → X)
    skeleton: str = ""


def _arabic_base(text: str) -> list[str]:
    folded = fold(_PUNCT.sub(" ", text))
    folded = re.sub(r"(^|\s)(عبد)(ال)", r"\1\2 \3", folded)
    return [t for t in folded.replace("-", " ").split() if t]


def arabic_stripped(text: str, kind: str) -> tuple[list[str], list[str], str]:
    """(folded words, folded words without ranks or place words, the latter in the original spelling).

    The original spelling (hamzas, ة) is what the romaniser reads; it is the
    folded words' original tokens when folding kept the word count.
    """
    words = _words_data()
    tokens = _arabic_base(text)
    prefixes = words.ar_person if kind == "person" else words.ar_place if kind == "place" else []
    stripped = _strip_leading(tokens, prefixes)
    original = re.sub(r"(^|\s)(عبد)(ال)", r"\1\2 \3", _PUNCT.sub(" ", text)).replace("-", " ").split()
    shown = " ".join(original[len(original) - len(stripped):] if len(original) == len(tokens) else stripped)
    return tokens, stripped, shown


def name_keys(text: str, kind: str) -> Keys:
    """Every key of a name (a record's name or alias, or a mention) for one kind."""
    text = text.strip()
    if not text:
        return Keys()
    words = _words_data()
    if is_arabic(text):
        tokens, stripped, shown = arabic_stripped(text, kind)
        if not tokens:
            return Keys()
        found: dict[str, int] = {" ".join(tokens): 0}
        found.setdefault(" ".join(stripped), 1)
        if kind != "person":   # person mentions come without clitics; ل of لؤي is no preposition
            for stem in split_clitics(stripped[0])[1:]:
                if len(stem) >= MIN_CLITIC_STEM:
                    found.setdefault(" ".join([stem] + stripped[1:]), 2)
        kunya: tuple[str, ...] = ()
        if kind == "person" and len(stripped) > 1 and stripped[0] in words.ar_kunya:
            kunya = (" ".join(stripped[1:]),)
        romanised: dict[str, int] = {}
        for rank, spelling in enumerate(romanisations(shown) if kind in TRANSLITERATED_KINDS else ()):
            # English reports often drop the article (Bashar Assad): both forms are keys
            for form in (spelling, without_articles(spelling)):
                if roman := fold_latin_name(form):
                    romanised.setdefault(roman, min(rank, 1))
        return Keys(arabic=tuple(found.items()), romanised=tuple(romanised.items()), kunya=kunya,
                    skeleton=skeleton(shown))
    base = fold_latin_name(text)
    tokens = base.split()
    if not tokens:
        return Keys()
    found = {base: 0}
    prefixes = words.en_person if kind == "person" else words.en_place if kind == "place" else words.en_org
    stripped = _strip_leading(tokens, prefixes)
    if kind == "place" and len(stripped) > 1 and stripped[-1] in words.en_place_suffixes:
        stripped = stripped[:-1]
    found.setdefault(" ".join(stripped), 1)
    kunya = ()
    if kind == "person" and len(stripped) > 1 and stripped[0] in words.en_kunya:
        kunya = (" ".join(stripped[1:]),)
    return Keys(latin=tuple(found.items()), kunya=kunya, skeleton=skeleton(" ".join(stripped)))


def alias_key(text: str, kind: str = "") -> str:
    """The key that says two spellings are the same alias (folded, script-aware)."""
    if is_arabic(text):
        return " ".join(_arabic_base(text))
    return fold_latin_name(text)


def record_names(record: Any) -> list[tuple[str, str]]:
    """(language, text) of a record's names and aliases."""
    out: list[tuple[str, str]] = []
    name = getattr(record, "name", None)
    if name is not None:
        out += [(lang, t) for lang in ("ar", "en") if (t := getattr(name, lang, None))]
    aliases = getattr(record, "aliases", None)
    if aliases is not None:
        out += [("ar", t) for t in aliases.ar] + [("en", t) for t in aliases.en]
    return out


def surface_form(name: str, variants: Iterable[str]) -> str:
    """The form of a person's name to resolve: the kunya form (`أبو X`) when one of
    `variants` is `name` with a kunya word before it, else `name`.

    Extraction hands over a person's name with the kunya stripped and the kunya
    form among the aliases; resolving the stripped name would take "father of X"
    for X himself. Resolving the kunya form gives candidates only, unless it is a
    known alias.
    """
    words = _words_data()
    key = alias_key(name)
    for variant in variants:
        tokens = variant.split()
        if len(tokens) < 2:
            continue
        first = fold(tokens[0]) if is_arabic(tokens[0]) else fold_latin_name(tokens[0])
        if first in (words.ar_kunya | words.en_kunya) and alias_key(" ".join(tokens[1:])) == key:
            return variant
    return name


# ---- aliases ---------------------------------------------------------------------

def add_alias(record: Any, mention: str, language: str) -> bool:
    """Add `mention` to the record's aliases in `language` unless a name or alias has its key.

    Never touches `name`. The alias list is kept sorted when it already is
    (so aliases added in any order end up in one order); otherwise the new
    alias is appended after the hand-written ones. True if added.
    """
    if not takes_alias(record, mention, language):
        return False
    mention = " ".join(mention.split())
    current = list(getattr(record.aliases, language))
    if current == sorted(current, key=_sort_key):
        current.append(mention)
        current.sort(key=_sort_key)
    else:
        current.append(mention)
    other = "en" if language == "ar" else "ar"
    record.aliases = Aliases(**{language: current, other: list(getattr(record.aliases, other))})
    return True


def takes_alias(record: Any, mention: str, language: str) -> bool:
    """Whether `add_alias` would add `mention`: asked first by callers that copy a record to change it,
    as most mentions of a known name are already one of its names."""
    mention = " ".join(mention.split())
    if not mention or getattr(record, "aliases", None) is None or language not in ("en", "ar"):
        return False
    key = alias_key(mention)
    return bool(key) and not any(alias_key(text) == key for _lang, text in record_names(record))


def _sort_key(text: str) -> tuple[str, str]:
    return (alias_key(text), text)
