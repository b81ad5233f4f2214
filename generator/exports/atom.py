"""Atom 1.0 (RFC 4287) feed of the latest incidents, one per language.

Deterministic: `updated` comes from the records (the latest source retrieval,
else the event date), never from the clock. Entry ids are the incident's page
URL when the site URL is known, else a `urn:` built from the record id, so an
entry keeps its id across rebuilds.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

from ..records.store import Store
from ..settings import Settings
from ..urls import language_prefix
from .facts import EventFacts, UrlFor, default_url_for, exported_events, text

ATOM_NS = "http://www.w3.org/2005/Atom"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def entry_updated(facts: EventFacts) -> dt.datetime:
    stamp = facts.last_retrieved
    if stamp is not None:
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)
    if facts.event.date is not None:
        return dt.datetime.combine(facts.event.date, dt.time(), dt.timezone.utc)
    return EPOCH


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def latest(store: Store, count: int) -> list[EventFacts]:
    """The `count` newest incidents: by date (undated last), then by last update, then id."""
    events = exported_events(store)
    events.sort(key=lambda f: (f.event.date or dt.date.min, entry_updated(f), f.id), reverse=True)
    dated = [f for f in events if f.event.date is not None] + [f for f in events if f.event.date is None]
    return dated[:count]


def _absolute(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + "/" + path.lstrip("/") if site_url else path


def render_atom(store: Store, settings: Settings, language: str, *, title: str, site_url: str = "",
                url_for: UrlFor = default_url_for, feed_path: str | None = None,
                type_labels: dict[str, str] | None = None) -> str:
    feed_path = feed_path or f"{language_prefix(language)}feed.xml"
    entries = latest(store, settings.feed_entries)
    updated = max((entry_updated(f) for f in entries), default=EPOCH)
    feed_id = _absolute(site_url, feed_path) if site_url else f"urn:syria-incident-kb:feed:{language}"
    home = _absolute(site_url, language_prefix(language)) if site_url else (language_prefix(language) or "./")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="{ATOM_NS}" xml:lang="{language}">',
        f"  <id>{escape(feed_id)}</id>",
        f"  <title>{escape(title)}</title>",
        f"  <updated>{_stamp(updated)}</updated>",
        f"  <link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(_absolute(site_url, feed_path))}/>",
        f"  <link rel=\"alternate\" type=\"text/html\" href={quoteattr(home)}/>",
        f"  <author><name>{escape(title)}</name></author>",
        "  <generator>syria-incident-kb</generator>",
    ]
    for facts in entries:
        event = facts.event
        link = _absolute(site_url, url_for("event", event.id, language))
        entry_id = link if site_url else f"urn:syria-incident-kb:event:{event.id}"
        summary = text(event.summary, language) or facts.title(language)
        label = (type_labels or {}).get(event.type, event.type)
        lines += [
            "  <entry>",
            f"    <id>{escape(entry_id)}</id>",
            f"    <title>{escape(facts.title(language))}</title>",
            f"    <updated>{_stamp(entry_updated(facts))}</updated>",
        ]
        if event.date is not None:
            lines.append(f"    <published>{_stamp(dt.datetime.combine(event.date, dt.time(), dt.timezone.utc))}</published>")
        lines += [
            f"    <link rel=\"alternate\" type=\"text/html\" href={quoteattr(link)}/>",
            f"    <category term={quoteattr(event.type)} label={quoteattr(label)}/>",
            f"    <summary>{escape(summary)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"
