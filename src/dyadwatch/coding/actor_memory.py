"""Collective nouns that stand for a party named earlier: 'the bloc', 'the alliance', 'the junta'.

Wire copy names an organisation or a regime once and then refers to it by its
kind ('ASEAN ... the bloc's summit', 'Niger's military junta ... the junta said').
A party lists the kind words it answers to (`generics` in parties.json); an
institution ('Peace and Security Council') answers to its last word; a regime
word set beside a state ('the junta in Niamey') ties that word to the state.
The latest party named for a word wins, as a reader would resolve it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Span, Token

from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

INSTITUTION_WORDS = {"council", "commission", "assembly", "parliament", "ministry"}
REGIME_WORDS = {"junta"}
REGIME_WINDOW = 3  # tokens between a regime word and the state it qualifies


class Phrase(Protocol):
    """The parts of an actor phrase this module reads (structural, to avoid an import cycle)."""

    start: int
    end: int
    actor: Actor


def generic_references(kb: KnowledgeBase, sent: Span, phrases: Sequence[Phrase],
                       memory: dict[str, Actor]) -> list[tuple[int, int, int, Actor]]:
    """(start, end, head, actor) for each 'the NOUN' that stands for a party named before it."""
    out: list[tuple[int, int, int, Actor]] = []
    ordered = sorted(phrases, key=lambda p: p.start)
    done = 0
    for token in sent:
        while done < len(ordered) and ordered[done].end <= token.i:
            _learn(kb, sent, ordered[done], memory)
            done += 1
        if any(p.start <= token.i < p.end for p in phrases):
            continue
        linked = _regime_party(token, ordered)
        if linked is not None:
            memory[f"generic:{token.lower_}"] = _collective(kb, linked.actor, token.lower_)
            if linked.start > token.i:  # 'the junta led by General X' acts as the state
                out += [r for r in [_reference(token, memory)] if r is not None]
            continue
        reference = _reference(token, memory)
        if reference is not None:
            out.append(reference)
    for phrase in ordered[done:]:
        _learn(kb, sent, phrase, memory)
    return out


def _reference(token: Token, memory: dict[str, Actor]) -> tuple[int, int, int, Actor] | None:
    if token.pos_ not in ("NOUN", "PROPN") or f"generic:{token.lower_}" not in memory:
        return None
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or token.tag_ in ("NNS", "NNPS"):
        return None
    if any(c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in token.children):
        return None  # 'the European Council' names its own party
    return det.i, token.i + 1, token.i, memory[f"generic:{token.lower_}"]


def _regime_party(token: Token, phrases: Sequence[Phrase]) -> Phrase | None:
    """'Niger's military junta', 'the junta in Niamey': the state a regime word sits beside,
    within one noun phrase (no verb between them)."""
    if token.lower_ not in REGIME_WORDS:
        return None
    doc = token.doc
    near = [p for p in phrases if 0 <= token.i - p.end < REGIME_WINDOW
            or 0 < p.start - token.i <= REGIME_WINDOW]
    near = [p for p in near if not any(
        t.pos_ in ("VERB", "AUX") for t in doc[min(p.end, token.i):max(p.start, token.i + 1)])]
    return min(near, key=lambda p: min(abs(token.i - p.end), abs(p.start - token.i)), default=None)


def _learn(kb: KnowledgeBase, sent: Span, phrase: Phrase, memory: dict[str, Actor]) -> None:
    entry = kb.parties.get(phrase.actor.code) or {}
    for word in entry.get("generics", []):
        memory[f"generic:{word}"] = _collective(kb, phrase.actor, word)
    last = sent.doc[phrase.end - 1].lower_
    if last in INSTITUTION_WORDS:  # 'the African Union's Peace and Security Council'
        memory[f"generic:{last}"] = _collective(kb, phrase.actor, last)


def _collective(kb: KnowledgeBase, actor: Actor, word: str) -> Actor:
    return Actor(actor.code, kb.party_name(actor.code), word, actor.sector or "government", None)
