"""Whom a call for the release of detained people is addressed to.

'India requested the early release of fishermen held in Sri Lanka', 'Kishida called for the
release of the Japanese national detained in China': a request that people be freed is made
to the state holding them, which the sentence names only as the place of detention. The
place is otherwise no party (a location), so without this the request has no target.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.triggers import Found


def custody_state(found: Found, actors: list[ActorPhrase], sent: Span,
                  own: set[str]) -> list[ActorPhrase]:
    """The states named as where the people whose release is requested are held ('held in
    A and B': each holds some of them)."""
    if found.entry.type != "REQUEST" or not own or not _asks_release(found.token):
        return []
    holders = [a for a in actors if a.actor.code not in own and any(
        _held_in(sent.doc[i]) for i in range(a.start, a.end))]
    return holders


def _asks_release(trigger: Token) -> bool:
    """The request's own words name a release ('requested their early release')."""
    return any(t.lemma_.lower() in clause_words("custody_releases") and t.pos_ == "NOUN"
               for t in trigger.subtree if t.i != trigger.i)


def _held_in(token: Token) -> bool:
    """'held in Sri Lanka', 'detained in China': the object of 'in' after a verb of custody."""
    while token.dep_ == "conj":
        token = token.head  # 'held in Somalia and Tanzania'
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "in" and \
        prep.head.lemma_.lower() in clause_words("custody_verbs") and prep.head.pos_ == "VERB"
