"""How the gazetteer's and actor lexicon's names become the keys of `lexicon`'s automata.

An entry's Arabic names are folded (`normalise.fold`) and also kept without their article (the لل of للأمن
العسكري) and in the joined or split spelling of a compound (كفر تخاريم، كفرتخاريم); its English names take the
transliteration key of `normalise.fold_latin_name`, with and without al-/el-, each with the case a matched
surface must show (an acronym in capitals). Split from `lexicon.py`, which finds the keys in text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from generator import textfold
from generator.ingest.lang import ar
from generator.ingest.lexicon_data import Entry
from generator.ingest.normalise import fold, fold_latin_name

_LATIN_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|ad|at|az)[- ](?=\w)", re.IGNORECASE)

# How a key was made from an entry's names.
NAME, ADJECTIVE, NO_ARTICLE = "name", "adjective", "no-article"
# Case a matched English surface must show: none, some capital, all capitals.
ANY_CASE, CAPITALISED, ACRONYM = 0, 1, 2


@dataclass(frozen=True)
class Key:
    entry_id: str
    how: str
    case: int


def _english_case(alias: str) -> int:
    letters = [c for c in alias if c.isalpha()]
    if len(letters) <= 5 and all(c.isupper() for c in letters):
        return ACRONYM
    return CAPITALISED if any(c.isupper() for c in letters) else ANY_CASE


def _without_latin_article(alias: str) -> str | None:
    """"al-Sanamayn" → "Sanamayn": English texts drop the article freely."""
    stripped = _LATIN_ARTICLE.sub("", alias, count=1)
    return stripped if stripped != alias and len(stripped) > 3 else None


def arabic_key(text: str) -> str:
    """An Arabic name as the automaton holds it: folded, single spaces. Names are stored and looked up by it."""
    return re.sub(r"\s+", " ", fold(text)).strip()


_JOINABLE_HEADS = tuple(fold(w) for w in ar.JOINABLE_NAME_HEADS)


def arabic_keys(entry: Entry) -> Iterable[tuple[str, str]]:
    article = textfold.ARTICLE
    for alias, how in [(a, NAME) for a in entry.names("ar")] + [(a, ADJECTIVE) for a in entry.adjectives_ar]:
        key = arabic_key(alias)
        yield key, how
        # ل + ال is written لل: للأمن العسكري holds "أمن العسكري" after لل.
        if key.startswith(article) and how == NAME:
            yield key[len(article):], NO_ARTICLE
        if how == NAME:
            other = _joined_or_split(key)
            if other:
                yield other, NAME


def _joined_or_split(key: str) -> str | None:
    """The other spelling of a compound place name: outlets write كفر تخاريم and كفرتخاريم, تل كلخ and تلكلخ."""
    head, _, rest = key.partition(" ")
    if rest and " " not in rest and head in _JOINABLE_HEADS:
        return head + rest
    for head in _JOINABLE_HEADS:
        if " " not in key and key.startswith(head) and len(key) - len(head) >= 3:
            return head + " " + key[len(head):]
    return None


def english_keys(entry: Entry) -> Iterable[tuple[str, str, int]]:
    for alias, how in [(a, NAME) for a in entry.names("en")] + [(a, ADJECTIVE) for a in entry.adjectives_en]:
        yield fold_latin_name(alias), how, _english_case(alias)
        bare = _without_latin_article(alias)
        if bare:
            yield fold_latin_name(bare), how, _english_case(bare)


def build_automaton(keys: dict[str, list[Key]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, payload in keys.items():
        automaton.add_word(key, (key, tuple(payload)))
    automaton.make_automaton()
    return automaton


def add_key(keys: dict[str, list[Key]], key: str, item: Key) -> None:
    bucket = keys.setdefault(key, [])
    for i, existing in enumerate(bucket):
        if existing.entry_id == item.entry_id and existing.how == item.how:
            # the loosest case requirement of one entry's aliases wins
            bucket[i] = Key(item.entry_id, item.how, min(existing.case, item.case))
            return
    bucket.append(item)
