"""Steps 2 to 4: a candidate event per clause with a trigger, merged into the event of the article it
describes again, then finished (an undated event asks for review; local fighters take the event's
place; a victim's state rank implies the army)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Article
from ..lang import common as C
from ..mentions import ActorMention, ExtractedEvent, Mention
from .actors import actors_of, implied_state_forces, local_fighters
from .clauses import dated_by_period, event_hits, has_own_day, has_protest, only_background_dates, speech_days
from .counts import answered, casualty_counts, named_with_companions
from .incident_tolls import count_named_victims, named_within_toll, whole_toll_again
from .draft import Draft, add_people, only_survivors
from .dates import (another_day_of_month, another_unresolved_day, apply_date, assume_date, event_date, same_day,
                    undated_review)
from .event_type import bomb_named_later, civilian_targeting, event_type
from .markers import adds_victims, opens_new_incident
from .model import Clause
from .options import ExtractOptions
from .people import people_of, people_told_again
from .communities import as_community
from .place import SPREAD_SUB_TYPES, event_place, origin_at, place_detail, place_review
from .place_lists import same_place_as
from .place_order import finer, same_or_within
from .same_incident import (act_told_again, adds_no_toll, adds_nothing, another_act, continues_incident, dead_named_again,
                            earlier_incident_at, from_origin_only, gives_toll_from_origin, names_its_dead,
                            names_its_one_dead_in_its_area, new_victim, refers_back, retells, seat_tells_more,
                            tells_of_the_dead, updates_toll)
from .wounds import count_wounded_died_later

@dataclass
class ArticleContext:
    exclude_orgs: set[str]


def outlet_ids(article: Article, options: ExtractOptions) -> set[str]:
    """Lexicon ids of the outlet itself: never an actor of its own report."""
    ids: set[str] = set()
    for name in (article.outlet, article.attribution):
        if name:
            for language in options.packs:
                ids |= {e.id for e in options.lexicon.lookup(name, language)}
    return ids


def candidate(clause: Clause, context: ArticleContext) -> ExtractedEvent | None:
    hits = event_hits(clause)
    if not hits and not has_protest(clause):
        return None
    type_, sub_type = event_type(clause, hits)
    resolved, _unresolved = event_date(clause)
    place, geo = event_place(clause)
    if place is not None and clause.pack.cue("DESTINATION_BEFORE").search(_before_name(clause, place)):
        place = None   # where the wounded were taken ("were taken to a hospital in X") is no scene
    people = people_of(clause, type_, sub_type)
    killed, injured = casualty_counts(clause, named_with_companions(clause, people))
    event = ExtractedEvent(type=type_, sub_type=sub_type, quote=clause.text.strip(), start=clause.start,
                           place=place, geo_precision=geo if place else None, fatalities=killed, injured=injured)
    apply_date(event, resolved)
    event.review += place_review(clause, place)
    event.place_detail = place_detail(clause, place)
    event.civilian_targeting = civilian_targeting(clause, type_, sub_type)
    event.actors = actors_of(clause, type_, place, context.exclude_orgs)
    event.people = people
    return event


# How far (characters) a draft place's name may start after the start of its mention (a place word and clitics).
MAX_PLACE_WORD_BEFORE_NAME = 16


def _before_name(clause: Clause, place: Mention) -> str:
    """The text before a place's name, with the place word a draft place's mention opens with ("لمدينة دمشق")."""
    limit = place.start + MAX_PLACE_WORD_BEFORE_NAME + len(place.name)
    name_at = clause.a.text.find(place.name, place.start, limit)
    return clause.before(place.start, 80) + (clause.a.text[place.start:name_at] if name_at > place.start else "")


def listed_again(drafts: list[Draft], event: ExtractedEvent) -> Draft | None:
    """The incident a place of a list already has ("قُتل ثلاثة في البارة. ... واستهدف القصف بلدات
    البارة، وإحسم، وبلشون"): an earlier incident of the same type and day at that place (any day, for a list that
    gives none: the same list told again)."""
    return next((d for d in reversed(drafts) if d.event.type == event.type
                 and (event.date is None or d.event.date == event.date)
                 and event.place is not None and same_place_as(d.event.place, event.place)), None)


def _told_in_list(drafts: list[Draft], event: ExtractedEvent) -> Draft | None:
    """"قصفت قوات النظام قرى A وB وC ... وفي B، قُتل طفلان": a sentence at a place of a list told before, on no
    other day, tells more of the incident the list made there (not the last incident's, nor one of its own)."""
    if event.place is None:
        return None
    return next((d for d in drafts[:-1] if d.listed
                 and (event.date is None or d.event.date == event.date) and same_place_as(d.event.place, event.place)),
                None)


def merge_target(drafts: list[Draft], event: ExtractedEvent, clause: Clause) -> Draft | None:
    """The earlier event this candidate describes again, if any."""
    if not drafts:
        return None
    text = clause.pack.match_key(clause.text)
    for draft in reversed(drafts):   # a victim named again, maybe with a clitic before (not "الحماد" of "الحمادة")
        if any(re.search(re.escape(victim) + r"(?!\w)", text) for victim in draft.victims):
            return draft
    told = _told_in_list(drafts, event)
    if told is not None:
        return told
    if clause.has("COVERING_INCIDENT") and not has_own_day(clause):
        return drafts[-1]   # "Meanwhile, a cameraman was wounded while covering the clashes": the clashes told
    if clause.has("OTHER_ACCOUNT") and not has_own_day(clause):
        return drafts[-1]   # "وفي الوقت نفسه، أوردت صفحات محلية رواية أخرى تفيد بأن ...": the incident told another way
    if clause.has("CLAIMED_INCIDENT") and not has_own_day(clause) \
            and (not opens_new_incident(clause) or clause.has("RELATED_CONTEXT")) \
            and (event.place is None or same_or_within(drafts[-1].event.place, event.place, clause.a.options.lexicon)):
        return drafts[-1]   # "وفي سياق متصل، تبنى تنظيم الدولة العملية ... قتل عنصرين": the incident, claimed
    if act_told_again(clause, event, drafts[-1].event):
        return drafts[-1]   # "The fighting erupted late on Tuesday after a dispute at a checkpoint"
    last_clauses = drafts[-1].clauses
    if opens_new_incident(clause) or arrests_after(clause, event, drafts[-1].event) \
            or event.date is None and event.fatalities is not None and another_day_of_month(clause, last_clauses) \
            or event.date is None and (event.fatalities is not None or event.injured is not None) \
            and another_unresolved_day(clause, last_clauses):
        return None
    if names_its_dead(clause, event, drafts[-1].event):
        return drafts[-1]   # "وتبيّن أن القتيل هو المدعو X", told with the day he went missing or the town he came from
    earlier = dead_named_again(drafts, event, clause) or earlier_incident_at(drafts, event, clause)
    if earlier is not None:
        return earlier   # "ووثّق المرصد أسماء قتلى التفجير في اعزاز" after an incident told at another town
    if _done_to_the_victim(clause, event, drafts[-1].event):
        return drafts[-1]   # "وكان مسلحان أطلقا النار عليه مساء الأحد": the act the incident's victim died of
    if clause.pack.cue("TAKEN_AWAY_OPENING").match(clause.text):
        return drafts[-1]   # "ونُقل جثمان العنصر والمصابون إلى مشفى في X": where the victims were taken
    if updates_toll(clause, event, drafts[-1].event) or tells_of_the_dead(clause, event, drafts[-1].event):
        return drafts[-1]   # the toll risen on a later day; the dead mourned or buried where their family lives
    if retells(clause, event, drafts[-1]):
        return drafts[-1]
    if (event.date is None or event.date == drafts[-1].event.date) and continues_incident(clause, event, drafts[-1].event):
        return drafts[-1]   # "قُتلا بالكمين الذي ..." names the victims of the incident before (same_incident.py)
    if _names_incident_again(clause, event.place) and not has_own_day(clause):
        return drafts[-1]
    if event.place is None and event.date is not None:
        for draft in reversed(drafts):   # "No group has claimed yesterday's ambush": the event of that day
            if draft.event.date == event.date:
                return draft
        if not another_act(event, drafts[-1].event) and not has_own_day(clause, speech_days(clause)) \
                and adds_no_toll(event, drafts[-1].event):
            return drafts[-1]   # "The monitor said on Tuesday that the two men were members of ...": only the day it spoke
    if names_its_one_dead_in_its_area(clause, event, drafts[-1].event):
        return drafts[-1]
    return by_place_and_date(drafts, event, clause)


def _done_to_the_victim(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """The sentence's first act is done to "him" or "them", the victim told before, at the incident's place and not
    after its day, and it adds no victim of its own: the act the victim died of, told again (the incident keeps the
    lead's day)."""
    first = min(event_hits(clause), key=lambda h: h.start, default=None)
    victim = clause.pack.cue("PRONOUN_VICTIM").search(clause.a.text, clause.start, clause.end)
    if first is None or victim is None or victim.start() > first.end + 3 or not adds_nothing(clause, event, last):
        return False
    if event.place is not None and not same_or_within(last.place, event.place, clause.a.options.lexicon):
        return False   # "On Sunday, an IED targeted them in the town of Y": another town, another incident
    return event.date is None or last.date is None or event.date <= last.date   # (not what was done to them later)


def by_place_and_date(drafts: list[Draft], event: ExtractedEvent, clause: Clause) -> Draft | None:
    """Where `merge_target`'s cues decide nothing: the candidate joins the last incident when its place and
    date allow it (a detail of the incident, a source going on about it), else opens its own."""
    options = clause.a.options
    last = drafts[-1]
    same_place = same_or_within(last.event.place, event.place, options.lexicon) or refers_back(clause) \
        or seat_tells_more(clause, event, last.event)
    if event.date is None:
        if event.place is None or same_place:
            # not a day of its own with a victim of its own beside the incident's named ones ("ويوم الأحد الماضي
            # عثرت القوى الأمنية على جثة لاجئ يدعى X" after another body named), unless told as the victim's companion
            # ("كما أصيب مساء الأحد الشاب X الذي كان يقف بالقرب منه"، "وكان برفقته صديقه X": the incident's too)
            return None if has_own_day(clause) and new_victim(event, last.event, clause.pack.match_key) \
                and not clause.has("ADDITIVE") and not clause.pack.cue("COMPANION_PRONOUN").search(clause.text) else last
        if gives_toll_from_origin(clause, event, last.event):
            return last   # the toll of an incident told with none, at where its victims live
        # a detail of the incident ("among the dead", "the toll"), or a source going on ("وأضاف أن ...")
        # about it, unless it gives a toll of its own at another town: "وأضاف أن بلدة إحسم تعرضت للقصف
        # أيضاً، ما أدى إلى مقتل 7" is the next incident of a roundup
        # ("وأضاف مراسلنا أن الطفل X قتل ... في مدينة Y": a victim the incident does not have is a toll too),
        # or tells a shelling or a strike at another town, with or without a toll ("وأضاف أن قوات النظام
        # استهدفت بلدتي X وY"): one shelling hits several places, an incident each (as `retells` has it)
        own_toll = event.fatalities is not None or event.injured is not None \
            or new_victim(event, last.event, clause.pack.match_key)
        another = own_toll or event.sub_type in SPREAD_SUB_TYPES
        if clause.has("DETAIL") and not (another and len(clause.spans("DETAIL")) == len(clause.spans("DETAIL_SPEECH"))):
            return last
        # an undated sentence with no toll of its own at the place of an earlier incident than the
        # last, of its type, is about that one
        if event.fatalities is not None or event.injured is not None:
            return None
        return next((d for d in reversed(drafts[:-1]) if d.event.type == event.type
                     and same_place_as(d.event.place, event.place)), None)
    if not same_place and not from_origin_only(clause, event, last.event):
        return None
    if last.event.date is None:
        return last      # the lead gave no date, this sentence gives the incident's day
    if event.date == last.event.date:
        return last
    if last.event.date_end is not None and last.event.date <= event.date <= last.event.date_end:
        return last
    return None


def arrests_after(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"وعقب الهجوم، شنت القوات حملة مداهمات أسفرت عن اعتقال ستة أشخاص", "Police later arrested a suspect", "The two
    other cell members were arrested": arrests told after an incident of another kind, with no casualty of their own,
    are an incident of their own (another kind of act, as ACLED codes them). Not arrests the incident or its attackers
    made, which stand before the act as its subject ("وأسفر الهجوم عن اعتقال المهاجمين", "the attackers seized
    another guard"), nor those made during the operation told before ("خلال الحملة", "during the raid"); nor an arrest
    told as background ("وكانت الشرطة قد اعتقلت الشاب العام الماضي")."""
    if event.sub_type != C.ARRESTS or last.sub_type == C.ARRESTS or event.fatalities or event.injured:
        return False
    if clause.pack.cue("PLUPERFECT_OPENING").match(clause.text) or only_background_dates(clause) \
            or dated_by_period(clause):
        return False
    if clause.pack.cue("AFTER_INCIDENT_OPENING").match(clause.text):
        return True
    if clause.has("DURING_OPERATION"):
        return False
    first = min((h.start for h in event_hits(clause)), default=clause.end)
    return not any(start < first for start, _ in clause.spans("INCIDENT_AGAIN") + clause.spans("ATTACKERS"))


def _names_incident_again(clause: Clause, place: Mention | None) -> bool:
    """"الاستهداف أدى لمقتل X، ونقل المصاب إلى مشافي دمشق": the incident named again with the article
    before the sentence's casualty word; the sentence tells more about the incident before it. Not when
    the sentence's own place stands between the two: "واستهدف القصف المدفعي منازل في قرية X، ولم تقع
    إصابات" reports another shelling."""
    casualties = [h.start for h in clause.hits if h.klass in (C.KILL, C.INJURE)]
    if not casualties:
        return False
    place_start = -1 if place is None else place.start
    return any(start < casualties[0] and not start < place_start < casualties[0]
               for start, _ in clause.spans("INCIDENT_AGAIN"))


def merge(draft: Draft, event: ExtractedEvent, clause: Clause) -> None:
    """Fill the blanks of an event from a later sentence about the same occurrence."""
    target = draft.event
    if finer(event.place, target.place, clause.a.options.lexicon):
        target.place, target.geo_precision = event.place, event.geo_precision
    if target.place_detail is None:
        target.place_detail = event.place_detail
    # "the toll rose to N": the new toll replaces a smaller one, unless another source says so (its claim); the
    # writer's own sum after a source's word ("ما يرفع حصيلة القتلى إلى خمسة") is the toll now
    risen = clause.has("ROSE_TO") and (not clause.has("OTHER_SOURCE") or clause.has("TOLL_NOW"))
    retold = whole_toll_again(event, target)    # "killing two and wounding another", said twice: nobody added
    if target.fatalities is None and event.fatalities is not None:
        target.fatalities = event.fatalities
    elif target.fatalities and event.fatalities and not retold and adds_victims(clause, C.KILL) \
            and not named_within_toll(target, event, clause, "killed"):
        target.fatalities += event.fatalities   # "Two of his companions were also killed"
    elif target.fatalities is not None and event.fatalities is not None and risen:
        target.fatalities = max(target.fatalities, event.fatalities)
    if target.injured is None and event.injured is not None:
        target.injured = event.injured
    elif target.injured and event.injured and not retold and adds_victims(clause, C.INJURE) \
            and not named_within_toll(target, event, clause, "injured"):
        target.injured += event.injured
    elif target.injured is not None and event.injured is not None and risen:
        target.injured = max(target.injured, event.injured)
    count_wounded_died_later(clause, event, target)
    if target.date is None and event.date is not None:
        target.date, target.date_end, target.date_precision = event.date, event.date_end, event.date_precision
        target.flags = event.flags
        target.review += [r for r in event.review if r[0] == "date"]
    if (target.type, target.sub_type) == (C.VAC, "attack") and event.type in (C.EXPLOSIONS,) \
            and not any(h.klass == C.SHOOT for h in event_hits(draft.clauses[0])) \
            or bomb_named_later(draft.clauses[0], (target.type, target.sub_type), (event.type, event.sub_type)):
        # "killed in X", "targeted X" told as an explosion later; not a shooting the lead names
        target.type, target.sub_type = event.type, event.sub_type
    known = {a.mention.lexicon_id or a.mention.name for a in target.actors}
    same_kind = event.type == target.type or event.type == C.VAC and event.sub_type == "attack" \
        or clause.has("CLAIMED_INCIDENT")   # the claimant and whom it says it hit are the incident's sides
    for actor in event.actors if same_kind else []:
        if (actor.mention.lexicon_id or actor.mention.name) not in known:
            target.actors.append(actor)
            known.add(actor.mention.lexicon_id or actor.mention.name)
    draft.clauses.append(clause)
    add_people(draft, people_told_again(clause, event.people, target), clause.a.options)


def refine_place(draft: Draft, clause: Clause) -> None:
    """A sentence without an event word that names a town inside the incident's area gives the
    incident its place ("... in the western Daraa countryside. The attack targeted a car at the
    entrance of the town of X."). A sentence dated to another day than the incident's is about that day: not
    used; one dated to the incident's day, or with a day that cannot be resolved (an undated report's
    "يوم أمس الأحد"), says where the incident took place ("وقع الاستهداف يوم أمس في بلدة X"); so does one that
    opens by telling when an incident its lead left undated took place, the day it gives being the incident's
    (`refine_date`: "A drone strike in northwestern Syria killed ..." then "The strike, carried out on Monday on the
    edge of the city of Idlib, ..."; not "The victims of the strike were buried on Tuesday in X").
    Nor is a sentence that only says where the victims come from ("وأشارت إلى أن الشابين ينحدران من قرية X")."""
    dates_it = draft.event.date is None and bool(clause.pack.cue("INCIDENT_TOLD_WHEN").match(clause.text))
    if any(d.background or d.resolved is not None and d.resolved.date != draft.event.date and not dates_it
           for d in clause.dates):
        return
    place, geo = event_place(clause)
    if place is not None and origin_at(clause, place.start):
        return
    if finer(place, draft.event.place, clause.a.options.lexicon):
        draft.event.place, draft.event.geo_precision = place, geo
        draft.event.place_detail = draft.event.place_detail or place_detail(clause, place)


def refine_date(draft: Draft, clause: Clause) -> None:
    """A sentence without an event word that names the incident again and says when it happened, after a lead
    that left it undated ("ارتفعت حصيلة الهجوم ..." then "وقد وقع الهجوم مساء أمس"): its day dates the incident.
    Any other sentence's day may be a funeral's, a statement's or a follow-up's (measured on the dev part: taking
    every day moved the cut of six articles)."""
    if draft.event.date is not None or opens_new_incident(clause) or not clause.spans("INCIDENT_AGAIN"):
        return
    resolved, _ = event_date(clause)
    if resolved is not None and resolved.date is not None and resolved.precision == "day":
        apply_date(draft.event, resolved)


def finish(draft: Draft, article: Article, options: ExtractOptions, before: ExtractedEvent | None = None) -> ExtractedEvent:
    """The event of a draft, completed; `before` is the article's event before it."""
    event = draft.event
    if event.date is None and before is not None and before.date is not None and draft.clauses[0].has("SAME_DAY"):
        same_day(event, before)
    if event.date is None and article.published_date is not None:
        assume_date(event, before, article.published_date)
    count_named_victims(event)
    if event.place is None and draft.follows is not None:   # arrests after an incident, told with no place of their own
        event.place, event.geo_precision = draft.follows.event.place, draft.follows.event.geo_precision
    event.place, reviews = as_community(event.place, options.lexicon, draft.clauses[0].a.names)
    event.review += reviews
    # "دون ورود أنباء عن إصابات", "no reports of casualties": a casualty word that tells of no one hurt
    hit_classes = {h.klass for clause in draft.clauses for h in clause.hits
                   if not any(start <= h.start < end for start, end in clause.spans("UNREPORTED_CASUALTIES"))
                   and not answered(clause, h)}   # "اندلعت على خلفية مقتل شاب": the cause's dead, not this one's
    if event.fatalities is None and C.KILL not in hit_classes and (
            event.injured or C.INJURE in hit_classes or only_survivors(draft)):
        event.fatalities = 0     # injured (even "several") or its target survived, nobody said killed: ACLED's 0
    if event.date is None:
        undated_review(event, article.published is not None)
    # local fighters get the event's place once it is known
    fixed: list[ActorMention] = []
    for actor in event.actors:
        mention = actor.mention
        if mention.proposed_id and mention.proposed_id.endswith("-local-fighters") and event.place is not None:
            mention = local_fighters(event.place, article.language, mention.start, options)
        key = mention.lexicon_id or mention.proposed_id or mention.name
        if all((a.mention.lexicon_id or a.mention.proposed_id or a.mention.name) != key for a in fixed):
            fixed.append(ActorMention(mention, actor.side))
    event.actors = fixed
    implied = implied_state_forces(event.people, event.actors, draft.clauses, article.language, options)
    if implied is not None:
        event.actors.append(ActorMention(implied, "b"))
    return event
