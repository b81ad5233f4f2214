"""Extraction: every event of an article, one small function per field.

The body is analysed once (dates, counts, lexicon names, trigger words, all
with offsets in the body), then split into sentences. A sentence with an
event trigger (LANGUAGE.md, word lists in `triggers.py`) is a candidate
event; statistics sentences, denials and sentences whose only dates are
background never are. A candidate that adds no new date or place to the
event before it (or names the same victim) is merged into that event: a lead
sentence and its later detail are one event. Each field of an event comes
from its own function, in this order of sources: the event's first
sentence, then the sentences merged into it (each only filling blanks).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import dates as dates_mod
from . import triggers as T
from .article import Article
from .lexicon import Lexicon, LexiconMatch
from .mentions import ActorMention, ExtractedEvent, Mention, PersonMention
from .names import GIVEN_NAME_WORDS, romanise, slug
from .normalise import fold, normalise
from .numbers import find_counts

# Place kinds from the most specific to the least; the most specific place of a sentence wins.
PLACE_SPECIFICITY = ("site", "neighbourhood", "village", "town", "city", "subdistrict", "district",
                     "region", "governorate", "country")
# Places an event is coded one level above, with the name kept as place_detail (a neighbourhood of Daraa).
FINER_THAN_TOWN = frozenset({"neighbourhood", "site"})
# ACLED geo precision by the chosen place's kind.
GEO_PRECISION = {"site": 1, "neighbourhood": 1, "village": 1, "town": 1, "city": 1, "subdistrict": 2,
                 "district": 2, "region": 3, "governorate": 3, "country": 3}
# Words a personal name has at most (a rank, kunya or introducer before it).
MAX_NAME_WORDS = 4
# A count further than this many characters from its casualty word belongs to something else.
MAX_COUNT_DISTANCE = 60
# A count before its casualty word must stand close to it ("20 people were killed", "عنصران ... قُتلا").
MAX_COUNT_BEFORE = {"ar": 40, "en": 25}
# A background date this close after a protest word dates that protest, not the clause's event.
PROTEST_DATE_REACH = 40
# How far (characters) an additive word ("also", "أيضاً") may stand from the casualty word it qualifies.
ADDITIVE_REACH = 40
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_QUOTED = re.compile(r"[\"“«]([^\"”»]{3,60})[\"”»]")


# ------------------------------------------------------------------ word lists compiled

def _arabic_regex(entries: tuple[str, ...]) -> re.Pattern[str]:
    """One regex over folded text for Arabic entries (`*` = any ending, proclitics allowed)."""
    alternatives = []
    for entry in entries:
        if "\\" in entry:          # already a regex (digits etc.)
            alternatives.append(fold(entry.replace("\\d", "0")).replace("0", r"\d"))
            continue
        words = []
        for index, word in enumerate(entry.split()):
            if word == "~":            # up to eight words in between
                words.append(r"(?:\S+\s+){0,8}?")
                continue
            star = word.endswith("*")
            stem = re.escape(fold(word.rstrip("*")))
            prefix = r"(?:[وف]?(?:لل|[بلك]?(?:ال)?))?" if index == 0 else r"(?:ال|لل|ب|ل)?"
            if stem.startswith("ال"):
                prefix = r"(?:[وف]?[بلك]?)?" if index == 0 else ""
            words.append(prefix + stem + (r"\w*" if star else ""))
        alternatives.append(r"\s+".join(words).replace(r"{0,8}?\s+", "{0,8}?"))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def _english_regex(entries: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(entries) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _pattern(name: str, language: str) -> re.Pattern[str]:
    """The compiled regex of a word list of `triggers` (ARABIC_X / ENGLISH_X)."""
    entries = getattr(T, ("ARABIC_" if language == "ar" else "ENGLISH_") + name)
    return _arabic_regex(tuple(entries)) if language == "ar" else _english_regex(tuple(entries))


@lru_cache(maxsize=2)
def _trigger_patterns(language: str) -> tuple[tuple[re.Pattern[str], str, str, str], ...]:
    table = T.ARABIC_TRIGGERS if language == "ar" else T.ENGLISH_TRIGGERS
    out = []
    for entry, klass, type_, sub_type in table:
        regex = _arabic_regex((entry,)) if language == "ar" else _english_regex((entry,))
        out.append((regex, klass, type_, sub_type))
    return tuple(out)


def lexicon() -> Lexicon:
    return Lexicon.default()


# ------------------------------------------------------------------ analysis of a body

@dataclass(frozen=True)
class Hit:
    klass: str
    type: str
    sub_type: str
    start: int
    end: int


@dataclass(frozen=True)
class Dated:
    match: dates_mod.DateMatch
    resolved: dates_mod.ResolvedDate | None
    background: bool


@dataclass
class Analysis:
    """Everything found in one body, with offsets in the body."""

    text: str
    language: str
    published: dt.date | None
    folded: str                       # matching text (same length as `text` for Arabic, see _search)
    to_original: tuple[int, ...]
    dates: list[Dated]
    counts: list
    names: list[LexiconMatch]
    hits: list[Hit]

    def search(self, name: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans (in the body) of a word list of `triggers` inside [start, end)."""
        return [span for span in self._all(name) if start <= span[0] < end]

    def _all(self, name: str) -> list[tuple[int, int]]:
        cache = self.__dict__.setdefault("_cache", {})
        if name not in cache:
            cache[name] = [self._span(m.start(), m.end()) for m in _pattern(name, self.language).finditer(self.folded)]
        return cache[name]

    def _span(self, start: int, end: int) -> tuple[int, int]:
        if not self.to_original:
            return start, end
        o_start = self.to_original[start] if start < len(self.to_original) else len(self.text)
        o_end = self.to_original[end - 1] + 1 if end - 1 < len(self.to_original) else len(self.text)
        return o_start, o_end


def analyse(article: Article) -> Analysis:
    text, language = article.text, article.language
    published = article.published_date
    if language == "ar":
        norm = normalise(text)
        folded, origins = norm.text, tuple(norm.origins)
    else:
        folded, origins = text, ()
    analysis = Analysis(text=text, language=language, published=published, folded=folded,
                        to_original=origins, dates=find_event_dates(text, language, published),
                        counts=[], names=drop_places_inside_people(find_names(text, language),
                                                                   person_spans(text, language)), hits=[])
    analysis.counts = [c for c in (usable_count(c, text) for c in find_counts(text, language))
                       if c is not None and not _inside_date(analysis, c.start, c.end)]
    analysis.hits = find_hits(analysis)
    return analysis


def find_names(text: str, language: str) -> list[LexiconMatch]:
    """Lexicon names, plus the places inside longer organization names ("مقاتلين محليين في مدينة جاسم")."""
    lex = lexicon()
    found = lex.find(text, language)
    nested = []
    for match in found:
        if match.kind != "organization" or len(match.surface.split()) < 3:
            continue
        for word in list(re.finditer(r"\S+", match.surface))[1:]:
            inner_found = [m for m in lex.find(match.surface[word.start():], language)
                           if m.kind == "place" and m.start == 0]
            for inner in inner_found:
                offset = match.start + word.start()
                nested.append(LexiconMatch(inner.entry_id, inner.kind, offset + inner.start,
                                           offset + inner.end, inner.surface, inner.adjective))
    org_spans = {(m.start, m.end) for m in found if m.kind == "organization"}
    kept = [m for m in found + nested if not _clitic_false_friend(text, m, language)
            and not (m.kind == "place" and (m.start, m.end) in org_spans)]   # SANA the agency, not a village
    return sorted(kept, key=lambda m: (m.start, m.end))


def _clitic_false_friend(text: str, match: LexiconMatch, language: str) -> bool:
    """"فرقه" (its teams) is not ف + الرقة: a name whose own form has the article,
    matched without it right after a clitic letter, is a false friend."""
    if language != "ar" or match.start == 0 or not _ARABIC_WORD.match(text[match.start - 1]):
        return False
    if text[max(0, match.start - 2):match.start] == "لل" and (match.start < 3 or not _ARABIC_WORD.match(text[match.start - 3])
                                                          or text[match.start - 3] in "وف"):
        return False   # للأمن العسكري: ل + ال merge into لل, the article is there
    entry = lexicon().get(match.entry_id)
    own = fold(entry.name_ar or "")
    return own.startswith("ال") and fold(match.surface) == own[2:]


def find_event_dates(text: str, language: str, published: dt.date | None) -> list[Dated]:
    out = []
    for match in dates_mod.find_dates(text, language):
        background = match.background or dates_mod.is_background(text, match, published)
        resolved = dates_mod.resolve(match, published) if not background else None
        out.append(Dated(match, resolved, background))
    return out


