"""Matching keys for Arabic and English text, with offsets back to the original.

Every matcher of the ingest layer (numbers, dates, lexicon) works on folded
text and reports spans in the original text through `Normalised.to_original`.
Folding is done character by character so that each folded character knows
the original character it came from; deletions (diacritics, tatweel, quotes)
and expansions (NFKC ligatures) are therefore safe.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from generator import textfold
from generator.ingest.lang import en
from generator.ingest.lang.common import MIN_STEM_LENGTH

# Characters mapped one to one after compatibility decomposition has removed
# hamza and madda marks (أ إ آ ؤ ئ decompose to a base letter plus a mark).
_ARABIC_LETTER_MAP = textfold.LETTER_MAP
_DIGITS = textfold.DIGITS
_LATIN_LETTER = re.compile(r"[a-z]")


@dataclass
class _Mapped:
    """A string being rewritten, each character remembering its original index."""

    text: str = ""
    origins: list[int] = field(default_factory=list)

    def sub(self, pattern: re.Pattern[str], replacement: str) -> "_Mapped":
        """Regex replacement that keeps the map: replacement characters take
        the origins of the matched characters, position by position (the last
        one's when the replacement is longer). The pattern must not match the
        empty string."""
        literal = "\\" not in replacement
        if literal and len(replacement) == 1 and _matches_one_character(pattern):
            return _Mapped(pattern.sub(replacement, self.text), self.origins)  # one for one: offsets kept
        group = _ONE_GROUP.fullmatch(replacement)   # r"\1": the group itself (`expand` parses it per match)
        group_number = int(group.group(1)) if group else 0
        pieces: list[str] = []
        origins: list[int] = []
        last = 0
        same_length = True
        for match in pattern.finditer(self.text):
            start, end = match.span()
            new = replacement if literal else (match.group(group_number) or "") if group_number \
                else match.expand(replacement)
            pieces.append(self.text[last:start])
            pieces.append(new)
            if same_length and len(new) == end - start:
                last = end  # the origins stay as they are, position by position
                continue
            if same_length:  # the first change of length: the origins up to here are the old ones
                same_length = False
                origins = self.origins[:start]
            else:
                origins.extend(self.origins[last:start])
            span = self.origins[start:end]
            origins.extend(span[:len(new)])
            origins.extend(span[-1:] * (len(new) - len(span)))
            last = end
        if not pieces:
            return self
        pieces.append(self.text[last:])
        if same_length:
            return _Mapped("".join(pieces), self.origins)
        origins.extend(self.origins[last:])
        return _Mapped("".join(pieces), origins)


_ONE_GROUP = re.compile(r"\\([1-9])")
# A pattern that is one character class (no escapes inside) or one plain character.
_ONE_CHARACTER = re.compile(r"\[\^?[^\]\\]+\]|[^\\\[\](){}.*+?|^$]")


@lru_cache(maxsize=None)
def _matches_one_character(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` is exactly one character long."""
    return _ONE_CHARACTER.fullmatch(pattern.pattern) is not None


@dataclass(frozen=True)
class Normalised:
    """Folded text plus the way back to the original text.

    `origins[i]` is the index in `original` of the character that produced
    `text[i]`.
    """

    original: str
    text: str
    origins: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span [start, end) of the folded text to the original text.

        The span covers every original character that produced a folded
        character of the span, plus diacritics attached to its last letter.
        """
        if start >= end:
            point = self.origins[start] if start < len(self.origins) else len(self.original)
            return point, point
        orig_start = self.origins[start]
        orig_end = self.origins[end - 1] + 1
        next_origin = self.origins[end] if end < len(self.origins) else len(self.original)
        # Deleted characters after the last letter belong to it: diacritics,
        # tatweel, and letters merged into it by a key (the second a of Daraa).
        while orig_end < next_origin and _belongs_to_previous(self.original[orig_end]):
            orig_end += 1
        return orig_start, orig_end


def _belongs_to_previous(ch: str) -> bool:
    return ch == textfold.TATWEEL or ch.isalnum() or unicodedata.category(ch) == "Mn"


@lru_cache(maxsize=None)
def _fold_char(ch: str) -> str:
    """Fold one character: compatibility decomposition, marks dropped,
    Arabic letter variants and digits unified, odd spaces and underscores to a space."""
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch == textfold.TATWEEL or ch in textfold.DOUBLE_QUOTES:
        return ""
    category = unicodedata.category(ch)
    if category == "Zs" or ch == "\t" or ch == "_":
        return " "   # (the underscore joins the words of a hashtag: "#تل_رفعت")
    if category == "Cf":  # zero-width joiners, direction marks
        return ""
    decomposed = unicodedata.normalize("NFKD", ch)
    out = []
    for part in decomposed:
        if unicodedata.category(part) == "Mn":
            continue
        part = _ARABIC_LETTER_MAP.get(part, part)
        out.append(_DIGITS.get(part, part).lower())
    return "".join(out)


_STRAY_SINGLE_QUOTE = re.compile(
    rf"(?<![a-z])[{re.escape(textfold.SINGLE_QUOTES)}]|[{re.escape(textfold.SINGLE_QUOTES)}](?![a-z])"
)
# A dot or a space between two tatweels breaks an Arabic word ("لمقتـ.ـل"، "مقـ ـتل"; not "لـ قوات"، "درعا.وقال"): outlets
# break the words of violence so that social networks do not hide the post. It leaves the folded text, as the tatweels
# do, and the word is one.
_BROKEN_WORD = re.compile(r"(?<=\u0640)[.\s]+(?=\u0640)")


class _FoldTable(dict[int, str]):
    """Code point -> `_fold_char` of it, for `str.translate`, filled as characters are met.

    `irregular` holds the characters met that fold to other than exactly one character (marks,
    tatweel, quotes, ligatures): only there does a folded offset differ from the original one.
    """

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        if len(folded) != 1:
            self.irregular.add(chr(code))
            self._pattern = None
        return folded

    def irregular_pattern(self) -> re.Pattern[str]:
        """A character class of `irregular` (made again when it has grown)."""
        if self._pattern is None:
            self._pattern = re.compile("[" + "".join(re.escape(ch) for ch in sorted(self.irregular)) + "]")
        return self._pattern


_FOLD_TABLE = _FoldTable()


# Extraction, dates, counts and the lexicon each normalise the same article text:
# remember the last few (a Normalised is immutable, so sharing it is safe).
@lru_cache(maxsize=32)
def normalise(text: str) -> Normalised:
    """Fold `text` (see `fold`) and keep a map from folded to original offsets."""
    folded = text.translate(_FOLD_TABLE)   # every character of `text` is in the table now
    origins: list[int] = []
    last = 0
    if _FOLD_TABLE.irregular:
        # between two irregular characters each character folds to one: its offset moves by a constant
        for match in _FOLD_TABLE.irregular_pattern().finditer(text):
            index = match.start()
            origins.extend(range(last, index))
            origins.extend([index] * len(_FOLD_TABLE[ord(text[index])]))
            last = index + 1
    origins.extend(range(last, len(text)))
    if textfold.TATWEEL in text:   # "لمقتـ.ـل"، "مقـ ـتل": the dot or space between two tatweels leaves the folded text
        gaps = {i for m in _BROKEN_WORD.finditer(text) for i in range(m.start(), m.end())}
        kept = [n for n, origin in enumerate(origins) if origin not in gaps]
        folded, origins = "".join(folded[n] for n in kept), [origins[n] for n in kept]
    mapped = _Mapped(folded, origins).sub(_STRAY_SINGLE_QUOTE, "")
    return Normalised(original=text, text=mapped.text, origins=tuple(mapped.origins))


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Matching key of `text`.

    NFKC/NFKD compatibility forms, Arabic diacritics and tatweel removed,
    أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, odd spaces and _ → space, Eastern
    Arabic digits → ASCII, Latin lowercased and its accents removed, double
    quotes and guillemets removed, single quotes removed unless inside a Latin
    word (Dar'a), a dot or space inside an Arabic word broken by tatweels removed
    (لمقتـ.ـل، مقـ ـتل). Length-preserving except for the removed characters.
    Same result as `normalise(text).text`, without building the offset map.
    """
    if textfold.TATWEEL in text:   # (as `normalise`: the regex only where a tatweel stands)
        text = _BROKEN_WORD.sub("", text)
    return _STRAY_SINGLE_QUOTE.sub("", text.translate(_FOLD_TABLE))


def without_alifs(name: str) -> str:
    """An Arabic name's letters but its article and its alifs, three at least ("" otherwise): a long vowel written or
    left out is one name (الفارت، الفارات); any other letter makes another (إبلين، بليون)."""
    key = fold(name).removeprefix("ال").replace("ا", "")
    return key if len(key) > 2 and all("\u0621" <= c <= "\u064a" for c in key) else ""


# ------------------------------------------------------------------ clitics

@lru_cache(maxsize=1)
def _proclitic_prefixes() -> tuple[tuple[str, bool], ...]:
    """Every proclitic string, longest first, with whether it ends in the article.

    و/ف, then ب/ل/ك, then ال; ل + ال is written لل.
    """
    prefixes: set[tuple[str, bool]] = set()
    for conj in ("",) + textfold.CONJUNCTIONS:
        for prep in ("",) + textfold.PREPOSITIONS:
            for article in ("", textfold.ARTICLE):
                if prep == "ل" and article:
                    prefix = conj + "لل"
                else:
                    prefix = conj + prep + article
                if prefix:
                    prefixes.add((prefix, bool(article)))
    return tuple(sorted(prefixes, key=lambda p: (-len(p[0]), p[0])))


def split_clitics(word: str) -> list[str]:
    """Candidate stems of an Arabic word, folded, the word itself first.

    "بدرعا" → ["بدرعا", "درعا"]; "للأمن" → ["للامن", "الامن", "امن"]. When
    the stripped clitics include the article, the stem is offered both with
    and without it, since lexicon names are written with their article.
    """
    folded = fold(word)
    candidates = [folded]
    for prefix, has_article in _proclitic_prefixes():
        if not folded.startswith(prefix):
            continue
        stem = folded[len(prefix):]
        if len(stem) < MIN_STEM_LENGTH:
            continue
        forms = [textfold.ARTICLE + stem, stem] if has_article else [stem]
        for form in forms:
            if form not in candidates:
                candidates.append(form)
    return candidates


# ------------------------------------------------------------ Latin names

_LATIN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # English possessive: Daraa's → Daraa s (the name keeps its boundary)
    (re.compile(r"['’]s\b"), " s"),
    # apostrophes and ayn/hamza signs: Dar'a, Ibta', Daʿil
    (re.compile(r"['‘’`´ʿʾʻʼ]"), ""),
    # hyphens and dots join nothing: al-Harak = al Harak
    (re.compile(r"[-‐‑–.]"), " "),
    # "Abdul Rahman", "Abdel Rahman", "Abdulrahman" = "Abd al-Rahman"
    (re.compile(r"\b(?:" + "|".join(en.LATIN_ABD_PREFIXES) + r")\s*(?=[a-z])"), "abd al "),
    # the article in its assimilated forms, before a following name
    (re.compile(r"\b(?:" + "|".join(sorted(en.LATIN_ARTICLES, key=len, reverse=True))
                + r")\s+(?=[a-z])"), "al "),
    # sheikh / shaykh, ei / ay diphthongs
    (re.compile(r"(?<=[aeiou])[iy](?=[^aeiouy]|$)"), ""),
    # vowels: a, e, i fold together (Deraa / Daraa, Jasim / Jassem); o, u together
    (re.compile(r"[aei]"), "a"),
    (re.compile(r"o"), "u"),
    (re.compile(r"q"), "k"),
    # a final h after a vowel (Ghazaleh / Ghazala, Yadudah / Yaduda)
    (re.compile(r"(?<=[au])h\b"), ""),
    # doubled letters (Jassim, Daraa after folding)
    (re.compile(r"([a-z])\1+"), r"\1"),
    # runs of white space as one space (a lone space is left as it is: far fewer matches than \s+)
    (re.compile(r"\s{2,}|[^\S ]"), " "),
)


