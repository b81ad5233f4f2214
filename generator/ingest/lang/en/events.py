"""English: event triggers, victims and perpetrators, and the shapes of a clause (tolls: `tolls.py`)."""

from __future__ import annotations

from .. import common as C
from ..common import ACTION, BATTLES, EXPLOSIONS, INJURE, KILL, SHOOT, STRATEGIC, VAC, WEAPON

TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    (r"improvised explosive devices?|ieds?|roadside bombs?|explosive devices?|landmines?|land mines?|car bombs?"
     r"|booby[- ]trapped|bombs? planted", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    (r"suicide (?:bomb\w*|attack\w*)", WEAPON, EXPLOSIONS, "suicide_bomb"),
    # a bomb of any make ("a sticky bomb went off", "a bomb exploded"); a barrel bomb is dropped from the air
    (r"bombs?|explosive belts?|vbieds?", WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    (r"barrel bombs?", WEAPON, EXPLOSIONS, "air_drone_strike"),
    (r"rpgs?|rocket-propelled grenades?", WEAPON, BATTLES, "armed_clash"),
    (r"cluster (?:bomb|munition)s?|unexploded (?:ordnance|munitions?|bombs?|shells?)|ordnance left",
     WEAPON, EXPLOSIONS, "remote_explosive_landmine_ied"),
    (r"(?:hand )?grenades?", WEAPON, EXPLOSIONS, "grenade"),
    (r"air ?strikes?|drones?|warplanes?|(?:fighter )?jets?|air raids?|aerial (?:bombardment|attack)s?|helicopters?|aircraft"
     r"|(?:israeli|russian|turkish|coalition|american|us|u\.s\.|regime|government|syrian) strikes?"
     # a strike named by what it hit, with no weapon before it ("Strikes on the villages of A and B killed 14"): from
     # the air (not "artillery strikes on", "general strikes on the markets", "IS strikes on army positions")
     r"|(?<!artillery )(?<!rocket )(?<!missile )(?<!mortar )(?<!general )(?<!ground )(?<!labour )"
     r"\bstrikes? (?:on|against) (?:the )?(?:[\w-]+ ){0,2}?(?:villages?|towns?|homes?|houses?|camps?)\b"
     r"(?![^.]*\b(?:artillery|shells?|shelling|rockets?|mortars?|missiles?)\b)",
     WEAPON, EXPLOSIONS, "air_drone_strike"),
    (r"shell(?:ing|ed|s)?|artillery|mortars?|rockets?|missiles?|bombardment|bombarded"
     # an army's bombing is its guns' ("Turkish army's bombing killed", "bombing by the Turkish army"), not a bomb's
     # (forces' bombing is as often from the air: "Russian forces' bombing of Ariha")
     r"|(?:(?<=army's )|(?<=army’s ))bombing"
     r"|bombing by (?:the )?(?:[\w-]+ ){0,2}?(?:army|troops)\b",
     WEAPON, EXPLOSIONS, "shelling_artillery_missile_attack"),
    # an explosion or a bombing whose means no weapon word names: ACLED's remote explosive
    (r"explosions?|blasts?|bombings?|exploded|detonat(?:ed|ion)|went off|blown up|blew up", ACTION, EXPLOSIONS,
     "remote_explosive_landmine_ied"),
    (r"clash(?:es|ed)?|fighting|firefights?|gunfights?|battles?|ambush(?:ed|es)?|fought|attacked"
     r"|skirmish(?:es|ed)?|exchange(?:s|d)? of fire|exchanged fire", ACTION, BATTLES, "armed_clash"),
    # "gunmen targeted a car": the English of استهدف, an attack whatever its means
    # (not the adjective: "targeted attacks on armed groups", "targeted killings" in general)
    (r"target(?:ed|ing)(?! (?:attacks?|killings?|assassinations?|strikes?|sanctions|operations?|campaigns?)\b)",
     ACTION, VAC, "attack"),
    (r"assassinat(?:ed|ion|ions|e)|execut(?:ed|ion|ions)", ACTION, VAC, "attack"),
    (r"abduct(?:ed|ion|s)?|kidnap(?:ped|ping|s)?", ACTION, VAC, "abduction_forced_disappearance"),
    # hostages taken ("holding the governor and others hostage"; in a release, "freed five people they had held
    # hostage", the taking they were freed from, as the corpus codes an abduction told with its release): not a town
    # "held hostage by" lawlessness
    (r"(?:held|holding|hold|holds|took|taken|taking|take|takes|seized|seizing)\s+(?:[\w'-]+\s+){0,6}?hostages?"
     r"(?!\s+(?:by|to)\b)|hostage[- ]taking", ACTION, VAC, "abduction_forced_disappearance"),
    (r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention|raids? and arrests?"
     # people rounded up ("rounded up 12 young men"), not a week's violence ("Rounding up a week of ...")
     r"|round(?:ed|s|ing)? up (?:\w+ ){0,3}?(?:men|people|youths?|civilians|residents|suspects|\d+|dozens)\b",
     ACTION, STRATEGIC, "arrests"),
    (r"(?:retook|retakes?|retaken|retaking|recaptur(?:ed|es?|ing)|took back|taken back|regain(?:ed|s)? control|"
     r"restored (?:its )?control|re-?took control)", ACTION, BATTLES, "government_regains_territory"),
    # a bomb or mine made safe ("engineers defused an IED"), not a network dismantled
    (r"(?:defus|dismantl|disarm|neutraliz)(?:ed|ing|es?)(?= (?:\S+ ){0,2}?(?:bombs?|ieds?|explosives?|(?:explosive )?devices?"
     r"|mines?|landmines?|car bombs?|grenades?|shells?)\b)", ACTION, STRATEGIC, C.DISRUPTED),
    # an aircraft or drone brought down ("air defences shot down a drone", "downed a Turkish drone")
    (r"(?:shot|shoots?|shooting) down|downed|downing|intercept(?:ed|s|ing)?(?= (?:\S+ ){0,2}?(?:drones?|aircraft|planes?"
     r"|missiles?|rockets?)\b)", ACTION, STRATEGIC, C.DISRUPTED),
    (r"withdr(?:ew|awn|awal)", ACTION, STRATEGIC, "change_to_group_activity"),
    (r"(?:reached|signed|struck|concluded) an? (?:[\w-]+ ){0,3}(?:agreement|deal|truce|ceasefire)", ACTION, STRATEGIC, "agreement"),
    (r"burn(?:ed|t)|torched|looted|looting", ACTION, STRATEGIC, "looting_property_destruction"),
    # "opened fire on", "opened machinegun fire on"
    (r"opened (?:[\w-]+ ){0,2}?fire (?:on|at)|fired (?:on|at)", SHOOT, VAC, "attack"),
    # a person shot ("was shot in the leg", "shot and wounded"), a shooting, gunfire or a sniper: the shot is the
    # means, whatever it caused
    (r"(?:was|were|been|being|got) (?:(?!fatally)\w+ly )?shot(?! dead| to death)|shot and (?:wounded|injured)|shootings?|gunfire|gunshots?"
     r"|snipers?", SHOOT, VAC, "attack"),
    (r"stabb(?:ed|ing|ings)", ACTION, VAC, "attack"),
    (r"killed|killing|dead|died|death toll|martyred|shot dead|body|bodies|slain|lost (?:his|her|their) li(?:fe|ves)"
     r"|perished|succumbed|massacred?|fatally (?:shot|wounded|injured|stabbed)"
     r"|(?:resulted in|resulting in|caused|causing|led to|leading to) the deaths? of"
     # a monitor's word for a killing (not "confirmed": of cholera too), the singular with a count of people
     r"|documented the deaths of|documented the death of (?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s)"
     r"|shot (?:\w+ ){0,3}to death|gunned down|(?:stabbed|beaten|strangled|tortured|burned|burnt|hacked) to death"
     # (not "murders" in general: "sporadic murders and kidnappings unsettle the valley", nor "the murder of his brother"
     # a court judged; not an animal slaughtered; martyrs counted, not a martyrdom commemorated)
     r"|murdered|beheaded|beheading|lynched|hanged (?!(?:himself|herself))"
     r"|slaughtered(?!\s+(?:[\w-]+\s+){0,5}(?:sheep|cattle|cows?|goats?|livestock|animals|camels?|chickens)\b)"
     r"|martyrdom of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an)\b"
     # (the word only, its count read before it like any toll's: "14 martyrs and 43 wounded")
     r"|(?:(?<=\d )|(?<=two )|(?<=three )|(?<=four )|(?<=five )|(?<=six )|(?<=seven )|(?<=eight )|(?<=nine )|(?<=ten )"
     r"|(?<=dozens of ))martyrs"
     # the dead told with the wounded and no count of their own ("resulted in deaths and injuries"), or lives
     # taken ("claiming the lives of some of them"): someone died, so the toll is unknown, not ACLED's 0
     r"|deaths? (?:and|or) (?:injur(?:y|ies)|wounds)|claim(?:ed|ing|s)? the li(?:fe|ves) of", KILL, VAC, "attack"),
    (r"injur(?:ed|ies|ing|y)|wounded|wounding|hurt|(?:sustain|suffer)\w* (?:\w+ ){0,2}?wounds"
     # a shot in a limb hurts ("was shot in the leg"): the shot is the means, the wound the casualty (unless he died of it)
     r"|(?:(?<=shot )|(?<!was )(?<!were )(?<!been )(?<!being )(?<!got )\bshot (?:[\w-]+ ){1,3}?)in (?:the|his|her|their) "
     r"(?:legs?|arms?|hands?|feet|foot|shoulders?|thighs?|knees?)\b(?![^.]*\b(?:died|succumbed)\b)", INJURE, VAC, "attack"),
)

# English entries are regexes matched over the whole text (no stems are tested first: see lang/ar/events.py).
TRIGGER_STEMS: dict[str, str] = {}

# An attack with arms by one side ("gunmen attacked a cafe and killed two"), not a fight between two: an attack
# on people, unless fighters or a military target were hit (`event_type.attacks_people`).
ARMED_ATTACK = (r"attacked|armed attacks?",)

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
    r"|lieutenants?|colonels?|generals?|brigadiers?|captains?|majors?|recruits?|conscripts?"
    # "an element of the SDF", "a policeman", "security personnel"
    r"|elements? of|policem[ae]n|police(?:wom[ae]n)? officers?|security (?:men|members?|personnel)",
)

