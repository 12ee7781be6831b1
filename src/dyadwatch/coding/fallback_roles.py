"""Roles when the parse gave none: the nearest actors on each side of the trigger.

Machine-translated and garbled sentences often leave a trigger with no subject or object
in the parse; a reader still takes the party named just before as the doer and the one
just after as the one acted on. Split from roles so that each module stays small.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.attachment import is_location, located_aim
from dyadwatch.coding.party_limits import (
    for_beneficiary,
    of_private_people,
    passive_participle,
    unnamed_subject,
)
from dyadwatch.coding.roles import Roles
from dyadwatch.coding.subjects import charged_deed
from dyadwatch.coding.triggers import Found

PERSONAL_PRONOUNS = {"it", "he", "she", "they", "we"}


def fallback(found: Found, actors: list[ActorPhrase], roles: Roles) -> Roles:
    """Nearest actors on each side when the parse gave no side at all (garbled syntax)."""
    if (found.token.pos_ in ("NOUN", "PROPN") and found.entry.frame == "noun") or \
            passive_participle(found.token) or charged_deed(found.token):
        return roles  # 'firms in India accused of ...': the firms were accused, by no one named
    if roles.parsed and not roles.sources and roles.targets and found.token.pos_ == "VERB" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in found.token.children):
        # 'On 3 May Poland called ...' parsed as one phrase: the verb lost its subject
        trigger = found.start if found.start >= 0 else found.token.i
        taken = {id(a) for a in roles.targets}
        before = [a for a in actors if a.end <= trigger and id(a) not in taken
                  and not is_location(a, found.token.doc)]
        if before and found.token.dep_ in ("ROOT", "acl", "conj", "ccomp"):
            roles.sources = _listed_with(before[-1], before, found.token.doc)
        return roles
    if roles.parsed:
        return roles
    trigger = found.start if found.start >= 0 else found.token.i
    before = [a for a in actors if a.end <= trigger and not is_location(a, found.token.doc)
              and not of_private_people(a, found.token.doc)]
    after = [a for a in actors if a.start >= found.end][:1]
    after = [a for a in after if not _aside(found, a) and not for_beneficiary(
        a, found.token.doc, found.entry.type) and not (a.is_place and is_location(
        a, found.token.doc)) and not located_aim(a, found.token.doc)  # unless where or what
        and not _beyond_noun_phrase(found.token, a)]
    out = Roles(parsed=False)
    if before and _suffered(found.token, before[-1]):
        out.targets.append(before[-1])  # 'an American journalist was arrested': the victim
        return out
    if before and not _pronoun_subject(found.token) and not unnamed_subject(found.token, actors):
        out.sources.extend(_listed_with(before[-1], before, found.token.doc))
    if after:
        target = after[0]
        if found.entry.frame == "travel":
            out.places.append(target)
        else:
            out.targets.append(target)
    return out


def _beyond_noun_phrase(verb: Token, phrase: ActorPhrase) -> bool:
    """'Vietnam's decision to close the border was condemned by Japan': a deed told inside
    a noun phrase ('decision to close') ends with that phrase; a party named past it is an
    argument of the verb the phrase hangs on, not the one the deed was done to."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return phrase.head > verb.head.right_edge.i


def _suffered(verb: Token, phrase: ActorPhrase) -> bool:
    """A party inside a passive verb's subject ('an American journalist was arrested') is
    the one the deed was done to, never its doer."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.left_edge.i <= phrase.head <= c.right_edge.i
               for c in verb.children)


def _aside(found: Found, phrase: ActorPhrase) -> bool:
    """A party named after a meeting or agreement that is only where it is held ('agreed to
    meet again in Brazil') or what it is about ('to discuss ending the war in Ukraine') is no
    partner: a partner is named with 'with', as an object or as a subject."""
    if found.entry.type not in ("CONSULT", "AGREE"):
        return False
    doc = found.token.doc
    if phrase.start > 0 and doc[phrase.start - 1].lower_ in ("in", "at"):
        return True
    topic = {t.i for c in found.token.children if c.dep_ in ("dobj", "obj", "xcomp", "ccomp")
             for t in c.subtree}
    return found.entry.type == "CONSULT" and found.token.pos_ == "VERB" and phrase.head in topic


def _listed_with(last: ActorPhrase, before: list[ActorPhrase], doc: Doc) -> list[ActorPhrase]:
    """'A, B and C signed': the actors listed together up to the one nearest the verb.

    A list member never follows a preposition ('crossed into Ukraine, A and B signed').
    """
    run = [last]
    for phrase in reversed(before[:-1]):
        words = {t.text.lower() for t in doc[phrase.end : run[0].start]}
        if not words or not words <= {"and", ","} or (
                phrase.start > 0 and doc[phrase.start - 1].pos_ == "ADP"):
            break
        run.insert(0, phrase)
    return run


def _pronoun_subject(verb: Token) -> bool:
    """'a month after it tightened controls': the verb has a subject, a pronoun that pairing
    resolves; the party named nearest before it is not the one who acted."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PERSONAL_PRONOUNS for c in verb.children)
