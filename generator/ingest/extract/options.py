"""What every step of extraction is handed: the language packs and the lexicon, built once per process.

A language pack joins a language's words (`ingest/lang/ar/`, `lang/en/`)
with the passes that really differ between languages (`arabic.py`,
`english.py`: clitics, name chains, the shape of a count). The steps call the
pack of the article's language and have no `if language == ...` of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any

from ..lang import ar, en
from ..lexicon import Lexicon
from ..name_index import NameIndex
from . import arabic, english
from .stems import StemFinder


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """A language's words (`words`), its own passes (`passes`) and the regexes compiled from them."""

    code: str
    words: ModuleType
    passes: ModuleType
    cue_flags: int                      # flags of the language's cue patterns (English: case-insensitive)
    _memo: dict[Any, Any] = field(default_factory=dict, repr=False)

    def memo(self, key: Any, build: Callable[[], Any]) -> Any:
        """`build()` once per pack: compiled regexes and folded word sets."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = build()
            return value

    def regex(self, name: str) -> re.Pattern[str]:
        """The compiled word list `name` of the language (PROTEST, CIVILIAN, ...), for its matching text."""
        key = ("words", name)
        regex = self._memo.get(key)   # (asked for about a hundred times an article: no closure for a hit)
        if regex is None:
            regex = self._memo[key] = self.passes.compile_words(tuple(getattr(self.words, name)))
        return regex

    def stems(self, name: str) -> tuple[str, ...] | None:
        """Literal pieces of text one of which every match of the word list `name` contains (None: unknown)."""
        return self.memo(("stems", name), lambda: self.passes.literal_stems(tuple(getattr(self.words, name))))

    def stem_finder(self) -> StemFinder | None:
        """One automaton of the stems of every word list and trigger of the language (None: the language
        has no literal stems), run once over an article to find where each list could match."""
        def build() -> StemFinder | None:
            stems = {stem for name in dir(self.words) if _is_word_list(self.words, name)
                     for stem in self.stems(name) or ()}
            stems.update(stem for *_, trigger_stems in self.triggers() for stem in trigger_stems or ())
            return StemFinder(frozenset(stems)) if stems else None
        return self.memo("stem_finder", build)

    def cue(self, name: str, flags: int | None = None) -> re.Pattern[str]:
        """The cue pattern `name` of the language (ORIGIN, BACKER, ...), compiled with the language's flags."""
        flags = self.cue_flags if flags is None else flags
        key = ("cue", name, flags)
        pattern = self._memo.get(key)   # (asked for about a hundred times an article: no closure for a hit)
        if pattern is None:
            pattern = self._memo[key] = re.compile(getattr(self.words, name), flags)
        return pattern

    def triggers(self) -> tuple[tuple[re.Pattern[str], str, str, str, tuple[str, ...] | None], ...]:
        """(regex, class, type, sub_type, stems) of every event trigger of the language; every match holds
        one of the stems (None: unknown), which are tested before the regex is run."""
        def build() -> tuple[tuple[re.Pattern[str], str, str, str, tuple[str, ...] | None], ...]:
            out = []
            declared = self.words.TRIGGER_STEMS   # the word a regex entry's matches contain, as written
            for entry, klass, type_, sub_type in self.words.TRIGGERS:
                stems = self.passes.literal_stems((declared.get(entry, entry),))
                out.append((self.passes.compile_words((entry,)), klass, type_, sub_type, stems))
            return tuple(out)
        return self.memo("triggers", build)

    @property
    def abbreviations(self) -> frozenset[str]:
        """Words ending in a dot that end no sentence (lower case, with the dot)."""
        return self.memo("abbreviations", lambda: frozenset(w.lower() for w in self.words.ABBREVIATIONS))

    def match_key(self, text: str) -> str:
        """The form two spellings of a name are compared in (folded Arabic, lower-case English)."""
        return self.passes.match_key(text)


def _is_word_list(words: ModuleType, name: str) -> bool:
    value = getattr(words, name)
    return name.isupper() and isinstance(value, tuple) and bool(value) and all(isinstance(v, str) for v in value)


@dataclass(frozen=True)
class ExtractOptions:
    """The language packs, the lexicon (gazetteer and actors) and the index of attested personal-name
    words, handed to every step."""

    lexicon: Lexicon
    packs: dict[str, LanguagePack]
    names: NameIndex

    @classmethod
    def load(cls, lexicon: Lexicon | None = None, names: NameIndex | None = None) -> "ExtractOptions":
        return cls(lexicon=lexicon or Lexicon.default(),
                   packs={"ar": LanguagePack("ar", ar, arabic, 0), "en": LanguagePack("en", en, english, re.I)},
                   names=names or NameIndex.default())

    def pack(self, language: str) -> LanguagePack:
        return self.packs[language]


@lru_cache(maxsize=1)
def default_options() -> ExtractOptions:
    """The options of this process (the shipped lexicon), for callers that pass none."""
    return ExtractOptions.load()
