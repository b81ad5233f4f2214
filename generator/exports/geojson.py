"""GeoJSON (RFC 7946) of the incidents.

Positions are [longitude, latitude] in WGS 84. An exported event whose place
(and every larger place below the country) has no coordinates is still a
Feature, with `"geometry": null` as RFC 7946 section 3.2 allows, so the
collection holds every exported incident.
"""

from __future__ import annotations

from typing import Any

from ..records.store import Store
from ..settings import Settings
from .columns import _round
from .facts import EventFacts, UrlFor, default_url_for, exported_events, json_document


def feature(facts: EventFacts, settings: Settings, url_for: UrlFor) -> dict[str, Any]:
    event = facts.event
    geometry = None
    if facts.point is not None:
        geometry = {"type": "Point", "coordinates": [_round(facts.point.lon), _round(facts.point.lat)]}
    properties: dict[str, Any] = {
        "id": event.id,
        "status": event.status,
        "date": event.date.isoformat() if event.date else None,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "date_precision": event.date_precision,
        "type": event.type,
        "sub_type": event.sub_type,
        "place": event.place,
        "geo_precision": facts.geo_precision,
        "fatalities_best": event.fatalities.best,
        "fatalities_low": event.fatalities.low,
        "fatalities_high": event.fatalities.high,
        "civilian_targeting": event.civilian_targeting,
        "actors": [ref.id for ref in event.actors],
    }
    for language in settings.languages:
        properties[f"title_{language}"] = facts.title(language)
        properties[f"url_{language}"] = url_for("event", event.id, language)
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": properties}


def collection(store: Store, settings: Settings, url_for: UrlFor = default_url_for) -> dict[str, Any]:
    return {"type": "FeatureCollection",
            "features": [feature(f, settings, url_for) for f in exported_events(store)]}


def render_geojson(store: Store, settings: Settings, url_for: UrlFor = default_url_for) -> str:
    return json_document(collection(store, settings, url_for))
