"""Arabic: protests, and the protests a killing sparked."""

from __future__ import annotations

# Protest words: with a kill, injure or shooting word in the clause the event is
# "excessive force against protesters", otherwise a peaceful protest. Burning tyres and a general strike are
# how a town protests a killing ("قطع الأهالي الطرقات وأشعلوا الإطارات، ودعت فعاليات إلى إضراب عام").
PROTEST = ("متظاهر*", "محتج*", "تظاهر*", "احتجاج*", "مظاهر*", "وقف* احتجاجي*", "أشعل* الإطارات", "حرق الإطارات",
           "إضراب* عام*", "الإضراب العام")

# What a killing set off ("قُتل شابان ...، ما أثار موجة احتجاجات"): a protest word after one of these, in a sentence
# that tells the killing before it, is what followed the killing, not its type (matched on the text as written,
# right before the protest word).
SPARKED = r"(?:[مب]?ما\s+)?(?:أثار|اثار|أثارت|اثارت|أشعل|اشعل|أشعلت|اشعلت|فجر|فجّر|أدى\s+(?:إلى|الى))\s+(?:\S+\s+){0,3}$"
