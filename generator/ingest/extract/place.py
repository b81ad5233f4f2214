"""Step: the place of an event (the gazetteer's most specific place of the clause, else a draft
place after a place word) and a finer place detail inside it."""

from __future__ import annotations

from dataclasses import replace

from ...records.model import GeoPrecision
from ..lexicon import Lexicon, LexiconMatch
from ..mentions import ExtractedEvent, Mention
from ..normalise import fold
from .list_villages import list_villages
from .model import Clause
from .not_scene import dateline, destination, fired_from, road_place, second_of_between, suburbs_of
from .place_context import (DRAFT_TOWN_KINDS, FINER_THAN_TOWN, PLACE_SPECIFICITY, in_article_area, known_draft,
                            known_spelling, mention, named_as_neighbourhood, start_with_article, town_holding,
                            town_of_neighbourhood, town_referred_to)
from .place_order import AREA_KINDS, specificity
from .place_seats import governorate_of, without_seats_of_towns

# ACLED geo precision by the chosen place's kind.
GEO_PRECISION: dict[str, GeoPrecision] = {"site": 1, "neighbourhood": 1, "village": 1, "town": 1, "city": 1, "subdistrict": 2,
                 "district": 2, "region": 3, "governorate": 3, "country": 3}


def places_of(clause: Clause) -> list[LexiconMatch]:
    """Gazetteer places of the clause that may be its scene: without names used for a neighbourhood
    (حي الثورة is not al-Thawra city), a landmark (دوار الروضة is no village) or a person ("Qusay
    al-Halqi"), a city named for its government (قوات دمشق), in an outlet's name (موقع "درعا 24") or a
    military council's (مجلس منبج العسكري), where the fire came from, a hospital the wounded were taken to, a
    dateline, a city named for its suburbs, and where a force operates when another place is named."""
    out = [m for m in clause.names if m.kind == "place" and not _not_a_place(clause, m)]
    operating = clause.pack.cue("OPERATING_IN_BEFORE")
    scene_of_event = [m for m in out if not operating.search(clause.before(m.start, 40))]
    if scene_of_event:
        out = scene_of_event   # "قصفت فصائل عاملة في إدلب محيط مدينة سراقب": where a force operates is no scene
    out = [m for m in out if not _where_a_home_lies(clause, m)]   # "من مدينة مورك بحماة": Hama only places Morek
    located = [m for m in out if not _origin_place(clause, m) and not road_place(clause, m)]
    if len(located) < len(out) and any(_located_town(clause, m) for m in located):
        out = located   # "on the A-B highway near C", "natives of A ... near C": the event is at C
    elif any(_origin_place(clause, m) for m in out) and any(_town_or_site(clause, m) and not _compass_reference(clause, m)
                                                            for m in located):
        out = [m for m in out if not _origin_place(clause, m)]   # "a convoy heading from A to the C dam": C
        # (not "residents of A, south of Damascus": Damascus only says where A lies)
    out = [m for i, m in enumerate(out) if not (i and second_of_between(clause, out[i - 1], m))]
    out = [m for m in out if not fired_from(clause, m.start)]
    scenes = [m for m in out if not destination(clause, m.start)]
    if scenes:
        out = scenes
    others = [m for m in out if not dateline(clause, m) and not suburbs_of(clause, m)]
    return _one_per_name(clause, others)


def _one_per_name(clause: Clause, matches: list[LexiconMatch]) -> list[LexiconMatch]:
    """Of places that share a name (one span, several entries), the ones whose admin chain holds the
    most of the places the article names elsewhere (its governorate, district, a town nearby); all of
    them when the article does not tell (best_place then takes the first in gazetteer order)."""
    spans: dict[tuple[int, int], list[LexiconMatch]] = {}
    for match in matches:
        spans.setdefault((match.start, match.end), []).append(match)
    if all(len(same) == 1 for same in spans.values()):
        return matches
    out = []
    for span, same in spans.items():
        if len(same) > 1:
            shared = _context_scores(clause, [m.entry_id for m in same], span)
            best = max(shared.values())
            same = [m for m in same if shared[m.entry_id] == best]
        out.extend(same)
    return out


