"""Arabic letter folding: the one table of spelling variants, used by the ingester and the site search.

The ingester (`ingest/normalise.py`) folds article text into matching keys
with offsets back to the original; the site search (`pages/searchnorm.py`)
folds the index and, through the JavaScript it emits from the same tables,
the query. Both read the tables here, so a letter folded one way when
matching names is folded the same way when searching for them.
"""

from __future__ import annotations

TATWEEL = "\u0640"
# Arabic letter variants and their base letter: hamza and madda forms of alef, alef wasla, ta
# marbuta, alef maqsura, hamza on waw and yeh, and the Persian yeh and keheh.
LETTER_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا",
    "ة": "ه", "ى": "ي", "ی": "ي", "ؤ": "و", "ئ": "ي", "ک": "ك",
}
# Arabic-Indic and extended (Persian) digits to Western digits.
DIGITS: dict[str, str] = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
# Arabic diacritics (harakat, shadda, sukun, dagger alef) and Quranic marks: the ranges of a
# regex character class.
DIACRITIC_RANGES = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"

# Proclitics in the order they attach to a word: conjunction, then preposition, then the
# article. ل + ال is written لل (the alef drops).
CONJUNCTIONS: tuple[str, ...] = ("و", "ف")
PREPOSITIONS: tuple[str, ...] = ("ب", "ل", "ك")
ARTICLE = "ال"

# First words of compound names written fused or apart before a word with the article
# (عبدالرحمن / عبد الرحمن, ابوالفضل / ابو الفضل), in folded letters. Search indexes both forms.
COMPOUND_HEADS: tuple[str, ...] = ("عبد", "ابو")

# Double quotes and guillemets are removed when the ingester folds, so that a quoted name
# (تنظيم "داعش") matches the unquoted alias. Single quotes and apostrophes are removed only
# where they are not inside a Latin word (Dar'a, Daraa's).
DOUBLE_QUOTES = "\"“”„‟«»‹›〝〞＂"
SINGLE_QUOTES = "'‘’‚‛`´"
