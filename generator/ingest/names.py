"""Name resolution: which person, organization or place record a name in an article means.

`NameIndex.build(store)` indexes every name and alias of the knowledge base's
people, organizations and places, in both languages, under matching keys;
`index.resolve(mention, kind, language)` says which record a mention means,
or which records it might mean.

Keys, tried in this order (the first family that finds anything decides):

1. **Exact keys** (`tier` 0-4, lower is closer):
   - Arabic: `normalise.fold` (hamza, alef, ya, ta marbuta, diacritics,
     tatweel, quotes), spaces collapsed, `عبدالرحمن` split as `عبد الرحمن`
     (tier 0); then ranks stripped for people (العميد، اللواء، النقيب ...) and
     the words مدينة/بلدة/قرية ... for places (tier 1); then the clitics of
     the first word (`بجاسم` → `جاسم`, tier 2). A record's names get the same
     treatment, and a match's tier is the sum of both sides' tiers, so
     `مدينة درعا` finds the city (an alias written so) before the
     governorate (which is also called `درعا`).
   - Latin: `normalise.fold_latin_name` (Jasim/Jassim/Jassem, Daraa/Deraa/
     Dar'a, Abd al-/Abdul/Abdel, al-/el-/Al-), English ranks and "the town
     of"-like words stripped (tier 1).
   - Across scripts (people and places): an Arabic name is romanised
     (`romanisation.romanisations`: up to three attested spellings, ranked)
     and the Latin keys of its spellings compared with the keys of English
     names, and the reverse (tier +2 for the first spelling, +3 for the
     others). So "Khaldoun al-Zoubi" finds خلدون الزعبي although the
     romaniser's first spelling is "Khaldoun al-Zoabi"; each spelling is also
     a key without its articles ("Khaldoun Zoubi"), because English reports
     often drop them. Romanised keys are compared only with names written in
     the other script, never with each other: two Arabic spellings never
     meet through their romanisations. A spelling that none of the
     candidates gives falls through to the skeletons (family 3).
   One record at the lowest tier → resolved. Several → unresolved, with the
   records as candidates (`درعا` is the city and the governorate).
2. **Kunyas** (people only): `أبو X` / `Abu X` against a record named `X`, and
   `X` against a record whose name or alias is `أبو X`. A kunya means
   "father of X", so this never resolves: the records become candidates.
   A kunya that is itself a record's alias is an exact match (family 1).
3. **Consonant skeletons** (`romanisation.skeleton`): consonants only, digraphs kh/sh/gh/
   th/dh unified with خ ش غ ث ذ, ayn/hamza, w/y and vowels dropped, doubled
   letters collapsed, q = k; compared with rapidfuzz's `ratio` in both
   scripts. Places and organizations resolve on a skeleton only when the
   score is at least `FUZZY_RESOLVE_SCORE`, the skeleton is at least
   `FUZZY_MIN_SKELETON` letters long, and no other record scores
   `FUZZY_CANDIDATE_SCORE` or more. **People never resolve on a skeleton**:
   names that look alike (Ahmad / Mahmoud al-Masri) belong to different
   people as often as not; they stay candidates for an editor.

Records with `status: merged` are indexed under their survivor (the chain is
followed), so an old name still finds the surviving record. Retracted
records are left out.

The pipeline calls `resolve` for each mention, `add_alias` when a resolved
mention is a new spelling, `resolution_review` to put candidates on a draft,
and `add` after it drafts a new record, so that later articles of the same run
find it. The keys of one name and the aliases of a record are made in
`name_keys.py`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from slugify import slugify

from ..records.model import Curated, Record, Review
from ..records.store import Store
from .name_keys import (TRANSLITERATED_KINDS, arabic_stripped, add_alias, alias_key, name_keys, record_names,
                        surface_form, takes_alias)
from .romanisation import is_arabic, romanisation_review, romanise, skeleton, warm

__all__ = [
    "NAMED_KINDS", "NameIndex", "Resolution", "add_alias", "alias_key", "is_arabic", "name_keys",
    "record_names", "resolution_review", "romanisation_review", "romanise", "skeleton", "slug", "surface_form",
    "takes_alias",
]

NAMED_KINDS = ("person", "organization", "place")

# ---- tuned constants ---------------------------------------------------------

# A skeleton match this close (rapidfuzz ratio, 0-100) resolves a place or an
# organization when it is the only record that close: 95 lets one letter
# differ in a skeleton of 20 (a missed article or an extra consonant in a long
# name), not in a short one, where any difference is another name.
FUZZY_RESOLVE_SCORE = 95.0
# Records scoring this or more are offered as candidates (never resolved for
# people). 85 keeps "Mahmoud al-Masri" a candidate for "Ahmad al-Masri" (93)
# and drops names sharing only a family name with a short given name.
FUZZY_CANDIDATE_SCORE = 85.0
# Skeletons shorter than this are too common to resolve on (درعا = "dr",
# and so is دير); they still give candidates.
FUZZY_MIN_SKELETON = 4
# At most this many candidates are kept on a draft.
MAX_CANDIDATES = 5
# Score of an exact-key match at tier t: 1 - t * TIER_PENALTY.
TIER_PENALTY = 0.05
# Cross-script matches start at this tier (the romaniser's first spelling; its
# other spellings one tier later).
ROMANISED_TIER = 2

# ---- the index -------------------------------------------------------------------

@dataclass(frozen=True)
class Resolution:
    """What a mention means: a record id, or candidates for an editor, and why."""

    id: str | None
    candidates: list[str]
    score: float
    reason: str

    @property
    def resolved(self) -> bool:
        return self.id is not None

    @property
    def exact(self) -> bool:
        """Resolved on a name or alias (in either script), not on a close spelling."""
        return self.id is not None and self.reason.startswith("same name")


@dataclass
class NameIndex:
    """Names of the knowledge base's people, organizations and places, by key."""

    # kind → key → id → lowest tier
    arabic: dict[str, dict[str, dict[str, int]]] = field(default_factory=lambda: defaultdict(dict))
    latin: dict[str, dict[str, dict[str, int]]] = field(default_factory=lambda: defaultdict(dict))
    romanised: dict[str, dict[str, dict[str, int]]] = field(default_factory=lambda: defaultdict(dict))
    kunya_of: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    skeletons: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    survivor: dict[tuple[str, str], str] = field(default_factory=dict)
    plain: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(dict))

    @classmethod
    def build(cls, store: Store, lexicon: Iterable[tuple[str, str, str]] | None = None) -> NameIndex:
        """Index every person, organization and place of `store`.

        `lexicon`, when given, is extra names as (kind, record id, name)
        triples, e.g. the shipped lexicon's names of records that exist
        (`(e.kind, e.id, n) for e in lex.entries() for n in e.names("ar") + e.names("en") if (e.kind, e.id) in store`).
        """
        index = cls()
        names = [(kind, text) for kind in NAMED_KINDS for record in store.records(kind)
                 for _language, text in record_names(record)]
        names += [(kind, text) for kind, _record_id, text in lexicon or ()]
        warm(arabic_stripped(text, kind)[2] for kind, text in names
             if kind in TRANSLITERATED_KINDS and is_arabic(text))
        for kind in NAMED_KINDS:
            for record in store.records(kind):
                if getattr(record, "status", None) == "merged" and record.merged_into:
                    index.survivor[(kind, record.id)] = record.merged_into
        for kind in NAMED_KINDS:
            for record in store.records(kind):
                index.add(record, kind)
        for kind, record_id, name in lexicon or ():
            if kind in NAMED_KINDS:
                index.add_name(kind, record_id, name)
        return index

    def _target(self, kind: str, record_id: str) -> str:
        seen = {record_id}
        while (kind, record_id) in self.survivor:
            record_id = self.survivor[(kind, record_id)]
            if record_id in seen:
                break
            seen.add(record_id)
        return record_id

    def add(self, record: Record, kind: str | None = None) -> None:
        """Index (again) one record's names: call after drafting or changing one."""
        if kind is None:
            from ..records.model import KIND_OF_MODEL
            kind = KIND_OF_MODEL[type(record)].name
        if kind not in NAMED_KINDS or not isinstance(record, Curated) or record.status == "retracted":
            return
        if record.status == "merged" and record.merged_into:
            self.survivor[(kind, record.id)] = record.merged_into
        for _language, name in record_names(record):
            self.add_name(kind, record.id, name)

    def add_name(self, kind: str, record_id: str, name: str) -> None:
        target = self._target(kind, record_id)
        keys = name_keys(name, kind)

        def put(table: dict[str, dict[str, dict[str, int]]], key: str, tier: int) -> None:
            slot = table[kind].setdefault(key, {})
            slot[target] = min(tier, slot.get(target, tier))

        for key, tier in keys.arabic:
            put(self.arabic, key, tier)
        for key, tier in keys.latin:
            put(self.latin, key, tier)
        for key, tier in keys.romanised:
            put(self.romanised, key, tier)
        for key in keys.kunya:
            self.kunya_of[kind].setdefault(key, set()).add(target)
        # plain keys: what a kunya mention's remainder is compared with
        for key, _tier in keys.arabic[:2] + keys.latin[:2]:
            self.plain[kind].setdefault(key, set()).add(target)
        if keys.skeleton:
            self.skeletons[kind].setdefault(keys.skeleton, set()).add(target)

    # ---- resolving ---------------------------------------------------------------

    def resolve(self, mention: str, kind: str, language: str = "") -> Resolution:
        """Which `kind` record `mention` names (see the module's docstring for the rules)."""
        if kind not in NAMED_KINDS:
            raise ValueError(f"cannot resolve names of kind {kind!r} (one of {', '.join(NAMED_KINDS)})")
        keys = name_keys(mention, kind)
        hits: dict[str, int] = {}
        crossed: set[str] = set()   # ids found only through a romanisation

        def look(table: dict[str, dict[str, dict[str, int]]], key: str, tier: int, cross: bool) -> None:
            for record_id, record_tier in table[kind].get(key, {}).items():
                total = tier + record_tier
                if total < hits.get(record_id, total + 1):
                    hits[record_id] = total
                    crossed.discard(record_id)
                    if cross:
                        crossed.add(record_id)

        for key, tier in keys.arabic:
            look(self.arabic, key, tier, False)
        for key, tier in keys.romanised:      # an Arabic mention against English names
            look(self.latin, key, tier + ROMANISED_TIER, True)
        for key, tier in keys.latin:          # a Latin mention against English names, then romanised Arabic ones
            look(self.latin, key, tier, False)
            look(self.romanised, key, tier + ROMANISED_TIER, True)
        if hits:
            best = min(hits.values())
            ids = sorted(i for i, t in hits.items() if t == best)
            how = "same name across scripts" if all(i in crossed for i in ids) else "same name"
            if len(ids) == 1:
                return Resolution(ids[0], [], round(1.0 - best * TIER_PENALTY, 3), f"{how} (tier {best})")
            return Resolution(None, ids[:MAX_CANDIDATES], round(1.0 - best * TIER_PENALTY, 3),
                              f"{how} as {len(ids)} records: {', '.join(ids)}")

        candidates: dict[str, float] = {}
        reasons: list[str] = []
        if kind == "person":
            kunya_ids = set()
            for key in keys.kunya:                      # أبو X → a record named X
                kunya_ids |= self.plain[kind].get(key, set())
            for key, _tier in keys.arabic[:2] + keys.latin[:2]:   # X → a record called أبو X
                kunya_ids |= self.kunya_of[kind].get(key, set())
            for record_id in kunya_ids:
                candidates[record_id] = 90.0
            if kunya_ids:
                reasons.append("a kunya (Abu X) matches a name, which is not proof of one person")

        fuzzy = self._fuzzy(keys.skeleton, kind)
        for record_id, score in fuzzy.items():
            candidates[record_id] = max(score, candidates.get(record_id, 0.0))
        if fuzzy and kind != "person":
            ranked = sorted(fuzzy.items(), key=lambda item: (-item[1], item[0]))
            top_id, top = ranked[0]
            if (top >= FUZZY_RESOLVE_SCORE and len(ranked) == 1 and len(keys.skeleton) >= FUZZY_MIN_SKELETON
                    and len(candidates) == 1):
                return Resolution(top_id, [], round(top / 100, 3), f"spelling close to a known name (skeleton {top:.0f})")
        if fuzzy:
            reasons.append("people are never matched on a spelling alone" if kind == "person"
                           else "spelling close to more than one name, or not close enough")
        if not candidates:
            return Resolution(None, [], 0.0, "no record has this name")
        ranked = sorted(candidates.items(), key=lambda item: (-item[1], item[0]))[:MAX_CANDIDATES]
        return Resolution(None, [i for i, _ in ranked], round(ranked[0][1] / 100, 3),
                          "; ".join(reasons) or "similar names")

    def _fuzzy(self, query: str, kind: str) -> dict[str, float]:
        if len(query) < 2 or not self.skeletons[kind]:
            return {}
        choices = list(self.skeletons[kind])
        found: dict[str, float] = {}
        for choice, score, _ in process.extract(query, choices, scorer=fuzz.ratio,
                                                score_cutoff=FUZZY_CANDIDATE_SCORE, limit=None):
            if len(choice) < 2:
                continue
            for record_id in self.skeletons[kind][choice]:
                found[record_id] = max(score, found.get(record_id, 0.0))
        return found


def resolution_review(field_name: str, mention: str, resolution: Resolution) -> Review | None:
    """The review entry a draft carries when a mention stayed unresolved with candidates."""
    if resolution.resolved or not resolution.candidates:
        return None
    return Review(field=field_name,
                  reason=f"“{mention}” may be {' or '.join(resolution.candidates)} ({resolution.reason})",
                  candidates=list(resolution.candidates))


def slug(name: str, fallback: str = "unknown") -> str:
    """An ASCII id part from a name in either script (Arabic is romanised first)."""
    value = slugify(romanise(name).replace("'", ""), max_length=60, word_boundary=True)
    return value or fallback
