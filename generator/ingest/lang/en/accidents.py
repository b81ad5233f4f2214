"""English: accidents and deaths of no violence, which make no incident (`extract/clauses.is_accident`)."""

from __future__ import annotations

# An accident, no act of violence (ACLED records none): a road accident, a drowning, a gas cylinder or heater that blew
# up, a building that fell, a fire that broke out, an electric shock, a weapon that went off while cleaned.
ACCIDENT = (r"(?:traffic|road|car) (?:accident|crash|collision)|(?:car|bus|truck|vehicle|minibus) (?:overturned|crashed|collided)"
            r"|drown\w*|(?:gas cylinder|gas canister|heater|boiler) (?:explosion|exploded|blast)|(?:explosion|blast) of an? "
            r"(?:gas cylinder|gas canister|heater)|(?:building|house|wall|roof) collapsed?|collapse of (?:an?|the) "
            r"(?:building|house|wall|roof)|electrocut\w*|fire broke out|caught fire|while cleaning (?:his|her|a) "
            r"(?:weapon|gun|rifle)"
            # ... or a death by one's own hand, an illness or the cold
            r"|hanged (?:himself|herself)|took (?:his|her) own life|committed suicide|heart attack|froze to death",)

# Who acts in an accident's words makes them an act of violence ("tortured to death by electrocution", "gunmen set it
# alight", "a deliberate run-over"): the sentence stays an incident.
NOT_ACCIDENT = (r"gunm[ae]n|militants?|militia\w*|tortur\w*|deliberate\w*|intentional\w*"
                r"|set (?:it|him|her|them|the \w+) (?:alight|on fire)|threw|dumped|attackers?|assailants?",)
