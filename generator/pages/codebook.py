"""The codebook page: every record field and vocabulary value, generated from the model and vocab.py.

Field descriptions live in `FIELDS` below; `undocumented_fields()` lists any
model field without one (a test fails on it), so the page cannot drift from
the records it explains.
"""

from __future__ import annotations

import types
import typing

from pydantic import BaseModel

from ..records import vocab
from ..records.model import KINDS
from .page import Page
from .strings import TYPE_WORDS
from .view import View, code

# field -> (English, Arabic, ACLED/UCDP counterpart or "")
FIELDS: dict[str, dict[str, tuple[str, str, str]]] = {
    "common": {
        "id": ("Permanent ASCII id; the file name without `.yaml`.", "معرّف دائم بحروف لاتينية؛ هو اسم الملف دون `.yaml`.", "event_id_cnty / id"),
        "status": ("Editorial status.", "الحالة التحريرية.", ""),
        "merged_into": ("Id of the surviving record when this one is a duplicate.", "معرّف السجل الباقي إن كان هذا السجل مكرراً.", ""),
        "review": ("Notes on what a person should check (machine-made records).", "ملاحظات بما يجب أن يراجعه شخص (للسجلات الآلية).", ""),
    },
    "event": {
        "title": ("Headline; generated from sub-type, place and date when absent.", "العنوان؛ يُولَّد من النوع الفرعي والمكان والتاريخ إن غاب.", ""),
        "summary": ("Editors' summary.", "ملخص المحررين.", "notes"),
        "date": ("Start date.", "تاريخ البدء.", "ACLED event_date; UCDP date_start"),
        "date_end": ("Last day of a multi-day event.", "اليوم الأخير لحدث يمتد أياماً.", "UCDP date_end"),
        "date_precision": ("How precise the date is.", "دقة التاريخ.", "ACLED time_precision; UCDP date_prec"),
        "type": ("Event type.", "نوع الحدث.", "ACLED event_type"),
        "sub_type": ("Sub-event type.", "النوع الفرعي للحدث.", "ACLED sub_event_type"),
        "place": ("Place id.", "معرّف المكان.", "ACLED location; UCDP where_coordinates"),
        "place_detail": ("Finer location than the place.", "موقع أدق من المكان.", ""),
        "geo_precision": ("How precise the location is (1-3).", "دقة الموقع (1-3).", "ACLED geo_precision; UCDP where_prec"),
        "actors": ("Groups involved, each with a side.", "الجهات المشاركة وطرف كل منها.", "ACLED actor1/assoc_actor_1/actor2/assoc_actor_2; UCDP side_a/side_b"),
        "people": ("Named people, each with a role.", "الأشخاص المذكورون ودور كل منهم.", ""),
        "fatalities": ("Deaths: best (used in totals), low and high.", "القتلى: التقدير المعتمد والأدنى والأعلى.", "ACLED fatalities; UCDP best/low/high"),
        "injured": ("Injured count, when reported.", "عدد الجرحى إن ذُكر.", ""),
        "civilian_targeting": ("Civilians were the target.", "المدنيون هم المستهدفون.", "ACLED civilian_targeting"),
        "tags": ("Free lowercase-hyphenated tags.", "وسوم حرة.", "ACLED tags"),
        "sources": ("Articles supporting the event, with each one's claim and quote.", "المقالات الداعمة للحدث مع رقم كل منها واقتباسه.", "ACLED source; UCDP source_article"),
        "notes": ("Editors' free text.", "نص حر للمحررين.", "ACLED notes"),
    },
    "person": {
        "name": ("Name in English and Arabic.", "الاسم بالإنجليزية والعربية.", ""),
        "aliases": ("Other spellings and names.", "تهجئات وأسماء أخرى.", ""),
        "affiliations": ("Organizations, with role and dates.", "الجهات مع الدور والتواريخ.", ""),
        "born": ("Date of birth.", "تاريخ الولادة.", ""),
        "died": ("Date of death.", "تاريخ الوفاة.", ""),
        "description": ("Short description.", "وصف مختصر.", ""),
        "wikidata": ("Wikidata id (Q…).", "معرّف ويكي بيانات.", ""),
    },
    "organization": {
        "name": ("Name in English and Arabic.", "الاسم بالإنجليزية والعربية.", "ACLED actor1"),
        "aliases": ("Other names and acronyms.", "أسماء واختصارات أخرى.", ""),
        "category": ("Actor category.", "فئة الطرف.", "ACLED inter1/inter2"),
        "parent": ("Organization this one belongs to.", "الجهة التي تتبع لها.", ""),
        "description": ("Short description.", "وصف مختصر.", ""),
        "wikidata": ("Wikidata id (Q…).", "معرّف ويكي بيانات.", ""),
    },
    "place": {
        "name": ("Name in English and Arabic.", "الاسم بالإنجليزية والعربية.", "ACLED location"),
        "aliases": ("Other spellings.", "تهجئات أخرى.", ""),
        "kind": ("Kind of place.", "نوع المكان.", ""),
        "parent": ("Place it lies in (admin chain up to the country).", "المكان الذي يتبع له إدارياً.", "ACLED admin1/admin2/admin3"),
        "coordinates": ("Latitude and longitude (WGS84); empty when unknown.", "خط العرض وخط الطول؛ فارغ إن لم يُعرف.", "ACLED latitude/longitude"),
        "geonames": ("GeoNames id.", "معرّف GeoNames.", ""),
    },
    "source": {
        "outlet": ("Publishing outlet (and its organization id).", "الوسيلة الناشرة (ومعرّف جهتها).", "ACLED source"),
        "url": ("Address of the article.", "رابط المقال.", ""),
        "title": ("Article headline.", "عنوان المقال.", ""),
        "language": ("Language of the article.", "لغة المقال.", ""),
        "published": ("Publication date.", "تاريخ النشر.", ""),
        "retrieved": ("When it was archived.", "وقت الأرشفة.", ""),
        "attribution": ("Whom the outlet credits.", "من تنسب إليه الوسيلة الخبر.", ""),
        "published_from": ("Where ingest found the publication date: the `--published` flag, the page's meta tags, "
                           "the feed, a header line of the saved page, or the file name.",
                           "من أين أخذ الإدخال تاريخ النشر: خيار `--published`، أو وسوم الصفحة، أو الخلاصة، "
                           "أو سطر في رأس الصفحة المحفوظة، أو اسم الملف.", ""),
        "sha256": ("Hash of the archived text.", "بصمة النص المؤرشف.", ""),
        "text_file": ("File of the archived text.", "ملف النص المؤرشف.", ""),
    },
}

