"""English: ranks and titles, personal names, their roles and the sources that speak."""

from __future__ import annotations

from .events import INCIDENT_NOUN_PATTERN as _INCIDENT_NOUNS

# Latin transliteration keys (fold_latin_name): the Arabic article in its
# assimilated spellings (ash-Sham, ar-Rahman), folded to "al".
LATIN_ARTICLES: tuple[str, ...] = (
    "al", "el", "il", "ul", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az",
)

# "Abdul", "Abdel", "Abdol" written as one word before the next name.
LATIN_ABD_PREFIXES: tuple[str, ...] = ("abdul", "abdel", "abdal", "abdol", "abdil")

# Ranks and titles before a person's name, as written: the one table of ranks, longer ones
# first; the extractor escapes the dots when it compiles them.
MILITARY_RANKS = ("First Lieutenant", "Lieutenant Colonel", "Brigadier General", "Major General", "Lieutenant",
                  "Colonel", "Brigadier", "Captain", "Major", "General", "Sergeant", "Corporal")

TITLES = ("Sheikh", "Commander")

ABBREVIATED_RANKS = ("Lt.", "Col.", "Brig. Gen.", "Maj. Gen.", "Gen.", "Capt.")

NAME_RANKS = MILITARY_RANKS + TITLES + ABBREVIATED_RANKS

# The letters of names (regex classes): Kurdish names keep those of their Latin alphabet in English reports ("Lezgîn",
# "Şêxo").
NAME_UPPER = "A-ZÇÊÎŞÛ"
NAME_LOWER = "a-zçêîşû"

# Ranks of a state army: a victim who carries one, with no force named, implies the army as side b.
STATE_RANKS = tuple(rank for rank in NAME_RANKS if rank not in TITLES + ("General", "Gen."))

# Ranks and titles left out of a person's matching key (name_keys.py).
RANKS = tuple(rank.lower() for rank in NAME_RANKS if rank != "Gen.") + ("lt. col.", "sgt.", "private")

NAME_INTRODUCERS = (r"named|called|known as|nicknamed|identified as",)

# Words between a full name and its alias, a kunya or a nickname: "X, known as Abu Y,", "X (Abu Y)", "X, also known by
# his nom de guerre Y".
ALIAS_CUES = (r"(?:who\s+(?:was|is)\s+)?(?:also\s+|better\s+|widely\s+|locally\s+)?(?:known\s+(?:locally\s+)?as|known\s+by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|alias|"
              r"nickname|kunya)|nicknamed|dubbed|alias|aka|a\.k\.a\.)")

# "identified him as X", "named one of the victims as X", "identified the village headman as X": the name of someone the
# report already mentioned.
IDENTIFIED_AS = (r"(?:(?:named|identified|gave the name of)\s+(?:(?:him|her|them|the(?:\s+[a-z-]+){1,3}?|one of (?:the|them|those) ?\w*)\s+)?"
                 r"(?:by\s+(?:[a-z-]+\s+){1,3}?)?as"   # "identified by relatives as X"
                 # "The man, whose name was given as X"
                 r"|\bnames?\s+(?:was|were)\s+given\s+as)")

# A sentence that opens by naming the people just reported: "... arrested three teachers. They are X, Y and Z" (not
# "They were X's cousins": a possessive name is someone else).
THEY_ARE = r"(?:^|(?<=\.\s))They\s+(?:are|were)"

