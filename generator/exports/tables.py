"""CSV exports: ACLED's and UCDP GED's layouts, written with the csv module.

Every cell goes through `spreadsheet_cell`, so a file opened in a spreadsheet
shows text as text: a text cell that a spreadsheet would read as a formula
(it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
single quote, as OWASP recommends against CSV injection; numbers stay numbers
(the columns' numbers are written as numbers, and a text that is only a
number, such as `-3`, is no formula); and the invisible bidirectional controls
(U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), which can make a cell
display as another, are removed from text cells.
"""

from __future__ import annotations

import csv
import io
import re

from ..records.plausible import DIRECTION_MARKS, REORDERING_CONTROLS
from ..records.store import Store
from ..settings import Settings
from .columns import ACLED_COLUMNS, UCDP_COLUMNS, Column, Value, row
from .facts import exported_events

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BIDI_CONTROLS = {ord(ch): None for ch in REORDERING_CONTROLS | DIRECTION_MARKS}
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def spreadsheet_cell(value: Value) -> str | int | float:
    """A CSV cell's value, safe to open in a spreadsheet: numbers as they are, text without bidi
    controls and, when a spreadsheet would take it for a formula, behind a single quote."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value).translate(_BIDI_CONTROLS)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def render_csv(columns: tuple[Column, ...], store: Store, settings: Settings) -> str:
    """A header line, then one line per exported event; RFC 4180 quoting, \\r\\n line ends, UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([spreadsheet_cell(c.name) for c in columns])
    for facts in exported_events(store):
        writer.writerow([spreadsheet_cell(value) for value in row(columns, facts, settings)])
    return buffer.getvalue()


def render_acled(store: Store, settings: Settings) -> str:
    return render_csv(ACLED_COLUMNS, store, settings)


def render_ucdp(store: Store, settings: Settings) -> str:
    return render_csv(UCDP_COLUMNS, store, settings)
