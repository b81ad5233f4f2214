"""Lexicon entries as records, for drafting (`context.Context.lexicon_record`, `lexicon_lookup`)."""

from __future__ import annotations

from ...records.model import Aliases, Coordinates, Organization, Place, Text
from .options import default_options


def lexicon_record(kind: str, lexicon_id: str) -> Place | Organization | None:
    """A record made from a lexicon entry (the adapter drafts uses for first-time entries)."""
    lex = default_options().lexicon
    if lexicon_id not in lex:
        return None
    entry = lex.get(lexicon_id)
    if entry.kind != kind:
        return None
    name = Text(en=entry.name_en, ar=entry.name_ar)
    aliases = Aliases(en=list(entry.aliases_en), ar=list(entry.aliases_ar))
    # The lexicon's loader refuses a place without a kind and an organization without a category.
    if kind == "place":
        assert entry.place_kind is not None
        coordinates = Coordinates(lat=entry.lat, lon=entry.lon) if entry.lat is not None and entry.lon is not None else None
        return Place(id=entry.id, status="reviewed", name=name, aliases=aliases, kind=entry.place_kind,
                     parent=entry.parent, coordinates=coordinates, geonames=entry.geonames)
    assert entry.category is not None
    return Organization(id=entry.id, status="reviewed", name=name, aliases=aliases, category=entry.category,
                        parent=entry.parent, wikidata=entry.wikidata)


def lexicon_lookup(kind: str, name: str) -> str | None:
    """The lexicon id whose name or alias is exactly `name` (either language), or None."""
    options = default_options()
    for language in options.packs:
        for entry in options.lexicon.lookup(name, language):
            if entry.kind == kind:
                return entry.id
    return None
