"""Arabic personal names found before the analysis, so that a place matched inside one is dropped (قُتل جاسم محمد
العلي: جاسم is also a town of the gazetteer): names after a kunya or a word that introduces one, quoted names after a
word for a person, and chains of attested name words. The pack's `person_spans` pass (`arabic.py`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang import ar
from ..name_index import NameIndex
from ..normalise import fold
from .arabic_lists import QUOTED_AFTER_PERSON_NOUN
from .arabic_tokens import LETTERS

if TYPE_CHECKING:
    from .options import LanguagePack


def person_spans(text: str, pack: "LanguagePack", names: NameIndex) -> list[tuple[int, int]]:
    """Spans of personal names after a kunya or an introducer (أبو، يدعى، المدعو), in quotation marks after a word for a
    person (الطفل “X”), and chains of attested name words (`_name_chains`), found before the analysis (places matched
    inside them are dropped)."""
    # a span opens before the name's first word (the quotation mark, the space after the introducer), so that a place
    # that opens the name lies inside it ("المدعو جاسم محمد العيد"); a kunya's opens at أبو (Abu Kamal stays a place)
    spans = [(m.start(1) - 1, m.end(1)) for m in QUOTED_AFTER_PERSON_NOUN.finditer(text)]
    for m in re.finditer(r"(?<!\w)(?:أبو|ابو|يدعى|المدعو|المدعوة|الملقب)\s+", text):
        kunya = m.group(0).startswith(("أبو", "ابو"))
        start = m.start() if kunya else m.end()
        words = re.match(rf"(?:[{LETTERS}]+\s*){{1,3}}", text[start:])
        if words and len(words.group(0).split()) >= 2:
            opens = start if kunya else start - 1   # after an introducer, at the space before the name
            spans.append((opens, start + len(words.group(0).rstrip())))
    given, words = pack.memo("name-chain-words", lambda: _chain_words(names))   # one index a pack, as `reader_for`
    return spans + _name_chains(text, given, words)


# Name words in a row that make a chain a person's name whatever place one of them is named like: given name,
# father and family name at least.
MIN_CHAIN_WORDS = 3
_WORD = re.compile(rf"[{LETTERS}]+")


def opens_with_given_name(name: str, pack: "LanguagePack", names: NameIndex) -> bool:
    """Whether a name opens with an attested given name (the pack's pass for a place list's names)."""
    words = _WORD.findall(name)
    return bool(words) and fold(words[0]) in pack.memo("name-chain-words", lambda: _chain_words(names))[0]


def _chain_words(names: NameIndex) -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a chain (given names) and those it goes on with (given and family names), folded."""
    not_names = _NOT_IN_CHAINS | _PLACE_OPENERS | {fold(w) for w in (*ar.NAME_STOPWORDS, *ar.NOT_GIVEN_NAMES)} - {"عبد"}
    given = (names.get("ar-given") | names.get("ar-given-rare")) - not_names
    return given, (given | names.get("ar-family")) - not_names


def _name_chains(text: str, given: frozenset[str], words: frozenset[str]) -> list[tuple[int, int]]:
    """Three or more attested name words in a row, the first a given name, that no place word or preposition opens
    ("قُتل جاسم محمد العلي"، "عبد الكريم جاسم الحمد"): a person, though جاسم is also a town of the gazetteer.
    The span opens at the space before the name, so that a place that starts the name lies inside it, and ends
    before its last word."""
    tokens = list(_WORD.finditer(text))
    out: list[tuple[int, int]] = []
    def joined(j: int) -> bool:
        return text[tokens[j - 1].end():tokens[j].start()] == " "

    i = 0
    while i < len(tokens):
        j = i + 1
        while j < len(tokens) and joined(j) and (fold(tokens[j].group()) in words or fold(tokens[j - 1].group()) == "عبد"
                                                 and tokens[j].group().startswith("ال")):   # عبد العزيز: one part
            j += 1
        first = fold(tokens[i].group())
        # (the first may carry "and": "الشقيقان فيصل حمود العلي وجاسم حمود العلي")
        if j - i >= MIN_CHAIN_WORDS and (first in given or first[:1] == "و" and first[1:] in given) \
                and not (i and fold(tokens[i - 1].group()) in _PLACE_OPENERS):
            # the family name at its end is left out: a place there ("... شرفي سوريا") is no word of the name, unless
            # the person's age follows it ("سعد حميد جاسم (41 عاماً)")
            last = j - 1 if _AGE_AFTER.match(text, tokens[j - 1].end()) else j - 2
            out.append((max(0, tokens[i].start() - 1), tokens[last].end()))
            i = j
        else:
            i += 1
    return out


# A person's age in brackets right after a name: "(41 عاماً)".
_AGE_AFTER = re.compile(r"\s*\(\s*(?:\d+|[٠-٩]+)\s*(?:عام|عاما|عاماً|سنة|سنوات|أعوام)\s*\)")

# Directions the index also lists as names ("إعزاز شمال حلب"): no word of a chain.
_NOT_IN_CHAINS = frozenset(fold(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"))

# Words that open a place name rather than a person's (في جاسم، مدينة جاسم، قرب جاسم).
_PLACE_OPENERS = frozenset(fold(w) for w in (*ar.PLACE_KINDS, *ar.BETWEEN_DUAL_KINDS, "في", "من", "إلى", "الى",
                                             "قرب", "بين", "ريف", "مدن", "بلدات", "قرى", "مدينتي", "نحو", "باتجاه"))
