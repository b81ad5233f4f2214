"""English: statistics and tallies (totals over a period, tolls of many incidents) and incidents spoken of
in general: sentences that make no incident."""

from __future__ import annotations

# Fighting that goes on over days and places: "the toll of the clashes rose to N: A civilians, B
# fighters and C members of X" is a monitor's running tally, not the toll of one incident.
ONGOING_FIGHTING = (r"clashes|fighting|battles",)

# Words that speak of incidents in general, as recurring ("Bombings of wedding halls have become frequent
# in the Daraa countryside"): a sentence with one and no day of its own is background.
RECURRING = (r"recurr\w*|frequent(?:ly)?|repeated(?:ly)?|increasing(?:ly)?|a (?:spate|series|wave) of"
             # a habit, not an occurrence: "shell villages almost daily", "on a daily basis"
             r"|(?:almost|nearly) (?:daily|every day)|on an? (?:almost )?daily basis"
             # a pattern, not an occurrence: "the region is seeing systematic drone attacks"
             r"|systematic(?:ally)?"
             # going on ("cells continue to launch ambushes")
             r"|continu(?:e|es|ed|ing) to (?:launch|carry out|target|attack|shell|exploit|kill|strike)"
             # spread ("Kidnapping for ransom has spread along the highway in recent years"; not "in recent years"
             # alone, which may date a victim's past: "a commander who had settled his status in recent years")
             r"|(?:has|have) spread"
             # one of many ("the incident is part of a growing number of similar explosions")
             r"|(?:growing|rising) number of|similar (?:explosions|incidents|attacks|killings|bombings)",)

# A trend of incidents named before the first event word ("The province is witnessing a spike in assassinations"):
# with no day of its own the sentence speaks of incidents in general. After the event word it is the incident's
# backdrop ("A soldier was killed ... amid a surge in attacks"), and the incident stays.
TREND = (r"(?:spike|surge|rise|increase|escalation|upsurge|uptick) in",)

# The month or year of the date before ("in the same month", "later that year"): a period, so with no day of its
# own the sentence is background or a tally, like one dated by a month.
SAME_PERIOD = (r"\b(?:the same|that) (?:month|year)\b",)

# Many incidents named as one ("Damascus has witnessed many explosions since ..."): with no day and no toll of
# its own the sentence speaks of incidents in general.
MANY_INCIDENTS = (r"\b(?:many|numerous|dozens of|scores of|a number of)",)

# A person's state since a year ("a young man detained since 2020", "who defected from the army in 2012 and had been
# missing since 2013"): the span describes the person, it counts no tally.
PERSON_SINCE = (r"\b(?:(?:who|which)\s+(?:(?:has|had|have)\s+been|was|is)\s+|(?:man|woman|boy|girl|youth|activist"
                r"|journalist|doctor|detainee|prisoner|defector|officer|soldier|fighter|commander|resident|father|son"
                r"|brother),?\s+"
                # ... after a person's name of two words and a comma ("the body of Ahmad al-Hassan, detained since
                # 2019,"; not a place's: "the prison of Sednaya, held since 2011")
                r"|(?-i:[A-Z][\w'’]+\s+(?:(?:al|el|abu|bin|ibn)-)?[A-Z][\w'’-]+),\s+(?=(?:detained|missing|disappeared"
                r"|abducted|kidnapped|imprisoned|jailed|arrested)\b))"
                # one person's, after the person's noun or "who had been": not a count's ("displaced thousands since 2023")
                r"(?:detained|missing|disappeared|abducted|kidnapped|imprisoned|jailed|held|displaced|wanted|living"
                r"|residing)\b(?:\s+\S+){0,4}?\s+since\s+(?:\w+\s+)?(?:19|20)\d\d\b",)

# A tally's opener that needs no comma before it (Arabic's «لتضاف», «ليرتفع»): English puts a comma or "and".
TALLY_TAIL_BARE = r"(?!)"

