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
find it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from slugify import slugify

from ..records.model import Aliases, Curated, Record, Review
from ..records.store import Store
from .lang import ar, en
from .normalise import fold, fold_latin_name, split_clitics
from .romanisation import (is_arabic, romanisation_review, romanisations, romanise, skeleton, warm,
                           without_articles)

__all__ = [
    "GIVEN_NAME_WORDS", "NAMED_KINDS", "NameIndex", "Resolution", "add_alias", "alias_key", "is_arabic",
    "name_keys", "resolution_review", "romanisation_review", "romanise", "skeleton", "slug", "surface_form",
]

NAMED_KINDS = ("person", "organization", "place")
# Kinds whose English names are transliterations, matched across scripts through
# the romaniser; organizations' English names are translations (Islamic State,
# not al-Dawla al-Islamiya), so the lexicon gives them in both languages.
TRANSLITERATED_KINDS = ("person", "place")

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
# A word stripped of its clitics must keep this many letters (بجاسم → جاسم).
MIN_CLITIC_STEM = 3
# At most this many candidates are kept on a draft.
MAX_CANDIDATES = 5
# Score of an exact-key match at tier t: 1 - t * TIER_PENALTY.
TIER_PENALTY = 0.05
# Cross-script matches start at this tier (the romaniser's first spelling; its
# other spellings one tier later).
ROMANISED_TIER = 2

# ---- word lists (Arabic in ordinary spelling: folded before use) ------------

# Words before a place name that are not part of it.
ARABIC_PLACE_WORDS: tuple[str, ...] = (
    "مدينة", "بلدة", "قرية", "بلدات", "قرى", "مخيم", "حي", "ناحية", "منطقة", "مزرعة",
)
ENGLISH_PLACE_WORDS: tuple[str, ...] = (
    "the town of", "the city of", "the village of", "the area of", "town of", "city of",
    "village of", "area of", "the",
)
ENGLISH_PLACE_SUFFIXES: tuple[str, ...] = ("city", "town", "village")
# Words before a person's name besides ranks: "the so-called", the young man.
ARABIC_PERSON_WORDS: tuple[str, ...] = ("المدعو", "الشاب", "الطفل", "المواطن", "السيد")
ENGLISH_PERSON_WORDS: tuple[str, ...] = ("the", "mr", "mr.")
ARABIC_KUNYA_WORDS: tuple[str, ...] = ("أبو", "أبي", "أبا", "أم")
ENGLISH_KUNYA_WORDS: tuple[str, ...] = ("abu", "abou", "abo", "umm", "um", "om")

# Folded first words that open a personal name (given names, Abd, kunyas): extraction
# uses them to tell a name from a phrase (`extract.arabic._looks_like_personal_name`).
GIVEN_NAME_WORDS: frozenset[str] = frozenset({
    "عبد", "محمد", "احمد", "محمود", "علي", "حسن", "حسين", "عمر", "خالد", "يوسف", "ابراهيم", "مصطفي",
    "سامر", "فايز", "ابو", "ام", "ابن", "بن", "الله", "الرحمن", "الكريم", "الرحيم", "القادر", "العزيز",
    "الحميد", "الحي", "الناصر", "سعيد", "وليد", "فادي", "رامي", "بلال", "عماد", "جمال", "كمال", "ياسر",
    "اياد", "زياد", "مازن", "مهند", "حمزه", "طارق", "منير", "نبيل", "عدنان", "عثمان", "سليمان", "موسي",
    "عيسي", "صالح", "فراس", "انس", "معاذ", "قاسم", "جاسم", "هاني", "لؤي", "لوي", "حسام", "الزعبي",
    "الحريري", "المسالمه", "العراقي", "السوري", "الشامي",
})

# Punctuation that separates the words of a name.
_PUNCT = re.compile(r"[()\[\]{},،;؛:!?؟/\\|]+")


# ---- keys ----------------------------------------------------------------------

def _folded_list(words: Iterable[str], latin: bool) -> list[list[str]]:
    """Phrases as lists of folded words, longest first."""
    out = {tuple((fold_latin_name(w) if latin else fold(w)).split()) for w in words}
    return [list(p) for p in sorted(out, key=lambda p: (-len(p), p)) if p]


