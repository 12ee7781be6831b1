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

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor

# lexicon clause_words "institution_words"
# words that say which ministry, not whose: 'the Foreign Ministry' is still 'the ministry'
# lexicon clause_words "ministry_modifiers"
# lexicon clause_words "regime_words"
# Plural names for the makers of a coup: 'the mutineers' always, 'the soldiers' bare, 'the
# coup leaders' / 'the military rulers' with the modifier that makes them a regime.
# lexicon clause_words "regime_plurals"
# lexicon clause_words "regime_heads"
# lexicon clause_words "regime_modifiers"
# lexicon clause_words "coup_words"
# lexicon clause_words "power_seizing_verbs"
PLACE_PREPS = {"in", "at", "from", "to", "into", "near", "via"}
# states that are the halves of a divided nation, (north, south): once both are named, 'the
# North' and 'the South' stand for them ('Pyongyang cut the lines with the South')
SPLIT_STATES = [("PRK", "KOR")]
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
        coup = _coup_state(kb, token, ordered) or (
            _state_before(kb, token, ordered) if _seized_power(token) else None)
        if coup is not None and "generic:junta" not in memory:
            memory["generic:junta"] = _collective(kb, coup.actor, "junta")
        plural = _regime_plural(token, memory)
        if plural is not None:
            out.append(plural)
            continue
        linked = _regime_party(token, ordered) or _sole_state(kb, token, ordered, memory)
        if linked is not None:
            memory[f"generic:{token.lower_}"] = _collective(kb, linked.actor, token.lower_)
            if linked.start > token.i:  # 'the junta led by General X' acts as the state
                out += [r for r in [_reference(token, memory)] if r is not None]
            continue
        reference = _reference(token, memory) or _split_half(kb, token, memory)
        if reference is not None:
            out.append(reference)
    for phrase in ordered[done:]:
        _learn(kb, sent, phrase, memory)
    return out


def _reference(token: Token, memory: dict[str, Actor]) -> tuple[int, int, int, Actor] | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    det = next((c for c in token.children if c.dep_ == "det"), None)
    qualified = _qualified(token, det, memory)
    if qualified is not None or f"generic:{token.lower_}" not in memory:
        return qualified
    if det is None or det.lower_ != "the" or token.tag_ in ("NNS", "NNPS"):
        return None
    if any(c.dep_ in ("compound", "amod") and c.text[:1].isupper()
           and c.lower_ not in clause_words("ministry_modifiers") for c in token.children):
        return None  # 'the European Council' names its own party; 'the Foreign Ministry' not
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.text[:1].isupper() and g.lower_ not in clause_words("ministry_modifiers") for g in c.children)
           for c in token.children):
        return None  # 'the kingdom of Spain' names its own state
    return det.i, token.i + 1, token.i, memory[f"generic:{token.lower_}"]


def _qualified(token: Token, det: Token | None,
               memory: dict[str, Actor]) -> tuple[int, int, int, Actor] | None:
    """'the world body', 'the continental body', 'the Western military alliance': a kind
    word with its modifiers, listed whole among a party's generics, where the bare word
    ('the body') would be too loose to stand for the party."""
    mods = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
    if det is None or det.lower_ != "the" or not mods:
        return None
    for mod in mods:  # widest first: 'western military alliance', then 'military alliance'
        words = token.doc[mod.left_edge.i : token.i + 1].text.lower()
        if f"generic:{words}" in memory:
            return det.i, token.i + 1, token.i, memory[f"generic:{words}"]
    return None


def _split_half(kb: KnowledgeBase, token: Token,
                memory: dict[str, Actor]) -> tuple[int, int, int, Actor] | None:
    """'the South', 'the North' for one half of a divided nation, when the article has named
    both halves; 'the South China Sea' (a longer name) is no such reference."""
    if token.text not in ("North", "South") or token.i == 0 or \
            token.doc[token.i - 1].lower_ != "the" or token.dep_ == "compound":
        return None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.text[:1].isupper() and following.pos_ == "PROPN":
        return None
    for north, south in SPLIT_STATES:
        if f"named:{north}" in memory and f"named:{south}" in memory:
            code = north if token.text == "North" else south
            return token.i - 1, token.i + 1, token.i, Actor(code, kb.party_name(code))
    return None


def _coup_state(kb: KnowledgeBase, token: Token, phrases: Sequence[Phrase]) -> Phrase | None:
    """'the coup in Gabon', 'Niger's coup', 'officers seized power in Bamako': the state whose
    regime a coup made, so that its makers ('the mutineers') stand for that state."""
    if token.lower_ in clause_words("coup_words") and token.pos_ == "NOUN":
        owners = [c for c in token.children if c.dep_ in ("poss", "amod", "compound")]
        staged = [token.head] if token.dep_ == "dobj" else []  # 'staged a coup in Guinea'
        owners += [g for t in [token, *staged] for c in t.children
                   if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    elif token.lemma_ in clause_words("power_seizing_verbs") and token.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in ("power", "government") for c in token.children):
        owners = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj"]
    else:
        return None
    states = [p for p in phrases if any(p.start <= o.i < p.end for o in owners)
              and (kb.parties.get(p.actor.code) or {}).get("kind") == "state"]
    return states[0] if len({p.actor.code for p in states}) == 1 else None