# Nouns before an appositive name: "a former fighter, X, was killed", "X, a local commander".
APPOSITION_NOUNS = (r"civilian|commander|member|officer|fighter|leader|mukhtar|man|woman|resident|teacher|"
                            r"farmer|activist|doctor|driver|shepherd|soldier|cousins|brothers|men|sons|settlement|"
                            r"nephew|son|brother|father|youth|youths|teenager|boy|girl|student|engineer|"
                            r"spokes(?:person|man|woman)|official|director|minister|president|governor|mayor|"
                            r"correspondent|reporter|journalist|relative|head|chief|women|children|girls|boys|"
                            r"civilians|victims|sisters|daughters|fighters|soldiers|"
                            r"child|infant|baby|toddler|mother|wife|husband|daughter|cousin|uncle|citizen|merchant|"
                            r"trader|businessman|priest|imam|nurse|paramedic|lawyer|photographer|volunteer|worker|"
                            r"employee|pharmacist|professor|elder|dignitary|notable|defector|detainee|prisoner|guard|"
                            r"policeman")

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
    # an article opening a sentence ("An Alawite teacher was killed"), communities named like Druze and Christian
    # above, and bodies named like Council and Ministry ("Central Command said")
    "An", "Alawite", "Alawites", "Ismaili", "Bedouin", "Armenian", "Assyrian", "Turkmen", "Circassian", "Yazidi",
    "Command", "Coalition", "Authority", "Directorate", "Department", "Police",
    # words opening a roundup's paragraph before its place ("In Latakia, a young man ...", "Elsewhere, ...")
    "In", "On", "At", "Near", "Meanwhile", "Elsewhere", "Also", "And", "But",
})

# A capitalised word with an ayn or hamza mark inside ("Sa’da", "Ra’ed"): a transliterated name, never an English word
# ("Don’t", "Syria’s", "We’re" are not).
AYN_INSIDE_WORD = r"[A-Z][a-z]*[’'](?!(?:re|ve|ll)\b)[a-z]{2,}"

APPOSITION_ADJECTIVES = (r"(?:(?:former|local|young|senior|prominent|retired|well-known|\d+-year-old|elderly|displaced"
                         r"|Christian|Druze|Kurdish|Alawite|Sunni|Shiite|Ismaili|Armenian|Assyrian|Turkmen|Bedouin)\s+)*")

# Verbs that take a victim right after them: "gunmen shot dead X", "forces arrested X".
VICTIM_VERBS = (r"killed|shot dead|shot and killed|assassinated|executed|abducted|kidnapped|detained|arrested|"
                        r"wounded|injured|targeted|the killing of|the assassination of|the arrest of|the abduction of")

# Past affiliation: "a former FSA fighter", "عنصر سابق في الجيش الحر" is no longer a member (nor an actor),
# unless the clause says he joined another force ("who had joined Military Security").
FORMER = r"\b(?:former|ex-|erstwhile)\s*(?:[A-Za-z-]+\s+){0,4}$"

JOINED = (r"(?<!not )(?<!never )join(?:ed|ing|s)?",)

# Everyday words and name particles that the name index also lists as given names: they never open a
# name by themselves ("Said" at the start of a sentence, "Jordan", "Abu Hamam", "Jamaa" = group).
NOT_GIVEN_NAMES = ("said", "may", "amid", "rose", "mark", "jan", "mai", "ben", "dana", "sham", "al", "abu",
                   "abdul", "hajj", "haj", "mufti", "sayed", "sayyid", "syed", "mir", "mian", "khan", "shah",
                   "bibi", "agha", "sidi", "ould", "ait", "din", "van", "de", "el", "iran", "jordan", "arab",
                   "umm", "bin", "ibn", "imam", "sheikh", "emir", "amir", "sultan", "islam", "nour", "noor",
                   "jamaa", "jamaat")

# Death words that are not event triggers ("was shot to death", "succumbed to his wounds", "X died in hospital",
# "the body of X").
DEATH_WORDS = (r"shot to death|succumbed|passed away|lost (?:his|her) life|died|dies|found dead|bod(?:y|ies) of|"
               r"fatally (?:shot|wounded|injured|stabbed|hit)",)

# Words for the hurt that are not event triggers (the triggers cover English).
INJURY_WORDS = (r"wounded|injured|hurt",)

# Words that make the person they speak of one of the injured, and no event ("the injury of X", "X, who is still
# receiving treatment").
HURT_WORDS = (r"injury|injuries|receiving treatment|in (?:a )?critical condition",)

# Words of detention that are not event triggers: the person they govern is one of the detained ("achieved the capture
# of X and Y").
DETENTION_WORDS = (r"capture of",)

# Ordinals after a casualty word that point at one of the names listed before (none in English reports).
ORDINALS: dict[str, int] = {}

