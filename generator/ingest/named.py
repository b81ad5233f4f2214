"""Named records of a draft: the place, organizations and people an extracted event names.

Each name is resolved (`names.NameIndex`): a mention's lexicon id first (the lexicon's record is
copied, with its parents, on first use); then its name, across scripts and spellings, a resolved
name's new spelling becoming an alias. A name that may mean several records gives a `review`
entry and no record; a name nobody knows becomes a `draft` record whose `review` entries say why.
An existing draft person only gets its empty fields filled (`merge_existing`).
"""

from __future__ import annotations

from typing import Any

from ..records import vocab
from ..records.model import (
    Affiliation,
    Aliases,
    Curated,
    Event,
    Organization,
    Person,
    Place,
    Record,
    Review,
    Text,
)
from .context import Context, Plan, add_record, free_id, record_of, with_twin_reviews
from .mentions import Mention, PersonMention
from .names import add_alias, alias_key, is_arabic, resolution_review, romanisation_review, romanise, slug, \
    surface_form, takes_alias

DEFAULT_PLACE_KIND = "village"
DEFAULT_ORG_CATEGORY = "political_militia"


def lexicon_chain(plan: Plan, ctx: Context, kind: str, lexicon_id: str) -> str | None:
    """The record id for a lexicon entry: existing, or copied from the lexicon with its parents."""
    if record_of(ctx, kind, lexicon_id) is not None:
        return lexicon_id
    record = ctx.lexicon_record(kind, lexicon_id)
    if record is None:
        return None
    for name in _names(record):
        found = ctx.index.resolve(name, kind)
        # a record of that name made by hand stands for the entry; another gazetteer entry of the
        # same name does not (Idlib the city is not Idlib district, whichever was drafted first)
        if found.exact and found.id and ctx.lexicon_record(kind, found.id) is None:
            return found.id
    if ctx.unreadable.taken(kind, lexicon_id):
        ctx.unreadable.problem(kind, lexicon_id)  # referred to; its file is reported and left as it is
        return lexicon_id
    parent = getattr(record, "parent", None)
    if parent and lexicon_chain(plan, ctx, kind, parent) != parent:
        record = record.model_copy(update={"parent": None})
    add_record(plan, ctx, kind, record, created=True)
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
    record = record_of(ctx, kind, record_id)
    if not isinstance(record, Curated) or record.status in ("merged", "retracted"):
        return
    language = "ar" if is_arabic(name) else "en"
    if not takes_alias(record, name, language):   # (most names found are already the record's: no copy)
        return
    changed = record.model_copy(deep=True)
    add_alias(changed, name, language)
    add_record(plan, ctx, kind, changed, created=False)
    if record.status == "reviewed":
        plan.notes.append(f"added alias “{' '.join(name.split())}” to reviewed {kind} {record_id}")


def place_id(plan: Plan, ctx: Context, mention: Mention, review: list[Review]) -> str | None:
    if mention.lexicon_id:
        found = lexicon_chain(plan, ctx, "place", mention.lexicon_id)
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
        id=free_id(ctx, "place", slug(mention.name)), status="draft",
        name=_bilingual(mention.name, mention.language, english),
        kind=mention.hint if mention.hint in vocab.PLACE_KINDS else DEFAULT_PLACE_KIND,
        review=reviews,
    )
    add_record(plan, ctx, "place", with_twin_reviews(plan, ctx, "place", record), created=True)
    return record.id


def organization_id(plan: Plan, ctx: Context, mention: Mention, review: list[Review]) -> str | None:
    if mention.lexicon_id:
        found = lexicon_chain(plan, ctx, "organization", mention.lexicon_id)
        if found:
            return found
    if mention.proposed_id and record_of(ctx, "organization", mention.proposed_id) is not None:
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
        id=free_id(ctx, "organization", mention.proposed_id or slug(mention.name)), status="draft",
        name=_bilingual(mention.name, mention.language, english), category=category, review=reviews,
    )
    add_record(plan, ctx, "organization", with_twin_reviews(plan, ctx, "organization", record), created=True)
    return record.id


def person_id(plan: Plan, ctx: Context, person: PersonMention, event: Event,
              org_ids: dict[str, str], review: list[Review]) -> str | None:
    """The person record of a mention, a new draft person, or None when the name only gives candidates."""
    if person.lexicon_id and record_of(ctx, "person", person.lexicon_id) is not None:
        found: str | None = person.lexicon_id
    else:
        surface = surface_form(person.name, person.aliases)
        found, uncertain = _resolve(plan, ctx, "person", surface, person.language, "people", review)
        if uncertain:
            return None
        if not found and person.lexicon_id:
            found = lexicon_chain(plan, ctx, "person", person.lexicon_id)
    if found:
        existing = record_of(ctx, "person", found)
        if isinstance(existing, Person) and existing.status == "draft":
            merged = merge_existing(existing, _new_person(found, person, event, org_ids, plan))
            if merged is not None:
                add_record(plan, ctx, "person", merged, created=False)
        return found
    english = romanise(person.name)
    record = _new_person(free_id(ctx, "person", slug(english)), person, event, org_ids, plan)
    add_record(plan, ctx, "person", with_twin_reviews(plan, ctx, "person", record), created=True)
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

