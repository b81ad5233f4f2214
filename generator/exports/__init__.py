"""Data exports: ACLED-layout CSV, UCDP GED-layout CSV, GeoJSON, a JSON dump, Atom feeds.

Every export reads the same events (`facts.exported_events`: draft and
reviewed ones; merged and retracted records are left out) in the same order,
and is deterministic: the same records give byte-identical files.

`FORMATS` is the registry the command line and the site build share: each
download of `generator/formats.py` with the function that renders it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..formats import DATA_FOLDER, FORMATS as DOWNLOADS, feed_path
from ..records.store import Store
from ..records.vocab import is_exported
from ..records.yamlio import copy_if_changed, write_if_changed
from ..settings import Settings
from ..urls import ARCHIVE_FOLDER
from .atom import render_atom
from .columns import ACLED_COLUMNS, UCDP_COLUMNS, Column
from .dump import record_documents, render_json
from .facts import UrlFor, default_url_for, url_for_site
from .geojson import render_geojson
from .tables import render_acled, render_ucdp

__all__ = ["url_for_site", "feed_path", "FORMATS", "Export", "render", "write_site_data", "ACLED_COLUMNS", "UCDP_COLUMNS", "Column",
           "render_atom", "DATA_FOLDER", "write_if_changed", "copy_archives"]

MAP_CONFIG_FILE = "map-config.json"
LABELS_FILE = "labels.json"
DEFAULT_TILES = {
    "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
}


@dataclass(frozen=True)
class Export:
    name: str
    filename: str
    media_type: str
    render: Callable[[Store, Settings], str]
    columns: tuple[Column, ...] = ()


RENDERERS: dict[str, tuple[Callable[[Store, Settings], str], tuple[Column, ...]]] = {
    "csv": (render_acled, ACLED_COLUMNS),
    "ucdp": (render_ucdp, UCDP_COLUMNS),
    "geojson": (render_geojson, ()),
    "json": (render_json, ()),
}
FORMATS: dict[str, Export] = {
    name: Export(name, download.filename, download.media_type, *RENDERERS[name]) for name, download in DOWNLOADS.items()
}


def render(format_name: str, store: Store, settings: Settings) -> str:
    return FORMATS[format_name].render(store, settings)


def write_site_data(store: Store, settings: Settings, site_dir: Path, *, site_url: str = "",
                    url_for: UrlFor = default_url_for, feed_titles: dict[str, str] | None = None,
                    type_labels: dict[str, dict[str, str]] | None = None,
                    tiles: dict[str, str] | None = None) -> list[Path]:
    """Write every export, the map's configuration and one Atom feed per language into a built site.

    Files: `data/<export filename>`, `data/map-config.json` (the map's tiles; its points are
    `map/points.json` of each language, written with the pages),
    `data/labels.json` (names for the incident filter), each language's `feed.xml`
    (`feed.xml` at the root for the default language, `<language>/feed.xml` for the others),
    each exported record as JSON (`data/records/<page folder>/<id>.json`) and the archived texts
    (`copy_archives`). Returns the paths written, records and archived texts aside.
    """
    written = []
    folder = Path(site_dir) / DATA_FOLDER
    for export in FORMATS.values():
        path = folder / export.filename
        if export.name == "geojson":
            content = render_geojson(store, settings, url_for)
        else:
            content = export.render(store, settings)
        write_if_changed(path, content)
        written.append(path)
    path = folder / MAP_CONFIG_FILE
    write_if_changed(path, json.dumps({"tiles": dict(tiles or DEFAULT_TILES)}, ensure_ascii=False, sort_keys=True) + "\n")
    written.append(path)
    path = folder / LABELS_FILE
    write_if_changed(path, json.dumps(labels(store, type_labels or {}), ensure_ascii=False, sort_keys=True) + "\n")
    written.append(path)
    for language in settings.languages:
        feed = feed_path(language, settings.default_language)
        path = Path(site_dir) / feed
        title = (feed_titles or {}).get(language, "Syria incidents knowledge base")
        write_if_changed(path, render_atom(store, settings, language, title=title, site_url=site_url,
                                           url_for=url_for, feed_path=feed,
                                           type_labels=(type_labels or {}).get(language)))
        written.append(path)
    for relative, text in record_documents(store).items():
        write_if_changed(Path(site_dir) / relative, text)
    copy_archives(store, site_dir)
    return written


def copy_archives(store: Store, site_dir: Path) -> int:
    """Each source's archived text, once, at `archive/<source id>.txt` (pages link to it); returns how many were copied.

    Pages load the text on demand instead of repeating it on every incident citing the source.
    """
    folder = Path(site_dir) / ARCHIVE_FOLDER
    return sum(copy_if_changed(path, folder / f"{source_id}.txt") for source_id, path in store.archive_files().items())


def labels(store: Store, type_labels: dict[str, dict[str, str]]) -> dict[str, dict[str, dict[str, str]]]:
    """Names per language of every exported place and organization, and of the event types."""
    out: dict[str, dict[str, dict[str, str]]] = {"type": {}, "place": {}, "org": {}}
    for language, table in sorted(type_labels.items()):
        for key, label in table.items():
            out["type"].setdefault(key, {})[language] = label
    for group, kind in (("place", "place"), ("org", "organization")):
        for record in sorted(store.records(kind), key=lambda r: r.id):
            if is_exported(record):
                out[group][record.id] = {k: v for k, v in (("en", record.name.en), ("ar", record.name.ar)) if v}
    return out