# A definite noun for the people an incident hit, right before their names: "the man, X,", "the victim was X",
# "The dead were X and Y", "the two wounded men: X and Y", "The deceased were identified as follows: X". The name is the
# victim of the incident reported.
# After a colon, who the named are may come first: "the three identified victims: two women, X and Y".
VICTIM_NOUN_BEFORE = (r"\bthe\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|both|young|dead|slain|murdered"
                      r"|wounded|injured|abducted|kidnapped|detained|arrested|late|identified|\d+-year-old)\s+)*"
                      r"(?:man|woman|men|women|boy|boys|girl|girls|child|children|victims?|dead|deceased|youths?"
                      r"|teenagers?|civilians?|soldiers?|fighters?|brothers|detainees?|abductees?|wounded|injured)"
                      r"\s*(?:,|:(?:\s*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:young\s+)?"
                      r"(?:man|woman|men|women|boys?|girls?|child|children|civilians?)\s*,)?"
                      r"|\s(?:was|were|is|are|has been|have been)\s+(?:(?:named|identified)\s+as(?:\s+follows\s*:)?\s+)?)"
                      r"\s*[\"“]?(?:[A-Z][a-z]+\.?\s+)?$"   # a title between: "the victims are Mayor X"
                      # "Among them were X and Y", "Among the dead was X": some of the incident's victims
                      r"|\b[Aa]mong\s+(?:them|the\s+(?:dead|victims|killed|wounded|injured))\s*,?\s+(?:were|was|are|is)\s+$")

# A sentence that opens by naming the dead of an incident told before ("The victims of the Bab bombing were X and Y",
# "Among the dead were X"): more of that incident, whatever towns it names (where the dead come from).
DEAD_NAMED_OPENING = (r"^\s*(?:The\s+)?(?:dead|victims|slain|those\s+killed)\b(?:\s+\S+){0,5}?\s+(?:were|included|are)\b"
                      r"|^\s*Among\s+(?:them|the\s+dead|the\s+victims)\b")

# The dead told before identified by the definite noun for them ("The dead man was identified as X", "the victim was
# named as X"): the sentence names the dead of the incident before it, whatever day or town it tells of them.
DEAD_IDENTIFIED = (r"\b[Tt]he\s+(?:dead|slain|deceased|victims?|body|bodies|(?:dead|slain)\s+(?:man|woman|men|boy|girl|youth))"
                   r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:identified|named)\s+as\b")

# An event word after "the", matched on the five characters before it and its first two ("the body", "the blast"): it
# refers to what was told before.
DEFINITE_EVENT_WORD = r"\bthe\s+\w{0,2}$"

# A noun for the perpetrator right before a name: "suspect X", "the gunman, X,", "the killer was X", "police named the
# suspect as X"; not the slain ones ("the slain gunmen were identified as X"; "the dead attacker", a suicide bomber,
# and "the wounded suspect" did it).
PERPETRATOR_NOUN_BEFORE = (r"(?<!slain\s)"
                           r"\b(?:suspects?|perpetrators?|gunm[ae]n|attackers?|killers?|assailants?|accused)\s*"
                           r"(?:,|:|\s(?:was|were|is|are)\s+(?:(?:named|identified)\s+as\s+)?|\s+as)?\s*[\"“]?$")

# Words of that noun phrase that say the role ("the dead", "the wounded men").
ROLE_WORDS: dict[str, str] = {"killed": r"dead|deceased|slain|murdered|late", "injured": r"wounded|injured",
                              "detained": r"detained|arrested|detainees?", "abducted": r"abducted|kidnapped|abductees?"}

# An age right after a name ("X, 34,", "X (34)", "X, aged 34", "X, a 34-year-old"): news gives the ages of the
# people an incident hit (not a count in brackets after a page's words: "Total Comments (0)").
AGE_AFTER = (r"^(?:\s*,\s*(?:aged\s+)?\d{1,2}\s*(?:,|\.|$|and\b)|\s*\(\s*(?!0)\d{1,2}\s*\)|\s*,\s*an?\s+\d{1,2}-year-old\b"
             r"|\s*,\s*\d{1,2}\s+years?\s+old\b"
             # ... or the year of birth inside brackets ("Demhat Qamişlo (Tamir Ahmed Ibrahim, born 1998 in Qamishlo)": the
             # civil name after a nom de guerre; not "X, born in 1980, who claimed the attack": a biography)
             r"|\s*,\s*born\s+(?:in\s+)?(?:19|20)\d\d\b[^()\n]{0,40}\))")

