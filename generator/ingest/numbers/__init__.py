"""Counts in Arabic and English text: digits, number words, duals, vague words.

`find_counts` reports every count it sees, with offsets in the original text;
deciding which count belongs to which event (and skipping years, which the
date finder reports) is the extractor's job. The Arabic reader is in
`arabic.py`, the English one in `english.py`, what they share in `model.py`.
"""

from __future__ import annotations

import re

from generator.ingest.normalise import normalise

from .arabic import find_arabic
from .english import find_english
from .model import CountMatch

__all__ = ["CountMatch", "find_counts", "parse_number_word"]


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
    return find_arabic(norm) if language == "ar" else find_english(norm)


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
