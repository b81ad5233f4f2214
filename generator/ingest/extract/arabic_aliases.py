"""Aliases of Arabic personal names: a kunya or nickname right after a full name ("X المعروف بـ"أبو علي""،
"X الملقب بأبي علي"، "X (أبو علي)") is that name's alias, not another person (`arabic_people.py` finds the names)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..lang import ar
from ..normalise import fold
from .arabic_names import NameReader
from .arabic_tokens import LETTERS, MARKS, Token, surface
from .model import Clause, FoundName

ALIAS_CUES = frozenset(fold(w) for w in ar.ALIAS_CUES)
# "What is called" (ما يعرف باسم، لما يسمى): before a naming verb, the name is a group's or a thing's, not a person's.
SO_CALLED = frozenset(fold(w) for w in ar.SO_CALLED)
NAMING_VERBS = frozenset(fold(w) for w in ar.NAMING_VERBS)


def with_aliases(clause: Clause, text: str, tokens: list[Token], found,
                 written: Mapping[int, list[list[Token]]]) -> list[FoundName]:
    """Names with the kunya or nickname that follows them ("X المعروف بـ"أبو علي"", "X (أبو علي)") as an alias, and
    a name completed from a relative's with its words as `written` ("ونجله محمد": محمد)."""
    out: list[FoundName] = []
    dropped: set[int] = set()
    for n, (start, end, parts, rank, victim_cue, role) in enumerate(found):
        if n in dropped:
            continue
        aliases = [f"{rank} {surface(parts)}"] if rank else []
        if start in written:
            aliases.append(surface(written[start]))
        cued = _ALIAS_AFTER.match(text, end)
        if cued:   # "X الملقب بأبي علي"، "X المعروف باسم "الأسمر"": the alias, whether or not it was read as a name
            aliases.append(_kunya_form(cued.group(1) or cued.group(2)))
            dropped |= {m for m, (a_start, *_) in enumerate(found) if end <= a_start < cued.end()}
        for m, (a_start, _a_end, a_parts, *_) in enumerate(found[n + 1:], start=n + 1):
            between = text[end:a_start]
            if cued or len(between) > 25 or not (_is_alias_link(between) or _quoted_kunya(between, surface(a_parts))):
                break
            aliases.append(surface(a_parts))
            dropped.add(m)
            break
        out.append(FoundName(clause.start + start, clause.start + end, surface(parts), rank, tuple(aliases),
                             victim_cue, role))
    return out


_CUE_WORDS = "|".join(sorted({re.escape(w) for w in ar.ALIAS_CUES if " " not in w}, key=len, reverse=True))
# An alias cue after a name, then the alias: a nickname or kunya in quotation marks or brackets (group 1), or an
# unquoted kunya (group 2) whose ب (بأبي علي) belongs to the cue.
_ALIAS_AFTER = re.compile(
    r"[\s\"”»]*[،,]?\s*(?:" + _CUE_WORDS + r")\s*(?:باسم\s*|بلقب\s*|بكنية\s*|بـ\s*|ب(?=[\"“«(]))?"
    r"(?:[\"“«(]([^\"“”«»()\n]{2,30})[\"”»)]|ب?((?:أبو|أبي|ابو|ابي|أم)\s+(?:عبد\s+)?[" + LETTERS + r"]+(?:\s+ال[" + LETTERS
    + r"]+)?))")


def _kunya_form(alias: str) -> str:
    """The alias as a name: the genitive kunya (بأبي علي) in its own form (أبو علي)."""
    words = alias.split()
    if words and fold(words[0]) == fold("أبي"):
        words[0] = "أبو"
    return " ".join(words)


def _is_alias_link(between: str) -> bool:
    """The words between a name and its alias: a cue (المعروف بـ، الملقب) or an opening bracket."""
    stripped = re.sub(r"[\s\"“”«»'‘’،,]", " ", between).strip()
    if stripped in ("(", ""):
        return "(" in between
    words = [fold(w).lstrip("و") for w in stripped.replace("ـ", " ").split()]
    return bool(words) and words[0] in ALIAS_CUES and all(w in ALIAS_CUES or w in ("ب", "باسم", "بلقب", "بكنيه") for w in words)


def _quoted_kunya(between: str, alias: str) -> bool:
    """A kunya in quotation marks right after the name ("X "أبو علي""): the name's kunya, not another person."""
    return between.strip() in ("\"", "“", "«") and fold(alias.split()[0]) in _KUNYA_WORDS


_KUNYA_WORDS = frozenset(fold(w) for w in ("أبو", "ابو", "أم", "ام"))


def after_alias_cue(text: str, start: int) -> bool:
    """The quotation at `start` follows "known as" (الملقب بـ"X"), but not "what is known as" (لما يعرف باسم
    "ولاية X", ما يسمى: a group's name, not a person's)."""
    before = [fold(w).lstrip("و") for w in re.findall(rf"[{LETTERS}{MARKS}]+", text[max(0, start - 30):start])[-3:]]
    words = before[-2:]
    if any(w in SO_CALLED for w in before[:-1]):
        return False
    return any(w in ALIAS_CUES or w in ("ب", "بـ", "باسم") and len(words) > 1 and words[0] in ALIAS_CUES
               for w in words)


def one_word_name(reader: NameReader, tokens: list[Token], i: int) -> list[list[Token]]:
    """The name after a verb of naming when it is one word ("القتيل يُدعى X، وهو"): a word that ends the phrase (a
    comma, a stop or the clause's end after it), whether or not the index lists it; not a stop word, a word with ال,
    a trigger, a place or an organization. (A given name before more words, "شاب يدعى أحمد برصاص", is left: the words
    after it may be the rest of the name.)"""
    token = tokens[i]
    if len(token.key) < 3 or token.key.startswith("ال") or reader.is_stop(token) or reader.is_blocked(token, True):
        return []
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if token.pause or token.stop or nxt is None:
        return [[token]]
    return []
