"""Reading and writing record YAML.

Reading uses PyYAML's C safe loader (fast enough for tens of thousands of
files) with the additions a hand-edited knowledge base needs: duplicate keys
are errors, anchors and aliases are refused (no record needs them, and they are
how "billion laughs" files blow up memory), a document nested too deep is
refused before it is composed (`nesting.py`), an impossible date written
unquoted (`2022-02-30`) stays text for the field check to name, and every key
and list item keeps its line number so that problems can name the line.

Writing uses ruamel.yaml's round-trip mode so that comments and key order in a
file a person edited survive a rewrite; writes are atomic and skipped when the
content would not change (records/atomicfile.py, whose functions are importable
from here too).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelYAMLError

from ..errors import Problem
from . import nesting
from .atomicfile import (  # noqa: F401  (re-exported: callers write files through yamlio)
    copy_if_changed, is_temporary, is_temporary_name, write_bytes_if_changed, write_if_changed, write_temporary)

# A record is a page of text; anything this big is a mistake (a pasted article,
# a binary) and would cost memory to parse.
MAX_RECORD_BYTES = 1_000_000



@dataclass
class LineIndex:
    """Line numbers (1-based) of the keys and items of every container in a document."""

    by_container: dict[int, dict[Hashable, int]] = field(default_factory=dict)

    def line_of(self, data: Any, path: tuple[Any, ...]) -> int:
        """The line of the deepest part of `path` that exists in `data`; 1 if none does."""
        line = 1
        node = data
        for step in path:
            lines = self.by_container.get(id(node), {})
            if step not in lines:
                break
            line = lines[step]
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                break
        return line


class YamlProblem(Exception):
    """A document the loader refuses, with the line it stopped at."""

    def __init__(self, line: int, message: str, hint: str = ""):
        self.line, self.message, self.hint = line, message, hint
        super().__init__(message)


TEXT_TAG = "tag:yaml.org,2002:str"
MAP_TAG = "tag:yaml.org,2002:map"
SEQ_TAG = "tag:yaml.org,2002:seq"


class _RecordLoader(yaml.CSafeLoader):
    """Safe loader that records lines, refuses duplicate keys and aliases."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self.lines = LineIndex()

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise YamlProblem(
                node.start_mark.line + 1,
                "anchors and aliases (&name, *name) are not allowed in records",
                "write the value out in full",
            )
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            # PyYAML's constructors fail this way on values their explicit tag cannot read
            # (`!!int abc`, `!!bool maybe`, `!!timestamp soon`).
            value = repr(node.value[:40]) if isinstance(node, yaml.ScalarNode) else "the value"
            tag = "!!" + node.tag.rsplit(":", 1)[-1]
            raise YamlProblem(node.start_mark.line + 1, f"{value} cannot be read as {tag}",
                              f"remove {tag} or correct the value") from None

    def construct_child(self, node: yaml.Node) -> Any:
        """`construct_object`, with shortcuts for the commonest nodes (reading 26,500 records spent a tenth of
        its time in PyYAML's general path for them): a text scalar is its value as it stands (what PyYAML's
        `construct_yaml_str` returns), a mapping or list goes straight to its constructor below. Each is
        still refused when seen twice, an alias (a mapping or list is marked seen before its items are
        read, so one holding itself is refused too); any other node takes the general path."""
        tag, seen = node.tag, self.constructed_objects
        if node in seen:
            return self.construct_object(node, deep=True)  # raises the alias problem
        if tag == TEXT_TAG and isinstance(node, yaml.ScalarNode):
            seen[node] = node.value
            return node.value
        if tag == MAP_TAG and isinstance(node, yaml.MappingNode):
            return self.construct_record_mapping(node)
        if tag == SEQ_TAG and isinstance(node, yaml.SequenceNode):
            return self.construct_record_sequence(node)
        return self.construct_object(node, deep=True)

    def construct_record_mapping(self, node: yaml.MappingNode) -> dict[Hashable, Any]:
        mapping: dict[Hashable, Any] = {}
        self.constructed_objects[node] = mapping
        lines: dict[Hashable, int] = {}
        child = self.construct_child
        for key_node, value_node in node.value:
            key = child(key_node)
            line = key_node.start_mark.line + 1
            if key.__class__ is not str and not isinstance(key, Hashable):
                raise YamlProblem(line, "a key must be a plain word")
            if key in mapping:
                raise YamlProblem(line, f"duplicate key {key!r} (first on line {lines[key]})", "keep one of them")
            mapping[key] = child(value_node)
            lines[key] = line
        self.lines.by_container[id(mapping)] = lines
        return mapping

    def construct_record_sequence(self, node: yaml.SequenceNode) -> list[Any]:
        items: list[Any] = []
        self.constructed_objects[node] = items
        child = self.construct_child
        items.extend([child(item) for item in node.value])
        self.lines.by_container[id(items)] = {i: item.start_mark.line + 1 for i, item in enumerate(node.value)}
        return items

    def construct_date_or_text(self, node: yaml.ScalarNode) -> Any:
        """A date or time as written; an impossible one (2022-02-30, 2022-13-01) stays text, so the
        record's field check reports it on its field and line instead of the loader failing."""
        try:
            return self.construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_RecordLoader.add_constructor(MAP_TAG, _RecordLoader.construct_record_mapping)
