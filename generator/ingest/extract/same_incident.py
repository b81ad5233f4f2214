"""A later sentence with an event word of its own that tells more of the incident before it, though it names
another place or day than the incident's (`frames.merge_target`, `frames.by_place_and_date`): where its victim comes
from, where the family mourning or burying the dead lives, "the town" with no name, which is the incident's, or the
incident's toll risen on a later day. Each says what toll it allows: none of its own, the same dead, or a risen toll of
the same incident; a source retelling it (`retells`); the seat of its governorate named with no toll of its own. And
a sentence that tells again of an earlier incident than the last, at its town."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lang import common as C
from ..mentions import ExtractedEvent, Mention
from .clauses import PERIOD_KINDS, event_hits, has_own_day, recalls_precedent, speech_days
from .draft import Draft
from .model import Clause, Hit
from .place import SPREAD_SUB_TYPES, event_place, origin_at, places_of, scene_named
from .place_lists import same_place_as
from .place_order import AREA_KINDS, kind_of, same_or_within
from .place_seats import named_as_city, seat_of_governorate_holding

VICTIM_ROLES = frozenset(C.ROLE_OF_CLASS.values()) | frozenset(C.ROLE_OF_SUB_TYPE.values())
# How far after the means of a sentence's own act its place may stand ("بقصف مدفعي لقوات النظام على قرية X").
OWN_ACT_PLACE_REACH = 40


def adds_no_toll(event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """The sentence's toll is none, or the incident's, kind by kind: it adds no dead or hurt of its own."""
    return all(new is None or new == old for new, old in ((event.fatalities, last.fatalities),
                                                         (event.injured, last.injured)))


def act_told_again(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"The fighting erupted late on Tuesday after a dispute at a checkpoint", "The clashes, which left four people dead,
    underline ...": a sentence whose subject is the act just told, by its definite noun, tells that act again, on
    whatever day it started; not with "also", another toll, or another town than the act's."""
    if not clause.pack.cue("ACT_TOLD_AGAIN_OPENING").match(clause.text) or clause.has("ADDITIVE"):
        return False
    return adds_no_toll(event, last) and (event.place is None or same_or_within(last.place, event.place,
                                                                                 clause.a.options.lexicon))


