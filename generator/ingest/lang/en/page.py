"""English: what a saved page carries around an article: breaking-news markers, boilerplate, publication and credit lines."""

from __future__ import annotations

# Lines that mark breaking news (compared case-folded, punctuation removed).
# A marker may also open the title line: "BREAKING: title".
BREAKING_MARKERS = frozenset({"breaking", "breaking news", "urgent", "exclusive"})

# A line that starts the trailing boilerplate: it and everything after it are dropped.
TRAILING_BOILERPLATE = frozenset({
    "related news", "related", "related articles", "read also", "read more",
    "see also", "share this article", "share", "more news", "follow us", "most read", "most popular", "most viewed",
})

# A line of a page wrapped by hand that ends with a comma or with a word that ends no English sentence goes on at the
# next line (`extract/sentences.py`; Latin-script lines of any article).
LINE_GOES_ON = r"(?:,|\b(?:and|or|of|the|to|in|by|with|from))$"

# Words of a page's header line that says when it was published (ingest/published.py),
# lower case; matched as substrings of a header line only.
PUBLICATION_CUES: tuple[str, ...] = ("published", "posted", "updated", "date:")

# Labels before a credit ("By our correspondent").
CREDIT_LABELS = ("by ", "source:", "credit:")

# Labels of a byline ("Reporting by ...; Editing by ..."): the piece's
# reporter or editor, not a person of the report. Folded (ingest/article.py `_folded_line`).
BYLINE_LABELS: tuple[str, ...] = ("by", "reporting by", "additional reporting by", "editing by", "edited by",
                                  "written by", "writing by", "compiled by", "translated by",
                                  # a label with a colon ("Editing: X |", "Translation: Y")
                                  "editing:", "editor:", "reporting:", "reporter:", "writing:", "translation:",
                                  "translated:")

# A line that opens a block of summary bullets before the article ("Summary" then "- ..."): the
# bullets repeat the article, so they leave the body extraction reads. Folded.
SUMMARY_LABELS = frozenset({"summary", "key points", "in brief", "listen to the summary"})

# What opens a wire photo's caption saved with the page ("FILE - Smoke rises over ..., Friday, Aug. 29, 2014."), or
# an image's description ("Image of Two security personnel killed ..."): an old photo's scene and date, or the
# headline again, never an incident of the report (matched at a sentence's start, any case).
CAPTION_OPENING = r"\s*(?:(?:file(?:\s+photo)?|archive(?:\s+photo)?)\s*[-–—:|]\s|(?:image|photo|picture)\s+of\s)"

# A line that holds only names, one or two joined by "/" ("X Y", "A B/C D"), or a photo credit ("Photo by X/
# Agency"): the writer or the photographer, no person of the report (session 15). A list line has a bullet or a number
# instead, or a header line ending with a colon before it.
BYLINE_LINE = r"[A-Z][\w'’-]+(?: (?:al-|Al-)?[A-Z][\w'’-]+){1,3}(?:\s*/\s*[A-Z][\w'’-]+(?: (?:al-|Al-)?[A-Z][\w'’-]+){1,3})?"
PHOTO_CREDIT_BEFORE = r"\b(?:[Pp]hoto|[Ii]mage|[Pp]icture)s?\s+(?:by|credit:?)\s+$"

# Words of an event that make a short line of dashed parts a headline, not a credit line (found anywhere in it).
CREDIT_LINE_NOT = ("kill", "dead", "death", "wound", "injur", "attack", "strike", "shell", "explo", "clash", "arrest",
                   "kidnap", "abduct", "bomb", "blast", "ambush", "body", "bodies")
