"""Arabic names given through a family relation: a relative named after a relation word ("وأصيب شقيقه
"راشد""، "وابنة العائلة X"), and children listed by their given names before their father's name ("وهم محمد، خالد، رياض أبناء
فايز الحماد": each is named by the chain, as news writes a person's given, father's and family names), and brothers
named by their given names before one full chain ("قُتل محمد وأحمد عبد الكريم العودات"), and a child or sibling named
by the given name alone right after a full chain ("X ونجلاه محمد وأحمد"، "X وشقيقته زينب"): named by the chain."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lang import ar
from ..normalise import fold
from .arabic_name_words import (KUNYA_HEADS, is_dual_relative, is_family, is_relative, split_pronoun,
                                 unnamed_relatives)
from .arabic_names import NameReader, Token

_CHILDREN_OF = frozenset(fold(w) for w in ar.CHILDREN_OF)
_RELATION_WORDS = frozenset(fold(w) for w in ar.RELATIVES)
_FAMILY_NOUNS = frozenset(fold(w) for w in ar.FAMILY_NOUNS)
_BIRTH_ORDER = frozenset(fold(w) for w in ar.BIRTH_ORDER)
# Nouns that introduce a person (الطفلة، الشاب), with the article: without it the word is no name ("ابنته طفلة").
_PERSON_NOUNS = frozenset(fold(w) for w in ar.NAME_INTRODUCERS if w.startswith("ال"))
_CHILD = frozenset(fold(w) for w in ar.CHILD_RELATIVES)
_SIBLING = frozenset(fold(w) for w in ar.SIBLING_RELATIVES)
_FATHERS = fold(ar.FATHERS_PRONOUN)
_SURVIVED = re.compile(ar.SURVIVED_BEFORE_RELATIVES)
# How far before the relatives counted a verb of surviving is theirs ("فيما نجا أطفاله الثلاثة:"، "ونجا بأعجوبة من
# الانفجار أطفاله الثلاثة:"; not "رجل نجا من محاولة اغتيال العام الماضي على قتل زوجته وأطفالهما الثلاثة:").
SURVIVED_REACH = 40

Names = list[list[list[Token]]]


def relatives_named(reader: NameReader, tokens: list[Token], add: Callable[..., None]) -> None:
    """A relation word with a pronoun, or one of the family (وابنة العائلة), then a name: "وأصيب شقيقه "راشد""،
    "ونجا ابنه محمد"، "وابنة العائلة سلمى الحسن": the relative, named by an attested or quoted given name alone or
    more, or by a given name the index lacks followed by the father's (names listed after a name with و are
    `list_of`'s); relatives listed after the relation word and a colon or comma ("مقتل ابنتيه: X، وY")."""
    text = reader.clause.text
    for i, token in enumerate(tokens[:-1]):
        key = token.key.removeprefix("و")
        counted = i + 2 < len(tokens) and unnamed_relatives(key) and not token.pause and not token.stop \
            and tokens[i + 1].stop and text[tokens[i + 1].end:tokens[i + 1].end + 1] == ":" \
            and not _SURVIVED.search(text, max(0, token.start - SURVIVED_REACH), token.start)
        if (token.pause or token.stop and text[token.end:token.end + 1] == ":") and is_relative(key) or counted:
            # "مقتل ابنتيه: X البالغة من العمر 12 عاماً، وY"، "مقتل طفليه، X (12 عاماً) وY": the relatives listed after a
            # colon or a comma, the first named in full; "أطفالهما الثلاثة: X (14 عاماً)، وY (12 عاماً)": children
            # named by their given names, each with an age
            names = reader.list_of(tokens, i + 2 if counted else i + 1, weak=False, tolerant=True, single=counted)[1]
            if names and _fathers_name(reader, names[0]) or counted and len(names) > 1 and all(
                    len(parts) == 1 and parts[0][0].key in reader.any_given and reader.aged_at(parts[0][-1])
                    for parts in names):
                add(names)
            continue
        if token.pause or token.stop or token.closes:
            continue
        if i + 2 < len(tokens) and tokens[i + 1].key in _FAMILY_NOUNS and not tokens[i + 1].pause \
                and (key in _RELATION_WORDS or is_relative(key)):
            first = i + 2
        elif is_relative(key):
            first = i + 1
            if first + 1 < len(tokens) and tokens[first].key in _BIRTH_ORDER and not tokens[first].pause:
                first += 1   # "وشقيقتها الصغرى X": the relative's rank among the siblings stands before the name
        else:
            continue
        nxt = tokens[first]
        ranked = first > i + 1 and tokens[first - 1].key in _BIRTH_ORDER
        if nxt.key in reader.any_given or nxt.opens and not nxt.key.startswith("ال"):
            _end, parts = reader.read(tokens, first, weak=False, quoted=nxt.opens, single=True)
            if parts:
                add([parts])
        elif not nxt.key.startswith("ال"):
            # a given name the index lacks: a chain with the father's given name after it; after a birth rank its first
            # letter may read like a preposition (شقيقتهما الصغرى X محمد, X opening with ب); alone, with an age after
            # it ("شقيقتهما الصغرى X (4 أعوام)")
            _end, parts = reader.read(tokens, first, weak=False, quoted=ranked)
            if _fathers_name(reader, parts):
                add([parts])
            elif reader.aged_at(nxt) and _may_be_given_name(reader, nxt, ranked):
                add([[[nxt]]])


