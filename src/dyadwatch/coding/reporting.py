"""Verbs of saying: one list for every rule that asks whether a clause is reported speech.

Reported speech matters to several stages of coding (who is a side of a group, whether
'said it would' announces a decision, whether a past perfect is the speaker's simple
past); one list keeps them from disagreeing about what counts as saying. The list is
knowledge data (`reporting_verbs` in lexicon.json, extended by any user knowledge file
that has such a list), so an analyst can add a verb of saying their sources use
('maintain', 'assert') without touching code. Rules that are handed the knowledge base
read `kb.reporting_verbs`; `REPORTING_VERBS` is the shipped list, for rules that are not.
"""

from __future__ import annotations

from dyadwatch.knowledge import KnowledgeBase, load


def reporting_verbs(kb: KnowledgeBase | None = None) -> frozenset[str]:
    """The lemmas of the verbs of saying in a knowledge base, by default the shipped one."""
    return (kb if kb is not None else load()).reporting_verbs


# the name the coder's modules import; read once, when the package is loaded
REPORTING_VERBS = reporting_verbs()
