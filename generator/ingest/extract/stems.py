"""Where a word list can match, found in one pass over an article instead of one regex run per list.

Every match of an Arabic word list or trigger begins at most `arabic.STEM_REACH` characters (its
proclitics) before the literal stem of its first word (`arabic.literal_stems`). One Aho-Corasick
automaton of all stems of the language finds every stem's places in the article once; a list's regex
is then tried only at the few places its stems allow, which gives exactly the matches its `finditer`
over the whole text gives (the leftmost match is at one of those places, and each later one starts at
or after the end of the one before, as `finditer` does)."""

from __future__ import annotations

import re
from collections.abc import Iterable

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
