"""Nationality adjectives written after their noun: 'the government malian', 'the head of the
transition malian', 'the Minister of the Foreign Affairs senegalese'.

Machine translations from French, Spanish, Portuguese or Italian keep those languages' order,
noun then adjective, and write the adjective in lower case ('le gouvernement malien'). The
party word lookup is case-sensitive and takes no lower-case word, so such an adjective is
read here, only right after a noun naming a state's office, body or force, and only where
it ends that noun phrase: 'ministers polish their speeches' is a verb, 'the army french
training' is not this order.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import Alias, KnowledgeBase

# words that may follow the adjective where it ends its noun phrase
_ENDING_TAGS = frozenset({"PUNCT", "ADP", "CCONJ", "VERB", "AUX", "SCONJ", "PART", "DET", "PRON"})


def postposed_adjective(kb: KnowledgeBase, token: Token) -> Alias | None:
    """The party of a lower-case nationality adjective that follows an office or body noun
    ('the spokesman of the government malian'), or None."""
    if not (token.is_lower and token.is_alpha) or token.i == 0 or \
            token.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None
    alias = kb.aliases.get(token.text.capitalize())
    if alias is None or alias.category != "adjective":
        return None
    before = token.doc[token.i - 1]
    if before.lower_ not in clause_words("postposed_heads") or before.pos_ not in ("NOUN", "PROPN"):
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and (after.pos_ not in _ENDING_TAGS or after.text in ("-", "–")):
        return None  # 'the government spanish-language channel' labels a noun
    return alias
