"""The record store: every record of a knowledge base, indexed by kind and id.

Loading never stops at the first bad file: each problem is collected with its
file, line and field, and the good records are still indexed, so `kb check`
reports everything in one run and a site still builds around one broken file.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import NotAKnowledgeBase, Problem, RecordNotFound
from . import yamlio
from .model import KINDS, KIND_OF_MODEL, Kind, Record

SCHEMA_FOLDER = "schemas"


@dataclass
class Entry:
    """A loaded record and the file it came from."""

    record: Record
    path: Path
    kind: Kind


@dataclass
class Store:
    """All records of one knowledge base."""

    root: Path
    by_kind: dict[str, dict[str, Entry]] = field(default_factory=lambda: {k: {} for k in KINDS})
    problems: list[Problem] = field(default_factory=list)
    # (kind, file stem) of files that failed to load: references to them are
    # not reported again as missing, the file's own problem says it all.
    unreadable: set[tuple[str, str]] = field(default_factory=set)
    # Records put in the store by `stage` and not yet written (see `flush`).
    staged: dict[tuple[str, str], Record] = field(default_factory=dict)

    # ---- loading -----------------------------------------------------------

    @classmethod
    def load(cls, root: Path) -> Store:
        root = Path(root)
        if not any((root / kind.folder).is_dir() for kind in KINDS.values()):
            raise NotAKnowledgeBase(f"{root} holds none of the record folders (events/, actors/, places/, sources/)")
        store = cls(root)
        for kind in KINDS.values():
            for path in record_files(root, kind):
                store._load_file(path, kind)
        return store

    def _load_file(self, path: Path, kind: Kind) -> None:
        problems_before = len(self.problems)
        self._read_record(path, kind)
        if len(self.problems) > problems_before:
            self.unreadable.add((kind.name, path.stem))

    def _read_record(self, path: Path, kind: Kind) -> None:
        shown = self.relative(path)
        try:
            data, lines = yamlio.load_file(path)
        except yamlio.FileProblem as err:
            self.problems.append(Problem(shown, err.problem.line, "", err.problem.message, err.problem.hint))
            return
        if not isinstance(data, dict):
            self.problems.append(Problem(shown, 1, "", f"a record is a mapping of fields, not a {type(data).__name__}",
                                         "start each line with `field: value`"))
            return
        try:
            record = kind.model.model_validate(data)
        except ValidationError as err:
            self.problems.extend(validation_problems(shown, err, data, lines))
            return
        if record.id != path.stem:
            self.problems.append(Problem(shown, lines.line_of(data, ("id",)), "id",
                                         f"id {record.id!r} does not match the file name {path.name!r}",
                                         f"rename the file to {record.id}.yaml or set id: {path.stem}"))
            return
        existing = self.by_kind[kind.name].get(record.id)
        if existing is not None:
            self.problems.append(Problem(shown, lines.line_of(data, ("id",)), "id",
                                         f"two {kind.name} records have the id {record.id!r} (the other is {self.relative(existing.path)})",
                                         "ids are unique: merge the two or rename one"))
            return
        self.by_kind[kind.name][record.id] = Entry(record, path, kind)

    def reload(self, paths: list[Path]) -> bool:
        """Read these record files again, in place of what they held; False when only a full load is exact.

        A full load reads files in folder order and the first of two files with one id wins, so a
        file whose id appears or disappears, or that shares its name with another, needs `load`.
        The store is unchanged when False is returned.
        """
        plans = []
        for path in paths:
            kind = kind_of_path(self.root, path)
            if kind is None or not path.is_file():
                return False
            entry = self.by_kind[kind.name].get(path.stem)
            if (entry is None) != ((kind.name, path.stem) in self.unreadable) or (entry and entry.path != path):
                return False  # loaded by another file of the same name, or neither loaded nor broken
            plans.append((path, kind, entry))
        for path, kind, entry in plans:
            records = self.by_kind[kind.name]
            order = list(records)
            shown = self.relative(path)
            self.problems = [p for p in self.problems if p.path != shown]
            self.unreadable.discard((kind.name, path.stem))
            records.pop(path.stem, None)
            self._load_file(path, kind)
            if entry is None and path.stem in records:  # a broken file mended: it takes its place in folder order
                fresh = Store.load(self.root)
                self.by_kind, self.problems, self.unreadable = fresh.by_kind, fresh.problems, fresh.unreadable
                return True
            if path.stem in records:
                self.by_kind[kind.name] = {key: records[key] for key in order if key in records}
        return True

    # ---- queries -----------------------------------------------------------

    def get(self, kind: str, record_id: str) -> Record:
        try:
            return self.by_kind[kind][record_id].record
        except KeyError:
            raise RecordNotFound(f"no {kind} record has the id {record_id!r}") from None

    def find(self, record_id: str) -> Entry:
        """The record with this id, whatever its kind."""
        for entries in self.by_kind.values():
            if record_id in entries:
                return entries[record_id]
        raise RecordNotFound(f"no record has the id {record_id!r}")

    def entries(self, kind: str) -> Iterator[Entry]:
        return iter(self.by_kind[kind].values())

    def records(self, kind: str) -> Iterator[Any]:
        return (e.record for e in self.by_kind[kind].values())

    def __contains__(self, key: tuple[str, str]) -> bool:
        kind, record_id = key
        return record_id in self.by_kind[kind]

    def relative(self, path: Path) -> Path:
        try:
            return path.relative_to(self.root)
        except ValueError:
            return path

    # ---- writing -----------------------------------------------------------

    def path_for(self, record: Record) -> Path:
        """Where a record lives: its existing file, or the contract's place for a new one."""
        kind = KIND_OF_MODEL[type(record)]
        existing = self.by_kind[kind.name].get(record.id)
        if existing is not None:
            return existing.path
        folder = self.root / kind.folder
        if kind.by_year:
            day = getattr(record, "date", None) or getattr(record, "published_date", None)
            folder /= str(day.year) if day else "undated"
        return folder / f"{record.id}.yaml"

    def stage(self, record: Record) -> None:
        """Put a record in the store now and write it at the next `flush`, once however often staged.

        A batch that changes one record many times (an incident reported by many
        articles) then rewrites its file once instead of once per change.
        """
        kind = KIND_OF_MODEL[type(record)]
        self.by_kind[kind.name][record.id] = Entry(record, self.path_for(record), kind)
        self.staged[(kind.name, record.id)] = record

    def flush(self) -> list[tuple[Path, OSError]]:
        """Write every staged record; returns the files that could not be written and why."""
        failures = []
        for record in self.staged.values():
            try:
                self.save(record)
            except OSError as error:
                failures.append((self.path_for(record), error))
        self.staged.clear()
        return failures

    def save(self, record: Record) -> bool:
        """Write a record (keeping comments of an existing file); True if the file changed."""
        kind = KIND_OF_MODEL[type(record)]
        path = self.path_for(record)
        data = record_data(record)
        existing = path.read_text(encoding="utf-8") if path.exists() else None
        self.by_kind[kind.name][record.id] = Entry(record, path, kind)
        if existing is not None and yamlio.holds(existing, data):
            return False
        text = yamlio.render(data, schema_header(self.root, path, kind), existing)
        return yamlio.write_if_changed(path, text)


