"""Raising a relationship's rank: 'raised ties to a comprehensive strategic partnership'.

Diplomatic news reports a deal between two states by the new rank of their relations
rather than by a verb of agreeing: 'upgraded relations to a strategic partnership',
'elevated their ties to the level of ambassadors', 'raise relations to Comprehensive
Strategic Partner'. The act is mutual and agreed, so it is an AGREE. The verbs are
common ('raise', 'lift', 'take'), so the frame asks for both halves of the construction:
the verb's own object is the relationship ('ties', 'relations'), and a 'to' phrase names
the rank reached ('partnership', 'level'). 'raised concerns about the partnership' and
'lifted sanctions on its partner' have neither.

Some rank words are neutral ('level', 'stage'), and so are some verbs ('take', 'bring'):
'brought their relations to the lowest level in decades' reports a fall, not a deal. A
rank noun with a low modifier ('lowest', 'worst', 'dangerous') names no rank reached.
The rank nouns and the low modifiers are knowledge: clause_words "relationship_ranks" and
"low_rank_words".
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words


def raises_rank(verb: Token) -> bool:
    """True when `verb` takes a relationship as object and a 'to' phrase naming a rank."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    ties = clause_words("ranked_ties")
    tie_objects = [o for o in objects if o.lemma_.lower() in ties or o.lower_ in ties]
    if not tie_objects:
        return False
    heads = [verb, *tie_objects]
    ranks = clause_words("relationship_ranks")
    return any(_names_rank(prep, ranks) for h in heads for prep in h.children
               if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "into"))


def _names_rank(prep: Token, ranks: frozenset[str]) -> bool:
    """The 'to' phrase's noun, or a noun it is the level of ('to the level of
    ambassadors'), is a rank word, and no low modifier makes it a fall ('to the lowest
    level', 'to a dangerous stage')."""
    low = clause_words("low_rank_words")
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    return any((t.lemma_.lower() in ranks or t.lower_ in ranks) and not _lowered(n, low)
               for n in nouns for t in (n, *(c for c in n.children if c.dep_ == "compound")))


def _lowered(noun: Token, low: frozenset[str]) -> bool:
    """'the lowest level', 'a dangerous stage': a modifier of the rank noun is a low word."""
    return any(c.dep_ in ("amod", "compound", "nmod") and (c.lemma_.lower() in low or c.lower_ in low)
               for c in noun.children)