# Right after a comma, what opens the tally an incident's sentence ends on ("..., bringing the number killed in the province
# since the start of the month to 23", "..., the 18th killing in the city this month"): with a span of statistics or a
# period in it, the rest of the sentence is that tally (`tallies.tally_tails`).
TALLY_TAIL = (r"\b(?:bringing|raising|taking|pushing)\b", r"\band\s+(?=(?:in|since|during|over|so far)\b)",
              r";\s*(?:in|since|during|over|so far)\b",   # "...; in the week alone, four were killed"
              r"\bthe\s+(?:number|toll|death\s+toll|tally|count)\s+of\s+(?:people\s+|civilians\s+|those\s+)?(?:killed|dead"
              r"|victims|wounded|injured|detained|arrested)\b",
              r"\b(?:the|this|marking the|in what is the)\s+(?:\w+\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth"
              r"|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth)\s+(?:such\s+)?(?:killing|death|attack|incident"
              r"|assassination|victim|person|case)\b")

# What "documented" (counted with STATISTICS) documents when it is one person's death, wound or arrest ("SNHR
# documented the killing of a young man", "... of Mohammad al-Zoubi"): one incident, no tally.
DOCUMENTED_ONE_AFTER = (r"^\s+(?:the\s+)?(?:killing|death|murder|assassination|execution|injury|wounding|arrest|detention)"
                        r"\s+of\s+(?:(?:a|an|one)\s+(?:young\s+|elderly\s+|local\s+)?(?:man|woman|child|boy|girl|civilian"
                        r"|youth|teenager|farmer|shepherd|doctor|nurse|journalist|activist|fighter|member|soldier|detainee)\b"
                        # or a person by name ("documented the killing of Mohammad al-Zoubi")
                        r"|(?-i:[A-Z][\w'-]+(?:\s+(?:(?:al|el|Abu|bin)[- ])?[A-Z][\w'-]+){1,3})\b)"
                        # ... or the names of an incident's dead ("documented the names of the victims of the bombing")
                        r"|^\s+the\s+names\s+of\s+(?:the\s+)?(?:dead|victims|those\s+killed|martyrs|wounded)\b")

# An incident named by a noun that is no trigger word of its own ("documented the death of four members ... in an attack
# by ISIS cells on their checkpoint in Dhiban"): a documenting verb's toll is that incident's (`tallies._documents_incident`).
INCIDENT_NOUN = (r"\bin\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|ambush|explosion|blast|bombing|strike|airstrike|shelling"
                 r"|clash(?:es)?|raid)\b")

STATISTICS = (
    r"since the (?:start|beginning) of (?:the|this) (?:year|month)|so far this (?:year|month)|statistics"
    r"|documented|this year alone|in total|since january|since the start of 20\d\d"
    r"|since the (?:start|beginning|outbreak) of the (?:\w+ )?(?:season|war|conflict|campaign|revolution|offensive)",
    # the dead counted from the start of an escalation, the span in the phrase of their count ("more than 300 people
    # have been killed in Sweida since the start of the escalation"; not "the second civilian killed in the
    # neighbourhood since the start of the escalation", with no digits, nor after a comma)
    r"\d[\d,]*\s+(?:[^\s,.;]+\s+){0,6}?since the (?:start|beginning) of the (?:escalation|military operation|events)\b",
    # the dead of a year so far, told in the present perfect ("At least 62 prisoners, mostly Alawites from Homs, have
    # died in Syrian prisons this year"), a few words between, none an incident's article, a superlative, a day or a
    # figure (not "7 people have been killed in a car bomb blast in Azaz on Monday, the second bombing ... this year",
    # "... in the deadliest attack ... this year", "in an IS ambush", "last night", "on 12 March")
    r"\d[\d,]*\s+(?:[^\s.;]+\s+){0,8}?(?:have|has)\s+(?:died|been\s+killed)"
    r"(?:\s+(?!(?:a|an|last|tonight|yesterday|today|morning|evening|night|\w+est|\w+day|\d\S*)\b)[\w'’-]+){0,6}"
    r"\s+this\s+year\b",
    # a span from a start that is no time of the day ("since the beginning of 2024", "since early 2024", "since March
    # 2011", "since the fall of the regime")
    r"since (?:the )?(?:start|beginning) of 20\d\d|since (?:early|mid|late)[- ]20\d\d|since 20\d\d"
    r"|since (?:february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|since the (?:fall|collapse|ouster|toppling|downfall) of",
    # one period's share of a tally ("last week alone", "in May alone", "this year alone")
    r"(?:week|month|year|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:19|20)\d\d) alone\b",
    # a whole period ("throughout 2023", "in the first half of the year", "so far in 2024", "year to date")
    r"throughout (?:20\d\d|the (?:year|month))|in the first (?:half|quarter|third|(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven) months) of|so far in 20\d\d|year[- ]to[- ]date",
    # a monthly or yearly count ("its monthly report", "the toll for the month of August")
    r"(?:monthly|weekly|annual|yearly|quarterly|semi-annual|half-yearly) (?:report|toll|tally|statistics|death toll|count)"
    r"|toll for the (?:month|year|week) of",
    # the count of the dead under torture or in the prisons of a side ("the number of those who died under torture in
    # the regime's prisons rose to 184"; not of the detainees held there)
    r"(?:number|toll|count)\s+of\s+(?:\S+\s+){0,3}?(?:died|killed|dead|deaths|victims|fatalities)\s+(?:\S+\s+){0,3}?"
    r"(?:under torture|of torture|in (?:\S+\s+){0,2}?(?:prisons|jails|detention cent(?:er|re)s))",
)