_RecordLoader.add_constructor(SEQ_TAG, _RecordLoader.construct_record_sequence)
_RecordLoader.add_constructor("tag:yaml.org,2002:timestamp", _RecordLoader.construct_date_or_text)


def read_text(path: Path) -> str:
    """Read a record file as UTF-8 text, refusing huge, binary and empty files."""
    size = path.stat().st_size
    if size > MAX_RECORD_BYTES:
        raise YamlProblem(
            1,
            f"file is {size / 1_000_000:.1f} MB; a record is at most {MAX_RECORD_BYTES // 1_000_000} MB",
            "keep long texts in the source's .txt file",
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise YamlProblem(line, f"not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start})",
                          "save the file as UTF-8") from None
    if not text.strip():
        raise YamlProblem(1, "file is empty", "delete it or write the record's fields")
    return text.removeprefix("\ufeff")


def parse(text: str) -> tuple[Any, LineIndex]:
    """Parse one YAML document into plain Python data and its line index."""
    loader = _RecordLoader(text)
    try:
        if (line := nesting.too_deep(text)) is not None:
            raise YamlProblem(line, f"nested more than {nesting.MAX_DEPTH} levels deep",
                              "a record is a few levels deep at most: check the brackets and the indentation")
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        message = err.problem or str(err)
        raise YamlProblem(line, f"YAML syntax error: {message}", "check indentation, colons and quotes") from None
    except yaml.YAMLError as err:
        raise YamlProblem(1, f"YAML error: {err}") from None
    finally:
        loader.dispose()
    return data, loader.lines


def load_file(path: Path) -> tuple[Any, LineIndex]:
    """Read and parse a record file; problems become `Problem`s naming the file."""
    try:
        return parse(read_text(path))
    except YamlProblem as err:
        raise FileProblem(Problem(path, err.line, "", err.message, err.hint)) from None
    except OSError as err:
        raise FileProblem(Problem(path, 1, "", f"file cannot be read ({err.strerror})",
                                  "check that it exists and that you may read it")) from None


class FileProblem(Exception):
    """A file that could not be read or parsed."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


# ---- writing ---------------------------------------------------------------

def _round_trip() -> YAML:
    y = YAML(typ="rt")
    y.allow_unicode = True
    y.width = 4096  # never fold a long quote across lines
    # The same layout as PyYAML's emitter, which writes new files (see _FastDumper).
    y.indent(mapping=2, sequence=2, offset=0)
    y.preserve_quotes = True
    # Write empty values as `null`, which reads as "nothing known" to a person.
    y.representer.add_representer(
        type(None), lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null"))
    y.representer.add_representer(dt.datetime, _represent_datetime)
    return y


def _represent_datetime(representer: Any, value: dt.datetime) -> Any:
    """ISO 8601 with a T and Z for UTC (2026-11-25T11:00:00Z), as RECORDS.md writes times."""
    text = value.isoformat().replace("+00:00", "Z")
    return representer.represent_scalar("tag:yaml.org,2002:timestamp", text)


# Small mappings of short values read best on one line ({en: Jasim, ar: جاسم});
# anything longer is written one key a line so a person can edit it.
FLOW_MAX_CHARS = 90


def _is_flat(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def _short(values: list[Any]) -> bool:
    return sum(len(str(v)) for v in values) <= FLOW_MAX_CHARS


def is_flow(value: dict[str, Any] | list[Any]) -> bool:
    """Whether a container is written on one line: short flat mappings and lists, and empty ones."""
    if isinstance(value, list):
        return not value or (all(_is_flat(v) for v in value) and _short(value))
    if not value:
        return True
    if all(_is_flat(v) for v in value.values()):
        return _short(list(value.values()))
    if all(isinstance(v, list) and all(_is_flat(i) for i in v) for v in value.values()):
        return _short([i for v in value.values() for i in v])
    return False


def to_commented(value: Any) -> Any:
    """Plain data to ruamel containers, in the same layout as `_FastDumper`."""
    if isinstance(value, dict):
        out = CommentedMap((k, to_commented(v)) for k, v in value.items())
        if is_flow(value):
            out.fa.set_flow_style()
        return out
    if isinstance(value, list):
        seq = CommentedSeq(to_commented(v) for v in value)
        if is_flow(value):
            seq.fa.set_flow_style()
        return seq
    return value


class _FastDumper(yaml.CSafeDumper):
    """PyYAML's C emitter for new files: about ten times faster than the round-trip writer,
    which is only needed when a file's comments must survive.

    Two shortcuts, each giving what PyYAML's own code gives: a string (most of a record's values and
    every key) is made a node without the representer's alias and type lookups, and the tag a plain
    scalar would be read back as is looked up once per text (the emitter asks twice a scalar).
    """

    def represent_data(self, data: Any) -> Any:
        if type(data) is str:  # as SafeRepresenter.represent_str; a string never gets an alias
            self.alias_key = None
            return yaml.ScalarNode("tag:yaml.org,2002:str", data, style=self.default_style)
        return super().represent_data(data)

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and type(value) is str and type(implicit) is tuple:
            return _scalar_tag(value, implicit)
        return super().resolve(kind, value, implicit)


@lru_cache(maxsize=16384)
def _scalar_tag(value: str, implicit: tuple[bool, bool]) -> str:
    """The tag PyYAML's resolver gives a scalar (no path resolvers are set, so only the text counts)."""
    return yaml.resolver.Resolver.resolve(_RESOLVER, yaml.ScalarNode, value, implicit)


