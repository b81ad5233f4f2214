"""The one settings object: packaged defaults, then the knowledge base's `kb.yaml`, then flags."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import KbError

CONFIG_FILE = "kb.yaml"


class BadSettings(KbError):
    """The knowledge base's kb.yaml cannot be used."""

    hint = "see the settings listed in docs/settings.md"


@dataclass(frozen=True)
class Settings:
    """Everything the tools may be told, with its default."""

    root: Path = Path(".")
    # MkDocs' docs_dir, relative to root; generated pages go into folders beneath it.
    content_dir: str = "content"
    languages: tuple[str, ...] = ("en", "ar")
    default_language: str = "en"
    extra: dict[str, Any] = field(default_factory=dict)
    # Pages: the most rows a hub table shows (incidents, sources); the timeline lists everything.
    hub_max_rows: int = 500
    # Pages: base of "edit this record" links, e.g. https://github.com/ORG/REPO/edit/main/ (None: show the path).
    edit_base_url: str | None = None
    # Pages: the site's address, for the full links in "cite this record" (the `kb` plugin takes mkdocs.yml's site_url).
    site_url: str | None = None
    # Exports (generator/exports): the country the knowledge base covers, as the datasets code it.
    country_iso: int = 760        # ISO 3166 numeric (ACLED `iso`)
    country_gwno: int = 652       # Gleditsch-Ward code (UCDP GED `country_id`)
    region: str = "Middle East"   # ACLED and UCDP GED `region`
    feed_entries: int = 50        # incidents in each language's Atom feed

    @property
    def content_path(self) -> Path:
        return self.root / self.content_dir


def load_settings(root: Path, **overrides: Any) -> Settings:
    """Defaults, then `<root>/kb.yaml`, then the non-None keyword overrides (command-line flags)."""
    root = Path(root)
    values: dict[str, Any] = {}
    config = root / CONFIG_FILE
    if config.exists():
        try:
            loaded = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            raise BadSettings(f"{config}: {err}") from None
        if not isinstance(loaded, dict):
            raise BadSettings(f"{config}: expected a mapping of settings")
        known = {f.name for f in fields(Settings)} - {"root"}
        unknown = sorted(set(loaded) - known)
        if unknown:
            raise BadSettings(f"{config}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        values.update(loaded)
    values.update({k: v for k, v in overrides.items() if v is not None})
    if "languages" in values:
        values["languages"] = tuple(values["languages"])
    return replace(Settings(), root=root, **values)
