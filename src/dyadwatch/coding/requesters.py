"""The party on whose request, invitation or behest something is done.

'Uganda sent troops at the request of Juba', 'At Kyiv's request, Germany delivered ...',
'expelled the envoys at the behest of Washington': the owner of such an adjunct asked for
the deed, so it is the source of the request and the one who does the deed its target;
it is never the party the deed itself is done to, even where the adjunct's 'at' or 'on'
looks like the aim of a strike or sanction.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.messages import Sides, readout_sides
from dyadwatch.coding.party_limits import REQUEST_PREPS
from dyadwatch.coding.triggers import Found

ADJUNCT_PREPS = REQUEST_PREPS - {"following", "after"}  # 'after the demand of X' may be a reply


def request_adjunct(token: Token) -> bool:
    """'at the request of', 'on Kyiv's invitation', 'upon the urging of': a request noun
    that only says on whose word the clause above it was done."""
    return token.lower_ in clause_words("request_nouns") and token.dep_ == "pobj" and \
        token.head.lower_ in ADJUNCT_PREPS and token.head.dep_ == "prep" and \
        token.head.head.pos_ in ("VERB", "AUX")


def owners(noun: Token, actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """Whose request it is: 'Kyiv's request', 'the request of the Haitian government'."""
    inside = {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}
    inside |= {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for t in c.subtree}
    return [a for a in actors if a.head in inside]


def requesters(actors: list[ActorPhrase], doc: Doc) -> set[int]:
    """Heads of the parties that own a request adjunct anywhere in the sentence."""
    heads: set[int] = set()
    for actor in actors:
        for word in doc[actor.head].ancestors:
            if request_adjunct(word):
                heads |= {a.head for a in owners(word, actors)}
                break
    return heads


def doers(verb: Token, actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """Who does the deed a request adjunct hangs on: its subject, or a passive's 'by'."""
    for _ in range(3):  # 'refused to send troops at the request of X': the refuser
        if any(c.dep_ in ("nsubj", "agent") for c in verb.children) or \
                verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            break
        verb = verb.head
    words = [c for c in verb.children if c.dep_ == "nsubj"]
    words += [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    heads = {t.i for w in words for t in w.subtree}
    return [a for a in actors if a.head in heads]


def requested_roles(found: Found, actors: list[ActorPhrase]
                    ) -> tuple[list[ActorPhrase], list[ActorPhrase]] | None:
    """Sources and targets of a request noun used as such an adjunct, or None."""
    token = found.token
    if found.entry.type != "REQUEST" or not request_adjunct(token):
        return None
    asker = owners(token, actors)
    asked = [a for a in doers(token.head.head, actors)
             if a.actor.code not in {o.actor.code for o in asker}]
    return (asker, asked) if asker else None


def _without(phrases: list[ActorPhrase], asking: set[int]) -> list[ActorPhrase]:
    return [p for p in phrases if p.head not in asking]


def on_request(found: Found, actors: list[ActorPhrase], sides: Sides) -> Sides:
    """Sources, targets and partners of a trigger, with request adjuncts read as above."""
    asked = requested_roles(found, actors)
    if asked:
        return asked[0], asked[1], []
    sides = readout_sides(found, actors, sides)  # 'a message of X addressed to Y'
    sources, targets, partners = sides
    if found.entry.type in ("REQUEST", "REJECT") or not (targets or partners):
        return sides  # a refusal answers the request
    asking = requesters(actors, found.token.doc)  # a deed's side is never who only asked for it
    return sources, _without(targets, asking), _without(partners, asking)