# After a given name alone and a comma: a witness who gives only a first name ("Kamal, a resident of a nearby
# village, said", "Umm Ali, one of the relatives").
WITNESS_AFTER = (r",\s+(?:(?:a|an)\s+(?:(?:local|young|displaced|\d+-year-old)\s+)*(?:resident|relative|witness|"
                 r"eyewitness|neighbou?r|villager|survivor)|(?:a|an)\s+(?:[a-z]+\s+)?(?:vendor|seller|shopkeeper|"
                 r"merchant|trader|farmer|shepherd|driver|nurse|worker)\b|one\s+of\s+the\s+(?:residents|relatives|witnesses|eyewitnesses|"
                 r"neighbou?rs|villagers|survivors))\b")

# Relatives of a person named before, after his/her/their: "X and his son Y", "his brother Z".
RELATIVE_NOUNS = r"cousin|brother|sister|son|daughter|father|mother|wife|husband|nephew|uncle|friend|companion|relative"

# Between two names of one list ("X, 34, and Y", "X (Y) and Z" with another spelling or a nickname in brackets, "X and
# his cousin Y"): the second shares the first one's cue.
LIST_LINK = (r"^\s*(?:,\s*(?:aged\s+)?\d{1,2}\s*)?(?:\(\s*(?:\d{1,2}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*\)\s*)?"
             r"(?:,\s*and|,|and)(?:\s+(?:his|her|their)\s+"
             r"(?:" + RELATIVE_NOUNS + r"))?\s*$")

# The end of a list's header line that announces names without a casualty word ("They were named as:").
NAMES_HEADER = r"(?:(?:named|identified)(?:\s+\w+){0,3}\s+as|\bnames?(?:\s+\w+){0,3}|\b(?:were|are)|as follows)\s*$"

# A definite noun that refers back to the incident just reported ("killed in the attack", "the blast killed X"): a
# sentence with it that names victims continues that incident.
INCIDENT_REFERENCE = (r"\b(?:in|during|by|from)\s+the\s+" + _INCIDENT_NOUNS + r"\b(?!\s+(?:on|in|near|against|at)\b)"
                      r"|\bthe\s+" + _INCIDENT_NOUNS + r"\s+(?:also\s+)?(?:killed|left|resulted|led|wounded|injured|claimed)\b")

# Right after a name (an apposition between commas aside): the person was hit, which no casualty word of the sentence
# says ("X, known as Abu Saleh, was hit by several bullets"): the victim of the incident told before.
HARMED_AFTER = (r"\s*(?:,[^,.;]{1,60},\s*)?(?:was|had\s+been)\s+(?:shot|stabbed|gunned\s+down"
                r"|(?:hit|struck)\s+by\s+(?:\w+\s+){0,2}(?:bullets?|gunfire|shrapnel))\b")

# Right after a name, an apposition or a comma between ("X was taken to a hospital in Qamishli", "The driver, X, was
# taken"): the wounded of the incident told before; not taken there for another reason ("to visit the wounded", "for
# questioning", "in a state of shock", "where she gave birth"), nor after "the body of" (`BODY_OF_BEFORE`).
TAKEN_TO_HOSPITAL_AFTER = (r"\s*(?:,[^,.;]{1,60})?,?\s*(?:was|were|had\s+been)\s+(?:taken|rushed|transferred|evacuated"
                           r"|admitted)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}hospital\b"
                           r"(?![^.;]{0,40}\b(?:to\s+(?:visit|identify|see|check\s+on|collect)|for\s+(?:questioning"
                           r"|interrogation)|in\s+(?:a\s+state\s+of\s+)?shock|gave\s+birth)\b)")
BODY_OF_BEFORE = r"\b(?:bod(?:y|ies)|remains|corpses?)\s+of\s+(?:the\s+)?$"

