"""Step 1: analyse a body once (dates, counts, lexicon names, trigger words, all with offsets in the
body), split it into clauses, and label them: denials, background, event triggers (statistics: `tallies`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate

from .. import dates as dates_mod
from ..article import Article
from ..lang import common as C
from ..lexicon import LexiconMatch
from ..normalise import fold
from ..numbers import find_counts
from .model import Analysis, Clause, Dated, Hit
from .options import ExtractOptions, LanguagePack

# A background date this close after a protest word dates that protest, not the clause's event.
PROTEST_DATE_REACH = 40


def analyse(article: Article, options: ExtractOptions) -> Analysis:
    text, language = article.text, article.language
    pack = options.pack(language)
    published = article.published_date
    folded, origins = pack.passes.matching_text(text)
    # dates and counts in text order, as the names and hits are: a clause takes its own by bisection
    dates = sorted(find_event_dates(text, language, published), key=lambda d: d.match.start)
    analysis = Analysis(text=text, language=language, pack=pack, options=options, published=published,
                        folded=folded, to_original=origins, dates=dates,
                        counts=[], names=drop_places_inside_people(find_names(text, pack, options),
                                                                   pack.passes.person_spans(text, pack, options.names)), hits=[])
    # "لموقع حلب اليوم": a day named inside an organization's name is no date of the text; nor, in figures, a number
    # ("شبكة السويداء 24 إن الشاب X قتل" counts no 24 dead; a dual of the lexicon's words for civilians, which are
    # organizations of its "civilians" category, is a count: "مدنيَين", two civilians)
    organizations = [(n.start, n.end) for n in analysis.names if n.kind == "organization"]
    # (nor a day word of a hashtag, an outlet's or a channel's name: "#حلب_اليوم", "#سوريا_اليوم")
    hashtags = [(m.start(), m.end()) for m in _HASHTAG.finditer(text)]
    analysis.dates = [d for d in dates if not _within(organizations + hashtags, d.match.start, d.match.end)]
    date_spans = [(d.match.start, d.match.end) for d in analysis.dates]
    # a person's state since a year ("الشاب X المعتقل منذ عام 2020", "detained since 2020") tells the person's past:
    # its year dates nothing of the text and its word (المعتقل، detained) is no event
    described = analysis.search("PERSON_SINCE", 0, len(text))
    analysis.dates = [d for d in analysis.dates if not _within(described, d.match.start, d.match.end)]
    analysis.counts = sorted((c for c in (usable_count(c, text) for c in find_counts(text, language))
                              if c is not None and not _within(date_spans, c.start, c.end)
                              and not (_in_figures(text, c.start, c.end) and _within(organizations, c.start, c.end))),
                             key=lambda c: c.start)
    analysis.hits = [h for h in find_hits(analysis) if not _within(described, h.start, h.end)]
    drop_told_with_background(analysis)
    return analysis


# A hashtag: its words joined by underscores, which fold to spaces.
_HASHTAG = re.compile(r"#[^\s#]+")


def drop_told_with_background(analysis: Analysis) -> None:
    """"The deadliest since March 2017, when 31 people were killed in a suicide attack": what a sentence tells
    after a background date or a month or year and "when" is that earlier incident; its trigger words and
    counts are none of the sentence's."""
    when = analysis.pack.cue("WHEN_AFTER_BACKGROUND")
    tails = []
    for dated in analysis.dates:
        if (dated.background or dated.match.kind in PERIOD_KINDS) and when.match(analysis.text, dated.match.end):
            end = _SENTENCE_STOP.search(analysis.text, dated.match.end)
            tails.append((dated.match.end, end.start() if end else len(analysis.text)))
    if tails:
        analysis.hits = [h for h in analysis.hits if not any(s <= h.start < e for s, e in tails)]
        analysis.counts = [c for c in analysis.counts if not any(s <= c.start < e for s, e in tails)]


_SENTENCE_STOP = re.compile(r"[.!?؟]\s|\n")