# What belongs to an armed force when it is what was hit ("gunmen targeted a patrol of the military police"):
# the victims are fighters, as with FIGHTER.
MILITARY_TARGET = (r"patrols?|checkpoints?|military (?:positions?|posts?|points?|bases?|vehicles?|convoys?)"
                   r"|(?:army|regime|government) (?:positions?|posts?|bases?)|barracks",)

# A place word before such a noun makes it where it happened, not what was hit ("near a military checkpoint").
NEAR_BEFORE = r"\b(?:near|at|next to|close to|beside|outside|in front of|by)\s+(?:\S+\s+){0,2}$"

# Where the wounded or the dead were taken ("were taken to a hospital in X"): a place after these is no scene of
# an incident.
DESTINATION_BEFORE = (r"\b(?:taken|transferred|rushed|transported|evacuated|brought|admitted|moved|sent|deployed)\s+"
                      r"(?:\w+\s+){0,3}?to\s+(?:[\w'-]+\s+){0,5}$|\bhospitals?\s+(?:\w+\s+){0,3}$"
                      # "rushed to a hospital in the nearby city of Nawa, where he was pronounced dead"
                      r"|\b(?:taken|transferred|rushed|transported|evacuated|brought)\s+to\s+(?:a|the)\s+hospital\s+in\s+the\s+"
                      r"(?:(?:nearby|neighbou?ring)\s+)?(?:city|town|village)\s+of\s+$"
                      # where the attackers fled after the act ("then drove off along the road towards Daraa"), not
                      # where victims were going ("a car as it headed towards Qamishli", "a family that had fled towards")
                      r"|\b(?:then|before|attackers|assailants|gunmen|perpetrators|killers|culprits)\b[^.;]{0,40}?"
                      r"\b(?:fled|fleeing|escaped|escaping|drove\s+(?:off|away)|sped\s+(?:off|away)|ran\s+away)\s+"
                      r"(?:[\w'-]+\s+){0,5}?(?:towards?|in\s+the\s+direction\s+of)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$")

