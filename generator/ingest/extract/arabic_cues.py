"""Where Arabic personal names are introduced in a clause: the words before a name (a relation, role or title, a
rank, an office and the body it is held in, a speech verb, a plural introducer, a list opener), the kind of name each
lets follow, and the role its noun gives (القتيل X، المعتقلان هما X وY، المتهم، ويدعى X). Split from
`arabic_people.py`, which reads the names after them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import ar
from ..lang import common as C
from ..normalise import fold
from .arabic_affiliation import affiliation_end
from .arabic_aliases import NAMING_VERBS, SO_CALLED
from .arabic_named_after import NAMED_AFTER, after_kin_word
from .arabic_tokens import Token
from .model import Clause

# Words that introduce a name, by kind: one person, a list, a list of victims, a speaker, a rank.
_CUE_LISTS = (("NAME_INTRODUCERS", "one"), ("PLURAL_INTRODUCERS", "list"), ("NAME_LIST_OPENERS", "listed"), ("AMONG_LIST_OPENERS", "listed"),
              ("IDENTIFIED_AS", "one"), ("SPEECH_VERBS", "speaker"), ("MILITARY_RANKS", "rank"),
              ("OFFICE_TITLES", "office"))
# Words of the genitive chain after an office at most (وزير الداخلية والمغتربين، قائد شرطة محافظة درعا), and of the
# place it is held in after "في" (a place word and a name of up to two words: في محافظة دير الزور).
MAX_OFFICE_CHAIN = 4
MAX_SEAT_WORDS = 3
_IN = fold("في")
_PLACE_KINDS = frozenset(fold(w) for w in ar.PLACE_KINDS)


def _cue_table() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First folded word of every cue → (its folded words, its kind, the entry as written), longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for name, kind in _CUE_LISTS:
        for entry in getattr(ar, name):
            words = tuple(fold(w) for w in entry.split())
            table.setdefault(words[0], []).append((words, kind, entry))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


_CUES = _cue_table()
# Folded noun → the role it gives the people it introduces (ar.ROLE_NOUNS).
_ROLE_OF_NOUN = {fold(noun): role for role, nouns in ar.ROLE_NOUNS.items() for noun in nouns}
COPULAS = frozenset(fold(w) for w in ar.COPULAS)
_STOPS = frozenset(fold(w) for w in ar.NAME_STOPWORDS)


@dataclass(frozen=True)
class Cue:
    end: int            # where the name may start (offset in the clause text)
    kind: str           # "one", "list", "siblings", "rank", "listed"
    rank: str | None = None
    role: str | None = None     # the role its noun gives (والمصاب هو X، القتيل X)
    strict: bool = False        # an attested given name must follow: after a copula with no noun of a role before it, or
                                # after a comma that follows a noun of one victim ("أن المواطنة، X")
    single: bool = False        # a singular copula (هو، وهي): one person, the words after a comma describe them
    naming: bool = False        # a verb or noun of naming (يدعى، المدعو): one word may be the whole name
    apposition: bool = False    # an office and its body before a comma: the name stands between commas


def introducer_cues(clause: Clause, tokens: list[Token]) -> list[Cue]:
    """Words that introduce a name (entries of `_CUE_LISTS`), read token by token with their proclitics
    (للشاب، والعقيد), except where no name can follow them: a comma right after, a place or building word
    before (جبل الشيخ), or a place name that holds them (السيدة زينب)."""
    cues = []
    for i, token in enumerate(tokens):
        for form in _bare_forms(token.key):
            entry = next((e for e in _CUES.get(form, ()) if _follows(tokens, i, e[0])), None)
            if entry is None:
                continue
            words, kind, written = entry
            last = tokens[i + len(words) - 1]
            start = clause.start + token.start
            # A list opener's semicolon stands for its colon ("اعتقلت كلاً من؛ X، وY"): its list must still read as names.
            stops = "،,." if kind == "listed" else "،,.؛"
            # a comma after a noun of one victim ("أن المواطنة، فطومة X"): an attested given name must follow
            comma = re.match(rf"[\"”»']?[{stops}]", clause.text[last.end:last.end + 2])
            strict_after_comma = comma is not None and written in ar.VICTIM_INTRODUCERS and comma.group()[-1] in "،,"
            if comma and not strict_after_comma or (i and tokens[i - 1].key in NAMED_AFTER) \
                    or any(n.start <= start < n.end for n in clause.names):
                break   # "جبل الشيخ، جنوب دمشق", "السيدة زينب": a place, not a person
            if kind == "rank" and written == "اللواء" and _is_unit_name(clause, start):
                break
            if i and tokens[i - 1].key in SO_CALLED and form in NAMING_VERBS:
                break   # "ما يعرف باسم "ولاية X"": what is called so is a group or a thing, not a person
            if kind == "office":
                body_end = _office_chain_end(clause, tokens, i + len(words) - 1)
                if body_end is None and written in ar.HEADMAN_OFFICES and i + len(words) < len(tokens):
                    body_end = tokens[i + len(words)]   # "مختار بلدة X": a village the gazetteer lacks
                if body_end is None:
                    break
                last = body_end
            elif kind in ("one", "rank"):
                last = affiliation_end(clause, tokens, i + len(words) - 1) or last
            if kind == "list" and written in ar.SIBLING_INTRODUCERS:
                kind = "siblings"
            elif kind == "one" and written in ar.VICTIM_INTRODUCERS:
                if after_kin_word(clause, clause.start + token.start):
                    break   # "وقالت والدة القتيل ... “X”": the name is the relative's, not the victim's
                kind = "victim"
            role = _noun_role(tokens, i, kind) or (_noun_role(tokens, i + len(words) - 1, "one") if kind == "listed" else None)
            if role is None and i and written in ar.NAMED_BY_ONE_WORD and _noun_role(tokens, i - 1, "one") == C.PERPETRATOR:
                role = accused_role(clause, clause.start + token.start)   # "حددت هوية المتهم، ويدعى X"
            if role and kind != "listed" and i and _casualty_word(clause, clause.start + tokens[i - 1].start):
                role = None   # "قُتل المعتقل X": the casualty word governs the noun and its name
            cues.append(Cue(last.end, kind, written if kind == "rank" else None, role,
                             strict=token.key in COPULAS and role is None or strict_after_comma,
                             single=written in ar.SINGULAR_COPULAS,
                             naming=written in ar.NAMED_BY_ONE_WORD, apposition=kind == "office" and last.pause))
            break
    return cues


def _named(clause: Clause, token: Token) -> bool:
    return any(n.start <= clause.start + token.start < n.end for n in clause.names)


def _office_chain_end(clause: Clause, tokens: list[Token], j: int) -> Token | None:
    """The last word of the body an office is held in (وزير [الداخلية]، محافظ [درعا]، قائد [شرطة المدينة]), and of
    the place it is held in after "في" (قائد الأمن الداخلي [في محافظة حمص]), read from tokens[j], the office's last
    word: ال words, places and organizations, and a noun in construct before one of them; after "في", a place word
    and the place's name; None when no such chain follows or a comma ends it."""
    last = None
    reach = MAX_OFFICE_CHAIN
    seat = False    # reading the place the office is held in, after "في"
    k = j
    while k + 1 < min(len(tokens), j + 1 + reach):
        k += 1
        token = tokens[k]
        if last is not None and not seat and token.key == _IN and k + 1 < len(tokens) and (
                tokens[k + 1].key in _PLACE_KINDS or _named(clause, tokens[k + 1])):
            seat, reach = True, k - j + MAX_SEAT_WORDS   # "قائد الأمن الداخلي في محافظة حمص، X،"
            continue
        named = _named(clause, token)
        construct = k == j + 1 and k + 1 < len(tokens) and tokens[k + 1].key.startswith("ال") \
            and not token.key.startswith("ال")   # قائد [شرطة] المدينة: the first word of the chain only
        in_chain = named or token.key in _PLACE_KINDS if seat else token.key.startswith("ال") or named or construct
        if not in_chain or token.key in _STOPS or token.key in _CUES:
            break
        last = token
        if token.pause and k + 1 < len(tokens) and not tokens[k + 1].opens:
            return token   # "وزير الخارجية التركي، X Y،": the name in apposition, between commas
        if token.pause or token.stop or token.closes:
            return None
    return last


