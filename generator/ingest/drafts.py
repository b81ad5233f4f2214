"""Drafts: one article and its extracted events become records.

`plan_article` decides, without writing anything, which records the article
adds or changes: the Source record and its archived text, one draft Event
per extracted event, and the places, organizations and people those events
name. Known names are referenced (resolution: `resolve.Resolver`); lexicon
entries used for the first time become records copied from the shipped data
(status `reviewed`: the lexicon is curated by the team); names nobody knows
become `draft` records whose `review` entries say why. `write_plan` writes
the archived text and the records, each file atomically.

A machine never overwrites what a person wrote: an existing record only gets
its empty fields filled and new aliases appended (`merge_existing`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import vocab
from ..records.model import (
    KIND_OF_MODEL,
    ActorRef,
    Affiliation,
    Aliases,
    Event,
    Fatalities,
    Organization,
    Outlet,
    Person,
    PersonRef,
    Place,
    Record,
    Review,
    Source,
    SourceClaim,
    Text,
)
from ..records.store import Store
from ..records.yamlio import write_if_changed
from .article import Article
from .mentions import ExtractedEvent, Mention, PersonMention
from .resolve import Resolver, name_key
from .romanise import romanise, slug

# Short id words of the sub-types (ids stay under 80 characters and readable).
SUB_TYPE_WORDS = {
    "shelling_artillery_missile_attack": "shelling",
    "remote_explosive_landmine_ied": "ied",
    "abduction_forced_disappearance": "abduction",
    "air_drone_strike": "air-strike",
    "change_to_group_activity": "group-activity",
    "government_regains_territory": "territory-regained",
    "non_state_actor_overtakes_territory": "territory-taken",
    "looting_property_destruction": "looting-destruction",
    "excessive_force_against_protesters": "force-against-protesters",
    "headquarters_or_base_established": "base-established",
    "non_violent_transfer_of_territory": "territory-transfer",
}
# Words that name what an outlet is, left out of its id (شبكة عين الفرات → ain-al-furat).
OUTLET_GENERIC_WORDS = {"network", "news", "agency", "website", "site", "net", "the"}
UNKNOWN = "unknown"
DEFAULT_PLACE_KIND = "village"
DEFAULT_ORG_CATEGORY = "political_militia"


@dataclass
class Plan:
    """What one article writes: the archived text and the records, in write order."""

    article: Article
    source: Source
    text_path: Path
    records: list[Record] = field(default_factory=list)      # new records and changed existing ones
    created: int = 0
    updated: int = 0


@dataclass
class Context:
    """What drafting needs to know about the knowledge base and the lexicon."""

    store: Store
    resolver: Resolver
    lexicon_record: Callable[[str, str], Record | None]     # (kind, lexicon id) -> record, or None
    lexicon_lookup: Callable[[str, str], str | None]         # (kind, exact name) -> lexicon id, or None
    retrieved: dt.datetime
    pending: dict[tuple[str, str], Record] = field(default_factory=dict)


# ------------------------------------------------------------------ the source

def outlet_slug(article: Article, ctx: Context, org_id: str | None) -> str:
    """The outlet part of a source id: the outlet record's English name, else the romanised name."""
    name = None
    if org_id:
        record = _record(ctx, "organization", org_id)
        if record is not None:
            name = record.name.en or record.name.ar
    name = name or article.outlet
    if not name:
        return UNKNOWN
    words = [w for w in re.split(r"\s+", romanise(name)) if w.casefold() not in OUTLET_GENERIC_WORDS]
    # Arabic generic words (شبكة، موقع، وكالة) romanise to these skeletons
    words = [w for w in words if w.casefold() not in {"shbka", "shbkh", "mwqa", "mwq", "wkala", "wkalh"}]
    return slug(" ".join(words) or name, UNKNOWN)


def source_id(article: Article, outlet: str) -> str:
    day = article.published_date.isoformat() if article.published_date else "undated"
    return f"{outlet[:50].strip('-')}-{day}-{article.sha256[:8]}"