def usable_count(count, text: str):
    """A count extraction can use: a dual-or-plural form is 2 when nominative (مقاتلان), else no count."""
    if count.vague == "dual-or-plural":
        word = fold(text[count.start:count.end])
        if word.endswith("ان"):
            return type(count)(2, count.start, count.end, None)
        return None
    return count


def _inside_date(analysis: Analysis, start: int, end: int) -> bool:
    return any(d.match.start <= start and end <= d.match.end for d in analysis.dates)


def find_hits(analysis: Analysis) -> list[Hit]:
    hits = []
    for regex, klass, type_, sub_type in _trigger_patterns(analysis.language):
        for m in regex.finditer(analysis.folded):
            start, end = analysis._span(m.start(), m.end())
            hits.append(Hit(klass, type_, sub_type, start, end))
    hits.sort(key=lambda h: (h.start, -h.end))
    kept: list[Hit] = []
    for hit in hits:   # a longer trigger wins over one inside it (عبوة ناسفة over عبوة)
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split at sentence-final punctuation and line breaks."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# ------------------------------------------------------------------ one sentence

@dataclass
class Clause:
    """A sentence and what the analysis found inside it."""

    a: Analysis
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.a.text[self.start:self.end]

    @property
    def hits(self) -> list[Hit]:
        return [h for h in self.a.hits if self.start <= h.start < self.end]

    @property
    def dates(self) -> list[Dated]:
        return [d for d in self.a.dates if self.start <= d.match.start < self.end]

    @property
    def names(self) -> list[LexiconMatch]:
        return [n for n in self.a.names if self.start <= n.start < self.end]

    @property
    def counts(self) -> list:
        return [c for c in self.a.counts if self.start <= c.start < self.end]

    def has(self, name: str) -> bool:
        return bool(self.a.search(name, self.start, self.end))

    def spans(self, name: str) -> list[tuple[int, int]]:
        return self.a.search(name, self.start, self.end)


def has_protest(clause: Clause) -> bool:
    """A protest word of this clause's event, not of a background date ("the first protests in March 2011")."""
    spans = clause.spans("PROTEST")
    background = [d for d in clause.dates if d.background]
    return any(not any(0 <= d.match.start - end <= PROTEST_DATE_REACH for d in background) for _, end in spans)


def is_statistics(clause: Clause) -> bool:
    if clause.has("STATISTICS"):
        return True
    return any(d.match.kind == dates_mod.YEAR_START for d in clause.dates)


def is_denial(clause: Clause) -> bool:
    return clause.has("DENIAL")


def only_background_dates(clause: Clause) -> bool:
    dated = clause.dates
    return bool(dated) and all(d.background for d in dated)


def event_hits(clause: Clause) -> list[Hit]:
    """The trigger words that make this clause an event (protests included).

    An English past participle after a plural noun without an auxiliary is a state
    ("families of people detained since 2011"), not an event."""
    if clause.a.language != "en":
        return clause.hits
    text = clause.a.text
    return [h for h in clause.hits
            if not (h.klass == T.ACTION and text[h.start:h.end].endswith("ed")
                    and re.search(r"\b" + T.ENGLISH_STATE_NOUNS + r"\s+$", text[max(clause.start, h.start - 20):h.start], re.I))
            and not _back_reference(clause, h)]


def _back_reference(clause: Clause, hit: Hit) -> bool:
    """"The fighting erupted after the gang abducted two men": the definite noun names an event already
    reported; the event of this sentence is the one after "after"."""
    text = clause.a.text
    before = text[max(clause.start, hit.start - 12):hit.start]
    after = text[hit.end:min(clause.end, hit.end + 30)]
    return bool(re.search(r"\b(?:the|this|that)\s+$", before, re.I) and re.match(T.ENGLISH_BACK_REFERENCE, after, re.I))


# ------------------------------------------------------------------ fields, one function each

def event_type(clause: Clause, hits: list[Hit]) -> tuple[str, str]:
    """ACLED type and sub-type: the means (weapon) first, then the action, then the casualty and its victim."""
    if has_protest(clause):
        if clause.has("FORCE") or any(h.klass in (T.KILL, T.INJURE) for h in hits):
            return T.PROTESTS, "excessive_force_against_protesters"
        if not any(h.klass in (T.WEAPON, T.ACTION) for h in hits):
            return T.PROTESTS, "peaceful_protest"
    for klass in (T.WEAPON, T.ACTION):
        chosen = [h for h in hits if h.klass == klass]
        if klass == T.WEAPON:
            chosen.sort(key=lambda h: T.WEAPON_PRIORITY.index(h.sub_type) if h.sub_type in T.WEAPON_PRIORITY else 99)
        if chosen:
            first = chosen[0]
            if first.sub_type == T.REGAINS and not _state_actor_in(clause):
                return T.BATTLES, T.NON_STATE_OVERTAKES
            if first.sub_type == "attack" and first.type == T.VAC and victims_are_fighters(clause):
                return T.BATTLES, "armed_clash"
            return first.type, first.sub_type
    if victims_are_fighters(clause):
        return T.BATTLES, "armed_clash"
    return T.VAC, "attack"


def _state_actor_in(clause: Clause) -> bool:
    lex = lexicon()
    return any(n.kind == "organization" and lex.get(n.entry_id).category in T.STATE_CATEGORIES for n in clause.names)


def victims_are_fighters(clause: Clause) -> bool:
    """True when the people hit are members of an armed force rather than civilians."""
    perpetrators = clause.spans("PERPETRATOR") + clause.spans("UNKNOWN_PERPETRATOR")
    fighters = [f for f in clause.spans("FIGHTER") if not any(p0 <= f[0] < p1 + 12 for p0, p1 in perpetrators)]
    if not clause.has("JOINED"):
        fighters = [f for f in fighters if not is_former(clause, f[0], f[1])]
    civilians = clause.spans("CIVILIAN")
    if not fighters:
        return False
    if not civilians:
        return True
    return fighters[0][0] < civilians[0][0]


def is_former(clause: Clause, start: int, end: int) -> bool:
    """A past affiliation: "a former FSA fighter", "عنصر سابق في الجيش الحر", "القيادي السابق"."""
    text = clause.a.text
    if clause.a.language == "en":
        return bool(re.search(T.ENGLISH_FORMER, text[max(clause.start, start - 40):start], re.I))
    former = {fold(w) for w in T.ARABIC_FORMER}
    near = re.findall(r"[\u0621-\u0652]+", text[max(clause.start, start - 25):start])[-2:]
    near += re.findall(r"[\u0621-\u0652]+", text[end:min(clause.end, end + 20)])[:2]
    return any(fold(w) in former for w in near)


def civilian_targeting(clause: Clause, type_: str, sub_type: str) -> bool:
    if type_ == T.VAC or sub_type == "excessive_force_against_protesters":
        return True
    if type_ == T.EXPLOSIONS:
        if clause.has("LEFTOVER"):
            return False   # a remnant of war ("من مخلفات الحرب", "left over from the war") targets nobody
        return bool(clause.spans("CIVILIAN")) and not victims_are_fighters(clause)
    return False


def event_date(clause: Clause) -> tuple[dates_mod.ResolvedDate | None, bool]:
    """The clause's first non-background date, resolved; (None, False) when it has none.

    The second value is True when a relative date was found but could not be
    resolved (no publication date).
    """
    for dated in clause.dates:
        if dated.background:
            continue
        if dated.resolved is None or dated.resolved.date is None:
            return None, True
        return dated.resolved, False
    return None, False


def places_of(clause: Clause) -> list[LexiconMatch]:
    """Gazetteer places of the clause, without names used for a neighbourhood (حي الثورة is not al-Thawra city)."""
    out = []
    for match in clause.names:
        if match.kind != "place":
            continue
        before = clause.a.text[max(clause.start, match.start - 6):match.start]
        if clause.a.language == "ar" and re.search(r"(?<!\w)[وفب]?حي\s+$", before):
            continue
        if clause.a.language == "en" and re.search(r"\bneighbou?rhood\s+of\s+$", before):
            continue
        out.append(match)
    located = [m for m in out if not _origin_place(clause, m) and not _road_place(clause, m)]
    if len(located) < len(out) and any(_located_town(clause, m) for m in located):
        return located   # "on the A-B highway near C", "natives of A ... near C": the event is at C
    return out


