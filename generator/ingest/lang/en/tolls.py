"""English: tolls and their cues (how many were killed or injured, and when a count is no toll)."""

from .numbers import LIVESTOCK_COUNT

# "as well as" joins two things ("being killed as well as images of his body"), it adds nobody
ADDITIVE = (r"also|others?|another|as well(?! as)",)

# The dead or hurt named with "the" and their number ("the two bodies", "the three victims"): the ones told before,
# whatever "also" stands near them ("the two bodies at the site were also in civilian clothing").
KNOWN_VICTIMS = (r"the (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:bodies|victims|dead|wounded|injured)",)

# A toll that rose ("the toll rose to five"), or the latest one ("Latest reports state that 3 people have been
# wounded"): it replaces a smaller one told before.
ROSE_TO = (r"(?:rose|risen|climbed|increased|jumped|reached) to|(?:bringing|raising|taking|pushing) the (?:death )?toll to"
           r"|(?:the )?latest (?:reports?|figures?|toll|information|count)",)

# The writer's own sum after another death is told ("bringing the death toll to five"): the toll of the incident
# now, even when a source's word opened the sentence.
TOLL_NOW = (r"(?:bringing|raising|taking|pushing) the (?:death )?toll to",)

# Another source's word on the same incident ("For its part, the monitor said the toll rose to ..."): its toll is a
# claim of its own, not an update of the toll reported first.
OTHER_SOURCE = (r"for (?:its|his|her|their) part|on the other hand|in contrast"
                # reports passed around, unconfirmed ("unconfirmed reports said the toll rose to five")
                r"|unconfirmed|could not (?:be )?(?:independently )?(?:confirm|verif)\w*",)

# A toll that says how many incidents it sums, a few ("killed in four separate incidents"): a roundup's lead, whose
# incidents are told after it one by one (no tally whose shares they are).
_INCIDENT_NOUNS = r"attacks|incidents|explosions|blasts|bombings|shootings"
COUNTED_INCIDENTS = (r"\b(?:two|three|four|five|six|seven|eight|nine|[2-9])\s+(?:separate\s+|different\s+|distinct\s+)?"
                     r"(?:" + _INCIDENT_NOUNS + r"|murders|crimes)\b")   # "four murders in a week", then each

SEVERAL_INCIDENTS = (r"(?:two|three|four|several|multiple|separate|scattered|sporadic|a series of|a string of|a wave of)"
                     r" (?:separate |different |distinct )?"
                     r"(?:" + _INCIDENT_NOUNS + r"|assassinations)"
                     # villages and towns of a region, none named: several places
                     r"|(?:towns|villages|cities) and (?:towns|villages|cities) (?:in|of|across|around) (?:the )?"
                     r"(?:[\w-]+ ){0,2}(?:countryside|province|region|area)"
                     # scattered places, various circumstances: the toll of several incidents
                     r"|(?:scattered|various|several|different) (?:areas|places|locations|parts) (?:of|in|across)"
                     # a toll counted across a country or a region ("At least 11 people were killed across
                     # opposition-held northwest Syria")
                     r"|(?:killed|dead|died|wounded|injured) across\b(?!\s+(?:the\s+)?(?:border|street|road|river|front|line|Euphrates)"
                     r"\b)"
                     r"|(?:various|different) circumstances",)

# Arabic opens a sentence with "killed and wounded" as two verbs before one count; English says "were killed or
# wounded" (COMBINED_CASUALTIES).
COMBINED_OPENING = r"(?!)"

COMBINED_CASUALTIES = (r"(?:killed|dead) (?:and|or) (?:wounded|injured)|(?:wounded|injured) (?:and|or) (?:killed|dead)|"
                       r"deaths? (?:and|or) (?:injur(?:y|ies)|wounds)|casualties",)

# No word yet on casualties ("with no immediate reports of casualties"): the toll is unknown, not zero.
UNREPORTED_CASUALTIES = (r"no (?:immediate |initial )?(?:reports?|word|information|news) (?:of|on|about) (?:any )?"
                         r"(?:casualties|injuries|victims|deaths)",)

