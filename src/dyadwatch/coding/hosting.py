"""Which side of a meeting is at home when the host is the one the clause names.

News prose tells a visit from the host's side as often as from the guest's: 'Erdogan
received the Somali president', 'Lavrov hosted his Iranian counterpart'. The guest
travelled; the host stayed. Annotators (and the passive 'was received by', which
meeting_pairs already reads) name the guest first, as the one who visited, so the active
subject of a hosting verb is the home side of the meeting's pairs, and what a received
guest conveys ('who conveyed the greetings of his president') goes to that host.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.anchors import trigger_anchors
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

_PASSIVE = ("auxpass", "nsubjpass")


def _hosting_verb(token: Token) -> bool:
    """An active verb of receiving a guest: the lexicon's list, with a subject and a
    direct object of its own and no passive marker ('was received by' is read elsewhere).
    What is received must be a visitor: 'received a phone call from Erdogan' or 'received
    a letter from' is a message, whose sender stays first."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in clause_words("active_hosting_verbs"):
        return False
    deps = {c.dep_ for c in token.children}
    things = clause_words("received_things")
    if any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in things for c in token.children):
        return False
    return "nsubj" in deps and bool(deps & {"dobj", "obj"}) and not deps & set(_PASSIVE)


def active_host_side(found: Found, sources: list[Actor]) -> set[str]:
    """The codes of the subject of 'X received/hosted Y' in a meeting: X is at home, so
    every pair it forms names the other party (the guest) first."""
    if found.entry.type != "CONSULT" or not sources:
        return set()
    if not any(_hosting_verb(a) for a in trigger_anchors(found)):
        return set()
    return {s.code for s in sources}


def guest_message_host(found: Found, actors: list[ActorPhrase], sender: str) -> Actor | None:
    """'Orban received the Kazakh minister, who conveyed the greetings of Tokayev': what a
    received guest brings goes to the host who received him, the subject of 'received',
    even when the message names only its author (of the guest's own side)."""
    verb = found.token.head if found.token.dep_ in ("dobj", "obj") else found.token
    if verb.dep_ != "relcl":
        return None
    guest = verb.head
    for _ in range(3):  # 'the Minister of Foreign Affairs of Turkey Hakan Fidan, who'
        if guest.dep_ not in ("pobj", "prep", "appos", "compound"):
            break
        guest = guest.head
    if guest.dep_ not in ("dobj", "obj") or not _hosting_verb(guest.head):
        return None
    hosts = {c.i for c in guest.head.children if c.dep_ == "nsubj"}
    return next((a.actor for a in actors if a.head in hosts and a.actor.code != sender), None)
