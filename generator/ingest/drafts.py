"""Drafts: one article and its extracted events become records.

`plan_article` decides, without writing anything, which records the article
adds or changes: the Source record and its archived text, the places,
organizations and people its events name, and for each event either a new
draft Event or the existing Event it reports (then the article's source and
claims are added to that one). `write_plan` stages the archived text and the
records; the pipeline writes the whole batch at once (`Store.flush`).

Names (`names.NameIndex`): a mention's lexicon id first; then its name,
across scripts and spellings. A new spelling of a known record becomes an
alias. A name that may mean several records (or a kunya: "father of X" is
not proof of X) resolves to none: its candidates go on the event as a
`review` entry and no record is drafted for it. Lexicon entries used for the
first time become records copied from the shipped data (status `reviewed`);
names nobody knows become `draft` records whose `review` entries say why.

Incidents (`incidents.find_match` / `absorb`): an event joins the existing
one whose date, place, type and actors agree; otherwise it is drafted (with
candidates when it may duplicate one).

A machine never overwrites what a person wrote: an existing draft only gets
its empty fields filled and new aliases; a reviewed record only gets sources,
claims and aliases, and the plan's `notes` say so. A record file that did not
load is never touched (`unreadable.py` says what is done instead).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..records import vocab
from ..records.model import (
    ActorRef,
    Affiliation,
    Aliases,
    Curated,
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
from . import incidents
from .article import Article
from .mentions import ExtractedEvent, Mention, PersonMention
from .names import NameIndex, add_alias, alias_key, is_arabic, resolution_review, romanisation_review, romanise, slug, \
    surface_form
from .normalise import fold
from .unreadable import Unreadable

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
OUTLET_GENERIC_WORDS_AR = {fold(w) for w in ("شبكة", "موقع", "وكالة")}
UNKNOWN = "unknown"
DEFAULT_PLACE_KIND = "village"
DEFAULT_ORG_CATEGORY = "political_militia"

R = TypeVar("R", bound=Record)


@dataclass
class Plan:
    """What one article writes: the archived text and the records, in write order."""

    article: Article
    source: Source
    text_path: Path
    records: dict[tuple[str, str], Record] = field(default_factory=dict)   # new records and changed ones
    new: set[tuple[str, str]] = field(default_factory=set)                  # keys of the new ones
    event_ids: list[str] = field(default_factory=list)    # per extracted event: the event record it is in
    notes: list[str] = field(default_factory=list)        # what happened to existing events and reviewed records
    not_attached: list[str] = field(default_factory=list)  # what could not go into a record whose file is broken

    @property
    def created(self) -> int:
        return len(self.new)

    @property
    def updated(self) -> int:
        return len(self.records) - len(self.new)


@dataclass
class Context:
    """What drafting needs to know about the knowledge base and the lexicon (kept current during a run)."""

    store: Store
    index: NameIndex
    events: incidents.EventIndex
    places: dict[str, Place]
    published: dict[str, dt.date | None]                    # source id -> publication date
    lexicon_record: Callable[[str, str], Record | None]     # (kind, lexicon id) -> record, or None
    lexicon_lookup: Callable[[str, str], str | None]         # (kind, exact name) -> lexicon id, or None
    retrieved: dt.datetime
    unreadable: Unreadable
    pending: dict[tuple[str, str], Record] = field(default_factory=dict)

    @classmethod
    def from_store(cls, store: Store, **kwargs: Any) -> Context:
        return cls(store=store, index=NameIndex.build(store), events=incidents.EventIndex(store.records("event")),
                   places=incidents.place_map(store), unreadable=kwargs.pop("unreadable", None) or Unreadable(store),
                   published={s.id: s.published_date for s in store.records("source")}, **kwargs)

    def rebuild(self) -> None:
        """Forget what was not written (after a failed article): indexes from the store again."""
        self.pending.clear()
        fresh = Context.from_store(self.store, lexicon_record=self.lexicon_record,
                                   lexicon_lookup=self.lexicon_lookup, retrieved=self.retrieved,
                                   unreadable=self.unreadable)
        self.index, self.events, self.places, self.published = fresh.index, fresh.events, fresh.places, fresh.published


# ------------------------------------------------------------------ the source

def outlet_slug(article: Article, ctx: Context, org_id: str | None) -> str:
    """The outlet part of a source id: the outlet record's English name, else the romanised name."""
    name = None
    if org_id:
        record = _record(ctx, "organization", org_id)
        if isinstance(record, Organization):
            name = record.name.en or record.name.ar
    name = name or article.outlet
    if not name:
        return UNKNOWN
    words = [w for w in name.split() if fold(w) not in OUTLET_GENERIC_WORDS_AR]
    words = [w for w in romanise(" ".join(words)).split() if w.casefold() not in OUTLET_GENERIC_WORDS]
    return slug(" ".join(words) or name, UNKNOWN)