def accused_role(clause: Clause, start: int) -> str | None:
    """The role of a person the clause calls the accused (المتهم، ويدعى X; X، المتهم بـ), named at `start` (an offset in
    the article), by the act word nearest before: one the clause shoots, wounds, kills, assassinates or abducts is its victim, whatever they
    were accused of (None: the event's role); one it arrests is the one detained (as the corpus codes him); with no such
    word, the perpetrator ("حددت هوية المتهم، ويدعى X")."""
    governing = max((h for h in clause.hits if h.start < start), key=lambda h: h.start, default=None)
    if governing is not None and governing.sub_type == "arrests":
        return C.ROLE_OF_SUB_TYPE[C.ARRESTS]
    if governing is not None and (governing.klass in (C.KILL, C.INJURE, C.SHOOT) or governing.type == C.VAC):
        return None   # (an act on people: اغتال، اختطف)
    return C.PERPETRATOR


def _noun_role(tokens: list[Token], i: int, kind: str) -> str | None:
    """The role a cue's noun gives its names: the cue itself (القتيل X) or, for a copula, the noun before it
    (والمصابان هما X وY، أما المصاب فهو X)."""
    nouns = [tokens[i].key] + ([tokens[i - 1].key] if kind == "listed" and i else [])
    return next((_ROLE_OF_NOUN[form] for key in nouns for form in _bare_forms(key) if form in _ROLE_OF_NOUN), None)


def _casualty_word(clause: Clause, start: int) -> bool:
    """A casualty or death word of the clause starts at `start`."""
    return any(h.start == start for h in clause.hits) or any(s == start for s, _ in clause.spans("DEATH_WORDS"))


@lru_cache(maxsize=16384)   # asked of every word of a clause
def _bare_forms(key: str) -> tuple[str, ...]:
    """A word without the proclitics it may carry: وللشاب → للشاب، لشاب، الشاب."""
    forms = [key]
    if key[:1] in "وف" and len(key) > 3:
        forms.append(key[1:])
    for form in list(forms):
        if form.startswith("لل"):
            forms.append("ال" + form[2:])
        elif form[:1] in "بلك" and len(form) > 3:
            forms.append(form[1:])
    return tuple(forms)


def _follows(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """The words after the first of a cue entry stand right after tokens[i]."""
    return i + len(words) <= len(tokens) and all(tokens[i + n].key == w for n, w in enumerate(words[1:], start=1))


def _is_unit_name(clause: Clause, start: int) -> bool:
    """اللواء الثامن / اللواء 15: a brigade, not a major general."""
    after = clause.a.text[start:start + 30]
    if re.match(r"[وب]?اللواء\s+(?:\d|[٠-٩]|ال(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر))", after):
        return True
    return any(n.kind == "organization" and n.start <= start < n.end + 2 for n in clause.names)
