"""Which coding stage fails on a sentence that yielded no event of an expected pair.

Error analysis needs more than 'nothing came out': a missing actor is fixed in the
actor tables, a missing trigger in the lexicon, and a dropped one in the role or
modality rules. The sentence is read again with the same components the coder uses.
"""

from __future__ import annotations

from spacy.language import Language

from dyadwatch.coding.actors import find_actors
from dyadwatch.coding.clause_words import words_from
from dyadwatch.coding.modality import modality
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase


def failing_stage(kb: KnowledgeBase, nlp: Language, text: str, pair: set[str],
                  types: set[str]) -> str:
    """'no actor: X' when a party of the pair is not found in the line, 'no trigger' when
    no trigger of an expected type is, 'modality' when every such trigger was judged
    negated or hypothetical, else 'roles' (both parties and a trigger, never joined)."""
    with words_from(kb):  # the word lists of the knowledge base the coder used
        doc = nlp(text)
        found: set[str] = set()
        triggers = []
        for sent in doc.sents:
            found |= {a.actor.code for a in find_actors(kb, sent, None, {})}
            triggers += [f for f in find_triggers(kb, sent) if f.entry.type in types]
        missing = sorted(pair - found)
        if missing:
            return "no actor: " + ", ".join(missing)
        if not triggers:
            return "no trigger"
        if all(modality(f.token, f.token.sent, f.entry.type) in ("negated", "hypothetical")
               for f in triggers):
            return "modality"
        return "roles"