def _strip_leading(tokens: list[str], phrases: list[list[str]]) -> list[str]:
    """Drop leading phrases (ranks, "town of") as long as a word remains."""
    changed = True
    while changed:
        changed = False
        for phrase in phrases:
            if len(tokens) > len(phrase) and tokens[:len(phrase)] == phrase:
                tokens = tokens[len(phrase):]
                changed = True
                break
    return tokens


class _Words:
    """The folded word lists, built once."""

    def __init__(self) -> None:
        self.ar_person = _folded_list(ar.RANKS + ARABIC_PERSON_WORDS, latin=False)
        self.ar_place = _folded_list(ARABIC_PLACE_WORDS, latin=False)
        self.en_person = _folded_list(en.RANKS + ENGLISH_PERSON_WORDS, latin=True)
        self.en_place = _folded_list(ENGLISH_PLACE_WORDS, latin=True)
        self.en_org = _folded_list(("the",), latin=True)
        self.en_place_suffixes = {fold_latin_name(w) for w in ENGLISH_PLACE_SUFFIXES}
        self.ar_kunya = {fold(w) for w in ARABIC_KUNYA_WORDS}
        self.en_kunya = {fold_latin_name(w) for w in ENGLISH_KUNYA_WORDS}


_WORDS: _Words | None = None


def _words_data() -> _Words:
    global _WORDS
    if _WORDS is None:
        _WORDS = _Words()
    return _WORDS


@dataclass(frozen=True)
class Keys:
    """The matching keys of one name."""

    arabic: tuple[tuple[str, int], ...] = ()      # (key, tier)
    latin: tuple[tuple[str, int], ...] = ()       # keys of a Latin name
    romanised: tuple[tuple[str, int], ...] = ()   # Latin keys of an Arabic name's romanisation
    kunya: tuple[str, ...] = ()                   # the name without its kunya word (أبو X → X)
    skeleton: str = ""


def _arabic_base(text: str) -> list[str]:
    folded = fold(_PUNCT.sub(" ", text))
    folded = re.sub(r"(^|\s)(عبد)(ال)", r"\1\2 \3", folded)
    return [t for t in folded.replace("-", " ").split() if t]


def _arabic_stripped(text: str, kind: str) -> tuple[list[str], list[str], str]:
    """(folded words, folded words without ranks or place words, the latter in the original spelling).

    The original spelling (hamzas, ة) is what the romaniser reads; it is the
    folded words' original tokens when folding kept the word count.
    """
    words = _words_data()
    tokens = _arabic_base(text)
    prefixes = words.ar_person if kind == "person" else words.ar_place if kind == "place" else []
    stripped = _strip_leading(tokens, prefixes)
    original = re.sub(r"(^|\s)(عبد)(ال)", r"\1\2 \3", _PUNCT.sub(" ", text)).replace("-", " ").split()
    shown = " ".join(original[len(original) - len(stripped):] if len(original) == len(tokens) else stripped)
    return tokens, stripped, shown