LEFTOVER = (r"left ?over|unexploded|remnants? of (?:the )?war|war remnants?|left behind",)
# A landmine, whoever laid it: coding rule 2 of tests/realnews/README.md counts it, like a remnant, as aimed at nobody.
LANDMINE = (r"land ?mines?|(?:a|an|the) mines?\b|mines? (?:blast|explosion|exploded|went off)",)
# A death under torture ("died under torture in the regime's prisons"): the death is the incident, not the arrest.
UNDER_TORTURE = (r"(?:died|killed|death|deaths|dying|dead)\s+(?:[\w'-]+\s+){0,2}?(?:under|from|of|by|as a result of)"
                 r"\s+torture|tortured to death",)

# (Arabic reads a means of harm as a killing word, "برصاص"; English casualty words name the harm itself.)
WOUND_MEANS = r"(?!)"
WOUND_MEANS_BETWEEN = r"(?!)"

PERPETRATOR_BEFORE = (r"\b(?:by|from|at the hands of)\s+(?:(?:the|a|an|some|several|unknown|unidentified|masked|\w+-backed"
                      r"|members? of(?: the)?)\s+){0,3}$")

# After a fighter noun: an active verb makes the fighters the ones who killed ("fighters killed four
# members of a family"); a passive one ("soldiers were killed") does not match.
PERPETRATOR_AFTER = (r"^(?:\s*,)?\s+(?:(?!were\b|was\b|been\b|are\b|is\b|and\b)[\w-]+\s+){0,4}?"
                     r"(?:killed|shot|opened fire|attacked|executed|assassinated|abducted|kidnapped|stormed)\b")