def _context_scores(clause: Clause, ids: list[str], span: tuple[int, int]) -> dict[str, int]:
    """For each same-named place, how many of the places the article names elsewhere (and the areas
    holding them) are in its own admin chain."""
    lex = clause.a.options.lexicon

    def chain(entry_id: str) -> set[str]:
        return {entry_id} | {e.id for e in lex.places_containing(entry_id) if e.place_kind != "country"}

    context = set().union(*(chain(n.entry_id) for n in clause.a.names
                            if n.kind == "place" and (n.start, n.end) != span and n.entry_id not in ids))
    return {entry_id: len(context & chain(entry_id)) for entry_id in ids}


def place_review(clause: Clause, place: Mention | None) -> list[tuple[str, str]]:
    """A review when the place shares its name with other places of the gazetteer and the article
    names nothing that tells them apart: the choice is a guess."""
    if place is None or not place.lexicon_id:
        return []
    lex = clause.a.options.lexicon
    others = [e.id for e in lex.same_named(place.lexicon_id)]
    if not others:
        return []
    shared = _context_scores(clause, [place.lexicon_id, *others], (place.start, place.start + len(place.name)))
    if shared[place.lexicon_id] > max(shared[o] for o in others):
        return []
    return [("place", f"{place.name} is the name of {len(others) + 1} places of the gazetteer "
                      f"({', '.join([place.lexicon_id, *others])}) and the article does not say which: "
                      f"{place.lexicon_id} is a guess")]


def _not_a_place(clause: Clause, match: LexiconMatch) -> bool:
    """A gazetteer name used here as the name of something else (see `places_of`)."""
    before, after = clause.before(match.start, 30), clause.after(match.end, 30)
    pack = clause.pack
    if named_as_neighbourhood(clause, match.start) or pack.cue("DEMONYM", 0).fullmatch(match.surface) \
            or pack.cue("CURRENCY_BEFORE").search(before):
        return True
    if pack.cue("ACTOR_CITY_BEFORE").search(before) or pack.cue("ACTOR_CITY_AFTER").search(after):
        return True
    if pack.cue("COUNCIL_NAME_BEFORE").search(before) and pack.cue("COUNCIL_NAME_AFTER").search(after):
        return True
    if pack.cue("OUTLET_NAME_BEFORE").search(before) or pack.cue("OUTLET_NAME_AFTER").search(after) \
            or pack.cue("DUAL_NOUN_NAME").search(match.surface + after) \
            or pack.cue("OUTLET_TOLD_BEFORE").search(before) and pack.cue("OUTLET_TOLD_AFTER").search(after):
        return True
    kind = clause.a.options.lexicon.get(match.entry_id).place_kind
    named = pack.passes.place_name(match.surface, pack) == match.surface     # not "بلدة جلين"
    if kind in ("village", "town") and named and (pack.cue("LANDMARK_NAME_BEFORE").search(before)
                                        or pack.cue("LANDMARK_NAME_AFTER").search(after)):
        return True
    if match.ambiguous and any(m.adjective and m.start > match.end and not clause.a.text[match.end:m.start].strip()
                               for m in clause.names):
        return True   # "جراء عدوان إسرائيلي": the everyday word an adjective of a country describes
    return _everyday_word(clause, match, before, after) or bool(pack.cue("PERSON_NAME_AFTER", 0).search(after)) \
        and not _located(clause, match) or clause.person_hit(match.start, match.end)


def _everyday_word(clause: Clause, match: LexiconMatch, before: str, after: str) -> bool:
    """A place name that is also an everyday word, used as the word: before a masculine relative pronoun after a
    preposition or nothing ("قرب التل الذي ..."), or, for the names that are first of all everyday nouns, before any
    relative pronoun right after "inside" ("داخل المزرعة التي يعمل بها"); never after a place noun ("بلدة المزرعة")."""
    pack = clause.pack
    if not match.everyday_word or pack.cue("PLACE_KIND_BEFORE").search(before):
        return False
    nouns = pack.memo("everyday-nouns-naming-places",
                      lambda: frozenset(fold(n) for n in pack.words.EVERYDAY_NOUNS_NAMING_PLACES))
    return bool(pack.cue("EVERYDAY_WORD_AFTER").search(after) and pack.cue("EVERYDAY_WORD_BEFORE").search(before)) \
        or fold(match.surface) in nouns and bool(pack.cue("INSIDE_BEFORE").search(before)) \
        and bool(pack.cue("RELATIVE_PRONOUN_AFTER").search(after))