# A superlative before a span of statistics ("the deadliest assault since the fall of the regime", "the first such
# attack since the start of the year"): the span compares the incident with the others, it is no tally.
SUPERLATIVE_BEFORE = r"\b(?:deadliest|bloodiest|worst|largest|biggest|heaviest|fiercest|highest|most|first)\b"

# Right before a date: the verb of a source that spoke that day ("the League said Tuesday", "reported on Monday").
SPEECH_DAY_BEFORE = (r"\b(?:said|says|reported|announced|stated|added|documented|confirmed|statement|interview|briefing"
                     r"|told\s+(?:[\w'’-]+\s+){1,4}?)\s*(?:on\s+)?$")

# Right after a date: the verb of the source that spoke that day ("The monitor on Thursday said a strike yesterday
# killed ..."), the date said between the source and its verb.
SPEECH_DAY_AFTER = (r"\s*,?\s*(?:said|says|reported|announced|stated|confirmed|documented|revealed|released"
                    r"|identified)\b")

# Places in the plural ("strikes on towns and villages of Idlib"): what a monitor documents there is the toll of several
# incidents, not of one.
SEVERAL_PLACES = r"\b(?:towns|villages|cities|areas|neighbou?rhoods)\b"

# Between the day a source spoke and a later date: words that open a clause of an earlier happening ("who had been
# abducted by gunmen on Saturday", "after his release on Friday"): that date is not the incident's.
EARLIER_CLAUSE = r"\b(?:had|who|which|after|since)\b"

# A span of days, weeks or months ("During the past week, nine people were killed") or incidents counted in digits
# ("25 assassination attempts", "63 killings"): in a sentence without a day of its own, a tally of many incidents
# (with one, the incident's: "the third such attack in the past week").
TALLY = (r"(?:during|over|in|within) the (?:past|last|previous) (?:\w+ )?(?:days|weeks?|months?|years?)"
         # a count of days ("594 killed in four days of clashes"): several days' dead
         r"|(?:during|over|in|within) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months)\b"
         r"|\d+ (?:\w+ )?(?:attacks|incidents|killings|assassinations|attempts|operations|murders|crimes|bombings)"
         # fights counted ("62 tribal infightings that left 30 dead"; the singular too, as reports write it); not a year
         # ("the 2023 clashes"), a toll ("killed 2 in clashes") nor the few fights a toll was told in ("five were killed
         # in 2 clashes", an incident's)
         r"|(?<!\bin )\b(?!(?:19|20)\d\d\b)\d+ (?:(?!in\b|during\b|of\b|after\b)\w+ )?(?:infightings?|clashes|fights"
         r"|feuds)\b"
         # the incidents counted before, named again ("the toll of the aforementioned attacks")
         r"|(?:aforementioned|above-mentioned|abovementioned|said) (?:attacks|incidents|operations|killings|bombings)",)

