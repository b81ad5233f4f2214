"""Counts in Arabic and English text: digits, number words, duals, vague words.

`find_counts` reports every count it sees, with offsets in the original text;
deciding which count belongs to which event (and skipping years, which the
date finder reports) is the extractor's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator import textfold
from generator.ingest.lang import ar, en
from generator.ingest.normalise import Normalised, fold, normalise

_ARABIC_TOKEN = re.compile(r"[\u0621-\u064a]+|\d+(?:,\d{3})*")
_ENGLISH_TOKEN = re.compile(r"[a-z]+|\d+(?:,\d{3})*")
# A dual written with its vowels: fatha (with or without shadda), yeh,
# optional sukun, noon (مدنيَّيْن); the plural has a kasra there (مدنيِّين).
_VOCALISED_DUAL = re.compile("(?:\u064e\u0651?|\u0651\u064e)\u064a\u0652?\u0646")
_NUMBER_CLITICS = ar.NUMBER_CLITICS

UNIT, TEN, TEEN_TEN, TENS, HUNDRED, HUNDRED_WORD, THOUSAND = (
    "unit", "ten", "teen_ten", "tens", "hundred", "hundred_word", "thousand",
)


@dataclass(frozen=True)
class CountMatch:
    """A count in the original text: `value` None when vague.

    `vague` names the kind of vague count: tens, hundreds, thousands,
    dozens, several, a-number, dual-or-plural (a form like مدنيين that is a
    dual or a plural). `start`/`end` are offsets in the original text.
    """

    value: int | None
    start: int
    end: int
    vague: str | None = None


# ------------------------------------------------------------------ tables

@lru_cache(maxsize=1)
def _arabic_words() -> dict[str, tuple[str, int]]:
    """Folded Arabic number word → (kind, value)."""
    table: dict[str, tuple[str, int]] = {}
    for value, words in ar.UNITS.items():
        for word in words:
            table[fold(word)] = (UNIT, value)
    for word in ar.TEN:
        table[fold(word)] = (TEN, 10)
    for value, words in ar.TENS.items():
        for word in words:
            table[fold(word)] = (TENS, value)
    for value, words in ar.HUNDREDS.items():
        for word in words:
            table[fold(word)] = (HUNDRED_WORD if value == 100 else HUNDRED, value)
    for value, words in ar.THOUSAND.items():
        for word in words:
            table[fold(word)] = (THOUSAND, value)
    table[fold("آلاف")] = (THOUSAND, 1000)
    return table


@lru_cache(maxsize=1)
def _arabic_teen_tens() -> frozenset[str]:
    return frozenset(fold(word) for word in ar.TEEN_TEN)


@lru_cache(maxsize=1)
def _arabic_vague() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Vague phrases as folded word tuples, longest first."""
    phrases = [(tuple(fold(p).split()), kind) for p, kind in ar.VAGUE.items()]
    return tuple(sorted(phrases, key=lambda item: -len(item[0])))


@lru_cache(maxsize=1)
def _arabic_duals() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (
        frozenset(fold(w) for w in ar.DUAL_NOUNS),
        frozenset(fold(w) for w in ar.DUAL_OR_PLURAL),
        frozenset(fold(w) for w in ar.DUAL_CONFIRMERS),
    )


# ------------------------------------------------------------------ tokens

@dataclass(frozen=True)
class _Token:
    text: str
    start: int  # offsets in the folded text
    end: int


def _tokens(folded: str, pattern: re.Pattern[str]) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in pattern.finditer(folded)]


def _adjacent(folded: str, left: _Token, right: _Token) -> bool:
    """Only spaces (or a hyphen, in English) stand between two tokens."""
    return folded[left.end:right.start].strip(" -") == ""


def _digits_value(token: str) -> int | None:
    return int(token.replace(",", "")) if token[0].isdigit() else None


# ------------------------------------------------------------------ Arabic

def _strip_number_clitic(word: str) -> str | None:
    """The number word inside `word` (وثلاثة → ثلاثة), or None."""
    table = _arabic_words()
    if word in table:
        return word
    for clitic in _NUMBER_CLITICS:
        if word.startswith(clitic) and word[len(clitic):] in table:
            return word[len(clitic):]
    return None


