"""Word lists that trigger checks consult, kept as data in lexicon.json ('clause_words').

Which nouns name a deed one can be blamed for, which name a commitment one can break,
which words make a response a reprisal: these are facts of the language and the domain,
not of the code, and an analyst should be able to read and extend them beside the
triggers they qualify. Lists hold lemmas; rules match a word's lemma (and, where a
list says so in its rule, its surface form).
"""

from __future__ import annotations

from dyadwatch.errors import KnowledgeError
from dyadwatch.knowledge import load


def clause_words(name: str) -> frozenset[str]:
    """One named list of the shipped knowledge (read once by the loader, not again here);
    a missing name is a broken lexicon, not an empty list."""
    try:
        return load().clause_words[name]
    except KeyError as exc:
        raise KnowledgeError(f"lexicon.json has no clause_words list '{name}'") from exc
