"""Places an event takes from outside its own sentence: the area of the article's other places (a
draft place's parent), the town of a neighbourhood the gazetteer lacks, the town a sentence refers
back to ("in the city centre"), and a place the article introduced earlier with its place word."""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import LexiconMatch
from ..mentions import Mention
from .model import Clause

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
    """A neighbourhood the gazetteer lacks, in the one town the article names (`context_area`): the
    incident is coded at that town, as for a neighbourhood the gazetteer has (the name stays the detail)."""
    if draft.hint not in FINER_THAN_TOWN or draft.context_area is None:
        return None
    town = next((m for m in clause.a.names if m.entry_id == draft.context_area), None)
    if town is None or clause.a.options.lexicon.get(town.entry_id).place_kind not in DRAFT_TOWN_KINDS:
        return None
    return mention(clause, town)


# The kinds of place "the city", "the town" and "the village" may refer back to.
REFERRED_KINDS = {"city": ("city", "town"), "town": ("town", "city", "village"), "village": ("village", "town")}


def town_referred_to(clause: Clause) -> Mention | None:
    """A sentence that names no place but refers back to one ("in the city centre", "في البلدة ذاتها"):
    the place of that kind the article named last before it."""
    cue = clause.pack.cue("ANAPHORIC_PLACE").search(clause.text)
    if cue is None or cue.lastgroup not in REFERRED_KINDS:
        return None
    lex = clause.a.options.lexicon
    towns = [m for m in clause.a.names if m.kind == "place" and m.start < clause.start and not m.ambiguous
             and lex.get(m.entry_id).place_kind in REFERRED_KINDS[cue.lastgroup]]
    if not towns:
        return None
    last = max(m.start for m in towns)
    return mention(clause, next(m for m in towns if m.start == last))


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
