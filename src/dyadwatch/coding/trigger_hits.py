"""'hit' as an attack: a weapon hits something, or something is hit that one attacks.

'hit' has many senses besides an attack ('tariffs hit exports', 'hit a record', 'was hit
by sanctions', 'hit back at critics'). A reader takes it as a strike when a weapon or an
armed force does the hitting ('Iranian missiles hit a village', 'jets hit the port'), or
when what is hit is a thing one attacks ('hit a cargo ship', 'hit a residential building in
X', 'hit air bases') by a party or force, not by a measure or a storm ('tariffs hit
Chinese ports'). What it is hit *with* also counts: 'hit Russian tankers with sanctions',
'hit Chinese ports with duties' or 'hit the embassy with a barrage of questions' is a
measure or words, whatever is hit, while a party that hits something with a weapon ('hit
the port with missiles', 'with a barrage of rockets') strikes it. The word lists are
knowledge: clause_words "hitting_weapons", "hit_targets" and "hit_with_measures".
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words

OBJECTS = ("dobj", "obj", "nsubjpass")


def hit_as_attack(verb: Token) -> bool:
    """True when the hitter is a weapon or armed force, or the thing hit is a target."""
    weapons = clause_words("hitting_weapons")
    targets = clause_words("hit_targets")
    things = [c for c in verb.children if c.dep_ in OBJECTS]
    means = _with_conjuncts([_of_head(g) for h in (verb, *_with_conjuncts(things))
                             for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                             for g in c.children if g.dep_ == "pobj"])  # or on the object
    if any(_word_in(m, clause_words("hit_with_measures")) for m in means):
        return False  # 'hit Russian tankers with sanctions': a measure, not a strike
    hitters = [c for c in verb.children if c.dep_ == "nsubj"]
    hitters += [g for c in verb.children if c.dep_ == "agent" for g in c.children
                if g.dep_ == "pobj"]
    if any(_word_in(h, weapons) for h in _with_conjuncts(hitters)):
        return True
    if any(h.pos_ == "NOUN" and not _word_in(h, clause_words("agent_nouns")) for h in hitters):
        return False  # 'tariffs hit Chinese ports', 'the storm hit the town': no attacker
    if any(_word_in(m, weapons) for m in means):
        return True  # 'hit the port with missiles'
    return any(_word_in(t, targets) for t in _with_conjuncts(things))


def _of_head(noun: Token) -> Token:
    """'a barrage of missiles' is missiles, 'a barrage of questions' questions."""
    inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    return inner[0] if inner else noun


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """'missiles and drones hit': every coordinated head counts."""
    return tokens + [c for t in tokens for c in t.conjuncts]


def _word_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words
