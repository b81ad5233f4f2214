"""Where each record's page lives in the built site: the one layout the pages are written in and the
exports (GeoJSON, map points, feeds) link to."""

from __future__ import annotations

# Record kind -> the folder of its pages (the same in every language). Sources have no page of
# their own: each is a section of the incident pages citing it (`pages.graph.Graph.source_home`).
PAGE_FOLDERS = {
    "event": "incidents",
    "person": "people",
    "organization": "organizations",
    "place": "places",
}

# Site folder (at the site root, shared by every language) holding each source's archived text once.
ARCHIVE_FOLDER = "archive"


def page_url(kind: str, record_id: str) -> str:
    """Site-relative URL (directory style) of a record's page, without language prefix."""
    return f"{PAGE_FOLDERS[kind]}/{record_id}/"


def language_prefix(language: str, default_language: str = "en") -> str:
    """Where a language's pages start in the built site: the default language at the root."""
    return "" if language == default_language else f"{language}/"