def _seized_power(token: Token) -> bool:
    """'the officers who seized power last week': the makers of a coup, named by their deed."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and c.lemma_ in clause_words("power_seizing_verbs") and any(
            g.dep_ == "dobj" and g.lower_ in ("power", "government") for g in c.children)
        for c in token.children)


def _regime_plural(token: Token, memory: dict[str, Actor]) -> tuple[int, int, int, Actor] | None:
    """'the mutineers', 'the soldiers', 'the coup leaders' after a coup the article tied to a
    state. A word the article also used for others' men ('400 soldiers stationed in Gabon',
    'French soldiers', 'the soldiers of Barkhane') refers to no regime anywhere in it."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return None
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    if not (token.lower_ in clause_words("regime_plurals") or (token.lower_ in clause_words("regime_heads")
                                               and modifiers & clause_words("regime_modifiers"))):
        return None
    det = next((c for c in token.children if c.dep_ == "det"), None)
    owned = any(c.dep_ in ("poss", "nummod") or (c.dep_ == "prep" and c.lower_ in ("of", "from"))
                or (c.dep_ in ("amod", "compound") and c.text[:1].isupper())
                for c in token.children)
    if owned or det is None or det.lower_ != "the":
        memory[f"regime_clash:{token.lower_}"] = Actor("", "")
        return None
    regime = memory.get("generic:junta")
    if regime is None or f"regime_clash:{token.lower_}" in memory or any(
            k.startswith(f"thing:{token.lemma_.lower()}:") for k in memory):
        return None
    start = min([det.i] + [c.i for c in token.children if c.dep_ in ("amod", "compound")])
    return start, token.i + 1, token.i, regime


def _regime_party(token: Token, phrases: Sequence[Phrase]) -> Phrase | None:
    """'Niger's military junta', 'the junta in Niamey': the state a regime word sits beside,
    within one noun phrase (no verb between them)."""
    if token.lower_ not in clause_words("regime_words"):
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
    if token.lower_ not in clause_words("regime_words") or f"generic:{token.lower_}" in memory:
        return None
    return _state_before(kb, token, phrases)


def _state_before(kb: KnowledgeBase, token: Token, phrases: Sequence[Phrase]) -> Phrase | None:
    doc = token.doc
    states = [p for p in phrases if p.end <= token.i
              and (kb.parties.get(p.actor.code) or {}).get("kind") == "state"
              and not (doc[p.head].dep_ == "pobj" and doc[p.head].head.lower_ in PLACE_PREPS)
              and not (p.start > 0 and doc[p.start - 1].lower_ in PLACE_PREPS)]
    return states[-1] if len({p.actor.code for p in states}) == 1 else None


def _learn(kb: KnowledgeBase, sent: Span, phrase: Phrase, memory: dict[str, Actor]) -> None:
    memory[f"named:{phrase.actor.code}"] = phrase.actor
    entry = kb.parties.get(phrase.actor.code) or {}
    for word in entry.get("generics", []):
        memory[f"generic:{word}"] = _collective(kb, phrase.actor, word)
    for word in entry.get("collectives", []):  # 'ASEAN ... the leaders met': see groups.py
        memory[f"bloc:{word}"] = _collective(kb, phrase.actor, word)
    last = sent.doc[phrase.end - 1].lower_
    if last in clause_words("institution_words"):  # 'the African Union's Peace and Security Council'
        memory[f"generic:{last}"] = _collective(kb, phrase.actor, last)
    head = sent.doc[phrase.head]
    owner = head.lower_ if head.lower_ in clause_words("institution_words") else _owning_institution(head)
    if owner is not None and (kb.parties.get(phrase.actor.code) or {}).get("kind") == "state" \
            and not _acted_on(head):
        memory[f"generic:{owner}"] = _collective(kb, phrase.actor, owner)


def _acted_on(token: Token) -> bool:
    """'informed the Israeli Ministry of Foreign Affairs': a ministry the text's own side
    addresses is not the one it later calls 'the Ministry'."""
    while token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head
    return token.dep_ in ("dobj", "iobj", "dative", "pobj")


def _owning_institution(head: Token) -> str | None:
    """'Ministry of Foreign Affairs of the Republic of Indonesia' (a release's header): the
    state at the end of an 'of' chain owns the institution at its start, which the release
    then calls 'the ministry'."""
    token = head
    for _ in range(4):
        if token.dep_ != "pobj" or token.head.lower_ != "of":
            return None
        token = token.head.head
        if token.lower_ in clause_words("institution_words"):
            return token.lower_
    return None


def _collective(kb: KnowledgeBase, actor: Actor, word: str) -> Actor:
    return Actor(actor.code, kb.party_name(actor.code), word, actor.sector or "government", None)


# A state's joining an organisation is its own, and others approve it: 'Helsinki's last hurdle
# fell when the Turkish parliament voted to ratify its membership' ('its' is Finland's).
# lexicon clause_words "accession_nouns"


def accession_references(kb: KnowledgeBase, sent: Span,
                         phrases: Sequence[Phrase]) -> list[tuple[int, int, int, Actor]]:
    """(start, end, head, actor) for an 'its' before an accession noun whose clause's subject
    is another party: the one other state the sentence named before it."""
    out: list[tuple[int, int, int, Actor]] = []
    for token in sent:
        if token.lower_ != "its" or token.dep_ != "poss" or \
                token.head.lower_ not in clause_words("accession_nouns"):
            continue
        subject = _clause_subject(token.head)
        if subject is None:
            continue
        own = [p for p in phrases if p.start <= subject.i < p.end]
        others = [p for p in phrases if p.end <= token.i and p not in own
                  and (kb.parties.get(p.actor.code) or {}).get("kind") == "state"]
        codes = {p.actor.code for p in others} - {p.actor.code for p in own}
        if own and len(codes) == 1:
            actor = next(p.actor for p in others if p.actor.code in codes)
            out.append((token.i, token.i + 1, token.i, actor))
    return out


def _clause_subject(noun: Token) -> Token | None:
    """The subject of the verb chain a noun is the object of ('voted to ratify its bid')."""
    verb = noun.head
    while verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