def _located_town(clause: Clause, match: LexiconMatch) -> bool:
    """A village, town or city introduced as the scene ("near Khirbet Ghazala", "قرب مدينة درعا")."""
    if lexicon().get(match.entry_id).place_kind not in ("village", "town", "city"):
        return False
    before = clause.a.text[max(clause.start, match.start - 30):match.start]
    if clause.a.language == "ar":
        return bool(re.search(T.ARABIC_LOCATION_CUE, before))
    return bool(re.search(T.ENGLISH_LOCATION_CUE, before, re.I))


def _origin_place(clause: Clause, match: LexiconMatch) -> bool:
    """"ثلاثة شبان من أبناء طفس", "a native of Jasim": where the victims come from, not where it happened."""
    before = clause.a.text[max(clause.start, match.start - 40):match.start]
    regex = T.ARABIC_ORIGIN if clause.a.language == "ar" else T.ENGLISH_ORIGIN
    return bool(re.search(regex, before, 0 if clause.a.language == "ar" else re.I))


def _road_place(clause: Clause, match: LexiconMatch) -> bool:
    """A town named in a road's name ("the Damascus-Deraa highway", "طريق دمشق - درعا")."""
    before = clause.a.text[max(clause.start, match.start - 40):match.start]
    if clause.a.language == "ar":
        return bool(re.search(T.ARABIC_ROAD_BEFORE, before))
    after = clause.a.text[match.end:min(clause.end, match.end + 40)]
    return bool(re.search(T.ENGLISH_ROAD_AFTER, after) or re.search(T.ENGLISH_ROAD_BEFORE, before)
                and re.match(r"\s+(?:highway|motorway|road)\b", after))


def place_name(surface: str, language: str) -> str:
    """The place's own name: "بلدة صيدا" → "صيدا", "the town of Nawa" → "Nawa"."""
    if language == "ar":
        words = surface.split()
        kinds = _place_kind_words()
        while len(words) > 1 and (fold(words[0]) in kinds or fold(words[0])[1:] in kinds and words[0][0] in "وفب"):
            words = words[1:]
        return " ".join(words)
    return re.sub(r"^(?:the\s+)?(?:city|town|village|province|governorate)\s+of\s+", "", surface, flags=re.I)


@lru_cache(maxsize=1)
def _place_kind_words() -> frozenset[str]:
    return frozenset(fold(w) for w in list(T.ARABIC_PLACE_KINDS) + ["محافظة", "ريف", "مخيم"])


def best_place(matches: list[LexiconMatch]) -> LexiconMatch | None:
    """The most specific place: descendants beat their ancestors, then kind, then text order."""
    if not matches:
        return None
    lex = lexicon()
    ancestors = {a.id for m in matches for a in lex.ancestors(m.entry_id)}
    candidates = [m for m in matches if m.entry_id not in ancestors] or matches

    def rank(m: LexiconMatch) -> tuple[int, int]:
        kind = lex.get(m.entry_id).place_kind or "region"
        specific = PLACE_SPECIFICITY.index(kind) if kind in PLACE_SPECIFICITY else len(PLACE_SPECIFICITY)
        return (0 if specific <= PLACE_SPECIFICITY.index("city") else 1, m.start)

    return min(candidates, key=rank)


def event_place(clause: Clause) -> tuple[Mention | None, int | None]:
    """The place of the event: the gazetteer first, then an unknown name after a place word."""
    places = places_of(clause)
    match = best_place(places)
    if match is not None and lexicon().get(match.entry_id).place_kind in FINER_THAN_TOWN:
        towns = [m for m in places if lexicon().get(m.entry_id).place_kind in ("village", "town", "city")]
        match = best_place(towns) or match
    if match is not None:
        kind = lexicon().get(match.entry_id).place_kind or "region"
        return (Mention("place", place_name(match.surface, clause.a.language), clause.a.language,
                        match.entry_id, match.start, kind),
                GEO_PRECISION.get(kind, 2))
    return unknown_place(clause), 1


def unknown_place(clause: Clause) -> Mention | None:
    """A name after "مدينة/بلدة/قرية" ("the town of") that the gazetteer does not know: a draft place."""
    text = clause.text
    if clause.a.language == "ar":
        kinds = T.ARABIC_PLACE_KINDS
        regex = re.compile(r"(?<!\w)[وفب]?(" + "|".join(kinds) + r")\s+([\u0621-\u0652]+(?:\s+ال[\u0621-\u0652]+)?)")
        matches = sorted(regex.finditer(text), key=lambda m: (kinds[m.group(1)] == "neighbourhood", m.start()))
        for m in matches:
            words = m.group(2).split()
            if len(words) == 2 and fold(words[1]) in {fold(w) for w in T.ARABIC_NOT_PLACE_NAME}:
                words = words[:1]
            name = " ".join(words)
            if fold(words[0]) in {fold(w) for w in T.ARABIC_NAME_STOPWORDS} or len(name) < 3:
                continue
            return Mention("place", name, "ar", None, clause.start + m.start(2), kinds[m.group(1)])
        return None
    regex = re.compile(r"\b(?:the )?(city|town|village|neighbou?rhood|district|camp) of ((?:al-|Al-)?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")
    m = regex.search(text)
    if m:
        return Mention("place", m.group(2), "en", None, clause.start + m.start(2),
                       T.ENGLISH_PLACE_KINDS.get(m.group(1).replace("neighborhood", "neighbourhood"), "village"))
    return None


def place_detail(clause: Clause, place: Mention | None) -> str | None:
    """A finer place inside the town (a neighbourhood, a road, a roundabout) when the text names one."""
    text = clause.text
    finer = [m for m in clause.names if m.kind == "place" and lexicon().get(m.entry_id).place_kind in FINER_THAN_TOWN
             and (place is None or m.entry_id != place.lexicon_id)]
    if finer:
        return finer[0].surface
    if clause.a.language == "ar":
        regex = re.compile(r"(?<!\w)[وفب]?((?:حي|دوار|ساحة|شارع|سوق)\s+[\u0621-\u0652]+(?:\s+[\u0621-\u0652]+)?)")
        m = regex.search(text)
        if not m:
            return None
        words = m.group(1).split()
        stops = {fold(w) for w in T.ARABIC_NAME_STOPWORDS} | {fold(w) for w in T.ARABIC_PLACE_KINDS}
        kept = [words[0]] + [w for w in _take_while(words[1:], lambda w: fold(w) not in stops and not w.startswith(("ب", "بم")))]
        return " ".join(kept) if len(kept) > 1 else None
    m = re.search(T.ENGLISH_PLACE_DETAIL[0], text)
    return m.group(0) if m else None


def _take_while(words, ok):
    out = []
    for word in words:
        if not ok(word):
            break
        out.append(word)
    return out


def casualty_counts(clause: Clause) -> tuple[int | None, int | None]:
    """(killed, injured) of the clause: the count nearest each casualty word; a bare singular victim is 1."""
    killed = injured = None
    if clause.has("NO_CASUALTIES"):
        return 0, 0
    if clause.has("NO_DEATHS"):
        killed = 0
    subsets = clause.spans("SUBSET")
    counts = [c for c in clause.counts if not _after_subset(clause, c, subsets)]
    for hit in clause.hits:
        if hit.klass not in (T.KILL, T.INJURE):
            continue
        count = _nearest_count(clause, hit, counts)
        value = _coordinated_total(clause, count, counts) if count is not None else _singular(clause, hit)
        if count is not None and count.value is None:
            value = None
        if hit.klass == T.KILL and killed is None and (count is not None or value is not None):
            killed = value
        elif hit.klass == T.INJURE and injured is None and (count is not None or value is not None):
            injured = value
    return killed, injured


_COORDINATION = {"ar": re.compile(r"\s*[\u0621-\u0652]+\s+و\s*$|\s*[\u0621-\u0652]+\s*،\s*و?\s*$"),
                 "en": re.compile(r"\s*[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s*(?:,\s*(?:and\s+)?|and\s+)$")}


def _coordinated_total(clause: Clause, count, counts: list) -> int | None:
    """The sum of counts joined by "and" / و before one casualty word: "two gunmen and one soldier were killed" = 3."""
    if count.value is None:
        return None
    ordered = sorted(counts, key=lambda c: c.start)
    index = next(i for i, c in enumerate(ordered) if c is count)
    joiner = _COORDINATION[clause.a.language]
    total = count.value
    for step in (-1, 1):
        i = index
        while 0 <= i + step < len(ordered):
            a, b = sorted((ordered[i], ordered[i + step]), key=lambda c: c.start)
            between = clause.a.text[a.end:b.start]
            if b.value is None or not joiner.fullmatch(between) \
                    or any(a.end <= h.start < b.start and h.klass in (T.KILL, T.INJURE) for h in clause.hits):
                break
            i += step
            total += ordered[i].value
    return total


