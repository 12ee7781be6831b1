"""Lines that a clumsy translation or a headline style breaks into verbless pieces.

'To the Azerbaijani president from X. May 28. In his message, ...' is one statement:
the pieces name its parties and date, the sentence with a verb says what happened.
Kept apart from narrative.py, which follows the report's dates and people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.pairing import distinct
from dyadwatch.records import Actor

if TYPE_CHECKING:
    from dyadwatch.coding.narrative import Narrative

NOMINAL_DEPS = {"nmod", "compound", "npadvmod", "nummod", "pobj", "nsubj", "dobj", "appos"}


def with_carried(actors: list[ActorPhrase], offset: int,
                  narrative: Narrative) -> list[ActorPhrase]:
    """A line that a clumsy translation or a headline style breaks into verbless pieces
    ('To the Azerbaijani president from X. May 28. In his message, ...') is one statement:
    the parties named in its pieces belong to the first sentence of the line with a verb,
    when that sentence does not name two parties of its own."""
    if narrative.carried is None or narrative.carried[0] != offset:
        return actors
    if len({a.actor.code for a in actors}) >= 2:
        return actors
    return sorted(narrative.carried[1] + actors, key=lambda a: a.start)




def carried_pairs(kind: str, candidates: list[ActorPhrase], actors: list[ActorPhrase],
                  doc: Doc) -> list[tuple[Actor, Actor, bool]]:
    """The pair of a message or visit whose parties were named in the verbless pieces before it.

    The pieces keep no grammatical link to the verb, so only what they say themselves
    counts: the party addressed ('To the president of X') receives the message or visit
    of the other. Pieces that address no one (tag lines, bylines, lists of countries)
    lend nothing: reading two names there as a meeting or an agreement would be a guess.
    """
    if candidates is actors or kind != "CONSULT":
        return []
    parties = distinct([c.actor for c in candidates])
    if len(parties) != 2:
        return []
    addressed = [c.actor for c in candidates if _addressed(doc[c.head])]
    if len({a.code for a in addressed}) != 1:
        return []
    source = next(p for p in parties if p.code != addressed[0].code)
    return [(source, addressed[0], True)]


def _addressed(token: Token) -> bool:
    """The phrase is the object of 'to' that opens its piece ('To the Azerbaijani president')."""
    head = token
    while head.dep_ not in ("pobj", "ROOT", "appos", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i == head.sent.start


def is_fragment(sent: Span) -> bool:
    """A sentence without a predicate ('On June 1, X Y Z.', 'May 28 Independence Day.').

    The month 'May' is often tagged as the modal verb; a word that the parse itself
    puts inside a noun phrase is no predicate, whatever its tag.
    """
    return not any(t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in NOMINAL_DEPS)
                   for t in sent)