def _located(clause: Clause, match: LexiconMatch) -> bool:
    """The place is introduced as the scene ("in X", "near the town of X", "قرب مدخل بلدة X")."""
    return bool(clause.pack.cue("LOCATION_CUE").search(clause.before(match.start, 40)))


def _located_town(clause: Clause, match: LexiconMatch) -> bool:
    """A village, town or city introduced as the scene ("near Khirbet Ghazala", "قرب مدينة درعا")."""
    if clause.a.options.lexicon.get(match.entry_id).place_kind not in ("village", "town", "city"):
        return False
    return _located(clause, match)


def _town_or_site(clause: Clause, match: LexiconMatch) -> bool:
    """A village, town, city or site: a place an origin gives way to (an area does not: "a group from
    Nawa fought in the western Daraa countryside" is at Nawa)."""
    return clause.a.options.lexicon.get(match.entry_id).place_kind in ("village", "town", "city", "site")


def _compass_reference(clause: Clause, match: LexiconMatch) -> bool:
    """The place follows a compass direction right after another place ("A, south of Damascus", "عربين شرق دمشق"): a
    reference point for A, not the scene (alone, "an area north of al-Sukhnah" is at al-Sukhnah)."""
    compass = clause.pack.cue("COMPASS_BEFORE").search(clause.a.text, max(clause.start, match.start - 40), match.start)
    if compass is None:
        return False
    head = clause.a.text[clause.start:compass.start()].rstrip().rstrip(",،").rstrip()
    return any(n.kind == "place" and n.end == clause.start + len(head) for n in clause.names)


def _origin_place(clause: Clause, match: LexiconMatch) -> bool:
    return origin_at(clause, match.start)


def _where_a_home_lies(clause: Clause, match: LexiconMatch) -> bool:
    """"المتطوع X من مدينة مورك بحماة", "a native of Morek in Hama": a place right after a victim's home (joined as
    LARGER_PLACE_JOIN says) that holds it, or the city that names the governorate or district holding it, says where
    the home lies, and is no more the scene than the home is; so does a region or the country after that ("ينحدر من
    بلدة X بمحافظة درعا جنوبي سوريا": a home the gazetteer lacks lies in the governorate or district after it)."""
    # the places a home may be, read once: the gazetteer's, and those it lacks (None)
    homes: list[tuple[int, int, LexiconMatch | None]] = [(m.start, m.end, m) for m in clause.names if m.kind == "place"]
    homes += [(d.start, d.start + len(d.name), None) for d in clause.pack.passes.unknown_places(clause)]
    return _places_a_home(clause, match, homes)


def _places_a_home(clause: Clause, match: LexiconMatch, homes: list[tuple[int, int, LexiconMatch | None]]) -> bool:
    lex, text, join = clause.a.options.lexicon, clause.a.text, clause.pack.cue("LARGER_PLACE_JOIN")
    kind, city_name = lex.get(match.entry_id).place_kind, lex.get(match.entry_id).name_ar

    def holds(home: LexiconMatch | None) -> bool:
        if kind in ("region", "country"):
            return True
        if home is None:
            return kind in ("governorate", "district", "subdistrict")
        # "حماة" is matched as the city, which names the governorate (or "عفرين" the district) the home lies in; not
        # Tafas, a city too
        holding = lex.ancestors(home.entry_id)
        return match.entry_id in {a.id for a in holding} or kind == "city" and any(
            a.name_ar in (f"محافظة {city_name}", f"منطقة {city_name}") for a in holding)

    return any(end <= match.start and (home is None or home.entry_id != match.entry_id)
               and join.fullmatch(text, end, match.start) and holds(home)
               and (origin_at(clause, start) or home is not None and _places_a_home(clause, home, homes))
               for start, end, home in homes)


