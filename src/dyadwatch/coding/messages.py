"""Who a message comes from and who it reaches: the one home of 'received'.

'X received a letter from Y': the subject of 'received' is where the letter went, though
a light verb's subject is otherwise the one who acts; 'a letter from Y accusing Z' speaks
for Y, who wrote it, not for whoever received it. Roles move a named receiver from the
senders to the receivers (receivers_apart); where roles found no receiver ('it', 'he',
a subject the parse did not hang off the message), pairing asks receiving_subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

RECEIVING_VERBS = {"receive", "get", "obtain"}


def received_message(verb: Token) -> Token | None:
    """The message a receiving verb takes ('received a note from Minsk'): with it, 'receive'
    says a message arrived, not that a guest was welcomed."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                 and c.lemma_.lower() in clause_words("message_nouns")), None)


def receivers_apart(trigger: Token, sources: list[ActorPhrase], targets: list[ActorPhrase],
                    doc: Doc) -> tuple[list[ActorPhrase], list[ActorPhrase]]:
    """'X received a message from Y': X moves from the senders to the receivers, once the
    message names where it came from; the trigger is the message or the receiving verb."""
    if trigger.dep_ in ("dobj", "obj") and trigger.head.lemma_.lower() in RECEIVING_VERBS:
        verb, noun = trigger.head, trigger
    elif (message := received_message(trigger)) is not None:
        verb, noun = trigger, message
    else:
        return sources, targets
    named = sources + targets  # 'from' may have been read as the far side of a meeting
    origin = _from_party(noun, named, doc) or _from_party(verb, named, doc)
    if not origin:
        return sources, targets
    received = [a for a in sources if doc[a.head].dep_ == "nsubj" and doc[a.head].head == verb]
    senders = [a for a in sources if a not in received] + [a for a in origin if a not in sources]
    return senders, [a for a in targets if a not in origin] + received


def message_author(trigger: Token, actors: list[ActorPhrase], doc: Doc) -> list[ActorPhrase]:
    """'a letter from Lima accusing Chile', 'received a note from Minsk accusing it': the
    participle says what the message says, so the party it came from is the one who accuses."""
    if trigger.tag_ != "VBG":
        return []
    noun = trigger.head
    if trigger.dep_ == "acl" and noun.lemma_.lower() in clause_words("message_nouns"):
        return _from_party(noun, actors, doc)
    message = received_message(noun) if trigger.dep_ == "advcl" else None
    if message is None:
        return []
    return _from_party(message, actors, doc) or _from_party(noun, actors, doc)


def _from_party(noun: Token, actors: list[ActorPhrase], doc: Doc) -> list[ActorPhrase]:
    """The party named in the noun's (or verb's) 'from' phrase."""
    origins = {g.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"}
    return [a for a in actors if a.head in origins or (doc[a.head].head.i in origins
            and doc[a.head].dep_ == "conj")][:1]


def accused_receiver(trigger: Token, actors: list[ActorPhrase], doc: Doc) -> list[ActorPhrase]:
    """'Lithuania received a note from Minsk accusing it': a pronoun the message's participle
    aims at stands for whoever received the message."""
    verb = trigger.head
    if trigger.dep_ != "advcl" or received_message(verb) is None or not any(
            c.dep_ in ("dobj", "obj") and c.lower_ in ("it", "them", "him", "her")
            for c in trigger.children):
        return []
    return [a for a in actors if doc[a.head].dep_ == "nsubj" and doc[a.head].head == verb][:1]


def receiving_subject(found: Found) -> Token | None:
    """'said it had received a message from Tehran', 'he received a reply from Washington':
    the message goes to whoever received it."""
    if found.entry.type != "CONSULT":
        return None
    if received_message(found.token) is not None:
        verb: Token | None = found.token
    elif role_rules.nominal(found.token):
        verb = role_rules.governing_verb(found.token)
    else:
        return None
    if verb is None or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def received_by(subject: Token, actors: list[ActorPhrase], own: set[str]) -> list[Actor]:
    """The party that is the receiving verb's subject, when it is named there."""
    return [a.actor for a in actors if a.head == subject.i and a.actor.code not in own][:1]