def outlet_org(plan: Plan | None, article: Article, ctx: Context) -> str | None:
    """The outlet's organization record: an existing one by name, else the lexicon's (written on first use)."""
    if not article.outlet:
        return None
    found = ctx.resolver.find("organization", [article.outlet])
    if found:
        return found
    lexicon_id = ctx.lexicon_lookup("organization", article.outlet)
    if lexicon_id and plan is not None:
        return _lexicon_chain(plan, ctx, "organization", lexicon_id)
    return None


def build_source(article: Article, ctx: Context, plan: Plan | None = None) -> Source:
    lang = article.language
    org_id = outlet_org(plan, article, ctx)
    record_id = source_id(article, outlet_slug(article, ctx, org_id))
    return Source(
        id=record_id,
        outlet=Outlet(name=Text(**{lang: article.outlet}) if article.outlet else Text(), org=org_id),
        url=article.url,
        title=Text(**{lang: article.title}) if article.title else None,
        language=lang,
        published=article.published,
        retrieved=ctx.retrieved,
        attribution=Text(**{lang: article.attribution}) if article.attribution else None,
        sha256=article.sha256,
        text_file=f"{record_id}.txt",
    )


def text_path(store: Store, source: Source) -> Path:
    return store.path_for(source).with_suffix(".txt")


# ------------------------------------------------------------------ named records

def _record(ctx: Context, kind: str, record_id: str) -> Record | None:
    if (kind, record_id) in ctx.pending:
        return ctx.pending[(kind, record_id)]
    entry = ctx.store.by_kind[kind].get(record_id)
    return entry.record if entry else None


def _free_id(ctx: Context, kind: str, base: str) -> str:
    base = (base or UNKNOWN)[: vocab.ID_MAX_LENGTH - 3].strip("-")
    candidate, n = base, 1
    while (kind, candidate) in ctx.store or (kind, candidate) in ctx.pending:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _add(plan: Plan, ctx: Context, kind: str, record: Record, created: bool) -> None:
    ctx.pending[(kind, record.id)] = record
    ctx.resolver.add(record)
    plan.records.append(record)
    if created:
        plan.created += 1
    else:
        plan.updated += 1


def _lexicon_chain(plan: Plan, ctx: Context, kind: str, lexicon_id: str) -> str | None:
    """The record id for a lexicon entry: existing, or copied from the lexicon with its parents."""
    if _record(ctx, kind, lexicon_id) is not None:
        return lexicon_id
    record = ctx.lexicon_record(kind, lexicon_id)
    if record is None:
        return None
    by_name = ctx.resolver.find(kind, _names(record))
    if by_name:
        return by_name
    parent = getattr(record, "parent", None)
    if parent and _lexicon_chain(plan, ctx, kind, parent) != parent:
        record = record.model_copy(update={"parent": None})
    _add(plan, ctx, kind, record, created=True)
    return record.id


def _names(record: Record) -> list[str]:
    name = getattr(record, "name", None)
    return [n for n in (name.en, name.ar) if n] if name else []


def place_id(plan: Plan, ctx: Context, mention: Mention) -> str:
    if mention.lexicon_id:
        found = _lexicon_chain(plan, ctx, "place", mention.lexicon_id)
        if found:
            return found
    found = ctx.resolver.find("place", [mention.name])
    if found:
        return found
    english = romanise(mention.name)
    record = Place(
        id=_free_id(ctx, "place", slug(mention.name)), status="draft",
        name=_bilingual(mention.name, mention.language, english),
        kind=mention.hint if mention.hint in vocab.PLACE_KINDS else DEFAULT_PLACE_KIND,
        review=[Review(field="name", reason=f"not in the gazetteer; found in {plan.source.id}: check the name, "
                                             "kind, parent and coordinates"
                                             + ("; English name romanised by rule" if mention.language == "ar" else ""))],
    )
    _add(plan, ctx, "place", record, created=True)
    return record.id


