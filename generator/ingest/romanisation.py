"""English spellings of Arabic names, from spellings people actually use.

`romanisations(arabic)` gives up to three ranked Latin spellings of an Arabic
name; `romanise(arabic)` is the first of them. They come from
arabic-name-romanizer (MIT): an index of about 60,000 attested Latin spellings
of Arabic name parts from Wikidata, looked up with the country hint `SY`, and
a small ONNX model shipped in its wheel for the parts nobody has spelled. No
network is used at run time. See docs/names.md for how it was chosen and what
it scores on names reported in both languages.

The site's convention is applied to every spelling (`latin_style.site_style`): words
capitalised, the article written `al-` in lower case and joined by a hyphen
(`Ahmad al-Sharaa`, `al-Muzayrib`) wherever the Arabic has ال, `bin`/`ibn` in
lower case. Other spelling choices (Abdul Rahman or Abd al-Rahman, Mohammad
or Muhammad) are attested ones: for a personal name, each part's spellings in
the index, ranked by how many English-language Syrian news pages used each
(`part_spellings`), the three spellings composed from them; otherwise the
romaniser's own ranking.

The package is loaded on the first Arabic name, and its model only when a
personal name has a part missing from the index (the model load costs a second
or so, each run of it 10-100 ms); names whose first part is not an attested
name part (places, organizations, outlets) get the index and the package's
letter rules instead. Results are cached for the life of the process.
`warm(names)` romanises many names in one batch, which is several times faster
than one by one.

`skeleton` (consonants only) is the fuzzy fallback for matching a spelling
that none of the candidates gives, and also filters out candidates whose
consonants are not the Arabic name's (a Hebrew `Avraham` for إبراهيم).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from ..records.model import Review
from .latin_style import site_style, spelling_key
from .normalise import fold, fold_latin_name
from .part_spellings import PartSpelling, news_spellings, ranked, three_spellings

# ---- tuned constants ---------------------------------------------------------

# The country hint: Syrian names take the spellings attested for Syrians first
# (then the Levant, then all). Measured best of SY, PS, LB, JO, IQ and none.
COUNTRY = "SY"
# Spellings kept per name. Three cover the usual Mohammad / Muhammad / Mohammed
# choice of one name part; more would put look-alike names on review lists.
CANDIDATES = 3
# Spellings asked of the romaniser before the site's convention merges the
# ones that differ only in the article or case (Al Khalil, al-Khalil, El Khalil).
POOL = 5
# A candidate whose consonant skeleton is less than this similar (rapidfuzz
# ratio) to the Arabic name's is dropped: Avraham for إبراهيم, Guerbi for قربي.
MIN_SKELETON_SCORE = 80.0
# Skeletons shorter than this (consonants) are too short to judge that way.
MIN_CHECKED_SKELETON = 3
# Names romanised per process before the oldest are forgotten.
CACHE_SIZE = 50_000

# ---- scripts -----------------------------------------------------------------

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


# ---- skeletons -----------------------------------------------------------------

_ARABIC_SKELETON = {
    "ب": "b", "ت": "t", "ث": "c", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "v",
    "ر": "r", "ز": "z", "س": "s", "ش": "$", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "پ": "p", "چ": "$", "گ": "g", "ڤ": "f",
}
# Latin digraphs first (kh → x, sh/ch → $, gh → g, th → c, dh → v), after a
# Latin c or v of their own has become k or f.
_LATIN_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"kh"), "x"), (re.compile(r"sch|sh|ch"), "$"), (re.compile(r"gh"), "g"),
    (re.compile(r"dj"), "j"), (re.compile(r"ph"), "f"), (re.compile(r"ck|c"), "k"),
    (re.compile(r"v"), "f"), (re.compile(r"th"), "c"), (re.compile(r"dh"), "v"),
)
_NOT_CONSONANT = re.compile(r"[^bcdfgjhklmnprstvxz$]")


@lru_cache(maxsize=16384)  # asked again and again of the same names and ids while a batch is drafted
def skeleton(text: str) -> str:
    """Consonant skeleton of a name in either script, for fuzzy comparison.

    Consonants only; kh/sh/gh/th/dh and خ/ش/غ/ث/ذ map to one symbol each;
    ayn, hamza, w, y and vowels dropped; a word-final h dropped (ة, -ah/-eh);
    q = k; doubled letters collapsed where they touch (Jassim = Jasim; the
    two r of Hariri stay two); a leading article dropped (English often
    writes Muzayrib for المزيريب); spaces removed. Not for display.
    """
    if is_arabic(text):
        out = []
        arabic_words = fold(text).split()
        if arabic_words and arabic_words[0].startswith("ال") and len(arabic_words[0]) > 3:
            arabic_words[0] = arabic_words[0][2:]   # a leading article: al-Muzayrib = Muzayrib
        for word in arabic_words:
            # doubled letters are collapsed where they touch, before the vowels go
            letters = [_ARABIC_SKELETON.get(ch, "") for i, ch in enumerate(word) if i == 0 or ch != word[i - 1]]
            if len(letters) > 1 and word.endswith("ه"):
                letters[-1] = ""
            out.append("".join(letters))
        return "".join(out)
    words = []
    latin_words = fold_latin_name(text).split()
    if len(latin_words) > 1 and latin_words[0] == "al":
        latin_words = latin_words[1:]
    for word in latin_words:   # doubled letters already collapsed
        word = re.sub(r"(?<=[aeiou])h$", "", word)
        for pattern, replacement in _LATIN_SKELETON_RULES:
            word = pattern.sub(replacement, word)
        words.append(_NOT_CONSONANT.sub("", word))
    return "".join(words)


# ---- the romaniser -------------------------------------------------------------

class _LazyModel:
    """The package's ONNX model, loaded on the first name part the index lacks."""

    uses_roles = True

    def __init__(self, model_dir: Path) -> None:
        self._dir = model_dir
        self._model: Any = None

    def transliterate_units(self, units: list[str], country: str | None, top_k: int,
                            roles: list[str | None] | None = None) -> list[list[tuple[str, float]]]:
        if self._model is None:
            from arabic_name_romanizer.api import load_model
            self._model = load_model(self._dir)
        if self._model is None:   # a wheel without its model: the package's own rules answer
            return [[] for _ in units]
        return self._model.transliterate_units(units, country, top_k, roles=roles)


