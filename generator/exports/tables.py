"""CSV exports: ACLED's and UCDP GED's layouts, written with the csv module."""

from __future__ import annotations

import csv
import io

from ..records.store import Store
from ..settings import Settings
from .columns import ACLED_COLUMNS, UCDP_COLUMNS, Column, row
from .facts import exported_events


def render_csv(columns: tuple[Column, ...], store: Store, settings: Settings) -> str:
    """A header line, then one line per exported event; RFC 4180 quoting, \\r\\n line ends, UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    for facts in exported_events(store):
        writer.writerow(row(columns, facts, settings))
    return buffer.getvalue()


def render_acled(store: Store, settings: Settings) -> str:
    return render_csv(ACLED_COLUMNS, store, settings)


def render_ucdp(store: Store, settings: Settings) -> str:
    return render_csv(UCDP_COLUMNS, store, settings)
