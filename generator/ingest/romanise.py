"""A careful fallback romaniser for Arabic names (ALA-LC-like, simplified).

Used only when neither the gazetteer nor the actor lexicon knows a name: the
English name it makes is a draft, and records that use it say so in their
`review` entries. Common given names come from a table (Arabic script has no
short vowels, so "محمد" cannot be spelled from its letters); other words get
a consonant skeleton with long vowels, which an editor corrects.
"""

from __future__ import annotations

import re

from slugify import slugify

from .normalise import fold

_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ي": "y", "ة": "a", "ى": "a", "ء": "", "پ": "p",
    "چ": "ch", "گ": "g", "ڤ": "v",
}
# Folded spellings (see normalise.fold) of frequent name words.
COMMON_WORDS = {
    "عبد": "Abd", "محمد": "Muhammad", "احمد": "Ahmad", "محمود": "Mahmud", "علي": "Ali",
    "حسن": "Hasan", "حسين": "Husayn", "عمر": "Umar", "خالد": "Khalid", "يوسف": "Yusuf",
    "ابراهيم": "Ibrahim", "مصطفي": "Mustafa", "سامر": "Samer", "فايز": "Fayez",
    "ابو": "Abu", "ام": "Umm", "ابن": "Ibn", "بن": "bin", "الله": "Allah",
    "الرحمن": "al-Rahman", "الكريم": "al-Karim", "الرحيم": "al-Rahim", "القادر": "al-Qadir",
    "العزيز": "al-Aziz", "الحميد": "al-Hamid", "الحي": "al-Hayy", "الناصر": "al-Nasir",
    "سعيد": "Saeed", "وليد": "Walid", "فادي": "Fadi", "رامي": "Rami", "بلال": "Bilal",
    "عماد": "Imad", "جمال": "Jamal", "كمال": "Kamal", "ياسر": "Yasser", "اياد": "Iyad",
    "زياد": "Ziad", "مازن": "Mazen", "مهند": "Muhannad", "حمزه": "Hamza", "طارق": "Tariq",
    "منير": "Munir", "نبيل": "Nabil", "عدنان": "Adnan", "عثمان": "Uthman", "سليمان": "Sulayman",
    "موسي": "Musa", "عيسي": "Isa", "صالح": "Salih", "فراس": "Firas", "انس": "Anas",
    "معاذ": "Muadh", "قاسم": "Qasim", "جاسم": "Jasim", "هاني": "Hani", "لؤي": "Luay", "لوي": "Luay",
    "حسام": "Husam", "الزعبي": "al-Zoubi", "الحريري": "al-Hariri", "المسالمه": "al-Masalmeh",
    "العراقي": "al-Iraqi", "السوري": "al-Suri", "الشامي": "al-Shami",
}
SUN_LETTERS = set("تثدذرزسشصضطظلن")


def romanise_word(word: str) -> str:
    folded = fold(word)
    if folded in COMMON_WORDS:
        return COMMON_WORDS[folded]
    article = ""
    if folded.startswith("ال") and len(folded) > 3:
        article, folded = "al-", folded[2:]
        if folded in COMMON_WORDS:
            return article + COMMON_WORDS[folded].removeprefix("al-")
    out = []
    for index, char in enumerate(folded):
        if char == "و" and 0 < index:
            out.append("u" if index < len(folded) - 1 or len(folded) > 2 else "w")
        elif char == "ي" and 0 < index:
            out.append("i" if index < len(folded) - 1 else "i")
        elif char == "ه" and index == len(folded) - 1 and index > 1:
            out.append("a")
        elif char == "ا" and index == 0:
            out.append("a")
        else:
            out.append(_LETTERS.get(char, char if char.isascii() else ""))
    latin = re.sub(r"(.)\1+", r"\1\1", "".join(out))
    latin = latin[:1].upper() + latin[1:] if latin else latin
    return article + latin if article else latin


def romanise(name: str) -> str:
    """A readable Latin form of an Arabic name (English text is returned as it is)."""
    if not re.search("[\u0600-\u06ff]", name):
        return name.strip()
    words = [romanise_word(w) for w in name.split()]
    return " ".join(w for w in words if w)


def slug(name: str, fallback: str = "unknown") -> str:
    """An ASCII id part from a name in either script."""
    value = slugify(romanise(name).replace("'", ""), max_length=60, word_boundary=True)
    return value or fallback
