"""`kb eval`: scoring extraction and incident merging against a gold corpus.

`gold` reads the corpus and its frozen dev/test split, `align` pairs an
article's predicted events with its gold events, `scores` and `clusters`
compute the figures, `run` runs the real ingester over the corpus.
"""
