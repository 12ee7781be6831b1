"""A body's bare name owned by another state: 'Russia's Security Council', 'the Colombian
Chancellery', machine-translated 'the Chancellery Colombian'.

Several bodies are known by a bare name that, alone, means one party's body: 'the Security
Council' is the UN's, 'the Foreign Office' Britain's, 'the Chancellery' Germany's. Many
states have a body of the same name, and a reader takes a state written as its owner (a
possessive before it, its adjective before it or, in translated copy, right after it) to
be the body's state. The owner is already a phrase of its own, so the bare name's default
party is simply no party here. A name that carries its party ('UN Security Council',
'British Foreign Office') is never bare and always stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from dyadwatch.coding.actor_types import ActorPhrase
from dyadwatch.knowledge import KnowledgeBase


def drop_owned_bodies(kb: KnowledgeBase, sent: Span,
                      phrases: Sequence[ActorPhrase]) -> list[ActorPhrase]:
    """The phrases less bare body names that another state's phrase owns."""
    return [p for p in phrases if not _owned(kb, sent, p, phrases)]


def _owned(kb: KnowledgeBase, sent: Span, phrase: ActorPhrase,
           phrases: Sequence[ActorPhrase]) -> bool:
    if not _bare_body(kb, sent, phrase):
        return False
    before = phrase.start - 1
    if before > sent.start and sent.doc[before].tag_ == "POS":  # 'Russia's Security Council'
        before -= 1
    return any(p.actor.code != phrase.actor.code and _is_state(kb, p) and (
        p.end in (phrase.start, before + 1) or (p.start == phrase.end and _adjective(kb, sent, p)))
        for p in phrases)


def _bare_body(kb: KnowledgeBase, sent: Span, phrase: ActorPhrase) -> bool:
    """An institution alias whose words name none of its party ('Security Council', not
    'UN Security Council')."""
    words = [t.text for t in sent.doc[phrase.start:phrase.end] if t.lower_ != "the"]
    alias = kb.aliases.get(" ".join(words))
    if alias is None or alias.category != "institution" or alias.code != phrase.actor.code:
        return False
    entry = kb.parties.get(alias.code) or {}
    own = {w for key in ("names", "adjectives") for n in entry.get(key, []) for w in n.split()}
    return not own & set(words)


def _adjective(kb: KnowledgeBase, sent: Span, phrase: ActorPhrase) -> bool:
    """'Chancellery Colombian': a state's adjective set after the noun, as translations do."""
    alias = kb.aliases.get(sent.doc[phrase.start:phrase.end].text)
    return alias is not None and alias.category == "adjective"


def _is_state(kb: KnowledgeBase, phrase: ActorPhrase) -> bool:
    return (kb.parties.get(phrase.actor.code) or {}).get("kind") != "organisation"