def name_keys(text: str, kind: str) -> Keys:
    """Every key of a name (a record's name or alias, or a mention) for one kind."""
    text = text.strip()
    if not text:
        return Keys()
    words = _words_data()
    if is_arabic(text):
        tokens, stripped, shown = _arabic_stripped(text, kind)
        if not tokens:
            return Keys()
        found: dict[str, int] = {" ".join(tokens): 0}
        found.setdefault(" ".join(stripped), 1)
        if kind != "person":   # person mentions come without clitics; ل of لؤي is no preposition
            for stem in split_clitics(stripped[0])[1:]:
                if len(stem) >= MIN_CLITIC_STEM:
                    found.setdefault(" ".join([stem] + stripped[1:]), 2)
        kunya: tuple[str, ...] = ()
        if kind == "person" and len(stripped) > 1 and stripped[0] in words.ar_kunya:
            kunya = (" ".join(stripped[1:]),)
        romanised: dict[str, int] = {}
        for rank, spelling in enumerate(romanisations(shown) if kind in TRANSLITERATED_KINDS else ()):
            # English reports often drop the article (Bashar Assad): both forms are keys
            for form in (spelling, without_articles(spelling)):
                if roman := fold_latin_name(form):
                    romanised.setdefault(roman, min(rank, 1))
        return Keys(arabic=tuple(found.items()), romanised=tuple(romanised.items()), kunya=kunya,
                    skeleton=skeleton(shown))
    base = fold_latin_name(text)
    tokens = base.split()
    if not tokens:
        return Keys()
    found = {base: 0}
    prefixes = words.en_person if kind == "person" else words.en_place if kind == "place" else words.en_org
    stripped = _strip_leading(tokens, prefixes)
    if kind == "place" and len(stripped) > 1 and stripped[-1] in words.en_place_suffixes:
        stripped = stripped[:-1]
    found.setdefault(" ".join(stripped), 1)
    kunya = ()
    if kind == "person" and len(stripped) > 1 and stripped[0] in words.en_kunya:
        kunya = (" ".join(stripped[1:]),)
    return Keys(latin=tuple(found.items()), kunya=kunya, skeleton=skeleton(" ".join(stripped)))


def alias_key(text: str, kind: str = "") -> str:
    """The key that says two spellings are the same alias (folded, script-aware)."""
    if is_arabic(text):
        return " ".join(_arabic_base(text))
    return fold_latin_name(text)


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


def record_names(record: Any) -> list[tuple[str, str]]:
    """(language, text) of a record's names and aliases."""
    out: list[tuple[str, str]] = []
    name = getattr(record, "name", None)
    if name is not None:
        out += [(lang, t) for lang in ("ar", "en") if (t := getattr(name, lang, None))]
    aliases = getattr(record, "aliases", None)
    if aliases is not None:
        out += [("ar", t) for t in aliases.ar] + [("en", t) for t in aliases.en]
    return out


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
        warm(_arabic_stripped(text, kind)[2] for kind, text in names
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


def surface_form(name: str, variants: Iterable[str]) -> str:
    """The form of a person's name to resolve: the kunya form (`أبو X`) when one of
    `variants` is `name` with a kunya word before it, else `name`.

    Extraction hands over a person's name with the kunya stripped and the kunya
    form among the aliases; resolving the stripped name would take "father of X"
    for X himself. Resolving the kunya form gives candidates only, unless it is a
    known alias.
    """
    words = _words_data()
    key = alias_key(name)
    for variant in variants:
        tokens = variant.split()
        if len(tokens) < 2:
            continue
        first = fold(tokens[0]) if is_arabic(tokens[0]) else fold_latin_name(tokens[0])
        if first in (words.ar_kunya | words.en_kunya) and alias_key(" ".join(tokens[1:])) == key:
            return variant
    return name


# ---- aliases ---------------------------------------------------------------------

def add_alias(record: Any, mention: str, language: str) -> bool:
    """Add `mention` to the record's aliases in `language` unless a name or alias has its key.

    Never touches `name`. The alias list is kept sorted when it already is
    (so aliases added in any order end up in one order); otherwise the new
    alias is appended after the hand-written ones. True if added.
    """
    mention = " ".join(mention.split())
    if not mention or getattr(record, "aliases", None) is None or language not in ("en", "ar"):
        return False
    key = alias_key(mention)
    if not key or any(alias_key(text) == key for _lang, text in record_names(record)):
        return False
    current = list(getattr(record.aliases, language))
    if current == sorted(current, key=_sort_key):
        current.append(mention)
        current.sort(key=_sort_key)
    else:
        current.append(mention)
    other = "en" if language == "ar" else "ar"
    record.aliases = Aliases(**{language: current, other: list(getattr(record.aliases, other))})
    return True


def _sort_key(text: str) -> tuple[str, str]:
    return (alias_key(text), text)


def slug(name: str, fallback: str = "unknown") -> str:
    """An ASCII id part from a name in either script (Arabic is romanised first)."""
    value = slugify(romanise(name).replace("'", ""), max_length=60, word_boundary=True)
    return value or fallback
