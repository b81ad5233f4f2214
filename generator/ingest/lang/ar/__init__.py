"""Arabic: every word and pattern the ingester matches in Arabic text.

Entries are written in ordinary spelling; the matchers fold them
(`normalise.fold`), so hamza, alef and ta-marbuta variants need not be listed
twice, and let proclitics (و ف ب ل ك ال) stick to the first word. An entry
ending in `*` matches any ending (اشتباك* → اشتباكات); `~` stands for up to
eight words. Only words live here: the passes that use them are in
`generator/ingest/extract/` (the Arabic-only ones in `extract/arabic.py`),
`numbers/`, `dates/`, `lexicon.py`, `normalise.py` and `names.py`.
"""

# The topics of the language's words; callers read them as one namespace (`ar.MONTHS`).
from .page import *  # noqa: F403
from .numbers import *  # noqa: F403
from .dates import *  # noqa: F403
from .people import *  # noqa: F403
from .people_roles import *  # noqa: F403
from .people_lists import *  # noqa: F403
from .places import *  # noqa: F403
from .place_names import *  # noqa: F403
from .actors import *  # noqa: F403
from .events import *  # noqa: F403
from .sides import *  # noqa: F403
from .accidents import *  # noqa: F403
from .incident_links import *  # noqa: F403
from .tolls import *  # noqa: F403
from .protests import *  # noqa: F403
from .tallies import *  # noqa: F403