_TRANSLITERATORS: dict[bool, Any] = {}


def _transliterator(with_model: bool = True) -> Any:
    """The package's romaniser, with its model for unseen name parts or with its letter rules instead."""
    if with_model not in _TRANSLITERATORS:
        from arabic_name_romanizer import Transliterator
        from arabic_name_romanizer.api import default_resources_dir
        resources = default_resources_dir()
        if with_model:
            _TRANSLITERATORS[True] = Transliterator(model=_LazyModel(resources),
                                                    persian_model=_LazyModel(resources / "persian"))
        else:
            _TRANSLITERATORS[False] = Transliterator(auto_load_model=False)
    return _TRANSLITERATORS[with_model]


def _is_personal_name(arabic: str) -> bool:
    """The name's first part is an attested name part (a given name, Abd ..., Abu ...).

    Only such names get the model for their unseen parts: a place or an
    organization (قوات النظام, دير الزور) gets the index and letter rules, so
    that ingesting an article does not run the model for every phrase.
    """
    from arabic_name_romanizer.normalize import lookup_key
    units = _units(arabic)
    return bool(units) and bool(_transliterator(False).index.lookup_unit(lookup_key(units[0]), COUNTRY, None))


def _units(arabic: str) -> list[str]:
    from arabic_name_romanizer.normalize import normalize_arabic, split_units
    return split_units(normalize_arabic(arabic))


def _looks_like(latin: str, arabic: str) -> bool:
    """The Latin spelling's consonants are (nearly) the Arabic's: no Avraham for إبراهيم.

    Skeletons shorter than `MIN_CHECKED_SKELETON` are not judged: one letter
    is a third of them (Taha / طه, Elias / إلياس).
    """
    latin_skeleton, arabic_skeleton = skeleton(latin), skeleton(arabic)
    if min(len(latin_skeleton), len(arabic_skeleton)) < MIN_CHECKED_SKELETON:
        return True
    return fuzz.ratio(latin_skeleton, arabic_skeleton) >= MIN_SKELETON_SCORE


def _is_plain(latin: str) -> bool:
    """ASCII letters only: not Kurmanji Îbrahîm, French Fayçal."""
    return re.sub(r"[\s'-]", "", latin).isascii()


@lru_cache(maxsize=8192)   # the same given names (محمد, أحمد) recur in name after name
def _known_spellings(part: str) -> tuple[PartSpelling, ...]:
    """One Arabic name part's spellings, best first (`part_spellings.ranked`): the index's for Syria and
    the news table's, in the site's convention."""
    from arabic_name_romanizer.normalize import lookup_key
    article = part.startswith("ال") and " " not in part
    attested: dict[str, PartSpelling] = {}
    for variant in _transliterator(False).index.lookup_unit(lookup_key(part), COUNTRY):
        latin = site_style(variant.latin, article)
        key = spelling_key(latin)
        if not key or not _is_plain(latin) or not _looks_like(latin, part):
            continue
        seen = attested.get(key)
        attested[key] = PartSpelling(seen.latin if seen else latin, key, variant.count + (seen.index_count if seen else 0))
    news = [PartSpelling(latin := site_style(spelling, article), spelling_key(latin), news_count=n)
            for spelling, n in news_spellings(lookup_key(part))]
    return tuple(ranked(list(attested.values()), news))