def _after_subset(clause: Clause, count, subsets: list[tuple[int, int]]) -> bool:
    """A count right after بينهم / "among them" is part of an earlier count, unless a casualty word
    stands between them ("قتل شخصان، بينهما طفل، وأصيب خمسة عشر": fifteen are the wounded)."""
    return any(0 <= count.start - end <= 25
               and not any(end <= h.start < count.start and h.klass in (T.KILL, T.INJURE) for h in clause.hits)
               for _, end in subsets)


def _nearest_count(clause: Clause, hit: Hit, counts: list):
    """The count closest to a casualty word: after it ("مقتل ثلاثة"), or just before it ("20 people were killed")."""
    subject = _passive_subject(clause, hit, counts)
    if subject is not None:
        return subject
    english = clause.a.language == "en"
    best, best_distance = None, MAX_COUNT_DISTANCE + 1
    before_limit = MAX_COUNT_BEFORE[clause.a.language]
    for count in counts:
        if count.end <= hit.start:
            distance = hit.start - count.end
            between = clause.a.text[count.end:hit.start]
            if distance > before_limit or (clause.a.language == "ar" and ("،" in between or "," in between)):
                continue
            if english and clause.a.text[hit.start:hit.end].lower().endswith("ing"):
                continue   # "killing two soldiers and wounding a third": a gerund's count comes after it
        else:
            distance = count.start - hit.end
            between = clause.a.text[hit.end:count.start]
            if _subject_of_other_casualty(clause, hit, count, before_limit):
                continue   # "two were killed and three were wounded": three belongs to wounded
            if english and re.search(r"\band\s+[a-z]+(?:ing|ed)\b", between):
                continue   # "killing X and capturing two": the count belongs to the second verb
        if distance < 0 or ("،" in between or "," in between) and distance > 30:
            continue
        if _crosses_other_casualty(clause, hit, count):
            continue
        if distance < best_distance:
            best, best_distance = count, distance
    return best


def _subject_of_other_casualty(clause: Clause, hit: Hit, count, limit: int) -> bool:
    """A count standing right before a casualty word of the other kind is that word's count
    ("three were wounded", "three others wounded", "one local fighter was wounded")."""
    if clause.a.language != "en":
        return False
    return any(h.klass in (T.KILL, T.INJURE) and h.klass != hit.klass and 0 <= h.start - count.end <= limit
               and re.fullmatch(r"\s+(?:(?!and\b|or\b|but\b)[A-Za-z-]+\s+){0,2}(?:(?:were|was|are|is|have been|had been)\s+)?(?:also\s+)?",
                                clause.a.text[count.end:h.start]) for h in clause.hits)


def _passive_subject(clause: Clause, hit: Hit, counts: list):
    """The count heading the subject of an English passive casualty verb: "Two fighters of the
    Russian-backed brigade were killed", "Four people, including a commander, were killed".

    The nearest count before the verb, with no other count or event word between them."""
    if clause.a.language != "en":
        return None
    before = [c for c in counts if c.end <= hit.start and hit.start - c.end <= T.ENGLISH_PASSIVE_SUBJECT_SPAN]
    if not before:
        return None
    count = max(before, key=lambda c: c.end)
    between = clause.a.text[count.end:hit.start]
    if not re.search(r"\s" + T.ENGLISH_PASSIVE_AUXILIARY + r"$", between) or re.search(r"[;:]|\b(?:and|when|after|while)\b", between):
        return None
    if any(count.end <= h.start < hit.start for h in clause.hits):
        return None
    return count


def _crosses_other_casualty(clause: Clause, hit: Hit, count) -> bool:
    lo, hi = sorted((hit.start, count.start))
    return any(h is not hit and h.klass in (T.KILL, T.INJURE) and h.klass != hit.klass and lo < h.start < hi
               for h in clause.hits)


def _singular(clause: Clause, hit: Hit) -> int | None:
    """1 when a casualty word governs one named or described person (قُتل الشاب، "a civilian was killed")."""
    window = clause.a.text[max(clause.start, hit.start - 40): min(clause.end, hit.end + 40)]
    if clause.a.language == "ar":
        word = clause.a.text[hit.start:hit.end]
        if fold(word).endswith(("تلا", "يبا")) or "تلتا" in fold(word):   # dual verb forms: قُتلا، أصيبا
            return 2
        pronoun = _pronoun_count(word)
        if pronoun is not None:
            return pronoun + _companions(clause, hit)
        following = clause.a.text[hit.end:min(clause.end, hit.end + 30)].split()
        if following and fold(following[0]).strip("،,") in {fold(w) for w in T.ARABIC_NAME_INTRODUCERS} | {
                fold(w) for w in ("العميد", "المقدم", "الملازم", "النقيب", "الرائد", "العقيد", "عنصر", "مدني",
                                  "شاب", "طفل", "رجل", "ضابط", "جندي", "مقاتل")}:
            return 1
        if fold(word) in (fold("جثة"), fold("جثه")) or "جث" in fold(word):
            return 1
        if fold(word).startswith(("اصيب", "قتل")) and following and fold(following[0]).startswith(("ضابط", "عنصر", "مدني", "شاب")):
            return 1
        return None
    after = clause.a.text[hit.end:min(clause.end, hit.end + 40)]
    if re.match(r"\s+(?:(?:a|an|one)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|another)\b", after, re.I):
        return 1   # "killing two soldiers and wounding a third"
    if re.search(r"\b(?:a|an|one|his|her|their)\s+(?:\w+\s+){0,2}(?:civilian|man|woman|child|boy|girl|member|fighter|soldier|officer|teacher|commander|leader|farmer|shepherd|resident|mukhtar|mother|father|wife|husband|son|daughter|brother|sister|driver)\b", window, re.I):
        return 1
    if re.search(r"\b(?:body|corpse)\b", window, re.I):
        return 1
    before = clause.a.text[max(clause.start, hit.start - 200):hit.start]
    if re.search(r"\bwas\s+(?:\w+\s+)?$", before) and re.search(r"(?:^|[.,;]\s*|\b)(?:an?|one)\s+[\w'-]+", before, re.I):
        return 1   # "a former fighter ..., X, was killed", "A passer-by was wounded"
    if re.match(r"\s+(?:\w+\s+)?[A-Z][a-z]+\s+[A-Z]", after):
        return 1   # "shot dead Mohammed Abdul Karim al-Hamad"
    return None


def _pronoun_count(word: str) -> int | None:
    """مقتله / إصابته → 1, مقتلهما → 2 (a nominal casualty word with a pronoun suffix)."""
    folded = fold(word)
    if not folded.startswith(("مقتل", "اصاب", "استشهاد", "اغتيال", "اعتقال", "اختطاف", "خطف", "جرح")):
        return None
    for suffix, value in sorted(T.ARABIC_PRONOUN_COUNTS.items(), key=lambda kv: -len(kv[0])):
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 4:
            return value
    return None


def _companions(clause: Clause, hit: Hit) -> int:
    """People hit together with the one the pronoun names: إصابته مع طفليه → 2 more."""
    after = clause.a.text[hit.end:min(clause.end, hit.end + 25)]
    m = re.match(r"\s+مع\s+(\S+)", after)
    if not m:
        return 0
    word = fold(m.group(1).strip("،,."))
    if word in {fold(w) for w in T.ARABIC_DUAL_POSSESSIVE}:
        return 2
    counts = [c for c in clause.counts if hit.end < c.start <= hit.end + 25 and c.value is not None]
    return counts[0].value if counts else 0


def actors_of(clause: Clause, type_: str, place: Mention | None, exclude: set[str]) -> list[ActorMention]:
    """Organizations of the clause with sides: the attacker a, the target b; sources and outlets left out."""
    found: list[tuple[int, Mention]] = []
    names = [n for n in clause.names if n.kind == "organization"]
    lex = lexicon()
    for index, match in enumerate(names):
        entry = lex.get(match.entry_id)
        if entry.category in T.NON_ACTOR_CATEGORIES or match.entry_id in T.NON_ACTOR_IDS or match.entry_id in exclude:
            continue
        if _is_attribution(clause, match) or is_former(clause, match.start, match.end) \
                or _is_backer(clause, match, entry.category) or _not_a_party(clause, match):
            continue
        if _is_possessor(clause, names, index):
            continue
        parent_of = _is_parent_link(clause, names, index)
        if match.adjective and not _adjective_names_actor(clause, match):
            continue
        found.append((match.start, Mention("organization", match.surface, clause.a.language, match.entry_id,
                                           match.start, "parent" if parent_of else entry.category)))
    for start, end in clause.spans("LOCAL_FIGHTERS"):
        if any(n.start <= start < n.end for n in names):
            continue   # the lexicon names this group already
        if place is not None:
            found.append((start, local_fighters(place, clause.a.language, start)))
    found.sort(key=lambda item: item[0])
    unique: list[Mention] = []
    for _, mention in found:
        key = mention.lexicon_id or mention.name
        if all((m.lexicon_id or m.name) != key for m in unique):
            unique.append(mention)
    main = [m for m in unique if m.hint != "parent"]
    sides = dict(zip((id(m) for m in main), _sides(clause, main)))
    out = []
    for index, mention in enumerate(unique):
        if mention.hint == "parent":   # "اللواء الثامن التابع للأمن العسكري": associated with the unit before it
            child = next((m for m in reversed(unique[:index]) if m.hint != "parent"), None)
            side = "associated_" + sides.get(id(child), "a") if child is not None else "associated_a"
            out.append(ActorMention(mention, side))
        else:
            out.append(ActorMention(mention, sides[id(mention)]))
    return out


