"""Parties of a passive participle that shares its subject and agent with the verb before.

'The minister was stopped by Dutch police, declared an unwanted foreign national and
escorted to the border': 'declared' and 'escorted' have no subject or agent of their own;
English lets them share those of the first passive verb, so the police declared and the
minister was declared. Without this the participle's roles are guessed from what is near
it ('the German border' as the one acted on). Clauses inside the subject that only say who
it is ('who had travelled from Germany') do not name parties of the act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dyadwatch.coding.actors import ActorPhrase
    from dyadwatch.coding.roles import Roles
    from dyadwatch.coding.triggers import Found

OWN_ROLES = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
DESCRIBING = frozenset({"relcl", "acl", "appos"})


def passive_parties(found: Found, actors: list[ActorPhrase], roles: Roles) -> None:
    """The agent of the first passive verb acts; its passive subject is acted on."""
    verb = found.token
    if found.entry.pos != "VERB" or any(c.dep_ in OWN_ROLES for c in verb.children):
        return
    first = _first_passive(verb)
    if first is None:
        return
    agent = {t.i for c in first.children if c.dep_ == "agent" for t in c.subtree}
    subject = {t.i for c in first.children if c.dep_ == "nsubjpass" for t in _core(c)}
    doers = [a for a in actors if a.head in agent]
    done_to = [a for a in actors if a.head in subject
               and a.actor.code not in {d.actor.code for d in doers}]
    if doers and done_to:  # the place it was taken to ('the French border') is no party
        roles.sources, roles.targets, roles.places, roles.parsed = doers, done_to, [], True


def _first_passive(verb: Token) -> Token | None:
    """The passive verb whose subject and agent `verb` shares: the head of its chain of
    conjuncts, or a passive clause before it that the parser hung below it ('was stopped
    by X, declared ...' read as if 'declared' governed 'was stopped')."""
    if verb.dep_ == "conj" and verb.tag_ == "VBN":
        first = verb.head
        while first.dep_ == "conj" and first.head != first:
            first = first.head
    else:
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), verb)
    if first == verb or not any(c.dep_ == "auxpass" for c in first.children):
        return None
    return first


def _core(noun: Token) -> list[Token]:
    """The subject's words without the clauses that describe it."""
    skipped = {t.i for d in noun.subtree if d != noun and d.dep_ in DESCRIBING
               for t in d.subtree}
    return [t for t in noun.subtree if t.i not in skipped]