_RESOLVER = yaml.resolver.Resolver()


_FastDumper.add_representer(
    type(None), lambda dumper, _: dumper.represent_scalar("tag:yaml.org,2002:null", "null"))
_FastDumper.add_representer(dt.datetime, _represent_datetime)
_FastDumper.add_representer(
    dict, lambda dumper, value: dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=is_flow(value)))
_FastDumper.add_representer(
    list, lambda dumper, value: dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=is_flow(value)))


def merge_into(target: CommentedMap, data: dict[str, Any]) -> None:
    """Update a round-trip mapping in place to equal `data`, keeping comments and order."""
    for key in list(target):
        if key not in data:
            del target[key]
    for position, (key, value) in enumerate(data.items()):
        if key not in target:
            # A new key goes where the contract puts it, not at the end.
            target.insert(min(position, len(target)), key, to_commented(value))
            continue
        current = target.get(key)
        if isinstance(value, dict) and isinstance(current, CommentedMap):
            merge_into(current, value)
        elif isinstance(value, list) and isinstance(current, CommentedSeq):
            _merge_list(current, value)
        elif current != value or type(current) is not type(value):
            target[key] = to_commented(value)


# Keys that identify an item of a list of mappings (a source claim, an actor, a person).
ITEM_KEYS = ("source", "id", "org")


def _item_key(value: Any) -> Any:
    if isinstance(value, dict):
        return next(((k, value[k]) for k in ITEM_KEYS if k in value), None)
    return None


def _merge_list(target: CommentedSeq, data: list[Any]) -> None:
    """Update a list in place; items with an identity key are matched by it, not by position,
    so a claim inserted in front keeps every other claim's text (and the file reads the same
    whatever order the claims arrived in)."""
    keyed = {_item_key(item): item for item in target if _item_key(item) is not None}
    if keyed:
        for i, value in enumerate(data):
            existing = keyed.get(_item_key(value))
            if existing is not None and i < len(target) and target[i] is not existing:
                target.remove(existing)
                target.insert(i, existing)
    del target[len(data):]
    for i, value in enumerate(data):
        if i >= len(target):
            target.append(to_commented(value))
        elif isinstance(value, dict) and isinstance(target[i], CommentedMap):
            merge_into(target[i], value)
        elif target[i] != value:
            target[i] = to_commented(value)


def render(data: dict[str, Any], header: str, existing: str | None = None) -> str:
    """The YAML text for `data`: a fresh document with `header`, or `existing` updated in place.

    Raises `YamlProblem` when `existing` cannot be read back (it changed after it was loaded).
    """
    if existing is not None:
        y = _round_trip()
        try:
            document = y.load(existing)
        except RuamelYAMLError as err:
            mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
            message = getattr(err, "problem", None) or str(err)
            raise YamlProblem(mark.line + 1 if mark else 1, f"cannot be updated: YAML syntax error: {message}",
                              "check indentation, colons and quotes") from None
        if isinstance(document, CommentedMap):
            merge_into(document, data)
            out = io.StringIO()
            y.dump(document, out)
            return out.getvalue()
    return header + yaml.dump(data, Dumper=_FastDumper, allow_unicode=True, sort_keys=False, width=4096)


def holds(existing: str, data: dict[str, Any]) -> bool:
    """Whether an existing file's text already says exactly `data` (then nothing needs writing)."""
    try:
        parsed, _ = parse(existing)
    except YamlProblem:
        return False
    return parsed == data
