"""Who a message comes from and who it reaches, when the parse hangs both off the verb.

'X received a letter from Y': the subject of 'received' is where the letter went, though
a light verb's subject is otherwise the one who acts; 'a letter from Y accusing Z' speaks
for Y, who wrote it, not for whoever received it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyadwatch.coding.actors import ActorPhrase

RECEIVING_VERBS = {"receive", "get", "obtain"}
MESSAGE_NOUNS = {"letter", "message", "note", "statement", "communique", "complaint", "cable",
                 "memorandum"}


def receivers_apart(trigger: Token, sources: list[ActorPhrase], targets: list[ActorPhrase],
                    doc: Doc) -> tuple[list[ActorPhrase], list[ActorPhrase]]:
    """'X received a message from Y': X moves from the senders to the receivers, once the
    message names where it came from."""
    verb = trigger.head
    if trigger.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in RECEIVING_VERBS or \
            not _from_party(trigger, sources, doc):
        return sources, targets
    received = [a for a in sources if doc[a.head].dep_ == "nsubj" and doc[a.head].head == verb]
    return [a for a in sources if a not in received], targets + received


def message_author(trigger: Token, actors: list[ActorPhrase], doc: Doc) -> list[ActorPhrase]:
    """'a letter from Lima accusing Chile': the participle says what the letter says, so the
    party it came from is the one who accuses."""
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBG" or noun.lemma_.lower() not in MESSAGE_NOUNS:
        return []
    return _from_party(noun, actors, doc)


def _from_party(noun: Token, actors: list[ActorPhrase], doc: Doc) -> list[ActorPhrase]:
    """The party named in the noun's 'from' phrase."""
    origins = {g.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"}
    return [a for a in actors if a.head in origins or (doc[a.head].head.i in origins
            and doc[a.head].dep_ == "conj")][:1]
