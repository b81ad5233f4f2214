"""Controlled vocabularies of the record contract (ACLED and UCDP GED terms).

Every list here is part of the YAML contract in RECORDS.md: tools and outside
checks read these values, so add to them, never rename.
"""

from __future__ import annotations

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "battles": (
        "armed_clash",
        "government_regains_territory",
        "non_state_actor_overtakes_territory",
    ),
    "explosions_remote_violence": (
        "chemical_weapon",
        "air_drone_strike",
        "suicide_bomb",
        "shelling_artillery_missile_attack",
        "remote_explosive_landmine_ied",
        "grenade",
    ),
    "violence_against_civilians": (
        "sexual_violence",
        "attack",
        "abduction_forced_disappearance",
    ),
    "protests": (
        "peaceful_protest",
        "protest_with_intervention",
        "excessive_force_against_protesters",
    ),
    "riots": ("violent_demonstration", "mob_violence"),
    "strategic_developments": (
        "agreement",
        "arrests",
        "change_to_group_activity",
        "disrupted_weapons_use",
        "headquarters_or_base_established",
        "looting_property_destruction",
        "non_violent_transfer_of_territory",
        "other",
    ),
}

SUB_TYPES: tuple[str, ...] = tuple(s for subs in EVENT_TYPES.values() for s in subs)

# ACLED's own spelling of each type and sub-type: the export's values and the site's English names.
ACLED_TYPE_LABELS = {
    "battles": "Battles",
    "explosions_remote_violence": "Explosions/Remote violence",
    "violence_against_civilians": "Violence against civilians",
    "protests": "Protests",
    "riots": "Riots",
    "strategic_developments": "Strategic developments",
}
ACLED_SUB_TYPE_LABELS = {
    "armed_clash": "Armed clash",
    "government_regains_territory": "Government regains territory",
    "non_state_actor_overtakes_territory": "Non-state actor overtakes territory",
    "chemical_weapon": "Chemical weapon",
    "air_drone_strike": "Air/drone strike",
    "suicide_bomb": "Suicide bomb",
    "shelling_artillery_missile_attack": "Shelling/artillery/missile attack",
    "remote_explosive_landmine_ied": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
    "sexual_violence": "Sexual violence",
    "attack": "Attack",
    "abduction_forced_disappearance": "Abduction/forced disappearance",
    "peaceful_protest": "Peaceful protest",
    "protest_with_intervention": "Protest with intervention",
    "excessive_force_against_protesters": "Excessive force against protesters",
    "violent_demonstration": "Violent demonstration",
    "mob_violence": "Mob violence",
    "agreement": "Agreement",
    "arrests": "Arrests",
    "change_to_group_activity": "Change to group/activity",
    "disrupted_weapons_use": "Disrupted weapons use",
    "headquarters_or_base_established": "Headquarters or base established",
    "looting_property_destruction": "Looting/property destruction",
    "non_violent_transfer_of_territory": "Non-violent transfer of territory",
    "other": "Other",
}

# ACLED inter codes 1-8, then the two categories for outlets and monitors.
ORG_CATEGORIES: dict[str, int | None] = {
    "state_forces": 1,
    "rebel_group": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external_forces": 8,
    "media": None,
    "monitor": None,
}

STATUSES = ("draft", "reviewed", "retracted", "merged")
# What the site's downloads, map, feeds and statistics count: merged records (duplicates kept
# only so their old URL redirects) and retracted ones are left out.
EXPORTED_STATUSES = ("draft", "reviewed")
DATE_PRECISIONS = ("day", "days", "week", "month", "year", "unknown")
SIDES = ("a", "b", "associated_a", "associated_b")
PERSON_ROLES = (
    "killed",
    "injured",
    "detained",
    "abducted",
    "perpetrator",
    "commander",
    "target",
    "spokesperson",
    "mentioned",
)
PLACE_KINDS = (
    "country",
    "governorate",
    "district",
    "subdistrict",
    "region",
    "city",
    "town",
    "village",
    "neighbourhood",
    "site",
)
LANGUAGES = ("en", "ar")
# Where a source's publication date came from: the --published flag, the HTML page's meta tags,
# a feed entry, a header line of the saved page, or the file name (ingest/published.py).
PUBLISHED_FROM = ("flag", "page-meta", "feed", "page-header", "file-name")

# date_precision to ACLED time_precision and UCDP GED date_prec.
ACLED_TIME_PRECISION = {"day": 1, "days": 2, "week": 2, "month": 3, "year": 3}
UCDP_DATE_PREC = {"day": 1, "days": 2, "week": 3, "month": 4, "year": 5}

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_MAX_LENGTH = 80


def is_exported(record: object) -> bool:
    """Whether a record is in the downloads, the map, the feeds and the statistics (EXPORTED_STATUSES)."""
    return getattr(record, "status", "reviewed") in EXPORTED_STATUSES
