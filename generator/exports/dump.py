"""JSON dump of every record, by kind, in the YAML contract's field names.

Merged and retracted records are left out (as from every export); sources are
all included. Records are sorted by id; `review` notes (editors' to-do list)
are dropped.
"""

from __future__ import annotations

import json
from typing import Any

from ..records.model import KINDS
from ..records.store import Store, record_data
from ..records.vocab import is_exported
from ..settings import Settings
from .facts import json_document

FORMAT_VERSION = 1


def dump(store: Store) -> dict[str, Any]:
    data: dict[str, Any] = {"format": "syria-incident-kb", "version": FORMAT_VERSION}
    for kind in KINDS.values():
        records = sorted((r for r in store.records(kind.name) if is_exported(r)), key=lambda r: r.id)
        data[kind.folder.split("/")[-1]] = [
            json.loads(json.dumps(record_data(r), default=_iso, ensure_ascii=False)) for r in records
        ]
    return data


def render_json(store: Store, settings: Settings) -> str:
    return json_document(dump(store))


def _iso(value: Any) -> str:
    return value.isoformat()
