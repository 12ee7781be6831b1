"""The tokens a trigger's arguments may hang from: the trigger itself, the light verb that
carries a noun trigger ('had a telephone conversation with'), the verb a complement depends
on ('is set to visit'), and in machine-translated text the adjective that follows a noun
trigger in the source language's order ('announced the suspension immediate of the
treaty'), which the parser takes for the head of the phrase."""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.triggers import LIGHT_VERBS, Found

RELATIVE_WORDS = {"that", "which", "who", "whom"}
# prepositions by which a clause says what it answers or follows
REACTION_PREPS = {"after", "following", "over", "since", "amid", "despite", "before"}
HOSTILE_TYPES = {"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "PROTEST", "REJECT",
                 "MOBILIZE"}


def trigger_anchors(found: Found) -> list[Token]:
    """The trigger's tokens, plus the light verb that governs a noun trigger."""
    trigger = found.token
    first = found.start if found.start >= 0 else trigger.i
    anchors = list(trigger.doc[first : found.end]) or [trigger]
    if trigger not in anchors:
        anchors.append(trigger)
    adjective = postposed_adjective(trigger)  # 'the withdrawal immediate of the ECOWAS'
    if adjective is not None:
        anchors.append(adjective)
    noun = postposed_head(trigger)
    head = noun.head
    if nominal(trigger) and head != noun and not found.judged:
        verb = verb_above_phrase(noun)
        if verb is not None and verb == head and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
            verb = verb.head  # 'Following talks with X, Y announced': a participle as a preposition
        if verb is not None and not _reacted_to(head, found) and (
                verb.lemma_.lower() in _carrying_verbs() or head == verb
                or (head.dep_ == "prep" and head.head == verb)):
            anchors.append(verb)  # 'had a telephone conversation with', 'in a phone call with'
    if trigger.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        anchors.append(head)  # 'Lavrov is set to visit Baku'
    if trigger.dep_ == "acl" and trigger.pos_ == "VERB" and trigger.tag_ != "VBN" and \
            head.dep_ in ("dobj", "obj") and \
            head.head.pos_ in ("VERB", "AUX"):
        anchors.append(head.head)  # 'signed agreements to establish relations with X'
    anchors += [a.head.head for a in list(anchors) if _first_to(a)]  # 'France became the
    # latest country to suspend ...', '... to launch strikes on'
    carrier = relative_carrier(trigger)
    if carrier is not None:
        anchors.append(carrier)  # 'the sanctions that Britain imposed on Iran'
    return anchors + _required_words(found)


def _required_words(found: Found) -> list[Token]:
    """'put its forces on high alert near Canada': the word a verb entry needs ('alert')
    is part of the trigger, so what hangs off it ('near Canada') hangs off the act."""
    needs = set(found.entry.requires)
    if not needs or nominal(found.token):
        return []
    own = set(found.entry.lemma.lower().split())  # 'called in the envoy': 'in' is the verb's
    return [g for c in found.token.children if c.dep_ == "prep" and c.lower_ not in own
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in needs]


def _first_to(verb: Token) -> bool:
    """'X became the latest country to suspend ...', 'X was the first state to recognise ...':
    an infinitive on the noun a copula says the subject is, is the subject's own deed."""
    head = verb.head
    return verb.dep_ in ("relcl", "acl") and verb.pos_ == "VERB" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        head.dep_ == "attr" and head.head.lemma_.lower() in ("be", "become", "remain")


def relative_carrier(noun: Token) -> Token | None:
    """'the sanctions that Britain imposed on Iran', 'the aid Japan pledged to Manila': a
    relative clause whose verb carries the noun (imposes, launches, signs it) and whose own
    object is the noun itself says who did the deed and to whom. A verb that only speaks of
    the deed ('the attack, which Russia blamed on Kyiv') carries nothing."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for verb in noun.children:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in _carrying_verbs():
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if all(o.lower_ in RELATIVE_WORDS for o in objects) and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in verb.children):
            return verb
    return None


def _reacted_to(prep: Token, found: Found) -> bool:
    """'imposed sanctions on X after the attack', 'protested to Y over the incursion': a
    hostile deed named only as what a clause answers was done by someone else, often the
    clause's own object, so the answering verb does not carry its doer or target; a
    meeting or deal the clause follows ('after talks with Y, X said') still has X in it."""
    return prep.dep_ == "prep" and prep.lower_ in REACTION_PREPS and \
        found.entry.type in HOSTILE_TYPES


def postposed_head(trigger: Token) -> Token:
    """'the suspension immediate of the treaty', 'their withdrawal immediate of ECOWAS': an
    adjective straight after a noun trigger that the parser made the noun's head stands
    for the noun phrase, so what hangs off it ('of the treaty') and the verb above it
    ('announced') belong to the trigger."""
    adjective = postposed_adjective(trigger)
    return adjective if adjective is not None and adjective == trigger.head else trigger


def _carrying_verbs() -> frozenset[str]:
    """Verbs a noun trigger is done by: light verbs, and verbs that hand over a written act
    ('handed a note of protest to', 'lodged a complaint with', lexicon 'delivery_verbs'),
    which like light verbs carry the noun trigger's doer and addressee."""
    return frozenset(LIGHT_VERBS) | clause_words("delivery_verbs")


def postposed_adjective(trigger: Token) -> Token | None:
    """The adjective that follows a noun trigger in Romance order, as its head or its
    modifier ('the withdrawal immediate of': what hangs off it is the noun's)."""
    if trigger.pos_ != "NOUN" or trigger.i + 1 >= len(trigger.doc):
        return None
    after = trigger.doc[trigger.i + 1]
    # adjectives that Romance word order puts after the noun and that the tagger, seeing
    # one where a noun should be, often tags as one: 'the suspension immediate of'
    if after.pos_ != "ADJ" and after.lower_ not in clause_words("postposed_adjectives"):
        return None
    if after == trigger.head and trigger.dep_ in ("compound", "nsubj", "amod", "nmod"):
        return after
    return after if after.head == trigger and after.dep_ == "amod" else None


def nominal(token: Token) -> bool:
    """A noun, or a gerund used as one ('after a meeting between ...' tags 'meeting' VERB)."""
    return token.pos_ in ("NOUN", "PROPN") or token.dep_ in (
        "pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos")


def verb_above_phrase(noun: Token) -> Token | None:
    """The verb above a noun through prepositions and nouns ('sent a package of aid'): the
    first verbal head within four steps up, never the word itself. Unlike
    clauses.governing_verb, which follows only the links its caller trusts from the word
    itself, this judges each head it reaches (a preposition, a noun, or an object) so that
    a noun trigger finds the light verb carrying it."""
    current = noun
    for _ in range(4):
        head = current.head
        if head == current:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.dep_ not in ("prep", "pobj", "dobj", "obj", "compound", "nsubjpass", "attr") and \
                head.pos_ not in ("ADP", "NOUN", "PROPN"):
            return None
        current = head
    return None
