"""English: numbers written in words, duals and vague quantities."""

from __future__ import annotations

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000, "dozen": 12}

# Words that stand for "one" before a multiplier: a hundred, a dozen.
ONE_BEFORE_MULTIPLIER: tuple[str, ...] = ("a", "an", "one")

FIXED_PHRASES: dict[str, int] = {"a couple of": 2, "a pair of": 2, "both": 2}

# Endings that make digits an ordinal ("8th Brigade"): a name or a rank, never a count.
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

# Words after which four digits are a year used as an adjective ("the 2018 settlement", "a 2019 offensive", "its
# 2011 uprising"), never a count; the date finder reads a year only where it dates something ("in 2018").
YEAR_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})

# Longest phrases first: the matcher tries them in this order.
VAGUE: dict[str, str] = {
    "a number of": "a-number",
    "scores of": "tens",
    "dozens of": "dozens",
    "dozens": "dozens",
    "hundreds of": "hundreds",
    "thousands of": "thousands",
    "several": "several",
    "a few": "several",
}

# An age, never a toll ("a 16-year-old boy", "aged 12", "14 years old"): a
# count inside one of these is someone's age.
AGE_ADJECTIVE = r"[\w-]+-year-old"   # "a 16-year-old boy", "her 10-year-old brother"
AGE: tuple[str, ...] = (AGE_ADJECTIVE, r"\w+\s+years?\s+old", r"age\s+of\s+\w+",   # in digits or words
                        # a span of ages: "aged between 9 and 15", "aged 9 to 15", "between the ages of 6 and 9"
                        r"aged\s+(?:between\s+\d{1,2}\s+(?:and|to)|\d{1,2}\s+to)\s+\d{1,2}\b"
                        r"|ages\s+of\s+\d{1,2}\s+(?:and|to)\s+\d{1,2}\b",
                        # "aged 17 and 14": both ages, not "aged 12 and 14 and 3 women" (a count of people after)
                        r"aged\s+\w+(?:\s+and\s+\d{1,2}\b(?!\s+(?:and\s+)?\d|\s+[a-z]))?",
                        r"born\s+(?:in\s+)?\d{4}", r"b\.\s*\d{4}",   # a birth year
                        # a number between commas after a full name or a person's noun ("Omar al-Hassan, 25, was shot
                        # dead", "a man, 40, was killed"); not after a place ("in Daraa, 5 were killed"). The word lists
                        # match ignoring case: the capitals of a name are asked for case-sensitively.
                        r"(?:(?-i:\b[A-Z][\w'-]+\s+(?:(?:[Aa]l|[Ee]l|[Aa]bu|bin|ibn)[- ])?[A-Z][\w'-]+)|\b(?:man|woman|boy|girl"
                        r"|child|youth|teenager|farmer|shepherd|father|mother|son|daughter|brother|sister)),\s*\d{1,2}"
                        r"(?=\s*(?:,|and\b|\.))",
                        r"(?-i:\b[A-Z][\w'-]+)\s*\(\s*\d{1,2}(?=\s*\))",   # "Omar al-Hassan (40)"
                        # a relative's given name alone and an age ("and his son Hussein, 17, who were killed")
                        r"\b(?:son|daughter|brother|sister|wife|husband|father|mother|cousin|nephew|niece)\s+"
                        r"(?-i:[A-Z][\w'-]+),\s*\d{1,2}(?=\s*(?:,|and\b|\.))")

# Livestock counted: "killed more than 300 head of sheep", "40 goats died" (not "two cattle herders", people named
# by their animals).
LIVESTOCK_COUNT = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+(?:(?:heads?\s+)?of\s+)?"
                   r"(?:sheep|cattle|cows?|goats?|livestock|camels?)\b(?!\s+(?:herders?|farmers?|traders?"
                   r"|breeders?|owners?|dealers?|merchants?|shepherds?|herdsm[ae]n|keepers?))")

# A number that counts something other than the people hit: "five members of one family" are five, not one.
NOT_PEOPLE_COUNT: tuple[str, ...] = (r"(?:one|a single) (?:family|household)",
                                     r"\b" + LIVESTOCK_COUNT,
                                     # a place among others: "two men in one of the villages of Afrin were injured"
                                     r"one of (?:the|its|their) (?:[\w-]+ )?(?:villages|towns|cities|neighbou?rhoods|areas"
                                     r"|districts|camps|houses|homes|buildings|checkpoints|roads|streets|schools|hospitals"
                                     r"|positions|sites|farms|markets)\b",
                                     # a span of time or a distance: "within 48 hours", "30 km away"
                                     r"\d+(?:\s+|-)(?:hours?|minutes?|days?|weeks?|months?|km|kilomet(?:er|re)s?|miles?"
                                     r"|met(?:er|re)s?)\b",
                                     # ... in words ("wounded two days earlier"); a parent's children ("a father of four")
                                     r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:hours|minutes|days"
                                     r"|weeks|months|years)\b",
                                     r"\b(?:father|mother|parent)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
                                     # a number in a name: an outlet's ("according to Daraa 24,"), a unit's
                                     # ("Division 25", "Branch 215")
                                     r"(?-i:[A-Z][\w'’-]+)\s+\d{1,3}(?=\s*[,.;:)]|\s+(?:reported|said|says|reports"
                                     r"|news|network|website|agency|channel)\b)",
                                     r"\b(?:division|brigade|regiment|battalion|branch|corps|squadron)\s+\d+",)
