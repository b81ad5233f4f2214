"""What the maps draw, in one language: `map/points.json`, written beside the map hub of each language.

One file per language, so a reader downloads titles, dates and names in the
page's language only:

- `points`: one entry per mapped incident (exported, with coordinates of its
  place or, failing that, of the nearest larger place below the country), with
  its title and date as the incident page writes them, and what the map filters
  on: type, place, governorate, organizations, ISO dates;
- `types`, `governorates` (name and coordinates: the labels drawn when tiles
  cannot load), `organizations`, `places`: names for the filter's lists;
- `months`, `words`: month names for the time slider's label, and the map's interface words
  (`strings.HUB_WORDS`, keys `map_…`).

map.js reads it; links are relative to the file.
"""

from __future__ import annotations

import json
from typing import Any
from collections.abc import Iterable, Iterator

from ..records.model import Coordinates, Event, Place
from ..records.vocab import is_exported
from ..urls import page_url
from .charts import COMPACT_JSON
from .graph import Graph
from .strings import EVENT_TYPES, HUB_WORDS, MONTHS
from .view import View, event_title

POINTS_FILE = "map/points.json"


def exported(graph: Graph) -> list[Event]:
    """The incidents the charts and the map count (those every export holds), newest first."""
    return [e for e in graph.events_newest_first if is_exported(e)]


def data_files(graph: Graph, language: str, settings) -> Iterator[tuple[str, str]]:
    """Files other than pages written into a language's folder: (path, text)."""
    yield POINTS_FILE, points_json(View(graph, language, "map/", settings), exported(graph))


def position(chain: list[Place]) -> Coordinates | None:
    """The place's coordinates, else the nearest larger place's below the country."""
    for place in chain:
        if place.kind == "country":
            return None
        if place.coordinates is not None:
            return place.coordinates
    return None


def _round(value: float) -> float:
    return round(value, 5)


def map_data(v: View, events: Iterable[Event]) -> dict:
    g = v.graph
    points: list[dict[str, Any]] = []
    places: dict[str, str] = {}
    organizations: dict[str, str] = {}
    for event in events:
        chain = g.admin_chain(event.place)
        where = position(chain)
        if where is None:
            continue
        gov = g.governorate(event.place)
        orgs = sorted({org_id for org_id in (g.resolve("organization", ref.id) for ref in event.actors) if org_id})
        for org_id in orgs:
            organizations[org_id] = v.plain(g.record("organization", org_id).name)
        places[chain[0].id] = v.plain(chain[0].name)
        points.append({
            "id": event.id, "lat": _round(where.lat), "lon": _round(where.lon), "type": event.type,
            "date": event.date.isoformat() if event.date else None,
            "end": event.date_end.isoformat() if event.date_end else None,
            "when": v.event_date(event), "title": event_title(v.s, g, event),
            "url": "../" + page_url("event", event.id), "place": chain[0].id, "gov": gov.id if gov else None,
            "orgs": orgs, "fatalities": event.fatalities.best,
        })
    governorates = {p.id: {"name": v.plain(p.name), "lat": _round(p.coordinates.lat), "lon": _round(p.coordinates.lon)}
                    for p in g.live("place") if p.kind == "governorate" and p.coordinates is not None}
    for point in points:  # a governorate without coordinates is still offered in the filter
        gov_id = point["gov"]
        if gov_id and gov_id not in governorates:
            governorates[gov_id] = {"name": v.plain(g.record("place", gov_id).name)}
    map_words = {k[len("map_"):]: w for k, w in HUB_WORDS[v.lang].items() if k.startswith("map_")}
    return {"types": EVENT_TYPES[v.lang], "months": list(MONTHS[v.lang]), "words": map_words, "governorates": governorates,
            "organizations": organizations, "places": places, "points": points}


def points_json(v: View, events: Iterable[Event]) -> str:
    """The map data as JSON, one point per line (small, and diffs line by line)."""
    data = map_data(v, events)
    points = data.pop("points")
    head = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    rows = ",\n".join(map(COMPACT_JSON.encode, points))
    return head[:-1] + ',"points":[\n' + rows + "\n]}\n"
