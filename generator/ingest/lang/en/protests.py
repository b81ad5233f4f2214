"""English: protests, and the protests a killing sparked."""

from __future__ import annotations

PROTEST = (r"protest(?:ers?|s|ed)?|demonstrat(?:ors?|ion|ions|ed)|(?:set|setting) (?:tyres|tires) (?:on fire|ablaze)"
           r"|burn(?:ed|t|ing)? (?:tyres|tires)|general strike|(?:took|take|taking) to the streets",)

# What a killing set off ("two men were shot dead in X, sparking a wave of protests"): a protest word after one of
# these, in a sentence that tells the killing before it, is what followed the killing, not its type.
SPARKED = r"(?:sparking|sparked|prompting|prompted|triggering|triggered|leading to|led to)\s+(?:\S+\s+){0,3}$"