def find_names(text: str, pack: LanguagePack, options: ExtractOptions) -> list[LexiconMatch]:
    """Lexicon names, plus the places inside longer organization names ("مقاتلين محليين في مدينة جاسم")."""
    lex = options.lexicon
    language = pack.code
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
    kept = [m for m in found + nested if not pack.passes.clitic_false_friend(text, m, lex)
            and not (m.kind == "place" and (m.start, m.end) in org_spans)]   # SANA the agency, not a village
    return sorted(kept, key=lambda m: (m.start, m.end))


def drop_places_inside_people(names: list[LexiconMatch], spans: list[tuple[int, int]]) -> list[LexiconMatch]:
    """A place matched inside a personal name (Aziz in "Abd al-Aziz al-Masri") is part of the name.

    A place that starts where the name starts ("Abu Kamal") keeps its match."""
    return [n for n in names
            if n.kind != "place" or not any(s < n.start and n.end <= e for s, e in spans)]


def find_event_dates(text: str, language: str, published) -> list[Dated]:
    out = []
    matches = dates_mod.find_dates(text, language)
    reference = dates_mod.stated_reference(matches) if published is None else None
    for match in matches:
        background = (match.background or dates_mod.is_background(text, match, published)
                      or reference is not None and dates_mod.older_than_reference(match, reference))
        resolved = dates_mod.resolve(match, published) if not background else None
        out.append(Dated(match, resolved, background))
    return out