NO_CASUALTIES = (r"no (?:one|body) was (?:hurt|injured|killed)|no casualties|without casualties|caus\w+ no casualties",
                 # the verb of result negated: "did not cause any casualties", "without causing any injuries"
                 r"(?:(?:did|does|do|has|have) not|didn't|doesn't|without) (?:caus\w*|result\w* in|l\w+ to) any "
                 r"(?:casualties|injuries|deaths|victims)",
                 # "damage was limited to property": nobody was hurt
                 r"(?:damage|losses) (?:was|were) (?:limited|confined|restricted) to (?:material|property)"
                 r"|(?:only|solely) (?:caus\w+ )?material (?:damage|losses)",)

# Nobody (else) hurt, said of the wounded only ("no one else was injured"): no injured, the dead stay.
NO_INJURED = (r"no (?:one|body) else was (?:hurt|injured|wounded)|no (?:other )?(?:injuries|wounded) (?:were )?reported",)

NO_DEATHS = (r"no (?:one|body) was killed|no deaths|no fatalities|without fatalities",)

# The target survived ("survived an assassination attempt", "escaped unhurt"): with no death told, nobody died. One
# attempt of this incident: not a history ("survived several attempts", "had survived an attempt last year").
SURVIVED = (r"(?<!had )(?:survived?|survives|surviving) (?:an?|the) (?:[a-z-]+ ){0,2}?"
            r"(?:assassination attempt|attempt|attack|bombing|explosion|blast|ambush|shooting)\b(?!s)"
            r"(?![^.;]{0,30}\b(?:last (?:year|month)|previous|(?:years?|months?|weeks?) ago|in \d{4}))",
            r"(?:escaped|survived|was|were) (?:\w+ )?(?:unhurt|unharmed|unscathed|uninjured)",)
# Beside a survivor, words of someone dead or missing that no casualty word counts ("the fate of his driver was
# unknown", "the body of"): the survivor then tells nothing of the toll.
NOT_ALL_SURVIVED = (r"\b(?:victims?|bod(?:y|ies)|dead|death|deaths)\b|\bfate of\b[^.;]{0,40}\b(?:unknown|unclear)\b",)

SUBSET = (r"among them|including|of whom|of them|among whom",)

# Auxiliaries between a subject count and its passive casualty verb: "Two fighters of X were killed".
# An adverb of manner may stand between ("were seriously injured", "was critically wounded").
PASSIVE_AUXILIARY = r"(?:were|was|have been|has been|had been)\s+(?:also\s+|reportedly\s+|later\s+)?(?:[a-z]+ly\s+)?"

# How far (characters) a subject count may stand before its passive verb.
PASSIVE_SUBJECT_SPAN = 100

# A count before its casualty word must stand this close to it ("20 people were killed").
MAX_COUNT_BEFORE = 25

COMMA_ENDS_COUNT_BEFORE = False
# Who the dead counted before include, between commas ("13 people, including women and children, were killed"): an
# aside, whose "and" does not end the subject of the passive verb (`counts._passive_subject`).
SUBSET_ASIDE = r",\s*(?:including|among them)\s[^,]{1,60},"
# Right after a count, what makes it a part of the count before it ("six children, four of them from one family", "six
# children, four from the same family"): no count of its own to add. Told of a family, only after a comma ("two men
# and three from one family": five).
SUBSET_AFTER = (r"^\s*(?:of (?:them|whom)\b|(?P<family>(?:were\s+|are\s+)?from (?:the same|one|a single) "
                r"family\b))")

# A casualty word with this ending takes its count after it: "killing two soldiers and wounding a third".
GERUND_ENDING = "ing"

# A count after a second verb belongs to that verb: "killing X and capturing two".
SECOND_VERB = r"\band\s+[a-z]+(?:ing|ed)\b"