def _latin_key_mapped(mapped: _Mapped) -> _Mapped:
    for pattern, replacement in _LATIN_RULES:
        mapped = mapped.sub(pattern, replacement)
    return mapped


@lru_cache(maxsize=32)
def normalise_latin(text: str) -> Normalised:
    """The Latin transliteration key of a whole text (see `fold_latin_name`),
    with offsets back to the original, for matching names in English text."""
    base = normalise(text)
    mapped = _Mapped(base.text, list(base.origins))
    # apostrophes survive `normalise` inside words; the Latin rules drop them
    mapped = _latin_key_mapped(mapped)
    return Normalised(original=text, text=mapped.text, origins=tuple(mapped.origins))


@lru_cache(maxsize=8192)
def fold_latin_name(name: str) -> str:
    """English transliteration key: spellings of one Arabic name compare equal.

    Jasim / Jassim / Jassem / Jasem, Daraa / Deraa / Dar'a / Dara'a,
    Nawa / Nawá, Abdul Rahman / Abd al-Rahman / Abdel Rahman, al- / Al- / el-
    all give one key: diacritics, apostrophes and ʿ ʾ removed, hyphens to
    spaces, the article (al, el, ash, ar ...) unified as "al", vowels a/e/i
    and o/u folded, q → k, a final h after a vowel dropped, doubled letters
    collapsed. The key is for comparing, never for display. Same result as
    `normalise_latin(name).text`, stripped, without the offset map.
    """
    key = fold(name)
    for pattern, replacement in _LATIN_RULES:
        key = pattern.sub(replacement, key)
    return key.strip()
