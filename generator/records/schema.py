"""JSON Schemas of the record kinds, for editors that validate YAML as you type."""

from __future__ import annotations

import json
from pathlib import Path

from .model import KINDS
from .store import SCHEMA_FOLDER
from .yamlio import write_if_changed


def json_schema(kind: str) -> dict:
    schema = KINDS[kind].model.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"{kind} record"
    return schema


def write_schemas(root: Path) -> list[Path]:
    """Write `schemas/<kind>.schema.json` for every kind; returns the files that changed."""
    written = []
    for kind in KINDS:
        path = root / SCHEMA_FOLDER / f"{kind}.schema.json"
        text = json.dumps(json_schema(kind), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        if write_if_changed(path, text):
            written.append(path)
    return written