def source_id(article: Article, outlet: str) -> str:
    day = article.published_date.isoformat() if article.published_date else "undated"
    return f"{outlet[:50].strip('-')}-{day}-{article.sha256[:8]}"


def outlet_org(plan: Plan | None, article: Article, ctx: Context) -> str | None:
    """The outlet's organization record: an existing one by name, else the lexicon's (written on first use)."""
    if not article.outlet:
        return None
    found = ctx.index.resolve(article.outlet, "organization", article.language)
    if found.exact:
        return found.id
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
        published_from=article.published_from if article.published else None,
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
    """`base`, or `base-2`, `base-3` ...: the first id no record has, nor a record file that did not load.
    A file that did not load under another spelling of the same name (abd-al-rahman-... and
    abdul-rahman-...) is passed over too: the new record may be that one."""
    base = (base or UNKNOWN)[: vocab.ID_MAX_LENGTH - 3].strip("-")
    candidate, n, passed = base, 1, []
    while (kind, candidate) in ctx.store or (kind, candidate) in ctx.pending or ctx.unreadable.taken(kind, candidate):
        if ctx.unreadable.taken(kind, candidate):
            passed.append(candidate)
        n += 1
        candidate = f"{base}-{n}"
    passed += [other for other in ctx.unreadable.same_spelling(kind, base) if other not in passed]
    ctx.unreadable.note_passed(kind, candidate, passed)
    return candidate


def _with_twin_reviews(plan: Plan, ctx: Context, kind: str, record: R) -> R:
    """A new record whose id went past records whose files cannot be read, with a review entry per such
    record (it may be the same thing); the plan lists what could not be attached to them."""
    reviews, lines = ctx.unreadable.twins(kind, record.id)
    if not reviews:
        return record
    plan.not_attached.extend(lines)
    return record.model_copy(update={"review": record.review + reviews})


def _add(plan: Plan, ctx: Context, kind: str, record: Record, created: bool) -> None:
    """Record a new or changed record in the plan and in every index of the run."""
    key = (kind, record.id)
    ctx.pending[key] = record
    plan.records[key] = record
    if created:
        plan.new.add(key)
    if kind in ("place", "organization", "person"):
        ctx.index.add(record, kind)
    if isinstance(record, Place):
        ctx.places[record.id] = record
    elif isinstance(record, Event):
        ctx.events.add(record)
    elif isinstance(record, Source):
        ctx.published[record.id] = record.published_date


def _lexicon_chain(plan: Plan, ctx: Context, kind: str, lexicon_id: str) -> str | None:
    """The record id for a lexicon entry: existing, or copied from the lexicon with its parents."""
    if _record(ctx, kind, lexicon_id) is not None:
        return lexicon_id
    record = ctx.lexicon_record(kind, lexicon_id)
    if record is None:
        return None
    for name in _names(record):
        found = ctx.index.resolve(name, kind)
        if found.exact:
            return found.id
    if ctx.unreadable.taken(kind, lexicon_id):
        ctx.unreadable.problem(kind, lexicon_id)  # referred to; its file is reported and left as it is
        return lexicon_id
    parent = getattr(record, "parent", None)
    if parent and _lexicon_chain(plan, ctx, kind, parent) != parent:
        record = record.model_copy(update={"parent": None})
    _add(plan, ctx, kind, record, created=True)
    return record.id


def _names(record: Record) -> list[str]:
    name = getattr(record, "name", None)
    return [n for n in (name.en, name.ar) if n] if name else []


def _resolve(plan: Plan, ctx: Context, kind: str, name: str, language: str, field_name: str,
             review: list[Review]) -> tuple[str | None, bool]:
    """(record id, uncertain) for a name: a resolved name's new spelling becomes an alias; a name
    with candidates gives `review` an entry and (None, True); an unknown name (None, False)."""
    found = ctx.index.resolve(name, kind, language)
    if found.id:
        _alias(plan, ctx, kind, found.id, name)
        return found.id, False
    entry = resolution_review(field_name, name, found)
    if entry is not None:
        review.append(entry)
        return None, True
    return None, False


def _alias(plan: Plan, ctx: Context, kind: str, record_id: str, name: str) -> None:
    record = _record(ctx, kind, record_id)
    if not isinstance(record, Curated) or record.status in ("merged", "retracted"):
        return
    changed = record.model_copy(deep=True)
    if add_alias(changed, name, "ar" if is_arabic(name) else "en"):
        _add(plan, ctx, kind, changed, created=False)
        if record.status == "reviewed":
            plan.notes.append(f"added alias “{' '.join(name.split())}” to reviewed {kind} {record_id}")


