"""The value of every column of the two CSV exports, computed from an event's facts.

The columns themselves (names, order, what each holds in both languages) are
`generator/formats.py`'s, which the Data page documents; here each name gets
its value. Names of actors and places are written in English, falling back to Arabic.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import formats
from ..formats import ColumnDoc
from ..records import vocab
from ..settings import Settings
from .facts import EventFacts, name, names, text

Value = str | int | float | None
ValueOf = Callable[[EventFacts, Settings], Value]


@dataclass(frozen=True)
class Column:
    name: str
    value: ValueOf


def columns(docs: tuple[ColumnDoc, ...], values: dict[str, ValueOf]) -> tuple[Column, ...]:
    """The documented columns in their order, each with its value; any name on one side only is an error."""
    names = [doc.name for doc in docs]
    if set(names) != set(values) or len(names) != len(values):
        raise ValueError(f"columns without a value or values without a column: {sorted(set(names) ^ set(values))}")
    return tuple(Column(n, values[n]) for n in names)


# ---- ACLED vocabulary labels ------------------------------------------------



def disorder_type(sub_type: str, event_type: str) -> str:
    """ACLED's disorder type of a sub-event type."""
    if sub_type == "excessive_force_against_protesters":
        return "Political violence; Demonstrations"
    if sub_type in ("peaceful_protest", "protest_with_intervention", "violent_demonstration"):
        return "Demonstrations"
    if event_type == "strategic_developments":
        return "Strategic developments"
    return "Political violence"


def inter_code(facts: EventFacts, main: str) -> int | None:
    """ACLED inter code (1-8) of the side's first actor, from its organization category."""
    actors = facts.side(main)
    return vocab.ORG_CATEGORIES.get(actors[0].category) if actors else None


def interaction(facts: EventFacts) -> int | None:
    """ACLED's two-digit interaction code: the smaller inter code first; 10 x inter1 for a sole actor."""
    codes = sorted(code for code in (inter_code(facts, "a"), inter_code(facts, "b")) if code is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return 10 * codes[0]
    low, high = codes
    return 10 * low + high


def _others(facts: EventFacts, main: str, associated: str) -> str:
    """Associated actors: the side's actors after the first, then its associated ones."""
    return names(facts.side(main)[1:] + facts.side(associated))


def _iso_date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _timestamp(facts: EventFacts, _: Settings) -> Value:
    stamp = facts.last_retrieved
    if stamp is None:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    return int(stamp.timestamp())


def _notes(facts: EventFacts, _: Settings) -> str:
    return text(facts.event.summary) or facts.title("en")


def _outlets(facts: EventFacts) -> str:
    seen: list[str] = []
    for source in facts.sources:
        outlet = source.outlet.name.any("en")
        if outlet and outlet not in seen:
            seen.append(outlet)
    return "; ".join(seen)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 5)


# Each column's value, by the column names of `formats.ACLED` (documented there, in its order).
ACLED_VALUES: dict[str, ValueOf] = {
    "event_id_cnty": lambda f, s: f.id,
    "event_date": lambda f, s: _iso_date(f.event.date),
    "year": lambda f, s: f.event.date.year if f.event.date else None,
    "time_precision": lambda f, s: vocab.ACLED_TIME_PRECISION.get(f.event.date_precision),
    "disorder_type": lambda f, s: disorder_type(f.event.sub_type, f.event.type),
    "event_type": lambda f, s: vocab.ACLED_TYPE_LABELS[f.event.type],
    "sub_event_type": lambda f, s: vocab.ACLED_SUB_TYPE_LABELS[f.event.sub_type],
    "actor1": lambda f, s: name(f.side("a")[0]) if f.side("a") else "",
    "assoc_actor_1": lambda f, s: _others(f, "a", "associated_a"),
    "inter1": lambda f, s: inter_code(f, "a"),
    "actor2": lambda f, s: name(f.side("b")[0]) if f.side("b") else "",
    "assoc_actor_2": lambda f, s: _others(f, "b", "associated_b"),
    "inter2": lambda f, s: inter_code(f, "b"),
    "interaction": lambda f, s: interaction(f),
    "civilian_targeting": lambda f, s: "Civilian targeting" if f.event.civilian_targeting else "",
    "iso": lambda f, s: s.country_iso,
    "region": lambda f, s: s.region,
    "country": lambda f, s: name(f.country),
    "admin1": lambda f, s: name(f.admin(1)),
    "admin2": lambda f, s: name(f.admin(2)),
    "admin3": lambda f, s: name(f.admin(3)),
    "location": lambda f, s: name(f.place),
    "latitude": lambda f, s: _round(f.point.lat) if f.point else None,
    "longitude": lambda f, s: _round(f.point.lon) if f.point else None,
    "geo_precision": lambda f, s: f.geo_precision,
    "source": lambda f, s: _outlets(f),
    "source_scale": lambda f, s: "",
    "notes": _notes,
    "fatalities": lambda f, s: f.event.fatalities.best if f.event.fatalities.best is not None else 0,
    "tags": lambda f, s: "; ".join(f.event.tags),
    "timestamp": _timestamp,
}
ACLED_COLUMNS: tuple[Column, ...] = columns(formats.ACLED, ACLED_VALUES)


# ---- UCDP GED ---------------------------------------------------------------

STATE_CATEGORIES = ("state_forces", "external_forces")


