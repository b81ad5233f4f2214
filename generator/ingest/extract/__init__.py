"""Extraction: every event of an article, one step per module.

The body is analysed once (`clauses.analyse`: dates, counts, lexicon names,
trigger words, all with offsets in the body), then split into clauses. A
clause with an event trigger (word lists in `ingest/lang/`) is a candidate
event; statistics clauses, denials and clauses whose only dates are
background never are. A candidate that adds no new date or place to the
event before it (or names the same victim) is merged into that event
(`frames`): a lead sentence and its later detail are one event. Each field
comes from its own step (`event_type`, `dates`, `place`, `counts`, `actors`,
`people`), in this order of sources: the event's first clause, then the
clauses merged into it (each only filling blanks). The page's title (a line
without a full stop before the body) and a lead that sums up several
incidents open none: they fill the blanks of the first incident told after
them, or are the report when the body tells none.

Every step receives the clause, and through it the article's language pack
and the lexicon (`options.ExtractOptions`); what differs between languages
is in the pack (`ingest/lang/ar/`, `lang/en/`, `arabic.py`,
`english.py`), not in `if language == ...` branches.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Article
from ..mentions import ExtractedEvent
from .adapters import lexicon_lookup, lexicon_record
from .clauses import (analyse, counts_casualties, dated_by_period, ends_sentence, goes_on_with_background,
                      has_own_day, is_accident, is_caption, is_denial, is_title_line, only_background_dates,
                      recalls_precedent, speaks_in_general, told_days_before, told_months_before)
from .draft import Draft, add_people, note_victims
from .frames import (
    ArticleContext,
    arrests_after,
    candidate,
    finish,
    listed_again,
    merge,
    merge_target,
    outlet_ids,
    refine_date,
    refine_place,
)
from .markers import came_within, opens_new_incident, places_within, told_as_cause
from .model import Clause, Told
from .titles import merge_title, title_summed_several
from .place import places_of
from .place_order import AREA_KINDS, kind_of, same_or_within
from .place_context import FINER_THAN_TOWN
from .options import ExtractOptions, default_options
from .listed_tolls import listed_tolls
from .tallies import (breaks_down_tally, counts_its_incidents, day_total, drop_tally_totals, goes_on_with_tally,
                      is_statistics, lists_tally_part, split_tally_tails)
from .place_lists import campaign_over_places, spread_over_places
from .people import ABDUCTED, DETAINED, KILLED, MENTIONED, TARGET, identified_people, later_roles, victim_role
from .same_incident import named_for
from .two_incidents import incident_clauses, told_without_means

__all__ = ["ExtractOptions", "default_options", "drafted", "extract", "lexicon_lookup", "lexicon_record"]


def extract(article: Article, options: ExtractOptions | None = None) -> list[ExtractedEvent]:
    """Every event of an article, in article order."""
    return drafted(article, options or default_options())[1]


def drafted(article: Article, options: ExtractOptions) -> tuple[list[Draft], list[ExtractedEvent]]:
    """The drafts of an article's events (the sentences that filled each) and their finished events
    (`scripts/train_event_filter.py` learns from both)."""
    analysis = analyse(article, options)
    spans, tally_tails = split_tally_tails(analysis, analysis.sentence_spans())
    clauses = [Clause(analysis, start, end) for start, end in spans]
    drop_tally_totals(analysis, clauses)   # a clause reads the analysis's counts when asked: none kept stale
    context = ArticleContext(exclude_orgs=outlet_ids(article, options))
    drafts: list[Draft] = []
    tally: bool | None = None     # the article opens with a tally: its undated counts are the tally's
    before_first: list[tuple[Clause, Told]] = []     # sentences before the first event: their people join it
    # the page's title and a lead that sums up several incidents: they fill the first incident's blanks
    summaries: list[tuple[ExtractedEvent, Clause]] = []
    within: list[tuple[Draft, Clause]] = []   # incidents and the sentence saying what they came within
    in_body = False
    background_section = False   # under a sub-heading that opens the background
    after_statistics: Clause | None = None     # the sentence before, when it was a statistics sentence
    after_background = False     # the sentence before was background (an earlier incident told as context)
    naming: Draft | None = None  # an earlier incident than the last whose victims the sentences before named
    same_act: dict[tuple[int, int], ExtractedEvent] = {}   # a sentence's later half -> the first half's incident
    sums_several = False         # the body opens with a lead that sums up several incidents
    index = 0
    while index < len(clauses):
        clause = clauses[index]
        index += 1
        title = is_title_line(clause, in_body)
        # a sub-heading, "حوادث متكررة", "Background": a sentence under it with no date, not even "days before", is
        # background
        if title and in_body:
            background_section = clause.has("BACKGROUND_HEADING")
        in_body = in_body or ends_sentence(clause)
        if drafts:
            later_roles(drafts[-1].event.people, clause)
        if is_caption(clause):
            continue
        if background_section and not title and not clause.dates and not clause.has("VAGUE_EARLIER"):
            _name_people(drafts, before_first, clause, Told.BACKGROUND)
            continue
        if is_denial(clause) or is_accident(clause):
            _name_people(drafts, before_first, clause, Told.BACKGROUND)
            continue
        statistics = (clause.start, clause.end) in tally_tails or is_statistics(clause) \
            or after_statistics is not None and (goes_on_with_tally(clause) or lists_tally_part(clause)
                                                 or breaks_down_tally(clause, after_statistics))
        after_statistics = clause if statistics else None
        if statistics:
            # a day's total leaves it to a tally told after it, and so does a toll of a few incidents counted ("قُتل 7
            # أشخاص في 4 حوادث منفصلة خلال اليومين الماضيين"): a roundup's lead that tells each after it
            if tally is None and not day_total(clause) and not counts_its_incidents(clause):
                # nor a count that has just risen, over no span ("ارتفع عدد الذين قتلوا تحت التعذيب ... إلى 184"):
                # the death that raised it is told after it
                tally = counts_casualties(clause) and not (clause.has("ROSE_TO") and not clause.has("TALLY_SPAN"))
            _name_people(drafts, before_first, clause, Told.BACKGROUND)
            continue
        follows_background, after_background = after_background, False
        tells_context = told_as_cause(clause)
        if tells_context and drafts and came_within(clause):
            within.append((drafts[-1], clause))   # "وجاء ذلك ضمن حملة مداهمات في بلدة X": where the incident was
        if recalls_precedent(clause) or speaks_in_general(clause) or told_days_before(clause) or told_months_before(clause) \
                or tells_context or follows_background and goes_on_with_background(clause):
            _name_people(drafts, before_first, clause, Told.ANOTHER_INCIDENT)
            after_background = True   # "وقال نشطاء وقتها إن ...", "وأشار إلى أن ...": more of the earlier incident
            continue
        if only_background_dates(clause) or dated_by_period(clause):
            after_background = True
            if tally is None and dated_by_period(clause) and counts_casualties(clause):
                tally = True
            # "identified him as X, released from prison in 2020": still names the event's victim
            _name_people(drafts, before_first, clause, Told.BACKGROUND)
            continue
        reached = campaign_over_places(drafts[-1].event, clause) if drafts and not has_own_day(clause) else []
        if reached:    # "وطالت الحملة قرى X وY": the campaign told before, at each place (one already told: more of it)
            for one in reached:
                target = listed_again(drafts, one)
                if target is not None:
                    merge(target, one, clause)
                else:
                    drafts.append(Draft(one, [clause], listed=True))
            continue
        halves = incident_clauses(clause)
        if len(halves) > 1:    # "..., في حين أصيب شاب في مدينة Y": two incidents at two places, a clause each
            clause = halves[0]
            clauses[index:index] = halves[1:]
        event = candidate(clause, context)
        if event is not None and len(halves) > 1:   # "..., while another one was killed in Y": by the same kind of act
            same_act.update({(half.start, half.end): event for half in halves[1:] if told_without_means(half)})
        elif event is not None and (clause.start, clause.end) in same_act:
            first = same_act[(clause.start, clause.end)]
            event.type, event.sub_type, event.civilian_targeting = first.type, first.sub_type, first.civilian_targeting
        if event is not None and title:
            if not drafts:       # the page's title: it fills the blanks of the body's first incident
                summaries.append((event, clause))
            continue             # a related report's title or a sub-heading inside the body
        if event is not None and not drafts and clause.has("SEVERAL_INCIDENTS"):
            # a lead that sums up several incidents, told one by one after it (a title line over it sums them too)
            summaries[:] = [(event, clause)]
            sums_several = True
            continue
        if event is None:
            naming = named_for(drafts, clause, naming)
            _name_people(drafts, before_first, clause, target=naming)
            if drafts:
                refine_place(drafts[-1], clause)
                refine_date(drafts[-1], clause)
            continue
        naming = None   # (set again below when the sentence went to an earlier incident than the last)
        if drafts and _told_as_context(event, drafts[0].event):   # an old incident recalled as context
            _name_people(drafts, before_first, clause, Told.BACKGROUND)
            after_background = True
            continue
        if tally is None:
            tally = False
        # "... the regime killed 61 of them": a share of the tally, not an incident ("On the same day, X was killed in
        # Y", "in a separate incident": one)
        if tally and not has_own_day(clause) and not opens_new_incident(clause):
            _name_people(drafts, before_first, clause, Told.BACKGROUND)
            continue
        # a daily toll listed item by item, or a strike on a list of places: an incident each
        parts = listed_tolls(event, clause, lambda part: candidate(part, context)) \
            or [(one, clause) for one in spread_over_places(event, clause)]
        for one, told in parts:
            went_to = _add(drafts, one, told, before_first, listed=len(parts) > 1, under_background=background_section)
            # a sentence that went to an earlier incident than the last ("ووثّق المرصد أسماء قتلى التفجير في اعزاز،
            # وهم:" after an incident at another town): the lines with no event word after it are of that incident too
            naming = went_to if went_to is not drafts[-1] and len(parts) == 1 else None
            for summary, summary_clause in summaries:   # the title tells of the body's first incident
                merge_title(drafts[0], summary, summary_clause)
            summaries.clear()
    for event, clause in summaries:   # a page with no body sentence about an incident: its title is the report
        _add(drafts, event, clause, before_first)
    if drafts and article.title and not summaries and not sums_several:   # (a title over such a lead sums them too)
        _title_fills(drafts[0], article, options, context)
    for draft, clause in within:   # what an incident came within places it last, when nothing else did
        if draft.event.place is None and places_within(clause):
            refine_place(draft, clause)
    title_summed_several(drafts, options)
    events: list[ExtractedEvent] = []
    for draft in drafts:
        events.append(finish(draft, article, options, events[-1] if events else None))
    return drafts, events


def _title_fills(first: Draft, article: Article, options: ExtractOptions, context: ArticleContext) -> None:
    """The title the reader took off a saved page ("مقتل شابين بانفجار في بلدة X") fills what the body's first
    incident left blank and gives it a finer place, as a title line at the top of the text does (`merge_title`);
    a title that is a tally, a denial, a trend or an earlier incident recalled adds nothing (as such a sentence of the
    body does), and it never makes an incident of its own."""
    title = Article(text=article.title or "", archived=article.title or "", language=article.language,
                    origin=article.origin, published=article.published)
    clause = Clause(analyse(title, options), 0, len(title.text))
    if is_statistics(clause) or dated_by_period(clause) or clause.has("SEVERAL_INCIDENTS") or is_denial(clause) \
            or recalls_precedent(clause) or speaks_in_general(clause) \
            or _places_named(clause) > 1:
        return   # ... nor one naming two places ("حملة دهم في X ومقتل عنصر في Y": two incidents, the count Y's)
    event = candidate(clause, context)
    told = first.event.place   # the title's town may refine an area, not stand for another town
    area = told is None or told.lexicon_id is None or options.lexicon.get(told.lexicon_id).place_kind in AREA_KINDS
    if event is not None and (area or same_or_within(told, event.place, options.lexicon)):
        merge_title(first, event, clause)


def _places_named(clause: Clause) -> int:
    """How many places a sentence names: the gazetteer's, and the drafts outside them; a neighbourhood or a landmark
    named with its town is a detail of it ("حي الخالدية بحمص", "Hasakah's Ghuwayran" name one place)."""
    known = places_of(clause)
    gap = clause.pack.cue("TOWN_AFTER_DETAIL")
    drafts = [d for d in clause.pack.passes.unknown_places(clause)
              if not any(m.start <= d.start < m.end for m in known)
              and not (d.hint in FINER_THAN_TOWN and any(gap.fullmatch(clause.a.text, d.start + len(d.name), m.start)
                                                         for m in known if m.start > d.start))]
    lex = clause.a.options.lexicon
    ids = {m.entry_id for m in known}
    inside = {i for i in ids if any(a.id in ids for a in lex.ancestors(i))}   # "Hasakah's Ghuwayran": one place
    return len(ids - inside) + len({d.name for d in drafts})


def _add(drafts: list[Draft], event: ExtractedEvent, clause: Clause, before_first: list[tuple[Clause, Told]],
         listed: bool = False, under_background: bool = False) -> Draft:
    """A candidate event: more about the incident it describes again, or an incident of its own (one
    place of a list: more about an earlier incident at that place, if any); the incident it went to. An incident
    `under_background`, dated under a sub-heading that opens the background ("حوادث سابقة"), is more of one told
    before it only as a place of a list told again."""
    target = listed_again(drafts, event) if listed else None
    if target is None and not under_background:
        target = merge_target(drafts, event, clause)
        # a place of a list joins no other town's incident, only one told at an area that holds it ("قصفت قوات النظام
        # ريف إدلب" before "بلدات A وB"): not the incident a victim of the same sentence went to ("قصفت بلدات A وB
        # وC، ما أدى لمقتل الشاب X في B")
        if listed and target is not None and not _at_an_area(target.event, clause):
            target = None
    if target is not None:
        merge(target, event, clause)
        return target
    options = clause.a.options
    # (arrests after the last incident: `finish` gives them its place when their sentences name none)
    draft = Draft(event, [clause], listed=listed,
                  follows=drafts[-1] if drafts and arrests_after(clause, event, drafts[-1].event) else None)
    note_victims(draft, options)
    if not drafts:   # the people of the sentences before it, with the roles this one gives them
        earlier = [p for c, told in before_first for p in identified_people(c, victim_role(event), told)]
        later_roles(earlier, clause)
        add_people(draft, earlier, options)
    else:
        _takes_person_before(drafts[-1], draft, clause)
    drafts.append(draft)
    return draft


def _at_an_area(event: ExtractedEvent, clause: Clause) -> bool:
    """An incident placed nowhere or at an area coarser than a town (a district, a governorate, a region)."""
    place = event.place
    if place is None:
        return True
    return kind_of(place, clause.a.options.lexicon) in AREA_KINDS


def _takes_person_before(last: Draft, draft: Draft, clause: Clause) -> None:
    """"One of those killed was a commander named X. He was shot dead in Y": a new incident's sentence that opens
    with a pronoun subject is about the one person the sentence before it named, whichever incident that
    sentence went to; the person moves to the new incident, with its role."""
    bodies = clause.pack.cue("BODIES_FOUND_OPENING").match(clause.text)
    if bodies:
        _takes_bodies_before(last, draft, clause, plural=bool(bodies.group("plural")))
        return
    if not clause.pack.cue("PRONOUN_SUBJECT_OPENING").match(clause.text):
        return
    before = clause.a.text[:clause.start].rstrip()
    sentence = before[max(before.rfind(mark, 0, len(before) - 1) for mark in ".\n!?؟") + 1:]
    named = [p for p in last.event.people if p.written_in(sentence)]
    if len(named) == 1:
        last.event.people.remove(named[0])
        add_people(draft, [replace(named[0], role=victim_role(draft.event))], clause.a.options)


def _takes_bodies_before(last: Draft, draft: Draft, clause: Clause, plural: bool) -> None:
    """"X and Y were abducted in A ... Their bodies were found in B": a new incident's sentence that opens on the
    bodies of people told of before is the killing of the people the incident before holds without a casualty of
    their own (only mentioned, abducted, detained, targeted): two or more for "their", one for "his"/"her". They move
    to the new incident, dead."""
    waiting = [p for p in last.event.people if p.role in _WAITING_ROLES]
    if len(waiting) >= 2 if plural else len(waiting) == 1:
        for person in waiting:
            last.event.people.remove(person)
        add_people(draft, [replace(p, role=KILLED) for p in waiting], clause.a.options)


# The roles of people named before with no casualty of their own yet.
_WAITING_ROLES = (MENTIONED, TARGET, ABDUCTED, DETAINED)


def _name_people(drafts: list[Draft], before_first: list[tuple[Clause, Told]], clause: Clause,
                 told: Told = Told.WITH_EVENT, *, target: Draft | None = None) -> None:
    """The people a sentence without an event of its own names: for the last event or the `target` (its victims when
    the sentence identifies or lists them), or, before the first event, for the first one. Told as
    `Told.ANOTHER_INCIDENT`, the sentence tells an earlier incident or the cause ("ويأتي ذلك بعد أقل من شهر على اختطاف
    الشاب X"), whose casualty words make no one a victim of this one."""
    if drafts:
        target = target or drafts[-1]
        add_people(target, identified_people(clause, victim_role(target.event), told), clause.a.options)
    else:
        before_first.append((clause, told))


# How many days before the article's first incident an incident told after it is context, not news of the
# article ("A similar bombing occurred on 16 August" in a report of 3 September): the corpus README's
# "background incidents told as context with an old date (weeks before publication)".
CONTEXT_AGE_DAYS = 14


def _told_as_context(event: ExtractedEvent, first: ExtractedEvent) -> bool:
    """An incident told after the first one and dated more than two weeks before it."""
    return event.date is not None and first.date is not None and (first.date - event.date).days > CONTEXT_AGE_DAYS
