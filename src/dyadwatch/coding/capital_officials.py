"""An official placed by a fronted capital: 'In Beijing, a foreign ministry spokesman
congratulated Maduro', 'In Moscow, the defence ministry rejected the account'.

Wire stories that gather reactions from several governments open each reaction with the
capital it came from and then name the speaker by office alone; the capital is the
speaker's state. The reading needs the capital in a sentence-initial 'In <capital>,' that
modifies the very verb the official is subject of: a capital elsewhere ('spoke in Beijing
with ...', 'In Beijing, the visiting Kenyan minister ...') only locates the act, and a
speaker who carries a party word or a known name keeps it (such groups are resolved
before this rule runs); a 'visiting' or 'exiled' official is the capital's guest
(lexicon clause_words 'guest_modifiers').
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase, Piece, head_token, remember
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

SUBJECTS = {"nsubj", "nsubjpass"}


def capital_officials(kb: KnowledgeBase, groups: Sequence[list[Piece]],
                      phrases: Sequence[ActorPhrase], sent: Span,
                      memory: dict[str, Actor]) -> list[ActorPhrase]:
    """Unresolved titled subjects of a verb fronted by 'In <capital>,'."""
    taken = {i for p in phrases for i in range(p.start, p.end)}
    out = []
    for group in groups:
        titles = [p for p in group if p.kind == "title" and p.title is not None]
        start, end = group[0].start, group[-1].end
        if not titles or any(p.kind == "party" for p in group) or taken & set(range(start, end)):
            continue
        head = sent.doc[head_token(sent, start, end)]
        if _guest(head):
            continue
        state = _fronted_capital(kb, head, phrases, sent) if head.dep_ in SUBJECTS else None
        if state is None:
            continue
        title = titles[-1].title
        assert title is not None
        actor = Actor(state.code, state.name, title.text, title.sector, title.level)
        remember(memory, [p for p in group if p.kind == "person"], actor)
        out.append(ActorPhrase(start, end, actor, head.i, True, False))
    return out


def _guest(head: Token) -> bool:
    """'the visiting foreign minister': a guest in the capital, not its government."""
    return any(child.lower_ in clause_words("guest_modifiers") for child in head.children
               if child.dep_ in ("amod", "compound"))


def _fronted_capital(kb: KnowledgeBase, subject: Token, phrases: Sequence[ActorPhrase],
                     sent: Span) -> Actor | None:
    """The state of the capital in an 'In <capital>,' that opens the sentence and
    modifies the subject's verb."""
    first = sent[0]
    if first.lower_ != "in" or first.head.i != subject.head.i:
        return None
    for phrase in phrases:
        entry = kb.parties.get(phrase.actor.code) or {}
        if phrase.start == first.i + 1 and phrase.is_venue_word and not phrase.is_place \
                and entry.get("kind") == "state" and phrase.end < sent.end \
                and sent.doc[phrase.end].text == "," and phrase.end < subject.i:
            return phrase.actor
    return None
