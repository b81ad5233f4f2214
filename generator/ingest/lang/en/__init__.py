"""English: every word and pattern the ingester matches in English text.

Entries of the extractor's word lists are regular expressions matched
case-insensitively on word boundaries. Only words live here: the passes that
use them are in `generator/ingest/extract/` (the English-only ones in
`extract/english.py`), `numbers.py`, `dates/`, `lexicon.py`, `normalise.py`
and `names.py`. A list without a comment here is described beside its Arabic
counterpart of the same name in `ar.py`.
"""

# The topics of the language's words; callers read them as one namespace (`ar.MONTHS`).
from .page import *  # noqa: F403
from .numbers import *  # noqa: F403
from .dates import *  # noqa: F403
from .people import *  # noqa: F403
from .places import *  # noqa: F403
from .events import *  # noqa: F403
from .accidents import *  # noqa: F403
from .tolls import *  # noqa: F403
from .protests import *  # noqa: F403
from .tallies import *  # noqa: F403