# Said anywhere in a sentence, these make it another incident ("..., in a separate incident, police said").
SEPARATE_INCIDENT = (r"in a separate (?:incident|attack)",)

NEW_INCIDENT = SEPARATE_INCIDENT + (
    r"in (?:a|an) (?:other|different|similar) (?:incident|attack)|in another (?:incident|attack)|"
    r"separately|meanwhile|elsewhere|earlier on|(?:a few|several) (?:days|weeks) (?:ago|earlier)|"
    # an unnamed other place ("In a nearby village, another child was killed")
    r"in (?:a|another) (?:nearby|neighbou?ring|different) (?:village|town|city|neighbou?rhood)|"
    r"in another (?:village|town|city|neighbou?rhood)",)


# Another account of the incident just told ("local pages gave another account, saying that ..."): the same incident.
OTHER_ACCOUNT = (r"(?:another|a different|a second|a conflicting|an alternative) (?:account|version|narrative)",)

# The victim told before, as one beside whom or with whom someone of the sentence was ("his friend X, who was with
# him, was wounded"): that person is of the same incident.
COMPANION_PRONOUN = r"\b(?:with|beside|next\s+to|near|accompanying)\s+(?:him|her|them)\b"

# A group's claim of the incident just told ("IS claimed responsibility for the attack, saying its fighters killed
# two members of the SDF"): the same incident, its toll the claimant's word.
# (not one described after the noun, "claimed the killing of three SDF fighters": an attack of its own)
CLAIMED_INCIDENT = (r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|this|that|\w+day's)\s+(?:\w+\s+)?"
                    r"(?:attack|bombing|blast|explosion|ambush|killing|assassination|operation|strike)\b(?!\s+(?:of|on)\b)",)

# A sentence that opens by saying when or where the incident just told took place ("The strike, carried out on Monday
# on the edge of the city of Idlib, ...", "The attack took place in the town of X"): its day and place are the
# incident's.
INCIDENT_TOLD_WHEN = (r"^\W*(?:The|This|That)\s+(?:attack|blast|explosion|bombing|shelling|strike|airstrike|air\s+strike"
                      r"|drone\s+strike|shooting|ambush|raid|assassination|killing|clashes)\s*,?\s+(?:which\s+was\s+)?"
                      r"(?:was\s+)?(?:carried\s+out|took\s+place|happened|occurred|launched)\b"
                      r"(?![^.]*?\b(?:after|before|following)\b)")   # not "took place hours after a meeting held on Sunday in X"