# A number that opens a line as the mark of a numbered list ("1- اختطف مسلحون ...", "2) ...", "3/ ...", "(4) ..."):
# no count.
_LIST_NUMBER = re.compile(rf"[ \t]*[{re.escape(C.LIST_NUMBER_ENDS)}]\s")
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*\(?$")
# A date written in figures ("2023-09", "10/09/2023", "2023.9.10"): its numbers are no counts.
_FIGURE_DATE = re.compile(r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_FIGURE_TOKEN_CHARS = frozenset("-/.")


def usable_count(count, text: str):
    """A count extraction can use: a dual-or-plural form is 2 when nominative (مقاتلان), else no count; a numbered
    list's mark is none, and so are the numbers of a date in figures."""
    if _LINE_OPENS.search(text, max(0, count.start - 3), count.start) and _LIST_NUMBER.match(text, count.end):
        return None
    if _in_figures(text, count.start, count.end) and _FIGURE_DATE.fullmatch(_figure_token(text, count.start, count.end)):
        return None
    if count.vague == "dual-or-plural":
        word = fold(text[count.start:count.end])
        if word.endswith("ان"):
            return type(count)(2, count.start, count.end, None)
        return None
    return count


def _figure_token(text: str, start: int, end: int) -> str:
    """The run of digits and the marks between them ("-", "/", ".") around text[start:end]."""
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in _FIGURE_TOKEN_CHARS):
        start -= 1
    while end < len(text) and (text[end].isdigit() or text[end] in _FIGURE_TOKEN_CHARS):
        end += 1
    return text[start:end].strip("-/.")


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """[start, end) lies inside one of the spans."""
    return any(s <= start and end <= e for s, e in spans)


def _in_figures(text: str, start: int, end: int) -> bool:
    return any(c.isdigit() for c in text[start:end])


def find_hits(analysis: Analysis) -> list[Hit]:
    hits = []
    finder = analysis.pack.stem_finder()
    stem_places = analysis.stem_places()
    for regex, klass, type_, sub_type, stems in analysis.pack.triggers():
        if finder is not None and stems is not None and stem_places.keys().isdisjoint(stems) \
                and finder.knows(stems):
            continue   # (the test `Analysis.matches` makes too, here before the call: most triggers' stems are in
            # no article, and a hundred calls an article that return nothing cost a few per cent of extraction)
        for m in analysis.matches(regex, stems):
            start, end = analysis.span(m.start(), m.end())
            hits.append(Hit(klass, type_, sub_type, start, end))
    hits.sort(key=lambda h: (h.start, -h.end))
    places = sorted((n.start, n.end) for n in analysis.names if n.kind == "place")
    place_starts = [start for start, _ in places]
    reach = list(accumulate((end for _, end in places), max))   # the furthest end of the places up to each one
    kept: list[Hit] = []
    for hit in hits:   # a longer trigger wins over one inside it (عبوة ناسفة over عبوة)
        if kept and hit.start < kept[-1].end:
            continue
        before = bisect_left(place_starts, hit.end)   # the places starting before the trigger's end
        if before and reach[before - 1] >= hit.end:
            continue   # a place's name is no trigger (الغارية is a town, not غارة an air raid)
        kept.append(hit)
    return kept


# ------------------------------------------------------------------ labels of a clause

def has_protest(clause: Clause) -> bool:
    """A protest word of this clause's event, not of a background date ("the first protests in March 2011"),
    nor one the killing the clause tells before it set off ("..., sparking a wave of protests")."""
    spans = clause.spans("PROTEST")
    background = [d for d in clause.dates if d.background]
    sparked = clause.pack.cue("SPARKED")
    casualties = [h.end for h in clause.hits if h.klass in (C.KILL, C.INJURE)]
    return any(not any(0 <= d.match.start - end <= PROTEST_DATE_REACH for d in background)
               and not (any(c <= start for c in casualties) and sparked.search(clause.before(start, 60)))
               for start, end in spans)


# Date phrases that name a month or a year, not a day: a tally's period or the background.
PERIOD_KINDS = frozenset({dates_mod.MONTH, dates_mod.YEAR, dates_mod.LAST_MONTH})


def goes_on_with_background(clause: Clause) -> bool:
    """A sentence right after a background sentence that says "at that time" ("وقال نشطاء وقتها إن ...") or
    opens with its source going on ("وأشار إلى أن انفجاراً آخر ...", "It added that ...") and has no day of
    its own: more of that earlier incident."""
    return (clause.has("THEN") or bool(clause.pack.cue("SPEECH_GOES_ON").match(clause.text))) \
        and not has_own_day(clause)


def dated_by_period(clause: Clause) -> bool:
    """Every date of the clause is a month or a year ("161 civilians were killed in October",
    "released from prison in early 2020", "in the same month"): news dates an incident by its day; a
    tally or the background by a period."""
    if clause.has("SAME_PERIOD") and not has_own_day(clause):
        return True    # "وفي نفس الشهر نجا ..." , "in the same month": the period of the date before
    return bool(clause.dates) and all(d.match.kind in PERIOD_KINDS for d in clause.dates)


def counts_casualties(clause: Clause) -> bool:
    """A killed or injured word and a count in the clause: the shape of a toll or a tally."""
    return any(h.klass in (C.KILL, C.INJURE) for h in clause.hits) and any(c.value for c in clause.counts)


# How far (characters) before a date phrase the verb of a source speaking on that day may start.
SPEECH_DAY_REACH = 60


def speech_days(clause: Clause) -> list[tuple[int, int]]:
    """The spans of the date phrases that say when a source spoke ("the group said Tuesday", «أفادت الرابطة، اليوم
    الثلاثاء», "the monitor on Thursday said"), not when anything happened."""
    before, after = clause.pack.cue("SPEECH_DAY_BEFORE"), clause.pack.cue("SPEECH_DAY_AFTER")
    return [(d.match.start, d.match.end) for d in clause.dates
            if before.search(clause.a.text, max(clause.start, d.match.start - SPEECH_DAY_REACH), d.match.start)
            or after.match(clause.a.text, d.match.end, clause.end)]


def has_own_day(clause: Clause, outside: Sequence[tuple[int, int]] = ()) -> bool:
    """The clause dates something to a day of its own (not a period, not background), with a date phrase
    that does not overlap `outside` (the span "during the past week" is no day)."""
    return any(not d.background and d.match.kind not in PERIOD_KINDS and d.match.kind != dates_mod.YEAR_START
               and not any(start < d.match.end and d.match.start < end for start, end in outside)
               for d in clause.dates)


# How far into a sentence a marker that recalls a precedent ("وسبق أن", "previously") stands.
PRECEDENT_REACH = 12


def recalls_precedent(clause: Clause) -> bool:
    """A sentence that opens by recalling an earlier occurrence ("وسبق أن جُرح 16 مدنياً في ...") or
    with an aside ("جدير بالذكر أن ...", "It is noteworthy that ...") that is no detail of the incident:
    background for the report's incident."""
    if any(start - clause.start <= PRECEDENT_REACH for start, _ in clause.spans("PRECEDENT")):
        return True
    return not clause.has("DETAIL") and any(start - clause.start <= PRECEDENT_REACH
                                            for start, _ in clause.spans("ASIDE"))


def told_days_before(clause: Clause) -> bool:
    """"وقبل أيام نفذ مجهولون هجوماً على حواجز عسكرية", "a blast roughly a week earlier": an incident told at a vague
    earlier time, with no day of its own and no casualty word: context of the reported one (settled rule 5)."""
    return clause.has("VAGUE_EARLIER") and not has_own_day(clause) \
        and not any(h.klass in (C.KILL, C.INJURE) for h in clause.hits)


def told_months_before(clause: Clause) -> bool:
    """«وكان تفجير وقع في الرابع من آب الماضي في حافلة ...»، «كانت قوات قد اعتقلت في الرابع من فبراير الماضي ...»: an
    incident told in the pluperfect on a day of a past month, with no casualty word: context of the reported one
    (settled rule 5), also in an article whose publication date does not say how old it is."""
    if not clause.pack.cue("PLUPERFECT_OPENING").match(clause.text):
        return False
    past = clause.pack.cue("PAST_MONTH_DATE")
    return any(not d.background and past.search(clause.a.text[d.match.start:d.match.end]) for d in clause.dates) \
        and not any(h.klass in (C.KILL, C.INJURE) for h in clause.hits)


# How far (characters) a word of many incidents ("العديد من", "many") may stand before the event word it counts.
MANY_REACH = 12


def speaks_in_general(clause: Clause) -> bool:
    """"وتكررت حوادث تفجير صالات الأفراح في ريف درعا", "Bombings have become frequent in ...", "The province
    is witnessing a spike in assassinations", "Damascus has seen many explosions": incidents spoken of as
    recurring, as a trend (named before the first event word) or as many at once without a toll, with no
    day of their own, are background."""
    if has_own_day(clause):
        return False
    if clause.has("RECURRING"):
        return True
    first = min((h.start for h in event_hits(clause)), default=None)
    if first is None:
        return False
    if any(0 <= first - end <= MANY_REACH for _, end in clause.spans("MANY_INCIDENTS")) and not counts_casualties(clause):
        return True    # "the city has witnessed many explosions", with no toll of its own
    return any(start < first for start, _ in clause.spans("TREND"))


# A photo caption: a line that ends with a short credit in brackets ("... (ناشطون)", "... [Name/Agency]").
_CAPTION_CREDIT = re.compile(r"[(\[][^()\[\]]{1,60}[)\]]\s*$")
CAPTION_MAX_WORDS = 25
CAPTION_CREDIT_MAX_WORDS = 6


def is_caption(clause: Clause) -> bool:
    """A photo caption saved with the page ("انفجار دراجة مفخخة في مدينة الباب - 3 تموز (ناشطون)"): a whole
    line without a full stop that ends with a credit in brackets. It repeats the report, often with the
    photo's own date, and is never an incident of its own. So is a sentence that opens as a caption does
    ("FILE - ...", "صورة أرشيفية - ...") wherever it stands."""
    if clause.pack.cue("CAPTION_OPENING").match(clause.text):
        return True
    text = clause.a.text
    whole_line = (clause.start == 0 or text[clause.start - 1] == "\n") and text[clause.end:clause.end + 1] in ("", "\n")
    line = clause.text.strip()
    credit = _CAPTION_CREDIT.search(line)
    return (whole_line and credit is not None and len(credit.group().split()) <= CAPTION_CREDIT_MAX_WORDS
            and len(line.split()) <= CAPTION_MAX_WORDS
            and not clause.pack.cue("AGE_AFTER").match(credit.group()))   # "1- X (52 عاماً)": a victim listed


# The longest line (in words) read as a title: the page's own before the body, a related report's or a
# sub-heading's inside it (shorter, and without a comma).
TITLE_MAX_WORDS = 25

INNER_TITLE_MAX_WORDS = 15


def is_title_line(clause: Clause, in_body: bool) -> bool:
    """A line without a full stop and without a date, as a title is ("مقتل شابين بانفجار في ريف درعا"):
    before the body's first sentence, the page's title, which sums up the report; inside the body, a
    related report's title or a sub-heading. Neither is an incident of its own. A list item ("- ", "• ")
    is no title."""
    text = clause.a.text
    line_start = text.rfind("\n", 0, clause.start) + 1
    line = text[line_start:clause.end].strip()
    if in_body and (line_start != clause.start or _COMMA.search(line) or len(line.split()) > INNER_TITLE_MAX_WORDS):
        return False
    return (text[clause.end:clause.end + 1] in ("", "\n") and not ends_sentence(clause) and not clause.dates
            and not line.startswith(_LIST_MARKERS) and len(line.split()) <= TITLE_MAX_WORDS)


_COMMA = re.compile(r"[،,؛;]")


def ends_sentence(clause: Clause) -> bool:
    """The clause ends with a full stop, a question or an exclamation mark."""
    return clause.text.rstrip().endswith((".", "!", "?", "؟", "…"))


_LIST_MARKERS = ("-", "–", "•", "*", "·")


def is_denial(clause: Clause) -> bool:
    return clause.has("DENIAL")


def is_accident(clause: Clause) -> bool:
    """«لقي شخصان مصرعهما بحادث سير»، «قُتل ثلاثة بانفجار أسطوانة غاز», "drowned in the Euphrates", a death of an illness:
    no act of violence, with no word of an act (a weapon, a shelling, an arrest) outside its words and no one who acted
    (`NOT_ACCIDENT`: gunmen, militias, border guards, torture, on purpose): no incident."""
    spans = clause.spans("ACCIDENT")
    return bool(spans) and not clause.has("NOT_ACCIDENT") \
        and not any(h.klass not in (C.KILL, C.INJURE) and not _within(spans, h.start, h.end) for h in clause.hits)


def only_background_dates(clause: Clause) -> bool:
    dated = clause.dates
    return bool(dated) and all(d.background for d in dated)


def event_hits(clause: Clause) -> list[Hit]:
    """The trigger words that make this clause an event (protests included); not aircraft seen flying
    ("رصدت تحليق أربع طائرات مسيّرة", "drones were seen flying over the town"), which strike nothing, nor a
    weapon someone holds ("القبض على القاتل وبحوزته قنبلة يدوية"), which was not used, nor an arrest sought
    ("لتعقب المهاجمين والقبض عليهم", "vowed to arrest those responsible"), which was not made."""
    hits = clause.pack.passes.event_hits(clause)
    before, after = clause.pack.cue("AIRCRAFT_FLIGHT"), clause.pack.cue("AIRCRAFT_FLYING")
    held, sought = clause.pack.cue("WEAPON_HELD"), clause.pack.cue("ARREST_SOUGHT")
    return [h for h in hits if not (h.sub_type == "air_drone_strike" and h.klass == C.WEAPON
                                    and (before.search(clause.before(h.start, 40))
                                         or after.match(clause.a.text, h.end, clause.end)))
            and not (h.klass == C.WEAPON and held.search(clause.before(h.start, 40)))
            and not (h.sub_type == "arrests" and sought.search(clause.before(h.start, 60)))]
