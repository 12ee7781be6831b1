"""An official placed by a fronted capital: 'In Canberra, a trade ministry spokeswoman
welcomed the tariff cut', 'In Ankara, the interior ministry dismissed the report'.

Wire stories that gather reactions from several governments open each reaction with the
capital it came from and then name the speaker by office alone; the capital is the
speaker's state. The reading needs the capital in a sentence-initial 'In <capital>,' that
modifies the very verb the official is subject of: a capital elsewhere ('spoke in Canberra
with ...', 'In Canberra, the visiting Fijian minister ...') only locates the act, and a
speaker who carries a party word or a known name keeps it (such groups are resolved
before this rule runs). Two kinds of speaker are the capital's guests, not its government:
a 'visiting' or 'exiled' official (lexicon clause_words 'guest_modifiers'), and a posted
diplomat — an ambassador, envoy, consul or chargé d'affaires in a capital is, unless told
otherwise, one sent there by another state (clause_words 'diplomatic_envoys').
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from dyadwatch.coding.actor_types import ActorPhrase, Piece, head_token, titled_phrase, unresolved_titled
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

SUBJECTS = {"nsubj", "nsubjpass"}


def capital_officials(kb: KnowledgeBase, groups: Sequence[list[Piece]],
                      phrases: Sequence[ActorPhrase], sent: Span,
                      memory: dict[str, Actor]) -> list[ActorPhrase]:
    """Unresolved titled subjects of a verb fronted by 'In <capital>,'."""
    out = []
    for group, titles in unresolved_titled(groups, phrases):
        head = sent.doc[head_token(sent, group[0].start, group[-1].end)]
        if _guest(head) or _posted(titles):
            continue
        state = _fronted_capital(kb, head, phrases, sent) if head.dep_ in SUBJECTS else None
        if state is not None:
            out.append(titled_phrase(memory, sent, group, state, titles, keep_titles=False))
    return out


def _posted(titles: list[Piece]) -> bool:
    """'the ambassador', 'the chargé d'affaires': a diplomat posted to the capital by
    another state, so the capital does not place him."""
    words = set(clause_words("diplomatic_envoys"))
    return any(word in words for piece in titles for word in piece.text.lower().split())


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