def _part_spellings(part: str, found: list[Any], position: int, count: int) -> list[PartSpelling]:
    """`_known_spellings`, or the romaniser's own spellings of the part (its model's) when nobody spelled it."""
    spellings = list(_known_spellings(part))
    if not spellings:
        article = part.startswith("ال") and " " not in part
        for candidate in found:
            if len(candidate.units) == count:
                latin = site_style(candidate.units[position].latin, article)
                if all(spelling_key(latin) != s.key for s in spellings):
                    spellings.append(PartSpelling(latin, spelling_key(latin)))
    return spellings


def _composed(arabic: str, found: list[Any]) -> list[str]:
    """A personal name's spellings composed part by part (`part_spellings.three_spellings`); none when a
    part has no spelling at all, and for a name of one part, whose spellings the romaniser reads in the
    index's table of whole names. A spelling the index has of the whole name (a public figure's) stays first."""
    units = _units(arabic)
    parts = [_part_spellings(part, found, i, len(units)) for i, part in enumerate(units)] if len(units) > 1 else []
    if not parts or not all(parts):
        return []
    whole = site_style(found[0].text) if found and len(found[0].units) == 1 else ""
    first = [whole] if whole and _is_plain(whole) and _looks_like(whole, arabic) else []
    return first + three_spellings(parts)


def _ranked(arabic: str, found: list[Any], personal: bool) -> tuple[str, ...]:
    """The site's spellings from the romaniser's candidates, best first, merged and filtered; for a
    personal name, the spellings composed part by part come first."""
    units = _units(arabic)
    out: list[str] = []
    first = ""
    seen: set[str] = set()
    for text in _composed(arabic, found) if personal else []:
        key = spelling_key(text)
        if key not in seen:
            seen.add(key)
            out.append(text)
    for candidate in found:
        if len(out) == CANDIDATES:
            break
        parts = candidate.units
        if parts and len(parts) == len(units):
            # one Latin part per Arabic part: the article and the consonants are checked part by part
            styled = [site_style(part.latin, part.arabic.startswith("ال") and " " not in part.arabic)
                      for part in parts]
            text = " ".join(styled)
            plausible = all(_looks_like(latin, part.arabic) for latin, part in zip(styled, parts, strict=True))
        else:   # a whole-name spelling from the index
            text = site_style(candidate.text, len(units) == 1 and units[0].startswith("ال"))
            plausible = _looks_like(text, arabic)
        first = first or text
        key = spelling_key(text)
        if key and key not in seen and _is_plain(text) and plausible:
            seen.add(key)
            out.append(text)
    if not out and first:   # everything filtered out: the romaniser's best is still better than nothing
        out.append(first)
    return tuple(out[:CANDIDATES])


# Arabic name -> its spellings; a dict keeps insertion order, so the oldest go first
_CACHE: dict[str, tuple[str, ...]] = {}


def _remember(arabic: str, spellings: tuple[str, ...]) -> tuple[str, ...]:
    if len(_CACHE) >= CACHE_SIZE:
        del _CACHE[next(iter(_CACHE))]
    _CACHE[arabic] = spellings
    return spellings


def _clean(text: str) -> str:
    return " ".join(text.split())


def romanisations(text: str) -> tuple[str, ...]:
    """Up to `CANDIDATES` Latin spellings of an Arabic name, best first, in the site's convention.

    Text without Arabic letters is returned as it is (one candidate).
    """
    text = _clean(text)
    if not is_arabic(text):
        return (text,) if text else ()
    if text not in _CACHE:
        personal = _is_personal_name(text)
        found = _transliterator(personal).transliterate(text, top_k=POOL, country=COUNTRY)
        _remember(text, _ranked(text, found, personal))
    return _CACHE[text] or (text,)


def romanise(text: str) -> str:
    """The first of `romanisations`: the English spelling a draft record gets.

    Anything stored from this function is marked as machine romanisation
    (see `romanisation_review`).
    """
    found = romanisations(text)
    return found[0] if found else ""


def warm(names: Iterable[str]) -> None:
    """Romanise many names in one batch: the model runs once for all their unseen parts.

    Several times faster than one name at a time; used before indexing a
    knowledge base's names.
    """
    todo = sorted({clean for name in names if is_arabic(clean := _clean(name)) and clean not in _CACHE})
    for with_model in (True, False):
        batch = [name for name in todo if _is_personal_name(name) == with_model]
        if batch:
            found = _transliterator(with_model).transliterate_many(batch, top_k=POOL, country=COUNTRY)
            for name, candidates in zip(batch, found, strict=True):
                _remember(name, _ranked(name, candidates, with_model))


def romanisation_review(field_name: str, arabic: str, romanised: str) -> Review:
    """The review entry that marks an English name made by `romanise`."""
    return Review(field=field_name, reason=f"machine romanisation of “{arabic}” as “{romanised}”: check the spelling")
