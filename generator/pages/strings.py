"""Interface strings of the site, one table per language.

Every word a generated page shows that does not come from a record lives
here: labels, headings, vocabulary names (ACLED types, roles, sides, kinds,
categories), month names. An Arabic page uses only the Arabic table, so no
English is left on it.

Numbers: both languages use Western (European) digits, as most Syrian news
outlets do; a number or range inside Arabic text is isolated with
`<bdi dir="ltr">` so that "3–17" is not displayed reversed.
Arabic month names are the Levantine ones used in Syria (كانون الثاني … كانون الأول).
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from ..records import vocab

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ar": ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
           "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"),
}

# Month names on chart axes, where room is short; Arabic keeps the full Levantine names.
SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ar": MONTHS["ar"],
}

EVENT_TYPES = {
    "en": dict(vocab.ACLED_TYPE_LABELS),
    "ar": {
        "battles": "معارك",
        "explosions_remote_violence": "انفجارات وعنف عن بعد",
        "violence_against_civilians": "عنف ضد المدنيين",
        "protests": "احتجاجات",
        "riots": "أعمال شغب",
        "strategic_developments": "تطورات استراتيجية",
    },
}

SUB_TYPES = {
    "en": dict(vocab.ACLED_SUB_TYPE_LABELS),
    "ar": {
        "armed_clash": "اشتباك مسلح",
        "government_regains_territory": "استعادة الحكومة السيطرة على منطقة",
        "non_state_actor_overtakes_territory": "سيطرة جهة غير حكومية على منطقة",
        "chemical_weapon": "سلاح كيميائي",
        "air_drone_strike": "غارة جوية أو بطائرة مسيّرة",
        "suicide_bomb": "تفجير انتحاري",
        "shelling_artillery_missile_attack": "قصف مدفعي أو صاروخي",
        "remote_explosive_landmine_ied": "عبوة ناسفة أو لغم أو تفجير عن بعد",
        "grenade": "قنبلة يدوية",
        "sexual_violence": "عنف جنسي",
        "attack": "اعتداء",
        "abduction_forced_disappearance": "خطف أو إخفاء قسري",
        "peaceful_protest": "احتجاج سلمي",
        "protest_with_intervention": "احتجاج مع تدخل",
        "excessive_force_against_protesters": "استخدام القوة المفرطة ضد المحتجين",
        "violent_demonstration": "تظاهرة عنيفة",
        "mob_violence": "عنف جماعي",
        "agreement": "اتفاق",
        "arrests": "اعتقالات",
        "change_to_group_activity": "تغيير في نشاط جماعة",
        "disrupted_weapons_use": "إحباط استخدام أسلحة",
        "headquarters_or_base_established": "إنشاء مقر أو قاعدة",
        "looting_property_destruction": "نهب أو تدمير ممتلكات",
        "non_violent_transfer_of_territory": "انتقال السيطرة على منطقة دون عنف",
        "other": "أخرى",
    },
}

ORG_CATEGORIES = {
    "en": {
        "state_forces": "State forces", "rebel_group": "Rebel group",
        "political_militia": "Political militia", "identity_militia": "Identity militia",
        "rioters": "Rioters", "protesters": "Protesters", "civilians": "Civilians",
        "external_forces": "External/other forces", "media": "Media outlet", "monitor": "Monitoring group",
    },
    "ar": {
        "state_forces": "قوات حكومية", "rebel_group": "جماعة متمردة",
        "political_militia": "ميليشيا سياسية", "identity_militia": "ميليشيا هوياتية (عشائرية أو طائفية)",
        "rioters": "مثيرو شغب", "protesters": "محتجون", "civilians": "مدنيون",
        "external_forces": "قوات خارجية أو أخرى", "media": "وسيلة إعلام", "monitor": "جهة رصد وتوثيق",
    },
}

PLACE_KINDS = {
    "en": {
        "country": "Country", "governorate": "Governorate", "district": "District",
        "subdistrict": "Subdistrict", "region": "Region", "city": "City", "town": "Town",
        "village": "Village", "neighbourhood": "Neighbourhood", "site": "Site",
    },
    "ar": {
        "country": "دولة", "governorate": "محافظة", "district": "منطقة", "subdistrict": "ناحية",
        "region": "منطقة جغرافية", "city": "مدينة", "town": "بلدة", "village": "قرية",
        "neighbourhood": "حي", "site": "موقع",
    },
}

SIDES = {
    "en": {"a": "Side A", "b": "Side B", "associated_a": "Associated with side A",
           "associated_b": "Associated with side B"},
    "ar": {"a": "الطرف الأول", "b": "الطرف الثاني", "associated_a": "حليف الطرف الأول",
           "associated_b": "حليف الطرف الثاني"},
}

ROLES = {
    "en": {"killed": "Killed", "injured": "Injured", "detained": "Detained", "abducted": "Abducted",
           "perpetrator": "Perpetrator", "commander": "Commander", "target": "Target",
           "spokesperson": "Spokesperson", "mentioned": "Mentioned"},
    "ar": {"killed": "قتيل", "injured": "جريح", "detained": "معتقل", "abducted": "مخطوف",
           "perpetrator": "منفّذ", "commander": "قائد", "target": "مستهدف",
           "spokesperson": "متحدث", "mentioned": "مذكور"},
}

STATUSES = {
    "en": {"draft": "Draft: not reviewed", "reviewed": "Reviewed", "retracted": "Retracted",
           "merged": "Merged"},
    "ar": {"draft": "مسودة: لم تُراجَع", "reviewed": "مُراجَع", "retracted": "مسحوب", "merged": "مدموج"},
}

DATE_PRECISIONS = {
    "en": {"day": "exact day", "days": "several days", "week": "within a week", "month": "within a month",
           "year": "within a year", "unknown": "unknown"},
    "ar": {"day": "يوم محدد", "days": "عدة أيام", "week": "خلال أسبوع", "month": "خلال شهر",
           "year": "خلال سنة", "unknown": "غير معروف"},
}

GEO_PRECISIONS = {
    "en": {1: "the place itself", 2: "near the place or part of a region", 3: "only the region is known"},
    "ar": {1: "المكان نفسه", 2: "قرب المكان أو جزء من منطقة", 3: "المنطقة فقط معروفة"},
}

LANGUAGE_NAMES = {
    "en": {"en": "English", "ar": "Arabic"},
    "ar": {"en": "الإنجليزية", "ar": "العربية"},
}

UI = {
    "en": {
        "incident": "Incident", "incidents": "Incidents", "person": "Person", "people": "People",
        "organization": "Organization", "organizations": "Organizations", "place": "Place",
        "places": "Places", "source": "Source", "sources": "Sources", "timeline": "Timeline",
        "codebook": "Codebook",
        "date": "Date", "date_precision": "Date precision", "place_label": "Place",
        "admin_chain": "Administrative area", "place_detail": "Detail", "geo_precision": "Location precision",
        "type": "Type", "sub_type": "Sub-type", "actors": "Actors", "people_roles": "People",
        "fatalities": "Fatalities", "best": "best estimate", "range": "range",
        "at_least": "at least {n}", "at_most": "at most {n}",
        "claimed_fatalities": "Fatalities claimed",
        "claimed_injured": "Injured claimed", "not_reported": "not reported",
        "injured": "Injured", "civilian_targeting": "Civilians targeted", "yes": "yes", "no": "no",
        "status": "Status", "summary": "Summary", "notes": "Editors' notes", "tags": "Tags",
        "outlet": "Outlet", "published": "Published", "retrieved": "Retrieved", "link": "Link",
        "no_link": "no link", "archived_text": "Archived text of the article",
        "archived_missing": "the archived text is not in the knowledge base",
        "quote": "Supporting quote", "language": "Language", "attribution": "Credited to",
        "edit": "Edit this record", "record_file": "Record file",
        "cite": "Cite this record", "cite_text": "As text:", "cite_bibtex": "As BibTeX:",
        "site_name": "Syria incidents knowledge base",
        "cite_pattern": "{site}. \"{title}\". Record {id}, last changed {date}. {url}",
        "cite_note": "Record {id}, last changed {date}",
        "record_json": "This record as JSON", "last_changed": "Last changed",
        "list_separator": ", ", "clause_separator": "; ", "permalink": "Permanent link",
        "name": "Name", "name_en": "Name (English)", "name_ar": "Name (Arabic)", "aliases": "Also known as",
        "category": "Category", "kind": "Kind", "affiliations": "Affiliations", "parent": "Part of",
        "coordinates": "Coordinates", "unknown": "unknown", "external_ids": "External ids",
        "born": "Born", "died": "Died", "description": "Description", "role": "Role",
        "from": "from", "to": "to", "appears_in": "Incidents", "related_actors": "Related actors",
        "related_places": "Related places", "related_people": "Related people",
        "counts_over_time": "Incidents per year", "year": "Year", "count": "Incidents",
        "fatalities_total": "Fatalities (best)", "members": "Members", "sub_organizations": "Sub-organizations",
        "places_within": "Places within", "outlet_of": "Articles of this outlet",
        "incidents_here": "Incidents at this place", "incidents_within": "Incidents within this area",
        "also_cited_by": "Also cited by", "none": "none",
        "merged_into": "This record was merged into",
        "draft_banner": "Not reviewed: this record was made by a machine or is still a draft.",
        "retracted_banner": "Retracted: this record is kept for transparency but no longer stands.",
        "generated_note": "Generated from the knowledge base's records; do not edit this page, edit the record.",
        "showing_latest": "Showing the latest {n} of {total} incidents; see the timeline for all.",
        "total_incidents": "Incidents", "total_people": "People", "total_organizations": "Organizations",
        "total_places": "Places", "total_sources": "Sources",
        "month": "Month",
        "date_unknown": "Date unknown", "undated": "Undated",
        "week_of": "week of {date}",
        "title_pattern": "{what} in {place}, {date}", "title_pattern_noplace": "{what}, {date}",
        "field": "Field", "meaning": "Meaning", "value": "Value",
        "codebook_intro": "Every field of the records and every value of the controlled vocabularies, "
                          "with its ACLED / UCDP GED counterpart. This page is generated from the code, so it cannot drift.",
        "record_kind": "Record kind", "required": "required", "optional": "optional", "yaml_type": "Type",
        "event_types": "Event types and sub-types", "org_categories": "Actor categories",
        "place_kinds": "Place kinds", "roles": "Roles of people", "sides": "Sides",
        "statuses": "Statuses", "date_precisions": "Date precision",
        "geo_precisions": "Location precision", "acled_inter": "ACLED `inter` code",
        "acled_time_precision": "ACLED `time_precision`", "ucdp_date_prec": "UCDP `date_prec`",
        "hub_people_intro": "Every person named in the records.",
        "hub_orgs_intro": "Armed groups, state forces, outlets and monitors.",
        "hub_places_intro": "Places by administrative hierarchy.",
        "hub_sources_intro": "Every archived article, newest first. Each links to its full details on the page of the incident it reports.",
        "hub_timeline_intro": "Incidents by year and month.",
        "hub_incidents_intro": "Every incident, newest first.",
        "affiliated_people": "People affiliated",
    },
    "ar": {
        "incident": "حادثة", "incidents": "الحوادث", "person": "شخص", "people": "الأشخاص",
        "organization": "جهة", "organizations": "الجهات", "place": "مكان",
        "places": "الأماكن", "source": "مصدر", "sources": "المصادر", "timeline": "التسلسل الزمني",
        "codebook": "دليل الترميز",
        "date": "التاريخ", "date_precision": "دقة التاريخ", "place_label": "المكان",
        "admin_chain": "التبعية الإدارية", "place_detail": "تفاصيل", "geo_precision": "دقة الموقع",
        "type": "النوع", "sub_type": "النوع الفرعي", "actors": "الأطراف", "people_roles": "الأشخاص",
        "fatalities": "القتلى", "best": "التقدير المعتمد", "range": "المدى",
        "at_least": "{n} على الأقل", "at_most": "{n} على الأكثر",
        "claimed_fatalities": "عدد القتلى المذكور",
        "claimed_injured": "عدد الجرحى المذكور", "not_reported": "غير مذكور",
        "injured": "الجرحى", "civilian_targeting": "استهداف المدنيين", "yes": "نعم", "no": "لا",
        "status": "الحالة", "summary": "ملخص", "notes": "ملاحظات المحررين", "tags": "وسوم",
        "outlet": "الوسيلة", "published": "تاريخ النشر", "retrieved": "تاريخ الأرشفة", "link": "الرابط",
        "no_link": "لا يوجد رابط", "archived_text": "النص المؤرشف للمقال",
        "archived_missing": "النص المؤرشف غير موجود في قاعدة المعرفة",
        "quote": "الاقتباس الداعم", "language": "اللغة", "attribution": "منسوب إلى",
        "edit": "تعديل هذا السجل", "record_file": "ملف السجل",
        "cite": "الاستشهاد بهذا السجل", "cite_text": "نصاً:", "cite_bibtex": "بصيغة BibTeX:",
        "site_name": "قاعدة معرفة الحوادث في سوريا",
        "cite_pattern": "{site}. «{title}». السجل {id}، آخر تعديل {date}. {url}",
        "cite_note": "السجل {id}، آخر تعديل {date}",
        "record_json": "هذا السجل بصيغة JSON", "last_changed": "آخر تعديل",
        "list_separator": "، ", "clause_separator": "؛ ", "permalink": "رابط دائم",
        "name": "الاسم", "name_en": "الاسم (بالإنجليزية)", "name_ar": "الاسم (بالعربية)", "aliases": "أسماء أخرى",
        "category": "الفئة", "kind": "النوع", "affiliations": "الانتماءات", "parent": "يتبع",
        "coordinates": "الإحداثيات", "unknown": "غير معروف", "external_ids": "معرّفات خارجية",
        "born": "الولادة", "died": "الوفاة", "description": "الوصف", "role": "الدور",
        "from": "من", "to": "إلى", "appears_in": "الحوادث", "related_actors": "أطراف ذات صلة",
        "related_places": "أماكن ذات صلة", "related_people": "أشخاص ذوو صلة",
        "counts_over_time": "عدد الحوادث في كل سنة", "year": "السنة", "count": "الحوادث",
        "fatalities_total": "القتلى (التقدير المعتمد)", "members": "الأعضاء", "sub_organizations": "جهات تابعة",
        "places_within": "أماكن ضمنه", "outlet_of": "مقالات هذه الوسيلة",
        "incidents_here": "الحوادث في هذا المكان", "incidents_within": "الحوادث ضمن هذه المنطقة",
        "also_cited_by": "تستند إليه أيضاً", "none": "لا يوجد",
        "merged_into": "دُمج هذا السجل في",
        "draft_banner": "لم تُراجَع: أنشأ هذا السجل برنامج آلي أو ما زال مسودة.",
        "retracted_banner": "مسحوب: يبقى هذا السجل للشفافية لكنه لم يعد معتمداً.",
        "generated_note": "صفحة مولّدة من سجلات قاعدة المعرفة؛ لا تعدّل الصفحة بل عدّل السجل.",
        "showing_latest": "تُعرض آخر {n} حادثة من أصل {total}؛ راجع التسلسل الزمني للاطلاع على الكل.",
        "total_incidents": "الحوادث", "total_people": "الأشخاص", "total_organizations": "الجهات",
        "total_places": "الأماكن", "total_sources": "المصادر",
        "month": "الشهر",
        "date_unknown": "التاريخ غير معروف", "undated": "غير مؤرخة",
        "week_of": "أسبوع {date}",
        "title_pattern": "{what} في {place}، {date}", "title_pattern_noplace": "{what}، {date}",
        "field": "الحقل", "meaning": "المعنى", "value": "القيمة",
        "codebook_intro": "كل حقل من حقول السجلات وكل قيمة من القوائم المضبوطة مع ما يقابلها في "
                          "ACLED و UCDP GED. هذه الصفحة مولّدة من الشيفرة فلا تخرج عنها.",
        "record_kind": "نوع السجل", "required": "إلزامي", "optional": "اختياري", "yaml_type": "النوع",
        "event_types": "أنواع الأحداث وأنواعها الفرعية", "org_categories": "فئات الأطراف",
        "place_kinds": "أنواع الأماكن", "roles": "أدوار الأشخاص", "sides": "الأطراف",
        "statuses": "حالات السجل", "date_precisions": "دقة التاريخ",
        "geo_precisions": "دقة الموقع", "acled_inter": "رمز `inter` في ACLED",
        "acled_time_precision": "`time_precision` في ACLED", "ucdp_date_prec": "`date_prec` في UCDP",
        "hub_people_intro": "كل شخص مذكور في السجلات.",
        "hub_orgs_intro": "الجماعات المسلحة والقوات الحكومية ووسائل الإعلام وجهات الرصد.",
        "hub_places_intro": "الأماكن حسب التبعية الإدارية.",
        "hub_sources_intro": "كل المقالات المؤرشفة، الأحدث أولاً. يقود كل منها إلى تفاصيله الكاملة في صفحة الحادثة التي ينقل خبرها.",
        "hub_timeline_intro": "الحوادث حسب السنة والشهر.",
        "hub_incidents_intro": "كل الحوادث، الأحدث أولاً.",
        "affiliated_people": "أشخاص منتسبون",
    },
}

# Types of record fields in the codebook (generator/pages/codebook.py), by Python type name.
TYPE_WORDS = {
    "en": {"str": "text", "text": "text", "int": "whole number", "float": "number", "bool": "true or false",
           "date": "date", "datetime": "date and time", "id": "id of a record", "vocabulary": "a value of the list",
           "null": "empty", "list_of": "list of {what}", "list": "list"},
    "ar": {"str": "نص", "text": "نص", "int": "عدد صحيح", "float": "عدد", "bool": "صح أو خطأ",
           "date": "تاريخ", "datetime": "تاريخ ووقت", "id": "معرّف سجل", "vocabulary": "قيمة من القائمة",
           "null": "فارغ", "list_of": "قائمة من {what}", "list": "قائمة"},
}

# Counted words, by CLDR plural category (`Strings.count`): English has one and other; Arabic
# zero, one, two, few (3-10), many (11-99) and other (100, 101, 102 ...).
COUNTS = {
    "en": {
        "incidents": {"one": "{n} incident", "other": "{n} incidents"},
        "records_changed": {"one": "{n} record", "other": "{n} records"},
    },
    "ar": {
        "incidents": {"zero": "لا حوادث", "one": "حادثة واحدة", "two": "حادثتان", "few": "{n} حوادث",
                      "many": "{n} حادثة", "other": "{n} حادثة"},
        "records_changed": {"zero": "لا سجلات", "one": "سجل واحد", "two": "سجلان", "few": "{n} سجلات",
                            "many": "{n} سجلاً", "other": "{n} سجل"},
    },
}

# Words of the site's chrome, printed by the templates of site-overrides/ (the `kb` plugin hands
# the page language's table to them as `kb_chrome`).
CHROME = {
    "en": {
        "search_dialog": "Search the site",
        "search_more": "The best {shown} of {total} matching documents",
        "not_found": "Page not found", "not_found_text": "There is no page at this address. Start again from",
        "home": "the home page", "home_other": "الصفحة الرئيسية بالعربية",
    },
    "ar": {
        "search_dialog": "البحث في الموقع",
        "search_more": "أفضل {shown} من أصل {total} نتيجة مطابقة",
        "not_found": "الصفحة غير موجودة", "not_found_text": "لا توجد صفحة بهذا العنوان. ابدأ من جديد من",
        "home": "الصفحة الرئيسية", "home_other": "The home page in English",
    },
}

# The map, statistics and data hubs (generator/pages/datahubs.py).
HUB_WORDS = {
    "en": {
        "feed_title": "Syria incidents knowledge base: latest incidents",
        "map": "Map", "map_intro": "Every incident with a known place. Filter by date, type, organization or governorate, "
                                    "or move the slider through the months; the address keeps the filter, and the "
                                    "incidents list opens with the same one. Click a cluster to zoom in, a point to see "
                                    "the incident.",
        "map_text": "The same incidents as a table: the incidents list; as data: the GeoJSON download.",
        "map_slider": "Up to month", "map_until": "Up to {month}", "map_all_dates": "All dates",
        "map_shown": "{n} of {total} incidents on the map", "map_as_list": "Show these incidents as a list",
        "map_fatalities": "Fatalities: {n}",
        "home_coverage": "What the knowledge base holds", "home_incidents": "Incidents",
        "home_status": "reviewed: {reviewed}, drafts: {drafts}", "home_period": "Dates",
        "home_undated": "undated: {n}", "home_governorates": "Governorates with incidents",
        "home_sources": "Sources", "home_sources_detail": "articles: {articles}, outlets: {outlets}",
        "home_updated": "Last update",
        "home_counted": "Counts are of draft and reviewed incidents; merged and retracted records are left out.",
        "home_latest": "Latest incidents", "home_all_incidents": "All incidents, with filters",
        "home_by_type_year": "Incidents by type and year", "home_map": "Map of incidents",
        "home_open_map": "Open the full map, with filters and a time slider",
        "statistics": "Statistics", "statistics_intro": "Incidents and fatalities (best estimates) by month, type, governorate and organization.",
        "per_month": "Incidents per month, by type", "fatalities_per_month": "Fatalities per month, by type",
        "by_governorate": "Incidents by governorate", "fatalities_by_governorate": "Fatalities by governorate",
        "by_organization": "Incidents by organization", "governorate": "governorate", "organization": "organization",
        "over_time": "Incidents over time, by type",
        "data": "Data", "data_intro": "Downloads of every incident (merged and retracted records are left out). "
                                      "They are rebuilt with the site and made by the same code as `kb export`.",
        "file": "File", "format": "Format", "what": "What it holds",
        "acled_csv": "CSV in ACLED's 31 columns and order", "ucdp_csv": "CSV in UCDP GED's columns and order",
        "geojson": "GeoJSON (RFC 7946) FeatureCollection, one feature per incident, [longitude, latitude]",
        "json": "JSON dump of every record (events, people, organizations, places, sources)",
        "feed": "Atom feed of the latest incidents in English", "feed_ar": "Atom feed of the latest incidents in Arabic",
        "columns_acled": "ACLED columns", "columns_ucdp": "UCDP GED columns", "column": "Column",
        "maps_from": "Filled from",
        "dataset_version": "Dataset version", "version_note": "the day of the latest change to a record, and the commit the site was built from",
        "changelog": "Latest changes", "changelog_intro": "The latest commits that changed records, from the repository's history.",
        "no_changelog": "No history to show: the knowledge base is not in a git repository.",
        "commit": "Commit", "added": "Added", "changed": "Changed", "removed": "Removed",
        "columns_intro": "Each column and the field of our records it is filled from. "
                         "Names of actors and places are written in English, else Arabic.",
    },
    "ar": {
        "feed_title": "قاعدة معرفة الحوادث في سوريا: أحدث الحوادث",
        "map": "الخريطة", "map_intro": "كل حادثة معروفة المكان. صفِّ الحوادث حسب التاريخ أو النوع أو الجهة أو "
                                        "المحافظة، أو حرّك المؤشر عبر الأشهر؛ يحفظ العنوان التصفية، وتُفتح قائمة "
                                        "الحوادث بالتصفية نفسها. انقر مجموعة للتكبير، ونقطة لعرض الحادثة.",
        "map_text": "الحوادث نفسها في جدول: قائمة الحوادث؛ وبيانات: ملف GeoJSON.",
        "map_slider": "حتى شهر", "map_until": "حتى {month}", "map_all_dates": "كل التواريخ",
        "map_shown": "تظهر على الخريطة {n} من أصل {total} حادثة", "map_as_list": "اعرض هذه الحوادث في قائمة",
        "map_fatalities": "القتلى: {n}",
        "home_coverage": "ما تضمّه قاعدة المعرفة", "home_incidents": "الحوادث",
        "home_status": "مُراجَعة: {reviewed}، مسودات: {drafts}", "home_period": "التواريخ",
        "home_undated": "غير مؤرخة: {n}", "home_governorates": "المحافظات التي وقعت فيها حوادث",
        "home_sources": "المصادر", "home_sources_detail": "المقالات: {articles}، الوسائل: {outlets}",
        "home_updated": "آخر تحديث",
        "home_counted": "تُحسب الحوادث المُراجَعة والمسودات؛ وتُستبعد السجلات المدموجة والمسحوبة.",
        "home_latest": "أحدث الحوادث", "home_all_incidents": "كل الحوادث مع أدوات التصفية",
        "home_by_type_year": "الحوادث بحسب النوع والسنة", "home_map": "خريطة الحوادث",
        "home_open_map": "افتح الخريطة الكاملة مع أدوات التصفية ومؤشر الزمن",
        "statistics": "الإحصاءات", "statistics_intro": "الحوادث والقتلى (التقدير المعتمد) بحسب الشهر والنوع والمحافظة والجهة.",
        "per_month": "الحوادث في كل شهر بحسب النوع", "fatalities_per_month": "القتلى في كل شهر بحسب النوع",
        "by_governorate": "الحوادث بحسب المحافظة", "fatalities_by_governorate": "القتلى بحسب المحافظة",
        "by_organization": "الحوادث بحسب الجهة", "governorate": "المحافظة", "organization": "الجهة",
        "over_time": "الحوادث عبر الزمن بحسب النوع",
        "data": "البيانات", "data_intro": "ملفات كل الحوادث للتنزيل (تُستبعد السجلات المدموجة والمسحوبة). "
                                         "تُعاد مع كل بناء للموقع وتصنعها الشيفرة نفسها التي يستعملها `kb export`.",
        "file": "الملف", "format": "الصيغة", "what": "المحتوى",
        "acled_csv": "ملف CSV بأعمدة ACLED الـ31 وترتيبها", "ucdp_csv": "ملف CSV بأعمدة UCDP GED وترتيبها",
        "geojson": "مجموعة معالم GeoJSON ‏(RFC 7946)، معلم لكل حادثة، [خط الطول، خط العرض]",
        "json": "كل السجلات بصيغة JSON (الحوادث والأشخاص والجهات والأماكن والمصادر)",
        "feed": "موجز Atom لأحدث الحوادث بالإنجليزية", "feed_ar": "موجز Atom لأحدث الحوادث بالعربية",
        "columns_acled": "أعمدة ACLED", "columns_ucdp": "أعمدة UCDP GED", "column": "العمود",
        "maps_from": "مصدره في سجلاتنا",
        "dataset_version": "نسخة البيانات", "version_note": "يوم آخر تعديل على سجل، والإيداع الذي بُني منه الموقع",
        "changelog": "آخر التعديلات", "changelog_intro": "آخر الإيداعات التي غيّرت السجلات، من سجل المستودع.",
        "no_changelog": "لا سجل تعديلات لعرضه: قاعدة المعرفة ليست في مستودع git.",
        "commit": "الإيداع", "added": "أضيف", "changed": "عُدّل", "removed": "حُذف",
        "columns_intro": "كل عمود والحقل الذي يُملأ منه في سجلاتنا. تُكتب أسماء الأطراف والأماكن بالإنجليزية وإلا بالعربية.",
    },
}

# Charts: captions, text alternatives and their tables (generator/pages/charts.py).
CHART_WORDS = {
    "en": {"incidents": "Incidents", "fatalities": "Fatalities", "month": "Month", "year": "Year",
           "total": "Total", "data": "Numbers behind the chart", "none": "No incidents to plot.",
           "summary": "{metric}: {total} from {first} to {last}; highest: {peak} in {peak_label}.",
           "bars": "{metric} by {what}; total {total}.", "name": "Name",
           "undated_incidents": "Incidents without a date (not shown): {n}.",
           "undated_fatalities": "Fatalities in incidents without a date (not shown): {n}.",
           "no_governorate_incidents": "Incidents without a known governorate (not shown): {n}.",
           "no_governorate_fatalities": "Fatalities in incidents without a known governorate (not shown): {n}.",
           "top_organizations": "The {shown} organizations with the most incidents, of {total}; "
                                "an incident counts for each organization taking part in it."},
    "ar": {"incidents": "الحوادث", "fatalities": "القتلى", "month": "الشهر", "year": "السنة",
           "total": "المجموع", "data": "الأرقام التي يقوم عليها الرسم", "none": "لا حوادث لرسمها.",
           "summary": "{metric}: {total} من {first} إلى {last}؛ الأعلى {peak} في {peak_label}.",
           "bars": "{metric} بحسب {what}؛ المجموع {total}.", "name": "الاسم",
           "undated_incidents": "حوادث بلا تاريخ (غير معروضة): {n}.",
           "undated_fatalities": "القتلى في حوادث بلا تاريخ (غير معروضين): {n}.",
           "no_governorate_incidents": "حوادث محافظتها غير معروفة (غير معروضة): {n}.",
           "no_governorate_fatalities": "القتلى في حوادث محافظتها غير معروفة (غير معروضين): {n}.",
           "top_organizations": "الجهات الأكثر حوادث ({shown} من أصل {total})؛ "
                                "تُحسب الحادثة لكل جهة شاركت فيها."},
}

VOCABULARIES = {
    "event_type": EVENT_TYPES, "sub_type": SUB_TYPES, "category": ORG_CATEGORIES, "kind": PLACE_KINDS,
    "side": SIDES, "role": ROLES, "status": STATUSES, "date_precision": DATE_PRECISIONS,
    "geo_precision": GEO_PRECISIONS, "language": LANGUAGE_NAMES,
}


class Strings:
    """The interface strings of one language: `s("fatalities")`, `s.term("role", "killed")`."""

    def __init__(self, language: str):
        self.language = language
        self.ui = UI[language]

    def __call__(self, key: str, **values: object) -> str:
        text = self.ui[key]
        return text.format(**values) if values else text

    def term(self, vocabulary: str, value: object) -> str:
        return VOCABULARIES[vocabulary][self.language][value]

    def month(self, number: int) -> str:
        return MONTHS[self.language][number - 1]

    def short_month(self, number: int) -> str:
        return SHORT_MONTHS[self.language][number - 1]

    def count(self, key: str, n: int) -> str:
        """`n` things in the plural form the language uses for that number: "1 incident", "حادثتان"."""
        forms = COUNTS[self.language][key]
        return forms.get(plural_category(self.language, n), forms["other"]).format(n=f"{n:,}")


@lru_cache(maxsize=4096)
def plural_category(language: str, n: int) -> str:
    """CLDR's plural category of a number in a language (Babel's rules): one, two, few, many, other, zero."""
    return _locale(language).plural_form(n)


@lru_cache(maxsize=None)
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def missing_translations() -> list[str]:
    """Keys or vocabulary values present in one language but not the other, or not in vocab.py."""
    problems = []
    for name, table in (("UI", UI), ("HUB_WORDS", HUB_WORDS), ("CHART_WORDS", CHART_WORDS), ("COUNTS", COUNTS),
                        ("CHROME", CHROME), ("TYPE_WORDS", TYPE_WORDS)):
        if set(table["en"]) != set(table["ar"]):
            problems.append(f"{name} keys differ: {sorted(set(table['en']) ^ set(table['ar']))}")
    expected = {
        "event_type": set(vocab.EVENT_TYPES), "sub_type": set(vocab.SUB_TYPES),
        "category": set(vocab.ORG_CATEGORIES), "kind": set(vocab.PLACE_KINDS), "side": set(vocab.SIDES),
        "role": set(vocab.PERSON_ROLES), "status": set(vocab.STATUSES),
        "date_precision": set(vocab.DATE_PRECISIONS), "language": set(vocab.LANGUAGES),
    }
    for name, values in expected.items():
        for language in ("en", "ar"):
            have = set(VOCABULARIES[name][language])
            if have != values:
                problems.append(f"{name}/{language}: {sorted(have ^ values)}")
    return problems
