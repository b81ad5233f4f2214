"""Pydantic's validation errors as problems a person can act on: the line, the field, a message and a hint.

The store (`store.py`) turns each invalid record file into these problems;
`kb check` and the build print them.
"""

from __future__ import annotations

import calendar
import difflib
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ..errors import Problem
from . import yamlio


def validation_problems(path: Path, err: ValidationError, data: dict, lines: yamlio.LineIndex) -> list[Problem]:
    """Pydantic's errors as problems with line, field and a hint a person can act on."""
    problems: list[Problem] = []
    for error in err.errors(include_url=False):
        loc = _written_part(data, tuple(error["loc"]))
        field_name = ".".join(str(p) for p in loc)
        line = lines.line_of(data, loc)
        message, hint = describe_error(error)
        problem = Problem(path, line, field_name, message, hint)
        if problem not in problems:  # a value no member of a union accepts: once, not once per member
            problems.append(problem)
    return problems


def _written_part(data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """An error's location cut where the file's data ends: pydantic adds the member it tried to a
    union's location (`published.datetime`, `published.date`), which names nothing in the file."""
    node = data
    for depth, step in enumerate(loc):
        if isinstance(node, dict) and step in node:
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            node = node[step]
        elif isinstance(node, (dict, list)):
            return loc  # a missing field or item: its name is the point
        else:
            return loc[:depth]
    return loc


def describe_error(error: ErrorDetails) -> tuple[str, str]:
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind in _DATE_ERRORS and isinstance(value, str) and (impossible := impossible_date(value)):
        return f"{value!r} is not a real date", impossible
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


_DATE_ERRORS = ("date_parsing", "date_from_datetime_parsing", "datetime_parsing", "datetime_from_date_parsing")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def impossible_date(text: str) -> str:
    """Why a text written as YYYY-MM-DD... names no day of the calendar; empty when it does or is no such text."""
    match = _DATE.match(text)
    if not match:
        return ""
    year, month, day = (int(part) for part in match.groups())
    if year == 0:
        return "there is no year 0"
    if not 1 <= month <= 12:
        return f"months are 01 to 12, not {month:02d}"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"{year}-{month:02d} has {days} days"
    return ""


def _literal_values(expected: str) -> list[str]:
    return [part.strip().strip("'") for part in expected.replace(" or ", ", ").split(",") if part.strip()]