# A count right before a casualty word of the other kind is that word's: "three were wounded".
OTHER_CASUALTY_SUBJECT = (r"\s+(?:(?!and\b|or\b|but\b)[A-Za-z-]+\s+){0,2}"
                          r"(?:of\s+(?:the|their|his|her|its)\s+[A-Za-z-]+\s+)?"   # "three other members of their family"
                          r"(?:(?:were|was|are|is|have been|had been)\s+)?"
                          r"(?:also\s+)?")
OTHER_CASUALTY_NOUNS = None     # any casualty word: "three were wounded"

# The end of a passive subject before its casualty verb ("Two fighters ... were killed"), and what breaks one.
PASSIVE_VERB_END = r"\s" + PASSIVE_AUXILIARY + r"$"

# "and" before a capitalised word joins words inside the subject ("Four civilians ... celebrating the Persian and
# Kurdish new year, were killed"); a new clause after "and" opens with a lower-case word far more often.
PASSIVE_SUBJECT_BREAK = r"[;:]|\b(?:and(?!\s+(?:a|an|one)\s)(?!\s+(?-i:[A-Z]))|when|after|while)\b"

# Livestock joined by "and" right after the subject's count and noun ("Two shepherds and 40 sheep were killed"): part
# of the subject, no new clause (not after a verb's object: "Gunmen attacked two villages near X and dozens of sheep").
ANIMALS_JOINED = r"^\s*(?:[a-z-]+\s+){1,2}(?P<animals>and\s+" + LIVESTOCK_COUNT + r")"

# A death verb that takes no object: its subject count stands before it as a passive verb's does ("Five people,
# including two children, lost their lives").
INTRANSITIVE_DEATH = r"lost\s+(?:his|her|their)\s+li|died\b|perished\b|succumbed\b"

# One person joined by "and" right after a count and its noun ("three soldiers and a civilian"): the toll is the
# count and one (matched right after the count).
ONE_AFTER_COUNT = (r"\s+(?:[\w-]+\s+){1,2}?and\s+(?:a|an|one)\s+(?:[\w-]+\s+)?(?:woman|man|child|boy|girl|baby|commander|"
                   r"leader|officer|soldier|fighter|civilian|member|doctor|nurse|journalist|driver|farmer|teacher|guard|"
                   r"policeman|resident|person)\b")

# What stands between two counts joined before one casualty word: "two gunmen and one soldier".
# One person joined by "and" right before a count ("a commander and seven of his men", "a woman and three of her
# children", "the driver and two women with him"): the toll is the count and one (matched on the text before the count).
ONE_AND_COUNT = (r"(?-i:\b[A-Z][\w'’-]+),?\s+and\s+(?:his|her)\s+$|"   # "Fatima al-Abdullah and her three children"
                 r"(?<![\w-])(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?:woman|man|child|boy|girl|baby|commander|leader|officer|"
                 r"soldier|fighter|civilian|member|doctor|nurse|journalist|driver|farmer|teacher|guard|policeman|"
                 r"resident|person|mother|father|husband|wife)"
                 # ... with what they belong to and their name between: "a commander of the Hamza Division, X, and
                 # four of his fighters"
                 r"(?:\s+(?:of|in|from)\s+(?:(?!(?:was|were|is|are|had|has|been)\b)[\w'’-]+\s+){0,5}?"
                 r"(?!(?:was|were|is|are|had|has|been)\b)[\w'’-]+)?(?:\s*,\s*[^,]{3,60},)?\s+and\s+(?:his\s+|her\s+|their\s+)?$")

COORDINATION = (r"\s*[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s*(?:,\s*(?:and\s+)?|and\s+)$"
                # "two members of the General Security and three": no comma (", and three gunmen were captured")
                r"|\s*[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+of\s+the\s+[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+and\s+$")

