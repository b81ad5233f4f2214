"""`kb merge A B`: an editor says record B duplicates record A.

A gets the union of both (names become aliases, sources and claims, people,
actors, affiliations, external ids where A has none; two events are combined
by `records/combine.py`, the rules the ingester uses too); B keeps its file
with `status: merged` and `merged_into: A` (its page redirects); every
reference to B in other records now names A.

This module is at the bottom layer: it knows records, not languages. Alias
deduplication takes a key function (`generator.ingest.names.alias_key` folds
Arabic and Latin spellings); the default only casefolds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import KbError
from .model import (
    REFERENCES,
    Affiliation,
    Aliases,
    Curated,
    Event,
    Organization,
    Place,
    Record,
    Source,
)
from .combine import ancestors, combine_events, is_empty, sorted_reviews
from .store import Store


class NotMergeable(KbError):
    """Records of this kind cannot be merged."""

    hint = "only events, people, organizations and places are merged; sources are provenance"


class KindMismatch(KbError):
    """The two records to merge are of different kinds."""

    hint = "merge a person into a person, a place into a place"


class MergeIntoMerged(KbError):
    """The survivor is itself merged into another record."""

    hint = "merge into the record it was merged into"


class AlreadyMerged(KbError):
    """The duplicate is already merged into a record."""

    hint = "it already redirects; nothing to do, or merge the records it points to"


class MergeCycle(KbError):
    """The merge would make a record point at itself (a merge chain or a parent chain loops)."""

    hint = "pick the other record as the survivor, or fix the parent first"


@dataclass
class MergeResult:
    """What `merge_records` did."""

    kind: str
    survivor: Record
    duplicate: Record
    changed_files: list[Path] = field(default_factory=list)
    references: int = 0            # references to the duplicate rewritten, over all records
    changes: list[str] = field(default_factory=list)


def _default_key(text: str) -> str:
    return " ".join(text.casefold().split())


def merge_records(store: Store, survivor_id: str, duplicate_id: str,
                  alias_key: Callable[[str], str] | None = None) -> MergeResult:
    """Merge record `duplicate_id` into `survivor_id` and save every file that changes."""
    key = alias_key or _default_key
    if survivor_id == duplicate_id:
        raise MergeCycle(f"cannot merge {survivor_id!r} into itself")
    survivor_entry = store.find(survivor_id)
    duplicate_entry = store.find(duplicate_id)
    kind = survivor_entry.kind.name
    if duplicate_entry.kind.name != kind:
        raise KindMismatch(f"{survivor_id!r} is a {kind} and {duplicate_id!r} is a {duplicate_entry.kind.name}")
    if kind == "source":
        raise NotMergeable(f"{survivor_id!r} and {duplicate_id!r} are sources")
    curated = store.typed(kind, Curated)
    survivor, duplicate = curated[survivor_id], curated[duplicate_id]
    if survivor.status == "merged":
        raise MergeIntoMerged(f"{survivor_id!r} is merged into {survivor.merged_into!r}")
    if duplicate.status == "merged":
        raise AlreadyMerged(f"{duplicate_id!r} is already merged into {duplicate.merged_into!r}")
    if kind in ("place", "organization"):
        model: type[Place | Organization] = Place if kind == "place" else Organization
        records = store.typed(kind, model)
        chain = ancestors(survivor_id, records)
        if duplicate_id in chain:
            raise MergeCycle(f"{survivor_id!r} lies inside {duplicate_id!r} (its parent chain); merging would make it its own parent")
        chain = ancestors(duplicate_id, records)
        if survivor_id in chain:
            raise MergeCycle(f"{duplicate_id!r} lies inside {survivor_id!r} (its parent chain); merging would make {survivor_id!r} its own parent")

    result = MergeResult(kind=kind, survivor=survivor, duplicate=duplicate)
    merged: Record
    if kind == "event":
        events = store.typed("event", Event)
        published = {s.id: s.published_date for s in store.typed("source", Source).values()}
        merged, changes = combine_events(events[survivor_id], events[duplicate_id], reviewed=False,
                                         places=store.typed("place", Place), published=published,
                                         new_sources_only=False)
    else:
        merged, changes = _merge_named(survivor, duplicate, key)
    result.survivor = merged
    result.changes = changes
    redirected = duplicate.model_copy(update={"status": "merged", "merged_into": survivor_id})
    redirected = type(duplicate).model_validate(redirected.model_dump(by_alias=True))
    result.duplicate = redirected

    # references in every other record
    rewritten: list[Record] = []
    for other_kind, references in REFERENCES.items():
        paths = [p for p, target in references if target == kind]
        if not paths:
            continue
        for entry in list(store.entries(other_kind)):
            record = merged if entry.record.id == survivor_id and other_kind == kind else entry.record
            if other_kind == kind and record.id == duplicate_id:
                continue
            data = record.model_dump(by_alias=True)
            count = sum(_rewrite(data, path, duplicate_id, survivor_id) for path in paths)
            if count:
                result.references += count
                new = type(record).model_validate(data)
                if other_kind == kind and record.id == survivor_id:
                    result.survivor = merged = new
                else:
                    rewritten.append(new)
    if result.references:
        result.changes.append(f"{result.references} reference(s) to {duplicate_id} now name {survivor_id}")
    for record in [result.survivor, redirected, *rewritten]:
        store.stage(record)
    result.changed_files = store.flush()  # all of them or none
    return result


def _rewrite(data: Any, path: str, old: str, new: str) -> int:
    """Replace `old` by `new` at a dotted path such as `people[].id`; drop duplicates a rewrite makes."""
    head, _, rest = path.partition(".")
    is_list = head.endswith("[]")
    name = head.removesuffix("[]")
    if not isinstance(data, dict) or data.get(name) is None:
        return 0
    if not is_list:
        if rest:
            return _rewrite(data[name], rest, old, new)
        if data[name] == old:
            data[name] = new
            return 1
        return 0
    count = 0
    items = data[name]
    for index, item in enumerate(items):
        if rest:
            count += _rewrite(item, rest, old, new)
        elif item == old:
            items[index] = new
            count += 1
    if count:
        unique, seen = [], set()
        for item in items:
            marker = repr(item.get("id", item.get("source", item))) if isinstance(item, dict) and name in ("actors", "sources") else repr(item)
            if marker not in seen:
                seen.add(marker)
                unique.append(item)
        data[name] = unique
    return count


def _merge_named(survivor: Any, duplicate: Any, key: Callable[[str], str]) -> tuple[Any, list[str]]:
    """Person, organization or place: names become aliases; empty fields filled; lists unioned."""
    changes: list[str] = []
    update: dict[str, Any] = {}
    known = {key(t) for t in _names(survivor)}
    aliases = {"en": list(survivor.aliases.en), "ar": list(survivor.aliases.ar)}
    for language, text in _named_texts(duplicate):
        if key(text) not in known:
            known.add(key(text))
            aliases[language].append(text)
            changes.append(f"alias added: {text}")
    if aliases != {"en": list(survivor.aliases.en), "ar": list(survivor.aliases.ar)}:
        update["aliases"] = Aliases(**aliases)
    for name in type(survivor).model_fields:
        if name in ("id", "status", "merged_into", "name", "aliases", "review", "affiliations"):
            continue
        mine, theirs = getattr(survivor, name), getattr(duplicate, name)
        if is_empty(mine) and not is_empty(theirs):
            update[name] = theirs
            changes.append(f"{name}: filled from {duplicate.id}")
    if name_missing := [lang for lang in ("en", "ar") if not getattr(survivor.name, lang) and getattr(duplicate.name, lang)]:
        update["name"] = survivor.name.model_copy(update={lang: getattr(duplicate.name, lang) for lang in name_missing})
        changes.append("name: filled " + ", ".join(name_missing))
    if hasattr(survivor, "affiliations"):
        current = list(survivor.affiliations)
        for affiliation in duplicate.affiliations:
            if not any(_same_affiliation(affiliation, mine) for mine in current):
                current.append(affiliation)
                changes.append(f"affiliation added: {affiliation.org}")
        if current != survivor.affiliations:
            update["affiliations"] = current
    reviews = sorted_reviews(list(survivor.review) + list(duplicate.review))
    if reviews != survivor.review:
        update["review"] = reviews
    return survivor.model_copy(update=update), changes


def _names(record: Any) -> list[str]:
    return [t for _, t in _named_texts(record)]


def _named_texts(record: Any) -> list[tuple[str, str]]:
    out = [(lang, t) for lang in ("en", "ar") if (t := getattr(record.name, lang))]
    out += [("en", t) for t in record.aliases.en] + [("ar", t) for t in record.aliases.ar]
    return out


def _same_affiliation(a: Affiliation, b: Affiliation) -> bool:
    return a.org == b.org and (a.role is None or b.role is None or a.role == b.role)

