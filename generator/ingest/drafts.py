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

from pathlib import Path

from ..records import vocab
from ..records.model import (
    ActorRef,
    Event,
    Fatalities,
    Organization,
    Outlet,
    PersonRef,
    Place,
    Review,
    Source,
    SourceClaim,
    Text,
)
from ..records.store import Store
from . import incidents
from .article import Article
from .context import UNKNOWN, Context, Plan, add_record, free_id, record_of, with_twin_reviews
from .mentions import ExtractedEvent, Mention
from .named import DEFAULT_PLACE_KIND, lexicon_chain, organization_id, person_id, place_id
from .names import romanise, slug
from .normalise import fold

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
# A quote longer than this is a run-on text, not a sentence (the longest sentence of the real-news corpus's
# 661 articles has 978 characters); `quoted` cuts it.
MAX_QUOTE_CHARS = 2000
OUTLET_GENERIC_WORDS_AR = {fold(w) for w in ("شبكة", "موقع", "وكالة")}

# ------------------------------------------------------------------ the source

def outlet_slug(article: Article, ctx: Context, org_id: str | None) -> str:
    """The outlet part of a source id: the outlet record's English name, else the romanised name."""
    name = None
    if org_id:
        record = record_of(ctx, "organization", org_id)
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
        return lexicon_chain(plan, ctx, "organization", lexicon_id)
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


# ------------------------------------------------------------------ draft places

ADMIN_KINDS = ("subdistrict", "district", "governorate")
"""The admin chain a draft place's parent is taken from, finest first."""
TOWN_KINDS = ("village", "town", "city")


def draft_parent(ctx: Context, mention: Mention) -> tuple[str | None, str | None]:
    """The gazetteer place a new draft place lies in, and why it is a guess (None when the article
    names the area for it: "بلدة زاما بريف جبلة"). From the area or town the article names it in
    (`within`): the area itself, a region's governorate, or for a place named near a town that town's
    admin area (a guess); else the governorate of the article's other places (`context_area`, a guess).
    A neighbourhood or site may lie in a town; a parent is always coarser than the draft."""
    kind = mention.hint or DEFAULT_PLACE_KIND
    allowed = ADMIN_KINDS[ADMIN_KINDS.index(kind) + 1:] if kind in ADMIN_KINDS else ADMIN_KINDS
    if kind in ("region", "district"):
        allowed = ("governorate",)
    if kind in ("neighbourhood", "site"):
        allowed = TOWN_KINDS + allowed
    start = mention.within or mention.context_area
    record = ctx.lexicon_record("place", start) if start else None
    named_near = isinstance(record, Place) and record.kind in TOWN_KINDS and record.kind not in allowed
    while isinstance(record, Place) and record.kind not in allowed:
        record = ctx.lexicon_record("place", record.parent) if record.parent else None
    if not isinstance(record, Place):
        return None, None
    if not mention.within:
        return record.id, (f"{record.id} is a guess: the article names {mention.name} in no area, and every "
                           f"other place it names is in {record.id}")
    if named_near:
        return record.id, f"{record.id} is a guess: the article names {mention.name} near {mention.within}"
    return record.id, None


def give_parent(plan: Plan, ctx: Context, place: str, mention: Mention) -> None:
    """A draft place this article created gets the parent `draft_parent` finds (with its chain)."""
    record = record_of(ctx, "place", place)
    if not isinstance(record, Place) or record.status != "draft" or record.parent:
        return
    parent, guess = draft_parent(ctx, mention)
    parent = lexicon_chain(plan, ctx, "place", parent) if parent else None
    if parent is None or parent == place:
        return
    review = record.review + ([Review(field="parent", reason=guess)] if guess else [])
    add_record(plan, ctx, "place", record.model_copy(update={"parent": parent, "review": review}), created=True)


# ------------------------------------------------------------------ events

def event_id(ctx: Context, event: ExtractedEvent, place: str | None) -> str:
    day = event.date.isoformat() if event.date else "undated"
    words = SUB_TYPE_WORDS.get(event.sub_type, event.sub_type.replace("_", "-"))
    base = f"{day}-{place or 'unknown-place'}-{words}"
    return free_id(ctx, "event", base[: vocab.ID_MAX_LENGTH - 3].strip("-"))


def quoted(sentence: str) -> str:
    """The supporting sentence as the record quotes it: a run-on "sentence" (a page without punctuation) is
    cut at `MAX_QUOTE_CHARS`, so that a record stays a record (the whole text is in the source's archive)."""
    if len(sentence) <= MAX_QUOTE_CHARS:
        return sentence
    return sentence[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + " …"


def build_event(plan: Plan, ctx: Context, event: ExtractedEvent) -> Event:
    """The draft event one extracted event gives, its names resolved (not yet matched)."""
    lang = plan.article.language
    review = [Review(field=f, reason=r) for f, r in event.review]
    place = place_id(plan, ctx, event.place, review) if event.place else None
    if place is not None and event.place is not None and ("place", place) in plan.new:
        give_parent(plan, ctx, place, event.place)
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
    elif place is not None and isinstance(known := record_of(ctx, "place", place), Place) and known.status == "draft":
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
                             quote=quoted(event.quote))],
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
        record = with_twin_reviews(plan, ctx, "event", record)
        add_record(plan, ctx, "event", incidents.settle(record, ctx.published), created=True)
        return record.id
    existing = ctx.events.events[match.event_id]  # the run's latest version, as in `ctx.pending`
    reviewed = existing.status == "reviewed"
    combined, changes = incidents.absorb(existing, record, reviewed, places=ctx.places, published=ctx.published)
    if changes:
        add_record(plan, ctx, "event", combined, created=False)
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
    add_record(plan, ctx, "source", source, created=True)
    for extracted in events:
        plan.event_ids.append(place_event(plan, ctx, build_event(plan, ctx, extracted)))
    return plan


def write_plan(plan: Plan, store: Store) -> None:
    """Stage the archived text and every record; the pipeline flushes the store once a batch."""
    store.stage_file(plan.text_path, plan.article.archived)
    order = {"source": 0, "place": 1, "organization": 2, "person": 3, "event": 4}
    for _, record in sorted(plan.records.items(), key=lambda item: order[item[0][0]]):
        store.stage(record)
