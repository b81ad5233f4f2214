"""Finding the names of the shipped gazetteer and actor lexicon in text.

Names are matched with one Aho-Corasick automaton per language over folded
text (Arabic: `normalise.fold`; English: the transliteration key of
`normalise.fold_latin_name`), then filtered by a word-boundary check that
lets Arabic proclitics stick to a name (بدرعا، وروسيا، للأمن العسكري).
Offsets are reported in the original text and exclude the clitics. The
entries and how their files are read are in `lexicon_data.py`,
how their names become the automata's keys in `lexicon_keys.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from generator import textfold
from generator.ingest.lang import ar, common, en
from generator.ingest.lexicon_data import (  # noqa: F401  (re-exported: the lexicon's public names)
    ACTORS_FILE,
    DATA_DIR,
    GAZETTEER_FILE,
    ORGANIZATION,
    PLACE,
    Entry,
    LexiconDataError,
    PlaceIndex,
    UnknownEntry,
    check_entries,
    community_key,
    read,
)
from generator.ingest.lexicon_keys import (
    ACRONYM,
    ADJECTIVE,
    ANY_CASE,
    NO_ARTICLE,
    Key,
    add_key,
    arabic_key,
    arabic_keys,
    build_automaton,
    english_keys,
)
from generator.ingest.normalise import (
    Normalised,
    fold,
    fold_latin_name,
    normalise,
    normalise_latin,
)

_AR_WORD_CHAR = re.compile(r"[\u0621-\u064a0-9a-z]")
_EN_WORD_CHAR = re.compile(r"[a-z0-9]")



@dataclass(frozen=True)
class LexiconMatch:
    """A name of an entry found in a text; offsets in the original text.

    `adjective` is true when the match is a nationality or attribute
    adjective (الروس، Iranian) rather than a name: the extractor decides
    whether it names an actor. `everyday_word` is true for a place name that is also an everyday word or a personal
    name (عدوان، جاسم: AMBIGUOUS_PLACE_NAMES), `ambiguous` when besides no place noun or preposition (بلدة، في، ب)
    stands right before it. Several matches can share one span when a
    name is ambiguous (homonymous villages); they come in entry order.
    """

    entry_id: str
    kind: str
    start: int
    end: int
    surface: str
    adjective: bool = False
    ambiguous: bool = False
    everyday_word: bool = False



# ----------------------------------------------------------------- matching


@lru_cache(maxsize=1)
def _arabic_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """Proclitics allowed before a name, and before a name whose article
    merged into لل (للأمن)."""
    plain = {c + p for c in ("",) + textfold.CONJUNCTIONS
             for p in ("",) + textfold.PREPOSITIONS}
    merged = {c + "لل" for c in ("",) + textfold.CONJUNCTIONS}
    return frozenset(plain), frozenset(merged)


@lru_cache(maxsize=1)
def _clitic_lookalikes() -> frozenset[str]:
    """The folded words of `CLITIC_LOOKALIKES`, alone and after a conjunction (لبنان، ولبنان)."""
    words = {fold(w) for w in ar.CLITIC_LOOKALIKES}
    return frozenset(words | {c + w for c in textfold.CONJUNCTIONS for w in words})


def _arabic_boundary_ok(folded: str, start: int, end: int, key: Key, stem: str) -> bool:
    if end < len(folded) and _AR_WORD_CHAR.match(folded[end]):
        return False
    word_start = start
    while word_start > 0 and _AR_WORD_CHAR.match(folded[word_start - 1]):
        word_start -= 1
    prefix = folded[word_start:start]
    if prefix and folded[word_start:end] in _clitic_lookalikes():
        return False    # لبنان is Lebanon, not ل + بنان
    plain, merged = _arabic_prefixes()
    if key.how == NO_ARTICLE:
        # ل + اللواء is written للواء: one lam of the article's لل is the stem's.
        lam_merged = stem.startswith("ل") and prefix in {p[:-1] for p in merged}
        return prefix in merged or lam_merged
    return prefix in plain


# A capitalised word right after (a name goes on: "Tal Sultan", "Bab al-Hawa").
_NAME_WORD_AFTER = re.compile(r"[ -](?:(?:al|el|ad|as|ash|an|ar|at|az)-)?[A-Z]")


@lru_cache(maxsize=1)
def _head_keys() -> frozenset[str]:
    """The matching keys of `en.PLACE_NAME_HEADS`: a match whose key is none of them is no head (checked first, before
    mapping the match back to the original text, on every English match)."""
    return frozenset(fold_latin_name(head) for head in en.PLACE_NAME_HEADS)


def _english_boundary_ok(norm: Normalised, start: int, end: int, key: Key) -> bool:
    folded = norm.text
    if start > 0 and _EN_WORD_CHAR.match(folded[start - 1]):
        return False
    if end < len(folded) and _EN_WORD_CHAR.match(folded[end]):
        return False
    if folded[start:end] in _head_keys():
        o_start, o_end = norm.to_original(start, end)
        if norm.original[o_start:o_end] in en.PLACE_NAME_HEADS and _NAME_WORD_AFTER.match(norm.original, o_end):
            return False   # "Tal Sultan", "Bab Amr": the head of a longer name, not the place an alias names so (al-Tall)
    if key.case == ANY_CASE:
        return True
    o_start, o_end = norm.to_original(start, end)
    surface = norm.original[o_start:o_end]
    letters = [c for c in surface if c.isalpha()]
    if key.case == ACRONYM:
        return all(c.isupper() for c in letters)
    return any(c.isupper() for c in letters)


@lru_cache(maxsize=1)
def _ambiguity_tables() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return {
        "ar": (frozenset(fold(n) for n in ar.AMBIGUOUS_PLACE_NAMES),
               frozenset(fold(n) for n in ar.PLACE_NOUNS)),
        "en": (frozenset(fold_latin_name(n) for n in en.AMBIGUOUS_PLACE_NAMES),
               frozenset(fold_latin_name(n) for n in en.PLACE_NOUNS)),
    }


@lru_cache(maxsize=1)
def _kin_tables() -> dict[str, tuple[frozenset[str], ...]]:
    return {lang: tuple(frozenset(map(folder, words))
                        for words in (pack.PLACES_NAMED_LIKE_MEN, pack.KIN_BEFORE_NAME, pack.KIN_OWNERS))
            for lang, pack, folder in (("ar", ar, fold), ("en", en, fold_latin_name))}


def _man_after_kin_noun(folded: str, start: int, key: str, language: str, ambiguous: bool) -> bool:
    """A place named like a man right after a relation word (زوجة جاسم, "his brother Jasim"), or any place right
    after a relation word that has its owner ("his brother Qusay"): the man."""
    men, kin, owners = _kin_tables()[language]
    relation = _previous_word(folded, start)
    return start > 0 and folded[start - 1] == " " and relation in kin \
        and (ambiguous and key in men or _previous_word(folded, start - len(relation) - 1) in owners)


def _after_place_word(folded: str, start: int, language: str, strict: bool = False) -> bool:
    """A place noun or preposition stands right before `start` (بلدة، في, village, in), or a
    preposition is attached to the name (بجاسم). `strict`: "and" alone attached is not enough (وصور is
    "and pictures", والعراقي a family name in a list of people)."""
    _, nouns = _ambiguity_tables()[language]
    word_char = _AR_WORD_CHAR if language == "ar" else _EN_WORD_CHAR
    if start > 0 and word_char.match(folded[start - 1]):
        # an attached preposition: بجاسم، وبعدوان
        return not strict or language != "ar" or folded[start - 1] not in "وف"
    return _previous_word(folded, start) in nouns


@lru_cache(maxsize=2)
def _village_cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    pack = ar if language == "ar" else en
    return re.compile(pack.VILLAGE_OF_NAME_BEFORE), re.compile(pack.VILLAGE_OF_NAME_AFTER)


def _named_as_village(text: str, start: int, end: int, language: str) -> bool:
    """A name told with a village or town word, or in a countryside, as written around it."""
    before, after = _village_cues(language)
    return bool(before.search(text[max(0, start - 20):start]) or after.match(text[end:end + 40]))


def _previous_word(folded: str, start: int) -> str:
    """The word before `start` in folded text ("" at the start)."""
    previous = re.findall(r"[\u0621-\u064aa-z0-9]+", folded[max(0, start - 30):start])
    return previous[-1] if previous else ""


def _resolve_overlaps(found: list[tuple[int, int, int, LexiconMatch]]) -> list[LexiconMatch]:
    """Longest span wins; equal spans keep every entry (ambiguous names)."""
    found.sort(key=lambda item: (-(item[1] - item[0]), item[0], item[2]))
    kept: list[tuple[int, int, int, LexiconMatch]] = []
    placed: list[tuple[int, int, int]] = []   # (start, end, index in kept), in text order
    for item in found:
        start, end = item[0], item[1]
        clash = [kept[i] for i in _overlapping(placed, start, end)]
        if not clash or all((k[0], k[1]) == (start, end) for k in clash):
            if not any(k[3].entry_id == item[3].entry_id and (k[0], k[1]) == (start, end) for k in clash):
                insort(placed, (start, end, len(kept)))
                kept.append(item)
    kept.sort(key=lambda item: (item[3].start, item[2]))
    return [item[3] for item in kept]


def _overlapping(placed: list[tuple[int, int, int]], start: int, end: int) -> list[int]:
    """Indexes of the kept spans that overlap [start, end). Kept spans never overlap one another (equal ones
    aside), so their ends rise with their starts and the overlapping ones are the run right before the first
    span starting at `end` or later: a look at a few neighbours instead of every span kept, which made a
    page of thousands of place names minutes of work."""
    i = bisect_left(placed, (end,))
    found = []
    while i > 0 and placed[i - 1][1] > start:
        i -= 1
        found.append(placed[i][2])
    return found


# -------------------------------------------------------------------- API

class Lexicon:
    """Places and organizations with their names in both languages."""

    def __init__(self, entries: Iterable[Entry], homonyms: dict[str, tuple[str, ...]] | None = None):
        self._entries: dict[str, Entry] = {}
        for entry in entries:
            if entry.id in self._entries:
                raise LexiconDataError(f"{entry.id}: id used twice")
            self._entries[entry.id] = entry
        check_entries(self._entries)
        self._homonyms = homonyms or {}
        for name, ids in self._homonyms.items():
            for entry_id in ids:
                if entry_id not in self._entries:
                    raise LexiconDataError(f"homonyms: {name}: {entry_id!r} is not in the lexicon")
        self._places = PlaceIndex.of(self._entries.values(), self._homonyms)
        self._order = {entry_id: i for i, entry_id in enumerate(self._entries)}
        self._ar = build_automaton(self._collect_arabic())
        self._en = build_automaton(self._collect_english())

    # -- construction
    @classmethod
    def load(cls, data_dir: Path | None = None) -> "Lexicon":
        """Read gazetteer.json and actors.yaml from `data_dir` (default: the
        shipped generator/data)."""
        entries, homonyms = read(Path(data_dir) if data_dir else DATA_DIR)
        return cls(entries, homonyms)

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "Lexicon":
        """The shipped lexicon, loaded once per process."""
        return Lexicon.load()

    def _collect_arabic(self) -> dict[str, list[Key]]:
        keys: dict[str, list[Key]] = {}
        for entry in self._searched():
            for key, how in arabic_keys(entry):
                if len(key) >= common.MIN_STEM_LENGTH:
                    add_key(keys, key, Key(entry.id, how, ANY_CASE))
        return keys

    def _collect_english(self) -> dict[str, list[Key]]:
        keys: dict[str, list[Key]] = {}
        for entry in self._searched():
            for key, how, case in english_keys(entry):
                if len(key) >= common.MIN_STEM_LENGTH:
                    add_key(keys, key, Key(entry.id, how, case))
        return keys

    def _searched(self) -> Iterable[Entry]:
        """The entries looked for in text: all but the villages only OCHA's community list has."""
        return (e for e in self._entries.values() if not e.needs_place_noun)

    def communities(self, name: str, language: str) -> list[Entry]:
        """The villages only OCHA's community list has (`needs_place_noun`) that bear this name. They are never
        looked for in text (thousands of them are also given names, family names or words): a draft place,
        named after its place word, may turn out to be one (extract/communities.py)."""
        return [self._entries[i] for i in self._places.communities.get((language, community_key(name, language)), ())]

    # -- lookups
    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: str) -> bool:
        return entry_id in self._entries

    def entries(self, kind: str | None = None) -> list[Entry]:
        """All entries, or those of one kind ("place" / "organization")."""
        return [e for e in self._entries.values() if kind is None or e.kind == kind]

    def get(self, entry_id: str) -> Entry:
        """The entry with this id; UnknownEntry if there is none."""
        try:
            return self._entries[entry_id]
        except KeyError:
            raise UnknownEntry(f"no lexicon entry has the id {entry_id!r}") from None

    def ancestors(self, entry_id: str) -> list[Entry]:
        """The parent chain, nearest first: jasim → izra-district →
        daraa-governorate → syria; a brigade → its corps."""
        chain: list[Entry] = []
        seen = {entry_id}
        parent = self.get(entry_id).parent
        while parent is not None and parent not in seen:
            seen.add(parent)
            entry = self.get(parent)
            chain.append(entry)
            parent = entry.parent
        return chain

    def places_containing(self, entry_id: str) -> list[Entry]:
        """The places that contain a place, nearest first (its admin chain)."""
        return [e for e in self.ancestors(entry_id) if e.kind == PLACE]

    def governorate_of(self, entry_id: str) -> str | None:
        """The id of the governorate a place lies in (the place itself when it is one), or None."""
        return next((e.id for e in [self.get(entry_id), *self.ancestors(entry_id)] if e.place_kind == "governorate"),
                    None)

    def same_named(self, entry_id: str) -> list[Entry]:
        """The other places that share a name with this one (the gazetteer's
        `homonyms` index): when one of them is picked, the admin chain of the
        article had to decide, and a guess deserves a review."""
        return [self._entries[i] for i in self._places.others.get(entry_id, ())]

    def places_of_kind(self, place_kind: str) -> list[Entry]:
        """The places of one kind ("governorate", "village" ...), in the gazetteer's order."""
        return list(self._places.by_kind.get(place_kind, ()))

    def lookup(self, name: str, language: str) -> list[Entry]:
        """Entries one of whose names is exactly `name` (after folding)."""
        if language == "ar":
            key, automaton = arabic_key(name), self._ar
        else:
            key, automaton = fold_latin_name(name), self._en
        found = automaton.get(key, None)
        if found is None:
            return []
        ids = dict.fromkeys(k.entry_id for k in found[1] if k.how != ADJECTIVE)
        return [self._entries[i] for i in ids]

    # -- matching
    def find(self, text: str, language: str) -> list[LexiconMatch]:
        """Names of places and organizations in `text` ("ar" or "en").

        Longest match wins; overlapping shorter matches are dropped; equal
        spans of several entries are all kept. A place marked `needs_context`
        (a village named like a family name) is found only after a place
        word or preposition (قرية، في, village of). Arabic names may carry
        proclitics (و ف ب ل ك, لل for ل + ال); the span excludes them.
        English names match across transliteration variants (Deraa = Daraa);
        acronyms must be in capitals and capitalised aliases capitalised.
        """
        if language == "ar":
            norm, automaton = normalise(text), self._ar
        else:
            norm, automaton = normalise_latin(text), self._en
        found: list[tuple[int, int, int, LexiconMatch]] = []
        for last, (key, payload) in automaton.iter(norm.text):
            start, end = last - len(key) + 1, last + 1
            for item in payload:
                if language == "ar":
                    ok = _arabic_boundary_ok(norm.text, start, end, item, key)
                else:
                    ok = _english_boundary_ok(norm, start, end, item)
                if not ok:
                    continue
                entry = self._entries[item.entry_id]
                if entry.needs_context and not _after_place_word(norm.text, start, language, strict=True):
                    continue  # a family name or everyday word (العراقي، الحمراء), not the village of that name
                o_start, o_end = norm.to_original(start, end)
                if entry.place_kind == "neighbourhood" and _named_as_village(text, o_start, o_end, language):
                    continue  # "قرية المزة بريف القنيطرة": a village of that name, not the city's neighbourhood
                everyday_word = entry.kind == PLACE and key in _ambiguity_tables()[language][0]
                ambiguous = everyday_word and not _after_place_word(norm.text, start, language)
                if entry.kind == PLACE and _man_after_kin_noun(norm.text, start, key, language, ambiguous):
                    continue  # "زوجة جاسم", "his brother Qosay": a man named like the town
                match = LexiconMatch(entry.id, entry.kind, o_start, o_end, text[o_start:o_end],
                                     adjective=item.how == ADJECTIVE, ambiguous=ambiguous, everyday_word=everyday_word)
                found.append((start, end, self._order[entry.id], match))
        return _resolve_overlaps(found)
