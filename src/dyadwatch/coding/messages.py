"""Who a message comes from and who it reaches: the one home of 'received'.

'X received a letter from Y': the subject of 'received' is where the letter went, though
a light verb's subject is otherwise the one who acts; 'a letter from Y accusing Z' speaks
for Y, who wrote it, not for whoever received it. Roles move a named receiver from the
senders to the receivers (receivers_apart); where roles found no receiver ('it', 'he',
a subject the parse did not hang off the message), pairing asks receiving_subject.

Readouts (ministry and presidential releases, machine-translated outlets) have their own
syntax for who sent, met or received whom: 'a message of X addressed to Y', 'received the
credentials of the Ambassador of Y', 'was held a meeting of X with Y', a bare title after a
fronted phrase as the doer. readout_sides reads them last, after the generic roles.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyadwatch.coding import roles as role_rules
from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

# clause_words 'message_receiving_verbs', read at use time: verbs by which a message, or an
# envoy's credentials, reach their addressee ('received a note from Minsk')


def received_message(verb: Token) -> Token | None:
    """The message a receiving verb takes ('received a note from Minsk'): with it, 'receive'
    says a message arrived, not that a guest was welcomed."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in clause_words("message_receiving_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                 and c.lemma_.lower() in clause_words("message_nouns")), None)


def receivers_apart(trigger: Token, sources: list[ActorPhrase], targets: list[ActorPhrase],
                    doc: Doc) -> tuple[list[ActorPhrase], list[ActorPhrase]]:
    """'X received a message from Y': X moves from the senders to the receivers, once the
    message names where it came from; the trigger is the message or the receiving verb."""
    if trigger.dep_ in ("dobj", "obj") and \
            trigger.head.lemma_.lower() in clause_words("message_receiving_verbs"):
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
        verb = role_rules.verb_above_phrase(found.token)
    else:
        return None
    if verb is None or verb.lemma_.lower() not in clause_words("message_receiving_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def received_by(subject: Token, actors: list[ActorPhrase], own: set[str]) -> list[Actor]:
    """The party that is the receiving verb's subject, when it is named there."""
    return [a.actor for a in actors if a.head == subject.i and a.actor.code not in own][:1]


Sides = tuple[list[ActorPhrase], list[ActorPhrase], list[ActorPhrase]]


def readout_sides(found: Found, actors: list[ActorPhrase], sides: Sides) -> Sides:
    """Readout syntax names a message's author with 'of' and its receiver with 'addressed
    to' ('handed over a message of President X addressed to President Y'), and an envoy's
    state inside the credentials a head of state receives ('received the credentials of the
    Ambassador of Y'); the generic roles read 'of' as the noun's target and miss both."""
    doc = found.token.doc
    credence = _credence(found.token)
    if credence is not None:
        sources, targets, partners = sides
        own = {a.actor.code for a in sources}
        envoy = [a for a in actors if _inside(doc[a.head], credence) and a.actor.code not in own]
        return (sources, envoy[:1], partners) if envoy and not targets else sides
    noun = _message_noun(found.token)
    if noun is None:
        return _fronted_subject(found, actors, _meeting_with(found, actors, sides))
    author = [a for a in actors if _of_actor(doc[a.head], noun)][:1]
    addressee = [a for a in actors if _addressed_to(doc[a.head], noun)][:1]
    if not author and not addressee:
        return sides
    sources, targets, partners = sides
    if author:
        codes = {author[0].actor.code}
        moved = sources if noun.head.lemma_.lower() in clause_words("message_receiving_verbs") else []
        targets = addressee or [a for a in targets + moved if a.actor.code not in codes]
        return author, targets, [a for a in partners if a.actor.code not in codes]
    return sources, addressee, partners


def _message_noun(trigger: Token) -> Token | None:
    """The message the trigger is, or the one its receiving verb takes."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.lemma_.lower() in clause_words("message_nouns"):
        return trigger
    return received_message(trigger)


def _credence(trigger: Token) -> Token | None:
    """The credentials a receiving verb takes ('received the credentials of ...')."""
    receiving = clause_words("message_receiving_verbs") | {"accept"}
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in receiving:
        return None
    return next((c for c in trigger.children if c.dep_ in ("dobj", "obj")
                 and c.lower_ in clause_words("credence_nouns")), None)


def _inside(token: Token, noun: Token) -> bool:
    """The token hangs in the noun's own 'of' chain ('credentials of the Ambassador of Y')."""
    while token.dep_ in ("pobj", "prep", "compound", "conj", "appos", "amod") and token != noun:
        if token.dep_ == "prep" and token.lower_ != "of":
            return False
        token = token.head
    return token == noun and token.dep_ != "pobj"


def _of_actor(token: Token, noun: Token) -> bool:
    """'a message of President X': the pobj of the message's own 'of'."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head == noun


def _addressed_to(token: Token, noun: Token) -> bool:
    """'(a message ...) addressed to Y': the participle hangs on the noun or on its verb."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to":
        return False
    verb = prep.head
    return verb.lemma_.lower() == "address" and verb.dep_ in ("acl", "advcl", "relcl") and \
        verb.head in (noun, noun.head) and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                     for c in verb.children)


def _meeting_with(found: Found, actors: list[ActorPhrase], sides: Sides) -> Sides:
    """'Was held a meeting of the Minister of X with the Minister of Y': the 'of' party of
    a meeting noun is one side, and 'with' (hung on the noun or on the verb that holds it)
    names the other, which reading 'of' as the noun's only target would drop."""
    noun = found.token
    if found.entry.type != "CONSULT" or noun.pos_ != "NOUN" or noun.dep_ not in (
            "dobj", "nsubjpass", "nsubj", "attr"):
        return sides
    doc = noun.doc
    if not any(_of_actor(doc[a.head], noun) for a in actors):
        return sides
    sources, targets, partners = sides
    named = {a.actor.code for a in sources + targets + partners}
    hosts = (noun, noun.head)
    met = [a for a in actors if doc[a.head].dep_ == "pobj" and doc[a.head].head.lower_ == "with"
           and doc[a.head].head.head in hosts and a.actor.code not in named]
    return (sources, targets + met[:1], partners) if met else sides


def _fronted_subject(found: Found, actors: list[ActorPhrase], sides: Sides) -> Sides:
    """'Within the framework of the visit to Hungary, Minister of Foreign Affairs of
    Kazakhstan Murat Nurtleu held talks ...': a title without an article after a fronted
    phrase is parsed as an apposition to the phrase's last noun, which leaves the verb
    with no subject; the apposition, set off by a comma right before the verb's words,
    is the doer."""
    sources, targets, partners = sides
    trigger = found.token
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if sources or verb.pos_ != "VERB" or trigger.dep_ not in ("ROOT", "dobj") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return sides
    doc = trigger.doc
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    doers = [a for a in actors if doc[a.head].dep_ == "appos" and a.start > 0
             and doc[a.start - 1].lower_ == "," and a.end <= verb.i
             and any(f.left_edge.i <= doc[a.head].head.i <= f.right_edge.i for f in fronted)
             and doc[a.head].head.i < a.start]
    if not doers:
        return sides
    code = doers[-1].actor.code
    return ([doers[-1]], [a for a in targets if a.actor.code != code],
            [a for a in partners if a.actor.code != code])
