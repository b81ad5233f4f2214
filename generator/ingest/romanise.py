"""Ids from names in either script.

Romanisation itself lives in one place, `names.romanise` (ALA-LC-like, with
the CaCiC pattern, ية and عبدال handled); `romanise` is re-exported here for
the modules that import it from this one. `COMMON_WORDS` (folded first words
of personal names → their Latin form) is what extraction checks to tell a
person's name from a phrase.
"""

from __future__ import annotations

from slugify import slugify

from .names import GIVEN_NAME_WORDS, NAME_FORMS, romanise

__all__ = ["COMMON_WORDS", "romanise", "slug"]

COMMON_WORDS: dict[str, str] = {word: NAME_FORMS.get(word, word) for word in sorted(GIVEN_NAME_WORDS)}


def slug(name: str, fallback: str = "unknown") -> str:
    """An ASCII id part from a name in either script."""
    value = slugify(romanise(name).replace("'", ""), max_length=60, word_boundary=True)
    return value or fallback
