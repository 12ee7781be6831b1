"""Parties of a measure or a deployment named by a noun deep inside its clause.

'Colombia ordered a 25 percent increase in tariffs on imports from the United States',
'the parliament approved the deployment of the armed forces on combat missions in Libya':
the deed's noun sits two prepositions below the verb whose subject decided it, and the
state it is aimed at sits below the noun, as the origin of the goods taxed or the place
the forces go. The ordinary role rules read neither so far away. The doer is taken only
through a verb that is one of the deed's own governors (its lexicon `requires`: 'ordered',
'approved'), never through a verb that judges the deed ('condemned the increase in
tariffs'), and only through 'in' and 'of' ('an increase in', 'the imposition of'); money
'for' a deployment does not make its giver the one who deploys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.triggers import Found

if TYPE_CHECKING:
    from dyadwatch.coding.roles import Roles

FAR_TYPES = frozenset({"SANCTION", "MOBILIZE"})
# the steps from the deed noun up to the deciding verb: 'an increase IN tariffs'
CARRYING_PREPS = frozenset({"in", "of"})
# prepositions that lead from the deed to whom it is aimed at: 'tariffs on imports from X',
# 'deployment ... on missions in Libya', 'troops to Haiti'
AIMING_PREPS = frozenset({"on", "to", "in", "into", "against", "from", "inside"})


def repair(found: Found, actors: list[ActorPhrase], doc: Doc, roles: Roles) -> None:
    """Fill a missing doer from the deciding verb, then a missing target from below."""
    noun = found.token
    if noun.pos_ != "NOUN" or found.entry.type not in FAR_TYPES:
        return
    if not roles.sources and not roles.participants:
        verb = _deciding_verb(noun, found.entry.requires)
        doers = _subjects(verb, actors, doc) if verb is not None else []
        if doers:
            roles.sources = doers
            roles.parsed = True
    if roles.sources and not roles.targets:
        codes = {a.actor.code for a in roles.sources}
        aimed = [a for a in actors if a.actor.code not in codes and _aimed(doc[a.head], noun)]
        if aimed:
            roles.targets = aimed
            roles.places = [p for p in roles.places if p not in aimed]
            roles.parsed = True


def _deciding_verb(noun: Token, governors: tuple[str, ...]) -> Token | None:
    """The verb above 'increase in tariffs' or 'imposition of duties', when it is one of
    the words the deed needs as governor."""
    token = noun
    for _ in range(3):
        if token.dep_ != "pobj" or token.head.lower_ not in CARRYING_PREPS:
            break
        token = token.head.head  # over the preposition to the noun that carries the deed
    if token == noun or token.dep_ not in ("dobj", "obj"):
        return None
    verb = token.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in governors:
        return None
    return verb


def _subjects(verb: Token, actors: list[ActorPhrase], doc: Doc) -> list[ActorPhrase]:
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    subjects |= {c.i for s in subjects for c in doc[s].children if c.dep_ == "poss"}
    return [a for a in actors if a.head in subjects]


def _aimed(word: Token, noun: Token) -> bool:
    """The actor hangs below the noun through aiming prepositions only ('on imports from
    X'), not through 'of' (the forces' owner) or 'for' (who it is paid for)."""
    token = word
    for _ in range(8):
        if token.dep_ in ("amod", "compound", "conj", "appos"):
            token = token.head
            continue
        if token.dep_ != "pobj" or token.head.lower_ not in AIMING_PREPS:
            return False
        prep = token.head
        if prep.head == noun:
            return True
        token = prep.head
    return False
