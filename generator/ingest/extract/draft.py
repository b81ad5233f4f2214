"""A draft event: the event an article's sentences fill in turn, the sentences that filled it, and the people it
gathers (one person however often and however fully named)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..mentions import ExtractedEvent, Mention, PersonMention
from ..normalise import fold
from .model import Clause
from .options import ExtractOptions


@dataclass
class Draft:
    event: ExtractedEvent
    clauses: list[Clause] = field(default_factory=list)
    victims: set[str] = field(default_factory=set)      # match keys of the names and last names of the killed
    listed: bool = False    # one place of a list ("قصف قرى A وB وC"): a later sentence at that place tells more of it
    # the counts a page's title or a lead summing several incidents filled in, and the place it named (`titles.py`)
    summary_counts: dict[str, int] = field(default_factory=dict)
    summary_place: Mention | None = None
    # the incident told just before that these arrests followed (`frames.arrests_after`): where they were made, when
    # their own sentences name no place
    follows: Draft | None = None


def add_people(draft: Draft, people: list[PersonMention], options: ExtractOptions) -> None:
    """Add people the event does not have yet (by name or alias). A person named again keeps the fuller
    name; one only mentioned so far takes the role a later sentence gives them. Matching goes one way: a new name
    finds a known person by the known person's own or later forms (`_later_keys`: "خالد أبو زيد" is later "أبو
    زيد"), and by its own later forms only a known person named by that form alone (the kunya told first, the full
    name after it); two full names sharing a family name written as a kunya ("Nizar Salman Abu Fakhr", "Rabih Abu
    Fakhr") are two people."""
    known = draft.event.people
    # key -> the people holding it: the first person sharing a key with a new one is found without
    # comparing it with every person (a pasted list of thousands of names made this quadratic)
    holders: dict[str, set[int]] = {}     # own and later keys
    named_by: dict[str, set[int]] = {}    # own keys only

    def hold(index: int, person: PersonMention) -> None:
        for key in _own_keys(person):
            holders.setdefault(key, set()).add(index)
            named_by.setdefault(key, set()).add(index)
        for key in _later_keys(person):
            holders.setdefault(key, set()).add(index)

    def release(index: int, person: PersonMention) -> None:
        for key in _own_keys(person) | _later_keys(person):
            holders.get(key, set()).discard(index)
            named_by.get(key, set()).discard(index)

    for index, person in enumerate(known):
        hold(index, person)
    for person in people:
        sharing = [index for key in _own_keys(person) for index in holders.get(key, ())] \
            + [index for key in _later_keys(person) for index in named_by.get(key, ())]
        same = min(sharing) if sharing else given_name_of(person, known)
        if same is None:
            known.append(person)
            hold(len(known) - 1, person)
            continue
        old = known[same]
        full, short = (person, old) if _fullness(person) > _fullness(old) else (old, person)
        role = person.role if old.role in ("mentioned", "target") and person.role != "mentioned" else old.role
        # the title's "أبو خالد الحريري" is an alias; a given name alone is not
        other = (short.name,) if fold(short.name) != fold(full.name) and " " in short.name.strip() else ()
        known[same] = replace(full, role=role, aliases=tuple(dict.fromkeys(full.aliases + other + short.aliases)))
        release(same, old)
        hold(same, known[same])
    note_victims(draft, options)


_LATIN_ARTICLE = re.compile(r"\b(?:al|el)[- ]")


def _own_keys(person: PersonMention) -> set[str]:
    """The person's name and aliases, folded (and a Latin spelling without its article: "Samir Haddad" for "Samir
    al-Haddad")."""
    return _with_latin_unarticled({fold(n) for n in (person.name, *person.aliases)})


def _later_keys(person: PersonMention) -> set[str]:
    """Shorter forms a later mention of the person may take: a family name written as a kunya at its end ("خالد أبو
    فياض" is later "أبو فياض"), and the kunya alias with the family name ("محمود خالد الحريري" known as "أبو خالد" is
    "أبو خالد الحريري" in a title)."""
    words = fold(person.name).split()
    keys = {" ".join(words[i:]) for i in range(1, len(words) - 1) if words[i] in KUNYA_WORDS}
    keys |= {f"{fold(a)} {words[-1]}" for a in person.aliases if len(words) > 2 and fold(a).split()[0] in KUNYA_WORDS}
    return _with_latin_unarticled(keys)


def _with_latin_unarticled(keys: set[str]) -> set[str]:
    return keys | {_LATIN_ARTICLE.sub("", key) for key in keys if key.isascii()}


def _fullness(person: PersonMention) -> tuple[bool, int]:
    """Which of two names of one person to keep: a name that is no kunya, then the longer."""
    words = fold(person.name).split()
    return words[0] not in KUNYA_WORDS, len(words)


def note_victims(draft: Draft, options: ExtractOptions) -> None:
    for person in draft.event.people:
        if person.role == "killed":
            key = options.pack(person.language).match_key
            words = person.name.split()
            draft.victims.add(key(person.name))
            last = words[-1]
            if len(last) >= 4:
                draft.victims.add(key(last))


# First words of a kunya, folded ("أبو X", "Abu X"): a name that opens with one is no given name.
KUNYA_WORDS = ("ابو", "ام", "abu", "umm")


def given_name_of(person: PersonMention, known: list[PersonMention]) -> int | None:
    """The one person named in full before whose name opens with a given name named alone after ("الأخوان "ياسر X
    Y"", then "الأخوين "ياسر""); not the other way round ("his son Ibrahim ... the father Ibrahim X": two people)."""
    words = fold(person.name).split()
    if len(words) != 1 or words[0] in KUNYA_WORDS:
        return None
    same = [i for i, p in enumerate(known) if len(other := fold(p.name).split()) > 1 and words[0] == other[0]]
    return same[0] if len(same) == 1 else None


# Where a sentence ends (`only_survivors` reads a survivor's whole sentence, past the clauses it was cut into).
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def only_survivors(draft: Draft) -> bool:
    """The incident's target survived ("نجا القيادي من محاولة اغتيال", "survived the attack"), and no word of the
    incident tells of someone dead or missing beside, nor that its toll is not known."""
    if not any(clause.has("SURVIVED") for clause in draft.clauses):
        return False
    # (up to the sentence's full stop: "..، فيما لا يزال مصير مرافقه مجهولاً" is a clause of its own)
    text = draft.clauses[0].a.text
    sentences = [Clause(clause.a, clause.start, _sentence_end(text, clause.start)) for clause in draft.clauses]
    return not any(sentence.has("NOT_ALL_SURVIVED") or sentence.has("DEATH_WORDS")
                   or sentence.has("UNREPORTED_CASUALTIES") for sentence in sentences)



def _sentence_end(text: str, start: int) -> int:
    """Where the sentence going on at `start` ends: its full stop, or the text's end."""
    found = _SENTENCE_END.search(text, start)
    return found.start() if found else len(text)
