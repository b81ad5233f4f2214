"""English: every word and pattern the ingester matches in English text.

Entries of the extractor's word lists are regular expressions matched
case-insensitively on word boundaries. Only words live here: the passes that
use them are in `generator/ingest/extract/` (the English-only ones in
`extract/english.py`), `numbers.py`, `dates/`, `lexicon.py`, `normalise.py`
and `names.py`. A list without a comment here is described beside its Arabic
counterpart of the same name in `ar.py`.
"""

from __future__ import annotations

from .common import ACTION, BATTLES, EXPLOSIONS, INJURE, KILL, SHOOT, STRATEGIC, VAC, WEAPON

# ------------------------------------------------------------------ page clean-up

# Lines that mark breaking news (compared case-folded, punctuation removed).
# A marker may also open the title line: "BREAKING: title".
BREAKING_MARKERS = frozenset({"breaking", "breaking news", "urgent", "exclusive"})
# A line that starts the trailing boilerplate: it and everything after it are dropped.
TRAILING_BOILERPLATE = frozenset({
    "related news", "related", "related articles", "read also", "read more",
    "see also", "share this article", "share", "more news", "follow us",
})
# Words of a page's header line that says when it was published (ingest/published.py),
# lower case; matched as substrings of a header line only.
PUBLICATION_CUES: tuple[str, ...] = ("published", "posted", "updated", "date:")

# Labels before a credit ("By our correspondent").
CREDIT_LABELS = ("by ", "source:", "credit:")

# Latin transliteration keys (fold_latin_name): the Arabic article in its
# assimilated spellings (ash-Sham, ar-Rahman), folded to "al".
LATIN_ARTICLES: tuple[str, ...] = (
    "al", "el", "il", "ul", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az",
)

# "Abdul", "Abdel", "Abdol" written as one word before the next name.
LATIN_ABD_PREFIXES: tuple[str, ...] = ("abdul", "abdel", "abdal", "abdol", "abdil")

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

FIXED_PHRASES: dict[str, int] = {"a couple of": 2, "a pair of": 2}

# Endings that make digits an ordinal ("8th Brigade"): a name or a rank, never a count.
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

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

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

DAY_PARTS: tuple[str, ...] = (
    "morning", "afternoon", "evening", "night", "dawn", "noon",
)

TODAY: tuple[str, ...] = (
    "today", "earlier today", "this morning", "this afternoon", "this evening", "tonight",
)

YESTERDAY: tuple[str, ...] = ("yesterday", "last night")

DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("the day before yesterday",)

TIME_UNITS: dict[str, tuple[int, int | None]] = {
    "day": (1, 1), "days": (1, None), "week": (7, 1), "weeks": (7, None),
    "month": (30, 1), "months": (30, None),
}

LAST_WEEK: tuple[str, ...] = ("last week", "the past week", "past week")

LAST_MONTH: tuple[str, ...] = ("last month",)

YEAR_START: tuple[str, ...] = (
    "since the start of the year", "since the beginning of the year",
    "since the start of this year", "since the beginning of this year",
    "since january",
)

# Words before a bare year that make it a date: in 2019, since 2011.
YEAR_INTRO: tuple[str, ...] = ("in", "since", "during", "of", "early", "late", "mid")

BACKGROUND_CUES: tuple[str, ...] = (
    "settlement", "agreement", "deal", "start", "beginning", "early", "late",
    "end", "mid", "since", "during", "until", "uprising", "offensive", "campaign",
)

BACKGROUND_FILLERS: tuple[str, ...] = ("of", "in", "the", "since", "summer", "winter",
                                              "spring", "autumn", "fall")

# Ranks and titles before a person's name, as written: the one table of ranks, longer ones
# first; the extractor escapes the dots when it compiles them.
MILITARY_RANKS = ("First Lieutenant", "Lieutenant Colonel", "Brigadier General", "Major General", "Lieutenant",
                  "Colonel", "Brigadier", "Captain", "Major", "General", "Sergeant", "Corporal")
TITLES = ("Sheikh", "Commander")
ABBREVIATED_RANKS = ("Lt.", "Col.", "Brig. Gen.", "Maj. Gen.", "Gen.", "Capt.")
NAME_RANKS = MILITARY_RANKS + TITLES + ABBREVIATED_RANKS
# Ranks of a state army: a victim who carries one, with no force named, implies the army as side b.
STATE_RANKS = tuple(rank for rank in NAME_RANKS if rank not in TITLES + ("General", "Gen."))
# Ranks and titles left out of a person's matching key (name_keys.py).
RANKS = tuple(rank.lower() for rank in NAME_RANKS if rank != "Gen.") + ("lt. col.", "sgt.", "private")