# The funeral or burial of the dead told before ("He was buried in his home village on Saturday", "his funeral was held
# in X"): a pronoun or "the slain man" for the dead; not "buried under the rubble" nor a funeral where people were killed.
BURIAL = (r"\b(?:he|she|they|the\s+(?:slain|dead|deceased|victims?)(?:\s+\w+)?)\s+(?:was|were|has\s+been|had\s+been)\s+"
          r"(?:buried|laid\s+to\s+rest)\b(?!\s+under)|\b(?:his|her|their)\s+funerals?\b")

# Between a mourning verb and a name, the office of the one who mourns: English names the mourner before the verb.
MOURNER_BEFORE = r"(?!)"

# A sentence that mourns the dead or gives the victims' names ("Loyalist pages mourned X and Y", "the outlet
# published the names of the three victims"): it names the dead of an incident already reported. Not a funeral or a
# burial: a blast at a funeral, people buried under rubble, are incidents of their own.
VICTIMS_NAMED = (r"\b(?:mourned|mourns)\b"
                 r"|\bnames\s+of\s+the\s+(?:\w+\s+){0,2}(?:victims|dead|killed|wounded|injured)\b"
                 r"|\b(?:named|identified)\s+the\s+(?:\w+\s+)?(?:dead|victims|deceased|slain)\b")   # "Relatives named the dead"

# Right after capitalised words, or right before them: the words name a place the gazetteer may lack, or a group, not a
# person ("hailed from X Y neighbourhood", "the X Y checkpoint", "near the village of “X Y”", "a group called X Y"; not
# "a member of the Eighth Brigade named X", the member, nor "a shepherd from the village named X": only adjectives
# stand between the article and the group's noun).
PLACE_KIND_AFTER_NAME = (r"[\"”]?\s+(?:neighbou?rhood|village|town|city|district|subdistrict|area|camp|countryside"
                         r"|checkpoint|crossing|roundabout|junction)\b")

PLACE_OF_BEFORE_NAME = (r"\b(?i:neighbou?rhood|village|town|city|district|area|camp)\s+of\s+(?:the\s+)?[\"“]?$"
                        r"|\b(?i:an?\s+(?:(?!from\b|of\b|in\b|the\b)[\w-]+,?\s+){0,3}?(?:group|faction|militia|brigade"
                        r"|battalion|division|movement|cell|gang|party|front|village|town|area|camp)\s+(?:called|named"
                        r"|known\s+as))\s+[\"“]?$")

# Capitalised words inside the name of an institution ("the Ministry for Emergency and Disaster Management said",
# "the Directorate of Health Affairs"): no person's name.
INSTITUTION_NAME_BEFORE = (r"\b(?i:Ministry|Minister|Department|Directorate|Council|Committee|Authority|Agency|"
                           r"Commission|Cent(?:er|re)|Institute|Organi[sz]ation|Union|Syndicate)\s+(?:of|for)\s+"
                           r"(?:the\s+)?(?:[A-Z][\w'’-]+,?\s+){0,3}(?:and\s+)?$")

# An attempt before or after an assassination or attack word ("tried to assassinate X", "survived an assassination
# attempt", "an attempt to assassinate"): the person it names is its target unless a casualty word says otherwise.
ATTEMPT_BEFORE = r"\b(?:attempt\w*|tried|tries|try|trying|survived?|surviving|foiled|failed)\b(?:\s+\w+){0,3}\s+$"

ATTEMPT_AFTER = r"\s+attempts?\b"

# Between a casualty word and a later name it does not govern ("shot dead Y" governs Y): punctuation, or a
# conjunction ("X was wounded and Y").
NOT_GOVERNED = r"[,.:;\n]|\b(?:and|or)\b"

# Between a name and its own casualty verb ("X was killed and Y was wounded", "Y and Z wounded", "Y, 34, was
# critically injured"): other names of the subject (capitalised words, case-sensitive in a case-free pattern), their
# ages, an auxiliary (the group "aux") and an adverb.
PREDICATE_BEFORE_VERB = (r"(?:\s*(?:,|\band\b|\baged\b|\(\s*\d{1,2}\s*\)|\d{1,2}|(?-i:(?:(?:al|el|bin|ibn|Abu)[- ])?[A-Z][\w'’-]*)))*"
                         r"\s+(?P<aux>(?:was|were|is|are|(?:had|has|have)\s+been)\s+)?"
                         r"(?:(?:also|later|then|critically|seriously|severely|slightly|lightly|reportedly)\s+)*")