# A death added to the toll told before it ("killing a woman and three of her children, in addition to the killing
# of two others"): its count adds to the toll (matched on the text before the casualty word).
# "Others" with no number right after or before a casualty word ("killing one soldier and injuring others", "and several
# others wounded"): more than one, how many unknown; the one person beside them is no count of theirs.
VAGUE_OTHERS_AFTER = r"\s+(?:several\s+|many\s+|dozens\s+of\s+|a\s+number\s+of\s+)?others\b"
VAGUE_OTHERS_BEFORE = r"\b(?:several|many|a\s+number\s+of|dozens\s+of)?\s*others\s+(?:were\s+|have\s+been\s+)?$"

# The wound the dead died of: English wounds after "died of his" are no injury hit, so none to set aside.
OWN_WOUND = OWN_WOUND_AFTER = r"(?!)"
ONE_PERSON_WOUND = r"(?!)"
ANOTHER_PERSON = r"(?!)"
# The person's own casualty told after a relative's ("killing his wife and wounding him"): matched around the later
# casualty word.
OWN_HIT_AFTER_KIN = r"\b(?:wounding|injuring)\s+(?:him|her)\b"
PLUS_BEFORE = r"\b(?:in addition to|as well as|besides)\s+(?:the\s+)?$"

# "and N others" after the one person a casualty word names ("killed Ahmad al-Ali and four others"): the toll is N
# and that one (matched on the text around the count).
AND_BEFORE_OTHERS = r"\band\s+\S$"
OTHERS_AFTER = r"^\s+others\b"

# A relative or companion right after a person's name ("Fatima al-Abdullah and her daughter were killed"): one more,
# two for "his two sons"; a relative named after the word is a person of their own, counted as one.
COMPANION_AFTER_NAME = (r"(?:,\s*\d{1,3})?,?\s+and\s+(?:his|her)\s+(?:(?P<two>two\s+(?:sons|daughters|children|brothers|sisters|companions))"
                        r"|(?:wife|husband|son|daughter|child|baby|brother|sister|father|mother|companion|driver|bodyguard"
                        r"|nephew|niece|cousin|grandson|granddaughter))\b")

# Relatives or companions in the plural with their number ("and her three children"): that many more.
KIN_COUNTED_AFTER = (r",?\s+and\s+(?:his|her|their)\s+(?P<count>three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                     r"(?:children|sons|daughters|brothers|sisters|companions|bodyguards|grandchildren)\b")

# Before an execution word: an attempt that failed ("an attempted assassination", "survived an assassination").
ATTEMPT_BEFORE = r"\b(?:attempt(?:ed|s)?|tried|failed|foiled|thwarted)\s+(?:to\s+)?$|\bsurviv\w*\s+(?:an?\s+|the\s+)?$"

# Executions: the executed are dead, so an execution word counts its victims as a casualty word does ("executed 12
# prisoners", "the execution of 50 fighters"); so do words that are no trigger but say who died.
EXECUTIONS = (r"execut(?:ed|ions?)\b"
              # the assassinated are dead too ("gunmen assassinated two young men"); not an attempt
              r"|assassinat(?:ed|ions?)\b(?!\s+attempts?)"
              # words that are no trigger but say who died ("claimed the lives of 14 women")
              r"|claim(?:ed|ing) the lives of",)

# The one wounded told before died later, told in a sentence of its own that opens on it, or after "but", "where" or a
# source's "said" ("He later died of his wounds", "The man later died", "but later died", "where he succumbed to his
# wounds", "Hospital sources said he later died"): `wounds.count_wounded_died_later`.
WOUNDED_DIED_LATER = (r"^\s*(?:he|she|the\s+(?:man|woman|boy|girl|victim|young\s+man))\s+(?:later\s+|subsequently\s+|then\s+)?"
                      r"(?:died|succumbed)\b"
                      r"|\bwhere\s+(?:he|she)\s+(?:later\s+)?(?:died|succumbed)\b|\bbut\s+(?:later\s+)?(?:died|succumbed)\b"
                      r"|\bsaid\s+(?:that\s+)?(?:he|she)\s+later\s+(?:died|succumbed)\b")