AMBIGUOUS_PLACE_NAMES: tuple[str, ...] = (
    "Alma", "Saida", "Nasib", "Adwan", "Hayt", "Jasim", "Tell", "Al-Bab", "Bab",
)

PLACE_NOUNS: tuple[str, ...] = (
    "town", "city", "village", "in", "near", "outside", "from", "to", "of", "between",
    "neighbourhood", "neighborhood", "camp", "countryside",
)

TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    (r"improvised explosive devices?|ieds?|roadside bombs?|explosive devices?|landmines?|land mines?|car bombs?"
     r"|booby[- ]trapped|bombs? planted", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    (r"suicide (?:bomb\w*|attack\w*)", WEAPON, EXPLOSIONS, "suicide_bomb"),
    (r"rpgs?|rocket-propelled grenades?", WEAPON, BATTLES, "armed_clash"),
    (r"cluster (?:bomb|munition)s?|unexploded (?:ordnance|munitions?|bombs?|shells?)",
     WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    (r"(?:hand )?grenades?", WEAPON, EXPLOSIONS, "grenade"),
    (r"air ?strikes?|drones?|warplanes?|(?:fighter )?jets?|air raids?|aerial (?:bombardment|attack)s?|helicopters?"
     r"|(?:israeli|russian|turkish|coalition|american|us|u\.s\.|regime|government|syrian) strikes?",
     WEAPON, EXPLOSIONS, "air_drone_strike"),
    (r"shell(?:ing|ed|s)?|artillery|mortars?|rockets?|missiles?|bombardment|bombarded",
     WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    # an explosion or a bombing whose means no weapon word names: ACLED's remote explosive
    (r"explosions?|blasts?|bombings?|exploded|detonat(?:ed|ion)", ACTION, EXPLOSIONS, "remote_explosive_landmine_ied"),
    (r"clash(?:es|ed)?|fighting|firefights?|gunfights?|battles?|ambush(?:ed|es)?|fought|attacked",
     ACTION, BATTLES, "armed_clash"),
    (r"assassinat(?:ed|ion|ions|e)|execut(?:ed|ion|ions)", ACTION, VAC, "attack"),
    (r"abduct(?:ed|ion|s)?|kidnap(?:ped|ping|s)?", ACTION, VAC, "abduction_forced_disappearance"),
    (r"arrest(?:ed|s|ing)?|detain(?:ed|s)?|detention|raids? and arrests?", ACTION, STRATEGIC, "arrests"),
    (r"(?:retook|retakes?|retaken|retaking|recaptur(?:ed|es?|ing)|took back|taken back|regain(?:ed|s)? control|"
     r"restored (?:its )?control|re-?took control)", ACTION, BATTLES, "government_regains_territory"),
    (r"withdr(?:ew|awn|awal)", ACTION, STRATEGIC, "change_to_group_activity"),
    (r"(?:reached|signed|struck|concluded) an? (?:[\w-]+ ){0,3}(?:agreement|deal|truce|ceasefire)", ACTION, STRATEGIC, "agreement"),
    (r"burn(?:ed|t)|torched|looted|looting", ACTION, STRATEGIC, "looting_property_destruction"),
    (r"opened fire (?:on|at)|fired (?:on|at)", SHOOT, VAC, "attack"),
    (r"killed|killing|dead|died|death toll|shot dead|body|bodies|slain|lost (?:his|her|their) li(?:fe|ves)"
     r"|shot (?:\w+ ){0,3}to death|gunned down", KILL, VAC, "attack"),
    (r"injur(?:ed|ies|ing)|wounded|wounding|hurt", INJURE, VAC, "attack"),
)

PROTEST = (r"protest(?:ers?|s|ed)?|demonstrat(?:ors?|ion|ions|ed)",)

FORCE = (r"opened fire|live (?:fire|ammunition)|fired on|shot at",)

CIVILIAN = (
    r"civilians?|child(?:ren)?|boys?|girls?|wom[ae]n|m[ae]n|teachers?|farmers?|residents?|mukhtar|doctors?"
    r"|students?|shepherds?|truffle (?:hunters?|gatherers?|pickers?)|workers?|protesters?|villagers?"
    r"|displaced(?: people| persons| families)?|refugees?",
)

FIGHTER = (
    # a member of a council or assembly is a civilian office holder, not a fighter
    r"members?(?! of (?:the |a |an |one )?(?:same |\w+ )?(?:local |municipal |town |city |village |provincial )?(?:council|parliament|assembly|board|family|household))"
    r"|fighters?|soldiers?|troops?|officers?|gunmen|militants?|militiamen|commanders?|personnel|cell leaders?"
    r"|lieutenants?|colonels?|generals?|brigadiers?|captains?|majors?|recruits?|conscripts?",
)

LEFTOVER = (r"left ?over|unexploded|remnants? of (?:the )?war|war remnants?",)

ADDITIVE = (r"also|others?|another|as well",)

PERPETRATOR_BEFORE = r"\b(?:by|from|at the hands of)\s+(?:(?:the|a|an|some|several|\w+-backed|members? of(?: the)?)\s+){0,3}$"

# After a fighter noun: an active verb makes the fighters the ones who killed ("fighters killed four
# members of a family"); a passive one ("soldiers were killed") does not match.
PERPETRATOR_AFTER = (r"^(?:\s*,)?\s+(?:(?!were\b|was\b|been\b|are\b|is\b|and\b)[\w-]+\s+){0,4}?"
                     r"(?:killed|shot|opened fire|attacked|executed|assassinated|abducted|kidnapped|stormed)\b")

NEW_INCIDENT = (r"in (?:a|an) (?:separate|other|different) (?:incident|attack)|in another (?:incident|attack)|"
                r"separately|meanwhile|elsewhere|earlier on|(?:a few|several) (?:days|weeks) (?:ago|earlier)",)
# Fighting that goes on over days and places: "the toll of the clashes rose to N: A civilians, B
# fighters and C members of X" is a monitor's running tally, not the toll of one incident.
ONGOING_FIGHTING = (r"clashes|fighting|battles",)
# Words that speak of incidents in general, as recurring ("Bombings of wedding halls have become frequent
# in the Daraa countryside"): a sentence with one and no day of its own is background.
RECURRING = (r"recurr\w*|frequent(?:ly)?|repeated(?:ly)?|increasing(?:ly)?|a (?:spate|series|wave) of",)
# The day of the incident reported before ("on the same day"): its date, known or not from publication.
SAME_DAY = (r"(?:on )?the same (?:day|date|night|time)|(?:at )?the same time",)
# Words ending in a dot that end no sentence: month names, ranks and titles ("On Jan. 4, ...").
ABBREVIATIONS = ("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
                 "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "Lt.", "Col.", "Gen.", "Brig.", "Maj.", "Capt.",
                 "Sgt.", "Gov.", "Sen.", "Rep.", "Prof.", "approx.", "e.g.", "i.e.", "vs.")
# Words opening a sentence that recalls an earlier occurrence as precedent ("Previously, 16 civilians
# were wounded ..."): background, never an incident of the report.
PRECEDENT = (r"previously|in a previous (?:incident|attack)|this (?:is|was) not the first",)
# Words opening an aside ("It is noteworthy that ..."): background unless the aside is a detail of the
# incident (a list of the dead, a new toll).
ASIDE = (r"it is (?:noteworthy|worth (?:noting|mentioning)|notable)|notably|of note",)
PLACE_LIST_JOINER = (r"^\s*(?:(?:city|town|village)\b)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                     r"(?:(?:town|village|city)\s+(?:of\s+)?)?$")
ROSE_TO = (r"(?:rose|risen|climbed|increased|jumped|reached) to",)
SEVERAL_INCIDENTS = (r"(?:two|three|four|several|multiple|separate) (?:separate )?(?:attacks|incidents|explosions|blasts"
                     r"|bombings|shootings)",)
COMBINED_CASUALTIES = (r"(?:killed|dead) (?:and|or) (?:wounded|injured)|(?:wounded|injured) (?:and|or) (?:killed|dead)|"
                       r"casualties",)

UNKNOWN_PERPETRATOR = (r"unknown (?:gunmen|assailants|attackers|persons?)|unidentified (?:gunmen|\w+)",)

NO_CASUALTIES = (r"no (?:one|body) was (?:hurt|injured|killed)|no casualties|without casualties|caus\w+ no casualties",)

NO_DEATHS = (r"no (?:one|body) was killed|no deaths|no fatalities|without fatalities",)

STATISTICS = (
    r"since the (?:start|beginning) of (?:the|this) (?:year|month)|so far this (?:year|month)|statistics"
    r"|documented|this year alone|in total|since january|since the start of 20\d\d"
    r"|since the (?:start|beginning|outbreak) of the (?:\w+ )?(?:season|war|conflict|campaign|revolution|offensive)",
)

# After a definite event noun, these make it a back-reference: "The fighting erupted after ...".
BACK_REFERENCE = r"\s+(?:\w+\s+)?(?:erupted|began|broke out|started|came|followed|was triggered)\s+(?:\w+\s+)?(?:after|when|because|following)\b"

DENIAL = (r"denied|denies|rumou?rs?|claims? that|falsely",)

# A past participle right after these nouns is a state, not an event: "families of people detained since 2011".
STATE_NOUNS = r"(?:people|persons|those|individuals|relatives|men|women|prisoners|detainees|civilians|others)"

AMONG_DEAD = (r"among the dead|the dead include|the dead included|among those killed|among the victims",)

AMONG_HURT = (r"among the (?:injured|wounded)|the (?:injured|wounded) include(?:d)?",)

INCIDENT_AGAIN = (r"the (?:attack|blast|explosion|bombing|incident|ambush|shooting)",)
DETAIL = AMONG_DEAD + (r"the wounded|death toll|toll rose|the victims",)

SUBSET = (r"among them|including|of whom|of them|among whom",)

# Auxiliaries between a subject count and its passive casualty verb: "Two fighters of X were killed".
PASSIVE_AUXILIARY = r"(?:were|was|have been|has been|had been)\s+(?:also\s+|reportedly\s+|later\s+)?"

# How far (characters) a subject count may stand before its passive verb.
PASSIVE_SUBJECT_SPAN = 100

PERPETRATOR = (r"(?:by|from) (?:unknown |unidentified |masked )?gunmen|gunmen (?:opened|shot|killed|attacked)|unknown gunmen|unidentified gunmen",)

NAME_INTRODUCERS = (r"named|called|known as|nicknamed|identified as",)

# "identified him as X", "named one of the victims as X": the name of someone the report already mentioned.
IDENTIFIED_AS = r"(?:named|identified|gave the name of)\s+(?:(?:him|her|them|the (?:man|woman|victim|dead man|detainee)|one of (?:the|them|those) ?\w*)\s+)?as"

# Nouns before an appositive name: "a former fighter, X, was killed", "X, a local commander".
APPOSITION_NOUNS = (r"civilian|commander|member|officer|fighter|leader|mukhtar|man|woman|resident|teacher|"
                            r"farmer|activist|doctor|driver|shepherd|soldier|cousins|brothers|men|sons|settlement|"
                            r"nephew|son|brother|father|youth|youths|teenager|boy|girl|student|engineer|"
                            r"spokes(?:person|man|woman)|official|director|minister|president|governor|mayor|"
                            r"correspondent|reporter|journalist|relative|head|chief")

# Capitalised words that are never part of a personal name: a run of capitalised words holding one
# is an organization, a place, a building or an event ("Elias Church", "Operation Olive Branch").
NAME_STOP_WORDS = frozenset({
    "The", "Military", "Security", "Syrian", "Islamic", "State", "Democratic", "Forces", "Brigade", "Division",
    "Army", "Front", "Monitor", "Observatory", "Tuesday", "Monday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Local", "Regime", "Russian", "Turkish", "Iranian", "Daraa", "Deraa", "Church", "Square", "Mosque",
    "Street", "Road", "Hospital", "Bridge", "Operation", "School", "University", "Camp", "Airport", "Base",
    "Council", "Ministry", "Party", "Branch", "Center", "Centre", "Government", "Movement", "Organization",
    "Agency", "Press", "News", "Network", "Times", "Post", "Media", "Office", "Committee", "Province",
    "Governorate", "City", "Town", "Village", "District", "Countryside", "Mountain", "Valley", "River", "Highway",
    "Checkpoint", "Market", "Gate", "Academy", "College", "Institute", "Festival", "Eid", "Kurdistan", "Iraq",
    "Syria", "Turkey", "Israel", "Lebanon", "Russia", "Iran", "Getty", "Images", "English", "Arabic", "Kurdish",
    "Sunni", "Shiite", "Druze", "Christian", "Muslim", "Islamist", "Israeli", "American", "Human", "Rights",
    "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December", "Defence", "Defense", "Civil", "White", "Helmets", "National", "Free", "Liberation", "Revolutionary",
})

APPOSITION_ADJECTIVES = r"(?:(?:former|local|young|senior|prominent|retired|well-known|\d+-year-old)\s+)*"

# Verbs that take a victim right after them: "gunmen shot dead X", "forces arrested X".
VICTIM_VERBS = (r"killed|shot dead|shot and killed|assassinated|executed|abducted|kidnapped|detained|arrested|"
                        r"wounded|injured|targeted|the killing of|the assassination of|the arrest of|the abduction of")

# Past affiliation: "a former FSA fighter", "عنصر سابق في الجيش الحر" is no longer a member (nor an actor),
# unless the clause says he joined another force ("who had joined Military Security").
FORMER = r"\b(?:former|ex-|erstwhile)\s*(?:[A-Za-z-]+\s+){0,4}$"

JOINED = (r"(?<!not )(?<!never )join(?:ed|ing|s)?",)

# Everyday words and name particles that the name index also lists as given names: they never open a
# name by themselves ("Said" at the start of a sentence, "Jordan", "Abu Hamam").
NOT_GIVEN_NAMES = ("said", "may", "amid", "rose", "mark", "jan", "mai", "ben", "dana", "sham", "al", "abu",
                   "abdul", "hajj", "haj", "mufti", "sayed", "sayyid", "syed", "mir", "mian", "khan", "shah",
                   "bibi", "agha", "sidi", "ould", "ait", "din", "van", "de", "el", "iran", "jordan", "arab",
                   "umm", "bin", "ibn", "imam", "sheikh", "emir", "amir", "sultan", "islam", "nour", "noor")

# Death words that are not event triggers ("was shot to death", "succumbed to his wounds", "X died in hospital",
# "the body of X").
DEATH_WORDS = (r"shot to death|succumbed|passed away|lost (?:his|her) life|died|dies|found dead|bod(?:y|ies) of",)
# Words for the hurt that are not event triggers (the triggers cover English).
INJURY_WORDS = (r"wounded|injured|hurt",)
# Ordinals after a casualty word that point at one of the names listed before (none in English reports).
ORDINALS: dict[str, int] = {}

# A definite noun for the people an incident hit, right before their names: "the man, X,", "the victim was X",
# "The dead were X and Y", "the two wounded men: X and Y". The name is the victim of the incident reported.
VICTIM_NOUN_BEFORE = (r"\bthe\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|both|young|dead|slain|murdered"
                      r"|wounded|injured|abducted|kidnapped|detained|arrested|late|\d+-year-old)\s+)*"
                      r"(?:man|woman|men|women|boy|boys|girl|girls|child|children|victims?|dead|deceased|youths?"
                      r"|teenagers?|civilians?|soldiers?|fighters?|brothers|detainees?|abductees?|wounded|injured)"
                      r"\s*(?:,|:|\s(?:was|were|is|are|has been|have been)\s+(?:(?:named|identified)\s+as\s+)?)\s*[\"“]?$")
# Words of that noun phrase that say the role ("the dead", "the wounded men").
ROLE_WORDS: dict[str, str] = {"killed": r"dead|deceased|slain|murdered|late", "injured": r"wounded|injured",
                              "detained": r"detained|arrested|detainees?", "abducted": r"abducted|kidnapped|abductees?"}
# An age right after a name ("X, 34,", "X (34)", "X, aged 34", "X, a 34-year-old"): news gives the ages of the
# people an incident hit.
AGE_AFTER = r"^(?:\s*,\s*(?:aged\s+)?\d{1,2}\s*(?:,|\.|$|and\b)|\s*\(\s*\d{1,2}\s*\)|\s*,\s*an?\s+\d{1,2}-year-old\b)"
# Between two names of one list ("X, 34, and Y", "X and his cousin Y"): the second shares the first one's cue.
LIST_LINK = (r"^\s*(?:,\s*(?:aged\s+)?\d{1,2}\s*)?(?:\(\s*\d{1,2}\s*\)\s*)?(?:,\s*and|,|and)(?:\s+(?:his|her|their)\s+"
             r"(?:cousin|brother|sister|son|daughter|father|mother|wife|husband|nephew|uncle|friend|companion|relative))?"
             r"\s*$")
# The end of a list's header line that announces names without a casualty word ("They were named as:").
NAMES_HEADER = r"(?:(?:named|identified)(?:\s+\w+){0,3}\s+as|\bnames?(?:\s+\w+){0,3}|\b(?:were|are)|as follows)\s*$"

# A definite noun that refers back to the incident just reported ("killed in the attack", "the blast killed X"): a
# sentence with it that names victims continues that incident.
_INCIDENT_NOUNS = r"(?:attack|ambush|blast|explosion|bombing|shooting|strike|raid|incident|assault)"
INCIDENT_REFERENCE = (r"\b(?:in|during|by|from)\s+the\s+" + _INCIDENT_NOUNS + r"\b(?!\s+(?:on|in|near|against|at)\b)"
                      r"|\bthe\s+" + _INCIDENT_NOUNS + r"\s+(?:also\s+)?(?:killed|left|resulted|led|wounded|injured|claimed)\b")

# An attempt before or after an assassination or attack word ("tried to assassinate X", "survived an assassination
# attempt", "an attempt to assassinate"): the person it names is its target unless a casualty word says otherwise.
ATTEMPT_BEFORE = r"\b(?:attempt\w*|tried|tries|try|trying|survived?|surviving|foiled|failed)\b(?:\s+\w+){0,3}\s+$"
ATTEMPT_AFTER = r"\s+attempts?\b"

# Nouns before a list of relatives' names, whose one-word names share the family name of the last one:
# "brothers Farhan, Mohammed and Ismail Othman".
SIBLING_NOUNS = r"brothers|sisters|siblings"

# Words near a name that make the person a source of the report, not a victim ("X said", "told X",
# "according to X", "spokesperson X"); matched case-insensitively as whole words.
SOURCE_CUES = (r"said|says|told|tells|according to|quoted|stated|added|explained|issued|spokes(?:person|man|woman)"
               r"|correspondent|reporter|photographer|wrote|tweeted|posted|statement|interview|testimony")

# Words before a name that make the person the commander of the acting group.
COMMANDER_CUES = r"(?:led|headed|commanded) by (?:(?:a|the) (?:man|commander|leader) (?:known as|named|called) )?$"

LOCAL_FIGHTERS = (r"local (?:gunmen|fighters|armed groups?|groups|militiamen|men)",)

ATTRIBUTION = (r"according to|told|said|reported|reports?|cited|quoted|announced|sources? (?:in|from|at)",)

PARENT_LINKS = (r"affiliated (?:with|to)|linked to|part of|backed by|subordinate to",)

DEFECTOR = r"defect\w*|former|retired|ex-|rebel|opposition|Free Syrian Army|FSA|Russian|Iranian|Turkish"

BACKER = r"\b(?:backed|supported|sponsored) by\s+(?:the\s+)?$"

NOT_PARTY = (r"\b(?:in search of|searching for|looking for|hunting for|accus\w+ (?:\w+ )?of|on charges of|"
                     r"suspected of|stipulat\w+|providing for|in exchange for)\s+(?:\w+\s+){0,3}$"
                     # who a source is close to is no party: "media close to the regime said"
                     r"|\b(?:media|outlets?|websites?|pages|sources|accounts|channels?)\s+(?:close to|affiliated with|loyal to"
                     r"|linked to|aligned with)\s+(?:the\s+)?$")

ORIGIN = (r"\b(?:natives? of|(?:a|the) native of|hails? from|originally from|residents? of|from the (?:town|village|city) of)\s+(?:the\s+)?$"
          # "X, from Atman, was killed": an apposition after a name; where a source is ("a source in Daraa")
          r"|,\s*from\s+$|\b(?:sources?|correspondents?|reporters?)\s+(?:\w+\s+)?(?:from|in)\s+(?:the\s+)?$")

# A town after these is a reference point for a place named before it ("the village of X east of Qamishli").
DIRECTION_BEFORE = (r"\b(?:(?:south|north)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$"
                    r"|\bnear\s+(?:the\s+(?:city|town)\s+of\s+)?$")

# A place inside a road's name ("the Damascus-Deraa highway", "طريق دمشق - درعا") is not where the event was.
ROAD_AFTER = r"^\s*-\s*[A-Z][\w'-]*(?:\s+al-[\w'-]+)?\s+(?:highway|motorway|road)\b|^\s+(?:highway|motorway)\b"

ROAD_BEFORE = r"\b[A-Z][\w'-]*\s*-\s*$"

LOCATION_CUE = (r"\b(?:near|in|at|outside|close to)\s+(?:the\s+(?:entrance|outskirts|junction|checkpoint)\s+(?:of|to)\s+)?"
                r"(?:the\s+(?:town|village|city)\s+of\s+)?$")

# "Between X and Y": the incident is placed at X, the first.
BETWEEN_BEFORE = r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cit(?:y|ies))\s+of\s+)?$"
BETWEEN_JOINER = r"^\s*(?:-|–|,?\s+and\s+)\s*(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$"

# A city before these is the name of a government or its forces ("the Damascus government"), not a place.
ACTOR_CITY_BEFORE = r"(?!)"
ACTOR_CITY_AFTER = r"^(?:'s)?\s+(?:government|authorities|regime|forces)\b"

# A place after these is where the wounded or the dead were taken, not the scene.
DESTINATION_BEFORE = (r"\b(?:to|into)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:hospitals?|clinics?|medical cent(?:er|re)s?)"
                      r"\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$")

# A village or town name before these is the landmark's own name ("Karama Square"), not the village.
LANDMARK_NAME_BEFORE = r"(?!)"
LANDMARK_NAME_AFTER = r"^\s+(?:roundabout|square|street)\b"

# A place name followed by an al- family name is part of a person's name ("the killing of Qusay al-Halqi").
PERSON_NAME_AFTER = r"^\s+(?:al|el)-[A-Z]"

# A dateline: a city at the head of the text, then ", Syria" or the outlet in brackets, then a dash.
DATELINE_AFTER = r"^\s*(?:,\s*[A-Z][a-z]+\s*)?(?:\([^)]{1,40}\)\s*)?[-–—:]"

PLACE_KINDS = {"city": "city", "town": "town", "village": "village", "neighbourhood": "neighbourhood",
                       "neighborhood": "neighbourhood", "district": "district", "camp": "site"}

PLACE_DETAIL = (r"(?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?:neighbou?rhood|district|roundabout|road|square|market)",)

LOCAL_FIGHTERS_NAME = "{place} local fighters"

# ------------------------------------------------------------------ shapes of a clause

# A place name right after these is the name of a neighbourhood, not the town of that name.
NEIGHBOURHOOD_BEFORE = r"\bneighbou?rhood\s+of\s+$"
GOVERNORATE_BEFORE = r"\b(?:countryside|province|governorate) of\s+$"
GOVERNORATE_AFTER = r"^(?:'s)?\s+(?:countryside|province|governorate)\b"
# A count before its casualty word must stand this close to it ("20 people were killed").
MAX_COUNT_BEFORE = 25
COMMA_ENDS_COUNT_BEFORE = False
# A casualty word with this ending takes its count after it: "killing two soldiers and wounding a third".
GERUND_ENDING = "ing"
# A count after a second verb belongs to that verb: "killing X and capturing two".
SECOND_VERB = r"\band\s+[a-z]+(?:ing|ed)\b"
# A count right before a casualty word of the other kind is that word's: "three were wounded".
OTHER_CASUALTY_SUBJECT = (r"\s+(?:(?!and\b|or\b|but\b)[A-Za-z-]+\s+){0,2}(?:(?:were|was|are|is|have been|had been)\s+)?"
                          r"(?:also\s+)?")
# The end of a passive subject before its casualty verb ("Two fighters ... were killed"), and what breaks one.
PASSIVE_VERB_END = r"\s" + PASSIVE_AUXILIARY + r"$"
PASSIVE_SUBJECT_BREAK = r"[;:]|\b(?:and|when|after|while)\b"
# What stands between two counts joined before one casualty word: "two gunmen and one soldier".
COORDINATION = r"\s*[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s*(?:,\s*(?:and\s+)?|and\s+)$"
# A nationality adjective names an actor before a force, weapon or person (Russian jets).
ACTOR_NOUN_AFTER_ADJECTIVE = (r"\s*(?:-\w+\s+)?(?:war)?(?:planes?|jets?|drones?|forces?|troops?|soldiers?|officers?|army"
                              r"|military|aircraft|artillery|strikes?|patrols?|advisers?|helicopters?|missiles?|rockets?"
                              r"|shells?|shelling|bombardment|raids?|airstrikes?|air strikes?)\b")
# An organization after these is the side of the dead: "members of X were killed".
VICTIM_SIDE_BEFORE = r"(?:members?|fighters?|soldiers?|troops|officers?) of (?:the )?$"