# After a casualty verb with no auxiliary before it: no object follows, so the name before it is what the verb hit
# ("Y and Z wounded.", "Y wounded in the attack"), not its subject ("Y killed his wife").
NO_OBJECT_AFTER = r"\s*(?:[.,;:)]|$|\b(?:in|on|at|by|during|when|after|while|and|as)\b)"

# Between an injury word and a death word of the same person ("wounded and later died").
THEN_DIED_LINK = r"(?:\s*\S{0,12}\s+)?(?:and|then|and\s+then|and\s+later|but)?\s*(?:(?:later|subsequently)\s+)?"

# A death of wounds later in the sentence of an injury, with no one named between: the person hurt died of it
# ("wounding X, who later died of his wounds in hospital").
DIED_OF_WOUNDS = (r"\b(?:later|subsequently)\s+(?:died|succumbed)\b|\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+"
                  r"(?:his|her|their)\s+(?:wounds|injuries)")

# The death of the one wounded told right after the injury, with no subject of its own ("wounded by gunmen and later
# died", "wounding a man who died of his wounds"); not another person's ("his father later died of a heart attack").
DIED_OF_OWN_WOUNDS = (r"(?:\band|\bwho|,)\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)\s+(?:later\s+)?"
                      r"(?:of|from|to)\s+(?:his|her)\s+(?:wounds|injuries)"
                      r"|(?:\band|\bwho|,)\s+(?:later|subsequently)\s+(?:died|succumbed)\b(?!\s+(?:of|from)\s+(?!(?:his|her)\s))")

# A death of wounds anywhere in a sentence ("Dunbar died from his wounds a day later"): the incident that wounded
# them, told on, whatever later day it names (`dates.another_unresolved_day`).
DEATH_OF_EARLIER_WOUNDS = (r"\b(?:died|succumbed)\s+(?:\w+\s+){0,3}?(?:of|from|to)\s+(?:his|her|their|the)\s+"
                           r"(?:wounds|injuries)|\b(?:later|subsequently)\s+(?:died|succumbed)\b")

# The victim told before, named by a pronoun ("His body was found on Saturday"), or the incident's toll told again:
# the incident told on (`dates.another_unresolved_day`).
VICTIM_AGAIN = (r"\b(?:his|her|their)\s+(?:bod(?:y|ies)|remains|corpses?)\b"
                # ... or its toll told again ("The number of dead rose on Monday to five")
                r"|\b(?:death\s+)?toll\b|\bnumber\s+of\s+(?:the\s+)?(?:dead|killed|victims|wounded|injured)\b")

# Another victim than the one told before ("gunmen shot dead another man ... and dumped his body"): his body or toll is
# no more of the incident told before (`dates.another_unresolved_day`).
ANOTHER_VICTIM = r"\banother\b|\ba\s+second\b"
# ... before the noun of one person ("shot dead another young man in X"): a source telling of him and then of another
# town tells another incident, whatever its toll (`same_incident.retells`).
OTHER_VICTIM_NOUN = (r"\b(?:another|a\s+second)\s+(?:young\s+)?(?:man|woman|child|boy|girl|person|civilian|member|soldier"
                     r"|fighter|shepherd|farmer)\b")

# A death word with no object: the person it follows died.
DIED_ALONE = r"died|dies|passed away|succumbed"

# Before a casualty word that tells of no harm done in this incident: the killing an act answers ("in retaliation
# for the killing of X", "retaliatory attacks over the killing of X") or a threat ("threatened to arrest X").
UNREAL_BEFORE = (r"\b(?:in\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)\s+(?:the\s+)?$|"
                 r"\bretaliatory\s+(?:\w+\s+){0,2}(?:for|over|after|due\s+to)\s+(?:the\s+)?$|\bto\s+avenge\s+"
                 r"(?:the\s+)?$|\bthreat\w*\s+(?:to\s+|with\s+)?(?:\S+\s+){0,3}$|\b(?:accused|charged|suspected|involved)\s+(?:of|with|in)"
                 r"\s+(?:\S+\s+){0,3}$|\bon\s+charges?\s+of\s+(?:\S+\s+){0,3}$")