def local_fighters(place: Mention, language: str, start: int) -> Mention:
    """The unnamed local armed group of a place: `<place>-local-fighters`."""
    place_id = place.lexicon_id
    place_name = place.name
    if place_id:
        entry = lexicon().get(place_id)
        place_name = entry.name_ar if language == "ar" and entry.name_ar else (entry.name_en or place.name)
    name = T.LOCAL_FIGHTERS_NAME[language].format(place=place_name)
    english_place = lexicon().get(place_id).name_en if place_id else None
    english = T.LOCAL_FIGHTERS_NAME["en"].format(place=english_place or romanise(place.name))
    return Mention("organization", name, language, None, start, "identity_militia",
                   proposed_id=f"{place_id or slug(place.name)}-local-fighters", name_en=english)


def _is_attribution(clause: Clause, match: LexiconMatch) -> bool:
    before = clause.a.text[max(clause.start, match.start - 25):match.start]
    if clause.a.language == "ar":
        before = re.sub(r"[\u0621-\u063f\u0641-\u064a]+$", "", before)   # an attached clitic (لفرع) is not لـ "told to"
        words = [fold(w) for w in re.findall(r"[\u0621-\u0652]+", before)][-3:]
        links = {fold(x) for x in T.ARABIC_PARENT_LINKS}
        if len(words) >= 2 and words[-1] in (fold("لـ"), "ل") and words[-2] in links:
            return False   # "التابع لـ"هيئة تحرير الشام"": belonging to, not "told to"
        cues = {fold(w) for w in T.ARABIC_ATTRIBUTION}
        return any(w in cues or w.lstrip("و") in cues for w in words)
    return bool(re.search(r"(?:" + "|".join(T.ENGLISH_ATTRIBUTION) + r")\s+(?:the\s+)?$", before, re.I))


def _is_backer(clause: Clause, match: LexiconMatch, category: str | None) -> bool:
    """"ميليشيا لواء القدس المدعومة من إيران", "a group backed by Iran": a foreign sponsor is not an actor
    (a local force backing a gang, "backed by the regime's Military Security", stays an associated actor)."""
    if category not in T.SPONSOR_CATEGORIES:
        return False
    before = clause.a.text[max(clause.start, match.start - 30):match.start]
    if clause.a.language == "ar":
        return bool(re.search(T.ARABIC_BACKER, re.sub(r"[\"“”«»]", "", before)))
    return bool(re.search(T.ENGLISH_BACKER, before, re.I))


def _not_a_party(clause: Clause, match: LexiconMatch) -> bool:
    """The organization is what is searched for, what someone is accused of supporting, or a term of an
    agreement ("بحثاً عن خلايا داعش", "accusing them of supporting X", "يقضي بانسحاب الفرقة الرابعة")."""
    before = clause.a.text[max(clause.start, match.start - 50):match.start]
    if clause.a.language == "ar":
        return bool(re.search(T.ARABIC_NOT_PARTY, re.sub(r"[\"“”«»]", "", before)))
    return bool(re.search(T.ENGLISH_NOT_PARTY, before, re.I))


def _is_possessor(clause: Clause, names: list[LexiconMatch], index: int) -> bool:
    """"the regime's Military Security": the possessor only qualifies the unit named after it."""
    if index + 1 >= len(names):
        return False
    between = clause.a.text[names[index].end:names[index + 1].start]
    return bool(re.fullmatch(r"['’]s?\s+", between))


def _is_parent_link(clause: Clause, names: list[LexiconMatch], index: int) -> bool:
    """"اللواء الثامن التابع للأمن العسكري": the second organization is the first one's parent."""
    if index == 0:
        return False
    previous = names[index - 1]
    between = clause.a.text[previous.end:names[index].start]
    if len(between) > 30:
        return False
    if clause.a.language == "ar":
        links = {fold(x) for x in T.ARABIC_PARENT_LINKS}
        words = [fold(w) for w in re.findall(r"[\u0621-\u0652]+", between)]
        return bool(words) and all(w in links for w in words) and words[0] in links
    return bool(re.fullmatch(r"\W*(?:" + "|".join(T.ENGLISH_PARENT_LINKS) + r")(?: the)?\W*", between, re.I))


def _adjective_names_actor(clause: Clause, match: LexiconMatch) -> bool:
    """A nationality adjective points at an actor when it qualifies a force, weapon or person (ضابط روسي)."""
    before = clause.a.text[max(clause.start, match.start - 25):match.start]
    if clause.a.language == "ar":
        words = re.findall(r"[\u0621-\u0652]+", before)
        if not words:
            return False
        last = fold(words[-1])
        return bool(re.match(r"^(?:ال)?(?:طائر|طيران|مسير|ضابط|قوات|قوه|جنود|جندي|دوري|عسكري|مقاتل|غار|صاروخ|قصف|مستشار|خبير|عناصر|عنصر|مدفعي|الطائرات|حربي)", last))
    after = clause.a.text[match.end:min(clause.end, match.end + 25)]
    return bool(re.match(r"\s*(?:-\w+\s+)?(?:war)?(?:planes?|jets?|drones?|forces?|troops?|soldiers?|officers?|army|military|aircraft|artillery|strikes?|patrols?|advisers?|helicopters?|missiles?|rockets?|shells?|shelling|bombardment|raids?|airstrikes?|air strikes?)\b", after, re.I))


def _sides(clause: Clause, mentions: list[Mention]) -> list[str]:
    """a for the initiator (before the casualty word or after "by"), b for the target."""
    if not mentions:
        return []
    casualty = next((h.start for h in clause.hits if h.klass in (T.KILL, T.INJURE)), None)
    sides = []
    for index, mention in enumerate(mentions):
        if casualty is not None and _is_victim_side(clause, mention, casualty):
            sides.append("b")
        else:
            sides.append("a" if index == 0 or "a" not in sides else "b")
    if "a" not in sides and sides:
        sides[-1] = "a" if len(sides) > 1 else sides[-1]
    return sides


def _is_victim_side(clause: Clause, mention: Mention, casualty: int) -> bool:
    """The organization the dead belonged to: "مقتل ثلاثة عناصر من الأمن العسكري", "members of X were killed"."""
    before = clause.a.text[max(clause.start, mention.start - 20):mention.start]
    if clause.a.language == "ar":
        return mention.start > casualty and bool(re.search(r"(?:عناصر|عنصر\w*|مقاتل\w*|جنود|ضباط|من)\s*(?:من\s+)?(?:صفوف\s+)?\S{0,3}$", before))
    return bool(re.search(r"(?:members?|fighters?|soldiers?|troops|officers?) of (?:the )?$", before, re.I))


# ------------------------------------------------------------------ people

RANK_WORDS_AR = ("الملازم أول", "المساعد أول", "الرقيب أول", "العميد", "العقيد", "المقدم", "الرائد", "النقيب",
                 "الملازم", "المساعد", "الرقيب", "العريف", "المجند", "الفريق", "العماد", "اللواء")
RANK_WORDS_EN = ("First Lieutenant", "Lieutenant Colonel", "Brigadier General", "Major General", "Lieutenant",
                 "Colonel", "Brigadier", "Captain", "Major", "General", "Sergeant", "Corporal", "Sheikh",
                 "Commander", "Lt\\.", "Col\\.", "Brig\\. Gen\\.", "Maj\\. Gen\\.", "Gen\\.", "Capt\\.")


