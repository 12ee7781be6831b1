"""Parties of a decision another state takes, welcomed or judged: 'welcomed the decision of
Niger to expel French troops', 'expressed appreciation to the decision of Nauru'.

The owner of the decision (its 'of' object or possessor) is the one welcomed, not the
party named inside what was decided; and a deed told as what the decision was to do ('to
expel French troops') is the owner's deed, not the welcomer's. The parser hangs the
infinitive on the welcoming verb as often as on the noun, so both places are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words

if TYPE_CHECKING:
    from dyadwatch.coding.roles import Roles
    from dyadwatch.coding.triggers import Found


def decision_parties(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """Welcomed: the decision's owner is the target. Decided: the owner is the doer."""
    trigger = found.token
    if found.entry.type == "SUPPORT":
        owners = _owners(_welcomed_decision(trigger), actors, doc)
        codes = {a.actor.code for a in roles.sources}
        owners = [a for a in owners if a.actor.code not in codes]
        if owners:
            roles.targets = owners
            roles.parsed = True
        return
    decision = _decided_by(trigger)
    owners = _owners(decision, actors, doc)
    if owners:
        codes = {a.actor.code for a in owners}
        roles.sources = owners
        roles.targets = [t for t in roles.targets if t.actor.code not in codes]
        roles.parsed = True


def welcomes_a_decision(noun: Token) -> bool:
    """'expressed appreciation and welcome to the decision of Nauru': the nouns of welcome
    count only with a decision to welcome; thanks for hosting talks are courtesy, which
    annotators leave uncoded."""
    return _welcomed_decision(noun) is not None


def _is_decision(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and \
        token.lemma_.lower() in clause_words("decision_nouns")


def _welcomed_decision(trigger: Token) -> Token | None:
    """The decision a welcoming verb takes as object, or a welcoming noun ('appreciation
    and welcome to the decision of X') or its light verb takes after 'to'/'for'/'of'."""
    holders = [trigger]
    if trigger.pos_ == "NOUN":
        holders.append(trigger.head)
        if trigger.dep_ == "conj":
            holders += [trigger.head.head]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("dobj", "obj") and _is_decision(child):
                return child
            if child.dep_ == "prep" and child.lower_ in ("to", "for", "of"):
                found = next((g for g in child.children if g.dep_ == "pobj" and _is_decision(g)),
                             None)
                if found is not None:
                    return found
    return None


def _decided_by(verb: Token) -> Token | None:
    """'the decision of Niger to expel ...': the infinitive on the noun, or hung on the verb
    over it right after the decision phrase."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in verb.children):
        return None
    if _is_decision(verb.head):
        return verb.head
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    for child in verb.head.children:
        if child.dep_ in ("dobj", "obj") and _is_decision(child) and before is not None \
                and child.right_edge.i == before.i:
            return child
    return None


def _owners(decision: Token | None, actors: list[ActorPhrase], doc: Doc) -> list[ActorPhrase]:
    if decision is None:
        return []
    heads = {c.i for c in decision.children if c.dep_ == "poss"}
    heads |= {g.i for p in decision.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"}
    heads |= {c.i for h in list(heads) for c in doc[h].conjuncts}  # 'of Spain, Norway and Ireland'
    return [a for a in actors if a.head in heads or any(a.start <= h < a.end for h in heads)]
