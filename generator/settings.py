"""The one settings object: packaged defaults, then the knowledge base's `kb.yaml`, then flags.

The site's address and the base of "edit this record" links, when `kb.yaml` gives neither, come from
the knowledge base's `mkdocs.yml` (`site_url`, `repo_url`, `edit_uri`), read here as MkDocs reads them,
so that `kb generate` writes the pages the `kb` plugin of a `mkdocs build` or `mkdocs serve` would:
otherwise the build regenerates every page that cites a record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import yaml
import yaml_env_tag

from .errors import KbError

CONFIG_FILE = "kb.yaml"
MKDOCS_FILE = "mkdocs.yml"


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
        except (yaml.YAMLError, ValueError) as err:   # ValueError: a date that does not exist, or not UTF-8
            raise BadSettings(f"{config}: {err}") from None
        if not isinstance(loaded, dict):
            raise BadSettings(f"{config}: expected a mapping of settings")
        known = {f.name for f in fields(Settings)} - {"root"}
        unknown = sorted(set(loaded) - known)
        if unknown:
            raise BadSettings(f"{config}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        values.update(loaded)
    for key, value in _mkdocs_addresses(root).items():
        values.setdefault(key, value)
    values.update({k: v for k, v in overrides.items() if v is not None})
    if "languages" in values:
        values["languages"] = tuple(values["languages"])
    return replace(Settings(), root=root, **values)


def edit_base_url(repo_url: str, edit_uri: str | None) -> str:
    """Base of "edit this record" links, which open the YAML file: <repo_url>/edit/<branch>/."""
    branch_uri = "/".join((edit_uri or "edit/main/").strip("/").split("/")[:2]) + "/"
    return urljoin(repo_url.rstrip("/") + "/", branch_uri)


class _MkDocsYaml(yaml.SafeLoader):
    """mkdocs.yml's own tags: `!ENV` as MkDocs reads it; Python objects (`!!python/name:...`) and other
    tags as nothing, since only the addresses are wanted and nothing here may import or run code."""


_MkDocsYaml.add_constructor("!ENV", yaml_env_tag.construct_env_tag)
_MkDocsYaml.add_multi_constructor("", lambda loader, suffix, node: None)


def _mkdocs_addresses(root: Path) -> dict[str, str]:
    """`site_url` and `edit_base_url` from `<root>/mkdocs.yml`, normalised as MkDocs does; nothing when
    the file is missing or unreadable (MkDocs reports its own configuration's errors)."""
    try:
        config = yaml.load((root / MKDOCS_FILE).read_text(encoding="utf-8"), Loader=_MkDocsYaml)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(config, dict):
        return {}
    found: dict[str, str] = {}
    site_url = config.get("site_url")
    if isinstance(site_url, str) and site_url:
        parts = urlsplit(site_url)
        if not parts.path.endswith("/"):    # MkDocs' site_url is a folder (config_options.URL(is_dir=True))
            parts = parts._replace(path=parts.path + "/")
        found["site_url"] = urlunsplit(parts)
    repo_url = config.get("repo_url")
    if isinstance(repo_url, str) and repo_url:
        edit_uri = config.get("edit_uri")
        if "edit_uri" not in config:        # MkDocs' default for the two hosts it knows
            host = (urlsplit(repo_url).hostname or "").lower()
            edit_uri = "edit/master/docs/" if host in ("github.com", "gitlab.com") else None
        found["edit_base_url"] = edit_base_url(repo_url, edit_uri if isinstance(edit_uri, str) else None)
    return found