def _may_be_given_name(reader: NameReader, token: Token, ranked: bool) -> bool:
    """A word the index lacks that may still be a given name: four letters or more, no preposition or conjunction
    glued before it (ب only after a birth rank: "الصغرى بيسان"), no accusative ending (أيضاً), no stop word, event
    word, place or noun of a person (معه، بجروح، كذلك، طفلة)."""
    key = token.key
    glued = "وفلك" if ranked else "وفبلك"
    return len(key) > 3 and key[0] not in glued and not token.word.endswith(("اً", "ًا")) and not token.opens \
        and not reader.is_stop(token) and not reader.is_blocked(token, True) and "ال" + key not in _PERSON_NOUNS


def _fathers_name(reader: NameReader, parts: list[list[Token]]) -> bool:
    """A chain whose second part is an attested given name (the father's: "X عدنان سليمان"), whatever its first."""
    return len(parts) > 1 and parts[1][0].key in reader.any_given


def children_of_parent(reader: NameReader, tokens: list[Token], names: Names) -> tuple[Names, tuple[int, int]] | None:
    """Two or more given names alone right before "أبناء"/"ابنا"/"بنات" and a name ("وهم محمد، خالد، رياض أبناء
    فايز الحماد"، "الشقيقان علي وحسن ابنا ياسر الخطيب"): each child's name is its given name and the parent's chain,
    and the span of the parent's name, which names no other person of the incident. None when the list is not
    of that shape."""
    if len(names) < 2 or any(len(parts) > 1 for parts in names):
        return None
    last = names[-1][-1][-1]
    k = next((n for n, t in enumerate(tokens) if t.start >= last.end), len(tokens))
    if last.pause or last.stop or last.closes or k + 1 >= len(tokens) or tokens[k].key not in _CHILDREN_OF \
            or tokens[k].pause:
        return None
    _end, parent = reader.read(tokens, k + 1, weak=False)
    if not parent:
        return None
    return [parts + parent for parts in names], (tokens[k].start, parent[-1][-1].end)


def brothers_before_chain(reader: NameReader, tokens: list[Token], i: int) -> list[list[list[Token]]]:
    """Common given names alone joined by و right before a full chain ("قُتل محمد وأحمد عبد الكريم العودات"): brothers
    written as news writes them, each sharing the chain's father's and family names; [] for any other shape (a given
    name alone before a two-word name is left: nothing says the two share a father)."""
    names = reader.list_of(tokens, i, weak=True, single=True)[1]
    if len(names) > 1 and len(names[-1]) >= 3 and all(
            len(parts) == 1 and len(parts[0]) == 1 and parts[0][0].key in reader.given
            and not (parts[0][0].pause or parts[0][0].closes) for parts in names[:-1]):
        return names
    return []


def named_by_kin(text: str, found: list) -> tuple[list, dict[int, list[list[Token]]]]:
    """The names found, a child or sibling named by the given name alone right after a relative's full chain named
    by that chain ("سامي علي الحريري ونجلاه محمد وأحمد": محمد سامي الحريري، أحمد سامي الحريري; "علي محمد الحسن وشقيقته
    زينب": زينب محمد الحسن), and, by the start of each name so completed, its words as written. A child takes its
    father's given and family names, only after "his" (ابنها names the mother, whose names the child does not
    carry); a sibling takes all but the given name. The chain needs two parts, its first no kunya."""
    out = list(found)
    written: dict[int, list[list[Token]]] = {}
    kin: tuple[list[list[Token]], bool] | None = None   # the chain and whether the relative is its child
    pair = False   # the name after a dual's first: أحمد of "ونجلاه محمد وأحمد"
    for n in range(1, len(found)):
        start, end, parts, *rest = found[n]
        between = fold(text[found[n - 1][1]:start]).split()
        if pair and between in ([], ["و"]):
            pair = False
        elif len(between) == 1:
            key = between[0].removeprefix("و")
            before = text[:found[n - 1][0]].split()[-1:]   # the word before the chain
            # "فيما أصيبت زوجته X ونجله Y": the pronoun of a relative named after a relative is the first person's
            kin = None if before and is_relative(fold(before[0]).removeprefix("و")) \
                else _relation(key, found[n - 1][2])
            pair = kin is not None and is_dual_relative(key)
        else:
            kin, pair = None, False
        if kin is None or len(parts) != 1:
            continue
        chain, child = kin
        family = [chain[-1]] if len(chain) > 2 or is_family(chain[-1], 1) else []
        out[n] = (start, end, [parts[0], chain[0]] + family if child else [parts[0]] + chain[1:], *rest)
        written[start] = parts
    return out, written


def _relation(key: str, chain: list[list[Token]]) -> tuple[list[list[Token]], bool] | None:
    """The chain and whether the relation word names its child (True) or sibling (False); None for another relation,
    a pronoun for another person, or a chain too short or opened by a kunya."""
    split = split_pronoun(key)
    if split is None or len(chain) < 2 or chain[0][0].key in KUNYA_HEADS:
        return None
    stem, suffix = split
    if stem in _CHILD and suffix == _FATHERS:
        return chain, True
    return (chain, False) if stem in _SIBLING else None
