"""Counts in Arabic text: digits, number words with a clitic, teens and compounds, duals, vague words."""

from __future__ import annotations

import re
from functools import lru_cache

from generator import textfold
from generator.ingest.lang import ar
from generator.ingest.normalise import Normalised, fold

from .model import (HUNDRED, HUNDRED_WORD, NUMBER_CLITICS, TEEN_TEN, TEN, TENS, THOUSAND, UNIT, CountMatch, Token,
                    adjacent, digits_value, tokenise, vague_at)

_ARABIC_TOKEN = re.compile(r"[\u0621-\u064a]+|\d+(?:,\d{3})*")
# A dual written with its vowels: fatha (with or without shadda), yeh,
# optional sukun, noon (مدنيَّيْن); the plural has a kasra there (مدنيِّين).
_VOCALISED_DUAL = re.compile("(?:\u064e\u0651?|\u0651\u064e)\u064a\u0652?\u0646")


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


@lru_cache(maxsize=16384)  # called for every word of an article: the same few thousand words
def _strip_number_clitic(word: str) -> str | None:
    """The number word inside `word` (وثلاثة → ثلاثة), or None."""
    table = _arabic_words()
    if word in table:
        return word
    for clitic in NUMBER_CLITICS:
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


def _arabic_number_at(folded: str, tokens: list[Token], i: int) -> tuple[int, int] | None:
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
        if not adjacent(folded, tokens[j - 1], tokens[j]):
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


def _dual_at(norm: Normalised, tokens: list[Token], i: int,
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


@lru_cache(maxsize=16384)  # called for every word of an article: the same few thousand words
def _dual_candidates(word: str) -> tuple[str, ...]:
    """The word, without a clitic, and without the article (الشخصين)."""
    forms = [word]
    for clitic in NUMBER_CLITICS + ("", ):
        rest = word[len(clitic):] if word.startswith(clitic) else None
        if rest is None:
            continue
        forms.append(rest)
        if rest.startswith(textfold.ARTICLE):
            forms.append(rest[len(textfold.ARTICLE):])
    if word.startswith("لل"):
        forms.append(word[2:])
    return tuple(forms)


@lru_cache(maxsize=1)
def _definite_counted_nouns() -> frozenset[str]:
    return frozenset(fold(word) for word in ar.DEFINITE_COUNTED_NOUNS)


def _definite_count_at(tokens: list[Token], i: int) -> int | None:
    """"البنات الثلاث"، "الشبان الأربعة": a definite number word from three to ten right after a definite plural noun
    of people counts them (not "الاثنين", Monday)."""
    word = tokens[i].text
    if not word.startswith("ال") or i == 0 or tokens[i - 1].text not in _definite_counted_nouns():
        return None
    kind, value = _arabic_words().get(word[2:], ("", 0))
    return value if kind in (UNIT, TEN) and 3 <= value <= 10 else None


def find_arabic(norm: Normalised) -> list[CountMatch]:
    folded = norm.text
    tokens = tokenise(folded, _ARABIC_TOKEN)
    words = [t.text for t in tokens]
    vague_phrases = _arabic_vague()
    found: list[CountMatch] = []
    i = 0
    previous_is_count = False
    while i < len(tokens):
        token = tokens[i]
        digits = digits_value(token.text)
        if digits is not None:
            found.append(CountMatch(digits, *norm.to_original(token.start, token.end)))
            previous_is_count, i = True, i + 1
            continue
        vague = vague_at(words, i, vague_phrases)
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
        definite = _definite_count_at(tokens, i)
        if definite is not None:
            found.append(CountMatch(definite, *norm.to_original(token.start, token.end)))
            previous_is_count, i = True, i + 1
            continue
        dual = _dual_at(norm, tokens, i, previous_is_count)
        if dual is not None:
            found.append(dual)
            i += 2 if dual.end > norm.to_original(token.start, token.end)[1] else 1
        else:
            i += 1
        previous_is_count = False
    return found
