"""Step: the organizations of a clause that took part in its event, with their sides."""

from __future__ import annotations

import re

from ..lang import common as C
from ..lexicon import LexiconMatch
from ..mentions import ActorMention, Mention, PersonMention
from ..names import romanise, slug
from .event_type import is_former
from .model import Clause
from .options import ExtractOptions


def actors_of(clause: Clause, type_: str, place: Mention | None, exclude: set[str]) -> list[ActorMention]:
    """Organizations of the clause with sides: the attacker a, the target b; sources and outlets left out."""
    found: list[tuple[int, Mention]] = []
    names = [n for n in clause.names if n.kind == "organization"]
    lex = clause.a.options.lexicon
    passes = clause.pack.passes
    set_aside: set[int] = set()     # organizations the words before them make no party
    hedged: set[int] = set()        # starts of those named only as suspected: not identified
    for index, match in enumerate(names):
        entry = lex.get(match.entry_id)
        if entry.category in C.NON_ACTOR_CATEGORIES or match.entry_id in C.NON_ACTOR_IDS or match.entry_id in exclude:
            continue
        if entry.since and clause.a.published and clause.a.published < entry.since:
            continue    # the name meant another force then (الأمن العام of HTS before December 2024)
        if passes.is_attribution(clause, match) or _source_parent(clause, match) or _modifier(clause, match) \
                or is_former(clause, match.start, match.end) \
                or _is_backer(clause, match, entry.category) or _not_a_party(clause, match) \
                or (type_ == "protests" and _protested_against(clause, match)) \
                or (index - 1 in set_aside and _coordinated(clause, names[index - 1], match)):
            set_aside.add(index)
            continue
        if _is_possessor(clause, names, index) or _qualifies_unit(clause, names, index):
            continue
        parent_of = index > 0 and passes.is_parent_link(clause, names[index - 1], match)
        if _hedged(clause, match):
            hedged.add(match.start)
        if match.adjective and not passes.adjective_names_actor(clause, match):
            continue
        found.append((match.start, Mention("organization", match.surface, clause.a.language, match.entry_id,
                                           match.start, "parent" if parent_of else entry.category)))
    for start, _end in clause.spans("LOCAL_FIGHTERS"):
        if any(n.start <= start < n.end for n in names):
            continue   # the lexicon names this group already
        if place is not None:
            found.append((start, local_fighters(place, clause.a.language, start, clause.a.options)))
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
        elif mention.start not in hedged:
            out.append(ActorMention(mention, sides[id(mention)]))
    return out


def local_fighters(place: Mention, language: str, start: int, options: ExtractOptions) -> Mention:
    """The unnamed local armed group of a place: `<place>-local-fighters`."""
    lex = options.lexicon
    place_id = place.lexicon_id
    place_name = place.name
    if place_id:
        entry = lex.get(place_id)
        place_name = getattr(entry, f"name_{language}") or entry.name_en or place.name
    name = options.pack(language).words.LOCAL_FIGHTERS_NAME.format(place=place_name)
    english_place = lex.get(place_id).name_en if place_id else None
    english = options.pack("en").words.LOCAL_FIGHTERS_NAME.format(place=english_place or romanise(place.name))
    return Mention("organization", name, language, None, start, "identity_militia",
                   proposed_id=f"{place_id or slug(place.name)}-local-fighters", name_en=english)


def _is_backer(clause: Clause, match: LexiconMatch, category: str | None) -> bool:
    """"ميليشيا لواء القدس المدعومة من إيران", "a group backed by Iran": a foreign sponsor is not an actor
    (a local force backing a gang, "backed by the regime's Military Security", stays an associated actor)."""
    if category not in C.SPONSOR_CATEGORIES:
        return False
    return bool(clause.pack.cue("BACKER").search(clause.pack.passes.cue_text(clause.before(match.start, 30))))


def _hedged(clause: Clause, match: LexiconMatch) -> bool:
    """"a drone believed to belong to the coalition", "مسلحين يرجح انتماؤهم لتنظيم داعش": an organization the
    article names only as suspected is not identified (settled coding rule 1), unless what is suspected is
    its place ("raided a suspected IS hideout": the target); a later sentence naming it outright still makes
    it a party."""
    return bool(clause.pack.cue("HEDGED_ACTOR").search(clause.pack.passes.cue_text(clause.before(match.start, 50)))) \
        and not clause.pack.cue("HEDGED_PLACE_AFTER").match(clause.a.text, match.end)


def _source_parent(clause: Clause, match: LexiconMatch) -> bool:
    """The organization a source of the report belongs to ("أفادت وزارة الداخلية التابعة للحكومة السورية",
    "said the Interior Ministry of the Syrian government"): a source, not an actor."""
    return bool(clause.pack.cue("SOURCE_PARENT").search(clause.pack.passes.cue_text(clause.before(match.start, 70))))


# After an organization's name, a suffix that makes it a modifier of the noun that follows ("the regime-allied
# Liwa al-Quds", "Iranian-backed militias", "SDF-held areas"): it says whose ally, sponsor or area that is.
_MODIFIER_SUFFIX = re.compile(r"-(?:allied|backed|affiliated|aligned|linked|loyal|supported|sponsored|funded|held|"
                              r"controlled|run)\b", re.IGNORECASE)


