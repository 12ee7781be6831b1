"""Parties a meeting reaches that the trigger's own clause leaves unnamed.

A host is often named in a clause of its own ('Borrell, who hosted the meeting, said the
two sides had agreed'), its guests in the clause that tells what they did. (Messages
received are in messages.py.)
"""

from __future__ import annotations

from spacy.tokens import Span

from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.clauses import SUBJECTS
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

# what the guests of a hosted meeting are said to have done there
# lexicon clause_words "guest_deeds"


def hosted_guests(found: Found, actors: list[ActorPhrase], sent: Span,
                  host_codes: set[str]) -> list[Actor]:
    """'X, who hosted the meeting, said the two sides had agreed': with no guest beside the
    host, the guests are the parties the sentence says met or agreed, once there are at
    least two of them; a host met each of them."""
    if found.entry.type != "CONSULT" or not any(
            a.lemma_.lower() == "host" for a in role_rules.trigger_anchors(found)):
        return []
    deeds = clause_words("guest_deeds")
    subjects = {c.i for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in deeds
                for c in t.children if c.dep_ in SUBJECTS}
    subjects |= {c.i for t in sent if t.i in subjects for c in t.children if c.dep_ == "conj"}
    guests: dict[str, Actor] = {}
    for actor in actors:
        if actor.head in subjects and actor.actor.code not in host_codes:
            guests.setdefault(actor.actor.code, actor.actor)
    return list(guests.values()) if len(guests) >= 2 else []