class _ArabicNumberBuilder:
    """Adds number words one by one, accepting only orders Arabic uses:
    units before tens joined by و (ثلاثة وعشرين), unit + عشر (خمسة عشر),
    unit + مئة / ألف, then smaller parts joined by و (مئة وخمسون)."""

    def __init__(self, kind: str, value: int):
        self.total = 0
        self.current = value
        self.last = kind

    @property
    def value(self) -> int:
        return self.total + self.current

    def add_plain(self, word: str) -> bool:
        """A following word without the joiner و."""
        kind, value = _arabic_words().get(word, (None, 0))
        if self.last == UNIT and word in _arabic_teen_tens() and self.current < 10:
            self.current += 10
            self.last = TEEN_TEN
            return True
        if self.last in (UNIT, TEN, TEEN_TEN) and kind == HUNDRED_WORD:
            self.current *= 100
            self.last = HUNDRED
            return True
        if self.last in (UNIT, TEN, TEEN_TEN, TENS, HUNDRED) and kind == THOUSAND:
            self.total += self.current * 1000
            self.current = 0
            self.last = THOUSAND
            return True
        return False

    def add_joined(self, word: str) -> bool:
        """A following word after the joiner و."""
        kind, value = _arabic_words().get(word, (None, 0))
        allowed = {
            UNIT: (TENS,),
            HUNDRED: (UNIT, TEN, TENS),
            HUNDRED_WORD: (UNIT, TEN, TENS),
            THOUSAND: (HUNDRED, HUNDRED_WORD, UNIT, TEN, TENS),
        }.get(self.last, ())
        if kind not in allowed:
            return False
        self.current += value
        self.last = HUNDRED if kind == HUNDRED_WORD else kind
        return True


def _arabic_number_at(folded: str, tokens: list[_Token], i: int) -> tuple[int, int] | None:
    """Parse number words starting at token i: (value, index of last token)."""
    word = _strip_number_clitic(tokens[i].text)
    if word is None:
        return None
    kind, value = _arabic_words()[word]
    if kind == THOUSAND and word == fold("آلاف"):
        return None  # آلاف alone is vague, handled with the vague words
    builder = _ArabicNumberBuilder(kind, value)
    last = i
    for j in range(i + 1, len(tokens)):
        if not _adjacent(folded, tokens[j - 1], tokens[j]):
            break
        nxt = tokens[j].text
        if builder.add_plain(nxt) or (
            nxt.startswith(ar.NUMBER_JOINER)
            and builder.add_joined(nxt[len(ar.NUMBER_JOINER):])
        ):
            last = j
            continue
        break
    return builder.value, last


def _vague_at(words: list[str], i: int,
              phrases: tuple[tuple[tuple[str, ...], str], ...]) -> tuple[str, int] | None:
    """A vague phrase starting at word i (a clitic allowed on its first word)."""
    candidates = _vague_index(phrases).get(words[i])
    if not candidates:
        return None
    for phrase, kind in candidates:
        end = i + len(phrase)
        if end <= len(words) and tuple(words[i + 1:end]) == phrase[1:]:
            return kind, end - 1
    return None