def organization_id(plan: Plan, ctx: Context, mention: Mention) -> str:
    if mention.lexicon_id:
        found = _lexicon_chain(plan, ctx, "organization", mention.lexicon_id)
        if found:
            return found
    found = ctx.resolver.find("organization", [mention.name], mention.proposed_id)
    if found:
        return found
    category = mention.hint if mention.hint in vocab.ORG_CATEGORIES else DEFAULT_ORG_CATEGORY
    record = Organization(
        id=_free_id(ctx, "organization", mention.proposed_id or slug(mention.name)), status="draft",
        name=_bilingual(mention.name, mention.language, mention.name_en or romanise(mention.name)), category=category,
        review=[Review(field="category", reason=f"not in the actor lexicon; found in {plan.source.id}: "
                                                 f"check the name and the category ({category} is a guess)")],
    )
    _add(plan, ctx, "organization", record, created=True)
    return record.id


def person_id(plan: Plan, ctx: Context, person: PersonMention, event: Event | None,
              org_ids: dict[str, str]) -> str:
    names = [person.name, *person.aliases]
    found = (ctx.resolver.find("person", names, person.lexicon_id)
             or (person.lexicon_id and _lexicon_chain(plan, ctx, "person", person.lexicon_id)))
    if found:
        existing = _record(ctx, "person", found)
        if isinstance(existing, Person):
            merged = merge_existing(existing, _new_person(found, person, ctx, event, org_ids, plan))
            if merged is not None:
                _add(plan, ctx, "person", merged, created=False)
        return found
    english = romanise(person.name)
    record = _new_person(_free_id(ctx, "person", slug(english)), person, ctx, event, org_ids, plan)
    _add(plan, ctx, "person", record, created=True)
    return record.id


def _new_person(record_id: str, person: PersonMention, ctx: Context, event: Event | None,
                org_ids: dict[str, str], plan: Plan) -> Person:
    lang = person.language
    english = romanise(person.name)
    aliases = [a for a in person.aliases if name_key(a) != name_key(person.name)]
    affiliations = []
    org = org_ids.get(person.org) if person.org else None
    if org:
        affiliations.append(Affiliation(org=org, role=Text(**{lang: person.rank}) if person.rank else None))
    died = event.date if (event and person.role == "killed" and event.date_precision == "day") else None
    reasons = [f"drafted from {plan.source.id} (role {person.role})"]
    if lang == "ar":
        reasons.append("English name romanised by rule: check the spelling")
    return Person(
        id=record_id, status="draft", name=_bilingual(person.name, lang, english),
        aliases=Aliases(**{lang: aliases}), affiliations=affiliations, died=died,
        review=[Review(field="name", reason="; ".join(reasons))],
    )


def _bilingual(name: str, language: str, english: str) -> Text:
    if language == "ar":
        return Text(ar=name, en=english if english and english != name else None)
    return Text(en=name)


# ------------------------------------------------------------------ merging into existing records

def merge_existing(existing: Record, new: Record) -> Record | None:
    """`existing` with its empty fields filled from `new` and new aliases appended; None if nothing changes."""
    updates: dict[str, Any] = {}
    for name in type(existing).model_fields:
        if name in ("id", "status", "review", "merged_into", "aliases"):
            continue
        old, fresh = getattr(existing, name), getattr(new, name)
        if _empty(old) and not _empty(fresh):
            updates[name] = fresh
    aliases = getattr(existing, "aliases", None)
    if isinstance(aliases, Aliases):
        known = {name_key(n) for n in _names(existing) + aliases.en + aliases.ar}
        added = {"en": list(aliases.en), "ar": list(aliases.ar)}
        candidates = _names(new) + list(getattr(new, "aliases", Aliases()).en) + list(getattr(new, "aliases", Aliases()).ar)
        for name in candidates:
            key = name_key(name)
            if key and key not in known:
                known.add(key)
                added["ar" if re.search("[\u0600-\u06ff]", name) else "en"].append(name)
        if added != {"en": list(aliases.en), "ar": list(aliases.ar)}:
            updates["aliases"] = Aliases(**added)
    if not updates:
        return None
    return existing.model_copy(update=updates)


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == "" or (isinstance(value, Text) and not (value.en or value.ar))