def place_id(plan: Plan, ctx: Context, mention: Mention, review: list[Review]) -> str | None:
    if mention.lexicon_id:
        found = _lexicon_chain(plan, ctx, "place", mention.lexicon_id)
        if found:
            return found
    found, uncertain = _resolve(plan, ctx, "place", mention.name, mention.language, "place", review)
    if found or uncertain:
        return found
    english = romanise(mention.name)
    reviews = [Review(field="name", reason=f"not in the gazetteer; found in {plan.source.id}: check the name, "
                                           "kind, parent and coordinates")]
    if is_arabic(mention.name):
        reviews.append(romanisation_review("name.en", mention.name, english))
    record = Place(
        id=_free_id(ctx, "place", slug(mention.name)), status="draft",
        name=_bilingual(mention.name, mention.language, english),
        kind=mention.hint if mention.hint in vocab.PLACE_KINDS else DEFAULT_PLACE_KIND,
        review=reviews,
    )
    _add(plan, ctx, "place", _with_twin_reviews(plan, ctx, "place", record), created=True)
    return record.id


def organization_id(plan: Plan, ctx: Context, mention: Mention, review: list[Review]) -> str | None:
    if mention.lexicon_id:
        found = _lexicon_chain(plan, ctx, "organization", mention.lexicon_id)
        if found:
            return found
    if mention.proposed_id and _record(ctx, "organization", mention.proposed_id) is not None:
        return mention.proposed_id
    found, uncertain = _resolve(plan, ctx, "organization", mention.name, mention.language, "actors", review)
    if found or uncertain:
        return found
    category = mention.hint if mention.hint in vocab.ORG_CATEGORIES else DEFAULT_ORG_CATEGORY
    english = mention.name_en or romanise(mention.name)
    reviews = [Review(field="category", reason=f"not in the actor lexicon; found in {plan.source.id}: "
                                               f"check the name and the category ({category} is a guess)")]
    if is_arabic(mention.name) and not mention.name_en:
        reviews.append(romanisation_review("name.en", mention.name, english))
    record = Organization(
        id=_free_id(ctx, "organization", mention.proposed_id or slug(mention.name)), status="draft",
        name=_bilingual(mention.name, mention.language, english), category=category, review=reviews,
    )
    _add(plan, ctx, "organization", _with_twin_reviews(plan, ctx, "organization", record), created=True)
    return record.id


def person_id(plan: Plan, ctx: Context, person: PersonMention, event: Event,
              org_ids: dict[str, str], review: list[Review]) -> str | None:
    """The person record of a mention, a new draft person, or None when the name only gives candidates."""
    if person.lexicon_id and _record(ctx, "person", person.lexicon_id) is not None:
        found: str | None = person.lexicon_id
    else:
        surface = surface_form(person.name, person.aliases)
        found, uncertain = _resolve(plan, ctx, "person", surface, person.language, "people", review)
        if uncertain:
            return None
        if not found and person.lexicon_id:
            found = _lexicon_chain(plan, ctx, "person", person.lexicon_id)
    if found:
        existing = _record(ctx, "person", found)
        if isinstance(existing, Person) and existing.status == "draft":
            merged = merge_existing(existing, _new_person(found, person, event, org_ids, plan))
            if merged is not None:
                _add(plan, ctx, "person", merged, created=False)
        return found
    english = romanise(person.name)
    record = _new_person(_free_id(ctx, "person", slug(english)), person, event, org_ids, plan)
    _add(plan, ctx, "person", _with_twin_reviews(plan, ctx, "person", record), created=True)
    return record.id


def _new_person(record_id: str, person: PersonMention, event: Event, org_ids: dict[str, str],
                plan: Plan) -> Person:
    lang = person.language
    english = romanise(person.name)
    key = alias_key(person.name)
    aliases: list[str] = []
    for alias in person.aliases:
        if alias_key(alias) != key and alias_key(alias) not in {alias_key(a) for a in aliases}:
            aliases.append(alias)
    affiliations = []
    org = org_ids.get(person.org) if person.org else None
    if org:
        affiliations.append(Affiliation(org=org, role=Text(**{lang: person.rank}) if person.rank else None))
    died = event.date if (person.role == "killed" and event.date_precision == "day") else None
    reviews = []
    if is_arabic(person.name):
        reviews.append(romanisation_review("name.en", person.name, english))
    reviews.append(Review(field="name", reason=f"drafted from {plan.source.id} (role {person.role})"))
    return Person(
        id=record_id, status="draft", name=_bilingual(person.name, lang, english),
        aliases=Aliases(**{lang: sorted(aliases, key=alias_key)}), affiliations=affiliations, died=died,
        review=reviews,
    )


