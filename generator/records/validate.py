"""Checks that span records: references to other records and merge chains.

Single-file problems (syntax, fields, types, vocabularies) are found while the
store loads; this module adds what can only be seen with every record at hand.
"""

from __future__ import annotations

from collections.abc import Iterator
import difflib
from typing import Any

from ..errors import Problem
from . import yamlio
from .model import REFERENCES
from .store import Entry, Store


def check(store: Store) -> list[Problem]:
    """Every problem in the knowledge base: load problems, then cross-record ones, sorted."""
    problems = list(store.problems)
    for kind, references in REFERENCES.items():
        for entry in store.entries(kind):
            problems.extend(_missing_references(store, entry, references))
            problems.extend(_merge_chain_problems(store, entry))
    return sorted(problems)


def _values_at(data: Any, path: str, trail: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Walk a dotted path such as `actors[].id`, yielding (location, value) pairs."""
    head, _, rest = path.partition(".")
    is_list = head.endswith("[]")
    key = head.removesuffix("[]")
    if not isinstance(data, dict) or data.get(key) is None:
        return
    value = data[key]
    items = list(enumerate(value)) if is_list else [(None, value)]
    for index, item in items:
        location = trail + ((key, index) if is_list else (key,))
        if rest:
            yield from _values_at(item, rest, location)
        else:
            yield location, item


def _missing_references(store: Store, entry: Entry, references: tuple[tuple[str, str], ...]) -> Iterator[Problem]:
    data = entry.record.model_dump(by_alias=True)
    for path, target_kind in references:
        if path == "merged_into":
            continue  # reported with the chain check, which knows more
        for location, value in _values_at(data, path):
            if value and (target_kind, value) not in store and (target_kind, value) not in store.unreadable:
                yield _problem_at(store, entry, location, f"no {target_kind} has the id {value!r}",
                                  _reference_hint(store, target_kind, value))


def _merge_chain_problems(store: Store, entry: Entry) -> Iterator[Problem]:
    record = entry.record
    target = getattr(record, "merged_into", None)
    if not target:
        return
    kind = entry.kind.name
    if (kind, target) in store.unreadable:
        return
    if (kind, target) not in store:
        yield _problem_at(store, entry, ("merged_into",), f"merged_into names {target!r}, which does not exist",
                          _reference_hint(store, kind, target))
        return
    seen = [record.id]
    while target:
        if target in seen:
            chain = " -> ".join(seen + [target])
            yield _problem_at(store, entry, ("merged_into",), f"merge cycle: {chain}",
                              "one of these records must be the survivor, with status other than merged")
            return
        seen.append(target)
        nxt = store.by_kind[kind].get(target)
        target = getattr(nxt.record, "merged_into", None) if nxt else None


def _reference_hint(store: Store, kind: str, value: str) -> str:
    close = difflib.get_close_matches(value, list(store.by_kind[kind]), n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]}?"
    return f"create the {kind} record or correct the id"


def _problem_at(store: Store, entry: Entry, location: tuple[Any, ...], message: str, hint: str) -> Problem:
    """A problem with its line, found by re-reading the file (only done for files with problems)."""
    try:
        data, lines = yamlio.load_file(entry.path)
        line = lines.line_of(data, location)
    except yamlio.FileProblem:
        line = 1
    field = ".".join(str(p) for p in location)
    return Problem(store.relative(entry.path), line, field, message, hint)