# Before a name: a visit by or the presence of the person ("after a visit by Governor X", "in the presence of X").
REACTOR_BEFORE = r"\bvisit\s+by\s+(?:[\w-]+\s+){0,4}$|\bin\s+the\s+presence\s+of\s+(?:[\w-]+\s+){0,4}$"

# Before a name: the ruler of a period or a regime ("under former President X", "the regime of X"): only mentioned,
# whatever casualty word the clause has.
ERA_BEFORE = (r"\b(?:(?:former|ousted|deposed|toppled)\s+(?:President|dictator)\s+$)"   # "since former President X ..."
              r"|\b(?:era|rule|reign|regime|government|presidency)\s+of\s+"
              r"(?:(?:the|former|ousted|deposed|late|toppled)\s+)*"
              r"(?:(?:President|leader|dictator)\s+)?$|\bunder\s+(?:the\s+)?(?:former|ousted|deposed|late|toppled)\s+"
              r"(?:President|leader|dictator)\s+$")
# Right after a name: the ruler whose government, regime or forces the clause speaks of ("remnants of former President
# X's government", "X's forces"): only mentioned.
ERA_AFTER = (r"(?:’s|'s)\s+(?:(?:former|ousted|toppled)\s+)?(?:government|regime|rule|era|forces|army|loyalists"
             r"|supporters)\b")

# Right after a name: the person reacts to the incident, visits or attends ("Governor X condemned the killing", "X, the
# local mayor, visited the family"): only mentioned, whatever casualty word comes after.
REACTOR_AFTER = (r"\s*(?:,[^,.;]{1,60},\s*)?(?:also\s+|later\s+)?(?:condemned|denounced|blamed|accused|vowed|pledged|"
                 r"urged|demanded|called\s+for|visited|attended|offered\s+condolences|mourned)\b"
                 # ... right after the name, with its auxiliary ("Minister X has called for", "X, is calling for"),
                 # not after a clause of the name's own ("X, who was shot dead on Monday, is calling for": his family)
                 r"|\s*,?\s*(?:has|have|had|is|was)\s+(?:called\s+for|calling\s+for|urged|urging|demanded|demanding"
                 r"|condemned|condemning)\b")

# The opening of a sentence that tells of another incident ("In another incident, X was fatally shot"): when it makes
# no event of its own, its names are not the victims of the incident before it.
ANOTHER_INCIDENT = r"\W*(?:in|on|during)\s+(?:another|a\s+separate|a\s+different|a\s+second|a\s+similar)\s+(?:incident|attack|assault|shooting)"

# Right after a name: the person speaks ("X, in a statement, said").
SOURCE_AFTER_PHRASE = r"\s*,?\s*(?:in|during)\s+(?:a|an|his|her|the)\s+(?:statement|interview|press conference|post|tweet|speech)\b"

# A relation of a named person right before the name ("the brother of former Prime Minister X", "the son of X", "Russia,
# a key ally of President X"): X names the relative's kin or the ally's patron, not the person the casualty word hit.
RELATIVE_OF = (r"\b(?:brother|sister|son|daughter|father|mother|wife|husband|widow|cousin|nephew|niece|uncle|aunt|"
               r"relative|grandson|granddaughter|ally|allie|backer|patron)s?\s+of\s+(?:[\w'’-]+\s+){0,6}$")

# Nouns before a list of relatives' names, whose one-word names share the family name of the last one:
# "brothers Farhan, Mohammed and Ismail Hassan", "her two daughters, Rahaf and Sidra al-Omar", "a brother and sister,
# Jamil and Aya Rashid".
SIBLING_NOUNS = r"brothers|sisters|siblings|sons|daughters|children|twins|brother and sister|sister and brother"
# Between siblings named by given names alone and their event word ("his brothers Ali and Omar were wounded", not "survived").
SIBLINGS_SUBJECT_OF = r"^\s*,?\s*(?:were|have been|had been)\s+(?:also\s+|all\s+|both\s+)?$"

