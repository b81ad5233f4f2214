"""Where a word list can match, found in one pass over an article instead of one regex run per list.

Every match of an Arabic word list or trigger begins at most `arabic.STEM_REACH` characters (its
proclitics) before the literal stem of its first word (`arabic.literal_stems`). One Aho-Corasick
automaton of all stems of the language finds every stem's places in the article once; a list's regex
is then tried only at the few places its stems allow, which gives exactly the matches its `finditer`
over the whole text gives (the leftmost match is at one of those places, and each later one starts at
or after the end of the one before, as `finditer` does).

English lists are regexes: their stems are the literal pieces one of which every match holds, read from the
regex (`required_literals`), and may be anywhere in a match; the same automaton, run over the case-folded
text, says only whether a list can match at all, and one that can is run over the whole text."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

import ahocorasick


# Stems of one or two letters (ل, ال, هو) are in almost every article, hundreds of times: the lists that
# have one are run over the whole text, and the automaton does not report their places.
MIN_STEM_LENGTH = 3


class StemFinder:
    """The places of every stem (of `MIN_STEM_LENGTH` letters or more) of a language's word lists in one
    text (`places`); `stems` are those it knows."""

    def __init__(self, stems: frozenset[str]) -> None:
        self.stems = frozenset(stem for stem in stems if len(stem) >= MIN_STEM_LENGTH)
        self._automaton = ahocorasick.Automaton()
        for stem in self.stems:
            self._automaton.add_word(stem, stem)
        self._automaton.make_automaton()
        self._knows: dict[tuple[str, ...], bool] = {}

    def knows(self, stems: tuple[str, ...]) -> bool:
        """Whether `places` reports every one of `stems` (asked for every list of every article: remembered)."""
        known = self._knows.get(stems)
        if known is None:
            known = self._knows[stems] = self.stems.issuperset(stems)
        return known

    def places(self, text: str) -> dict[str, list[int]]:
        """Each stem found in `text`, with the offsets where it starts (overlapping ones too)."""
        found: dict[str, list[int]] = {}
        for end, stem in self._automaton.iter(text):
            found.setdefault(stem, []).append(end - len(stem) + 1)
        return found


def matches_at_stems(regex: re.Pattern[str], stems: Iterable[str], places: dict[str, list[int]], text: str,
                     reach: int) -> list[re.Match[str]]:
    """What `regex.finditer(text)` finds, trying the regex only from `reach` characters before each place
    of one of `stems` (every match of the regex holds one of them that far from its start)."""
    found_stems = [places[stem] for stem in stems if stem in places]   # (most trigger stems are absent)
    if not found_stems:
        return []
    if sum(map(len, found_stems)) * (reach + 1) > len(text) // 2:   # a stem of a letter or two: everywhere
        return list(regex.finditer(text))
    starts = sorted({start for stem_places in found_stems for place in stem_places
                     for start in range(max(place - reach, 0), place + 1)})
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        m = regex.match(text, start)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


# ------------------------------------------------------------------ literals every match of a regex holds

# A part of a regex that can match more literal strings than this counts as not literal.
_MAX_LITERALS = 64

try:   # the parser `re.compile` itself runs (private: on a Python without it, no English list has stems)
    _parser: Any = importlib.import_module("re._parser")
    _sre: Any = importlib.import_module("re._constants")
except ImportError:   # pragma: no cover
    _parser = None


def required_literals(regex: re.Pattern[str], min_length: int = MIN_STEM_LENGTH) -> tuple[str, ...] | None:
    """Lower-case pieces of text one of which every match of `regex` holds (None: none of `min_length`
    letters or more), read from the regex's parse tree: a word list of English regexes none of whose pieces
    is in an article need not be run over it. Any surprise in the (private) parse tree gives None, which
    only means the list is always run. The pieces are ASCII, and `case_folded` text holds them wherever a
    case-insensitive match does."""
    if _parser is None:
        return None
    try:
        runs = _runs(_parser.parse(regex.pattern, regex.flags).data)
    except Exception:   # noqa: BLE001  (a parse tree of another shape: no pieces, the same matches)
        return None
    usable = [run for run in runs if min(map(len, run)) >= min_length and all(s.isascii() for s in run)]
    if not usable:
        return None
    best = max(usable, key=lambda run: (min(map(len, run)), -len(run)))
    # a piece that holds a shorter one adds nothing ("bombs" beside "bomb")
    return tuple(sorted(s for s in best if not any(other != s and other in s for other in best)))


def _runs(ops: Any) -> list[frozenset[str]]:
    """Sets of strings one of which every match of the sequence `ops` holds: its runs of literal parts, and
    what its groups and branches hold."""
    runs: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    for op, av in ops:
        part = _literal(op, av)
        if part is not None and len(run) * len(part) <= _MAX_LITERALS:
            run = frozenset(a + b for a in run for b in part)
            continue
        runs.append(run)
        run = frozenset({""})
        if op is _sre.SUBPATTERN:
            runs.extend(_runs(av[3]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            runs.extend(_runs(av[2]))
        elif op is _sre.BRANCH:
            each = [_best(_runs(branch)) for branch in av[1]]
            if all(each):
                runs.append(frozenset().union(*each))
    runs.append(run)
    return [run for run in runs if "" not in run]


def _best(runs: list[frozenset[str]]) -> frozenset[str]:
    return max((run for run in runs if "" not in run), key=lambda run: min(map(len, run)), default=frozenset())


def _literal(op: Any, av: Any) -> frozenset[str] | None:
    """The few literal strings a part of a regex matches (a zero-width assertion: ""), or None."""
    if op is _sre.LITERAL:
        return frozenset({chr(av).lower()})
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset({""})
    if op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in av):
        return frozenset(chr(code).lower() for _, code in av)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] <= 1:
        inner = _whole(av[2])
        return None if inner is None else inner | ({""} if av[0] == 0 else frozenset())
    if op is _sre.SUBPATTERN:
        return _whole(av[3])
    if op is _sre.BRANCH:
        branches = [_whole(branch) for branch in av[1]]
        return None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
    return None


def _whole(ops: Any) -> frozenset[str] | None:
    """The literal strings a whole sequence matches, when it has only literal parts and few strings."""
    strings: frozenset[str] = frozenset({""})
    for op, av in ops:
        part = _literal(op, av)
        if part is None or len(strings) * len(part) > _MAX_LITERALS:
            return None
        strings = frozenset(a + b for a in strings for b in part)
    return strings


# Letters a case-insensitive regex takes for an ASCII letter that `str.lower` does not make that letter.
# (and "İ", which `str.lower` makes two characters)
_CASE_FOLDS = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})


def case_folded(text: str) -> str:
    """`text` as `required_literals` pieces are looked for in it."""
    return text.translate(_CASE_FOLDS).lower()
