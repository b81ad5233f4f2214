"""Places an event takes from outside its own sentence: the area of the article's other places (a
draft place's parent), the town of a neighbourhood (the gazetteer's, or one it lacks), the town a
sentence refers back to ("in the city centre"), a place the article introduced earlier with its place
word or in a place list (whose names `list_names` reads), and the gazetteer place a draft is another
spelling of."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import LexiconMatch
from ..mentions import Mention
from ..normalise import fold
from .model import Analysis, Clause

# Place kinds from the most specific to the least; the most specific place of a sentence wins.
PLACE_SPECIFICITY = ("site", "neighbourhood", "village", "town", "city", "subdistrict", "district",
                     "region", "governorate", "country")
# Places an event is coded one level above, with the name kept as place_detail (a neighbourhood of Daraa).
FINER_THAN_TOWN = frozenset({"neighbourhood", "site"})
# Kinds of draft place that are finer than a gazetteer area or a reference town.
DRAFT_TOWN_KINDS = frozenset({"village", "town", "city"})


def mention(clause: Clause, match: LexiconMatch) -> Mention:
    """The place a gazetteer name of the article stands for, as it is written there."""
    kind = clause.a.options.lexicon.get(match.entry_id).place_kind or "region"
    return Mention("place", clause.pack.passes.place_name(match.surface, clause.pack), clause.a.language,
                   match.entry_id, match.start, kind)


def town_of_neighbourhood(clause: Clause, draft: Mention) -> Mention | None:
    """A neighbourhood the gazetteer lacks, in the one town the article names (`context_area`), or else in
    the one town the article named before the sentence ("شهدت مدينة X وريفها ...", then "في حي Y", then "في
    مدينة Z"): the incident is coded at that town, as for a neighbourhood the gazetteer has (the name stays the
    detail). Two towns named before it leave the neighbourhood undecided."""
    if draft.hint not in FINER_THAN_TOWN:
        return None
    town = next((m for m in clause.a.names if m.entry_id == draft.context_area), None)
    if town is not None and clause.a.options.lexicon.get(town.entry_id).place_kind in DRAFT_TOWN_KINDS:
        return mention(clause, town)
    before = _named_before(clause, tuple(DRAFT_TOWN_KINDS))
    return mention(clause, before[-1]) if len({m.entry_id for m in before}) == 1 else None


def town_holding(clause: Clause, match: LexiconMatch) -> Mention:
    """A neighbourhood or site of the gazetteer named with no town ("في درعا البلد", "Daraa al-Balad"): the incident
    is coded at the town the gazetteer puts it in, as when the town is named with it (the name stays the detail)."""
    town = next(e for e in clause.a.options.lexicon.ancestors(match.entry_id) if e.place_kind in DRAFT_TOWN_KINDS)
    name = getattr(town, f"name_{clause.a.language}", None) or town.name_en or town.name_ar or town.id
    return Mention("place", name, clause.a.language, town.id, match.start, town.place_kind)


def start_with_article(clause: Clause, match: LexiconMatch) -> int:
    """Where a gazetteer name starts with the article the match left out ("al-Mezeirib town": the gazetteer
    holds "Mezeirib"), so that a draft place read with it is known to be that name."""
    article = clause.pack.cue("NAME_ARTICLE_BEFORE").search(clause.before(match.start, 6))
    return match.start - len(article.group(0)) if article else match.start


# The kinds of place "the city", "the town" and "the village" may refer back to.
REFERRED_KINDS = {"city": ("city", "town"), "town": ("town", "city", "village"), "village": ("village", "town")}


def town_referred_to(clause: Clause) -> Mention | None:
    """A sentence that names no place but refers back to one ("in the city centre", "في البلدة ذاتها"):
    the place of that kind the article named last before it, not as a reference point ("the town of
    X, east of Aleppo", "مدينة انخل المجاورة لجاسم"), whether the gazetteer has it or not."""
    cue = clause.pack.cue("ANAPHORIC_PLACE").search(clause.text)
    if cue is None or cue.lastgroup not in REFERRED_KINDS:
        return None
    towns = _named_before(clause, REFERRED_KINDS[cue.lastgroup])
    # ... or a town the gazetteer lacks, named with its place word ("في بلدة الكشكية ... وفي البلدة ذاتها"), if later
    drafts = [(start, draft) for start, draft in _bare_drafts(clause.a)
              if start < clause.start and draft.hint in REFERRED_KINDS[cue.lastgroup]]
    draft_start, draft = max(drafts, key=lambda item: item[0]) if drafts else (-1, None)
    if towns and towns[-1].start > draft_start:
        return mention(clause, next(m for m in towns if m.start == towns[-1].start))
    # (the draft is placed where this sentence refers to it: a gazetteer town's mention keeps its own start)
    return replace(draft, start=clause.start + cue.start()) if draft is not None else None


def _named_before(clause: Clause, kinds: tuple[str, ...]) -> list[LexiconMatch]:
    """The gazetteer places of `kinds` the article named before the sentence, in text order: not as a reference
    point for another place, nor a name with several places, nor a neighbourhood named like a town."""
    lex = clause.a.options.lexicon
    towns = [m for m in clause.a.names if m.kind == "place" and m.start < clause.start and not m.ambiguous
             and lex.get(m.entry_id).place_kind in kinds and not _reference(clause, m)
             and not named_as_neighbourhood(clause, m.start)]
    return sorted(towns, key=lambda m: m.start)


def named_as_neighbourhood(clause: Clause, start: int) -> bool:
    """The place name at `start` (an offset in the article) follows a word for a neighbourhood (حي X): it names the
    neighbourhood, not the town of that name."""
    return bool(clause.pack.cue("NEIGHBOURHOOD_BEFORE", 0).search(clause.a.text[max(0, start - 6):start]))


def _reference(clause: Clause, match: LexiconMatch) -> bool:
    """A place named as a reference point for another ("east of X", "المجاورة لـ X", "قرب X")."""
    before = clause.pack.passes.cue_text(clause.a.text[max(0, match.start - 30):match.start])
    return bool(clause.pack.cue("DIRECTION_BEFORE").search(before) or clause.pack.cue("REFERENCE_BEFORE").search(before))


def in_article_area(clause: Clause, draft: Mention) -> Mention:
    """A draft place named in no area, with the governorate that holds every place the article names
    (its `context_area`, a guess at its parent), or for a neighbourhood the one town they are all in.
    Places that only hold another named place (the governorate named with its town) and the country
    add nothing; places in two governorates give none."""
    lex = clause.a.options.lexicon
    spans: dict[tuple[int, int], set[str]] = {}
    for name in clause.a.names:
        if name.kind == "place":
            spans.setdefault((name.start, name.end), set()).add(name.entry_id)
    above = {a.id for ids in spans.values() for entry_id in ids for a in lex.ancestors(entry_id)}
    kinds = {"governorate"} | (DRAFT_TOWN_KINDS if draft.hint in FINER_THAN_TOWN else set())
    shared: set[str] | None = None
    for ids in spans.values():
        if ids <= above:
            continue
        areas = {p.id for entry_id in ids for p in [lex.get(entry_id), *lex.ancestors(entry_id)]
                 if p.place_kind in kinds}
        if areas:
            shared = areas if shared is None else shared & areas
    if not shared:
        return draft
    deepest = min(shared, key=lambda area: PLACE_SPECIFICITY.index(lex.get(area).place_kind or "country"))
    return replace(draft, context_area=deepest)


def known_draft(clause: Clause) -> Mention | None:
    """A place the gazetteer lacks that the article introduced with its place word elsewhere ("قرية
    الزر" in one sentence, "في الزر" in the next; "the town of X", then "in X"), named bare here."""
    found = [(start, draft) for start, draft in _bare_drafts(clause.a) if clause.start <= start < clause.end]
    if not found:
        return None
    start, draft = min(found, key=lambda item: item[0])
    return replace(draft, start=start)


def _listed_drafts(a: Analysis) -> list[Mention]:
    """The names of the article's place lists ("قصف قرى A وB وC", then "وفي B، قُتل طفلان"; "Warplanes struck Kafr Nabl,
    Hass and Maarat Harma", then "Seven were killed in Hass"), as draft villages."""
    out = []
    for opener in a.pack.cue("PLACE_LIST_OPENER", 0).finditer(_list_text(a.text)):
        for start, name in list_names(Clause(a, opener.start(), len(a.text))):
            out.append(Mention("place", name, a.language, None, start, "village"))
    if a.pack.words.PLACE_LIST_CLOSER:   # lists led by a town, sentence by sentence
        for start, end in a.sentence_spans():
            sentence = Clause(a, start, end)
            for at, name in _led_by_town(sentence, _list_text(sentence.text))[1:]:
                out.append(Mention("place", name, a.language, None, at, "village"))
    return out


# Characters a draft place's name is made of when it is looked for bare (no regex syntax, no digits).
_PLAIN_NAME = re.compile(r"[^\W\d_]+(?:[ '][^\W\d_]+)*")


def _bare_drafts(a: Analysis) -> list[tuple[int, Mention]]:
    """Where the article names, without their place word, the draft places it introduces with one
    (outside gazetteer names and after no origin cue; not a place introduced as where people come
    from: "من أبناء بلدة X"), once per article."""
    return a.memo("bare-drafts", lambda: _find_bare_drafts(a))


def _find_bare_drafts(a: Analysis) -> list[tuple[int, Mention]]:
    whole = Clause(a, 0, len(a.text))
    lex = a.options.lexicon
    known = [(m.start, m.end) for m in a.names]
    drafts: dict[str, Mention] = {}
    listed = _listed_drafts(a)
    for draft in a.pack.passes.unknown_places(whole) + listed:
        if (draft.hint in FINER_THAN_TOWN or not _PLAIN_NAME.fullmatch(draft.name)
                or lex.lookup(draft.name, a.language) or any(s <= draft.start < e for s, e in known)
                or a.pack.cue("ORIGIN").search(whole.before(draft.start, 40))):
            continue
        drafts.setdefault(a.pack.match_key(draft.name), draft)
    out = []
    for draft in drafts.values():
        for m in a.pack.passes.compile_words((draft.name,)).finditer(a.folded):
            start, _ = a.span(m.start(), m.end())
            if not any(s <= start < e for s, e in known) and not a.pack.cue("ORIGIN").search(whole.before(start, 40)) \
                    and (draft not in listed or a.pack.cue("LISTED_PLACE_BEFORE").search(whole.before(start, 10))):
                out.append((start, draft))
    return out


def known_spelling(clause: Clause, draft: Mention) -> Mention:
    """A draft place spelled like a village, town or city of the gazetteer in the governorate the article
    places it in, but for its short vowels ("Al-Qaraya" for al-Qurayya, "Salamyah"): that place, with its map
    point. The one such place of that governorate, or the draft as it is."""
    key = clause.pack.passes.spelling_key(draft.name)
    area = draft.within or draft.context_area
    if key is None or area is None:
        return draft
    lex = clause.a.options.lexicon
    governorate = lex.governorate_of(area)
    found = _spellings(clause).get((governorate, key), ())
    if len(found) != 1:
        return draft
    entry = lex.get(found[0])
    return replace(draft, lexicon_id=entry.id, hint=entry.place_kind, within=None, context_area=None)


def _spellings(clause: Clause) -> dict[tuple[str | None, str], tuple[str, ...]]:
    """(governorate, spelling key) → the gazetteer's mapped villages, towns and cities spelled so."""
    def build() -> dict[tuple[str | None, str], tuple[str, ...]]:
        lex = clause.a.options.lexicon
        table: dict[tuple[str | None, str], set[str]] = {}
        for entry in lex.entries("place"):
            if entry.place_kind not in DRAFT_TOWN_KINDS or entry.lat is None or entry.needs_place_noun:
                continue  # a village only OCHA lists is a draft's only after the cut (extract/communities.py)
            governorate = lex.governorate_of(entry.id)
            for name in (entry.name_en, entry.name_ar, *entry.aliases_en, *entry.aliases_ar):
                key = clause.pack.passes.spelling_key(name) if name else None
                if key:
                    table.setdefault((governorate, key), set()).add(entry.id)
        return {k: tuple(sorted(v)) for k, v in table.items()}
    return clause.pack.memo(("place-spellings", id(clause.a.options.lexicon)), build)


# Quotation marks around the names of a list ("بلدتي "بينين"، و"الرويحة""): read as spaces.
_QUOTES = re.compile(r"[\"“”«»„]")
# Brackets around a whole list ("هي: (X، Y)", a comma inside): read as spaces too; not around an area or another
# spelling after one name ("Binnish (Idlib province)").
_LIST_BRACKETS = re.compile(r"\(([^()\n]*[،,][^()\n]*)\)")


def _list_text(text: str) -> str:
    """The text as the names of a list are read in it, of the same length (offsets hold)."""
    return _LIST_BRACKETS.sub(lambda m: f" {m.group(1)} ", _QUOTES.sub(" ", text))


def list_names(clause: Clause) -> list[tuple[int, str]]:
    """(start, name) of the names after the clause's first list opener that two different names follow ("بلدات وقرى
    A، وB، وC", "the villages of A and B"), or of a list led by a town of the gazetteer (`_led_by_town`), in text
    order; empty when no opener has them."""
    text = _list_text(clause.text)
    for opener in clause.pack.cue("PLACE_LIST_OPENER", 0).finditer(text):
        if clause.pack.cue("BETWEEN_BEFORE").search(clause.before(clause.start + opener.start(), 30)):
            continue    # "بين قريتي X وY", "between the villages of X and Y": one place between two
        names = _names_after(clause, text, opener.end())
        if len({fold(name) for _, name in names}) >= 2:
            return names
    return _led_by_town(clause, text)


def _led_by_town(clause: Clause, text: str) -> list[tuple[int, str]]:
    """"Warplanes struck Kafr Nabl, Hass and Maarat Harma": names joined to a town of the gazetteer as items of one list
    closed by "and" (`PLACE_LIST_CLOSER`) are places like it, also those the gazetteer lacks. The list ends before a
    name the gazetteer has as no town (a governorate, an organization: "in Tafas, Daraa") and before a person's."""
    if not clause.pack.words.PLACE_LIST_CLOSER:
        return []
    closer = clause.pack.cue("PLACE_LIST_CLOSER")
    lex = clause.a.options.lexicon
    not_towns = [(m.start, m.end) for m in clause.names
                 if m.kind != "place" or lex.get(m.entry_id).place_kind not in DRAFT_TOWN_KINDS]
    separator = clause.pack.cue("PLACE_LIST_SEPARATOR", 0)
    for town in clause.names:
        before = clause.before(town.start, 30)
        if town.kind != "place" or (town.start, town.end) in not_towns or clause.pack.cue("BETWEEN_BEFORE").search(before) \
                or clause.pack.cue("ORIGIN").search(before) or clause.pack.cue("DESTINATION_BEFORE").search(before):
            continue    # "between Qamishlo and Hasakah": one place between two; where people come from or went
        joined = separator.match(text, town.end - clause.start)
        if joined is None:
            continue
        names = [(town.start, text[town.start - clause.start:town.end - clause.start])]
        for start, name in _names_after(clause, text, joined.end()):
            if any(s < start + len(name) and start < e for s, e in not_towns) \
                    or clause.pack.passes.opens_with_given_name(name, clause.pack, clause.a.options.names) \
                    or clause.pack.cue("PERSON_AFTER_NAME", 0).match(clause.a.text, start + len(name), clause.end):
                break   # "... in Jasim, and Abu Hamza Masalmeh, a former rebel commander, was wounded": a person
            names.append((start, name))
        while len(names) >= 2 and not closer.search(clause.a.text[names[-2][0] + len(names[-2][1]):names[-1][0]]):
            names.pop()     # "..., Hass, SANA said": no list closed by "and" reaches it
        if len({fold(name) for _, name in names}) >= 2:
            return names
    return []


def _names_after(clause: Clause, text: str, at: int) -> list[tuple[int, str]]:
    """The names of a list from `at` (right after its opener) on."""
    pack = clause.pack
    item = pack.memo("place-list-item", lambda: re.compile(
        r"\s*" + pack.words.PLACE_LIST_ITEM_PREFIX + r"(" + pack.words.PLACE_LIST_ITEM + r")(?!\w)"))
    separator = pack.cue("PLACE_LIST_SEPARATOR", 0)
    stop = pack.memo("not-place-list-item", lambda: {fold(w) for w in pack.words.NOT_PLACE_LIST_ITEM})
    names: list[tuple[int, str]] = []
    triggers = {hit.start for hit in clause.hits}
    next_group = pack.cue("PLACE_LIST_NEXT_GROUP", 0)
    next_area = pack.cue("PLACE_LIST_NEXT_AREA", 0)
    while True:
        found = item.match(text, at)
        if found is None or fold(found.group(1)) in stop or clause.start + found.start(1) in triggers:
            break     # a word that ends the list ("، ما أدى"), or an event's own word ("قرى X وY، أصيب فيها")
        names.append((clause.start + found.start(1), found.group(1)))
        # the next group after its area and a colon ("X وفي ريف الرقة: Y"), or the list going on
        joined = next_area.match(text, found.end()) or separator.match(text, found.end())
        if joined is None:   # "... جنوبي إدلب، وبلدتي Z وW": the list's next group, opened again
            area = next_group.match(text, found.end())
            joined = area and pack.cue("PLACE_LIST_OPENER", 0).match(text, area.end())
        if not joined:
            break
        at = joined.end()
    return names
