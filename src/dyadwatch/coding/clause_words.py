"""Word lists that trigger checks consult, kept as data in lexicon.json ('clause_words').

Which nouns name a deed one can be blamed for, which name a commitment one can break,
which words make a response a reprisal: these are facts of the language and the domain,
not of the code, and an analyst should be able to read and extend them beside the
triggers they qualify. Lists hold lemmas; rules match a word's lemma (and, where a
list says so in its rule, its surface form).
"""

from __future__ import annotations

import json
from functools import lru_cache

from dyadwatch.errors import KnowledgeError
from dyadwatch.knowledge import DATA_DIR


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = json.loads((DATA_DIR / "lexicon.json").read_text(encoding="utf-8"))
    lists = data.get("clause_words", {})
    if not isinstance(lists, dict):
        raise KnowledgeError("'clause_words' in lexicon.json must map names to word lists")
    return {str(k): frozenset(str(w).lower() for w in v) for k, v in lists.items()}


def clause_words(name: str) -> frozenset[str]:
    """One named list; a missing name is a broken lexicon, not an empty list."""
    try:
        return _lists()[name]
    except KeyError as exc:
        raise KnowledgeError(f"lexicon.json has no clause_words list '{name}'") from exc