def kind_of_path(root: Path, path: Path) -> Kind | None:
    """The kind whose folder holds this record file (None for anything else, such as an archived .txt)."""
    if path.suffix != ".yaml" or path.name.startswith("."):
        return None
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        return None
    return next((kind for kind in KINDS.values() if relative.startswith(kind.folder + "/")), None)


def record_files(root: Path, kind: Kind) -> Iterator[Path]:
    folder = root / kind.folder
    if not folder.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".yaml") and not name.startswith("."):
                yield Path(dirpath) / name


def record_data(record: Record) -> dict[str, Any]:
    """A record as the plain data written to YAML, in the contract's order.

    Fields at their default are left out, except the kind's `always_written`
    ones, which an editor expects to see and fill; `review` notes come last.
    """
    full = record.model_dump(mode="python", by_alias=True)
    given = record.model_dump(mode="python", by_alias=True, exclude_defaults=True)
    data = {k: given.get(k, v) for k, v in full.items()
            if (k in given or k in record.always_written) and k != "review"}
    if given.get("review"):
        data["review"] = given["review"]
    return data


def schema_header(root: Path, path: Path, kind: Kind) -> str:
    """The editor hint that points VS Code's YAML extension at the kind's JSON Schema."""
    schema = Path(os.path.relpath(root / SCHEMA_FOLDER / f"{kind.name}.schema.json", path.parent))
    return f"# yaml-language-server: $schema={schema.as_posix()}\n"


# ---- validation messages ---------------------------------------------------

def validation_problems(path: Path, err: ValidationError, data: dict, lines: yamlio.LineIndex) -> list[Problem]:
    """Pydantic's errors as problems with line, field and a hint a person can act on."""
    problems = []
    for error in err.errors(include_url=False):
        loc = tuple(error["loc"])
        field_name = ".".join(str(p) for p in loc)
        line = lines.line_of(data, loc)
        message, hint = describe_error(error)
        problems.append(Problem(path, line, field_name, message, hint))
    return problems


def describe_error(error: dict[str, Any]) -> tuple[str, str]:
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "extra_forbidden":
        return "unknown field", "check the spelling; the fields are listed in the codebook"
    if kind == "missing":
        return "required field is missing", "add it"
    if kind == "literal_error":
        allowed = _literal_values(ctx.get("expected", ""))
        close = difflib.get_close_matches(str(value), allowed, n=1, cutoff=0.5)
        hint = f"did you mean {close[0]}?" if close else "one of: " + ", ".join(allowed)
        return f"{value!r} is not an allowed value", hint
    if kind == "string_pattern_mismatch":
        return f"{value!r} is not a valid id", "ids are lowercase ASCII letters, digits and single hyphens, e.g. jasim or 2022-10-17-jasim-armed-clash"
    if kind == "value_error":
        message = str(ctx.get("error", error["msg"]))
        if message.endswith(")") and " (" in message:
            body, hint = message[:-1].rsplit(" (", 1)
            return body, hint
        return message, ""
    expected = {
        "int_type": "a whole number", "int_parsing": "a whole number", "bool_type": "true or false",
        "bool_parsing": "true or false", "string_type": "text", "date_type": "a date like 2022-10-17",
        "date_parsing": "a date like 2022-10-17", "date_from_datetime_parsing": "a date like 2022-10-17",
        "list_type": "a list", "dict_type": "a mapping like {en: ..., ar: ...}", "model_type": "a mapping of fields",
        "float_type": "a number", "float_parsing": "a number", "greater_than_equal": "a larger number",
        "less_than_equal": "a smaller number", "too_short": "at least one item", "string_too_long": "a shorter text",
    }.get(kind)
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"{value!r} is out of range", error["msg"].lower()
    if expected:
        return f"expected {expected}, got {value!r}", ""
    return error["msg"], ""


def _literal_values(expected: str) -> list[str]:
    return [part.strip().strip("'") for part in expected.replace(" or ", ", ").split(",") if part.strip()]
