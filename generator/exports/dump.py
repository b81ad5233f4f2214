"""JSON dump of every record, by kind, in the YAML contract's field names.

Merged and retracted records are left out (as from every export); sources are
all included. Records are sorted by id; `review` notes (editors' to-do list)
are dropped.
"""

from __future__ import annotations

import json
from typing import Any

from ..formats import record_json_path
from ..records.model import KINDS
from ..records.store import Store, record_data
from ..records.vocab import is_exported
from ..settings import Settings
from ..urls import PAGE_FOLDERS
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


def record_documents(store: Store) -> dict[str, str]:
    """Each exported record with a page of its own, as a JSON file of its own (the record page links it):
    site-relative path -> JSON text, the record in the YAML contract's field names."""
    documents = {}
    for kind in PAGE_FOLDERS:
        for record in store.records(kind):
            if is_exported(record):
                data = {"format": "syria-incident-kb", "version": FORMAT_VERSION, "kind": kind, "record": record_data(record)}
                documents[record_json_path(kind, record.id)] = json.dumps(data, default=_iso, ensure_ascii=False, indent=1) + "\n"
    return documents


def _iso(value: Any) -> str:
    return value.isoformat()