def people_of(clause: Clause, type_: str, sub_type: str) -> list[PersonMention]:
    """Named people of the clause with their role in the event (victims, detainees, commanders)."""
    if clause.a.language == "ar":
        found = _arabic_people(clause)
    else:
        found = _english_people(clause)
    people = []
    for start, name, rank, aliases in found:
        role = "commander" if is_commander(clause, start) else person_role(clause, start, sub_type)
        if role is None:
            continue
        people.append(PersonMention(name=name, language=clause.a.language, role=role, rank=rank,
                                    aliases=tuple(aliases)))
    return people


def is_commander(clause: Clause, start: int) -> bool:
    """The leader of the acting group: "units led by Colonel X", "عصابة بقيادة المدعو X"."""
    before = clause.a.text[max(clause.start, start - 70):start]
    if clause.a.language == "en":
        ranks = "|".join(RANK_WORDS_EN)
        return bool(re.search(T.ENGLISH_COMMANDER_CUES[:-1] + r"(?:(?:" + ranks + r")\s+)*$", before, re.I))
    words = [fold(w) for w in re.findall(r"[\u0621-\u0652]+", before)][-3:]
    cues = {fold(w) for w in T.ARABIC_COMMANDER_CUES}
    return any(w in cues or w.lstrip("و") in cues for w in words)


def identified_people(clause: Clause, role: str) -> list[PersonMention]:
    """Names given in a sentence without an event word, for the event before it:
    "Relatives named him as X", "The group is led by X", "ويدعى القتيل X"."""
    found = _arabic_people(clause) if clause.a.language == "ar" else _english_people(clause)
    text = clause.a.text
    out = []
    for start, name, rank, aliases in found:
        before = text[max(clause.start, start - 45):start]
        if is_commander(clause, start):
            person_role_ = "commander"
        elif clause.a.language == "en" and re.search(T.ENGLISH_IDENTIFIED_AS + r"\s+[\"“]?$", before, re.I):
            person_role_ = role
        elif clause.a.language == "ar" and any(fold(w) in fold(before[-20:]) for w in T.ARABIC_IDENTIFIED_AS):
            person_role_ = role
        else:
            continue
        out.append(PersonMention(name=name, language=clause.a.language, role=person_role_, rank=rank,
                                 aliases=tuple(aliases)))
    return out


def victim_role(event: ExtractedEvent) -> str:
    """The role of a person named later for an event: its detainees, abductees or dead."""
    if event.sub_type in T.ROLE_OF_SUB_TYPE:
        return T.ROLE_OF_SUB_TYPE[event.sub_type]
    return "injured" if not event.fatalities and event.injured else "killed"


def person_role(clause: Clause, start: int, sub_type: str) -> str | None:
    """The role from the word governing the name: the nearest casualty or action word in the clause."""
    among = [s for s in clause.spans("AMONG_DEAD") if s[1] <= start]
    if among:
        return "killed"
    before = sorted((h for h in clause.hits if h.start < start), key=lambda h: start - h.start)
    after = sorted((h for h in clause.hits if h.start > start), key=lambda h: h.start - start)
    for hit in before + after:
        if hit.klass in T.ROLE_OF_CLASS:
            return T.ROLE_OF_CLASS[hit.klass]
        if hit.sub_type in T.ROLE_OF_SUB_TYPE:
            return T.ROLE_OF_SUB_TYPE[hit.sub_type]
        if hit.sub_type == "attack" and hit.klass == T.ACTION:   # اغتيال: the target dies
            return "killed"
    return None


def _name_words(text: str, start: int, limit: int = MAX_NAME_WORDS) -> tuple[str, int]:
    """The name starting at `start`: words up to a stop word or punctuation."""
    stops = _arabic_stopwords()
    words, end = [], start
    for m in re.finditer(r"\S+", text[start:]):
        raw = m.group(0)
        word = raw.strip("\"“”«»،,.:؛")
        if not word or not _ARABIC_WORD.fullmatch(word):
            break
        if fold(word) in stops and not (words and word.endswith("ي") and fold(word) in _alef_maqsura_stopwords()):
            break   # علي inside a name is the given name Ali, not the preposition على
        if words and word.startswith("و") and fold(word[1:]) not in stops and len(words) >= 2:
            break   # "وعلاء": the next name begins
        words.append(word)
        end = start + m.start() + len(raw.rstrip("\"“”«»،,.:؛"))
        if raw != word or _name_units(words) >= limit:
            break
    return " ".join(words), end


def _name_units(words: list[str]) -> int:
    """Words of a name, counting a compound given name (عبد الرحمن, "servant of") as one."""
    return len(words) - sum(1 for w in words[:-1] if fold(w) in T.ARABIC_COMPOUND_NAME_HEADS)


@lru_cache(maxsize=1)
def _alef_maqsura_stopwords() -> frozenset[str]:
    """Stop words written with ى (على، لدى) whose folded form is also a name written with ي (علي)."""
    return frozenset(fold(w) for w in T.ARABIC_NAME_STOPWORDS if w.endswith("ى"))


@lru_cache(maxsize=1)
def _arabic_stopwords() -> frozenset[str]:
    words = {fold(w) for w in T.ARABIC_NAME_STOPWORDS}
    words |= {fold(w) for w in T.ARABIC_NAME_INTRODUCERS}
    return frozenset(words)


def _arabic_people(clause: Clause) -> list[tuple[int, str, str | None, list[str]]]:
    text, base = clause.text, clause.start
    out: list[tuple[int, str, str | None, list[str]]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str, rank: str | None, aliases: list[str]) -> None:
        if len(name.split()) < 2 or any(s < end and start < e for s, e in taken):
            return
        if any(n.start < base + end and base + start < n.end for n in clause.names):
            return   # a place or organization, not a person
        taken.append((start, end))
        out.append((base + start, name, rank, aliases))

    # quoted names after يدعى / يلقب بـ / المعروف بـ, and kunyas
    for m in _QUOTED.finditer(text):
        name = m.group(1).strip()
        before = fold(text[max(0, m.start() - 15):m.start()])
        if any(fold(w) in before for w in ("يدعى", "يلقب", "الملقب", "المعروف", "يعرف باسم", "باسم", "المكنى", "المدعو")) \
                or fold(name).startswith(("ابو ", "ام ")):
            if _ARABIC_WORD.search(name) and len(name.split()) <= MAX_NAME_WORDS:
                add(m.start(1), m.end(1), name, None, [])
    # rank + name
    for rank in RANK_WORDS_AR:
        for m in re.finditer(r"(?<!\w)[وب]?" + rank + r"\s+", text):
            after = text[m.end():]
            if rank == "اللواء" and _is_unit_name(clause, base + m.start()):
                continue
            name, end = _name_words(text, m.end())
            if name and not re.match(r"^\d", after):
                add(m.end(), end, name, rank, [f"{rank} {name}"])
    # introducers (الشاب، المدني، المدعو ...) and kunyas
    for intro in sorted(T.ARABIC_NAME_INTRODUCERS, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)[وب]?" + re.escape(intro) + r"\s+", text):
            name, end = _name_words(text, m.end())
            if name:
                add(m.end(), end, name, None, [])
                rest = text[end:end + 40]
                second = re.match(r"\s+و([\u0621-\u0652]+(?:\s+[\u0621-\u0652]+){1,3})", rest)
                if second and intro in ("الشابين", "الشقيقين"):
                    name2, end2 = _name_words(text, end + second.start(1))
                    add(end + second.start(1), end2, name2, None, [])
    for m in re.finditer(r"(?<!\w)(?:أبو|ابو)\s+[\u0621-\u0652]+", text):
        name, end = _name_words(text, m.start(), limit=3)
        if name:
            add(m.start(), end, name, None, [])
    # an appositive name between commas after a casualty word (… المزيريب، محمود سليمان الشرع، …)
    for m in re.finditer(r"،\s*([\u0621-\u0652]+(?:\s+[\u0621-\u0652]+){2,3})\s*،", text):
        words = m.group(1).split()
        stops = _arabic_stopwords()
        if all(fold(w) not in stops for w in words) and not any(w.startswith(("ال", "ب", "و")) for w in words[:1]):
            if _looks_like_personal_name(words):
                add(m.start(1), m.end(1), m.group(1), None, [])
    # a name right after a casualty word: مقتل عبد الرحمن العراقي
    return out


def _looks_like_personal_name(words: list[str]) -> bool:
    """Three or four words, the last a family name (often with ال), none a common noun of the event."""
    return fold(words[0]) in GIVEN_NAME_WORDS or (len(words) >= 3 and words[-1].startswith("ال"))