def origin_at(clause: Clause, start: int) -> bool:
    """"ثلاثة شبان من أبناء طفس", "a native of Jasim", "الشاب X من درعا": the place at `start` is where the
    victims come from, not where it happened."""
    before = clause.before(start, 60)
    return bool(clause.pack.cue("ORIGIN").search(before[-40:]) or clause.pack.cue("PERSON_ORIGIN").search(before))


def scene_named(clause: Clause, event: ExtractedEvent) -> Mention | None:
    """The sentence's place, unless it is where its source is ("وقال مراسل تلفزيون سوريا في دير الزور إن ..."); where
    people come from stays ("residents of Jasim set tyres on fire": they protest there)."""
    place = event.place
    source = place is not None and place.start >= 0 and clause.pack.cue("SOURCE_PLACE_BEFORE").search(
        clause.before(place.start, 60))
    return None if place is None or source else place


def best_place(matches: list[LexiconMatch], clause: Clause) -> LexiconMatch | None:
    """The most specific place: descendants beat their ancestors, then kind, then text order."""
    if not matches:
        return None
    lex = clause.a.options.lexicon
    ancestors = {a.id for m in matches for a in lex.ancestors(m.entry_id)}
    candidates = without_seats_of_towns([m for m in matches if m.entry_id not in ancestors] or matches, clause)

    def rank(m: LexiconMatch) -> tuple[int, int]:
        kind = lex.get(m.entry_id).place_kind or "region"
        specific = PLACE_SPECIFICITY.index(kind) if kind in PLACE_SPECIFICITY else len(PLACE_SPECIFICITY)
        return (0 if specific <= PLACE_SPECIFICITY.index("city") else 1, m.start)

    return min(candidates, key=rank)


# Events whose list of towns is a list of incidents: each strike or shell landed somewhere.
SPREAD_SUB_TYPES = frozenset({"air_drone_strike", "shelling_artillery_missile_attack"})


def listed_places(clause: Clause) -> list[Mention]:
    """The towns of a list ("shelled the towns of A, B and C", "قصف بلدتي آفس وسرمين"), in text order, also those
    the gazetteer lacks named after a place word ("محيط مدينة X وقرية Y جنوبها، وبلدة Z غربها"); empty when the
    clause names one place or its places are not one list."""
    lex = clause.a.options.lexicon
    towns = [(m.start, m.end, m.entry_id, mention(clause, m)) for m in places_of(clause)
             if lex.get(m.entry_id).place_kind in ("village", "town", "city")]
    towns += [(d.start, d.start + len(d.name), fold(d.name), in_article_area(clause, d)) for d in _scene_drafts(clause)]
    # a town a place lies south of ("وقرية Y شمال شرق X، وقرية Z") is a reference point, no item of the list
    reference = clause.pack.cue("COMPASS_BEFORE")
    towns = [town for town in towns if not reference.search(clause.before(town[0], 30))]
    towns = sorted(towns + list_villages(clause, towns), key=lambda town: town[0])
    if len(towns) < 2:
        return []
    joiner = clause.pack.cue("PLACE_LIST_JOINER")
    run = [towns[0]]
    for town in towns[1:]:
        if joiner.search(clause.pack.passes.cue_text(clause.a.text[run[-1][1]:town[0]])):
            run.append(town)
        elif len(run) < 2:
            run = [town]
        else:
            break
    if len(run) < 2 or len({key for _, _, key, _ in run}) < len(run) \
            or clause.pack.cue("ROAD_ENDS_BEFORE").search(clause.before(run[0][0], 40)):
        return []
    return [place for _, _, _, place in run]


def _scene_drafts(clause: Clause) -> list[Mention]:
    """The towns and villages of `_drafts_of_scenes` that overlap no name the gazetteer matched."""
    matched = [(m.start, m.end) for m in clause.names if m.kind == "place"]
    return [d for d in _drafts_of_scenes(clause)
            if d.hint in DRAFT_TOWN_KINDS and not any(d.start < e and s < d.start + len(d.name) for s, e in matched)]