@lru_cache(maxsize=8)
def _vague_index(phrases: tuple[tuple[tuple[str, ...], str], ...]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases by every form their first word can take (bare or after a clitic), longest phrase first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, kind in phrases:
        for form in [phrase[0]] + [c + phrase[0] for c in _NUMBER_CLITICS]:
            entries = index.setdefault(form, [])
            if (phrase, kind) not in entries:
                entries.append((phrase, kind))
    return index


def _dual_at(norm: Normalised, tokens: list[_Token], i: int,
             previous_is_count: bool) -> CountMatch | None:
    """A noun in the dual (عنصرين = 2), or a dual-or-plural form."""
    duals, ambiguous, confirmers = _arabic_duals()
    word = tokens[i].text
    stem = next((w for w in _dual_candidates(word) if w in duals or w in ambiguous), None)
    if stem is None or previous_is_count:
        return None
    start, end = norm.to_original(tokens[i].start, tokens[i].end)
    confirmed = i + 1 < len(tokens) and tokens[i + 1].text in confirmers
    if stem in duals or confirmed or _VOCALISED_DUAL.search(norm.original[start:end]):
        if confirmed:
            end = norm.to_original(tokens[i + 1].start, tokens[i + 1].end)[1]
        return CountMatch(2, start, end)
    return CountMatch(None, start, end, vague="dual-or-plural")


def _dual_candidates(word: str) -> list[str]:
    """The word, without a clitic, and without the article (الشخصين)."""
    forms = [word]
    for clitic in _NUMBER_CLITICS + ("", ):
        rest = word[len(clitic):] if word.startswith(clitic) else None
        if rest is None:
            continue
        forms.append(rest)
        if rest.startswith(textfold.ARTICLE):
            forms.append(rest[len(textfold.ARTICLE):])
    if word.startswith("لل"):
        forms.append(word[2:])
    return forms


def _find_arabic(norm: Normalised) -> list[CountMatch]:
    folded = norm.text
    tokens = _tokens(folded, _ARABIC_TOKEN)
    words = [t.text for t in tokens]
    vague_phrases = _arabic_vague()
    found: list[CountMatch] = []
    i = 0
    previous_is_count = False
    while i < len(tokens):
        token = tokens[i]
        digits = _digits_value(token.text)
        if digits is not None:
            found.append(CountMatch(digits, *norm.to_original(token.start, token.end)))
            previous_is_count, i = True, i + 1
            continue
        vague = _vague_at(words, i, vague_phrases)
        if vague is not None:
            kind, last = vague
            start, end = norm.to_original(token.start, tokens[last].end)
            found.append(CountMatch(None, start, end, vague=kind))
            previous_is_count, i = True, last + 1
            continue
        number = _arabic_number_at(folded, tokens, i)
        if number is not None:
            value, last = number
            start, end = norm.to_original(token.start, tokens[last].end)
            found.append(CountMatch(value, start, end))
            previous_is_count, i = True, last + 1
            continue
        dual = _dual_at(norm, tokens, i, previous_is_count)
        if dual is not None:
            found.append(dual)
            i += 2 if dual.end > norm.to_original(token.start, token.end)[1] else 1
        else:
            i += 1
        previous_is_count = False
    return found


# ----------------------------------------------------------------- English

@lru_cache(maxsize=1)
def _english_vague() -> tuple[tuple[tuple[str, ...], str], ...]:
    phrases = [(tuple(p.split()), kind) for p, kind in en.VAGUE.items()]
    phrases += [(tuple(p.split()), f"={value}") for p, value in en.FIXED_PHRASES.items()]
    return tuple(sorted(phrases, key=lambda item: -len(item[0])))


def _english_word_value(word: str) -> tuple[str, int] | None:
    if word in en.UNITS:
        return UNIT, en.UNITS[word]
    if word in en.TENS:
        return TENS, en.TENS[word]
    if word in en.MULTIPLIERS:
        return HUNDRED_WORD, en.MULTIPLIERS[word]
    return None


def _english_number_at(folded: str, tokens: list[_Token], i: int) -> tuple[int, int] | None:
    """Parse English number words from token i: (value, last token index).

    Handles "twenty-three", "two hundred and five", "a dozen", "two dozen",
    "1,200". "a"/"an" count only before a multiplier.
    """
    first = tokens[i].text
    digits = _digits_value(first)
    parsed = _english_word_value(first)
    if digits is None and parsed is None and first in en.ONE_BEFORE_MULTIPLIER and i + 1 < len(tokens) \
            and tokens[i + 1].text in en.MULTIPLIERS \
            and _adjacent(folded, tokens[i], tokens[i + 1]):
        parsed = (UNIT, 1)
    if parsed is not None and parsed[0] == HUNDRED_WORD:
        return None  # a bare "hundred" / "dozen" is not a count
    start = (UNIT, digits) if digits is not None else parsed
    if start is None:
        return None  # no number starts here
    total = 0
    last_kind, current = start
    last = i
    for j in range(i + 1, len(tokens)):
        if tokens[j].text == "and" and last_kind == HUNDRED_WORD:
            continue  # "two hundred and five"
        if not _english_adjacent(folded, tokens[last], tokens[j]):
            break
        nxt = _english_word_value(tokens[j].text)
        if nxt is None:
            break
        kind, value = nxt
        if kind == HUNDRED_WORD and value == 1000:
            total, current = total + current * 1000, 0
        elif kind == HUNDRED_WORD:
            current *= value
        elif kind == TENS and last_kind == HUNDRED_WORD or kind == UNIT and last_kind in (TENS, HUNDRED_WORD):
            current += value
        else:
            break
        last_kind, last = kind, j
    return total + current, last


def _is_ordinal(folded: str, token: _Token) -> bool:
    """Digits with an ordinal ending ("8th Brigade", "the 4th Division") name a rank, not a count."""
    return token.text[0].isdigit() and folded[token.end:token.end + 2] in en.ORDINAL_SUFFIXES \
        and not folded[token.end + 2:token.end + 3].isalpha()


def _english_adjacent(folded: str, left: _Token, right: _Token) -> bool:
    """Only spaces, a hyphen or "and" stand between two number words."""
    between = folded[left.end:right.start]
    return between.strip() in ("", "-", "and")


def _find_english(norm: Normalised) -> list[CountMatch]:
    folded = norm.text
    tokens = _tokens(folded, _ENGLISH_TOKEN)
    words = [t.text for t in tokens]
    vague_phrases = _english_vague()
    found: list[CountMatch] = []
    i = 0
    while i < len(tokens):
        vague = _vague_at(words, i, vague_phrases)
        if vague is not None:
            kind, last = vague
            start, end = norm.to_original(tokens[i].start, tokens[last].end)
            if kind.startswith("="):
                found.append(CountMatch(int(kind[1:]), start, end))
            else:
                found.append(CountMatch(None, start, end, vague=kind))
            i = last + 1
            continue
        if _is_ordinal(folded, tokens[i]):
            i += 1
            continue
        number = _english_number_at(folded, tokens, i)
        if number is not None:
            value, last = number
            found.append(CountMatch(value, *norm.to_original(tokens[i].start, tokens[last].end)))
            i = last + 1
            continue
        i += 1
    return found


# --------------------------------------------------------------------- API

def find_counts(text: str, language: str) -> list[CountMatch]:
    """Every count in `text` ("ar" or "en"), in text order.

    Arabic: digits (ASCII and Eastern), number words with masculine and
    feminine forms, teens (خمسة عشر), compounds (ثلاثة وعشرين، مئة وخمسون),
    hundreds and thousands, a clitic on the first word (وثلاثة، بخمسة);
    nouns in the dual from a closed list (قتيلين، عنصرين = 2), dual-or-plural
    forms (مدنيين) as vague "dual-or-plural" unless vocalised or followed by
    اثنين; vague words (عشرات → tens, عدة / بضعة → several, عدد من →
    a-number). English: digits, one..nineteen, tens, "twenty-three",
    "two hundred and five", "a dozen", "two dozen", vague "dozens",
    "several", "a few", "a number of", "scores of".
    """
    norm = normalise(text)
    return _find_arabic(norm) if language == "ar" else _find_english(norm)


def parse_number_word(s: str) -> int | None:
    """The value of a whole number phrase, or None if `s` is not one.

    "خمسة عشر" → 15, "ثلاثة وعشرين" → 23, "٣" → 3, "twenty-three" → 23,
    "two dozen" → 24, "عنصرين" → 2. Vague words give None.
    """
    language = "ar" if re.search(r"[\u0600-\u06ff]", s) else "en"
    counts = find_counts(s, language)
    if len(counts) != 1:
        return None
    count = counts[0]
    covered = (s[:count.start] + s[count.end:]).strip()
    return count.value if covered == "" else None
