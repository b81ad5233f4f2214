"""What is the same in every language: the codes the word lists point at
(trigger classes, ACLED types and sub-types, roles, lexicon categories) and
patterns that need no words."""

from __future__ import annotations

# A short quoted stretch is a name (an outlet, a group, an operation): موقع "حوران اليوم".
QUOTED_NAME = r"[\"“«]([^\"“”«»\n]{2,40})[\"”»]"

QUOTED_NAME_MAX_WORDS = 4

# The mark that opens a line of a list: a number (either script) and what follows it ("1.", "2 -", "3)", "4 _"), or a
# bullet. Used in a regex character class.
LIST_NUMBER_ENDS = "-.)–_/"
LIST_BULLETS = "-–•*▪●"

# (pattern, class, type, sub_type). Classes, strongest first when a clause
# has several: "weapon" (the means decides the ACLED sub-type), "action"
# (what happened), "shoot" (gunfire at someone: an attack that need not have
# killed, so the people it names are no victims by it), "kill" / "injure" (a
# casualty without a stated means: the victim decides between attack and
# armed clash).

WEAPON, ACTION, SHOOT, KILL, INJURE = "weapon", "action", "shoot", "kill", "injure"

EXPLOSIONS = "explosions_remote_violence"

BATTLES = "battles"

VAC = "violence_against_civilians"

STRATEGIC = "strategic_developments"

PROTESTS = "protests"

# Weapon sub-types from the most telling to the least: "قصف نفذته طائرات مسيّرة" is a drone strike.
# A direct-fire weapon (an RPG, "قذيفة آر بي جي") makes a battle, and tells more than its shell word.
WEAPON_PRIORITY = ("suicide_bomb", "air_drone_strike", "remote_explosive_landmine_ied", "grenade",
                   "chemical_weapon", "armed_clash", "shelling_artillery_missile_attack")

# Lexicon organizations that are never an event's actor: outlets, monitors,
# civilians as a category, and "unknown gunmen" (README of the corpus: no organization).
NON_ACTOR_CATEGORIES = frozenset({"media", "monitor", "civilians"})

NON_ACTOR_IDS = frozenset({"unidentified-armed-group"})

# Lexicon organizations named by a word that describes people (المدني: "the civilian"): after a given name that word
# may be a family name (سامر المدني), as a place or a nationality adjective may.
DESCRIBING_CATEGORIES = frozenset({"civilians"})

# Roles of people from the words that govern them.
ROLE_OF_CLASS = {KILL: "killed", INJURE: "injured"}
# The role of the one said to have done it ("المتهم X", "the suspect, X,").
PERPETRATOR = "perpetrator"

# Territory taken back by a non-state group is coded as its overtaking territory.
REGAINS = "government_regains_territory"

NON_STATE_OVERTAKES = "non_state_actor_overtakes_territory"

STATE_CATEGORIES = frozenset({"state_forces"})

ARRESTS = "arrests"

# A bomb or mine made safe: the weapon named with it was not used (`extract/event_type.py`).
DISRUPTED = "disrupted_weapons_use"

ROLE_OF_SUB_TYPE = {ARRESTS: "detained", "abduction_forced_disappearance": "abducted"}

IMPLIED_STATE_FORCE = "syrian-arab-army"

SPONSOR_CATEGORIES = frozenset({"external_forces"})

# A stem shorter than this is not a word worth matching (avoids "و" + "ل" noise).
MIN_STEM_LENGTH = 2