def _drafts_of_scenes(clause: Clause) -> list[Mention]:
    """The places the gazetteer lacks (or has only after a place word) named after a place word, that may be a
    scene: not where people come from, where fire came from or where someone went."""
    return [d for d in clause.pack.passes.unknown_places(clause)
            if not clause.pack.cue("ORIGIN").search(clause.before(d.start, 40)) and not fired_from(clause, d.start)
            and not destination(clause, d.start)]


def event_place(clause: Clause) -> tuple[Mention | None, GeoPrecision]:
    """The place of the event: the gazetteer's most specific place, unless the clause names a finer
    place the gazetteer does not know (a draft place); with no gazetteer place, the first draft place."""
    lex = clause.a.options.lexicon
    places = [governorate_of(clause, m) for m in places_of(clause)]
    # where the victims come from is never the scene ("وهم من بلدة X", "a native of the town of X")
    drafts = _drafts_of_scenes(clause)
    # where a force is stationed gives way to another place, as a gazetteer place does (`places_of`)
    operating = clause.pack.cue("OPERATING_IN_BEFORE")
    stationed = [d for d in drafts if operating.search(clause.before(d.start, 40))]
    if stationed and (places or len(stationed) < len(drafts)):
        drafts = [d for d in drafts if d not in stationed]
    came_from = clause.pack.cue("CAME_FROM_BEFORE")
    stationed_at = [m for m in places if operating.search(clause.before(m.start, 40))]
    if stationed_at and any(not came_from.search(clause.before(d.start, 30)) for d in drafts):
        # ... and so does a gazetteer place to a village the gazetteer lacks ("قصف قوات النظام المتمركزة في بلدة X
        # قرية Y"), not to one the attackers came from ("مسلحون انطلقوا من قرية Y")
        places = [m for m in places if m not in stationed_at]
    # a victim's home ("الشاب X من قرية Y") gives way to another village, town or city of the sentence
    homes = [d for d in drafts if clause.pack.cue("PERSON_ORIGIN").search(clause.before(d.start, 60))]
    scenes = [d for d in drafts if d not in homes]
    if homes and (scenes or any(_town_or_site(clause, m) and not _origin_place(clause, m) for m in places)):
        drafts = scenes
    if scenes:   # nor does a town the victims or the source are from outrank a place the gazetteer lacks
        places = [m for m in places if not _origin_place(clause, m)]
    if any(d.hint in DRAFT_TOWN_KINDS for d in scenes) and all(destination(clause, m.start) for m in places):
        places = []   # nor where the wounded were taken or the attackers fled ("ولاذوا بالفرار باتجاه قرية Y")
    match = best_place(places, clause)
    if match is not None and lex.get(match.entry_id).place_kind in FINER_THAN_TOWN and _in_a_town(lex, match):
        towns = [m for m in places if lex.get(m.entry_id).place_kind in ("village", "town", "city")]
        match = best_place(towns, clause) or match
    if not drafts and (match is None or lex.get(match.entry_id).place_kind in AREA_KINDS):
        drafts = [d for d in [known_draft(clause)] if d is not None]
    if match is None:
        drafts.sort(key=lambda d: d.hint == "neighbourhood")
        if not drafts:
            return town_referred_to(clause), 1
        first = in_article_area(clause, drafts[0])
        return town_of_neighbourhood(clause, first) or known_spelling(clause, first), 1
    kind = lex.get(match.entry_id).place_kind or "region"
    draft = _finer_draft(clause, drafts, match, kind)
    if draft is not None:
        return known_spelling(clause, draft), 1
    if kind in FINER_THAN_TOWN and _in_a_town(lex, match):
        return town_holding(clause, match), 1
    return mention(clause, match), GEO_PRECISION.get(kind, 2)


def _in_a_town(lex: Lexicon, match: LexiconMatch) -> bool:
    """Whether a site or neighbourhood lies inside a town of the gazetteer (a neighbourhood of Daraa):
    then the event is coded at a town the sentence names, the site kept as the detail. A site outside
    any town (سد تشرين, a dam in its district) is a place of its own: a town named with it ("near
    Manbij") is a reference point."""
    return any(e.place_kind in DRAFT_TOWN_KINDS for e in lex.ancestors(match.entry_id))