# The same context or a related one ("In a related development"): a claim told after them is the incident's.
RELATED_CONTEXT = (r"\bin\s+(?:a\s+)?related\s+(?:development|news|context)\b|\bin\s+the\s+same\s+context\b",)

# A sentence whose subject is the act just told, by its definite noun ("The fighting erupted late on Tuesday after a
# dispute", "The clashes, which left four dead, underline ..."): that act again, its day the act's own.
ACT_TOLD_AGAIN_OPENING = (r"^\W*(?:The|This|That)\s+(?:fighting|clashes|attack|blast|explosion|bombing|shelling|strike"
                          r"|airstrike|drone\s+strike|shooting|ambush|assault|raid|killing|assassination)\b"
                          r"(?!\s+(?:on|in|near|at|against)\b)")

# Someone hurt while covering the events just told ("a cameraman was wounded while covering the clashes"): more of
# that incident, even after "meanwhile".
COVERING_INCIDENT = (r"while (?:covering|reporting on|filming) the (?:clashes|fighting|events|attack|battles?|violence"
                     r"|unrest|shelling|bombardment)",)

# A sentence that opens with what followed the incident ("Following the attack, security forces arrested six
# people"): arrests told after it are an incident of their own.
AFTER_INCIDENT_OPENING = (r"^\s*(?:Following|After|In the wake of|In response to)\s+(?:the|this|that)\s+(?:\w+\s+)?"
                          r"(?:attack|bombing|blast|explosion|ambush|killing|assassination|incident|shooting|clashes)\b"
                          r"|^\s*(?:hours|days|a few hours|shortly|moments)\s+(?:later|after(?:wards)?)\b")

# The attackers of the incident told before, as the subject of a later act ("the attackers seized another guard"):
# more of that incident.
ATTACKERS = (r"\bthe\s+(?:attackers|gunmen|assailants|kidnappers)\b",)

# What joins a second act of the same sentence to the first ("A man was shot dead ..., and police arrested the
# gunman").
SECOND_ACT_JOINER = r",\s*(?:and|while)\b|\band\s+(?:then\s+|later\s+)?(?:police|security|forces|troops)\b"

# An act told as done during the operation told before ("three men were detained during the raid"): more of it.
DURING_OPERATION = (r"\b(?:during|in\s+the\s+course\s+of)\s+the\s+(?:raids?|operation|campaign|sweep|clashes|attack|fighting)\b"
                    r"|\bin\s+the\s+(?:same\s+)?(?:raids?|operation|sweep)\b",)

# What joins a second incident at another place to the first inside one sentence ("... in Tafas, while a man was
# wounded in Inkhil", "..., and in Inkhil two were killed"): with a casualty word and a place on each side, two
# incidents (`two_incidents.py`).
SECOND_INCIDENT = (r"[,;]\s*(?:while|whereas|as well as|in addition to|and in)\b"
                   # ... or "while" and other people hit, with no comma ("two children were killed in Balyun village
                   # while another one was killed in Balshun village")
                   r"|\s+while\s+(?=(?:another|other|others|an?|one|two|three|four|five|\d+)\b)",)
# A comma before a second casualty clause with "and" ("a girl was killed in shelling on X, and a shepherd was injured in
# an airstrike on Y"): a joiner as SECOND_INCIDENT's (the casualty words stay in the second half).
SECOND_INCIDENT_CASUALTY = (r"[,;]\s*and\s+(?=(?:(?:a|an|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,3}?|another\s+|others\s+)"
                            r"(?:was|were)\s+"
                            r"(?:killed|injured|wounded|shot)\b)")
# A casualty word that names no means ("killed", "wounded"; not "shot dead"): the half of a sentence told with it alone
# was hit by the act of the other half (`two_incidents.told_without_means`).
BARE_CASUALTY = r"(?i:killed|killing|dead|died|martyred|wounded|wounding|injured|injuring|hurt)"

# A sentence that opens by crediting a source ("According to X, ...", "The agency reported ...", "X added that
# ..."): with nothing new of its own it tells the incident before again.
SOURCE_OPENING = (r"^[\s\"“(-]*(?:(?:and|but),?\s+)?(?:according to\b|(?:[\w'’.-]+\s+){0,8}?"
                  r"(?:said|says|reported|reports|added|told|stated|confirmed|announced|quoted|cited|revealed|disclosed)\b)")

