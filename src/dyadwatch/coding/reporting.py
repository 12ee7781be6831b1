"""Verbs of saying: one list for every rule that asks whether a clause is reported speech.

Reported speech matters to several stages of coding (who is a side of a group, whether
'said it would' announces a decision, whether a past perfect is the speaker's simple
past); one list keeps them from disagreeing about what counts as saying.
"""

from __future__ import annotations

REPORTING_VERBS = frozenset({
    "say", "tell", "state", "announce", "add", "report", "note", "confirm", "claim", "insist",
    "stress", "explain", "write", "declare", "disclose", "reveal", "inform",
})
