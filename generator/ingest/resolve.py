"""Resolution: map names found in an article to records of the knowledge base.

This is deliberately minimal and a separate step with one interface, so that
fuzzy and cross-language matching and incident merging (issue 5) can replace
it without touching extraction or drafting:

    resolver = Resolver.from_store(store)
    resolver.find(kind, names, lexicon_id) -> record id | None
    resolver.add(record)                      # a record drafted during this run

Order of the sources, each only used when the previous found nothing:
1. the lexicon id, when a record with that id exists;
2. the folded exact name: any name or alias of an existing record, in either
   language (Arabic: `normalise.fold`; Latin: `normalise.fold_latin_name`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records.model import KIND_OF_MODEL, Record
from ..records.store import Store
from .normalise import fold, fold_latin_name

_ARABIC = re.compile("[\u0600-\u06ff]")
NAMED_KINDS = ("place", "organization", "person")


def name_key(name: str) -> str:
    """The matching key of a name in either script."""
    name = name.strip().strip("\"'«»“”")
    if _ARABIC.search(name):
        return " ".join(fold(name).split())
    return fold_latin_name(name)


def record_names(record: Record) -> list[str]:
    """Every name and alias of a named record, both languages."""
    names: list[str] = []
    for attr in ("name",):
        text = getattr(record, attr, None)
        if text is not None:
            names += [t for t in (text.en, text.ar) if t]
    aliases = getattr(record, "aliases", None)
    if aliases is not None:
        names += list(aliases.en) + list(aliases.ar)
    return names


@dataclass
class Resolver:
    """Names of the knowledge base's places, organizations and people, by folded key."""

    ids: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in NAMED_KINDS})
    keys: dict[str, dict[str, str]] = field(default_factory=lambda: {k: {} for k in NAMED_KINDS})

    @classmethod
    def from_store(cls, store: Store) -> Resolver:
        resolver = cls()
        for kind in NAMED_KINDS:
            for record in store.records(kind):
                resolver.add(record)
        return resolver

    def add(self, record: Record) -> None:
        kind = KIND_OF_MODEL[type(record)].name
        if kind not in self.ids:
            return
        if getattr(record, "status", None) == "merged" and getattr(record, "merged_into", None):
            target = record.merged_into
        else:
            target = record.id
        self.ids[kind].add(record.id)
        for name in record_names(record):
            key = name_key(name)
            if key:
                self.keys[kind].setdefault(key, target)

    def find(self, kind: str, names: Iterable[str], lexicon_id: str | None = None) -> str | None:
        """The id of the existing record for these names (or lexicon id), else None."""
        if lexicon_id and lexicon_id in self.ids[kind]:
            return lexicon_id
        for name in names:
            key = name_key(name)
            if key and key in self.keys[kind]:
                return self.keys[kind][key]
        return None

    def has(self, kind: str, record_id: str) -> bool:
        return record_id in self.ids[kind]
