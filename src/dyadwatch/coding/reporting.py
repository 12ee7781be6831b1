"""Verbs of saying: one list for every rule that asks whether a clause is reported speech.

Reported speech matters to several stages of coding (who is a side of a group, whether
'said it would' announces a decision, whether a past perfect is the speaker's simple
past); one list keeps them from disagreeing about what counts as saying. The list is
knowledge data (`reporting_verbs` in lexicon.json), so an analyst can add a verb of
saying their sources use ('maintain', 'assert') without touching code.
"""

from __future__ import annotations

import json
from functools import lru_cache

from dyadwatch.knowledge import DATA_DIR

LEXICON = DATA_DIR / "lexicon.json"


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """The lemmas of the shipped lexicon's verbs of saying."""
    words = json.loads(LEXICON.read_text(encoding="utf-8")).get("reporting_verbs", [])
    return frozenset(str(w).lower() for w in words)


# the name the coder's modules import; read once, when the package is loaded
REPORTING_VERBS = reporting_verbs()