# ------------------------------------------------------------------ events

def event_id(ctx: Context, event: ExtractedEvent, place: str | None) -> str:
    day = event.date.isoformat() if event.date else "undated"
    words = SUB_TYPE_WORDS.get(event.sub_type, event.sub_type.replace("_", "-"))
    base = f"{day}-{place or 'unknown-place'}-{words}"
    return _free_id(ctx, "event", base[: vocab.ID_MAX_LENGTH - 3].strip("-"))


def build_event(plan: Plan, ctx: Context, event: ExtractedEvent) -> Event:
    lang = plan.article.language
    place = place_id(plan, ctx, event.place) if event.place else None
    org_ids: dict[str, str] = {}
    actors: list[ActorRef] = []
    for actor in event.actors:
        org = organization_id(plan, ctx, actor.mention)
        org_ids[actor.mention.lexicon_id or actor.mention.name] = org
        if all(a.id != org for a in actors):
            actors.append(ActorRef(id=org, side=actor.side))
    review = [Review(field=f, reason=r) for f, r in event.review]
    if place is None:
        review.append(Review(field="place", reason="no place found in the supporting text"))
    elif getattr(_record(ctx, "place", place), "status", None) == "draft":
        review.append(Review(field="place", reason=f"{place} is a new draft place"))
    fatalities = Fatalities(best=event.fatalities, low=event.fatalities, high=event.fatalities)
    record = Event(
        id=event_id(ctx, event, place), status="draft",
        date=event.date, date_end=event.date_end, date_precision=event.date_precision,
        type=event.type, sub_type=event.sub_type, place=place,
        place_detail=Text(**{lang: event.place_detail}) if event.place_detail else None,
        geo_precision=event.geo_precision if place else None,
        actors=actors, fatalities=fatalities, injured=event.injured,
        civilian_targeting=event.civilian_targeting,
        sources=[SourceClaim(source=plan.source.id, fatalities=event.fatalities, injured=event.injured,
                             quote=event.quote)],
        review=review,
    )
    people: list[PersonRef] = []
    for person in event.people:
        pid = person_id(plan, ctx, person, record, org_ids)
        if all(p.id != pid for p in people):
            people.append(PersonRef(id=pid, role=person.role))
    return record.model_copy(update={"people": people})


# ------------------------------------------------------------------ one article

def plan_article(article: Article, events: list[ExtractedEvent], ctx: Context) -> Plan:
    """Every record one article adds or changes, without writing anything."""
    placeholder = Source(id="pending", outlet=Outlet(name=Text()), language=article.language,
                         sha256=article.sha256, text_file="pending.txt")
    plan = Plan(article=article, source=placeholder, text_path=Path())
    source = build_source(article, ctx, plan)
    plan.source, plan.text_path = source, text_path(ctx.store, source)
    plan.records.append(source)
    plan.created += 1
    ctx.pending[("source", source.id)] = source
    for extracted in events:
        record = build_event(plan, ctx, extracted)
        ctx.pending[("event", record.id)] = record
        plan.records.append(record)
        plan.created += 1
    return plan


def write_plan(plan: Plan, store: Store) -> None:
    """The archived text first, then every record (each write atomic); referenced records before events."""
    write_if_changed(plan.text_path, plan.article.archived)
    order = {"source": 0, "place": 1, "organization": 2, "person": 3, "event": 4}
    for record in sorted(plan.records, key=lambda r: order[KIND_OF_MODEL[type(r)].name]):
        store.save(record)