def _bilingual(name: str, language: str, english: str) -> Text:
    if language == "ar":
        return Text(ar=name, en=english if english and english != name else None)
    return Text(en=name)


# ------------------------------------------------------------------ merging into existing records

def merge_existing(existing: Record, new: Record) -> Record | None:
    """A draft `existing` with its empty fields filled from `new`; None if nothing changes.

    Names and aliases are left alone (`names.add_alias` adds a new spelling);
    callers never pass a reviewed record.
    """
    updates: dict[str, Any] = {}
    for name in type(existing).model_fields:
        if name in ("id", "status", "review", "merged_into", "aliases", "name"):
            continue
        old, fresh = getattr(existing, name), getattr(new, name)
        if _empty(old) and not _empty(fresh):
            updates[name] = fresh
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
    """The draft event one extracted event gives, its names resolved (not yet matched)."""
    lang = plan.article.language
    review = [Review(field=f, reason=r) for f, r in event.review]
    place = place_id(plan, ctx, event.place, review) if event.place else None
    org_ids: dict[str, str] = {}
    actors: list[ActorRef] = []
    for actor in event.actors:
        org = organization_id(plan, ctx, actor.mention, review)
        if org is None:
            continue
        org_ids[actor.mention.lexicon_id or actor.mention.name] = org
        if all(a.id != org for a in actors):
            actors.append(ActorRef(id=org, side=actor.side))
    if place is None and not any(r.field == "place" for r in review):
        review.append(Review(field="place", reason="no place found in the supporting text"))
    elif place is not None and isinstance(known := _record(ctx, "place", place), Place) and known.status == "draft":
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
    )
    people: list[PersonRef] = []
    for person in event.people:
        pid = person_id(plan, ctx, person, record, org_ids, review)
        if pid and all(p.id != pid for p in people):
            people.append(PersonRef(id=pid, role=person.role))
    return record.model_copy(update={"people": people, "review": review})


def place_event(plan: Plan, ctx: Context, record: Event) -> str:
    """Add a draft event to the existing event it reports, or to the knowledge base as a new one; its id."""
    match = incidents.find_match(record, ctx.events.candidates(record), ctx.places)
    if match.event_id is None:
        if (entry := match.review()) is not None:
            record = record.model_copy(update={"review": record.review + [entry]})
        record = _with_twin_reviews(plan, ctx, "event", record)
        _add(plan, ctx, "event", incidents.settle(record, ctx.published), created=True)
        return record.id
    existing = ctx.events.events[match.event_id]  # the run's latest version, as in `ctx.pending`
    reviewed = existing.status == "reviewed"
    combined, changes = incidents.absorb(existing, record, reviewed, places=ctx.places, published=ctx.published)
    if changes:
        _add(plan, ctx, "event", combined, created=False)
        if reviewed:
            suggestions = [c.removeprefix("review: ") for c in changes if c.startswith("review: ")]
            plan.notes.append(f"appended source {plan.source.id} to reviewed event {existing.id}"
                              + (f"; left for an editor: {'; '.join(suggestions)}" if suggestions else ""))
        else:
            shown = [c for c in changes if not c.startswith(("added source", "review: "))]
            plan.notes.append(f"added source {plan.source.id} to event {existing.id}"
                              + (f": {'; '.join(shown)}" if shown else ""))
    return existing.id


# ------------------------------------------------------------------ one article

def plan_article(article: Article, events: list[ExtractedEvent], ctx: Context) -> Plan:
    """Every record one article adds or changes, without writing anything."""
    placeholder = Source(id="pending", outlet=Outlet(name=Text()), language=article.language,
                         sha256=article.sha256, text_file="pending.txt")
    plan = Plan(article=article, source=placeholder, text_path=Path())
    source = build_source(article, ctx, plan)
    ctx.unreadable.check_source(source.id)
    plan.source, plan.text_path = source, text_path(ctx.store, source)
    _add(plan, ctx, "source", source, created=True)
    for extracted in events:
        plan.event_ids.append(place_event(plan, ctx, build_event(plan, ctx, extracted)))
    return plan


def write_plan(plan: Plan, store: Store) -> None:
    """Stage the archived text and every record; the pipeline flushes the store once a batch."""
    store.stage_file(plan.text_path, plan.article.archived)
    order = {"source": 0, "place": 1, "organization": 2, "person": 3, "event": 4}
    for _, record in sorted(plan.records.items(), key=lambda item: order[item[0][0]]):
        store.stage(record)
