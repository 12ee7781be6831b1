"""Whose spokesperson answers a briefing that never says it: 'Foreign Ministry Spokesperson's
Regular Press Conference' ... 'AFP: ... What is China's comment?' ... 'Spokesperson: We
reject the US comments.'

A ministry's own transcript names its ministry without its state. The journalists do name
it: they ask for one party's comment, response or position, and that party is the one whose
spokesperson answers. Read only while no answerer is known, so a named spokesperson
('Spokesperson Wang Wenbin') keeps precedence.
"""

from __future__ import annotations

from spacy.tokens import Span

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.turns import ANSWERER, LABEL
from dyadwatch.records import Actor

# what a journalist asks a government for ('What is China's comment?', 'China's response')
# lexicon clause_words "asked_for_nouns"


def note_addressed(sent: Span, phrases: list[ActorPhrase], memory: dict[str, Actor]) -> None:
    """In a transcript's question (its label may be an outlet, 'AFP:', which marks no turn),
    the party whose comment or response is asked for answers."""
    if ANSWERER in memory or not sent.text.rstrip().endswith("?") or \
            not LABEL.match(sent.doc.text):
        return
    doc = sent.doc
    for phrase in phrases:
        head = doc[phrase.head]
        if head.dep_ == "poss" and head.head.lower_ in clause_words("asked_for_nouns") and phrase.actor.code:
            actor = phrase.actor
            memory[ANSWERER] = Actor(actor.code, actor.name, "spokesperson", actor.sector,
                                     actor.level)
            return
