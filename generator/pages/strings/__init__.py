"""Interface strings of the site, one table per language, by topic: vocabularies.py (the records'
vocabularies, months), interface.py (page labels, counted words, the chrome), hubwords.py (map,
statistics, data and home pages, charts).

Every word a generated page shows that does not come from a record lives
here: labels, headings, vocabulary names (ACLED types, roles, sides, kinds,
categories), month names. An Arabic page uses only the Arabic table, so no
English is left on it.

Numbers: both languages use Western (European) digits, as most Syrian news
outlets do; a number or range inside Arabic text is isolated with
`<bdi dir="ltr">` so that "3–17" is not displayed reversed.
Arabic month names are the Levantine ones used in Syria (كانون الثاني … كانون الأول).
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from ...records import vocab
from .hubwords import CHART_WORDS, HUB_WORDS
from .interface import CHROME, COUNTS, TYPE_WORDS, UI
from .vocabularies import (
    DATE_PRECISIONS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    LANGUAGE_NAMES,
    MONTHS,
    ORG_CATEGORIES,
    PLACE_KINDS,
    ROLES,
    SHORT_MONTHS,
    SIDES,
    STATUSES,
    SUB_TYPES,
    VOCABULARIES,
)

__all__ = ["CHART_WORDS", "CHROME", "COUNTS", "DATE_PRECISIONS", "EVENT_TYPES", "GEO_PRECISIONS", "HUB_WORDS",
           "LANGUAGE_NAMES", "MONTHS", "ORG_CATEGORIES", "PLACE_KINDS", "ROLES", "SHORT_MONTHS", "SIDES",
           "STATUSES", "SUB_TYPES", "TYPE_WORDS", "UI", "VOCABULARIES", "Strings", "missing_translations",
           "plural_category"]


class Strings:
    """The interface strings of one language: `s("fatalities")`, `s.term("role", "killed")`."""

    def __init__(self, language: str):
        self.language = language
        self.ui = UI[language]

    def __call__(self, key: str, **values: object) -> str:
        text = self.ui[key]
        return text.format(**values) if values else text

    def term(self, vocabulary: str, value: object) -> str:
        return VOCABULARIES[vocabulary][self.language][value]

    def month(self, number: int) -> str:
        return MONTHS[self.language][number - 1]

    def short_month(self, number: int) -> str:
        return SHORT_MONTHS[self.language][number - 1]

    def count(self, key: str, n: int) -> str:
        """`n` things in the plural form the language uses for that number: "1 incident", "حادثتان"."""
        forms = COUNTS[self.language][key]
        return forms.get(plural_category(self.language, n), forms["other"]).format(n=f"{n:,}")


@lru_cache(maxsize=4096)
def plural_category(language: str, n: int) -> str:
    """CLDR's plural category of a number in a language (Babel's rules): one, two, few, many, other, zero."""
    return _locale(language).plural_form(n)


@lru_cache(maxsize=None)
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def missing_translations() -> list[str]:
    """Keys or vocabulary values present in one language but not the other, or not in vocab.py."""
    problems = []
    for name, table in (("UI", UI), ("HUB_WORDS", HUB_WORDS), ("CHART_WORDS", CHART_WORDS), ("COUNTS", COUNTS),
                        ("CHROME", CHROME), ("TYPE_WORDS", TYPE_WORDS)):
        if set(table["en"]) != set(table["ar"]):
            problems.append(f"{name} keys differ: {sorted(set(table['en']) ^ set(table['ar']))}")
    expected = {
        "event_type": set(vocab.EVENT_TYPES), "sub_type": set(vocab.SUB_TYPES),
        "category": set(vocab.ORG_CATEGORIES), "kind": set(vocab.PLACE_KINDS), "side": set(vocab.SIDES),
        "role": set(vocab.PERSON_ROLES), "status": set(vocab.STATUSES),
        "date_precision": set(vocab.DATE_PRECISIONS), "language": set(vocab.LANGUAGES),
    }
    for name, values in expected.items():
        for language in ("en", "ar"):
            have = set(VOCABULARIES[name][language])
            if have != values:
                problems.append(f"{name}/{language}: {sorted(have ^ values)}")
    return problems