# "Meanwhile" or "earlier" right before a speech verb ("A local outlet meanwhile reported ..."): it says when the
# source spoke, not that another incident happened (matched from the marker's start).
MARKED_SPEECH = r"(?:meanwhile|earlier(?: on)?),?\s+(?:said|reported|added|told|stated|announced)\b"

# An attack carried out again ("renewed its shelling", "struck again"): another occurrence, not the one before
# told again.
RENEWED = (r"renew(?:ed|s)|again|resum(?:ed|es)",)

# The day of the incident reported before ("on the same day"): its date, known or not from publication.
SAME_DAY = (r"(?:on )?the same (?:day|date|night|time)|(?:at )?the same time",)

# Words ending in a dot that end no sentence: month names, ranks and titles ("On Jan. 4, ...").
ABBREVIATIONS = ("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
                 "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "Lt.", "Col.", "Gen.", "Brig.", "Maj.", "Capt.",
                 "Sgt.", "Gov.", "Sen.", "Rep.", "Prof.", "approx.", "e.g.", "i.e.", "vs.")

# Words opening a sentence that recalls an earlier occurrence as precedent ("Previously, 16 civilians
# were wounded ..."): background, never an incident of the report.
PRECEDENT = (r"previously|in a previous (?:incident|attack)|this (?:is|was) not the first"
             # "(It came) two weeks after a bomb killed ...": an incident weeks or months before this one (a week
             # before may be an incident of the report: "came a week after the raid last Thursday")
             r"|(?:comes?|came)\s+(?:\w+\s+){0,2}(?:weeks|months)\s+after",)

# An earlier time left vague ("a blast roughly a week earlier", "an attack on a checkpoint a few days ago"): an
# incident told as context of the reported one; with no casualty word of its own it is background (settled rule 5).
VAGUE_EARLIER = (r"(?:a few|several|some) (?:days|weeks) (?:ago|earlier|before)|days (?:ago|earlier|before)"
                 r"|(?:roughly |about |nearly |some )?a week (?:ago|earlier|before)",)
# A sentence that opens on an earlier month or year with no date ("Last year, X was shot dead", "Two years ago, ..."):
# another time than the incident's (`same_incident.names_its_one_dead_in_its_area`).
EARLIER_PERIOD_OPENING = r"^\W*(?:last (?:year|month)|(?:a|one|two|three|several) (?:years?|months?) (?:ago|earlier))\b"
# A sentence that opens by saying what the incident came after or amid ("The explosion comes after the president
# threatened ...", "This came days after ..."): what it tells is the cause or the context (what it came amid, the group
# `within`, only when it gives no day and no act of its own after its comma, `markers.told_as_cause`: "This comes amid
# a campaign in which forces also detained X on Monday", "..., which also detained X").
# (The incident's toll told again in a relative clause after the subject, the group `recap`, is no toll of what it came
# after: "The attack, which killed two fighters, came days after Turkish drones struck ...".)
COMES_AFTER_OPENING = (r"^\W*(?:(?:[\w'’-]+\s+){0,3}?|(?:[\w'’-]+\s+){0,2}[\w'’-]+(?P<recap>,\s*which\s+[^,.]{1,60},)\s+)"
                       r"(?:comes?|came)\s+(?:[\w-]+\s+){0,3}?(?:after|(?P<within>amid|as\s+part\s+of))\b")
# The word for a town or a village before the one place of what an incident came within ("came as part of a campaign of
# raids in the town of X"): the incident's place when nothing else gives one (`markers.places_within`).
WITHIN_PLACE_WORD = r"\b(?:town|village|city|neighbou?rhood|camp)\s+of\b"
# Right before an event word, a word of a campaign or a series that speaks of acts in general ("a campaign of raids",
# "a wave of killings", "ongoing arrests") or of an accusation ("residents accuse it of arresting civilians"): no
# incident of its own.
GENERIC_ACTS_BEFORE = (r"\b(?:campaigns?|waves?|series|string|spate|spike|surge|rise|escalation)\s+of\s+(?:[\w-]+\s+)?$"
                       r"|\b(?:ongoing|continued|continuing|recurring|frequent)\s+$"
                       r"|\baccus\w*\s+(?:[\w-]+\s+){0,2}?of\s+$")
