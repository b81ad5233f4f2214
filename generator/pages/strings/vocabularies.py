"""The names of the records' vocabularies in each language (event types, roles, sides, kinds, categories,
statuses, precisions, languages) and month names: what `Strings.term` and `Strings.month` look up."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...records import vocab

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

GEO_PRECISIONS: dict[str, dict[int, str]] = {
    "en": {1: "the place itself", 2: "near the place or part of a region", 3: "only the region is known"},
    "ar": {1: "المكان نفسه", 2: "قرب المكان أو جزء من منطقة", 3: "المنطقة فقط معروفة"},
}

LANGUAGE_NAMES = {
    "en": {"en": "English", "ar": "Arabic"},
    "ar": {"en": "الإنجليزية", "ar": "العربية"},
}

# Vocabulary name (as templates pass it to `Strings.term`) -> language -> value -> name.
VOCABULARIES: dict[str, Mapping[str, Mapping[Any, str]]] = {
    "event_type": EVENT_TYPES, "sub_type": SUB_TYPES, "category": ORG_CATEGORIES, "kind": PLACE_KINDS,
    "side": SIDES, "role": ROLES, "status": STATUSES, "date_precision": DATE_PRECISIONS,
    "geo_precision": GEO_PRECISIONS, "language": LANGUAGE_NAMES,
}