def _modifier(clause: Clause, match: LexiconMatch) -> bool:
    """The organization only qualifies the noun after it ("the Assad regime-allied militia"): no party."""
    return bool(_MODIFIER_SUFFIX.match(clause.a.text, match.end))


def _not_a_party(clause: Clause, match: LexiconMatch) -> bool:
    """The organization is what is searched for, what someone is accused of supporting, a term of an
    agreement ("بحثاً عن خلايا داعش", "accusing them of supporting X", "يقضي بانسحاب الفرقة الرابعة"),
    or whose the place of the event is ("قرب حاجز لقوات الأسد", "in areas controlled by the SDF")."""
    before = clause.pack.passes.cue_text(clause.before(match.start, 50))
    return bool(clause.pack.cue("NOT_PARTY").search(before) or clause.pack.cue("LOCATION_OWNER").search(before))


def _protested_against(clause: Clause, match: LexiconMatch) -> bool:
    """"a protest against the government", "وقفة احتجاجية ضد النظام": the protesters are the actor."""
    return bool(clause.pack.cue("PROTEST_TARGET").search(clause.pack.passes.cue_text(clause.before(match.start, 40))))


# What joins two organizations of one list: "قوات النظام وقسد", "the government forces and Iran-backed militias".
_LIST_JOINER = re.compile(r"\s*[,،]?\s*(?:و|أو|او|and|or)?\s*(?:the\s+)?", re.IGNORECASE)


def _coordinated(clause: Clause, previous: LexiconMatch, match: LexiconMatch) -> bool:
    """The organization is the next item of a list after `previous` ("areas controlled by the government
    forces and Iran-backed militias", "بحثاً عن خلايا داعش وحراس الدين"): what sets `previous` aside sets
    it aside too."""
    return bool(_LIST_JOINER.fullmatch(clause.a.text[previous.end:match.start]))


# What may stand between a unit and its parent named to qualify it: "الفرقة الرابعة بقوات الأسد",
# "the Fourth Division of the regime forces".
_UNIT_OF = re.compile(r"\s*(?:[بل]|في|من|of(?: the)?|in(?: the)?)?\s*", re.IGNORECASE)


def _qualifies_unit(clause: Clause, names: list[LexiconMatch], index: int) -> bool:
    """The parent of the unit named right before it, joined by a preposition only: it says whose unit
    that is, and is not a second actor."""
    if index == 0:
        return False
    unit = names[index - 1]
    lex = clause.a.options.lexicon
    if names[index].entry_id not in {e.id for e in lex.ancestors(unit.entry_id)}:
        return False
    return bool(_UNIT_OF.fullmatch(clause.a.text[unit.end:names[index].start]))


def _is_possessor(clause: Clause, names: list[LexiconMatch], index: int) -> bool:
    """"the regime's Military Security": the possessor only qualifies the unit named after it."""
    if index + 1 >= len(names):
        return False
    between = clause.a.text[names[index].end:names[index + 1].start]
    return bool(re.fullmatch(r"['’]s?\s+", between))


def _sides(clause: Clause, mentions: list[Mention]) -> list[str]:
    """a for the initiator (before the casualty word or after "by"), b for the target."""
    if not mentions:
        return []
    casualty = next((h.start for h in clause.hits if h.klass in (C.KILL, C.INJURE)), None)
    sides = []
    for index, mention in enumerate(mentions):
        if casualty is not None and clause.pack.passes.is_victim_side(clause, mention, casualty):
            sides.append("b")
        else:
            sides.append("a" if index == 0 or "a" not in sides else "b")
    if "a" not in sides and sides:
        sides[-1] = "a" if len(sides) > 1 else sides[-1]
    return sides


def implied_state_forces(people: list[PersonMention], actors: list[ActorMention], clauses: list[Clause],
                         language: str, options: ExtractOptions) -> Mention | None:
    """The army as side b when a victim carries a state military rank and no state force is named:
    "قُتل العميد X بانفجار عبوة" is an attack on the Syrian army. Not for a defector or a former officer
    ("العقيد المنشق", "a former colonel"), nor when the clause ties the officer to another force."""
    lex = options.lexicon
    if any(a.mention.lexicon_id and a.mention.lexicon_id in lex
           and lex.get(a.mention.lexicon_id).category in C.STATE_CATEGORIES for a in actors):
        return None
    ranks = {pack.match_key(rank) for pack in options.packs.values() for rank in pack.words.STATE_RANKS}
    for person in people:
        if person.role not in ("killed", "injured") or not person.rank:
            continue
        if options.pack(person.language).match_key(person.rank) not in ranks:
            continue
        if any(_defector(clause, person) for clause in clauses):
            continue
        entry = lex.get(C.IMPLIED_STATE_FORCE)
        name = (entry.name_ar if language == "ar" else entry.name_en) or entry.name_en or entry.id
        return Mention("organization", name, language, entry.id, clauses[0].start, entry.category)
    return None


def _defector(clause: Clause, person: PersonMention) -> bool:
    """A defected, former or retired officer, or one of a force other than the state's, in the clause naming him."""
    text = clause.text
    span = person.written_in(text)
    if span is None:
        return False
    window = text[max(0, span[0] - 50):span[1] + 50]
    return bool(clause.pack.cue("DEFECTOR").search(window))