def _is_unit_name(clause: Clause, start: int) -> bool:
    """اللواء الثامن / اللواء 15: a brigade, not a major general."""
    after = clause.a.text[start:start + 30]
    if re.match(r"[وب]?اللواء\s+(?:\d|[٠-٩]|ال(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر))", after):
        return True
    return any(n.kind == "organization" and n.start <= start < n.end + 2 for n in clause.names)


_EN_NAME = r"(\b(?:(?:al|el|ad|as|ash|abu|Abu|bin|ibn)[- ])?[A-Z][a-z'’]+(?:[- ](?:(?:al|el|ad|as|ash|bin|ibn|abu|Abu|Abdul|Abdel)[- ])?[A-Z][a-z'’]+){1,3})"


def _english_people(clause: Clause) -> list[tuple[int, str, str | None, list[str]]]:
    text, base = clause.text, clause.start
    out: list[tuple[int, str, str | None, list[str]]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str, rank: str | None, aliases: list[str]) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        if any(n.start < base + end and base + start < n.end and n.kind == "place" for n in clause.names):
            return
        if any(n.start <= base + start and base + end <= n.end for n in clause.names):
            return
        taken.append((start, end))
        out.append((base + start, name, rank, aliases))

    for regex, groups, rank_group in _english_name_patterns():
        for m in regex.finditer(text):
            for group in groups:
                if m.group(group):
                    rank = m.group(rank_group) if rank_group else None
                    add(m.start(group), m.end(group), m.group(group), rank,
                        [f"{rank} {m.group(group)}"] if rank else [])
    return [item for item in out if _english_name_ok(item[1])]


@lru_cache(maxsize=1)
def _english_name_patterns() -> tuple[tuple[re.Pattern[str], tuple[int, ...], int], ...]:
    """English person-name patterns, strongest first: (regex, name groups, rank group or 0)."""
    nouns = T.ENGLISH_APPOSITION_NOUNS
    name2 = _EN_NAME.replace("(\\b", "(?:\\b", 1)
    return tuple((re.compile(rx), groups, rank) for rx, groups, rank in (
        # rank + name: "Colonel Samer Haddad"
        (r"\b(" + "|".join(RANK_WORDS_EN) + r")\s+" + _EN_NAME, (2,), 1),
        # "identified him as X", "named one of the victims as X"
        (T.ENGLISH_IDENTIFIED_AS + r"\s+[\"“]?" + _EN_NAME, (1,), 0),
        # "known as X", "named X"
        (r"(?:" + "|".join(T.ENGLISH_NAME_INTRODUCERS) + r")\s+[\"“]?" + _EN_NAME, (1,), 0),
        # kunya: "Abu Omar al-Halabi", quoted or not
        (r"[\"“]((?:Abu|Umm) [A-Z][\w'’-]+(?: (?:al-)?[A-Z][\w'’-]+)?)[\"”]|\b((?:Abu|Umm) [A-Z][\w'’-]+(?: (?:al-|el-)?[A-Z][\w'’-]+)?)",
         (1, 2), 0),
        # a list in apposition: "two cousins, X and Y,"
        (r"\b(?:" + nouns + r"),\s+" + _EN_NAME + r"\s+and\s+(" + name2 + r")[,.]", (1, 2), 0),
        # an appositive: "a civilian, Ahmed Yousef al-Zoubi, was killed"
        (r"\b(?:" + nouns + r"),\s+" + _EN_NAME + r",", (1,), 0),
        # a name between commas before its verb: "..., Qasim al-Ali, was killed"
        (r",\s+" + _EN_NAME + r",\s+(?:was|were|had|has|is|who)\b", (1,), 0),
        # "X, a former fighter", "X, a 30-year-old teacher"
        (_EN_NAME + r",\s+(?:a|an|the)\s+" + T.ENGLISH_APPOSITION_ADJECTIVES + r"(?:[A-Z][\w-]+\s+){0,4}?(?:" + nouns + r")\b",
         (1,), 0),
        # a role noun right before the name: "the group's commander Abdul Rahman al-Iraqi"
        (r"\b(?:" + nouns + r")\s+" + _EN_NAME, (1,), 0),
        # the leader: "the group is led by X"
        (r"\b(?:led|headed|commanded) by\s+" + _EN_NAME, (1,), 0),
        # the victim right after the verb: "gunmen shot dead X", "the killing of X"
        (r"\b(?:" + T.ENGLISH_VICTIM_VERBS + r")\s+" + _EN_NAME, (1,), 0),
    ))