# Words near a name that make the person a source of the report, not a victim ("X said", "told X",
# "according to X", "spokesperson X"); matched case-insensitively as whole words.
SOURCE_CUES_AFTER_NAME = (r"said|says|told|tells|quoted|stated|added|explained|issued|spokes(?:person|man|woman)"
                          r"|correspondent|reporter|photographer|wrote|tweeted|posted|statement|interview|testimony"
                          # other verbs of speech a source opens with ("X confirmed that", "X reported to the agency
                          # that")
                          r"|confirmed|reported|noted|stressed|announced|continued|pointed out")
# ... and before it ("according to X"; right after a name too: `english.is_source`)
SOURCE_CUES = r"according to|" + SOURCE_CUES_AFTER_NAME

# Right after a name, before the word that makes the person a source: the group the person speaks for ("X of the
# White Helmets told AP"), capitalised words after "of the" (matched case-sensitively inside a case-free pattern).
SPEAKS_FOR = r"\s+(?:of|from|with)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){1,5})"

# Titles of a source between the word that credits it and the name ("according to activist X", "said the head of
# the local council, X"): not nouns for a victim ("said the man, X, was killed").
SOURCE_TITLES = (r"activist|official|spokes(?:person|man|woman)|director|head|chief|commander|governor|minister|"
                 r"mayor|mukhtar|correspondent|reporter|journalist|doctor|member|leader|resident|president|witness|"
                 r"researcher|monitor|founder|manager|coordinator|medic|nurse|notable|dignitary|elder|imam|priest|lawyer")

# Words before a name that make the person the commander of the acting group.
COMMANDER_CUES = r"(?:led|headed|commanded) by (?:(?:a|the) (?:man|commander|leader) (?:known as|named|called) )?$"

# A sentence that opens with a personal pronoun as the subject of a casualty word ("He was shot dead ... in X"):
# the one person the sentence before named is its victim, whichever incident that sentence went to.
# A sentence that opens on the bodies of people told of before ("Their bodies were found in X", "His body was
# dumped near Y"): when it opens an incident of its own, the people the incident before holds with no casualty of
# their own are its dead (the group "plural": two or more).
BODIES_FOUND_OPENING = (r"^\W*(?:(?P<plural>Their|Both\s+(?:men's|women's))|His|Her)\s+(?:dead\s+)?bod(?:y|ies)\s+"
                        r"(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:later\s+)?(?:found|recovered|dumped|discovered)\b")

PRONOUN_SUBJECT_OPENING = r"^\W*(?:He|She)\s+(?:was|had\s+been)\s+(?:\w+\s+)?(?:shot|killed|stabbed|wounded|injured|kidnapped|abducted|arrested|detained)\b"

# Between two names of a list, each with where the person came from ("X from the town of Y, Z from Hama governorate, and
# W"): the names after one identified as a victim are listed with it (session 15).
LISTED_NEXT = (r"(?:,\s*(?:aged\s+)?\d{1,2}(?=,))?"   # "X, 28, and his cousin, Y"
               r"(?:\s+(?:from|of)\s+[^,;.:()]{1,60}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
               r"(?:(?:his|her|their)\s+[a-z]+,?\s+)?[\"“]?")
# After such a listed name: the next item or the list's end, not a verb ("..., and Y said" makes Y no item).
LISTED_ITEM_END = r"\s*(?:(?:from|of|and)\b|[,.;(]|$)"
# Right after a casualty word: the relatives of a person named before it ("stormed the house of X, killing his two
# daughters"): X is the target, not one of the dead.
KIN_AFTER_HIT = r"\s+(?:his|her|their)\s+(?:(?:two|three|four|five|young|little|eldest|youngest)\s+)?(?:" + RELATIVE_NOUNS + r")s?\b"

# By the hand of one named X ("at the hands of a relative named X"): X is the perpetrator (matched on the text up to
# the name). Only with the word that names him: a group may stand before the victim's name.
BY_THE_HAND_OF = r"\bat\s+the\s+hands?\s+of\s+(?:[\w-]+\s+){0,3}?(?:named|called|identified\s+as)\s+$"