def _finer_draft(clause: Clause, drafts: list[Mention], match: LexiconMatch, kind: str) -> Mention | None:
    """A place the gazetteer lacks, named with its place word, that is finer than the gazetteer's
    place: a town in an area ("بلدة زاما بريف جبلة"), a subdistrict in a governorate ("ناحية X
    بمحافظة الحسكة"), a town named before a town it is a reference to ("قرية تل شعير شرقي مدينة
    القامشلي") or after it beside "the city" ("بلدة X شرقي المدينة"), an area south of a town ("منطقة X جنوب دمشق") or on its outskirts ("منطقة X على أطراف مدينة
    حمص"). Not a name the gazetteer matched."""
    known = [(start_with_article(clause, m), m.end) for m in clause.names]
    rank = PLACE_SPECIFICITY.index(kind)
    # a town of the sentence is finer than an area it names: "منطقة X بريف حمص ... في بلدة Y" is at Y
    for draft in sorted(drafts, key=lambda d: d.hint not in DRAFT_TOWN_KINDS):
        if draft.hint in FINER_THAN_TOWN or any(s <= draft.start < e for s, e in known):
            continue
        if clause.a.options.lexicon.lookup(draft.name, clause.a.language):
            continue
        before = clause.before(match.start, 30)
        reference = draft.start < match.start and (clause.pack.cue("DIRECTION_BEFORE").search(before)
                                                   or clause.pack.cue("OUTSKIRTS_BEFORE").search(before))
        if draft.hint in DRAFT_TOWN_KINDS:
            finer_place = kind in AREA_KINDS or (draft.start < match.start and specificity(draft) <= rank) \
                or draft.start > match.end and kind in ("city", "town") and _beside_the_city(clause, draft) \
                or _in_its_countryside(clause, draft, match) \
                or road_place(clause, match)    # "على طريق Y-Z في قرية X": the road's towns are its ends
        else:    # a subdistrict, district or area: finer only than a coarser area, or south of a town
            finer_place = (kind in AREA_KINDS and specificity(draft) < rank
                           and (draft.hint != "region" or _in_its_countryside(clause, draft, match))) or bool(reference)
        # the gazetteer's name ends a longer one ("منطقة أشرفية X" beside the town X): another place
        if finer_place or draft.start < match.start and match.end <= draft.start + len(draft.name):
            return replace(draft, within=match.entry_id)
    return None


def _in_its_countryside(clause: Clause, draft: Mention, match: LexiconMatch) -> bool:
    """A place the gazetteer lacks named right before the countryside that holds it ("منطقة جبال X بريف
    اللاذقية"، "بلدة X بريف Y"): a place within that countryside, finer than it. Named alone beside a
    governorate, an area may be as large as it, so it does not replace it."""
    end = draft.start + len(draft.name)
    return end <= match.start and bool(clause.pack.cue("AREA_IN_COUNTRYSIDE").search(clause.a.text[end:match.end]))


def _beside_the_city(clause: Clause, draft: Mention) -> bool:
    """A draft town followed by a direction or countryside of "the city" ("بلدة X شرقي المدينة", "east of the
    city"): it lies outside the city named before, so it is finer than that city, not inside it."""
    after = clause.after(draft.start, len(draft.name) + 40)
    return after.startswith(draft.name) and bool(clause.pack.cue("CITY_REFERRED_AFTER").match(after[len(draft.name):]))


def place_detail(clause: Clause, place: Mention | None) -> str | None:
    """A finer place inside the town (a neighbourhood, a road, a roundabout) when the text names one."""
    lex = clause.a.options.lexicon
    finer = [m for m in clause.names if m.kind == "place" and lex.get(m.entry_id).place_kind in FINER_THAN_TOWN
             and (place is None or m.entry_id != place.lexicon_id)]
    if finer:
        return finer[0].surface
    return clause.pack.passes.place_detail(clause.text, clause.pack)