# The pluperfect opening a sentence ("Forces had arrested ...", "A bombing had hit ...") and a day of a past month
# ("on 4 February last year", "last August 4").
PLUPERFECT_OPENING = r"^[^.]{0,60}?\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b"
PAST_MONTH_DATE = r"^last\s|\blast\s+(?:year|month)$"

# Words opening an aside ("It is noteworthy that ..."): background unless the aside is a detail of the
# incident (a list of the dead, a new toll).
ASIDE = (r"it is (?:noteworthy|worth (?:noting|mentioning)|notable)|notably|of note",)

UNKNOWN_PERPETRATOR = (r"unknown (?:gunmen|assailants|attackers|persons?)|unidentified (?:gunmen|\w+)",)

# After a definite event noun, these make it a back-reference: "The fighting erupted after ...".
BACK_REFERENCE = r"\s+(?:\w+\s+)?(?:erupted|began|broke out|started|came|followed|was triggered)\s+(?:\w+\s+)?(?:after|when|because|following)\b"
# After a definite event noun, a verb of taking place says where or when the incident reported before happened:
# "The bombing happened near the X junction", "the attack took place at dawn" (a detail, no incident of its own).
TOOK_PLACE = r"\s+(?:happened|took\s+place|occurred)\b"

DENIAL = (r"denied|denies|rumou?rs?|claims? that|falsely",)

# A past participle right after these nouns is a state, not an event: "families of people detained since 2011".
STATE_NOUNS = r"(?:people|persons|those|individuals|relatives|men|women|prisoners|detainees|civilians|others)"

# An object right after that past form makes it an active verb ("Unknown individuals executed a civilian"), not a state.
ACTIVE_OBJECT = r"\s+(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b"

AMONG_DEAD = (r"among the dead|the dead include|the dead included|among those killed|among the victims",)

AMONG_HURT = (r"among the (?:injured|wounded)|the (?:injured|wounded) include(?:d)?",)

# The nouns of an incident. After "the" they name an incident already reported, in two rules: before a
# sentence's casualty word (INCIDENT_AGAIN: "the blast killed ...") the sentence is about the incident before
# it, whatever other place it names; and a sentence that names victims "in the attack" (INCIDENT_REFERENCE in
# people.py) continues that incident.
INCIDENT_NOUNS = ("attack", "ambush", "blast", "explosion", "bombing", "shooting", "strike", "raid", "incident",
                  "assault")

INCIDENT_NOUN_PATTERN = "(?:" + "|".join(INCIDENT_NOUNS) + ")"

INCIDENT_AGAIN = ("the " + INCIDENT_NOUN_PATTERN,)

DETAIL = AMONG_DEAD + (r"the wounded|death toll|toll rose|the victims",)

# No English detail cue is a mere speech verb (see lang/ar/events.py): a list that never matches.
DETAIL_SPEECH = (r"(?!)",)

PERPETRATOR = (r"(?:by|from) (?:unknown |unidentified |masked )?gunmen|gunmen (?:opened|shot|killed|attacked)|unknown gunmen|unidentified gunmen",)

# A place name right after these is the name of a neighbourhood, not the town of that name.
NEIGHBOURHOOD_BEFORE = r"\bneighbou?rhood\s+of\s+$"

GOVERNORATE_BEFORE = r"\b(?:countryside|province|governorate) of\s+$"

# "east of Daraa" is outside the city; "in the east of Damascus" is inside it.
COUNTRYSIDE_BEFORE = r"\b(?<!the )(?:east|west|north|south) of\s+$"

GOVERNORATE_AFTER = r"^(?:'s)?\s+(?:countryside|province|governorate)\b"

