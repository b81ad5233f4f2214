"""Attested personal-name words: the shipped index the extractor reads names by.

`generator/data/person_names.tsv` lists given names (Arabic and their Latin
spellings) and Arabic family-name words that people are attested to carry
(built by `scripts/build_name_index.py` from the index of the
`arabic-name-romanizer` package). `person_names_manual.tsv`, written by hand in
the same format, adds the given names that index lacks: its Wikidata sources
hold few Kurdish names in Arabic script, which news from north-east Syria is
full of. A word that opens a name is recognised by this index and by the
structure of the name around it, never by a list of the people of any article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.errors import KbError
from generator.ingest.normalise import fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
NAME_INDEX_FILE = "person_names.tsv"
MANUAL_NAME_INDEX_FILE = "person_names_manual.tsv"
KINDS = ("ar-given", "ar-given-rare", "ar-family", "en-given")


class NameIndexError(KbError):
    """The shipped name index has a line that breaks its format."""

    hint = "rebuild it with scripts/build_name_index.py (see generator/data/README.md)"


@dataclass(frozen=True)
class NameIndex:
    """Words by kind (`KINDS`): folded Arabic, lower-case Latin."""

    words: Mapping[str, frozenset[str]]

    def get(self, kind: str) -> frozenset[str]:
        return self.words.get(kind, frozenset())

    def without(self, kind: str, words: Iterable[str]) -> frozenset[str]:
        """The words of `kind` less `words` (already in the index's form)."""
        return self.get(kind) - frozenset(words)

    @classmethod
    def read(cls, path: Path, fold_arabic: bool = False) -> "NameIndex":
        """`fold_arabic`: the file's Arabic words are spelled as a person writes them (the hand-written file), to be
        folded as the generated file's are (ة → ه، أ → ا ...)."""
        words: dict[str, set[str]] = {kind: set() for kind in KINDS}
        section: set[str] | None = None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = words.get(line.strip("[]"))
                if section is None:
                    raise NameIndexError(f"{path}:{number}: unknown section {line} (sections: {', '.join(KINDS)})")
            elif section is None or " " in line:
                raise NameIndexError(f"{path}:{number}: expected one word a line after a [kind] section line")
            else:
                section.add(fold(line) if fold_arabic and not line.isascii() else line)
        return cls({kind: frozenset(found) for kind, found in words.items()})

    def merged(self, other: "NameIndex") -> "NameIndex":
        """The words of both indexes, kind by kind."""
        return NameIndex({kind: self.get(kind) | other.get(kind) for kind in KINDS})

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "NameIndex":
        """The shipped index, the generated file and the hand-written one, read once per process."""
        return cls.read(DATA_DIR / NAME_INDEX_FILE).merged(cls.read(DATA_DIR / MANUAL_NAME_INDEX_FILE, fold_arabic=True))
