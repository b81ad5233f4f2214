"""The site's convention for English names, and when two Latin spellings count as the same.

`site_style` writes any Latin name the way the site does (words capitalised, the
article `al-` in lower case and joined by a hyphen wherever the Arabic has ال,
`bin`/`ibn` in lower case); `spelling_key` is the key under which two spellings
are the same spelling whatever a style guide decided (case, accents, the
article's form, the form of عبد compounds). `romanisation` applies the one to
every spelling it makes and merges its candidates by the other; the name-pair
benchmark and the news-spelling counter compare by the key. See docs/names.md,
"The site's convention".
"""

from __future__ import annotations

import re
import unicodedata

# ---- the site's convention ---------------------------------------------------

# An article in front of a word, as the romaniser writes it: Al-, al-, El-, Al
# (then a space), or assimilated with a hyphen (ash-, ad-, ar-...). It starts a
# word (not the "ad " of As'ad) and a hyphen or a space follows it, so that
# Alloush and Elias keep their first letters.
_ARTICLE = re.compile(r"(?i)(?<![^\s-])(?:(?:al|el)[\s-]+|(?:a[dnrstz]|ash|ath|adh)-+)(?=[a-z])")
# Lower-case particles inside a name.
_LOWER_WORDS = frozenset({"bin", "ibn", "bint"})


def _capitalised(word: str) -> str:
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1:]
    return word


def site_style(latin: str, starts_with_article: bool = False) -> str:
    """A Latin name in the site's convention (see the module's docstring).

    `starts_with_article`: the Arabic is one word that begins with ال, so the
    Latin gets `al-` too (Zoabi → al-Zoabi) and an article glued to the word
    is separated (Alshebl → al-Shebl). Without that knowledge a glued Al is
    part of the name (Alloush).
    """
    text = unicodedata.normalize("NFC", latin).replace("’", "'").replace("‘", "'")
    text = " ".join(text.split())
    if starts_with_article and not _ARTICLE.match(text) and re.match(r"(?i)(?:al|el)[a-z]{3,}", text):
        text = text[:2] + "-" + text[2:]
    text = _ARTICLE.sub("al-", text)
    if starts_with_article and not text.casefold().startswith("al-"):
        text = "al-" + text   # the romaniser dropped it (Zoabi for الزعبي): the site writes it
    words = []
    for word in text.split(" "):
        lower = word.casefold()
        if lower in _LOWER_WORDS:
            words.append(lower)
        elif lower.startswith("al-") and len(word) > 3:
            words.append("al-" + _capitalised(word[3:]))
        else:
            words.append(_capitalised(word))
    return " ".join(words)


def without_articles(latin: str) -> str:
    """The name in the site's convention without its articles: al-Zoubi → Zoubi."""
    return " ".join(w[3:] if w.startswith("al-") and len(w) > 3 else w for w in latin.split())


# ---- comparing spellings -----------------------------------------------------

_APOSTROPHES = re.compile("['’‘`ʿʾ]")
_ABDALLAH = re.compile(r"\babd[\s-]*(?:al|el|ul|ol)?[\s-]*lah\b")
_ABD = re.compile(r"\babd(?:ul|el|al|ol)?[\s-]*(?:(?:al|el|ul)[\s-]+|(?:a[dnrstz]|ash|ath|adh)-+)?")
_NOT_LETTER = re.compile("[^a-z]")


def spelling_key(latin: str) -> str:
    """The key under which two Latin spellings count as the same spelling.

    Ignores what a style guide decides rather than what the name is: case,
    accents, apostrophes, hyphens and spaces, the article's form and whether
    it is written (al-/el-/Al /ash-/none), and the form of عبد compounds
    (Abdul Rahman = Abd al-Rahman = Abdel Rahman = Abdulrahman; Abdullah =
    Abd Allah). Vowels and consonants are kept: Mohammad is not Muhammad.
    """
    text = unicodedata.normalize("NFKD", latin)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _ABDALLAH.sub("abdallah", text)
    text = _ABD.sub("abd ", text)
    text = _ARTICLE.sub("", text)
    return _NOT_LETTER.sub("", text)