def type_of_violence(facts: EventFacts) -> int | None:
    """UCDP: 1 state-based, 2 non-state, 3 one-sided; empty for protests, riots and strategic developments."""
    kind = facts.event.type
    if kind == "violence_against_civilians":
        return 3
    if kind in ("battles", "explosions_remote_violence"):
        categories = {o.category for side in facts.actors.values() for o in side}
        return 1 if categories & set(STATE_CATEGORIES) else 2
    return None


def _side(facts: EventFacts, main: str, associated: str) -> str:
    return names(facts.side(main) + facts.side(associated), sep=", ")


def _dyad(facts: EventFacts) -> str:
    a, b = _side(facts, "a", "associated_a"), _side(facts, "b", "associated_b")
    return f"{a} - {b}" if a and b else ""


def where_prec(facts: EventFacts) -> int | None:
    """UCDP where_prec from ACLED geo_precision: 1 exact, 2 within 25 km, 3 -> 4 (first-order admin)."""
    return {1: 1, 2: 2, 3: 4}.get(facts.geo_precision or 0)


def priogrid_gid(lat: float, lon: float) -> int:
    """PRIO-GRID cell (0.5 degree) holding the point: row from the south pole, column from -180."""
    row = min(int(math.floor((lat + 90) / 0.5)), 359)
    col = min(int(math.floor((lon + 180) / 0.5)), 719)
    return row * 720 + col + 1


def _source_dates(facts: EventFacts) -> str:
    return "; ".join(s.published_date.isoformat() for s in facts.sources if s.published_date)


def _headlines(facts: EventFacts) -> str:
    return "; ".join(text(s.title, s.language) for s in facts.sources if s.title)


def _articles(facts: EventFacts) -> str:
    parts = []
    for s in facts.sources:
        bits = [s.outlet.name.any("en"), text(s.title, s.language),
                s.published_date.isoformat() if s.published_date else "", s.url or ""]
        parts.append(", ".join(b for b in bits if b))
    return "; ".join(parts)


def _original(facts: EventFacts) -> str:
    return "; ".join(text(s.attribution, s.language) for s in facts.sources if s.attribution)


def _deaths(facts: EventFacts, which: str) -> int | None:
    return getattr(facts.event.fatalities, which)


# Each column's value, by the column names of `formats.UCDP` (documented there, in its order).
UCDP_VALUES: dict[str, ValueOf] = {
    "id": lambda f, s: f.id,
    "relid": lambda f, s: f.id,
    "year": lambda f, s: f.event.date.year if f.event.date else None,
    "active_year": lambda f, s: "",
    "code_status": lambda f, s: "Clear" if f.event.status == "reviewed" else "Check",
    "type_of_violence": lambda f, s: type_of_violence(f),
    "conflict_dset_id": lambda f, s: "",
    "conflict_new_id": lambda f, s: "",
    "conflict_name": lambda f, s: "",
    "dyad_dset_id": lambda f, s: "",
    "dyad_new_id": lambda f, s: "",
    "dyad_name": lambda f, s: _dyad(f),
    "side_a_dset_id": lambda f, s: "",
    "side_a_new_id": lambda f, s: "",
    "side_a": lambda f, s: _side(f, "a", "associated_a"),
    "side_b_dset_id": lambda f, s: "",
    "side_b_new_id": lambda f, s: "",
    "side_b": lambda f, s: _side(f, "b", "associated_b"),
    "number_of_sources": lambda f, s: len(f.event.sources),
    "source_article": lambda f, s: _articles(f),
    "source_office": lambda f, s: _outlets(f),
    "source_date": lambda f, s: _source_dates(f),
    "source_headline": lambda f, s: _headlines(f),
    "source_original": lambda f, s: _original(f),
    "where_prec": lambda f, s: where_prec(f),
    "where_coordinates": lambda f, s: name(f.place),
    "where_description": lambda f, s: text(f.event.place_detail),
    "adm_1": lambda f, s: name(f.admin(1)),
    "adm_2": lambda f, s: name(f.admin(2)),
    "latitude": lambda f, s: _round(f.point.lat) if f.point else None,
    "longitude": lambda f, s: _round(f.point.lon) if f.point else None,
    "geom_wkt": lambda f, s: f"POINT ({_round(f.point.lon)} {_round(f.point.lat)})" if f.point else "",
    "priogrid_gid": lambda f, s: priogrid_gid(f.point.lat, f.point.lon) if f.point else None,
    "country": lambda f, s: name(f.country),
    "country_id": lambda f, s: s.country_gwno,
    "region": lambda f, s: s.region,
    "event_clarity": lambda f, s: "",
    "date_prec": lambda f, s: vocab.UCDP_DATE_PREC.get(f.event.date_precision),
    "date_start": lambda f, s: _iso_date(f.event.date),
    "date_end": lambda f, s: _iso_date(f.event.date_end or f.event.date),
    "deaths_a": lambda f, s: None,
    "deaths_b": lambda f, s: None,
    "deaths_civilians": lambda f, s: None,
    "deaths_unknown": lambda f, s: _deaths(f, "best"),
    "best": lambda f, s: _deaths(f, "best"),
    "high": lambda f, s: _deaths(f, "high"),
    "low": lambda f, s: _deaths(f, "low"),
}
UCDP_COLUMNS: tuple[Column, ...] = columns(formats.UCDP, UCDP_VALUES)


def row(columns: tuple[Column, ...], facts: EventFacts, settings: Settings) -> list[Any]:
    return ["" if (v := c.value(facts, settings)) is None else v for c in columns]