def continues_incident(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """A sentence that names victims and refers back to the incident just reported by a definite noun ("أسفر
    الهجوم عن مقتل X"، "قُتلا بالكمين الذي ..."، "X was killed in the attack"), or mourns them or gives their
    names ("نعت صفحات ... ثلاثة قتلى وهم: X"، "published the names of the victims"), is more of that incident,
    whatever other place it names (where the wounded or the bodies were taken, where the dead came from); but for
    one that gives the names of its own act's victims in another town ("قُتلت امرأة بقصف مدفعي على قرية X، مشيراً
    إلى أن أسماء المصابين هي: ...")."""
    if not any(p.role in VICTIM_ROLES for p in event.people) or _own_act_elsewhere(clause, event, last):
        return False
    return bool(clause.pack.cue("INCIDENT_REFERENCE").search(clause.text)) or mourns(clause)


def _own_act_elsewhere(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """The sentence tells the means of its own act, an indefinite noun after ب ("قُتلت امرأة بقصف مدفعي على قرية X"),
    and then, within a few words, its place, a town or village that is not the last incident's nor within it; not the
    act told before hitting another place too ("القصف طال أيضاً قرية X"، "الغارات الروسية استهدفت أيضاً قرية X"), nor
    the dead told before by their definite noun ("القتلى الذين سقطوا بقصف مدفعي مصدره قرية X"، "على منطقة جبل X"), nor
    a place named before the act ("... المنحدر من مدينة حمص، إثر استهداف ...": where the dead came from)."""
    place, lex = event.place, clause.a.options.lexicon
    if place is None or place.start < 0 or kind_of(place, lex) in AREA_KINDS:
        return False
    means, told = clause.pack.cue("OWN_ACT_MEANS"), clause.pack.cue("DEAD_TOLD_BEFORE")
    if any(hit.klass == C.KILL and told.match(clause.a.text, hit.start) for hit in clause.hits):
        return False
    return any(hit.klass not in (C.KILL, C.INJURE) and 0 < place.start - hit.end <= OWN_ACT_PLACE_REACH
               and means.match(clause.a.text, hit.start) for hit in clause.hits) \
        and not same_or_within(last.place, place, lex)


def mourns(clause: Clause) -> bool:
    """"ونعت عائلة X ابنها Z"، "His family mourned X": the sentence mourns the dead or gives their names."""
    return bool(clause.pack.cue("VICTIMS_NAMED").search(clause.a.text, clause.start, clause.end))


def tells_of_the_dead(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"ونعت عائلة X في مدينة Y ابنها Z", "وشُيّع جثمانه في قريته": the family mourns the dead told of with no toll of
    its own, or buries them (where it lives, the day of the burial). `continues_incident` joins a mourning that names
    victims on the incident's day only. Not the names of the victims of an act of its own at another town."""
    return mourns(clause) and adds_no_toll(event, last) and not _own_act_elsewhere(clause, event, last) \
        or buries(clause, event, last)


def buries(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"وشُيّع جثمانه في قريته ظهر اليوم", "He was buried in his home village": the funeral or burial of the dead told
    before, where their family lives, on a later day. Only when the sentence's event words are the dead and hurt
    themselves (a blast or a shooting at a funeral is another incident), and its dead ("جثمانه": one) are no more than
    the incident's, named or counted (one when it has none yet: a burial tells a death)."""
    if not clause.pack.cue("BURIAL").search(clause.text) or event.injured \
            or any(hit.klass not in (C.KILL, C.INJURE) for hit in clause.hits) \
            or new_victim(event, last, clause.pack.match_key):
        return False
    known = max(last.fatalities or 0, _named_dead(last), 1)
    return event.fatalities is None or event.fatalities <= known


def updates_toll(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"وصباح اليوم، ارتفعت حصيلة ضحايا التفجير في منطقة عفرين إلى ثلاثة قتلى", "The toll of the attack in the Masyaf
    countryside rose to five on Wednesday": the toll of the incident before, risen on a later day (the wounded who
    died); the sentence places it at the incident's place or an area that holds it (or nowhere), tells an incident of
    the same type, and its dead are no fewer."""
    if not clause.has("ROSE_TO") or event.type != last.type or event.fatalities is None:
        return False
    if any(d.background or d.match.kind in PERIOD_KINDS for d in clause.dates) \
            or event.date is not None and last.date is not None and event.date < last.date:
        return False   # the toll of an incident told as past ("القصف الذي استهدف الحي الأسبوع الماضي")
    lex = clause.a.options.lexicon
    if not (same_or_within(last.place, event.place, lex) or same_or_within(event.place, last.place, lex)
            or _city_of_district(event.place, last.place, clause)):
        return False
    return event.fatalities >= (last.fatalities or 0)


def _city_of_district(city: Mention | None, place: Mention | None, clause: Clause) -> bool:
    """"تفجير جبلة" of a village of the Jableh countryside: a city of the district that holds the place, the
    incident named by the district's city."""
    if city is None or place is None or not city.lexicon_id or not place.lexicon_id:
        return False
    lex = clause.a.options.lexicon
    if lex.get(city.lexicon_id).place_kind != "city":
        return False
    districts = [{e.id for e in lex.ancestors(entry_id) if e.place_kind == "district"}
                 for entry_id in (city.lexicon_id, place.lexicon_id)]
    return bool(districts[0] & districts[1])


def new_victim(event: ExtractedEvent, known: ExtractedEvent, key: Callable[[str], str]) -> bool:
    """The sentence names a victim, and the incident has named victims of whom this is none."""
    named = {key(p.name) for p in known.people if p.role in C.ROLE_OF_CLASS.values()}
    return bool(named) and any(p.role in C.ROLE_OF_CLASS.values() and key(p.name) not in named
                               for p in event.people)


def names_its_dead(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"وتبيّن أن القتيل هو المدعو X"، "إن القتيلين هما X وY"، "The dead man was identified as X": a sentence that
    identifies the dead by the definite noun for them names the last incident's dead, whatever day or town it tells of
    them; not when it tells an act of its own (an event word besides that noun: "وفي مدينة جاسم، قُتل شاب بانفجار عبوة،
    والقتيل هو X"), says "also", names more dead than the incident counts, or others than the dead it has named."""
    identified = clause.pack.cue("DEAD_IDENTIFIED").search(clause.a.text, clause.start, clause.end)
    if identified is None or clause.has("ADDITIVE"):
        return False
    if any(not identified.start() <= hit.start < identified.end() and not _told_before(clause, hit)
           for hit in event_hits(clause)):
        return False
    if new_victim(event, last, clause.pack.match_key):
        return False
    named = _named_dead(event)
    return 0 < named and (last.fatalities is None or named <= last.fatalities)


def names_its_one_dead_in_its_area(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"The governor of Nahtah was shot dead" then "X was heading to work in the eastern Daraa countryside when he was
    assassinated": a sentence that tells one named person killed by the same kind of act, on no other day, in an area
    of the governorate that holds the last incident's town, names that incident's one dead, whom it had not named."""
    lex = clause.a.options.lexicon
    place, town = event.place, last.place
    # not "also" (a second killing of a roundup), nor one told with a time of its own or as a precedent ("Last year,
    # X was shot dead in the Daraa countryside", «ويأتي ذلك بعد أيام من اغتيال X»); the incident's own day told again is
    # no other time
    other_time = any(d.background or d.resolved is None or d.resolved.date != last.date for d in clause.dates)
    if clause.has("ADDITIVE") or other_time or clause.has("VAGUE_EARLIER") or recalls_precedent(clause) \
            or clause.pack.cue("EARLIER_PERIOD_OPENING").match(clause.text):
        return False
    if last.fatalities != 1 or _named_dead(last) or _named_dead(event) != 1 or event.fatalities not in (None, 1) \
            or event.injured or event.type != last.type or event.date not in (None, last.date) \
            or place is None or town is None or not place.lexicon_id or not town.lexicon_id \
            or kind_of(place, lex) not in AREA_KINDS - {"country"} or kind_of(town, lex) in AREA_KINDS:
        return False
    governorate = lex.governorate_of(place.lexicon_id)
    return governorate is not None and governorate == lex.governorate_of(town.lexicon_id)


def _named_dead(event: ExtractedEvent) -> int:
    return sum(person.role == C.ROLE_OF_CLASS[C.KILL] for person in event.people)


def _told_before(clause: Clause, hit: Hit) -> bool:
    """An event word with the definite article refers to what was told before ("الجثة نُقلت إلى المستوصف", "the body
    was taken to"): no act of its own."""
    return bool(clause.pack.cue("DEFINITE_EVENT_WORD").search(clause.a.text[max(0, hit.start - 5):hit.start + 2]))


def from_origin_only(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"X, displaced from Palmyra, was killed at dawn today": a sentence whose only place is where its victims come
    from names no scene; with no toll of its own, or with the toll of an incident of its kind told before with none
    (`gives_toll_from_origin`), it tells more of the incident before it."""
    return _placed_at_origin_only(clause, event) \
        and (adds_no_toll(event, last) or _toll_of_one_with_none(clause, event, last))


def gives_toll_from_origin(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"جريمة قتل بحق عائلة ..." then "... عائلة X المقيم في بلدة Y، ما أسفر عن مقتل زوجتيه وإصابته": a sentence placed
    only where its victims live gives its toll to the incident of its kind told before with none, unless it says
    "also" («كما»: another killing)."""
    return _placed_at_origin_only(clause, event) and _toll_of_one_with_none(clause, event, last) \
        and bool(event.fatalities or event.injured)


def _placed_at_origin_only(clause: Clause, event: ExtractedEvent) -> bool:
    return event.place is not None and event.place.start >= 0 and origin_at(clause, event.place.start)


def _toll_of_one_with_none(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    return last.fatalities is None and last.injured is None \
        and (event.type, event.sub_type) == (last.type, last.sub_type) and not clause.has("ADDITIVE")


def _whole_toll_again(clause: Clause, event: ExtractedEvent, known: ExtractedEvent) -> bool:
    """The sentence gives the incident's dead and hurt again, both counted and at least two people in all, for the same
    kind of act, placed nowhere or in the incident's governorate (two mines of one toll in two governorates are two)."""
    tolls = ((event.fatalities, known.fatalities), (event.injured, known.injured))
    if not all(new is not None and new == old for new, old in tolls) or (event.fatalities or 0) + (event.injured or 0) < 2 \
            or (event.type, event.sub_type) != (known.type, known.sub_type):
        return False
    lex = clause.a.options.lexicon
    here = lex.governorate_of(event.place.lexicon_id) if event.place is not None and event.place.lexicon_id else None
    there = lex.governorate_of(known.place.lexicon_id) if known.place is not None and known.place.lexicon_id else None
    return event.place is None or here is not None and here == there


def adds_nothing(clause: Clause, event: ExtractedEvent, known: ExtractedEvent) -> bool:
    """No "also", no toll but the incident's, no victim it does not have: the sentence adds nothing to the incident."""
    return not clause.has("ADDITIVE") and adds_no_toll(event, known) and not new_victim(event, known, clause.pack.match_key)


def another_act(event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """An arrest, a protest, a shelling or a strike that the incident was not: an act of its own, not more of the
    incident (a car burned in the incident is more of it)."""
    return event.type != last.type and (event.sub_type == "arrests" or event.type == C.PROTESTS
                                        or event.sub_type in SPREAD_SUB_TYPES)


def seat_tells_more(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"اغتال مجهولون عنصراً ... في بلدة X" then "ويتهم ناشطون الخلايا بالاغتيالات ضد أهالي درعا": a sentence with no
    casualty and no toll of its own at the seat of the governorate that holds the incident's place names the
    governorate, and tells more of the incident (a source in the city, the people of the province). A shelling, an
    arrest or a protest there that the incident was not is another incident; so is the seat named as the city."""
    place, at = event.place, last.place
    if place is None or at is None or event.fatalities is not None \
            or event.injured is not None or clause.has("ADDITIVE"):
        return False
    if another_act(event, last):
        return False
    if any(person.role in C.ROLE_OF_CLASS.values() for person in event.people) \
            or any(hit.klass in (C.KILL, C.INJURE) for hit in clause.hits):
        return False
    if not seat_of_governorate_holding(place.lexicon_id, at.lexicon_id or at.within, clause.a.options.lexicon):
        return False
    # (a place found in no text of the clause has no words around it)
    return place.start < 0 or not named_as_city(clause, place.start, place.start + len(place.name))


def refers_back(clause: Clause) -> bool:
    """"بينما توفي الشاب X لاحقاً ... في البلدة": a sentence that names no place and says "the town" speaks of the
    incident's town, told just before, whatever other town the article named last (a road's end, a village nearby);
    not when it has a day of its own or adds to the dead ("كما اغتيل ضابط، منتصف الشهر، ... في المدينة")."""
    return bool(clause.pack.cue("ANAPHORIC_PLACE").search(clause.text)) and not places_of(clause) \
        and not clause.pack.passes.unknown_places(clause) and not has_own_day(clause) \
        and not clause.has("ADDITIVE")


def draft_at(drafts: Sequence[Draft], place: Mention | None, type_: str | None = None) -> Draft | None:
    """The latest of the drafts at the place (and of the type, when one is given)."""
    if place is None:
        return None
    return next((d for d in reversed(drafts) if same_place_as(d.event.place, place)
                 and (type_ is None or d.event.type == type_)), None)


def earlier_incident_at(drafts: list[Draft], event: ExtractedEvent, clause: Clause) -> Draft | None:
    """An earlier incident than the last, of the sentence's type and at its town, that a sentence with no day of its
    own tells of again: with no toll (its dead named, a source's account of it), or a source's account with the
    incident's own toll ("وأفاد مراسل بأن مسلحين أطلقوا النار على الشاب في تلبيسة، ما أدى إلى مقتله"; a shooting it may
    tell as a clash)."""
    if event.place is None or same_place_as(drafts[-1].event.place, event.place):
        return None
    if event.fatalities is None and event.injured is None:
        return None if has_own_day(clause) else draft_at(drafts[:-1], event.place, event.type)
    target = draft_at(drafts[:-1], event.place)
    if target is None or not _same_kind_of_act(clause, event, target.event):
        return None
    told_again = clause.pack.cue("SOURCE_OPENING").match(clause.text) and adds_nothing(clause, event, target.event) \
        and (not has_own_day(clause) or target.event.date in (None, event.date))
    return target if told_again else None


def _same_kind_of_act(clause: Clause, event: ExtractedEvent, known: ExtractedEvent) -> bool:
    """The same type of act, or a shooting a source tells as a clash, or an attack told by no weapon ("الاستهداف وقع
    عند مدخل بلدة X": the drone strike told before) (no weapon word: a drone strike is no shooting)."""
    return event.type == known.type or not any(hit.klass == C.WEAPON for hit in clause.hits) and (
        {event.type, known.type} == {C.VAC, C.BATTLES} or (event.type, event.sub_type) == (C.VAC, "attack"))


def dead_named_again(drafts: list[Draft], event: ExtractedEvent, clause: Clause) -> Draft | None:
    """The incident whose dead a sentence opens by naming ("وعُرف من قتلى الكمين: X من ريف جبلة، ...", "The victims of
    the shelling were ..."), with no day of its own: the last one of the kind the sentence names (an ambush, a
    shelling), else the one at the town it names (not a town the dead come from), else the last one."""
    if not clause.pack.cue("DEAD_NAMED_OPENING").match(clause.text) or has_own_day(clause):
        return None
    if (event.type, event.sub_type) != (C.VAC, "attack"):    # a kind of its own, not "قتلى" or "هجوم" alone
        of_kind = next((d for d in reversed(drafts) if (d.event.type, d.event.sub_type) == (event.type, event.sub_type)),
                       None)
        if of_kind is not None:
            return of_kind
    where = event.place if event.place is not None and not origin_at(clause, event.place.start) else None
    return draft_at(drafts, where) or drafts[-1]


def named_for(drafts: list[Draft], clause: Clause, carried: Draft | None) -> Draft | None:
    """The earlier incident than the last whose people a sentence without an event of its own names: the one at the
    town where the sentence names the dead ("والقتيل في طفس هو X" after an incident told at another town; "The victims
    of the Azaz bombing were ..."; not a burial, a home or a workplace there), and for the lines with no event word of
    a list after it (a table of the dead, each with their home town), the same one. None: the last incident's."""
    if carried is not None and not clause.hits:
        return carried
    if len(drafts) < 2 or not (clause.pack.cue("DEAD_NAMED_OPENING").match(clause.text) or mourns(clause)):
        return None
    place, _ = event_place(clause)
    if place is None or origin_at(clause, place.start) or same_place_as(drafts[-1].event.place, place):
        return None
    return draft_at(drafts[:-1], place)


def retells(clause: Clause, event: ExtractedEvent, last: Draft) -> bool:
    """A sentence that opens by crediting a source ("وقال مصدر محلي إن ..."، "According to X, ...") and adds
    nothing that makes it another incident tells the incident before it again, wherever it places it (a
    finer place, the agency's city, where the body was found). It is another incident when it has a day of
    its own other than the incident's, says the attack was carried out again, gives a toll that differs
    from the incident's, or names a victim the incident does not have, or at another town (not where the victims
    came from) names a person killed where the incident killed no one or tells of "another young man" before the
    town; and, between two towns of the gazetteer neither of which holds the other, only the same toll tells that it
    is the same incident. A
    shelling or a strike told at another place is another incident, and so is a protest told at another place
    than the killing before it."""
    if not clause.pack.cue("SOURCE_OPENING").match(clause.text) or clause.has("RENEWED"):
        return False
    known = last.event
    tolls = [(event.fatalities, known.fatalities), (event.injured, known.injured)]
    # the day the source spoke is no day of its own when it tells the incident's dead again, counted or named ("وقال
    # المرصد، اليوم الإثنين، إن القتيلين هما X وY")
    named = _named_dead(event) or None
    told = [(event.fatalities if event.fatalities is not None else named, known.fatalities), tolls[1]]
    spoke = speech_days(clause) if any(new is not None and new == old for new, old in told) else []
    if has_own_day(clause, spoke) and (event.date is None or event.date != known.date) \
            and not (event.date is None and known.date is None and _whole_toll_again(clause, event, known)):
        return False     # a day of its own: another day, or one the publication date cannot resolve ("فجر الاثنين"),
        # unless neither day can be resolved and the whole toll is told again ("SANA quoted a source as saying: a
        # landmine exploded on Sunday evening, killing three and wounding nine" after "three killed, nine wounded")
    if any(new is not None and old is not None and new != old for new, old in tolls):
        return False
    if new_victim(event, known, clause.pack.match_key):
        return False
    lex = clause.a.options.lexicon
    place = scene_named(clause, event)   # (not where the source is: "وقال مراسل تلفزيون سوريا في دير الزور إن")
    if (event.sub_type in SPREAD_SUB_TYPES or event.type == C.PROTESTS != known.type) and place is not None \
            and not same_place_as(known.place, place):
        return False     # a shelling or a strike hits several places at once (ACLED), a protest follows a killing
    if place is not None and known.place is not None and not same_place_as(known.place, place) \
            and not same_or_within(known.place, place, lex) and not (place.start >= 0 and origin_at(clause, place.start)):
        other = clause.pack.cue("OTHER_VICTIM_NOUN").search(clause.a.text, clause.start, clause.end)
        if not known.fatalities and _named_dead(event) or other is not None and other.end() <= place.start:
            return False     # a person named dead at another town than an incident with no dead, or "another young
            # man" and then the town ("أطلقوا النار على شاب آخر في بلدة X"), not where the victims came from
    if (place is not None and known.place is not None and place.lexicon_id and known.place.lexicon_id
            and not same_or_within(known.place, place, lex) and not same_or_within(place, known.place, lex)):
        return any(new and new == old for new, old in tolls)
    return True