# A nationality adjective names an actor before a force, weapon or person (Russian jets).
ACTOR_NOUN_AFTER_ADJECTIVE = (r"\s*(?:-\w+\s+)?(?:war)?(?:planes?|jets?|drones?|forces?|troops?|soldiers?|officers?|army"
                              r"|military|aircraft|artillery|strikes?|patrols?|advisers?|helicopters?|missiles?|rockets?"
                              r"|shells?|shelling|bombardment|raids?|airstrikes?|air strikes?)\b")

# An organization after these is the side of the dead: "members of X were killed".
VICTIM_SIDE_BEFORE = r"(?:members?|fighters?|soldiers?|troops|officers?|commanders?|leaders?|militants?|operatives?|elements?) of (?:the )?$"

# Aircraft seen flying, not striking ("drones were seen flying over", "the flight of warplanes over the town").
AIRCRAFT_FLIGHT = r"\b(?:flights? of|flying|flew|hover(?:ed|ing)?|circling|circled)\s+(?:\S+\s+){0,3}$"
AIRCRAFT_FLYING = r"\s+(?:(?:were|was|had been|have been)\s+)?(?:seen\s+)?(?:flying|flew|hover(?:ed|ing)?|circl(?:ed|ing))\b"

# An arrest sought, not made ("vowed to arrest those responsible", "a campaign aimed at arresting wanted men",
# "calls to arrest the killer", "demand that the perpetrators be arrested"): matched on the text before the arrest
# word.
ARREST_SOUGHT = (r"\b(?:to|vow(?:ed|s)? to|aim(?:ed|s)? at|calls? (?:for|to)|demand(?:ed|s)? (?:to|the)|in order to"
                 r"|attempt(?:ed|s)? to|seek(?:ing|s)? to|warrants? (?:for|to)|be)\s+(?:the\s+)?$")

# A weapon someone holds, not one used ("police arrested the killer, who had a hand grenade in his possession",
# "found in possession of a grenade", "carrying an explosive belt"): matched on the text before the weapon word.
WEAPON_HELD = r"\b(?:in (?:his|her|their) possession of|in possession of|possessing|carrying|was carrying|armed with)\s+(?:\S+\s+){0,2}$"

# A weapon used in a fight ("clashes in which mortars were used", "a ground attack under cover of artillery"): the
# fight is the event, the weapon its means (matched on the text before the weapon word).
WEAPON_IN_FIGHT = r"\b(?:under (?:the )?cover of|covered by|in which|during which)\s+(?:\S+\s+){0,3}$"

# The act done to "him" or "them", the victim told before ("Two gunmen shot him near his shop late on Sunday"): the
# act the incident's victim died of, told again.
PRONOUN_VICTIM = r"\b(?:shot|opened fire on|fired at|attacked|stabbed|targeted|ambushed|abducted|kidnapped)\s+(?:him|her|them)\b"

# Right before a weapon: it backed the forces that acted, it did not strike ("SDF fighters, backed by coalition
# helicopters, detained two men": an arrest, not an air strike).
WEAPON_IN_SUPPORT = r"\b(?:backed|supported|assisted|escorted)\s+by\s+(?:[\w'-]+\s+){0,3}$|\bair\s+support\s+from\s+(?:\S+\s+){0,3}$"

# A sentence that opens with the dead or the wounded taken somewhere ("The wounded were taken to a hospital in
# X"): more of the incident before it, wherever the hospital is.
TAKEN_AWAY_OPENING = (r"^\W*(?:the\s+)?(?:\w+\s+){0,2}?(?:bod(?:y|ies)|wounded|injured|casualties|victims)\s+"
                      r"(?:\w+\s+){0,3}?(?:was|were|have been|had been)\s+(?:taken|transferred|transported|rushed|evacuated)")

# The means of a death as an act of the sentence's own at another town (Arabic «بقصف مدفعي على قرية X»): English tells
# them too many ways ("in shelling on", "by a shell that hit") for one pattern; none is read.
OWN_ACT_MEANS = r"(?!)"
DEAD_TOLD_BEFORE = r"(?!)"

# A span of time after an act of the victim's past ("found dead two days after his abduction"): matched on the text
# before the act word.
DAYS_AFTER_BEFORE = r"\b(?:hours?|days?|weeks?|months?|years?|a\s+(?:day|week|month|year))\s+after\s+(?:his|her|their)\s+$"
