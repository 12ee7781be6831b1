"""Aid told as a voyage: a ship, plane or convoy arriving with relief on board.

Disaster coverage rarely says 'New Zealand sent aid to Tonga'; it says 'two New Zealand
navy ships reached Nuku'alofa carrying water and relief supplies', 'the first Turkish aid
convoy crossed into Syria', 'a Chinese plane loaded with relief goods landed in Kathmandu'.
The verb is one of travel and the vehicle is the subject, so the travel frame reads a
visit (or nothing, for 'reached', 'crossed'). What makes it aid is the cargo: relief goods
carried 'with' the vehicle, in a participle on it ('carrying', 'loaded with'), or named by
the vehicle itself ('aid convoy'). A frigate docking for a festival or a freighter carrying
cars carries no relief, and stays what it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words

if TYPE_CHECKING:
    from dyadwatch.coding.roles import Roles
    from dyadwatch.coding.triggers import Found

# where a vehicle arrives: 'landed in the Maldives', 'crossed into Syria', 'reached Suva'
ARRIVAL_PREPS = frozenset({"in", "at", "into", "to", "inside"})
# clause_words 'carrying_verbs', read at use time: participles that say what a vehicle holds
# ('carrying food', 'loaded with tents')


def carries_aid(verb: Token, goods: Iterable[str]) -> bool:
    """A travel verb whose subject is a vehicle (lexicon 'aid_vehicles') that carries relief
    goods (the entry's `requires`): on the vehicle, after 'with' on the verb, or in a
    carrying participle on either."""
    vehicle = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if vehicle is None or not _vehicle(vehicle):
        return False
    wanted = set(goods)
    cargo = [*_named_cargo(vehicle), *_carried(verb), *_carried(vehicle)]
    return any(w.lemma_.lower() in wanted or w.lower_ in wanted for w in cargo)


def _vehicle(noun: Token) -> bool:
    """A ship, plane or convoy, by its noun or its conjuncts; a named ship ('HMAS Adelaide')
    by the prefix the navies write before its name."""
    vehicles = clause_words("aid_vehicles")
    words = [noun, *(c for c in noun.children if c.dep_ in ("conj", "compound"))]
    return any(w.lemma_.lower() in vehicles or w.lower_ in vehicles for w in words)


def _named_cargo(vehicle: Token) -> list[Token]:
    """'an aid convoy', 'a relief flight', 'a convoy of humanitarian aid'."""
    words = [c for c in vehicle.children if c.dep_ in ("compound", "amod", "nmod")]
    words += [g for p in vehicle.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.subtree]
    return words


def _carried(holder: Token) -> list[Token]:
    """The words after 'with' on the verb or vehicle, and the objects of a carrying
    participle hung on it ('reached Suva carrying water and relief supplies')."""
    words: list[Token] = []
    for child in holder.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            words += list(child.subtree)
        elif child.dep_ in ("advcl", "acl", "xcomp") and \
                child.lemma_.lower() in clause_words("carrying_verbs"):
            words += [t for t in child.subtree if t != child]
    return words


def voyage_parties(found: Found, actors: list[ActorPhrase], roles: Roles) -> None:
    """The state a vehicle of aid or troops arrives in receives them: 'an Indian aircraft
    with 200 troops landed in the Maldives'. The travel rules read a place there, not a
    target, because a visitor's place is only where the meeting was."""
    if found.entry.frame != "voyage" or not roles.sources or roles.targets:
        return
    verb = found.token
    heads = {c.i for c in verb.children if c.dep_ in ("dobj", "obj")}
    heads |= {g.i for p in verb.children if p.dep_ == "prep" and p.lower_ in ARRIVAL_PREPS
              for g in p.children if g.dep_ == "pobj"}
    codes = {a.actor.code for a in roles.sources}
    reached = [a for a in actors if a.actor.code not in codes and (
        a.head in heads or any(a.start <= h < a.end for h in heads))]
    if reached:
        roles.targets = reached
        roles.places = [p for p in roles.places if p not in reached]
        roles.parsed = True