# A sub-heading inside the body that opens the background ("Background and Context", "Previous attacks"): the
# undated sentences under it tell earlier incidents, until the next sub-heading.
BACKGROUND_HEADING = (r"background|context|previous|earlier|history|recurring|repeated",)

# "At that time" ("Activists said at the time that ..."): a sentence with one and no day of its own tells more of
# the sentence before; after a background sentence it is background too.
THEN = (r"at the time|at that time|back then",)

# A sentence that goes on with the tally before it ("In addition, 416 fighters were killed in the same areas",
# "Also, four soldiers were killed"): with no day of its own it is more of that tally.
TALLY_GOES_ON = (r"^\s*(?:In addition|Additionally|Also|Besides|Moreover)\b"
                 # its source going on ("The office added that among the dead were ..."): more of what it counted
                 r"|^\s*(?:It|(?:The\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:added|noted|pointed out|went on to say|explained)"
                 r"\s+(?:that\b|,)")

# The number the tally before counted ("The number of civilians killed reached 145"): more of that tally, unless
# the sentence names one incident again (extract/tallies.py, goes_on_with_tally).
TALLY_NUMBER_GOES_ON = (r"^\s*(?:The|This) (?:number|total) of (?:[\w-]+ ){0,4}?(?:reached|stood at|was)\b")

# Strikes counted in times ("has struck Syria 109 times"): with a span they are counted over ("since the start of
# the war"), a tally of many incidents.
TIMES_COUNTED = (r"\d+ times",)

# The incidents a tally counted, named again by a demonstrative ("those strikes killed 287"): right after the tally,
# more of it.
TALLY_REFERENCE = (r"(?:these|those) (?:strikes|raids|attacks|operations|bombings|assaults|assassinations|killings)",)

# A span a running toll is counted over ("The toll from such attacks this month has risen to 45"): with "the
# toll rose to" it makes a tally.
TALLY_SPAN = (r"since|this (?:week|month|year)|so far",)

# The source of the sentence before going on ("It added that another blast ..."): after a background sentence,
# with no day of its own, it tells more of that earlier incident (matched at the sentence's start; "The sources
# added" names a source, maybe another).
SPEECH_GOES_ON = r"^\s*(?:he|she|it)\s+(?:added|went on to say)\b"

# What an earlier date is told with ("the deadliest since March 2017, when 31 people were killed in ..."): the rest
# of the sentence after the background date tells that earlier incident (matched right after the date, as written).
WHEN_AFTER_BACKGROUND = r"(?:\s+\d{4})?\s*,\s*(?:when|as|in which)\b"

# A monitor's daily toll that lists its incidents after one verb ("Eight civilians were killed: six in shelling on
# the town of X, a man in an air strike on Y and a woman in Z").
LISTED_TOLL_OPENER = r":\s*|,\s*(?:namely|they are|they were)\s*:?\s*"
LISTED_TOLL_JOINER = r"\s*,\s*(?:and\s+)?|\s+and\s+"
LISTED_TOLL_ONE = (r"(?:a|an|one)\s+(?:[\w-]+\s+)?(?:man|woman|child|boy|girl|civilian|fighter|soldier|member|person"
                   r"|resident|farmer|shepherd)\b")

# A sentence that opens with "in X," ("In Hama, 43 people lost their lives") or with a place's name and a colon
# ("Tartus: Ten murder crimes left eight men dead"): after a statistics sentence that opens the same way ("In Homs
# province alone, 76 people were killed", "Hama: 12 murder crimes ..."), with no day of its own, the next place of the
# tally's breakdown.
PLACE_BREAKDOWN = (r"^\s*In\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]+\s*,"
                   r"|^\s*(?-i:[A-Z])[\w'’-]+(?:[\s-]+(?-i:[A-Z])[\w'’-]+){0,2}\s*:")
