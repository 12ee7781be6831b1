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
PLACE_PREPS = {"in", "at", "from", "to", "into", "near", "via"}
REGIME_WINDOW = 3  # tokens between a regime word and the state it qualifies


class Phrase(Protocol):
    """The parts of an actor phrase this module reads (structural, to avoid an import cycle)."""

    start: int
    end: int
    head: int
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
        linked = _regime_party(token, ordered) or _sole_state(kb, token, ordered, memory)
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


def _sole_state(kb: KnowledgeBase, token: Token, phrases: Sequence[Phrase],
                memory: dict[str, Actor]) -> Phrase | None:
    """'sanctions against Mali ... judged too long by the junta': a regime word met before any
    state was tied to it belongs to the one state its sentence named before it (not a place
    'in Accra'), when there is only one."""
    if token.lower_ not in REGIME_WORDS or f"generic:{token.lower_}" in memory:
        return None
    doc = token.doc
    states = [p for p in phrases if p.end <= token.i
              and (kb.parties.get(p.actor.code) or {}).get("kind") == "state"
              and not (doc[p.head].dep_ == "pobj" and doc[p.head].head.lower_ in PLACE_PREPS)
              and not (p.start > 0 and doc[p.start - 1].lower_ in PLACE_PREPS)]
    return states[-1] if len({p.actor.code for p in states}) == 1 else None


def _learn(kb: KnowledgeBase, sent: Span, phrase: Phrase, memory: dict[str, Actor]) -> None:
    entry = kb.parties.get(phrase.actor.code) or {}
    for word in entry.get("generics", []):
        memory[f"generic:{word}"] = _collective(kb, phrase.actor, word)
    last = sent.doc[phrase.end - 1].lower_
    if last in INSTITUTION_WORDS:  # 'the African Union's Peace and Security Council'
        memory[f"generic:{last}"] = _collective(kb, phrase.actor, last)


def _collective(kb: KnowledgeBase, actor: Actor, word: str) -> Actor:
    return Actor(actor.code, kb.party_name(actor.code), word, actor.sector or "government", None)


# Things a party owns or did: 'a Chinese balloon ... fired at the balloon' (the balloon is
# China's), 'Russian missiles struck Odesa ... condemned the reported strikes'. A reader ties
# 'the NOUN' to the party named with the same word a few sentences before, unless two parties
# were named with it.
THING_WINDOW = 6  # sentences a thing stays known
THING_ARGS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "poss"}
NOT_THINGS = {
    "talk", "agreement", "deal", "meeting", "treaty", "summit", "conflict", "war", "border",
    "relation", "tie", "side", "region", "people", "visit", "counterpart", "delegation",
    "leader", "president", "minister", "government", "country", "state", "official",
    "ministry", "statement", "call", "conversation", "issue", "process", "year", "day",
    "time", "way", "part", "city", "capital", "territory", "sovereignty", "interest",
}
_CONFLICT = Actor("", "")  # a word tied to more than one party: no reference


def thing_references(sent: Span, phrases: Sequence[Phrase],
                     memory: dict[str, Actor]) -> list[tuple[int, int, int, Actor]]:
    """(start, end, head, actor) for each 'the NOUN' whose word an earlier sentence tied to a party."""
    out: list[tuple[int, int, int, Actor]] = []
    for token in sent:
        if token.pos_ != "NOUN" or token.dep_ not in THING_ARGS:
            continue
        actor = _thing(memory, token.lemma_.lower())
        if actor is None or any(p.start <= token.i < p.end for p in phrases):
            continue
        det = next((c for c in token.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or _owned(token, phrases):
            continue
        out.append((det.i, token.i + 1, token.i, actor))
    return out


def remember_things(sent: Span, phrases: Sequence[Phrase], memory: dict[str, Actor]) -> None:
    """Age what earlier sentences tied, then tie this sentence's things to their parties."""
    for key in [k for k in memory if k.startswith("thing:")]:
        _, word, age = key.split(":")
        actor = memory.pop(key)
        if int(age) + 1 < THING_WINDOW:
            memory[f"thing:{word}:{int(age) + 1}"] = actor
    for phrase in phrases:
        for owned in _owned_words(sent.doc[phrase.head]):
            if not any(p.start <= owned.i < p.end for p in phrases):
                _tie(memory, owned.lemma_.lower(), phrase.actor)


def _tie(memory: dict[str, Actor], word: str, actor: Actor) -> None:
    known = _thing(memory, word)
    clash = known is not None and known.code != actor.code
    for key in [k for k in memory if k.startswith(f"thing:{word}:")]:
        del memory[key]
    memory[f"thing:{word}:0"] = _CONFLICT if clash else actor


def _thing(memory: dict[str, Actor], word: str) -> Actor | None:
    found = next((a for k, a in memory.items() if k.startswith(f"thing:{word}:")), None)
    return None if found is None or found is _CONFLICT or not found.code else found


def _owned_words(head: Token) -> list[Token]:
    """'Chinese balloon', 'Russia's strikes', 'strikes by Russia'; 'Russia struck' and
    'Russian missiles struck' tie the act ('the strikes') as well."""
    owner = head.head
    if head.dep_ == "pobj" and owner.lower_ == "by":
        owner = owner.head
    elif head.dep_ == "nsubj" and owner.pos_ == "VERB":
        return _words([owner])
    elif head.dep_ not in ("amod", "compound", "poss"):
        return []
    if owner.pos_ != "NOUN":
        return []
    if owner.dep_ == "nsubj" and owner.head.pos_ == "VERB":
        return _words([owner, owner.head])
    return _words([owner])


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.lemma_.lower() not in NOT_THINGS]


def _owned(token: Token, phrases: Sequence[Phrase]) -> bool:
    """'the Russian strikes' or 'the strikes by Ukraine' name their own party."""
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss") and (
                child.text[:1].isupper() or any(p.start <= child.i < p.end for p in phrases)):
            return True
        if child.dep_ == "prep" and child.lower_ == "by":
            return True
    return False
