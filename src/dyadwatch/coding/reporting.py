"""Verbs of saying: one list for every rule that asks whether a clause is reported speech.

Reported speech matters to several stages of coding (who is a side of a group, whether
'said it would' announces a decision, whether a past perfect is the speaker's simple
past); one list keeps them from disagreeing about what counts as saying. The list is
knowledge data (`reporting_verbs` in lexicon.json, extended by any user knowledge file
that has such a list), so an analyst can add a verb of saying their sources use
('maintain', 'assert') without touching code. Rules that are handed the knowledge base
read `kb.reporting_verbs`; the others call `reporting_verbs()` at use time, which reads the
knowledge base coding the document (see clause_words.words_from), never a list frozen at import.
"""

from __future__ import annotations

from dyadwatch.coding.clause_words import active_kb
from dyadwatch.knowledge import KnowledgeBase


def reporting_verbs(kb: KnowledgeBase | None = None) -> frozenset[str]:
    """The lemmas of the verbs of saying in a knowledge base, by default the one coding
    now (the shipped one outside coding)."""
    return (kb if kb is not None else active_kb()).reporting_verbs