# ACLED meanings of the event types (short forms of ACLED's codebook definitions).
TYPE_MEANINGS = {
    "battles": ("Violent interaction between two organised armed groups.", "مواجهة عنيفة بين جماعتين مسلحتين منظمتين."),
    "explosions_remote_violence": ("One-sided violence by weapons used at a distance (air strikes, shelling, IEDs).", "عنف من طرف واحد بأسلحة عن بعد (غارات، قصف، عبوات)."),
    "violence_against_civilians": ("Armed group deliberately attacks unarmed civilians.", "هجوم متعمد لجماعة مسلحة على مدنيين عزّل."),
    "protests": ("Public demonstration by non-violent participants.", "تظاهرة علنية لمشاركين غير عنيفين."),
    "riots": ("Violent demonstration or mob violence.", "تظاهرة عنيفة أو عنف جماعي."),
    "strategic_developments": ("Non-violent but significant events (agreements, arrests, transfers of territory).", "أحداث غير عنيفة لكنها مهمة (اتفاقات، اعتقالات، انتقال سيطرة)."),
}


def record_fields(kind: str, language: str = "en") -> list[tuple[str, str, bool]]:
    """(YAML name, type, required) of every field of a kind's model; the type in words of `language`,
    with `backticks` around literal values and shapes."""
    model: type[BaseModel] = KINDS[kind].model
    rows = []
    for name, info in model.model_fields.items():
        rows.append((info.alias or name, _type_name(info.annotation, TYPE_WORDS[language]), info.is_required()))
    return rows


def _type_name(annotation, words: dict[str, str]) -> str:
    """A short, readable name of a field's type for the codebook."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        base = args[0]
        pattern = next((getattr(m, "pattern", None) for m in args[1:] if getattr(m, "pattern", None)), None)
        if pattern == vocab.ID_PATTERN:
            return words["id"]
        if pattern:
            return f"{words['text']} (`{pattern}`)"
        return _type_name(base, words)
    if origin is typing.Literal:
        values = [str(a) for a in args]
        return " | ".join(f"`{v}`" for v in values) if len(values) <= 4 else words["vocabulary"]
    if origin in (typing.Union, types.UnionType):
        return " | ".join(words["null"] if a is type(None) else _type_name(a, words) for a in args)
    if origin is list:
        return words["list_of"].format(what=_type_name(args[0], words)) if args else words["list"]
    name = getattr(annotation, "__name__", str(annotation))
    if name == "Aliases":
        return "`{en: [...], ar: [...]}`"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "`{" + ", ".join(info.alias or field for field, info in annotation.model_fields.items()) + "}`"
    return words[name]


def undocumented_fields() -> list[str]:
    missing = []
    for kind in KINDS:
        for name, _, _ in record_fields(kind):
            if name not in FIELDS[kind] and name not in FIELDS["common"]:
                missing.append(f"{kind}.{name}")
    return missing


def describe(kind: str, name: str, language: str) -> tuple[str, str]:
    en, ar, acled = FIELDS[kind].get(name) or FIELDS["common"][name]
    return (en if language == "en" else ar), acled


def codebook_page(v: View) -> Page:
    lang = v.lang
    kinds = []
    for kind in KINDS:
        rows = []
        for name, type_name, required in record_fields(kind, lang):
            meaning, acled = describe(kind, name, lang)
            rows.append({"name": name, "type": code(type_name), "required": required, "meaning": meaning, "acled": acled})
        kinds.append((kind, rows))
    types = [(t, TYPE_MEANINGS[t][0 if lang == "en" else 1], subs) for t, subs in vocab.EVENT_TYPES.items()]
    return Page("codebook/index.md", "codebook/", "codebook.md.j2", v.s("codebook"), {}, {
        "v": v, "kinds": kinds, "types": types, "categories": vocab.ORG_CATEGORIES,
        "vocab": vocab, "precisions": [p for p in vocab.DATE_PRECISIONS],
    })