def person_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of personal names found by the name patterns (English) or a kunya/introducer (Arabic)."""
    spans = []
    if language == "en":
        for regex, groups, _ in _english_name_patterns():
            for m in regex.finditer(text):
                spans += [m.span(g) for g in groups if m.group(g)]
        return spans
    for m in re.finditer(r"(?<!\w)(?:أبو|ابو|يدعى|المدعو|المدعوة|الملقب)\s+", text):
        start = m.start() if m.group(0).startswith(("أبو", "ابو")) else m.end()
        name, end = _name_words(text, start, limit=3 if start == m.start() else MAX_NAME_WORDS)
        if name:
            spans.append((start, end))
    return spans


def drop_places_inside_people(names: list[LexiconMatch], spans: list[tuple[int, int]]) -> list[LexiconMatch]:
    """A place matched inside a personal name (Aziz in "Abd al-Aziz al-Masri") is part of the name.

    A place that starts where the name starts ("Abu Kamal") keeps its match."""
    return [n for n in names
            if n.kind != "place" or not any(s < n.start and n.end <= e for s, e in spans)]


def _english_name_ok(name: str) -> bool:
    words = re.split(r"[\s-]+", name)
    stop = {"The", "Military", "Security", "Syrian", "Islamic", "State", "Democratic", "Forces", "Brigade",
            "Division", "Army", "Front", "Monitor", "Observatory", "Tuesday", "Monday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Local", "Regime", "Russian", "Turkish", "Iranian", "Daraa", "Deraa"}
    return len(words) >= 2 and not any(w in stop for w in words)


# ------------------------------------------------------------------ building and merging events

@dataclass
class Draft:
    event: ExtractedEvent
    clauses: list[Clause] = field(default_factory=list)
    victims: set[str] = field(default_factory=set)      # folded last names of the killed


def candidate(clause: Clause, context: "ArticleContext") -> ExtractedEvent | None:
    hits = event_hits(clause)
    if not hits and not has_protest(clause):
        return None
    type_, sub_type = event_type(clause, hits)
    resolved, unresolved = event_date(clause)
    place, geo = event_place(clause)
    killed, injured = casualty_counts(clause)
    event = ExtractedEvent(type=type_, sub_type=sub_type, quote=clause.text.strip(), start=clause.start,
                           place=place, geo_precision=geo if place else None, fatalities=killed, injured=injured)
    apply_date(event, resolved, unresolved, context)
    event.place_detail = place_detail(clause, place)
    event.civilian_targeting = civilian_targeting(clause, type_, sub_type)
    event.actors = actors_of(clause, type_, place, context.exclude_orgs)
    event.people = people_of(clause, type_, sub_type)
    return event


def apply_date(event: ExtractedEvent, resolved, unresolved: bool, context: "ArticleContext") -> None:
    if resolved is not None:
        event.date, event.date_end, event.date_precision = resolved.date, resolved.date_end, resolved.precision
        event.flags = list(resolved.flags)
        for flag in resolved.flags:
            event.review.append(("date", f"{flag}: check the date against the text"))
        return
    event.date, event.date_end, event.date_precision = None, None, "unknown"


def _same_place(a: Mention | None, b: Mention | None) -> bool:
    if a is None or b is None:
        return True
    if a.lexicon_id and b.lexicon_id:
        if a.lexicon_id == b.lexicon_id:
            return True
        lex = lexicon()
        return (b.lexicon_id in {e.id for e in lex.ancestors(a.lexicon_id)}
                or a.lexicon_id in {e.id for e in lex.ancestors(b.lexicon_id)})
    return fold(a.name) == fold(b.name)


def merge_target(drafts: list[Draft], event: ExtractedEvent, clause: Clause) -> Draft | None:
    """The earlier event this candidate describes again, if any."""
    if not drafts:
        return None
    text = fold(clause.text) if clause.a.language == "ar" else clause.text.lower()
    for draft in reversed(drafts):
        if draft.victims and any(v in text for v in draft.victims):
            return draft
    if event.place is None and event.date is not None:
        for draft in reversed(drafts):   # "No group has claimed yesterday's ambush": the event of that day
            if draft.event.date == event.date:
                return draft
    last = drafts[-1]
    same_date = event.date is None or last.event.date is None or (
        event.date == last.event.date
        or (last.event.date_end is not None and last.event.date <= event.date <= last.event.date_end))
    if event.date is None and (event.place is None or clause.has("DETAIL")
                               or _same_place(last.event.place, event.place)):
        return last
    if same_date and _same_place(last.event.place, event.place) and (event.date is None or last.event.date is not None):
        if event.date is None or event.date == last.event.date or last.event.date_end:
            return last
    return None


def merge(draft: Draft, event: ExtractedEvent, clause: Clause) -> None:
    """Fill the blanks of an event from a later sentence about the same occurrence."""
    target = draft.event
    if target.place is None and event.place is not None:
        target.place, target.geo_precision = event.place, event.geo_precision
    if target.place_detail is None:
        target.place_detail = event.place_detail
    if target.fatalities is None and event.fatalities is not None:
        target.fatalities = event.fatalities
    elif target.fatalities and event.fatalities and adds_victims(clause, T.KILL):
        target.fatalities += event.fatalities   # "Two of his companions were also killed"
    if target.injured is None and event.injured is not None:
        target.injured = event.injured
    elif target.injured and event.injured and adds_victims(clause, T.INJURE):
        target.injured += event.injured
    if target.date is None and event.date is not None:
        target.date, target.date_end, target.date_precision = event.date, event.date_end, event.date_precision
        target.flags = event.flags
        target.review += [r for r in event.review if r[0] == "date"]
    if (target.type, target.sub_type) == (T.VAC, "attack") and event.type in (T.EXPLOSIONS,) :
        target.type, target.sub_type = event.type, event.sub_type
    known = {a.mention.lexicon_id or a.mention.name for a in target.actors}
    same_kind = event.type == target.type or event.type == T.VAC and event.sub_type == "attack"
    for actor in event.actors if same_kind else []:
        if (actor.mention.lexicon_id or actor.mention.name) not in known:
            target.actors.append(actor)
            known.add(actor.mention.lexicon_id or actor.mention.name)
    draft.clauses.append(clause)
    _add_people(draft, event.people)


def adds_victims(clause: Clause, klass: str) -> bool:
    """True when a later sentence's toll adds to the event's ("were also killed", "كما قُتل عنصر آخر"):
    an additive word near its first casualty word of that kind, and no subset marker (بينهم، "among them")
    nor toll update ("the death toll rose to")."""
    if clause.has("SUBSET") or clause.has("DETAIL"):
        return False   # a subset, a list of the dead or a new toll restates the count
    hit = next((h for h in clause.hits if h.klass == klass), None)
    if hit is None:
        return False
    return any(hit.start - ADDITIVE_REACH <= start and end <= hit.end + ADDITIVE_REACH
               for start, end in clause.spans("ADDITIVE"))


def _add_people(draft: Draft, people: list[PersonMention]) -> None:
    names = {fold(p.name) for p in draft.event.people}
    for person in people:
        if fold(person.name) not in names:
            draft.event.people.append(person)
            names.add(fold(person.name))
    _note_victims(draft)


def _note_victims(draft: Draft) -> None:
    for person in draft.event.people:
        if person.role == "killed":
            words = person.name.split()
            draft.victims.add(fold(person.name) if person.language == "ar" else person.name.lower())
            last = words[-1]
            if len(last) >= 4:
                draft.victims.add(fold(last) if person.language == "ar" else last.lower())


def implied_state_forces(draft: Draft, language: str) -> Mention | None:
    """The army as side b when a victim carries a state military rank and no state force is named:
    "قُتل العميد X بانفجار عبوة" is an attack on the Syrian army. Not for a defector or a former officer
    ("العقيد المنشق", "a former colonel"), nor when the clause ties the officer to another force."""
    event = draft.event
    lex = lexicon()
    if any(a.mention.lexicon_id and a.mention.lexicon_id in lex
           and lex.get(a.mention.lexicon_id).category in T.STATE_CATEGORIES for a in event.actors):
        return None
    ranks = {fold(r) for r in T.ARABIC_STATE_RANKS} | {r.lower() for r in T.ENGLISH_STATE_RANKS}
    for person in event.people:
        if person.role not in ("killed", "injured") or not person.rank:
            continue
        if (fold(person.rank) if person.language == "ar" else person.rank.lower()) not in ranks:
            continue
        if any(_defector(clause, person) for clause in draft.clauses):
            continue
        entry = lex.get(T.IMPLIED_STATE_FORCE)
        name = entry.name_ar if language == "ar" and entry.name_ar else entry.name_en
        return Mention("organization", name, language, entry.id, draft.clauses[0].start, entry.category)
    return None


def _defector(clause: Clause, person: PersonMention) -> bool:
    """A defected, former or retired officer, or one of a force other than the state's, in the clause naming him."""
    text = clause.text
    where = text.find(person.name)
    if where < 0:
        return False
    window = text[max(0, where - 50):where + len(person.name) + 50]
    regex = T.ARABIC_DEFECTOR if clause.a.language == "ar" else T.ENGLISH_DEFECTOR
    return bool(re.search(regex, window, 0 if clause.a.language == "ar" else re.I))


@dataclass
class ArticleContext:
    exclude_orgs: set[str]


def outlet_ids(article: Article) -> set[str]:
    """Lexicon ids of the outlet itself: never an actor of its own report."""
    ids: set[str] = set()
    for name in (article.outlet, article.attribution):
        if name:
            for language in ("ar", "en"):
                ids |= {e.id for e in lexicon().lookup(name, language)}
    return ids


def extract(article: Article) -> list[ExtractedEvent]:
    """Every event of an article, in article order."""
    analysis = analyse(article)
    context = ArticleContext(exclude_orgs=outlet_ids(article))
    drafts: list[Draft] = []
    for start, end in sentences(article.text):
        clause = Clause(analysis, start, end)
        if is_statistics(clause) or is_denial(clause):
            continue
        if only_background_dates(clause):
            if drafts:   # "identified him as X, released from prison in 2020": still names the event's victim
                _add_people(drafts[-1], identified_people(clause, victim_role(drafts[-1].event)))
            continue
        event = candidate(clause, context)
        if event is None:
            if drafts:
                _add_people(drafts[-1], identified_people(clause, victim_role(drafts[-1].event)))
            continue
        target = merge_target(drafts, event, clause)
        if target is not None:
            merge(target, event, clause)
            continue
        draft = Draft(event, [clause])
        _note_victims(draft)
        drafts.append(draft)
    return [finish(d, article) for d in drafts]


def finish(draft: Draft, article: Article) -> ExtractedEvent:
    event = draft.event
    if event.date is None:
        reason = ("relative date but the publication date is unknown (pass --published)"
                  if article.published is None else "no date in the text for this event")
        event.review.append(("date", reason))
        event.date_precision = "unknown"
    # local fighters get the event's place once it is known
    fixed: list[ActorMention] = []
    for actor in event.actors:
        mention = actor.mention
        if mention.proposed_id and mention.proposed_id.endswith("-local-fighters") and event.place is not None:
            mention = local_fighters(event.place, article.language, mention.start)
        key = mention.lexicon_id or mention.proposed_id or mention.name
        if all((a.mention.lexicon_id or a.mention.proposed_id or a.mention.name) != key for a in fixed):
            fixed.append(ActorMention(mention, actor.side))
    event.actors = fixed
    implied = implied_state_forces(draft, article.language)
    if implied is not None:
        event.actors.append(ActorMention(implied, "b"))
    return event


def lexicon_record(kind: str, lexicon_id: str):
    """A record made from a lexicon entry (the adapter drafts uses for first-time entries)."""
    from ..records.model import Aliases, Coordinates, Organization, Place, Text

    lex = lexicon()
    if lexicon_id not in lex:
        return None
    entry = lex.get(lexicon_id)
    if entry.kind != kind:
        return None
    name = Text(en=entry.name_en, ar=entry.name_ar)
    aliases = Aliases(en=list(entry.aliases_en), ar=list(entry.aliases_ar))
    if kind == "place":
        coordinates = Coordinates(lat=entry.lat, lon=entry.lon) if entry.lat is not None and entry.lon is not None else None
        return Place(id=entry.id, status="reviewed", name=name, aliases=aliases, kind=entry.place_kind,
                     parent=entry.parent, coordinates=coordinates, geonames=entry.geonames)
    return Organization(id=entry.id, status="reviewed", name=name, aliases=aliases, category=entry.category,
                        parent=entry.parent, wikidata=entry.wikidata)


def lexicon_lookup(kind: str, name: str) -> str | None:
    """The lexicon id whose name or alias is exactly `name` (either language), or None."""
    for language in ("ar", "en"):
        for entry in lexicon().lookup(name, language):
            if entry.kind == kind:
                return entry.id
    return None
